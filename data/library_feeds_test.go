package data

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLibraryFeeds: feeds remembered in a library read back in order, each once, from
// an OPML file a feed reader can import; a folder load and HasArticles pass it over.
func TestLibraryFeeds(t *testing.T) {
	lib := Library{Dir: filepath.Join(t.TempDir(), "library")}
	if got, err := lib.Feeds(); err != nil || len(got) != 0 {
		t.Fatalf("no list yet: %v, %v", got, err)
	}
	if err := lib.RememberFeeds("https://a.example/rss.xml", "https://b.example/atom.xml"); err != nil {
		t.Fatal(err)
	}
	if err := lib.RememberFeeds("https://b.example/atom.xml", "https://c.example/feed"); err != nil {
		t.Fatal(err)
	}
	got, err := lib.Feeds()
	if err != nil || strings.Join(got, " ") != "https://a.example/rss.xml https://b.example/atom.xml https://c.example/feed" {
		t.Errorf("feeds %v, %v", got, err)
	}
	b, _ := os.ReadFile(lib.FeedsPath())
	if !strings.Contains(string(b), `<opml version="2.0">`) || !strings.Contains(string(b), `xmlUrl="https://c.example/feed"`) {
		t.Errorf("the list reads\n%s", b)
	}
	if lib.HasArticles() {
		t.Error("the list of feeds counts as an article")
	}
	if ds, errs, err := Load(t.Context(), []string{lib.Dir}, nil); err != nil || len(errs) != 0 || len(ds.Articles) != 0 {
		t.Errorf("loading the folder: %v, %v", errs, err)
	}
}

// TestLibraryFeedsFromFeedReader: an OPML list exported by a feed reader, feeds in
// folders, is read; one that is not OPML is named.
func TestLibraryFeedsFromFeedReader(t *testing.T) {
	lib := Library{Dir: t.TempDir()}
	export := `<?xml version="1.0"?><opml version="1.0"><head><title>Reader</title></head><body>
<outline text="Crypto policy"><outline type="rss" text="News" xmlUrl="https://news.example/rss"/></outline>
<outline type="rss" text="IMF" xmlUrl="https://imf.example/feed.xml"/></body></opml>`
	if err := os.WriteFile(lib.FeedsPath(), []byte(export), 0o644); err != nil {
		t.Fatal(err)
	}
	if got, err := lib.Feeds(); err != nil || strings.Join(got, " ") != "https://news.example/rss https://imf.example/feed.xml" {
		t.Errorf("feeds %v, %v", got, err)
	}
	if err := os.WriteFile(lib.FeedsPath(), []byte("https://news.example/rss\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := lib.Feeds(); err == nil || !strings.Contains(err.Error(), lib.FeedsPath()) {
		t.Errorf("a list that is not OPML: %v", err)
	}
}

// TestCarryFeeds: moving the library to another folder adds the old folder's feeds to the
// new folder's list after its own, removes nothing from either, and leaves a folder
// without feeds untouched.
func TestCarryFeeds(t *testing.T) {
	root := t.TempDir()
	old, moved := Library{Dir: filepath.Join(root, "old")}, Library{Dir: filepath.Join(root, "new")}
	if err := old.RememberFeeds("https://a.example/rss.xml", "https://b.example/atom.xml"); err != nil {
		t.Fatal(err)
	}
	if err := moved.RememberFeeds("https://b.example/atom.xml", "https://c.example/feed"); err != nil {
		t.Fatal(err)
	}
	n, err := CarryFeeds(old.Dir, moved.Dir)
	if err != nil || n != 1 {
		t.Fatalf("carried %d, %v; want 1", n, err)
	}
	if got, _ := moved.Feeds(); strings.Join(got, " ") != "https://b.example/atom.xml https://c.example/feed https://a.example/rss.xml" {
		t.Errorf("the new folder's feeds: %v", got)
	}
	if got, _ := old.Feeds(); len(got) != 2 {
		t.Errorf("the old folder's feeds: %v", got)
	}
	empty := filepath.Join(root, "empty")
	if n, err := CarryFeeds(empty, filepath.Join(root, "other")); err != nil || n != 0 {
		t.Errorf("from a folder without feeds: %d, %v", n, err)
	}
	if _, err := os.Stat(filepath.Join(root, "other", FeedsFile)); !os.IsNotExist(err) {
		t.Errorf("a list was written where there was none to carry: %v", err)
	}
}
