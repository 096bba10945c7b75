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

// atlasColors are the app's own colours, light and dark, and the Fyne colours it
// changes so that every text meets WCAG AA against what it is drawn on (theme_test.go
// measures each pair): Fyne's disabled grey is also the colour of low-importance labels
// (an article's date and path line), and its placeholder grey, the hint lines, is too
// faint on white; unticked boxes and entries are outlined in inputBorder, and a
// keyboard focus is shown in focus, both strong enough to see (3:1).
var atlasColors = map[fyne.ThemeColorName][2]color.NRGBA{
	colorFigure:       {{R: 0x0b, G: 0x57, B: 0xd0, A: 0xff}, {R: 0x8a, G: 0xb4, B: 0xff, A: 0xff}},
	colorUnattributed: {{R: 0x8a, G: 0x4f, B: 0x00, A: 0xff}, {R: 0xf2, G: 0xb8, B: 0x4b, A: 0xff}},
	colorMark:         {{R: 0x6b, G: 0x36, B: 0x00, A: 0xff}, {R: 0xff, G: 0xe0, B: 0x82, A: 0xff}},
	colorMarkBack:     {{R: 0xff, G: 0xe8, B: 0x8a, A: 0xb0}, {R: 0x5c, G: 0x4a, B: 0x10, A: 0x90}},
	colorCurated:      {{R: 0x0a, G: 0x6e, B: 0x47, A: 0xff}, {R: 0x5c, G: 0xd6, B: 0x9d, A: 0xff}},

	theme.ColorNameForeground:          {{R: 0x1f, G: 0x1f, B: 0x1f, A: 0xff}, {R: 0xff, G: 0xff, B: 0xff, A: 0xff}},
	theme.ColorNamePlaceHolder:         {{R: 0x5f, G: 0x5f, B: 0x5f, A: 0xff}, {R: 0xb2, G: 0xb2, B: 0xb2, A: 0xff}},
	theme.ColorNameDisabled:            {{R: 0x66, G: 0x66, B: 0x66, A: 0xff}, {R: 0x9a, G: 0x9a, B: 0x9a, A: 0xff}},
	theme.ColorNameInputBorder:         {{R: 0x85, G: 0x85, B: 0x85, A: 0xff}, {R: 0x7a, G: 0x7a, B: 0x7a, A: 0xff}},
	theme.ColorNamePrimary:             {{R: 0x0b, G: 0x57, B: 0xd0, A: 0xff}, {R: 0x8a, G: 0xb4, B: 0xff, A: 0xff}},
	theme.ColorNameHyperlink:           {{R: 0x0b, G: 0x57, B: 0xd0, A: 0xff}, {R: 0x8a, G: 0xb4, B: 0xff, A: 0xff}},
	theme.ColorNameForegroundOnPrimary: {{R: 0xff, G: 0xff, B: 0xff, A: 0xff}, {R: 0x17, G: 0x17, B: 0x18, A: 0xff}},
	theme.ColorNameFocus:               {{R: 0x0b, G: 0x57, B: 0xd0, A: 0xb3}, {R: 0x8a, G: 0xb4, B: 0xff, A: 0x8f}},
	theme.ColorNameError:               {{R: 0xc6, G: 0x28, B: 0x28, A: 0xff}, {R: 0xff, G: 0x8a, B: 0x80, A: 0xff}},
	theme.ColorNameWarning:             {{R: 0x9a, G: 0x5b, B: 0x00, A: 0xff}, {R: 0xff, G: 0x98, B: 0x00, A: 0xff}},
	theme.ColorNameSuccess:             {{R: 0x2e, G: 0x7d, B: 0x32, A: 0xff}, {R: 0x43, G: 0xf4, B: 0x36, A: 0xff}},
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
