package data

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// wantFile is the expected extraction of one test article (data/testdata/articles):
// facts is exact on (iso2, metric, value, value_max); approx, as_of and lender are
// checked where present.
type wantFile struct {
	Note  string `json:"note"`
	Facts []struct {
		ISO2     string           `json:"iso2"`
		Metric   Metric           `json:"metric"`
		Value    float64          `json:"value"`
		ValueMax *float64         `json:"value_max"`
		Approx   *json.RawMessage `json:"approx"`
		AsOf     *string          `json:"as_of"`
		Lender   *string          `json:"lender"`
		Mentions int              `json:"mentions"`
	} `json:"facts"`
	Unattributed []struct {
		Metric   Metric   `json:"metric"`
		Value    float64  `json:"value"`
		ValueMax *float64 `json:"value_max"`
	} `json:"unattributed"`
}

func factKeyString(iso2 string, m Metric, v float64, max *float64) string {
	s := fmt.Sprintf("%s %s %g", iso2, m, v)
	if max != nil {
		s += fmt.Sprintf("..%g", *max)
	}
	return s
}

// TestArticleCorpus runs the extractor over test articles in every input format and
// style (wire copy, blogs, forum reposts, listicles, HTML pages, JSON records) and
// checks each against the facts a careful reader finds, traps included.
func TestArticleCorpus(t *testing.T) { runCorpus(t, "testdata/articles") }

// TestSecondCorpus runs a second set of articles, written apart from the extractor in
// other outlets' styles (wire copy with datelines, press releases, Q&A, live blogs,
// translations, passive voice, tables written as lines) to check it generalises.
func TestSecondCorpus(t *testing.T) { runCorpus(t, "testdata/holdout") }

func runCorpus(t *testing.T, dir string) {
	wants, err := filepath.Glob(filepath.Join(dir, "*.want.json"))
	if err != nil || len(wants) == 0 {
		t.Fatalf("no test articles in %s: %v", dir, err)
	}
	for _, wp := range wants {
		base := strings.TrimSuffix(wp, ".want.json")
		matches, _ := filepath.Glob(base + ".*")
		var article string
		for _, m := range matches {
			if m != wp {
				article = m
			}
		}
		t.Run(filepath.Base(base), func(t *testing.T) {
			checkArticle(t, article, wp)
		})
	}
}

func checkArticle(t *testing.T, path, wantPath string) {
	var w wantFile
	b, err := os.ReadFile(wantPath)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &w); err != nil {
		t.Fatalf("%s: %v", wantPath, err)
	}
	a, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d := LoadArticles(a)
	got := map[string]*Fact{}
	for _, f := range d.Facts {
		if !f.Derived {
			got[factKeyString(f.ISO2, f.Metric, f.Value, f.Max)] = f
		}
	}
	seen := map[string]bool{}
	for _, wf := range w.Facts {
		k := factKeyString(wf.ISO2, wf.Metric, wf.Value, wf.ValueMax)
		seen[k] = true
		f := got[k]
		if f == nil {
			t.Errorf("missing %s", k)
			continue
		}
		if wf.Mentions != 0 && len(f.Mentions) != wf.Mentions {
			t.Errorf("%s: %d mentions, want %d", k, len(f.Mentions), wf.Mentions)
		}
		if wf.Approx != nil {
			var want string
			_ = json.Unmarshal(*wf.Approx, &want)
			if f.Approx.String() != want {
				t.Errorf("%s: approx %q, want %q", k, f.Approx, want)
			}
		}
		if wf.AsOf != nil && f.AsOf.String() != *wf.AsOf {
			t.Errorf("%s: as_of %q, want %q", k, f.AsOf, *wf.AsOf)
		}
		if wf.Lender != nil && f.Lender != *wf.Lender {
			t.Errorf("%s: lender %q, want %q", k, f.Lender, *wf.Lender)
		}
	}
	var extra []string
	for k, f := range got {
		if !seen[k] {
			extra = append(extra, fmt.Sprintf("%s from %q", k, f.Mentions[0].Quote))
		}
	}
	sort.Strings(extra)
	for _, e := range extra {
		t.Errorf("unexpected %s", e)
	}
	wantUn := map[string]bool{}
	for _, u := range w.Unattributed {
		wantUn[factKeyString("", u.Metric, u.Value, u.ValueMax)] = true
	}
	gotUn := map[string]*Fact{}
	for _, f := range d.Unattributed {
		gotUn[factKeyString("", f.Metric, f.Value, f.Max)] = f
	}
	for k := range wantUn {
		if gotUn[k] == nil {
			t.Errorf("missing unattributed %s", k)
		}
	}
	for k, f := range gotUn {
		if !wantUn[k] {
			t.Errorf("unexpected unattributed %s from %q", k, f.Mentions[0].Quote)
		}
	}
	for _, f := range append(append([]*Fact{}, d.Facts...), d.Unattributed...) {
		for _, m := range f.Mentions {
			if m.Start < 0 || m.End > len(a.Text) || !strings.Contains(m.Quote, a.Text[m.Start:m.End]) {
				t.Errorf("%s: mention %d..%d not inside its quote", f.Metric, m.Start, m.End)
			}
		}
		if math.IsNaN(f.Value) || math.IsInf(f.Value, 0) {
			t.Errorf("non-finite value")
		}
	}
}

// TestTwinCorpus runs whole articles written in the messy styles of the real development set
// (syndicated, spun, translated, listicles, reposts), as structural twins of its constructions.
func TestTwinCorpus(t *testing.T) { runCorpus(t, "testdata/twins") }
