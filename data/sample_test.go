package data

import (
	"strings"
	"testing"

	"cryptoatlas/assets"
)

func loadSample(t testing.TB) *Dataset {
	t.Helper()
	a, err := Parse(assets.SampleName, "", assets.Sample)
	if err != nil {
		t.Fatal(err)
	}
	return LoadArticles(a)
}

// TestSampleArticleFacts checks the table of DESIGN.md: exactly these charted facts,
// with their countries, ISO codes, values and mention counts, and every quote holding
// the text at its offsets.
func TestSampleArticleFacts(t *testing.T) {
	d := loadSample(t)
	type key struct {
		iso2   string
		metric Metric
		value  float64
		max    float64
	}
	want := map[key]struct {
		country  string
		mentions int
		approx   string
	}{
		{"SV", BTCHoldings, 6200, 0}:      {"El Salvador", 2, "over"},
		{"SV", HoldingsUSD, 745e6, 0}:     {"El Salvador", 1, "about"},
		{"SV", LegalTenderYear, 2021, 0}:  {"El Salvador", 2, ""},
		{"PK", MiningPowerMW, 2000, 0}:    {"Pakistan", 2, ""},
		{"PK", CryptoHolders, 15e6, 20e6}: {"Pakistan", 1, ""},
		{"PK", LoanUSD, 7e9, 0}:           {"Pakistan", 1, ""},
		{"PK", LoanTermEndYear, 2027, 0}:  {"Pakistan", 1, ""},
	}
	got := map[key]*Fact{}
	for _, f := range d.Facts {
		if f.Derived {
			continue
		}
		k := key{f.ISO2, f.Metric, f.Value, 0}
		if f.Max != nil {
			k.max = *f.Max
		}
		if got[k] != nil {
			t.Errorf("fact %v appears twice", k)
		}
		got[k] = f
	}
	for k, w := range want {
		f := got[k]
		if f == nil {
			t.Errorf("missing %v", k)
			continue
		}
		if f.Country != w.country || len(f.Mentions) != w.mentions || f.Approx.String() != w.approx {
			t.Errorf("%v: country %q, %d mentions, approx %q; want %q, %d, %q", k, f.Country, len(f.Mentions), f.Approx, w.country, w.mentions, w.approx)
		}
	}
	for k, f := range got {
		if _, ok := want[k]; !ok {
			t.Errorf("unexpected fact %v from %q", k, f.Mentions[0].Quote)
		}
	}
	if loan := got[key{"PK", LoanUSD, 7e9, 0}]; loan != nil && loan.Lender != "IMF" {
		t.Errorf("loan lender %q, want IMF", loan.Lender)
	}
	if lt := got[key{"SV", LegalTenderYear, 2021, 0}]; lt != nil && lt.AsOf.String() != "2021-09" {
		t.Errorf("legal tender as_of %q, want 2021-09", lt.AsOf)
	}
	if mw := got[key{"PK", MiningPowerMW, 2000, 0}]; mw != nil && mw.AsOf.String() != "--05" {
		t.Errorf("mining as_of %q, want --05 (May, year unknown)", mw.AsOf)
	}
	a := d.Articles[0]
	for _, f := range append(append([]*Fact{}, d.Facts...), d.Unattributed...) {
		for _, m := range f.Mentions {
			figure := a.Text[m.Start:m.End]
			if !strings.Contains(m.Quote, figure) || a.Text[m.Sentence.Start:m.Sentence.End] != m.Quote {
				t.Errorf("%s %v: quote %q does not hold %q", f.ISO2, f.Metric, m.Quote, figure)
			}
		}
	}
	for _, f := range d.Unattributed {
		t.Errorf("unexpected unattributed figure %v %v in %q", f.Metric, f.Value, f.Mentions[0].Quote)
	}
}

func TestSampleStructure(t *testing.T) {
	d := loadSample(t)
	a := d.Articles[0]
	if a.Title != "Pakistan and El Salvador formalize crypto link" {
		t.Errorf("title %q", a.Title)
	}
	if a.Source != "CryptoNewsBytes.com" {
		t.Errorf("source %q, want CryptoNewsBytes.com", a.Source)
	}
	kinds := map[string]BlockKind{}
	for _, b := range a.Blocks {
		kinds[a.Slice(b.Span)] = b.Kind
	}
	for text, want := range map[string]BlockKind{
		"Conclusion":                   Heading,
		"Disclaimer":                   Boilerplate,
		"Featured image created by AI": Boilerplate,
		"Subscribe To Our Newsletter":  Boilerplate,
		"Join our mailing list to receive the latest news and updates from our team.":                                       Boilerplate,
		"Trump met with 11 GOP lawmakers in the Oval Office to discuss backing for the stablecoin bill and the GENIUS Act.": Bullet,
		"IMF conditions and financial context":                                                                              Heading,
	} {
		if got, ok := kinds[text]; !ok || got != want {
			t.Errorf("%q: kind %v (found %v), want %v", text, got, ok, want)
		}
	}
}

func TestSampleCountries(t *testing.T) {
	d := loadSample(t)
	figures := map[string]int{}
	for _, c := range d.Countries() {
		figures[c.ISO2] = c.Figures
	}
	if figures["SV"] != 3 || figures["PK"] != 4 {
		t.Errorf("El Salvador %d figures, Pakistan %d; want 3 and 4", figures["SV"], figures["PK"])
	}
	if n, ok := figures["US"]; !ok || n != 0 {
		t.Errorf("United States: listed %v with %d figures; want listed with none (named only in \"U.S. dollar\")", ok, n)
	}
}
