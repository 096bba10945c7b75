// Command minimalwindow opens the smallest Fyne window: a label. `make bench` starts it
// alternately with Crypto Atlas to compare the time to a first window on this machine.
package main

import (
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"
)

func main() {
	a := app.NewWithID("io.cryptoatlas.minimalwindow")
	w := a.NewWindow("Minimal Fyne window")
	w.SetContent(widget.NewLabel("Hello"))
	w.ShowAndRun()
}
