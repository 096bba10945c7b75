package chart

import (
	"image"
	"math"
	"sync"

	"cryptoatlas/ui/chart/world"

	"github.com/wcharczuk/go-chart/v2/drawing"
)

// shapesByISO2 finds a country's shape; built once, like the shapes.
var shapesByISO2 = sync.OnceValue(func() map[string]*world.Shape {
	shapes, _ := world.Shapes()
	m := make(map[string]*world.Shape, len(shapes))
	for i := range shapes {
		if shapes[i].ISO2 != "" {
			m[shapes[i].ISO2] = &shapes[i]
		}
	}
	return m
})

// isSmallState reports whether a country is drawn with a marker so it can be seen.
func isSmallState(iso2 string) bool {
	s, ok := shapesByISO2()[iso2]
	return ok && s.Small()
}

// pt is where a projected point is drawn.
func (mp *mapPlan) pt(p world.Point) (float64, float64) { return mp.x0 + p.X*mp.k, mp.y0 - p.Y*mp.k }

// pixelRings is a shape's rings in the image's pixels, each point once.
func (mp *mapPlan) pixelRings(s *world.Shape) [][]image.Point {
	out := make([][]image.Point, 0, len(s.Rings))
	for _, r := range s.Rings {
		ring := make([]image.Point, 0, len(r))
		for _, p := range r {
			x, y := mp.pt(p)
			q := image.Pt(ri(x), ri(y))
			if n := len(ring); n > 0 && ring[n-1] == q {
				continue // a detail smaller than a pixel
			}
			ring = append(ring, q)
		}
		if len(ring) >= 3 {
			out = append(out, ring)
		}
	}
	return out
}

// drawMap fills every country: a stated one in its class's colour, the rest in the
// land grey, never a class's colour; outlines the countries named without the figure
// and the selected one; marks the small stated ones; and returns a region for each
// country the spec names, markers first so a click on one finds its small country.
func (l *layout) drawMap(c *canvas) []Region {
	mp := l.mp
	shapes, _ := world.Shapes()
	slots := make(map[string]*Slot, len(l.spec.Slots))
	for i := range l.spec.Slots {
		slots[l.spec.Slots[i].ISO2] = &l.spec.Slots[i]
	}
	n := len(l.spec.Classes)
	rings := make([][][]image.Point, len(shapes))
	fills := make([]drawing.Color, len(shapes))
	for i := range shapes {
		s := &shapes[i]
		rings[i] = mp.pixelRings(s)
		fills[i] = l.pal.Land
		if sl := slots[s.ISO2]; sl != nil && sl.Stated && n > 0 {
			fills[i] = classColor(l.pal, max(0, min(sl.Class, n-1)), n)
		}
	}
	// One fill per colour: the rasterizer's cost is per fill and per pixel row, so a
	// hundred countries of the same grey are one shape.
	var order []drawing.Color
	byColor := map[drawing.Color][][]image.Point{}
	for i := range shapes {
		if _, ok := byColor[fills[i]]; !ok {
			order = append(order, fills[i])
		}
		byColor[fills[i]] = append(byColor[fills[i]], rings[i]...)
	}
	for _, col := range order {
		c.shape(byColor[col], col)
	}
	var all [][]image.Point
	for i := range shapes {
		all = append(all, rings[i]...)
	}
	c.outline(all, math.Max(0.6, l.px(0.6)), l.pal.Border)

	var named [][]image.Point
	for i := range shapes {
		if sl := slots[shapes[i].ISO2]; sl != nil && !sl.Stated {
			named = append(named, rings[i]...)
		}
	}
	c.outline(named, l.px(1.3), l.pal.Named)

	var regions, markers []Region
	var labels []image.Rectangle
	for i := range shapes {
		s := &shapes[i]
		sl := slots[s.ISO2]
		if sl == nil {
			continue
		}
		selected := l.opts.Selected != "" && s.ISO2 == l.opts.Selected
		if selected {
			c.outline(rings[i], l.px(2.5), l.pal.Text)
		}
		reg := Region{ISO2: s.ISO2, Fact: sl.Fact, Full: l.mapRow(*sl), Shape: rings[i]}
		if len(rings[i]) > 0 {
			reg.Rect = ringsBounds(rings[i])
			regions = append(regions, reg)
		}
		if !s.Small() || (!sl.Stated && len(rings[i]) > 0) {
			continue
		}
		x, y := mp.pt(s.Anchor)
		r := math.Max(4, l.px(5))
		edge := l.pal.Text
		if !sl.Stated {
			// Named without the figure, and too small for 1:110m (Malta): a grey dot
			// outlined as its neighbours are, so it can still be found and clicked.
			r, edge = math.Max(3, l.px(3.5)), l.pal.Named
		}
		if selected {
			r, edge = math.Max(6, l.px(7)), l.pal.Text
		}
		c.disc(x, y, r, fills[i], edge, math.Max(1, l.px(1.5)))
		m := reg
		m.Shape = nil
		hit := r + l.px(3)
		m.Rect = image.Rect(ri(x-hit), ri(y-hit), ri(x+hit), ri(y+hit))
		markers = append(markers, m)
		if !sl.Stated {
			continue // only figures are named on the map
		}
		// The name beside the marker, where it overlaps no other name.
		f := l.note
		f.color = l.pal.Text
		w := l.m.width(sl.Country, f)
		lx, ly := x+r+l.px(3), y
		box := image.Rect(ri(lx), ri(ly-f.px*0.7), ri(lx+w), ri(ly+f.px*0.5))
		if lx+w > l.right {
			lx = x - r - l.px(3) - w
			box = image.Rect(ri(lx), box.Min.Y, ri(lx+w), box.Max.Y)
		}
		free := true
		for _, b := range labels {
			free = free && !b.Overlaps(box)
		}
		if free {
			labels = append(labels, box)
			// On a plate of the background, so the name reads over any country's colour.
			p := ri(l.px(2))
			c.rect(box.Min.X-p, box.Min.Y-p, box.Max.X+p, box.Max.Y+p, l.pal.Background)
			c.text(sl.Country, ri(lx), baseline(ly, f), f)
		}
	}
	l.drawFigureKey(c)
	return append(markers, regions...)
}

// mapRow is a country on the map in words, as a chart's row would say it.
func (l *layout) mapRow(s Slot) string {
	label := s.Label
	if s.Derived {
		label += " (derived)"
	}
	return l.fullRow(rowPlan{slot: s, label: label})
}

func ringsBounds(rings [][]image.Point) image.Rectangle {
	var r image.Rectangle
	for i, ring := range rings {
		for j, p := range ring {
			q := image.Rectangle{p, p.Add(image.Pt(1, 1))}
			if i == 0 && j == 0 {
				r = q
			} else {
				r = r.Union(q)
			}
		}
	}
	return r
}

// drawFigureSwatch draws the legend's sample of a map's or timeline's colour or mark.
func (l *layout) drawFigureSwatch(c *canvas, it legendItem, x0, y0, x1, y1 int) {
	switch it.kind {
	case legendSeries, legendPoint, legendHollow, legendPlan, legendSpan:
		l.drawTimelineSwatch(c, it, x0, y0, x1, y1)
	case legendClass:
		c.rect(x0, y0, x1, y1, it.color)
	case legendLand:
		c.rect(x0, y0, x1, y1, l.pal.Land)
	case legendNamed:
		c.rect(x0, y0, x1, y1, l.pal.Land)
		c.frame(x0, y0, x1, y1, max(1, ri(l.px(1.3))), l.pal.Named)
	case legendMarker:
		n := len(l.spec.Classes)
		col := l.pal.Land
		if n > 0 {
			col = classColor(l.pal, n-1, n)
		}
		r := math.Max(4, l.px(5))
		c.disc(float64(x0+x1)/2, float64(y0+y1)/2, r, col, l.pal.Text, math.Max(1, l.px(1.5)))
	}
}

// Contains reports whether p is in the region: in Rect, and inside Shape when it has one.
func (r Region) Contains(p image.Point) bool {
	if !p.In(r.Rect) {
		return false
	}
	if r.Shape == nil {
		return true
	}
	in := false
	for _, ring := range r.Shape {
		for i, j := 0, len(ring)-1; i < len(ring); j, i = i, i+1 {
			a, b := ring[i], ring[j]
			if (a.Y > p.Y) != (b.Y > p.Y) &&
				float64(p.X) < float64(b.X-a.X)*float64(p.Y-a.Y)/float64(b.Y-a.Y)+float64(a.X) {
				in = !in
			}
		}
	}
	return in
}
