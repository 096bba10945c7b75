package ui

import (
	"testing"

	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"cryptoatlas/ui/chart"
)

// TestToolbarNamesItsButtons: every toolbar command says what it does, and Export has an
// export icon, not a save icon.
func TestToolbarNamesItsButtons(t *testing.T) {
	at := newSampleAtlas(t)
	tb := at.toolbar().(*widget.Toolbar)
	var labels []string
	for _, it := range tb.Items {
		if b, ok := it.(toolItem); ok {
			if b.button.Text == "" {
				t.Error("a toolbar button without a label")
			}
			labels = append(labels, b.button.Text)
			if b.button.Text == "Export…" && b.button.Icon.Name() != theme.UploadIcon().Name() {
				t.Errorf("Export's icon is %s", b.button.Icon.Name())
			}
		}
	}
	if len(labels) != 5 {
		t.Errorf("toolbar buttons %v", labels)
	}
}

// TestSourceFollowsTheFirstBar: on load the source pane shows the article behind the
// selected country's first bar, not the first file of the folder.
func TestSourceFollowsTheFirstBar(t *testing.T) {
	at, _ := openCopies(t, "01_bhutan_hydro_reserve.txt", "02_pakistan_mining_imf.txt")
	at.Charts.show(chart.Mining)
	at.selected = "PK"
	at.SetDataset(at.ds)
	if a := at.Source.article; a == nil || a.ID != at.ds.Articles[1].ID {
		t.Fatalf("the source pane shows %v, not the Pakistan article (the folder's second)", a)
	}
	if f := at.Source.firstBar(at.ds); f == nil || f.ISO2 != "PK" || at.Source.article.ID != f.Article {
		t.Errorf("first bar %v, source %s", f, at.Source.article.Title)
	}
}
