package ui

import (
	"os"
	"path/filepath"
	"strings"

	_ "cryptoatlas/ui/startup" // the locale fix must run before Fyne initialises
)

// PrepareEnvironment mends a start-up quirk of Fyne 2.7.1 before the app is made, so a
// user never sees its log line: an empty preferences.json (left by a crash mid-save)
// makes Fyne log a load error on every launch. An empty file holds no preferences, so
// it is removed. (The locale quirk is mended earlier, by package startup.)
func PrepareEnvironment(appID string) {
	if dir, err := os.UserConfigDir(); err == nil && appID != "" {
		p := filepath.Join(dir, "fyne", appID, "preferences.json")
		if b, err := os.ReadFile(p); err == nil && strings.TrimSpace(string(b)) == "" {
			_ = os.Remove(p)
		}
	}
}
