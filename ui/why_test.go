package ui

import (
	"context"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"cryptoatlas/data"
)

// TestReasonsAreWords: every reason the window shows for every figure of the test
// articles is a sentence for a reader, never the extractor's rule identifier.
func TestReasonsAreWords(t *testing.T) {
	ds, _, err := data.Load(context.Background(), []string{filepath.Join("..", "data", "testdata", "articles")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	identifier := regexp.MustCompile(`\b[a-z0-9]+_[a-z0-9_]+\b`) // snake_case: a metric or rule name
	bare := regexp.MustCompile(`^[a-z0-9]+([-_][a-z0-9]+)*$`)    // one token, as "named-before"
	check := func(f *data.Fact, line, reason string) {
		t.Helper()
		rule := string(f.Why.Rule)
		switch {
		case identifier.MatchString(line):
			t.Errorf("%s %s: an identifier in %q", f.Article, f.Label(), line)
		case rule != "" && strings.Contains(rule, "-") && strings.Contains(line, rule):
			t.Errorf("%s %s: the rule %q shown in %q", f.Article, f.Label(), rule, line)
		case bare.MatchString(strings.TrimSpace(reason)):
			t.Errorf("%s %s: %q is an identifier, not a reason in words", f.Article, f.Label(), line)
		}
	}
	n := 0
	for _, fs := range [][]*data.Fact{ds.Facts, ds.Unattributed, ds.Planned} {
		for _, f := range fs {
			lines := whyLines(f)
			if len(lines) == 0 {
				t.Errorf("%s %s: no reason shown", f.Article, f.Label())
			}
			for _, l := range lines {
				_, reason, _ := strings.Cut(l, ": ")
				check(f, l, reason)
				n++
			}
			for i, c := range f.Candidates {
				check(f, candidateLine(i+1, c), c.Why)
			}
			for _, it := range whyItems(f) {
				if identifier.MatchString(it.Label) {
					t.Errorf("menu line %q", it.Label)
				}
			}
		}
	}
	if n < 100 {
		t.Errorf("only %d reasons checked", n)
	}
}

// TestWhyWhereFiguresAppear: a figure selected from a bar or the text says why above the
// source text; the table and the profile say it beside the figure; a bar under the
// pointer says it in the status bar.
func TestWhyWhereFiguresAppear(t *testing.T) {
	at := newSampleAtlas(t)
	var mw *data.Fact
	for _, f := range at.ds.Facts {
		if f.Metric == data.MiningPowerMW {
			mw = f
		}
	}
	at.SelectFact(mw)
	if !at.Source.Why.Visible() || !strings.Contains(at.Source.Why.String(), "Country: "+mw.Why.Country) {
		t.Errorf("the source pane says %q", at.Source.Why.String())
	}
	at.Charts.Table.pick([]*data.Fact{mw})
	if !strings.Contains(at.Charts.Table.Why.String(), "Metric: "+mw.Why.Metric) {
		t.Errorf("the table says %q", at.Charts.Table.Why.String())
	}
	at.ShowProfile("PK")
	if e := entryFor(t, at.Profile, data.MiningPowerMW); len(e.Why) == 0 {
		t.Error("the profile gives no reason")
	}
	at.showWhy(mw)
	if !at.Hint.Visible() || at.Status.Visible() || !strings.Contains(at.Hint.Text, mw.Why.Country) {
		t.Errorf("hovering shows %q", at.Hint.Text)
	}
	at.showWhy(nil)
	if at.Hint.Visible() || !at.Status.Visible() {
		t.Error("the status line did not come back")
	}
}
