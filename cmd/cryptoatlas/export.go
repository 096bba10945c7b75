package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"cryptoatlas/data"
	"cryptoatlas/data/country"
	"cryptoatlas/ui"
	"cryptoatlas/ui/chart"
)

func runExport(args []string, stdout, stderr io.Writer) int {
	fs := flagSet("export",
		"  cryptoatlas export --chart holdings -o holdings.png\n"+
			"  cryptoatlas export --chart all -o charts/ --format svg --theme dark news/\n"+
			"  cryptoatlas export --chart loans --countries Pakistan,Argentina --scale 2 -o loans.png article.txt\n"+
			"  cryptoatlas export --chart mining --width 1600 --height 900 -o mining.png news/\n"+
			"  cryptoatlas export --chart map --metric mining_power_mw --theme dark -o mining-map.png news/\n"+
			"  cryptoatlas export --chart timeline --metric btc_holdings --countries \"El Salvador,Bhutan\" -o reserves.png news/\n",
		stdout, stderr)
	kind := fs.String("chart", "", "`chart` to draw: holdings, mining, loans, adoption, map, timeline, or all (one file per chart into the -o folder)")
	metric := fs.String("metric", string(data.BTCHoldings), "the `metric` a map or timeline shows: "+chart.MetricNames())
	out := fs.String("o", "", "output `file` (or folder for --chart all; - for standard output); default: <chart>.<format> in the current folder")
	format := fs.String("format", "", "image `format`: png or svg (default: from the -o file's ending, else png)")
	width := fs.Int("width", 1200, fmt.Sprintf("width in `pixels` before scale, %d to %d", ui.MinExportSize, ui.MaxExportSize))
	height := fs.Int("height", 750, fmt.Sprintf("height in `pixels` before scale, %d to %d", ui.MinExportSize, ui.MaxExportSize))
	scale := fs.Float64("scale", 1, "`factor` multiplying pixels and text alike, 1 to 3 (2 for HiDPI)")
	theme := fs.String("theme", "light", "`palette`: light or dark")
	countries := fs.String("countries", "", "comma-separated country `names` or ISO codes to show (default: every country with figures)")
	paths, code, ok := parseFlags(fs, args, stderr)
	if !ok {
		return code
	}
	var kinds []chart.Kind
	switch *kind {
	case "all":
		kinds = chart.Exported
	case "":
		return usageError(stderr, "export", "--chart is required (holdings, mining, loans, adoption, map, timeline or all)")
	default:
		for _, k := range chart.Exported {
			if string(k) == *kind {
				kinds = []chart.Kind{k}
			}
		}
		if kinds == nil {
			return usageError(stderr, "export", "unknown chart %q (use holdings, mining, loans, adoption, map, timeline or all)", *kind)
		}
	}
	if !chart.Mappable(data.Metric(*metric)) {
		return usageError(stderr, "export", "unknown metric %q for --metric (use %s)", *metric, chart.MetricNames())
	}
	metricSet := false
	fs.Visit(func(f *flag.Flag) { metricSet = metricSet || f.Name == "metric" })
	if metricSet && *kind != "map" && *kind != "timeline" && *kind != "all" {
		return usageError(stderr, "export", "--metric is for --chart map and timeline; the %s chart has its own", *kind)
	}
	ext := strings.TrimPrefix(strings.ToLower(filepath.Ext(*out)), ".")
	if *kind == "all" || *out == "-" {
		ext = ""
	}
	if *format == "" {
		*format = "png"
		if ext == "svg" {
			*format = "svg"
		}
	}
	if *format != "png" && *format != "svg" {
		return usageError(stderr, "export", "unknown format %q (use png or svg)", *format)
	}
	if (ext == "png" || ext == "svg") && ext != *format {
		return usageError(stderr, "export", "--format %s, but -o %s names a .%s file: make them agree", *format, *out, ext)
	}
	if *width < ui.MinExportSize || *width > ui.MaxExportSize || *height < ui.MinExportSize || *height > ui.MaxExportSize {
		return usageError(stderr, "export", "--width and --height must be from %d to %d pixels", ui.MinExportSize, ui.MaxExportSize)
	}
	if !(*scale >= 1 && *scale <= 3) {
		return usageError(stderr, "export", "--scale must be from 1 to 3")
	}
	if px := float64(*width) * float64(*height) * *scale * *scale; px > ui.MaxExportPixels {
		return usageError(stderr, "export", "%d×%d at scale %g is %.0f million pixels; an export may have at most %d million (use a smaller size or scale)",
			*width, *height, *scale, px/1e6, ui.MaxExportPixels/1_000_000)
	}
	if *theme != "light" && *theme != "dark" {
		return usageError(stderr, "export", "unknown theme %q (use light or dark)", *theme)
	}
	var selected []string
	for _, name := range strings.Split(*countries, ",") {
		if name = strings.TrimSpace(name); name == "" {
			continue
		}
		c, ok := country.ByName(name)
		if !ok {
			return usageError(stderr, "export", "unknown country %q", name)
		}
		selected = append(selected, c.ISO2)
	}

	ds, loaded := loadDataset(paths, stderr)
	if ds == nil {
		return exitFail
	}
	opts := chart.Options{Width: *width, Height: *height, Scale: *scale, Theme: chart.Theme(*theme), References: true}
	targets := map[chart.Kind]string{}
	if *out == "-" {
		// Standard output takes one picture: a script pipes it on.
		if *kind == "all" {
			return usageError(stderr, "export", "-o - writes one chart to standard output; --chart all needs a folder")
		}
		spec := chart.BuildAny(kinds[0], ds, data.Metric(*metric), selected)
		if err := chart.Write(stdout, *format, spec, opts); err != nil {
			fmt.Fprintf(stderr, "cryptoatlas: writing standard output: %v\n", err)
			return exitFail
		}
		if n := chart.Pages(spec, opts); n > 1 {
			fmt.Fprintf(stderr, "cryptoatlas: standard output: only page 1 of %d written; the rest continue on further pages (write to a file with -o, or ask for a larger --height)\n", n)
		}
		if !loaded {
			return exitFail
		}
		return exitOK
	}
	if *kind == "all" {
		dir := *out
		if dir == "" {
			dir = "."
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			fmt.Fprintf(stderr, "cryptoatlas: %s: %v\n", dir, err)
			return exitFail
		}
		for _, k := range kinds {
			targets[k] = filepath.Join(dir, string(k)+"."+*format)
		}
	} else {
		path := *out
		if path == "" {
			path = string(kinds[0]) + "." + *format
		} else if info, err := os.Stat(path); err == nil && info.IsDir() {
			path = filepath.Join(path, string(kinds[0])+"."+*format)
		}
		targets[kinds[0]] = path
	}
	// Nothing the user gave is written over: an article, its edits, or a file given by name.
	specs, pages := map[chart.Kind]chart.Spec{}, map[chart.Kind]int{}
	for _, k := range kinds {
		specs[k] = chart.BuildAny(k, ds, data.Metric(*metric), selected)
		pages[k] = chart.Pages(specs[k], opts)
		for page := 1; page <= pages[k]; page++ {
			if in := inputAt(ui.PagePath(targets[k], page), ds, paths); in != "" {
				return usageError(stderr, "export", "-o would write over %s, one of the files read; choose another name", in)
			}
		}
	}
	status := exitOK
	for _, k := range kinds {
		path, spec := targets[k], specs[k]
		// What does not fit the size asked for continues in holdings-2.png, holdings-3.png…
		// The pages are drawn side by side (each its own file); each written page's path is
		// printed, in order, and each that fails is named with its reason.
		n := pages[k]
		errs := make([]error, n+1)
		var wg sync.WaitGroup
		for page := 1; page <= n; page++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				errs[page] = data.WriteFileAtomic(ui.PagePath(path, page), func(w io.Writer) error { return chart.WritePage(w, *format, spec, opts, page) })
			}()
		}
		wg.Wait()
		for page := 1; page <= n; page++ {
			p := ui.PagePath(path, page)
			if errs[page] != nil {
				fmt.Fprintf(stderr, "cryptoatlas: %s: %v\n", p, unwrapPathError(errs[page]))
				status = exitFail
				continue
			}
			fmt.Fprintln(stdout, p)
		}
	}
	if !loaded {
		return exitFail
	}
	return status
}

// inputAt returns the input that target is, or "": an article loaded or its edits
// file, a file named on the command line, or an article or edits file inside a folder
// named there.
func inputAt(target string, ds *data.Dataset, paths []string) string {
	t, err := os.Stat(target)
	if err != nil {
		return "" // nothing there yet: nothing to write over
	}
	same := func(p string) bool {
		info, err := os.Stat(p)
		return err == nil && os.SameFile(info, t)
	}
	// Only a file with an article's or edits file's name, or one with other hard links,
	// can be an article read: the rest need no look at each of 10,000 articles.
	real, err := filepath.EvalSymlinks(target)
	if err != nil {
		real = target
	}
	mayBeArticle := data.FormatOf(real) != "" || strings.HasSuffix(real, data.CurationSuffix) || hardLinked(t)
	for _, a := range ds.Articles {
		if !mayBeArticle {
			break
		}
		if a.Path != "" && (same(a.Path) || same(data.CurationPath(a.Path))) {
			return target
		}
	}
	abs, _ := filepath.Abs(target)
	for _, p := range paths {
		if same(p) {
			return target
		}
		dir, err := filepath.Abs(p)
		if info, serr := os.Stat(p); err == nil && serr == nil && info.IsDir() && strings.HasPrefix(abs, dir+string(filepath.Separator)) &&
			(data.FormatOf(target) != "" || strings.HasSuffix(target, data.CurationSuffix)) {
			return target
		}
	}
	return ""
}

// unwrapPathError drops the path from an error that already names it.
func unwrapPathError(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}
