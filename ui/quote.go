package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"cryptoatlas/data"
)

// quoteLink is a quoted sentence with the article it comes from; tapping it shows the
// sentence in the source pane.
type quoteLink struct {
	widget.BaseWidget
	Mention  data.Mention
	Text     *widget.RichText
	OnTapped func()

	bg      *canvas.Rectangle
	hovered bool
}

// newQuoteLink quotes m's sentence; source names the article ("Title — Outlet").
func newQuoteLink(m data.Mention, source string, tapped func()) *quoteLink {
	q := &quoteLink{Mention: m, OnTapped: tapped, bg: canvas.NewRectangle(color.Transparent)}
	q.bg.CornerRadius = 4
	q.Text = widget.NewRichText(quoteSegments(m, source)...)
	q.Text.Wrapping = fyne.TextWrapWord
	q.ExtendBaseWidget(q)
	return q
}

// quoteSegments writes “sentence”, then the source line in the link colour. The quote is
// one segment: Fyne 2.7 wraps a paragraph of several inline segments unevenly (a bold
// figure inside the quote pushed the rest of the sentence to a new line).
func quoteSegments(m data.Mention, source string) []widget.RichTextSegment {
	quote := widget.RichTextStyleParagraph
	quote.TextStyle.Italic = true
	// An empty colour name is the foreground colour; it keeps the style from equalling
	// RichTextStyleBlockquote, which Fyne indents.
	quote.ColorName = ""
	segs := []widget.RichTextSegment{&widget.TextSegment{Text: "“" + m.Quote + "”", Style: quote}}
	if source != "" {
		segs = append(segs, &widget.TextSegment{Text: source + "  ·  show in text", Style: widget.RichTextStyle{
			ColorName: colorFigure, SizeName: theme.SizeNameCaptionText,
		}})
	}
	return segs
}

func (q *quoteLink) CreateRenderer() fyne.WidgetRenderer {
	q.ExtendBaseWidget(q)
	return &quoteLinkRenderer{q: q}
}

// Tapped shows the sentence.
func (q *quoteLink) Tapped(*fyne.PointEvent) {
	if q.OnTapped != nil {
		q.OnTapped()
	}
}

// Cursor tells the pointer the quote can be clicked.
func (q *quoteLink) Cursor() desktop.Cursor { return desktop.PointerCursor }

func (q *quoteLink) MouseIn(*desktop.MouseEvent)    { q.hovered = true; q.Refresh() }
func (q *quoteLink) MouseMoved(*desktop.MouseEvent) {}
func (q *quoteLink) MouseOut()                      { q.hovered = false; q.Refresh() }

var (
	_ fyne.Tappable      = (*quoteLink)(nil)
	_ desktop.Hoverable  = (*quoteLink)(nil)
	_ desktop.Cursorable = (*quoteLink)(nil)
)

type quoteLinkRenderer struct{ q *quoteLink }

func (r *quoteLinkRenderer) Layout(s fyne.Size) {
	r.q.bg.Resize(s)
	r.q.Text.Resize(s)
}

func (r *quoteLinkRenderer) MinSize() fyne.Size { return r.q.Text.MinSize() }

func (r *quoteLinkRenderer) Refresh() {
	if r.q.hovered {
		r.q.bg.FillColor = r.q.Theme().Color(theme.ColorNameHover, fyne.CurrentApp().Settings().ThemeVariant())
	} else {
		r.q.bg.FillColor = color.Transparent
	}
	r.q.bg.Refresh()
	r.q.Text.Refresh()
}

func (r *quoteLinkRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.q.bg, r.q.Text}
}

func (r *quoteLinkRenderer) Destroy() {}
