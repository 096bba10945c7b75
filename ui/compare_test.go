package ui

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"cryptoatlas/data"
	"cryptoatlas/ui/chart"
)

// row returns the comparison row with the given label, its cells' texts joined by " | ".
func row(t *testing.T, v *compareView, label string) string {
	t.Helper()
	for _, r := range v.Rows {
		if r.Label == label {
			var cells []string
			for _, c := range r.Cells {
				cells = append(cells, c.Text)
			}
			return strings.Join(cells, " | ")
		}
	}
	t.Fatalf("no row %q", label)
	return ""
}

func headers(v *compareView) string {
	var names []string
	for _, h := range v.Headers {
		names = append(names, h.Name.Text)
	}
	return strings.Join(names, ", ")
}

func TestCompareTwoCountries(t *testing.T) {
	at := newSampleAtlas(t)
	v := at.Compare
	if !v.Hint.Visible() || len(v.Headers) != 0 {
		t.Fatal("an empty comparison should explain how to add countries")
	}
	at.ShowProfile("PK")
	test.Tap(at.Profile.Compare)
	at.StepCountry(1)
	test.Tap(at.Profile.Compare)
	if at.Profile.Compare.Text != "Remove from compare" {
		t.Errorf("the profile's button says %q for a compared country", at.Profile.Compare.Text)
	}
	at.ShowCompare()
	if got := headers(v); got != "Pakistan, El Salvador" || v.tab.Text != "Compare (2)" || v.Hint.Visible() {
		t.Fatalf("columns %q, tab %q", got, v.tab.Text)
	}
	for label, want := range map[string]string{
		"Bitcoin holdings": "not stated | >6,200 BTC",
		"Mining power":     "2,000 MW | not stated",
		"Loan":             "$7B | not stated",
		"Crypto holders":   "15–20M people | not stated",
		"Region":           "Asia | North America",
	} {
		if got := row(t, v, label); got != want {
			t.Errorf("row %s: %q, want %q", label, got, want)
		}
	}

	// A value shows its sentence.
	var loan *compareCell
	for _, r := range v.Rows {
		if r.Label == "Loan" {
			loan = r.Cells[0]
		}
	}
	link := loan.Values[0]
	test.TapAt(link, fyne.NewPos(12, link.Size().Height/2)) // on the text: a hyperlink ignores taps beside it
	if !strings.Contains(at.Source.article.Slice(at.Source.marked), "$7 billion loan") {
		t.Errorf("tapping $7B marked %q", at.Source.article.Slice(at.Source.marked))
	}

	// Adding from the tab, and removing.
	v.Add.SetSelected("United States")
	if got := headers(v); got != "Pakistan, El Salvador, United States" {
		t.Errorf("after adding: %q", got)
	}
	test.Tap(v.Headers[0].Remove)
	if got := headers(v); got != "El Salvador, United States" || row(t, v, "Bitcoin holdings") != ">6,200 BTC | not stated" {
		t.Errorf("after removing Pakistan: %q", got)
	}
	if hasRow(v, "Mining power") {
		t.Error("a metric neither country states should have no row")
	}
	test.Tap(v.Clear)
	if len(v.Headers) != 0 || v.tab.Text != "Compare" {
		t.Errorf("Clear left %q", headers(v))
	}
}

func hasRow(v *compareView, label string) bool {
	for _, r := range v.Rows {
		if r.Label == label {
			return true
		}
	}
	return false
}

// manyCountries loads four of data's test articles: a dozen countries, some with
// several figures of one metric, some named without figures.
func manyCountries(t *testing.T) *Atlas {
	t.Helper()
	var arts []*data.Article
	for _, name := range []string{"01_bhutan_hydro_reserve.txt", "04_central_asia_miners.txt",
		"07_argentina_egypt_imf.txt", "35_legal_tender_club.json"} {
		a, err := data.ReadFile(filepath.Join("..", "data", "testdata", "articles", name))
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	at := newSampleAtlas(t)
	at.SetDataset(data.LoadArticles(arts...))
	return at
}

func TestManyCountryProfiles(t *testing.T) {
	at := manyCountries(t)
	rows := at.Countries.rows
	if len(rows) < 10 {
		t.Fatalf("%d countries", len(rows))
	}
	// Most figures first, then by name; the divider above the first without figures.
	div := -1
	for i, r := range rows {
		if i > 0 && (r.Figures > rows[i-1].Figures || r.Figures == rows[i-1].Figures && r.Name < rows[i-1].Name) {
			t.Errorf("%s after %s", r.Name, rows[i-1].Name)
		}
		if r.Figures == 0 && div < 0 {
			div = i
		}
	}
	if div <= 0 || len(at.Countries.dividerRows) != 1 || at.Countries.dividerRows[0] != div {
		t.Errorf("divider above %v, want row %d", at.Countries.dividerRows, div)
	}

	// Every profile builds and lists every fact of its country.
	for _, r := range rows {
		at.ShowProfile(r.ISO2)
		p := at.Profile
		if p.ISO2 != r.ISO2 || len(p.Figures) != len(at.ds.FactsFor(r.ISO2)) || stated(p) != r.Figures {
			t.Errorf("%s: %d figures shown, %d stated; want %d stated", r.Name, len(p.Figures), stated(p), r.Figures)
		}
		if (r.Figures == 0) != (p.NoFigures != nil) {
			t.Errorf("%s: %d figures but the no-figures message is %v", r.Name, r.Figures, p.NoFigures != nil)
		}
		if len(p.Timeline) != len(at.ds.EventsFor(r.ISO2)) {
			t.Errorf("%s: %d timeline entries", r.Name, len(p.Timeline))
		}
	}

	// Egypt's two loans name their lenders.
	at.ShowProfile("EG")
	var lenders []string
	for _, e := range at.Profile.Figures {
		if e.Fact.Metric == data.LoanUSD {
			lenders = append(lenders, e.Fact.Lender)
			if !strings.Contains(e.Notes, "lender: "+e.Fact.Lender) {
				t.Errorf("notes %q", e.Notes)
			}
		}
	}
	if len(lenders) != 2 {
		t.Errorf("Egypt's loans from %v", lenders)
	}

	// El Salvador is only named here, yet has a dated event.
	at.ShowProfile("SV")
	if at.Profile.NoFigures == nil || len(at.Profile.Timeline) == 0 {
		t.Error("El Salvador should show no figures but its January 2025 event")
	}

	// Filter by region, by ISO3; browse within the filter.
	test.Type(at.Countries.Filter, "africa")
	for _, r := range at.Countries.rows {
		if r.Region != "Africa" {
			t.Errorf("the Africa filter shows %s (%s)", r.Name, r.Region)
		}
	}
	at.Countries.Filter.SetText("KGZ")
	if len(at.Countries.rows) != 1 || at.Countries.rows[0].ISO2 != "KG" {
		t.Errorf("KGZ found %v", at.Countries.rows)
	}
	at.Countries.Filter.SetText("")

	// Four countries side by side; a country with two figures of a metric shows both.
	for _, iso := range []string{"BT", "KZ", "AR", "EG"} {
		at.ToggleCompare(iso)
	}
	v := at.Compare
	if got := headers(v); got != "Bhutan, Kazakhstan, Argentina, Egypt" {
		t.Fatalf("columns %q", got)
	}
	if got := row(t, v, "Mining power"); got != "100 MW | 1,000 MW | not stated | not stated" {
		t.Errorf("mining power row %q", got)
	}
	if got := row(t, v, "Bitcoin holdings"); !strings.HasPrefix(got, "≈10,000 BTC; 12,500 BTC |") {
		t.Errorf("holdings row %q", got)
	}
	if got := row(t, v, "Loan"); !strings.HasSuffix(got, "| $20B | $3B; $8B") {
		t.Errorf("loan row %q", got)
	}

	// A new dataset drops the countries it does not name from the comparison.
	sample := newSampleAtlas(t).ds
	at.SetDataset(sample)
	if len(v.ISO2s) != 0 {
		t.Errorf("after loading the sample, still comparing %v", v.ISO2s)
	}
}

// TestCompareIsTheTickedCountries checks there is one selection: ticking a country in
// the list compares it, adding one in Compare ticks it and charts it, Clear shows every
// country again.
func TestCompareIsTheTickedCountries(t *testing.T) {
	at := manyCountries(t)
	v := at.Compare
	at.ChartCountry("BT", true)
	at.ChartCountry("KZ", true)
	if got := headers(v); got != "Bhutan, Kazakhstan" || v.tab.Text != "Compare (2)" {
		t.Fatalf("after ticking two countries the comparison shows %q (tab %q)", got, v.tab.Text)
	}
	v.Add.SetSelected("Egypt")
	if !at.charted("EG") || strings.Join(at.ChartedCountries(), ",") != "BT,KZ,EG" {
		t.Errorf("adding Egypt in Compare left the ticked countries %v", at.ChartedCountries())
	}
	if s := at.Charts.views[chart.Holdings].Spec(); len(s.Slots) != 3 {
		t.Errorf("the chart shows %d rows for three ticked countries", len(s.Slots))
	}
	at.ShowProfile("KZ")
	if at.Profile.Compare.Text != "Remove from compare" {
		t.Errorf("a ticked country's profile offers %q", at.Profile.Compare.Text)
	}
	test.Tap(at.Profile.Compare)
	if at.charted("KZ") || headers(v) != "Bhutan, Egypt" {
		t.Errorf("removing Kazakhstan on its profile left %v ticked, %q compared", at.ChartedCountries(), headers(v))
	}
	test.Tap(v.Headers[0].Remove)
	if at.charted("BT") || headers(v) != "Egypt" {
		t.Errorf("removing Bhutan in Compare left %v ticked", at.ChartedCountries())
	}
	test.Tap(v.Clear)
	if len(at.ChartedCountries()) != 0 || len(v.Headers) != 0 {
		t.Errorf("Clear left %v ticked and %q compared", at.ChartedCountries(), headers(v))
	}
}

// TestCompareNamesTheSourcesOfARepeatedFigure: a figure three articles repeat is shown
// once, with the three sources, not three times.
func TestCompareNamesTheSourcesOfARepeatedFigure(t *testing.T) {
	at := newSampleAtlas(t)
	var arts []*data.Article
	for i, outlet := range []string{"Ledger Weekly", "ChainDesk", "Steppe Finance"} {
		a, err := data.Parse(fmt.Sprintf("pk%d.json", i), "", []byte(fmt.Sprintf(
			`{"title": "Pakistan's mining plan, part %d", "source": %q, "text": "Pakistan has set aside 2,000 MW for bitcoin mining."}`, i+1, outlet)))
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	at.SetDataset(data.LoadArticles(arts...))
	at.ChartCountry("PK", true)
	got := row(t, at.Compare, "Mining power")
	if want := "2,000 MW · Ledger Weekly, ChainDesk, Steppe Finance"; got != want {
		t.Errorf("mining power %q, want %q", got, want)
	}
	if n := len(at.Compare.Rows); n == 0 {
		t.Fatal("no rows")
	}
}
