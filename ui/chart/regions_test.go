package chart

import (
	"strings"
	"testing"
)

func regionOf(t *testing.T, regions []Region, iso2 string) Region {
	t.Helper()
	for _, r := range regions {
		if r.ISO2 == iso2 {
			return r
		}
	}
	t.Fatalf("no region for %s", iso2)
	return Region{}
}

func TestANoteCutShortIsWholeInItsRegion(t *testing.T) {
	spec := Build(Holdings, worldDataset(t), nil)
	const bhutan = "Bhutan: 11,000 BTC · worth ≈$1.05B · also ≈10,000 BTC, 12,500 BTC"
	_, wide, err := Render(spec, Options{Width: 1200, Height: 500})
	if err != nil {
		t.Fatal(err)
	}
	if r := regionOf(t, wide, "BT"); r.Cut || r.Full != bhutan {
		t.Errorf("at 1200 px Bhutan's row is drawn whole, yet its region says cut=%v %q", r.Cut, r.Full)
	}
	_, narrow, err := Render(spec, Options{Width: 300, Height: 500})
	if err != nil {
		t.Fatal(err)
	}
	if r := regionOf(t, narrow, "BT"); !r.Cut || r.Full != bhutan {
		t.Errorf("at 300 px Bhutan's note is cut short: its region should say so and hold it whole, got cut=%v %q", r.Cut, r.Full)
	}
	if r := regionOf(t, narrow, "SV"); r.Cut {
		t.Errorf("El Salvador's row fits at 300 px but is marked cut: %q", r.Full)
	}
}

func TestManyOtherFiguresAreAllNamedInTheRegion(t *testing.T) {
	s := specWith(stated("BT", "Bhutan", 13000))
	for _, v := range []float64{9000, 10000, 11000, 12000, 12500} {
		s.Slots[0].Others = append(s.Slots[0].Others, v)
		s.Slots[0].OthersMax = append(s.Slots[0].OthersMax, v)
		s.Slots[0].OtherLabels = append(s.Slots[0].OtherLabels, tickLabel(s.Metric, v)+" BTC")
	}
	_, regions, err := Render(s, Options{Width: 1200, Height: 400})
	if err != nil {
		t.Fatal(err)
	}
	r := regionOf(t, regions, "BT")
	for _, l := range s.Slots[0].OtherLabels {
		if !strings.Contains(r.Full, l) {
			t.Errorf("the region leaves out %s: %q", l, r.Full)
		}
	}
}

func TestRowsCountsWhatTheChartDraws(t *testing.T) {
	s := notStatedSpec()
	n, collapsed := Rows(s, "")
	if n != 4 || !collapsed {
		t.Errorf("three bars and Norway's note, the rest in one line: got %d rows, collapsed %v", n, collapsed)
	}
	if n, _ := Rows(s, "GH"); n != 5 {
		t.Errorf("a selected not-stated country keeps its row: got %d rows, want 5", n)
	}
	_, regions, err := Render(s, Options{Width: 600, Height: 500})
	if err != nil {
		t.Fatal(err)
	}
	rows := 0
	for _, r := range regions {
		if r.Rect.Dx() > 400 { // a whole row, not a name in the "not stated" line
			rows++
		}
	}
	if rows != n {
		t.Errorf("Rows says %d, the render drew %d", n, rows)
	}
	few := specWith(stated("PK", "Pakistan", 2000), Slot{ISO2: "AR", Country: "Argentina"})
	if n, collapsed := Rows(few, ""); n != 2 || collapsed {
		t.Errorf("one not-stated row stays a row: got %d, collapsed %v", n, collapsed)
	}
}

func TestNamesLeftOutOfTheNotStatedLineShowOnHover(t *testing.T) {
	_, regions, err := Render(Build(Holdings, worldDataset(t), nil), Options{Width: 300, Height: 500})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range regions {
		if r.ISO2 == "" {
			if !r.Cut || !strings.Contains(r.Full, "Vietnam") || !strings.HasPrefix(r.Full, collapsePrefix) {
				t.Errorf("the “and N more” region should name them all: %+v", r)
			}
			return
		}
	}
	t.Error("no region for the names the “not stated” line leaves out")
}
