package ui

import (
	"image"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"cryptoatlas/ui/chart"
)

// miniWidth and miniHeight are a profile chart's size before scale; the chart package
// makes it taller when its rows need it, and the widget takes that height.
const miniWidth, miniHeight = 360, 160

// miniChart is one chart of one country, small, in its profile. It is drawn through a
// canvas.Raster at the device's pixel size so it stays crisp, and kept until its size,
// theme or data change. A tap opens the full chart (on a bar: selects its figure).
type miniChart struct {
	widget.BaseWidget
	at     *Atlas
	Kind   chart.Kind
	Spec   chart.Spec
	raster *canvas.Raster
	size   fyne.Size // at scale 1

	key     miniKey
	img     image.Image
	regions []chart.Region
}

type miniKey struct {
	w, h  int
	theme chart.Theme
}

// newMiniChart draws spec; its height is measured once at scale 1.
func newMiniChart(at *Atlas, spec chart.Spec) *miniChart {
	m := &miniChart{at: at, Kind: spec.Kind, Spec: spec, size: fyne.NewSize(miniWidth, miniHeight)}
	if img, _, err := chart.Render(spec, chart.Options{Width: miniWidth, Height: miniHeight, Scale: 1}); err == nil {
		m.size.Height = float32(img.Bounds().Dy())
	}
	m.raster = canvas.NewRaster(m.draw)
	m.ExtendBaseWidget(m)
	return m
}

func (m *miniChart) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(m.raster) }

func (m *miniChart) MinSize() fyne.Size { return m.size }

func (m *miniChart) scale() float32 {
	if c := fyne.CurrentApp().Driver().CanvasForObject(m); c != nil && c.Scale() > 0 {
		return c.Scale()
	}
	return 1
}

func (m *miniChart) draw(w, h int) image.Image {
	if w <= 0 || h <= 0 {
		return image.NewRGBA(image.Rect(0, 0, 1, 1))
	}
	key := miniKey{w: w, h: h, theme: chartTheme(m.at.App)}
	if m.img != nil && key == m.key {
		return m.img
	}
	s := float64(m.scale())
	img, regions, err := chart.Render(m.Spec, chart.Options{
		Width: int(float64(w)/s + 0.5), Height: int(float64(h)/s + 0.5), Scale: s, Theme: key.theme,
	})
	if err != nil {
		fyne.LogError("drawing a profile chart", err)
		return image.NewRGBA(image.Rect(0, 0, w, h))
	}
	m.img, m.regions, m.key = img, regions, key
	return img
}

// Tapped opens the full chart; on a bar it selects that figure, which also marks its
// sentence in the source pane.
func (m *miniChart) Tapped(ev *fyne.PointEvent) {
	if m.img != nil && m.key.w > 0 && m.key.h > 0 {
		b := m.img.Bounds()
		s := m.scale()
		p := image.Pt(int(ev.Position.X*s*float32(b.Dx())/float32(m.key.w)),
			int(ev.Position.Y*s*float32(b.Dy())/float32(m.key.h)))
		for _, r := range m.regions {
			if r.Contains(p) && r.Fact != nil {
				m.at.SelectFact(r.Fact)
				return
			}
		}
	}
	if m.Kind == chart.Map || m.Kind == chart.Timeline {
		m.at.Charts.SetMetric(m.Spec.Metric) // a locator has none: the map keeps its own
	}
	m.at.Charts.show(m.Kind)
}

// Cursor tells the pointer the chart can be clicked.
func (m *miniChart) Cursor() desktop.Cursor { return desktop.PointerCursor }

var (
	_ fyne.Tappable      = (*miniChart)(nil)
	_ desktop.Cursorable = (*miniChart)(nil)
)
