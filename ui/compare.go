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
	v.Hint = muted("Pick two or more countries to see their figures side by side: "+
		"press “Add to compare” on a profile, or add them here.", theme.SizeNameText, fyne.TextStyle{})
	v.grid = container.NewVBox()
	bar := container.NewBorder(nil, nil, nil, v.Clear, v.Add)
	v.content = container.NewBorder(container.NewVBox(bar, v.Hint), nil, nil, nil, container.NewScroll(v.grid))
	v.tab = container.NewTabItem("Compare", v.content)
	v.build()
	return v
}

func (v *compareView) has(iso2 string) bool { return iso2 != "" && slices.Contains(v.ISO2s, iso2) }

func (v *compareView) add(iso2 string) {
	if iso2 == "" || v.has(iso2) {
		return
	}
	v.set(append(slices.Clone(v.ISO2s), iso2))
}

func (v *compareView) remove(iso2 string) {
	v.set(slices.DeleteFunc(slices.Clone(v.ISO2s), func(s string) bool { return s == iso2 }))
}

func (v *compareView) set(isos []string) {
	v.ISO2s = isos
	v.build()
	if v.at.Profile != nil {
		v.at.Profile.updateButtons()
	}
}

// refresh follows a new dataset: countries it no longer names leave the comparison.
func (v *compareView) refresh() {
	kept := slices.DeleteFunc(slices.Clone(v.ISO2s), func(s string) bool { return !v.at.hasCountry(s) })
	v.ISO2s = kept
	v.build()
}

func (v *compareView) build() {
	ds := v.at.ds
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
			cell := &compareCell{}
			var labels []string
			for _, f := range facts[c.ISO2] {
				if f.Metric != info.Metric {
					continue
				}
				stated = true
				labels = append(labels, valueText(f))
				cell.Values = append(cell.Values, v.valueLink(f))
			}
			cell.Text = strings.Join(labels, "; ")
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
