package data

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"slices"
	"strings"

	"cryptoatlas/data/country"
	"cryptoatlas/data/number"
)

// A user's edits to an article (figures rejected, corrected or added in the window) are
// saved beside the article as "<file>.atlas.json", never in the article itself, so the
// article stays what its author wrote and the edits survive a reload:
//
//	{"version": 1, "article_sha256": "…",
//	 "rejected": [{"metric", "country", "value", "value_max", "start", "end", "quote"}],
//	 "facts": [{"country", "metric", "value", "value_max", "unit", "quote", "start", "end",
//	            "approx", "as_of", "lender", "note"}]}
//
// A rejection names an extracted figure by metric, country ("" when unattributed),
// value(s) and its first mention (offsets and sentence). A correction is a rejection plus
// a fact; an addition is a fact. Facts are figures a person recorded: shown as curated,
// and added beside what the extractor finds (a rejection, not the fact, removes a figure).
// The embedded sample has no file to sit beside and cannot be edited.

// curationVersion is the sidecar format written; files from a newer format are refused.
const curationVersion = 1

// Curation is the content of one article's sidecar file.
type Curation struct {
	Version       int          `json:"version"`
	ArticleSHA256 string       `json:"article_sha256"` // of the article file the offsets refer to
	Rejected      []Rejection  `json:"rejected"`
	Facts         []EditedFact `json:"facts"`

	path       string   // where it is saved
	problems   []string // entries that did not apply when the facts were last made
	invalid    []string // entries that cannot be a figure (no number, an impossible value)
	stale      bool     // the article's bytes differ from those the edits were made on
	unreadable error    // the file exists but could not be read: it is never overwritten
}

// Rejection names an extracted (or JSON-recorded) figure the user rejected.
type Rejection struct {
	Metric   Metric   `json:"metric"`
	Country  string   `json:"country"` // "" for an unattributed figure
	Value    float64  `json:"value"`
	ValueMax *float64 `json:"value_max"`
	Start    int      `json:"start"` // the figure's first mention
	End      int      `json:"end"`
	Quote    string   `json:"quote"` // its sentence: finds it again when the text has moved
}

// EditedFact is a figure the user recorded: a curated fact with where it is stated.
type EditedFact struct {
	CuratedFact
	Start  int    `json:"start"` // the figure in the text; the quote's place when not inside it
	End    int    `json:"end"`
	Approx string `json:"approx,omitempty"` // as in extract output: "about", "over", …
	AsOf   string `json:"as_of,omitempty"`  // YYYY, YYYY-MM, YYYY-MM-DD or --MM
	Lender string `json:"lender,omitempty"`
	Note   string `json:"note,omitempty"` // the user's reason, shown with the figure

	raw json.RawMessage // the entry as written, kept when its value is not a number
}

// UnmarshalJSON reads an edit, refusing unknown fields (a misspelt "vaule" would
// otherwise be lost). A value missing, null or not a number is noted, never read as
// zero, and the entry is kept as written so a later save puts it back unchanged.
func (e *EditedFact) UnmarshalJSON(b []byte) error {
	var v struct {
		Country  string          `json:"country"`
		Metric   Metric          `json:"metric"`
		Value    json.RawMessage `json:"value"`
		ValueMax *float64        `json:"value_max"`
		Unit     string          `json:"unit"`
		Quote    string          `json:"quote"`
		Start    int             `json:"start"`
		End      int             `json:"end"`
		Approx   string          `json:"approx"`
		AsOf     string          `json:"as_of"`
		Lender   string          `json:"lender"`
		Note     string          `json:"note"`
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&v); err != nil {
		return err
	}
	*e = EditedFact{
		CuratedFact: CuratedFact{Country: v.Country, Metric: v.Metric, ValueMax: v.ValueMax, Unit: v.Unit, Quote: v.Quote},
		Start:       v.Start, End: v.End, Approx: v.Approx, AsOf: v.AsOf, Lender: v.Lender, Note: v.Note,
	}
	e.Value, e.badValue = readValue(v.Value)
	if e.badValue != "" {
		e.raw = append(json.RawMessage(nil), b...)
	}
	return nil
}

// MarshalJSON writes an edit; one whose value was not a number goes back as it was read.
func (e EditedFact) MarshalJSON() ([]byte, error) {
	if e.raw != nil {
		return e.raw, nil
	}
	type plain EditedFact // without this method
	return json.Marshal(plain(e))
}

// Figure is what a user enters when correcting or adding a figure.
type Figure struct {
	Country string // a name or ISO code the country table knows
	Metric  Metric // a stated (not derived) metric
	Value   float64
	Max     *float64 // the upper end of a range; nil otherwise
	Note    string
}

// ErrSampleNotEditable refuses edits to the embedded sample: edits are saved beside an
// article's file, so the window and the command line see the same figures, and the
// sample has no file.
var ErrSampleNotEditable = errors.New("the embedded sample article has no file to save edits beside; " +
	"save it as a file, open that file, and edit it there")

// CurationPath is where the edits of the article file at path are saved.
func CurationPath(path string) string { return path + CurationSuffix }

// CurationPath returns where this article's edits are saved, or "" for the sample.
func (a *Article) CurationPath() string {
	if a.Path == "" {
		return ""
	}
	return CurationPath(a.Path)
}

// readCuration reads the sidecar of an article loaded from a file, if there is one.
// A sidecar that cannot be read is remembered, so the load reports it and no edit
// overwrites it.
func readCuration(a *Article) {
	if a.Path == "" {
		return
	}
	p := CurationPath(a.Path)
	info, err := os.Stat(p)
	if errors.Is(err, fs.ErrNotExist) {
		if l, lerr := os.Lstat(p); lerr == nil && l.Mode()&fs.ModeSymlink != 0 {
			// Edits the user keeps elsewhere, behind a link that leads nowhere now: say
			// so, rather than show the article as if it had none.
			a.Edits = &Curation{path: p, unreadable: errors.New("a link that leads nowhere; saving would not reach your edits, so fix the link")}
		}
		return
	}
	c := &Curation{path: p}
	a.Edits = c
	switch {
	case err != nil:
		c.unreadable = errors.New(fileErr(p, err).Reason)
		return
	case info.IsDir():
		c.unreadable = errors.New("a folder, not a file")
		return
	case !info.Mode().IsRegular():
		c.unreadable = errors.New("not a regular file") // a pipe or device could wait forever
		return
	case info.Size() > MaxFileSize:
		c.unreadable = errors.New("too large to be a file of edits")
		return
	}
	b, err := os.ReadFile(p)
	if err != nil {
		c.unreadable = errors.New(fileErr(p, err).Reason)
		return
	}
	if err := c.decode(b); err != nil {
		c.unreadable = err
	}
}

// decode reads a sidecar's JSON, refusing unknown fields (a misspelt "vaule" would
// otherwise be silently lost) and versions this program does not know.
func (c *Curation) decode(b []byte) error {
	var v Curation
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&v); err != nil {
		return jsonError(b, err)
	}
	if dec.More() {
		return errors.New("not valid JSON: more than one value")
	}
	switch {
	case len(v.Facts)+len(v.Rejected) > MaxEdits:
		return fmt.Errorf("%s edits; a file of edits may hold at most %s", thousands(len(v.Facts)+len(v.Rejected)), thousands(MaxEdits))
	case v.Version == 0:
		return errors.New(`no "version": not a file of Crypto Atlas edits`)
	case v.Version > curationVersion:
		return fmt.Errorf("written by a newer Crypto Atlas (format version %d; this one reads %d)", v.Version, curationVersion)
	}
	c.Version, c.ArticleSHA256, c.Rejected, c.Facts = v.Version, v.ArticleSHA256, v.Rejected, v.Facts
	return nil
}

// clone copies the entries, so an edit can be prepared without touching what is shown.
func (c *Curation) clone(a *Article) *Curation {
	n := &Curation{Version: curationVersion, path: a.CurationPath()}
	if c != nil {
		n.ArticleSHA256 = c.ArticleSHA256
		n.Rejected = slices.Clone(c.Rejected)
		n.Facts = slices.Clone(c.Facts)
	}
	return n
}

// Problems lists the entries that did not apply to the article, with the reason.
func (c *Curation) Problems() []string {
	if c == nil {
		return nil
	}
	return append(slices.Clone(c.invalid), c.problems...)
}

// Len is the number of edits in the file.
func (c *Curation) Len() int {
	if c == nil {
		return 0
	}
	return len(c.Rejected) + len(c.Facts)
}

// curationErrors reports, as load errors, sidecars that could not be read and entries
// that no longer match their article; the articles themselves load.
func curationErrors(arts []*Article) []*FileError {
	var errs []*FileError
	for _, a := range arts {
		c := a.Edits
		switch {
		case c == nil:
		case c.unreadable != nil:
			errs = append(errs, &FileError{c.path, c.unreadable.Error() +
				"; the article loaded without these edits, and the file is kept as it is"})
		default:
			if len(c.invalid) > 0 {
				errs = append(errs, &FileError{c.path, fmt.Sprintf("%d of %d edits are not valid figures, and were not applied (they stay in the file): %s",
					len(c.invalid), c.Len(), strings.Join(c.invalid, "; "))})
			}
			if len(c.problems) > 0 {
				why := "no longer match the article"
				if c.stale {
					why = "no longer match the article, which changed since they were saved"
				}
				errs = append(errs, &FileError{c.path, fmt.Sprintf("%d of %d edits %s, and were not applied (they stay in the file): %s",
					len(c.problems), c.Len(), why, strings.Join(c.problems, "; "))})
			}
		}
		if len(a.recordProblems) > 0 {
			errs = append(errs, &FileError{a.Path, fmt.Sprintf("%d of %d recorded figures are not valid, and were not charted: %s",
				len(a.recordProblems), len(a.recordProblems)+len(a.Curated), strings.Join(a.recordProblems, "; "))})
		}
	}
	return errs
}

// applyEdits applies an article's sidecar to its facts: rejected figures go, recorded
// ones are added as curated. Entries that do not apply are noted in the curation.
func applyEdits(a *Article, facts []*Fact) []*Fact {
	c := a.Edits
	if c == nil || c.unreadable != nil {
		return facts
	}
	c.problems, c.invalid = nil, nil
	c.stale = c.ArticleSHA256 != "" && c.ArticleSHA256 != a.Hash
	moved := map[Span]Span{} // where the figures rejected now stand, by where they stood
	for i := range c.Rejected {
		r := &c.Rejected[i]
		k := r.find(facts)
		if k < 0 {
			c.problems = append(c.problems, fmt.Sprintf("the rejection of %s (rejected[%d]): that figure is no longer found", r.describe(), i))
			continue
		}
		m := facts[k].Mentions[0] // where it is now, for the next save
		moved[Span{r.Start, r.End}] = m.Span
		r.Start, r.End, r.Quote = m.Start, m.End, m.Quote
		facts = slices.Delete(facts, k, k+1)
	}
	for i := range c.Facts {
		f, err := c.Facts[i].fact(a, c.stale, moved)
		if err != nil {
			if !strings.Contains(err.Error(), "quote is not in") {
				c.invalid = append(c.invalid, fmt.Sprintf("the figure %s (facts[%d]): %v", c.Facts[i].describe(), i, err))
				continue
			}
			err = errors.New("its sentence is no longer in the article")
			c.problems = append(c.problems, fmt.Sprintf("the figure %s (facts[%d]): %v", c.Facts[i].describe(), i, err))
			continue
		}
		f.edit = i + 1
		c.Facts[i].Start, c.Facts[i].End = f.Mentions[0].Start, f.Mentions[0].End // where it is now
		facts = append(facts, f)
	}
	return facts
}

// describe names an entry for a message: "2,000 MW for Pakistan (mining_power_mw)".
func (r *Rejection) describe() string {
	who := r.Country
	if who == "" {
		who = "no country"
	}
	return fmt.Sprintf("%s for %s (%s)", FormatValue(r.Metric, r.Value, r.ValueMax, number.Exact), who, r.Metric)
}

func (e *EditedFact) describe() string {
	if e.badValue != "" {
		return fmt.Sprintf("for %s (%s)", clip(e.Country, 40), clip(string(e.Metric), 40))
	}
	return fmt.Sprintf("%s for %s (%s)", FormatValue(e.Metric, e.Value, e.ValueMax, number.Exact), e.Country, e.Metric)
}

// find returns the index of the fact a rejection names: same metric, country and
// value(s), at the same offsets, or else (the text moved) stated in the same sentence.
func (r *Rejection) find(facts []*Fact) int {
	iso := ""
	if r.Country != "" {
		c, ok := country.ByName(r.Country)
		if !ok {
			return -1
		}
		iso = c.ISO2
	}
	same := func(f *Fact) bool {
		return !f.Derived && f.Metric == r.Metric && f.ISO2 == iso && sameNumber(f.Value, r.Value) &&
			(f.Max == nil) == (r.ValueMax == nil) && (f.Max == nil || sameNumber(*f.Max, *r.ValueMax)) && len(f.Mentions) > 0
	}
	for k, f := range facts {
		if same(f) && f.Mentions[0].Span == (Span{r.Start, r.End}) {
			return k
		}
	}
	if r.Quote == "" {
		return -1
	}
	for k, f := range facts {
		if same(f) && slices.ContainsFunc(f.Mentions, func(m Mention) bool { return m.Quote == r.Quote }) {
			return k
		}
	}
	return -1
}

func sameNumber(a, b float64) bool {
	return a == b || math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), math.Abs(b))
}

// rejectionOf names a fact for a rejection.
func rejectionOf(f *Fact) Rejection {
	r := Rejection{Metric: f.Metric, Country: f.Country, Value: f.Value, ValueMax: f.Max}
	if len(f.Mentions) > 0 {
		m := f.Mentions[0]
		r.Start, r.End, r.Quote = m.Start, m.End, m.Quote
	}
	return r
}

// fact makes the curated fact an entry records, checking it as a JSON record's facts
// are checked. Its mention is the entry's offsets when they fall inside an occurrence
// of the quote and the text is the one they were saved against. When the text changed
// (stale), the figure is found again where the figure it corrects now stands (moved:
// old place -> new), or as the one figure of its value in the quote; failing both, the
// mention is the whole quote.
func (e *EditedFact) fact(a *Article, stale bool, moved map[Span]Span) (*Fact, error) {
	if err := e.validate(a.Text); err != nil {
		return nil, err
	}
	approx, ok := number.ParseApprox(e.Approx)
	if !ok {
		return nil, fmt.Errorf("approx %q is not one of about, estimated, nearly, over, at least, up to, under", e.Approx)
	}
	asOf, ok := number.ParseWhen(e.AsOf)
	if !ok {
		return nil, fmt.Errorf("as_of %q is not a date (YYYY, YYYY-MM, YYYY-MM-DD or --MM)", e.AsOf)
	}
	co, _ := country.ByName(e.Country)
	q := quoteAround(a.Text, e.Quote, Span{e.Start, e.End})
	inside := func(s Span) bool { return s.End > s.Start && s.Start >= q.Start && s.End <= q.End }
	sp := q
	if old := (Span{e.Start, e.End}); !stale && inside(old) {
		sp = old
	} else if m, ok := moved[old]; stale && ok && inside(m) {
		sp = m
	} else if stale {
		var same []Span
		for _, c := range a.FiguresIn(q) {
			if sameFigure(c, e.Value, e.ValueMax) {
				same = append(same, c.Span)
			}
		}
		if len(same) == 1 {
			sp = same[0]
		}
	}
	sent := q
	if s, _, ok := a.SentenceAt(q.Start); ok && s.Start <= q.Start && s.End >= q.End {
		sent = s
	}
	return &Fact{
		Article: a.ID, ISO2: co.ISO2, Country: co.Name, Metric: e.Metric, Value: e.Value, Max: e.ValueMax,
		Approx: approx, AsOf: asOf, Lender: e.Lender, Curated: true, Note: e.Note,
		NotInQuote: !states(a, sent, e.Value, e.ValueMax),
		Mentions:   []Mention{{Span: sp, Sentence: sent, Quote: a.Slice(sent)}},
	}, nil
}

// states reports whether a sentence writes a figure of this value (and upper end): a
// correction to a value its quote does not write is the user's own figure.
func states(a *Article, sent Span, value float64, max *float64) bool {
	for _, c := range a.FiguresIn(sent) {
		if sameFigure(c, value, max) {
			return true
		}
	}
	return false
}

// sameFigure reports whether a written figure has this value and upper end.
func sameFigure(c WrittenFigure, value float64, max *float64) bool {
	return sameNumber(c.Value, value) && (c.Max == nil) == (max == nil) && (c.Max == nil || sameNumber(*c.Max, *max))
}

// quoteAround returns the occurrence of quote in text that holds sp, or the first one.
func quoteAround(text, quote string, sp Span) Span {
	first := Span{-1, -1}
	for from := 0; from <= len(text); {
		i := strings.Index(text[from:], quote)
		if i < 0 {
			break
		}
		q := Span{from + i, from + i + len(quote)}
		if first.Start < 0 {
			first = q
		}
		if sp.End > sp.Start && sp.Start >= q.Start && sp.End <= q.End {
			return q
		}
		from = q.Start + 1
	}
	return first
}

// saveCuration writes a sidecar; a variable so tests can make the disk fail.
var saveCuration = func(path string, c *Curation) error {
	return WriteFileAtomic(path, func(w io.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(c)
	})
}

// MarshalJSON writes empty lists as [] rather than null, for people reading the file.
func (c *Curation) MarshalJSON() ([]byte, error) {
	type plain Curation
	v := plain(*c)
	if v.Rejected == nil {
		v.Rejected = []Rejection{}
	}
	if v.Facts == nil {
		v.Facts = []EditedFact{}
	}
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false) // quotes keep their & and < as written
	err := enc.Encode(v)
	return []byte(b.String()), err
}
