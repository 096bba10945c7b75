package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// cursorList is a list that outlines the row the keyboard is on (focusring.go), the
// selected row too. It keeps that cursor itself, following the selection: Fyne's own is
// private, shown only as the faint hover tint, and stays behind when a row is clicked.
type cursorList struct {
	widget.List
	cursor  widget.ListItemID
	focused bool
}

// newCursorList is widget.NewList with a ring round each row: update is given the row
// that create made.
func newCursorList(length func() int, create func() fyne.CanvasObject, update func(widget.ListItemID, fyne.CanvasObject)) *cursorList {
	l := &cursorList{}
	l.Length = length
	l.CreateItem = func() fyne.CanvasObject { return newCursorRow(create()) }
	l.UpdateItem = func(id widget.ListItemID, o fyne.CanvasObject) {
		r := o.(*cursorRow)
		r.ring.set(l.focused && id == l.cursor)
		update(id, r.inner)
	}
	l.ExtendBaseWidget(l)
	return l
}

// FocusGained outlines the cursor's row; Fyne's tint is left off, so there is one mark.
func (l *cursorList) FocusGained() {
	l.focused = true
	l.RefreshItem(l.cursor)
}

func (l *cursorList) FocusLost() {
	l.focused = false
	l.RefreshItem(l.cursor)
}

// TypedKey: Up and Down move the cursor, Space and Return select its row.
func (l *cursorList) TypedKey(ev *fyne.KeyEvent) {
	n := 0
	if l.Length != nil {
		n = l.Length()
	}
	if l.cursor >= n { // the list got shorter under it
		l.cursor = max(n-1, 0)
	}
	switch ev.Name {
	case fyne.KeyUp:
		l.moveCursor(l.cursor-1, n)
	case fyne.KeyDown:
		l.moveCursor(l.cursor+1, n)
	case fyne.KeyHome:
		l.moveCursor(0, n)
	case fyne.KeyEnd:
		l.moveCursor(n-1, n)
	case fyne.KeySpace, fyne.KeyReturn, fyne.KeyEnter:
		if l.cursor >= 0 && l.cursor < n {
			l.List.Select(l.cursor)
		}
	}
}

func (l *cursorList) moveCursor(id widget.ListItemID, n int) {
	if id < 0 || id >= n || id == l.cursor {
		return
	}
	old := l.cursor
	l.cursor = id
	l.ScrollTo(id)
	l.RefreshItem(old)
	l.RefreshItem(id)
}

// Select selects a row and puts the cursor on it.
func (l *cursorList) Select(id widget.ListItemID) {
	if old := l.cursor; old != id {
		l.cursor = id
		l.RefreshItem(old)
		l.RefreshItem(id)
	}
	l.List.Select(id)
}

// cursorRow is a row of a cursorList: the caller's row with the ring over it.
type cursorRow struct {
	widget.BaseWidget
	inner fyne.CanvasObject
	ring  *rowRing
}

func newCursorRow(inner fyne.CanvasObject) *cursorRow {
	r := &cursorRow{inner: inner, ring: newRowRing()}
	r.ExtendBaseWidget(r)
	return r
}

func (r *cursorRow) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewStack(r.inner, r.ring.box))
}

var _ fyne.Focusable = (*cursorList)(nil)
