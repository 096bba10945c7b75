package chart

import (
	"math"

	"cryptoatlas/data"
)

// logSpread is the ratio of largest to smallest value beyond which bars go on a log
// axis: at 10,000× a linear axis leaves the small bars as hairlines, and the log axis is
// labelled "log scale" so no reader takes lengths for ratios.
const logSpread = 1e4

// axis is the value axis: a range pinned here, always finite and of positive length,
// so nothing downstream ever sees NaN or a zero-height range.
type axis struct {
	log    bool
	lo, hi float64
	ticks  []float64
}

// newAxis fits an axis to values (finite, not negative) with at most maxTicks
// intervals.
func newAxis(values []float64, maxTicks int) axis { return spreadAxis(values, maxTicks, logSpread) }

// spreadAxis is newAxis going to a log scale from a spread of the given ratio.
func spreadAxis(values []float64, maxTicks int, spread float64) axis {
	maxTicks = max(maxTicks, 1)
	hi, minPos := 0.0, math.Inf(1)
	for _, v := range values {
		if !finite(v) || v < 0 {
			continue
		}
		hi = math.Max(hi, v)
		if v > 0 {
			minPos = math.Min(minPos, v)
		}
	}
	if hi > 0 && hi/minPos >= spread {
		return logAxis(minPos, hi, maxTicks)
	}
	if hi <= 0 {
		hi = 1 // all zero (or nothing): still a positive range
	}
	step := niceStep(hi / float64(maxTicks))
	top := math.Ceil(hi/step-1e-9) * step
	a := axis{lo: 0, hi: top}
	for i := 0; ; i++ {
		t := float64(i) * step
		if t > top*(1+1e-9) {
			break
		}
		a.ticks = append(a.ticks, t)
	}
	return a
}

func logAxis(minPos, hi float64, maxTicks int) axis {
	lo := math.Floor(math.Log10(minPos))
	top := math.Ceil(math.Log10(hi))
	if top <= lo {
		top = lo + 1
	}
	every := math.Ceil((top - lo) / float64(maxTicks))
	a := axis{log: true, lo: math.Pow(10, lo), hi: math.Pow(10, top)}
	for e := lo; e <= top; e += every {
		a.ticks = append(a.ticks, math.Pow(10, e))
	}
	return a
}

// niceStep rounds raw up to 1, 2, 2.5 or 5 times a power of ten.
func niceStep(raw float64) float64 {
	if raw <= 0 || !finite(raw) {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if raw <= m*p*(1+1e-9) {
			return m * p
		}
	}
	return 10 * p
}

// frac places v along the axis, from 0 at its start to 1 at its end.
func (a axis) frac(v float64) float64 {
	if !finite(v) || v <= a.lo {
		return 0
	}
	var f float64
	if a.log {
		f = (math.Log10(v) - math.Log10(a.lo)) / (math.Log10(a.hi) - math.Log10(a.lo))
	} else {
		f = (v - a.lo) / (a.hi - a.lo)
	}
	return math.Min(math.Max(f, 0), 1)
}

// tickLabel writes a tick with the project's formatters: "$5B", "20M", "50,000".
func tickLabel(m data.Metric, v float64) string {
	switch m.Unit() {
	case "USD":
		return data.FormatValue(m, v, nil, 0)
	case "people":
		return data.FormatShort(m, v, nil, 0)
	}
	if v >= 1e6 {
		// Counts of BTC or MW this large only occur on a log axis; the people format
		// writes them compactly ("10B") where Thousands would spell out every digit.
		return data.FormatShort(data.CryptoHolders, v, nil, 0)
	}
	return data.Thousands(v)
}
