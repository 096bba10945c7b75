package data

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"cryptoatlas/assets"
)

// Bad input and faults: every input is loaded or refused with a message naming the file
// and a reason a user can act on, while the other files of its folder still load; no
// input hangs or takes a gigabyte; a failed save leaves the previous file as it was.

const (
	hangGuard = 30 * time.Second // far beyond any input's load time; only a hang takes this long
	maxHeap   = 1 << 30
)

// badInput is one file put in a folder beside a good article.
type badInput struct {
	name   string
	file   string                          // its name in the folder
	write  func(t *testing.T, path string) // makes it
	refuse string                          // words the reason must hold; "" when it loads
	check  func(t *testing.T, d *Dataset)  // what else to check when it loads
}

// specialInputs are the inputs only some systems can make (named pipes, links);
// faults_unix_test.go adds them.
var specialInputs []badInput

func content(s string) func(*testing.T, string) {
	return func(t *testing.T, path string) {
		t.Helper()
		if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// sparse makes a file of n bytes that takes no disk space.
func sparse(n int64) func(*testing.T, string) {
	return func(t *testing.T, path string) {
		t.Helper()
		if err := os.WriteFile(path, nil, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Truncate(path, n); err != nil {
			t.Fatal(err)
		}
	}
}

const recordText = "Reserves\n\nEl Salvador holds over 6,200 BTC. Pakistan allocated 2,000 megawatts to bitcoin mining."

// record is a JSON article record with the given facts.
func record(facts ...string) func(*testing.T, string) {
	return content(fmt.Sprintf(`{"title": "Reserves", "text": %q, "facts": [%s]}`, recordText, strings.Join(facts, ",")))
}

func fact(country, metric, value, quote string) string {
	return fmt.Sprintf(`{"country": %q, "metric": %q, "value": %s, "quote": %q}`, country, metric, value, quote)
}

func repeat(s string, n int) string { return strings.Repeat(s, n) }

func numbersFrom1(n int) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "%d ", i)
	}
	return b.String()
}

func countryNames(n int) string {
	names := []string{"El Salvador", "Pakistan", "Bhutan", "Kazakhstan", "Paraguay", "Ethiopia", "Argentina", "Vietnam"}
	var b strings.Builder
	b.WriteString("Countries\n\n")
	for i := 0; i < n; i++ {
		b.WriteString(names[i%len(names)])
		b.WriteString(", ")
	}
	b.WriteString("and more.")
	return b.String()
}

func utf16File(s string) string {
	var b bytes.Buffer
	b.Write([]byte{0xff, 0xfe})
	for _, u := range utf16.Encode([]rune(s)) {
		b.Write([]byte{byte(u), byte(u >> 8)})
	}
	return b.String()
}

// hasFact reports whether an article gives a country's metric the value.
func hasFact(d *Dataset, article, iso2 string, m Metric, v float64) bool {
	for _, f := range d.Facts {
		if f.Article == article && f.ISO2 == iso2 && f.Metric == m && f.Value == v {
			return true
		}
	}
	return false
}

func noInvisibleCharacters(t *testing.T, d *Dataset) {
	t.Helper()
	for _, f := range append(append([]*Fact{}, d.Facts...), d.Unattributed...) {
		for _, m := range f.Mentions {
			if strings.IndexFunc(m.Quote, invisible) >= 0 {
				t.Errorf("quote %q keeps an invisible character", m.Quote)
			}
		}
	}
}

func finiteEverywhere(t *testing.T, d *Dataset) {
	t.Helper()
	for _, f := range append(append([]*Fact{}, d.Facts...), d.Unattributed...) {
		for _, v := range []float64{f.Value, value(f.Max)} {
			if math.IsNaN(v) || math.IsInf(v, 0) || v > 1e300 {
				t.Errorf("%s %s: value %v", f.Country, f.Metric, v)
			}
		}
	}
	var out bytes.Buffer
	if err := d.WriteJSON(&out); err != nil || !json.Valid(out.Bytes()) {
		t.Errorf("extract JSON invalid (%v)", err)
	}
	if s := out.String(); strings.Contains(s, "Inf") || strings.Contains(s, "NaN") || strings.Contains(s, "e+308") {
		t.Error("extract JSON holds an infinity")
	}
}

func badInputs() []badInput {
	sv := "El Salvador holds over 6,200 BTC."
	return append([]badInput{
		{name: "empty file", file: "empty.txt", write: content(""), refuse: "empty"},
		{name: "only white space", file: "blank.md", write: content(" \n\t\n  \n"), refuse: "empty"},
		{name: "binary file", file: "chart.txt", write: content("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"), refuse: "binary"},
		{name: "UTF-16 text", file: "wide.txt", write: content(utf16File("El Salvador holds 6,200 BTC.")), refuse: "UTF-16"},
		{name: "Latin-1 text", file: "latin1.txt", write: content("Bogot\xe1 and El Salvador hold 6,200 BTC."), refuse: "not UTF-8"},
		{name: "one byte over the size limit", file: "dump.txt", write: sparse(MaxFileSize + 1), refuse: "too large"},
		{name: "2 GB file", file: "huge.json", write: sparse(2 << 30), refuse: "too large"},
		{name: "Markdown over its size limit", file: "book.md", write: content(repeat("word ", MaxMarkdownSize/5+1)), refuse: "too large for Markdown"},

		{name: "malformed JSON", file: "broken.json", write: content("{\"title\": \"x\",\n \"text\": \"El Salvador\""), refuse: "not valid JSON: line 2"},
		{name: "JSON with a trailing comma", file: "comma.json", write: content(`{"text": "El Salvador holds 6,200 BTC.",}`), refuse: "not valid JSON: line 1, column"},
		{name: "JSON without text", file: "notext.json", write: content(`{"title": "Reserves"}`), refuse: `no "text" field`},
		{name: "JSON list, not a record", file: "list.json", write: content(`[1, 2]`), refuse: "should be an object"},
		{name: "JSON text that is a number", file: "numtext.json", write: content(`{"text": 5}`), refuse: `"text" should be text in quotes`},
		{name: "negative holdings", file: "negative.json", write: record(fact("El Salvador", "btc_holdings", "-6200", sv)), refuse: "not a possible"},
		{name: "holdings beyond the bitcoin supply", file: "supply.json", write: record(fact("El Salvador", "btc_holdings", "5e7", sv)), refuse: "more than any"},
		{name: "value too large to represent", file: "inf.json", write: record(fact("El Salvador", "btc_holdings", "1e400", sv)), refuse: "1e400 is too large a number"},
		{name: "recorded figure whose value is null", file: "null.json", write: record(fact("El Salvador", "btc_holdings", "null", sv)), refuse: `"value" is null`},
		{name: "recorded figure whose value is text", file: "text.json", write: record(fact("El Salvador", "btc_holdings", `"6200"`, sv)), refuse: `not a number`},
		{name: "recorded figure whose country is a number", file: "countrynum.json",
			write:  record(`{"country": 5, "metric": "btc_holdings", "value": 6200, "quote": "` + sv + `"}`),
			refuse: `"facts.country" should be text in quotes`},
		{name: "unknown metric", file: "metric.json", write: record(fact("El Salvador", "btc_reserves", "6200", sv)), refuse: `unknown metric "btc_reserves"`},
		{name: "country not known", file: "atlantis.json", write: record(fact("Atlantis", "btc_holdings", "6200", sv)), refuse: `unknown country "Atlantis"`},
		{name: "quote not in the text", file: "quote.json", write: record(fact("El Salvador", "btc_holdings", "6200", "El Salvador holds 9,000 BTC.")), refuse: "quote is not in the article text"},
		{name: "value_max below value", file: "range.json",
			write:  record(`{"country": "El Salvador", "metric": "btc_holdings", "value": 6200, "value_max": 100, "quote": "` + sv + `"}`),
			refuse: "value_max"},
		{name: "more facts than a record may carry", file: "facts.json", write: record(strings.TrimSuffix(repeat("{},", MaxCuratedFacts+1), ",")), refuse: "a record may carry at most"},
		{name: "curated facts that are true", file: "curated.json", write: record(fact("El Salvador", "btc_holdings", "6200", sv)),
			check: func(t *testing.T, d *Dataset) {
				if !hasFact(d, "curated", "SV", BTCHoldings, 6200) {
					t.Error("the curated El Salvador holding is missing")
				}
			}},

		{name: "HTML with scripts and styles", file: "page.html",
			write: content(`<html><head><style>p::before{content:"Iran holds 500,000 BTC"}</style>
				<script>document.write("<p>Iran holds 999,999 BTC.</p>")</script></head>
				<body><article><p>El Salvador holds over 6,200 BTC.</p><noscript>Iran holds 777 BTC.</noscript></article></body></html>`),
			check: func(t *testing.T, d *Dataset) {
				if !hasFact(d, "page", "SV", BTCHoldings, 6200) {
					t.Error("the paragraph's figure is missing")
				}
				for _, f := range d.Facts {
					if f.ISO2 == "IR" {
						t.Errorf("a figure came from a script or style: %s", f.Label())
					}
				}
			}},
		{name: "HTML nested 100,000 deep", file: "deep.html", write: content("<html><body>" + repeat("<div>", 100_000) + "El Salvador holds 6,200 BTC."), refuse: "nested deeper than 512"},
		{name: "HTML re-opening 400 formatting elements in 20,000 paragraphs", file: "formatting.html",
			write: content("<html><body><p>" + func() string {
				var b strings.Builder
				for i := 0; i < 400; i++ {
					fmt.Fprintf(&b, "<b id=%d>", i)
				}
				return b.String()
			}() + "</p>" + repeat("<p>x", 20_000) + "<p>El Salvador holds over 6,200 BTC."),
			check: func(t *testing.T, d *Dataset) {
				if !hasFact(d, "formatting", "SV", BTCHoldings, 6200) {
					t.Error("the last paragraph's figure is missing")
				}
			}},
		{name: "HTML with more tags than a page has", file: "tags.html", write: content(repeat("<p>x</p>", MaxHTMLTags/2+1)), refuse: "HTML tags"},
		{name: "HTML tag with a million attributes", file: "attrs.html", write: content("<div" + repeat(" a", 1<<20) + ">El Salvador holds over 6,200 BTC.</div>")},

		{name: "zero-width and bidirectional characters", file: "invisible.txt",
			write: content("Reserves\n\n\u202eEl Salvador\u202c holds over 6,\u200b200 BTC.\u2067 Pakistan\u2069 allocated 2,000\u200d megawatts to bitcoin mining.\n"),
			check: func(t *testing.T, d *Dataset) {
				if !hasFact(d, "invisible", "SV", BTCHoldings, 6200) || !hasFact(d, "invisible", "PK", MiningPowerMW, 2000) {
					t.Error("figures split by invisible characters were not read")
				}
				noInvisibleCharacters(t, d)
			}},
		{name: "terminal control codes", file: "escape.md", write: content("# Reserves\n\n\x1b[2J\x1b]0;owned\x07El Salvador holds over 6,200 BTC.\n"),
			check: noInvisibleCharacters},
		{name: "numbers too large to represent", file: "big.txt",
			write: content("Big numbers\n\nEl Salvador holds 1e400 BTC. Bhutan holds 999999999999999999999999 trillion BTC. Pakistan secured a $" +
				repeat("9", 400) + " loan from the IMF. El Salvador bought 0." + repeat("0", 330) + "1 BTC worth $900 billion.\n"),
			check: finiteEverywhere},
		{name: "a 16 MB single line", file: "line.txt", write: content(repeat("El Salvador bought more bitcoin and ", MaxFileSize/36)),
			check: func(t *testing.T, d *Dataset) {
				if a := d.Article("line"); a == nil || len(a.Text) < MaxFileSize-64 {
					t.Error("the long line was not read whole")
				}
			}},
		{name: "a 1 MB Markdown line", file: "line.md", write: content(repeat("El Salvador bought more bitcoin and ", MaxMarkdownSize/36))},
		{name: "600,000 numbers", file: "numbers.txt", write: content("Numbers\n\n" + numbersFrom1(600_000)), refuse: "600,000 numbers"},
		{name: `"1,000 BTC, " 600,000 times`, file: "btc.txt", write: content("El Salvador holds " + repeat("1,000 BTC, ", 600_000)), refuse: "numbers in its text"},
		{name: "100,000 country names", file: "countries.txt", write: content(countryNames(100_000)),
			check: func(t *testing.T, d *Dataset) {
				if len(d.MentionsOf("SV")["countries"]) == 0 || len(d.MentionsOf("VN")["countries"]) == 0 {
					t.Error("the countries named were not found")
				}
			}},
		{name: "more lines than an article has", file: "lines.txt", write: content(repeat("x\n", MaxLines+1)), refuse: "lines of text"},
		{name: "Markdown nested 100,000 deep", file: "quotes.md", write: content(repeat(">", 100_000) + " El Salvador holds 6,200 BTC."), refuse: "nested more than"},
		{name: "Markdown with a link on every few characters", file: "links.md", write: content(repeat("[a](<", 100_000)), refuse: "links on one line"},
		{name: "Markdown with 20,000 link definitions", file: "defs.md", write: content(repeat("[a]: b\n", 20_000)), refuse: "link definitions"},
	}, specialInputs...)
}

// TestBadInputIsRefusedByNameWhileTheRestLoad puts each bad input in a folder beside a
// good article: the bad one is refused with its path and a reason (or loads, where it
// should), and the good one always loads.
func TestBadInputIsRefusedByNameWhileTheRestLoad(t *testing.T) {
	for _, in := range badInputs() {
		t.Run(in.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, "good.txt"), assets.Sample, 0o644); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(dir, in.file)
			in.write(t, path)
			var d *Dataset
			var errs []*FileError
			watch(t, in.name, func() {
				var err error
				d, errs, err = Load(context.Background(), []string{dir}, nil)
				if err != nil {
					t.Error(err)
				}
			})
			if d == nil || d.Article("good") == nil || !hasFact(d, "good", "SV", BTCHoldings, 6200) {
				t.Fatalf("the good article beside it did not load (errors: %v)", errs)
			}
			if in.refuse == "" {
				if len(errs) > 0 {
					t.Fatalf("refused: %v", errs)
				}
				if in.check != nil {
					in.check(t, d)
				}
				return
			}
			if len(errs) != 1 {
				t.Fatalf("want one error naming %s, got %v", in.file, errs)
			}
			e := errs[0]
			if e.Path != path || !strings.HasPrefix(e.Error(), path+": ") {
				t.Errorf("the error names %q, not the file %q", e.Path, path)
			}
			if !strings.Contains(e.Reason, in.refuse) {
				t.Errorf("reason %q does not say %q", e.Reason, in.refuse)
			}
			if strings.Contains(e.Reason, "goroutine") || strings.Contains(e.Reason, "panic") {
				t.Errorf("reason %q is not for people", e.Reason)
			}
		})
	}
}

// watch runs f, failing the test if it has not returned after hangGuard or if the heap
// in use grows past maxHeap meanwhile.
func watch(t *testing.T, what string, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	hang := time.After(hangGuard)
	var peak uint64
	for {
		select {
		case <-done:
			if peak > maxHeap {
				t.Errorf("%s: heap grew to %d MB", what, peak>>20)
			}
			return
		case <-tick.C:
			var m runtime.MemStats
			runtime.ReadMemStats(&m)
			peak = max(peak, m.HeapInuse)
		case <-hang:
			t.Fatalf("%s: still loading after %v", what, hangGuard)
		}
	}
}

// TestOversizedFileIsRefusedUnread: a 2 GB file is refused from its size; reading it
// (even up to the limit) would allocate megabytes.
func TestOversizedFileIsRefusedUnread(t *testing.T) {
	path := filepath.Join(t.TempDir(), "huge.txt")
	sparse(2<<30)(t, path)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err := ReadFile(path)
	runtime.ReadMemStats(&after)
	if err == nil || !strings.Contains(err.Error(), "too large (2.0 GB; articles over 16 MB are not read)") {
		t.Fatalf("error %v", err)
	}
	if n := after.TotalAlloc - before.TotalAlloc; n > 1<<20 {
		t.Errorf("refusing it allocated %d KB: it was read", n>>10)
	}
}

// TestFileRemovedWhileLoadingIsNamed: a file that goes away between listing the folder
// and reading it is reported by name, and the others load. (This is the unreadable file
// a test can make even as root, where permissions do not stop reads.)
func TestFileRemovedWhileLoadingIsNamed(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.txt", "gone.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), assets.Sample, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	files, errs := listFiles([]string{dir})
	if len(files) != 2 || len(errs) > 0 {
		t.Fatalf("listed %v, %v", files, errs)
	}
	gone := filepath.Join(dir, "gone.txt")
	if err := os.Remove(gone); err != nil {
		t.Fatal(err)
	}
	arts, _, lerrs, err := loadFiles(context.Background(), files, nil)
	if err != nil || len(arts) != 1 || arts[0].ID != "a" {
		t.Fatalf("loaded %d articles (%v)", len(arts), err)
	}
	if len(lerrs) != 1 || lerrs[0].Error() != gone+": no such file or folder" {
		t.Errorf("errors %v", lerrs)
	}
}

// TestInterruptedSaveKeepsThePreviousFile: a save whose writer fails midway returns the
// error, leaves the file that was there byte for byte, and leaves no temporary file.
func TestInterruptedSaveKeepsThePreviousFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "holdings.png")
	if err := os.WriteFile(path, []byte("previous chart"), 0o644); err != nil {
		t.Fatal(err)
	}
	interrupted := errors.New("interrupted")
	err := WriteFileAtomic(path, func(w io.Writer) error {
		if _, err := w.Write(bytes.Repeat([]byte("new chart "), 1<<17)); err != nil {
			return err
		}
		return interrupted // halfway through
	})
	if !errors.Is(err, interrupted) {
		t.Fatalf("error %v, want the writer's", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "previous chart" {
		t.Errorf("the previous file now holds %d bytes", len(b))
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("left behind: %v", entries)
	}
}

// TestSaveIntoMissingFolderNamesTheFile: the error names the file asked for, not a
// temporary one.
func TestSaveIntoMissingFolderNamesTheFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "no", "such", "folder", "chart.png")
	err := WriteFileAtomic(path, func(w io.Writer) error { _, err := io.WriteString(w, "chart"); return err })
	if err == nil || !strings.Contains(err.Error(), path) || strings.Contains(err.Error(), ".tmp") {
		t.Errorf("error %v does not name %s", err, path)
	}
}

// TestSaveWithALongNameWorks: the temporary file's longer name must not fail a save
// whose own name fits.
func TestSaveWithALongNameWorks(t *testing.T) {
	path := filepath.Join(t.TempDir(), repeat("x", 240)+".png")
	if err := WriteFileAtomic(path, func(w io.Writer) error { _, err := io.WriteString(w, "chart"); return err }); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "chart" {
		t.Errorf("saved %q", b)
	}
}

// TestFilesWithWindowsAndOldMacForms: a JSON record starting with a byte-order mark is
// read, and text whose lines end in a carriage return alone keeps its title, date and
// sentences apart.
func TestFilesWithWindowsAndOldMacForms(t *testing.T) {
	a, err := Parse("bom.json", "", []byte("\ufeff"+`{"title": "Reserves", "text": "Estonia holds 250 BTC."}`))
	if err != nil || a.Title != "Reserves" {
		t.Fatalf("a record with a byte-order mark: %v, title %q", err, a.Title)
	}
	a, err = Parse("cr.txt", "", []byte("Reserves of Estonia\rPublished: 12 June 2025\r\rEstonia holds 250 BTC.\rA second paragraph.\r"))
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Reserves of Estonia" || a.Published.IsZero() {
		t.Errorf("title %q, published %v: the lines ran together", a.Title, a.Published)
	}
	d := LoadArticles(a)
	if len(d.Facts) != 1 || d.Facts[0].Mentions[0].Quote != "Estonia holds 250 BTC." {
		t.Errorf("facts %+v: the quote should be its own sentence", d.Facts)
	}
}
