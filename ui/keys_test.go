package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
)

// shortcut presses a shortcut as the desktop driver does: the main menu's item with it
// runs first, whatever has the keyboard; else the canvas's own.
func shortcut(t *testing.T, at *Atlas, s fyne.Shortcut) {
	t.Helper()
	var find func(items []*fyne.MenuItem) *fyne.MenuItem
	find = func(items []*fyne.MenuItem) *fyne.MenuItem {
		for _, it := range items {
			if it.Shortcut != nil && it.Shortcut.ShortcutName() == s.ShortcutName() {
				return it
			}
			if it.ChildMenu != nil {
				if f := find(it.ChildMenu.Items); f != nil {
					return f
				}
			}
		}
		return nil
	}
	for _, m := range at.Win.MainMenu().Items {
		if it := find(m.Items); it != nil {
			it.Action()
			return
		}
	}
	if c, ok := at.Win.Canvas().(fyne.Shortcutable); ok {
		c.TypedShortcut(s)
		return
	}
	t.Fatalf("nothing answers %s", s.ShortcutName())
}

// TestTabShortcuts: Ctrl+Tab and Ctrl+Shift+Tab step through the tabs, round the ends,
// and Ctrl+1 … Ctrl+9 and Ctrl+0 open a tab (Ctrl+0 the Review), with the filter entry
// holding the keyboard.
func TestTabShortcuts(t *testing.T) {
	at := newSampleAtlas(t)
	at.FocusFilter()
	tabs := at.Charts.Tabs
	tabs.SelectIndex(0)
	shortcut(t, at, ctrl(fyne.KeyTab))
	if tabs.SelectedIndex() != 1 {
		t.Errorf("Ctrl+Tab: tab %d", tabs.SelectedIndex())
	}
	shortcut(t, at, ctrlShift(fyne.KeyTab))
	shortcut(t, at, ctrlShift(fyne.KeyTab))
	if tabs.SelectedIndex() != len(tabs.Items)-1 {
		t.Errorf("Ctrl+Shift+Tab twice from the second tab: tab %d of %d", tabs.SelectedIndex(), len(tabs.Items))
	}
	for i, k := range []fyne.KeyName{fyne.Key1, fyne.Key2, fyne.Key3, fyne.Key4, fyne.Key5, fyne.Key6, fyne.Key7, fyne.Key8, fyne.Key9, fyne.Key0} {
		if i >= len(tabs.Items) {
			break
		}
		shortcut(t, at, ctrl(k))
		if tabs.SelectedIndex() != i {
			t.Errorf("Ctrl+%s: tab %d", k, tabs.SelectedIndex())
		}
	}
	shortcut(t, at, ctrl(fyne.Key0))
	if got := tabs.Selected().Text; got != "Review" {
		t.Errorf("Ctrl+0 opened %q, want Review", got)
	}
}

// TestOpenFolderShortcut: Ctrl+Shift+O asks for a folder.
func TestOpenFolderShortcut(t *testing.T) {
	at := newSampleAtlas(t)
	shortcut(t, at, ctrlShift(fyne.KeyO))
	if len(at.Win.Canvas().Overlays().List()) == 0 {
		t.Error("Ctrl+Shift+O opened no dialog")
	}
}

// TestEnterOpensFilteredCountry: typing in the filter and pressing Enter opens the
// country it found, its profile shown.
func TestEnterOpensFilteredCountry(t *testing.T) {
	at := newSampleAtlas(t)
	at.SelectCountry("")
	at.FocusFilter()
	test.Type(at.Countries.Filter, "pakis")
	at.Countries.Filter.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if at.selected != "PK" || at.Charts.Tabs.Selected() != at.profileTab {
		t.Errorf("Enter selected %q, tab %v", at.selected, at.Charts.Tabs.Selected().Text)
	}
}

// TestFigureMenuFromKeyboard: with a figure selected, the menu key and Shift+F10 open
// its menu, with Correct and Reject.
func TestFigureMenuFromKeyboard(t *testing.T) {
	for _, press := range []func(at *Atlas){
		func(at *Atlas) { at.typedKey(&fyne.KeyEvent{Name: desktop.KeyMenu}) },
		func(at *Atlas) {
			at.keyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
			at.Win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyF10})
			at.keyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
		},
	} {
		at := newSampleAtlas(t)
		press(at) // nothing selected: the status bar says what to do
		if !strings.Contains(at.Status.Text, "Select a figure first") {
			t.Errorf("with no figure selected: %q", at.Status.Text)
		}
		figureLink(t, at, "2,000 megawatts").OnTapped()
		press(at)
		if at.TextMenu == nil {
			t.Fatal("no menu opened")
		}
		var labels []string
		for _, it := range at.TextMenu.Items {
			labels = append(labels, it.Label)
		}
		menu := strings.Join(labels, " | ")
		if !strings.Contains(menu, "Correct 2,000 MW") || !strings.Contains(menu, "Reject 2,000 MW") {
			t.Errorf("the figure's menu reads %q", menu)
		}
	}
	// F10 alone is not Shift+F10.
	at := newSampleAtlas(t)
	figureLink(t, at, "2,000 megawatts").OnTapped()
	at.Win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyF10})
	if at.TextMenu != nil {
		t.Error("F10 without Shift opened a menu")
	}
}

// TestUndoShortcut: Ctrl+Z with nothing focused reaches the window's undo.
func TestUndoShortcut(t *testing.T) {
	at := newSampleAtlas(t)
	at.Win.Canvas().Unfocus()
	shortcut(t, at, &fyne.ShortcutUndo{})
	if at.Status.Text != "Nothing to undo." {
		t.Errorf("Ctrl+Z: %q", at.Status.Text)
	}
}

// TestKeyboardShortcutsHelp lists every shortcut, from the Help menu.
func TestKeyboardShortcutsHelp(t *testing.T) {
	at := newSampleAtlas(t)
	var item *fyne.MenuItem
	for _, m := range at.Win.MainMenu().Items {
		for _, it := range m.Items {
			if m.Label == "Help" && it.Label == "Keyboard Shortcuts" {
				item = it
			}
		}
	}
	if item == nil {
		t.Fatal("no Help → Keyboard Shortcuts")
	}
	item.Action()
	shown := strings.Join(overlayTexts(at), " ")
	for _, k := range []string{"Ctrl+Tab", "Ctrl+1", "Ctrl+Shift+O", "Shift+F10", "Ctrl+Z", "Enter (in the filter)", "Ctrl+E", "Ctrl+F"} {
		if !strings.Contains(shown, k) {
			t.Errorf("the shortcuts list lacks %s", k)
		}
	}
}

// TestKeyHelpListsEveryMenuShortcut: every shortcut on a menu item is in Help →
// Keyboard Shortcuts, and no two menu items share one.
func TestKeyHelpListsEveryMenuShortcut(t *testing.T) {
	at := newSampleAtlas(t)
	listed := func(words string) bool {
		for _, k := range keyHelp {
			for _, one := range strings.Split(k[0], " / ") {
				if one == words || (one == "Ctrl+1 … Ctrl+9, Ctrl+0" && len(words) == 6 && words[:5] == "Ctrl+" && words[5] >= '0' && words[5] <= '9') {
					return true
				}
			}
		}
		return false
	}
	seen := map[string]string{}
	var walk func(items []*fyne.MenuItem)
	walk = func(items []*fyne.MenuItem) {
		for _, it := range items {
			if it.ChildMenu != nil {
				walk(it.ChildMenu.Items)
			}
			if it.Shortcut == nil {
				continue
			}
			name := it.Shortcut.ShortcutName()
			if other, ok := seen[name]; ok {
				t.Errorf("%q and %q share %s", other, it.Label, name)
			}
			seen[name] = it.Label
			if !listed(keyWords(it.Shortcut)) {
				t.Errorf("%q: %s is not in Help → Keyboard Shortcuts", it.Label, keyWords(it.Shortcut))
			}
		}
	}
	for _, m := range at.Win.MainMenu().Items {
		walk(m.Items)
	}
}

// keyWords writes a shortcut as Help → Keyboard Shortcuts does: "Ctrl+Shift+L", "Alt+↓".
func keyWords(s fyne.Shortcut) string {
	cs, ok := s.(*desktop.CustomShortcut)
	if !ok {
		return s.ShortcutName()
	}
	var b strings.Builder
	if cs.Modifier&(fyne.KeyModifierControl|fyne.KeyModifierShortcutDefault) != 0 {
		b.WriteString("Ctrl+")
	}
	if cs.Modifier&fyne.KeyModifierShift != 0 {
		b.WriteString("Shift+")
	}
	if cs.Modifier&fyne.KeyModifierAlt != 0 {
		b.WriteString("Alt+")
	}
	switch cs.KeyName {
	case fyne.KeyDown:
		b.WriteString("↓")
	case fyne.KeyUp:
		b.WriteString("↑")
	default:
		b.WriteString(string(cs.KeyName))
	}
	return b.String()
}
