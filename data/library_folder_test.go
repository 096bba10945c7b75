package data

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// settingsHome gives the test a settings folder and a data folder of its own, and no
// $CRYPTOATLAS_LIBRARY; it returns the platform's default library.
func settingsHome(t *testing.T) string {
	t.Helper()
	if runtime.GOOS != "linux" {
		t.Skip("the folders are set through XDG variables")
	}
	t.Setenv(LibraryEnv, "")
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	share := t.TempDir()
	t.Setenv("XDG_DATA_HOME", share)
	return filepath.Join(share, "cryptoatlas", "library")
}

// TestLibraryFolderChosen: a folder chosen in preferences is the library from then on,
// for every caller; the environment variable still wins; choosing the default again
// (or nothing) follows the platform's folder.
func TestLibraryFolderChosen(t *testing.T) {
	def := settingsHome(t)
	if f, err := FindLibrary(); err != nil || f.Dir != def || f.From != LibraryFromDefault || f.Default != def {
		t.Fatalf("before any choice: %+v, %v", f, err)
	}
	mine := filepath.Join(t.TempDir(), "news", "library")
	got, err := SetLibraryDir(mine + string(filepath.Separator))
	if err != nil || got != mine {
		t.Fatalf("SetLibraryDir: %q, %v", got, err)
	}
	if info, err := os.Stat(mine); err != nil || !info.IsDir() {
		t.Errorf("the chosen folder was not created: %v", err)
	}
	if entries, _ := os.ReadDir(mine); len(entries) != 0 {
		t.Errorf("the write check left %d files behind", len(entries))
	}
	if f, err := FindLibrary(); err != nil || f.Dir != mine || f.From != LibraryFromSetting {
		t.Errorf("after the choice: %+v, %v", f, err)
	}
	if lib, _ := OpenLibrary(); lib.Dir != mine {
		t.Errorf("OpenLibrary: %q", lib.Dir)
	}
	t.Setenv(LibraryEnv, "/srv/override")
	if f, _ := FindLibrary(); f.Dir != "/srv/override" || f.From != LibraryFromEnv {
		t.Errorf("with %s set: %+v", LibraryEnv, f)
	}
	t.Setenv(LibraryEnv, "")
	if got, err := SetLibraryDir(def); err != nil || got != def {
		t.Errorf("back to the default: %q, %v", got, err)
	}
	if f, _ := FindLibrary(); f.From != LibraryFromDefault {
		t.Errorf("the default chosen is remembered as a choice: %+v", f)
	}
	if got, err := SetLibraryDir("  "); err != nil || got != def {
		t.Errorf("nothing chosen: %q, %v", got, err)
	}
}

// TestLibraryFolderChangeMovesNothing: changing the folder leaves the articles of the
// old one where they are, and keeps those already in the new one.
func TestLibraryFolderChangeMovesNothing(t *testing.T) {
	settingsHome(t)
	old, next := t.TempDir(), t.TempDir()
	for _, p := range []string{filepath.Join(old, "a.json"), filepath.Join(next, "b.json")} {
		if err := os.WriteFile(p, []byte(`{"title":"A","text":"x"}`), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := SetLibraryDir(old); err != nil {
		t.Fatal(err)
	}
	if _, err := SetLibraryDir(next); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{filepath.Join(old, "a.json"), filepath.Join(next, "b.json")} {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("%s: %v", p, err)
		}
	}
}

// TestLibraryFolderRefused: a folder that cannot be made or written, a file, or a
// relative path is refused naming it and why, and the choice before stays.
func TestLibraryFolderRefused(t *testing.T) {
	settingsHome(t)
	good := t.TempDir()
	if _, err := SetLibraryDir(good); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "notes.txt")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	for dir, want := range map[string]string{
		file:                           "a file, not a folder",
		filepath.Join(file, "library"): "cannot be created (" + file + " is a file, not a folder)",
		"news/library":                 "give the whole path",
	} {
		_, err := SetLibraryDir(dir)
		if err == nil || !strings.Contains(err.Error(), dir) || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want it named with %q", dir, err, want)
		}
	}
	if os.Geteuid() != 0 { // root may write anywhere
		ro := filepath.Join(t.TempDir(), "ro")
		if err := os.Mkdir(ro, 0o555); err != nil {
			t.Fatal(err)
		}
		if _, err := SetLibraryDir(ro); err == nil || !strings.Contains(err.Error(), "permission denied") {
			t.Errorf("a read-only folder: %v", err)
		}
	}
	if d, _ := LibraryDir(); d != good {
		t.Errorf("a refused folder replaced the choice: %q", d)
	}
}

// TestLibraryFolderBrokenSettings: a settings file that is not JSON is named, never
// passed over for another folder; choosing again mends it.
func TestLibraryFolderBrokenSettings(t *testing.T) {
	settingsHome(t)
	p, _ := settingsPath()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte("{library"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := FindLibrary(); err == nil || !strings.Contains(err.Error(), p) {
		t.Errorf("broken settings: %v", err)
	}
	mine := t.TempDir()
	if _, err := SetLibraryDir(mine); err != nil {
		t.Fatal(err)
	}
	if d, err := LibraryDir(); err != nil || d != mine {
		t.Errorf("after choosing again: %q, %v", d, err)
	}
}

// TestLibraryFolderHome: "~/" is the home folder.
func TestLibraryFolderHome(t *testing.T) {
	settingsHome(t)
	home := t.TempDir()
	t.Setenv("HOME", home)
	if got, err := SetLibraryDir("~/atlas"); err != nil || got != filepath.Join(home, "atlas") {
		t.Errorf("~/atlas: %q, %v", got, err)
	}
}
