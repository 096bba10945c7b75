package data

import (
	"math"
	"sort"
	"strconv"
	"strings"

	"cryptoatlas/data/country"
	"cryptoatlas/data/number"
)

// Dataset is every loaded article with its facts, the one thing charts, profiles and
// exports ask.
type Dataset struct {
	Articles     []*Article
	Facts        []*Fact // attributed: stated, curated and derived
	Unattributed []*Fact
	Planned      []*Fact // attributed figures stated as future or proposed: listed, never charted
	Events       []Event
	mentions     map[string][]articleSpans // ISO2 -> where each article names it
	byID         map[string]*Article
	picks        map[pickKey]*Fact // values the user chose to chart (picks.go)
	summaries    []CountrySummary  // Countries(), kept until the facts change
}

// NewDataset extracts the facts of articles that have been parsed. Articles with the
// same ID get a suffix so IDs stay unique.
func NewDataset(articles []*Article) *Dataset {
	ex := make([]Extraction, len(articles))
	for i, a := range articles {
		ex[i] = Extract(a)
	}
	return assemble(articles, ex)
}

// partFacts parts an article's facts into the charted ones, those without a country (for
// review) and the planned ones (listed, never charted).
func partFacts(facts []*Fact) (stated, unattributed, planned []*Fact) {
	for _, f := range facts {
		switch {
		case f.Planned:
			planned = append(planned, f)
		case f.Attributed():
			stated = append(stated, f)
		default:
			unattributed = append(unattributed, f)
		}
	}
	return stated, unattributed, planned
}

// assemble builds a dataset from articles and their extractions (made in parallel by
// the loader).
func assemble(articles []*Article, ex []Extraction) *Dataset {
	d := &Dataset{Articles: articles, mentions: map[string][]articleSpans{}, byID: make(map[string]*Article, len(articles))}
	// Size the lists once: a folder of thousands of articles would otherwise copy them
	// over and over as they grow.
	facts, events, named := 0, 0, map[string]int{}
	for i := range ex {
		facts += 2 * len(ex[i].Facts) // room for derived figures
		events += len(ex[i].Events)
		for _, c := range ex[i].Countries {
			named[c.ISO2]++
		}
	}
	d.Facts = make([]*Fact, 0, facts)
	d.Events = make([]Event, 0, events)
	for iso, n := range named {
		d.mentions[iso] = make([]articleSpans, 0, n)
	}
	for i, a := range articles {
		base, n := a.ID, 1
		for d.byID[a.ID] != nil {
			n++
			a.ID = base + "~" + strconv.Itoa(n)
		}
		d.byID[a.ID] = a
		facts := ex[i].Facts
		for _, f := range facts {
			f.Article = a.ID
		}
		for k := range ex[i].Events {
			ex[i].Events[k].Article = a.ID
		}
		facts = applyCurated(a, facts)
		facts = applyEdits(a, facts) // the user's edits saved beside the file
		stated, unattributed, planned := partFacts(facts)
		d.Facts = append(d.Facts, stated...)
		d.Unattributed = append(d.Unattributed, unattributed...)
		d.Planned = append(d.Planned, planned...)
		d.Facts = append(d.Facts, derive(a.ID, facts)...)
		d.Events = append(d.Events, ex[i].Events...)
		for _, c := range ex[i].Countries {
			d.mentions[c.ISO2] = append(d.mentions[c.ISO2], articleSpans{a.ID, c.Spans})
		}
	}
	return d
}

// applyCurated adds the figures a user recorded in the article's JSON record. A curated
// figure replaces what the extractor found for the same country and metric.
func applyCurated(a *Article, facts []*Fact) []*Fact {
	if len(a.Curated) == 0 {
		return facts
	}
	replaced := map[string]bool{}
	var cur []*Fact
	for _, c := range a.Curated {
		co, ok := country.ByName(c.Country)
		if !ok {
			continue
		}
		start := strings.Index(a.Text, c.Quote)
		if start < 0 {
			continue
		}
		sp := Span{start, start + len(c.Quote)}
		sent := sp
		if s, _, ok := a.SentenceAt(start); ok && s.Start <= sp.Start && s.End >= sp.End {
			sent = s
		}
		cur = append(cur, &Fact{
			Article: a.ID, ISO2: co.ISO2, Country: co.Name, Metric: c.Metric, Value: c.Value, Max: c.ValueMax,
			Curated: true, Mentions: []Mention{{Span: sp, Sentence: sent, Quote: a.Slice(sent)}},
		})
		replaced[co.ISO2+"|"+string(c.Metric)] = true
	}
	var out []*Fact
	for _, f := range facts {
		if !replaced[f.ISO2+"|"+string(f.Metric)] {
			out = append(out, f)
		}
	}
	return append(out, cur...)
}

// derive computes the figures that follow from stated ones, labelled derived: the
// energy a mining allocation uses in a year (MW x 8,760 h), and the bitcoin price a
// holding's dollar value implies.
func derive(article string, facts []*Fact) []*Fact {
	var out []*Fact
	for _, f := range facts {
		if !f.Attributed() || f.Max != nil || f.Planned {
			continue
		}
		switch f.Metric {
		case MiningPowerMW:
			out = append(out, &Fact{
				Article: article, ISO2: f.ISO2, Country: f.Country, Metric: MiningEnergyTWh,
				Value: f.Value * 8760 / 1e6, Approx: f.Approx, AsOf: f.AsOf, Derived: true, Mentions: f.Mentions,
			})
		case HoldingsUSD:
			for _, g := range facts {
				if g.Metric == BTCHoldings && g.ISO2 == f.ISO2 && g.Max == nil && g.Value > 0 {
					price := f.Value / g.Value
					if math.IsInf(price, 0) {
						break // a holding too small to price: no chart may show an infinity
					}
					approx := f.Approx
					if approx == number.Exact {
						approx = g.Approx
					}
					if approx != number.Exact {
						approx = number.About
					}
					out = append(out, &Fact{
						Article: article, ISO2: f.ISO2, Country: f.Country, Metric: BTCPriceUSD,
						Value: price, Approx: approx, AsOf: f.AsOf, Derived: true,
						Mentions: append(append([]Mention{}, g.Mentions...), f.Mentions...),
					})
					break
				}
			}
		}
	}
	return out
}

// Article returns the article with the given ID.
func (d *Dataset) Article(id string) *Article { return d.byID[id] }

// CountrySummary is one row of the countries list.
type CountrySummary struct {
	country.Country
	Figures  int // stated and curated facts (not derived)
	Mentions int // times the articles name it
}

// Countries lists every country the articles name: those with figures first (most
// figures first), then those only mentioned, each group by name.
func (d *Dataset) Countries() []CountrySummary {
	if d.summaries == nil {
		d.summaries = d.countries()
	}
	return append([]CountrySummary(nil), d.summaries...)
}

func (d *Dataset) countries() []CountrySummary {
	counts := map[string]int{}
	for _, f := range d.Facts {
		if !f.Derived {
			counts[f.ISO2]++
		}
	}
	var out []CountrySummary
	seen := map[string]bool{}
	add := func(iso string) {
		if seen[iso] {
			return
		}
		seen[iso] = true
		c, ok := country.ByISO2(iso)
		if !ok {
			return
		}
		n := 0
		for _, as := range d.mentions[iso] {
			n += len(as.spans)
		}
		out = append(out, CountrySummary{Country: c, Figures: counts[iso], Mentions: n})
	}
	for iso := range counts {
		add(iso)
	}
	for iso := range d.mentions {
		add(iso)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Figures != out[j].Figures {
			return out[i].Figures > out[j].Figures
		}
		return out[i].Name < out[j].Name
	})
	return out
}

// FactsFor returns the facts of one country, stated before derived, in metric order.
func (d *Dataset) FactsFor(iso2 string) []*Fact {
	var out []*Fact
	for _, f := range d.Facts {
		if f.ISO2 == iso2 {
			out = append(out, f)
		}
	}
	sortFacts(out)
	return out
}

// EventsFor returns a country's dated events, oldest first; undated ones last.
func (d *Dataset) EventsFor(iso2 string) []Event {
	var out []Event
	for _, e := range d.Events {
		if e.ISO2 == iso2 {
			out = append(out, e)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].When, out[j].When
		if (a.Year == 0) != (b.Year == 0) {
			return a.Year != 0
		}
		return a.Before(b)
	})
	return out
}

// MentionsOf returns where each article names a country.
func (d *Dataset) MentionsOf(iso2 string) map[string][]Span {
	out := make(map[string][]Span, len(d.mentions[iso2]))
	for _, as := range d.mentions[iso2] {
		out[as.article] = as.spans
	}
	return out
}

// articleSpans is where one article names a country.
type articleSpans struct {
	article string
	spans   []Span
}

func metricOrder(m Metric) int {
	for i, info := range Metrics {
		if info.Metric == m {
			return i
		}
	}
	return len(Metrics)
}

func sortFacts(fs []*Fact) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Derived != b.Derived {
			return !a.Derived
		}
		if oa, ob := metricOrder(a.Metric), metricOrder(b.Metric); oa != ob {
			return oa < ob
		}
		return a.Value < b.Value
	})
}
