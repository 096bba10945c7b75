package data

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// TestLibraryFolder: CRYPTOATLAS_LIBRARY overrides the library folder; otherwise it is
// in the platform's data folder.
func TestLibraryFolder(t *testing.T) {
	t.Setenv(LibraryEnv, "/tmp/my-library")
	if d, err := LibraryDir(); err != nil || d != "/tmp/my-library" {
		t.Errorf("with %s set: %q, %v", LibraryEnv, d, err)
	}
	if runtime.GOOS != "linux" {
		return
	}
	t.Setenv(LibraryEnv, "")
	t.Setenv("XDG_CONFIG_HOME", t.TempDir()) // no folder chosen in preferences
	t.Setenv("XDG_DATA_HOME", "/srv/data")
	if d, _ := LibraryDir(); d != "/srv/data/cryptoatlas/library" {
		t.Errorf("with XDG_DATA_HOME: %q", d)
	}
	t.Setenv("XDG_DATA_HOME", "")
	t.Setenv("HOME", "/home/ana")
	if d, _ := LibraryDir(); d != "/home/ana/.local/share/cryptoatlas/library" {
		t.Errorf("by default: %q", d)
	}
}

// TestLibraryRecordNames: one address, one readable name; different addresses never
// share one.
func TestLibraryRecordNames(t *testing.T) {
	lib := Library{Dir: "lib"}
	a := lib.RecordPath("https://News.example.com:443/2025/06/bhutan-btc?id=7#top")
	if a != lib.RecordPath("https://news.example.com/2025/06/bhutan-btc?id=7") {
		t.Error("the same address written two ways has two names")
	}
	if !strings.HasPrefix(filepath.Base(a), "news.example.com-2025-06-bhutan-btc-") {
		t.Errorf("name %q", a)
	}
	if a == lib.RecordPath("https://news.example.com/2025/06/bhutan-btc?id=8") {
		t.Error("two addresses share a name")
	}
}

// TestLibraryRecordReads: a saved record reads back with its url and fetched time, its
// structure kept; the page beside it is never loaded as an article.
func TestLibraryRecordReads(t *testing.T) {
	src := "<html><head><title>Bhutan</title></head><body><article><h1>Bhutan's reserve</h1>" +
		"<p>Bhutan holds about 13,000 BTC, the report said.</p><h2>Where it came from</h2>" +
		"<ul><li>Hydro power mining since 2019</li><li>Druk Holding runs it</li></ul></article></body></html>"
	a, err := Parse("page.html", "", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	when := time.Date(2025, 6, 12, 9, 30, 0, 0, time.UTC)
	lib := Library{Dir: t.TempDir()}
	path, err := lib.Save(NewRecord(a, "https://example.com/bhutan", when), []byte(src), ".html")
	if err != nil {
		t.Fatal(err)
	}
	got, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got.URL != "https://example.com/bhutan" || !got.Fetched.Equal(when) || got.Title != a.Title {
		t.Errorf("read back url %q fetched %v title %q", got.URL, got.Fetched, got.Title)
	}
	kinds := map[BlockKind]int{}
	for _, b := range got.Blocks {
		kinds[b.Kind]++
	}
	if kinds[Bullet] != 2 || kinds[Heading] < 1 {
		t.Errorf("blocks %v: the bullets and heading were lost", kinds)
	}
	if FormatOf(filepath.Base(path)) != "json" || FormatOf(strings.TrimSuffix(path, ".json")+PageSuffix+".html") != "" {
		t.Error("the kept page would load as an article")
	}
	if !lib.HasArticles() || (Library{Dir: t.TempDir()}).HasArticles() || (Library{Dir: filepath.Join(t.TempDir(), "none")}).HasArticles() {
		t.Error("HasArticles")
	}
}

// TestLibraryKeepsRecordFacts: facts a user wrote into a record survive the address
// being added again.
func TestLibraryKeepsRecordFacts(t *testing.T) {
	lib := Library{Dir: t.TempDir()}
	rec := Record{Title: "Bhutan", URL: "https://example.com/b", Text: "Bhutan holds 13,000 BTC."}
	path, err := lib.Save(rec, nil, "")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(path)
	facts := `[{"country": "Bhutan", "metric": "btc_holdings", "value": 13000, "unit": "BTC", "quote": "Bhutan holds 13,000 BTC."}]`
	b = bytes.Replace(b, []byte(`"text":`), []byte(`"facts": `+facts+`, "text":`), 1)
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := lib.Save(rec, nil, ""); err != nil {
		t.Fatal(err)
	}
	a, err := ReadFile(path)
	if err != nil || len(a.Curated) != 1 {
		t.Fatalf("after saving again: %v, %d curated facts", err, len(a.Curated))
	}
}

func TestRecordFetchedMustBeATime(t *testing.T) {
	_, err := Parse("r.json", "", []byte(`{"title": "t", "fetched": "yesterday", "text": "x"}`))
	if err == nil || !strings.Contains(err.Error(), "fetched") {
		t.Errorf("error %v", err)
	}
}
