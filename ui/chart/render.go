package chart

import (
	"bufio"
	"fmt"
	"image"
	"io"

	chart "github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
)

// Render draws s to an image and returns where each row went, so a click can find its
// country. The image is Width×Height times Scale (1200×750 when zero, at least 320×200,
// Scale at most 8). Without references (the window) it grows taller when the rows at
// their smallest would not fit; an export (o.References) keeps exactly its size and
// continues on more pages (Pages, RenderPage): nothing is ever cut off.
func Render(s Spec, o Options) (*image.RGBA, []Region, error) { return RenderPage(s, o, 1) }

// Pages is how many pages s takes: 1 unless an export's rows or references do not fit
// the size asked for.
func Pages(s Spec, o Options) int {
	reg, bold, err := loadFonts()
	if err != nil {
		return 1
	}
	return len(planPages(s, o, measurer{reg, bold}))
}

// RenderPage draws page n (from 1) of s, like Render.
func RenderPage(s Spec, o Options, n int) (*image.RGBA, []Region, error) {
	var img *image.RGBA
	regions, err := render(s, o, n, chart.PNG, false, func(r chart.Renderer) error {
		return r.Save(collector{&img})
	})
	if err != nil {
		return nil, nil, err
	}
	underlay(img, paletteFor(o.Theme).Background)
	return img, regions, nil
}

// WritePNG draws s as a PNG. The same spec and options always give the same bytes.
func WritePNG(w io.Writer, s Spec, o Options) error { return writePNG(w, s, o, 1) }

func writePNG(w io.Writer, s Spec, o Options, page int) error {
	img, _, err := RenderPage(s, o, page)
	if err != nil {
		return err
	}
	return writeOpaquePNG(w, img)
}

// WriteSVG draws s as SVG, from the same layout and drawing routine as the PNG; text
// is real <text> so the labels and sources can be searched and copied.
func WriteSVG(w io.Writer, s Spec, o Options) error { return writeSVG(w, s, o, 1) }

func writeSVG(w io.Writer, s Spec, o Options, page int) error {
	bw := bufio.NewWriter(w)
	_, err := render(s, o, page, chart.SVG, true, func(r chart.Renderer) error { return r.Save(bw) })
	if err != nil {
		return err
	}
	return bw.Flush()
}

// Write draws s as "png" or "svg": the one routine behind the window's export dialog
// and `cryptoatlas export`, so both give the same bytes.
func Write(w io.Writer, format string, s Spec, o Options) error { return WritePage(w, format, s, o, 1) }

// WritePage draws page n (from 1) of s as "png" or "svg"; Pages says how many there are.
func WritePage(w io.Writer, format string, s Spec, o Options, n int) error {
	switch format {
	case "png":
		return writePNG(w, s, o, n)
	case "svg":
		return writeSVG(w, s, o, n)
	}
	return fmt.Errorf("unknown format %q (use png or svg)", format)
}

// render plans the chart, makes a renderer of the planned size and draws into it.
func render(s Spec, o Options, page int, provider chart.RendererProvider, svg bool, save func(chart.Renderer) error) ([]Region, error) {
	reg, bold, err := loadFonts()
	if err != nil {
		return nil, fmt.Errorf("chart fonts: %w", err)
	}
	pages := planPages(s, o, measurer{reg, bold})
	if page < 1 || page > len(pages) {
		return nil, fmt.Errorf("chart: no page %d of %d", page, len(pages))
	}
	l := pages[page-1]
	r, err := provider(l.W, l.H)
	if err != nil {
		return nil, fmt.Errorf("chart: %w", err)
	}
	// At 72 DPI a point is a pixel; Scale multiplies both, so text grows with the image.
	dpi := 72 * l.s
	r.SetDPI(dpi)
	c := &canvas{r: r, svg: svg, dpi: dpi, reg: reg, bold: bold}
	if !svg {
		// The raster renderer hands over its image when saved to a collector; it keeps
		// drawing into the same image after.
		_ = r.Save(collector{&c.img})
	}
	regions := draw(c, l)
	if err := save(r); err != nil {
		return nil, err
	}
	return regions, nil
}

// collector receives the raster renderer's image without a PNG round trip.
type collector struct{ img **image.RGBA }

func (c collector) Write(p []byte) (int, error) { return len(p), nil }
func (c collector) SetRGBA(i *image.RGBA)       { *c.img = i }

// underlay puts the opaque background under everything drawn. Filling a whole
// 1200×750 image through go-chart's rasterizer blends every pixel and took a third of a
// render; drawing onto a transparent image and laying it over the colour afterwards gives
// the same picture ("over" is associative) in one cheap pass.
func underlay(img *image.RGBA, bg drawing.Color) {
	for i := 0; i+3 < len(img.Pix); i += 4 {
		p := img.Pix[i : i+4 : i+4]
		switch a := uint32(p[3]); a {
		case 0xFF:
		case 0:
			p[0], p[1], p[2], p[3] = bg.R, bg.G, bg.B, 0xFF
		default:
			// Premultiplied: out = src + bg×(1−α).
			k := 0xFF - a
			p[0] = uint8(uint32(p[0]) + (uint32(bg.R)*k+0x7F)/0xFF)
			p[1] = uint8(uint32(p[1]) + (uint32(bg.G)*k+0x7F)/0xFF)
			p[2] = uint8(uint32(p[2]) + (uint32(bg.B)*k+0x7F)/0xFF)
			p[3] = 0xFF
		}
	}
}
