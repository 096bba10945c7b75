package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"cryptoatlas/data"
	"cryptoatlas/ui/chart"
)

// key presses k as the desktop driver does: to whatever has the keyboard, else to the
// window.
func key(at *Atlas, k fyne.KeyName) {
	ev := &fyne.KeyEvent{Name: k}
	if f := at.Win.Canvas().Focused(); f != nil {
		f.TypedKey(ev)
		return
	}
	at.Win.Canvas().OnTypedKey()(ev)
}

func dialogsOpen(at *Atlas) int { return len(at.Win.Canvas().Overlays().List()) }

// TestReturnSavesACorrection: in the Correct dialog, Return saves from the value entry,
// from a select, and with nothing focused; the saved value is charted.
func TestReturnSavesACorrection(t *testing.T) {
	for _, where := range []string{"value", "select", "nothing"} {
		t.Run(where, func(t *testing.T) {
			at, path := pakistanAtlas(t)
			at.ShowProfile("PK")
			test.Tap(entryFor(t, at.Profile, data.MiningPowerMW).Correct)
			ff := at.Edit
			ff.Value.SetText("2.5 GW")
			switch where {
			case "select":
				at.Win.Canvas().Focus(ff.Metric)
			case "nothing":
				at.Win.Canvas().Unfocus()
			}
			key(at, fyne.KeyReturn)
			if at.Edit != nil || dialogsOpen(at) != 0 {
				t.Fatalf("Return left the dialog open: %q", ff.Problem.Text)
			}
			if c := readEdits(t, path); c.Len() == 0 {
				t.Error("the file holds no edit")
			}
			if f := at.Charts.Table.cellFacts("PK", data.MiningPowerMW); len(f) != 1 || f[0].Value != 2500 {
				t.Errorf("the table shows %v", f)
			}
		})
	}
}

// TestReturnDoesNotSaveWhatSaveRefuses: with Save disabled, Return leaves the dialog
// open and saves nothing.
func TestReturnDoesNotSaveWhatSaveRefuses(t *testing.T) {
	at, path := pakistanAtlas(t)
	at.ShowProfile("PK")
	test.Tap(entryFor(t, at.Profile, data.MiningPowerMW).Correct)
	at.Edit.Value.SetText("lots")
	key(at, fyne.KeyReturn)
	if at.Edit == nil {
		t.Fatal("Return closed a dialog whose Save is disabled")
	}
	if _, err := os.Stat(data.CurationPath(path)); err == nil {
		t.Error("Return saved a value Save refuses")
	}
}

// TestEscapeCancelsEveryDialog: Escape closes each dialog the window opens without
// doing its action, whichever control has the keyboard.
func TestEscapeCancelsEveryDialog(t *testing.T) {
	at, path := pakistanAtlas(t)
	at.ShowProfile("PK")
	fact := entryFor(t, at.Profile, data.MiningPowerMW).Fact
	open := map[string]func(){
		"Correct (entry)": func() { test.Tap(entryFor(t, at.Profile, data.MiningPowerMW).Correct) },
		"Correct (select)": func() {
			test.Tap(entryFor(t, at.Profile, data.MiningPowerMW).Correct)
			at.Win.Canvas().Focus(at.Edit.Country)
		},
		"Correct (button)": func() {
			test.Tap(entryFor(t, at.Profile, data.MiningPowerMW).Correct)
			at.Win.Canvas().Focus(at.Edit.Save)
		},
		"Export chart":       func() { at.ShowExport(chart.Mining) },
		"Export data":        at.ShowExportData,
		"Reject":             func() { at.ConfirmReject(fact) },
		"Keyboard Shortcuts": at.ShowKeys,
		"About":              at.ShowAbout,
		"error":              func() { at.showEditError(&data.FileError{Path: path, Reason: "disk full"}) },
	}
	for name, show := range open {
		show()
		if dialogsOpen(at) != 1 {
			t.Fatalf("%s: %d dialogs open", name, dialogsOpen(at))
		}
		key(at, fyne.KeyEscape)
		if n := dialogsOpen(at); n != 0 || len(at.dialogs) != 0 {
			t.Errorf("%s: Escape left %d dialogs open (%d listed)", name, n, len(at.dialogs))
			for dialogsOpen(at) > 0 {
				at.Win.Canvas().Overlays().Remove(at.Win.Canvas().Overlays().Top())
			}
			at.dialogs = nil
		}
		at.Win.Canvas().Unfocus()
	}
	if _, err := os.Stat(data.CurationPath(path)); err == nil {
		t.Error("a cancelled dialog saved an edit")
	}
	if f := at.Charts.Table.cellFacts("PK", data.MiningPowerMW); len(f) != 1 || f[0].Value != 2000 {
		t.Errorf("after Escape the table shows %v", f)
	}
}

// TestReturnConfirmsRejectAndExport: Return presses Reject in its confirmation, and
// Export in the Export Chart dialog, which writes the file.
func TestReturnConfirmsRejectAndExport(t *testing.T) {
	at, path := pakistanAtlas(t)
	at.ShowProfile("PK")
	at.ConfirmReject(entryFor(t, at.Profile, data.MiningPowerMW).Fact)
	key(at, fyne.KeyReturn)
	if f := at.Charts.Table.cellFacts("PK", data.MiningPowerMW); len(f) != 0 {
		t.Errorf("after Return in Reject the table still shows %v", f)
	}
	if c := readEdits(t, path); c.Len() == 0 {
		t.Error("the file holds no edit")
	}

	at.ShowExport(chart.Holdings)
	f := at.Exporting
	if f == nil {
		t.Fatal("Ctrl+E opened no form")
	}
	dir := t.TempDir()
	f.Folder.SetText(dir)
	key(at, fyne.KeyReturn) // in the file name
	if dialogsOpen(at) != 0 {
		t.Fatalf("Return left %d dialogs open: %v", dialogsOpen(at), overlayTexts(at))
	}
	if _, err := os.Stat(filepath.Join(dir, f.Name.Text)); err != nil {
		t.Errorf("Return exported nothing: %v (status %q)", err, at.Status.Text)
	}
}

// TestDialogKeysGoToTheTopDialog: with a dialog open over another, Escape closes the
// top one only; a failed export closes Export and its error takes the keys.
func TestDialogKeysGoToTheTopDialog(t *testing.T) {
	at := newSampleAtlas(t)
	at.ShowExport(chart.Holdings)
	at.ShowKeys()
	at.Win.Canvas().Unfocus()
	key(at, fyne.KeyEscape)
	if dialogsOpen(at) != 1 || at.Exporting == nil {
		t.Fatalf("Escape over Export: %d open, export form %v", dialogsOpen(at), at.Exporting != nil)
	}
	at.Exporting.Width.SetText("5")
	at.Win.Canvas().Focus(at.Exporting.Name)
	key(at, fyne.KeyReturn)
	if !strings.Contains(strings.ToLower(strings.Join(overlayTexts(at), " ")), "width and height") || dialogsOpen(at) != 1 {
		t.Fatalf("after a failed export: %v", overlayTexts(at))
	}
	key(at, fyne.KeyReturn)
	if dialogsOpen(at) != 0 {
		t.Errorf("Return left %v", overlayTexts(at))
	}
}

// TestFocusedDefaultButtonShowsARing: a focused Save shows the focus colour round it in
// both themes (Fyne's own focus fill is the primary blue, invisible on a default button).
func TestFocusedDefaultButtonShowsARing(t *testing.T) {
	for _, dark := range []bool{false, true} {
		at, _ := pakistanAtlas(t)
		if dark {
			at.SetTheme(ThemeDark)
		} else {
			at.SetTheme(ThemeLight)
		}
		at.ShowProfile("PK")
		test.Tap(entryFor(t, at.Profile, data.MiningPowerMW).Correct)
		save := at.Edit.Save
		r, ok := test.WidgetRenderer(save).(*ringRenderer)
		if !ok {
			t.Fatal("Save has no focus ring")
		}
		if _, _, _, a := r.ring.StrokeColor.RGBA(); a != 0 {
			t.Errorf("dark %v: the ring shows before Save has the keyboard", dark)
		}
		at.Win.Canvas().Focus(save)
		got := r.ring.StrokeColor
		if _, _, _, a := got.RGBA(); a != 0xffff {
			t.Errorf("dark %v: focused Save's ring %v, want opaque", dark, got)
		}
		th, v := at.App.Settings().Theme(), at.App.Settings().ThemeVariant()
		bg := over(th.Color(theme.ColorNameOverlayBackground, v), th.Color(theme.ColorNameBackground, v))
		if c := contrast(got, bg); c < 3 {
			t.Errorf("dark %v: the ring measures %.2f:1 against the dialog, want 3:1", dark, c)
		}
	}
}
