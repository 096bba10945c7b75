package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// The window's three panes keep the widths the user gave them. A split moves its
// divider only when a pane's minimum width grows past it, so each pane sits in a
// horizontal scroller, whose minimum width is a scroll bar's, and what is inside wraps
// or truncates titles to the width it is given. The dividers' places are remembered.

// Preference keys of the dividers' places, as fractions of the window's width.
const (
	prefPaneList   = "layout.countries" // the countries list | the rest
	prefPaneCharts = "layout.charts"    // the charts | the source text
)

// Where the dividers start when nothing is remembered.
const (
	defaultPaneList   = 0.2
	defaultPaneCharts = 0.55
)

// panes lays out the countries list, the charts and the source text side by side.
func (at *Atlas) panes() fyne.CanvasObject {
	p := at.App.Preferences()
	at.Middle = container.NewHSplit(container.NewHScroll(at.Charts.content), container.NewHScroll(at.Source.content))
	at.Middle.Offset = paneOffset(p.FloatWithFallback(prefPaneCharts, defaultPaneCharts), defaultPaneCharts)
	at.Panes = container.NewHSplit(container.NewHScroll(at.Countries.content), at.Middle)
	at.Panes.Offset = paneOffset(p.FloatWithFallback(prefPaneList, defaultPaneList), defaultPaneList)
	return at.Panes
}

// paneOffset keeps a remembered divider inside the window: a pane dragged shut stays
// findable.
func paneOffset(v, fallback float64) float64 {
	if v < 0.05 || v > 0.95 || v != v {
		return fallback
	}
	return v
}
