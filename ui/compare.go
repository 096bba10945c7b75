package ui

import (
	"image/color"

	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"cryptoatlas/data"
	"cryptoatlas/data/country"
)

// NotStated is what a comparison shows where an article states no figure, never a zero.
const NotStated = "not stated"

// compareColumnWidth keeps a comparison's columns readable; more columns scroll sideways.
const compareColumnWidth = 150

// compareView is the Compare tab: the profiles the user picked, side by side, one column
// per country and one row per metric, so the same figure lines up across countries.
type compareView struct {
	at    *Atlas
	ds    *data.Dataset // the dataset the comparison was last checked against
	ISO2s []string      // the countries compared, in the order they were added

	Add     *widget.Select // adds a country
	Clear   *widget.Button
	Hint    *widget.RichText
	Headers []*compareHeader
	Rows    []*compareRow

	tab     *container.TabItem
	grid    *fyne.Container
	content fyne.CanvasObject
}

// compareHeader heads one country's column.
type compareHeader struct {
	ISO2   string
	Name   *widget.Label
	Remove *widget.Button
}

// compareRow is one line of the comparison: a label and one cell per country.
type compareRow struct {
	Label string
	Cells []*compareCell
}

// compareCell is what one country states for one row: values that show their sentence
// when tapped, or "not stated".
type compareCell struct {
	Text   string // the values as shown, "; "-joined, or NotStated
	Values []*widget.Hyperlink
}

func newCompareView(at *Atlas) *compareView {
	v := &compareView{at: at}
	v.Add = widget.NewSelect(nil, func(name string) {
		if name == "" {
			return
		}
		for _, c := range at.ds.Countries() {
			if c.Name == name {
				v.add(c.ISO2)
			}
		}
	})
	v.Add.PlaceHolder = "Add a country…"
	v.Clear = widget.NewButtonWithIcon("Clear", theme.ContentClearIcon(), func() { v.set(nil) })
	v.Clear.Importance = widget.LowImportance
	v.Hint = muted("Tick two or more countries in the country list to see their figures side by side "+
		"(or press “Add to compare” on a profile, or add them here); the charts show the same countries.",
		theme.SizeNameText, fyne.TextStyle{})
	v.grid = container.NewVBox()
	bar := container.NewBorder(nil, nil, nil, v.Clear, v.Add)
	v.content = container.NewBorder(container.NewVBox(bar, v.Hint), nil, nil, nil, container.NewScroll(v.grid))
	v.tab = container.NewTabItem("Compare", v.content)
	v.build()
	return v
}

// The comparison's countries are the ones ticked in the country list: one selection,
// which the charts, the table and the comparison all show.

func (v *compareView) has(iso2 string) bool { return iso2 != "" && v.at.charted(iso2) }

func (v *compareView) add(iso2 string) {
	if iso2 != "" {
		v.at.ChartCountry(iso2, true)
	}
}

func (v *compareView) remove(iso2 string) { v.at.ChartCountry(iso2, false) }

// set replaces the selection; nil clears it, and the charts show every country again.
func (v *compareView) set(isos []string) {
	if len(isos) == 0 {
		v.at.ChartAll()
		return
	}
	v.at.chartCountries = slices.Clone(isos)
	v.at.chartSelectionChanged()
}

// refresh follows a new dataset: countries it no longer names have left the selection.
func (v *compareView) refresh() { v.build() }

func (v *compareView) build() {
	ds := v.at.ds
	v.ISO2s = slices.DeleteFunc(v.at.ChartedCountries(), func(s string) bool { return !v.at.hasCountry(s) })
	var options []string
	for _, c := range ds.Countries() {
		if !v.has(c.ISO2) {
			options = append(options, c.Name)
		}
	}
	v.Add.Options = options
	v.Add.ClearSelected()
	if len(options) == 0 {
		v.Add.Disable()
	} else {
		v.Add.Enable()
	}
	if len(v.ISO2s) == 0 {
		v.Clear.Disable()
	} else {
		v.Clear.Enable()
	}
	v.tab.Text = "Compare"
	if n := len(v.ISO2s); n > 0 {
		v.tab.Text = fmt.Sprintf("Compare (%d)", n)
	}
	if v.at.Charts != nil {
		v.at.Charts.Tabs.Refresh()
	}
	if len(v.ISO2s) < 2 {
		v.Hint.Show()
	} else {
		v.Hint.Hide()
	}

	v.Headers, v.Rows = nil, nil
	var countries []country.Country
	for _, iso := range v.ISO2s {
		c, ok := country.ByISO2(iso)
		if !ok {
			continue
		}
		countries = append(countries, c)
		v.Headers = append(v.Headers, v.header(c))
	}
	if len(countries) == 0 {
		v.grid.Objects = nil
		v.grid.Refresh()
		return
	}

	text := func(label string, value func(c country.Country) string) {
		r := &compareRow{Label: label}
		for _, c := range countries {
			s := value(c)
			if s == "" {
				s = "not known"
			}
			r.Cells = append(r.Cells, &compareCell{Text: s})
		}
		v.Rows = append(v.Rows, r)
	}
	text("Region", func(c country.Country) string { return c.Region })
	text("Capital", func(c country.Country) string { return c.Capital })
	text("Currency", func(c country.Country) string { return c.Currency })

	facts := map[string][]*data.Fact{}
	for _, c := range countries {
		facts[c.ISO2] = ds.FactsFor(c.ISO2)
	}
	for _, info := range data.Metrics {
		r := &compareRow{Label: info.Label}
		if info.Derived {
			r.Label += " (derived)"
		}
		stated := false
		for _, c := range countries {
			cell := v.cell(facts[c.ISO2], info.Metric)
			stated = stated || len(cell.Values) > 0
			if cell.Text == "" {
				cell.Text = NotStated
			}
			r.Cells = append(r.Cells, cell)
		}
		if stated {
			v.Rows = append(v.Rows, r)
		}
	}
	text("Dated events", func(c country.Country) string {
		var dates []string
		for _, e := range ds.EventsFor(c.ISO2) {
			l := e.When.Label()
			if l == "" {
				l = e.DateText
			}
			if !slices.Contains(dates, l) {
				dates = append(dates, l)
			}
		}
		if len(dates) == 0 {
			return "none"
		}
		return strings.Join(dates, ", ")
	})

	cols := len(countries) + 1
	head := []fyne.CanvasObject{widget.NewLabel("")}
	for _, h := range v.Headers {
		head = append(head, container.NewBorder(nil, nil, nil, h.Remove, h.Name))
	}
	objs := []fyne.CanvasObject{gridRow(cols, head), widget.NewSeparator()}
	for _, r := range v.Rows {
		cells := []fyne.CanvasObject{rowLabel(r.Label)}
		for _, c := range r.Cells {
			cells = append(cells, c.object())
		}
		objs = append(objs, gridRow(cols, cells))
	}
	v.grid.Objects = objs
	v.grid.Refresh()
}

func (v *compareView) header(c country.Country) *compareHeader {
	h := &compareHeader{ISO2: c.ISO2}
	h.Name = widget.NewLabelWithStyle(c.Name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	h.Name.Wrapping = fyne.TextWrapWord
	h.Remove = widget.NewButtonWithIcon("", theme.CancelIcon(), func() { v.remove(c.ISO2) })
	h.Remove.Importance = widget.LowImportance
	return h
}

// cell writes one country's figures of one metric. A figure several articles repeat is
// shown once, named with its sources ("2,000 MW · Outlet A, Outlet B"), and where
// articles differ each figure is named with its own, so the reader sees whose is whose.
func (v *compareView) cell(facts []*data.Fact, m data.Metric) *compareCell {
	cell := &compareCell{}
	var order []string
	byValue := map[string][]*data.Fact{}
	for _, f := range facts {
		if f.Metric != m {
			continue
		}
		t := valueText(f)
		if byValue[t] == nil {
			order = append(order, t)
		}
		byValue[t] = append(byValue[t], f)
	}
	// Sources are named when more than one article speaks: one article's figures need
	// no telling apart.
	articles := map[string]bool{}
	for _, fs := range byValue {
		for _, f := range fs {
			articles[f.Article] = true
		}
	}
	var texts []string
	for _, t := range order {
		fs := byValue[t]
		label := t
		if len(articles) > 1 {
			label += " · " + v.sourcesOf(fs)
		}
		texts = append(texts, label)
		link := v.valueLink(fs[0])
		link.SetText(label)
		cell.Values = append(cell.Values, link)
	}
	cell.Text = strings.Join(texts, "; ")
	return cell
}

// sourcesOf names the articles that state a figure by outlet (or title), each once.
func (v *compareView) sourcesOf(facts []*data.Fact) string {
	var names []string
	for _, f := range facts {
		name := f.Article
		if a := v.at.ds.Article(f.Article); a != nil {
			c := data.Cite(a)
			name = c.Outlet
			if name == "" {
				name = c.Title
			}
		}
		if !slices.Contains(names, name) {
			names = append(names, name)
		}
	}
	return strings.Join(names, ", ")
}

// valueLink is a figure in the comparison; a tap shows the sentence that states it.
func (v *compareView) valueLink(f *data.Fact) *widget.Hyperlink {
	l := widget.NewHyperlink(valueText(f), nil)
	l.Wrapping = fyne.TextWrapWord
	l.OnTapped = func() {
		if len(f.Mentions) > 0 {
			v.at.ShowMention(f, f.Mentions[0])
		}
	}
	return l
}

// valueText is a figure's label, marked when it was computed or recorded by a person.
func valueText(f *data.Fact) string {
	info, _ := f.Metric.Info()
	switch {
	case f.Derived && !info.Derived: // a metric that is only ever derived says so in its row
		return f.Label() + " (derived)"
	case f.Curated:
		return f.Label() + " (curated)"
	}
	return f.Label()
}

func (c *compareCell) object() fyne.CanvasObject {
	if len(c.Values) == 0 {
		if c.Text == NotStated {
			return muted(c.Text, theme.SizeNameText, fyne.TextStyle{Italic: true})
		}
		l := widget.NewLabel(c.Text)
		l.Wrapping = fyne.TextWrapWord
		return l
	}
	objs := make([]fyne.CanvasObject, len(c.Values))
	for i, h := range c.Values {
		objs[i] = h
	}
	return container.NewVBox(objs...)
}

func rowLabel(s string) fyne.CanvasObject {
	return muted(s, theme.SizeNameText, fyne.TextStyle{})
}

// gridRow lays out one row of equal columns, each at least compareColumnWidth wide.
func gridRow(cols int, cells []fyne.CanvasObject) fyne.CanvasObject {
	for i, c := range cells {
		w := canvas.NewRectangle(color.Transparent)
		w.SetMinSize(fyne.NewSize(compareColumnWidth, 0))
		cells[i] = container.NewStack(w, c)
	}
	return container.NewGridWithColumns(cols, cells...)
}
