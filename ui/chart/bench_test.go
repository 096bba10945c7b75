package chart

import (
	"bytes"
	"io"
	"testing"
)

// BenchmarkRenderPNG draws the many-country holdings chart at the default size
// (1200×750) and encodes it as a PNG, as an export does.
func BenchmarkRenderPNG(b *testing.B) {
	spec := Build(Holdings, worldDataset(b), nil)
	o := Options{Width: 1200, Height: 750, Theme: Light}
	var buf bytes.Buffer
	if err := WritePNG(&buf, spec, o); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	for b.Loop() {
		if err := WritePNG(io.Discard, spec, o); err != nil {
			b.Fatal(err)
		}
	}
}
