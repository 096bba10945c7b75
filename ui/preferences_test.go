package ui

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"cryptoatlas/data"
)

// prefsAtlas is the sample window with settings and data folders of its own and no
// $CRYPTOATLAS_LIBRARY; it returns the platform's default library folder.
func prefsAtlas(t *testing.T) (*Atlas, string) {
	t.Helper()
	if runtime.GOOS != "linux" {
		t.Skip("the folders are set through XDG variables")
	}
	t.Setenv(data.LibraryEnv, "")
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	share := t.TempDir()
	t.Setenv("XDG_DATA_HOME", share)
	return newSampleAtlas(t), filepath.Join(share, "cryptoatlas", "library")
}

// TestPreferencesChangeLibraryFolder: Edit → Preferences (Ctrl+,) shows the library
// folder; a new one typed and Return makes it the library, created, for File → Library
// and the command line alike; the folder before keeps its articles, and its feeds are
// added to the new folder's list.
func TestPreferencesChangeLibraryFolder(t *testing.T) {
	at, def := prefsAtlas(t)
	if err := os.MkdirAll(def, 0o755); err != nil {
		t.Fatal(err)
	}
	old := filepath.Join(def, "kept.json")
	if err := os.WriteFile(old, []byte(`{"title":"Kept","text":"Kept here."}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := (data.Library{Dir: def}).RememberFeeds("https://wire.example/rss.xml"); err != nil {
		t.Fatal(err)
	}
	shortcut(t, at, ctrl(fyne.KeyComma))
	f := at.Prefs
	if f == nil {
		t.Fatal("Ctrl+, opened no Preferences")
	}
	if f.Folder.Text != def || f.Folder.Disabled() || !strings.Contains(f.Note.Text, "moves and deletes nothing") {
		t.Errorf("the dialog shows %q (disabled %v), %q", f.Folder.Text, f.Folder.Disabled(), f.Note.Text)
	}
	mine := filepath.Join(t.TempDir(), "news", "library")
	f.Folder.SetText(mine)
	key(at, fyne.KeyReturn)
	if at.Prefs != nil || dialogsOpen(at) != 0 {
		t.Fatalf("Return left the dialog open: %v", overlayTexts(at))
	}
	if d, err := data.LibraryDir(); err != nil || d != mine {
		t.Errorf("the library is %q, %v; want %s", d, err, mine)
	}
	if info, err := os.Stat(mine); err != nil || !info.IsDir() {
		t.Errorf("the new folder was not created: %v", err)
	}
	if _, err := os.Stat(old); err != nil {
		t.Errorf("the old library's article: %v", err)
	}
	if !strings.Contains(at.Status.Text, mine) || !strings.Contains(at.Status.Text, "1 feed added") {
		t.Errorf("status %q", at.Status.Text)
	}
	if got, _ := (data.Library{Dir: mine}).Feeds(); len(got) != 1 || got[0] != "https://wire.example/rss.xml" {
		t.Errorf("the feeds did not follow the library: %v", got)
	}
	if got, _ := (data.Library{Dir: def}).Feeds(); len(got) != 1 {
		t.Errorf("the old folder's list of feeds was changed: %v", got)
	}
	at.ShowPreferences()
	if at.Prefs.Folder.Text != mine {
		t.Errorf("the dialog shows %q after the change", at.Prefs.Folder.Text)
	}
}

// TestPreferencesRefuseFolder: a folder that cannot be made is refused in a dialog
// naming it and why; Preferences stays open and the library stays where it was.
func TestPreferencesRefuseFolder(t *testing.T) {
	at, def := prefsAtlas(t)
	file := filepath.Join(t.TempDir(), "notes.txt")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(file, "library")
	at.ShowPreferences()
	at.Prefs.Folder.SetText(bad)
	test.Tap(at.Prefs.Save)
	if at.Prefs == nil {
		t.Fatal("Preferences closed on a folder that cannot be made")
	}
	shown := strings.Join(overlayTexts(at), " ")
	if !strings.Contains(shown, bad) || !strings.Contains(shown, "cannot be created") {
		t.Errorf("the dialog says %q", shown)
	}
	if d, _ := data.LibraryDir(); d != def {
		t.Errorf("the library moved to %q", d)
	}
}

// TestPreferencesLibraryFromEnvironment: with $CRYPTOATLAS_LIBRARY set, the folder is
// shown, cannot be changed, and the dialog says why.
func TestPreferencesLibraryFromEnvironment(t *testing.T) {
	at, _ := prefsAtlas(t)
	env := filepath.Join(t.TempDir(), "env-library")
	t.Setenv(data.LibraryEnv, env)
	at.ShowPreferences()
	f := at.Prefs
	if f.Folder.Text != env || !f.Folder.Disabled() || !f.Choose.Disabled() || !f.Default.Disabled() {
		t.Errorf("folder %q, disabled %v %v %v", f.Folder.Text, f.Folder.Disabled(), f.Choose.Disabled(), f.Default.Disabled())
	}
	if !strings.Contains(f.Note.Text, data.LibraryEnv) || !strings.Contains(f.Note.Text, "overrides") {
		t.Errorf("note %q", f.Note.Text)
	}
	test.Tap(f.Save)
	if at.Prefs != nil {
		t.Error("Save did not close the dialog")
	}
	t.Setenv(data.LibraryEnv, "")
	if lf, _ := data.FindLibrary(); lf.From != data.LibraryFromDefault {
		t.Errorf("Save kept a folder: %+v", lf)
	}
}

// TestPreferencesTheme: the theme chosen in Preferences is applied and remembered.
func TestPreferencesTheme(t *testing.T) {
	at, _ := prefsAtlas(t)
	at.ShowPreferences()
	at.Prefs.Theme.SetSelected("Dark")
	test.Tap(at.Prefs.Save)
	if at.themeChoice != ThemeDark || at.App.Preferences().String(prefTheme) != string(ThemeDark) {
		t.Errorf("theme %q", at.themeChoice)
	}
}
