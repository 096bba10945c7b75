package chart

import (
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"testing"

	"cryptoatlas/data"
)

// exportDir asks for every chart to be written out for a person to look at:
//
//	go test ./ui/chart -run TestExportForReview -export /tmp/charts
var exportDir = flag.String("export", "", "write every chart as PNG and SVG to this directory for review")

func TestExportForReview(t *testing.T) {
	if *exportDir == "" {
		t.Skip("no -export directory given")
	}
	if err := os.MkdirAll(*exportDir, 0o755); err != nil {
		t.Fatal(err)
	}
	sets := []struct {
		name string
		ds   *data.Dataset
	}{{"sample", sampleDataset(t)}, {"world", worldDataset(t)}, {"forty", fortyDataset(t)}, {"dense", parseArticles(t,
		[2]string{"forty.txt", fortyArticle()}, [2]string{"world.txt", worldArticle}, [2]string{"update.txt", updateArticle})}}
	for _, set := range sets {
		for _, k := range Kinds {
			spec := Build(k, set.ds, nil)
			for _, theme := range []Theme{Light, Dark} {
				for _, scale := range []float64{1, 2} {
					for _, refs := range []bool{false, true} {
						name := fmt.Sprintf("%s_%s_%s_x%g", set.name, k, theme, scale)
						if refs {
							name += "_refs"
						}
						o := Options{Width: 1200, Height: 750, Scale: scale, Theme: theme, References: refs, Selected: "PK"}
						write(t, name, spec, o, scale == 1 && refs)
						if scale == 1 && !refs {
							o.Width, o.Height = 760, 480 // a small window
							write(t, name+"_small", spec, o, false)
						}
					}
				}
			}
		}
	}
	edge := map[string]Spec{
		"edge_log":     specWith(stated("AA", "Aland", 1), stated("BB", "Bland", 1e3), stated("CC", "Cland", 1e6), stated("DD", "Dland", 1e10)),
		"edge_nan":     specWith(stated("AA", "Aland", math.NaN()), stated("BB", "Bland", 42), stated("CC", "Cland", math.Inf(1))),
		"edge_zero":    specWith(stated("AA", "Aland", 0), stated("BB", "Bland", 300), stated("CC", "Cland", 1)),
		"edge_equal":   specWith(stated("AA", "Aland", 5000), stated("BB", "Bland", 5000)),
		"edge_empty":   Build(Mining, parseArticles(t, [2]string{"x.txt", "Nothing here\nThe weather was fine.\n"}), nil),
		"edge_derived": specWith(Slot{ISO2: "PK", Country: "Pakistan", Stated: true, Value: 17.5, Derived: true, Label: "≈17.5 TWh"}, stated("SV", "El Salvador", 30)),
		"edge_one":     specWith(stated("SV", "El Salvador", 6200)),
		"edge_names":   specWith(stated("CF", "Central African Republic", 10), stated("VC", "Saint Vincent and the Grenadines", 20), stated("BA", "Bosnia and Herzegovina", 5)),
	}
	for name, spec := range edge {
		write(t, name, spec, Options{Width: 1200, Height: 750, References: true}, true)
		write(t, name+"_small", spec, Options{Width: 480, Height: 320}, false)
	}
}

func write(t *testing.T, name string, spec Spec, o Options, svg bool) {
	t.Helper()
	f, err := os.Create(filepath.Join(*exportDir, name+".png"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := WritePNG(f, spec, o); err != nil {
		t.Fatal(err)
	}
	if !svg {
		return
	}
	g, err := os.Create(filepath.Join(*exportDir, name+".svg"))
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	if err := WriteSVG(g, spec, o); err != nil {
		t.Fatal(err)
	}
}
