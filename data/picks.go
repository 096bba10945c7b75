package data

// When articles disagree on a figure, a chart draws one value as the bar — the latest,
// unless the user picks another — and the others as points. Picks live with the
// dataset for the session.

type pickKey struct {
	iso2   string
	metric Metric
}

// Pick makes f the value charts draw as the bar for its country and metric.
func (d *Dataset) Pick(f *Fact) {
	if f == nil || !f.Attributed() {
		return
	}
	if d.picks == nil {
		d.picks = map[pickKey]*Fact{}
	}
	d.picks[pickKey{f.ISO2, f.Metric}] = f
}

// Unpick goes back to the latest value for a country and metric.
func (d *Dataset) Unpick(iso2 string, m Metric) { delete(d.picks, pickKey{iso2, m}) }

// Picked returns the value the user picked for a country and metric, or nil.
func (d *Dataset) Picked(iso2 string, m Metric) *Fact { return d.picks[pickKey{iso2, m}] }
