package data

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"cryptoatlas/data/country"
)

// Editing. Each edit is saved before the dataset changes: when the file cannot be
// written the error says so and what the window shows stays as it was.

// Reject removes a figure: an extracted or recorded one is remembered as rejected; one
// the user added is taken out of the file.
func (d *Dataset) Reject(f *Fact) error {
	a, next, err := d.editable(f)
	if err != nil {
		return err
	}
	if f.edit > 0 {
		next.Facts = slices.Delete(next.Facts, f.edit-1, f.edit)
	} else {
		next.Rejected = append(next.Rejected, rejectionOf(f))
	}
	return d.commit(a, next)
}

// Correct replaces a figure by the one the user entered, stated in the same place. It
// returns the curated fact that now stands for it.
func (d *Dataset) Correct(f *Fact, fig Figure) (*Fact, error) {
	a, next, err := d.editable(f)
	if err != nil {
		return nil, err
	}
	m := f.Mentions[0]
	e, err := newEditedFact(a, fig, m.Quote, m.Span)
	if err != nil {
		return nil, err
	}
	// What the sentence says beside the number still holds.
	e.AsOf = f.AsOf.String()
	if fig.Metric == f.Metric {
		e.Lender = f.Lender
		if sameNumber(fig.Value, f.Value) && (fig.Max == nil) == (f.Max == nil) {
			e.Approx = f.Approx.String()
		}
	}
	i := len(next.Facts)
	if f.edit > 0 {
		i = f.edit - 1
		next.Facts[i] = e
	} else {
		next.Rejected = append(next.Rejected, rejectionOf(f))
		next.Facts = append(next.Facts, e)
	}
	if err := d.commit(a, next); err != nil {
		return nil, err
	}
	return d.editedFact(a.ID, i), nil
}

// Add records a figure the extractor missed, stated at sp in an article: a figure's
// bytes inside a sentence, or the whole sentence.
func (d *Dataset) Add(article string, sp Span, fig Figure) (*Fact, error) {
	a := d.byID[article]
	if a == nil {
		return nil, fmt.Errorf("no article %q is loaded", article)
	}
	sent, bi, ok := a.SentenceAt(sp.Start)
	if !ok {
		return nil, errors.New("that place is not in the article's text")
	}
	if k := a.Blocks[bi].Kind; k == Boilerplate || k == Meta {
		return nil, fmt.Errorf("that sentence is %s, which never feeds a figure", k)
	}
	if sp.End <= sp.Start || sp.Start < sent.Start || sp.End > sent.End {
		sp = sent
	}
	a, next, err := d.editable(&Fact{Article: article})
	if err != nil {
		return nil, err
	}
	e, err := newEditedFact(a, fig, a.Slice(sent), sp)
	if err != nil {
		return nil, err
	}
	next.Facts = append(next.Facts, e)
	if err := d.commit(a, next); err != nil {
		return nil, err
	}
	return d.editedFact(a.ID, len(next.Facts)-1), nil
}

// RestoreEdits saves an article's edits as they were, taken earlier from Edits: an undo
// of every edit made since. The edits in c are copied, never kept.
func (d *Dataset) RestoreEdits(article string, c *Curation) error {
	a, _, err := d.editable(&Fact{Article: article})
	if err != nil {
		return err
	}
	return d.commit(a, c.clone(a))
}

// Edits returns the edits saved for an article, nil when there are none.
func (d *Dataset) Edits(article string) *Curation {
	if a := d.byID[article]; a != nil {
		return a.Edits
	}
	return nil
}

// editable checks that a fact's article can take an edit and returns a copy of its
// edits to change.
func (d *Dataset) editable(f *Fact) (*Article, *Curation, error) {
	a := d.byID[f.Article]
	if a == nil {
		return nil, nil, fmt.Errorf("no article %q is loaded", f.Article)
	}
	if a.Path == "" {
		return nil, nil, ErrSampleNotEditable
	}
	if c := a.Edits; c != nil && c.unreadable != nil {
		return nil, nil, &FileError{c.path, c.unreadable.Error() +
			"; saving would overwrite it, so fix or remove that file and open the article again"}
	}
	if f.Country != "" || f.Metric != "" { // a fact, not just an article
		if f.Derived {
			return nil, nil, errors.New("a derived figure is computed from a stated one: correct or reject that one instead")
		}
		if !d.holds(f) || len(f.Mentions) == 0 {
			return nil, nil, errors.New("that figure has changed since it was shown; try again")
		}
	}
	return a, a.Edits.clone(a), nil
}

// holds reports whether f is one of the dataset's current facts.
func (d *Dataset) holds(f *Fact) bool {
	return slices.Contains(d.Facts, f) || slices.Contains(d.Unattributed, f)
}

func newEditedFact(a *Article, fig Figure, quote string, sp Span) (EditedFact, error) {
	c, ok := country.ByName(fig.Country)
	if !ok {
		if c, ok = country.ByISO2(strings.ToUpper(fig.Country)); !ok {
			return EditedFact{}, fmt.Errorf("unknown country %q", fig.Country)
		}
	}
	e := EditedFact{
		CuratedFact: CuratedFact{Country: c.Name, Metric: fig.Metric, Value: fig.Value, ValueMax: fig.Max,
			Unit: fig.Metric.Unit(), Quote: quote},
		Start: sp.Start, End: sp.End, Note: strings.TrimSpace(fig.Note),
	}
	if _, err := e.fact(a, false, nil); err != nil {
		return EditedFact{}, err
	}
	return e, nil
}

// commit saves an article's edits and, once they are on disk, remakes its facts.
func (d *Dataset) commit(a *Article, next *Curation) error {
	next.Version = curationVersion
	next.ArticleSHA256 = a.Hash // the offsets were refreshed against this text
	if err := saveCuration(next.path, next); err != nil {
		fe := fileErr(next.path, err)
		return &FileError{fe.Path, "could not save the edit: " + fe.Reason}
	}
	a.Edits = next
	d.refacts(a)
	return nil
}

// refacts makes an article's facts again (extraction, recorded figures, edits, derived
// figures) and puts them where its old ones were.
func (d *Dataset) refacts(a *Article) {
	ex := Extract(a)
	for _, f := range ex.Facts {
		f.Article = a.ID
	}
	facts := applyEdits(a, applyCurated(a, ex.Facts))
	stated, unattributed, planned := partFacts(facts)
	stated = append(stated, derive(a.ID, facts)...)
	d.Facts = replaceArticle(d.Articles, d.Facts, a.ID, stated)
	d.Unattributed = replaceArticle(d.Articles, d.Unattributed, a.ID, unattributed)
	d.Planned = replaceArticle(d.Articles, d.Planned, a.ID, planned)
	d.summaries = nil // the counts changed
}

// replaceArticle returns facts with one article's replaced, keeping article order.
func replaceArticle(arts []*Article, facts []*Fact, id string, with []*Fact) []*Fact {
	by := map[string][]*Fact{}
	for _, f := range facts {
		by[f.Article] = append(by[f.Article], f)
	}
	by[id] = with
	out := make([]*Fact, 0, len(facts)+len(with))
	for _, a := range arts {
		out = append(out, by[a.ID]...)
	}
	return out
}

// editedFact returns the fact made from entry i of an article's edits.
func (d *Dataset) editedFact(article string, i int) *Fact {
	for _, fs := range [][]*Fact{d.Facts, d.Unattributed} {
		for _, f := range fs {
			if f.Article == article && f.edit == i+1 {
				return f
			}
		}
	}
	return nil
}
