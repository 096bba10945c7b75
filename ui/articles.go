package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"cryptoatlas/data"
)

// articlePicker chooses which loaded article the source pane shows: a button naming
// the article, opening a list that can be filtered by title, outlet or file — a folder
// can hold thousands, more than a drop-down can show.
type articlePicker struct {
	at      *Atlas
	Button  *widget.Button
	Title   *widget.Label     // the article's title over the button, cut to the pane's width
	content fyne.CanvasObject // the button and its title: what the pane shows
	onPick  func(*data.Article)
	current *data.Article
}

func newArticlePicker(at *Atlas, onPick func(*data.Article)) *articlePicker {
	p := &articlePicker{at: at, onPick: onPick}
	// A button is as wide as its text; the title is a truncating label laid over an
	// empty one instead, so a long title never widens the pane (or moves its divider).
	p.Button = widget.NewButton("", p.show)
	p.Title = widget.NewLabel("")
	p.Title.Truncation = fyne.TextTruncateEllipsis
	p.content = container.NewStack(p.Button,
		container.NewBorder(nil, nil, nil, widget.NewIcon(theme.MenuDropDownIcon()), p.Title))
	p.content.Hide()
	return p
}

// set names the shown article; the button hides when there is nothing to choose.
func (p *articlePicker) set(a *data.Article, count int) {
	p.current = a
	if a == nil || count < 2 {
		p.content.Hide()
		return
	}
	p.Title.SetText(articleLabel(a))
	p.content.Show()
}

// show opens the list of articles.
func (p *articlePicker) show() {
	arts := p.at.ds.Articles
	rows := arts
	filter := p.at.newDialogEntry()
	filter.SetPlaceHolder(fmt.Sprintf("Filter %s by title, outlet or file", plural(len(arts), "article")))
	var d dialog.Dialog
	list := widget.NewList(
		func() int { return len(rows) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(articleLabel(rows[id])) },
	)
	list.OnSelected = func(id widget.ListItemID) {
		if id < len(rows) {
			d.Hide()
			p.onPick(rows[id])
		}
	}
	filter.OnChanged = func(q string) {
		q = strings.ToLower(strings.TrimSpace(q))
		rows = rows[:0:0]
		for _, a := range arts {
			if q == "" || strings.Contains(strings.ToLower(a.Title+" "+a.Source+" "+a.Path), q) {
				rows = append(rows, a)
			}
		}
		list.UnselectAll()
		list.Refresh()
	}
	d = dialog.NewCustom("Choose an article", "Close", container.NewBorder(filter, nil, nil, nil, list), p.at.Win)
	d.Resize(fyne.NewSize(640, 480))
	// Return opens the first article the filter leaves; Escape closes.
	p.at.showDialog(d, func() {
		if len(rows) > 0 {
			list.Select(0)
		}
	}, nil)
	p.at.Win.Canvas().Focus(filter)
	for i, a := range rows {
		if a == p.current {
			list.ScrollTo(i)
		}
	}
}
