package chart

import (
	"image"
	"math"

	"github.com/wcharczuk/go-chart/v2/drawing"
)

// drawTimeline draws the value grid, the time axis, each country's steps and points,
// and in exports each point's reference numbers; it returns a region for each point.
func (l *layout) drawTimeline(c *canvas) []Region {
	tl := l.tl
	if l.spec.Empty != "" {
		// No dated figure: a panel saying so, not an axis of made-up years.
		x0, y0, x1, y1 := ri(l.pad), ri(l.fig.top), ri(l.right), ri(l.fig.top+l.fig.h)
		c.rect(x0, y0, x1, y1, l.pal.Panel)
		c.dashedFrame(x0, y0, x1, y1, max(1, ri(l.s)), max(4, ri(l.px(6))), l.pal.Empty)
		msg := font{bold: true, px: l.px(16), color: l.pal.Text}
		w := l.m.width(l.spec.Empty, msg)
		c.text(l.spec.Empty, ri(l.pad+(l.inner-w)/2), baseline(l.fig.top+l.fig.h/2, msg), msg)
		l.drawFigureKey(c)
		return nil
	}
	thin := max(1, ri(l.s))
	x0, x1, y1 := ri(tl.x0), ri(tl.x1), ri(tl.y1)
	// Values: a grid line and a label at each tick.
	for _, t := range tl.ax.ticks {
		y := ri(tl.ty(t))
		c.rect(x0, y, x1, y+thin, l.pal.Grid)
		s := tickLabel(l.spec.Metric, t)
		c.text(s, ri(tl.x0-l.px(8)-l.m.width(s, l.small)), baseline(float64(y), l.small), l.small)
	}
	// Time: a short mark where each year or month starts, its name under its span.
	c.rect(x0, y1, x1, y1+thin, l.pal.Axis)
	for _, tk := range tl.ticks {
		x := ri(tl.tx(tk.t))
		c.rect(x, y1, x+thin, y1+ri(l.px(5)), l.pal.Axis)
		if tk.label != "" {
			w := l.m.width(tk.label, l.small)
			lx := math.Max(tl.tx(tk.mid)-w/2, l.pad)
			if tk.mid == tk.t {
				lx = tl.tx(tk.t) + l.px(3)
			}
			if lx+w <= l.right+0.5 {
				c.text(tk.label, ri(lx), lineBaseline(tl.y1+l.px(5), l.small), l.small)
			}
		}
	}
	unit := l.spec.Unit
	if tl.ax.log {
		unit += " (log scale: each step is 10×)"
	}
	c.text(unit, ri(tl.x0), lineBaseline(tl.y1+l.px(5)+lineH(l.small), l.small), l.small)

	r := math.Max(3.5, l.px(4.5))
	type placed struct {
		s     int
		p     Point
		x, y  float64
		group int
	}
	var all []placed
	for si, s := range l.spec.Series {
		col := lineColor(l.pal, si)
		// Points of one date stand side by side, never averaged into one.
		xs := make([]float64, len(s.Points))
		for i := 0; i < len(s.Points); {
			j := i
			for j+1 < len(s.Points) && s.Points[j+1].When == s.Points[i].When {
				j++
			}
			mid := tl.tx(yearOf(s.Points[i].When))
			for k := i; k <= j; k++ {
				xs[k] = mid + (float64(k-i)-float64(j-i)/2)*(2*r+l.px(3))
			}
			i = j + 1
		}
		// Steps: a value holds until the next report; a step into or out of a derived
		// or planned figure is dashed, as it is no report.
		w := math.Max(1.5, l.px(2))
		if l.opts.Selected != "" && s.ISO2 == l.opts.Selected {
			w *= 2 // the selected country's line stands out
		}
		for i := 1; i < len(s.Points); i++ {
			a, b := s.Points[i-1], s.Points[i]
			ax, bx := xs[i-1], xs[i]
			ay, by := tl.ty(a.Value), tl.ty(b.Value)
			dashed := a.Derived || a.Planned || b.Derived || b.Planned
			if a.When == b.When {
				continue // figures of one date stand apart: no line says one became the other
			}
			l.segment(c, ax, ay, bx, ay, w, col, dashed)
			l.segment(c, bx, ay, bx, by, w, col, dashed)
		}
		for i, p := range s.Points {
			all = append(all, placed{si, p, xs[i], tl.ty(p.Value), i})
		}
	}
	var regions []Region
	var taken []image.Rectangle
	for _, pl := range all {
		col := lineColor(l.pal, pl.s)
		if pl.p.Range {
			top := tl.ty(pl.p.Max)
			cw := math.Max(1, l.px(2))
			c.rect(ri(pl.x-cw/2), ri(top), ri(pl.x+cw/2), ri(pl.y), col)
			c.rect(ri(pl.x-r), ri(top-cw/2), ri(pl.x+r), ri(top+cw/2), col)
			c.rect(ri(pl.x-r), ri(pl.y-cw/2), ri(pl.x+r), ri(pl.y+cw/2), col)
		}
		l.drawPoint(c, pl.p, pl.x, pl.y, r, col)
		box := image.Rect(ri(pl.x-r-1), ri(pl.y-r-1), ri(pl.x+r+1), ri(pl.y+r+1))
		taken = append(taken, box)
		hit := r + l.px(3)
		s := l.spec.Series[pl.s]
		regions = append(regions, Region{Rect: image.Rect(ri(pl.x-hit), ri(pl.y-hit), ri(pl.x+hit), ri(pl.y+hit)),
			ISO2: s.ISO2, Fact: pl.p.Fact, Full: pointWords(s, pl.p)})
	}
	// Each point's reference numbers beside it, where they overlap nothing drawn.
	if l.opts.References {
		for _, pl := range all {
			if len(pl.p.Refs) == 0 {
				continue
			}
			t := refList(pl.p.Refs)
			w := l.m.width(t, l.refNum)
			for _, at := range [][2]float64{{pl.x + r + l.px(2), pl.y - r - l.px(1)}, {pl.x - r - l.px(2) - w, pl.y - r - l.px(1)},
				{pl.x + r + l.px(2), pl.y + r + l.refNum.px}, {pl.x - r - l.px(2) - w, pl.y + r + l.refNum.px}} {
				box := image.Rect(ri(at[0]), ri(at[1]-l.refNum.px), ri(at[0]+w), ri(at[1]+2))
				if at[0] < tl.x0 || at[0]+w > l.right {
					continue
				}
				free := true
				for _, b := range taken {
					free = free && !b.Overlaps(box)
				}
				if free {
					taken = append(taken, box)
					c.text(t, ri(at[0]), ri(at[1]), l.refNum)
					break
				}
			}
		}
	}
	l.drawFigureKey(c)
	return regions
}

// drawPoint draws a figure's mark: a stated one solid, a derived one hollow, a planned
// one an open diamond.
func (l *layout) drawPoint(c *canvas, p Point, x, y, r float64, col drawing.Color) {
	edge := math.Max(1, l.px(1.5))
	switch {
	case p.Planned:
		e := r + edge
		c.fill(col, [2]int{ri(x), ri(y - e)}, [2]int{ri(x + e), ri(y)}, [2]int{ri(x), ri(y + e)}, [2]int{ri(x - e), ri(y)})
		c.fill(l.pal.Background, [2]int{ri(x), ri(y - e + 2*edge)}, [2]int{ri(x + e - 2*edge), ri(y)}, [2]int{ri(x), ri(y + e - 2*edge)}, [2]int{ri(x - e + 2*edge), ri(y)})
	case p.Derived:
		c.disc(x, y, r-edge/2, l.pal.Background, col, edge)
	default:
		c.disc(x, y, r, col, l.pal.Background, edge)
	}
}

// segment draws a straight line of width w, dashed when asked.
func (l *layout) segment(c *canvas, ax, ay, bx, by, w float64, col drawing.Color, dashed bool) {
	if ax == bx && ay == by {
		return
	}
	if !dashed {
		line(c, ax, ay, bx, by, w, col)
		return
	}
	n := math.Hypot(bx-ax, by-ay)
	dash, gap := l.px(5), l.px(4)
	for d := 0.0; d < n; d += dash + gap {
		e := math.Min(d+dash, n)
		line(c, ax+(bx-ax)*d/n, ay+(by-ay)*d/n, ax+(bx-ax)*e/n, ay+(by-ay)*e/n, w, col)
	}
}

// line fills a thin rectangle along a horizontal or vertical segment (the only kinds a
// step has), or a quadrilateral along any other.
func line(c *canvas, ax, ay, bx, by, w float64, col drawing.Color) {
	h := w / 2
	if ay == by || ax == bx {
		c.rectF(math.Min(ax, bx)-h, math.Min(ay, by)-h, math.Max(ax, bx)+h, math.Max(ay, by)+h, col)
		return
	}
	n := math.Hypot(bx-ax, by-ay)
	nx, ny := -(by-ay)/n*h, (bx-ax)/n*h
	c.fill(col, [2]int{ri(ax + nx), ri(ay + ny)}, [2]int{ri(bx + nx), ri(by + ny)}, [2]int{ri(bx - nx), ri(by - ny)}, [2]int{ri(ax - nx), ri(ay - ny)})
}

// drawTimelineSwatch draws the legend's sample of a timeline's line or mark.
func (l *layout) drawTimelineSwatch(c *canvas, it legendItem, x0, y0, x1, y1 int) {
	cx, cy := float64(x0+x1)/2, float64(y0+y1)/2
	r := math.Max(3.5, l.px(4.5))
	switch it.kind {
	case legendSeries:
		line(c, float64(x0), cy, float64(x1), cy, math.Max(1.5, l.px(2)), it.color)
		c.disc(cx, cy, r, it.color, l.pal.Background, math.Max(1, l.px(1.5)))
	case legendPoint:
		l.drawPoint(c, Point{}, cx, cy, r, l.pal.Text)
	case legendHollow:
		l.drawPoint(c, Point{Derived: true}, cx, cy, r, l.pal.Text)
	case legendPlan:
		l.drawPoint(c, Point{Planned: true}, cx, cy, r, l.pal.Text)
	case legendSpan:
		cw := math.Max(1, l.px(2))
		c.rectF(cx-cw/2, float64(y0), cx+cw/2, float64(y1), l.pal.Text)
		c.rectF(cx-r, float64(y0), cx+r, float64(y0)+cw, l.pal.Text)
		c.rectF(cx-r, float64(y1)-cw, cx+r, float64(y1), l.pal.Text)
		c.disc(cx, cy, r, l.pal.Text, l.pal.Background, math.Max(1, l.px(1.5)))
	}
}
