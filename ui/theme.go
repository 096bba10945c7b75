package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"cryptoatlas/ui/chart"
)

// ThemeChoice is the user's theme preference.
type ThemeChoice string

const (
	ThemeSystem ThemeChoice = "system"
	ThemeLight  ThemeChoice = "light"
	ThemeDark   ThemeChoice = "dark"
)

// Colours the app adds to Fyne's theme, for highlighted figures in the source text.
const (
	colorFigure       fyne.ThemeColorName = "atlasFigure"       // a figure that feeds a chart
	colorUnattributed fyne.ThemeColorName = "atlasUnattributed" // a figure with no country
	colorMark         fyne.ThemeColorName = "atlasMark"         // the selected sentence
	colorMarkBack     fyne.ThemeColorName = "atlasMarkBack"     // behind the selected sentence
	colorCurated      fyne.ThemeColorName = "atlasCurated"      // a figure a user recorded or corrected
)

// atlasTheme is Fyne's default theme with the variant the user chose and the app's own
// highlight colours.
type atlasTheme struct {
	choice ThemeChoice
}

var _ fyne.Theme = (*atlasTheme)(nil)

func (t *atlasTheme) variant(v fyne.ThemeVariant) fyne.ThemeVariant {
	switch t.choice {
	case ThemeLight:
		return theme.VariantLight
	case ThemeDark:
		return theme.VariantDark
	}
	return v
}

// atlasColors are the app's own colours, light and dark.
var atlasColors = map[fyne.ThemeColorName][2]color.NRGBA{
	colorFigure:       {{R: 0x0b, G: 0x57, B: 0xd0, A: 0xff}, {R: 0x8a, G: 0xb4, B: 0xff, A: 0xff}},
	colorUnattributed: {{R: 0x9a, G: 0x5b, B: 0x00, A: 0xff}, {R: 0xf2, G: 0xb8, B: 0x4b, A: 0xff}},
	colorMark:         {{R: 0x7a, G: 0x3e, B: 0x00, A: 0xff}, {R: 0xff, G: 0xe0, B: 0x82, A: 0xff}},
	colorMarkBack:     {{R: 0xff, G: 0xe8, B: 0x8a, A: 0xb0}, {R: 0x5c, G: 0x4a, B: 0x10, A: 0x90}},
	colorCurated:      {{R: 0x0a, G: 0x7a, B: 0x4f, A: 0xff}, {R: 0x5c, G: 0xd6, B: 0x9d, A: 0xff}},
}

func (t *atlasTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	v = t.variant(v)
	if c, ok := atlasColors[n]; ok {
		if v == theme.VariantDark {
			return c[1]
		}
		return c[0]
	}
	return theme.DefaultTheme().Color(n, v)
}

func (t *atlasTheme) Font(s fyne.TextStyle) fyne.Resource     { return theme.DefaultTheme().Font(s) }
func (t *atlasTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }
func (t *atlasTheme) Size(n fyne.ThemeSizeName) float32       { return theme.DefaultTheme().Size(n) }

// chartTheme returns the chart palette matching the window's current variant.
func chartTheme(a fyne.App) chart.Theme {
	v := a.Settings().ThemeVariant()
	if t, ok := a.Settings().Theme().(*atlasTheme); ok {
		v = t.variant(v)
	}
	if v == theme.VariantDark {
		return chart.Dark
	}
	return chart.Light
}
