package ui

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"cryptoatlas/data"
)

// reviewArticles are test articles with one unsure figure each, in the order a folder
// lists them: Ghana or Zambia's 3 million holders, Cambodia or Myanmar's 150 MW, and
// Mexico or Colombia's 9 million users.
var reviewArticles = []string{"10_africa_adoption.txt", "16_laos_malaysia_mining.md", "19_emerging_market_savers.md"}

// reviewAtlas opens copies of the review articles from a folder of their own.
func reviewAtlas(t *testing.T) (*Atlas, string) { return openCopies(t, reviewArticles...) }

// edits reads the corrections file saved beside an article.
func edits(t *testing.T, dir, article string) data.Curation {
	t.Helper()
	var c data.Curation
	b, err := os.ReadFile(data.CurationPath(filepath.Join(dir, article)))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &c); err != nil {
		t.Fatal(err)
	}
	return c
}

// press types a key into whatever has the keyboard.
func press(t *testing.T, at *Atlas, k fyne.KeyName) {
	t.Helper()
	f := at.Win.Canvas().Focused()
	if f == nil {
		t.Fatalf("nothing has the keyboard for %s", k)
	}
	f.TypedKey(&fyne.KeyEvent{Name: k})
}

// typeKeys types characters into whatever has the keyboard as each one arrives.
func typeKeys(t *testing.T, at *Atlas, s string) {
	t.Helper()
	for _, r := range s {
		f := at.Win.Canvas().Focused()
		if f == nil {
			t.Fatalf("nothing has the keyboard for %q", r)
		}
		f.TypedRune(r)
	}
}

func undoKey(t *testing.T, at *Atlas) {
	t.Helper()
	f, ok := at.Win.Canvas().Focused().(fyne.Shortcutable)
	if !ok {
		t.Fatal("what has the keyboard takes no Ctrl+Z")
	}
	f.TypedShortcut(&fyne.ShortcutUndo{})
}

// TestReviewQueueByKeyboard settles the queue from the keyboard: Enter accepts the first
// candidate, a digit picks another, Delete dismisses, Ctrl+Z undoes; each decision is in
// the article's corrections file and on the charts at once.
func TestReviewQueueByKeyboard(t *testing.T) {
	at, dir := reviewAtlas(t)
	q := at.Review
	if len(q.rows) != 3 || at.ToReview.Text != "3 to review" || !at.ToReview.Visible() {
		t.Fatalf("%d rows, status button %q", len(q.rows), at.ToReview.Text)
	}
	test.Tap(at.ToReview) // the status bar opens the queue, keys ready
	if at.Charts.Tabs.Selected() != q.tab || at.Win.Canvas().Focused() != q.List {
		t.Fatal("the status bar's button did not open the queue with the keyboard in it")
	}
	if q.Progress.Text != "0 of 3 settled" || q.row() != q.rows[0] || q.Country.Text != "Ghana" {
		t.Fatalf("progress %q, country %q", q.Progress.Text, q.Country.Text)
	}
	if at.Source.article.ID != q.rows[0].fact.Article || at.Source.marked != q.rows[0].fact.Mentions[0].Sentence {
		t.Error("the source pane does not show the first figure's sentence")
	}

	// Enter: the first candidate.
	press(t, at, fyne.KeyReturn)
	c := edits(t, dir, reviewArticles[0])
	if len(c.Facts) != 1 || c.Facts[0].Country != "Ghana" || c.Facts[0].Metric != data.CryptoHolders ||
		c.Facts[0].Value != 3e6 || len(c.Rejected) != 1 || c.Rejected[0].Country != "" {
		t.Fatalf("after Enter the file holds %+v", c)
	}
	if f := at.Charts.Table.cellFacts("GH", data.CryptoHolders); len(f) != 1 || !f[0].Curated {
		t.Errorf("the table shows %v for Ghana's holders", f)
	}
	if q.Progress.Text != "1 of 3 settled" || q.row() != q.rows[1] || at.ToReview.Text != "2 to review" {
		t.Errorf("after Enter: %q, row %v, %q", q.Progress.Text, q.row(), at.ToReview.Text)
	}
	if at.Source.marked != q.rows[1].fact.Mentions[0].Sentence {
		t.Error("the source pane did not move to the next figure's sentence")
	}

	// 2 then Enter: the second candidate.
	typeKeys(t, at, "2")
	if q.Country.Text != "Myanmar" {
		t.Fatalf("2 chose %q", q.Country.Text)
	}
	press(t, at, fyne.KeyReturn)
	if c := edits(t, dir, reviewArticles[1]); len(c.Facts) != 1 || c.Facts[0].Country != "Myanmar" || c.Facts[0].Value != 150 {
		t.Fatalf("after 2, Enter the file holds %+v", c)
	}
	if f := at.Charts.Table.cellFacts("MM", data.MiningPowerMW); len(f) != 1 {
		t.Errorf("the table shows %v for Myanmar's mining", f)
	}

	// Delete: dismissed, recorded as rejected.
	press(t, at, fyne.KeyDelete)
	if c := edits(t, dir, reviewArticles[2]); len(c.Facts) != 0 || len(c.Rejected) != 1 || c.Rejected[0].Value != 9e6 {
		t.Fatalf("after Delete the file holds %+v", c)
	}
	if q.Progress.Text != "3 of 3 settled" || at.ToReview.Visible() || len(at.ds.Unattributed) != 0 {
		t.Errorf("all settled: %q, button shown %v, %d unattributed", q.Progress.Text, at.ToReview.Visible(), len(at.ds.Unattributed))
	}

	// Ctrl+Z: the dismissal comes back to the queue and its file is as before it.
	undoKey(t, at)
	if q.row() != q.rows[2] || q.rows[2].state != rowPending || q.Progress.Text != "2 of 3 settled" {
		t.Fatalf("after undoing the dismissal: row %v, %q", q.row(), q.Progress.Text)
	}
	if c := edits(t, dir, reviewArticles[2]); c.Len() != 0 {
		t.Fatalf("after undoing the dismissal the file holds %+v", c)
	}
	if len(at.ds.Unattributed) != 1 || at.ToReview.Text != "1 to review" {
		t.Errorf("after undoing the dismissal: %d unattributed, %q", len(at.ds.Unattributed), at.ToReview.Text)
	}
	// Ctrl+Z again: Myanmar's figure leaves the file and the charts, and the extracted
	// figure is no longer rejected.
	undoKey(t, at)
	if c := edits(t, dir, reviewArticles[1]); c.Len() != 0 {
		t.Fatalf("after undoing the accept the file holds %+v", c)
	}
	if f := at.Charts.Table.cellFacts("MM", data.MiningPowerMW); len(f) != 0 {
		t.Errorf("the table still shows %v for Myanmar", f)
	}
	if q.row() != q.rows[1] || q.Progress.Text != "1 of 3 settled" {
		t.Fatalf("after undoing the accept: row %v, %q", q.row(), q.Progress.Text)
	}
	// Reopened, both undone figures are back in the queue; Ghana's stays settled.
	reopened := newSampleAtlas(t)
	ds, _, err := data.Load(context.Background(), []string{dir}, nil)
	if err != nil {
		t.Fatal(err)
	}
	reopened.SetDataset(ds)
	if n := len(reopened.Review.rows); n != 2 || reopened.ToReview.Text != "2 to review" {
		t.Errorf("reopened after the undos: %d rows to review, want 2", n)
	}

	// Settled again, under the first candidate: the file is as if the accept had never
	// been undone.
	typeKeys(t, at, "1")
	press(t, at, fyne.KeyReturn)
	c = edits(t, dir, reviewArticles[1])
	if len(c.Facts) != 1 || c.Facts[0].Country != "Cambodia" || len(c.Rejected) != 1 {
		t.Fatalf("after accepting Cambodia the file holds %+v", c)
	}
	if f := at.Charts.Table.cellFacts("KH", data.MiningPowerMW); len(f) != 1 || !f[0].Curated {
		t.Errorf("the table shows %v for Cambodia", f)
	}

	// Reopened, the decisions stand: only the figure whose dismissal was undone is left.
	ds, _, err = data.Load(context.Background(), []string{dir}, nil)
	if err != nil {
		t.Fatal(err)
	}
	at.SetDataset(ds)
	if len(at.Review.rows) != 1 || at.ToReview.Text != "1 to review" || at.Review.rows[0].fact.Value != 9e6 {
		t.Errorf("reopened: %d rows to review", len(at.Review.rows))
	}
}

// TestReviewTypeACountry types a country the candidates do not offer and changes what
// the figure measures, from the keyboard.
func TestReviewTypeACountry(t *testing.T) {
	at, dir := reviewAtlas(t)
	q := at.Review
	at.ShowReview()
	typeKeys(t, at, "nigeri") // a letter starts the country entry
	if at.Win.Canvas().Focused() != q.Country || q.row().country != "Nigeria" {
		t.Fatalf("typing gave %q, focus %T", q.row().country, at.Win.Canvas().Focused())
	}
	press(t, at, fyne.KeyReturn) // in the entry: accept
	if c := edits(t, dir, reviewArticles[0]); len(c.Facts) != 1 || c.Facts[0].Country != "Nigeria" {
		t.Fatalf("the file holds %+v", c)
	}
	if at.Win.Canvas().Focused() != q.List {
		t.Error("after accepting, the keys did not go back to the queue")
	}
	// Right: the next metric a person can state; the row is then accepted as it.
	before := q.row().metric
	press(t, at, fyne.KeyRight)
	if q.row().metric == before {
		t.Errorf("Right left the metric %s", before)
	}
}

// TestReviewFilters shows one article's figures only.
func TestReviewFilters(t *testing.T) {
	at, _ := reviewAtlas(t)
	q := at.Review
	q.Metrics.SetSelected(data.MiningPowerMW.Label())
	if len(q.shown) != 1 || q.row().fact.Metric != data.MiningPowerMW {
		t.Fatalf("the mining filter shows %d rows", len(q.shown))
	}
	q.Metrics.SetSelectedIndex(0)
	q.Articles.SetSelectedIndex(3)
	if len(q.shown) != 1 || q.row().fact.Article != q.rows[2].fact.Article {
		t.Fatalf("the article filter shows %d rows", len(q.shown))
	}
}

// TestSampleReviewSaysWhy: a decision on the embedded sample explains that it has no
// file to save beside and offers a copy.
func TestSampleReviewSaysWhy(t *testing.T) {
	at := newSampleAtlas(t)
	f := &data.Fact{Article: at.ds.Articles[0].ID, Metric: data.BTCHoldings, Value: 1,
		Mentions: []data.Mention{at.ds.Facts[0].Mentions[0]}}
	at.Review.rows = []*reviewRow{{fact: f, metric: f.Metric, country: "Pakistan"}}
	at.Review.filter()
	at.Review.accept()
	if !strings.Contains(strings.Join(overlayTexts(at), " "), "Save a copy") {
		t.Errorf("no explanation: %v", overlayTexts(at))
	}
}

// TestUndoLeavesFileAsBefore: an undone dismissal and an undone accept write the
// corrections file back byte for byte, when it held other edits before them.
func TestUndoLeavesFileAsBefore(t *testing.T) {
	at, dir := reviewAtlas(t)
	q := at.Review
	path := data.CurationPath(filepath.Join(dir, reviewArticles[2]))
	// Another figure of the article is rejected first, so the file exists.
	var other *data.Fact
	for _, f := range at.ds.Facts {
		if f.Article == q.rows[2].fact.Article && !f.Derived {
			other = f
			break
		}
	}
	if other == nil {
		t.Skip("the article has no other figure to reject")
	}
	at.RejectFact(other)
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	at.ShowReview()
	q.selectShown(2)
	for _, settle := range []fyne.KeyName{fyne.KeyDelete, fyne.KeyReturn} {
		press(t, at, settle)
		if after, _ := os.ReadFile(path); string(after) == string(before) {
			t.Fatalf("%s saved nothing", settle)
		}
		undoKey(t, at)
		if after, _ := os.ReadFile(path); string(after) != string(before) {
			t.Errorf("after %s and Ctrl+Z the file is\n%s\nwant\n%s", settle, after, before)
		}
		if q.rows[2].state != rowPending || q.row() != q.rows[2] {
			t.Errorf("after %s and Ctrl+Z the row is not pending and selected", settle)
		}
	}
	// The first rejection is undone last: the other figure is charted again.
	undoKey(t, at)
	if at.CanUndo() {
		t.Error("the undo stack still holds steps")
	}
	found := false
	for _, f := range at.ds.Facts {
		found = found || (f.Article == other.Article && f.Metric == other.Metric && f.Value == other.Value)
	}
	if !found {
		t.Error("undoing the rejection did not bring the figure back")
	}
}
