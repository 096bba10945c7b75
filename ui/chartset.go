package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// The charts show every country with figures, or only the countries the user ticks in
// the list. chartCountries keeps the ticked ones in the order they were ticked.

// ChartCountry puts a country on the charts or takes it off.
func (at *Atlas) ChartCountry(iso2 string, on bool) {
	if on == at.charted(iso2) {
		return
	}
	if on {
		at.chartCountries = append(at.chartCountries, iso2)
	} else {
		for i, c := range at.chartCountries {
			if c == iso2 {
				at.chartCountries = append(at.chartCountries[:i], at.chartCountries[i+1:]...)
				break
			}
		}
	}
	at.chartSelectionChanged()
}

// ChartAll shows every country with figures again.
func (at *Atlas) ChartAll() {
	at.chartCountries = nil
	at.chartSelectionChanged()
}

// ChartedCountries returns the ticked countries, or nil for all.
func (at *Atlas) ChartedCountries() []string {
	if len(at.chartCountries) == 0 {
		return nil
	}
	return append([]string{}, at.chartCountries...)
}

func (at *Atlas) charted(iso2 string) bool {
	for _, c := range at.chartCountries {
		if c == iso2 {
			return true
		}
	}
	return false
}

func (at *Atlas) chartSelectionChanged() {
	at.prebuilt = nil // the loaded charts' specs are for every country, and may predate edits
	at.Charts.reload()
	at.Countries.List.Refresh()
	at.Charts.updateScope()
	if at.Compare != nil { // the comparison shows the same countries
		at.Compare.build()
		if at.Profile != nil {
			at.Profile.updateButtons()
		}
	}
}

// scopeBar says which countries the charts show, with a way back to all.
type scopeBar struct {
	label   *widget.Label
	all     *widget.Button
	content fyne.CanvasObject
}

func newScopeBar(at *Atlas) *scopeBar {
	b := &scopeBar{label: widget.NewLabel("")}
	b.label.Importance = widget.LowImportance
	b.all = widget.NewButton("Show all", at.ChartAll)
	b.all.Importance = widget.LowImportance
	b.content = container.NewHBox(b.label, b.all)
	return b
}

func (b *scopeBar) update(n int) {
	if n == 0 {
		b.label.SetText("All countries with figures · tick countries in the list to chart and compare a few")
		b.all.Hide()
		return
	}
	b.label.SetText(fmt.Sprintf("Showing %s you ticked, also side by side in Compare", plural(n, "country")))
	b.all.Show()
}
