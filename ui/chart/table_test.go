package chart

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"cryptoatlas/data"
)

// cell finds a country's cell for a metric.
func cell(t *testing.T, tb Table, iso2 string, m data.Metric) TableCell {
	t.Helper()
	col := slices.Index(tb.Metrics, m)
	for _, r := range tb.Rows {
		if r.ISO2 == iso2 && col >= 0 {
			return r.Cells[col]
		}
	}
	t.Fatalf("no cell for %s %s", iso2, m)
	return TableCell{}
}

func TestTableHasEveryStatedMetric(t *testing.T) {
	tb := BuildTable(sampleDataset(t), nil)
	want := []data.Metric{data.BTCHoldings, data.HoldingsUSD, data.MiningPowerMW, data.MiningEnergyTWh,
		data.LoanUSD, data.LoanTermEndYear, data.CryptoHolders, data.LegalTenderYear}
	if !slices.Equal(tb.Metrics, want) {
		t.Errorf("columns %v, want the 8 stated metrics %v", tb.Metrics, want)
	}
	for _, r := range tb.Rows {
		if len(r.Cells) != len(tb.Metrics) {
			t.Errorf("%s has %d cells for %d columns", r.Country, len(r.Cells), len(tb.Metrics))
		}
	}
}

func TestTableOfTheSampleArticle(t *testing.T) {
	tb := BuildTable(sampleDataset(t), nil)
	var names []string
	for _, r := range tb.Rows {
		names = append(names, r.Country)
	}
	if len(names) != 2 || !slices.Contains(names, "Pakistan") || !slices.Contains(names, "El Salvador") {
		t.Fatalf("rows %q, want Pakistan and El Salvador", names)
	}
	tests := []struct {
		iso2   string
		metric data.Metric
		label  string
		quote  string // in the quote behind the cell
	}{
		{"SV", data.BTCHoldings, ">6,200 BTC", "6,200 BTC"},
		{"SV", data.HoldingsUSD, "≈$745M", "$745 million"},
		{"SV", data.LegalTenderYear, "2021", "legal tender"},
		{"PK", data.MiningPowerMW, "2,000 MW", "2,000 megawatts"},
		{"PK", data.LoanUSD, "$7B (IMF)", "$7 billion"},
		{"PK", data.LoanTermEndYear, "2027", "through 2027"},
		{"PK", data.CryptoHolders, "15–20M people", "15 million"},
	}
	for _, tt := range tests {
		c := cell(t, tb, tt.iso2, tt.metric)
		if !c.Stated || c.Label != tt.label || len(c.Facts) == 0 || len(c.Refs) == 0 {
			t.Errorf("%s %s = %+v, want %q with its facts and quotes", tt.iso2, tt.metric, c, tt.label)
			continue
		}
		for _, n := range c.Refs {
			if q := tb.Refs[n-1].Quote; !strings.Contains(q, tt.quote) {
				t.Errorf("%s %s cites %q, which does not say %q", tt.iso2, tt.metric, q, tt.quote)
			}
		}
	}
	if c := cell(t, tb, "SV", data.MiningPowerMW); c.Stated || c.Label != NotStated || len(c.Refs) != 0 {
		t.Errorf("El Salvador's mining power should be not stated, got %+v", c)
	}
	if c := cell(t, tb, "PK", data.MiningEnergyTWh); c.Stated {
		t.Errorf("the derived 17.5 TWh is not a stated figure: %+v", c)
	}
}

func TestTableListsEveryFigureLatestFirst(t *testing.T) {
	tb := BuildTable(worldDataset(t), nil)
	c := cell(t, tb, "BT", data.BTCHoldings)
	if c.Label != "11,000 BTC; ≈10,000 BTC; 12,500 BTC" {
		t.Errorf("Bhutan's holdings = %q, want all three figures, the latest first", c.Label)
	}
	if len(c.Refs) != 3 {
		t.Errorf("Bhutan's holdings cite %v, want three quotes", c.Refs)
	}
}

func TestTableOfChosenCountries(t *testing.T) {
	tb := BuildTable(sampleDataset(t), []string{"SV"})
	if len(tb.Rows) != 1 || tb.Rows[0].Country != "El Salvador" {
		t.Errorf("rows %+v, want El Salvador only", tb.Rows)
	}
	if empty := BuildTable(nil, nil); len(empty.Rows) != 0 || len(empty.Metrics) != 8 {
		t.Errorf("a table of nothing has %d rows and %d columns", len(empty.Rows), len(empty.Metrics))
	}
}

// TestTableCellCountsFiguresBeyondAFew: a country that many articles give different
// figures for lists the latest three and counts the rest, rather than hundreds of figures
// in one cell.
func TestTableCellCountsFiguresBeyondAFew(t *testing.T) {
	var arts []*data.Article
	for i, v := range []string{"1,100", "1,200", "1,300", "1,400", "1,500", "1,600"} {
		text := fmt.Sprintf("Bhutan reserve update\nPublished: %d March 2025\n\nBhutan holds %s BTC in its national reserve, officials said.\n", i+1, v)
		a, err := data.Parse(fmt.Sprintf("a%d.txt", i), "", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	c := cell(t, BuildTable(data.LoadArticles(arts...), nil), "BT", data.BTCHoldings)
	if want := "1,600 BTC; 1,500 BTC; 1,400 BTC; 3 more"; c.Label != want {
		t.Errorf("label %q, want %q", c.Label, want)
	}
	if len(c.Facts) != 6 {
		t.Errorf("%d facts behind the cell, want all 6", len(c.Facts))
	}
}
