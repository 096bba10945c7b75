package ui

import (
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// luminance is WCAG 2's relative luminance of an opaque colour.
func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		x := float64(v) / 0xffff
		if x <= 0.03928 {
			return x / 12.92
		}
		return math.Pow((x+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

// contrast is WCAG 2's contrast ratio of two opaque colours, 1 to 21.
func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// over is c painted on an opaque background, as the screen shows it.
func over(c, bg color.Color) color.Color {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	b := color.NRGBAModel.Convert(bg).(color.NRGBA)
	a := float64(n.A) / 255
	mix := func(x, y uint8) uint8 { return uint8(math.Round(float64(x)*a + float64(y)*(1-a))) }
	return color.NRGBA{R: mix(n.R, b.R), G: mix(n.G, b.G), B: mix(n.B, b.B), A: 0xff}
}

// TestThemeContrast measures every text role of the theme against the backgrounds it
// is drawn on, in light and dark: 4.5:1 for text (WCAG AA), 3:1 for the outlines of
// controls and the keyboard focus.
func TestThemeContrast(t *testing.T) {
	for _, choice := range []ThemeChoice{ThemeLight, ThemeDark} {
		th := &atlasTheme{choice: choice}
		col := func(n fyne.ThemeColorName) color.Color { return th.Color(n, theme.VariantLight) }
		bg := col(theme.ColorNameBackground)
		surface := func(n fyne.ThemeColorName) color.Color { return over(col(n), bg) }
		tint := func(n fyne.ThemeColorName) color.Color { return over(withAlpha(col(n), 0x30), bg) } // paragraph.go
		focused := over(col(theme.ColorNameFocus), bg)
		focusedButton := over(col(theme.ColorNameFocus), surface(theme.ColorNameButton))
		roles := []struct {
			role   string
			fg, bg color.Color
			min    float64
		}{
			{"text", col(theme.ColorNameForeground), bg, 4.5},
			{"text in an entry", col(theme.ColorNameForeground), surface(theme.ColorNameInputBackground), 4.5},
			{"text on a button", col(theme.ColorNameForeground), surface(theme.ColorNameButton), 4.5},
			{"text in a menu", col(theme.ColorNameForeground), surface(theme.ColorNameMenuBackground), 4.5},
			{"text in a dialog", col(theme.ColorNameForeground), surface(theme.ColorNameOverlayBackground), 4.5},
			{"text in a table header", col(theme.ColorNameForeground), surface(theme.ColorNameHeaderBackground), 4.5},
			{"hint lines (placeholder)", col(theme.ColorNamePlaceHolder), bg, 4.5},
			{"placeholder in an entry", col(theme.ColorNamePlaceHolder), surface(theme.ColorNameInputBackground), 4.5},
			{"hint in a menu", col(theme.ColorNamePlaceHolder), surface(theme.ColorNameMenuBackground), 4.5},
			{"date and path line (low importance)", col(theme.ColorNameDisabled), bg, 4.5},
			{"disabled text in a menu", col(theme.ColorNameDisabled), surface(theme.ColorNameMenuBackground), 4.5},
			{"link", col(theme.ColorNameHyperlink), bg, 4.5},
			{"primary text", col(theme.ColorNamePrimary), bg, 4.5},
			{"text on a primary button", col(theme.ColorNameForegroundOnPrimary), col(theme.ColorNamePrimary), 4.5},
			{"error text", col(theme.ColorNameError), bg, 4.5},
			{"warning text", col(theme.ColorNameWarning), bg, 4.5},
			{"success text", col(theme.ColorNameSuccess), bg, 4.5},
			{"text on an error button", col(theme.ColorNameForegroundOnError), col(theme.ColorNameError), 4.5},
			{"figure in the text", col(colorFigure), tint(colorFigure), 4.5},
			{"unattributed figure in the text", col(colorUnattributed), tint(colorUnattributed), 4.5},
			{"curated figure in the text", col(colorCurated), tint(colorCurated), 4.5},
			{"curated tag", col(colorCurated), bg, 4.5},
			{"marked sentence", col(colorMark), surface(colorMarkBack), 4.5},
			{"text on a focused control", col(theme.ColorNameForeground), focused, 4.5},
			{"text on a focused button", col(theme.ColorNameForeground), focusedButton, 4.5},
			{"unticked box and entry outline", col(theme.ColorNameInputBorder), bg, 3},
			{"focus ring", focused, bg, 3},
		}
		for _, r := range roles {
			if c := contrast(r.fg, r.bg); c < r.min {
				t.Errorf("%s theme, %s: %.2f:1, want at least %.1f:1", choice, r.role, c, r.min)
			}
		}
	}
}
