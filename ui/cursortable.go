package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// cursorTable is a table whose cell under the keyboard's cursor is outlined by the cell
// itself (focusring.go), where Fyne shows only the faint hover tint. As cursorList does,
// it keeps the cursor itself: Fyne's is private.
type cursorTable struct {
	widget.Table
	cursor  widget.TableCellID
	focused bool
}

// newCursorTable is widget.NewTableWithHeaders; hasCursor tells update whether the cell
// it fills is the one to outline.
func newCursorTable(length func() (int, int), create func() fyne.CanvasObject, update func(widget.TableCellID, fyne.CanvasObject)) *cursorTable {
	t := &cursorTable{}
	t.Length, t.CreateCell, t.UpdateCell = length, create, update
	t.ShowHeaderRow, t.ShowHeaderColumn = true, true
	t.ExtendBaseWidget(t)
	return t
}

// hasCursor reports whether the cell is outlined: the table has the keys and the cursor
// is on it.
func (t *cursorTable) hasCursor(id widget.TableCellID) bool { return t.focused && id == t.cursor }

// FocusGained outlines the cursor's cell; Fyne's tint is left off, so there is one mark.
func (t *cursorTable) FocusGained() {
	t.focused = true
	t.RefreshItem(t.cursor)
}

func (t *cursorTable) FocusLost() {
	t.focused = false
	t.RefreshItem(t.cursor)
}

// TypedKey: the arrows move the cursor, Space and Return choose its cell as a tap does.
func (t *cursorTable) TypedKey(ev *fyne.KeyEvent) {
	rows, cols := 0, 0
	if t.Length != nil {
		rows, cols = t.Length()
	}
	c := t.cursor
	switch ev.Name {
	case fyne.KeyUp:
		c.Row--
	case fyne.KeyDown:
		c.Row++
	case fyne.KeyLeft:
		c.Col--
	case fyne.KeyRight:
		c.Col++
	case fyne.KeySpace, fyne.KeyReturn, fyne.KeyEnter:
		t.Table.Select(t.cursor)
		return
	default:
		return
	}
	c.Row = min(max(c.Row, 0), rows-1)
	c.Col = min(max(c.Col, 0), cols-1)
	if c.Row < 0 || c.Col < 0 || c == t.cursor {
		return
	}
	t.moveCursor(c)
	t.ScrollTo(c)
}

// moveCursor puts the cursor on a cell, as a tap on it does too (OnSelected).
func (t *cursorTable) moveCursor(id widget.TableCellID) {
	old := t.cursor
	t.cursor = id
	t.RefreshItem(old)
	t.RefreshItem(id)
}

var _ fyne.Focusable = (*cursorTable)(nil)
