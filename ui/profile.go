package ui

import (
	"fmt"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"cryptoatlas/data"
	"cryptoatlas/data/country"
	"cryptoatlas/ui/chart"
)

// NoFiguresMessage is what a profile says of a country the articles only name.
const NoFiguresMessage = "No figures stated in these articles"

// profileHelp is the profile's key and mouse help.
const profileHelp = "Alt+Down / Alt+Up: next / previous country (also in the View menu; in the list, " +
	"Up/Down and Space). Click a quote to show it in the source text, a chart to open it. " +
	"Right-click a sentence in the source text to add a figure it states."

// profileView is the Profile tab: one country's reference data, every figure with the
// sentences that state it, a timeline of dated events, and small charts.
type profileView struct {
	at *Atlas
	ds *data.Dataset // what the view was built from, to know when to rebuild
	// ISO2 of the country shown, "" for none.
	ISO2 string

	Badge     *isoBadge
	Name      *widget.Label
	Official  *widget.RichText
	Reference *fyne.Container // ISO codes, region, capital, currency, counts (a form)
	Help      *widget.RichText
	Prev      *widget.Button
	Next      *widget.Button
	Compare   *ringButton // adds the country to the comparison, or takes it out; blue when it will take it out

	Figures   []*figureEntry
	NoFigures *widget.RichText // shown for a country named without figures
	Named     []*quoteLink     // where such a country is named
	Timeline  []*timelineEntry
	Charts    []*miniChart
	Locator   *miniChart // where the country is, on a small map

	box     *fyne.Container
	Scroll  *container.Scroll
	content fyne.CanvasObject
}

func newProfileView(at *Atlas) *profileView {
	p := &profileView{at: at}
	p.Prev = widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { at.StepCountry(-1) })
	p.Next = widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { at.StepCountry(1) })
	p.Compare = newRingButton("Add to compare", theme.ContentAddIcon(), func() { at.ToggleCompare(p.ISO2) })
	p.box = container.NewVBox()
	p.Scroll = container.NewVScroll(p.box)
	p.content = p.Scroll
	p.build()
	return p
}

// show displays a country's profile ("" shows a hint). It rebuilds only when the
// country or the dataset changed; otherwise it redraws the charts (the theme may have).
func (p *profileView) show(iso2 string) {
	if iso2 == p.ISO2 && p.ds == p.at.ds {
		for _, c := range p.Charts {
			c.Refresh()
		}
		p.updateButtons()
		return
	}
	p.ISO2, p.ds = iso2, p.at.ds
	p.build()
	p.Scroll.ScrollToTop()
}

func (p *profileView) build() {
	p.Figures, p.Named, p.Timeline, p.Charts, p.NoFigures = nil, nil, nil, nil, nil
	c, ok := country.ByISO2(p.ISO2)
	if p.ISO2 == "" || !ok {
		hint := muted("Select a country in the list to see its profile: its figures with the sentences "+
			"that state them, a timeline of dated events, and small charts.", theme.SizeNameText, fyne.TextStyle{})
		p.box.Objects = []fyne.CanvasObject{hint}
		p.box.Refresh()
		return
	}
	ds := p.at.ds
	facts := ds.FactsFor(c.ISO2)
	events := ds.EventsFor(c.ISO2)
	stated := 0
	for _, f := range facts {
		if !f.Derived {
			stated++
		}
	}

	objs := []fyne.CanvasObject{p.header(c, stated, len(events)), widget.NewSeparator()}

	objs = append(objs, sectionTitle("Figures"))
	if len(facts) == 0 {
		p.NoFigures = muted(NoFiguresMessage, theme.SizeNameText, fyne.TextStyle{Italic: true})
		objs = append(objs, p.NoFigures)
		if named := p.namedIn(c.ISO2); len(named) > 0 {
			objs = append(objs, caption("Where the articles name it:"))
			for _, q := range named {
				objs = append(objs, q)
			}
		}
	}
	shown := map[data.Metric]int{} // figures listed per metric; a folder of thousands is capped
	for i, f := range facts {
		if f.Derived && (i == 0 || !facts[i-1].Derived) {
			objs = append(objs, sectionTitle("Derived figures"),
				caption("Computed from the stated figures above, never stated in the text; the sentences are theirs."))
		} else if i > 0 && shown[f.Metric] < maxFiguresPerMetric {
			objs = append(objs, widget.NewSeparator())
		}
		if shown[f.Metric]++; shown[f.Metric] > maxFiguresPerMetric {
			if next := i + 1; next == len(facts) || facts[next].Metric != f.Metric || facts[next].Derived != f.Derived {
				objs = append(objs, caption(fmt.Sprintf("… and %d more %s figures: the Table tab and `cryptoatlas countries` list every one.",
					shown[f.Metric]-maxFiguresPerMetric, strings.ToLower(f.Metric.Label()))))
			}
			continue
		}
		e := newFigureEntry(p.at, f)
		p.Figures = append(p.Figures, e)
		objs = append(objs, e.content)
	}

	objs = append(objs, sectionTitle("Timeline"))
	if len(events) == 0 {
		objs = append(objs, caption("No dated events in these articles"))
	}
	var timeline []fyne.CanvasObject
	more := 0
	if len(events) > maxTimelineEvents {
		// EventsFor lists dated events oldest first, then undated ones: keep the latest.
		dated := len(events)
		for dated > 0 && events[dated-1].When.Year == 0 {
			dated--
		}
		from, to := max(0, dated-maxTimelineEvents), dated
		if dated == 0 { // none has a year: the first ones
			to = maxTimelineEvents
		}
		more = len(events) - (to - from)
		events = events[from:to]
	}
	p.Timeline, timeline = newTimeline(p.at, events)
	if more > 0 {
		objs = append(objs, caption(fmt.Sprintf("The latest %d events; %d earlier ones are in `cryptoatlas countries`.", maxTimelineEvents, more)))
	}
	objs = append(objs, timeline...)

	// Its charts, then each metric's figures over time where the articles date more than
	// one of them, then where it is.
	for _, k := range chart.Kinds {
		spec := chart.Build(k, ds, []string{c.ISO2})
		if hasStated(spec) {
			p.Charts = append(p.Charts, newMiniChart(p.at, spec))
		}
	}
	for _, m := range chart.MapMetrics {
		spec := chart.BuildTimeline(ds, m, []string{c.ISO2})
		if datedPoints(spec) > 1 {
			p.Charts = append(p.Charts, newMiniChart(p.at, spec))
		}
	}
	if len(p.Charts) > 0 {
		objs = append(objs, sectionTitle("Charts"))
		charts := make([]fyne.CanvasObject, len(p.Charts))
		for i, m := range p.Charts {
			charts[i] = m
		}
		objs = append(objs, container.New(layout.NewGridWrapLayout(p.Charts[0].MinSize()), charts...))
	}
	p.Locator = newMiniChart(p.at, chart.BuildLocator(c.ISO2))
	objs = append(objs, sectionTitle("On the map"), container.NewHBox(p.Locator))
	p.box.Objects = objs
	p.box.Refresh()
	p.updateButtons()
}

// A profile of a country named in thousands of articles lists a sample of its figures
// and the latest events, so it opens in a moment; the rest are a caption away.
const (
	maxFiguresPerMetric = 8
	maxTimelineEvents   = 40
)

// header: the badge, the names, the reference data and the browsing buttons.
func (p *profileView) header(c country.Country, stated, events int) fyne.CanvasObject {
	p.Badge = newISOBadge(c.ISO2, stated > 0, fyne.NewSize(64, 44))
	p.Name = widget.NewLabelWithStyle(c.Name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.Name.SizeName = theme.SizeNameHeadingText
	p.Name.Wrapping = fyne.TextWrapWord
	p.Official = muted(c.Official, theme.SizeNameText, fyne.TextStyle{})
	names := []fyne.CanvasObject{p.Name}
	if c.Official != "" && c.Official != c.Name {
		names = append(names, p.Official)
	}
	buttons := container.NewHBox(p.Prev, p.Next, p.Compare)
	top := container.NewBorder(nil, nil, container.NewCenter(p.Badge), container.NewVBox(buttons),
		container.NewVBox(names...))

	mentions, articles := 0, 0
	for _, spans := range p.at.ds.MentionsOf(c.ISO2) {
		mentions += len(spans)
		articles++
	}
	inArticles := fmt.Sprintf("%s · %s · named %s in %s", plural(stated, "figure"), plural(events, "dated event"),
		times(mentions), plural(articles, "article"))
	form := []fyne.CanvasObject{}
	for _, kv := range [][2]string{
		{"ISO codes", c.ISO2 + " / " + c.ISO3},
		{"Region", c.Region},
		{"Capital", c.Capital},
		{"Currency", c.Currency},
		{"In the articles", inArticles},
	} {
		if kv[1] == "" {
			kv[1] = "not known"
		}
		k := muted(kv[0], theme.SizeNameText, fyne.TextStyle{})
		k.Wrapping = fyne.TextWrapOff
		v := widget.NewLabel(kv[1])
		v.Wrapping = fyne.TextWrapWord
		form = append(form, k, v)
	}
	p.Reference = container.New(layout.NewFormLayout(), form...)
	p.Help = caption(profileHelp)
	return container.NewVBox(top, p.Reference, p.Help)
}

func times(n int) string {
	switch n {
	case 1:
		return "once"
	case 2:
		return "twice"
	}
	return fmt.Sprintf("%d times", n)
}

// updateButtons enables Previous/Next where there is a country to go to and names what
// the Compare button will do.
func (p *profileView) updateButtons() {
	i, n := p.at.Countries.indexOf(p.ISO2), len(p.at.Countries.rows)
	setEnabled(p.Prev, i > 0)
	setEnabled(p.Next, i < 0 && n > 0 || i >= 0 && i < n-1)
	setEnabled(p.Compare, p.ISO2 != "")
	if p.at.Compare != nil && p.at.Compare.has(p.ISO2) {
		p.Compare.SetText("Remove from compare")
		p.Compare.SetIcon(theme.ContentRemoveIcon())
		p.Compare.Importance = widget.HighImportance
	} else {
		p.Compare.SetText("Add to compare")
		p.Compare.SetIcon(theme.ContentAddIcon())
		p.Compare.Importance = widget.MediumImportance
	}
	p.Compare.Refresh()
}

func setEnabled(b fyne.Disableable, on bool) {
	if on {
		b.Enable()
	} else {
		b.Disable()
	}
}

// namedIn quotes each sentence that names a country, once, article by article.
func (p *profileView) namedIn(iso2 string) []*quoteLink {
	byArticle := p.at.ds.MentionsOf(iso2)
	for _, a := range p.at.ds.Articles {
		seen := map[data.Span]bool{}
		spans := append([]data.Span(nil), byArticle[a.ID]...)
		sort.Slice(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
		for _, sp := range spans {
			sent, _, ok := a.SentenceAt(sp.Start)
			if !ok || seen[sent] {
				continue
			}
			seen[sent] = true
			f := &data.Fact{Article: a.ID, ISO2: iso2} // the source pane needs only the article
			m := data.Mention{Span: sp, Sentence: sent, Quote: a.Slice(sent)}
			p.Named = append(p.Named, newQuoteLink(m, articleLabel(a), func() { p.at.Source.mark(f, m) }))
		}
	}
	return p.Named
}

// datedPoints counts the points a timeline draws.
func datedPoints(s chart.Spec) int {
	n := 0
	for _, sr := range s.Series {
		n += len(sr.Points)
	}
	return n
}

func hasStated(s chart.Spec) bool {
	for _, sl := range s.Slots {
		if sl.Stated {
			return true
		}
	}
	return false
}

func sectionTitle(s string) fyne.CanvasObject {
	l := widget.NewLabelWithStyle(s, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.SizeName = theme.SizeNameSubHeadingText
	return l
}

func caption(s string) *widget.RichText {
	return muted(s, theme.SizeNameCaptionText, fyne.TextStyle{})
}

// muted is secondary text, wrapped, in the placeholder colour: a low-importance label
// takes the disabled colour, too faint to read on the dark theme.
func muted(s string, size fyne.ThemeSizeName, style fyne.TextStyle) *widget.RichText {
	rt := widget.NewRichText(&widget.TextSegment{Text: s, Style: widget.RichTextStyle{
		ColorName: theme.ColorNamePlaceHolder, SizeName: size, TextStyle: style}})
	rt.Wrapping = fyne.TextWrapWord
	return rt
}
