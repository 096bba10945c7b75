package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// chartTip shows a chart row's words in full beside the pointer, where the chart had to
// cut them short ("also ≈1…"). It is drawn inside the chart view rather than as a pop-up,
// which would take the pointer's events from the chart.
type chartTip struct {
	box   *canvas.Rectangle
	label *widget.Label
	layer *fyne.Container // no layout: the tip is placed by hand over the chart
	text  string          // what the tip shows, "" when hidden
}

const (
	tipMaxWidth = 420
	tipOffset   = 14 // from the pointer, so the tip does not sit under it
)

func newChartTip() *chartTip {
	t := &chartTip{box: canvas.NewRectangle(nil), label: widget.NewLabel("")}
	t.label.Wrapping = fyne.TextWrapWord
	t.box.StrokeWidth = 1
	t.layer = container.NewWithoutLayout(t.box, t.label)
	t.hide()
	return t
}

// show puts text beside pos, kept inside area (the chart view's size): below and right
// of the pointer, or above it near the bottom.
func (t *chartTip) show(text string, pos fyne.Position, area fyne.Size) {
	th := fyne.CurrentApp().Settings().Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	t.box.FillColor = th.Color(theme.ColorNameOverlayBackground, v)
	t.box.StrokeColor = th.Color(theme.ColorNameInputBorder, v)
	t.box.CornerRadius = th.Size(theme.SizeNameInputRadius)
	if text != t.text {
		t.label.SetText(text)
		t.text = text
	}
	// A short text takes its own width, a long one wraps.
	one := fyne.MeasureText(text, th.Size(theme.SizeNameText), fyne.TextStyle{}).Width +
		2*th.Size(theme.SizeNameInnerPadding) + 2
	w := fyne.Min(fyne.Min(tipMaxWidth, area.Width-2*tipOffset), one)
	t.label.Resize(fyne.NewSize(w, 0))
	size := fyne.NewSize(w, t.label.MinSize().Height)
	x := fyne.Min(pos.X+tipOffset, area.Width-size.Width-4)
	y := pos.Y + tipOffset + 4
	if y+size.Height > area.Height {
		y = pos.Y - tipOffset - size.Height
	}
	at := fyne.NewPos(fyne.Max(x, 0), fyne.Max(y, 0))
	t.label.Move(at)
	t.label.Resize(size)
	t.box.Move(at)
	t.box.Resize(size)
	t.box.Refresh()
	t.layer.Show()
}

func (t *chartTip) hide() {
	t.text = ""
	t.layer.Hide()
}

func (t *chartTip) shown() bool { return t.layer.Visible() }
