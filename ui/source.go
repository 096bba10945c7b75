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

// sourceView is the right pane: one article's text, block by block in a list (so a long
// article scrolls smoothly: only the visible blocks are laid out), with every figure
// highlighted; tapping a figure selects its fact.
type sourceView struct {
	at      *Atlas
	Picker  *articlePicker // which article, when several are loaded
	Header  *widget.Label
	Why     *widget.RichText // why the marked figure is where it is (why.go)
	List    *widget.List
	content fyne.CanvasObject

	article *data.Article
	spans   []figureSpan // this article's figures, by start
	marked  data.Span    // the marked sentence

	measure *paragraph // lays out blocks off screen to learn their heights
	width   float32    // the width heights were measured at
}

// figureSpan is a highlighted figure in the text.
type figureSpan struct {
	data.Span
	fact     *data.Fact
	rejected bool // a figure the user rejected: struck through, so it stays visible
}

func newSourceView(at *Atlas) *sourceView {
	s := &sourceView{at: at, measure: newParagraph(at)}
	s.Picker = newArticlePicker(at, func(a *data.Article) {
		if a != s.article {
			s.showArticle(a)
		}
	})
	s.Header = widget.NewLabel("")
	s.Header.Wrapping = fyne.TextWrapWord
	s.Header.Importance = widget.LowImportance
	s.Why = widget.NewRichText()
	s.Why.Wrapping = fyne.TextWrapWord
	s.Why.Hide()
	s.List = widget.NewList(
		func() int {
			if s.article == nil {
				return 0
			}
			return len(s.article.Blocks)
		},
		func() fyne.CanvasObject { return newParagraph(at) },
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if s.article != nil && id < len(s.article.Blocks) {
				o.(*paragraph).set(s.blockText(id))
			}
		},
	)
	s.List.OnSelected = func(widget.ListItemID) { s.List.UnselectAll() } // text, not a menu
	s.List.HideSeparators = true
	head := widget.NewLabelWithStyle("Source text", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	body := container.New(&widthWatch{onWidth: s.relayout}, s.List)
	s.content = container.NewBorder(container.NewVBox(head, s.Picker.content, s.Header, s.Why), nil, nil, nil, body)
	return s
}

func articleLabel(a *data.Article) string {
	if a.Source != "" {
		return a.Title + " — " + a.Source
	}
	return a.Title
}

// show displays the article behind the selected country's first bar on the chart in
// view (else the chart's first figure, else the first article), so the text beside the
// chart is the one it draws from.
func (s *sourceView) show(ds *data.Dataset) {
	s.article = nil
	if f := s.firstBar(ds); f != nil {
		s.showArticle(ds.Article(f.Article))
	} else if len(ds.Articles) > 0 {
		s.showArticle(ds.Articles[0])
	} else {
		s.Picker.set(nil, 0)
		s.Header.SetText("")
		s.List.Refresh()
	}
}

// firstBar is the selected country's first figure on the chart in view, else the first
// figure that chart draws; nil when it draws none.
func (s *sourceView) firstBar(ds *data.Dataset) *data.Fact {
	kind := s.at.Charts.Current()
	var first *data.Fact
	for _, f := range ds.Facts {
		if k, ok := chartFor(f.Metric); !ok || k != kind || f.Derived || ds.Article(f.Article) == nil {
			continue
		}
		if f.ISO2 == s.at.selected {
			return f
		}
		if first == nil {
			first = f
		}
	}
	return first
}

// showArticle shows one article's blocks.
func (s *sourceView) showArticle(a *data.Article) {
	s.article = a
	s.marked = data.Span{}
	s.Why.Hide()
	s.Picker.set(a, len(s.at.ds.Articles))
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
	for _, f := range s.at.ds.Planned { // highlighted so a reader can ask why it is not charted
		add(f)
	}
	// Rejected figures stay in sight, struck through, where no figure replaced them. The
	// offsets are data's, and hold only for the text the edits were made on.
	if c := s.at.ds.Edits(a.ID); c != nil && c.ArticleSHA256 == a.Hash {
		for _, r := range c.Rejected {
			sp := data.Span{Start: r.Start, End: r.End}
			if sp.Start >= 0 && sp.End <= len(a.Text) && sp.Start < sp.End && !seen[sp] {
				seen[sp] = true
				s.spans = append(s.spans, figureSpan{Span: sp, rejected: true})
			}
		}
	}
	sort.Slice(s.spans, func(i, j int) bool { return s.spans[i].Start < s.spans[j].Start })
	s.width = 0 // heights depend on the text: measure again
	s.relayout(s.List.Size().Width)
	s.List.Refresh()
	s.List.ScrollToTop()
}

// relayout measures every block's height at the list's width, so the list can place
// blocks of any length; it runs when the width or the article changes.
func (s *sourceView) relayout(width float32) {
	if s.article == nil || width <= 0 || width == s.width {
		return
	}
	s.width = width
	for i := range s.article.Blocks {
		s.measure.block = s.blockText(i)
		s.List.SetItemHeight(i, s.measure.heightAt(width))
	}
}

// blockText gives block i's text with its runs: each figure, and the marked sentence.
func (s *sourceView) blockText(i int) blockText {
	a := s.article
	b := a.Blocks[i]
	bt := blockText{kind: b.Kind, level: b.Level}
	prefix := ""
	if b.Kind == data.Bullet {
		prefix = "•  "
	}
	bt.text = prefix + a.Text[b.Start:b.End]
	bt.base, bt.lead = b.Start-len(prefix), len(prefix)
	off := len(prefix) - b.Start // block offset -> text offset
	// Cut points: the edges of figures and of the marked sentence inside the block.
	var figs []figureSpan
	if b.Kind != data.Boilerplate && b.Kind != data.Meta {
		for _, sp := range s.spans {
			if sp.Start >= b.Start && sp.End <= b.End {
				figs = append(figs, sp)
			}
		}
	}
	cuts := []int{b.Start, b.End}
	for _, f := range figs {
		cuts = append(cuts, f.Start, f.End)
	}
	if overlaps(b.Span, s.marked) {
		cuts = append(cuts, max(s.marked.Start, b.Start), min(s.marked.End, b.End))
	}
	sort.Ints(cuts)
	for k := 0; k+1 < len(cuts); k++ {
		from, to := cuts[k], cuts[k+1]
		if from >= to {
			continue
		}
		r := textRun{start: from + off, end: to + off}
		r.marked = s.marked.End > s.marked.Start && from >= s.marked.Start && to <= s.marked.End
		for _, f := range figs {
			if from >= f.Start && to <= f.End {
				r.fact, r.rejected = f.fact, f.rejected
			}
		}
		if r.marked || r.fact != nil || r.rejected {
			bt.runs = append(bt.runs, r)
		}
	}
	return bt
}

// mark shows the sentence of a mention, switching article and scrolling as needed.
func (s *sourceView) mark(f *data.Fact, m data.Mention) {
	if f == nil {
		s.setMark(data.Span{})
		s.explain(nil)
		return
	}
	if s.article == nil || s.article.ID != f.Article {
		if a := s.at.ds.Article(f.Article); a != nil {
			s.showArticle(a)
		}
	}
	s.setMark(m.Sentence)
	s.scrollTo(m.Sentence.Start)
	s.explain(f)
}

// explain says above the text why the marked figure is where it is; nil (or a sentence
// marked for a country rather than a figure) says nothing.
func (s *sourceView) explain(f *data.Fact) {
	if f == nil || f.Metric == "" {
		s.Why.Hide()
		return
	}
	segs := []widget.RichTextSegment{&widget.TextSegment{Text: factTitle(f),
		Style: widget.RichTextStyle{TextStyle: fyne.TextStyle{Bold: true}}}}
	if row := s.at.Charts.cutRow(f); row != "" { // the chart had to cut its note short
		segs = append(segs, &widget.TextSegment{Text: "On the chart: " + row,
			Style: widget.RichTextStyle{SizeName: theme.SizeNameCaptionText}})
	}
	for _, l := range whyLines(f) {
		segs = append(segs, &widget.TextSegment{Text: l, Style: widget.RichTextStyle{
			ColorName: theme.ColorNamePlaceHolder, SizeName: theme.SizeNameCaptionText}})
	}
	s.Why.Segments = segs
	s.Why.Refresh()
	s.Why.Show()
}

func (s *sourceView) setMark(sp data.Span) {
	if s.article == nil {
		return
	}
	old := s.marked
	s.marked = sp
	for i, b := range s.article.Blocks {
		if overlaps(b.Span, old) || overlaps(b.Span, sp) {
			s.measure.block = s.blockText(i) // bold marked text can wrap differently
			s.List.SetItemHeight(i, s.measure.heightAt(s.width))
			s.List.RefreshItem(i)
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
			s.List.ScrollTo(i)
			return
		}
	}
}

// BlockAt returns the index of the block holding byte offset off, or -1.
func (s *sourceView) BlockAt(off int) int {
	if s.article == nil {
		return -1
	}
	for i, b := range s.article.Blocks {
		if off >= b.Start && off < b.End {
			return i
		}
	}
	return -1
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

// widthWatch lays out one child at full size and reports width changes.
type widthWatch struct {
	onWidth func(float32)
}

func (w *widthWatch) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	w.onWidth(size.Width)
	for _, o := range objs {
		o.Resize(size)
		o.Move(fyne.NewPos(0, 0))
	}
}

func (w *widthWatch) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(200, 100)
}
