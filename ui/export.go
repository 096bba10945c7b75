package ui

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"cryptoatlas/data"
	"cryptoatlas/ui/chart"
)

// sizePresets are the export sizes offered, in pixels before scale.
var sizePresets = []struct {
	label string
	w, h  int
}{
	{"Web article — 1200 × 750", 1200, 750},
	{"Large — 1600 × 1000", 1600, 1000},
	{"Small — 800 × 500", 800, 500},
	{"Square (social) — 1080 × 1080", 1080, 1080},
	{"Custom", 0, 0},
}

// exportForm is the Export Chart dialog's state; tests fill it and call export.
type exportForm struct {
	Chart  *dialogSelect
	Format *dialogRadio
	Size   *dialogSelect
	Width  *dialogEntry
	Height *dialogEntry
	Scale  *dialogSelect
	Theme  *dialogSelect
	Folder *dialogEntry
	Name   *dialogEntry
}

// ShowExport opens the Export Chart dialog for chart k.
func (at *Atlas) ShowExport(k chart.Kind) {
	f := at.newExportForm(k)
	browse := at.newDialogButton("Choose…", nil, func() {
		d := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
			if err == nil && u != nil {
				f.Folder.SetText(u.Path())
			}
		}, at.Win)
		if l, err := storage.ListerForURI(storage.NewFileURI(f.Folder.Text)); err == nil {
			d.SetLocation(l)
		}
		d.Show()
	})
	form := widget.NewForm(
		widget.NewFormItem("Chart", f.Chart),
		widget.NewFormItem("Format", f.Format),
		widget.NewFormItem("Size", f.Size),
		widget.NewFormItem("Width × height", container.NewGridWithColumns(2, f.Width, f.Height)),
		widget.NewFormItem("Scale", f.Scale),
		widget.NewFormItem("Theme", f.Theme),
		widget.NewFormItem("Folder", container.NewBorder(nil, nil, nil, browse, f.Folder)),
		widget.NewFormItem("File name", f.Name),
	)
	// From the keyboard: Ctrl+E, then Return exports and Escape cancels.
	d, ok := at.newConfirm("Export chart", "Export", "Cancel", form, func() {
		path, err := at.exportChart(f)
		if err != nil {
			at.showError(err)
			return
		}
		at.Status.SetText("Exported " + path)
	})
	d.SetOnClosed(func() {
		if at.Exporting == f {
			at.Exporting = nil
		}
	})
	d.Resize(fyne.NewSize(520, 0))
	at.Exporting = f
	at.showDialog(d, ok, nil)
	at.Win.Canvas().Focus(f.Name)
}

func (at *Atlas) newExportForm(k chart.Kind) *exportForm {
	f := &exportForm{}
	var kinds []string
	for _, kk := range tabKinds {
		kinds = append(kinds, chartTitles[kk])
	}
	f.Chart = at.newDialogSelect(kinds, nil)
	f.Chart.SetSelected(chartTitles[k])
	f.Format = at.newDialogRadio([]string{"PNG", "SVG"}, "PNG")
	f.Width, f.Height = at.newDialogEntry(), at.newDialogEntry()
	var labels []string
	for _, p := range sizePresets {
		labels = append(labels, p.label)
	}
	f.Size = at.newDialogSelect(labels, func(s string) {
		for _, p := range sizePresets {
			if p.label == s && p.w > 0 {
				f.Width.SetText(strconv.Itoa(p.w))
				f.Height.SetText(strconv.Itoa(p.h))
			}
		}
	})
	f.Size.SetSelected(sizePresets[0].label)
	custom := func(string) {
		for _, p := range sizePresets {
			if strconv.Itoa(p.w) == f.Width.Text && strconv.Itoa(p.h) == f.Height.Text && p.w > 0 {
				if f.Size.Selected != p.label {
					f.Size.SetSelected(p.label)
				}
				return
			}
		}
		f.Size.SetSelected("Custom")
	}
	f.Width.OnChanged, f.Height.OnChanged = custom, custom
	f.Scale = at.newDialogSelect([]string{"1×", "2×", "3×"}, nil)
	f.Scale.SetSelected("1×")
	f.Theme = at.newDialogSelect([]string{"Light", "Dark"}, nil)
	if chartTheme(at.App) == chart.Dark {
		f.Theme.SetSelected("Dark")
	} else {
		f.Theme.SetSelected("Light")
	}
	f.Folder = at.newDialogEntry()
	f.Folder.SetText(at.exportFolder())
	f.Name = at.newDialogEntry()
	f.Name.SetText(at.suggestName(k, "png"))
	f.Format.OnChanged = func(s string) {
		ext := strings.ToLower(s)
		base := strings.TrimSuffix(f.Name.Text, filepath.Ext(f.Name.Text))
		f.Name.SetText(base + "." + ext)
	}
	f.Chart.OnChanged = func(s string) {
		for _, kk := range tabKinds {
			if chartTitles[kk] == s {
				f.Name.SetText(at.suggestName(kk, strings.ToLower(f.Format.Selected)))
			}
		}
	}
	return f
}

// suggestName proposes "<article>-<chart>.<ext>" from the chart and the article shown.
func (at *Atlas) suggestName(k chart.Kind, ext string) string {
	base := "crypto-atlas"
	if len(at.ds.Articles) == 1 {
		base = slug(at.ds.Articles[0].Title)
	} else if len(at.ds.Articles) > 1 {
		base = fmt.Sprintf("%d-articles", len(at.ds.Articles))
	}
	return base + "-" + string(k) + "." + ext
}

func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
		if b.Len() >= 48 {
			break
		}
	}
	out := strings.Trim(b.String(), "-")
	if out == "" {
		return "article"
	}
	return out
}

// exportFolder is where an export is offered to go: the folder last exported to from
// these articles, else the articles' own folder, else the last opened, else a home folder.
func (at *Atlas) exportFolder() string {
	isDir := func(d string) bool {
		info, err := os.Stat(d)
		return d != "" && err == nil && info.IsDir()
	}
	src := at.articlesFolder()
	if d := at.App.Preferences().String(prefExportDir); isDir(d) && at.App.Preferences().String(prefExportFor) == src {
		return d
	}
	if isDir(src) {
		return src
	}
	if r := at.recent(); len(r) > 0 {
		if d := r[0]; isDir(d) {
			return d
		} else if isDir(filepath.Dir(d)) {
			return filepath.Dir(d)
		}
	}
	if home, err := os.UserHomeDir(); err == nil {
		for _, sub := range []string{"Pictures", "Documents", ""} {
			d := filepath.Join(home, sub)
			if info, err := os.Stat(d); err == nil && info.IsDir() {
				return d
			}
		}
	}
	return "."
}

// exportChart writes the chart the form describes, with the same code as `cryptoatlas
// export`, to a temporary file renamed into place.
func (at *Atlas) exportChart(f *exportForm) (string, error) {
	var k chart.Kind
	for _, kk := range tabKinds {
		if chartTitles[kk] == f.Chart.Selected {
			k = kk
		}
	}
	w, errW := strconv.Atoi(strings.TrimSpace(f.Width.Text))
	h, errH := strconv.Atoi(strings.TrimSpace(f.Height.Text))
	if errW != nil || errH != nil || w < MinExportSize || h < MinExportSize || w > MaxExportSize || h > MaxExportSize {
		return "", fmt.Errorf("width and height must be whole numbers from %d to %d", MinExportSize, MaxExportSize)
	}
	scale := float64(f.Scale.SelectedIndex() + 1)
	if px := float64(w) * float64(h) * scale * scale; px > MaxExportPixels {
		return "", fmt.Errorf("%d×%d at scale %g is %.0f million pixels; an export may have at most %d million", w, h, scale, px/1e6, MaxExportPixels/1_000_000)
	}
	name := strings.TrimSpace(f.Name.Text)
	if name == "" || strings.ContainsAny(name, `/\`) {
		return "", fmt.Errorf("give the file a name without folder separators")
	}
	format := strings.ToLower(f.Format.Selected)
	if filepath.Ext(name) == "" {
		name += "." + format
	}
	path := filepath.Join(f.Folder.Text, name)
	opts := chart.Options{Width: w, Height: h, Scale: scale, Theme: chart.Theme(strings.ToLower(f.Theme.Selected)), References: true}
	spec := chart.BuildAny(k, at.ds, at.Charts.metric, at.ChartedCountries())
	// An export keeps the size asked for: what does not fit continues on more pages,
	// written beside the first as NAME-2.png, NAME-3.png…
	n := chart.Pages(spec, opts)
	for page := 1; page <= n; page++ {
		p := PagePath(path, page)
		err := data.WriteFileAtomic(p, func(out io.Writer) error { return chart.WritePage(out, format, spec, opts, page) })
		if err != nil {
			return "", fmt.Errorf("%s: %w", p, err)
		}
	}
	at.rememberExportFolder(f.Folder.Text)
	if n > 1 {
		return fmt.Sprintf("%s and %d more pages (%s…)", path, n-1, filepath.Base(PagePath(path, 2))), nil
	}
	return path, nil
}

// PagePath names page n of an export written to path: the path itself for the first
// page, "holdings-2.png" beside "holdings.png" for the next.
func PagePath(path string, n int) string {
	if n <= 1 {
		return path
	}
	ext := filepath.Ext(path)
	return strings.TrimSuffix(path, ext) + "-" + strconv.Itoa(n) + ext
}

// Export size limits, shared with the command line.
const (
	MinExportSize = 200
	MaxExportSize = 8000
	// MaxExportPixels bounds an export's pixels after scale, so any export draws in well
	// under a gigabyte: 8000×8000 at scale 3 would take 2.3 GB.
	MaxExportPixels = 40_000_000
)

const (
	prefExportDir = "export.folder"
	prefExportFor = "export.for" // the articles' folder export.folder was chosen for
)

// rememberExportFolder keeps dir as the export folder for the articles open now.
func (at *Atlas) rememberExportFolder(dir string) {
	at.App.Preferences().SetString(prefExportDir, dir)
	at.App.Preferences().SetString(prefExportFor, at.articlesFolder())
}

// articlesFolder is the folder holding every open article from a file (their nearest
// common folder), "" for the built-in sample.
func (at *Atlas) articlesFolder() string {
	common := ""
	for _, a := range at.ds.Articles {
		if a.Path == "" {
			continue
		}
		d := filepath.Dir(a.Path)
		if common == "" {
			common = d
			continue
		}
		for common != d && !strings.HasPrefix(d, common+string(filepath.Separator)) {
			up := filepath.Dir(common)
			if up == common {
				break
			}
			common = up
		}
	}
	return common
}

// ShowExportData saves every figure as CSV or JSON.
func (at *Atlas) ShowExportData() {
	format := at.newDialogRadio([]string{"CSV", "JSON"}, "CSV")
	folder := at.newDialogEntry()
	folder.SetText(at.exportFolder())
	name := at.newDialogEntry()
	name.SetText(strings.TrimSuffix(at.suggestName("figures", "csv"), "-figures.csv") + "-figures.csv")
	format.OnChanged = func(s string) {
		base := strings.TrimSuffix(name.Text, filepath.Ext(name.Text))
		name.SetText(base + "." + strings.ToLower(s))
	}
	form := widget.NewForm(
		widget.NewFormItem("Format", format),
		widget.NewFormItem("Folder", folder),
		widget.NewFormItem("File name", name),
	)
	d, ok := at.newConfirm("Export data", "Export", "Cancel", form, func() {
		path := filepath.Join(folder.Text, strings.TrimSpace(name.Text))
		err := data.WriteFileAtomic(path, func(w io.Writer) error {
			if format.Selected == "JSON" {
				return at.ds.WriteJSON(w)
			}
			return at.ds.WriteCSV(w)
		})
		if err != nil {
			at.showError(fmt.Errorf("%s: %w", path, err))
			return
		}
		at.rememberExportFolder(folder.Text)
		at.Status.SetText("Exported " + path)
	})
	d.Resize(fyne.NewSize(480, 0))
	at.showDialog(d, ok, nil)
	at.Win.Canvas().Focus(name)
}
