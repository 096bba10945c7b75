package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"cryptoatlas/data"
)

// figureEntry is one fact in a profile: what it measures, its value, how it was stated,
// and every sentence that states it.
type figureEntry struct {
	Fact    *data.Fact
	Value   *widget.Label
	Notes   string // qualifier, date, lender, derived or curated
	Quotes  []*quoteLink
	content fyne.CanvasObject
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
	if e.Notes != "" {
		head.Segments = append(head.Segments, &widget.TextSegment{Text: e.Notes, Style: widget.RichTextStyle{
			ColorName: theme.ColorNamePlaceHolder, SizeName: theme.SizeNameCaptionText}})
	}
	head.Wrapping = fyne.TextWrapWord

	source := ""
	if a := at.ds.Article(f.Article); a != nil {
		source = articleLabel(a)
	}
	rows := []fyne.CanvasObject{container.NewBorder(nil, nil, nil, e.Value, head)}
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
	e.content = container.NewVBox(rows...)
	return e
}

// factNotes says how a figure was written: its qualifier, date, lender, and whether it
// was computed or recorded by a person.
func factNotes(f *data.Fact) []string {
	var notes []string
	if f.Curated {
		notes = append(notes, "curated: recorded by a user")
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
	return notes
}
