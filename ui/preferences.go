package ui

import (
	"fmt"
	"os"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"cryptoatlas/data"
)

// prefsForm is the Preferences dialog: tests fill Folder and press Save or Return.
type prefsForm struct {
	Folder  *dialogEntry   // the library folder; disabled when the environment sets it
	Choose  *widget.Button // picks the folder with the file chooser
	Default *widget.Button // puts the platform's folder back
	Note    *widget.Label  // where the folder comes from and what changing it does
	Theme   *dialogRadio
	Save    *dialogButton

	lib data.LibraryFolder
}

var themeLabels = []struct {
	label  string
	choice ThemeChoice
}{{"System", ThemeSystem}, {"Light", ThemeLight}, {"Dark", ThemeDark}}

// ShowPreferences shows the library folder and the theme, and changes them on Save.
// The library folder is data's to keep (the command line reads it too); the theme is
// the window's own preference.
func (at *Atlas) ShowPreferences() {
	lib, libErr := data.FindLibrary()
	f := &prefsForm{lib: lib, Folder: at.newDialogEntry(), Note: widget.NewLabel("")}
	f.Note.Wrapping = fyne.TextWrapWord
	f.Folder.SetText(lib.Dir)
	f.Folder.SetPlaceHolder(lib.Default)
	f.Choose = widget.NewButtonWithIcon("Choose…", theme.FolderOpenIcon(), func() { at.chooseLibraryFolder(f) })
	f.Default = widget.NewButton("Default", func() { f.Folder.SetText(lib.Default) })

	var notes []string
	if libErr != nil {
		notes = append(notes, "The settings could not be read: "+libErr.Error()+".")
	}
	if lib.From == data.LibraryFromEnv {
		f.Folder.Disable()
		f.Choose.Disable()
		f.Default.Disable()
		notes = append(notes, "Set by "+data.LibraryEnv+" in the environment, which overrides this preference. "+
			"Unset it and start Crypto Atlas again to choose the folder here.")
	} else {
		notes = append(notes, "Articles you fetch, paste or get from feeds are kept here, by the command line's fetch too. "+
			"Changing the folder moves and deletes nothing: the articles already kept stay where they are, "+
			"and the feeds you follow are added to the new folder's list. "+
			"A folder that does not exist yet is created.")
		if lib.Default != "" {
			notes = append(notes, "Default: "+lib.Default)
		}
	}
	f.Note.SetText(strings.Join(notes, "\n"))

	current := string(at.themeChoice)
	for _, t := range themeLabels {
		if t.choice == at.themeChoice {
			current = t.label
		}
	}
	labels := make([]string, len(themeLabels))
	for i, t := range themeLabels {
		labels[i] = t.label
	}
	f.Theme = at.newDialogRadio(labels, current)

	// The entry has the row to itself: a library's path is long.
	buttons := container.NewHBox(f.Choose, f.Default)
	form := widget.NewForm(
		widget.NewFormItem("Library folder", container.NewVBox(f.Folder, buttons, f.Note)),
		widget.NewFormItem("Theme", f.Theme),
	)
	d := dialog.NewCustomWithoutButtons("Preferences", form, at.Win)
	save := func() {
		if at.savePreferences(f) {
			d.Hide()
		}
	}
	cancel := at.newDialogButton("Cancel", theme.CancelIcon(), d.Hide)
	f.Save = at.newDialogButton("Save", theme.ConfirmIcon(), save)
	f.Save.Importance = widget.HighImportance
	d.SetButtons([]fyne.CanvasObject{cancel, f.Save})
	d.Resize(fyne.NewSize(680, 0))
	d.SetOnClosed(func() {
		if at.Prefs == f {
			at.Prefs = nil
		}
	})
	at.Prefs = f
	at.showDialog(d, save, nil)
	if !f.Folder.Disabled() {
		at.Win.Canvas().Focus(f.Folder)
	}
}

// savePreferences applies the dialog's choices; it says whether the dialog may close. A
// library folder that cannot be used is refused in a dialog over this one, which stays
// open to choose another.
func (at *Atlas) savePreferences(f *prefsForm) bool {
	if f.lib.From != data.LibraryFromEnv {
		want := strings.TrimSpace(f.Folder.Text)
		if want != f.lib.Dir || f.lib.From == "" {
			dir, err := data.SetLibraryDir(want)
			if err != nil {
				at.showError(fmt.Errorf("the library folder was not changed: %w", err))
				return false
			}
			if dir != f.lib.Dir {
				msg := "Library folder: " + dir + " (nothing was moved; File → Library opens it)"
				if n, err := data.CarryFeeds(f.lib.Dir, dir); err != nil {
					msg += "; your feeds were not copied over: " + err.Error()
				} else if n > 0 {
					msg = fmt.Sprintf("Library folder: %s (articles stay where they were; %s added to its list)", dir, plural(n, "feed"))
				}
				defer at.Status.SetText(msg)
			}
		}
	}
	for _, t := range themeLabels {
		if t.label == f.Theme.Selected && t.choice != at.themeChoice {
			at.SetTheme(t.choice)
		}
	}
	return true
}

// chooseLibraryFolder picks the library folder with the file chooser, starting in the
// folder the entry names when it exists.
func (at *Atlas) chooseLibraryFolder(f *prefsForm) {
	d := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
		if err != nil {
			at.showError(err)
			return
		}
		if u != nil {
			f.Folder.SetText(u.Path())
		}
	}, at.Win)
	if info, err := os.Stat(strings.TrimSpace(f.Folder.Text)); err == nil && info.IsDir() {
		if l, err := storage.ListerForURI(storage.NewFileURI(strings.TrimSpace(f.Folder.Text))); err == nil {
			d.SetLocation(l)
		}
	}
	d.Show()
}
