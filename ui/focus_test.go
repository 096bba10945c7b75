package ui

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// rings finds every row ring in o's tree, in the order drawn.
func rings(o fyne.CanvasObject) []*rowRing {
	var out []*rowRing
	switch w := o.(type) {
	case *cursorRow:
		out = append(out, w.ring)
	case *reviewItem:
		out = append(out, w.ring)
	case *tableCell:
		out = append(out, w.ring)
	}
	switch w := o.(type) {
	case *fyne.Container:
		for _, c := range w.Objects {
			out = append(out, rings(c)...)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(w).Objects() {
			out = append(out, rings(c)...)
		}
	}
	return out
}

// shownRings counts the rings drawn.
func shownRings(o fyne.CanvasObject) int {
	n := 0
	for _, r := range rings(o) {
		if r.shown() {
			n++
		}
	}
	return n
}

// checkRingContrast measures a shown ring against the background and the selection.
func checkRingContrast(t *testing.T, at *Atlas, what string, r *rowRing) {
	t.Helper()
	th, v := at.App.Settings().Theme(), at.App.Settings().ThemeVariant()
	bg := th.Color(theme.ColorNameBackground, v)
	for name, back := range map[string]color.Color{"the background": bg, "the selected row": over(th.Color(theme.ColorNameSelection, v), bg)} {
		if c := contrast(r.ring.StrokeColor, back); c < 3 {
			t.Errorf("%s: the ring measures %.2f:1 against %s, want 3:1", what, c, name)
		}
	}
}

func TestFocusedRowsAreOutlinedInBothThemes(t *testing.T) {
	for _, choice := range []ThemeChoice{ThemeLight, ThemeDark} {
		at := manyCountries(t)
		at.SetTheme(choice)
		at.Win.Resize(fyne.NewSize(1280, 800))
		list := at.Countries.List
		if shownRings(list) != 0 {
			t.Errorf("%s: a row is outlined before the list has the keys", choice)
		}
		at.Win.Canvas().Focus(list)
		list.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
		list.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
		rs := rings(list)
		if shownRings(list) != 1 || len(rs) < 3 || !rs[2].shown() {
			t.Fatalf("%s: after Down, Down the third country should be the one outlined (%d shown)", choice, shownRings(list))
		}
		list.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
		if at.selected != at.Countries.rows[2].ISO2 {
			t.Errorf("%s: Return selected %q, want %q", choice, at.selected, at.Countries.rows[2].ISO2)
		}
		if !rings(list)[2].shown() || shownRings(list) != 1 {
			t.Errorf("%s: the selected row with the keys is not outlined", choice)
		}
		checkRingContrast(t, at, string(choice)+" country list", rings(list)[2])
		at.Win.Canvas().Unfocus()
		if shownRings(list) != 0 {
			t.Errorf("%s: the outline stays after the list loses the keys", choice)
		}

		// A click moves the keys' cursor to the row clicked.
		at.Win.Canvas().Focus(list)
		at.Countries.selectISO(at.Countries.rows[4].ISO2)
		if !rings(list)[4].shown() || shownRings(list) != 1 {
			t.Errorf("%s: the cursor did not follow the selection to the fifth row", choice)
		}

		// The table: the cell under the cursor.
		at.Charts.Tabs.Select(at.Charts.Tabs.Items[len(at.Charts.Tabs.Items)-4]) // Table
		tb := at.Charts.Table.Table
		tb.Resize(fyne.NewSize(800, 500))
		at.Win.Canvas().Focus(tb)
		tb.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
		tb.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
		if tb.cursor != (widget.TableCellID{Row: 1, Col: 1}) || shownRings(tb) != 1 {
			t.Errorf("%s: table cursor %v with %d cells outlined, want row 1 col 1 and one", choice, tb.cursor, shownRings(tb))
		}
		for _, r := range rings(tb) {
			if r.shown() {
				checkRingContrast(t, at, string(choice)+" table", r)
			}
		}
		at.Win.Canvas().Unfocus()
		if shownRings(tb) != 0 {
			t.Errorf("%s: a table cell stays outlined after the table loses the keys", choice)
		}
	}
}

func TestFocusedReviewRowIsOutlined(t *testing.T) {
	at, _ := reviewAtlas(t)
	at.ShowReview()
	q := at.Review
	q.List.Resize(fyne.NewSize(500, 300))
	at.Win.Canvas().Unfocus()
	if shownRings(q.List) != 0 {
		t.Error("a review row is outlined while the queue does not have the keys")
	}
	at.Win.Canvas().Focus(q.List)
	q.List.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	rs := rings(q.List)
	if shownRings(q.List) != 1 || q.sel >= len(rs) || !rs[q.sel].shown() {
		t.Errorf("the selected review row (%d) with the keys is not the one outlined", q.sel)
	}
}

func TestDefaultButtonsShowTheFocusRing(t *testing.T) {
	at, _ := reviewAtlas(t)
	iso := at.Countries.rows[0].ISO2
	at.ToggleCompare(iso) // "Remove from compare" is the blue one
	for _, c := range []struct {
		name string
		b    *ringButton
		open func()
	}{
		{"Accept", at.Review.Accept, at.ShowReview},
		{"Compare", at.Profile.Compare, func() { at.ShowProfile(iso) }},
	} {
		c.open()
		if c.b.Importance != widget.HighImportance {
			t.Errorf("%s is not the blue default button here; the test checks the wrong case", c.name)
		}
		r, ok := test.WidgetRenderer(c.b).(*ringRenderer)
		if !ok {
			t.Fatalf("%s has no focus ring", c.name)
		}
		at.Win.Canvas().Focus(c.b)
		if _, _, _, a := r.ring.StrokeColor.RGBA(); a != 0xffff {
			t.Errorf("focused %s shows no ring (has the keys: %v)", c.name, at.Win.Canvas().Focused() == c.b)
		}
		at.Win.Canvas().Unfocus()
		if _, _, _, a := r.ring.StrokeColor.RGBA(); a != 0 {
			t.Errorf("%s keeps its ring without the keys", c.name)
		}
	}
	at.Win.Canvas().Focus(at.Profile.Compare)
	at.Profile.Compare.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if at.charted(iso) {
		t.Error("Return on the focused “Remove from compare” left the country compared")
	}
}
