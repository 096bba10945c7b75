package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
)

// TestFileLibraryOpensArticles: File → Library (Ctrl+Shift+L) opens the library's
// articles in the window.
func TestFileLibraryOpensArticles(t *testing.T) {
	at, lib := libraryAtlas(t)
	if err := os.MkdirAll(lib, 0o755); err != nil {
		t.Fatal(err)
	}
	rec := `{"title":"Bhutan's reserve","source":"Example News","url":"https://example.com/bhutan",` +
		`"text":"Bhutan's government holds about 13,000 BTC, mined with hydro power."}`
	if err := os.WriteFile(filepath.Join(lib, "example.com-bhutan.json"), []byte(rec), 0o644); err != nil {
		t.Fatal(err)
	}
	if it := menuItem(t, at, "Library"); it.Shortcut.ShortcutName() != ctrlShift(fyne.KeyL).ShortcutName() {
		t.Errorf("File → Library's shortcut is %s", it.Shortcut.ShortcutName())
	}
	shortcut(t, at, ctrlShift(fyne.KeyL))
	waitOpened(t, at, lib)
	if n := len(at.ds.Articles); n != 1 || at.ds.Articles[0].Title != "Bhutan's reserve" {
		t.Fatalf("the window shows %d articles", n)
	}
	if len(at.ds.FactsFor("BT")) == 0 {
		t.Error("Bhutan's figure is not shown")
	}
}

// TestFileLibraryEmpty: an empty library is said in a dialog naming its folder, and
// the window keeps what it shows.
func TestFileLibraryEmpty(t *testing.T) {
	at, lib := libraryAtlas(t)
	before := len(at.ds.Articles)
	at.ShowLibrary()
	shown := strings.Join(overlayTexts(at), " ")
	if !strings.Contains(shown, "no articles yet") || !strings.Contains(shown, lib) || !strings.Contains(shown, "CRYPTOATLAS_LIBRARY") {
		t.Errorf("the dialog says %q", shown)
	}
	if len(at.ds.Articles) != before {
		t.Error("the window changed its articles")
	}
	key(at, fyne.KeyEscape)
	if dialogsOpen(at) != 0 {
		t.Error("Escape left the dialog open")
	}
}
