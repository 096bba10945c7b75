package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"cryptoatlas/data"
)

// The Review tab: every figure the extractor could not tie to a country with confidence,
// one row each, settled from the keyboard into its article's corrections file
// (review_settle.go). The list and its keys are in review_list.go.

// reviewHelp is the queue's keys, shown above it.
const reviewHelp = "↑/↓ move · Enter accept · 1–9 pick a candidate · type a name for another country · " +
	"←/→ change what it measures · Delete dismiss · Ctrl+Z undo"

// rowState is what became of a figure in the queue.
type rowState int

const (
	rowPending   rowState = iota
	rowAccepted           // saved as a curated figure
	rowDismissed          // saved as rejected
	rowElsewhere          // settled outside the queue (a Correct or Reject dialog)
)

// reviewRow is one figure of the queue and the choice made for it so far.
type reviewRow struct {
	fact    *data.Fact // the figure as the queue first listed it
	state   rowState
	country string      // the country it will be accepted under, "" for none yet
	metric  data.Metric // what it will be accepted as measuring
	made    *data.Fact  // the curated figure an accept made
}

// rowKey finds a row's figure again after its article's facts are made anew.
type rowKey struct {
	article string
	span    data.Span
	metric  data.Metric
}

func keyOf(f *data.Fact) rowKey {
	k := rowKey{article: f.Article, metric: f.Metric}
	if len(f.Mentions) > 0 {
		k.span = f.Mentions[0].Span
	}
	return k
}

type reviewView struct {
	at   *Atlas
	tab  *container.TabItem
	rows []*reviewRow
	// shown are the rows that pass the filters; sel indexes it (-1 for none).
	shown []int
	sel   int
	live  map[rowKey]*data.Fact // the unattributed figures now in the dataset

	Progress   *widget.Label
	Articles   *widget.Select
	Metrics    *widget.Select
	List       *reviewList
	Sentence   *paragraph // the row's sentence, its figure highlighted as in the source text
	Source     *widget.RichText
	Why        *widget.RichText
	Candidates *widget.RadioGroup
	choose     *widget.RichText // what the candidates are, or that there are none
	Country    *widget.SelectEntry
	Metric     *widget.Select
	Problem    *widget.Label
	Accept     *ringButton
	Dismiss    *widget.Button
	Undo       *widget.Button
	detail     *fyne.Container
	empty      *widget.RichText

	articleIDs []string // the article filter's options after "All articles"
	metricIDs  []data.Metric
	updating   bool // the widgets are being set from a row, not by the user
}

// addReviewTab puts the Review tab after the others.
func (at *Atlas) addReviewTab() {
	q := newReviewView(at)
	at.Review = q
	at.Charts.Tabs.Append(q.tab)
	shown := at.Charts.Tabs.OnSelected
	at.Charts.Tabs.OnSelected = func(item *container.TabItem) {
		if shown != nil {
			shown(item)
		}
		if item == q.tab {
			q.opened()
		}
	}
}

// ShowReview opens the Review tab on the first figure still to settle.
func (at *Atlas) ShowReview() {
	if at.Charts.Tabs.Selected() == at.Review.tab {
		at.Review.opened() // Select calls back only on a change
		return
	}
	at.Charts.Tabs.Select(at.Review.tab)
}

func newReviewView(at *Atlas) *reviewView {
	q := &reviewView{at: at, sel: -1, live: map[rowKey]*data.Fact{}}
	q.Progress = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	q.Progress.Truncation = fyne.TextTruncateEllipsis // beside the filters, in a narrow pane
	q.Articles = widget.NewSelect(nil, func(string) { q.filter() })
	q.Metrics = widget.NewSelect(nil, func(string) { q.filter() })
	q.List = newReviewList(q)

	q.Sentence = newParagraph(at)
	q.Source = muted("", theme.SizeNameCaptionText, fyne.TextStyle{})
	q.Why = muted("", theme.SizeNameCaptionText, fyne.TextStyle{})
	q.Candidates = widget.NewRadioGroup(nil, func(string) { q.candidateChosen() })
	q.choose = caption("")
	q.Country = widget.NewSelectEntry(nil)
	q.Country.PlaceHolder = "Type a country"
	q.Country.OnChanged = q.countryTyped
	q.Country.OnSubmitted = func(string) { q.accept() }
	labels, _ := metricChoices()
	q.Metric = widget.NewSelect(labels, func(string) { q.metricChosen() })
	q.Problem = widget.NewLabel("")
	q.Problem.Wrapping = fyne.TextWrapWord
	q.Problem.Importance = widget.DangerImportance
	q.Problem.Hide()
	q.Accept = newRingButton("Accept", theme.ConfirmIcon(), func() { q.accept(); q.focus() })
	q.Accept.Importance = widget.HighImportance
	q.Dismiss = widget.NewButtonWithIcon("Dismiss", theme.CancelIcon(), func() { q.dismiss(); q.focus() })
	q.Undo = widget.NewButtonWithIcon("Undo", theme.ContentUndoIcon(), func() { q.at.Undo(); q.focus() })

	form := container.New(layout.NewFormLayout(),
		widget.NewLabel("Country"), q.Country,
		widget.NewLabel("Measures"), q.Metric)
	// The buttons stay in sight below the details, however long the sentence.
	buttons := container.NewHBox(q.Undo, layout.NewSpacer(), q.Dismiss, q.Accept)
	// A candidate's line is as long as its reason; it must not widen the pane (and with
	// it every tab beside it) past the window: what does not fit is cut at the pane's edge.
	q.detail = container.NewVBox(q.Sentence, q.Source, q.Why, widget.NewSeparator(),
		q.choose, container.New(noMinWidth{}, q.Candidates), form, q.Problem)
	q.empty = muted("", theme.SizeNameText, fyne.TextStyle{})

	filters := container.NewHBox(q.Articles, q.Metrics)
	top := container.NewVBox(container.NewBorder(nil, nil, nil, filters, q.Progress), caption(reviewHelp))
	details := container.NewBorder(nil, buttons, nil, nil, container.NewVScroll(container.NewVBox(q.empty, q.detail)))
	split := container.NewVSplit(q.List, details)
	split.Offset = 0.35
	q.tab = container.NewTabItem("Review", container.NewBorder(top, nil, nil, nil, split))
	q.show()
	return q
}

// load lists the unattributed figures of a new dataset, each with its first candidate
// chosen.
func (q *reviewView) load() {
	ds := q.at.ds
	q.rows, q.sel = nil, -1
	for _, f := range ds.Unattributed {
		if len(f.Mentions) == 0 {
			continue // nothing to show or to settle it by
		}
		r := &reviewRow{fact: f, metric: f.Metric}
		if len(f.Candidates) > 0 {
			r.country, r.metric = f.Candidates[0].Country, f.Candidates[0].Metric
		}
		q.rows = append(q.rows, r)
	}
	q.indexLive()
	q.fillFilters()
	q.filter()
}

// indexLive finds the unattributed figures the dataset now holds.
func (q *reviewView) indexLive() {
	clear(q.live)
	for _, f := range q.at.ds.Unattributed {
		q.live[keyOf(f)] = f
	}
}

// fillFilters offers each article and metric that has a figure in the queue.
func (q *reviewView) fillFilters() {
	q.articleIDs, q.metricIDs = nil, nil
	arts, metrics := []string{"All articles"}, []string{"All metrics"}
	seenA, seenM := map[string]bool{}, map[data.Metric]bool{}
	for _, r := range q.rows {
		if id := r.fact.Article; !seenA[id] {
			seenA[id] = true
			q.articleIDs = append(q.articleIDs, id)
			title := id
			if a := q.at.ds.Article(id); a != nil {
				title = a.Title
			}
			arts = append(arts, clip(title, 48))
		}
		if m := r.fact.Metric; !seenM[m] {
			seenM[m] = true
			q.metricIDs = append(q.metricIDs, m)
			metrics = append(metrics, m.Label())
		}
	}
	q.updating = true
	q.Articles.Options, q.Metrics.Options = arts, metrics
	q.Articles.SetSelectedIndex(0)
	q.Metrics.SetSelectedIndex(0)
	q.updating = false
}

// filter shows the rows of the chosen article and metric and selects the first one
// still to settle.
func (q *reviewView) filter() {
	if q.updating {
		return
	}
	ai, mi := q.Articles.SelectedIndex()-1, q.Metrics.SelectedIndex()-1
	q.shown = q.shown[:0]
	for i, r := range q.rows {
		if ai >= 0 && ai < len(q.articleIDs) && r.fact.Article != q.articleIDs[ai] {
			continue
		}
		if mi >= 0 && mi < len(q.metricIDs) && r.fact.Metric != q.metricIDs[mi] {
			continue
		}
		q.shown = append(q.shown, i)
	}
	q.sel = -1
	q.List.UnselectAll()
	q.List.Refresh()
	q.selectNext(0)
	q.show()
}

// row is the selected row, nil for none.
func (q *reviewView) row() *reviewRow {
	if q.sel < 0 || q.sel >= len(q.shown) {
		return nil
	}
	return q.rows[q.shown[q.sel]]
}

// selectNext selects the first row still to settle at or after shown index from,
// wrapping round; with none left it keeps the selection where it is.
func (q *reviewView) selectNext(from int) {
	n := len(q.shown)
	for k := 0; k < n; k++ {
		i := (from + k) % n
		if q.rows[q.shown[i]].state == rowPending {
			q.selectShown(i)
			return
		}
	}
	if q.sel < 0 && n > 0 {
		q.selectShown(0)
	}
}

// selectShown selects a row of the list and shows its sentence in the source pane.
func (q *reviewView) selectShown(i int) {
	if i < 0 || i >= len(q.shown) {
		return
	}
	q.sel = i
	q.List.Select(i) // calls back into selected when it changes
	q.show()
	q.jump()
}

// jump shows the selected row's sentence in the source pane, if the tab is open.
func (q *reviewView) jump() {
	r := q.row()
	if r == nil || q.at.Charts.Tabs.Selected() != q.tab {
		return
	}
	f := r.fact
	if g := q.live[keyOf(f)]; g != nil {
		f = g
	}
	q.at.ShowMention(f, f.Mentions[0])
}

// opened runs when the tab is opened: the source pane follows the queue, and the keys
// go to it.
func (q *reviewView) opened() {
	if q.row() == nil {
		q.selectNext(0)
	}
	if q.sel >= 0 {
		q.List.ScrollTo(q.sel) // selected while the tab was hidden, the list could not scroll
	}
	q.jump()
	q.focus()
}

// focus gives the keyboard to the queue. (The window's canvas, not CanvasForObject:
// a tab just opened is not drawn yet, and the driver knows no canvas for it.)
func (q *reviewView) focus() {
	if q.at.Charts.Tabs.Selected() == q.tab {
		q.at.Win.Canvas().Focus(q.List)
	}
}

// settledCount is how many rows are settled, in the queue or elsewhere.
func (q *reviewView) settledCount() int {
	n := 0
	for _, r := range q.rows {
		if r.state != rowPending {
			n++
		}
	}
	return n
}

// updateCount says how many figures are left, in the status bar and the tab's title.
func (q *reviewView) updateCount() {
	left := len(q.rows) - q.settledCount()
	title := "Review"
	if left > 0 {
		title = fmt.Sprintf("Review (%d)", left)
		q.at.ToReview.SetText(fmt.Sprintf("%d to review", left))
		q.at.ToReview.Show()
	} else {
		q.at.ToReview.Hide()
	}
	if q.tab.Text != title {
		q.tab.Text = title
		q.at.Charts.Tabs.Refresh()
	}
}

// show fills the progress line and the selected row's details.
func (q *reviewView) show() {
	done := q.settledCount()
	q.Progress.SetText(fmt.Sprintf("%d of %d settled", done, len(q.rows)))
	setEnabled(q.Undo, q.at.CanUndo())
	r := q.row()
	switch {
	case len(q.rows) == 0:
		q.showEmpty("No figures to review: every figure in these articles is tied to a country, or was settled before.")
		return
	case len(q.shown) == 0:
		q.showEmpty("No figures to review for this article and metric: choose “All articles” and “All metrics” to see the rest.")
		return
	case r == nil:
		q.showEmpty("Select a figure to settle it.")
		return
	}
	q.empty.Hide()
	q.detail.Show()
	q.updating = true
	defer func() { q.updating = false }()

	f := r.fact
	m := f.Mentions[0]
	q.Sentence.set(blockText{text: m.Quote, base: m.Sentence.Start, kind: data.Paragraph, runs: []textRun{{
		start: m.Start - m.Sentence.Start, end: m.End - m.Sentence.Start, fact: f}}})
	defer q.detail.Refresh() // the sentence's height depends on the width it is laid out at
	if a := q.at.ds.Article(f.Article); a != nil {
		setMuted(q.Source, articleLabel(a))
	}
	setMuted(q.Why, strings.Join(whyLines(f), "\n"))

	var opts []string
	for i, c := range f.Candidates {
		if i == 9 {
			break // digits 1 to 9 pick them; the rest can be typed
		}
		opts = append(opts, candidateLine(i+1, c))
	}
	if len(opts) == 0 {
		setMuted(q.choose, "No candidates: the extractor found no country it could belong to. Type one, or dismiss it.")
		q.Candidates.Hide()
	} else {
		setMuted(q.choose, "Candidates, best first: press a digit to choose one")
		q.Candidates.Show()
	}
	q.Candidates.Options = opts
	q.Candidates.Selected = ""
	if i := r.candidate(); i >= 0 {
		q.Candidates.Selected = opts[i]
	}
	q.Candidates.Refresh()
	q.Country.SetText(r.country)
	q.setMetric(r.metric)
	q.Problem.Hide()

	pending := r.state == rowPending
	setEnabled(q.Accept, pending)
	setEnabled(q.Dismiss, pending)
	if !pending {
		q.showProblem(r.outcome(), widget.MediumImportance)
	}
}

func (q *reviewView) showEmpty(s string) {
	setMuted(q.empty, s)
	q.Accept.Disable()
	q.Dismiss.Disable()
	q.empty.Show()
	q.detail.Hide()
}

func (q *reviewView) showProblem(s string, imp widget.Importance) {
	q.Problem.Importance = imp
	q.Problem.SetText(s)
	q.Problem.Show()
}

// candidate is the index of the candidate the row's choice is, -1 for none.
func (r *reviewRow) candidate() int {
	for i, c := range r.fact.Candidates {
		if i < 9 && c.Country == r.country && c.Metric == r.metric {
			return i
		}
	}
	return -1
}

// outcome says what became of a settled row.
func (r *reviewRow) outcome() string {
	switch r.state {
	case rowAccepted:
		return "Accepted for " + r.country + " as " + strings.ToLower(r.metric.Label()) + ": now charted, marked " + CuratedTag + "."
	case rowDismissed:
		return "Dismissed: recorded as rejected, so it does not come back."
	case rowElsewhere:
		return "Settled outside the queue (corrected or rejected from the text, a table or a profile)."
	}
	return ""
}

// noMinWidth lays its objects out at the width given, or their own when wider, and asks
// for no width of its own.
type noMinWidth struct{}

func (noMinWidth) MinSize(objects []fyne.CanvasObject) fyne.Size {
	h := float32(0)
	for _, o := range objects {
		h = fyne.Max(h, o.MinSize().Height)
	}
	return fyne.NewSize(0, h)
}

func (noMinWidth) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objects {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(fyne.NewSize(fyne.Max(size.Width, o.MinSize().Width), size.Height))
	}
}
