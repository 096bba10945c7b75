package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"cryptoatlas/data"
)

// timelineDateWidth keeps the dates of a timeline in one column.
const timelineDateWidth = 120

// timelineEntry is one dated event in a profile: the date, as resolved and as written,
// and the sentence, which shows itself in the source when tapped.
type timelineEntry struct {
	Event   data.Event
	Date    *widget.Label
	Written *widget.RichText // the date as the article writes it, when that differs
	Quote   *quoteLink
	content fyne.CanvasObject
}

// newTimeline lists a country's events, oldest first as the dataset orders them; events
// whose year the articles do not give follow under their own caption.
func newTimeline(at *Atlas, events []data.Event) ([]*timelineEntry, []fyne.CanvasObject) {
	var entries []*timelineEntry
	var objs []fyne.CanvasObject
	undated := false
	for _, e := range events {
		if e.When.Year == 0 && !undated {
			undated = true
			if len(objs) > 0 {
				objs = append(objs, caption("Year not given in the article"))
			}
		}
		t := newTimelineEntry(at, e)
		entries = append(entries, t)
		objs = append(objs, t.content)
	}
	return entries, objs
}

func newTimelineEntry(at *Atlas, e data.Event) *timelineEntry {
	t := &timelineEntry{Event: e}
	label := e.When.Label()
	if label == "" {
		label = e.DateText
	}
	t.Date = widget.NewLabelWithStyle(label, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	t.Date.Wrapping = fyne.TextWrapWord
	col := []fyne.CanvasObject{t.Date}
	if e.DateText != "" && e.DateText != label {
		t.Written = caption("“" + e.DateText + "”")
		col = append(col, t.Written)
	}
	source := ""
	if a := at.ds.Article(e.Article); a != nil {
		source = articleLabel(a)
	}
	t.Quote = newQuoteLink(e.Mention, source, func() { at.showEvent(e) })
	width := canvas.NewRectangle(color.Transparent)
	width.SetMinSize(fyne.NewSize(timelineDateWidth, 0))
	date := container.NewStack(width, container.NewVBox(col...))
	t.content = container.NewBorder(nil, nil, date, nil, t.Quote)
	return t
}

// showEvent marks an event's sentence in the source pane. The source pane marks a
// mention of a fact; an event has no fact, so it passes one that names only the article.
func (at *Atlas) showEvent(e data.Event) {
	at.Source.mark(&data.Fact{Article: e.Article, ISO2: e.ISO2}, e.Mention)
}
