package chart

import "github.com/wcharczuk/go-chart/v2/drawing"

// palette is every colour a chart uses. It is the one place colours live: the values
// follow Fyne's default light and dark themes (fyne.io/fyne/v2/theme), so a chart
// sits in the window as if Fyne drew it, without this package importing Fyne.
type palette struct {
	Background drawing.Color // Fyne background: #FFFFFF / #171718
	Text       drawing.Color // titles, country names, value labels
	Muted      drawing.Color // subtitles, notes, ticks, footer, references
	Grid       drawing.Color // vertical grid lines (Fyne separator / input border)
	Axis       drawing.Color // the zero line
	Bar        drawing.Color // Fyne's primary blue, readable on both backgrounds
	RangeFill  drawing.Color // the body of a range bar: the bar blended into the background
	OnBar      drawing.Color // text drawn inside a bar
	Other      drawing.Color // points for other articles' figures
	Empty      drawing.Color // the dashes of a "not stated" slot
	Selection  drawing.Color // the band behind the selected row
	Panel      drawing.Color // the "no figures" panel (Fyne input background)

	// The map: countries without a stated figure in Land, every border in Border, a
	// country the articles name without a figure outlined in Named; Scale are the
	// classes' colours, lowest first (viridis, readable with every common colour
	// blindness: lightest to darkest on the light background, darkest to lightest on
	// the dark one, so more is always further from the background).
	Land   drawing.Color
	Border drawing.Color
	Named  drawing.Color
	Scale  []drawing.Color
	// Lines are a timeline's countries' colours (Okabe and Ito's, told apart with
	// every common colour blindness), each readable on its background.
	Lines []drawing.Color
}

var (
	lightPalette = palette{
		Background: hex(0xFFFFFF),
		Text:       hex(0x171718),
		Muted:      hex(0x5C5C5C),
		Grid:       hex(0xE3E3E3),
		Axis:       hex(0x888888),
		Bar:        hex(0x296FF6),
		RangeFill:  hex(0x9DBDFB),
		OnBar:      hex(0xFFFFFF),
		Other:      hex(0xD84315),
		Empty:      hex(0x9E9E9E),
		Selection:  hex(0xE0EBFE),
		Panel:      hex(0xF3F3F3),
		Land:       hex(0xDCDCDC),
		Border:     hex(0xFFFFFF),
		Named:      hex(0x5C5C5C),
		Scale:      hexes(0xFDE725, 0xA0DA39, 0x4AC16D, 0x1FA187, 0x277F8E, 0x365C8D, 0x46327E),
		Lines:      hexes(0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7, 0xE69F00, 0x56B4E9, 0x171718, 0x8C6D1F),
	}
	darkPalette = palette{
		Background: hex(0x171718),
		Text:       hex(0xF3F3F3),
		Muted:      hex(0xB2B2B2),
		Grid:       hex(0x323234),
		Axis:       hex(0x6E6E70),
		Bar:        hex(0x3F80F8),
		RangeFill:  hex(0x2D5597),
		OnBar:      hex(0xFFFFFF),
		Other:      hex(0xFF9800),
		Empty:      hex(0x77777A),
		Selection:  hex(0x1D2A44),
		Panel:      hex(0x202023),
		Land:       hex(0x3A3A3D),
		Border:     hex(0x171718),
		Named:      hex(0xB2B2B2),
		Scale:      hexes(0x3B528B, 0x2C728E, 0x21918C, 0x28AE80, 0x5EC962, 0xADDC30, 0xFDE725),
		Lines:      hexes(0x56B4E9, 0xE69F00, 0x2EC4A0, 0xE08DC0, 0xF0E442, 0xFF7F3F, 0xF3F3F3, 0x9C9CFF),
	}
)

// paletteFor returns the theme's palette; anything but Dark is light, Fyne's default.
func paletteFor(t Theme) palette {
	if t == Dark {
		return darkPalette
	}
	return lightPalette
}

func hex(rgb uint32) drawing.Color {
	return drawing.Color{R: uint8(rgb >> 16), G: uint8(rgb >> 8), B: uint8(rgb), A: 0xFF}
}

func hexes(rgb ...uint32) []drawing.Color {
	out := make([]drawing.Color, len(rgb))
	for i, c := range rgb {
		out[i] = hex(c)
	}
	return out
}
