// Command cryptoatlas opens the Crypto Atlas window, or runs one of its subcommands:
// extract, export, countries, fetch, version. It only wires the data, chart and ui packages.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"

	"cryptoatlas"
	"cryptoatlas/assets"
	"cryptoatlas/data"
	"cryptoatlas/internal/hugeheap"
)

// Exit codes (DESIGN.md): 0 success, 1 an input or output failed, 2 a usage error.
const (
	exitOK    = 0
	exitFail  = 1
	exitUsage = 2
)

func main() {
	// Opening thousands of articles grows the heap by a few hundred megabytes in a
	// second: ask for that space in huge pages, so it faults in 2 MB at a time.
	hugeheap.Prefer(256 << 20)
	cleanUpOnSignal()
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// cleanUpOnSignal removes the temporary files of writes in progress when the program is
// interrupted (Ctrl-C) or told to stop, then exits as the signal would have: nothing is
// left beside the user's files.
func cleanUpOnSignal() {
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	go func() {
		sig := <-sigs
		data.RemoveTemporaries()
		code := 130 // 128 + SIGINT
		if sig == syscall.SIGTERM {
			code = 143
		}
		os.Exit(code)
	}()
}

// command is one subcommand.
type command struct {
	name     string
	synopsis string // the usage line after "cryptoatlas NAME"
	summary  string
	run      func(args []string, stdout, stderr io.Writer) int
}

func commands() []command {
	return []command{
		{"extract", "[--format json|csv] [--explain] [PATH...]", "print the figures found in articles as JSON or CSV, or why each number went where it did", runExtract},
		{"export", "--chart holdings|mining|loans|adoption|map|timeline|all [--metric METRIC] [-o FILE|DIR] [flags] [PATH...]", "draw charts to PNG or SVG files", runExport},
		{"countries", "[--format json|text] [PATH...]", "print the country profiles of articles", runCountries},
		{"fetch", "[-o DIR] [--feeds] [URL...]", "fetch web pages and feeds into the library (or DIR) and print each saved record's path", runFetch},
		{"version", "", "print the version", runVersion},
	}
}

// commandUsage is a subcommand's usage line: "usage: cryptoatlas extract [--format ...".
func commandUsage(name string) string {
	for _, c := range commands() {
		if c.name == name {
			return strings.TrimSpace("usage: cryptoatlas " + name + " " + c.synopsis)
		}
	}
	return "usage: cryptoatlas " + name
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		for _, c := range commands() {
			if args[0] == c.name {
				return c.run(args[1:], stdout, stderr)
			}
		}
		switch args[0] {
		case "help", "-h", "-help", "--help":
			if len(args) > 1 {
				for _, c := range commands() {
					if args[1] == c.name {
						return c.run([]string{"--help"}, stdout, stderr)
					}
				}
			}
			usage(stdout)
			return exitOK
		case "-version", "--version":
			return runVersion(nil, stdout, stderr)
		}
		if strings.HasPrefix(args[0], "-") && args[0] != "--" {
			fmt.Fprintf(stderr, "cryptoatlas: unknown flag %s\n", args[0])
			usageLine(stderr)
			return exitUsage
		}
		if args[0] == "--" {
			args = args[1:]
		} else if _, err := os.Stat(args[0]); err != nil && looksLikeCommand(args[0]) {
			fmt.Fprintf(stderr, "cryptoatlas: unknown command %q", args[0])
			if s := suggest(args[0]); s != "" {
				fmt.Fprintf(stderr, "; did you mean %q?", s)
			}
			fmt.Fprintln(stderr)
			usageLine(stderr)
			return exitUsage
		}
	}
	return openWindow(args, stderr)
}

// looksLikeCommand: a bare word, not a file name (no extension, no path separator).
func looksLikeCommand(s string) bool {
	return s != "" && !strings.ContainsAny(s, `./\`) && filepath.Ext(s) == ""
}

// suggest returns the subcommand closest to s, if any is close.
func suggest(s string) string {
	best, bestD := "", 3
	for _, c := range commands() {
		if d := editDistance(s, c.name); d < bestD || (d <= 3 && strings.HasPrefix(c.name, s) && len(s) >= 2) {
			best, bestD = c.name, d
		}
	}
	return best
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}

func usageLine(w io.Writer) {
	fmt.Fprintln(w, "usage: cryptoatlas [PATH...] | cryptoatlas extract|export|countries|fetch|version [flags] [PATH|URL...]  (cryptoatlas --help for more)")
}

func usage(w io.Writer) {
	m := cryptoatlas.App()
	fmt.Fprintf(w, "%s %s: figures from news about national crypto policy, each tied to its country and sentence.\n\n", m.Name, m.Version)
	fmt.Fprintln(w, "Usage:")
	fmt.Fprintln(w, "  cryptoatlas [PATH...]                 open the window (no PATH: the library if it holds articles, else the sample)")
	for _, c := range commands() {
		name := c.name
		if c.synopsis != "" {
			name += " [flags]"
		}
		fmt.Fprintf(w, "  cryptoatlas %-25s %s\n", name, c.summary)
	}
	fmt.Fprintln(w, "\nPATH is an article (.txt, .md, .html, .json) or a folder of them. Run")
	fmt.Fprintln(w, "`cryptoatlas COMMAND --help` for a command's flags and examples.")
	fmt.Fprintf(w, "\nFetched pages are kept in the library folder: $%s, else the folder chosen in\n", data.LibraryEnv)
	fmt.Fprintln(w, "the window's Edit → Preferences, else the platform's data folder")
	fmt.Fprintln(w, "(~/.local/share/cryptoatlas/library on Linux).")
	fmt.Fprintln(w, "\nExit status: 0 success, 1 an input or output failed, 2 a usage error.")
}

// flagSet makes a subcommand's flag set whose errors and help go where they should.
func flagSet(name, examples string, stdout, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("cryptoatlas "+name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {
		w := stdout
		fmt.Fprintln(w, commandUsage(name))
		n := 0
		fs.VisitAll(func(*flag.Flag) { n++ })
		if n > 0 { // version has none
			fmt.Fprint(w, "\nFlags:\n")
			fs.SetOutput(w)
			fs.PrintDefaults()
			fs.SetOutput(io.Discard)
		}
		if examples != "" {
			fmt.Fprintf(w, "\nExamples:\n%s", examples)
		}
	}
	return fs
}

// parseFlags parses flags that may come before or after the paths, as in
// `cryptoatlas extract notes/ --format csv`; "--" ends the flags. It returns the
// paths, or an exit code when parsing ended the command.
func parseFlags(fs *flag.FlagSet, args []string, stderr io.Writer) ([]string, int, bool) {
	var rest []string
	for i, a := range args {
		if a == "--" {
			rest = args[i+1:]
			args = args[:i]
			break
		}
	}
	help := fs.Usage
	fs.Usage = func() {} // the flag package prints it on every error too; errors get a usage line
	var paths []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				help()
				return nil, exitOK, false
			}
			return nil, usageError(stderr, strings.TrimPrefix(fs.Name(), "cryptoatlas "), "%v", err), false
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		paths = append(paths, args[0])
		args = args[1:]
	}
	return append(paths, rest...), exitOK, true
}

// usageError reports a usage error with the command's usage line and returns exit 2.
func usageError(stderr io.Writer, name, format string, a ...any) int {
	fmt.Fprintf(stderr, "cryptoatlas %s: %s\n", name, fmt.Sprintf(format, a...))
	fmt.Fprintln(stderr, commandUsage(name))
	fmt.Fprintf(stderr, "run 'cryptoatlas %s --help' for every flag, with examples\n", name)
	return exitUsage
}

// loadDataset loads the paths, or the embedded sample when there are none, printing
// each file that fails as "cryptoatlas: FILE: reason". ok is false when any failed.
func loadDataset(paths []string, stderr io.Writer) (*data.Dataset, bool) {
	if len(paths) == 0 {
		a, err := data.Parse(assets.SampleName, "", assets.Sample)
		if err != nil {
			fmt.Fprintf(stderr, "cryptoatlas: %s: %v\n", assets.SampleName, err)
			return nil, false
		}
		return data.LoadArticles(a), true
	}
	ds, errs, err := data.Load(context.Background(), paths, nil)
	for _, e := range errs {
		fmt.Fprintf(stderr, "cryptoatlas: %s\n", e)
	}
	if err != nil {
		fmt.Fprintf(stderr, "cryptoatlas: %v\n", err)
		return nil, false
	}
	return ds, len(errs) == 0
}

func runVersion(args []string, stdout, stderr io.Writer) int {
	fs := flagSet("version", "  cryptoatlas version\n", stdout, stderr)
	if _, code, ok := parseFlags(fs, args, stderr); !ok {
		return code
	}
	m := cryptoatlas.App()
	fmt.Fprintf(stdout, "%s %s (build %d)\n", m.Name, m.Version, m.Build)
	return exitOK
}

func runExtract(args []string, stdout, stderr io.Writer) int {
	fs := flagSet("extract",
		"  cryptoatlas extract                      the sample article's figures as JSON\n"+
			"  cryptoatlas extract --format csv news/   every figure under news/ as CSV\n"+
			"  cryptoatlas extract --explain news/a.txt every number in a.txt: its metric, country and why, or why it was dropped\n", stdout, stderr)
	format := fs.String("format", "json", "output `format`: json (one object: articles, facts, unattributed) or csv (one row per mention)")
	explain := fs.Bool("explain", false, "print, per article, every number looked at with its metric, country and reasons, or why it was dropped (text for people)")
	paths, code, ok := parseFlags(fs, args, stderr)
	if !ok {
		return code
	}
	if *format != "json" && *format != "csv" {
		return usageError(stderr, "extract", "unknown format %q (use json or csv)", *format)
	}
	ds, loaded := loadDataset(paths, stderr)
	if ds == nil {
		return exitFail
	}
	var err error
	switch {
	case *explain:
		for _, a := range ds.Articles {
			if err = data.WriteExplanation(stdout, a); err != nil {
				break
			}
		}
	case *format == "csv":
		err = ds.WriteCSV(stdout)
	default:
		err = ds.WriteJSON(stdout)
	}
	return finish(stderr, loaded, err)
}

// finish reports a failed write and returns a command's exit code: 1 when writing
// failed or any input did not load.
func finish(stderr io.Writer, loaded bool, err error) int {
	if err != nil {
		fmt.Fprintf(stderr, "cryptoatlas: writing output: %v\n", err)
		return exitFail
	}
	if !loaded {
		return exitFail
	}
	return exitOK
}
