package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"cryptoatlas/data"
)

func runCountries(args []string, stdout, stderr io.Writer) int {
	fs := flagSet("countries",
		"  cryptoatlas countries                     profiles of the countries in the sample article\n"+
			"  cryptoatlas countries --format json news/  every profile as JSON\n", stdout, stderr)
	format := fs.String("format", "text", "output `format`: text (one block per country) or json (a list of profiles)")
	paths, code, ok := parseFlags(fs, args, stderr)
	if !ok {
		return code
	}
	if *format != "json" && *format != "text" {
		return usageError(stderr, "countries", "unknown format %q (use json or text)", *format)
	}
	ds, loaded := loadDataset(paths, stderr)
	if ds == nil {
		return exitFail
	}
	var err error
	if *format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		err = enc.Encode(ds.CountriesJSON())
	} else {
		err = writeCountriesText(stdout, ds)
	}
	return finish(stderr, loaded, err)
}

// writeCountriesText prints one readable block per country.
func writeCountriesText(out io.Writer, ds *data.Dataset) error {
	w := &stickyWriter{w: out}
	for i, c := range ds.Countries() {
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "%s (%s / %s)\n", c.Name, c.ISO2, c.ISO3)
		var ref []string
		for _, s := range []string{c.Region, c.Capital, c.Currency} {
			if s != "" {
				ref = append(ref, s)
			}
		}
		fmt.Fprintf(w, "  %s · named %d times\n", strings.Join(ref, " · "), c.Mentions)
		facts := ds.FactsFor(c.ISO2)
		if len(facts) == 0 {
			fmt.Fprintln(w, "  No figures stated.")
		}
		for _, f := range facts {
			line := fmt.Sprintf("  %-28s %s", f.Metric.Label()+":", f.Label())
			var notes []string
			if f.AsOf.Precision != 0 {
				notes = append(notes, "as of "+f.AsOf.Label())
			}
			if f.Lender != "" {
				notes = append(notes, "from "+f.Lender)
			}
			if f.Derived {
				notes = append(notes, "derived")
			}
			if len(notes) > 0 {
				line += " (" + strings.Join(notes, ", ") + ")"
			}
			fmt.Fprintln(w, line)
			if !f.Derived && len(f.Mentions) > 0 {
				fmt.Fprintf(w, "      “%s”\n", f.Mentions[0].Quote)
			}
		}
		events := ds.EventsFor(c.ISO2)
		if len(events) > 0 {
			fmt.Fprintln(w, "  Timeline:")
		}
		for _, e := range events {
			when := e.When.Label()
			if when == "" {
				when = e.DateText
			}
			fmt.Fprintf(w, "    %-16s %s\n", when, e.Quote)
		}
	}
	return w.err
}

// stickyWriter keeps the first write error, so a full disk or a closed pipe is
// reported once at the end instead of checked after every line.
type stickyWriter struct {
	w   io.Writer
	err error
}

func (s *stickyWriter) Write(p []byte) (int, error) {
	if s.err != nil {
		return 0, s.err
	}
	n, err := s.w.Write(p)
	s.err = err
	return n, err
}
