package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runCLI(args ...string) (stdout, stderr string, code int) {
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return out.String(), errb.String(), code
}

// TestExtractJSONShape checks the contract of `cryptoatlas extract --format json`
// (DESIGN.md): the keys of articles, facts, mentions and unattributed figures.
func TestExtractJSONShape(t *testing.T) {
	out, errs, code := runCLI("extract", "--format", "json")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	var doc map[string][]map[string]any
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"articles", "facts", "unattributed"} {
		if _, ok := doc[k]; !ok {
			t.Errorf("no %q list", k)
		}
	}
	for _, a := range doc["articles"] {
		for _, k := range []string{"id", "title", "source", "path", "published"} {
			if _, ok := a[k]; !ok {
				t.Errorf("article lacks %q", k)
			}
		}
	}
	if len(doc["facts"]) == 0 {
		t.Fatal("no facts")
	}
	for _, f := range doc["facts"] {
		for _, k := range []string{"article", "country", "iso2", "metric", "value", "value_max", "unit", "approx", "as_of", "lender", "derived", "mentions"} {
			if _, ok := f[k]; !ok {
				t.Errorf("fact lacks %q", k)
			}
		}
		for _, m := range f["mentions"].([]any) {
			mm := m.(map[string]any)
			for _, k := range []string{"start", "end", "quote"} {
				if _, ok := mm[k]; !ok {
					t.Errorf("mention lacks %q", k)
				}
			}
		}
	}
	// The loan names its lender.
	found := false
	for _, f := range doc["facts"] {
		if f["metric"] == "loan_usd" && f["iso2"] == "PK" {
			found = true
			if f["lender"] != "IMF" {
				t.Errorf("loan lender %v, want IMF", f["lender"])
			}
		}
	}
	if !found {
		t.Error("no Pakistan loan")
	}
}

func TestExtractCSVHasHeaderAndQuotes(t *testing.T) {
	out, _, code := runCLI("extract", "--format=csv")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) < 8 {
		t.Fatalf("%d rows", len(rows))
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	for _, k := range []string{"country", "iso2", "metric", "value", "value_max", "unit", "quote", "source"} {
		if _, ok := col[k]; !ok {
			t.Errorf("no %q column", k)
		}
	}
	for _, r := range rows[1:] {
		if r[col["quote"]] == "" {
			t.Errorf("row without quote: %v", r)
		}
	}
}

func TestUsageErrorsExitTwo(t *testing.T) {
	for _, args := range [][]string{
		{"extract", "--format", "nosuch"},
		{"extract", "--nosuch"},
		{"exprot"},
		{"--nosuch"},
		{"export", "--chart", "pie"},
		{"export", "--chart", "holdings", "--width", "10"},
		{"export", "--chart", "holdings", "--scale", "9"},
		{"countries", "--format", "xml"},
	} {
		_, errs, code := runCLI(args...)
		if code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
		if !strings.Contains(errs, "usage") && !strings.Contains(errs, "--help") {
			t.Errorf("%v: stderr %q has no usage hint", args, errs)
		}
	}
	_, errs, _ := runCLI("exprot")
	if !strings.Contains(errs, `did you mean "export"`) {
		t.Errorf("no suggestion for a typo: %q", errs)
	}
}

func TestMissingFileExitsOneNamingIt(t *testing.T) {
	_, errs, code := runCLI("extract", "no/such/article.txt")
	if code != 1 || !strings.Contains(errs, "no/such/article.txt") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
}

func TestHelpListsEveryCommand(t *testing.T) {
	out, _, code := runCLI("--help")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, c := range commands() {
		if !strings.Contains(out, c.name) {
			t.Errorf("--help does not list %s", c.name)
		}
	}
	out, _, code = runCLI("export", "--help")
	if code != 0 || !strings.Contains(out, "--theme") || !strings.Contains(out, "Examples") {
		t.Errorf("export --help: exit %d\n%s", code, out)
	}
}

func TestVersion(t *testing.T) {
	out, _, code := runCLI("version")
	if code != 0 || !strings.HasPrefix(out, "Crypto Atlas ") {
		t.Errorf("exit %d, %q", code, out)
	}
}

func TestExportWritesEveryChart(t *testing.T) {
	dir := t.TempDir()
	out, errs, code := runCLI("export", "--chart", "all", "-o", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, k := range []string{"holdings", "mining", "loans", "adoption"} {
		b, err := os.ReadFile(filepath.Join(dir, k+".png"))
		if err != nil || !bytes.HasPrefix(b, []byte("\x89PNG")) {
			t.Errorf("%s.png: %v", k, err)
		}
		if !strings.Contains(out, k+".png") {
			t.Errorf("stdout does not name %s.png", k)
		}
	}
}

// TestExportFailureKeepsExistingFile: an output that cannot be written exits 1 naming
// the path, and a file already there is left as it was.
func TestExportFailureKeepsExistingFile(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "chart.png")
	if err := os.WriteFile(target, []byte("previous"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(dir, 0o500); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(dir, 0o700)
	if f, err := os.Create(filepath.Join(dir, "probe")); err == nil {
		f.Close()
		t.Skip("running as a user who can write read-only folders (root)")
	}
	_, errs, code := runCLI("export", "--chart", "holdings", "-o", target)
	if code != 1 || !strings.Contains(errs, target) {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
	if b, _ := os.ReadFile(target); string(b) != "previous" {
		t.Errorf("existing file changed to %q", b)
	}
}

func TestCountriesJSONShape(t *testing.T) {
	out, _, code := runCLI("countries", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var rows []map[string]any
	if err := json.Unmarshal([]byte(out), &rows); err != nil {
		t.Fatal(err)
	}
	byISO := map[string]map[string]any{}
	for _, r := range rows {
		for _, k := range []string{"name", "iso2", "iso3", "region", "capital", "currency", "facts", "events"} {
			if _, ok := r[k]; !ok {
				t.Errorf("%v lacks %q", r["name"], k)
			}
		}
		byISO[r["iso2"].(string)] = r
	}
	count := func(iso string) int {
		n := 0
		for _, f := range byISO[iso]["facts"].([]any) {
			if !f.(map[string]any)["derived"].(bool) {
				n++
			}
		}
		return n
	}
	if count("SV") != 3 || count("PK") != 4 || count("US") != 0 {
		t.Errorf("figures: SV %d, PK %d, US %d; want 3, 4, 0", count("SV"), count("PK"), count("US"))
	}
	for _, iso := range []string{"SV", "PK"} {
		if len(byISO[iso]["events"].([]any)) == 0 {
			t.Errorf("%s has no dated events", iso)
		}
	}
}
