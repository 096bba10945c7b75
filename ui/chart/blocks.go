package chart

import (
	"math"
	"strconv"
	"strings"

	"github.com/wcharczuk/go-chart/v2/drawing"
)

// legendKind is a mark the legend explains.
type legendKind int

const (
	legendStated legendKind = iota
	legendRange
	legendDerived
	legendOther
	legendNotStated
	legendText   // words alone, no swatch ("Log scale:")
	legendClass  // a map's colour class, in the item's colour
	legendLand   // a map country no article gives the figure for
	legendNamed  // a map country the articles name without the figure: outlined
	legendMarker // a map marker for a country too small to see
	legendSeries // a timeline's country: its line and point, in the item's colour
	legendPoint  // a timeline's stated figure
	legendHollow // a timeline's derived figure
	legendPlan   // a timeline's planned figure
	legendSpan   // a timeline's figure stated as a range
)

// legendItem is one swatch and its words, placed relative to the legend's top left.
type legendItem struct {
	kind  legendKind
	text  string
	x, y  float64       // y is the line's index times the line height
	color drawing.Color // legendClass: the class's colour
}

// planHeader wraps the title and subtitle and lays out a legend of the marks the chart
// uses beyond plain bars.
func (l *layout) planHeader() {
	l.titleLines = l.m.wrap(l.spec.Title, l.inner, l.title, 2)
	l.subLines = l.m.wrap(l.spec.Subtitle, l.inner, l.subtitle, 3)
	l.headerH = float64(len(l.titleLines))*lineH(l.title) + float64(len(l.subLines))*lineH(l.subtitle)
	switch {
	case l.spec.Kind == Map:
		l.planMapLegend()
	case l.spec.Kind == Timeline:
		l.planTimelineLegend()
	case l.spec.Empty == "":
		l.planLegend()
	}
	if len(l.legend) > 0 {
		lines := l.legend[len(l.legend)-1].y + 1
		l.headerH += l.px(6) + lines*lineH(l.small)
	}
	l.headerH += l.px(16)
}

func (l *layout) planLegend() {
	has := map[legendKind]bool{}
	for _, s := range l.slots {
		switch {
		case !s.Stated:
			has[legendNotStated] = true
		case s.Derived:
			has[legendDerived] = true
		case s.Range:
			has[legendRange] = true
		default:
			has[legendStated] = true
		}
		if s.Stated && len(s.Others) > 0 {
			has[legendOther] = true
		}
	}
	if !has[legendRange] && !has[legendDerived] && !has[legendOther] && !has[legendNotStated] {
		return // plain bars need no key
	}
	words := []struct {
		k    legendKind
		text string
	}{
		{legendStated, "stated in an article"},
		{legendRange, "stated as a range"},
		{legendDerived, "derived, not stated"},
		{legendOther, "another figure an article gives"},
		{legendNotStated, "no article states it"},
	}
	var items []legendItem
	for _, w := range words {
		if has[w.k] {
			items = append(items, legendItem{kind: w.k, text: w.text})
		}
	}
	l.placeLegend(items, l.px(20))
}

// placeLegend sets the legend to items, each after the one before with gap between
// them, onto a new line where the width ends.
func (l *layout) placeLegend(items []legendItem, gap float64) {
	x, line := 0.0, 0.0
	for _, it := range items {
		width := l.m.width(it.text, l.small)
		if it.kind != legendText {
			width += l.swatchW() + l.px(6)
		}
		if x > 0 && x+width > l.inner {
			x, line = 0, line+1
		}
		it.x, it.y = x, line
		l.legend = append(l.legend, it)
		x += width + gap
	}
}

func (l *layout) swatchW() float64 { return l.px(22) }

// planFooter names the sources on at most two lines, ending "and N more" when they do
// not all fit.
func (l *layout) planFooter() {
	src := l.spec.Sources
	if len(src) == 0 {
		return
	}
	prefix := "Source: "
	switch {
	case l.spec.Empty != "" && len(l.spec.Refs) == 0:
		prefix = "Articles read: "
	case len(src) > 1:
		prefix = "Sources: "
	}
	l.footLines = l.fitList(prefix, src, "; ", l.small, l.inner, 2)
}

// fitList writes prefix and items on at most maxLines lines, ending "and N more" when
// not all of them fit.
func (l *layout) fitList(prefix string, items []string, sep string, f font, width float64, maxLines int) []string {
	// Grow the list until it no longer fits: a folder of thousands of articles names only
	// the first few, so this measures a few short lists, not thousands of long ones.
	text := func(k int) string {
		t := prefix + strings.Join(items[:k], sep)
		if k < len(items) {
			t += " and " + strconv.Itoa(len(items)-k) + " more"
		}
		return t
	}
	if len(items) == 0 {
		return nil
	}
	fit := 1
	for k := 2; k <= len(items); k++ {
		if len(l.m.wrap(text(k), width, f, 0)) > maxLines {
			break
		}
		fit = k
	}
	return l.m.wrap(text(fit), width, f, maxLines)
}

// refBlock is one numbered reference, wrapped, placed relative to the list's top left.
type refBlock struct {
	num   string
	lines []string
	x, y  float64
}

// maxDrawnRefs bounds the quotes printed under an exported chart.
const maxDrawnRefs = 48

// refIndentFor is where reference text starts in font f, right of the widest number.
func (l *layout) refIndentFor(f font) float64 {
	return l.m.width("["+strconv.Itoa(len(l.spec.Refs))+"]", f) + l.px(6)
}

// emptyPlan is the "no figures" panel's text.
type emptyPlan struct {
	top, h  float64
	message font
	lines   []string // the countries asked about, and any notes they still have
}

// planEmpty lays out the panel drawn instead of bars when no slot is stated. Notes
// (a dollar value without a BTC count, say) are still listed, so nothing is lost.
func (l *layout) planEmpty() {
	l.axisH = 0
	l.rowsTop = l.pad + l.headerH
	msg := font{bold: true, px: l.px(16), color: l.pal.Text}
	var lines []string
	var names []string
	for _, s := range l.spec.Slots {
		names = append(names, s.Country)
	}
	if len(names) > 0 {
		lines = append(lines, l.fitList("None stated for ", names, ", ", l.small, l.inner-l.px(48), 2)...)
	}
	shown := 0
	for _, s := range l.spec.Slots {
		if s.Note == "" {
			continue
		}
		if shown == 5 {
			lines = append(lines, "…")
			break
		}
		t := s.Country + ": " + s.Note
		if l.opts.References && len(s.Refs) > 0 {
			t += " " + refList(s.Refs)
		}
		lines = append(lines, l.m.ellipsize(t, l.inner-l.px(48), l.small))
		shown++
	}
	content := lineH(msg) + l.px(8) + float64(len(lines))*lineH(l.small)
	avail := float64(l.H) - l.reserved()
	h := math.Min(math.Max(l.px(160), content+l.px(48)), math.Max(avail, content+l.px(32)))
	l.empty = emptyPlan{top: l.rowsTop, h: h, message: msg, lines: lines}
	l.axisTop = l.rowsTop + h
	l.placeBottom()
}
