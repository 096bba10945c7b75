package chart

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"cryptoatlas/assets"
	"cryptoatlas/data"
)

// sampleDataset is the embedded sample article, as the app opens it.
func sampleDataset(t testing.TB) *data.Dataset {
	t.Helper()
	a, err := data.Parse(assets.SampleName, "", assets.Sample)
	if err != nil {
		t.Fatal(err)
	}
	return data.LoadArticles(a)
}

// parseArticles parses articles written in a test, name -> text, in the order given.
func parseArticles(t testing.TB, texts ...[2]string) *data.Dataset {
	t.Helper()
	var arts []*data.Article
	for _, nt := range texts {
		a, err := data.Parse(nt[0], "", []byte(nt[1]))
		if err != nil {
			t.Fatalf("%s: %v", nt[0], err)
		}
		arts = append(arts, a)
	}
	return data.LoadArticles(arts...)
}

// worldArticle names many countries with every kind of figure: holdings with dollar
// values, mining power, IMF loans with terms, adoption ranges and qualifiers.
const worldArticle = `Sovereign bitcoin: who holds, mines and borrows
By Jane Doe, Ledger Weekly
The United States holds about 198,000 BTC, worth roughly $19.6 billion. China holds an estimated 190,000 BTC. The United Kingdom holds about 61,000 BTC.
Bhutan holds about 10,000 BTC, valued at around $1.05 billion. A separate tally puts Bhutan's holdings at 12,500 BTC.
Finland holds about 1,900 BTC.
Mining
Ethiopia has allocated 1,200 megawatts to bitcoin miners. Paraguay offers about 400 MW. Kazakhstan has 1 GW of licensed mining capacity. Kenya has about 50 MW. Russia uses over 2,500 megawatts for mining.
Norway's miners used about 1 TWh last year.
Loans
Argentina secured a $20 billion loan from the International Monetary Fund, with reforms through 2029. Egypt received an $8 billion IMF loan running to 2026. Sri Lanka has a $2.9 billion IMF programme through 2027. Ghana secured a $3 billion loan from the IMF.
Adoption
Nigeria has an estimated 22 million crypto holders. Vietnam has between 17 million and 21 million crypto users. Kenya has 4 to 6 million crypto owners. Brazil has at least 10 million crypto investors. Thailand has up to 3 million crypto holders.
Disclaimer: this article is from LedgerWeekly.com.
`

// updateArticle is a later article that disagrees with some figures.
const updateArticle = `Bhutan and Nigeria revise their crypto numbers
Published June 12, 2025
A new count shows Bhutan holds 11,000 BTC. Pakistan is now estimated to have 12 million crypto holders. A central bank survey puts Nigeria's crypto users at 33 million.
Disclaimer: this article is from ChainDesk.io.
`

// worldDataset is the sample with two more articles: many countries, sources that
// disagree, every kind of mark.
func worldDataset(t testing.TB) *data.Dataset {
	t.Helper()
	return parseArticles(t,
		[2]string{assets.SampleName, string(assets.Sample)},
		[2]string{"world.txt", worldArticle},
		[2]string{"update.txt", updateArticle},
	)
}

// fortyCountries are the countries of the dense test, long names included.
var fortyCountries = []string{
	"Argentina", "Australia", "Austria", "Bangladesh", "Belgium", "Bhutan", "Bosnia and Herzegovina",
	"Brazil", "Bulgaria", "Canada", "Central African Republic", "Chile", "Colombia", "Croatia",
	"Denmark", "Egypt", "Ethiopia", "Finland", "Georgia", "Ghana", "Greece", "Hungary",
	"Iceland", "India", "Indonesia", "Ireland", "Israel", "Japan", "Kenya", "Malaysia",
	"Mexico", "Morocco", "Nepal", "Norway", "Paraguay", "Peru", "Portugal",
	"Saint Vincent and the Grenadines", "Trinidad and Tobago", "United Arab Emirates",
}

// fortyArticle states a BTC holding for each of the forty countries.
func fortyArticle() string {
	var b strings.Builder
	b.WriteString("Forty governments and their bitcoin\nBy Desk Staff, Reserve Monitor\n")
	for i, c := range fortyCountries {
		v := int(math.Round(150 * math.Pow(1.19, float64(i))))
		fmt.Fprintf(&b, "%s holds %s BTC.\n", c, data.Thousands(float64(v)))
	}
	b.WriteString("Disclaimer: this article is from ReserveMonitor.net.\n")
	return b.String()
}

func fortyDataset(t testing.TB) *data.Dataset {
	t.Helper()
	return parseArticles(t, [2]string{"forty.txt", fortyArticle()})
}

// specWith is a hand-made spec of one chart's rows, for edge cases the extractor
// cannot produce (NaN, Inf, values from 1 to 1e10).
func specWith(slots ...Slot) Spec {
	for i := range slots {
		if slots[i].Stated && slots[i].Label == "" {
			slots[i].Label = data.FormatValue(data.BTCHoldings, slots[i].Value, nil, 0)
		}
	}
	return Spec{
		Kind: Holdings, Title: "Bitcoin holdings", Subtitle: "A hand-made spec", Unit: "BTC",
		Metric: data.BTCHoldings, Slots: slots, Sources: []string{"Test article — Test Outlet"},
	}
}

func stated(iso, name string, v float64) Slot {
	return Slot{ISO2: iso, Country: name, Stated: true, Value: v}
}

func nanValue() float64 { return math.NaN() }
func infValue() float64 { return math.Inf(1) }

// referencesSpec is a chart whose quotes cannot all fit under it at 1200×750: long
// sentences from several articles, so the references wrap into columns and continue
// on a second page.
func referencesSpec() Spec {
	outlets := []string{"Ledger Weekly", "ChainDesk", "Frontier Markets Wire", "Steppe Finance"}
	s := specWith(stated("US", "United States", 198000), stated("CN", "China", 190000), stated("GB", "United Kingdom", 61000),
		stated("BT", "Bhutan", 11000), stated("SV", "El Salvador", 6200), stated("FI", "Finland", 1900))
	for i := 0; i < 30; i++ {
		quote := fmt.Sprintf("Officials in the capital said on Tuesday that the government's wallet number %d, "+
			"which the treasury audited in the spring, still holds the coins seized in an investigation "+
			"that began years ago, and that no sale is planned before the next budget is agreed.", i+1)
		if i%3 == 0 {
			quote = fmt.Sprintf("The finance ministry confirmed holding %d,000 BTC.", i+2)
		}
		o := outlets[i%len(outlets)]
		s.Refs = append(s.Refs, Ref{N: i + 1, Quote: quote, Article: "Article " + o, Outlet: o,
			Source: fmt.Sprintf("Who holds what, part %d (%s, %d June 2025)", i%4+1, o, i%28+1)})
	}
	for i := range s.Slots {
		s.Slots[i].Refs = []int{5*i + 1, 5*i + 2, 5*i + 3}
	}
	return s
}

// notStatedSpec is a chart of three bars and a dozen countries no article gives a figure
// for, one of them with a note: the blank rows collapse into one line.
func notStatedSpec() Spec {
	s := specWith(stated("PK", "Pakistan", 2000), stated("ET", "Ethiopia", 600), stated("OM", "Oman", 300))
	s.Slots[1].Others, s.Slots[1].OthersMax, s.Slots[1].OtherLabels = []float64{1200}, []float64{1200}, []string{"1,200 BTC"}
	s.Slots[2].Others, s.Slots[2].OthersMax, s.Slots[2].OtherLabels = []float64{2000, 2050}, []float64{2000, 2050}, []string{"2,000 BTC", "2,050 BTC"}
	for _, c := range [][2]string{{"AR", "Argentina"}, {"BR", "Brazil"}, {"EG", "Egypt"}, {"GE", "Georgia"},
		{"GH", "Ghana"}, {"IR", "Iran"}, {"JP", "Japan"}, {"KE", "Kenya"}, {"NO", "Norway"}, {"TH", "Thailand"},
		{"UA", "Ukraine"}, {"VN", "Vietnam"}} {
		s.Slots = append(s.Slots, Slot{ISO2: c[0], Country: c[1]})
	}
	s.Slots[len(s.Slots)-4].Note = "≈1 TWh/yr in 2024 (reported)" // Norway keeps its slot
	return s
}
