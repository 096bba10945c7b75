package data

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
)

// Where the library is. The environment variable wins, then the folder the user chose in
// the window's preferences, then the platform's data folder. The choice is kept in a small
// settings file of the app's own, not in Fyne's preferences, so the command line (which
// never starts Fyne) fetches into the same folder the window opens.

// LibraryEnv names the environment variable that overrides the library folder.
const LibraryEnv = "CRYPTOATLAS_LIBRARY"

// Where a library folder comes from.
const (
	LibraryFromEnv     = "env"     // $CRYPTOATLAS_LIBRARY
	LibraryFromSetting = "setting" // chosen in preferences
	LibraryFromDefault = "default" // the platform's data folder
)

// LibraryFolder is the library folder, where that comes from, and the platform's
// default, for the preferences to show.
type LibraryFolder struct {
	Dir     string
	From    string // LibraryFromEnv, LibraryFromSetting or LibraryFromDefault
	Default string // the platform's folder; "" when the platform gives none
}

// FindLibrary says where the library is: $CRYPTOATLAS_LIBRARY when set, else the folder
// chosen in preferences (SetLibraryDir), else "cryptoatlas/library" in the platform's
// folder for a user's data ($XDG_DATA_HOME or ~/.local/share on Linux,
// ~/Library/Application Support on macOS, %LOCALAPPDATA% on Windows). The folder need
// not exist yet. A settings file that cannot be read is an error naming it, never
// passed over for another folder.
func FindLibrary() (LibraryFolder, error) {
	var f LibraryFolder
	base, baseErr := userDataDir()
	if baseErr == nil {
		f.Default = filepath.Join(base, "cryptoatlas", "library")
	}
	if d := os.Getenv(LibraryEnv); d != "" {
		f.Dir, f.From = d, LibraryFromEnv
		return f, nil
	}
	s, err := readSettings()
	if err != nil {
		return f, err
	}
	if s.Library != "" {
		f.Dir, f.From = s.Library, LibraryFromSetting
		return f, nil
	}
	if baseErr != nil {
		return f, fmt.Errorf("no folder for the library (set %s): %w", LibraryEnv, baseErr)
	}
	f.Dir, f.From = f.Default, LibraryFromDefault
	return f, nil
}

// LibraryDir returns the library folder (FindLibrary).
func LibraryDir() (string, error) {
	f, err := FindLibrary()
	return f.Dir, err
}

// OpenLibrary returns the library at LibraryDir.
func OpenLibrary() (Library, error) {
	dir, err := LibraryDir()
	return Library{Dir: dir}, err
}

// SetLibraryDir makes dir the library folder from now on, for the window and the command
// line, and returns it cleaned; "" (or the platform's folder) goes back to the default.
// The folder is created if need be and must take a new file; one that cannot is refused
// with the reason. Nothing already in the old or the new folder is moved or deleted.
// $CRYPTOATLAS_LIBRARY, when set, still wins over the choice.
func SetLibraryDir(dir string) (string, error) {
	dir, err := libraryPath(dir)
	if err != nil {
		return "", err
	}
	if dir != "" {
		if err := CheckWritableDir(dir); err != nil {
			return "", err
		}
		if base, err := userDataDir(); err == nil && dir == filepath.Join(base, "cryptoatlas", "library") {
			dir = "" // the default: follow the platform's folder if it moves
		}
	}
	s, err := readSettings()
	if err != nil {
		s = settings{} // a broken file is written over: the user is choosing again
	}
	s.Library = dir
	if err := writeSettings(s); err != nil {
		return "", err
	}
	if dir == "" {
		return LibraryDir()
	}
	return dir, nil
}

// libraryPath cleans a folder the user typed: "~/" is the home folder; anything else
// must be a whole path, since a relative one would depend on where the app was started.
func libraryPath(dir string) (string, error) {
	dir = strings.TrimSpace(dir)
	if dir == "" {
		return "", nil
	}
	if dir == "~" || strings.HasPrefix(dir, "~/") || strings.HasPrefix(dir, `~\`) {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("%s: no home folder to start from: %w", dir, err)
		}
		dir = filepath.Join(home, dir[1:])
	}
	if !filepath.IsAbs(dir) {
		return "", fmt.Errorf("%s: give the whole path of the folder (starting with %s)", dir, string(filepath.Separator))
	}
	return filepath.Clean(dir), nil
}

// CheckWritableDir creates dir if need be and checks that a file can be written in it,
// writing and removing an empty hidden one. The error names dir and says why in words.
func CheckWritableDir(dir string) error {
	if info, err := os.Stat(dir); err == nil && !info.IsDir() {
		return fmt.Errorf("%s: a file, not a folder", dir)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("%s: the folder cannot be created (%s)", dir, reason(err))
	}
	f, err := os.CreateTemp(dir, ".atlas-write-check-*")
	if err != nil {
		return fmt.Errorf("%s: nothing can be written in this folder (%s)", dir, reason(err))
	}
	name := f.Name()
	f.Close()
	return os.Remove(name)
}

// reason is an error from the file system in words, without the path it repeats.
func reason(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		if errors.Is(pe.Err, syscall.ENOTDIR) {
			return pe.Path + " is a file, not a folder" // MkdirAll names the file in the way
		}
		err = pe.Err
	}
	switch {
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	case errors.Is(err, fs.ErrNotExist):
		return "a folder on its path does not exist"
	}
	return err.Error()
}

// settings is the app's own settings file, shared by the window and the command line.
type settings struct {
	Library string `json:"library,omitempty"`
}

// settingsPath is "cryptoatlas/settings.json" in the platform's folder for a user's
// settings ($XDG_CONFIG_HOME or ~/.config on Linux).
func settingsPath() (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "cryptoatlas", "settings.json"), nil
}

// readSettings reads the settings file; none there means no settings.
func readSettings() (settings, error) {
	var s settings
	p, err := settingsPath()
	if err != nil {
		return s, nil // nowhere to keep settings: none were kept
	}
	b, err := os.ReadFile(p)
	if errors.Is(err, fs.ErrNotExist) {
		return s, nil
	}
	if err != nil {
		return s, fmt.Errorf("%s: %s", p, reason(err))
	}
	if len(strings.TrimSpace(string(b))) == 0 {
		return s, nil // left empty by a crash: nothing was kept
	}
	if err := json.Unmarshal(b, &s); err != nil {
		return s, fmt.Errorf("%s: not a settings file (%v); choose the library folder again in Preferences", p, err)
	}
	return s, nil
}

func writeSettings(s settings) error {
	p, err := settingsPath()
	if err != nil {
		return fmt.Errorf("no folder to keep settings in: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return fmt.Errorf("%s: %s", filepath.Dir(p), reason(err))
	}
	return WriteFileAtomic(p, func(w io.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(s)
	})
}

func userDataDir() (string, error) {
	switch runtime.GOOS {
	case "windows":
		if d := os.Getenv("LocalAppData"); d != "" {
			return d, nil
		}
		return "", errors.New("%LocalAppData% is not set")
	case "darwin", "ios":
		home, err := os.UserHomeDir()
		if err != nil {
			return "", err
		}
		return filepath.Join(home, "Library", "Application Support"), nil
	}
	if d := os.Getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
		return d, nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(home, ".local", "share"), nil
}
