package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// NewShell makes the app's window as its first frame shows it: the theme, title, icon
// and size the user last had, holding one line of text. It costs no more than a minimal
// Fyne window, so the window appears at once; NewIn then builds the atlas into it.
func NewShell(a fyne.App, info Info) fyne.Window { return NewShellOn(a, info, fyne.Size{}) }

// NewShellOn is NewShell on a screen of the given size (zero: unknown): the window
// opens no larger than fits on it.
func NewShellOn(a fyne.App, info Info, screen fyne.Size) fyne.Window {
	choice := ThemeChoice(a.Preferences().StringWithFallback(prefTheme, string(ThemeSystem)))
	a.Settings().SetTheme(&atlasTheme{choice: choice})
	win := a.NewWindow(info.Name)
	if info.Icon != nil {
		win.SetIcon(info.Icon)
	}
	win.SetContent(container.NewCenter(widget.NewLabel("Opening…")))
	win.Resize(FitScreen(fyne.NewSize(
		float32(a.Preferences().FloatWithFallback(prefWidth, 1280)),
		float32(a.Preferences().FloatWithFallback(prefHeight, 800))), screen))
	return win
}

// FitScreen shrinks a window size to fit a screen (zero: unknown, the size stays),
// leaving room for the window's frame and the desktop's panels.
func FitScreen(want, screen fyne.Size) fyne.Size {
	const frameW, frameH = 16, 72 // borders; title bar and a panel
	if screen.Width > 0 && want.Width > screen.Width-frameW {
		want.Width = screen.Width - frameW
	}
	if screen.Height > 0 && want.Height > screen.Height-frameH {
		want.Height = screen.Height - frameH
	}
	return want
}
