package world

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// A TopoJSON file keeps each shared border once, as an arc, and each country as lists
// of arc indexes; a negative index ~i means arc i walked backwards. Positions are
// quantized integers, each the delta from the one before, until the transform maps
// them back to longitude and latitude. This decoder reads only what world-atlas
// ships: Polygon and MultiPolygon geometries in one object.

type topology struct {
	Type      string `json:"type"`
	Transform *struct {
		Scale     [2]float64 `json:"scale"`
		Translate [2]float64 `json:"translate"`
	} `json:"transform"`
	Arcs    [][][2]float64            `json:"arcs"`
	Objects map[string]topoCollection `json:"objects"`
}

type topoCollection struct {
	Type       string         `json:"type"`
	Geometries []topoGeometry `json:"geometries"`
}

type topoGeometry struct {
	Type       string          `json:"type"`
	ID         json.RawMessage `json:"id"` // "064" in world-atlas; a number in other files
	Arcs       json.RawMessage `json:"arcs"`
	Properties struct {
		Name string `json:"name"`
	} `json:"properties"`
}

// feature is one decoded geometry: its numeric id (0 when it has none), its name and
// its polygons, each a list of rings in longitude and latitude degrees.
type feature struct {
	id       int
	name     string
	polygons [][][][2]float64
}

// decodeTopoJSON reads the named object's geometries from a TopoJSON topology.
func decodeTopoJSON(b []byte, object string) ([]feature, error) {
	var t topology
	if err := json.Unmarshal(b, &t); err != nil {
		return nil, fmt.Errorf("topojson: %w", err)
	}
	if t.Type != "Topology" {
		return nil, fmt.Errorf("topojson: type %q, want Topology", t.Type)
	}
	col, ok := t.Objects[object]
	if !ok {
		return nil, fmt.Errorf("topojson: no object %q", object)
	}
	arcs := make([][][2]float64, len(t.Arcs))
	for i, a := range t.Arcs {
		arcs[i] = make([][2]float64, len(a))
		var x, y float64
		for j, p := range a {
			if t.Transform == nil {
				arcs[i][j] = p
				continue
			}
			x, y = x+p[0], y+p[1]
			arcs[i][j] = [2]float64{x*t.Transform.Scale[0] + t.Transform.Translate[0], y*t.Transform.Scale[1] + t.Transform.Translate[1]}
		}
	}
	ring := func(idx []int) ([][2]float64, error) {
		var out [][2]float64
		for k, i := range idx {
			rev := i < 0
			if rev {
				i = ^i
			}
			if i >= len(arcs) {
				return nil, fmt.Errorf("topojson: arc %d of %d", i, len(arcs))
			}
			a := arcs[i]
			for j := range a {
				p := a[j]
				if rev {
					p = a[len(a)-1-j]
				}
				if k > 0 && j == 0 {
					continue // each arc after the first starts where the last ended
				}
				out = append(out, p)
			}
		}
		return out, nil
	}
	var out []feature
	for _, g := range col.Geometries {
		f := feature{id: numericID(g.ID), name: g.Properties.Name}
		var polys [][][]int
		switch g.Type {
		case "Polygon":
			var p [][]int
			if err := json.Unmarshal(g.Arcs, &p); err != nil {
				return nil, fmt.Errorf("topojson: %s: %w", f.name, err)
			}
			polys = [][][]int{p}
		case "MultiPolygon":
			if err := json.Unmarshal(g.Arcs, &polys); err != nil {
				return nil, fmt.Errorf("topojson: %s: %w", f.name, err)
			}
		default:
			continue // points and lines carry no area to fill
		}
		for _, p := range polys {
			var rings [][][2]float64
			for _, r := range p {
				pts, err := ring(r)
				if err != nil {
					return nil, fmt.Errorf("%w (%s)", err, f.name)
				}
				rings = append(rings, pts)
			}
			f.polygons = append(f.polygons, rings)
		}
		out = append(out, f)
	}
	return out, nil
}

// numericID reads an id written as "064" or 64; anything else is 0.
func numericID(raw json.RawMessage) int {
	s := strings.Trim(string(raw), `"`)
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0
	}
	return n
}
