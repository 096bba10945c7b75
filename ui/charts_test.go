package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"cryptoatlas/data"
	"cryptoatlas/ui/chart"
)

// testArticlesAtlas opens every article of data's test folder: 45 countries, few of
// them with a holding.
func testArticlesAtlas(t *testing.T) *Atlas {
	t.Helper()
	at := newSampleAtlas(t)
	ds, _, err := data.Load(context.Background(), []string{"../data/testdata/articles"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	at.SetDataset(ds)
	return at
}

// center is the middle of a region, where the pointer would be.
func center(r chart.Region) fyne.Position {
	c := r.Rect.Min.Add(r.Rect.Size().Div(2))
	return fyne.NewPos(float32(c.X), float32(c.Y))
}

func TestANoteCutShortShowsInFullOnHoverAndWhenSelected(t *testing.T) {
	at := manyCountries(t) // Bhutan's holding comes with a dollar value and two other counts
	v := at.Charts.views[chart.Holdings]
	v.scale = 1
	v.Resize(fyne.NewSize(240, 500))
	v.draw(240, 500) // the narrowest pane: the notes are cut short
	var cut chart.Region
	for _, r := range v.regions {
		if r.Cut && r.Fact != nil {
			cut = r
			break
		}
	}
	if cut.Fact == nil {
		t.Fatalf("no bar's note is cut at 240 px: %+v", v.regions)
	}
	v.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: center(cut)}})
	if !v.tip.shown() || v.tip.label.Text != cut.Full {
		t.Errorf("hovering a cut row shows %q (shown %v), want %q", v.tip.label.Text, v.tip.shown(), cut.Full)
	}
	if p, s := v.tip.box.Position(), v.tip.box.Size(); p.X < 0 || p.Y < 0 || p.X+s.Width > 240 || p.Y+s.Height > 500 {
		t.Errorf("the tip at %v size %v leaves the 240×500 chart", p, s)
	}
	v.MouseOut()
	if v.tip.shown() {
		t.Error("the tip stays after the pointer leaves the chart")
	}

	v.Tapped(&fyne.PointEvent{Position: center(cut)})
	if !strings.Contains(richText(at.Source.Why), "On the chart: "+cut.Full) {
		t.Errorf("the selected bar's details leave out its cut note: %q", richText(at.Source.Why))
	}

	for _, r := range v.regions {
		if !r.Cut && r.Fact != nil {
			v.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: center(r)}})
			if v.tip.shown() {
				t.Errorf("a row drawn whole (%q) shows a tip", r.Full)
			}
		}
	}
}

func TestChartHeightFollowsTheRowsDrawn(t *testing.T) {
	at := testArticlesAtlas(t)
	v := at.Charts.views[chart.Holdings]
	slots := len(v.Spec().Slots)
	rows, collapsed := chart.Rows(v.Spec(), "")
	if !collapsed || rows >= slots {
		t.Fatalf("the holdings chart of the test articles should collapse its not-stated rows: %d rows of %d", rows, slots)
	}
	if h := v.MinSize().Height; h >= float32(slots)*chartRowHeight {
		t.Errorf("the chart asks for %v px for %d drawn rows, as if it drew all %d", h, rows, slots)
	}
	if h := v.MinSize().Height; h > float32(max(rows, 12))*chartRowHeight+chartChrome+chartCollapseLines {
		t.Errorf("the chart asks for %v px for %d rows", h, rows)
	}

	// A chart that draws every row still grows with them.
	a := at.Charts.views[chart.Adoption]
	if n, _ := chart.Rows(a.Spec(), ""); n > 12 && a.MinSize().Height < float32(n)*chartRowHeight {
		t.Errorf("the adoption chart draws %d rows in %v px", n, a.MinSize().Height)
	}

	// Selecting a country no article gives a holding for gives it a row back.
	var blank string
	for _, s := range v.Spec().Slots {
		if !s.Stated && s.Note == "" {
			blank = s.ISO2
		}
	}
	at.SelectCountry(blank)
	if n, _ := v.drawnRows(); n != rows+1 {
		t.Errorf("selecting %s: %d rows, want %d", blank, n, rows+1)
	}
}

// TestNoTabWidensTheChartsPane: in the first window on a 1024×700 screen no tab (the
// Review tab's candidates were the widest) is wider than the charts pane, which would
// scroll sideways and cut every chart at its right edge.
func TestNoTabWidensTheChartsPane(t *testing.T) {
	at := testArticlesAtlas(t)
	at.ShowReview()
	at.Win.Resize(fyne.NewSize(1008, 628))
	pane := at.Middle.Leading.Size().Width
	for _, it := range at.Charts.Tabs.Items {
		if w := it.Content.MinSize().Width; w > pane {
			t.Errorf("the %s tab needs %.0f px, the pane has %.0f", it.Text, w, pane)
		}
	}
}
