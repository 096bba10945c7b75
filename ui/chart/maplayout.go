package chart

import (
	"math"
	"strings"

	"cryptoatlas/ui/chart/world"

	"github.com/wcharczuk/go-chart/v2/drawing"
)

// A map is laid out as a figure (figure.go): under it a line names each stated figure,
// with its reference numbers in exports.

const keyLines = 3 // the line of stated figures wraps to at most this many lines

// mapPlan is where a map is drawn.
type mapPlan struct {
	x0, y0, k float64 // a projected point (X, Y) is drawn at (x0 + X·k, y0 − Y·k)
}

// mapNatural is the map's height at the full width.
func (l *layout) mapNatural() float64 {
	min0, max0 := world.Extent()
	return l.inner * (max0.Y - min0.Y) / (max0.X - min0.X)
}

// placeMap fits the map into the figure's band, centred.
func (l *layout) placeMap() {
	min0, max0 := world.Extent()
	mp := &mapPlan{}
	mp.k = math.Min(l.inner/(max0.X-min0.X), l.fig.h/(max0.Y-min0.Y))
	w := (max0.X - min0.X) * mp.k
	mp.x0 = l.pad + (l.inner-w)/2 - min0.X*mp.k
	mp.y0 = l.fig.top + max0.Y*mp.k
	l.mp = mp
}

// mapKey names each stated figure, largest first, with its reference numbers in an
// export: a reader finds a country's value without hovering, and every colour its quote.
func (l *layout) mapKey() []string {
	if l.spec.Locator {
		return nil
	}
	if l.spec.Empty != "" {
		return l.m.wrap(l.spec.Empty, l.inner, l.small, 2)
	}
	var items []string
	for _, s := range l.spec.Slots {
		if !s.Stated {
			continue
		}
		t := s.Country + " " + s.Label
		if s.Derived {
			t += " (derived)"
		}
		if l.opts.References && len(s.Refs) > 0 {
			t += " " + refList(s.Refs)
		}
		items = append(items, t)
	}
	lines := keyLines
	if l.opts.References {
		lines++
	}
	return l.fitList("Stated: ", items, " · ", l.small, l.inner, lines)
}

// planMapLegend says what the colours mean: the classes on their scale, then the grey
// of "not stated", the outline of a country named without the figure and the marker
// of a small one, each only when the map draws it.
func (l *layout) planMapLegend() {
	if l.spec.Locator {
		return
	}
	var items []legendItem
	if len(l.spec.Classes) > 0 {
		head := "Stated:"
		if l.spec.ClassScale != "" {
			head = strings.ToUpper(l.spec.ClassScale[:1]) + l.spec.ClassScale[1:] + ":"
		}
		items = append(items, legendItem{kind: legendText, text: head})
		for i, c := range l.spec.Classes {
			items = append(items, legendItem{kind: legendClass, text: c.Label, color: classColor(l.pal, i, len(l.spec.Classes))})
		}
	}
	items = append(items, legendItem{kind: legendLand, text: NotStated})
	named, small := false, false
	for _, s := range l.spec.Slots {
		named = named || !s.Stated
		small = small || (s.Stated && isSmallState(s.ISO2))
	}
	if named {
		items = append(items, legendItem{kind: legendNamed, text: "named, no figure stated"})
	}
	if small {
		items = append(items, legendItem{kind: legendMarker, text: "small country"})
	}
	l.placeLegend(items, l.px(14))
}

// classColor is class i of n: spread over the palette's scale so few classes still
// differ clearly, the lowest always the lightest on light and the darkest on dark.
func classColor(p palette, i, n int) drawing.Color {
	if n <= 1 {
		return p.Scale[len(p.Scale)/2]
	}
	return p.Scale[ri(float64(i)*float64(len(p.Scale)-1)/float64(n-1))]
}
