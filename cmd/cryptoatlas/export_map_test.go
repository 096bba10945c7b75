package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExportMapOfAMetric: --chart map --metric writes the map of that metric; a metric
// outside the map's list, or --metric on a bar chart, is a usage error; --chart all
// writes the map too.
func TestExportMapOfAMetric(t *testing.T) {
	dir := t.TempDir()
	for _, m := range []string{"btc_holdings", "mining_power_mw"} {
		path := filepath.Join(dir, m+".svg")
		if _, errs, code := runCLI("export", "--chart", "map", "--metric", m, "-o", path); code != 0 {
			t.Fatalf("%s: exit %d: %s", m, code, errs)
		}
		b, err := os.ReadFile(path)
		if err != nil || !bytes.Contains(b, []byte("<svg")) {
			t.Fatalf("%s: %v", path, err)
		}
		want := map[string]string{"btc_holdings": "El Salvador &gt;6,200 BTC", "mining_power_mw": "Pakistan 2,000 MW"}[m]
		if !bytes.Contains(b, []byte(want)) {
			t.Errorf("%s does not say %q", path, want)
		}
	}
	for _, args := range [][]string{
		{"--chart", "map", "--metric", "legal_tender_year"},
		{"--chart", "map", "--metric", "nosuch"},
		{"--chart", "holdings", "--metric", "loan_usd"},
	} {
		if _, errs, code := runCLI(append([]string{"export", "-o", filepath.Join(dir, "x.png")}, args...)...); code != 2 || !strings.Contains(errs, "metric") {
			t.Errorf("%v: exit %d, stderr %q; want a usage error about the metric", args, code, errs)
		}
	}
	all := filepath.Join(dir, "all")
	if out, errs, code := runCLI("export", "--chart", "all", "-o", all); code != 0 || !strings.Contains(out, "map.png") {
		t.Errorf("--chart all: exit %d, stdout %q, stderr %q; want map.png among them", code, out, errs)
	}
}

// TestExportTimelineOfChosenCountries: --chart timeline --metric --countries draws the
// countries asked for, each point numbered to its quote.
func TestExportTimelineOfChosenCountries(t *testing.T) {
	dir := t.TempDir()
	article := filepath.Join(dir, "reserve.txt")
	text := "El Salvador's reserve grows\nPublished: 4 April 2025\nEl Salvador has acquired over 6,100 BTC.\nBhutan holds 13,000 BTC.\n"
	if err := os.WriteFile(article, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "reserves.svg")
	if _, errs, code := runCLI("export", "--chart", "timeline", "--metric", "btc_holdings", "--countries", "El Salvador", "-o", path, article); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Bitcoin holdings over time", "El Salvador", "[1]", "Apr 2025"} {
		if !bytes.Contains(b, []byte(want)) {
			t.Errorf("%s does not say %q", path, want)
		}
	}
	if bytes.Contains(b, []byte("Bhutan holds")) {
		t.Error("Bhutan is drawn, though only El Salvador was asked for")
	}
	if _, errs, code := runCLI("export", "--chart", "timeline", "--metric", "loan_term_end_year", "-o", path); code != 2 {
		t.Errorf("a year metric: exit %d (%s), want 2", code, errs)
	}
}
