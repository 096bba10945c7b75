package chart

import (
	"image"
	"strings"
)

// collapsePrefix opens the one line that names the countries no article gives a
// figure for, when there are more of them than bars.
const collapsePrefix = "Not stated: "

// splitNotStated picks the rows to draw. When "not stated" rows outnumber the bars they
// are written as one line under the axis instead of a column of empty slots; a row that
// still carries a note (a dollar value, a reported energy) or is selected keeps its slot.
func (l *layout) splitNotStated() {
	l.slots, l.collapsed, l.collapse = l.spec.Slots, nil, nil
	if !collapses(l.spec, l.opts.Selected) {
		return
	}
	l.slots = nil
	var names []string
	for _, s := range l.spec.Slots {
		if !s.Stated && collapsible(s, l.opts.Selected) {
			l.collapsed = append(l.collapsed, s)
			names = append(names, s.Country)
			continue
		}
		l.slots = append(l.slots, s)
	}
	lines := 3
	if l.exact {
		lines = 2
	}
	l.collapse = l.fitList(collapsePrefix, names, ", ", l.small, l.inner, lines)
}

// collapses reports whether a cleaned spec's "not stated" rows are written as one line.
func collapses(s Spec, selected string) bool {
	bars, blank := 0, 0
	for _, sl := range s.Slots {
		switch {
		case sl.Stated:
			bars++
		case collapsible(sl, selected):
			blank++
		}
	}
	return blank >= 2 && blank > bars && s.Empty == ""
}

// Rows counts the rows a chart draws with the row of selected marked: its slots, less
// the "not stated" ones written as one line, which collapsed reports. The window sizes
// a chart by it, so a chart of many countries, few of them stated, is no taller than
// what it draws.
func Rows(s Spec, selected string) (rows int, collapsed bool) {
	s = clean(s)
	if !collapses(s, selected) {
		return len(s.Slots), false
	}
	for _, sl := range s.Slots {
		if !collapsible(sl, selected) {
			rows++
		}
	}
	return rows, true
}

func collapsible(s Slot, selected string) bool {
	return !s.Stated && s.Note == "" && (selected == "" || s.ISO2 != selected)
}

// collapseH is the height of the "not stated" line, with its gap.
func (l *layout) collapseH() float64 {
	if len(l.collapse) == 0 || !l.holdsCollapse() {
		return 0
	}
	return float64(len(l.collapse))*lineH(l.small) + l.px(6)
}

// holdsCollapse reports whether this page draws the "not stated" line: the last page
// with rows does.
func (l *layout) holdsCollapse() bool { return !l.refsOnly && l.lastRows }

// drawCollapse writes the "not stated" line and returns a region for each name in it,
// so a click on a name selects its country as a click on its slot would.
func (l *layout) drawCollapse(c *canvas) []Region {
	if l.collapseH() == 0 {
		return nil
	}
	head := l.small
	head.bold, head.color = true, l.pal.Text
	var regions []Region
	next := 0 // the next collapsed country to find
	y := l.collapseTop
	for i, line := range l.collapse {
		x := l.pad
		rest := line
		if i == 0 && strings.HasPrefix(line, collapsePrefix) {
			p := strings.TrimSpace(collapsePrefix)
			c.text(p, ri(x), lineBaseline(y, head), head)
			x += l.m.width(p+" ", head)
			rest = strings.TrimPrefix(line, collapsePrefix)
		}
		c.text(rest, ri(x), lineBaseline(y, l.small), l.small)
		at := 0
		for next < len(l.collapsed) {
			name := l.collapsed[next].Country
			j := strings.Index(rest[at:], name)
			if j < 0 {
				break
			}
			x0 := x + l.m.width(rest[:at+j], l.small)
			x1 := x0 + l.m.width(name, l.small)
			regions = append(regions, Region{Rect: image.Rect(ri(x0), ri(y), ri(x1), ri(y+lineH(l.small))), ISO2: l.collapsed[next].ISO2,
				Full: name + ": " + NotStated})
			at += j + len(name)
			next++
		}
		if i == len(l.collapse)-1 && next < len(l.collapsed) {
			// "and 9 more": the names left out show on hover.
			if j := strings.LastIndex(rest, " and "); j >= 0 {
				x0 := x + l.m.width(rest[:j+1], l.small)
				x1 := x + l.m.width(rest, l.small)
				regions = append(regions, Region{Rect: image.Rect(ri(x0), ri(y), ri(x1), ri(y+lineH(l.small))),
					Full: collapsePrefix + l.collapsedNames(), Cut: true})
			}
		}
		y += lineH(l.small)
	}
	return regions
}

// collapsedNames names every collapsed country.
func (l *layout) collapsedNames() string {
	names := make([]string, len(l.collapsed))
	for i, s := range l.collapsed {
		names[i] = s.Country
	}
	return strings.Join(names, ", ")
}
