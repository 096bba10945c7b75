package ui

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"cryptoatlas/data"
	"cryptoatlas/data/fetch/feedtest"
)

// waitFeeds waits for the window to show how fetching feeds ended.
func waitFeeds(t *testing.T, ff *feedFetch) {
	t.Helper()
	if ff == nil {
		t.Fatal("no feeds are being fetched")
	}
	select {
	case <-ff.done:
	case <-time.After(30 * time.Second):
		t.Fatalf("fetching %v did not end", ff.Addresses)
	}
}

// TestAddFeedSavesRemembersAndOpens: File → Add Feed… with an RSS feed's address
// saves its articles (one through a redirect), names the one that is missing, opens
// the library, remembers the feed, and asks for nothing but the feed and its pages.
func TestAddFeedSavesRemembersAndOpens(t *testing.T) {
	at, lib := libraryAtlas(t)
	s := feedtest.New(t)
	at.ShowAddFeed()
	at.AddFeed.Address.SetText(s.URL + "/rss.xml")
	key(at, fyne.KeyReturn)
	ff := at.Feeding
	waitFeeds(t, ff)
	if len(ff.Results) != 1 || len(ff.Results[0].Saved) != 3 || len(ff.Results[0].Failed) != 1 {
		t.Fatalf("results %+v", ff.Results)
	}
	waitOpened(t, at, lib)
	if shown := strings.Join(overlayTexts(at), " "); !strings.Contains(shown, s.URL+"/news/gone") {
		t.Errorf("the dialog says %q", shown)
	}
	if got, err := at.Feeds(); err != nil || len(got) != 1 || got[0] != s.URL+"/rss.xml" {
		t.Errorf("feeds remembered: %v, %v", got, err)
	}
	if got, _ := (data.Library{Dir: lib}).Feeds(); len(got) != 1 {
		t.Errorf("the library's list of feeds holds %v", got)
	}
	for p, n := range s.Requested() {
		if n != 1 || (p != "/rss.xml" && !strings.HasPrefix(p, "/news/") && p != "/go/salvador") {
			t.Errorf("%s requested %d times", p, n)
		}
	}
}

// TestRefreshFeedsSkipsArticlesInLibrary: Refresh Feeds fetches each remembered feed
// again but not the articles already in the library.
func TestRefreshFeedsSkipsArticlesInLibrary(t *testing.T) {
	at, lib := libraryAtlas(t)
	s := feedtest.New(t)
	at.FetchFeeds([]string{s.URL + "/atom.xml"})
	waitFeeds(t, at.Feeding)
	waitOpened(t, at, lib)
	at.RefreshFeeds()
	ff := at.Feeding
	waitFeeds(t, ff)
	if len(ff.Results) != 1 || len(ff.Results[0].Saved) != 0 || len(ff.Results[0].Skipped) != 2 {
		t.Fatalf("results %+v", ff.Results)
	}
	if !strings.Contains(ff.Summary, "0 new articles, 2 already in the library") {
		t.Errorf("summary %q", ff.Summary)
	}
	if got := s.Requested(); got["/atom.xml"] != 2 || got["/news/bhutan"] != 1 {
		t.Errorf("requests %v", got)
	}
}

// TestAddFeedCapIsSaid: a feed of 500 items has its first 100 fetched, and the window
// says so.
func TestAddFeedCapIsSaid(t *testing.T) {
	at, lib := libraryAtlas(t)
	s := feedtest.New(t)
	at.FetchFeeds([]string{s.URL + "/big.xml"})
	waitFeeds(t, at.Feeding)
	waitOpened(t, at, lib)
	if n := len(at.Feeding.Results[0].Saved); n != 100 {
		t.Errorf("saved %d", n)
	}
	want := "the feed lists 500 articles, only its first 100 are fetched"
	if !strings.Contains(at.Feeding.Summary, want) || !strings.Contains(strings.Join(overlayTexts(at), " "), want) {
		t.Errorf("summary %q, dialog %q", at.Feeding.Summary, overlayTexts(at))
	}
}

// TestAddFeedCancel: Cancel stops a feed whose article never answers, at once.
func TestAddFeedCancel(t *testing.T) {
	at, _ := libraryAtlas(t)
	s := feedtest.New(t)
	at.FetchFeeds([]string{s.URL + "/slow.xml"})
	ff := at.Feeding
	for end := time.Now().Add(5 * time.Second); s.Requested()["/news/slow"] == 0 && time.Now().Before(end); {
		time.Sleep(10 * time.Millisecond)
	}
	start := time.Now()
	ff.Cancel.Tapped(nil)
	waitFeeds(t, ff)
	if took := time.Since(start); took > 5*time.Second {
		t.Errorf("cancelling took %s", took)
	}
	if !strings.Contains(ff.Summary, "cancelled") || dialogsOpen(at) != 0 {
		t.Errorf("summary %q, dialogs %v", ff.Summary, overlayTexts(at))
	}
}

// TestAddFeedRefusesWebPage: a web page given as a feed is refused in words.
func TestAddFeedRefusesWebPage(t *testing.T) {
	at, _ := libraryAtlas(t)
	s := feedtest.New(t)
	at.FetchFeeds([]string{s.URL + "/news/bhutan"})
	waitFeeds(t, at.Feeding)
	if shown := strings.Join(overlayTexts(at), " "); !strings.Contains(shown, "not an RSS or Atom feed") {
		t.Errorf("the dialog says %q", shown)
	}
	if got, _ := at.Feeds(); len(got) != 0 {
		t.Errorf("remembered %v", got)
	}
}

// TestFeedsMoveFromPreferences: feeds the window kept in its preferences before the
// library kept them are moved into the library's list, and refreshed from there.
func TestFeedsMoveFromPreferences(t *testing.T) {
	at, lib := libraryAtlas(t)
	s := feedtest.New(t)
	at.App.Preferences().SetStringList(prefFeeds, []string{s.URL + "/atom.xml"})
	at.RefreshFeeds()
	waitFeeds(t, at.Feeding)
	waitOpened(t, at, lib)
	if got, _ := (data.Library{Dir: lib}).Feeds(); len(got) != 1 || got[0] != s.URL+"/atom.xml" {
		t.Errorf("the library's list of feeds holds %v", got)
	}
	if old := at.App.Preferences().StringList(prefFeeds); len(old) != 0 {
		t.Errorf("the preference still holds %v", old)
	}
}
