package ui

import (
	"image"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"cryptoatlas/data"
	"cryptoatlas/ui/chart"
)

var chartTitles = map[chart.Kind]string{
	chart.Holdings: "Holdings",
	chart.Mining:   "Mining",
	chart.Loans:    "Loans",
	chart.Adoption: "Adoption",
	chart.Map:      "Map",
	chart.Timeline: "Timeline",
}

// tabKinds are the pictures the first tabs show, in order: the bar charts, the map of a
// metric and its timeline.
var tabKinds = append(append([]chart.Kind{}, chart.Kinds...), chart.Map, chart.Timeline)

// chartTabs is the middle pane: one tab per chart.
type chartTabs struct {
	at       *Atlas
	Tabs     *container.AppTabs
	last     chart.Kind // the chart tab last open
	Table    *tableView
	tableTab *container.TabItem
	scopes   []*scopeBar
	views    map[chart.Kind]*chartView
	content  fyne.CanvasObject
	// metric is what the Map and Timeline tabs show; one choice for both, so the map
	// of mining power leads to the timeline of mining power.
	metric  data.Metric
	metrics []*widget.Select
}

func newChartTabs(at *Atlas) *chartTabs {
	c := &chartTabs{at: at, views: map[chart.Kind]*chartView{}, metric: data.BTCHoldings}
	c.Tabs = container.NewAppTabs()
	for _, k := range tabKinds {
		v := newChartView(at, k)
		if k == chart.Map || k == chart.Timeline {
			v.metric = func() data.Metric { return c.metric }
		}
		c.views[k] = v
		export := widget.NewButtonWithIcon("Export…", theme.UploadIcon(), func() { at.ShowExport(k) })
		export.Importance = widget.LowImportance
		scope := newScopeBar(at)
		c.scopes = append(c.scopes, scope)
		// The scope line is clipped to the pane rather than widening it (panes.go).
		var left fyne.CanvasObject
		if k == chart.Map || k == chart.Timeline {
			sel := c.newMetricSelect()
			// Wide enough for the longest metric's name ("Mining energy per year").
			left = container.NewGridWrap(fyne.NewSize(210, sel.MinSize().Height), sel)
		}
		bar := container.NewBorder(nil, nil, left, export, container.NewHScroll(scope.content))
		c.Tabs.Append(container.NewTabItem(chartTitles[k], container.NewBorder(bar, nil, nil, nil, container.NewVScroll(v))))
	}
	c.Table = newTableView(at)
	tableTab := container.NewTabItem("Table", c.Table.content)
	c.tableTab = tableTab
	c.Table.shown = func() bool { return c.Tabs.Selected() == tableTab }
	c.Tabs.OnSelected = func(item *container.TabItem) {
		if i := c.Tabs.SelectedIndex(); i >= 0 && i < len(tabKinds) {
			c.last = tabKinds[i]
		}
		if item == tableTab && !c.Table.valid {
			c.Table.Table.Refresh() // the table of a new dataset is built when first shown
		}
	}
	c.Tabs.Append(tableTab)
	c.updateScope()
	c.content = c.Tabs
	return c
}

// Current returns the chart of the open tab, or the chart last open when the Table,
// Profile or Compare tab is.
func (c *chartTabs) Current() chart.Kind {
	i := c.Tabs.SelectedIndex()
	if i < 0 || i >= len(tabKinds) {
		if c.last == "" {
			return chart.Holdings
		}
		return c.last
	}
	return tabKinds[i]
}

func (c *chartTabs) show(k chart.Kind) {
	for i, kk := range tabKinds {
		if kk == k {
			c.Tabs.SelectIndex(i)
		}
	}
}

// updateScope tells each chart which countries it shows.
func (c *chartTabs) updateScope() {
	for _, s := range c.scopes {
		s.update(len(c.at.chartCountries))
	}
}

// reload rebuilds every chart and the table from a new dataset or country choice.
func (c *chartTabs) reload() {
	for _, v := range c.views {
		v.invalidate()
	}
	c.Table.refresh()
	c.at.refreshProfiles()
}

// refresh redraws the charts for a new selection or theme; the data is unchanged.
func (c *chartTabs) refresh() {
	for _, v := range c.views {
		v.raster.Refresh()
		v.Refresh() // a selected "not stated" country gets a row back, and so the height
	}
	c.at.refreshProfiles() // the Profile and Compare tabs follow the same changes
}

// cutRow is bar f's row in full when its chart in the window cut it short, else "".
func (c *chartTabs) cutRow(f *data.Fact) string {
	if k, ok := chartFor(f.Metric); ok && c.views[k] != nil {
		return c.views[k].cutRow(f)
	}
	return ""
}

// chartView draws one chart through a canvas.Raster at the pane's pixel size, so it
// stays crisp at any size and scale, and maps taps on bars back to their facts.
type chartView struct {
	widget.BaseWidget
	at     *Atlas
	kind   chart.Kind
	raster *canvas.Raster

	spec      chart.Spec
	specValid bool
	version   int // counts spec rebuilds, so the cache knows when data changed
	key       renderKey
	img       image.Image
	regions   []chart.Region
	scale     float32
	tip       *chartTip
	rows      rowCount // the rows the chart draws, for its height
	// metric is what a map or timeline shows (the tabs' choice); nil for bar charts.
	metric func() data.Metric
}

// rowCount caches chart.Rows for a spec version and selection.
type rowCount struct {
	version   int
	selected  string
	n         int
	collapsed bool
}

// renderKey is what a drawn chart depends on; the raster redraws only when it changes.
type renderKey struct {
	w, h     int
	theme    chart.Theme
	selected string
	version  int
}

func newChartView(at *Atlas, k chart.Kind) *chartView {
	v := &chartView{at: at, kind: k, scale: 1, tip: newChartTip(), rows: rowCount{version: -1}}
	v.raster = canvas.NewRaster(v.draw)
	v.ExtendBaseWidget(v)
	return v
}

func (v *chartView) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewStack(v.raster, v.tip.layer))
}

// MinSize grows with the rows the chart draws, so a chart of many countries scrolls at a
// readable size rather than shrinking its labels to fit the pane; "not stated" rows
// collapsed into one line take no height of their own.
func (v *chartView) MinSize() fyne.Size {
	h := float32(180)
	if v.metric != nil {
		return fyne.NewSize(240, 240) // a map or timeline fits the pane, whatever it shows
	}
	if n, collapsed := v.drawnRows(); n > 12 {
		h = float32(n)*chartRowHeight + chartChrome
		if collapsed {
			h += chartCollapseLines
		}
	}
	return fyne.NewSize(240, h)
}

// drawnRows counts the rows the chart draws with the current selection.
func (v *chartView) drawnRows() (int, bool) {
	spec := v.Spec()
	if v.rows.version != v.version || v.rows.selected != v.at.selected {
		n, collapsed := chart.Rows(spec, v.at.selected)
		v.rows = rowCount{version: v.version, selected: v.at.selected, n: n, collapsed: collapsed}
	}
	return v.rows.n, v.rows.collapsed
}

// What an empty chart says before any article is shown.
const (
	readingArticles = "Reading the articles…"
	noArticlesYet   = "No articles open: File → Open File or Open Folder"
)

// chartRowHeight and chartChrome size a chart of many rows: a row per line of text,
// plus the title, legend, axis and footer.
const (
	chartRowHeight     = 24
	chartChrome        = 220
	chartCollapseLines = 3 * 16 // the "Not stated: …" line, at most three lines of small text
)

func (v *chartView) invalidate() {
	v.specValid = false
	v.raster.Refresh()
	v.Refresh() // the rows, and so the height, may have changed
}

// Spec returns the chart's current spec, building it when the data changed.
func (v *chartView) Spec() chart.Spec {
	if !v.specValid {
		countries := v.at.ChartedCountries()
		if v.metric != nil {
			v.spec = chart.BuildAny(v.kind, v.at.ds, v.metric(), countries)
		} else if s, ok := v.at.prebuilt.spec(v.at.ds, v.kind, countries); ok {
			v.spec = s
		} else {
			v.spec = chart.Build(v.kind, v.at.ds, countries)
		}
		if v.at.ds == nil || len(v.at.ds.Articles) == 0 {
			// No articles yet: not "no figures in these articles", which would be untrue.
			v.spec.Empty = noArticlesYet
			if v.at.loader != nil && v.at.loader.busy() {
				v.spec.Empty = readingArticles
			}
		}
		v.specValid = true
		v.version++
	}
	return v.spec
}

func (v *chartView) draw(w, h int) image.Image {
	if w <= 0 || h <= 0 {
		return image.NewRGBA(image.Rect(0, 0, 1, 1))
	}
	spec := v.Spec()
	if c := fyne.CurrentApp().Driver().CanvasForObject(v); c != nil {
		v.scale = c.Scale()
	}
	key := renderKey{w: w, h: h, theme: chartTheme(v.at.App), selected: v.at.selected, version: v.version}
	if v.img != nil && key == v.key {
		return v.img
	}
	scale := float64(v.scale)
	if scale <= 0 {
		scale = 1
	}
	img, regions, err := chart.Render(spec, chart.Options{
		Width: int(float64(w) / scale), Height: int(float64(h) / scale), Scale: scale,
		Theme: key.theme, Selected: key.selected,
	})
	if err != nil {
		fyne.LogError("drawing the "+string(v.kind)+" chart", err)
		blank := image.NewRGBA(image.Rect(0, 0, w, h))
		return blank
	}
	v.img, v.regions, v.key = img, regions, key
	if v.at.ds != nil && len(v.at.ds.Articles) > 0 && len(spec.Slots) > 0 {
		traceOnce("first-chart")
		v.at.chartDrawn()
	}
	return img
}

// Tapped selects the fact of the bar under the pointer.
func (v *chartView) Tapped(ev *fyne.PointEvent) {
	if r, ok := v.regionAt(ev.Position); ok && (r.Fact != nil || r.ISO2 != "") {
		if r.Fact != nil {
			v.at.SelectFact(r.Fact)
		} else {
			v.at.SelectCountry(r.ISO2)
		}
	}
}

// regionAt finds the row drawn under a position. A chart with more rows than fit is
// drawn taller than the pane and shown fitted to it, so positions are mapped by the ratio.
func (v *chartView) regionAt(pos fyne.Position) (chart.Region, bool) {
	if v.img == nil || v.key.w == 0 || v.key.h == 0 {
		return chart.Region{}, false
	}
	b := v.img.Bounds()
	x := int(pos.X * v.scale * float32(b.Dx()) / float32(v.key.w))
	y := int(pos.Y * v.scale * float32(b.Dy()) / float32(v.key.h))
	for _, r := range v.regions {
		if r.Contains(image.Pt(x, y)) { // a map's country by its outline, not its box
			return r, true
		}
	}
	return chart.Region{}, false
}

// The bar under the pointer says why its figure is where it is, in the status bar, and
// a row the chart cut short ("also ≈1…") shows its words in full beside the pointer.
func (v *chartView) MouseIn(ev *desktop.MouseEvent) { v.MouseMoved(ev) }
func (v *chartView) MouseMoved(ev *desktop.MouseEvent) {
	r, _ := v.regionAt(ev.Position)
	v.at.showWhy(r.Fact)
	if v.metric != nil && r.Full != "" {
		// A map's country or a timeline's point says its figure and its quote.
		tip := r.Full
		if r.Fact != nil && len(r.Fact.Mentions) > 0 {
			tip += "\n“" + strings.TrimSpace(r.Fact.Mentions[0].Quote) + "”"
		}
		v.tip.show(tip, ev.Position, v.Size())
	} else if r.Cut {
		v.tip.show(r.Full, ev.Position, v.Size())
	} else {
		v.tip.hide()
	}
}
func (v *chartView) MouseOut() {
	v.at.showWhy(nil)
	v.tip.hide()
}

// cutRow is the row of bar f in full when the window's chart cut it short, else "".
func (v *chartView) cutRow(f *data.Fact) string {
	for _, r := range v.regions {
		if r.Fact == f && r.Cut {
			return r.Full
		}
	}
	return ""
}

var (
	_ fyne.Tappable     = (*chartView)(nil)
	_ desktop.Hoverable = (*chartView)(nil)
)

// newMetricSelect is the Map or Timeline tab's choice of metric; the two tabs share it.
func (c *chartTabs) newMetricSelect() *widget.Select {
	var labels []string
	for _, m := range chart.MapMetrics {
		labels = append(labels, m.Label())
	}
	sel := widget.NewSelect(labels, nil)
	sel.SetSelected(c.metric.Label())
	sel.OnChanged = func(s string) {
		for _, m := range chart.MapMetrics {
			if m.Label() == s && m != c.metric {
				c.SetMetric(m)
			}
		}
	}
	c.metrics = append(c.metrics, sel)
	return sel
}

// SetMetric shows metric m on the Map and Timeline tabs.
func (c *chartTabs) SetMetric(m data.Metric) {
	if !chart.Mappable(m) || m == c.metric {
		return
	}
	c.metric = m
	for _, s := range c.metrics {
		if s.Selected != m.Label() {
			s.SetSelected(m.Label())
		}
	}
	for _, k := range []chart.Kind{chart.Map, chart.Timeline} {
		c.views[k].invalidate()
	}
}

// onFigure reports whether the Map or Timeline tab is open.
func (c *chartTabs) onFigure() bool {
	i := c.Tabs.SelectedIndex()
	return i >= 0 && i < len(tabKinds) && (tabKinds[i] == chart.Map || tabKinds[i] == chart.Timeline)
}
