package data

import (
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var pasteTime = time.Date(2025, 6, 3, 9, 0, 0, 0, time.UTC)

// TestPasteTextFirstLineIsTitle: pasted plain text becomes a library record whose
// title is its first line, with the outlet and address the user gave, and it reads
// back with its figure.
func TestPasteTextFirstLineIsTitle(t *testing.T) {
	lib := Library{Dir: t.TempDir()}
	p, err := ReadPaste("  Bhutan's hidden reserve \r\n\r\nBhutan's government holds about 13,000 BTC, the report said.\r\n", pasteTime)
	if err != nil {
		t.Fatal(err)
	}
	if p.Record.Title != "Bhutan's hidden reserve" {
		t.Errorf("title %q", p.Record.Title)
	}
	path, err := lib.SavePaste(p, "Druk News", "https://druk.example/bhutan")
	if err != nil {
		t.Fatal(err)
	}
	if path != lib.RecordPath("https://druk.example/bhutan") {
		t.Errorf("saved at %s, not where the address's record is kept", path)
	}
	a, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Bhutan's hidden reserve" || a.Source != "Druk News" || a.URL != "https://druk.example/bhutan" {
		t.Errorf("read back %q from %q at %q", a.Title, a.Source, a.URL)
	}
	if strings.Contains(a.Text, "hidden reserve") {
		t.Error("the title is repeated in the text")
	}
	ds := LoadArticles(a)
	if len(ds.FactsFor("BT")) == 0 {
		t.Error("the pasted figure is not found")
	}
}

// TestPasteWithoutAddress: with no address the record has a name of its own, and the
// same text pasted again replaces it rather than adding a second.
func TestPasteWithoutAddress(t *testing.T) {
	lib := Library{Dir: t.TempDir()}
	text := "Pakistan sets aside power\nIn May, Pakistan set aside 2,000 MW for bitcoin mining."
	p, _ := ReadPaste(text, pasteTime)
	a, err := lib.SavePaste(p, "", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(filepath.Base(a), "pasted-pakistan-sets-aside-power-") {
		t.Errorf("name %s", a)
	}
	p, _ = ReadPaste(text, pasteTime)
	if b, _ := lib.SavePaste(p, "", ""); b != a {
		t.Errorf("pasted again: %s, then %s", a, b)
	}
	p, _ = ReadPaste(text+" Twice.", pasteTime)
	if c, _ := lib.SavePaste(p, "", ""); c == a {
		t.Error("another text replaced the first")
	}
}

// TestPasteHTML: HTML on the clipboard is read as a page is: its title, its outlet
// from og:site_name, its text without the page's scripts.
func TestPasteHTML(t *testing.T) {
	html := `<html><head><title>Bhutan's reserve</title><meta property="og:site_name" content="Druk News">` +
		`<script>var x = 1;</script></head><body><article><h1>Bhutan's reserve</h1>` +
		`<p>Bhutan's government holds about 13,000 BTC, mined with hydro power, the report said.</p></article></body></html>`
	p, err := ReadPaste(html, pasteTime)
	if err != nil {
		t.Fatal(err)
	}
	if p.Record.Title != "Bhutan's reserve" || p.Record.Source != "Druk News" {
		t.Errorf("title %q, outlet %q", p.Record.Title, p.Record.Source)
	}
	if strings.Contains(p.Record.Text, "var x") || !strings.Contains(p.Record.Text, "13,000 BTC") {
		t.Errorf("text %q", p.Record.Text)
	}
	path, err := Library{Dir: t.TempDir()}.SavePaste(p, "", "")
	if err != nil {
		t.Fatal(err)
	}
	if a, err := ReadFile(path); err != nil || a.Source != "Druk News" {
		t.Errorf("read back: %v", err)
	}
}

// TestPasteRefused: nothing, one line, binary bytes or a bad address are refused in words.
func TestPasteRefused(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"  \n ", "no text"},
		{"https://example.com/news", "one line"},
		{"Title\nbody \x00 here", "binary"},
	} {
		if _, err := ReadPaste(c.text, pasteTime); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: %v, want %q", c.text, err, c.want)
		}
	}
	p, _ := ReadPaste("Title\nBody.", pasteTime)
	if _, err := (Library{Dir: t.TempDir()}).SavePaste(p, "", "ftp://example.com/x"); err == nil || !strings.Contains(err.Error(), "not a web address") {
		t.Errorf("ftp address: %v", err)
	}
}
