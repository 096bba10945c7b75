package ui

import (
	"encoding/json"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"cryptoatlas/data"
	"cryptoatlas/ui/chart"
)

// paneWidths are the three panes' widths as laid out.
func paneWidths(at *Atlas) [3]float32 {
	return [3]float32{at.Panes.Leading.Size().Width, at.Middle.Leading.Size().Width, at.Middle.Trailing.Size().Width}
}

// TestPanesHoldStill: clicking a bar and choosing an article with a very long title
// move no divider; the panes keep the widths the user gave them.
func TestPanesHoldStill(t *testing.T) {
	at := newSampleAtlas(t)
	long := "An article whose title goes on and on " + strings.Repeat("about bitcoin reserves and mining power ", 12)
	rec, _ := json.Marshal(map[string]string{"title": long, "text": "El Salvador holds 6,200 BTC in its reserve."})
	other, err := data.Parse("long.json", "", rec)
	if err != nil {
		t.Fatal(err)
	}
	sample, _ := data.Parse("sample.txt", "", []byte(at.ds.Articles[0].Text))
	at.SetDataset(data.LoadArticles(sample, other))
	at.Win.Resize(fyne.NewSize(1024, 700))
	at.Panes.Offset, at.Middle.Offset = 0.3, 0.4 // as the user dragged them
	at.Panes.Refresh()
	at.Middle.Refresh()
	before := paneWidths(at)

	v := at.Charts.views[chart.Holdings]
	v.scale = 1
	v.draw(600, 400)
	for _, r := range v.regions {
		if r.Fact != nil {
			c := r.Rect.Min.Add(r.Rect.Size().Div(2))
			v.Tapped(&fyne.PointEvent{Position: fyne.NewPos(float32(c.X), float32(c.Y))})
			break
		}
	}
	for _, a := range at.ds.Articles {
		if a.ID == other.ID {
			at.Source.showArticle(a)
		}
	}
	if n := len(at.Source.Picker.Title.Text); at.Source.article != other || n < 200 {
		t.Fatalf("the long-titled article is not shown (its title has %d bytes)", n)
	}
	at.ShowProfile("SV")
	test.Tap(at.Countries.Filter)
	at.Win.Content().Refresh()
	if at.Panes.Offset != 0.3 || at.Middle.Offset != 0.4 {
		t.Errorf("offsets moved to %.2f, %.2f", at.Panes.Offset, at.Middle.Offset)
	}
	if after := paneWidths(at); after != before {
		t.Errorf("pane widths %v, were %v", after, before)
	}
}

// TestPanesRemembered: the dividers' places are stored when the window closes and
// used by the next window.
func TestPanesRemembered(t *testing.T) {
	at := newSampleAtlas(t)
	at.Panes.Offset, at.Middle.Offset = 0.27, 0.61
	st := at.state()
	if st[prefPaneList] != 0.27 || st[prefPaneCharts] != 0.61 {
		t.Errorf("state to save: %v", st)
	}
	at.App.Preferences().SetFloat(prefPaneList, 0.27)
	at.App.Preferences().SetFloat(prefPaneCharts, 0.61)
	next := New(at.App, Info{Name: "Crypto Atlas"})
	if next.Panes.Offset != 0.27 || next.Middle.Offset != 0.61 {
		t.Errorf("the next window opens at %.2f, %.2f", next.Panes.Offset, next.Middle.Offset)
	}
}
