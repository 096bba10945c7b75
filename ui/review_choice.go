package ui

import (
	"strings"

	"cryptoatlas/data"
	"cryptoatlas/data/country"
)

// The choice a row will be accepted with: a candidate, a typed country, a metric.

// pick chooses candidate n (1-based) for the selected row.
func (q *reviewView) pick(n int) {
	r := q.row()
	if r == nil || r.state != rowPending || n < 1 || n > len(r.fact.Candidates) || n > 9 {
		return
	}
	c := r.fact.Candidates[n-1]
	r.country, r.metric = c.Country, c.Metric
	q.show()
	q.List.RefreshItem(q.sel)
}

func (q *reviewView) candidateChosen() {
	if q.updating {
		return
	}
	for i, o := range q.Candidates.Options {
		if o == q.Candidates.Selected {
			q.pick(i + 1)
		}
	}
}

// countryTyped narrows the country list to the names that start with what is typed.
func (q *reviewView) countryTyped(s string) {
	if q.updating {
		return
	}
	q.Country.SetOptions(countriesStarting(s))
	if r := q.row(); r != nil && r.state == rowPending {
		r.country = ""
		if c, ok := matchCountry(s); ok {
			r.country = c.Name
		}
		q.updating = true
		q.Candidates.SetSelected("")
		if i := r.candidate(); i >= 0 {
			q.Candidates.SetSelected(q.Candidates.Options[i])
		}
		q.updating = false
		q.List.RefreshItem(q.sel)
	}
}

// countriesStarting lists the countries whose name starts with s (all for "").
func countriesStarting(s string) []string {
	s = strings.ToLower(strings.TrimSpace(s))
	var out []string
	for _, n := range countryNames() {
		if strings.HasPrefix(strings.ToLower(n), s) {
			out = append(out, n)
		}
	}
	return out
}

// matchCountry is the country a typed name means: the one country whose name starts
// with it, or else a name, alias or two-letter code the table knows.
func matchCountry(s string) (country.Country, bool) {
	if strings.TrimSpace(s) == "" {
		return country.Country{}, false
	}
	if names := countriesStarting(s); len(names) == 1 {
		return country.ByName(names[0])
	}
	return country.ByName(s)
}

func (q *reviewView) metricChosen() {
	if q.updating {
		return
	}
	if r := q.row(); r != nil && r.state == rowPending {
		labels, metrics := metricChoices()
		for i, l := range labels {
			if l == q.Metric.Selected {
				r.metric = metrics[i]
			}
		}
		q.show()
		q.List.RefreshItem(q.sel)
	}
}

// stepMetric changes what the selected row measures to the next (1) or previous (-1)
// metric a person can state.
func (q *reviewView) stepMetric(d int) {
	r := q.row()
	if r == nil || r.state != rowPending {
		return
	}
	_, metrics := metricChoices()
	i := 0
	for k, m := range metrics {
		if m == r.metric {
			i = k
		}
	}
	r.metric = metrics[(i+d+len(metrics))%len(metrics)]
	q.show()
	q.List.RefreshItem(q.sel)
}

func (q *reviewView) setMetric(m data.Metric) {
	labels, metrics := metricChoices()
	for i, mm := range metrics {
		if mm == m {
			q.Metric.SetSelected(labels[i])
		}
	}
}
