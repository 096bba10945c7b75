package ui

import (
	"image"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"

	"cryptoatlas/assets"
	"cryptoatlas/data"
	"cryptoatlas/ui/chart"
)

func newSampleAtlas(t *testing.T) *Atlas {
	t.Helper()
	a := test.NewTempApp(t)
	at := New(a, Info{Name: "Crypto Atlas", Version: "test"})
	at.SetDataset(sampleData(t))
	at.Win.Resize(fyne.NewSize(1280, 800))
	return at
}

// sampleData is a new dataset of the embedded sample article.
func sampleData(t *testing.T) *data.Dataset {
	t.Helper()
	sample, err := data.Parse(assets.SampleName, "", assets.Sample)
	if err != nil {
		t.Fatal(err)
	}
	return data.LoadArticles(sample)
}

func TestWindowShowsSample(t *testing.T) {
	at := newSampleAtlas(t)
	if !strings.Contains(at.Win.Title(), "Crypto Atlas") {
		t.Errorf("title %q", at.Win.Title())
	}
	var names []string
	for _, r := range at.Countries.rows {
		names = append(names, r.Name)
	}
	got := strings.Join(names, ", ")
	if got != "Pakistan, El Salvador, United States" {
		t.Errorf("countries %q: want the two with figures (most first), then the one only named", got)
	}
	if s := at.Status.Text; s != "1 article · 7 figures · 2 countries" {
		t.Errorf("status %q", s)
	}
}

// figureTap taps one highlighted figure of the source pane where it is drawn.
type figureTap struct{ tap func() }

func (f figureTap) OnTapped() { f.tap() }

// figureLink finds the highlighted figure whose text is text in the source pane and
// returns a tap on it, at the place the paragraph lays it out.
func figureLink(t *testing.T, at *Atlas, text string) figureTap {
	t.Helper()
	for i := range at.Source.article.Blocks {
		bt := at.Source.blockText(i)
		for k, r := range bt.runs {
			if r.fact == nil || bt.text[r.start:r.end] != text {
				continue
			}
			p := newParagraph(at)
			p.set(bt)
			p.layout(600)
			for _, pc := range p.lines {
				if pc.run == k {
					pos := fyne.NewPos(pc.x+pc.w/2, pc.y+2)
					return figureTap{func() { p.Tapped(&fyne.PointEvent{Position: pos}) }}
				}
			}
		}
	}
	t.Fatalf("no highlighted figure %q", text)
	return figureTap{}
}

// TestTappingFigureSelectsItsFact: a highlighted figure leads to its fact, its
// country and its chart.
func TestTappingFigureSelectsItsFact(t *testing.T) {
	at := newSampleAtlas(t)
	figureLink(t, at, "2,000 megawatts").OnTapped()
	if at.fact == nil || at.fact.Metric != data.MiningPowerMW || at.selected != "PK" {
		t.Fatalf("selected %v in %q", at.fact, at.selected)
	}
	if at.Charts.Current() != chart.Mining {
		t.Errorf("chart %q, want mining", at.Charts.Current())
	}
	if got := at.Countries.rows[at.Countries.List.Length()-1]; got.ISO2 == "" {
		t.Error("empty list")
	}
	if at.Source.marked != at.fact.Mentions[0].Sentence {
		t.Errorf("marked %v, want the fact's sentence %v", at.Source.marked, at.fact.Mentions[0].Sentence)
	}
}

// TestTappingBarShowsItsSentence: a bar leads back to the sentence that states it.
func TestTappingBarShowsItsSentence(t *testing.T) {
	at := newSampleAtlas(t)
	v := at.Charts.views[chart.Holdings]
	v.scale = 1
	v.draw(900, 600)
	var target chart.Region
	for _, r := range v.regions {
		if r.ISO2 == "SV" && r.Fact != nil {
			target = r
		}
	}
	if target.Fact == nil {
		t.Fatalf("no El Salvador bar among %d regions", len(v.regions))
	}
	c := target.Rect.Min.Add(target.Rect.Size().Div(2))
	test.Tap(v) // a tap outside any bar must not crash
	v.Tapped(&fyne.PointEvent{Position: fyne.NewPos(float32(c.X), float32(c.Y))})
	if at.fact != target.Fact {
		t.Fatalf("selected %v, want %v", at.fact, target.Fact)
	}
	if at.Source.marked != target.Fact.Mentions[0].Sentence {
		t.Errorf("marked %v, want %v", at.Source.marked, target.Fact.Mentions[0].Sentence)
	}
}

func TestFilterFindsCountriesByNameAliasCodeAndRegion(t *testing.T) {
	at := newSampleAtlas(t)
	for q, want := range map[string]string{
		"salv":      "SV",
		"Pakistani": "PK",
		"PAK":       "PK",
		"us":        "US",
		"asia":      "PK",
	} {
		at.Countries.Filter.SetText("")
		test.Type(at.Countries.Filter, q)
		var got []string
		for _, r := range at.Countries.rows {
			got = append(got, r.ISO2)
		}
		if len(got) == 0 || got[0] != want {
			t.Errorf("filter %q: %v, want %s first", q, got, want)
		}
	}
}

func TestThemeChoiceIsRemembered(t *testing.T) {
	at := newSampleAtlas(t)
	at.SetTheme(ThemeDark)
	if got := at.App.Preferences().String(prefTheme); got != "dark" {
		t.Errorf("preference %q", got)
	}
	if chartTheme(at.App) != chart.Dark {
		t.Error("charts did not follow the dark theme")
	}
	at2 := New(at.App, Info{Name: "Crypto Atlas"})
	if at2.themeChoice != ThemeDark {
		t.Errorf("a new window starts with %q", at2.themeChoice)
	}
}

func TestDroppedPathsKeepsLocalFiles(t *testing.T) {
	u, _ := storage.ParseURI("https://example.com/a.txt")
	got := DroppedPaths([]fyne.URI{storage.NewFileURI("/tmp/a.txt"), u, storage.NewFileURI("/tmp/b.md")})
	if strings.Join(got, ",") != "/tmp/a.txt,/tmp/b.md" {
		t.Errorf("%v", got)
	}
}

func TestChartRasterIsCachedUntilSomethingChanges(t *testing.T) {
	at := newSampleAtlas(t)
	v := at.Charts.views[chart.Loans]
	a := v.draw(800, 500)
	if b := v.draw(800, 500); b != a {
		t.Error("same size and data redrew the chart")
	}
	at.SelectCountry("PK")
	if c := v.draw(800, 500); c == a {
		t.Error("a new selection did not redraw")
	}
	if d := v.draw(640, 400); d.Bounds() != image.Rect(0, 0, 640, 400) {
		t.Errorf("drawn at %v", d.Bounds())
	}
}

// TestTickingCountriesNarrowsTheCharts: ticking countries in the list puts only them on
// the charts (and the table), in the order ticked; "Show all" brings every one back.
func TestTickingCountriesNarrowsTheCharts(t *testing.T) {
	at := newSampleAtlas(t)
	slots := func() []string {
		var out []string
		for _, s := range at.Charts.views[chart.Holdings].Spec().Slots {
			out = append(out, s.ISO2)
		}
		return out
	}
	if got := strings.Join(slots(), ","); got != "SV,PK" {
		t.Fatalf("all countries: %s", got)
	}
	at.ChartCountry("PK", true)
	if got := strings.Join(slots(), ","); got != "PK" {
		t.Errorf("after ticking Pakistan: %s", got)
	}
	at.Charts.Table.ensure() // as when its tab is opened
	if n := len(at.Charts.Table.data.Rows); n != 1 {
		t.Errorf("table has %d rows, want 1", n)
	}
	at.ChartCountry("SV", true)
	if got := strings.Join(slots(), ","); got != "PK,SV" {
		t.Errorf("after ticking El Salvador too: %s", got)
	}
	at.ChartAll()
	if got := strings.Join(slots(), ","); got != "SV,PK" {
		t.Errorf("after Show all: %s", got)
	}
}

// TestPickingAFigureMakesItTheBar: where articles disagree, a profile's figure can be
// made the chart's bar.
func TestPickingAFigureMakesItTheBar(t *testing.T) {
	a := test.NewTempApp(t)
	at := New(a, Info{Name: "Crypto Atlas"})
	one, _ := data.Parse("a.txt", "", []byte("Reserves\nPublished: 3 March 2025\n\nBhutan holds 13,000 BTC, officials said.\n"))
	two, _ := data.Parse("b.txt", "", []byte("Reserves\nPublished: 9 May 2025\n\nBhutan holds 11,000 BTC, a tracker said.\n"))
	at.SetDataset(data.LoadArticles(one, two))
	var older *data.Fact
	for _, f := range at.ds.FactsFor("BT") {
		if f.Metric == data.BTCHoldings && f.Value == 13000 {
			older = f
		}
	}
	e := newFigureEntry(at, older)
	if e.Bar == nil {
		t.Fatal("no 'Use as the bar' for a figure another article contradicts")
	}
	test.Tap(e.Bar)
	if got := at.Charts.views[chart.Holdings].Spec().Slots[0].Value; got != 13000 {
		t.Errorf("bar %v after picking the March figure", got)
	}
}
