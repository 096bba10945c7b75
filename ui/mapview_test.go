package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"cryptoatlas/data"
	"cryptoatlas/ui/chart"
)

// mapRegion draws the Map tab at 800×500 and finds the region of a country.
func mapRegion(t *testing.T, at *Atlas, k chart.Kind, iso2 string) (*chartView, chart.Region) {
	t.Helper()
	v := at.Charts.views[k]
	v.scale = 1
	v.Resize(fyne.NewSize(800, 500))
	v.draw(800, 500)
	for _, r := range v.regions {
		if r.ISO2 == iso2 {
			return v, r
		}
	}
	t.Fatalf("no region for %s among %d", iso2, len(v.regions))
	return nil, chart.Region{}
}

// TestMapClickSelectsTheCountryLikeABar: a click on El Salvador's marker selects its
// figure (country, bar, sentence) as a click on its bar does; hovering shows the figure
// and its quote.
func TestMapClickSelectsTheCountryLikeABar(t *testing.T) {
	at := newSampleAtlas(t)
	at.Charts.show(chart.Map)
	v, r := mapRegion(t, at, chart.Map, "SV")
	if r.Fact == nil {
		t.Fatal("El Salvador's marker has no fact")
	}
	v.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: center(r)}})
	if !v.tip.shown() || !strings.Contains(v.tip.label.Text, "El Salvador: >6,200 BTC") || !strings.Contains(v.tip.label.Text, "“") {
		t.Errorf("hover tip %q (shown %v), want the figure and its quote", v.tip.label.Text, v.tip.shown())
	}
	v.Tapped(&fyne.PointEvent{Position: center(r)})
	if at.selected != "SV" || at.fact != r.Fact {
		t.Errorf("after the click: country %q, fact %v; want El Salvador's holding", at.selected, at.fact)
	}
	if at.Charts.Current() != chart.Map {
		t.Errorf("the click left the map for %s", at.Charts.Current())
	}
	if at.Source.article == nil || at.Source.article.ID != r.Fact.Article {
		t.Error("the source text does not show the figure's article")
	}
	// Pakistan is named without holdings: a click selects the country.
	_, pk := mapRegion(t, at, chart.Map, "PK")
	v.Tapped(&fyne.PointEvent{Position: center(pk)})
	if at.selected != "PK" {
		t.Errorf("a click on Pakistan selects %q", at.selected)
	}
}

// TestMapAndTimelineShareTheirMetric: choosing mining power on the Map tab shows it on
// the Timeline tab too, and an export of either draws it.
func TestMapAndTimelineShareTheirMetric(t *testing.T) {
	at := newSampleAtlas(t)
	at.Charts.SetMetric(data.MiningPowerMW)
	for _, k := range []chart.Kind{chart.Map, chart.Timeline} {
		if m := at.Charts.views[k].Spec().Metric; m != data.MiningPowerMW {
			t.Errorf("%s shows %s", k, m)
		}
	}
	for _, s := range at.Charts.metrics {
		if s.Selected != data.MiningPowerMW.Label() {
			t.Errorf("a metric choice says %q", s.Selected)
		}
	}
	_, r := mapRegion(t, at, chart.Map, "PK")
	if r.Fact == nil || r.Fact.Metric != data.MiningPowerMW {
		t.Errorf("Pakistan on the map of mining power: %+v", r)
	}
}

// TestKeyboardHelpNamesEachTabsNumber: Help → Keyboard Shortcuts says which tab each
// Ctrl+digit opens, as the tabs are now.
func TestKeyboardHelpNamesEachTabsNumber(t *testing.T) {
	at := newSampleAtlas(t)
	h := at.tabKeysHelp()
	for _, want := range []string{"1 Holdings", "5 Map", "6 Timeline", "7 Table"} {
		if !strings.Contains(h, want) {
			t.Errorf("%q lacks %q", h, want)
		}
	}
}
