package data

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"cryptoatlas/assets"
)

// checkInvariants holds for any article: its text is UTF-8 without invisible
// characters, every mention lies inside the text, its quote is the sentence around it,
// no value is NaN or infinite, and the extract output is valid JSON.
func checkInvariants(t *testing.T, a *Article) {
	t.Helper()
	if !utf8.ValidString(a.Text) || strings.IndexFunc(a.Text, invisible) >= 0 {
		t.Fatalf("text %q is not clean UTF-8", a.Text)
	}
	d := LoadArticles(a)
	var out bytes.Buffer
	if err := d.WriteJSON(&out); err != nil || !json.Valid(out.Bytes()) {
		t.Fatalf("extract output is not valid JSON (%v)", err)
	}
	for _, f := range append(append([]*Fact{}, d.Facts...), d.Unattributed...) {
		if math.IsNaN(f.Value) || math.IsInf(f.Value, 0) || (f.Max != nil && (math.IsNaN(*f.Max) || math.IsInf(*f.Max, 0))) {
			t.Fatalf("non-finite value %v", f.Value)
		}
		for _, m := range f.Mentions {
			if m.Start < 0 || m.End > len(a.Text) || m.Start >= m.End {
				t.Fatalf("mention %d..%d outside text of %d bytes", m.Start, m.End, len(a.Text))
			}
			if m.Sentence.Start > m.Start || m.Sentence.End < m.End || a.Text[m.Sentence.Start:m.Sentence.End] != m.Quote {
				t.Fatalf("quote %q does not hold %q", m.Quote, a.Text[m.Start:m.End])
			}
		}
	}
	for _, b := range a.Blocks {
		if b.Start < 0 || b.End > len(a.Text) || b.Start > b.End {
			t.Fatalf("block %d..%d outside text", b.Start, b.End)
		}
		for _, s := range b.Sentences {
			if s.Start < b.Start || s.End > b.End || s.Start > s.End {
				t.Fatalf("sentence %d..%d outside its block %d..%d", s.Start, s.End, b.Start, b.End)
			}
		}
	}
}

// seeds adds the sample and the test articles of one format to a fuzz corpus.
func seeds(f *testing.F, ext string) {
	if ext == ".txt" {
		f.Add(assets.Sample)
	}
	paths, _ := filepath.Glob("testdata/*/*" + ext)
	for _, p := range paths {
		if strings.HasSuffix(p, ".want.json") {
			continue
		}
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
}

func fuzzFormat(f *testing.F, ext string) {
	seeds(f, ext)
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := Parse("fuzz"+ext, "", b)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("an error without a reason")
			}
			return
		}
		checkInvariants(t, a)
	})
}

// FuzzExtract runs the whole extractor on arbitrary plain text.
func FuzzExtract(f *testing.F) { fuzzFormat(f, ".txt") }

// FuzzMarkdown, FuzzHTML and FuzzJSON run each loader on arbitrary input.
func FuzzMarkdown(f *testing.F) { fuzzFormat(f, ".md") }
func FuzzHTML(f *testing.F)     { fuzzFormat(f, ".html") }
func FuzzJSON(f *testing.F)     { fuzzFormat(f, ".json") }

// FuzzCurationFile feeds any bytes to the reader of an article's edits file, and the
// edits it reads to the article: nothing panics, an entry without a number is never a
// figure of zero, and what is read is saved back as it was read.
func FuzzCurationFile(f *testing.F) {
	f.Add([]byte(`{"version": 1, "rejected": [], "facts": []}`))
	f.Add([]byte(`{"version": 1, "facts": [{"country": "El Salvador", "metric": "btc_holdings", "value": null, "quote": "x", "start": 0, "end": 1}]}`))
	f.Add([]byte(`{"version": 1, "facts": [{"country": "El Salvador", "metric": "btc_holdings", "value": 6200, "quote": "El Salvador holds over 6,200 BTC.", "start": 0, "end": 10}],` +
		` "rejected": [{"metric": "mining_power_mw", "country": "Pakistan", "value": 2000, "start": 5, "end": 9, "quote": "q"}]}`))
	f.Add([]byte(`{"version": 1, "facts": [{"value": "lots", "vaule": 1}]}`))
	sample, err := Parse("sample.txt", "sample.txt", assets.Sample)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var c Curation
		if err := c.decode(b); err != nil {
			return
		}
		a := *sample
		a.Edits = &c
		for _, fact := range applyEdits(&a, nil) {
			if fact.Value == 0 && fact.Curated {
				for _, e := range c.Facts {
					if e.badValue != "" && e.Value == 0 && e.Metric == fact.Metric && e.Country == fact.Country {
						t.Fatalf("an edit without a number became a figure of zero: %+v", fact)
					}
				}
			}
		}
		out, err := json.Marshal(&c)
		if err != nil {
			t.Fatalf("the edits read cannot be saved: %v", err)
		}
		var again Curation
		if err := again.decode(out); err != nil {
			t.Fatalf("the edits saved cannot be read back: %v\n%s", err, out)
		}
		if len(again.Facts) != len(c.Facts) || len(again.Rejected) != len(c.Rejected) {
			t.Fatalf("saved and read back: %d facts, %d rejections; read first: %d, %d", len(again.Facts), len(again.Rejected), len(c.Facts), len(c.Rejected))
		}
	})
}
