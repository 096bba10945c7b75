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
	fig := data.Figure{Country: r.country, Metric: r.metric, Value: r.fact.Value, Max: r.fact.Max}
	var made *data.Fact
	var err error
	if r.onDisk {
		// The file already rejects the extracted figure: what Correct would add to it
		// is the curated figure alone.
		made, err = q.at.ds.Add(r.fact.Article, r.fact.Mentions[0].Span, fig)
	} else if f := q.live[keyOf(r.fact)]; f != nil {
		made, err = q.at.ds.Correct(f, fig)
	} else {
		err = errors.New("that figure is no longer among the unattributed ones: open the articles again")
	}
	if err != nil {
		q.failed(err)
		return
	}
	r.state, r.made, r.onDisk = rowAccepted, made, false
	q.settled(r, made, "1 accepted figure", a)
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
	if !r.onDisk {
		f := q.live[keyOf(r.fact)]
		if f == nil {
			q.failed(errors.New("that figure is no longer among the unattributed ones: open the articles again"))
			return
		}
		if err := q.at.ds.Reject(f); err != nil {
			q.failed(err)
			return
		}
	}
	r.state, r.onDisk = rowDismissed, false
	q.settled(r, nil, "1 dismissed figure", a)
}

// settled shows a saved decision everywhere and moves to the next row to settle.
func (q *reviewView) settled(r *reviewRow, made *data.Fact, what string, a *data.Article) {
	q.undo = append(q.undo, r)
	q.at.afterEdit(made, what, a)
	q.selectNext(q.sel + 1)
	q.focus()
}

// undoLast takes back the last accept or dismissal. An accept's curated figure is taken
// out of the file; the rejection of the extracted figure that came with it stays, as
// does a dismissal's, for data has no way yet to take a rejection back. The row is
// pending again and says so; settling it again writes the file as it should be.
func (q *reviewView) undoLast() {
	if len(q.undo) == 0 {
		return
	}
	r := q.undo[len(q.undo)-1]
	a := q.at.ds.Article(r.fact.Article)
	switch r.state {
	case rowAccepted:
		made := q.findMade(r)
		if made == nil {
			q.failed(errors.New("the accepted figure has changed since (corrected or rejected elsewhere), so there is nothing to undo"))
			q.undo = q.undo[:len(q.undo)-1]
			return
		}
		if err := q.at.ds.Reject(made); err != nil {
			q.failed(err)
			return
		}
	case rowDismissed:
	default:
		q.undo = q.undo[:len(q.undo)-1]
		return
	}
	q.undo = q.undo[:len(q.undo)-1]
	was := r.state
	r.state, r.made, r.onDisk = rowPending, nil, true
	q.at.afterEdit(nil, "1 undo", a)
	q.reveal(r)
	what := "Took the accepted figure off the charts."
	if was == rowDismissed {
		what = "The dismissed figure is back in the queue."
	}
	q.at.Status.SetText(what + " Until you settle it again, " + a.CurationPath() + " keeps it as rejected.")
	q.focus()
}

// findMade finds the curated figure an accept made, in the facts as they are now.
func (q *reviewView) findMade(r *reviewRow) *data.Fact {
	if r.made == nil {
		return nil
	}
	k := keyOf(r.made)
	for _, fs := range [][]*data.Fact{q.at.ds.Facts, q.at.ds.Planned, q.at.ds.Unattributed} {
		for _, f := range fs {
			if f.Curated && !f.Derived && keyOf(f) == k && f.ISO2 == r.made.ISO2 && f.Value == r.made.Value {
				return f
			}
		}
	}
	return nil
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

// datasetEdited follows an edit made anywhere: the figures are made anew, and one
// settled outside the queue (a Correct or Reject dialog) is settled here too.
func (q *reviewView) datasetEdited() {
	q.indexLive()
	for _, r := range q.rows {
		if r.state == rowPending && !r.onDisk && q.live[keyOf(r.fact)] == nil {
			r.state = rowElsewhere
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
