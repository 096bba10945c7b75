package chart

import (
	"math"

	"cryptoatlas/data"
	"cryptoatlas/data/country"
)

// MapMetrics are the metrics a map can show: amounts a country has, which compare on
// one scale. Years (legal tender, a loan's end) are dates, not amounts.
var MapMetrics = []data.Metric{
	data.BTCHoldings, data.HoldingsUSD, data.MiningPowerMW, data.MiningEnergyTWh,
	data.LoanUSD, data.CryptoHolders,
}

// Mappable reports whether m is one of MapMetrics.
func Mappable(m data.Metric) bool {
	for _, x := range MapMetrics {
		if x == m {
			return true
		}
	}
	return false
}

// maxClasses is how many colours a map's scale has at most.
const maxClasses = 6

// BuildMap makes the spec of a map of metric m: a slot for every country the articles
// name (countries, when given, instead), stated where an article gives the figure, each
// stated slot in a colour class on a log scale.
func BuildMap(ds *data.Dataset, m data.Metric, countries []string) Spec {
	info, _ := m.Info()
	spec := Spec{Kind: Map, Metric: m, Unit: info.Unit,
		Title:    info.Label + " by country",
		Subtitle: mapSubtitle(info),
	}
	if ds == nil {
		spec.Empty = EmptyMessage
		return spec
	}
	def := definition{metric: m, title: spec.Title, unit: info.Unit}
	idx := newIndex(ds)
	var isos []place
	if len(countries) > 0 {
		isos = selectCountries(idx, countries, nil)
	} else {
		seen := map[string]bool{}
		for _, f := range ds.Facts {
			if usable(f) && !f.Derived && f.Metric == m && !seen[f.ISO2] {
				seen[f.ISO2] = true
				isos = append(isos, place{f.ISO2, f.Country})
			}
		}
		for _, c := range ds.Countries() {
			if !seen[c.ISO2] {
				seen[c.ISO2] = true
				isos = append(isos, place{c.ISO2, c.Name})
			}
		}
	}
	rows := make([]row, len(isos))
	for i, c := range isos {
		rows[i] = buildRow(idx, def, Map, c)
	}
	sortRows(rows)
	book := newRefBook(ds)
	for _, r := range rows {
		if r.slot.Stated {
			r.slot.Refs = book.cite(r.cites)
		}
		spec.Slots = append(spec.Slots, r.slot)
	}
	spec.Refs = book.refs
	spec.Sources = book.sources()
	var values []float64
	for _, s := range spec.Slots {
		if s.Stated {
			values = append(values, sortValue(s))
		}
	}
	if len(values) == 0 {
		spec.Empty = EmptyMessage
		for _, a := range ds.Articles {
			spec.Sources = append(spec.Sources, sourceName(a))
		}
		return spec
	}
	spec.Classes = logClasses(m, values)
	if len(spec.Classes) > 1 {
		spec.ClassScale = "log scale"
	}
	for i := range spec.Slots {
		if s := &spec.Slots[i]; s.Stated {
			s.Class = classOf(spec.Classes, sortValue(*s))
		}
	}
	return spec
}

func mapSubtitle(info data.MetricInfo) string {
	s := info.Label + " (" + info.Unit + ") as stated in the articles; the latest figure where they disagree, a range by its middle"
	return s
}

// logClasses cuts the values' span at round numbers, 1-2-5 in each power of ten, or
// coarser (1-3, powers of ten, of a hundred) until at most maxClasses remain: round
// bounds read at a glance, and a log scale keeps a small holding from vanishing
// beside a large one.
func logClasses(m data.Metric, values []float64) []Class {
	lo, hi := math.Inf(1), 0.0
	zero := false
	for _, v := range values {
		if v <= 0 {
			zero = true
			continue
		}
		lo, hi = math.Min(lo, v), math.Max(hi, v)
	}
	if hi == 0 { // every figure is zero
		return []Class{{0, 0, tickLabel(m, 0)}}
	}
	if hi/lo < 1.000001 {
		c := Class{lo, hi, data.FormatShort(m, hi, nil, 0)}
		if zero {
			c.Lo, c.Label = 0, tickLabel(m, 0)+"–"+c.Label
		}
		return []Class{c}
	}
	var bounds []float64
	for _, seq := range [][]float64{{1, 2, 5}, {1, 3}, {1}, {1, 10}, {1, 100}} {
		bounds = roundBounds(lo, hi, seq)
		if len(bounds)-1 <= maxClasses {
			break
		}
	}
	if len(bounds)-1 > maxClasses { // a span beyond 10^18: give up on round numbers
		bounds = nil
		for i := 0; i <= maxClasses; i++ {
			bounds = append(bounds, lo*math.Pow(hi/lo, float64(i)/maxClasses))
		}
	}
	if zero {
		bounds[0] = 0
	}
	out := make([]Class, len(bounds)-1)
	for i := range out {
		out[i] = Class{Lo: bounds[i], Hi: bounds[i+1],
			Label: tickLabel(m, bounds[i]) + "–" + data.FormatShort(m, bounds[i+1], nil, 0)}
	}
	return out
}

// roundBounds is the round numbers from the largest at or below lo to the smallest at
// or above hi. seq is the multipliers within a power of ten ({1, 2, 5}); {1, 10} means
// every second power, {1, 100} every third.
func roundBounds(lo, hi float64, seq []float64) []float64 {
	step := 1 // powers of ten from one multiplier list to the next
	if len(seq) == 2 && seq[1] >= 10 {
		step = int(math.Round(math.Log10(seq[1]))) + 1
		seq = seq[:1]
	}
	e := int(math.Floor(math.Log10(lo)))
	e -= ((e % step) + step) % step
	var out []float64
	for len(out) < 64 {
		for _, m := range seq {
			b := m * math.Pow10(e)
			if b <= lo*(1+1e-9) {
				out = []float64{b} // the latest round number at or below lo opens the scale
				continue
			}
			out = append(out, b)
			if b >= hi*(1-1e-9) {
				return out
			}
		}
		e += step
	}
	return out
}

// classOf is the class holding v: the last whose lower bound v reaches.
func classOf(cs []Class, v float64) int {
	k := 0
	for i, c := range cs {
		if v >= c.Lo*(1-1e-9) {
			k = i
		}
	}
	return k
}

// Exported lists every picture `cryptoatlas export --chart all` writes: the charts,
// then the map and the timeline.
var Exported = []Kind{Holdings, Mining, Loans, Adoption, Map, Timeline}

// BuildAny makes the spec of any picture: m is the metric of a map or timeline (bar
// charts have their own and ignore it). A timeline shows the metrics a map does.
func BuildAny(k Kind, ds *data.Dataset, m data.Metric, countries []string) Spec {
	switch k {
	case Map:
		return BuildMap(ds, m, countries)
	case Timeline:
		return BuildTimeline(ds, m, countries)
	}
	return Build(k, ds, countries)
}

// MetricNames lists the names MapMetrics accepts, for help and errors.
func MetricNames() string {
	s := ""
	for i, m := range MapMetrics {
		if i > 0 {
			s += ", "
		}
		s += string(m)
	}
	return s
}

// BuildLocator makes a small map of where one country is, for its profile: the country
// in the scale's middle colour (marked when small), every other one land; no legend and
// no line of figures.
func BuildLocator(iso2 string) Spec {
	name := iso2
	if c, ok := country.ByISO2(iso2); ok {
		name = c.Name
	}
	return Spec{Kind: Map, Title: "Where " + name + " is", Locator: true,
		Slots:   []Slot{{ISO2: iso2, Country: name, Stated: true, Label: name}},
		Classes: []Class{{Label: name}}}
}
