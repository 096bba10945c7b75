package chart

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"os"
	"sync"
	"testing"

	"cryptoatlas/data"
	"cryptoatlas/data/synth"
	"cryptoatlas/ui/chart/world"
)

// TestGoldenMap compares the map, light and dark, with images a person has looked at:
// the sample exported with its numbered quotes, and many countries as the window shows
// them with Pakistan selected.
func TestGoldenMap(t *testing.T) {
	for _, theme := range []Theme{Light, Dark} {
		img, _, err := Render(BuildMap(sampleDataset(t), data.BTCHoldings, nil), Options{Width: 1200, Height: 750, Theme: theme, References: true})
		if err != nil {
			t.Fatal(err)
		}
		checkGolden(t, "map_sample_"+string(theme), img)
		img, _, err = Render(BuildMap(worldDataset(t), data.BTCHoldings, nil), Options{Width: 1200, Height: 750, Theme: theme, Selected: "PK"})
		if err != nil {
			t.Fatal(err)
		}
		checkGolden(t, "map_world_"+string(theme), img)
	}
}

// TestMapNeverColoursACountryWithoutAFigure looks at the pixels: inside every country
// no article gives the figure for, the map is the "not stated" grey, never a colour of
// the scale (which would claim a value, zero included).
func TestMapNeverColoursACountryWithoutAFigure(t *testing.T) {
	for _, theme := range []Theme{Light, Dark} {
		spec := BuildMap(worldDataset(t), data.MiningPowerMW, nil)
		o := Options{Width: 1200, Height: 750, Theme: theme}
		img, _, err := Render(spec, o)
		if err != nil {
			t.Fatal(err)
		}
		stated := map[string]bool{}
		for _, s := range spec.Slots {
			stated[s.ISO2] = s.Stated
		}
		if !stated["PK"] || stated["SV"] {
			t.Fatalf("want Pakistan's mining power stated and El Salvador's not: %v", stated)
		}
		reg, bold, _ := loadFonts()
		mp := plan(spec, o, measurer{reg, bold}).mp
		pal := paletteFor(theme)
		shapes, _ := world.Shapes()
		looked := 0
		for i := range shapes {
			s := &shapes[i]
			if stated[s.ISO2] || s.Small() || len(s.Rings) == 0 {
				continue
			}
			x, y := mp.pt(s.Anchor)
			p := image.Pt(ri(x), ri(y))
			if !(Region{Rect: img.Bounds(), Shape: mp.pixelRings(s)}).Contains(p) {
				continue // a crescent's middle lies outside it
			}
			looked++
			got := img.RGBAAt(p.X, p.Y)
			for _, sc := range pal.Scale {
				if near(got, sc) {
					t.Errorf("%s (%s): %v is the scale's %v", s.Name, theme, got, sc)
				}
			}
			// Land, border and outline are all greys; every colour of the scale has a hue.
			if d := max(absDiff(got.R, got.G), absDiff(got.G, got.B)); d > 6 {
				t.Errorf("%s (%s): %v has a hue, want the land grey %v", s.Name, theme, got, pal.Land)
			}
		}
		if looked < 100 {
			t.Errorf("looked inside only %d countries", looked)
		}
		// And Pakistan, which has the figure, is coloured.
		x, y := mp.pt(shapesByISO2()["PK"].Anchor)
		if got := img.RGBAAt(ri(x), ri(y)); near(got, pal.Land) {
			t.Errorf("Pakistan is grey (%s)", theme)
		}
	}
}

func absDiff(a, b uint8) int { return max(int(a)-int(b), int(b)-int(a)) }

func near(c color.RGBA, d interface{ RGBA() (r, g, b, a uint32) }) bool {
	r, g, b, _ := d.RGBA()
	dist := func(a uint8, b uint32) int { v := int(a) - int(b>>8); return max(v, -v) }
	return dist(c.R, r) <= 6 && dist(c.G, g) <= 6 && dist(c.B, b) <= 6
}

// TestMapClassesOnALogScale: round bounds, every stated value inside its class, the
// scale said in the legend; one value gives one class.
func TestMapClassesOnALogScale(t *testing.T) {
	spec := BuildMap(worldDataset(t), data.BTCHoldings, nil)
	if spec.ClassScale != "log scale" || len(spec.Classes) < 2 || len(spec.Classes) > maxClasses {
		t.Fatalf("scale %q, %d classes", spec.ClassScale, len(spec.Classes))
	}
	want := []string{"1,000–3,000 BTC", "3,000–10,000 BTC", "10,000–30,000 BTC", "30,000–100,000 BTC", "100,000–300,000 BTC"}
	for i, c := range spec.Classes {
		if i < len(want) && c.Label != want[i] {
			t.Errorf("class %d = %q, want %q", i, c.Label, want[i])
		}
	}
	for _, s := range spec.Slots {
		if !s.Stated {
			continue
		}
		c := spec.Classes[s.Class]
		if v := sortValue(s); v < c.Lo || v > c.Hi {
			t.Errorf("%s %v in class %q", s.Country, v, c.Label)
		}
	}
	one := BuildMap(sampleDataset(t), data.BTCHoldings, nil)
	if len(one.Classes) != 1 || one.Classes[0].Label != "6,200 BTC" {
		t.Errorf("sample: %+v", one.Classes)
	}
	if cs := logClasses(data.LoanUSD, []float64{2.9e9, 3e9, 7e9, 8e9, 20e9}); cs[0].Label != "$2B–$5B" {
		t.Errorf("loans: %+v", cs)
	}
}

// TestMapClickFindsTheCountry: a click inside Pakistan finds Pakistan's fact, one on El
// Salvador's marker finds El Salvador, and a click at sea finds nothing.
func TestMapClickFindsTheCountry(t *testing.T) {
	spec := BuildMap(sampleDataset(t), data.BTCHoldings, nil)
	o := Options{Width: 1200, Height: 750}
	_, regions, err := Render(spec, o)
	if err != nil {
		t.Fatal(err)
	}
	reg, bold, _ := loadFonts()
	mp := plan(spec, o, measurer{reg, bold}).mp
	at := func(iso string) image.Point {
		x, y := mp.pt(shapesByISO2()[iso].Anchor)
		return image.Pt(ri(x), ri(y))
	}
	find := func(p image.Point) Region {
		for _, r := range regions {
			if r.Contains(p) {
				return r
			}
		}
		return Region{}
	}
	if r := find(at("SV")); r.ISO2 != "SV" || r.Fact == nil || r.Full != "El Salvador: >6,200 BTC" {
		t.Errorf("El Salvador's marker: %+v", r)
	}
	if r := find(at("PK")); r.ISO2 != "PK" || r.Fact != nil {
		t.Errorf("Pakistan, named without holdings: %+v", r)
	}
	x, y := mp.pt(world.Point{X: -2.2, Y: -0.4}) // the South Pacific
	if r := find(image.Pt(ri(x), ri(y))); r.ISO2 != "" {
		t.Errorf("the sea is %s", r.ISO2)
	}
}

// TestMapExportIsDeterministicInPNGAndSVG: the same bytes each time; the SVG's text is text.
func TestMapExportIsDeterministicInPNGAndSVG(t *testing.T) {
	spec := BuildMap(worldDataset(t), data.BTCHoldings, nil)
	o := Options{Width: 900, Height: 600, Scale: 2, Theme: Dark, References: true}
	for _, f := range []string{"png", "svg"} {
		var a, b bytes.Buffer
		if err := Write(&a, f, spec, o); err != nil {
			t.Fatal(err)
		}
		if err := Write(&b, f, spec, o); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("%s differs between two renders", f)
		}
		if f == "svg" && !bytes.Contains(a.Bytes(), []byte("Bhutan 11,000 BTC")) {
			t.Error("the SVG does not name Bhutan's figure in text")
		}
		if f == "svg" && bytes.Contains(a.Bytes(), []byte("stroke-width:0;stroke:rgba")) {
			t.Error("the SVG draws the borders 0 wide")
		}
	}
}

// tenThousand is 10,000 synthetic articles, loaded once for the benchmarks.
var tenThousand = sync.OnceValues(func() (*data.Dataset, error) {
	dir, err := os.MkdirTemp("", "chart-bench-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	if _, err := synth.WriteCorpus(dir, 1, 10000); err != nil {
		return nil, err
	}
	ds, _, err := data.Load(context.Background(), []string{dir}, nil)
	return ds, err
})

func tenThousandDataset(b *testing.B) *data.Dataset {
	ds, err := tenThousand()
	if err != nil {
		b.Fatal(err)
	}
	return ds
}

// BenchmarkRenderMap draws the map of 10,000 synthetic articles' figures at window
// size, as the Map tab does on every frame that needs a new picture.
func BenchmarkRenderMap(b *testing.B) {
	spec := BuildMap(tenThousandDataset(b), data.BTCHoldings, nil)
	o := Options{Width: 1200, Height: 750, Selected: "SV"}
	if _, _, err := Render(spec, o); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, _, err := Render(spec, o); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBuildMap builds the map's spec of 10,000 articles, as the Map tab does when
// the data or the metric changes.
func BenchmarkBuildMap(b *testing.B) {
	ds := tenThousandDataset(b)
	for b.Loop() {
		BuildMap(ds, data.BTCHoldings, nil)
	}
}

// BenchmarkTimeline builds and draws the timeline of 10,000 articles at window size.
func BenchmarkTimeline(b *testing.B) {
	ds := tenThousandDataset(b)
	o := Options{Width: 1200, Height: 750}
	for b.Loop() {
		if _, _, err := Render(BuildTimeline(ds, data.BTCHoldings, nil), o); err != nil {
			b.Fatal(err)
		}
	}
}

// TestLocatorShowsOneCountry: a profile's small map colours its country alone, with no
// legend or figures, and marks a small one.
func TestLocatorShowsOneCountry(t *testing.T) {
	for _, iso := range []string{"PK", "BT"} {
		spec := BuildLocator(iso)
		o := Options{Width: 360, Height: 200}
		img, regions, err := Render(spec, o)
		if err != nil {
			t.Fatal(err)
		}
		reg, bold, _ := loadFonts()
		l := plan(spec, o, measurer{reg, bold})
		if len(l.legend) != 0 || len(l.fig.key) != 0 {
			t.Errorf("%s: legend %v, key %v", iso, l.legend, l.fig.key)
		}
		x, y := l.mp.pt(shapesByISO2()[iso].Anchor)
		if got := img.RGBAAt(ri(x), ri(y)); near(got, l.pal.Land) {
			t.Errorf("%s is not coloured on its locator", iso)
		}
		if len(regions) == 0 || regions[0].ISO2 != iso {
			t.Errorf("%s: regions %v", iso, regions)
		}
	}
}
