// Package world is the map's country shapes: Natural Earth's 1:110m countries (public
// domain, naturalearthdata.com) as TopoJSON from the npm package world-atlas 2.0.2
// (ISC, Mike Bostock), embedded, decoded and projected with Equal Earth once, at first
// use, never per draw. Like ui/chart it never imports Fyne.
package world

import (
	_ "embed"
	"math"
	"sort"
	"sync"

	"cryptoatlas/data/country"
)

//go:embed countries-110m.json
var countries110m []byte

// Point is a projected position: Equal Earth units, y growing north.
type Point struct{ X, Y float64 }

// Shape is one country as the map draws it.
type Shape struct {
	ISO2  string    // "" for a place without an ISO code (Somaliland, Northern Cyprus): drawn as land, never filled
	Name  string    // Natural Earth's short name ("Bosnia and Herz.")
	Rings [][]Point // nil for a state too small for 1:110m: a point at Anchor
	// Polys says which rings make each polygon: Polys[i] is the index of its first ring
	// in Rings, its outer one; holes follow until the next polygon's first ring.
	Polys    []int
	Min, Max Point
	// Area is the projected area; the projection is equal-area, so it ranks countries
	// by their true size.
	Area float64
	// Anchor is where a marker or label for the country goes: the middle of its largest
	// polygon, weighted by area.
	Anchor Point
}

var loaded struct {
	once     sync.Once
	shapes   []Shape
	min, max Point
	err      error
}

// Shapes returns every country's shape, projected; Antarctica is left out (no figure
// is about it, and it would take a fifth of the map's height). The slice is shared:
// callers must not change it.
func Shapes() ([]Shape, error) {
	loaded.once.Do(load)
	return loaded.shapes, loaded.err
}

// Extent is the bounding box of every shape Shapes returns.
func Extent() (min, max Point) {
	loaded.once.Do(load)
	return loaded.min, loaded.max
}

const antarctica = 10 // ISO 3166-1 numeric

func load() {
	features, err := decodeTopoJSON(countries110m, "countries")
	if err != nil {
		loaded.err = err
		return
	}
	inf := math.Inf(1)
	loaded.min, loaded.max = Point{inf, inf}, Point{-inf, -inf}
	for _, f := range features {
		if f.id == antarctica {
			continue
		}
		s := Shape{Name: f.name, Min: Point{inf, inf}, Max: Point{-inf, -inf}}
		if c, ok := country.ByNumeric(f.id); ok {
			s.ISO2 = c.ISO2
		} else if c, ok := country.ByName(f.name); ok && f.id == 0 {
			s.ISO2 = c.ISO2 // Kosovo has no numeric code but has XK
		}
		biggest := 0.0
		for _, poly := range splitAntimeridian(f.polygons) {
			s.Polys = append(s.Polys, len(s.Rings))
			polyArea := 0.0
			var cx, cy float64
			for ri, ring := range poly {
				pts := make([]Point, len(ring))
				for i, p := range ring {
					x, y := equalEarth(p[0], p[1])
					pts[i] = Point{x, y}
					s.Min.X, s.Min.Y = math.Min(s.Min.X, x), math.Min(s.Min.Y, y)
					s.Max.X, s.Max.Y = math.Max(s.Max.X, x), math.Max(s.Max.Y, y)
				}
				a, x, y := ringCentroid(pts)
				if ri == 0 {
					polyArea, cx, cy = a, x, y
				} else {
					polyArea -= a // a hole
				}
				s.Rings = append(s.Rings, pts)
			}
			s.Area += polyArea
			if polyArea > biggest {
				biggest, s.Anchor = polyArea, Point{cx, cy}
			}
		}
		loaded.min.X, loaded.min.Y = math.Min(loaded.min.X, s.Min.X), math.Min(loaded.min.Y, s.Min.Y)
		loaded.max.X, loaded.max.Y = math.Max(loaded.max.X, s.Max.X), math.Max(loaded.max.Y, s.Max.Y)
		loaded.shapes = append(loaded.shapes, s)
	}
	have := map[string]bool{}
	for _, s := range loaded.shapes {
		have[s.ISO2] = true
	}
	for _, iso := range sortedKeys(points) {
		if have[iso] {
			continue
		}
		c, ok := country.ByISO2(iso)
		if !ok {
			continue
		}
		x, y := equalEarth(points[iso][0], points[iso][1])
		p := Point{x, y}
		loaded.shapes = append(loaded.shapes, Shape{ISO2: iso, Name: c.Name, Min: p, Max: p, Anchor: p})
	}
}

func sortedKeys(m map[string][2]float64) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// smallArea is the projected area below which a country is hard to see on a world map
// (about 50,000 km²: Bhutan, El Salvador, Switzerland): the map marks it.
const smallArea = 0.0013

// Small reports whether s needs a marker to be seen: a small country, or one drawn as
// a point only.
func (s Shape) Small() bool { return len(s.Rings) == 0 || s.Area < smallArea }

// ringCentroid is a ring's area (positive, whichever way it winds) and centroid.
func ringCentroid(pts []Point) (area, cx, cy float64) {
	var a2 float64
	for i := range pts {
		p, q := pts[i], pts[(i+1)%len(pts)]
		c := p.X*q.Y - q.X*p.Y
		a2 += c
		cx += (p.X + q.X) * c
		cy += (p.Y + q.Y) * c
	}
	if a2 == 0 {
		if len(pts) > 0 {
			return 0, pts[0].X, pts[0].Y
		}
		return 0, 0, 0
	}
	return math.Abs(a2 / 2), cx / (3 * a2), cy / (3 * a2)
}

// splitAntimeridian cuts a ring that crosses the 180th meridian (Russia's Chukotka,
// Fiji) into a polygon on each side: on a flat map the jump from 180° to -180° would
// otherwise draw a band across the whole world. Each piece is closed along the edge.
func splitAntimeridian(polys [][][][2]float64) [][][][2]float64 {
	var out [][][][2]float64
	for _, poly := range polys {
		outer := poly[0]
		var pieces [][][2]float64
		start := 0
		for i := 1; i < len(outer); i++ {
			if math.Abs(outer[i][0]-outer[i-1][0]) > 180 {
				pieces = append(pieces, outer[start:i])
				start = i
			}
		}
		if len(pieces) == 0 {
			out = append(out, poly)
			continue
		}
		// The ring is cyclic: its last piece and its first are one.
		last := append(append([][2]float64{}, outer[start:]...), pieces[0]...)
		pieces[0] = last
		for _, p := range pieces {
			if len(p) >= 3 {
				out = append(out, [][][2]float64{p})
			}
		}
	}
	return out
}
