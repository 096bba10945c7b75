package ui

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2/widget"

	"cryptoatlas/data"
)

// Settling a row of the queue: the dataset saves each decision in the article's
// corrections file before anything on screen changes (data/curation_edit.go), then
// every pane shows it (afterEdit).

// accept saves the selected figure under the chosen country and metric, as a curated
// figure, and moves on to the next one to settle.
func (q *reviewView) accept() {
	r, a := q.pendingRow()
	if r == nil {
		return
	}
	if r.country == "" {
		q.askCountry()
		return
	}
	f := q.live[keyOf(r.fact)]
	if f == nil {
		q.failed(errors.New("that figure is no longer among the unattributed ones: open the articles again"))
		return
	}
	fig := data.Figure{Country: r.country, Metric: r.metric, Value: r.fact.Value, Max: r.fact.Max}
	var made *data.Fact
	err := q.at.edited(r.fact.Article, "accepting "+r.fact.Label()+" for "+r.country, r, func() (err error) {
		made, err = q.at.ds.Correct(f, fig)
		return err
	})
	if err != nil {
		q.failed(err)
		return
	}
	r.state, r.made = rowAccepted, made
	q.settled(made, "1 accepted figure", a)
}

// pendingRow is the selected row and its article when it is still to settle and the
// article can take edits (the embedded sample explains why it cannot); nil otherwise.
func (q *reviewView) pendingRow() (*reviewRow, *data.Article) {
	r := q.row()
	if r == nil || r.state != rowPending {
		return nil, nil
	}
	a := q.at.ds.Article(r.fact.Article)
	if !q.at.canEdit(a) {
		return nil, nil
	}
	return r, a
}

// askCountry puts the keyboard in the country entry when no country is chosen yet.
func (q *reviewView) askCountry() {
	q.showProblem("Type the country this figure belongs to (Enter accepts it), or press Delete to dismiss it.",
		widget.MediumImportance)
	if c := q.at.Win.Canvas(); c != nil {
		c.Focus(q.Country)
	}
}

// dismiss records the selected figure as rejected, so it does not come back.
func (q *reviewView) dismiss() {
	r, a := q.pendingRow()
	if r == nil {
		return
	}
	f := q.live[keyOf(r.fact)]
	if f == nil {
		q.failed(errors.New("that figure is no longer among the unattributed ones: open the articles again"))
		return
	}
	if err := q.at.edited(r.fact.Article, "dismissing "+r.fact.Label(), r, func() error { return q.at.ds.Reject(f) }); err != nil {
		q.failed(err)
		return
	}
	r.state = rowDismissed
	q.settled(nil, "1 dismissed figure", a)
}

// settled shows a saved decision everywhere and moves to the next row to settle.
func (q *reviewView) settled(made *data.Fact, what string, a *data.Article) {
	q.at.afterEdit(made, what, a)
	q.selectNext(q.sel + 1)
	q.focus()
}

// reveal selects a row, clearing the filters when they hide it.
func (q *reviewView) reveal(r *reviewRow) {
	for pass := 0; pass < 2; pass++ {
		for i, k := range q.shown {
			if q.rows[k] == r {
				q.selectShown(i)
				q.List.Refresh()
				return
			}
		}
		q.Articles.SetSelectedIndex(0)
		q.Metrics.SetSelectedIndex(0)
	}
}

// datasetEdited follows an edit made anywhere: the figures are made anew, one settled
// outside the queue (a Correct or Reject dialog) is settled here too, and one whose
// settling elsewhere was undone is pending again.
func (q *reviewView) datasetEdited() {
	q.indexLive()
	for _, r := range q.rows {
		live := q.live[keyOf(r.fact)] != nil
		switch {
		case r.state == rowPending && !live:
			r.state = rowElsewhere
		case r.state == rowElsewhere && live: // what settled it elsewhere was undone
			r.state = rowPending
		}
	}
	q.List.Refresh()
	q.show()
}

// failed says why a decision was not saved: a file that cannot be written in a dialog
// (nothing changed), a figure the dataset refuses beside the row.
func (q *reviewView) failed(err error) {
	var fe *data.FileError
	if errors.As(err, &fe) {
		q.at.showEditError(err)
		return
	}
	q.showProblem(capitalize(strings.TrimSuffix(err.Error(), "."))+".", widget.DangerImportance)
}
