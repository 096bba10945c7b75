package chart

import (
	"strings"
	"sync"

	"github.com/golang/freetype/truetype"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/math/fixed"
)

// The Go fonts draw every label. go-chart's default Roboto has the typographic signs
// the labels use (≈ – ≥ ≤ …) but only one weight; Go Regular and Go Bold have them
// too, and a bold for titles. Neither has U+2011 (the non-breaking hyphen the sample
// article uses), so fallbackRune maps the few missing characters to ones that look
// the same.
var fonts struct {
	once          sync.Once
	regular, bold *truetype.Font
	err           error
}

func loadFonts() (regular, bold *truetype.Font, err error) {
	fonts.once.Do(func() {
		fonts.regular, fonts.err = truetype.Parse(goregular.TTF)
		if fonts.err == nil {
			fonts.bold, fonts.err = truetype.Parse(gobold.TTF)
		}
	})
	return fonts.regular, fonts.bold, fonts.err
}

// fallbackRune replaces characters the Go fonts lack with ones that look the same.
var fallbackRune = map[rune]string{
	'\u2010': "-", // hyphen
	'\u2011': "-", // non-breaking hyphen
	'\u2012': "–", // figure dash
	'\u2212': "-", // minus sign
	'\u00A0': " ", // no-break space
	'\u2007': " ", // figure space
	'\u202F': " ", // narrow no-break space
	'\u2009': " ", // thin space
}

// drawable returns s with characters the font lacks replaced, so no label shows a
// missing-glyph box.
func drawable(f *truetype.Font, s string) string {
	ok := true
	for _, r := range s {
		if f.Index(r) == 0 {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case f.Index(r) != 0:
			b.WriteRune(r)
		case fallbackRune[r] != "":
			b.WriteString(fallbackRune[r])
		case r == '\n' || r == '\t':
			b.WriteByte(' ')
		default:
			b.WriteRune(r) // no look-alike: the font's own missing-glyph mark
		}
	}
	return b.String()
}

// advance measures s as go-chart's raster renderer lays it out: advance widths and
// kerning at px pixels per em. Measuring here rather than asking a renderer keeps the
// PNG and the SVG layout identical (their MeasureText methods disagree).
func advance(f *truetype.Font, px float64, s string) float64 {
	scale := fixed.Int26_6(px * 64)
	var w fixed.Int26_6
	prev, hasPrev := truetype.Index(0), false
	for _, r := range s {
		i := f.Index(r)
		if hasPrev {
			w += f.Kern(scale, prev, i)
		}
		w += f.HMetric(scale, i).AdvanceWidth
		prev, hasPrev = i, true
	}
	return float64(w) / 64
}
