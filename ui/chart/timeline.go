package chart

import (
	"sort"

	"cryptoatlas/data"
	"cryptoatlas/data/number"
)

// maxSeries is how many countries one timeline draws: past eight, lines and colours
// can no longer be told apart; the rest are named under it.
const maxSeries = 8

// BuildTimeline makes the spec of metric m's figures by date for the countries given
// (nil: every country with a figure of m). A figure is placed at its own date ("as of
// May 2025"), else at its article's publication date; without either it is listed as
// undated. The same value for the same date, however many articles repeat it, is one
// point citing each; different values for one date stay separate points.
func BuildTimeline(ds *data.Dataset, m data.Metric, countries []string) Spec {
	info, _ := m.Info()
	spec := Spec{Kind: Timeline, Metric: m, Unit: info.Unit,
		Title:    info.Label + " over time",
		Subtitle: info.Label + " (" + info.Unit + ") as stated in the articles, by the date each figure is for, else the article's date; a value holds until the next report",
	}
	if ds == nil {
		spec.Empty = EmptyMessage
		return spec
	}
	idx := newIndex(ds)
	planned := map[string][]*data.Fact{}
	for _, f := range ds.Planned {
		if f.Metric == m && usable(f) {
			planned[f.ISO2] = append(planned[f.ISO2], f)
		}
	}
	var places []place
	if len(countries) > 0 {
		places = selectCountries(idx, countries, nil)
	} else {
		seen := map[string]bool{}
		add := func(f *data.Fact) {
			if usable(f) && f.Metric == m && !seen[f.ISO2] {
				seen[f.ISO2] = true
				places = append(places, place{f.ISO2, f.Country})
			}
		}
		for _, f := range ds.Facts {
			add(f)
		}
		for _, f := range ds.Planned {
			add(f)
		}
	}
	book := newRefBook(ds)
	var series []Series
	type pointFacts struct {
		p     Point
		facts []*data.Fact
	}
	for _, c := range places {
		var facts []*data.Fact
		for _, f := range idx.facts[c.iso2] {
			if f.Metric == m {
				facts = append(facts, f)
			}
		}
		facts = append(facts, planned[c.iso2]...)
		byKey := map[pointKey]int{}
		var pts []pointFacts
		for _, f := range facts {
			p := Point{Value: f.Value, Label: f.Label(), Derived: f.Derived, Planned: f.Planned, Fact: f}
			if f.Max != nil {
				p.Range, p.Max = true, *f.Max
			}
			p.When, p.Published = idx.dateOf(f)
			k := pointKey{p.When, figureKey(f), f.Derived, f.Planned}
			if i, ok := byKey[k]; ok {
				pts[i].facts = append(pts[i].facts, f)
				continue
			}
			byKey[k] = len(pts)
			pts = append(pts, pointFacts{p, []*data.Fact{f}})
		}
		sort.SliceStable(pts, func(i, j int) bool {
			a, b := pts[i].p, pts[j].p
			if a.When != b.When {
				return a.When.Before(b.When)
			}
			return a.Value < b.Value
		})
		s := Series{ISO2: c.iso2, Country: c.name}
		for _, pf := range pts {
			pf.p.Refs = book.cite(pf.facts)
			if pf.p.When.Year == 0 {
				s.Undated = append(s.Undated, pf.p)
			} else {
				s.Points = append(s.Points, pf.p)
			}
		}
		series = append(series, s)
	}
	if len(countries) == 0 {
		// The countries with the most dated figures first: their lines tell the most.
		sort.SliceStable(series, func(i, j int) bool { return len(series[i].Points) > len(series[j].Points) })
	}
	for i, s := range series {
		if i >= maxSeries && (len(s.Points) > 0 || len(s.Undated) > 0) {
			spec.Omitted = append(spec.Omitted, s.Country)
			continue
		}
		if i < maxSeries {
			spec.Series = append(spec.Series, s)
		}
	}
	spec.Refs = book.refs
	spec.Sources = book.sources()
	dated := false
	for _, s := range spec.Series {
		dated = dated || len(s.Points) > 0
		// A chart's slots carry the countries for callers that list them.
		spec.Slots = append(spec.Slots, Slot{ISO2: s.ISO2, Country: s.Country, Stated: len(s.Points)+len(s.Undated) > 0})
	}
	if !dated {
		spec.Empty = "No dated figures of this kind in these articles"
		if len(spec.Refs) == 0 {
			spec.Empty = EmptyMessage
			for _, a := range ds.Articles {
				spec.Sources = append(spec.Sources, sourceName(a))
			}
		}
	}
	return spec
}

// pointKey identifies a point: one figure for one date, stated, derived or planned.
type pointKey struct {
	when             number.When
	fig              figure
	derived, planned bool
}

// dateOf is the date a figure is for: its own when it has a year, else its article's
// publication date (published is then true); zero when neither is known. A month
// without a year ("in May") takes the publication's year only through the extractor,
// which resolves it when it can.
func (idx *index) dateOf(f *data.Fact) (number.When, bool) {
	if f.AsOf.Year > 0 {
		return f.AsOf, false
	}
	if p := idx.articles[f.Article].published; p.Year > 0 {
		return p, true
	}
	return number.When{}, false
}
