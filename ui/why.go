package ui

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"cryptoatlas/data"
)

// Why a figure is where it is, in the words data wrote for a reader. Wherever a figure
// is shown (the source text, a bar, a table cell, a profile, the review queue) it says
// the same lines; the rule's identifier is for counting and is never shown.

// whyLines says why f has its country and its metric, one reason a line.
func whyLines(f *data.Fact) []string {
	var lines []string
	switch {
	case f.Curated && f.NotInQuote:
		lines = append(lines, "Your own figure, not in the quote: a user typed this value and its sentence does not state it")
	case f.Planned:
		lines = append(lines, "Planned: stated as future or proposed, so never charted as current")
	case f.Curated && f.Why.Country == "" && f.Why.Metric == "":
		lines = append(lines, "Country and metric: chosen by a user")
	}
	if w := f.Why.Country; w != "" {
		lines = append(lines, "Country: "+w)
	}
	if w := f.Why.Metric; w != "" {
		lines = append(lines, "Metric: "+w)
	}
	if f.Derived && f.Why.Metric == "" {
		lines = append(lines, "Derived: computed from a stated figure, never stated itself")
	}
	return lines
}

// whyText is whyLines on one line, for the status bar.
func whyText(f *data.Fact) string { return strings.Join(whyLines(f), "  ·  ") }

// factTitle names a figure in a line: "Pakistan · Mining power: 2,000 MW".
func factTitle(f *data.Fact) string {
	who := f.Country
	if who == "" {
		who = "No country yet"
	}
	return who + " · " + f.Metric.Label() + ": " + f.Label()
}

// candidateLine is one of an unsure figure's candidates, numbered as its digit key:
// "2  Zambia · Crypto holders — named in the figure's clause (“Zambia”)".
func candidateLine(n int, c data.Candidate) string {
	s := strconv.Itoa(n) + "  " + c.Country + " · " + c.Metric.Label()
	if c.Why != "" {
		s += " — " + c.Why
	}
	return s
}

// whyCaption is the reasons as small muted lines under a figure.
func whyCaption(f *data.Fact) *widget.RichText {
	return muted(strings.Join(whyLines(f), "\n"), theme.SizeNameCaptionText, fyne.TextStyle{})
}

// showWhy puts a figure's reasons in the status bar while the pointer is over it, and
// takes them away (nil) when it leaves; the status line underneath is kept.
func (at *Atlas) showWhy(f *data.Fact) {
	if at.Hint == nil || f == at.hinted {
		return
	}
	at.hinted = f
	if f == nil {
		at.Hint.Hide()
		at.Status.Show()
		return
	}
	at.Hint.SetText(factTitle(f) + "  —  " + whyText(f))
	at.Status.Hide()
	at.Hint.Show()
}

// whyItems are a figure's reasons as the first lines of its right-click menu: shown,
// not chosen.
func whyItems(f *data.Fact) []*fyne.MenuItem {
	items := []*fyne.MenuItem{disabledItem(factTitle(f))}
	for _, l := range whyLines(f) {
		items = append(items, disabledItem(clip(l, 110)))
	}
	return append(items, fyne.NewMenuItemSeparator())
}

func disabledItem(label string) *fyne.MenuItem {
	it := fyne.NewMenuItem(label, nil)
	it.Disabled = true
	return it
}

// setMuted replaces a muted text's words.
func setMuted(rt *widget.RichText, s string) {
	if len(rt.Segments) > 0 {
		if seg, ok := rt.Segments[0].(*widget.TextSegment); ok {
			seg.Text = s
			rt.Refresh()
		}
	}
}

// clip shortens s to n runes with an ellipsis.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
