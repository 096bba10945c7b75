package fetch

import (
	"context"
	"fmt"

	"cryptoatlas/data"
)

// Read reads the article of a fetched page, its main text found by data.Parse.
func Read(p *Page) (*data.Article, error) {
	a, err := data.Parse("page."+p.Format, "", p.Body)
	if err != nil {
		return nil, &Error{Address: p.Address, Reason: "no article in the page: " + err.Error(), Err: err}
	}
	return a, nil
}

// Save fetches the page at address, reads its article and keeps it in lib: the record
// (with url and fetched) and the page beside it. It returns the record's path. Adding an
// address again replaces its record and keeps the user's edits of it.
func Save(ctx context.Context, lib data.Library, address string, o Options) (string, error) {
	p, err := Get(ctx, address, o)
	if err != nil {
		return "", err
	}
	return SavePage(lib, p)
}

// SavePage keeps the article of a page already fetched in lib, as Save does.
func SavePage(lib data.Library, p *Page) (string, error) { return savePage(lib, p, p.URL) }

// savePage reads the article of a fetched page and keeps it in lib as the record of
// address. A feed is refused with ErrFeed: its items are the articles.
func savePage(lib data.Library, p *Page, address string) (string, error) {
	if p.Format == "feed" {
		return "", &Error{Address: p.Address, Reason: "this is a feed, not an article page; add it as a feed", Err: ErrFeed}
	}
	a, err := Read(p)
	if err != nil {
		return "", err
	}
	path, err := lib.Save(data.NewRecord(a, address, p.Fetched), p.Body, "."+p.Format)
	if err != nil {
		return "", &Error{Address: p.Address, Reason: fmt.Sprintf("not saved in the library: %v", err), Err: err}
	}
	return path, nil
}
