package data

import (
	"encoding/csv"
	"encoding/json"
	"io"
	"math"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"cryptoatlas/data/number"
)

// The JSON and CSV shapes of `cryptoatlas extract` (DESIGN.md): a public contract.

// ArticleJSON is one article in the extract output.
type ArticleJSON struct {
	ID        string  `json:"id"`
	Title     string  `json:"title"`
	Source    *string `json:"source"`
	Path      string  `json:"path"`
	Published *string `json:"published"`
	URL       *string `json:"url,omitempty"`
}

// MentionJSON is one place a figure is stated.
type MentionJSON struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Quote string `json:"quote"`
	Page  *int   `json:"page"` // the PDF page; null for other formats
}

// WhyJSON says why a figure has its metric and country, in words for a reader.
type WhyJSON struct {
	Metric  string `json:"metric"`
	Country string `json:"country"`
	Rule    string `json:"rule,omitempty"` // the attribution rule's name, for tools
}

// CandidateJSON is a country an unattributed figure may belong to.
type CandidateJSON struct {
	Country string `json:"country"`
	ISO2    string `json:"iso2"`
	Metric  Metric `json:"metric"`
	Why     string `json:"why"`
}

// FactJSON is one fact. Country and ISO2 are left out for unattributed figures.
type FactJSON struct {
	Article  string   `json:"article"`
	Country  *string  `json:"country,omitempty"`
	ISO2     *string  `json:"iso2,omitempty"`
	Metric   Metric   `json:"metric"`
	Value    float64  `json:"value"`
	ValueMax *float64 `json:"value_max"`
	Unit     string   `json:"unit"`
	Approx   *string  `json:"approx"`
	AsOf     *string  `json:"as_of"`
	Lender   *string  `json:"lender"`
	Derived  bool     `json:"derived"`
	Curated  bool     `json:"curated"`
	Planned  bool     `json:"planned"`
	// NotInQuote marks a curated figure its quote does not state: the user's own figure.
	NotInQuote bool          `json:"not_in_quote"`
	Why        WhyJSON       `json:"why"`
	Mentions   []MentionJSON `json:"mentions"`
	// Candidates, for an unattributed figure: the countries it may belong to, best first.
	Candidates []CandidateJSON `json:"candidates,omitempty"`
}

// ExtractJSON is the whole extract output.
type ExtractJSON struct {
	Articles     []ArticleJSON `json:"articles"`
	Facts        []FactJSON    `json:"facts"`
	Unattributed []FactJSON    `json:"unattributed"`
}

func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// SamplePath is what the extract output gives as the path of the embedded sample.
const SamplePath = "(embedded sample)"

// ArticleToJSON gives an article's JSON form.
func ArticleToJSON(a *Article) ArticleJSON {
	path := a.Path
	if path == "" {
		path = SamplePath
	}
	return ArticleJSON{ID: a.ID, Title: a.Title, Source: optional(a.Source), Path: path,
		Published: optional(a.PublishedLabel()), URL: optional(a.URL)}
}

// FactToJSON gives a fact's JSON form. Values are finite by construction; a value that
// is not would break every JSON reader, so it is clamped rather than written as NaN.
func FactToJSON(f *Fact) FactJSON {
	out := FactJSON{
		Article: f.Article, Metric: f.Metric, Value: finite(f.Value), Unit: f.Metric.Unit(),
		Approx: optional(f.Approx.String()), AsOf: optional(f.AsOf.String()), Lender: optional(f.Lender),
		Derived: f.Derived, Curated: f.Curated, Planned: f.Planned, NotInQuote: f.NotInQuote, Mentions: []MentionJSON{},
		Why: WhyJSON{Metric: f.Why.Metric, Country: f.Why.Country, Rule: string(f.Why.Rule)},
	}
	switch {
	case f.Curated && f.NotInQuote:
		out.Why = WhyJSON{Metric: "Recorded by a user: the quote does not state this value", Country: "Recorded by a user", Rule: string(RuleCurated)}
	case f.Curated:
		out.Why = WhyJSON{Metric: "Recorded by a user", Country: "Recorded by a user", Rule: string(RuleCurated)}
	case f.Derived:
		out.Why = WhyJSON{Metric: "Computed from stated figures, never stated", Country: "The country of the figures it is computed from", Rule: string(RuleDerived)}
	}
	if !f.Attributed() {
		out.Candidates = []CandidateJSON{}
		for _, c := range f.Candidates {
			out.Candidates = append(out.Candidates, CandidateJSON{Country: c.Country, ISO2: c.ISO2, Metric: c.Metric, Why: c.Why})
		}
	}
	if f.Attributed() {
		out.Country, out.ISO2 = optional(f.Country), optional(f.ISO2)
	}
	if f.Max != nil {
		m := finite(*f.Max)
		out.ValueMax = &m
	}
	for _, m := range f.Mentions {
		out.Mentions = append(out.Mentions, MentionJSON{Start: m.Start, End: m.End, Quote: m.Quote})
	}
	return out
}

// factToJSON is FactToJSON with each mention's PDF page, which the fact's article knows.
func (d *Dataset) factToJSON(f *Fact) FactJSON {
	out := FactToJSON(f)
	for i := range out.Mentions {
		out.Mentions[i].Page = d.page(f.Article, out.Mentions[i].Start)
	}
	return out
}

// page is the PDF page of an offset into an article's text, or nil when it is not a PDF.
func (d *Dataset) page(article string, off int) *int {
	if a := d.Article(article); a != nil && len(a.Pages) > 0 {
		p := a.PageOf(off)
		return &p
	}
	return nil
}

func finite(v float64) float64 {
	switch {
	case math.IsNaN(v):
		return 0
	case math.IsInf(v, 1):
		return math.MaxFloat64
	case math.IsInf(v, -1):
		return -math.MaxFloat64
	}
	return v
}

// ToJSON gives the dataset's extract output.
func (d *Dataset) ToJSON() ExtractJSON {
	out := ExtractJSON{Articles: []ArticleJSON{}, Facts: []FactJSON{}, Unattributed: []FactJSON{}}
	for _, a := range d.Articles {
		out.Articles = append(out.Articles, ArticleToJSON(a))
	}
	for _, f := range d.Facts {
		out.Facts = append(out.Facts, d.factToJSON(f))
	}
	for _, f := range d.Planned {
		out.Facts = append(out.Facts, d.factToJSON(f))
	}
	for _, f := range d.Unattributed {
		out.Unattributed = append(out.Unattributed, d.factToJSON(f))
	}
	return out
}

// WriteJSON writes the extract output, indented.
func (d *Dataset) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(d.ToJSON())
}

// CSVHeader is the header row of the CSV output: one row per mention, so every row
// carries its quote and opens cleanly in a spreadsheet.
var CSVHeader = []string{"article", "title", "source", "published", "country", "iso2", "metric", "value",
	"value_max", "unit", "approx", "as_of", "lender", "derived", "curated", "attributed", "start", "end", "quote"}

// WriteCSV writes every fact, attributed and not, one row per mention.
func (d *Dataset) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	write := func(f *Fact) error {
		a := d.Article(f.Article)
		title, source, published := "", "", ""
		if a != nil {
			title, source, published = a.Title, a.Source, a.PublishedLabel()
		}
		max := ""
		if f.Max != nil {
			max = num(*f.Max)
		}
		for _, m := range f.Mentions {
			row := []string{f.Article, title, source, published, f.Country, f.ISO2, string(f.Metric), num(f.Value),
				max, f.Metric.Unit(), f.Approx.String(), f.AsOf.String(), f.Lender, strconv.FormatBool(f.Derived),
				strconv.FormatBool(f.Curated), strconv.FormatBool(f.Attributed()), strconv.Itoa(m.Start),
				strconv.Itoa(m.End), spreadsheetSafe(m.Quote)}
			if err := cw.Write(row); err != nil {
				return err
			}
		}
		return nil
	}
	for _, f := range d.Facts {
		if err := write(f); err != nil {
			return err
		}
	}
	for _, f := range d.Unattributed {
		if err := write(f); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func num(v float64) string { return strconv.FormatFloat(finite(v), 'f', -1, 64) }

// spreadsheetSafe keeps a quote from being read as a formula by a spreadsheet.
func spreadsheetSafe(s string) string {
	if s != "" && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@') {
		return "'" + s
	}
	return s
}

// CountryJSON is one country profile in `cryptoatlas countries --format json`.
type CountryJSON struct {
	Name     string      `json:"name"`
	ISO2     string      `json:"iso2"`
	ISO3     string      `json:"iso3"`
	Region   string      `json:"region"`
	Capital  string      `json:"capital"`
	Currency string      `json:"currency"`
	Mentions int         `json:"mentions"`
	Facts    []FactJSON  `json:"facts"`
	Events   []EventJSON `json:"events"`
}

// EventJSON is one dated event on a country's timeline.
type EventJSON struct {
	Date      *string       `json:"date"`
	Precision string        `json:"precision"`
	DateText  string        `json:"date_text"`
	Text      string        `json:"text"`
	Article   string        `json:"article"`
	Mentions  []MentionJSON `json:"mentions"`
}

var precisionNames = map[number.Precision]string{
	number.NoDate: "none", number.YearOnly: "year", number.MonthOnly: "month-no-year",
	number.YearMonth: "month", number.FullDate: "day",
}

// CountriesJSON gives every country profile, in the order of Countries().
func (d *Dataset) CountriesJSON() []CountryJSON {
	out := []CountryJSON{}
	for _, c := range d.Countries() {
		cj := CountryJSON{Name: c.Name, ISO2: c.ISO2, ISO3: c.ISO3, Region: c.Region, Capital: c.Capital,
			Currency: c.Currency, Mentions: c.Mentions, Facts: []FactJSON{}, Events: []EventJSON{}}
		for _, f := range d.FactsFor(c.ISO2) {
			cj.Facts = append(cj.Facts, d.factToJSON(f))
		}
		for _, e := range d.EventsFor(c.ISO2) {
			cj.Events = append(cj.Events, EventJSON{
				Date: optional(e.When.String()), Precision: precisionNames[e.When.Precision], DateText: e.DateText,
				Text: e.Quote, Article: e.Article,
				Mentions: []MentionJSON{{Start: e.Start, End: e.End, Quote: e.Quote, Page: d.page(e.Article, e.Start)}},
			})
		}
		out = append(out, cj)
	}
	return out
}

// Citation is how an export names an article: its headline, outlet and date, each
// left empty when the article does not give it.
type Citation struct {
	Title, Outlet, Date string
	Page                string // "p. 12" for a quote from a PDF (CiteAt); "" otherwise
}

// citeSeparators split a web page's title from the outlet it names after it:
// "Bhutan moves its reserve | ChainLedger".
var citeSeparators = []string{" | ", " — ", " – ", " - ", " :: "}

// Cite names an article for a reference list. A page title that ends with the outlet
// ("Headline | Outlet") gives both; the file name stands in only when there is no title.
func Cite(a *Article) Citation {
	c := Citation{Title: strings.TrimSpace(a.Title), Outlet: strings.TrimSpace(a.Source)}
	if !a.Published.IsZero() {
		c.Date = a.Published.Format("2 January 2006")
	}
	for _, sep := range citeSeparators {
		i := strings.LastIndex(c.Title, sep)
		if i <= 0 {
			continue
		}
		head, tail := strings.TrimSpace(c.Title[:i]), strings.TrimSpace(c.Title[i+len(sep):])
		switch {
		case c.Outlet != "" && strings.EqualFold(tail, c.Outlet):
			c.Title = head
		case c.Outlet == "" && looksLikeOutlet(tail) && len(head) > len(tail):
			c.Title, c.Outlet = head, tail
		default:
			continue
		}
		break
	}
	if c.Title == "" {
		c.Title = a.ID
		if a.Path != "" {
			c.Title = filepath.Base(a.Path)
		}
	}
	return c
}

// CiteAt names an article for the quote at byte offset off of its text: Cite, with the
// page where the article is a PDF ("Title (Outlet, date), p. 12").
func CiteAt(a *Article, off int) Citation {
	c := Cite(a)
	c.Page = a.PageLabel(off)
	return c
}

// looksLikeOutlet reports whether the words after a title's last separator read as a
// publication's name: a few capitalised words, not the rest of a headline.
func looksLikeOutlet(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 5 || len(s) > 40 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// String writes the citation as "Title (Outlet, 12 June 2025)", and ", p. 12" after it
// when it cites a page.
func (c Citation) String() string {
	if c.Page != "" {
		page := c.Page
		c.Page = ""
		return c.String() + ", " + page
	}
	var tail []string
	if c.Outlet != "" {
		tail = append(tail, c.Outlet)
	}
	if c.Date != "" {
		tail = append(tail, c.Date)
	}
	switch {
	case len(tail) == 0:
		return c.Title
	case c.Title == "":
		return strings.Join(tail, ", ")
	}
	return c.Title + " (" + strings.Join(tail, ", ") + ")"
}
