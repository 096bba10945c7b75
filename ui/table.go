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
	"cryptoatlas/ui/chart"
)

// tableView is the Table tab: every country against every metric, each cell with its
// values and the numbers of the quotes behind them. Tapping a cell shows its sentence.
type tableView struct {
	at      *Atlas
	Table   *cursorTable
	data    chart.Table
	valid   bool
	content fyne.CanvasObject
	shown   func() bool // whether the Table tab is open: the table is built when it is

	// The figure of the last cell tapped, with the buttons that edit it.
	Picked  *widget.Label
	Why     *widget.RichText // why the picked figure is where it is
	Correct *widget.Button
	Reject  *widget.Button
	picked  []*data.Fact
}

const (
	tableCountryWidth = 150
	tableCellWidth    = 150
)

func newTableView(at *Atlas) *tableView {
	t := &tableView{at: at}
	t.Table = newCursorTable(
		func() (int, int) {
			if !t.valid && t.shown != nil && !t.shown() {
				return 0, 0 // built when its tab is opened (chartTabs), not with every dataset
			}
			t.ensure()
			return len(t.data.Rows), len(t.data.Metrics)
		},
		func() fyne.CanvasObject { return newTableCell() },
		func(id widget.TableCellID, o fyne.CanvasObject) {
			o.(*tableCell).set(t.cell(id))
			o.(*tableCell).ring.set(t.Table.hasCursor(id))
		},
	)
	t.Table.CreateHeader = func() fyne.CanvasObject {
		l := widget.NewLabel("")
		l.TextStyle = fyne.TextStyle{Bold: true}
		l.Truncation = fyne.TextTruncateEllipsis
		return l
	}
	t.Table.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		l := o.(*widget.Label)
		switch {
		case id.Row < 0 && id.Col >= 0 && id.Col < len(t.data.Metrics):
			l.SetText(t.data.Metrics[id.Col].Label())
		case id.Col < 0 && id.Row >= 0 && id.Row < len(t.data.Rows):
			l.SetText(t.data.Rows[id.Row].Country)
		default:
			l.SetText("")
		}
	}
	t.Table.SetColumnWidth(-1, tableCountryWidth)
	for c := 0; c < 8; c++ {
		t.Table.SetColumnWidth(c, tableCellWidth)
	}
	t.Table.OnSelected = func(id widget.TableCellID) {
		t.Table.moveCursor(id) // the keys go on from the cell tapped
		t.Table.UnselectAll()
		if cell := t.cell(id); len(cell.Facts) > 0 {
			t.pick(cell.Facts)
			f := cell.Facts[0]
			at.SelectCountry(f.ISO2)
			if len(f.Mentions) > 0 {
				at.ShowMention(f, f.Mentions[0])
			}
		}
	}
	note := widget.NewLabel("Every stated figure by country; [n] numbers the quotes; " + CuratedTag +
		" marks a figure a user recorded or corrected, “own figure” one the user typed that its sentence does not state. Tap a cell to see its sentence and edit its figure.")
	note.Importance = widget.LowImportance
	note.Wrapping = fyne.TextWrapWord
	t.Picked = widget.NewLabel("")
	t.Picked.Truncation = fyne.TextTruncateEllipsis
	t.Why = caption("")
	t.Correct = widget.NewButtonWithIcon("Correct…", theme.DocumentCreateIcon(), func() { t.edit(at.ShowCorrect) })
	t.Reject = widget.NewButtonWithIcon("Reject", theme.CancelIcon(), func() { t.edit(at.ConfirmReject) })
	t.pick(nil)
	bar := container.NewBorder(nil, nil, nil, container.NewHBox(t.Correct, t.Reject), t.Picked)
	t.content = container.NewBorder(container.NewVBox(note, bar, t.Why), nil, nil, nil, t.Table)
	return t
}

// pick shows the figures of the tapped cell above the table, ready to edit.
func (t *tableView) pick(facts []*data.Fact) {
	t.picked = facts
	if len(facts) == 0 {
		t.Picked.SetText("Tap a figure to correct or reject it.")
		t.Why.Hide()
		t.Correct.Disable()
		t.Reject.Disable()
		return
	}
	f := facts[0]
	s := f.Country + " · " + f.Metric.Label() + ": " + f.Label()
	if len(facts) > 1 {
		s += fmt.Sprintf(" and %d more", len(facts)-1)
	}
	if tag := tagOf(f); tag != "" {
		s += " (" + tag + ")"
	}
	t.Picked.SetText(s)
	setMuted(t.Why, strings.Join(whyLines(f), "\n"))
	t.Why.Show()
	t.Correct.Enable()
	t.Reject.Enable()
}

// edit runs an edit on the picked figure, asking which one when the cell holds several.
func (t *tableView) edit(do func(*data.Fact)) {
	switch len(t.picked) {
	case 0:
		return
	case 1:
		do(t.picked[0])
		return
	}
	var items []*fyne.MenuItem
	for _, f := range t.picked {
		label := f.Label()
		if a := t.at.ds.Article(f.Article); a != nil {
			label += " — " + a.Title
		}
		items = append(items, fyne.NewMenuItem(label, func() { do(f) }))
	}
	c := fyne.CurrentApp().Driver().CanvasForObject(t.Correct)
	if c == nil {
		return
	}
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(t.Correct)
	widget.ShowPopUpMenuAtPosition(fyne.NewMenu("", items...), c, pos.AddXY(0, t.Correct.Size().Height))
}

// tableCell is one cell: its figures and references, with a tint and a "curated" tag
// when a user recorded or corrected one of them.
type tableCell struct {
	widget.BaseWidget
	Label *widget.Label
	Tag   *canvas.Text
	back  *canvas.Rectangle
	ring  *rowRing // while the keyboard's cursor is on the cell (cursortable.go)
}

func newTableCell() *tableCell {
	c := &tableCell{Label: widget.NewLabel(""), Tag: canvas.NewText(CuratedTag, color.Transparent),
		back: canvas.NewRectangle(color.Transparent), ring: newRowRing()}
	c.Label.Truncation = fyne.TextTruncateEllipsis
	c.Tag.TextSize = theme.CaptionTextSize()
	c.Tag.TextStyle.Bold = true
	c.back.CornerRadius = 3
	c.ExtendBaseWidget(c)
	return c
}

func (c *tableCell) set(cell chart.TableCell) {
	c.Label.SetText(cellText(cell))
	c.Label.TextStyle = fyne.TextStyle{Italic: !cell.Stated}
	if cell.Stated {
		c.Label.Importance = widget.MediumImportance
	} else {
		c.Label.Importance = widget.LowImportance
	}
	curated, own := false, false
	for _, f := range cell.Facts {
		curated = curated || f.Curated
		own = own || (f.Curated && f.NotInQuote)
	}
	c.Tag.Text = CuratedTag
	if own {
		c.Tag.Text = "own figure" // the cell is narrow; the line above the table says it in full
	}
	if curated {
		c.Tag.Show()
		c.back.Show()
	} else {
		c.Tag.Hide()
		c.back.Hide()
	}
	c.Refresh()
}

// Curated reports whether the cell shows the curated tag.
func (c *tableCell) Curated() bool { return c.Tag.Visible() }

func (c *tableCell) CreateRenderer() fyne.WidgetRenderer {
	tag := container.NewCenter(c.Tag)
	inner := container.NewBorder(nil, nil, nil, tag, c.Label)
	return &tableCellRenderer{c: c, WidgetRenderer: widget.NewSimpleRenderer(container.NewStack(c.back, inner, c.ring.box))}
}

type tableCellRenderer struct {
	fyne.WidgetRenderer
	c *tableCell
}

func (r *tableCellRenderer) Refresh() {
	v := fyne.CurrentApp().Settings().ThemeVariant()
	col := r.c.Theme().Color(colorCurated, v)
	r.c.Tag.Color = col
	r.c.back.FillColor = withAlpha(col, 0x22)
	r.c.back.StrokeColor = withAlpha(col, 0x90)
	r.c.back.StrokeWidth = 1
	r.WidgetRenderer.Refresh()
}

// ensure builds the table from the dataset when it changed.
func (t *tableView) ensure() {
	if !t.valid {
		t.data = chart.BuildTable(t.at.ds, t.at.ChartedCountries())
		t.valid = true
	}
}

func (t *tableView) refresh() {
	t.valid = false
	t.Table.Refresh()
}

func (t *tableView) cell(id widget.TableCellID) chart.TableCell {
	t.ensure()
	if id.Row < 0 || id.Row >= len(t.data.Rows) || id.Col < 0 || id.Col >= len(t.data.Rows[id.Row].Cells) {
		return chart.TableCell{}
	}
	return t.data.Rows[id.Row].Cells[id.Col]
}

func cellText(c chart.TableCell) string {
	if !c.Stated {
		return c.Label
	}
	if len(c.Refs) == 0 {
		return c.Label
	}
	return fmt.Sprintf("%s %s", c.Label, refList(c.Refs))
}

func refList(refs []int) string {
	s := "["
	for i, r := range refs {
		if i > 0 {
			s += ", "
		}
		if i == 3 && len(refs) > 4 {
			s += fmt.Sprintf("+%d", len(refs)-3)
			break
		}
		s += fmt.Sprint(r)
	}
	return s + "]"
}

// cellFacts returns the facts of a country and metric, for tests.
func (t *tableView) cellFacts(iso2 string, m data.Metric) []*data.Fact {
	t.ensure()
	for _, r := range t.data.Rows {
		if r.ISO2 != iso2 {
			continue
		}
		for i, mm := range t.data.Metrics {
			if mm == m {
				return r.Cells[i].Facts
			}
		}
	}
	return nil
}
