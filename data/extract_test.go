package data

import (
	"encoding/json"
	"strings"
	"testing"
)

// facts extracts a short article and lists its facts as "ISO2 metric value" lines.
func facts(t *testing.T, text string) (attributed, unattributed []string) {
	t.Helper()
	a, err := Parse("test.txt", "", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	d := LoadArticles(a)
	for _, f := range d.Facts {
		if !f.Derived {
			attributed = append(attributed, factKeyString(f.ISO2, f.Metric, f.Value, f.Max))
		}
	}
	for _, f := range d.Unattributed {
		unattributed = append(unattributed, factKeyString("", f.Metric, f.Value, f.Max))
	}
	return attributed, unattributed
}

// sentenceCase is a short text and the facts a reader takes from it, as "ISO2 metric
// value" joined by "; ", attributed and unattributed.
type sentenceCase struct {
	name, text   string
	want, wantUn string
}

// runSentenceCases checks each case; a failure prints the extractor's reasons for every
// number in the text.
func runSentenceCases(t *testing.T, tests []sentenceCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, un := facts(t, tt.text)
			g, u := strings.Join(got, "; "), strings.Join(un, "; ")
			if g != tt.want || u != tt.wantUn {
				t.Errorf("facts %q, want %q\nunattributed %q, want %q\n%s", g, tt.want, u, tt.wantUn, explainText(t, tt.text))
			}
		})
	}
}

func TestSentenceRules(t *testing.T) {
	tests := []sentenceCase{
		{"a sale after the holding is not of the holding",
			"Reserves\n\nBhutan now holds 11,000 BTC after selling part of its reserve.",
			"BT btc_holdings 11000", ""},
		{"two countries, one figure each",
			"Reserves\n\nBhutan holds 13,000 BTC while El Salvador holds 6,100 BTC.",
			"BT btc_holdings 13000; SV btc_holdings 6100", ""},
		{"two countries sharing a figure",
			"Reserves\n\nPakistan and Kenya together hold 300 BTC.",
			"", " btc_holdings 300"},
		{"respectively",
			"Reserves\n\nBhutan and El Salvador hold 13,000 and 6,100 BTC, respectively.",
			"BT btc_holdings 13000; SV btc_holdings 6100", ""},
		{"price per bitcoin",
			"Prices\n\nBitcoin traded at $97,000 per coin as El Salvador bought more.",
			"", ""},
		{"victim of a hack",
			"Hacks\n\nHackers stole 4,500 BTC from a Japanese exchange last year.",
			"", ""},
		{"loan from a country: the lender is not the borrower",
			"Loans\n\nPakistan secured a $2 billion loan from China.",
			"PK loan_usd 2e+09", ""},
		{"a year that ends legal tender is not its start",
			"Reversal\n\nEl Salvador ended bitcoin's legal tender status in January 2025.",
			"", ""},
		{"the paragraph's subject carries",
			"Adoption\n\nNigeria is Africa's largest crypto market. The central bank estimates 22 million citizens hold crypto.",
			"NG crypto_holders 2.2e+07", ""},
		{"a population is not a count of holders",
			"Adoption\n\nFew of the country's 120 million people hold crypto, officials in Ethiopia said.",
			"", ""},
		{"national capacity is not a mining allocation",
			"Power\n\nPakistan has 46,000 MW of installed capacity and allocated 2,000 MW to bitcoin miners.",
			"PK mining_power_mw 2000", ""},
	}
	runSentenceCases(t, tests)
}

func TestOutletFromSyndicationLine(t *testing.T) {
	a, err := Parse("x.txt", "", []byte("Title here\n\nBhutan holds 1 BTC.\n\nThis article originally appeared on GridWatch Africa and is republished with permission.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if a.Source != "GridWatch Africa" {
		t.Errorf("source %q", a.Source)
	}
}

func TestFormatValue(t *testing.T) {
	max := 20e6
	for _, tt := range []struct {
		m    Metric
		v    float64
		max  *float64
		want string
	}{
		{BTCHoldings, 6200, nil, "6,200 BTC"},
		{HoldingsUSD, 745e6, nil, "$745M"},
		{LoanUSD, 7e9, nil, "$7B"},
		{LoanUSD, 1.4e9, nil, "$1.4B"},
		{MiningPowerMW, 2000, nil, "2,000 MW"},
		{MiningEnergyTWh, 0.0009, nil, "0.0009 TWh"},
		{MiningEnergyTWh, 17.52, nil, "17.5 TWh"},
		{CryptoHolders, 15e6, &max, "15–20M people"},
		{LegalTenderYear, 2021, nil, "2021"},
	} {
		if got := FormatValue(tt.m, tt.v, tt.max, 0); got != tt.want {
			t.Errorf("%v %v: %q, want %q", tt.m, tt.v, got, tt.want)
		}
	}
}

func TestImpossibleFiguresAreNotFacts(t *testing.T) {
	got, un := facts(t, "Reserves\n\nBhutan holds 50 trillion BTC, a satirical site claimed.")
	if len(got) != 0 || len(un) != 0 {
		t.Errorf("facts %v, unattributed %v: more bitcoin than will ever exist is not a figure", got, un)
	}
}

// TestExtractionKeepsNothingOfReusedBuffers: an extractor reuses its buffers (the
// lower-cased text among them) from article to article, so nothing it returns may point
// into them. Every test article extracted by one reused extractor, checked after all of
// them are done, equals its extraction by a fresh one.
func TestExtractionKeepsNothingOfReusedBuffers(t *testing.T) {
	arts, _ := benchArticles(t)
	describe := func(ex Extraction) string {
		b, err := json.Marshal(ex)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	want := make([]string, len(arts))
	for i, a := range arts {
		x := &extractor{}
		x.reset(a)
		x.run()
		want[i] = describe(x.out)
	}
	reused := &extractor{}
	got := make([]Extraction, len(arts))
	for i, a := range arts {
		reused.reset(a)
		reused.run()
		got[i] = reused.out
	}
	for i, a := range arts {
		if g := describe(got[i]); g != want[i] {
			t.Errorf("%s: extracted with a reused extractor:\n%s\nwith a fresh one:\n%s", a.ID, g, want[i])
		}
	}
}
