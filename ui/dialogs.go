package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Dialogs from the keyboard: Return presses a dialog's default button, Escape its
// Cancel or Close. Fyne's dialogs take no keys, so the window lists the dialogs it
// opened with what each key does there. The keys reach that list from the canvas when
// nothing has the keyboard (keys.go), and from the entries, selects and buttons below
// when one of them has it.

// openDialog is one of the window's dialogs on screen.
type openDialog struct {
	overlay    fyne.CanvasObject // its pop-up on the canvas: the keys go to it only while it is on top
	ok, cancel func()
}

// showDialog shows d with Return doing ok and Escape doing cancel; a dialog with one
// button (Close) passes nil for ok, and Return closes it too.
func (at *Atlas) showDialog(d dialog.Dialog, ok, cancel func()) {
	if cancel == nil {
		cancel = d.Hide
	}
	if ok == nil {
		ok = cancel
	}
	od := &openDialog{ok: ok, cancel: cancel}
	d.SetOnClosed(func() { at.dropDialog(od) })
	d.Show()
	od.overlay = at.Win.Canvas().Overlays().Top()
	at.dialogs = append(at.dialogs, od)
}

func (at *Atlas) dropDialog(od *openDialog) {
	for i, o := range at.dialogs {
		if o == od {
			at.dialogs = append(at.dialogs[:i:i], at.dialogs[i+1:]...)
			return
		}
	}
}

// dialogKey does what Return or Escape does in the dialog on top, when it is one of the
// window's; it says whether it took the key. A file chooser or a select's menu open over
// a dialog keeps its keys.
func (at *Atlas) dialogKey(k fyne.KeyName) bool {
	top := at.Win.Canvas().Overlays().Top()
	if top == nil {
		return false
	}
	for _, od := range at.dialogs {
		if od.overlay != top {
			continue
		}
		switch k {
		case fyne.KeyReturn, fyne.KeyEnter:
			od.ok()
			return true
		case fyne.KeyEscape:
			od.cancel()
			return true
		}
	}
	return false
}

// newConfirm builds a dialog with a dismiss button and a default confirm button that
// runs onOK after closing; showDialog(d, ok, nil) gives them Return and Escape.
func (at *Atlas) newConfirm(title, confirm, dismiss string, content fyne.CanvasObject, onOK func()) (d *dialog.CustomDialog, ok func()) {
	d = dialog.NewCustomWithoutButtons(title, content, at.Win)
	ok = func() {
		d.Hide()
		onOK()
	}
	no := at.newDialogButton(dismiss, theme.CancelIcon(), d.Hide)
	yes := at.newDialogButton(confirm, theme.ConfirmIcon(), ok)
	yes.Importance = widget.HighImportance
	d.SetButtons([]fyne.CanvasObject{no, yes})
	return d, ok
}

// showClose shows a dialog whose only button is Close: Return and Escape both close it.
func (at *Atlas) showClose(d dialog.Dialog) { at.showDialog(d, nil, nil) }

// showError shows err in a dialog that Return and Escape close.
func (at *Atlas) showError(err error) { at.showClose(dialog.NewError(err, at.Win)) }

func isReturn(k fyne.KeyName) bool { return k == fyne.KeyReturn || k == fyne.KeyEnter }

// dialogEntry is an entry in a dialog: Escape cancels the dialog and, on one line,
// Return confirms it.
type dialogEntry struct {
	widget.Entry
	at *Atlas
}

func (at *Atlas) newDialogEntry() *dialogEntry {
	e := &dialogEntry{at: at}
	e.ExtendBaseWidget(e)
	return e
}

func (e *dialogEntry) TypedKey(ev *fyne.KeyEvent) {
	if (ev.Name == fyne.KeyEscape || (isReturn(ev.Name) && !e.MultiLine)) && e.at.dialogKey(ev.Name) {
		return
	}
	e.Entry.TypedKey(ev)
}

// dialogSelect is a select in a dialog: Return confirms the dialog, Escape cancels it
// (Space and the arrows still open and move the select).
type dialogSelect struct {
	widget.Select
	at *Atlas
}

func (at *Atlas) newDialogSelect(options []string, changed func(string)) *dialogSelect {
	s := &dialogSelect{at: at}
	s.Options, s.OnChanged = options, changed
	s.ExtendBaseWidget(s)
	return s
}

func (s *dialogSelect) TypedKey(ev *fyne.KeyEvent) {
	if (ev.Name == fyne.KeyEscape || isReturn(ev.Name)) && s.at.dialogKey(ev.Name) {
		return
	}
	s.Select.TypedKey(ev)
}

// dialogButton is a button in a dialog: Return presses it when it has the keyboard (as
// Space does), Escape cancels the dialog; when focused it shows a ring (focusring.go).
type dialogButton struct {
	ringButton
	at *Atlas
}

func (at *Atlas) newDialogButton(label string, icon fyne.Resource, tapped func()) *dialogButton {
	b := &dialogButton{at: at}
	b.Text, b.Icon, b.OnTapped = label, icon, tapped
	b.ExtendBaseWidget(b)
	return b
}

func (b *dialogButton) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape {
		b.at.dialogKey(ev.Name)
		return
	}
	b.ringButton.TypedKey(ev)
}
