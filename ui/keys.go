package ui

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"
)

// The keyboard. Window-wide shortcuts live on the main menu's items, which the driver
// tries before the focused widget (an entry would otherwise swallow Ctrl+Tab); keys
// without a modifier reach the canvas when nothing has the keyboard. keyHelp lists all
// of them for Help → Keyboard Shortcuts, in one place.

// keyHelp is every key the window knows, as Help → Keyboard Shortcuts lists it.
var keyHelp = [][2]string{
	{"Ctrl+O", "Open a file"},
	{"Ctrl+Shift+O", "Open a folder"},
	{"Ctrl+L", "Open a web address"},
	{"Ctrl+V (nothing focused)", "Open the web address on the clipboard"},
	{"Ctrl+Shift+L", "Open the library"},
	{"Ctrl+Shift+V", "Paste the clipboard's text as an article"},
	{"Ctrl+,", "Preferences: the library folder, the theme"},
	{"Ctrl+E", "Export the chart"},
	{"Ctrl+F", "Filter the countries"},
	{"Enter (in the filter)", "Open the first country the filter finds"},
	{"Alt+↓ / Alt+↑", "Next / previous country"},
	{"Ctrl+Tab / Ctrl+Shift+Tab", "Next / previous tab"},
	{"Ctrl+1 … Ctrl+9, Ctrl+0", tabKeysPlaceholder}, // the tabs by name: tabKeysHelp
	{"Menu key or Shift+F10", "The selected figure's menu in the source text: Correct, Reject, Add"},
	{"Ctrl+Z", "Undo the last saved edit (correction, rejection, review decision)"},
	{"Return (in a dialog)", "The default button: Save, Export, Reject, Close (on a focused button: that button)"},
	{"Escape (in a dialog)", "Cancel or Close"},
	{"Tab / Shift+Tab", "Move between controls"},
	{"Review tab: ↑/↓, Enter, 1–9, Delete", "Move, accept, pick a candidate, dismiss"},
	{"Ctrl+Q", "Quit"},
}

func ctrl(k fyne.KeyName) *desktop.CustomShortcut {
	return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault}
}

func ctrlShift(k fyne.KeyName) *desktop.CustomShortcut {
	return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
}

// tabItems are the View menu's tab items: next, previous, and one per tab with Ctrl+N.
func (at *Atlas) tabItems() []*fyne.MenuItem {
	next := fyne.NewMenuItem("Next Tab", func() { at.stepTab(1) })
	next.Shortcut = ctrl(fyne.KeyTab)
	prev := fyne.NewMenuItem("Previous Tab", func() { at.stepTab(-1) })
	prev.Shortcut = ctrlShift(fyne.KeyTab)
	goTo := fyne.NewMenuItem("Go to Tab", nil)
	goTo.ChildMenu = fyne.NewMenu("")
	digits := []fyne.KeyName{fyne.Key1, fyne.Key2, fyne.Key3, fyne.Key4, fyne.Key5, fyne.Key6, fyne.Key7, fyne.Key8, fyne.Key9, fyne.Key0}
	for i, tab := range at.Charts.Tabs.Items {
		if i >= len(digits) {
			break
		}
		i := i
		it := fyne.NewMenuItem(tab.Text, func() { at.selectTab(i) })
		it.Shortcut = ctrl(digits[i])
		goTo.ChildMenu.Items = append(goTo.ChildMenu.Items, it)
	}
	return []*fyne.MenuItem{next, prev, goTo}
}

// stepTab moves to the next (1) or previous (-1) tab, round the ends.
func (at *Atlas) stepTab(d int) {
	n := len(at.Charts.Tabs.Items)
	if n == 0 {
		return
	}
	at.selectTab((at.Charts.Tabs.SelectedIndex() + d + n) % n)
}

// selectTab opens tab i, when there is one.
func (at *Atlas) selectTab(i int) {
	if i >= 0 && i < len(at.Charts.Tabs.Items) {
		at.Charts.Tabs.SelectIndex(i)
	}
}

// typedKey takes the keys that reach the window when nothing has the keyboard: Return
// and Escape in a dialog (dialogs.go), the menu key, and Shift+F10 (the driver sends Shift+F10 as F10, so Shift is followed
// through the key-down events).
func (at *Atlas) typedKey(ev *fyne.KeyEvent) {
	if at.dialogKey(ev.Name) {
		return
	}
	switch ev.Name {
	case desktop.KeyMenu:
		at.ShowFigureMenu()
	case fyne.KeyF10:
		if at.shiftDown {
			at.ShowFigureMenu()
		}
	}
}

// keyDown and keyUp follow Shift, for Shift+F10.
func (at *Atlas) keyDown(ev *fyne.KeyEvent) { at.shiftDown = at.shiftDown || isShift(ev.Name) }
func (at *Atlas) keyUp(ev *fyne.KeyEvent) {
	if isShift(ev.Name) {
		at.shiftDown = false
	}
}

func isShift(k fyne.KeyName) bool { return k == desktop.KeyShiftLeft || k == desktop.KeyShiftRight }

// ShowFigureMenu opens the source text's menu for the selected figure (Correct, Reject,
// Add a figure from its sentence) beside its sentence: the keyboard's way to what a
// right-click offers.
func (at *Atlas) ShowFigureMenu() {
	f := at.fact
	if f == nil || len(f.Mentions) == 0 || at.Source.article == nil || at.Source.article.ID != f.Article {
		at.Status.SetText("Select a figure first (a bar, a table cell or a figure in the text), then press the menu key or Shift+F10.")
		return
	}
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(at.Source.List)
	at.showTextMenu(f, f.Mentions[0].Start, pos.AddXY(24, 24))
}

// ShowKeys lists every keyboard shortcut.
func (at *Atlas) ShowKeys() {
	grid := container.New(layout.NewFormLayout())
	for _, k := range keyHelp {
		grid.Add(widget.NewLabelWithStyle(k[0], fyne.TextAlignTrailing, fyne.TextStyle{Bold: true}))
		if k[1] == tabKeysPlaceholder {
			k[1] = at.tabKeysHelp()
		}
		l := widget.NewLabel(k[1])
		l.Wrapping = fyne.TextWrapWord
		grid.Add(l)
	}
	d := dialog.NewCustom("Keyboard Shortcuts", "Close", container.NewVScroll(grid), at.Win)
	d.Resize(fyne.NewSize(640, 560))
	at.showClose(d)
}

// tabKeysPlaceholder stands in keyHelp for the tabs' names, which ShowKeys writes from
// the tabs themselves so the numbers never go stale.
const tabKeysPlaceholder = "Go to tab 1 … 9, 0"

// tabKeysHelp says which tab each of Ctrl+1 … Ctrl+9 and Ctrl+0 opens: "Go to tab: 1
// Holdings, 2 Mining, … 0 Review"; tabs past the tenth by Ctrl+Tab.
func (at *Atlas) tabKeysHelp() string {
	var named, rest []string
	for i, tab := range at.Charts.Tabs.Items {
		if i < 10 {
			named = append(named, strconv.Itoa((i+1)%10)+" "+tab.Text)
		} else {
			rest = append(rest, tab.Text)
		}
	}
	s := "Go to tab: " + strings.Join(named, ", ")
	if len(rest) > 0 {
		s += "; " + strings.Join(rest, ", ") + " by Ctrl+Tab"
	}
	return s
}
