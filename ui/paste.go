package ui

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"cryptoatlas/data"
)

// pasteForm is the Paste as Article dialog: tests fill Outlet and Address and press
// Return.
type pasteForm struct {
	Title   *widget.Label // the first line of the pasted text, the article's title
	Outlet  *dialogEntry
	Address *dialogEntry
	Path    string // the saved record, once Add is pressed
}

// ShowPasteArticle reads the clipboard as an article (plain text whose first line is the
// title, or HTML) and asks for its outlet and address, both optional; Add keeps it in
// the library and opens it. data reads the text; the window only shows it.
func (at *Atlas) ShowPasteArticle() {
	p, err := data.ReadPaste(at.App.Clipboard().Content(), time.Now())
	if err != nil {
		at.showError(err)
		return
	}
	lib, err := data.OpenLibrary()
	if err != nil {
		at.showError(err)
		return
	}
	f := &pasteForm{Title: widget.NewLabelWithStyle(p.Record.Title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		Outlet: at.newDialogEntry(), Address: at.newDialogEntry()}
	f.Title.Truncation = fyne.TextTruncateEllipsis
	f.Outlet.SetText(p.Record.Source)
	f.Outlet.SetPlaceHolder("Who published it (optional)")
	f.Address.SetPlaceHolder("https://… where it was published (optional)")
	form := widget.NewForm(
		widget.NewFormItem("Title", f.Title),
		widget.NewFormItem("Outlet", f.Outlet),
		widget.NewFormItem("Address", f.Address),
	)
	d, ok := at.newConfirm("Paste as article", "Add", "Cancel", form, func() {
		path, err := lib.SavePaste(p, f.Outlet.Text, f.Address.Text)
		if err != nil {
			at.showError(fmt.Errorf("the pasted article was not kept: %w", err))
			return
		}
		f.Path = path
		at.Open([]string{path})
	})
	d.SetOnClosed(func() {
		if at.Pasting == f {
			at.Pasting = nil
		}
	})
	d.Resize(fyne.NewSize(520, 0))
	at.Pasting = f
	at.showDialog(d, ok, nil)
	at.Win.Canvas().Focus(f.Outlet)
}
