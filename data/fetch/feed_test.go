package fetch

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"cryptoatlas/data"
	"cryptoatlas/data/fetch/feedtest"
)

// getFeed fetches and reads the feed at path on s.
func getFeed(t *testing.T, s *feedtest.Server, path string) *Feed {
	t.Helper()
	p, err := Get(context.Background(), s.URL+path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if p.Format != "feed" {
		t.Fatalf("%s read as %q, not as a feed", path, p.Format)
	}
	f, err := ReadFeed(p)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// TestFeedRSSItemsSaved: an RSS feed's item pages are saved, one through a redirect;
// an item whose page is missing is reported by its address and the others still saved;
// nothing but the feed and its items' pages is requested.
func TestFeedRSSItemsSaved(t *testing.T) {
	s := feedtest.New(t)
	lib := data.Library{Dir: t.TempDir()}
	f := getFeed(t, s, "/rss.xml")
	if f.Title != "Policy wire" || len(f.Links) != 4 || f.Capped() {
		t.Fatalf("feed %q with %d links", f.Title, len(f.Links))
	}
	var steps []int
	r := SaveFeed(context.Background(), lib, f, Options{}, func(done, total int) { steps = append(steps, done*10+total) })
	if len(r.Saved) != 3 || len(r.Failed) != 1 || r.Cancelled {
		t.Fatalf("saved %v, failed %v", r.Saved, r.Failed)
	}
	var fe *Error
	if !errors.As(r.Failed[0], &fe) || fe.Address != s.URL+"/news/gone" || !strings.Contains(fe.Reason, "404") {
		t.Errorf("the failure says %v", r.Failed[0])
	}
	if len(steps) != 4 || steps[3] != 44 {
		t.Errorf("progress %v", steps)
	}
	// The redirected item is kept under the feed's address of it.
	salvador := lib.RecordPath(s.URL + "/go/salvador")
	a, err := data.ReadFile(salvador)
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "El Salvador keeps buying" {
		t.Errorf("the redirected item reads %q", a.Title)
	}
	want := map[string]int{"/rss.xml": 1, "/news/bhutan": 1, "/news/pakistan": 1, "/go/salvador": 1, "/news/salvador": 1, "/news/gone": 1}
	if got := s.Requested(); !sameCounts(got, want) {
		t.Errorf("requests %v, want %v", got, want)
	}
	if !strings.Contains(r.Summary(), "Policy wire: 3 new articles, 0 already in the library, 1 could not be fetched") {
		t.Errorf("summary %q", r.Summary())
	}
}

// TestFeedAtomRelativeLinks: an Atom feed's relative links are read against its address.
func TestFeedAtomRelativeLinks(t *testing.T) {
	s := feedtest.New(t)
	f := getFeed(t, s, "/atom.xml")
	if len(f.Links) != 2 || f.Links[0] != s.URL+"/news/bhutan" {
		t.Fatalf("links %v", f.Links)
	}
	r := SaveFeed(context.Background(), data.Library{Dir: t.TempDir()}, f, Options{}, nil)
	if len(r.Saved) != 2 || len(r.Failed) != 0 {
		t.Errorf("saved %v, failed %v", r.Saved, r.Failed)
	}
}

// TestFeedSkipsItemsInLibrary: items whose record is already in the library are not
// fetched again.
func TestFeedSkipsItemsInLibrary(t *testing.T) {
	s := feedtest.New(t)
	lib := data.Library{Dir: t.TempDir()}
	if _, err := Save(context.Background(), lib, s.URL+"/news/bhutan", Options{}); err != nil {
		t.Fatal(err)
	}
	f := getFeed(t, s, "/atom.xml")
	r := SaveFeed(context.Background(), lib, f, Options{}, nil)
	if len(r.Saved) != 1 || len(r.Skipped) != 1 || r.Skipped[0] != s.URL+"/news/bhutan" {
		t.Fatalf("saved %v, skipped %v", r.Saved, r.Skipped)
	}
	r = SaveFeed(context.Background(), lib, f, Options{}, nil)
	if len(r.Saved) != 0 || len(r.Skipped) != 2 {
		t.Errorf("again: saved %v, skipped %v", r.Saved, r.Skipped)
	}
	if got := s.Requested(); got["/news/bhutan"] != 1 || got["/news/salvador"] != 1 {
		t.Errorf("requests %v: an item in the library was fetched again", got)
	}
}

// TestFeedCapsItems: of a feed with 500 items the first MaxFeedItems are fetched, and
// the summary says so.
func TestFeedCapsItems(t *testing.T) {
	s := feedtest.New(t)
	f := getFeed(t, s, "/big.xml")
	if f.Listed != feedtest.BigItems || len(f.Links) != MaxFeedItems || !f.Capped() {
		t.Fatalf("listed %d, kept %d", f.Listed, len(f.Links))
	}
	lib := data.Library{Dir: t.TempDir()}
	r := SaveFeed(context.Background(), lib, f, Options{}, nil)
	if len(r.Saved) != MaxFeedItems {
		t.Errorf("saved %d", len(r.Saved))
	}
	if !strings.Contains(r.Summary(), "the feed lists 500 articles, only its first 100 are fetched") {
		t.Errorf("summary %q", r.Summary())
	}
	if got := s.Requested(); len(got) != MaxFeedItems+1 || got["/item/101"] != 0 {
		t.Errorf("%d paths requested", len(got))
	}
	records, _ := filepath.Glob(filepath.Join(lib.Dir, "*.json"))
	if len(records) != MaxFeedItems {
		t.Errorf("%d records", len(records))
	}
}

// TestFeedCancel: cancelling stops at the item being fetched and saves nothing more.
func TestFeedCancel(t *testing.T) {
	s := feedtest.New(t)
	f := getFeed(t, s, "/slow.xml")
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan FeedResult)
	lib := data.Library{Dir: t.TempDir()}
	go func() { done <- SaveFeed(ctx, lib, f, Options{}, nil) }()
	cancel()
	if r := <-done; !r.Cancelled || len(r.Saved) != 0 || len(r.Failed) != 0 {
		t.Errorf("cancelled %v, saved %v, failed %v", r.Cancelled, r.Saved, r.Failed)
	}
	if entries, _ := os.ReadDir(lib.Dir); len(entries) != 0 {
		t.Errorf("%d files saved", len(entries))
	}
}

// TestSaveRefusesFeed: Save, for one article page, says a feed is a feed.
func TestSaveRefusesFeed(t *testing.T) {
	s := feedtest.New(t)
	_, err := Save(context.Background(), data.Library{Dir: t.TempDir()}, s.URL+"/rss.xml", Options{})
	if !errors.Is(err, ErrFeed) || !strings.Contains(err.Error(), "add it as a feed") {
		t.Errorf("Save of a feed: %v", err)
	}
}

func sameCounts(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}
