// Package cryptoatlas carries the app's metadata, read from FyneApp.toml: the single
// source of its name, ID and version for the window, the About dialog, `cryptoatlas
// version` and the package the fyne tool builds.
package cryptoatlas

import (
	_ "embed"
	"sync"

	"github.com/BurntSushi/toml"
)

//go:embed FyneApp.toml
var fyneAppTOML []byte

// Metadata is the [Details] table of FyneApp.toml.
type Metadata struct {
	Name    string
	ID      string
	Version string
	Build   int
	Icon    string
}

var (
	metaOnce sync.Once
	meta     Metadata
)

// App returns the app's metadata. FyneApp.toml is embedded at build time, so a
// malformed file fails the tests rather than a user's launch.
func App() Metadata {
	metaOnce.Do(func() {
		var f struct{ Details Metadata }
		if _, err := toml.Decode(string(fyneAppTOML), &f); err != nil {
			panic("FyneApp.toml: " + err.Error())
		}
		meta = f.Details
	})
	return meta
}
