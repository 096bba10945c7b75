package ui

import (
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"cryptoatlas/data"
)

// sourceView is the right pane: one article's text, block by block, with every figure
// highlighted; tapping a figure selects its fact.
type sourceView struct {
	at      *Atlas
	Picker  *widget.Select // which article, when several are loaded
	Header  *widget.Label
	blocks  []*widget.RichText
	box     *fyne.Container
	Scroll  *container.Scroll
	content fyne.CanvasObject

	article *data.Article
	spans   []figureSpan // this article's figures, by start
	marked  data.Span    // the marked sentence
}

// figureSpan is a highlighted figure in the text.
type figureSpan struct {
	data.Span
	fact *data.Fact
}

func newSourceView(at *Atlas) *sourceView {
	s := &sourceView{at: at}
	s.Picker = widget.NewSelect(nil, func(title string) {
		for _, a := range at.ds.Articles {
			if articleLabel(a) == title && a != s.article {
				s.showArticle(a)
			}
		}
	})
	s.Picker.Hide()
	s.Header = widget.NewLabel("")
	s.Header.Wrapping = fyne.TextWrapWord
	s.Header.Importance = widget.LowImportance
	s.box = container.NewVBox()
	s.Scroll = container.NewVScroll(s.box)
	head := widget.NewLabelWithStyle("Source text", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	s.content = container.NewBorder(container.NewVBox(head, s.Picker, s.Header), nil, nil, nil, s.Scroll)
	return s
}

func articleLabel(a *data.Article) string {
	if a.Source != "" {
		return a.Title + " — " + a.Source
	}
	return a.Title
}

// show displays the first article of a dataset.
func (s *sourceView) show(ds *data.Dataset) {
	var labels []string
	for _, a := range ds.Articles {
		labels = append(labels, articleLabel(a))
	}
	s.Picker.Options = labels
	if len(ds.Articles) > 1 {
		s.Picker.Show()
	} else {
		s.Picker.Hide()
	}
	s.article = nil
	if len(ds.Articles) > 0 {
		s.showArticle(ds.Articles[0])
	} else {
		s.box.Objects = nil
		s.box.Refresh()
		s.Header.SetText("")
	}
}

// showArticle lays out an article's blocks.
func (s *sourceView) showArticle(a *data.Article) {
	s.article = a
	s.marked = data.Span{}
	s.Picker.SetSelected(articleLabel(a))
	var meta []string
	if a.Source != "" {
		meta = append(meta, a.Source)
	}
	if p := a.PublishedLabel(); p != "" {
		meta = append(meta, p)
	}
	if a.Path != "" {
		meta = append(meta, a.Path)
	} else {
		meta = append(meta, "embedded sample article")
	}
	s.Header.SetText(strings.Join(meta, " · "))

	s.spans = s.spans[:0]
	seen := map[data.Span]bool{}
	add := func(f *data.Fact) {
		if f.Article != a.ID || f.Derived {
			return
		}
		for _, m := range f.Mentions {
			if !seen[m.Span] {
				seen[m.Span] = true
				s.spans = append(s.spans, figureSpan{Span: m.Span, fact: f})
			}
		}
	}
	for _, f := range s.at.ds.Facts {
		add(f)
	}
	for _, f := range s.at.ds.Unattributed {
		add(f)
	}
	sort.Slice(s.spans, func(i, j int) bool { return s.spans[i].Start < s.spans[j].Start })

	s.blocks = s.blocks[:0]
	objs := make([]fyne.CanvasObject, 0, len(a.Blocks))
	for i := range a.Blocks {
		rt := widget.NewRichText()
		rt.Wrapping = fyne.TextWrapWord
		s.fill(rt, i)
		s.blocks = append(s.blocks, rt)
		objs = append(objs, rt)
	}
	s.box.Objects = objs
	s.box.Refresh()
	s.Scroll.ScrollToTop()
}

// fill writes block i's segments: its text split at figures and at the marked sentence.
func (s *sourceView) fill(rt *widget.RichText, i int) {
	a := s.article
	b := a.Blocks[i]
	base := widget.RichTextStyleParagraph
	prefix := ""
	switch b.Kind {
	case data.Title:
		base = widget.RichTextStyleHeading
	case data.Heading:
		base = widget.RichTextStyleSubHeading
	case data.Bullet:
		prefix = "•  "
	case data.Meta:
		base.ColorName = theme.ColorNamePlaceHolder
		base.SizeName = theme.SizeNameCaptionText
	case data.Boilerplate:
		base.ColorName = theme.ColorNameDisabled
		base.TextStyle = fyne.TextStyle{Italic: true}
	}
	base.Inline = true
	var segs []widget.RichTextSegment
	if prefix != "" {
		segs = append(segs, &widget.TextSegment{Text: prefix, Style: base})
	}
	// Cut points: figure edges and the marked sentence's edges.
	pos := b.Start
	emit := func(end int) {
		if end <= pos {
			return
		}
		st := base
		if s.marked.End > s.marked.Start && pos >= s.marked.Start && end <= s.marked.End {
			st.ColorName = colorMark
			st.TextStyle.Bold = true
		}
		segs = append(segs, &widget.TextSegment{Text: a.Text[pos:end], Style: st})
		pos = end
	}
	for _, sp := range s.spans {
		if sp.End <= b.Start || sp.Start >= b.End || b.Kind == data.Boilerplate || b.Kind == data.Meta {
			continue
		}
		s.cutAtMark(pos, sp.Start, emit)
		emit(max(sp.Start, pos))
		f := sp.fact
		text := a.Text[max(sp.Start, pos):min(sp.End, b.End)]
		if f.Attributed() {
			segs = append(segs, &widget.HyperlinkSegment{Text: text, OnTapped: func() { s.at.SelectFact(f) }})
		} else {
			st := base
			st.ColorName = colorUnattributed
			st.TextStyle = fyne.TextStyle{Bold: true, Italic: true}
			segs = append(segs, &widget.TextSegment{Text: text, Style: st})
		}
		pos = min(sp.End, b.End)
	}
	s.cutAtMark(pos, b.End, emit)
	emit(b.End)
	if last, ok := segs[len(segs)-1].(*widget.TextSegment); ok {
		last.Style.Inline = false
	} else {
		segs = append(segs, &widget.TextSegment{Style: base})
		segs[len(segs)-1].(*widget.TextSegment).Style.Inline = false
	}
	rt.Segments = segs
	rt.Refresh()
}

// cutAtMark emits text up to the marked sentence's edges that fall in [from, to).
func (s *sourceView) cutAtMark(from, to int, emit func(int)) {
	if s.marked.End <= s.marked.Start {
		return
	}
	for _, edge := range []int{s.marked.Start, s.marked.End} {
		if edge > from && edge < to {
			emit(edge)
		}
	}
}

// mark shows the sentence of a mention, switching article and scrolling as needed.
func (s *sourceView) mark(f *data.Fact, m data.Mention) {
	if f == nil {
		s.setMark(data.Span{})
		return
	}
	if s.article == nil || s.article.ID != f.Article {
		if a := s.at.ds.Article(f.Article); a != nil {
			s.showArticle(a)
		}
	}
	s.setMark(m.Sentence)
	s.scrollTo(m.Sentence.Start)
}

func (s *sourceView) setMark(sp data.Span) {
	old := s.marked
	s.marked = sp
	for i, b := range s.article.Blocks {
		if overlaps(b.Span, old) || overlaps(b.Span, sp) {
			s.fill(s.blocks[i], i)
		}
	}
}

func overlaps(a, b data.Span) bool { return b.End > b.Start && a.Start < b.End && b.Start < a.End }

// scrollTo brings the block holding byte offset off into view.
func (s *sourceView) scrollTo(off int) {
	if s.article == nil {
		return
	}
	for i, b := range s.article.Blocks {
		if off >= b.Start && off < b.End {
			s.box.Refresh()
			y := s.blocks[i].Position().Y - theme.Padding()*4
			if y < 0 {
				y = 0
			}
			s.Scroll.ScrollToOffset(fyne.NewPos(0, y))
			return
		}
	}
}

// showCountry scrolls to where the article first names a country.
func (s *sourceView) showCountry(iso string) {
	mentions := s.at.ds.MentionsOf(iso)
	if s.article == nil || len(mentions) == 0 {
		return
	}
	spans := mentions[s.article.ID]
	if len(spans) == 0 {
		for _, a := range s.at.ds.Articles {
			if sp := mentions[a.ID]; len(sp) > 0 {
				s.showArticle(a)
				spans = sp
				break
			}
		}
	}
	if len(spans) > 0 {
		if sent, _, ok := s.article.SentenceAt(spans[0].Start); ok {
			s.setMark(sent)
		}
		s.scrollTo(spans[0].Start)
	}
}
