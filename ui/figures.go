package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"cryptoatlas/data"
	"cryptoatlas/ui/chart"
)

// figureEntry is one fact in a profile: what it measures, its value, how it was stated,
// every sentence that states it, and the buttons that correct or reject it.
type figureEntry struct {
	Fact    *data.Fact
	Value   *widget.Label
	Notes   string   // qualifier, date, lender, derived or curated
	Tag     string   // "curated" for a figure a user recorded or corrected; "" otherwise
	Why     []string // why it has its country and metric, as shown (why.go)
	Quotes  []*quoteLink
	Correct *widget.Button // nil for a derived figure: correct the stated one
	Reject  *widget.Button
	Bar     *widget.Button // "Use as the bar", where articles give other values; else nil
	content fyne.CanvasObject
}

// CuratedTag marks a figure a person recorded or corrected, wherever it is listed.
const CuratedTag = "curated"

// OwnFigureTag marks a figure a person typed that its sentence does not write
// (data.Fact.NotInQuote): the user's own, which the quote does not support.
const OwnFigureTag = chart.OwnFigure

// tagOf is the mark a figure carries wherever it is listed, "" for none.
func tagOf(f *data.Fact) string {
	switch {
	case f.Curated && f.NotInQuote:
		return OwnFigureTag
	case f.Curated:
		return CuratedTag
	}
	return ""
}

// newFigureEntry lays out one fact; tapping a quote shows its sentence in the source.
func newFigureEntry(at *Atlas, f *data.Fact) *figureEntry {
	e := &figureEntry{Fact: f}
	e.Value = widget.NewLabelWithStyle(f.Label(), fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
	e.Value.SizeName = theme.SizeNameSubHeadingText
	e.Value.TextStyle.Italic = f.Derived
	e.Notes = strings.Join(factNotes(f), "  ·  ")
	head := widget.NewRichText(&widget.TextSegment{Text: f.Metric.Label(), Style: widget.RichTextStyle{
		SizeName: theme.SizeNameText, TextStyle: fyne.TextStyle{Bold: true}}})
	if e.Tag = tagOf(f); e.Tag != "" {
		head.Segments = append(head.Segments, &widget.TextSegment{Text: " " + strings.ToUpper(e.Tag) + " ", Style: widget.RichTextStyle{
			ColorName: colorCurated, SizeName: theme.SizeNameCaptionText, TextStyle: fyne.TextStyle{Bold: true}, Inline: true}})
	}
	if e.Notes != "" {
		head.Segments = append(head.Segments, &widget.TextSegment{Text: e.Notes, Style: widget.RichTextStyle{
			ColorName: theme.ColorNamePlaceHolder, SizeName: theme.SizeNameCaptionText}})
	}
	head.Wrapping = fyne.TextWrapWord

	source := ""
	if a := at.ds.Article(f.Article); a != nil {
		source = articleLabel(a)
	}
	if f.NotInQuote {
		// Never this quote as the figure's source without saying it does not state it.
		source = "recorded against this sentence, which does not state it · " + source
	}
	rows := []fyne.CanvasObject{container.NewBorder(nil, nil, nil, e.Value, head)}
	if why := whyLines(f); len(why) > 0 {
		e.Why = why
		rows = append(rows, caption(strings.Join(why, "\n")))
	}
	seen := map[data.Span]bool{}
	for _, m := range f.Mentions {
		if seen[m.Sentence] {
			continue // a derived figure cites the same sentence through two facts
		}
		seen[m.Sentence] = true
		q := newQuoteLink(m, source, func() { at.ShowMention(f, m) })
		e.Quotes = append(e.Quotes, q)
		rows = append(rows, q)
	}
	if !f.Derived {
		e.Correct = widget.NewButtonWithIcon("Correct…", theme.DocumentCreateIcon(), func() { at.ShowCorrect(f) })
		e.Reject = widget.NewButtonWithIcon("Reject", theme.CancelIcon(), func() { at.ConfirmReject(f) })
		e.Correct.Importance, e.Reject.Importance = widget.LowImportance, widget.LowImportance
		actions := []fyne.CanvasObject{layout.NewSpacer()}
		if disagrees(at.ds, f) {
			// Articles disagree: the chart's bar is the latest figure unless this one is picked.
			e.Bar = widget.NewButtonWithIcon("Use as the bar", theme.ConfirmIcon(), func() { at.PickFigure(f) })
			e.Bar.Importance = widget.LowImportance
			if at.ds.Picked(f.ISO2, f.Metric) == f {
				e.Bar.SetText("The chart's bar")
				e.Bar.Disable()
			}
			actions = append(actions, e.Bar)
		}
		actions = append(actions, e.Correct, e.Reject)
		rows = append(rows, container.NewHBox(actions...))
	}
	e.content = container.NewVBox(rows...)
	return e
}

// disagrees reports whether the dataset gives f's country another value of f's metric.
func disagrees(ds *data.Dataset, f *data.Fact) bool {
	for _, g := range ds.FactsFor(f.ISO2) {
		if g.Metric == f.Metric && !g.Derived && (g.Value != f.Value || (g.Max == nil) != (f.Max == nil)) {
			return true
		}
	}
	return false
}

// PickFigure makes f the bar its chart draws for its country, the other values staying
// as points.
func (at *Atlas) PickFigure(f *data.Fact) {
	at.ds.Pick(f)
	at.prebuilt = nil // built before the pick
	at.Charts.reload()
	at.Status.SetText("The " + f.Metric.Label() + " bar for " + f.Country + " now shows " + f.Label())
}

// factNotes says how a figure was written: its qualifier, date, lender, whether it was
// computed, and a person's note on a curated figure.
func factNotes(f *data.Fact) []string {
	var notes []string
	switch {
	case f.Curated && f.NotInQuote:
		notes = append(notes, OwnFigureTag)
	case f.Curated:
		notes = append(notes, "recorded by a user")
	}
	if f.Derived {
		notes = append(notes, "derived")
	}
	if w := f.Approx.String(); w != "" {
		notes = append(notes, "approximate: “"+w+"”")
	}
	if f.Max != nil {
		notes = append(notes, "a range")
	}
	if l := f.AsOf.Label(); l != "" {
		notes = append(notes, "as of "+l)
	}
	if f.Lender != "" {
		notes = append(notes, "lender: "+f.Lender)
	}
	if f.Note != "" {
		notes = append(notes, "note: “"+f.Note+"”")
	}
	return notes
}
