// Package ui is the Crypto Atlas window: the countries list, the chart tabs, the source
// text with every figure highlighted, menus, dialogs and preferences. It asks the
// dataset for everything it shows and never parses text itself.
package ui

import (
	"fmt"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"cryptoatlas/data"
	"cryptoatlas/ui/chart"
)

// Info is what the window shows about the app itself.
type Info struct {
	Name, Version string
	Icon          fyne.Resource
}

// Atlas is the main window and its state. Widgets a test must reach are fields.
type Atlas struct {
	App  fyne.App
	Win  fyne.Window
	info Info

	ds       *data.Dataset
	selected string     // ISO2 of the selected country, "" for none
	fact     *data.Fact // the selected figure, nil for none
	hinted   *data.Fact // the figure whose reasons the status bar shows, nil for none

	Countries *countryList
	Charts    *chartTabs
	Source    *sourceView
	Profile   *profileView     // the Profile tab (profile.go)
	Compare   *compareView     // the Compare tab (compare.go)
	Review    *reviewView      // the Review tab: the figures to settle (review.go)
	Edit      *figureForm      // the open Correct or Add dialog, nil when none (curate.go)
	Exporting *exportForm      // the open Export Chart dialog, nil when none (export.go)
	OpenWeb   *webAddressForm  // the open Open Web Address dialog, nil when none (webaddress.go)
	Fetching  *webFetch        // the page being fetched, or the last one (webaddress.go)
	Pasting   *pasteForm       // the open Paste as Article dialog, nil when none (paste.go)
	AddFeed   *webAddressForm  // the open Add Feed dialog, nil when none (feeds.go)
	Feeding   *feedFetch       // the feeds being fetched, or the last ones (feeds.go)
	Prefs     *prefsForm       // the open Preferences dialog, nil when none (preferences.go)
	Panes     *container.Split // the countries list | the rest; its Offset is the user's, remembered (panes.go)
	Middle    *container.Split // the charts | the source text
	TextMenu  *fyne.Menu       // the source text's menu last opened (right-click, menu key, Shift+F10)
	Status    *widget.Label
	Hint      *widget.Label  // over Status while the pointer is on a figure: why it is there (why.go)
	ToReview  *widget.Button // "3 to review" in the status bar; opens the Review tab
	Progress  *widget.ProgressBar
	Cancel    *widget.Button

	chartCountries []string               // ticked in the list: the charts show only these (chartset.go)
	prebuilt       *prebuilt              // the charts of a new dataset, built while it loaded (prebuilt.go)
	pendingPanes   atomic.Pointer[func()] // filling the list and source after the first chart (afterFirstChart)

	undo      []editStep    // saved edits Ctrl+Z takes back, newest last (undo.go)
	shiftDown bool          // Shift is held: Shift+F10 opens a figure's menu (keys.go)
	dialogs   []*openDialog // the window's dialogs on screen, for Return and Escape (dialogs.go)

	themeChoice ThemeChoice
	themeItems  []*fyne.MenuItem
	recentMenu  *fyne.Menu
	loader      *loader
	profileTab  *container.TabItem
}

// New builds the window for app a. The window shows an empty atlas until SetDataset.
func New(a fyne.App, info Info) *Atlas {
	return NewIn(NewShell(a, info), a, info)
}

// NewIn builds the atlas into win, a window made by NewShell that may already be on
// screen (shell.go). The window shows an empty atlas until SetDataset.
func NewIn(win fyne.Window, a fyne.App, info Info) *Atlas {
	at := &Atlas{App: a, Win: win, info: info, ds: data.LoadArticles()}
	at.themeChoice = ThemeChoice(a.Preferences().StringWithFallback(prefTheme, string(ThemeSystem)))
	at.Countries = newCountryList(at)
	at.Charts = newChartTabs(at)
	at.Source = newSourceView(at)
	at.addProfileTabs()
	at.addReviewTab()
	at.Status = widget.NewLabel("")
	at.Hint = widget.NewLabel("")
	at.Hint.Truncation = fyne.TextTruncateEllipsis
	at.Hint.Hide()
	at.ToReview = widget.NewButton("", at.ShowReview)
	at.ToReview.Importance = widget.LowImportance
	at.ToReview.Hide()
	at.Progress = widget.NewProgressBar()
	at.Progress.Hide()
	at.Cancel = widget.NewButton("Cancel", func() { at.loader.cancel() })
	at.Cancel.Hide()
	at.loader = newLoader(at)

	body := at.panes()
	status := container.NewBorder(nil, nil, nil, container.NewHBox(at.ToReview, at.Progress, at.Cancel),
		container.NewStack(at.Status, at.Hint))
	at.Win.SetContent(container.NewBorder(at.toolbar(), status, nil, nil, body))
	at.Win.SetMainMenu(at.mainMenu())
	at.addBrowseMenu()
	at.addShortcuts()
	at.Win.SetOnDropped(at.dropped)
	at.Charts.show(chart.Kind(a.Preferences().StringWithFallback(prefChart, string(chart.Holdings))))
	at.updateStatus()
	return at
}

// Dataset returns what the window shows.
func (at *Atlas) Dataset() *data.Dataset { return at.ds }

// SetDataset shows a new dataset in every pane.
func (at *Atlas) SetDataset(ds *data.Dataset) {
	at.ds = ds
	at.fact = nil
	at.undo = nil // the steps belong to the dataset they were made in
	if at.selected == "" {
		at.selected = at.App.Preferences().String(prefSelected) // the last selection, if still present
	}
	if at.selected != "" && !at.hasCountry(at.selected) {
		at.selected = ""
	}
	kept := at.chartCountries[:0]
	for _, c := range at.chartCountries {
		if at.hasCountry(c) {
			kept = append(kept, c)
		}
	}
	at.chartCountries = kept
	at.Charts.updateScope()
	at.Charts.reload()
	at.Review.load()
	panes := func() {
		at.Countries.refresh()
		at.Source.show(ds)
	}
	if len(ds.Articles) >= panesAfterChartsFrom {
		// A large folder: its charts first, the country list and source text the
		// frame after (they cost about as much as the chart to lay out and draw).
		at.afterFirstChart(panes)
	} else {
		at.pendingPanes.Store(nil)
		panes()
	}
	at.updateStatus()
	title := at.info.Name
	if len(ds.Articles) == 1 {
		title = ds.Articles[0].Title + " — " + at.info.Name
	} else if len(ds.Articles) > 1 {
		title = fmt.Sprintf("%d articles — %s", len(ds.Articles), at.info.Name)
	}
	at.Win.SetTitle(title)
}

// panesAfterChartsFrom is the number of articles from which SetDataset fills the country
// list and source pane after the first chart is drawn rather than before.
const panesAfterChartsFrom = 1000

// afterFirstChart runs fill on the UI goroutine once a chart of the current dataset has
// been drawn, or after a moment if none is (another tab is showing). A later dataset's
// fill replaces one not yet run.
func (at *Atlas) afterFirstChart(fill func()) {
	at.pendingPanes.Store(&fill)
	time.AfterFunc(300*time.Millisecond, func() { fyne.Do(at.fillPanes) })
}

// fillPanes runs the fill afterFirstChart is holding, if any.
func (at *Atlas) fillPanes() {
	if f := at.pendingPanes.Swap(nil); f != nil {
		(*f)()
	}
}

// chartDrawn is told by a chart view that it drew the current dataset.
func (at *Atlas) chartDrawn() {
	if at.pendingPanes.Load() != nil {
		go fyne.Do(at.fillPanes) // after this frame, not inside its drawing
	}
}

func (at *Atlas) hasCountry(iso string) bool {
	for _, c := range at.ds.Countries() {
		if c.ISO2 == iso {
			return true
		}
	}
	return false
}

// SelectCountry marks a country on the charts and in the list ("" clears).
func (at *Atlas) SelectCountry(iso2 string) {
	if at.selected == iso2 {
		return
	}
	at.selected = iso2
	at.Countries.selectISO(iso2)
	at.Charts.refresh()
}

// SelectFact links everything to one figure: its country in the list, its chart tab and
// bar, and its sentence in the source text.
func (at *Atlas) SelectFact(f *data.Fact) {
	at.fact = f
	if f == nil {
		at.Source.mark(nil, data.Mention{})
		return
	}
	at.SelectCountry(f.ISO2)
	if at.Charts.onFigure() {
		// The map or timeline stays open, showing the figure's metric where it can.
		at.Charts.SetMetric(f.Metric)
	} else if k, ok := chartFor(f.Metric); ok {
		at.Charts.show(k)
	}
	at.Charts.refresh()
	if len(f.Mentions) > 0 {
		at.Source.mark(f, f.Mentions[0])
	}
}

// ShowMention scrolls the source text to one mention of a fact and marks its sentence.
func (at *Atlas) ShowMention(f *data.Fact, m data.Mention) {
	at.fact = f
	at.Source.mark(f, m)
}

// chartFor returns the chart a metric is drawn on.
func chartFor(m data.Metric) (chart.Kind, bool) {
	switch m {
	case data.BTCHoldings, data.HoldingsUSD, data.BTCPriceUSD:
		return chart.Holdings, true
	case data.MiningPowerMW, data.MiningEnergyTWh:
		return chart.Mining, true
	case data.LoanUSD, data.LoanTermEndYear:
		return chart.Loans, true
	case data.CryptoHolders:
		return chart.Adoption, true
	}
	return "", false
}

func (at *Atlas) updateStatus() {
	figures, countries := 0, 0
	for _, f := range at.ds.Facts {
		if !f.Derived {
			figures++
		}
	}
	for _, c := range at.ds.Countries() {
		if c.Figures > 0 {
			countries++
		}
	}
	s := fmt.Sprintf("%s · %s · %s", plural(len(at.ds.Articles), "article"), plural(figures, "figure"), plural(countries, "country"))
	at.Status.SetText(s)
	at.Review.updateCount()
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	if word == "country" {
		return fmt.Sprintf("%d countries", n)
	}
	return fmt.Sprintf("%d %ss", n, word)
}
