package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// NamedWithoutFigures heads the countries the articles name without stating a figure.
const NamedWithoutFigures = "Named without figures"

// listDivider is the caption and rule that separate the countries list's two groups. It
// sits on top of the first row of the second group, on an opaque background so the
// row's hover and selection colours stay below the rule and it reads as its own line.
type listDivider struct {
	widget.BaseWidget
	Text string
}

func newListDivider(text string) *listDivider {
	d := &listDivider{Text: text}
	d.ExtendBaseWidget(d)
	return d
}

func (d *listDivider) CreateRenderer() fyne.WidgetRenderer {
	r := &listDividerRenderer{d: d, bg: canvas.NewRectangle(color.Transparent), rule: canvas.NewRectangle(color.Transparent), text: canvas.NewText(d.Text, color.Transparent)}
	r.text.TextStyle.Bold = true
	r.Refresh()
	return r
}

type listDividerRenderer struct {
	d    *listDivider
	bg   *canvas.Rectangle
	rule *canvas.Rectangle
	text *canvas.Text
}

func (r *listDividerRenderer) pad() float32 { return r.d.Theme().Size(theme.SizeNameInnerPadding) }

func (r *listDividerRenderer) Layout(s fyne.Size) {
	r.bg.Resize(s)
	rule := r.d.Theme().Size(theme.SizeNameSeparatorThickness)
	r.rule.Move(fyne.NewPos(0, r.pad()/2))
	r.rule.Resize(fyne.NewSize(s.Width, rule))
	ts := r.text.MinSize()
	r.text.Move(fyne.NewPos(r.pad(), s.Height-ts.Height-r.pad()/2))
	r.text.Resize(ts)
}

func (r *listDividerRenderer) MinSize() fyne.Size {
	ts := r.text.MinSize()
	return fyne.NewSize(ts.Width+2*r.pad(), ts.Height+2*r.pad())
}

func (r *listDividerRenderer) Refresh() {
	th, v := r.d.Theme(), fyne.CurrentApp().Settings().ThemeVariant()
	r.bg.FillColor = th.Color(theme.ColorNameBackground, v)
	r.rule.FillColor = th.Color(theme.ColorNameSeparator, v)
	r.text.Color = th.Color(theme.ColorNamePlaceHolder, v)
	r.text.TextSize = th.Size(theme.SizeNameCaptionText)
	r.text.Text = r.d.Text
	r.bg.Refresh()
	r.rule.Refresh()
	r.text.Refresh()
}

func (r *listDividerRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.bg, r.rule, r.text}
}

func (r *listDividerRenderer) Destroy() {}
