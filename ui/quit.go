package ui

import (
	"encoding/json"
	"io"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"

	"cryptoatlas/data"
)

// Preference keys the app writes, with their kinds, and the keys Fyne's file dialogs
// write; quitting persists exactly these.
var (
	stringPrefs = []string{prefTheme, prefExportDir, prefSelected, prefChart,
		"fyne:fileDialogLastFolder"}
	floatPrefs = []string{prefWidth, prefHeight, prefPaneList, prefPaneCharts}
	intPrefs   = []string{"fyne:fileDialogViewLayout"}
	listPrefs  = []string{prefRecent}
)

// ExitOnQuit makes quitting (closing the window, Ctrl+Q, SIGINT or SIGTERM) store the
// window's state and end the process once the preferences are safely on disk.
//
// Fyne 2.7.1 saves preferences again while shutting down by truncating the file and
// rewriting it, and its own file watcher, which runs callbacks immediately once the
// event loop has stopped, can read the file in between and log "Preferences load error:
// EOF". Writing the preferences here, to a temporary file renamed into place, and
// exiting before Fyne's own shutdown save leaves no moment at which the file is empty.
func (at *Atlas) ExitOnQuit() {
	at.App.Lifecycle().SetOnStopped(func() {
		if err := flushPreferences(at.App, at.state()); err != nil {
			return // let Fyne save in its own way
		}
		os.Exit(0)
	})
}

// state is the window size and selection to remember. It is written straight to the
// file, not set as preferences: setting them now would make Fyne save mid-shutdown.
func (at *Atlas) state() map[string]any {
	st := map[string]any{prefSelected: at.selected, prefChart: string(at.Charts.Current()),
		prefPaneList: at.Panes.Offset, prefPaneCharts: at.Middle.Offset}
	if s := at.Win.Canvas().Size(); s.Width > 0 && s.Height > 0 {
		st[prefWidth], st[prefHeight] = float64(s.Width), float64(s.Height)
	}
	return st
}

// flushPreferences writes the app's preferences, with extra values on top, in Fyne's
// format (a JSON object of values), keeping whatever else the file holds.
func flushPreferences(a fyne.App, extra map[string]any) error {
	root := a.Storage().RootURI()
	if root == nil || root.Scheme() != "file" {
		return os.ErrInvalid
	}
	path := filepath.Join(root.Path(), "preferences.json")
	values := map[string]any{}
	if b, err := os.ReadFile(path); err == nil && len(b) > 0 {
		if err := json.Unmarshal(b, &values); err != nil {
			values = map[string]any{}
		}
	}
	p := a.Preferences()
	for _, k := range stringPrefs {
		if v := p.String(k); v != "" {
			values[k] = v
		}
	}
	for _, k := range floatPrefs {
		if v := p.Float(k); v != 0 {
			values[k] = v
		}
	}
	for _, k := range intPrefs {
		if v := p.Int(k); v != 0 {
			values[k] = v
		}
	}
	for _, k := range listPrefs {
		if v := p.StringList(k); len(v) > 0 {
			values[k] = v
		}
	}
	for k, v := range extra {
		values[k] = v
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	return data.WriteFileAtomic(path, func(w io.Writer) error {
		return json.NewEncoder(w).Encode(values)
	})
}
