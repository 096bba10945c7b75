package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
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
	r.ring.CornerRadius = th.Size(theme.SizeNameInputRadius) + ringGap
	if r.focused() {
		r.ring.StrokeColor = focusColor()
	} else {
		r.ring.StrokeColor = color.Transparent
	}
	r.ring.Refresh()
}

// focusColor is the theme's focus colour at full strength, for outlines: Fyne's is
// translucent, made to tint a fill.
func focusColor() color.Color {
	app := fyne.CurrentApp()
	c := color.NRGBAModel.Convert(app.Settings().Theme().Color(theme.ColorNameFocus, app.Settings().ThemeVariant())).(color.NRGBA)
	c.A = 0xff
	return c
}

// ringButton is a button that shows the focus ring when it has the keyboard, for the
// window's default (blue) buttons outside dialogs, and presses itself on Return as on
// Space.
type ringButton struct {
	widget.Button
	focused bool
}

func newRingButton(label string, icon fyne.Resource, tapped func()) *ringButton {
	b := &ringButton{}
	b.Text, b.Icon, b.OnTapped = label, icon, tapped
	b.ExtendBaseWidget(b)
	return b
}

func (b *ringButton) CreateRenderer() fyne.WidgetRenderer {
	return newRingRenderer(b, b.Button.CreateRenderer(), func() bool { return b.focused })
}

func (b *ringButton) FocusGained() {
	b.focused = true
	b.Button.FocusGained()
}

func (b *ringButton) FocusLost() {
	b.focused = false
	b.Button.FocusLost()
}

func (b *ringButton) TypedKey(ev *fyne.KeyEvent) {
	if isReturn(ev.Name) {
		if !b.Disabled() {
			b.Tapped(nil)
		}
		return
	}
	b.Button.TypedKey(ev)
}

// rowRing outlines a list row or table cell while it has the keyboard's cursor. Fyne
// shows that cursor with the faint hover tint, and on the selected row not at all.
type rowRing struct {
	ring *canvas.Rectangle
	box  *fyne.Container // the ring one pixel inside the row, so neighbours never hide it
}

func newRowRing() *rowRing {
	r := &rowRing{ring: canvas.NewRectangle(color.Transparent)}
	r.ring.StrokeWidth = 2
	r.box = container.New(layout.NewCustomPaddedLayout(1, 1, 1, 1), r.ring)
	r.box.Hide()
	return r
}

// set shows the ring, in the theme's focus colour, or hides it.
func (r *rowRing) set(on bool) {
	if !on {
		r.box.Hide()
		return
	}
	th := fyne.CurrentApp().Settings().Theme()
	r.ring.StrokeColor = focusColor()
	r.ring.CornerRadius = th.Size(theme.SizeNameSelectionRadius)
	r.ring.Refresh()
	r.box.Show()
}

func (r *rowRing) shown() bool { return r.box.Visible() }
