package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"

	"cryptoatlas/data"
	"cryptoatlas/data/fetch/feedtest"
)

// libraryAtlas is the sample window with an empty library of its own.
func libraryAtlas(t *testing.T) (*Atlas, string) {
	t.Helper()
	lib := filepath.Join(t.TempDir(), "library")
	t.Setenv(data.LibraryEnv, lib)
	return newSampleAtlas(t), lib
}

// waitFetched waits for the window to show how a fetch ended.
func waitFetched(t *testing.T, wf *webFetch) {
	t.Helper()
	select {
	case <-wf.done:
	case <-time.After(20 * time.Second):
		t.Fatalf("fetching %s did not end", wf.Address)
	}
}

// waitOpened waits until the window has shown path (it is then the newest recent
// file; preferences are read under their own lock, so this is safe to poll).
func waitOpened(t *testing.T, at *Atlas, path string) {
	t.Helper()
	for end := time.Now().Add(20 * time.Second); time.Now().Before(end); time.Sleep(10 * time.Millisecond) {
		if r := at.App.Preferences().StringList(prefRecent); len(r) > 0 && r[0] == path {
			return
		}
	}
	t.Fatalf("%s was not opened", path)
}

// TestOpenWebAddressFetchesSavesAndOpens: Ctrl+L, an address and Return fetch the page
// into the library and open it; nothing the page refers to is requested.
func TestOpenWebAddressFetchesSavesAndOpens(t *testing.T) {
	at, lib := libraryAtlas(t)
	s := feedtest.New(t)
	shortcut(t, at, ctrl(fyne.KeyL))
	if at.OpenWeb == nil {
		t.Fatal("Ctrl+L opened no dialog")
	}
	at.OpenWeb.Address.SetText(s.URL + "/news/bhutan")
	key(at, fyne.KeyReturn)
	wf := at.Fetching
	if wf == nil {
		t.Fatal("Return started no fetch")
	}
	waitFetched(t, wf)
	if filepath.Dir(wf.Path) != lib {
		t.Fatalf("saved at %q, want it in the library %s", wf.Path, lib)
	}
	waitOpened(t, at, wf.Path)
	if n := len(at.ds.Articles); n != 1 || at.ds.Articles[0].URL != s.URL+"/news/bhutan" {
		t.Fatalf("the window shows %d articles", n)
	}
	if len(at.ds.FactsFor("BT")) == 0 {
		t.Error("Bhutan's figure is not shown")
	}
	if got := s.Requested(); len(got) != 1 {
		t.Errorf("requests %v, want the page alone", got)
	}
	if dialogsOpen(at) != 0 {
		t.Errorf("dialogs left open: %v", overlayTexts(at))
	}
}

// TestOpenWebAddressErrorNamesAddress: a page that fails is reported in a dialog that
// names the address and the reason, and nothing is saved.
func TestOpenWebAddressErrorNamesAddress(t *testing.T) {
	at, lib := libraryAtlas(t)
	s := feedtest.New(t)
	at.FetchAddress(s.URL + "/missing")
	waitFetched(t, at.Fetching)
	shown := strings.Join(overlayTexts(at), " ")
	if !strings.Contains(shown, s.URL+"/missing") || !strings.Contains(shown, "404") {
		t.Errorf("the dialog says %q", shown)
	}
	if _, err := os.Stat(lib); err == nil {
		if entries, _ := os.ReadDir(lib); len(entries) > 0 {
			t.Errorf("%d files saved for a missing page", len(entries))
		}
	}
}

// TestOpenWebAddressRefusesOtherSchemes: a file: or ftp: address is refused at once,
// in words, with nothing started.
func TestOpenWebAddressRefusesOtherSchemes(t *testing.T) {
	at, _ := libraryAtlas(t)
	at.FetchAddress("file:///etc/passwd")
	if at.Fetching != nil {
		t.Fatal("a fetch started")
	}
	if shown := strings.Join(overlayTexts(at), " "); !strings.Contains(shown, "only http and https") {
		t.Errorf("the dialog says %q", shown)
	}
}

// TestOpenWebAddressCancel: Cancel in the progress dialog stops a fetch that is waiting
// for a slow server at once, saves nothing and says so in the status bar.
func TestOpenWebAddressCancel(t *testing.T) {
	at, lib := libraryAtlas(t)
	s := feedtest.New(t)
	at.FetchAddress(s.URL + "/news/slow")
	wf := at.Fetching
	if wf == nil || dialogsOpen(at) != 1 {
		t.Fatal("no progress dialog")
	}
	time.Sleep(50 * time.Millisecond)
	start := time.Now()
	wf.Cancel.Tapped(nil)
	waitFetched(t, wf)
	if took := time.Since(start); took > 5*time.Second {
		t.Errorf("cancelling took %s", took)
	}
	if dialogsOpen(at) != 0 {
		t.Errorf("dialogs open after Cancel: %v", overlayTexts(at))
	}
	if !strings.Contains(at.Status.Text, "cancelled") {
		t.Errorf("status %q", at.Status.Text)
	}
	if entries, _ := os.ReadDir(lib); len(entries) > 0 {
		t.Errorf("%d files saved after Cancel", len(entries))
	}
}

// TestOpenWebAddressTimeout: a server that never answers is given up at the limit.
func TestOpenWebAddressTimeout(t *testing.T) {
	defer func(o time.Duration) { webOptions.Timeout = o }(webOptions.Timeout)
	webOptions.Timeout = 200 * time.Millisecond
	at, _ := libraryAtlas(t)
	s := feedtest.New(t)
	at.FetchAddress(s.URL + "/news/slow")
	waitFetched(t, at.Fetching)
	if shown := strings.Join(overlayTexts(at), " "); !strings.Contains(shown, s.URL+"/news/slow: no answer within") {
		t.Errorf("the dialog says %q", shown)
	}
}

// TestDroppedAddressIsFetched: a link dropped on the window is fetched and opened.
func TestDroppedAddressIsFetched(t *testing.T) {
	at, _ := libraryAtlas(t)
	s := feedtest.New(t)
	u, err := storage.ParseURI(s.URL + "/news/bhutan")
	if err != nil {
		t.Fatal(err)
	}
	at.dropped(fyne.Position{}, []fyne.URI{u})
	wf := at.Fetching
	if wf == nil {
		t.Fatal("the dropped address was not fetched")
	}
	waitFetched(t, wf)
	waitOpened(t, at, wf.Path)
}

// TestOpenWebAddressOffersClipboard: an address on the clipboard is offered.
func TestOpenWebAddressOffersClipboard(t *testing.T) {
	at, _ := libraryAtlas(t)
	at.App.Clipboard().SetContent("https://example.com/news/bhutan")
	at.ShowOpenWebAddress()
	if got := at.OpenWeb.Address.Text; got != "https://example.com/news/bhutan" {
		t.Errorf("the address offered is %q", got)
	}
}

// paste presses Ctrl+V as the desktop driver does: a focused widget that takes
// shortcuts (a text field) gets it, else the window.
func paste(t *testing.T, at *Atlas) {
	t.Helper()
	s := &fyne.ShortcutPaste{Clipboard: at.App.Clipboard()}
	if f, ok := at.Win.Canvas().Focused().(fyne.Shortcutable); ok {
		f.TypedShortcut(s)
		return
	}
	shortcut(t, at, s)
}

// TestPasteAddressOnWindow: Ctrl+V with no text field focused and an address on the
// clipboard fetches it with the progress dialog, keeps it in the library and opens it,
// as File → Open Web Address does.
func TestPasteAddressOnWindow(t *testing.T) {
	at, lib := libraryAtlas(t)
	s := feedtest.New(t)
	at.App.Clipboard().SetContent("  " + s.URL + "/news/bhutan\n")
	at.Win.Canvas().Unfocus()
	paste(t, at)
	wf := at.Fetching // set before the fetch's goroutine starts
	if wf == nil || wf.Cancel == nil {
		t.Fatal("Ctrl+V on the window started no fetch with a progress dialog")
	}
	waitFetched(t, wf)
	if filepath.Dir(wf.Path) != lib {
		t.Fatalf("saved at %q, want it in the library %s", wf.Path, lib)
	}
	waitOpened(t, at, wf.Path)
	if len(at.ds.FactsFor("BT")) == 0 {
		t.Error("Bhutan's figure is not shown")
	}
	if got := s.Requested(); len(got) != 1 {
		t.Errorf("requests %v, want the page alone", got)
	}
}

// TestPasteInTextFieldIsPlainPaste: with the filter focused, Ctrl+V pastes the address
// into it and fetches nothing.
func TestPasteInTextFieldIsPlainPaste(t *testing.T) {
	at, _ := libraryAtlas(t)
	at.App.Clipboard().SetContent("https://example.com/news/bhutan")
	at.FocusFilter()
	paste(t, at)
	if at.Fetching != nil || dialogsOpen(at) != 0 {
		t.Fatal("Ctrl+V in the filter started a fetch")
	}
	if got := at.Countries.Filter.Text; got != "https://example.com/news/bhutan" {
		t.Errorf("the filter holds %q", got)
	}
}

// TestPasteOnWindowWithoutAddress: text that is not an address is not fetched, and the
// status bar says what Ctrl+V does and where text goes; under a dialog nothing happens.
func TestPasteOnWindowWithoutAddress(t *testing.T) {
	at, _ := libraryAtlas(t)
	for _, clip := range []string{"Bhutan holds 13,000 BTC.", "file:///etc/passwd", "https://example.com/a https://example.com/b"} {
		at.App.Clipboard().SetContent(clip)
		paste(t, at)
		if at.Fetching != nil || dialogsOpen(at) != 0 {
			t.Fatalf("%q: a fetch started", clip)
		}
		if !strings.Contains(at.Status.Text, "Paste as Article") {
			t.Errorf("%q: status %q", clip, at.Status.Text)
		}
	}
	at.App.Clipboard().SetContent("https://example.com/news/bhutan")
	at.ShowAbout()
	at.Win.Canvas().Unfocus()
	paste(t, at)
	if at.Fetching != nil {
		t.Error("Ctrl+V under the About dialog started a fetch")
	}
}
