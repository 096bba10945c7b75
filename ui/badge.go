package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"
)

// isoBadge stands in for a flag: the country's code on the colour the countries list
// gives it (grey when no figure is stated). Fyne's bundled font has no emoji flags.
type isoBadge struct {
	widget.BaseWidget
	ISO2    string
	figures bool
	size    fyne.Size
}

func newISOBadge(iso2 string, figures bool, size fyne.Size) *isoBadge {
	b := &isoBadge{ISO2: iso2, figures: figures, size: size}
	b.ExtendBaseWidget(b)
	return b
}

func (b *isoBadge) MinSize() fyne.Size { return b.size }

func (b *isoBadge) CreateRenderer() fyne.WidgetRenderer {
	rect := canvas.NewRectangle(badgeColor(b.ISO2, b.figures))
	rect.CornerRadius = b.size.Height / 6
	code := canvas.NewText(b.ISO2, color.White)
	code.TextStyle = fyne.TextStyle{Bold: true, Monospace: true}
	code.TextSize = b.size.Height * 0.45
	code.Alignment = fyne.TextAlignCenter
	return &isoBadgeRenderer{b: b, rect: rect, code: code}
}

type isoBadgeRenderer struct {
	b    *isoBadge
	rect *canvas.Rectangle
	code *canvas.Text
}

func (r *isoBadgeRenderer) Layout(s fyne.Size) {
	r.rect.Resize(s)
	ts := r.code.MinSize()
	r.code.Move(fyne.NewPos(0, (s.Height-ts.Height)/2))
	r.code.Resize(fyne.NewSize(s.Width, ts.Height))
}

func (r *isoBadgeRenderer) MinSize() fyne.Size { return r.b.size }

func (r *isoBadgeRenderer) Refresh() {
	r.rect.FillColor = badgeColor(r.b.ISO2, r.b.figures)
	r.code.Text = r.b.ISO2
	r.rect.Refresh()
	r.code.Refresh()
}

func (r *isoBadgeRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.rect, r.code} }
func (r *isoBadgeRenderer) Destroy()                     {}
