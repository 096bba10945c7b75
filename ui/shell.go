package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// NewShell makes the app's window as its first frame shows it: the theme, title, icon
// and size the user last had, holding one line of text. It costs no more than a minimal
// Fyne window, so the window appears at once; NewIn then builds the atlas into it.
func NewShell(a fyne.App, info Info) fyne.Window {
	choice := ThemeChoice(a.Preferences().StringWithFallback(prefTheme, string(ThemeSystem)))
	a.Settings().SetTheme(&atlasTheme{choice: choice})
	win := a.NewWindow(info.Name)
	if info.Icon != nil {
		win.SetIcon(info.Icon)
	}
	win.SetContent(container.NewCenter(widget.NewLabel("Opening…")))
	win.Resize(fyne.NewSize(
		float32(a.Preferences().FloatWithFallback(prefWidth, 1280)),
		float32(a.Preferences().FloatWithFallback(prefHeight, 800))))
	return win
}
