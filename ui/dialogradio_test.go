package ui

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"cryptoatlas/ui/chart"
)

// TestFormatChoiceTakesReturnAndEscape: with the keyboard on the Export dialog's Format
// line, the arrows choose SVG, Return exports and Escape cancels.
func TestFormatChoiceTakesReturnAndEscape(t *testing.T) {
	at := newSampleAtlas(t)
	at.ShowExport(chart.Holdings)
	f := at.Exporting
	at.Win.Canvas().Focus(f.Chart)
	at.Win.Canvas().FocusNext() // Tab
	if at.Win.Canvas().Focused() != f.Format {
		t.Fatalf("Tab from Chart goes to %T, not the Format choice", at.Win.Canvas().Focused())
	}
	at.Win.Canvas().FocusNext()
	if at.Win.Canvas().Focused() == f.Format {
		t.Fatal("the Format choice is more than one stop for Tab")
	}
	at.Win.Canvas().Focus(f.Format)
	if r := test.WidgetRenderer(f.Format).(*ringRenderer); !r.focused() {
		t.Error("the focused Format choice shows no ring")
	}
	key(at, fyne.KeyEscape)
	if dialogsOpen(at) != 0 {
		t.Fatalf("Escape on the Format choice left %v", overlayTexts(at))
	}

	at.ShowExport(chart.Holdings)
	f = at.Exporting
	dir := t.TempDir()
	f.Folder.SetText(dir)
	at.Win.Canvas().Focus(f.Format)
	key(at, fyne.KeyRight)
	if f.Format.Selected != "SVG" || filepath.Ext(f.Name.Text) != ".svg" {
		t.Errorf("Right chose %q, file %q; want SVG", f.Format.Selected, f.Name.Text)
	}
	key(at, fyne.KeyRight) // past the end: stays
	key(at, fyne.KeyReturn)
	if dialogsOpen(at) != 0 {
		t.Fatalf("Return on the Format choice left %v", overlayTexts(at))
	}
	if _, err := os.Stat(filepath.Join(dir, f.Name.Text)); err != nil {
		t.Errorf("Return exported nothing: %v (status %q)", err, at.Status.Text)
	}

	// A click on PNG chooses it.
	at.ShowExport(chart.Holdings)
	f = at.Exporting
	f.Format.SetSelected("SVG")
	first := f.Format.items[0]
	f.Format.Tapped(&fyne.PointEvent{Position: first.Position().AddXY(first.Size().Width/2, 5)})
	if f.Format.Selected != "PNG" {
		t.Errorf("a click on PNG chose %q", f.Format.Selected)
	}
}
