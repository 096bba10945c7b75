package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"cryptoatlas/data"
	"cryptoatlas/ui/chart"
)

// tableView is the Table tab: every country against every metric, each cell with its
// values and the numbers of the quotes behind them. Tapping a cell shows its sentence.
type tableView struct {
	at      *Atlas
	Table   *widget.Table
	data    chart.Table
	valid   bool
	content fyne.CanvasObject
}

const (
	tableCountryWidth = 150
	tableCellWidth    = 150
)

func newTableView(at *Atlas) *tableView {
	t := &tableView{at: at}
	t.Table = widget.NewTableWithHeaders(
		func() (int, int) {
			t.ensure()
			return len(t.data.Rows), len(t.data.Metrics)
		},
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.TableCellID, o fyne.CanvasObject) {
			l := o.(*widget.Label)
			cell := t.cell(id)
			l.SetText(cellText(cell))
			l.TextStyle = fyne.TextStyle{Italic: !cell.Stated}
			if cell.Stated {
				l.Importance = widget.MediumImportance
			} else {
				l.Importance = widget.LowImportance
			}
			l.Refresh()
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
		t.Table.UnselectAll()
		if cell := t.cell(id); len(cell.Facts) > 0 {
			f := cell.Facts[0]
			at.SelectCountry(f.ISO2)
			if len(f.Mentions) > 0 {
				at.ShowMention(f, f.Mentions[0])
			}
		}
	}
	note := widget.NewLabel("Every stated figure by country; [n] numbers the quotes. Tap a cell to see its sentence.")
	note.Importance = widget.LowImportance
	note.Wrapping = fyne.TextWrapWord
	t.content = container.NewBorder(note, nil, nil, nil, t.Table)
	return t
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
