package ui

import (
	"fmt"
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"cryptoatlas/data"
	"cryptoatlas/data/country"
)

// countryList is the left pane: every country the articles name, with its figure
// count, and a filter box.
type countryList struct {
	at      *Atlas
	Filter  *widget.Entry
	List    *cursorList
	rows    []data.CountrySummary // after filtering
	content fyne.CanvasObject
	quiet   bool // set while the list is selected from code, not by the user

	dividerRows []widget.ListItemID // rows made taller for the divider (browse.go)
}

func newCountryList(at *Atlas) *countryList {
	c := &countryList{at: at}
	c.Filter = widget.NewEntry()
	c.Filter.SetPlaceHolder("Filter countries (Ctrl+F)")
	c.Filter.OnChanged = func(string) { c.refresh() }
	c.Filter.OnSubmitted = func(string) { c.openFirst() } // Enter opens what the filter found
	c.List = newCursorList(
		func() int { return len(c.rows) },
		func() fyne.CanvasObject { return newCountryRow() },
		func(id widget.ListItemID, o fyne.CanvasObject) {
			o.(*countryRow).list = c
			o.(*countryRow).set(c.rows[id])
			c.decorate(id, o.(*countryRow)) // browse.go: the "Named without figures" divider
		},
	)
	c.List.OnSelected = func(id widget.ListItemID) {
		if c.quiet || id >= len(c.rows) {
			return
		}
		c.open(c.rows[id].ISO2)
	}
	header := widget.NewLabelWithStyle("Countries", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	c.content = container.NewBorder(container.NewVBox(header, c.Filter), nil, nil, nil, c.List)
	return c
}

// openFirst opens the selected country, or the first the filter finds, as a click would.
func (c *countryList) openFirst() {
	if len(c.rows) == 0 {
		return
	}
	for _, r := range c.rows {
		if r.ISO2 == c.at.selected {
			c.open(r.ISO2)
			return
		}
	}
	c.List.UnselectAll()
	c.List.Select(0)
}

// open shows a country everywhere, as selecting it in the list does.
func (c *countryList) open(iso2 string) {
	c.at.SelectCountry(iso2)
	c.at.Source.showCountry(iso2)
	c.at.showProfileTab()
}

// refresh rebuilds the rows from the dataset and the filter.
func (c *countryList) refresh() {
	q := strings.ToLower(strings.TrimSpace(c.Filter.Text))
	c.rows = c.rows[:0]
	for _, s := range c.at.ds.Countries() {
		if q == "" || matchesCountry(s, q) {
			c.rows = append(c.rows, s)
		}
	}
	c.placeDivider()
	c.List.Refresh()
	c.selectISO(c.at.selected)
}

// matchesCountry: the filter finds a country by name, alias, ISO code or region.
func matchesCountry(s data.CountrySummary, q string) bool {
	if strings.Contains(strings.ToLower(s.Name), q) || strings.EqualFold(s.ISO2, q) || strings.EqualFold(s.ISO3, q) ||
		strings.Contains(strings.ToLower(s.Region), q) {
		return true
	}
	for _, n := range country.Names(s.ISO2) {
		if strings.Contains(strings.ToLower(n), q) {
			return true
		}
	}
	return false
}

func (c *countryList) selectISO(iso string) {
	c.quiet = true
	defer func() { c.quiet = false }()
	for i, r := range c.rows {
		if r.ISO2 == iso {
			c.List.Select(i)
			c.List.ScrollTo(i)
			return
		}
	}
	c.List.UnselectAll()
}

// countryRow is one line of the list: a code badge, the name, and the figure count.
type countryRow struct {
	widget.BaseWidget
	badge *canvas.Rectangle
	code  *canvas.Text
	name  *widget.Label
	count *widget.Label
	chart *widget.Check // puts the country on the charts (all countries when none is ticked)
	iso   string

	divider *listDivider // shown above the first country named without figures
	list    *countryList // with id, lets a tap on the selected row open its profile (browse.go)
	id      widget.ListItemID
}

func newCountryRow() *countryRow {
	r := &countryRow{
		badge: canvas.NewRectangle(color.Transparent),
		code:  canvas.NewText("", color.White),
		name:  widget.NewLabel(""),
		count: widget.NewLabel(""),
	}
	r.badge.CornerRadius = 4
	r.code.TextStyle = fyne.TextStyle{Bold: true, Monospace: true}
	r.code.Alignment = fyne.TextAlignCenter
	r.name.Truncation = fyne.TextTruncateEllipsis
	r.divider = newListDivider(NamedWithoutFigures)
	r.divider.Hide()
	r.chart = widget.NewCheck("", func(on bool) {
		if r.list != nil && r.iso != "" {
			r.list.at.ChartCountry(r.iso, on)
		}
	})
	r.ExtendBaseWidget(r)
	return r
}

func (r *countryRow) set(s data.CountrySummary) {
	r.iso = "" // quiet while the check shows this row's state
	if r.list != nil {
		r.chart.SetChecked(r.list.at.charted(s.ISO2))
	}
	r.iso = s.ISO2
	r.code.Text = s.ISO2
	r.code.TextSize = theme.CaptionTextSize() + 1
	r.badge.FillColor = badgeColor(s.ISO2, s.Figures > 0)
	r.name.SetText(s.Name)
	if s.Figures > 0 {
		r.count.SetText(fmt.Sprint(s.Figures))
		r.count.Importance = widget.MediumImportance
	} else {
		r.count.SetText("–")
		r.count.Importance = widget.LowImportance
	}
	r.count.Refresh()
	r.Refresh()
}

func (r *countryRow) CreateRenderer() fyne.WidgetRenderer {
	badge := container.NewGridWrap(fyne.NewSize(34, 22), container.NewStack(r.badge, container.NewCenter(r.code)))
	return widget.NewSimpleRenderer(container.NewBorder(r.divider, nil, container.NewCenter(badge),
		container.NewHBox(r.count, r.chart), r.name))
}

// badgeColor gives each country a steady colour from its code, dimmed for countries
// named without figures.
func badgeColor(iso string, figures bool) color.Color {
	h := 0
	for _, c := range iso {
		h = h*31 + int(c)
	}
	palette := []color.NRGBA{
		{0x1f, 0x6f, 0xb2, 0xff}, {0x2e, 0x8b, 0x57, 0xff}, {0xb2, 0x4a, 0x1f, 0xff}, {0x6a, 0x3d, 0x9a, 0xff},
		{0x00, 0x7c, 0x89, 0xff}, {0x9c, 0x27, 0x5e, 0xff}, {0x5b, 0x6b, 0x1f, 0xff}, {0x8a, 0x5a, 0x00, 0xff},
	}
	c := palette[(h%len(palette)+len(palette))%len(palette)]
	if !figures {
		c = color.NRGBA{0x80, 0x80, 0x80, 0xff}
	}
	return c
}
