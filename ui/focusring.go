package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
)

// A focus ring for buttons. Fyne shows a focused button by blending the theme's focus
// colour into its background, which on a default (primary) button is the same blue: a
// focused Save looked unfocused. ringRenderer draws the focus colour as an outline
// round the button instead, visible on every kind of button in both themes.

const ringGap = 3

type ringRenderer struct {
	fyne.WidgetRenderer
	ring    *canvas.Rectangle
	focused func() bool
	themed  fyne.Widget
}

func newRingRenderer(w fyne.Widget, inner fyne.WidgetRenderer, focused func() bool) *ringRenderer {
	ring := canvas.NewRectangle(color.Transparent)
	ring.StrokeWidth = 2
	r := &ringRenderer{WidgetRenderer: inner, ring: ring, focused: focused, themed: w}
	r.update()
	return r
}

func (r *ringRenderer) Objects() []fyne.CanvasObject {
	return append(append([]fyne.CanvasObject{}, r.WidgetRenderer.Objects()...), r.ring)
}

func (r *ringRenderer) Layout(size fyne.Size) {
	r.WidgetRenderer.Layout(size)
	// Just outside the button, on the dialog's background: a ring on the button's own
	// edge would vanish into a blue default button.
	r.ring.Resize(size.AddWidthHeight(2*ringGap, 2*ringGap))
	r.ring.Move(fyne.NewPos(-ringGap, -ringGap))
}

func (r *ringRenderer) Refresh() {
	r.WidgetRenderer.Refresh()
	r.update()
}

func (r *ringRenderer) update() {
	th := theme.DefaultTheme()
	if app := fyne.CurrentApp(); app != nil {
		th = app.Settings().Theme()
	}
	v := fyne.CurrentApp().Settings().ThemeVariant()
	r.ring.CornerRadius = th.Size(theme.SizeNameInputRadius) + ringGap
	if r.focused() {
		c := color.NRGBAModel.Convert(th.Color(theme.ColorNameFocus, v)).(color.NRGBA)
		c.A = 0xff // the outline at full strength: it is 2 px, not a fill
		r.ring.StrokeColor = c
	} else {
		r.ring.StrokeColor = color.Transparent
	}
	r.ring.Refresh()
}
