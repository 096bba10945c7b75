package chart

import (
	"math"
	"slices"
	"strings"

	"cryptoatlas/data"
	"cryptoatlas/data/country"
	"cryptoatlas/data/number"
)

// index is the dataset's stated and derived facts by country, ready for charts and
// tables to ask.
type index struct {
	ds       *data.Dataset
	articles map[string]articleInfo // by article ID
	facts    map[string][]*data.Fact
}

// articleInfo is what ordering a figure needs of its article.
type articleInfo struct {
	order     int         // its place in the load order
	published number.When // its publication date, if known
}

func newIndex(ds *data.Dataset) *index {
	idx := &index{ds: ds, articles: make(map[string]articleInfo, len(ds.Articles)), facts: map[string][]*data.Fact{}}
	for i, a := range ds.Articles {
		info := articleInfo{order: i}
		if p := a.Published; !p.IsZero() {
			info.published = number.When{Year: p.Year(), Month: int(p.Month()), Day: p.Day(), Precision: number.FullDate}
		}
		idx.articles[a.ID] = info
	}
	for _, f := range ds.Facts {
		if usable(f) {
			idx.facts[f.ISO2] = append(idx.facts[f.ISO2], f)
		}
	}
	return idx
}

// usable reports whether a fact can be charted: attributed, with finite, non-negative
// values. A non-finite value would hang go-chart and a negative one cannot be true of
// any metric, so both count as "not stated" rather than as a figure.
func usable(f *data.Fact) bool {
	if f == nil || !f.Attributed() || !finite(f.Value) || f.Value < 0 {
		return false
	}
	return f.Max == nil || (finite(*f.Max) && *f.Max >= f.Value)
}

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

// stated returns a country's stated (not derived) facts of one metric.
func (idx *index) stated(iso2 string, m data.Metric) []*data.Fact {
	var out []*data.Fact
	for _, f := range idx.facts[iso2] {
		if f.Metric == m && !f.Derived {
			out = append(out, f)
		}
	}
	return out
}

// estimate is one distinct figure for a country with every fact that states it: several
// articles often repeat the same figure, and then they all back the same bar.
type estimate struct {
	facts []*data.Fact // the latest first
}

func (e estimate) lead() *data.Fact { return e.facts[0] }

// estimates groups a country's stated facts of one metric by figure, latest first — or
// the figure the user picked first: the first is what the bar shows, the rest are drawn
// as points.
func (idx *index) estimates(iso2 string, m data.Metric) []estimate {
	ests := idx.group(idx.stated(iso2, m))
	if p := idx.ds.Picked(iso2, m); p != nil {
		for i, e := range ests {
			for _, f := range e.facts {
				if f == p && i > 0 {
					ests[0], ests[i] = ests[i], ests[0]
					return ests
				}
			}
		}
	}
	return ests
}

// group orders facts latest first and gathers those stating the same figure.
func (idx *index) group(facts []*data.Fact) []estimate {
	// Each fact's date and article order, looked up once rather than at every comparison.
	keyed := make([]sortKey, len(facts))
	for i, f := range facts {
		keyed[i] = idx.sortKey(f)
		keyed[i].pos = i
	}
	slices.SortFunc(keyed, func(a, b sortKey) int {
		switch {
		case a.newer(b):
			return -1
		case b.newer(a):
			return 1
		}
		return a.pos - b.pos // as a stable sort would
	})
	facts = make([]*data.Fact, len(keyed))
	for i, k := range keyed {
		facts[i] = k.f
	}
	var out []estimate
	pos := map[figure]int{}
	for _, f := range facts {
		k := figureKey(f)
		if i, ok := pos[k]; ok {
			out[i].facts = append(out[i].facts, f)
			continue
		}
		pos[k] = len(out)
		out = append(out, estimate{facts: []*data.Fact{f}})
	}
	return out
}

// figure identifies a figure: the same value (and range, and lender for loans) is the
// same figure whatever qualifier an article puts before it. Values are compared to
// seven significant digits, so the same figure reached by different unit conversions
// (2.3 million kWh, 0.0023 TWh) is one figure, while distinct small values stay apart.
type figure struct {
	value, max float32
	hasMax     bool
	lender     string
}

func figureKey(f *data.Fact) figure {
	k := figure{value: float32(f.Value), lender: f.Lender}
	if f.Max != nil {
		k.max, k.hasMax = float32(*f.Max), true
	}
	return k
}

// sortKey is what orders a fact among the figures for its country and metric.
type sortKey struct {
	f      *data.Fact
	when   number.When // its own "as of" date when it has a year, else its article's publication date (a figure is current when published)
	order  int         // its article's place in the load order
	offset int         // its first mention's place in the text
	pos    int         // its place in the list being sorted
}

func (idx *index) sortKey(f *data.Fact) sortKey {
	info := idx.articles[f.Article]
	when := f.AsOf
	if f.AsOf.Year == 0 && info.published.Year > 0 {
		when = info.published
	}
	return sortKey{f: f, when: when, order: info.order, offset: firstOffset(f)}
}

// newer reports whether a is the later figure: by the date it is "as of", then by
// article load order (a later article supersedes an earlier one), then by position in
// the text (an article's first figure is its lead).
func (a sortKey) newer(b sortKey) bool {
	if a.when.Before(b.when) {
		return false
	}
	if b.when.Before(a.when) {
		return true
	}
	if a.order != b.order {
		return a.order > b.order
	}
	return a.offset < b.offset
}

func firstOffset(f *data.Fact) int {
	if len(f.Mentions) == 0 {
		return math.MaxInt
	}
	return f.Mentions[0].Start
}

// place is a country to show: its code and name.
type place struct{ iso2, name string }

// selectCountries resolves the countries a chart or table shows. Explicit entries may
// be ISO2 codes or names; one that names no known country still gets a row under the
// name given, so a typo shows up as "not stated" rather than vanishing. With none given,
// every country with a usable stated fact that wants accepts, in the order facts come.
func selectCountries(idx *index, countries []string, wants func(*data.Fact) bool) []place {
	var out []place
	seen := map[string]bool{}
	add := func(p place) {
		if p.iso2 != "" && !seen[p.iso2] {
			seen[p.iso2] = true
			out = append(out, p)
		}
	}
	if len(countries) > 0 {
		for _, c := range countries {
			c = strings.TrimSpace(c)
			if c == "" {
				continue
			}
			if co, ok := country.ByISO2(c); ok && len(c) == 2 {
				add(place{co.ISO2, co.Name})
			} else if co, ok := country.ByName(c); ok {
				add(place{co.ISO2, co.Name})
			} else {
				add(place{strings.ToUpper(c), c})
			}
		}
		return out
	}
	for _, f := range idx.ds.Facts {
		if usable(f) && !f.Derived && wants(f) {
			add(place{f.ISO2, f.Country})
		}
	}
	return out
}
