package fetch

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"strings"

	"github.com/mmcdole/gofeed"

	"cryptoatlas/data"
)

// MaxFeedItems is the most items of one feed fetched at a time; a feed lists its
// newest first, and the rest are left, said so, for a later refresh to reach.
const MaxFeedItems = 100

// ErrFeed marks the error of Save given a feed's address: the feed is read with
// ReadFeed and SaveFeed instead.
var ErrFeed = errors.New("a feed, not an article page")

// feedOrPage checks a fetched body against the format its type gave: a page or text
// that is in fact an RSS or Atom feed is read as a feed; a body served as XML that is
// no feed is refused.
func feedOrPage(format, media string, body []byte) (string, error) {
	kind := gofeed.DetectFeedType(bytes.NewReader(body))
	switch {
	case kind == gofeed.FeedTypeRSS || kind == gofeed.FeedTypeAtom:
		return "feed", nil
	case format != "feed":
		return format, nil
	case kind == gofeed.FeedTypeJSON && media == "application/feed+json":
		return "feed", nil
	}
	return "", fmt.Errorf("%s that is neither an RSS nor an Atom feed, nor a web page", media)
}

// Feed is a feed's list of articles.
type Feed struct {
	Address string   // the feed's address
	Title   string   // the feed's title, when it has one
	Links   []string // its items' pages, in the feed's order, at most MaxFeedItems
	Listed  int      // how many items with an address the feed lists
}

// Capped says whether the feed lists more items than are fetched.
func (f *Feed) Capped() bool { return f.Listed > len(f.Links) }

// ReadFeed reads the items of a fetched feed (p.Format "feed"): each item's address,
// relative ones against the feed's, each once. Nothing is fetched here.
func ReadFeed(p *Page) (*Feed, error) {
	parsed, err := gofeed.NewParser().Parse(bytes.NewReader(p.Body))
	if err != nil {
		return nil, &Error{Address: p.Address, Reason: "not a feed that can be read: " + err.Error(), Err: err}
	}
	base, _ := url.Parse(p.URL)
	f := &Feed{Address: p.Address, Title: strings.TrimSpace(parsed.Title)}
	seen := map[string]bool{}
	for _, it := range parsed.Items {
		link := itemLink(it)
		if link == "" {
			continue
		}
		if u, err := url.Parse(link); err == nil && base != nil {
			link = base.ResolveReference(u).String()
		}
		if seen[link] {
			continue
		}
		seen[link] = true
		f.Listed++
		if len(f.Links) < MaxFeedItems {
			f.Links = append(f.Links, link)
		}
	}
	if f.Listed == 0 {
		return nil, &Error{Address: p.Address, Reason: "the feed lists no article addresses"}
	}
	return f, nil
}

// itemLink is the address of an item's page: its link, else its first listed link.
func itemLink(it *gofeed.Item) string {
	if s := strings.TrimSpace(it.Link); s != "" {
		return s
	}
	for _, l := range it.Links {
		if s := strings.TrimSpace(l); s != "" {
			return s
		}
	}
	return ""
}

// FeedResult is what fetching a feed's items did.
type FeedResult struct {
	Feed      *Feed
	Saved     []string // the records saved, one per item fetched
	Skipped   []string // the items' addresses already in the library, not fetched again
	Failed    []error  // an *Error for each item that could not be fetched or read
	Cancelled bool     // the context ended before every item was looked at
}

// Summary says in a line what came of the feed, for the status bar and the command line.
func (r FeedResult) Summary() string {
	name := r.Feed.Address
	if r.Feed.Title != "" {
		name = r.Feed.Title
	}
	s := fmt.Sprintf("%s: %d new %s, %d already in the library", name, len(r.Saved), plural(len(r.Saved), "article", "articles"), len(r.Skipped))
	if len(r.Failed) > 0 {
		s += fmt.Sprintf(", %d could not be fetched", len(r.Failed))
	}
	if r.Feed.Capped() {
		s += "; " + r.Feed.CapNote()
	}
	if r.Cancelled {
		s += "; cancelled"
	}
	return s
}

// CapNote says that the feed lists more items than are fetched.
func (f *Feed) CapNote() string {
	return fmt.Sprintf("the feed lists %d articles, only its first %d are fetched", f.Listed, len(f.Links))
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// SaveFeed fetches the pages of f's items into lib, each with the rules of Get, one
// after another, skipping those whose record is already there. A record keeps the
// address the feed gives (not where it redirected), so a refresh knows it. progress,
// when not nil, is told after each item. An item that fails is reported and the others
// still saved.
func SaveFeed(ctx context.Context, lib data.Library, f *Feed, o Options, progress func(done, total int)) FeedResult {
	r := FeedResult{Feed: f}
	for i, link := range f.Links {
		if ctx.Err() != nil {
			r.Cancelled = true
			break
		}
		if _, err := os.Stat(lib.RecordPath(link)); err == nil {
			r.Skipped = append(r.Skipped, link)
		} else if path, err := saveItem(ctx, lib, link, o); err != nil {
			if ctx.Err() != nil {
				r.Cancelled = true
				break
			}
			r.Failed = append(r.Failed, err)
		} else {
			r.Saved = append(r.Saved, path)
		}
		if progress != nil {
			progress(i+1, len(f.Links))
		}
	}
	return r
}

// saveItem fetches one item's page and keeps its article under the feed's address of it.
func saveItem(ctx context.Context, lib data.Library, link string, o Options) (string, error) {
	p, err := Get(ctx, link, o)
	if err != nil {
		return "", err
	}
	return savePage(lib, p, link)
}
