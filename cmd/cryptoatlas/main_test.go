package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"

	"cryptoatlas"
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
}

// TestUnknownCommandSuggestsTheClosest: a mistyped subcommand names the one meant; a
// word close to none gets no guess.
func TestUnknownCommandSuggestsTheClosest(t *testing.T) {
	for typo, want := range map[string]string{
		"exprot": "export", "extarct": "extract", "countrys": "countries", "verison": "version",
		"Export": "export", "expor": "export", "xyzzy": "",
	} {
		_, errs, code := runCLI(typo)
		if code != 2 || !strings.Contains(errs, fmt.Sprintf("unknown command %q", typo)) {
			t.Errorf("%s: exit %d, stderr %q", typo, code, errs)
		}
		if got := strings.Contains(errs, "did you mean"); want == "" && got {
			t.Errorf("%s: a guess for a word close to no command: %q", typo, errs)
		} else if want != "" && !strings.Contains(errs, fmt.Sprintf("did you mean %q?", want)) {
			t.Errorf("%s: no suggestion of %q: %q", typo, want, errs)
		}
	}
}

func TestMissingFileExitsOneNamingIt(t *testing.T) {
	_, errs, code := runCLI("extract", "no/such/article.txt")
	if code != 1 || !strings.Contains(errs, "no/such/article.txt") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
}

func TestHelpListsEveryCommand(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"-h"}, {"help"}} {
		out, errs, code := runCLI(args...)
		if code != 0 || errs != "" {
			t.Fatalf("%v: exit %d, stderr %q", args, code, errs)
		}
		for _, c := range commands() {
			if !strings.Contains(out, "cryptoatlas "+c.name) || !strings.Contains(out, c.summary) {
				t.Errorf("%v does not list %s with its summary", args, c.name)
			}
		}
	}
}

// TestCommandHelpDescribesEveryFlagWithAnExample: `cryptoatlas COMMAND --help` (and
// `cryptoatlas help COMMAND`) prints the usage line, every flag with a description, and
// examples that between them use every flag.
func TestCommandHelpDescribesEveryFlagWithAnExample(t *testing.T) {
	flagLine := regexp.MustCompile(`^  -(\w+)`)
	for _, c := range commands() {
		out, errs, code := runCLI(c.name, "--help")
		if code != 0 || errs != "" {
			t.Fatalf("%s --help: exit %d, stderr %q", c.name, code, errs)
		}
		if again, _, _ := runCLI("help", c.name); again != out {
			t.Errorf("help %s differs from %s --help", c.name, c.name)
		}
		if !strings.HasPrefix(out, commandUsage(c.name)+"\n") {
			t.Errorf("%s --help does not start with its usage line:\n%s", c.name, out)
		}
		help, examples, ok := strings.Cut(out, "\nExamples:\n")
		if !ok || !strings.Contains(examples, "cryptoatlas "+c.name) {
			t.Errorf("%s --help has no examples:\n%s", c.name, out)
			continue
		}
		lines := strings.Split(help, "\n")
		for i, l := range lines {
			m := flagLine.FindStringSubmatch(l)
			if m == nil {
				continue
			}
			if i+1 >= len(lines) || len(strings.TrimSpace(lines[i+1])) < 10 {
				t.Errorf("%s: flag -%s has no description", c.name, m[1])
			}
			if !strings.Contains(examples, "-"+m[1]+" ") {
				t.Errorf("%s: no example uses -%s:\n%s", c.name, m[1], examples)
			}
		}
	}
}

// TestVersionComesFromFyneAppToml: `cryptoatlas version` prints the name, version and
// build of FyneApp.toml, the file the package is made from and the About dialog reads.
func TestVersionComesFromFyneAppToml(t *testing.T) {
	var f struct {
		Details struct {
			Name, Version string
			Build         int
		}
	}
	if _, err := toml.DecodeFile("../../FyneApp.toml", &f); err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprintf("%s %s (build %d)\n", f.Details.Name, f.Details.Version, f.Details.Build)
	for _, args := range [][]string{{"version"}, {"--version"}} {
		out, errs, code := runCLI(args...)
		if code != 0 || errs != "" || out != want {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want %q", args, code, out, errs, want)
		}
	}
	if m := cryptoatlas.App(); m.Version != f.Details.Version || m.Name != f.Details.Name {
		t.Errorf("metadata %+v, FyneApp.toml %+v", m, f.Details)
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

// TestExtractExplainGivesEveryNumberItsReasons: --explain lists each number of the sample
// with its metric and country and the reasons, and the lawmakers count as dropped.
func TestExtractExplainGivesEveryNumberItsReasons(t *testing.T) {
	out, errs, code := runCLI("extract", "--explain")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	for _, want := range []string{
		`"over 6,200 BTC"`, "btc_holdings, El Salvador (charted)",
		`"2,000 megawatts"`, "mining_power_mw, Pakistan (charted)", "metric: Mining: “mining”",
		`"11" at`, "dropped: A count, not of crypto holders",
		"country: Tied to Pakistan: the country its clause names before it",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("explanation lacks %q:\n%s", want, out)
		}
	}
}

// TestExtractJSONGivesReasons: every fact has why.metric and why.country in words.
func TestExtractJSONGivesReasons(t *testing.T) {
	out, _, _ := runCLI("extract")
	var doc struct {
		Facts []struct {
			Metric string `json:"metric"`
			Why    struct{ Metric, Country string }
		} `json:"facts"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	for _, f := range doc.Facts {
		if f.Why.Metric == "" || f.Why.Country == "" {
			t.Errorf("%s: no reason: %+v", f.Metric, f.Why)
		}
	}
}

// TestExportToStandardOutput: -o - writes the picture itself, and no file named "-".
func TestExportToStandardOutput(t *testing.T) {
	dir := t.TempDir()
	wd, _ := os.Getwd()
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	out, errs, code := runCLI("export", "--chart", "holdings", "-o", "-")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	if !strings.HasPrefix(out, "\x89PNG\r\n") {
		t.Errorf("standard output is not a PNG: %q", out[:min(len(out), 16)])
	}
	if _, err := os.Stat(filepath.Join(dir, "-")); err == nil {
		t.Error(`a file named "-" was written`)
	}
	if _, errs, code := runCLI("export", "--chart", "all", "-o", "-"); code != 2 || errs == "" {
		t.Errorf("--chart all -o -: exit %d, stderr %q; want a usage error", code, errs)
	}
}
