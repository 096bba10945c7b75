package chart

import (
	"flag"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"cryptoatlas/data"
)

// update rewrites the golden images from the current renders:
//
//	go test ./ui/chart -run TestGolden -update
var update = flag.Bool("update", false, "rewrite the golden images in testdata/golden")

const goldenDir = "testdata/golden"

// TestGoldenCharts compares every chart, light and dark, for the sample article and the
// many-country set against images a person has looked at. A mismatch writes the new
// render beside the golden as NAME.failed.png.
func TestGoldenCharts(t *testing.T) {
	sets := []struct {
		name string
		ds   *data.Dataset
		o    Options
	}{
		// The sample as exported: with its numbered quotes.
		{"sample", sampleDataset(t), Options{Width: 1200, Height: 750, References: true}},
		// Many countries as the window shows them, with a row selected.
		{"world", worldDataset(t), Options{Width: 1200, Height: 750, Selected: "PK"}},
	}
	for _, set := range sets {
		for _, k := range Kinds {
			for _, theme := range []Theme{Light, Dark} {
				name := fmt.Sprintf("%s_%s_%s", set.name, k, theme)
				t.Run(name, func(t *testing.T) {
					o := set.o
					o.Theme = theme
					img, _, err := Render(Build(k, set.ds, nil), o)
					if err != nil {
						t.Fatal(err)
					}
					checkGolden(t, name, img)
				})
			}
		}
	}
}

// TestGoldenNotStatedAndWrappedReferences compares the two pictures the issue asked
// for: many countries without a figure (collapsed into one line, a narrow mark for the
// one that keeps its slot) and an export whose references wrap into columns and
// continue on a second page.
func TestGoldenNotStatedAndWrappedReferences(t *testing.T) {
	for _, theme := range []Theme{Light, Dark} {
		img, _, err := Render(notStatedSpec(), Options{Width: 1200, Height: 750, Theme: theme})
		if err != nil {
			t.Fatal(err)
		}
		checkGolden(t, "not_stated_"+string(theme), img)
	}
	spec := referencesSpec()
	o := Options{Width: 1200, Height: 750, References: true}
	for page := 1; page <= Pages(spec, o); page++ {
		img, _, err := RenderPage(spec, o, page)
		if err != nil {
			t.Fatal(err)
		}
		checkGolden(t, fmt.Sprintf("references_wrap_page%d", page), img)
	}
}

func checkGolden(t *testing.T, name string, got *image.RGBA) {
	t.Helper()
	path := filepath.Join(goldenDir, name+".png")
	failed := filepath.Join(goldenDir, name+".failed.png")
	if *update {
		if err := writeImage(path, got); err != nil {
			t.Fatal(err)
		}
		os.Remove(failed)
		return
	}
	want, err := readImage(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if msg := compareImages(want, got); msg != "" {
		if err := writeImage(failed, got); err != nil {
			t.Errorf("writing %s: %v", failed, err)
		}
		t.Errorf("%s: %s; the new render is in %s", path, msg, failed)
		return
	}
	os.Remove(failed)
}

// compareImages allows a few pixels to differ slightly: rendering is exact on one
// machine, but a compiler that fuses multiply-adds (arm64) can move an anti-aliased
// edge by one level. Real changes move thousands of pixels.
func compareImages(want image.Image, got *image.RGBA) string {
	if want.Bounds() != got.Bounds() {
		return fmt.Sprintf("size %v, want %v", got.Bounds().Size(), want.Bounds().Size())
	}
	b := got.Bounds()
	differ := 0
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r1, g1, b1, _ := want.At(x, y).RGBA()
			r2, g2, b2, _ := got.At(x, y).RGBA()
			if far(r1, r2) || far(g1, g2) || far(b1, b2) {
				differ++
			}
		}
	}
	if limit := b.Dx() * b.Dy() / 2000; differ > limit {
		return fmt.Sprintf("%d pixels differ (at most %d may)", differ, limit)
	}
	return ""
}

func far(a, b uint32) bool {
	d := int(a>>8) - int(b>>8)
	return d > 16 || d < -16
}

func readImage(path string) (image.Image, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return png.Decode(f)
}

func writeImage(path string, img image.Image) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	enc := png.Encoder{CompressionLevel: png.BestCompression} // goldens live in the repository
	if err := enc.Encode(f, img); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
