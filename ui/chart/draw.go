package chart

import (
	"math"
)

// draw paints a planned chart onto c: the one routine behind PNG, SVG and the window.
func draw(c *canvas, l *layout) []Region {
	if c.svg {
		c.rect(0, 0, l.W, l.H, l.pal.Background)
	} // the raster image gets its background afterwards: see underlay
	l.drawHeader(c)
	var regions []Region
	switch {
	case l.refsOnly:
	case l.mp != nil:
		regions = l.drawMap(c)
	case l.tl != nil:
		regions = l.drawTimeline(c)
	case l.spec.Empty != "":
		l.drawEmpty(c)
	default:
		l.drawSelection(c)
		l.drawGrid(c)
		regions = l.drawRows(c)
		l.drawAxis(c)
		regions = append(regions, l.drawCollapse(c)...)
	}
	l.drawRefs(c)
	l.drawPageNote(c)
	l.drawFooter(c)
	return regions
}

// lineBaseline is the baseline of a line of font f whose box starts at top.
func lineBaseline(top float64, f font) int {
	return ri(top + (lineH(f)+f.px*0.72)/2)
}

func (l *layout) drawHeader(c *canvas) {
	y := l.pad
	for _, t := range l.titleLines {
		c.text(t, ri(l.pad), lineBaseline(y, l.title), l.title)
		y += lineH(l.title)
	}
	for _, t := range l.subLines {
		c.text(t, ri(l.pad), lineBaseline(y, l.subtitle), l.subtitle)
		y += lineH(l.subtitle)
	}
	y += l.px(6)
	for _, it := range l.legend {
		top := y + it.y*lineH(l.small)
		x := l.pad + it.x
		if it.kind == legendText {
			f := l.small
			f.bold, f.color = true, l.pal.Text
			c.text(it.text, ri(x), lineBaseline(top, f), f)
			continue
		}
		l.drawSwatch(c, it, x, top+lineH(l.small)*0.15, l.swatchW(), lineH(l.small)*0.7)
		c.text(it.text, ri(x+l.swatchW()+l.px(6)), lineBaseline(top, l.small), l.small)
	}
}

// drawSwatch draws a legend's sample of a mark in the box (x, y, w, h).
func (l *layout) drawSwatch(c *canvas, it legendItem, x, y, w, h float64) {
	x0, y0, x1, y1 := ri(x), ri(y), ri(x+w), ri(y+h)
	switch it.kind {
	case legendStated:
		c.rect(x0, y0, x1, y1, l.pal.Bar)
	case legendRange:
		l.drawRange(c, x0, y0, x1, y1)
	case legendDerived:
		l.drawDerived(c, x0, y0, x1, y1)
	case legendOther:
		r := max(3, ri(h*0.32))
		c.diamond((x0+x1)/2, (y0+y1)/2, r, l.pal.Other, l.pal.Background)
	case legendNotStated:
		l.drawPlaceholder(c, x0, y0, x0+ri(l.placeholderW()), y1)
	default:
		l.drawFigureSwatch(c, it, x0, y0, x1, y1)
	}
}

// drawRange draws a range bar: a light body between two solid ends.
func (l *layout) drawRange(c *canvas, x0, y0, x1, y1 int) {
	end := max(2, ri(l.px(2.5)))
	c.rect(x0, y0, x1, y1, l.pal.RangeFill)
	c.rect(x0, y0, min(x0+end, x1), y1, l.pal.Bar)
	c.rect(max(x1-end, x0), y0, x1, y1, l.pal.Bar)
}

// drawDerived draws a derived bar: outlined and hatched, never solid like a stated one.
func (l *layout) drawDerived(c *canvas, x0, y0, x1, y1 int) {
	edge := max(1, ri(l.px(1.5)))
	c.hatch(x0, y0, x1, y1, max(4, ri(l.px(6))), max(1, ri(l.px(1.5))), l.pal.Bar)
	c.frame(x0, y0, x1, y1, edge, l.pal.Bar)
}

// drawGrid draws a line at each tick behind the bars, and the axis line at the start.
func (l *layout) drawGrid(c *canvas) {
	top, bottom := ri(l.rowsTop), ri(l.axisTop)
	thin := max(1, ri(l.s))
	for _, t := range l.ax.ticks[1:] {
		x := ri(l.x(t))
		c.rect(x, top, x+thin, bottom, l.pal.Grid)
	}
	x := ri(l.plotX)
	c.rect(x-thin, top, x, bottom+ri(l.px(4)), l.pal.Axis)
}

// drawAxis writes the tick labels under the rows and the unit under them.
func (l *layout) drawAxis(c *canvas) {
	y := l.axisTop + l.px(4)
	for _, t := range l.ax.ticks {
		s := tickLabel(l.spec.Metric, t)
		w := l.m.width(s, l.small)
		x := math.Min(l.x(t)-w/2, l.right-w)
		c.text(s, ri(x), lineBaseline(y, l.small), l.small)
	}
	unit := l.spec.Unit
	if l.ax.log {
		unit += " (log scale: each step is 10×)"
	}
	w := l.m.width(unit, l.small)
	x := l.plotX + (l.plotW-w)/2
	c.text(unit, ri(x), lineBaseline(y+lineH(l.small), l.small), l.small)
}

// drawRefs lists the numbered quotes under an exported chart.
func (l *layout) drawRefs(c *canvas) {
	if len(l.refs) == 0 {
		return
	}
	f := l.refFont
	head := f
	head.bold, head.color = true, l.pal.Text
	title := "References"
	if l.refsOnly {
		title = "References, continued"
	}
	c.text(title, ri(l.pad), lineBaseline(l.refsTop, head), head)
	indent := l.refIndentFor(f)
	for _, r := range l.refs {
		x, y := l.pad+r.x, l.refsTop+r.y
		c.text(r.num, ri(x), lineBaseline(y, f), f)
		for _, line := range r.lines {
			c.text(line, ri(x+indent), lineBaseline(y, f), f)
			y += lineH(f)
		}
	}
}

func (l *layout) drawFooter(c *canvas) {
	y := l.footTop + l.pageNoteH()
	for _, line := range l.footLines {
		c.text(line, ri(l.pad), lineBaseline(y, l.small), l.small)
		y += lineH(l.small)
	}
}

// drawEmpty draws the "no figures" panel.
func (l *layout) drawEmpty(c *canvas) {
	e := l.empty
	x0, y0, x1, y1 := ri(l.pad), ri(e.top), ri(l.right), ri(e.top+e.h)
	c.rect(x0, y0, x1, y1, l.pal.Panel)
	c.dashedFrame(x0, y0, x1, y1, max(1, ri(l.s)), max(4, ri(l.px(6))), l.pal.Empty)
	content := lineH(e.message) + l.px(8) + float64(len(e.lines))*lineH(l.small)
	y := e.top + (e.h-content)/2
	msg := l.spec.Empty
	w := l.m.width(msg, e.message)
	c.text(msg, ri(l.pad+(l.inner-w)/2), lineBaseline(y, e.message), e.message)
	y += lineH(e.message) + l.px(8)
	for _, line := range e.lines {
		w := l.m.width(line, l.small)
		c.text(line, ri(l.pad+(l.inner-w)/2), lineBaseline(y, l.small), l.small)
		y += lineH(l.small)
	}
}
