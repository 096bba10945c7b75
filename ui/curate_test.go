package ui

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"cryptoatlas/data"
)

// pakistanAtlas opens a copy of a test article from a folder of its own, as a user
// opens a file, so edits are saved beside the copy.
func pakistanAtlas(t *testing.T) (*Atlas, string) {
	t.Helper()
	const name = "02_pakistan_mining_imf.txt"
	at, dir := openCopies(t, name)
	return at, filepath.Join(dir, name)
}

// openCopies opens copies of test articles from a folder of their own, as a user opens
// a folder, so edits are saved beside the copies; it returns the folder.
func openCopies(t *testing.T, names ...string) (*Atlas, string) {
	t.Helper()
	dir := t.TempDir()
	for _, name := range names {
		b, err := os.ReadFile(filepath.Join("..", "data", "testdata", "articles", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ds, errs, err := data.Load(context.Background(), []string{dir}, nil)
	if err != nil || len(errs) > 0 {
		t.Fatal(err, errs)
	}
	at := newSampleAtlas(t)
	at.SetDataset(ds)
	return at, dir
}

func entryFor(t *testing.T, p *profileView, m data.Metric) *figureEntry {
	t.Helper()
	for _, e := range p.Figures {
		if e.Fact.Metric == m {
			return e
		}
	}
	t.Fatalf("the profile of %s lists no %s", p.ISO2, m)
	return nil
}

// TestCorrectFigureInDialog corrects a figure through the dialog's widgets: the
// profile, the table and the source text then show it as curated, derived figures
// follow, and the status line says where the edit was saved.
func TestCorrectFigureInDialog(t *testing.T) {
	at, path := pakistanAtlas(t)
	at.ShowProfile("PK")
	test.Tap(entryFor(t, at.Profile, data.MiningPowerMW).Correct)
	ff := at.Edit
	if ff == nil {
		t.Fatal("Correct… opened no dialog")
	}
	if ff.Country.Selected != "Pakistan" || ff.Value.Text != "2,000" || ff.Unit.Text != "MW" {
		t.Errorf("the dialog starts from %q, %q %q", ff.Country.Selected, ff.Value.Text, ff.Unit.Text)
	}
	if !strings.Contains(ff.Quote.Text, "set aside 2,000 MW") {
		t.Errorf("the dialog quotes %q", ff.Quote.Text)
	}

	// Input that is not a figure of this metric cannot be saved, and the dialog says why.
	for in, why := range map[string]string{"lots": "not a number", "$5 million": "counted in MW", "": "Enter the value"} {
		ff.Value.SetText("")
		test.Type(ff.Value, in)
		if !ff.Save.Disabled() || !strings.Contains(ff.Problem.Text, why) {
			t.Errorf("value %q: Save enabled %v, problem %q, want %q", in, !ff.Save.Disabled(), ff.Problem.Text, why)
		}
	}

	ff.Value.SetText("")
	test.Type(ff.Value, "2.5 GW")
	test.Type(ff.Note, "the ministry's revised figure")
	if ff.Save.Disabled() {
		t.Fatalf("Save disabled: %q", ff.Problem.Text)
	}
	test.Tap(ff.Save)
	if at.Edit != nil {
		t.Fatalf("the dialog is still open: %q", ff.Problem.Text)
	}

	// The profile.
	e := entryFor(t, at.Profile, data.MiningPowerMW)
	if e.Value.Text != "2,500 MW" || e.Tag != OwnFigureTag || !strings.Contains(e.Notes, "the ministry's revised figure") {
		t.Errorf("profile entry %q tag %q notes %q", e.Value.Text, e.Tag, e.Notes)
	}
	if twh := entryFor(t, at.Profile, data.MiningEnergyTWh); twh.Value.Text != "21.9 TWh" {
		t.Errorf("derived energy %q, want 21.9 TWh from 2,500 MW", twh.Value.Text)
	}

	// The table.
	facts := at.Charts.Table.cellFacts("PK", data.MiningPowerMW)
	if len(facts) != 1 || !facts[0].Curated || facts[0].Value != 2500 {
		t.Fatalf("table cell %v", facts)
	}
	cell := newTableCell()
	for r, row := range at.Charts.Table.data.Rows {
		for c, m := range at.Charts.Table.data.Metrics {
			if row.ISO2 == "PK" && m == data.MiningPowerMW {
				cell.set(at.Charts.Table.cell(widget.TableCellID{Row: r, Col: c}))
			}
		}
	}
	if !cell.Curated() || !strings.HasPrefix(cell.Label.Text, "2,500 MW") {
		t.Errorf("table cell %q curated %v", cell.Label.Text, cell.Curated())
	}

	// The source text highlights it as curated.
	var marked bool
	for _, sp := range at.Source.spans {
		marked = marked || sp.fact.Curated && sp.fact.Value == 2500
	}
	if !marked {
		t.Error("the source text does not highlight the curated figure")
	}

	want := "Saved 1 correction to " + data.CurationPath(path)
	if !strings.HasPrefix(at.Status.Text, want) {
		t.Errorf("status %q, want %q", at.Status.Text, want)
	}
	if _, err := os.Stat(data.CurationPath(path)); err != nil {
		t.Error(err)
	}
}

// TestAddFigureFromSentence right-clicks a sentence of the source text and adds the
// figure the dialog offers from it.
func TestAddFigureFromSentence(t *testing.T) {
	at, _ := pakistanAtlas(t)
	a := at.Source.article
	start := strings.Index(a.Text, "Officials have floated")
	sent, bi, _ := a.SentenceAt(start)

	// The right-click lands on the sentence's word "floated", wherever it is laid out.
	p := newParagraph(at)
	p.set(at.Source.blockText(bi))
	p.layout(600)
	var pos fyne.Position
	for _, pc := range p.lines {
		if pc.text == "floated" {
			pos = fyne.NewPos(pc.x+pc.w/2, pc.y+2)
		}
	}
	if off, ok := p.offsetAt(pos); !ok || off < sent.Start || off >= sent.End {
		t.Fatalf("the right-click maps to offset %d, outside the sentence %v", off, sent)
	}
	p.TappedSecondary(&fyne.PointEvent{Position: pos})
	if at.Source.marked != sent {
		t.Errorf("the right-click marked %v, want the sentence %v", at.Source.marked, sent)
	}

	at.ShowAddFigure(a.ID, sent)
	ff := at.Edit
	if ff == nil || ff.Figure.Selected != "“10,000 BTC”" {
		t.Fatalf("the dialog offers %v", ff.Figure.Options)
	}
	if ff.Country.Selected != "Pakistan" || ff.Metric.Selected != "Bitcoin holdings (BTC)" || ff.Value.Text != "10,000" {
		t.Errorf("the dialog starts from %q %q %q", ff.Country.Selected, ff.Metric.Selected, ff.Value.Text)
	}
	test.Tap(ff.Save)
	if at.Edit != nil {
		t.Fatalf("not saved: %q", ff.Problem.Text)
	}
	f := at.Charts.Table.cellFacts("PK", data.BTCHoldings)
	if len(f) != 1 || !f[0].Curated || a.Slice(f[0].Mentions[0].Span) != "10,000 BTC" {
		t.Errorf("added %v", f)
	}
	if !strings.HasPrefix(at.Status.Text, "Saved 1 added figure to ") {
		t.Errorf("status %q", at.Status.Text)
	}
}

// TestRejectFigure takes a figure off the charts, the table and the profile.
func TestRejectFigure(t *testing.T) {
	at, _ := pakistanAtlas(t)
	at.ShowProfile("PK")
	var china *data.Fact
	for _, e := range at.Profile.Figures {
		if e.Fact.Lender == "China" {
			china = e.Fact
		}
	}
	if china == nil {
		t.Fatal("no loan from China")
	}
	at.RejectFact(china)
	for _, f := range at.Charts.Table.cellFacts("PK", data.LoanUSD) {
		if f.Lender == "China" {
			t.Error("the rejected loan is still in the table")
		}
	}
	for _, e := range at.Profile.Figures {
		if e.Fact.Lender == "China" {
			t.Error("the rejected loan is still in the profile")
		}
	}
	if !strings.HasPrefix(at.Status.Text, "Saved 1 rejection to ") {
		t.Errorf("status %q", at.Status.Text)
	}
}

// TestSampleOffersACopyToEdit: the embedded sample cannot take edits; asking to
// correct one of its figures explains why and offers to save a copy instead.
func TestSampleOffersACopyToEdit(t *testing.T) {
	at := newSampleAtlas(t)
	at.ShowCorrect(at.ds.Facts[0])
	if at.Edit != nil {
		t.Error("a correction dialog opened for the sample")
	}
	if !strings.Contains(strings.Join(overlayTexts(at), " "), "Save a copy") {
		t.Errorf("no offer to save a copy: %v", overlayTexts(at))
	}
}

// overlayTexts collects what the window's open dialogs say.
func overlayTexts(at *Atlas) []string {
	var out []string
	for _, o := range at.Win.Canvas().Overlays().List() {
		out = append(out, texts(o)...)
	}
	return out
}

// TestCorrectionNotInQuote: a value the sentence does not state is said so before
// saving, the figures it does write are offered, and once saved the figure is marked
// as the user's own wherever it is shown; Ctrl+Z takes the correction back.
func TestCorrectionNotInQuote(t *testing.T) {
	at, path := pakistanAtlas(t)
	at.ShowProfile("PK")
	test.Tap(entryFor(t, at.Profile, data.MiningPowerMW).Correct)
	ff := at.Edit
	if ff.Notice.Visible() || ff.Save.Text != "Save" {
		t.Errorf("the value as stated is flagged: %q", ff.Notice.Text)
	}
	ff.Value.SetText("")
	test.Type(ff.Value, "5,400")
	if !ff.Notice.Visible() || !strings.Contains(ff.Notice.Text, "does not state 5,400 MW") ||
		!strings.Contains(ff.Notice.Text, "“2,000 MW”") || !strings.Contains(ff.Notice.Text, OwnFigureTag) {
		t.Errorf("notice %q", ff.Notice.Text)
	}
	if ff.Save.Text != "Save as my own figure" || ff.Save.Disabled() {
		t.Errorf("Save reads %q", ff.Save.Text)
	}
	// Taking a figure the sentence writes: no notice.
	for i, o := range ff.Figure.Options {
		if o == "“2,000 MW”" {
			ff.Figure.SetSelectedIndex(i)
		}
	}
	if ff.Notice.Visible() || ff.Value.Text != "2,000" {
		t.Errorf("after taking the stated figure: value %q, notice %q", ff.Value.Text, ff.Notice.Text)
	}
	ff.Value.SetText("5,400")
	test.Tap(ff.Save)

	e := entryFor(t, at.Profile, data.MiningPowerMW)
	if !e.Fact.NotInQuote || e.Tag != OwnFigureTag || !strings.Contains(e.Notes, OwnFigureTag) {
		t.Errorf("profile: not in quote %v, tag %q, notes %q", e.Fact.NotInQuote, e.Tag, e.Notes)
	}
	for _, q := range e.Quotes {
		if !strings.Contains(richText(q.Text), "which does not state it") {
			t.Errorf("the profile cites the sentence without the mark: %q", richText(q.Text))
		}
	}
	facts := at.Charts.Table.cellFacts("PK", data.MiningPowerMW)
	at.Charts.Table.pick(facts)
	if !strings.Contains(at.Charts.Table.Picked.Text, OwnFigureTag) {
		t.Errorf("table: %q", at.Charts.Table.Picked.Text)
	}
	at.SelectFact(facts[0])
	if !strings.Contains(richText(at.Source.Why), "Your own figure, not in the quote") {
		t.Errorf("the source pane's reasons: %q", richText(at.Source.Why))
	}

	// Ctrl+Z: the file holds no edit, 2,000 MW is back.
	at.Undo()
	if c := readEdits(t, path); c.Len() != 0 {
		t.Errorf("after undo the file holds %+v", c)
	}
	if f := at.Charts.Table.cellFacts("PK", data.MiningPowerMW); len(f) != 1 || f[0].Value != 2000 || f[0].Curated {
		t.Errorf("after undo the table shows %v", f)
	}
}

func richText(rt *widget.RichText) string {
	var b strings.Builder
	for _, s := range rt.Segments {
		b.WriteString(s.Textual())
	}
	return b.String()
}

func readEdits(t *testing.T, article string) data.Curation {
	t.Helper()
	return edits(t, filepath.Dir(article), filepath.Base(article))
}

// TestRejectedFigureStaysStruckThrough: a rejected figure stays in the text, struck
// through at the place data gives, and Ctrl+Z brings it back as a figure.
func TestRejectedFigureStaysStruckThrough(t *testing.T) {
	at, _ := pakistanAtlas(t)
	loans := len(at.Charts.Table.cellFacts("PK", data.LoanUSD))
	f := at.Charts.Table.cellFacts("PK", data.LoanUSD)[0]
	sp := f.Mentions[0].Span
	at.Source.showArticle(at.ds.Article(f.Article))
	at.RejectFact(f)
	struck := func() bool {
		for _, s := range at.Source.spans {
			if s.Span == sp && s.rejected && s.fact == nil {
				return true
			}
		}
		return false
	}
	if !struck() {
		t.Fatal("the rejected loan is not struck through in the text")
	}
	found := false
	for i, b := range at.Source.article.Blocks {
		if b.Start <= sp.Start && sp.End <= b.End {
			for _, r := range at.Source.blockText(i).runs {
				found = found || r.rejected
			}
		}
	}
	if !found {
		t.Error("the paragraph has no struck-through run")
	}
	at.Undo()
	if struck() {
		t.Error("after Ctrl+Z the loan is still struck through")
	}
	if len(at.Charts.Table.cellFacts("PK", data.LoanUSD)) != loans {
		t.Error("after Ctrl+Z the loan is not back in the table")
	}
}
