package ui

import (
	"fmt"

	"cryptoatlas/data"
)

// Undo: every edit saved from the window (a review decision, a correction, a rejection,
// an added figure) keeps its article's edits as they were before it, and Ctrl+Z saves
// them back (data.Dataset.RestoreEdits), so the corrections file is exactly as it was.
// One stack serves the whole window, newest last.

// editStep is one saved edit that Ctrl+Z can take back.
type editStep struct {
	article string
	before  *data.Curation // the article's edits before it; nil when it had none
	what    string         // "the rejection of 2,000 MW", for the status bar
	row     *reviewRow     // the review row it settled, nil for an edit made elsewhere
}

// edited runs an edit of one article and, when it was saved, remembers how to undo it.
func (at *Atlas) edited(article, what string, row *reviewRow, edit func() error) error {
	before := at.ds.Edits(article)
	if err := edit(); err != nil {
		return err
	}
	at.undo = append(at.undo, editStep{article: article, before: before, what: what, row: row})
	return nil
}

// CanUndo reports whether there is an edit to take back.
func (at *Atlas) CanUndo() bool { return len(at.undo) > 0 }

// Undo takes back the last saved edit: its article's corrections file is written as it
// was before, and every pane shows the figures as they were.
func (at *Atlas) Undo() {
	if len(at.undo) == 0 {
		at.Status.SetText("Nothing to undo.")
		return
	}
	s := at.undo[len(at.undo)-1]
	a := at.ds.Article(s.article)
	if a == nil {
		at.undo = at.undo[:len(at.undo)-1]
		return
	}
	if err := at.ds.RestoreEdits(s.article, s.before); err != nil {
		at.showEditError(err) // the step stays: the user may free the file and try again
		return
	}
	at.undo = at.undo[:len(at.undo)-1]
	if s.row != nil {
		s.row.state, s.row.made = rowPending, nil
	}
	at.afterEdit(nil, "1 undo", a)
	if s.row != nil {
		at.Review.reveal(s.row)
		at.Review.focus()
	}
	at.updateStatus()
	at.Status.SetText(fmt.Sprintf("Undid %s: %s is as it was before. · %s", s.what, a.CurationPath(), at.Status.Text))
}
