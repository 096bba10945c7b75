package chart

import (
	"math"
	"testing"

	"cryptoatlas/data"
	"cryptoatlas/data/number"
)

// TestFiguresDrawSomethingSensibleAtAnySize: the map and the timeline of nothing, of one
// figure, of a hand-made spec with impossible values, at the smallest and widest sizes
// and the largest scale, each draw a picture, never an error or a panic.
func TestFiguresDrawSomethingSensibleAtAnySize(t *testing.T) {
	one := parseArticles(t, [2]string{"one.txt", "One figure\nPublished: 1 May 2025\nBhutan holds 13,000 BTC.\n"})
	odd := Spec{Kind: Map, Title: "Hand-made", Metric: data.BTCHoldings,
		Slots: []Slot{{ISO2: "SV", Country: "El Salvador", Stated: true, Value: math.NaN(), Class: -3},
			{ISO2: "BT", Country: "Bhutan", Stated: true, Value: 5, Class: 99}, {ISO2: "ZZ", Country: "Nowhere", Stated: true, Value: 1}},
		Classes: []Class{{Lo: 1, Hi: 10, Label: "1–10 BTC"}}}
	oddLine := Spec{Kind: Timeline, Title: "Hand-made", Metric: data.BTCHoldings, Series: []Series{{ISO2: "BT", Country: "Bhutan",
		Points: []Point{{When: number.When{Year: 1900, Precision: number.YearOnly}, Value: math.Inf(1)},
			{When: number.When{Year: 2200, Month: 12, Day: 31, Precision: number.FullDate}, Value: 0}}}}}
	specs := map[string]Spec{
		"map of nothing":      BuildMap(nil, data.BTCHoldings, nil),
		"timeline of nothing": BuildTimeline(nil, data.BTCHoldings, nil),
		"map of none stated":  BuildMap(one, data.LoanUSD, nil),
		"map of one":          BuildMap(one, data.BTCHoldings, nil),
		"timeline of one":     BuildTimeline(one, data.BTCHoldings, nil),
		"hand-made map":       odd,
		"hand-made timeline":  oddLine,
	}
	sizes := []Options{{Width: 200, Height: 200}, {Width: 320, Height: 200, Scale: 3}, {Width: 3000, Height: 200, References: true}, {Width: 200, Height: 2000, References: true}}
	for name, spec := range specs {
		for _, o := range sizes {
			for page := 1; page <= Pages(spec, o); page++ {
				img, _, err := RenderPage(spec, o, page)
				if err != nil || img == nil || img.Bounds().Dx() < 200 {
					t.Errorf("%s at %+v page %d: %v", name, o, page, err)
				}
			}
		}
	}
}
