package chart

import (
	"image"
	imgdraw "image/draw"
	"math"
	"strings"

	"github.com/golang/freetype/truetype"
	chart "github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
)

// canvas draws shapes and text through a go-chart Renderer, PNG or SVG alike, and
// smooths over where the two renderers differ so one drawing routine serves both.
type canvas struct {
	r    chart.Renderer
	svg  bool
	dpi  float64
	reg  *truetype.Font
	bold *truetype.Font

	img     *image.RGBA            // the raster renderer's image (nil for SVG), for sprites
	sprites map[marker]*image.RGBA // point markers drawn once, then copied
}

// marker is a point marker's size and colours.
type marker struct {
	r          int
	fill, edge drawing.Color
}

// font is a text style: weight, size in pixels (already scaled) and colour.
type font struct {
	bold  bool
	px    float64
	color drawing.Color
}

// measurer measures text without a renderer, so layout can run before the image size
// is known.
type measurer struct{ reg, bold *truetype.Font }

func (m measurer) face(f font) *truetype.Font {
	if f.bold {
		return m.bold
	}
	return m.reg
}

// width is the advance width of s in f, in pixels.
func (m measurer) width(s string, f font) float64 {
	tf := m.face(f)
	return advance(tf, f.px, drawable(tf, s))
}

// fill fills a polygon with one colour and no outline.
func (c *canvas) fill(col drawing.Color, pts ...[2]int) {
	if len(pts) < 3 {
		return
	}
	c.r.ResetStyle()
	c.r.SetFillColor(col)
	c.r.SetStrokeColor(drawing.Color{})
	c.r.SetStrokeWidth(0)
	c.r.MoveTo(pts[0][0], pts[0][1])
	for _, p := range pts[1:] {
		c.r.LineTo(p[0], p[1])
	}
	c.r.Close()
	c.r.Fill()
}

// rect fills [x0,x1) x [y0,y1). Lines and outlines are drawn as thin rectangles too:
// a 1px stroke on whole-pixel coordinates would blur across two pixels.
func (c *canvas) rect(x0, y0, x1, y1 int, col drawing.Color) {
	if x1 <= x0 || y1 <= y0 {
		return
	}
	c.fill(col, [2]int{x0, y0}, [2]int{x1, y0}, [2]int{x1, y1}, [2]int{x0, y1})
}

// frame draws a rectangle's outline, w pixels thick, inside the rectangle.
func (c *canvas) frame(x0, y0, x1, y1, w int, col drawing.Color) {
	c.rect(x0, y0, x1, y0+w, col)
	c.rect(x0, y1-w, x1, y1, col)
	c.rect(x0, y0+w, x0+w, y1-w, col)
	c.rect(x1-w, y0+w, x1, y1-w, col)
}

// dashedFrame outlines a rectangle with dashes, the look of an empty slot.
func (c *canvas) dashedFrame(x0, y0, x1, y1, w, dash int, col drawing.Color) {
	gap := dash * 2 / 3
	for x := x0; x < x1; x += dash + gap {
		e := min(x+dash, x1)
		c.rect(x, y0, e, y0+w, col)
		c.rect(x, y1-w, e, y1, col)
	}
	for y := y0; y < y1; y += dash + gap {
		e := min(y+dash, y1)
		c.rect(x0, y, x0+w, e, col)
		c.rect(x1-w, y, x1, e, col)
	}
}

// hatch fills a rectangle with diagonal stripes, the look of a derived value.
func (c *canvas) hatch(x0, y0, x1, y1, step, w int, col drawing.Color) {
	h := y1 - y0
	for off := -h; off < x1-x0; off += step {
		// Each stripe is a parallelogram rising to the right, cut to the rectangle.
		l, r := float64(x0+off), float64(x0+off+w)
		stripe := [][2]float64{{l, float64(y1)}, {r, float64(y1)}, {r + float64(h), float64(y0)}, {l + float64(h), float64(y0)}}
		pts := clipRect(stripe, float64(x0), float64(y0), float64(x1), float64(y1))
		ints := make([][2]int, len(pts))
		for i, p := range pts {
			ints[i] = [2]int{ri(p[0]), ri(p[1])}
		}
		c.fill(col, ints...)
	}
}

// clipRect cuts a convex polygon to a rectangle (Sutherland–Hodgman).
func clipRect(poly [][2]float64, x0, y0, x1, y1 float64) [][2]float64 {
	edges := []struct {
		inside func(p [2]float64) bool
		cross  func(a, b [2]float64) [2]float64
	}{
		{func(p [2]float64) bool { return p[0] >= x0 }, func(a, b [2]float64) [2]float64 { return atX(a, b, x0) }},
		{func(p [2]float64) bool { return p[0] <= x1 }, func(a, b [2]float64) [2]float64 { return atX(a, b, x1) }},
		{func(p [2]float64) bool { return p[1] >= y0 }, func(a, b [2]float64) [2]float64 { return atY(a, b, y0) }},
		{func(p [2]float64) bool { return p[1] <= y1 }, func(a, b [2]float64) [2]float64 { return atY(a, b, y1) }},
	}
	for _, e := range edges {
		var out [][2]float64
		for i, cur := range poly {
			prev := poly[(i+len(poly)-1)%len(poly)]
			switch {
			case e.inside(cur) && !e.inside(prev):
				out = append(out, e.cross(prev, cur), cur)
			case e.inside(cur):
				out = append(out, cur)
			case e.inside(prev):
				out = append(out, e.cross(prev, cur))
			}
		}
		poly = out
		if len(poly) == 0 {
			break
		}
	}
	return poly
}

func atX(a, b [2]float64, x float64) [2]float64 {
	t := (x - a[0]) / (b[0] - a[0])
	return [2]float64{x, a[1] + t*(b[1]-a[1])}
}

func atY(a, b [2]float64, y float64) [2]float64 {
	t := (y - a[1]) / (b[1] - a[1])
	return [2]float64{a[0] + t*(b[0]-a[0]), y}
}

// diamond draws a point marker centred on (x, y), outlined so it shows over a bar.
// A chart of thousands of articles has thousands of points: on a raster the marker is
// drawn once and then copied, which gives the same pixels (translation by whole pixels
// does not change coverage, and "over" is associative) at a tenth of the cost.
func (c *canvas) diamond(x, y, r int, fill, edge drawing.Color) {
	e := r + max(1, r/3)
	if c.img == nil {
		drawDiamond(c, x, y, r, e, fill, edge)
		return
	}
	k := marker{r, fill, edge}
	sprite := c.sprites[k]
	if sprite == nil {
		sprite = c.markerSprite(r, e, fill, edge)
		if c.sprites == nil {
			c.sprites = map[marker]*image.RGBA{}
		}
		c.sprites[k] = sprite
	}
	at := image.Pt(x-e-1, y-e-1)
	imgdraw.Draw(c.img, sprite.Bounds().Add(at), sprite, image.Point{}, imgdraw.Over)
}

func drawDiamond(c *canvas, x, y, r, e int, fill, edge drawing.Color) {
	c.fill(edge, [2]int{x, y - e}, [2]int{x + e, y}, [2]int{x, y + e}, [2]int{x - e, y})
	c.fill(fill, [2]int{x, y - r}, [2]int{x + r, y}, [2]int{x, y + r}, [2]int{x - r, y})
}

// markerSprite draws a diamond on a transparent image of its own, centred at (e+1, e+1).
func (c *canvas) markerSprite(r, e int, fill, edge drawing.Color) *image.RGBA {
	size := 2*e + 3
	rr, err := chart.PNG(size, size)
	if err != nil {
		return image.NewRGBA(image.Rect(0, 0, 1, 1))
	}
	rr.SetDPI(c.dpi)
	drawDiamond(&canvas{r: rr, dpi: c.dpi}, e+1, e+1, r, e, fill, edge)
	var img *image.RGBA
	if rr.Save(collector{&img}) != nil || img == nil {
		return image.NewRGBA(image.Rect(0, 0, 1, 1))
	}
	return img
}

// text draws s with its baseline at y, starting at x.
func (c *canvas) text(s string, x, y int, f font) {
	if s == "" {
		return
	}
	tf := c.reg
	if f.bold {
		tf = c.bold
	}
	s = drawable(tf, s)
	c.r.ResetStyle()
	c.r.SetFont(tf)
	c.r.SetFontColor(f.color)
	c.r.SetFillColor(drawing.Color{})
	c.r.SetStrokeColor(drawing.Color{})
	c.r.SetFontSize(c.points(f.px))
	if c.svg {
		// go-chart writes SVG text unescaped; a quote with "&" or "<" would break the XML.
		c.r.Text(svgEscaper.Replace(s), x, y)
		return
	}
	// The rasterizer keeps each pixel row's edges in a list it searches from the start,
	// so one long line costs the square of its length: a footer took a third of a
	// render. Word by word, at the same positions, it is linear.
	start := 0
	for i, r := range s {
		if r != ' ' || i == start {
			continue
		}
		c.r.Text(s[start:i], x+ri(advance(tf, f.px, s[:start])), y)
		start = i + 1
	}
	c.r.Text(s[start:], x+ri(advance(tf, f.px, s[:start])), y)
}

var svgEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// points converts a size in pixels to the points each renderer expects. The raster
// renderer sizes glyphs at points×DPI/64 pixels per em, the SVG one writes
// points×DPI/72 pixels, so the same label would come out 12% larger in the PNG.
func (c *canvas) points(px float64) float64 {
	if c.svg {
		return px * 72 / c.dpi
	}
	return px * 64 / c.dpi
}

// rounding helpers: layout works in float pixels, renderers in whole ones.
func ri(v float64) int { return int(math.Round(v)) }

// shape fills rings as one shape: holes (Lesotho in South Africa) stay open, since the
// rings of a hole wind the other way.
func (c *canvas) shape(rings [][]image.Point, col drawing.Color) {
	if len(rings) == 0 {
		return
	}
	c.r.ResetStyle()
	c.r.SetFillColor(col)
	c.r.SetStrokeColor(drawing.Color{})
	c.r.SetStrokeWidth(0)
	c.path(rings)
	c.r.Fill()
}

// outline strokes rings w pixels wide.
func (c *canvas) outline(rings [][]image.Point, w float64, col drawing.Color) {
	if len(rings) == 0 {
		return
	}
	if c.svg {
		// go-chart writes an SVG stroke's width as a whole number: 0.6 would be 0, no line.
		w = math.Max(1, math.Round(w))
	}
	c.r.ResetStyle()
	c.r.SetFillColor(drawing.Color{})
	c.r.SetStrokeColor(col)
	c.r.SetStrokeWidth(w)
	c.path(rings)
	c.r.Stroke()
}

func (c *canvas) path(rings [][]image.Point) {
	for _, ring := range rings {
		c.r.MoveTo(ring[0].X, ring[0].Y)
		for _, p := range ring[1:] {
			c.r.LineTo(p.X, p.Y)
		}
		c.r.Close()
	}
}

// disc draws a filled circle of radius r centred on (x, y) with an edge w wide.
func (c *canvas) disc(x, y, r float64, fill, edge drawing.Color, w float64) {
	circle := func(rad float64) [][2]int {
		pts := make([][2]int, 24)
		for i := range pts {
			a := 2 * math.Pi * float64(i) / float64(len(pts))
			pts[i] = [2]int{ri(x + rad*math.Cos(a)), ri(y + rad*math.Sin(a))}
		}
		return pts
	}
	c.fill(edge, circle(r+w)...)
	c.fill(fill, circle(r)...)
}

// rectF fills a rectangle given in float pixels, its edges rounded to whole pixels.
func (c *canvas) rectF(x0, y0, x1, y1 float64, col drawing.Color) {
	c.rect(ri(x0), ri(y0), max(ri(x1), ri(x0)+1), max(ri(y1), ri(y0)+1), col)
}
