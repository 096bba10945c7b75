package chart

import (
	"fmt"
	"testing"

	"cryptoatlas/data"
)

// TestGoldenTimeline compares timelines, light and dark, with images a person has
// looked at: dated reports over three years (steps, a same-day disagreement, an undated
// figure listed under the chart), months of mining power with a planned figure, and
// the sample article.
func TestGoldenTimeline(t *testing.T) {
	reports := reportsDataset(t)
	cases := []struct {
		name string
		spec Spec
	}{
		{"timeline_reports_btc", BuildTimeline(reports, data.BTCHoldings, nil)},
		{"timeline_reports_mining", BuildTimeline(reports, data.MiningPowerMW, nil)},
		{"timeline_sample", BuildTimeline(sampleDataset(t), data.BTCHoldings, nil)},
	}
	for _, cs := range cases {
		for _, theme := range []Theme{Light, Dark} {
			img, _, err := Render(cs.spec, Options{Width: 1200, Height: 750, Theme: theme, References: true})
			if err != nil {
				t.Fatal(err)
			}
			checkGolden(t, cs.name+"_"+string(theme), img)
		}
	}
}

// TestTimelineKeepsEveryReport: each dated figure is a point at its date, figures of
// one day that disagree are two points (never their average), a figure with no date
// is listed apart, and every point cites its quote.
func TestTimelineKeepsEveryReport(t *testing.T) {
	spec := BuildTimeline(reportsDataset(t), data.BTCHoldings, nil)
	got := map[string]string{}
	for _, s := range spec.Series {
		var line string
		for _, p := range s.Points {
			line += fmt.Sprintf("%s=%g ", p.When, p.Value)
			if len(p.Refs) == 0 {
				t.Errorf("%s %s: no reference", s.Country, p.Label)
			}
		}
		for _, p := range s.Undated {
			line += fmt.Sprintf("undated=%g ", p.Value)
		}
		got[s.Country] = line
	}
	want := map[string]string{
		"El Salvador": "2022-03-15=1800 2023-11-02=2800 2025-04-04=6100 undated=5000 ",
		"Bhutan":      "2023-11-02=9000 2024-06-10=12000 2024-06-10=13000 ",
	}
	for c, w := range want {
		if got[c] != w {
			t.Errorf("%s: %q, want %q", c, got[c], w)
		}
	}
}

// TestTimelineMarksPlannedAndDerived: a planned figure and a derived one are kept, and
// marked, never drawn as stated.
func TestTimelineMarksPlannedAndDerived(t *testing.T) {
	ds := reportsDataset(t)
	planned := 0
	for _, p := range BuildTimeline(ds, data.MiningPowerMW, nil).Series[0].Points {
		if p.Planned {
			planned++
			if p.Value != 3000 {
				t.Errorf("planned %v, want 3,000 MW", p.Value)
			}
		}
	}
	if planned != 1 {
		t.Errorf("%d planned points, want 1", planned)
	}
	for _, p := range BuildTimeline(ds, data.MiningEnergyTWh, nil).Series[0].Points {
		if !p.Derived {
			t.Errorf("%s: energy from MW not marked derived", p.Label)
		}
	}
}

// TestTimelineAxisFollowsTheSpan: years for reports over three years, months for
// reports within one.
func TestTimelineAxisFollowsTheSpan(t *testing.T) {
	reg, bold, _ := loadFonts()
	ds := reportsDataset(t)
	for m, months := range map[data.Metric]bool{data.BTCHoldings: false, data.MiningPowerMW: true} {
		l := plan(BuildTimeline(ds, m, nil), Options{}, measurer{reg, bold})
		if l.tl.months != months {
			t.Errorf("%s: months = %v, want %v", m, l.tl.months, months)
		}
		for _, tk := range l.tl.ticks {
			if tk.label != "" && months != (len(tk.label) > 4) {
				t.Errorf("%s: tick %q", m, tk.label)
			}
		}
	}
}

// TestTimelinePointsAreClickable: every point drawn has a region with its fact.
func TestTimelinePointsAreClickable(t *testing.T) {
	spec := BuildTimeline(reportsDataset(t), data.BTCHoldings, nil)
	_, regions, err := Render(spec, Options{})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, s := range spec.Series {
		n += len(s.Points)
	}
	if len(regions) != n {
		t.Fatalf("%d regions for %d points", len(regions), n)
	}
	for _, r := range regions {
		if r.Fact == nil || r.ISO2 == "" || r.Full == "" {
			t.Errorf("region %+v", r)
		}
	}
}

// TestTimelineLogScaleForAWideSpread: a country of 300 BTC beside one of 198,000 goes on
// a log scale, so its changes are not flattened to the axis; the axis says so.
func TestTimelineLogScaleForAWideSpread(t *testing.T) {
	ds := parseArticles(t, [2]string{"wide.txt", "Reserves compared\nPublished: 4 April 2025\nThe United States holds about 198,000 BTC. Singapore holds 300 BTC.\n"})
	reg, bold, _ := loadFonts()
	if l := plan(BuildTimeline(ds, data.BTCHoldings, nil), Options{}, measurer{reg, bold}); !l.tl.ax.log {
		t.Error("a spread of 660× on a linear axis")
	}
	if l := plan(BuildTimeline(reportsDataset(t), data.BTCHoldings, nil), Options{}, measurer{reg, bold}); l.tl.ax.log {
		t.Error("a spread of 7× on a log axis")
	}
}
