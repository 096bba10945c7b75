package main

import (
	"fmt"
	"io"
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"cryptoatlas"
	"cryptoatlas/assets"
	"cryptoatlas/data"
	"cryptoatlas/ui"
	_ "cryptoatlas/ui/startup" // first, so the locale is mended before Fyne initialises
)

// openWindow runs the desktop app on paths, or on the embedded sample when there are
// none. Paths that do not exist are refused before a window opens.
func openWindow(paths []string, stderr io.Writer) int {
	for _, p := range paths {
		if _, err := os.Stat(p); err != nil {
			fmt.Fprintf(stderr, "cryptoatlas: %s: no such file or folder\n", p)
			return exitFail
		}
	}
	m := cryptoatlas.App()
	ui.PrepareEnvironment(m.ID)
	a := app.NewWithID(m.ID)
	icon := fyne.NewStaticResource("icon.png", assets.Icon)
	a.SetIcon(icon)
	at := ui.New(a, ui.Info{Name: m.Name, Version: m.Version, Icon: icon})
	at.ExitOnQuit()
	if len(paths) == 0 {
		sample, err := data.Parse(assets.SampleName, "", assets.Sample)
		if err != nil {
			fmt.Fprintf(stderr, "cryptoatlas: %s: %v\n", assets.SampleName, err)
			return exitFail
		}
		at.SetDataset(data.LoadArticles(sample))
	} else {
		at.Open(paths)
	}
	at.Win.ShowAndRun()
	return exitOK
}
