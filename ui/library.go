package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"cryptoatlas/data"
)

// ShowLibrary opens the library's articles, as a launch with no argument does; an empty
// library is said in a dialog naming its folder and how articles get there.
func (at *Atlas) ShowLibrary() {
	f, err := data.FindLibrary()
	if err != nil {
		at.showError(err)
		return
	}
	if (data.Library{Dir: f.Dir}).HasArticles() {
		at.Open([]string{f.Dir})
		return
	}
	at.showEmptyLibrary(f)
}

// libraryFrom says in words where the library folder comes from.
func libraryFrom(f data.LibraryFolder) string {
	switch f.From {
	case data.LibraryFromEnv:
		return "set by " + data.LibraryEnv
	case data.LibraryFromSetting:
		return "chosen in Preferences"
	}
	return "the default"
}

// showEmptyLibrary says that the library holds no article yet, where it is, and how
// articles get there.
func (at *Atlas) showEmptyLibrary(f data.LibraryFolder) {
	text := widget.NewLabel("Your library holds no articles yet.\n\n" +
		"It is the folder " + f.Dir + " (" + libraryFrom(f) + ").\n\n" +
		"Articles you bring in with File → Open Web Address (Ctrl+L), Edit → Paste as Article " +
		"(Ctrl+Shift+V), File → Add Feed or the command line's cryptoatlas fetch are kept there. " +
		"Edit → Preferences (Ctrl+,) changes the folder.")
	text.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom("Library", "Close", text, at.Win)
	d.Resize(fyne.NewSize(520, 0))
	at.showClose(d)
}
