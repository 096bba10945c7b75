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

// openWindow runs the desktop app on paths; with none, on the library when it holds
// articles, else on the embedded sample. Paths that do not exist are refused before a
// window opens.
//
// Nothing that can wait runs before the first frame: the window appears as quickly as
// a minimal Fyne window would (ui.NewShell), the sample's figures are extracted on
// another goroutine meanwhile, and the panes are built into the window on the UI
// goroutine as soon as the event loop runs, a fraction of a second later.
func openWindow(paths []string, stderr io.Writer) int {
	for _, p := range paths {
		if _, err := os.Stat(p); err != nil {
			fmt.Fprintf(stderr, "cryptoatlas: %s: no such file or folder\n", p)
			return exitFail
		}
	}
	paths = startPaths(paths)
	var loading *ui.Loading
	if len(paths) > 0 {
		loading = ui.StartLoading(paths) // read the files while Fyne starts
	}
	m := cryptoatlas.App()
	ui.PrepareEnvironment(m.ID)
	ui.LeanMemory()
	a := app.NewWithID(m.ID)
	icon := fyne.NewStaticResource("icon.png", assets.Icon)
	a.SetIcon(icon)
	info := ui.Info{Name: m.Name, Version: m.Version, Icon: icon}
	win := ui.NewShellOn(a, info, screenSize(a.Settings().Scale()))

	code := exitOK
	go func() {
		var sample *data.Dataset
		if len(paths) == 0 {
			art, err := data.Parse(assets.SampleName, "", assets.Sample)
			if err != nil {
				fmt.Fprintf(stderr, "cryptoatlas: %s: %v\n", assets.SampleName, err)
				code = exitFail // read after the window closes, which this Do causes
				fyne.Do(win.Close)
				return
			}
			sample = data.LoadArticles(art)
		}
		fyne.Do(func() {
			at := ui.NewIn(win, a, info)
			at.ExitOnQuit()
			if sample != nil {
				at.SetDataset(sample)
			} else {
				at.OpenLoading(loading, paths)
			}
		})
	}()
	win.ShowAndRun()
	return code
}

// startPaths is what the window opens: the paths given; with none, the library folder
// when it holds an article (DESIGN.md), else nothing, which means the sample.
func startPaths(paths []string) []string {
	if len(paths) > 0 {
		return paths
	}
	if lib, err := data.OpenLibrary(); err == nil && lib.HasArticles() {
		return []string{lib.Dir}
	}
	return nil
}
