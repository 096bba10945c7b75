package chart

import (
	"math"
	"strconv"
	"strings"
	"time"

	"cryptoatlas/data/number"

	"github.com/wcharczuk/go-chart/v2/drawing"
)

const timelineLogSpread = 30

// timelinePlan is where a timeline is drawn.
type timelinePlan struct {
	x0, x1, y0, y1 float64 // the plot: left, right, top, and the time axis's line
	t0, t1         float64 // the time shown, in years (2021.5 is the middle of 2021)
	months         bool    // the axis counts months, not years
	ticks          []timeTick
	ax             axis // the values
}

// timeTick is a year or month on the time axis: a line where it starts and, when
// there is room, its name in the middle of its span.
type timeTick struct {
	t, mid float64
	label  string
}

// yearOf places a date on the time axis: a year-only date in the middle of its year, a
// month in the middle of its month, a day on its day.
func yearOf(w number.When) float64 {
	y := float64(w.Year)
	switch w.Precision {
	case number.YearOnly:
		return y + 0.5
	case number.YearMonth:
		return y + (float64(w.Month)-0.5)/12
	case number.FullDate:
		// Within its month, so a day never falls into the month before on the axis.
		days := time.Date(w.Year, time.Month(w.Month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
		return y + (float64(w.Month-1)+(float64(w.Day)-0.5)/float64(days))/12
	}
	return y + 0.5
}

// placeTimeline fits the value axis, the time axis and the plot into the figure's band.
func (l *layout) placeTimeline() {
	tl := &timelinePlan{}
	l.tl = tl
	var values []float64
	tmin, tmax := math.Inf(1), math.Inf(-1)
	for _, s := range l.spec.Series {
		for _, p := range s.Points {
			values = append(values, p.Value)
			if p.Range {
				values = append(values, p.Max)
			}
			t := yearOf(p.When)
			tmin, tmax = math.Min(tmin, t), math.Max(tmax, t)
		}
	}
	if len(values) == 0 {
		tmin, tmax = 2020, 2021
	}
	ticks := max(2, min(6, int(l.fig.h/l.px(48))))
	// A timeline compares each country with itself over time: past a spread of 30× a
	// linear axis flattens the small countries' changes, so the values go on a log scale.
	tl.ax = spreadAxis(values, ticks, timelineLogSpread)
	widest := 0.0
	for _, t := range tl.ax.ticks {
		widest = math.Max(widest, l.m.width(tickLabel(l.spec.Metric, t), l.small))
	}
	tl.x0 = l.pad + widest + l.px(10)
	tl.x1 = l.right - l.px(12)
	tl.y0 = l.fig.top + l.px(8)
	tl.y1 = l.fig.top + l.fig.h - 2*lineH(l.small) - l.px(6)

	// Years when the figures span two years or more, else months; the span is whole
	// years or months, and at least three months.
	if tmax-tmin >= 2 {
		tl.t0, tl.t1 = math.Floor(tmin), math.Floor(tmax)+1
	} else {
		tl.months = true
		a, b := math.Floor(tmin*12), math.Floor(tmax*12)+1
		for b-a < 3 {
			a, b = a-1, b+1
			if b-a < 3 {
				b++
			}
		}
		tl.t0, tl.t1 = a/12, b/12
	}
	l.planTimeTicks()
}

// planTimeTicks names every year or month, or every second, fifth… when the names
// would not fit.
func (l *layout) planTimeTicks() {
	tl := l.tl
	unit, n := 1.0, int(math.Round(tl.t1-tl.t0))
	name := func(t float64) string { return strconv.Itoa(int(math.Floor(t + 1e-9))) }
	steps := []int{1, 2, 5, 10, 20, 50, 100}
	if tl.months {
		unit, n = 1.0/12, int(math.Round((tl.t1-tl.t0)*12))
		name = func(t float64) string {
			m := int(math.Round(t * 12))
			return time.Month(m%12 + 1).String()[:3] + " " + strconv.Itoa(m/12)
		}
		steps = []int{1, 2, 3, 6, 12, 24}
	}
	span := (tl.x1 - tl.x0) / float64(max(n, 1))
	widest := l.m.width(name(tl.t0), l.small) + l.px(12)
	every := steps[len(steps)-1]
	for _, s := range steps {
		if span*float64(s) >= widest {
			every = s
			break
		}
	}
	for i := 0; i <= n; i++ {
		t := tl.t0 + float64(i)*unit
		tk := timeTick{t: t, mid: t + unit/2}
		if i < n && i%every == 0 {
			tk.label = name(t)
			if every > 1 {
				tk.mid = t // a name for several: at the line it starts at
			}
		}
		tl.ticks = append(tl.ticks, tk)
	}
}

// tx and ty place a time and a value in the plot.
func (tl *timelinePlan) tx(t float64) float64 {
	return tl.x0 + (t-tl.t0)/(tl.t1-tl.t0)*(tl.x1-tl.x0)
}
func (tl *timelinePlan) ty(v float64) float64 { return tl.y1 - tl.ax.frac(v)*(tl.y1-tl.y0) }

// timelineKey lists what the plot cannot show: figures with no date, and countries
// left off.
func (l *layout) timelineKey() []string {
	var lines []string // an empty timeline's message is in its panel (drawTimeline)
	var items []string
	for _, s := range l.spec.Series {
		for _, p := range s.Undated {
			t := s.Country + " " + p.Label
			if p.Derived {
				t += " (derived)"
			}
			if p.Planned {
				t += " (planned)"
			}
			if l.opts.References && len(p.Refs) > 0 {
				t += " " + refList(p.Refs)
			}
			items = append(items, t)
		}
	}
	if len(items) > 0 {
		lines = append(lines, l.fitList("Undated, not on the chart: ", items, " · ", l.small, l.inner, 2)...)
	}
	if len(l.spec.Omitted) > 0 {
		lines = append(lines, l.fitList("Also with figures, left off to keep "+strconv.Itoa(maxSeries)+" lines apart (choose the countries to see them): ",
			l.spec.Omitted, ", ", l.small, l.inner, 2)...)
	}
	return lines
}

// planTimelineLegend names each country's colour, then the marks drawn.
func (l *layout) planTimelineLegend() {
	var items []legendItem
	has := map[legendKind]bool{}
	for i, s := range l.spec.Series {
		items = append(items, legendItem{kind: legendSeries, text: s.Country, color: lineColor(l.pal, i)})
		for _, p := range append(append([]Point{}, s.Points...), s.Undated...) {
			switch {
			case p.Planned:
				has[legendPlan] = true
			case p.Derived:
				has[legendHollow] = true
			default:
				has[legendPoint] = true
			}
			if p.Range {
				has[legendSpan] = true
			}
		}
	}
	if has[legendHollow] || has[legendPlan] || has[legendSpan] {
		for _, k := range []struct {
			k    legendKind
			text string
		}{{legendPoint, "stated"}, {legendSpan, "stated as a range"}, {legendHollow, "derived, not stated"}, {legendPlan, "planned, not yet so"}} {
			if has[k.k] {
				items = append(items, legendItem{kind: k.k, text: k.text})
			}
		}
	}
	l.placeLegend(items, l.px(16))
}

// lineColor is country i's colour on a timeline.
func lineColor(p palette, i int) drawing.Color { return p.Lines[i%len(p.Lines)] }

// pointWords is a point in words: "Bhutan, 12 June 2025: 11,000 BTC (the article's date)".
func pointWords(s Series, p Point) string {
	t := s.Country + ", " + p.When.Label() + ": " + p.Label
	var notes []string
	if p.Derived {
		notes = append(notes, "derived")
	}
	if p.Planned {
		notes = append(notes, "planned")
	}
	if p.Published {
		notes = append(notes, "the article's date")
	}
	if len(notes) > 0 {
		t += " (" + strings.Join(notes, ", ") + ")"
	}
	return t
}
