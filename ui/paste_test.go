package ui

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
)

// TestPasteAsArticle: Ctrl+Shift+V shows the clipboard's first line as the title; the
// outlet and address typed are kept; Return saves the article in the library and opens
// it with its figure.
func TestPasteAsArticle(t *testing.T) {
	at, lib := libraryAtlas(t)
	at.App.Clipboard().SetContent("Bhutan's hidden reserve\n\nBhutan's government holds about 13,000 BTC, mined with hydro power, the report said.")
	shortcut(t, at, ctrlShift(fyne.KeyV))
	f := at.Pasting
	if f == nil {
		t.Fatal("Ctrl+Shift+V opened no dialog")
	}
	if f.Title.Text != "Bhutan's hidden reserve" {
		t.Errorf("title %q", f.Title.Text)
	}
	f.Outlet.SetText("Druk News")
	f.Address.SetText("https://druk.example/bhutan")
	key(at, fyne.KeyReturn)
	if filepath.Dir(f.Path) != lib {
		t.Fatalf("saved at %q, want it in %s", f.Path, lib)
	}
	waitOpened(t, at, f.Path)
	if n := len(at.ds.Articles); n != 1 {
		t.Fatalf("the window shows %d articles", n)
	}
	if a := at.ds.Articles[0]; a.Title != "Bhutan's hidden reserve" || a.Source != "Druk News" || a.URL != "https://druk.example/bhutan" {
		t.Errorf("opened %q from %q at %q", a.Title, a.Source, a.URL)
	}
	if len(at.ds.FactsFor("BT")) == 0 {
		t.Error("Bhutan's figure is not shown")
	}
}

// TestPasteHTMLAsArticle: HTML on the clipboard is read as a page, its title found.
func TestPasteHTMLAsArticle(t *testing.T) {
	at, _ := libraryAtlas(t)
	at.App.Clipboard().SetContent(`<html><head><title>El Salvador keeps buying</title></head><body><article>` +
		`<h1>El Salvador keeps buying</h1><p>El Salvador has acquired over 6,200 BTC, the office said.</p></article></body></html>`)
	at.ShowPasteArticle()
	if at.Pasting == nil || at.Pasting.Title.Text != "El Salvador keeps buying" {
		t.Fatalf("dialog %v", overlayTexts(at))
	}
	f := at.Pasting
	key(at, fyne.KeyReturn)
	waitOpened(t, at, f.Path)
	if len(at.ds.FactsFor("SV")) == 0 {
		t.Error("El Salvador's figure is not shown")
	}
}

// TestPasteEmptyClipboard: nothing to paste is said in words, no dialog to fill.
func TestPasteEmptyClipboard(t *testing.T) {
	at, _ := libraryAtlas(t)
	at.App.Clipboard().SetContent("")
	at.ShowPasteArticle()
	if at.Pasting != nil {
		t.Error("a paste dialog opened for nothing")
	}
	if shown := strings.Join(overlayTexts(at), " "); !strings.Contains(shown, "no text") {
		t.Errorf("the dialog says %q", shown)
	}
}
