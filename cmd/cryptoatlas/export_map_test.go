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
