package ui

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"cryptoatlas/data"
	"cryptoatlas/data/fetch"
)

// prefFeeds is where the window remembered the feeds added before the library kept
// them (data.FeedsFile); Feeds moves them there.
const prefFeeds = "feeds"

// feedFetch is feeds being fetched into the library, with their progress dialog.
type feedFetch struct {
	Addresses []string
	Cancel    *dialogButton // closes the progress dialog and stops the fetch
	Results   []fetch.FeedResult
	Errs      []error // the feeds that could not be read
	Summary   string  // what came of it, as the status bar and the closing dialog say
	done      chan struct{}
	closed    bool
}

// ShowAddFeed asks for a feed's address (one on the clipboard is offered) and fetches
// its articles into the library; the feed is remembered in the library for File →
// Refresh Feeds and the command line's fetch --feeds.
func (at *Atlas) ShowAddFeed() {
	f := &webAddressForm{Address: at.newDialogEntry()}
	f.Address.SetPlaceHolder("https://…/feed.xml")
	f.Address.SetText(at.clipboardAddress())
	note := widget.NewLabel(fmt.Sprintf("An RSS or Atom feed. The pages of its articles not yet in your library "+
		"are fetched (at most %d a feed), kept there and opened. File → Refresh Feeds fetches its new ones later.", fetch.MaxFeedItems))
	note.Wrapping = fyne.TextWrapWord
	d, ok := at.newConfirm("Add feed", "Add", "Cancel", container.NewVBox(f.Address, note), func() {
		at.FetchFeeds([]string{f.Address.Text})
	})
	d.SetOnClosed(func() {
		if at.AddFeed == f {
			at.AddFeed = nil
		}
	})
	d.Resize(fyne.NewSize(520, 0))
	at.AddFeed = f
	at.showDialog(d, ok, nil)
	at.Win.Canvas().Focus(f.Address)
}

// Feeds returns the feeds remembered in the library, oldest first, as the command
// line's fetch --feeds sees them. Feeds the window kept in its preferences before are
// moved to the library first.
func (at *Atlas) Feeds() ([]string, error) {
	lib, err := data.OpenLibrary()
	if err != nil {
		return nil, err
	}
	if old := at.App.Preferences().StringList(prefFeeds); len(old) > 0 {
		if err := lib.RememberFeeds(old...); err != nil {
			return nil, err
		}
		at.App.Preferences().RemoveValue(prefFeeds)
	}
	return lib.Feeds()
}

// RefreshFeeds fetches the new articles of every feed remembered in the library.
func (at *Atlas) RefreshFeeds() {
	feeds, err := at.Feeds()
	if err != nil {
		at.showError(fmt.Errorf("the library's feeds could not be read: %w", err))
		return
	}
	if len(feeds) == 0 {
		at.Status.SetText("No feeds yet: add one with File → Add Feed…")
		return
	}
	at.FetchFeeds(feeds)
}

// FetchFeeds fetches each feed and its articles' pages off the UI goroutine, with a
// progress dialog whose Cancel stops it, keeps the articles in the library and opens
// the library. A feed read is remembered; what could not be fetched, and a feed cut
// at fetch.MaxFeedItems, is said in a dialog.
func (at *Atlas) FetchFeeds(addresses []string) {
	for i, a := range addresses {
		u, err := fetch.ParseAddress(a)
		if err != nil {
			at.showFetchError(err)
			return
		}
		addresses[i] = u.String()
	}
	lib, err := data.OpenLibrary()
	if err != nil {
		at.showError(err)
		return
	}
	ctx, stop := context.WithCancel(context.Background())
	ff := &feedFetch{Addresses: addresses, done: make(chan struct{})}
	label := widget.NewLabel("Reading " + addresses[0] + " …")
	label.Truncation = fyne.TextTruncateEllipsis
	bar := widget.NewProgressBar()
	d := dialog.NewCustomWithoutButtons("Feeds", container.NewVBox(label, bar), at.Win)
	ff.Cancel = at.newDialogButton("Cancel", theme.CancelIcon(), d.Hide)
	d.SetButtons([]fyne.CanvasObject{ff.Cancel})
	d.SetOnClosed(func() {
		ff.closed = true
		stop()
	})
	d.Resize(fyne.NewSize(480, 0))
	at.Feeding = ff
	at.showDialog(d, nil, nil)
	at.Status.SetText("Fetching feeds …")

	go func() {
		var (
			results []fetch.FeedResult
			errs    []error
		)
		for _, address := range addresses {
			if ctx.Err() != nil {
				break
			}
			fyne.Do(func() { label.SetText("Reading " + address + " …"); bar.SetValue(0) })
			f, err := readFeed(ctx, address)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			results = append(results, fetch.SaveFeed(ctx, lib, f, webOptions, func(done, total int) {
				fyne.Do(func() {
					label.SetText(fmt.Sprintf("%s: %d of %d articles", address, done, total))
					bar.SetValue(float64(done) / float64(total))
				})
			}))
		}
		fyne.Do(func() {
			defer close(ff.done)
			at.feedsFetched(ff, d, lib, results, errs, ctx.Err() != nil)
		})
	}()
}

// readFeed fetches and reads the feed at address; a web page is refused in words.
func readFeed(ctx context.Context, address string) (*fetch.Feed, error) {
	p, err := fetch.Get(ctx, address, webOptions)
	if err != nil {
		return nil, err
	}
	if p.Format != "feed" {
		return nil, &fetch.Error{Address: p.Address, Reason: "a web page, not an RSS or Atom feed; open it with File → Open Web Address"}
	}
	return fetch.ReadFeed(p)
}

// feedsFetched shows how fetching feeds ended: the feeds read are remembered, the
// library opened when articles were added, and the summary shown.
func (at *Atlas) feedsFetched(ff *feedFetch, d dialog.Dialog, lib data.Library, results []fetch.FeedResult, errs []error, cancelled bool) {
	if !ff.closed {
		d.Hide()
	}
	ff.Results, ff.Errs = results, errs
	var lines, problems, read []string
	saved := 0
	for _, r := range results {
		read = append(read, r.Feed.Address)
		saved += len(r.Saved)
		lines = append(lines, r.Summary())
		for _, err := range r.Failed {
			problems = append(problems, "could not fetch "+err.Error())
		}
		if r.Feed.Capped() {
			problems = append(problems, r.Feed.Address+": "+r.Feed.CapNote()+"; the rest on a later refresh")
		}
	}
	for _, err := range errs {
		if !errors.Is(err, context.Canceled) {
			problems = append(problems, "could not read the feed "+err.Error())
		}
	}
	if err := lib.RememberFeeds(read...); err != nil {
		problems = append(problems, "the feeds read could not be remembered for Refresh Feeds: "+err.Error())
	}
	if cancelled {
		lines = append(lines, "fetching feeds cancelled")
	}
	ff.Summary = strings.Join(lines, " · ")
	at.updateStatus()
	at.Status.SetText(ff.Summary)
	if len(problems) > 0 {
		at.showFeedProblems(append(lines, problems...))
	}
	if saved > 0 { // last: the load goes on on other goroutines
		at.Open([]string{lib.Dir})
	}
}

// showFeedProblems lists what came of the feeds, failures included.
func (at *Atlas) showFeedProblems(lines []string) {
	const most = 12
	if len(lines) > most {
		lines = append(lines[:most:most], fmt.Sprintf("and %d more", len(lines)-most))
	}
	text := widget.NewLabel(strings.Join(lines, "\n"))
	text.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom("Feeds", "Close", container.NewVScroll(text), at.Win)
	d.Resize(fyne.NewSize(560, 320))
	at.showClose(d)
}
