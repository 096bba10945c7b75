// Package startup mends the process environment before Fyne's packages initialise.
//
// Under LANG=C.UTF-8 (the default of Debian containers) the locale library reports the
// language "C", which Fyne 2.7.1 fails to parse while its lang package initialises,
// logging "Error parsing user locale C". The C locale means "no localisation";
// LANGUAGE=en says the same in a form Fyne reads, and LANGUAGE affects message
// translation only, not character handling.
//
// This must run before fyne.io/fyne/v2/lang's init. Go initialises packages in import
// path order once their dependencies are ready (the language spec, since Go 1.21), and
// this package depends only on the standard library and sorts before "fyne.io/...", so
// importing it anywhere in the program is enough.
package startup

import (
	"os"
	"strings"
)

func init() { FixLocale() }

// FixLocale sets LANGUAGE=en when the locale in effect is C or POSIX (with or without
// an encoding) and LANGUAGE is unset.
func FixLocale() {
	if os.Getenv("LANGUAGE") != "" {
		return
	}
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := os.Getenv(name)
		if v == "" {
			continue
		}
		base, _, _ := strings.Cut(v, ".")
		base, _, _ = strings.Cut(base, "@")
		if base == "C" || base == "POSIX" {
			_ = os.Setenv("LANGUAGE", "en")
		}
		return
	}
}
