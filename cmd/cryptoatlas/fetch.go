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
			"  cryptoatlas extract $(cryptoatlas fetch URL)            fetch a page and print its figures\n", stdout, stderr)
	dir := fs.String("o", "", "save into `DIR` instead of the library ($"+data.LibraryEnv+", else the platform's data folder)")
	addresses, code, ok := parseFlags(fs, args, stderr)
	if !ok {
		return code
	}
	if len(addresses) == 0 {
		return usageError(stderr, "fetch", "no address given")
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
	code = exitOK
	for _, a := range addresses {
		path, err := fetch.Save(context.Background(), lib, a, fetchOptions)
		if err != nil {
			fmt.Fprintf(stderr, "cryptoatlas: %v\n", err) // "URL: reason"
			code = exitFail
			continue
		}
		fmt.Fprintln(stdout, path)
	}
	return code
}
