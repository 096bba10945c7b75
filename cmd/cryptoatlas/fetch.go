package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"cryptoatlas/data"
	"cryptoatlas/data/fetch"
)

// fetchOptions are the limits of `cryptoatlas fetch`: the defaults (15 s, 5 MB), which
// tests shorten.
var fetchOptions fetch.Options

func runFetch(args []string, stdout, stderr io.Writer) int {
	fs := flagSet("fetch",
		"  cryptoatlas fetch https://example.com/news/bhutan-btc    the page into the library; prints the record's path\n"+
			"  cryptoatlas fetch -o news/ URL1 URL2                    both pages into news/ instead\n"+
			"  cryptoatlas fetch https://example.com/news/feed.xml     an RSS or Atom feed: its articles' pages, those not yet\n"+
			"                                                          in the library, at most 100 a feed\n"+
			"  cryptoatlas fetch --feeds                               the new articles of every feed fetched before (here or in\n"+
			"                                                          the window's File → Add Feed), as Refresh Feeds does\n"+
			"  cryptoatlas extract $(cryptoatlas fetch URL)            fetch a page and print its figures\n", stdout, stderr)
	dir := fs.String("o", "", "save into `DIR` instead of the library ($"+data.LibraryEnv+", else the folder chosen in Preferences, else the platform's data folder)")
	feeds := fs.Bool("feeds", false, "also fetch the new articles of the feeds the library (or DIR) remembers in "+data.FeedsFile+
		": each feed fetched before, here or in the window")
	addresses, code, ok := parseFlags(fs, args, stderr)
	if !ok {
		return code
	}
	if len(addresses) == 0 && !*feeds {
		return usageError(stderr, "fetch", "no address given (or --feeds for the feeds fetched before)")
	}
	for _, a := range addresses { // every address is checked before any is fetched
		if _, err := fetch.ParseAddress(a); err != nil {
			return usageError(stderr, "fetch", "%v", err)
		}
	}
	lib := data.Library{Dir: *dir}
	if *dir == "" {
		var err error
		if lib, err = data.OpenLibrary(); err != nil {
			fmt.Fprintf(stderr, "cryptoatlas: %v\n", err)
			return exitFail
		}
	} else if info, err := os.Stat(*dir); err == nil && !info.IsDir() {
		fmt.Fprintf(stderr, "cryptoatlas: %s: not a folder\n", *dir)
		return exitFail
	}
	if *feeds {
		remembered, err := lib.Feeds()
		if err != nil {
			fmt.Fprintf(stderr, "cryptoatlas: %v\n", err)
			return exitFail
		}
		if len(remembered) == 0 {
			fmt.Fprintf(stderr, "cryptoatlas: %s: no feeds yet; fetch a feed's address once (or add one in the window) and --feeds refreshes it\n", lib.FeedsPath())
		}
		addresses = withoutRepeats(append(addresses, remembered...))
	}
	code = exitOK
	for _, a := range addresses {
		if !fetchOne(lib, a, stdout, stderr) {
			code = exitFail
		}
	}
	return code
}

// fetchOne saves the page at address, or the pages of its items when it is a feed,
// printing each saved record's path; it says whether all went well. Failures are
// printed as "cryptoatlas: URL: reason", an item's under its own address.
func fetchOne(lib data.Library, address string, stdout, stderr io.Writer) bool {
	ctx := context.Background()
	fail := func(err error) bool {
		fmt.Fprintf(stderr, "cryptoatlas: %v\n", err) // "URL: reason"
		return false
	}
	p, err := fetch.Get(ctx, address, fetchOptions)
	if err != nil {
		return fail(err)
	}
	if p.Format != "feed" {
		path, err := fetch.SavePage(lib, p)
		if err != nil {
			return fail(err)
		}
		fmt.Fprintln(stdout, path)
		return true
	}
	f, err := fetch.ReadFeed(p)
	if err != nil {
		return fail(err)
	}
	remembered := true
	if err := lib.RememberFeeds(f.Address); err != nil {
		remembered = fail(fmt.Errorf("%s: not remembered for --feeds: %w", f.Address, err))
	}
	r := fetch.SaveFeed(ctx, lib, f, fetchOptions, nil)
	for _, path := range r.Saved {
		fmt.Fprintln(stdout, path)
	}
	for _, err := range r.Failed {
		fail(err)
	}
	if n := len(r.Skipped); n > 0 {
		fmt.Fprintf(stderr, "cryptoatlas: %s: %d of its articles already in the library, not fetched again\n", f.Address, n)
	}
	if f.Capped() {
		fmt.Fprintf(stderr, "cryptoatlas: %s: %s\n", f.Address, f.CapNote())
	}
	return len(r.Failed) == 0 && remembered
}

// withoutRepeats keeps the first of each address.
func withoutRepeats(addresses []string) []string {
	seen := map[string]bool{}
	out := addresses[:0]
	for _, a := range addresses {
		if !seen[a] {
			seen[a] = true
			out = append(out, a)
		}
	}
	return out
}
