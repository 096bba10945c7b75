package ui

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"cryptoatlas/data"
)

// reviewList is the queue's list, which takes the queue's keys while it has the focus:
// the whole queue can be settled without the mouse.
type reviewList struct {
	widget.List
	q       *reviewView
	focused bool
}

func newReviewList(q *reviewView) *reviewList {
	l := &reviewList{q: q}
	l.Length = func() int { return len(q.shown) }
	l.CreateItem = func() fyne.CanvasObject { return newReviewItem() }
	l.UpdateItem = func(id widget.ListItemID, o fyne.CanvasObject) {
		if id >= 0 && id < len(q.shown) {
			o.(*reviewItem).set(q, q.rows[q.shown[id]])
			o.(*reviewItem).ring.set(l.focused && id == q.sel)
		}
	}
	l.OnSelected = func(id widget.ListItemID) {
		if id != q.sel {
			q.selectShown(id)
		}
		// A tapped row focuses the list through the driver, which knows no canvas for
		// an extended list: give the keys to the queue here.
		q.focus()
	}
	l.HideSeparators = false
	l.ExtendBaseWidget(l)
	return l
}

// TypedKey: Up/Down move, Enter accepts, Delete dismisses, Left/Right change the metric.
func (l *reviewList) TypedKey(ev *fyne.KeyEvent) {
	q := l.q
	switch ev.Name {
	case fyne.KeyUp:
		q.selectShown(q.sel - 1)
	case fyne.KeyDown:
		q.selectShown(q.sel + 1)
	case fyne.KeyReturn, fyne.KeyEnter:
		q.accept()
	case fyne.KeyDelete, fyne.KeyBackspace:
		q.dismiss()
	case fyne.KeyLeft:
		q.stepMetric(-1)
	case fyne.KeyRight:
		q.stepMetric(1)
	case fyne.KeyHome:
		q.selectShown(0)
	case fyne.KeyEnd:
		q.selectShown(len(q.shown) - 1)
	}
}

// TypedRune: a digit picks that candidate; a letter starts typing a country.
func (l *reviewList) TypedRune(r rune) {
	q := l.q
	switch {
	case r >= '1' && r <= '9':
		q.pick(int(r - '0'))
	case unicode.IsLetter(r):
		if row := q.row(); row != nil && row.state == rowPending {
			q.Country.SetText(string(r))
			q.Country.CursorColumn = utf8.RuneCountInString(q.Country.Text)
			q.at.Win.Canvas().Focus(q.Country)
		}
	}
}

// TypedShortcut: Ctrl+Z undoes the last edit (undo.go). The window's own shortcuts
// (Ctrl+F and the rest) pass on to it: a focused widget would otherwise swallow them.
func (l *reviewList) TypedShortcut(s fyne.Shortcut) {
	if cs, ok := s.(*desktop.CustomShortcut); ok && cs.KeyName == fyne.KeyZ && cs.Modifier == fyne.KeyModifierShortcutDefault {
		s = &fyne.ShortcutUndo{}
	}
	if _, ok := s.(*fyne.ShortcutUndo); ok {
		l.q.at.Undo()
		return
	}
	if c, ok := fyne.CurrentApp().Driver().CanvasForObject(l).(fyne.Shortcutable); ok {
		c.TypedShortcut(s)
	}
}

// FocusGained keeps Fyne's keyboard-cursor highlight off: in the queue the selected row
// is the cursor, and a second highlight would read as a second selection. That row is
// outlined instead, so the keys can be seen to go to the queue.
func (l *reviewList) FocusGained() {
	l.focused = true
	l.RefreshItem(l.q.sel)
}

func (l *reviewList) FocusLost() {
	l.focused = false
	l.RefreshItem(l.q.sel)
}

var (
	_ fyne.Focusable    = (*reviewList)(nil)
	_ fyne.Shortcutable = (*reviewList)(nil)
)

// reviewItem is one row of the queue: what became of it, the figure and the choice for
// it, its article, and its sentence cut round the figure, the figure in bold.
type reviewItem struct {
	widget.BaseWidget
	Head     *widget.RichText
	Sentence *widget.RichText
	ring     *rowRing // round the selected row while the list has the keys
}

func newReviewItem() *reviewItem {
	it := &reviewItem{Head: widget.NewRichText(), Sentence: widget.NewRichText(), ring: newRowRing()}
	it.Head.Truncation = fyne.TextTruncateEllipsis
	it.Sentence.Truncation = fyne.TextTruncateEllipsis
	it.ExtendBaseWidget(it)
	return it
}

func (it *reviewItem) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewStack(container.NewVBox(it.Head, it.Sentence), it.ring.box))
}

// Marks for what became of a row, read before its words.
var stateMarks = map[rowState]string{rowPending: "•", rowAccepted: "✓", rowDismissed: "✗", rowElsewhere: "✓"}

func (it *reviewItem) set(q *reviewView, r *reviewRow) {
	f := r.fact
	inline := func(s string, st fyne.TextStyle, col fyne.ThemeColorName, size fyne.ThemeSizeName) *widget.TextSegment {
		return &widget.TextSegment{Text: s, Style: widget.RichTextStyle{Inline: true, TextStyle: st, ColorName: col, SizeName: size}}
	}
	choice := "no country yet"
	if r.country != "" {
		choice = r.country + " · " + r.metric.Label()
	}
	stateCol := colorUnattributed
	switch r.state {
	case rowAccepted, rowElsewhere:
		stateCol = colorCurated
		choice = "accepted: " + choice
	case rowDismissed:
		stateCol = theme.ColorNamePlaceHolder
		choice = "dismissed"
	}
	if r.state == rowElsewhere {
		choice = "settled elsewhere"
	}
	title := ""
	if a := q.at.ds.Article(f.Article); a != nil {
		title = a.Title
	}
	it.Head.Segments = []widget.RichTextSegment{
		inline(stateMarks[r.state]+" ", fyne.TextStyle{Bold: true}, stateCol, theme.SizeNameText),
		inline(f.Label()+"  ", fyne.TextStyle{Bold: true}, "", theme.SizeNameText),
		inline(choice, fyne.TextStyle{}, stateCol, theme.SizeNameText),
		inline("  —  "+title, fyne.TextStyle{}, theme.ColorNamePlaceHolder, theme.SizeNameCaptionText),
	}
	before, fig, after := aroundFigure(f.Mentions[0], 60)
	it.Sentence.Segments = []widget.RichTextSegment{
		inline(before, fyne.TextStyle{Italic: true}, theme.ColorNamePlaceHolder, theme.SizeNameText),
		inline(fig, fyne.TextStyle{Bold: true}, colorUnattributed, theme.SizeNameText),
		inline(after, fyne.TextStyle{Italic: true}, theme.ColorNamePlaceHolder, theme.SizeNameText),
	}
	it.Head.Refresh()
	it.Sentence.Refresh()
}

// aroundFigure cuts a mention's sentence into the words before the figure (at most
// about n bytes, so the figure is in sight in a narrow row), the figure, and the rest.
func aroundFigure(m data.Mention, n int) (before, fig, after string) {
	q := m.Quote
	s, e := m.Start-m.Sentence.Start, m.End-m.Sentence.Start
	if s < 0 || e > len(q) || s > e {
		return q, "", ""
	}
	before, fig, after = q[:s], q[s:e], q[e:]
	if len(before) > n {
		cut := len(before) - n
		// Start at a word, not inside one, when there is one close by.
		if sp := strings.IndexByte(before[cut:], ' '); sp >= 0 && sp < 16 {
			cut += sp + 1
		}
		for cut < len(before) && !utf8.RuneStart(before[cut]) {
			cut++
		}
		before = "…" + before[cut:]
	}
	return before, fig, after
}
