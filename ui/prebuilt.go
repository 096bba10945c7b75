package ui

import (
	"sync"

	"cryptoatlas/data"
	"cryptoatlas/ui/chart"
)

// prebuilt holds the chart specs of a freshly loaded dataset, built on the loading
// goroutines (in parallel) rather than one after another on the UI goroutine when the
// window first shows them: for 10,000 articles that is a tenth of a second the window
// would otherwise stand still. Each is handed out once, for the dataset it was built
// from and for the default choice of countries (all of them); after that, and after any
// edit, the views build their own. (The table is built when its tab is first opened.)
type prebuilt struct {
	ds    *data.Dataset
	specs map[chart.Kind]chart.Spec
}

// prebuild builds every chart's spec for ds.
func prebuild(ds *data.Dataset) *prebuilt {
	p := &prebuilt{ds: ds, specs: make(map[chart.Kind]chart.Spec, len(chart.Kinds))}
	if ds == nil || len(ds.Articles) == 0 {
		return p
	}
	ds.Countries() // fills the dataset's cache of them now, before the builders read it
	specs := make([]chart.Spec, len(chart.Kinds))
	var wg sync.WaitGroup
	for i, k := range chart.Kinds {
		wg.Go(func() { specs[i] = chart.Build(k, ds, nil) })
	}
	wg.Wait()
	for i, k := range chart.Kinds {
		p.specs[k] = specs[i]
	}
	return p
}

// spec hands out the prebuilt spec of kind for ds and countries, once. It is called on
// the UI goroutine only, after the load that built p has ended.
func (p *prebuilt) spec(ds *data.Dataset, k chart.Kind, countries []string) (chart.Spec, bool) {
	if p == nil || len(countries) > 0 {
		return chart.Spec{}, false
	}
	s, ok := p.specs[k]
	if !ok || p.ds != ds {
		return chart.Spec{}, false
	}
	delete(p.specs, k)
	return s, true
}
