package ui

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"cryptoatlas/data"
)

// loader runs loading off the UI goroutine with a progress bar and a Cancel button;
// results reach the window through fyne.Do, the one bridge from background work.
type loader struct {
	at     *Atlas
	mu     sync.Mutex
	stop   context.CancelFunc
	serial int // the newest load; older ones finishing late are ignored
}

func newLoader(at *Atlas) *loader { return &loader{at: at} }

// Open loads paths (files and folders) in the background and shows them when done.
// Files that fail are listed in one dialog while the rest load.
func (at *Atlas) Open(paths []string) {
	if len(paths) == 0 {
		return
	}
	at.loader.start(paths)
}

func (l *loader) start(paths []string) { l.adopt(StartLoading(paths), paths) }

// Loading is a load running in the background. StartLoading begins one before the
// window exists, so the files are read while Fyne starts; the window adopts it to show
// its progress and result.
type Loading struct {
	cancel context.CancelFunc
	done   chan struct{}
	pct    atomic.Int64 // percent of files done, in steps of 5

	ds   *data.Dataset
	errs []*data.FileError
	err  error
	pre  *prebuilt // the charts of ds, built while still off the UI goroutine
}

// StartLoading loads paths on other goroutines.
func StartLoading(paths []string) *Loading {
	ctx, cancel := context.WithCancel(context.Background())
	ld := &Loading{cancel: cancel, done: make(chan struct{})}
	go func() {
		defer close(ld.done)
		ld.ds, ld.errs, ld.err = data.Load(ctx, paths, func(done, total int) {
			// Steps of 5%: each step redraws the window, which costs the loader CPU.
			ld.pct.Store(int64(done * 100 / max(total, 1) / 5 * 5))
		})
		if ld.err == nil {
			ld.pre = prebuild(ld.ds)
			traceOnce("loaded")
		}
	}()
	return ld
}

// adopt shows a load's progress, with Cancel, and its result when it ends.
func (l *loader) adopt(ld *Loading, paths []string) {
	l.mu.Lock()
	if l.stop != nil {
		l.stop()
	}
	l.stop = ld.cancel
	l.serial++
	serial := l.serial
	l.mu.Unlock()

	at := l.at
	at.Progress.SetValue(0)
	at.Progress.Show()
	at.Cancel.Show()
	if at.ds == nil || len(at.ds.Articles) == 0 {
		at.Charts.reload() // the empty charts say the articles are being read
	}
	at.Status.SetText("Loading " + describePaths(paths) + "…")
	go func() {
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		shown := int64(-1)
		for {
			select {
			case <-tick.C:
				if pct := ld.pct.Load(); pct != shown {
					shown = pct
					fyne.Do(func() {
						if l.current(serial) {
							at.Progress.SetValue(float64(pct) / 100)
						}
					})
				}
				continue
			case <-ld.done:
			}
			break
		}
		fyne.Do(func() {
			if l.current(serial) {
				l.show(ld, paths)
			}
		})
	}()
}

// show puts a finished load in the window.
func (l *loader) show(ld *Loading, paths []string) {
	at := l.at
	at.Progress.Hide()
	at.Cancel.Hide()
	l.finish()
	ds, errs, err := ld.ds, ld.errs, ld.err
	if (at.ds == nil || len(at.ds.Articles) == 0) && (err != nil || len(ds.Articles) == 0) {
		// The charts said the articles were being read, and none came: say so.
		defer at.Charts.reload()
	}
	switch {
	case errors.Is(err, context.Canceled):
		at.updateStatus()
		at.Status.SetText(at.Status.Text + " · loading cancelled")
		return
	case err != nil:
		at.showError(err)
		at.updateStatus()
		return
	}
	if len(ds.Articles) > 0 {
		at.prebuilt = ld.pre
		at.SetDataset(ds)
		at.addRecent(paths)
		if len(ds.Articles) > 1000 {
			// Loading a large folder leaves garbage from parsing; hand the memory
			// back soon rather than at the collector's leisure, but after the new
			// charts are drawn: collecting now would hold up their first frame.
			time.AfterFunc(time.Second, debug.FreeOSMemory)
		}
	} else {
		at.updateStatus()
	}
	if len(errs) > 0 {
		at.showLoadErrors(errs, len(ds.Articles))
	}
}

// OpenLoading shows a load started before the window was built (StartLoading).
func (at *Atlas) OpenLoading(ld *Loading, paths []string) { at.loader.adopt(ld, paths) }

func (l *loader) current(serial int) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return serial == l.serial
}

// busy reports whether a load is running.
func (l *loader) busy() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.stop != nil
}

func (l *loader) finish() {
	l.mu.Lock()
	l.stop = nil
	l.mu.Unlock()
}

func (l *loader) cancel() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.stop != nil {
		l.stop()
	}
}

func describePaths(paths []string) string {
	if len(paths) == 1 {
		return paths[0]
	}
	return fmt.Sprintf("%d items", len(paths))
}

// showLoadErrors lists every file that failed, each with its reason, in one dialog.
func (at *Atlas) showLoadErrors(errs []*data.FileError, loaded int) {
	var b strings.Builder
	for i, e := range errs {
		if i == 50 {
			fmt.Fprintf(&b, "… and %d more\n", len(errs)-50)
			break
		}
		fmt.Fprintf(&b, "%s\n    %s\n", e.Path, e.Reason)
	}
	text := widget.NewLabel(strings.TrimRight(b.String(), "\n"))
	text.Wrapping = fyne.TextWrapWord
	title := fmt.Sprintf("%s could not be opened", plural(len(errs), "file"))
	intro := widget.NewLabel(fmt.Sprintf("%s loaded. These were skipped:", plural(loaded, "article")))
	edits := 0 // files of edits saved beside articles (data/curation.go): the articles loaded
	for _, e := range errs {
		if strings.HasSuffix(e.Path, data.CurationSuffix) {
			edits++
		}
	}
	switch {
	case edits == len(errs):
		title = "Some saved edits were not applied"
		intro.SetText(fmt.Sprintf("%s loaded, but not all the edits saved beside them:", plural(loaded, "article")))
	case edits > 0:
		title = fmt.Sprintf("%s could not be opened or applied", plural(len(errs), "file"))
		intro.SetText(fmt.Sprintf("%s loaded. These files were skipped or only partly applied:", plural(loaded, "article")))
	}
	d := dialog.NewCustom(title, "Close", container.NewBorder(intro, nil, nil, nil, container.NewVScroll(text)), at.Win)
	d.Resize(fyne.NewSize(560, 360))
	at.showClose(d)
}
