package chart

import (
	"fmt"
	"image"
	"math"
	"strings"
)

// drawRows draws each country's row: name, bar (or empty slot), label, note, points.
func (l *layout) drawRows(c *canvas) []Region {
	regions := make([]Region, 0, len(l.rows))
	for i, r := range l.rows {
		top := l.rowsTop + float64(i)*l.rowH
		rect := l.rowRect(i)
		selected := l.opts.Selected != "" && r.slot.ISO2 == l.opts.Selected
		barTop := top + (l.rowH-l.barH)/2
		if l.stacked {
			barTop = top + (l.rowH-(l.barH+l.px(4)+lineH(l.note)))/2
		}
		cy := barTop + l.barH/2
		l.cut = strings.Join(r.nameLines, " ") != r.slot.Country
		l.drawName(c, r, cy, selected)
		if r.slot.Stated {
			l.drawBar(c, r, barTop)
		} else {
			l.drawNotStated(c, r, barTop)
		}
		regions = append(regions, Region{Rect: rect, ISO2: r.slot.ISO2, Fact: r.slot.Fact, Full: l.fullRow(r), Cut: l.cut})
	}
	return regions
}

// fullRow is a row in words with nothing cut: the name, the label and the whole note,
// every other figure named.
func (l *layout) fullRow(r rowPlan) string {
	s := r.slot
	label := r.label
	if !s.Stated {
		label = NotStated
	}
	parts := []string{label}
	if s.Note != "" {
		parts = append(parts, s.Note)
	}
	if len(s.OtherLabels) > 0 {
		parts = append(parts, "also "+strings.Join(s.OtherLabels, ", "))
	}
	return s.Country + ": " + strings.Join(parts, noteSep)
}

// fit shortens s to width with "…" where it must, and remembers that the row was cut.
func (l *layout) fit(s string, width float64, f font) string {
	t := l.m.ellipsize(s, width, f)
	if t != s {
		l.cut = true
	}
	return t
}

// rowRect is the band a row occupies, the area a click on it hits.
func (l *layout) rowRect(i int) image.Rectangle {
	top := l.rowsTop + float64(i)*l.rowH
	return image.Rect(ri(l.pad/2), ri(top), ri(float64(l.W)-l.pad/2), ri(top+l.rowH))
}

// drawSelection marks the selected row with a band behind its grid lines and bar.
func (l *layout) drawSelection(c *canvas) {
	for i, r := range l.rows {
		if l.opts.Selected != "" && r.slot.ISO2 == l.opts.Selected {
			b := l.rowRect(i)
			c.rect(b.Min.X, b.Min.Y, b.Max.X, b.Max.Y, l.pal.Selection)
		}
	}
}

// drawName writes the country right-aligned against the bars, centred on the bar.
func (l *layout) drawName(c *canvas, r rowPlan, cy float64, selected bool) {
	f := l.name
	f.bold = selected
	lh := lineH(f)
	y := cy - lh*float64(len(r.nameLines))/2
	for _, line := range r.nameLines {
		w := l.m.width(line, f)
		c.text(line, ri(l.plotX-l.px(nameGap)-w), lineBaseline(y, f), f)
		y += lh
	}
}

// drawBar draws a stated figure: a solid bar from zero (or a range between its ends,
// or a hatched outline when derived), the other articles' figures as points, each
// label at its own bar or point, and the note under the bar (or after the labels).
func (l *layout) drawBar(c *canvas, r rowPlan, barTop float64) {
	s := r.slot
	y0, y1 := ri(barTop), ri(barTop+l.barH)
	minW := max(2, ri(l.px(2))) // a tiny value still shows as a sliver
	x0 := ri(l.plotX)
	var x1 int
	if s.Range {
		x0, x1 = ri(l.x(s.Value)), ri(l.x(s.Max))
		if w := max(4, ri(l.px(5))); x1-x0 < w {
			x1 = x0 + w
		}
		l.drawRange(c, x0, y0, x1, y1)
	} else {
		x1 = max(ri(l.x(s.Value)), x0+minW)
		if s.Value == 0 {
			x1 = x0 // a stated zero has no bar, only its label: "0 BTC"
		} else if s.Derived {
			l.drawDerived(c, x0, y0, x1, y1)
		} else {
			c.rect(x0, y0, x1, y1, l.pal.Bar)
		}
	}
	cy := barTop + l.barH/2
	marks := l.placeMarks(s, cy)
	for _, m := range marks {
		if m.hi > m.x {
			t := max(1, ri(l.px(1.5)))
			c.rect(ri(m.x), ri(m.y)-t, ri(m.hi), ri(m.y)+t, l.pal.Other)
			c.diamond(ri(m.hi), ri(m.y), ri(l.markerR()), l.pal.Other, l.pal.Background)
		}
		c.diamond(ri(m.x), ri(m.y), ri(l.markerR()), l.pal.Other, l.pal.Background)
	}

	// The bar's label goes right after the bar, never beside another figure's point:
	// points it would cover move it inside the bar, or just past them.
	rad := l.markerR()
	gap := l.px(labelGap)
	lx := float64(x1) + gap
	labelFont := l.value
	inside := float64(x1-x0) > r.labelW+l.px(12)
	if collides(marks, lx, lx+r.labelW, rad) || lx+r.labelW > l.right {
		if inside {
			lx = float64(x1) - l.px(6) - r.labelW
			labelFont.color = l.pal.OnBar
		} else {
			for moved := true; moved; {
				moved = false
				for _, m := range marks {
					if m.x+rad > lx-gap/2 && m.x-rad < lx+r.labelW {
						lx, moved = math.Max(m.x, m.hi)+rad+gap, true
					}
				}
			}
		}
	}
	refs := l.refNum
	if labelFont.color == l.pal.OnBar {
		refs.color = l.pal.OnBar
	}
	room := l.right - lx
	if r.refs != "" {
		room -= l.px(4) + l.m.width(r.refs, refs) // the numbers are never cut
	}
	by := baseline(cy, labelFont)
	label := l.fit(r.label, room, labelFont)
	c.text(label, ri(lx), by, labelFont)
	end := lx + l.m.width(label, labelFont)
	if r.refs != "" {
		c.text(r.refs, ri(end+l.px(4)), by, refs)
		end += l.px(4) + l.m.width(r.refs, refs)
	}
	if labelFont.color == l.pal.OnBar {
		end = float64(x1)
	}

	// On a row too low for a second line, the bar's own note follows its label, up to
	// the next point, so it never reads as that point's.
	next := l.right
	for _, m := range marks {
		if m.x-rad > end {
			next = math.Min(next, m.x-rad-l.px(6))
		}
	}
	noteX := end + l.px(10)
	taken := [][2]float64{{lx, end}}
	if !l.stacked && s.Note != "" {
		taken = append(taken, [2]float64{noteX, math.Min(noteX+l.m.width(s.Note, l.note), next)})
	}

	// Each other figure is labelled at its point where the words have room; the rest
	// are named in the note.
	var unlabelled []string
	far := end
	// A note with no room before the next point goes after the points, and then the
	// points' figures go in it too, so no words stand between a point and the note.
	noteAfter := !l.stacked && s.Note != "" && next-noteX < l.px(40)
	for _, m := range marks {
		text := m.label
		if text == "" {
			continue
		}
		tx := math.Max(m.x, m.hi) + rad + l.px(4)
		tw := l.m.width(text, l.note)
		ok := !noteAfter && m.y == cy && m.x > float64(x1)+rad && tx+tw <= l.right
		for _, t := range taken {
			ok = ok && (tx+tw < t[0]-l.px(4) || tx > t[1]+l.px(4))
		}
		for _, o := range marks {
			ok = ok && (o.x+rad < tx || o.x-rad > tx+tw)
		}
		if !ok {
			unlabelled = append(unlabelled, text)
			continue
		}
		c.text(text, ri(tx), baseline(cy, l.note), l.note)
		taken = append(taken, [2]float64{tx, tx + tw})
		far = math.Max(far, tx+tw)
	}
	for _, m := range marks {
		far = math.Max(far, math.Max(m.x, m.hi)+rad)
	}
	note := l.noteFor(s, unlabelled)
	if len(unlabelled) > 3 {
		l.cut = true // the note names a few of them: the rest only on hover
	}
	if !l.stacked && note != "" && next-noteX >= l.px(40) {
		c.text(l.fit(note, next-noteX, l.note), ri(noteX), baseline(cy, l.note), l.note)
		return
	}
	l.drawNote(c, note, x0, far, barTop)
}

// mark is another article's figure drawn as a point (and a line to its upper end when
// it is a range), lifted off the bar's line when it would cover a nearby point.
type mark struct {
	x, hi, y float64
	label    string
}

// placeMarks places the other figures' points, moving a point that would overlap an
// earlier one up or down a step so each stays visible.
func (l *layout) placeMarks(s Slot, cy float64) []mark {
	rad := l.markerR()
	step := rad + math.Max(1, rad/3) + 1
	var marks []mark
	for i, v := range s.Others {
		hi := v
		if i < len(s.OthersMax) {
			hi = s.OthersMax[i]
		}
		m := mark{x: l.x(v), hi: l.x(hi), y: cy}
		if i < len(s.OtherLabels) {
			m.label = s.OtherLabels[i]
		}
		for _, lift := range []float64{0, -1, 1, -2, 2} {
			m.y = cy + lift*step
			free := true
			for _, o := range marks {
				if o.y == m.y && math.Abs(o.x-m.x) < 2*step && math.Abs(o.hi-m.hi) < 2*step {
					free = false
				}
			}
			if free {
				break
			}
		}
		marks = append(marks, m)
	}
	return marks
}

// collides reports whether a point lies within [a, b] on the bar's line.
func collides(marks []mark, a, b, rad float64) bool {
	for _, m := range marks {
		if m.x+rad > a && m.x-rad < b {
			return true
		}
	}
	return false
}

// noteFor writes a row's note with the other figures not labelled at their points.
func (l *layout) noteFor(s Slot, others []string) string {
	var note []string
	if s.Note != "" {
		note = append(note, s.Note)
	}
	if len(others) > 0 {
		if len(others) > 3 {
			// Many disagreeing figures: the points show them all; the note names a few.
			others = append(append([]string{}, others[:2]...), fmt.Sprintf("%d more", len(others)-2))
		}
		note = append(note, "also "+strings.Join(others, ", "))
	}
	return strings.Join(note, noteSep)
}

// drawNotStated draws the slot of a country no article gives a figure for: a narrow
// dashed mark at the axis with the words beside it. Never a zero bar, which would claim
// a figure of zero, and never a box as long as a bar, which would read as a value.
func (l *layout) drawNotStated(c *canvas, r rowPlan, barTop float64) {
	f := l.note
	text := NotStated
	tw := l.m.width(text, f)
	y0, y1 := ri(barTop), ri(barTop+l.barH)
	x0 := ri(l.plotX)
	w := l.placeholderW()
	l.drawPlaceholder(c, x0, y0, x0+ri(w), y1)
	tx := l.plotX + w + l.px(6)
	c.text(text, ri(tx), baseline(barTop+l.barH/2, f), f)
	note := r.note
	if r.refs != "" && note != "" {
		note += " " + r.refs // a note's quotes are cited after it
	}
	l.drawNote(c, note, x0, tx+tw, barTop)
}

// placeholderW is the width of a "not stated" mark: narrow, so it is no length.
func (l *layout) placeholderW() float64 { return math.Max(4, math.Round(l.px(7))) }

// drawPlaceholder draws the "not stated" mark in the box, dashed.
func (l *layout) drawPlaceholder(c *canvas, x0, y0, x1, y1 int) {
	thin := max(1, ri(l.s))
	c.dashedFrame(x0, y0, x1, y1, thin, max(2, ri(l.px(3))), l.pal.Empty)
}

// drawNote writes a row's note under its bar, or after the label when rows are too
// low for a second line; it is cut with "…" rather than run off the chart.
func (l *layout) drawNote(c *canvas, note string, x0 int, end, barTop float64) {
	if note == "" {
		return
	}
	if l.stacked {
		y := barTop + l.barH + l.px(4)
		x := float64(x0) + l.px(4)
		c.text(l.fit(note, l.right-x, l.note), ri(x), lineBaseline(y, l.note), l.note)
		return
	}
	x := end + l.px(10)
	if l.right-x < l.px(40) {
		l.cut = true
		return // no room at all: the table, the references and the window's hover carry it
	}
	c.text(l.fit(note, l.right-x, l.note), ri(x), baseline(barTop+l.barH/2, l.note), l.note)
}
