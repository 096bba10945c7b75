package data

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"

	"cryptoatlas/data/country"
	"cryptoatlas/data/number"
)

// Mention is one place an article states a figure: the figure's bytes and its sentence.
type Mention struct {
	Span            // the figure as written, e.g. "over 6,200 BTC"
	Sentence Span   // the sentence around it
	Quote    string // the sentence's text
}

// Fact is one figure for one country in one article, with every mention of it. A Fact
// without a country (ISO2 == "") is unattributed: listed, never charted.
type Fact struct {
	Article    string // article ID
	ISO2       string
	Country    string // common name; "" when unattributed
	Metric     Metric
	Value      float64
	Max        *float64 // the upper end of a range; nil otherwise
	Approx     number.Approx
	AsOf       number.When
	Lender     string // for loans: "IMF", "World Bank", a country's name
	Derived    bool   // computed from other facts, never stated
	Curated    bool   // recorded or corrected by a user
	Planned    bool   // stated as future or proposed ("set to expand to 600 MW"): never charted as current
	Note       string // the user's note on a curated figure
	NotInQuote bool   // a curated figure its sentence does not state: the user's own, which the quote does not support
	Mentions   []Mention
	Why        Why         // why the figure has its metric and its country
	Candidates []Candidate // for an unattributed figure: the countries it may belong to, best first

	seizure bool   // the coins one seizure took (extract.go pruneSeizures)
	agency  string // the one agency the coins are held by ("U.S. Marshals Service"): a part beside the state's whole
	valueOf []int  // for a holding's value, 1 + where each holding it values starts (0: not known)
	limitOf string // for an unattributed limit on mining's power, the country it limits
	limited bool   // a limit set on mining's power (“380 MW electric power limits”): the power allowed, maybe not drawn
	carried string // for a figure left unsure because only a headline or heading names a country, that country
	// reckoned: a sentence gives the figure as one reckoning among others ("estimated",
	// "a separate tally puts ... at"), so beside a larger one it is another count of the
	// whole, not a part (extract.go reviewLesser)
	reckoned bool
	// changed: the figure is the level a count or sum changed to ("has since dropped to
	// 4,150"), so what the article stated of it before is an earlier level
	changed bool
	// remainder: the figure's clause says it is what is still held ("davon noch zwischen
	// 4.100 und 10.000 BTC im Besitz", "only 5,000 BTC remain"), so a larger seizure of
	// its country is what came in, not what is held (extract.go reviewLesser)
	remainder bool
	edit      int // 1 + the index of the sidecar entry that made it (curation.go); 0 otherwise
}

// Why says, in words written for a reader, why a figure has its metric and its country.
type Why struct {
	Metric  string // "a holding word: “holds”"
	Country string // "the country named before it in its clause: Pakistan"
	Rule    Rule   // the attribution rule that chose the country, for counting
}

// Candidate is a country an unattributed figure may belong to, and why.
type Candidate struct {
	ISO2    string
	Country string
	Metric  Metric
	Why     string
}

// Label is the fact's value written for people: "≈$745M", ">6,200 BTC".
func (f *Fact) Label() string { return FormatValue(f.Metric, f.Value, f.Max, f.Approx) }

// Attributed reports whether the fact is tied to a country.
func (f *Fact) Attributed() bool { return f.ISO2 != "" }

// top is the most the figure says: the upper end of a range, else its value.
func (f *Fact) top() float64 {
	if f.Max != nil {
		return *f.Max
	}
	return f.Value
}

// CuratedFact is a figure a user recorded in a JSON article record (DESIGN.md).
type CuratedFact struct {
	Country  string   `json:"country"`
	Metric   Metric   `json:"metric"`
	Value    float64  `json:"value"`
	ValueMax *float64 `json:"value_max"`
	Unit     string   `json:"unit"`
	Quote    string   `json:"quote"`

	badValue string // why "value" was not read as a number ("missing", "null", …); "" when it was
}

// UnmarshalJSON reads a recorded figure; a "value" that is missing, null or not a number
// is noted (validate refuses the figure) rather than read as zero.
func (c *CuratedFact) UnmarshalJSON(b []byte) error {
	var v struct {
		Country  string          `json:"country"`
		Metric   Metric          `json:"metric"`
		Value    json.RawMessage `json:"value"`
		ValueMax *float64        `json:"value_max"`
		Unit     string          `json:"unit"`
		Quote    string          `json:"quote"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*c = CuratedFact{Country: v.Country, Metric: v.Metric, ValueMax: v.ValueMax, Unit: v.Unit, Quote: v.Quote}
	c.Value, c.badValue = readValue(v.Value)
	return nil
}

// readValue reads a figure's "value" as written in a file: the number, or why it is not
// one. A value is never taken as zero because it is absent.
func readValue(raw json.RawMessage) (float64, string) {
	s := strings.TrimSpace(string(raw))
	switch {
	case s == "":
		return 0, `"value" is missing`
	case s == "null":
		return 0, `"value" is null`
	}
	var f float64
	if err := json.Unmarshal(raw, &f); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) && strings.HasPrefix(te.Value, "number") {
			return 0, fmt.Sprintf(`"value" %s is too large a number`, clip(s, 40))
		}
		return 0, fmt.Sprintf(`"value" is %s, not a number`, clip(s, 40))
	}
	return f, ""
}

// validate refuses curated figures that cannot be true or cannot be traced.
func (c CuratedFact) validate(text string) error {
	if c.badValue != "" {
		return errors.New(c.badValue + ": a figure needs its number")
	}
	info, ok := c.Metric.Info()
	if !ok || info.Derived {
		return fmt.Errorf("unknown metric %q (use one of %s)", clip(string(c.Metric), 40), metricList())
	}
	if _, ok := country.ByName(c.Country); !ok {
		return fmt.Errorf("unknown country %q", clip(c.Country, 40))
	}
	if math.IsNaN(c.Value) || math.IsInf(c.Value, 0) || c.Value < 0 {
		return fmt.Errorf("value %v is not a possible %s", c.Value, info.Label)
	}
	if c.ValueMax != nil && (math.IsNaN(*c.ValueMax) || math.IsInf(*c.ValueMax, 0) || *c.ValueMax < c.Value) {
		return errors.New("value_max must be a number no smaller than value")
	}
	if top := c.Metric.Largest(); c.Value > top || (c.ValueMax != nil && *c.ValueMax > top) {
		return fmt.Errorf("value %v is more than any %s can be (at most %v)", max(c.Value, value(c.ValueMax)), info.Label, top)
	}
	if info.Unit == "year" && (c.Value < 1900 || c.Value > 2200) {
		return fmt.Errorf("value %v is not a year", c.Value)
	}
	if c.Unit != "" && !strings.EqualFold(c.Unit, info.Unit) {
		return fmt.Errorf("unit %q does not match %s (%s)", clip(c.Unit, 40), c.Metric, info.Unit)
	}
	if strings.TrimSpace(c.Quote) == "" {
		return errors.New("quote is empty: every figure needs the sentence it comes from")
	}
	if !strings.Contains(text, c.Quote) {
		return errors.New("quote is not in the article text")
	}
	return nil
}

func value(p *float64) float64 {
	if p == nil {
		return 0
	}
	return *p
}

func metricList() string {
	var names []string
	for _, m := range Metrics {
		if !m.Derived {
			names = append(names, string(m.Metric))
		}
	}
	return strings.Join(names, ", ")
}
