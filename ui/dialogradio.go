package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// dialogRadio is a row of choices in a dialog (PNG or SVG) that is one stop for Tab: the
// arrows change the choice, Return confirms the dialog and Escape cancels it. Fyne's
// radio group gives each choice the keyboard and drops Return and Escape there, so a
// dialog could not be confirmed from its Format line.
type dialogRadio struct {
	widget.BaseWidget
	at        *Atlas
	Options   []string
	Selected  string
	OnChanged func(string)

	focused bool
	icons   []*widget.Icon
	items   []*fyne.Container // each choice's icon and words, for taps
}

func (at *Atlas) newDialogRadio(options []string, selected string) *dialogRadio {
	r := &dialogRadio{at: at, Options: options, Selected: selected}
	r.ExtendBaseWidget(r)
	return r
}

func (r *dialogRadio) CreateRenderer() fyne.WidgetRenderer {
	row := container.NewHBox()
	r.icons, r.items = nil, nil
	for _, o := range r.Options {
		icon := widget.NewIcon(nil)
		item := container.NewHBox(icon, widget.NewLabel(o))
		r.icons, r.items = append(r.icons, icon), append(r.items, item)
		row.Add(item)
	}
	r.showChoice()
	return newRingRenderer(r, widget.NewSimpleRenderer(row), func() bool { return r.focused })
}

// showChoice fills the chosen option's circle.
func (r *dialogRadio) showChoice() {
	for i, icon := range r.icons {
		if r.Options[i] == r.Selected {
			icon.SetResource(theme.NewPrimaryThemedResource(theme.RadioButtonCheckedIcon()))
		} else {
			icon.SetResource(theme.RadioButtonIcon())
		}
	}
}

// SetSelected chooses an option, telling OnChanged when the choice changed.
func (r *dialogRadio) SetSelected(s string) {
	if s == r.Selected {
		return
	}
	r.Selected = s
	r.showChoice()
	if r.OnChanged != nil {
		r.OnChanged(s)
	}
}

// step moves the choice by delta, stopping at the ends.
func (r *dialogRadio) step(delta int) {
	i := 0
	for j, o := range r.Options {
		if o == r.Selected {
			i = j
		}
	}
	if j := i + delta; j >= 0 && j < len(r.Options) {
		r.SetSelected(r.Options[j])
	}
}

// Tapped chooses the option under the pointer and takes the keyboard.
func (r *dialogRadio) Tapped(ev *fyne.PointEvent) {
	if c := fyne.CurrentApp().Driver().CanvasForObject(r); c != nil {
		c.Focus(r)
	}
	for i, item := range r.items {
		if ev.Position.X >= item.Position().X && ev.Position.X < item.Position().X+item.Size().Width {
			r.SetSelected(r.Options[i])
		}
	}
}

func (r *dialogRadio) FocusGained() {
	r.focused = true
	r.Refresh()
}

func (r *dialogRadio) FocusLost() {
	r.focused = false
	r.Refresh()
}

func (r *dialogRadio) TypedRune(rune) {}

// TypedKey: Left and Up choose the option before, Right and Down the one after; Return
// and Escape go to the dialog.
func (r *dialogRadio) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyLeft, fyne.KeyUp:
		r.step(-1)
	case fyne.KeyRight, fyne.KeyDown:
		r.step(1)
	case fyne.KeyReturn, fyne.KeyEnter, fyne.KeyEscape:
		r.at.dialogKey(ev.Name)
	}
}

var (
	_ fyne.Focusable = (*dialogRadio)(nil)
	_ fyne.Tappable  = (*dialogRadio)(nil)
)
