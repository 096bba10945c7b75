package data

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"cryptoatlas/data/country"
	"cryptoatlas/data/lex"
	"cryptoatlas/data/number"
)

// Helping the window offer a figure: what a sentence states, who it names, and what a
// person typed.

// WrittenFigure is a figure written in a sentence, offered when the user adds a figure.
type WrittenFigure struct {
	Span
	Text    string // as written: "2,000 MW", "$7 billion"
	Value   float64
	Max     *float64
	Metrics []Metric // the metrics its unit fits, the likeliest first
}

// FiguresIn lists the figures and years written in a span of an article's text.
func (a *Article) FiguresIn(sp Span) []WrittenFigure {
	if sp.Start < 0 || sp.End > len(a.Text) || sp.Start >= sp.End {
		return nil
	}
	toks := lex.Tokenize(nil, a.Text, sp.Start, sp.End)
	qs, ds := number.Scan(nil, nil, a.Text, toks, nil)
	var out []WrittenFigure
	for _, q := range qs {
		if q.Negative || q.Power {
			continue // "-5 BTC", "10^308": never a metric's figure
		}
		c := WrittenFigure{Span: Span{q.Start, q.End}, Text: a.Text[q.Start:q.End], Value: q.Value}
		if q.Range {
			hi := q.Max
			c.Max = &hi
		}
		switch q.Unit {
		case number.NoUnit:
			c.Metrics = []Metric{CryptoHolders, BTCHoldings}
		default:
			c.Metrics = metricsWrittenIn(q.Unit)
		}
		if len(c.Metrics) == 0 {
			continue // other currencies, shares, hashrates: never a metric's figure
		}
		out = append(out, c)
	}
	for _, dt := range ds {
		if dt.Year == 0 || dt.Rel != number.Absolute {
			continue
		}
		out = append(out, WrittenFigure{Span: Span{dt.Start, dt.End}, Text: a.Text[dt.Start:dt.End],
			Value: float64(dt.Year), Metrics: []Metric{LegalTenderYear, LoanTermEndYear}})
	}
	slices.SortStableFunc(out, func(x, y WrittenFigure) int { return x.Start - y.Start })
	return out
}

// NamedIn returns the countries an article names inside a span, in the order named.
func (d *Dataset) NamedIn(article string, sp Span) []country.Country {
	type named struct {
		at int
		c  country.Country
	}
	var found []named
	for iso, byArticle := range d.mentions {
		first := -1
		for _, as := range byArticle {
			if as.article != article {
				continue
			}
			for _, s := range as.spans {
				if s.Start >= sp.Start && s.End <= sp.End && (first < 0 || s.Start < first) {
					first = s.Start
				}
			}
		}
		if c, ok := country.ByISO2(iso); ok && first >= 0 {
			found = append(found, named{first, c})
		}
	}
	slices.SortFunc(found, func(x, y named) int { return x.at - y.at })
	out := make([]country.Country, len(found))
	for i, n := range found {
		out[i] = n.c
	}
	return out
}

// ParseFigure reads a value a person typed for a metric: "6,200", "$745 million",
// "1.2 GW" (as MW), "15–20 million" (a range), "2021". Units that do not fit the metric
// are refused rather than converted.
func ParseFigure(m Metric, s string) (value float64, max *float64, err error) {
	info, ok := m.Info()
	if !ok {
		return 0, nil, fmt.Errorf("unknown metric “%s”", m)
	}
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil, errors.New("enter a number")
	}
	if info.Unit == "year" {
		y, err := strconv.Atoi(s)
		if err != nil || y < 1900 || y > 2200 {
			return 0, nil, fmt.Errorf("“%s” is not a year (write it like 2027)", s)
		}
		return float64(y), nil, nil
	}
	q, ok := number.Parse(s)
	if !ok {
		v, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
		if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
			return 0, nil, fmt.Errorf("“%s” is not a number", s)
		}
		q = number.Quantity{Value: v, End: len(s)}
	}
	if q.Start > 0 && strings.TrimSpace(s[:q.Start]) != "" {
		return 0, nil, fmt.Errorf("“%s” is not a number (unexpected “%s”)", s, strings.TrimSpace(s[:q.Start]))
	}
	if q.End < len(s) && strings.TrimSpace(s[q.End:]) != "" {
		return 0, nil, fmt.Errorf("“%s” is not a number (unexpected “%s”)", s, strings.TrimSpace(s[q.End:]))
	}
	if q.Unit != number.NoUnit && q.Unit != info.Written {
		return 0, nil, fmt.Errorf("“%s” is in %s, but %s is counted in %s", s, q.Unit, info.Label, info.Unit)
	}
	if q.Value < 0 {
		return 0, nil, errors.New("a figure cannot be negative")
	}
	if q.Range {
		hi := q.Max
		return q.Value, &hi, nil
	}
	return q.Value, nil, nil
}
