package chart

import (
	"strings"
	"testing"

	"cryptoatlas/data"
	"cryptoatlas/data/number"
)

// TestOwnFigureIsCitedAsTheUsers: a curated figure its sentence does not state is cited
// in the references as the user's own, with a number of its own; the figure the same
// sentence does state keeps the plain quote.
func TestOwnFigureIsCitedAsTheUsers(t *testing.T) {
	ds := sampleDataset(t)
	var own *data.Fact
	for _, f := range ds.Facts {
		if f.Country == "El Salvador" && f.Metric == data.BTCHoldings {
			own = f
		}
	}
	if own == nil {
		t.Fatal("the sample has no El Salvador holding")
	}
	own.Value, own.Approx, own.Curated, own.NotInQuote = 5400, number.Exact, true, true // as a correction to a typed value saves it
	spec := Build(Holdings, ds, nil)
	var ownRefs, quoteRefs int
	for _, r := range spec.Refs {
		text := refText(r)
		switch {
		case r.Fact == own:
			ownRefs++
			if !r.Own || !strings.HasPrefix(text, "Your own figure, not in the quote: 5,400 BTC, entered at “") ||
				!strings.Contains(text, "which does not state it") {
				t.Errorf("the user's figure is cited as %q", text)
			}
		case strings.Contains(text, "6,200"):
			quoteRefs++
			if r.Own || strings.Contains(text, OwnFigure) {
				t.Errorf("the stated figure's quote carries the user's mark: %q", text)
			}
		}
	}
	if ownRefs == 0 {
		t.Errorf("the user's figure has no reference of its own: %+v", spec.Refs)
	}
	if quoteRefs == 0 {
		t.Errorf("the sentence's stated dollar value lost its plain reference: %+v", spec.Refs)
	}
}
