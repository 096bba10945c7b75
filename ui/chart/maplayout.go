package chart

import (
	"math"
	"strings"

	"cryptoatlas/ui/chart/world"

	"github.com/wcharczuk/go-chart/v2/drawing"
)

// A map is laid out like a chart: title, subtitle and legend above; under the map a
// line naming each stated figure (with its reference numbers in exports), then the
// numbered quotes, then the footer. An export keeps its size; references that do not
// fit continue on pages of their own, as a chart's do.

const (
	minMapPx   = 160 // the map shrinks no further; the window's image grows instead
	smallState = 60  // a stated country smaller than this many square pixels gets a marker
	keyLines   = 3   // the line of stated figures wraps to at most this many lines
)

// mapPlan is where a map's parts go.
type mapPlan struct {
	top, h    float64 // the band the map is drawn in
	x0, y0, k float64 // a projected point (X, Y) is drawn at (x0 + X·k, y0 − Y·k)
	key       []string
	keyTop    float64
}

// planMapPages lays out every page of a map.
func planMapPages(s Spec, o Options, m measurer) []*layout {
	l := newLayout(s, o, m)
	l.lastRows = true
	l.axisH = 0
	pages := l.planMap()
	if len(pages) > 1 {
		l2 := newLayout(s, o, m)
		l2.lastRows, l2.axisH, l2.hasPageNote = true, 0, true
		pages = l2.planMap()
	}
	for i, p := range pages {
		p.page, p.pages = i+1, len(pages)
	}
	for i, p := range pages {
		p.pageNote = pageNote(pages, i)
	}
	return pages
}

// planMap places the map, its key and as many references as fit under it, and returns
// this page with any pages the other references continue on.
func (l *layout) planMap() []*layout {
	mp := &mapPlan{}
	l.mp = mp
	mp.key = l.mapKey()
	keyH := float64(len(mp.key)) * lineH(l.small)
	if keyH > 0 {
		keyH += l.px(8)
	}
	fixed := l.pad + l.headerH + keyH + l.px(8) + l.pageNoteH() + l.footH() + l.pad
	avail := float64(l.H) - fixed
	min0, max0 := world.Extent()
	natural := l.inner * (max0.Y - min0.Y) / (max0.X - min0.X)

	var rest []Ref
	more := 0
	if l.opts.References && len(l.spec.Refs) > 0 {
		refs := l.spec.Refs
		if len(refs) > maxDrawnRefs {
			refs, more = refs[:maxDrawnRefs], len(refs)-maxDrawnRefs
		}
		gap := l.px(18)
		mapMin := math.Max(l.px(minMapPx), math.Min(natural, avail*0.55))
		var under []refBlock
		var underH float64
		under, underH, rest, more = l.fitRefs(refs, more, avail-mapMin-gap)
		if len(under) > 0 {
			l.refs, l.refsH, l.refsArea = under, underH, underH+gap
		}
	}
	mp.h = math.Min(natural, avail-l.refsArea)
	if mp.h < l.px(minMapPx) {
		mp.h = l.px(minMapPx)
		if !l.exact {
			l.H = ri(fixed + mp.h + l.refsArea)
		}
	}
	mp.top = l.pad + l.headerH
	mp.k = math.Min(l.inner/(max0.X-min0.X), mp.h/(max0.Y-min0.Y))
	w := (max0.X - min0.X) * mp.k
	mp.x0 = l.pad + (l.inner-w)/2 - min0.X*mp.k
	mp.y0 = mp.top + max0.Y*mp.k
	mp.keyTop = mp.top + mp.h + l.px(8)
	l.refsTop = mp.keyTop + keyH
	if l.refsArea > 0 {
		l.refsTop += l.px(6)
	}
	l.footTop = float64(l.H) - l.pad - l.footH()
	pages := []*layout{l}
	if len(rest) > 0 {
		pages = l.continueRefs(pages, rest, more)
	}
	return pages
}

// mapKey names each stated figure, largest first, with its reference numbers in an
// export: a reader finds a country's value without hovering, and every colour its quote.
func (l *layout) mapKey() []string {
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
