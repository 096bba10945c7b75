package chart

import (
	"sort"

	"cryptoatlas/data"
)

// EmptyMessage is what a chart says when no article states a figure of its kind.
const EmptyMessage = "No figures of this kind in these articles"

// definition says what one chart shows: the metric its bars measure and the words
// around it.
type definition struct {
	metric   data.Metric
	title    string
	subtitle string
	unit     string // the axis title
	short    bool   // labels leave out the unit word, which the axis already says
}

var definitions = map[Kind]definition{
	Holdings: {data.BTCHoldings, "Bitcoin holdings",
		"Bitcoin (BTC) held by each government as stated in the articles, with the dollar value they give",
		"BTC", false},
	Mining: {data.MiningPowerMW, "Bitcoin mining power",
		"Electricity allocated to bitcoin mining (MW); energy per year derived as MW × 8,760 h",
		"MW", false},
	Loans: {data.LoanUSD, "Loans",
		"Loan amounts in US dollars, with the lender and the year the term ends",
		"US dollars", false},
	Adoption: {data.CryptoHolders, "Crypto holders",
		"People who hold crypto, as estimated in the articles; ranges drawn as ranges",
		"people", true},
}

// chartMetrics are the stated metrics the four charts show as bars or notes; a
// country with any of them gets a slot on every chart.
var chartMetrics = map[data.Metric]bool{
	data.BTCHoldings: true, data.HoldingsUSD: true,
	data.MiningPowerMW: true, data.MiningEnergyTWh: true,
	data.LoanUSD: true, data.LoanTermEndYear: true,
	data.CryptoHolders: true,
}

// Build makes the spec of one chart. countries are ISO2 codes (or names) shown in that
// order; nil or empty means every country with a stated figure of any chart's metric,
// ordered by this chart's value with "not stated" rows last.
func Build(kind Kind, ds *data.Dataset, countries []string) Spec {
	def, ok := definitions[kind]
	if !ok {
		return Spec{Kind: kind, Title: string(kind), Empty: EmptyMessage}
	}
	spec := Spec{Kind: kind, Title: def.title, Subtitle: def.subtitle, Unit: def.unit, Metric: def.metric}
	if ds == nil {
		spec.Empty = EmptyMessage
		return spec
	}
	idx := newIndex(ds)
	explicit := len(countries) > 0
	isos := selectCountries(idx, countries, func(f *data.Fact) bool { return chartMetrics[f.Metric] })

	rows := make([]row, len(isos))
	for i, c := range isos {
		rows[i] = buildRow(idx, def, kind, c)
	}
	if !explicit {
		sortRows(rows)
	}

	book := newRefBook(ds)
	for _, r := range rows {
		r.slot.Refs = book.cite(r.cites)
		spec.Slots = append(spec.Slots, r.slot)
	}
	spec.Refs = book.refs
	spec.Sources = book.sources()

	stated := false
	for _, s := range spec.Slots {
		stated = stated || s.Stated
	}
	if !stated {
		spec.Empty = EmptyMessage
		if len(spec.Sources) == 0 {
			// Nothing is cited, so the footer names the articles that were read.
			for _, a := range ds.Articles {
				spec.Sources = append(spec.Sources, sourceName(a))
			}
		}
	}
	return spec
}

// row is a slot being built, with the facts whose quotes it cites.
type row struct {
	slot  Slot
	cites []*data.Fact
}

func buildRow(idx *index, def definition, kind Kind, c place) row {
	r := row{slot: Slot{ISO2: c.iso2, Country: c.name}}
	ests := idx.estimates(c.iso2, def.metric)
	if len(ests) > 0 {
		lead := ests[0].lead()
		s := &r.slot
		s.Stated = true
		s.Fact = lead
		s.Value = lead.Value
		s.Approx = lead.Approx
		s.Derived = lead.Derived
		if lead.Max != nil {
			s.Range, s.Max = true, *lead.Max
		}
		s.Label = label(def, lead)
		for _, e := range ests {
			r.cites = append(r.cites, e.facts...)
		}
		for _, e := range ests[1:] {
			f := e.lead()
			hi := f.Value
			if f.Max != nil {
				hi = *f.Max
			}
			s.Others = append(s.Others, f.Value)
			s.OthersMax = append(s.OthersMax, hi)
			s.OtherLabels = append(s.OtherLabels, otherLabel(def, kind, f))
		}
	}
	note, cites := noteFor(kind, idx, c.iso2, ests)
	if r.slot.Fact != nil && r.slot.Fact.Curated {
		// A figure a user recorded or corrected says so wherever it is shown.
		if note == "" {
			note = curatedNote
		} else {
			note = curatedNote + noteSep + note
		}
	}
	r.slot.Note = note
	r.cites = append(r.cites, cites...)
	return r
}

// curatedNote marks a bar whose figure a user recorded or corrected.
const curatedNote = "curated by a user"

// label writes a bar's value with the shared formatter.
func label(def definition, f *data.Fact) string {
	if def.short {
		return data.FormatShort(f.Metric, f.Value, f.Max, f.Approx)
	}
	return f.Label()
}

// otherLabel writes a disagreeing figure for the note line; a loan names its lender,
// since a second loan is usually a different loan, not a different estimate.
func otherLabel(def definition, kind Kind, f *data.Fact) string {
	l := label(def, f)
	if kind == Loans && f.Lender != "" {
		l += " (" + f.Lender + ")"
	}
	return l
}

// sortRows orders stated rows by value, largest first, then "not stated" rows by name.
func sortRows(rows []row) {
	sort.SliceStable(rows, func(i, j int) bool {
		a, b := rows[i].slot, rows[j].slot
		if a.Stated != b.Stated {
			return a.Stated
		}
		if a.Stated {
			if va, vb := sortValue(a), sortValue(b); va != vb {
				return va > vb
			}
		}
		return a.Country < b.Country
	})
}

// sortValue ranks a range by its middle, so "15–20M" sorts between 15M and 20M.
func sortValue(s Slot) float64 {
	if s.Range {
		return (s.Value + s.Max) / 2
	}
	return s.Value
}
