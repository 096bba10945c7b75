package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// labelsUnder returns the text of every label under o, dialogs and widgets included.
func labelsUnder(o fyne.CanvasObject) []string {
	var out []string
	switch x := o.(type) {
	case *widget.Label:
		return []string{x.Text}
	case *fyne.Container:
		for _, c := range x.Objects {
			out = append(out, labelsUnder(c)...)
		}
		return out
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(x).Objects() {
			out = append(out, labelsUnder(c)...)
		}
	}
	return out
}

func hasLabelUnder(o fyne.CanvasObject, text string) bool {
	for _, l := range labelsUnder(o) {
		if l == text {
			return true
		}
	}
	return false
}

// TestShellThenAtlas: the start-up shell is the app's window, titled and sized, holding
// one line; the atlas is then built into that same window, whose About dialog shows the
// name and version the app was given (FyneApp.toml's, through cmd/cryptoatlas).
func TestShellThenAtlas(t *testing.T) {
	a := test.NewTempApp(t)
	info := Info{Name: "Crypto Atlas", Version: "9.8.7"}
	win := NewShell(a, info)
	if win.Title() != "Crypto Atlas" || !hasLabelUnder(win.Content(), "Opening…") {
		t.Fatalf("shell: title %q, labels %q", win.Title(), labelsUnder(win.Content()))
	}
	if s := win.Canvas().Size(); s.Width < 1000 || s.Height < 600 {
		t.Errorf("shell size %v, want the remembered or default 1280x800", s)
	}
	at := NewIn(win, a, info)
	if at.Win != win || hasLabelUnder(win.Content(), "Opening…") {
		t.Fatal("the atlas was not built into the shell's window")
	}
	at.ShowAbout()
	top := win.Canvas().Overlays().Top()
	if top == nil || !hasLabelUnder(top, "Crypto Atlas 9.8.7") {
		t.Errorf("About does not show the version: %v", labelsUnder(top))
	}
}

// TestFirstWindowFitsTheScreen: on a 1024×700 screen the window does not open 1280
// wide; on a large screen, or one of unknown size, it keeps the size asked for.
func TestFirstWindowFitsTheScreen(t *testing.T) {
	a := test.NewTempApp(t)
	win := NewShellOn(a, Info{Name: "Crypto Atlas"}, fyne.NewSize(1024, 700))
	if s := win.Canvas().Size(); s.Width > 1024 || s.Height > 700 {
		t.Errorf("on a 1024×700 screen the window opens %v", s)
	}
	for _, screen := range []fyne.Size{{}, fyne.NewSize(1920, 1080)} {
		if got := FitScreen(fyne.NewSize(1280, 800), screen); got != fyne.NewSize(1280, 800) {
			t.Errorf("on a %v screen 1280×800 becomes %v", screen, got)
		}
	}
}
