package chart

import (
	"image"
	"math"
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
		l.drawName(c, r, cy, selected)
		if r.slot.Stated {
			l.drawBar(c, r, barTop)
		} else {
			l.drawNotStated(c, r, barTop)
		}
		regions = append(regions, Region{Rect: rect, ISO2: r.slot.ISO2, Fact: r.slot.Fact})
	}
	return regions
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
// or a hatched outline when derived), the other articles' figures as points, the label
// after the bar and the note under it.
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
	cy := ri(barTop + l.barH/2)
	rad := ri(l.markerR())
	for i, v := range s.Others {
		hi := v
		if i < len(s.OthersMax) {
			hi = s.OthersMax[i]
		}
		a, b := ri(l.x(v)), ri(l.x(hi))
		if b > a {
			t := max(1, ri(l.px(1.5)))
			c.rect(a, cy-t, b, cy+t, l.pal.Other)
			c.diamond(b, cy, rad, l.pal.Other, l.pal.Background)
		}
		c.diamond(a, cy, rad, l.pal.Other, l.pal.Background)
	}

	// The label goes after the bar; one that would cross the margin goes inside it.
	lx := float64(x1) + l.px(labelGap)
	if len(s.Others) > 0 {
		lx = math.Max(lx, l.x(rowEnd(s))+float64(rad)+l.px(labelGap))
	}
	labelFont := l.value
	if lx+r.labelW > l.right && float64(x1-x0) > r.labelW+l.px(12) {
		lx = float64(x1) - l.px(6) - r.labelW
		labelFont.color = l.pal.OnBar
	}
	refs := l.refNum
	if labelFont.color == l.pal.OnBar {
		refs.color = l.pal.OnBar
	}
	room := l.right - lx
	if r.refs != "" {
		room -= l.px(4) + l.m.width(r.refs, refs) // the numbers are never cut
	}
	by := baseline(barTop+l.barH/2, labelFont)
	label := l.m.ellipsize(r.label, room, labelFont)
	c.text(label, ri(lx), by, labelFont)
	end := lx + l.m.width(label, labelFont)
	if r.refs != "" {
		c.text(r.refs, ri(end+l.px(4)), by, refs)
		end += l.px(4) + l.m.width(r.refs, refs)
	}
	l.drawNote(c, r.note, x0, end, barTop)
}

// drawNotStated draws the empty slot of a country no article gives a figure for:
// dashed and labelled, never a zero bar, which would claim a figure of zero.
func (l *layout) drawNotStated(c *canvas, r rowPlan, barTop float64) {
	f := l.note
	text := NotStated
	tw := l.m.width(text, f)
	thin, dash := max(1, ri(l.s)), max(3, ri(l.px(5)))
	y0, y1 := ri(barTop), ri(barTop+l.barH)
	x0 := ri(l.plotX)
	var end float64
	if l.barH >= f.px+l.px(6) {
		// The words sit inside the empty slot.
		w := tw + l.px(24)
		c.dashedFrame(x0, y0, ri(l.plotX+w), y1, thin, dash, l.pal.Empty)
		c.text(text, ri(l.plotX+(w-tw)/2), baseline(barTop+l.barH/2, f), f)
		end = l.plotX + w
	} else {
		// Rows too low for words inside a slot: a small empty slot, the words beside it.
		w := l.px(24)
		c.dashedFrame(x0, y0, ri(l.plotX+w), y1, thin, max(2, ri(l.px(3))), l.pal.Empty)
		c.text(text, ri(l.plotX+w+l.px(6)), baseline(barTop+l.barH/2, f), f)
		end = l.plotX + w + l.px(6) + tw
	}
	x1 := ri(end)
	note := r.note
	if r.refs != "" && note != "" {
		note += " " + r.refs // a note's quotes are cited after it
	}
	l.drawNote(c, note, x0, float64(x1), barTop)
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
		c.text(l.m.ellipsize(note, l.right-x, l.note), ri(x), lineBaseline(y, l.note), l.note)
		return
	}
	x := end + l.px(10)
	if l.right-x < l.px(40) {
		return // no room at all: the table and the references still carry it
	}
	c.text(l.m.ellipsize(note, l.right-x, l.note), ri(x), baseline(barTop+l.barH/2, l.note), l.note)
}
