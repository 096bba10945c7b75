package chart

import (
	"strconv"
	"strings"

	"cryptoatlas/data"
)

// Table is the window's Table tab: every selected country against every stated metric,
// each cell with its values and the quotes behind them.
type Table struct {
	Metrics []data.Metric
	Rows    []TableRow
	Refs    []Ref
}

// TableRow is one country's line of the table; Cells parallel Table.Metrics.
type TableRow struct {
	ISO2, Country string
	Cells         []TableCell
}

// TableCell is one country's figures for one metric. Several figures (articles that
// disagree, or two loans) are all listed, the latest first.
type TableCell struct {
	Label  string // "≈10,000 BTC; 12,500 BTC", or "not stated"
	Refs   []int
	Facts  []*data.Fact
	Stated bool
}

// maxCellFigures is how many figures a cell lists before it counts the rest.
const maxCellFigures = 4

// NotStated is what a cell or slot says where no article gives the figure.
const NotStated = "not stated"

// BuildTable makes the table for countries (ISO2 codes or names, in that order); nil or
// empty means every country with a stated figure, in the order the countries list uses
// (most figures first).
func BuildTable(ds *data.Dataset, countries []string) Table {
	var t Table
	for _, m := range data.Metrics {
		if !m.Derived {
			t.Metrics = append(t.Metrics, m.Metric)
		}
	}
	if ds == nil {
		return t
	}
	idx := newIndex(ds)
	places := selectCountries(idx, countries, func(*data.Fact) bool { return true })
	if len(countries) == 0 {
		places = byCountryList(ds, places)
	}
	book := newRefBook(ds)
	for _, p := range places {
		r := TableRow{ISO2: p.iso2, Country: p.name}
		for _, m := range t.Metrics {
			r.Cells = append(r.Cells, tableCell(idx, book, p.iso2, m))
		}
		t.Rows = append(t.Rows, r)
	}
	t.Refs = book.refs
	return t
}

func tableCell(idx *index, book *refBook, iso2 string, m data.Metric) TableCell {
	ests := idx.estimates(iso2, m)
	if len(ests) == 0 {
		return TableCell{Label: NotStated}
	}
	c := TableCell{Stated: true}
	var labels []string
	for _, e := range ests {
		f := e.lead()
		l := f.Label()
		if f.Lender != "" {
			l += " (" + f.Lender + ")"
		}
		labels = append(labels, l)
		c.Facts = append(c.Facts, e.facts...)
	}
	if len(labels) > maxCellFigures {
		// A country many articles disagree on: the latest few, and how many more (the
		// figures list behind the cell has every one).
		more := len(labels) - (maxCellFigures - 1)
		labels = append(labels[:maxCellFigures-1], strconv.Itoa(more)+" more")
	}
	c.Label = strings.Join(labels, "; ")
	c.Refs = book.cite(c.Facts)
	return c
}

// byCountryList orders places as Dataset.Countries does, so the table reads like the
// window's country list.
func byCountryList(ds *data.Dataset, places []place) []place {
	in := map[string]place{}
	for _, p := range places {
		in[p.iso2] = p
	}
	var out []place
	for _, c := range ds.Countries() {
		if p, ok := in[c.ISO2]; ok {
			out = append(out, p)
			delete(in, c.ISO2)
		}
	}
	for _, p := range places { // any the list does not know, in fact order
		if _, ok := in[p.iso2]; ok {
			out = append(out, p)
		}
	}
	return out
}
