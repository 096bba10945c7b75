package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// Browsing profiles: the Profile and Compare tabs beside the charts, next and previous
// country from the keyboard, and the countries list's two groups.

// Keys that step through the countries list from anywhere in the window. They are menu
// shortcuts because Fyne offers a main menu's shortcuts before any focused widget, so
// they work in the filter box too; plain Up/Down belong to the focused list or scroller.
var (
	keyNextCountry = &desktop.CustomShortcut{KeyName: fyne.KeyDown, Modifier: fyne.KeyModifierAlt}
	keyPrevCountry = &desktop.CustomShortcut{KeyName: fyne.KeyUp, Modifier: fyne.KeyModifierAlt}
)

// addProfileTabs puts the Profile and Compare tabs after the chart tabs.
func (at *Atlas) addProfileTabs() {
	at.Profile = newProfileView(at)
	at.profileTab = container.NewTabItem("Profile", at.Profile.content)
	at.Charts.Tabs.Append(at.profileTab)
	at.Compare = newCompareView(at)
	at.Charts.Tabs.Append(at.Compare.tab)
}

// refreshProfiles follows the dataset, the selection and the theme.
func (at *Atlas) refreshProfiles() {
	if at.Profile == nil || at.Compare == nil {
		return
	}
	if at.Compare.ds != at.ds {
		at.Compare.ds = at.ds
		at.Compare.refresh()
	}
	at.Profile.show(at.selected)
}

// ShowProfile selects a country and opens its profile.
func (at *Atlas) ShowProfile(iso2 string) {
	at.SelectCountry(iso2)
	at.showProfileTab()
}

func (at *Atlas) showProfileTab() {
	if at.profileTab != nil {
		at.Charts.Tabs.Select(at.profileTab)
	}
}

// ShowCompare opens the Compare tab.
func (at *Atlas) ShowCompare() { at.Charts.Tabs.Select(at.Compare.tab) }

// StepCountry selects the next (delta 1) or previous (-1) country of the list as it is
// filtered, staying on the tab that is open.
func (at *Atlas) StepCountry(delta int) {
	rows := at.Countries.rows
	if len(rows) == 0 {
		return
	}
	i := at.Countries.indexOf(at.selected)
	j := i + delta
	if i < 0 {
		j = 0
		if delta < 0 {
			j = len(rows) - 1
		}
	}
	if j < 0 || j >= len(rows) || j == i {
		return
	}
	at.SelectCountry(rows[j].ISO2)
	at.Source.showCountry(rows[j].ISO2)
}

// ToggleCompare adds a country to the comparison or takes it out.
func (at *Atlas) ToggleCompare(iso2 string) {
	if at.Compare.has(iso2) {
		at.Compare.remove(iso2)
	} else {
		at.Compare.add(iso2)
	}
}

// addBrowseMenu adds browsing to the View menu, with the keys that step the list.
func (at *Atlas) addBrowseMenu() {
	mm := at.Win.MainMenu()
	if mm == nil {
		return
	}
	next := fyne.NewMenuItem("Next Country", func() { at.StepCountry(1) })
	next.Shortcut = keyNextCountry
	prev := fyne.NewMenuItem("Previous Country", func() { at.StepCountry(-1) })
	prev.Shortcut = keyPrevCountry
	items := []*fyne.MenuItem{
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Country Profile", at.showProfileTab),
		fyne.NewMenuItem("Compare Countries", at.ShowCompare),
		next, prev,
	}
	for _, m := range mm.Items {
		if m.Label == "View" {
			m.Items = append(m.Items, items...)
			mm.Refresh()
			return
		}
	}
	mm.Items = append(mm.Items, fyne.NewMenu("Browse", items[1:]...))
	mm.Refresh()
}

// indexOf returns a country's row in the list as filtered, -1 when it is not shown.
func (c *countryList) indexOf(iso2 string) int {
	for i, r := range c.rows {
		if r.ISO2 == iso2 {
			return i
		}
	}
	return -1
}

// Tapped selects the row's country, as the list would; a tap on the country already
// selected (Fyne's list ignores it) still opens its profile, so a country selected from
// a figure or a chart opens with one click like any other.
func (r *countryRow) Tapped(*fyne.PointEvent) {
	c := r.list
	if c == nil || r.id < 0 || r.id >= len(c.rows) {
		return
	}
	if cv := fyne.CurrentApp().Driver().CanvasForObject(c.List); cv != nil && !fyne.CurrentDevice().IsMobile() {
		cv.Focus(c.List)
	}
	iso := c.rows[r.id].ISO2
	if iso != c.at.selected {
		c.List.Select(r.id)
		if c.at.selected == iso {
			return
		}
	}
	c.at.SelectCountry(iso)
	c.selectISO(iso)
	c.at.Source.showCountry(iso)
	c.at.showProfileTab()
}

var _ fyne.Tappable = (*countryRow)(nil)

// decorate heads the first country named without figures with the divider.
func (c *countryList) decorate(id widget.ListItemID, r *countryRow) {
	r.list, r.id = c, id
	first := id < len(c.rows) && c.rows[id].Figures == 0 && (id == 0 || c.rows[id-1].Figures > 0)
	if first {
		r.divider.Show()
	} else {
		r.divider.Hide()
	}
}

// placeDivider makes the row under the divider tall enough for it.
func (c *countryList) placeDivider() {
	probe := newCountryRow()
	normal := probe.MinSize().Height
	for _, id := range c.dividerRows {
		c.List.SetItemHeight(id, normal)
	}
	c.dividerRows = c.dividerRows[:0]
	for i, r := range c.rows {
		if r.Figures == 0 {
			probe.divider.Show()
			c.List.SetItemHeight(i, probe.MinSize().Height)
			c.dividerRows = append(c.dividerRows, i)
			return
		}
	}
}
