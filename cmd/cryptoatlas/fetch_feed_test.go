package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"cryptoatlas/data"
	"cryptoatlas/data/fetch"
	"cryptoatlas/data/fetch/feedtest"
)

// TestFetchCommandFeed: `cryptoatlas fetch FEED_URL` saves the feed's articles, prints
// each path, reports an item that fails by its own address with exit 1 while the
// others are saved, and asks for nothing but the feed and its items' pages.
func TestFetchCommandFeed(t *testing.T) {
	s := feedtest.New(t)
	dir := t.TempDir()
	out, errs, code := runCLI("fetch", "-o", dir, s.URL+"/rss.xml")
	if code != 1 {
		t.Errorf("exit %d, want 1 for the missing item", code)
	}
	if paths := strings.Fields(out); len(paths) != 3 {
		t.Errorf("printed %q, want three paths", out)
	}
	if want := "cryptoatlas: " + s.URL + "/news/gone: the server answered 404"; !strings.Contains(errs, want) {
		t.Errorf("stderr %q lacks %q", errs, want)
	}
	for p, n := range s.Requested() {
		if n != 1 || (p != "/rss.xml" && !strings.HasPrefix(p, "/news/") && p != "/go/salvador") {
			t.Errorf("%s requested %d times", p, n)
		}
	}
	js, _, _ := runCLI("extract", dir)
	for _, want := range []string{`"country": "Bhutan"`, `"country": "Pakistan"`, `"country": "El Salvador"`} {
		if !strings.Contains(js, want) {
			t.Errorf("extract of the feed's records lacks %s", want)
		}
	}
}

// TestFetchCommandFeedSkipsAndCaps: with the library, an Atom feed's items already
// there are not fetched again and said so; a feed of 500 items saves 100 and says so.
func TestFetchCommandFeedSkipsAndCaps(t *testing.T) {
	s := feedtest.New(t)
	lib := filepath.Join(t.TempDir(), "library")
	t.Setenv(data.LibraryEnv, lib)
	if out, errs, code := runCLI("fetch", s.URL+"/news/bhutan"); code != 0 {
		t.Fatalf("exit %d: %s %s", code, out, errs)
	}
	out, errs, code := runCLI("fetch", s.URL+"/atom.xml")
	if code != 0 || len(strings.Fields(out)) != 1 {
		t.Errorf("exit %d, printed %q", code, out)
	}
	if want := s.URL + "/atom.xml: 1 of its articles already in the library"; !strings.Contains(errs, want) {
		t.Errorf("stderr %q lacks %q", errs, want)
	}
	if n := s.Requested()["/news/bhutan"]; n != 1 {
		t.Errorf("/news/bhutan fetched %d times", n)
	}
	out, errs, code = runCLI("fetch", s.URL+"/big.xml")
	if code != 0 || len(strings.Fields(out)) != fetch.MaxFeedItems {
		t.Errorf("exit %d, %d paths printed", code, len(strings.Fields(out)))
	}
	if want := fmt.Sprintf("the feed lists %d articles, only its first %d are fetched", feedtest.BigItems, fetch.MaxFeedItems); !strings.Contains(errs, want) {
		t.Errorf("stderr %q lacks %q", errs, want)
	}
}

// TestFetchCommandRefreshesFeeds: a feed fetched once is remembered in the library's
// feeds.opml; `fetch --feeds` fetches its new articles only, with none there it says
// so and exits 0, and a usage error names --feeds when nothing is given.
func TestFetchCommandRefreshesFeeds(t *testing.T) {
	s := feedtest.New(t)
	lib := filepath.Join(t.TempDir(), "library")
	t.Setenv(data.LibraryEnv, lib)
	out, errs, code := runCLI("fetch", "--feeds")
	if code != 0 || out != "" || !strings.Contains(errs, filepath.Join(lib, data.FeedsFile)+": no feeds yet") {
		t.Errorf("no feeds: exit %d, %q, %q", code, out, errs)
	}
	if _, errs, code := runCLI("fetch"); code != 2 || !strings.Contains(errs, "--feeds") {
		t.Errorf("nothing given: exit %d, %q", code, errs)
	}
	if out, errs, code := runCLI("fetch", s.URL+"/atom.xml"); code != 0 || len(strings.Fields(out)) != 2 {
		t.Fatalf("exit %d: %s %s", code, out, errs)
	}
	if got, err := (data.Library{Dir: lib}).Feeds(); err != nil || len(got) != 1 || got[0] != s.URL+"/atom.xml" {
		t.Errorf("feeds remembered: %v, %v", got, err)
	}
	out, errs, code = runCLI("fetch", "--feeds")
	if code != 0 || out != "" || !strings.Contains(errs, s.URL+"/atom.xml: 2 of its articles already in the library") {
		t.Errorf("--feeds: exit %d, printed %q, %q", code, out, errs)
	}
	if got := s.Requested(); got["/atom.xml"] != 2 || got["/news/bhutan"] != 1 {
		t.Errorf("requests %v", got)
	}
	dir := t.TempDir() // -o DIR keeps its own feeds
	if out, _, code := runCLI("fetch", "-o", dir, "--feeds", s.URL+"/rss.xml"); code != 1 || len(strings.Fields(out)) != 3 {
		t.Errorf("-o DIR --feeds URL: exit %d, printed %q", code, out)
	}
	if got, _ := (data.Library{Dir: dir}).Feeds(); len(got) != 1 || got[0] != s.URL+"/rss.xml" {
		t.Errorf("feeds remembered in DIR: %v", got)
	}
}
