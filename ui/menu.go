package ui

import (
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Preference keys.
const (
	prefTheme    = "theme"
	prefRecent   = "recent"
	prefWidth    = "window.width"
	prefHeight   = "window.height"
	prefSelected = "selection.country"
	prefChart    = "selection.chart"
	maxRecent    = 10
)

// toolbar is the row of commands above the panes. Fyne's toolbar actions are bare icons
// with no tooltips, so each command is a small button that names itself.
func (at *Atlas) toolbar() fyne.CanvasObject {
	return widget.NewToolbar(
		toolButton("Open…", theme.FolderOpenIcon(), at.ShowOpenFile),
		toolButton("Export…", theme.UploadIcon(), func() { at.ShowExport(at.Charts.Current()) }),
		widget.NewToolbarSeparator(),
		toolButton("Theme", theme.ColorPaletteIcon(), at.cycleTheme),
		toolButton("Filter", theme.SearchIcon(), at.FocusFilter),
		widget.NewToolbarSpacer(),
		toolButton("Shortcuts", theme.HelpIcon(), at.ShowKeys),
	)
}

// toolItem is a labelled button on the toolbar.
type toolItem struct{ button *widget.Button }

func toolButton(label string, icon fyne.Resource, tapped func()) toolItem {
	b := widget.NewButtonWithIcon(label, icon, tapped)
	b.Importance = widget.LowImportance
	return toolItem{b}
}

func (t toolItem) ToolbarObject() fyne.CanvasObject { return t.button }

func (at *Atlas) mainMenu() *fyne.MainMenu {
	recent := fyne.NewMenuItem("Recent", nil)
	recent.ChildMenu = fyne.NewMenu("")
	at.fillRecent(recent.ChildMenu)
	at.recentMenu = recent.ChildMenu

	openFile := fyne.NewMenuItem("Open File…", at.ShowOpenFile)
	openFile.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyO, Modifier: fyne.KeyModifierShortcutDefault}
	openFolder := fyne.NewMenuItem("Open Folder…", at.ShowOpenFolder)
	openFolder.Shortcut = ctrlShift(fyne.KeyO)
	openWeb := fyne.NewMenuItem("Open Web Address…", at.ShowOpenWebAddress)
	openWeb.Shortcut = ctrl(fyne.KeyL)
	library := fyne.NewMenuItem("Library", at.ShowLibrary)
	library.Shortcut = ctrlShift(fyne.KeyL)
	paste := fyne.NewMenuItem("Paste as Article…", at.ShowPasteArticle)
	paste.Shortcut = ctrlShift(fyne.KeyV)
	prefs := fyne.NewMenuItem("Preferences…", at.ShowPreferences) // on macOS, Fyne moves it to the app menu
	prefs.Shortcut = ctrl(fyne.KeyComma)
	export := fyne.NewMenuItem("Export Chart…", func() { at.ShowExport(at.Charts.Current()) })
	export.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyE, Modifier: fyne.KeyModifierShortcutDefault}
	quit := fyne.NewMenuItem("Quit", func() { at.Win.Close() })
	quit.IsQuit = true
	quit.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyQ, Modifier: fyne.KeyModifierShortcutDefault}
	file := fyne.NewMenu("File",
		openFile,
		openFolder,
		openWeb,
		fyne.NewMenuItem("Add Feed…", at.ShowAddFeed),
		fyne.NewMenuItem("Refresh Feeds", at.RefreshFeeds),
		library,
		recent,
		fyne.NewMenuItemSeparator(),
		export,
		fyne.NewMenuItem("Export Data…", at.ShowExportData),
		fyne.NewMenuItemSeparator(),
		quit,
	)
	themes := []*fyne.MenuItem{}
	for _, c := range []struct {
		label  string
		choice ThemeChoice
	}{{"System Theme", ThemeSystem}, {"Light Theme", ThemeLight}, {"Dark Theme", ThemeDark}} {
		item := fyne.NewMenuItem(c.label, nil)
		choice := c.choice
		item.Action = func() { at.SetTheme(choice) }
		item.Checked = at.themeChoice == choice
		themes = append(themes, item)
	}
	at.themeItems = themes
	edit := fyne.NewMenu("Edit", fyne.NewMenuItem("Undo Last Saved Edit (Ctrl+Z)", at.Undo), paste,
		fyne.NewMenuItemSeparator(), prefs)
	view := fyne.NewMenu("View", append(append(themes, fyne.NewMenuItemSeparator()), at.tabItems()...)...)
	help := fyne.NewMenu("Help", fyne.NewMenuItem("Keyboard Shortcuts", at.ShowKeys), fyne.NewMenuItem("About Crypto Atlas", at.ShowAbout))
	return fyne.NewMainMenu(file, edit, view, help)
}

// addShortcuts binds the keyboard when nothing has it (keys.go has the rest): Ctrl+O open,
// Ctrl+L open a web address, Ctrl+V open the web address on the clipboard,
// Ctrl+E export, Ctrl+F filter, Ctrl+Q quit, Ctrl+Z undo, the menu key and Shift+F10.
func (at *Atlas) addShortcuts() {
	c := at.Win.Canvas()
	bind := func(k fyne.KeyName, f func()) {
		c.AddShortcut(&desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault}, func(fyne.Shortcut) { f() })
	}
	bind(fyne.KeyO, at.ShowOpenFile)
	bind(fyne.KeyL, at.ShowOpenWebAddress)
	bind(fyne.KeyE, func() { at.ShowExport(at.Charts.Current()) })
	bind(fyne.KeyF, at.FocusFilter)
	bind(fyne.KeyQ, func() { at.Win.Close() })
	// Not on the menu item: there it would run before a focused entry's own undo.
	c.AddShortcut(&fyne.ShortcutUndo{}, func(fyne.Shortcut) { at.Undo() })
	// Ctrl+V reaches the window only when no text field has the keyboard.
	c.AddShortcut(&fyne.ShortcutPaste{}, func(fyne.Shortcut) { at.pasteOnWindow() })
	c.SetOnTypedKey(at.typedKey)
	if dc, ok := c.(desktop.Canvas); ok {
		dc.SetOnKeyDown(at.keyDown)
		dc.SetOnKeyUp(at.keyUp)
	}
}

// FocusFilter puts the keyboard in the country filter.
func (at *Atlas) FocusFilter() { at.Win.Canvas().Focus(at.Countries.Filter) }

// SetTheme applies and remembers a theme choice.
func (at *Atlas) SetTheme(c ThemeChoice) {
	at.themeChoice = c
	at.App.Preferences().SetString(prefTheme, string(c))
	at.App.Settings().SetTheme(&atlasTheme{choice: c})
	for _, item := range at.themeItems {
		item.Checked = strings.HasPrefix(strings.ToLower(item.Label), string(c))
	}
	at.Charts.refresh()
	if m := at.Win.MainMenu(); m != nil {
		m.Refresh()
	}
}

func (at *Atlas) cycleTheme() {
	next := map[ThemeChoice]ThemeChoice{ThemeSystem: ThemeLight, ThemeLight: ThemeDark, ThemeDark: ThemeSystem}
	at.SetTheme(next[at.themeChoice])
}

// ShowOpenFile asks for an article file.
func (at *Atlas) ShowOpenFile() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			at.showError(err)
			return
		}
		if r == nil {
			return
		}
		path := r.URI().Path()
		r.Close()
		at.Open([]string{path})
	}, at.Win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".txt", ".md", ".markdown", ".html", ".htm", ".json"}))
	at.startIn(d)
	d.Show()
}

// ShowOpenFolder asks for a folder of articles.
func (at *Atlas) ShowOpenFolder() {
	d := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
		if err != nil {
			at.showError(err)
			return
		}
		if u != nil {
			at.Open([]string{u.Path()})
		}
	}, at.Win)
	at.startIn(d)
	d.Show()
}

type locatable interface{ SetLocation(fyne.ListableURI) }

// startIn opens file dialogs where the user last opened something.
func (at *Atlas) startIn(d locatable) {
	recent := at.recent()
	if len(recent) == 0 {
		return
	}
	dir := recent[0]
	if info, err := os.Stat(dir); err != nil || !info.IsDir() {
		dir = filepath.Dir(dir)
	}
	if l, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
		d.SetLocation(l)
	}
}

// dropped opens files dropped on the window; a web address dropped is fetched.
func (at *Atlas) dropped(_ fyne.Position, uris []fyne.URI) {
	if web := droppedAddresses(uris); len(web) > 0 {
		at.FetchAddress(web[0])
		return
	}
	at.Open(DroppedPaths(uris))
}

// DroppedPaths keeps the local files among dropped items.
func DroppedPaths(uris []fyne.URI) []string {
	var paths []string
	for _, u := range uris {
		if u != nil && u.Scheme() == "file" && u.Path() != "" {
			paths = append(paths, u.Path())
		}
	}
	return paths
}

// recent returns the remembered paths, newest first.
func (at *Atlas) recent() []string {
	var out []string
	for _, p := range at.App.Preferences().StringList(prefRecent) {
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

func (at *Atlas) addRecent(paths []string) {
	list := append([]string{}, paths...)
	for _, p := range at.recent() {
		dup := false
		for _, q := range paths {
			dup = dup || p == q
		}
		if !dup {
			list = append(list, p)
		}
	}
	if len(list) > maxRecent {
		list = list[:maxRecent]
	}
	at.App.Preferences().SetStringList(prefRecent, list)
	if at.recentMenu != nil {
		at.fillRecent(at.recentMenu)
		if m := at.Win.MainMenu(); m != nil {
			m.Refresh()
		}
	}
}

func (at *Atlas) fillRecent(m *fyne.Menu) {
	m.Items = nil
	for _, p := range at.recent() {
		p := p
		m.Items = append(m.Items, fyne.NewMenuItem(p, func() { at.Open([]string{p}) }))
	}
	if len(m.Items) == 0 {
		none := fyne.NewMenuItem("No recent files", nil)
		none.Disabled = true
		m.Items = append(m.Items, none)
	}
}

// ShowAbout shows the version, the licence and where figures come from.
func (at *Atlas) ShowAbout() {
	title := widget.NewLabelWithStyle(fmt.Sprintf("%s %s", at.info.Name, at.info.Version), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	body := widget.NewLabel("Figures on national crypto policy, from the articles you open.\n\n" +
		"Every number comes from a sentence in an article: click a highlighted figure to see its chart, " +
		"or a bar to see its sentence. Figures the extractor cannot tie to one country are listed as " +
		"unattributed and never charted. Derived figures (energy per year from mining power, implied " +
		"bitcoin price) are computed and drawn differently.\n\n" +
		"Released under the MIT licence.")
	body.Wrapping = fyne.TextWrapWord
	var items []fyne.CanvasObject
	if at.info.Icon != nil {
		img := widget.NewIcon(at.info.Icon)
		items = append(items, container.NewGridWrap(fyne.NewSize(64, 64), img))
	}
	items = append(items, title, body)
	if u, err := url.Parse("https://github.com/cryptoatlas/cryptoatlas"); err == nil {
		items = append(items, widget.NewHyperlink("Project page", u))
	}
	d := dialog.NewCustom("About", "Close", container.NewVBox(items...), at.Win)
	d.Resize(fyne.NewSize(460, 360))
	at.showClose(d)
}
