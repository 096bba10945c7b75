package ui

import (
	"reflect"
	"runtime/debug"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"cryptoatlas/data"
	"cryptoatlas/ui/chart"
)

// TestPrebuiltChartsAreTheSameAndUsedOnce: the specs built while loading equal those
// the views would build, and each is handed out once, only for its own dataset and
// the default choice of countries, so an edit or a narrowed choice builds afresh.
func TestPrebuiltChartsAreTheSameAndUsedOnce(t *testing.T) {
	ds := sampleData(t)
	p := prebuild(ds)
	for _, k := range chart.Kinds {
		if _, ok := p.spec(ds, k, []string{"PK"}); ok {
			t.Errorf("%s: handed out for a narrowed choice of countries", k)
		}
		if _, ok := p.spec(sampleData(t), k, nil); ok {
			t.Errorf("%s: handed out for another dataset", k)
		}
		got, ok := p.spec(ds, k, nil)
		if !ok {
			t.Fatalf("%s: not prebuilt", k)
		}
		if want := chart.Build(k, ds, nil); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: prebuilt spec differs from a fresh build", k)
		}
		if _, ok := p.spec(ds, k, nil); ok {
			t.Errorf("%s: handed out twice", k)
		}
	}
	var none *prebuilt
	if _, ok := none.spec(ds, chart.Holdings, nil); ok {
		t.Error("a window with nothing prebuilt handed out a spec")
	}
}

// TestWindowUsesChartsBuiltWhileLoading: a window showing a load that finished
// charts from the specs built on the loading goroutines.
func TestWindowUsesChartsBuiltWhileLoading(t *testing.T) {
	at := newSampleAtlas(t)
	ds := sampleData(t)
	at.prebuilt = prebuild(ds)
	at.SetDataset(ds)
	for _, v := range at.Charts.views {
		v.Spec()
		if _, left := at.prebuilt.specs[v.kind]; left {
			t.Errorf("%s: the prebuilt spec was not used", v.kind)
		}
	}
}

// TestLeanMemory: the window's collector runs at half the default heap growth, unless
// the user set GOGC.
func TestLeanMemory(t *testing.T) {
	before := debug.SetGCPercent(100)
	defer debug.SetGCPercent(before)
	gcPercent := func() int { v := debug.SetGCPercent(-1); debug.SetGCPercent(v); return v }
	t.Setenv("GOGC", "")
	LeanMemory()
	if got := gcPercent(); got != LeanGCPercent {
		t.Errorf("GC percent %d, want %d", got, LeanGCPercent)
	}
	debug.SetGCPercent(100)
	t.Setenv("GOGC", "100")
	LeanMemory()
	if got := gcPercent(); got != 100 {
		t.Errorf("with GOGC set: GC percent %d, want it left at 100", got)
	}
}

// TestPrebuiltChartsDroppedOnChange: once the loaded dataset changes in the window (a
// picked bar here; edits and a narrowed choice of countries go the same way), no chart
// can be drawn from specs built before the change.
func TestPrebuiltChartsDroppedOnChange(t *testing.T) {
	at := newSampleAtlas(t)
	ds := sampleData(t)
	at.prebuilt = prebuild(ds)
	at.SetDataset(ds)
	var f *data.Fact
	for _, g := range ds.Facts {
		if g.Metric == data.MiningPowerMW && !g.Derived {
			f = g
		}
	}
	if f == nil {
		t.Fatal("the sample has no mining figure")
	}
	at.PickFigure(f)
	if at.prebuilt != nil {
		t.Error("specs built before the pick can still be handed out")
	}
}

// TestEmptyChartsSayWhatIsHappening: before any article is shown, an empty chart says
// the articles are being read (while they are) or that none is open, never that the
// articles hold no figures of its kind.
func TestEmptyChartsSayWhatIsHappening(t *testing.T) {
	a := test.NewTempApp(t)
	at := New(a, Info{Name: "Crypto Atlas", Version: "test"})
	v := at.Charts.views[chart.Holdings]
	if got := v.Spec().Empty; got != noArticlesYet {
		t.Errorf("no load: chart says %q, want %q", got, noArticlesYet)
	}
	// A load in progress, as adopt starts one (its progress goroutine is not needed here).
	ld := &Loading{cancel: func() {}, done: make(chan struct{})}
	at.loader.stop = ld.cancel
	at.Charts.reload()
	if got := v.Spec().Empty; got != readingArticles {
		t.Errorf("loading: chart says %q, want %q", got, readingArticles)
	}
	ld.ds = data.LoadArticles() // the load ends with no article readable
	at.loader.show(ld, []string{"news"})
	if got := v.Spec().Empty; got != noArticlesYet {
		t.Errorf("after a load with no article: chart says %q, want %q", got, noArticlesYet)
	}
}

// TestFirstLoadBuildsEachChartOnce: the window's first load hands its prebuilt charts to
// the views and builds none of them again on the UI goroutine.
func TestFirstLoadBuildsEachChartOnce(t *testing.T) {
	a := test.NewTempApp(t)
	at := New(a, Info{Name: "Crypto Atlas", Version: "test"})
	ld := &Loading{cancel: func() {}, done: make(chan struct{}), ds: sampleData(t)}
	ld.pre = prebuild(ld.ds)
	at.loader.stop = ld.cancel
	at.Charts.reload()
	before := map[chart.Kind]int{}
	for k, v := range at.Charts.views {
		v.Spec()
		before[k] = v.version
	}
	at.loader.show(ld, []string{"news"})
	for k, v := range at.Charts.views {
		v.Spec()
		if n := v.version - before[k]; n != 1 {
			t.Errorf("%s: built %d times after the load, want once (from the prebuilt spec)", k, n)
		}
	}
}

// TestPanesFilledAfterTheFirstChart: for a large folder the country list and source pane
// are filled once a chart has been drawn, or shortly after if none is; a newer fill
// replaces one not yet run, and each runs once.
func TestPanesFilledAfterTheFirstChart(t *testing.T) {
	a := test.NewTempApp(t)
	at := New(a, Info{Name: "Crypto Atlas", Version: "test"})
	wait := func(done chan struct{}, what string) {
		t.Helper()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			t.Fatalf("%s: never filled", what)
		}
	}
	drawn := make(chan struct{})
	at.afterFirstChart(func() { close(drawn) }) // close twice would panic: runs once
	at.chartDrawn()
	wait(drawn, "after a chart was drawn")

	stale, fresh := make(chan struct{}), make(chan struct{})
	at.afterFirstChart(func() { close(stale) })
	at.afterFirstChart(func() { close(fresh) }) // a newer dataset, before any chart
	wait(fresh, "with no chart drawn")
	select {
	case <-stale:
		t.Error("the replaced fill ran")
	case <-time.After(400 * time.Millisecond):
	}
}

// TestTableBuiltWhenItsTabOpens: a new dataset's table is not built while its tab is
// closed, and is there, whole, when the tab is opened.
func TestTableBuiltWhenItsTabOpens(t *testing.T) {
	at := newSampleAtlas(t)
	tb := at.Charts.Table
	if tb.valid {
		t.Fatal("the table was built with the dataset, its tab closed")
	}
	at.Charts.Tabs.Select(at.Charts.tableTab)
	if rows, cols := tb.Table.Length(); !tb.valid || rows != 2 || cols == 0 {
		t.Errorf("opened: built %v, %d rows × %d columns, want the sample's 2 countries", tb.valid, rows, cols)
	}
}
