package chart

import (
	"math"
	"slices"
	"strings"
	"testing"

	"cryptoatlas/data"
	"cryptoatlas/data/number"
)

// slotOf finds a country's slot.
func slotOf(t *testing.T, s Spec, iso2 string) Slot {
	t.Helper()
	for _, sl := range s.Slots {
		if sl.ISO2 == iso2 {
			return sl
		}
	}
	t.Fatalf("%s chart has no row for %s", s.Kind, iso2)
	return Slot{}
}

// quotes returns the quotes a slot's reference numbers point to.
func quotes(s Spec, sl Slot) []string {
	var out []string
	for _, n := range sl.Refs {
		out = append(out, s.Refs[n-1].Quote)
	}
	return out
}

func TestSampleArticleCharts(t *testing.T) {
	ds := sampleDataset(t)
	const source = "Pakistan and El Salvador formalize crypto link (CryptoNewsBytes.com)"
	tests := []struct {
		kind        Kind
		iso2        string
		label, note string
		refs        int    // quotes behind the row
		written     string // how every one of those quotes writes the figure
		blank       string
	}{
		{Holdings, "SV", ">6,200 BTC", "worth ≈$745M", 2, "6,200 BTC", "PK"},
		{Mining, "PK", "2,000 MW", "≈17.5 TWh/yr (derived)", 2, "2,000 megawatts", "SV"},
		{Loans, "PK", "$7B", "IMF · term to 2027", 1, "$7 billion loan from the International Monetary Fund", "SV"},
		{Adoption, "PK", "15–20M", "", 1, "between 15 million and 20 million", "SV"},
	}
	for _, tt := range tests {
		t.Run(string(tt.kind), func(t *testing.T) {
			s := Build(tt.kind, ds, nil)
			if s.Title == "" || s.Unit == "" || s.Empty != "" {
				t.Errorf("title %q, unit %q, empty %q", s.Title, s.Unit, s.Empty)
			}
			if len(s.Slots) != 2 || s.Slots[0].ISO2 != tt.iso2 || s.Slots[1].ISO2 != tt.blank {
				t.Fatalf("rows %+v, want %s then %s (not stated last)", s.Slots, tt.iso2, tt.blank)
			}
			got := s.Slots[0]
			if !got.Stated || got.Label != tt.label || got.Note != tt.note {
				t.Errorf("row = stated %v, label %q, note %q; want %q, %q", got.Stated, got.Label, got.Note, tt.label, tt.note)
			}
			if len(got.Refs) != tt.refs || len(s.Refs) != tt.refs {
				t.Errorf("refs %v of %d, want %d quotes", got.Refs, len(s.Refs), tt.refs)
			}
			for _, q := range quotes(s, got) {
				if !strings.Contains(q, tt.written) {
					t.Errorf("quote %q does not say %q", q, tt.written)
				}
			}
			if blank := s.Slots[1]; blank.Stated || blank.Value != 0 || blank.Label != "" {
				t.Errorf("%s should be not stated, got %+v", tt.blank, blank)
			}
			if !slices.Equal(s.Sources, []string{source}) {
				t.Errorf("sources %q, want %q", s.Sources, source)
			}
		})
	}
}

func TestAdoptionRangeIsARange(t *testing.T) {
	pk := slotOf(t, Build(Adoption, sampleDataset(t), nil), "PK")
	if !pk.Range || pk.Value != 15e6 || pk.Max != 20e6 {
		t.Errorf("Pakistan's holders = %v to %v (range %v), want 15M to 20M", pk.Value, pk.Max, pk.Range)
	}
}

func TestImpliedPriceIsNotCharted(t *testing.T) {
	s := Build(Holdings, sampleDataset(t), nil)
	for _, sl := range s.Slots {
		if sl.Fact != nil && sl.Fact.Metric != data.BTCHoldings || strings.Contains(sl.Label+sl.Note, "120") {
			t.Errorf("holdings row %s shows %q / %q: only BTC held is charted", sl.ISO2, sl.Label, sl.Note)
		}
	}
}

func TestEveryCountryHasASlotOnEveryChart(t *testing.T) {
	ds := worldDataset(t)
	var want []string
	for _, k := range Kinds {
		var got []string
		for _, sl := range Build(k, ds, nil).Slots {
			got = append(got, sl.ISO2)
		}
		slices.Sort(got)
		if want == nil {
			want = got
		} else if !slices.Equal(got, want) {
			t.Errorf("%s chart has rows %v, want %v", k, got, want)
		}
	}
	for _, iso := range []string{"US", "CN", "BT", "SV", "PK", "ET", "NO", "AR", "NG", "VN"} {
		if !slices.Contains(want, iso) {
			t.Errorf("no row for %s", iso)
		}
	}
}

func TestRowsRunLargestFirstAndNotStatedLast(t *testing.T) {
	for _, k := range Kinds {
		s := Build(k, worldDataset(t), nil)
		for i := 1; i < len(s.Slots); i++ {
			a, b := s.Slots[i-1], s.Slots[i]
			switch {
			case !a.Stated && b.Stated:
				t.Errorf("%s: %s (not stated) before %s", k, a.Country, b.Country)
			case a.Stated && b.Stated && sortValue(a) < sortValue(b):
				t.Errorf("%s: %s (%v) before the larger %s (%v)", k, a.Country, a.Value, b.Country, b.Value)
			case !a.Stated && !b.Stated && a.Country > b.Country:
				t.Errorf("%s: not-stated rows out of name order: %s, %s", k, a.Country, b.Country)
			}
		}
	}
}

func TestNotStatedIsNeverAZeroBar(t *testing.T) {
	for _, k := range Kinds {
		for _, sl := range Build(k, worldDataset(t), nil).Slots {
			if !sl.Stated && (sl.Value != 0 || sl.Label != "" || sl.Fact != nil) {
				t.Errorf("%s: not-stated row %s carries a figure: %+v", k, sl.Country, sl)
			}
		}
	}
}

func TestDisagreeingFiguresLatestIsTheBarOthersArePoints(t *testing.T) {
	ds := worldDataset(t)
	tests := []struct {
		kind   Kind
		iso2   string
		bar    float64
		others []float64
	}{
		// The update article (published June 2025) revises Bhutan and Nigeria.
		{Holdings, "BT", 11000, []float64{10000, 12500}},
		{Adoption, "NG", 33e6, []float64{22e6}},
		{Adoption, "PK", 12e6, []float64{15e6}},
	}
	for _, tt := range tests {
		s := Build(tt.kind, ds, nil)
		sl := slotOf(t, s, tt.iso2)
		if sl.Value != tt.bar || !slices.Equal(sl.Others, tt.others) {
			t.Errorf("%s %s: bar %v, others %v; want %v, %v", tt.kind, tt.iso2, sl.Value, sl.Others, tt.bar, tt.others)
		}
		if len(sl.OtherLabels) != len(sl.Others) || len(sl.OthersMax) != len(sl.Others) {
			t.Errorf("%s %s: %d others but %d labels, %d maxima", tt.kind, tt.iso2, len(sl.Others), len(sl.OtherLabels), len(sl.OthersMax))
		}
		if len(sl.Refs) < 1+len(tt.others) {
			t.Errorf("%s %s: %d references for %d figures", tt.kind, tt.iso2, len(sl.Refs), 1+len(tt.others))
		}
	}
	pk := slotOf(t, Build(Adoption, ds, nil), "PK")
	if pk.OthersMax[0] != 20e6 {
		t.Errorf("Pakistan's other figure is the 15–20M range, got max %v", pk.OthersMax[0])
	}
}

func TestRepeatedFigureIsOneBarWithEveryQuote(t *testing.T) {
	// The sample states Pakistan's 2,000 MW in two sentences: one bar citing both.
	s := Build(Mining, worldDataset(t), nil)
	pk := slotOf(t, s, "PK")
	if len(pk.Others) != 0 || len(pk.Refs) != 2 {
		t.Errorf("Pakistan 2,000 MW: others %v, refs %v; want one figure with two quotes", pk.Others, pk.Refs)
	}
}

func TestReferencesNumberEachSentenceOnce(t *testing.T) {
	s := Build(Holdings, worldDataset(t), nil)
	seen := map[string]bool{}
	for i, r := range s.Refs {
		if r.N != i+1 {
			t.Errorf("reference %d is numbered %d", i+1, r.N)
		}
		if seen[r.Quote] {
			t.Errorf("quote %q numbered twice", r.Quote)
		}
		seen[r.Quote] = true
		if r.Quote == "" || r.Article == "" || r.Fact == nil {
			t.Errorf("reference %d is incomplete: %+v", r.N, r)
		}
	}
	// Numbers read down the chart.
	last := 0
	for _, sl := range s.Slots {
		for _, n := range sl.Refs {
			if n < last {
				t.Errorf("%s cites [%d] after [%d] was used above", sl.Country, n, last)
			}
			last = max(last, n)
		}
	}
}

func TestNotesQuoteTheirFigures(t *testing.T) {
	ds := worldDataset(t)
	tests := []struct {
		kind       Kind
		iso2, note string
	}{
		{Holdings, "US", "worth ≈$19.6B"},
		{Mining, "ET", "10.5 TWh/yr (derived)"},
		{Mining, "NO", "≈1 TWh/yr (reported)"}, // energy stated, no MW: a note on a blank row
		{Loans, "AR", "IMF · term to 2029"},
		{Loans, "GH", "IMF"},
	}
	for _, tt := range tests {
		sl := slotOf(t, Build(tt.kind, ds, nil), tt.iso2)
		if !strings.Contains(sl.Note, tt.note) {
			t.Errorf("%s %s note = %q, want %q", tt.kind, tt.iso2, sl.Note, tt.note)
		}
	}
	no := slotOf(t, Build(Mining, ds, nil), "NO")
	if no.Stated || len(no.Refs) != 1 {
		t.Errorf("Norway: stated %v, refs %v; want a blank row citing its energy figure", no.Stated, no.Refs)
	}
}

func TestChosenCountriesKeepTheirOrder(t *testing.T) {
	s := Build(Holdings, sampleDataset(t), []string{"pk", "El Salvador", "Atlantis"})
	var got []string
	for _, sl := range s.Slots {
		got = append(got, sl.Country)
	}
	if want := []string{"Pakistan", "El Salvador", "Atlantis"}; !slices.Equal(got, want) {
		t.Errorf("rows %q, want %q", got, want)
	}
	if s.Slots[2].Stated {
		t.Error("an unknown country cannot have a figure")
	}
}

func TestNoFiguresOfThisKind(t *testing.T) {
	ds := parseArticles(t, [2]string{"weather.txt", "Weather report\nIt rained in Paris all week.\n"})
	for _, k := range Kinds {
		s := Build(k, ds, nil)
		if s.Empty != EmptyMessage || len(s.Slots) != 0 {
			t.Errorf("%s: empty %q with %d rows", k, s.Empty, len(s.Slots))
		}
		if !slices.Equal(s.Sources, []string{"Weather report"}) {
			t.Errorf("%s: sources %q, want the article read", k, s.Sources)
		}
	}
	if s := Build(Holdings, nil, nil); s.Empty != EmptyMessage {
		t.Errorf("no dataset: empty = %q", s.Empty)
	}
	if s := Build(Loans, sampleDataset(t), []string{"SV"}); s.Empty != EmptyMessage || len(s.Slots) != 1 {
		t.Errorf("El Salvador has no loan in the sample: empty %q, rows %d", s.Empty, len(s.Slots))
	}
}

func TestNonFiniteFiguresAreNotStated(t *testing.T) {
	ds := sampleDataset(t)
	id := ds.Articles[0].ID
	for _, v := range []float64{math.NaN(), math.Inf(1), -5} {
		ds.Facts = append(ds.Facts, &data.Fact{Article: id, ISO2: "FR", Country: "France", Metric: data.BTCHoldings, Value: v, Approx: number.Exact})
	}
	s := Build(Holdings, ds, nil)
	for _, sl := range s.Slots {
		if sl.ISO2 == "FR" {
			t.Error("a country whose only figures are not numbers got a row")
		}
	}
	if fr := slotOf(t, Build(Holdings, ds, []string{"FR"}), "FR"); fr.Stated {
		t.Errorf("France's NaN holding is charted: %+v", fr)
	}
}

// TestPickedFigureIsTheBar: when articles disagree, the bar is the latest figure unless
// the user picked another; the others stay as points.
func TestPickedFigureIsTheBar(t *testing.T) {
	a, err := data.Parse("a.txt", "", []byte("Reserves\nPublished: 3 March 2025\n\nBhutan holds 13,000 BTC, officials said.\n"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := data.Parse("b.txt", "", []byte("Reserves\nPublished: 9 May 2025\n\nBhutan holds 11,000 BTC, a tracker said.\n"))
	if err != nil {
		t.Fatal(err)
	}
	ds := data.LoadArticles(a, b)
	bar := func() (float64, []float64) {
		s := Build(Holdings, ds, []string{"BT"}).Slots[0]
		return s.Value, s.Others
	}
	if v, others := bar(); v != 11000 || len(others) != 1 || others[0] != 13000 {
		t.Fatalf("bar %v, others %v: want the May figure with the March one as a point", v, others)
	}
	for _, f := range ds.FactsFor("BT") {
		if f.Metric == data.BTCHoldings && f.Value == 13000 {
			ds.Pick(f)
		}
	}
	if v, others := bar(); v != 13000 || len(others) != 1 || others[0] != 11000 {
		t.Errorf("after picking: bar %v, others %v", v, others)
	}
	ds.Unpick("BT", data.BTCHoldings)
	if v, _ := bar(); v != 11000 {
		t.Errorf("after unpicking: bar %v", v)
	}
}
