package world

import (
	"math"
	"testing"
)

func byISO(t *testing.T) map[string]Shape {
	t.Helper()
	shapes, err := Shapes()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]Shape{}
	for _, s := range shapes {
		if s.ISO2 != "" {
			out[s.ISO2] = s
		}
	}
	return out
}

// TestShapesNameTheCountriesByISO2: every Natural Earth country with a numeric code
// finds its ISO2 code, the small states the articles are about included.
func TestShapesNameTheCountriesByISO2(t *testing.T) {
	shapes, err := Shapes()
	if err != nil {
		t.Fatal(err)
	}
	if len(shapes) < 170 {
		t.Fatalf("%d shapes, want the 176 countries of Natural Earth 110m less Antarctica", len(shapes))
	}
	var unnamed []string
	for _, s := range shapes {
		if s.ISO2 == "" {
			unnamed = append(unnamed, s.Name)
		}
		if s.ISO2 == "AQ" {
			t.Error("Antarctica is drawn")
		}
	}
	if len(unnamed) > 2 { // Somaliland and Northern Cyprus have no ISO code
		t.Errorf("shapes without an ISO2 code: %v", unnamed)
	}
	m := byISO(t)
	for _, iso := range []string{"SV", "BT", "PK", "US", "RU", "XK", "FJ", "ZA", "LS"} {
		if s, ok := m[iso]; !ok || len(s.Rings) == 0 {
			t.Errorf("no shape for %s", iso)
		}
	}
	// States too small for 1:110m still have a place for their marker.
	for _, iso := range []string{"SG", "MT", "BH", "LI", "HK"} {
		if s, ok := m[iso]; !ok || !s.Small() {
			t.Errorf("no point for %s", iso)
		}
	}
	for iso, want := range map[string]bool{"SV": true, "BT": true, "PK": false, "BR": false} {
		if got := m[iso].Small(); got != want {
			t.Errorf("%s.Small() = %v, want %v", iso, got, want)
		}
	}
}

// TestEqualEarthKeepsAreas: the projection is equal-area, so Russia is about twice
// Brazil on the map as on the globe (17.1 and 8.5 million km²), and the known extent holds.
func TestEqualEarthKeepsAreas(t *testing.T) {
	m := byISO(t)
	if r := m["RU"].Area / m["BR"].Area; math.Abs(r-17.1/8.5) > 0.15 {
		t.Errorf("Russia/Brazil area on the map = %.2f, want about 2.0", r)
	}
	if r := m["GL"].Area / m["DZ"].Area; math.Abs(r-2.166/2.382) > 0.12 {
		t.Errorf("Greenland/Algeria = %.2f, want about 0.91 (not Mercator's 8)", r)
	}
	if x, y := equalEarth(180, 0); math.Abs(x-2.7064) > 1e-3 || y != 0 {
		t.Errorf("equalEarth(180, 0) = %v, %v", x, y)
	}
	if _, y := equalEarth(0, 90); math.Abs(y-1.3173) > 1e-3 {
		t.Errorf("equalEarth(0, 90) y = %v", y)
	}
	// Lesotho sits inside South Africa, which has a hole for it.
	za := m["ZA"]
	if len(za.Rings) <= len(za.Polys) {
		t.Error("South Africa has no hole for Lesotho")
	}
}

// TestAnchorsLieInsideTheirCountry: the marker for a small state sits on it.
func TestAnchorsLieInsideTheirCountry(t *testing.T) {
	for iso, s := range byISO(t) {
		a := s.Anchor
		if a.X < s.Min.X || a.X > s.Max.X || a.Y < s.Min.Y || a.Y > s.Max.Y {
			t.Errorf("%s: anchor %v outside its bounds %v–%v", iso, a, s.Min, s.Max)
		}
	}
}

func BenchmarkLoad(b *testing.B) {
	b.SetBytes(int64(len(countries110m)))
	for b.Loop() {
		if _, err := decodeTopoJSON(countries110m, "countries"); err != nil {
			b.Fatal(err)
		}
	}
}
