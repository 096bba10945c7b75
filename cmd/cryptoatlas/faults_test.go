package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"cryptoatlas/assets"
	"cryptoatlas/data"
)

// Bad input and faults on the command line: each file that fails is named on stderr as
// "cryptoatlas: FILE: reason" while the rest load and the output is written, exit 1;
// an output that cannot be written is named, exit 1, and leaves an existing file as it
// was; a usage error prints a usage line, exit 2.

// TestUsageErrorsExitTwoWithAUsageLine covers every kind of usage error.
func TestUsageErrorsExitTwoWithAUsageLine(t *testing.T) {
	for _, tc := range []struct {
		args  []string
		usage string // the usage line printed
	}{
		{[]string{"frobnicate"}, "usage: cryptoatlas [PATH...]"},
		{[]string{"--nosuch"}, "usage: cryptoatlas [PATH...]"},
		{[]string{"extract", "--nosuch"}, "usage: cryptoatlas extract [--format json|csv]"},
		{[]string{"extract", "--format", "xml"}, "usage: cryptoatlas extract"},
		{[]string{"countries", "--nosuch"}, "usage: cryptoatlas countries"},
		{[]string{"countries", "--format", "xml"}, "usage: cryptoatlas countries"},
		{[]string{"version", "--nosuch"}, "usage: cryptoatlas version"},
		{[]string{"export"}, "usage: cryptoatlas export --chart"},
		{[]string{"export", "--chart", "pie"}, "usage: cryptoatlas export"},
		{[]string{"export", "--chart", "holdings", "--format", "gif"}, "usage: cryptoatlas export"},
		{[]string{"export", "--chart", "holdings", "--theme", "sepia"}, "usage: cryptoatlas export"},
		{[]string{"export", "--chart", "holdings", "--width", "199"}, "usage: cryptoatlas export"},
		{[]string{"export", "--chart", "holdings", "--width", "8001"}, "usage: cryptoatlas export"},
		{[]string{"export", "--chart", "holdings", "--width", "-5"}, "usage: cryptoatlas export"},
		{[]string{"export", "--chart", "holdings", "--width", "wide"}, "usage: cryptoatlas export"},
		{[]string{"export", "--chart", "holdings", "--height", "199"}, "usage: cryptoatlas export"},
		{[]string{"export", "--chart", "holdings", "--height", "8001"}, "usage: cryptoatlas export"},
		{[]string{"export", "--chart", "holdings", "--scale", "0.5"}, "usage: cryptoatlas export"},
		{[]string{"export", "--chart", "holdings", "--scale", "3.5"}, "usage: cryptoatlas export"},
		{[]string{"export", "--chart", "holdings", "--scale", "NaN"}, "usage: cryptoatlas export"},
		{[]string{"export", "--chart", "holdings", "--scale", "Inf"}, "usage: cryptoatlas export"},
		{[]string{"export", "--chart", "holdings", "--countries", "Atlantis"}, "usage: cryptoatlas export"},
		{[]string{"export", "--chart", "holdings", "--format", "svg", "-o", "chart.png"}, "usage: cryptoatlas export"},
		{[]string{"export", "--chart", "holdings", "--width", "8000", "--height", "8000", "--scale", "3"}, "usage: cryptoatlas export"},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			t.Chdir(t.TempDir()) // a usage error must write nothing, here included
			out, errs, code := runCLI(tc.args...)
			if code != 2 {
				t.Errorf("exit %d, want 2", code)
			}
			if !strings.Contains(errs, tc.usage) {
				t.Errorf("stderr has no usage line %q:\n%s", tc.usage, errs)
			}
			if out != "" {
				t.Errorf("stdout %q", out)
			}
			if entries, _ := os.ReadDir("."); len(entries) > 0 {
				t.Errorf("wrote %v", entries)
			}
		})
	}
}

// badFolder makes a folder of the sample article beside files that must each be
// refused, and returns it with the paths of the bad ones.
func badFolder(t *testing.T) (string, []string) {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"good.txt":    string(assets.Sample),
		"empty.txt":   "",
		"latin1.txt":  "Bogot\xe1 holds 6,200 BTC.",
		"broken.json": `{"title": "x", "text": `,
		"deep.html":   strings.Repeat("<div>", 100_000),
		"numbers.txt": strings.Repeat("1 ", 600_000),
		"negative.json": `{"text": "El Salvador holds 6,200 BTC.", "facts": [{"country": "El Salvador", "metric": "btc_holdings",` +
			` "value": -1, "quote": "El Salvador holds 6,200 BTC."}]}`,
	}
	var bad []string
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		if name != "good.txt" {
			bad = append(bad, p)
		}
	}
	big := filepath.Join(dir, "dump.md") // 2 GB but sparse: refused from its size, unread
	if err := os.WriteFile(big, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(big, 2<<30); err != nil {
		t.Fatal(err)
	}
	return dir, append(bad, big)
}

// TestBadFilesAreNamedWhileTheRestLoad: extract and export name each bad file on its own
// line of stderr, still write what the good article gives, and exit 1.
func TestBadFilesAreNamedWhileTheRestLoad(t *testing.T) {
	dir, bad := badFolder(t)
	for _, args := range [][]string{
		{"extract", "--format", "json", dir},
		{"extract", "--format", "csv", dir},
		{"countries", dir},
		{"export", "--chart", "holdings", "-o", filepath.Join(t.TempDir(), "holdings.png"), dir},
	} {
		out, errs, code := runCLI(args...)
		if code != 1 {
			t.Errorf("%s: exit %d, want 1", args[0], code)
		}
		lines := strings.Split(strings.TrimSpace(errs), "\n")
		if len(lines) != len(bad) {
			t.Errorf("%s: %d lines on stderr for %d bad files:\n%s", args[0], len(lines), len(bad), errs)
		}
		for _, p := range bad {
			if !strings.Contains(errs, "cryptoatlas: "+p+": ") {
				t.Errorf("%s: stderr does not name %s:\n%s", args[0], p, errs)
			}
		}
		switch {
		case args[0] == "extract" && args[2] == "json":
			// The good article and negative.json, which loads without its impossible
			// recorded figure (reported on stderr).
			var doc struct{ Articles, Facts []map[string]any }
			if err := json.Unmarshal([]byte(out), &doc); err != nil || len(doc.Articles) != 2 || len(doc.Facts) == 0 {
				t.Errorf("extract wrote %d articles, %d facts (%v)", len(doc.Articles), len(doc.Facts), err)
			}
		case args[0] == "export":
			if b, err := os.ReadFile(args[4]); err != nil || !bytes.HasPrefix(b, []byte("\x89PNG")) {
				t.Errorf("export wrote no chart of the good article (%v)", err)
			}
		default:
			if !strings.Contains(out, "El Salvador") {
				t.Errorf("%s: output lacks the good article:\n%.200s", args[0], out)
			}
		}
	}
}

// TestOutputStaysFiniteOnHugeNumbers: numbers too large to represent never reach the
// output as infinities, and a holding too small to price gives no implied price.
func TestOutputStaysFiniteOnHugeNumbers(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write("big.txt", "Big numbers\n\nEl Salvador holds 1e400 BTC. Bhutan holds 999999999999999999999999 trillion BTC. "+
		"Pakistan secured a $"+strings.Repeat("9", 400)+" loan from the IMF.\n")
	quote := "El Salvador holds a little bitcoin worth a lot."
	write("tiny.json", fmt.Sprintf(`{"text": %q, "facts": [
		{"country": "El Salvador", "metric": "btc_holdings", "value": 1e-320, "quote": %q},
		{"country": "El Salvador", "metric": "holdings_usd", "value": 1e12, "quote": %q}]}`, quote, quote, quote))

	out, errs, code := runCLI("extract", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var doc struct{ Facts, Unattributed []struct{ Value float64 } }
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("extract JSON is not valid: %v", err)
	}
	for _, f := range append(doc.Facts, doc.Unattributed...) {
		if math.Abs(f.Value) > 1e300 {
			t.Errorf("value %v: an infinity in disguise", f.Value)
		}
	}
	out, _, _ = runCLI("extract", "--format", "csv", dir)
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows[1:] {
		if strings.Contains(r[7], "Inf") || strings.Contains(r[7], "NaN") || strings.Contains(r[7], "e+") {
			t.Errorf("CSV value %q", r[7])
		}
	}
}

// failingWriter fails once n bytes are written, as a full disk or a closed pipe does.
type failingWriter struct{ n int }

func (w *failingWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		n := w.n
		w.n = 0
		return n, errors.New("no space left on device")
	}
	w.n -= len(p)
	return len(p), nil
}

// TestFullOutputExitsOne: output that cannot be written is reported, exit 1.
func TestFullOutputExitsOne(t *testing.T) {
	for _, args := range [][]string{{"extract"}, {"extract", "--format", "csv"}, {"countries"}, {"countries", "--format", "json"}} {
		var errb bytes.Buffer
		code := run(args, &failingWriter{n: 100}, &errb)
		if code != 1 || !strings.Contains(errb.String(), "no space left on device") {
			t.Errorf("%v: exit %d, stderr %q", args, code, errb.String())
		}
	}
}

// TestExportNeverWritesOverItsInputs: -o naming an article read, its edits file, or (for
// --chart all) a folder holding an input under a chart's name is refused with exit 2
// before anything is written; the inputs keep their bytes.
func TestExportNeverWritesOverItsInputs(t *testing.T) {
	dir := t.TempDir()
	article := filepath.Join(dir, "holdings.txt")
	if err := os.WriteFile(article, assets.Sample, 0o644); err != nil {
		t.Fatal(err)
	}
	edits := data.CurationPath(article)
	if err := os.WriteFile(edits, []byte(`{"version": 1, "rejected": [], "facts": []}`), 0o644); err != nil {
		t.Fatal(err)
	}
	named := filepath.Join(dir, "loans.png") // a file given on the command line, in a chart's name
	if err := os.WriteFile(named, []byte("not a chart"), 0o644); err != nil {
		t.Fatal(err)
	}
	linked := filepath.Join(dir, "chart.png") // a link to the article, under a chart's name
	if err := os.Symlink(article, linked); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"export", "--chart", "holdings", "--format", "png", "-o", article, article},
		{"export", "--chart", "holdings", "-o", linked, article},
		{"export", "--chart", "holdings", "--format", "png", "-o", edits, article},
		{"export", "--chart", "loans", "-o", named, article, named},
	} {
		_, errs, code := runCLI(args...)
		if code != 2 || !strings.Contains(errs, "one of the files read") {
			t.Errorf("%v: exit %d, stderr %q; want 2 and a message naming the input", args, code, errs)
		}
	}
	if b, _ := os.ReadFile(article); !bytes.Equal(b, assets.Sample) {
		t.Error("the article was written over")
	}
	if b, _ := os.ReadFile(named); string(b) != "not a chart" {
		t.Error("the file named on the command line was written over")
	}
}

// TestExportWritesEveryPage: a chart whose references continue on further pages is
// written page by page (drawn side by side), every path printed in order.
func TestExportWritesEveryPage(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "mining.png")
	stdout, errs, code := runCLI("export", "--chart", "mining", "-o", out, "../../data/testdata/articles")
	if code != 0 && code != 1 { // 1: the folder's .want.json files are not articles
		t.Fatalf("exit %d: %s", code, errs)
	}
	paths := strings.Fields(stdout)
	if len(paths) < 2 || paths[0] != out || paths[1] != filepath.Join(dir, "mining-2.png") {
		t.Fatalf("printed %q, want %s then its further pages in order", paths, out)
	}
	for _, p := range paths {
		if b, err := os.ReadFile(p); err != nil || !bytes.HasPrefix(b, []byte("\x89PNG")) {
			t.Errorf("%s: not a PNG (%v)", p, err)
		}
	}
}
