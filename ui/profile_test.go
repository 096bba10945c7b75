package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"cryptoatlas/data"
	"cryptoatlas/ui/chart"
)

// texts collects what an object tree says, widgets' insides included, for assertions
// about what a reader sees.
func texts(o fyne.CanvasObject) []string {
	switch w := o.(type) {
	case *widget.Label:
		return []string{w.Text}
	case *widget.RichText:
		return []string{w.String()}
	case *widget.Hyperlink:
		return []string{w.Text}
	case *widget.Button:
		return []string{w.Text}
	case *fyne.Container:
		var out []string
		for _, c := range w.Objects {
			out = append(out, texts(c)...)
		}
		return out
	case fyne.Widget:
		var out []string
		for _, c := range test.WidgetRenderer(w).Objects() {
			out = append(out, texts(c)...)
		}
		return out
	}
	return nil
}

func stated(p *profileView) int {
	n := 0
	for _, e := range p.Figures {
		if !e.Fact.Derived {
			n++
		}
	}
	return n
}

func TestSampleProfiles(t *testing.T) {
	at := newSampleAtlas(t)
	p := at.Profile

	at.ShowProfile("SV")
	if p.Name.Text != "El Salvador" || stated(p) != 3 {
		t.Errorf("El Salvador: %q with %d figures, want 3", p.Name.Text, stated(p))
	}
	ref := strings.Join(texts(p.Reference), "|")
	for _, want := range []string{"SV / SLV", "North America", "San Salvador", "US Dollar"} {
		if !strings.Contains(ref, want) {
			t.Errorf("El Salvador's reference data %q lacks %q", ref, want)
		}
	}
	if len(p.Timeline) == 0 || len(p.Charts) == 0 {
		t.Errorf("El Salvador: %d events, %d charts", len(p.Timeline), len(p.Charts))
	}
	var september bool
	for _, e := range p.Timeline {
		september = september || e.Date.Text == "September 2021" && strings.Contains(e.Quote.Mention.Quote, "legal tender")
	}
	if !september {
		t.Error("El Salvador's timeline lacks legal tender in September 2021")
	}

	at.ShowProfile("PK")
	if p.Name.Text != "Pakistan" || stated(p) != 4 {
		t.Errorf("Pakistan: %q with %d figures, want 4", p.Name.Text, stated(p))
	}
	var allocation, authority, term bool
	for _, e := range p.Timeline {
		q := e.Quote.Mention.Quote
		switch {
		case e.Date.Text == "May" && strings.Contains(q, "allocated 2,000 megawatts"):
			allocation = true
		case e.Date.Text == "May" && e.Event.DateText == "That same month" && strings.Contains(q, "Digital Assets Authority"):
			authority = e.Written != nil && strings.Contains(e.Written.String(), "That same month")
		case e.Date.Text == "2027":
			term = true
		}
	}
	if !allocation || !authority || !term {
		t.Errorf("Pakistan's timeline: May allocation %v, authority formed that same month %v, loan term 2027 %v",
			allocation, authority, term)
	}
	var kinds []chart.Kind
	for _, c := range p.Charts {
		kinds = append(kinds, c.Kind)
	}
	if len(kinds) != 3 || kinds[0] != chart.Mining || kinds[1] != chart.Loans || kinds[2] != chart.Adoption {
		t.Errorf("Pakistan's charts %v, want mining, loans, adoption (it states no holdings)", kinds)
	}
	for _, e := range p.Figures {
		if e.Fact.Metric == data.LoanUSD && !strings.Contains(e.Notes, "lender: IMF") {
			t.Errorf("the loan's notes %q do not name the IMF", e.Notes)
		}
	}

	at.ShowProfile("US")
	if p.Name.Text != "United States" || len(p.Figures) != 0 || p.NoFigures == nil ||
		p.NoFigures.String() != NoFiguresMessage || len(p.Charts) != 0 {
		t.Fatalf("United States: %d figures, %d charts, message %v", len(p.Figures), len(p.Charts), p.NoFigures)
	}
	if len(p.Named) != 1 || !strings.Contains(p.Named[0].Mention.Quote, "U.S. dollar") {
		t.Errorf("the United States should be quoted where it is named (“U.S. dollar”), got %d quotes", len(p.Named))
	}
}

// TestTappingProfileQuoteMarksItsSentence: every quote in a profile leads to its sentence.
func TestTappingProfileQuoteMarksItsSentence(t *testing.T) {
	at := newSampleAtlas(t)
	at.ShowProfile("SV")
	q := at.Profile.Figures[0].Quotes[0]
	test.Tap(q)
	if at.Source.marked != q.Mention.Sentence || at.fact != at.Profile.Figures[0].Fact {
		t.Errorf("marked %v, want the quote's sentence %v", at.Source.marked, q.Mention.Sentence)
	}

	at.ShowProfile("PK")
	ev := at.Profile.Timeline[len(at.Profile.Timeline)-1]
	test.Tap(ev.Quote)
	if at.Source.marked != ev.Event.Sentence {
		t.Errorf("an event marked %v, want %v", at.Source.marked, ev.Event.Sentence)
	}

	at.ShowProfile("US")
	test.Tap(at.Profile.Named[0])
	if got := at.Source.article.Slice(at.Source.marked); !strings.Contains(got, "U.S. dollar") {
		t.Errorf("tapping where the United States is named marked %q", got)
	}
}

// TestSelectingFromListOpensProfile: the list opens profiles; a figure in the text still
// opens its chart.
func TestSelectingFromListOpensProfile(t *testing.T) {
	at := newSampleAtlas(t)
	at.Countries.List.Select(1)
	if at.Charts.Tabs.Selected() != at.profileTab || at.Profile.ISO2 != "SV" {
		t.Fatalf("tab %q showing %q, want El Salvador's profile", at.Charts.Tabs.Selected().Text, at.Profile.ISO2)
	}
	figureLink(t, at, "2,000 megawatts").OnTapped()
	if at.Charts.Current() != chart.Mining || at.Charts.Tabs.SelectedIndex() != 1 {
		t.Errorf("a figure in the text opened tab %d, want the mining chart", at.Charts.Tabs.SelectedIndex())
	}
	if at.Profile.ISO2 != "PK" {
		t.Errorf("the profile shows %q after selecting Pakistan's figure", at.Profile.ISO2)
	}
	// Pakistan is now selected; a click on it in the list still opens its profile.
	r := newCountryRow()
	at.Countries.decorate(0, r)
	test.Tap(r)
	if at.Charts.Tabs.Selected() != at.profileTab || at.Profile.ISO2 != "PK" {
		t.Errorf("tapping the selected country showed tab %q", at.Charts.Tabs.Selected().Text)
	}
	test.Tap(at.Profile.Charts[0])
	if at.Charts.Current() != at.Profile.Charts[0].Kind {
		t.Errorf("tapping a small chart opened %q", at.Charts.Current())
	}
}

func menuItem(t *testing.T, at *Atlas, label string) *fyne.MenuItem {
	t.Helper()
	for _, m := range at.Win.MainMenu().Items {
		for _, it := range m.Items {
			if it.Label == label {
				return it
			}
		}
	}
	t.Fatalf("no menu item %q", label)
	return nil
}

func TestNextAndPreviousCountry(t *testing.T) {
	at := newSampleAtlas(t)
	next, prev := menuItem(t, at, "Next Country"), menuItem(t, at, "Previous Country")
	if next.Shortcut.ShortcutName() != keyNextCountry.ShortcutName() || prev.Shortcut.ShortcutName() != keyPrevCountry.ShortcutName() {
		t.Errorf("shortcuts %s, %s", next.Shortcut.ShortcutName(), prev.Shortcut.ShortcutName())
	}
	at.ShowProfile("PK")
	if !at.Profile.Prev.Disabled() || at.Profile.Next.Disabled() {
		t.Error("on the first country only Next should be enabled")
	}
	var seen []string
	for range 4 {
		next.Action()
		seen = append(seen, at.selected+"/"+at.Profile.ISO2)
	}
	if got := strings.Join(seen, " "); got != "SV/SV US/US US/US US/US" {
		t.Errorf("Next walked %s, want El Salvador then the United States, stopping there", got)
	}
	if at.Countries.List.Length() != 3 || at.Charts.Tabs.Selected() != at.profileTab {
		t.Error("browsing left the profile")
	}
	test.Tap(at.Profile.Prev)
	prev.Action()
	if at.selected != "PK" || at.Profile.Name.Text != "Pakistan" {
		t.Errorf("Previous twice from the United States gave %q", at.selected)
	}

	// Browsing follows the filter.
	test.Type(at.Countries.Filter, "north america")
	at.SelectCountry("")
	next.Action()
	next.Action()
	if at.selected != "US" {
		t.Errorf("Next through the North America filter reached %q, want US", at.selected)
	}
}

func TestListSeparatesCountriesNamedWithoutFigures(t *testing.T) {
	at := newSampleAtlas(t)
	c := at.Countries
	if len(c.dividerRows) != 1 || c.dividerRows[0] != 2 {
		t.Fatalf("divider above rows %v, want above the United States (row 2)", c.dividerRows)
	}
	for id, want := range []bool{false, false, true} {
		r := newCountryRow()
		c.decorate(id, r)
		if r.divider.Visible() != want {
			t.Errorf("row %d (%s): divider shown %v", id, c.rows[id].Name, r.divider.Visible())
		}
	}
	if r := newCountryRow(); r.divider.Text != NamedWithoutFigures {
		t.Errorf("divider says %q", r.divider.Text)
	}
	test.Type(c.Filter, "united")
	if len(c.rows) != 1 || len(c.dividerRows) != 1 || c.dividerRows[0] != 0 {
		t.Errorf("filtered to the United States, divider rows %v", c.dividerRows)
	}
}

func TestProfileChartsAreCachedAndFollowTheTheme(t *testing.T) {
	at := newSampleAtlas(t)
	at.ShowProfile("PK")
	m := at.Profile.Charts[0]
	w, h := int(m.MinSize().Width), int(m.MinSize().Height)
	a := m.draw(w, h)
	if b := m.draw(w, h); b != a {
		t.Error("the same size redrew the chart")
	}
	if a.Bounds().Dx() != w || a.Bounds().Dy() != h {
		t.Errorf("drawn at %v, want %dx%d", a.Bounds(), w, h)
	}
	if c := m.draw(2*w, 2*h); c == a || c.Bounds().Dx() != 2*w {
		t.Error("a new size did not redraw at that size")
	}
	before := m.draw(w, h)
	at.SetTheme(ThemeDark)
	if after := m.draw(w, h); after == before {
		t.Error("the dark theme did not redraw the chart")
	}
}

// TestProfileShowsWhereAndOverTime: a profile has a small map of where its country is,
// and a timeline of each metric the articles date more than once.
func TestProfileShowsWhereAndOverTime(t *testing.T) {
	at := newSampleAtlas(t)
	ds, err := loadReports(t)
	if err != nil {
		t.Fatal(err)
	}
	at.SetDataset(ds)
	at.ShowProfile("SV")
	p := at.Profile
	if p.Locator == nil || !p.Locator.Spec.Locator || p.Locator.Spec.Slots[0].ISO2 != "SV" {
		t.Fatalf("no locator for El Salvador: %+v", p.Locator)
	}
	var timelines []data.Metric
	for _, m := range p.Charts {
		if m.Kind == chart.Timeline {
			timelines = append(timelines, m.Spec.Metric)
		}
	}
	if len(timelines) != 1 || timelines[0] != data.BTCHoldings {
		t.Errorf("El Salvador's timelines %v, want its holdings", timelines)
	}
}

// loadReports is three dated articles on El Salvador's holdings.
func loadReports(t *testing.T) (*data.Dataset, error) {
	t.Helper()
	var arts []*data.Article
	for _, nt := range [][2]string{
		{"a.txt", "El Salvador adds to its reserve\nPublished: 15 March 2022\nEl Salvador holds about 1,800 BTC.\n"},
		{"b.txt", "El Salvador keeps buying\nPublished: 2 November 2023\nEl Salvador holds 2,800 BTC, the treasury said.\n"},
		{"c.txt", "El Salvador's reserve\nPublished: 4 April 2025\nEl Salvador has acquired over 6,100 BTC.\n"},
	} {
		a, err := data.Parse(nt[0], "", []byte(nt[1]))
		if err != nil {
			return nil, err
		}
		arts = append(arts, a)
	}
	return data.LoadArticles(arts...), nil
}
