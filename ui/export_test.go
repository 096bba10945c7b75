package ui

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"cryptoatlas/ui/chart"
)

// TestExportDialogWritesTheSamePixelsAsTheCommandLine: the dialog's choices reach
// the file, and the bytes are those chart.Write (behind `cryptoatlas export`) gives.
func TestExportDialogWritesTheSamePixelsAsTheCommandLine(t *testing.T) {
	at := newSampleAtlas(t)
	f := at.newExportForm(chart.Mining)
	if got := f.Name.Text; got != "pakistan-and-el-salvador-formalize-crypto-link-mining.png" {
		t.Errorf("suggested name %q", got)
	}
	dir := t.TempDir()
	f.Folder.SetText(dir)
	f.Size.SetSelected(sizePresets[2].label) // 800 x 500
	f.Scale.SetSelected("2×")
	f.Theme.SetSelected("Dark")
	path, err := at.exportChart(f)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	opts := chart.Options{Width: 800, Height: 500, Scale: 2, Theme: chart.Dark, References: true}
	if err := chart.Write(&want, "png", chart.Build(chart.Mining, at.ds, nil), opts); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want.Bytes()) {
		t.Error("the dialog's PNG differs from the command line's for the same options")
	}

	// SVG: the format choice renames the file and changes what is written.
	f.Format.SetSelected("SVG")
	if !strings.HasSuffix(f.Name.Text, ".svg") {
		t.Errorf("name %q after choosing SVG", f.Name.Text)
	}
	path, err = at.exportChart(f)
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); !bytes.Contains(b, []byte("<svg")) {
		t.Error("no SVG written")
	}
}

func TestExportDialogRefusesBadInput(t *testing.T) {
	at := newSampleAtlas(t)
	f := at.newExportForm(chart.Holdings)
	f.Folder.SetText(t.TempDir())
	f.Width.SetText("12")
	if _, err := at.exportChart(f); err == nil || !strings.Contains(err.Error(), "200") {
		t.Errorf("width 12: %v", err)
	}
	f.Width.SetText("1200")
	f.Name.SetText("../escape.png")
	if _, err := at.exportChart(f); err == nil {
		t.Error("a name with a folder separator was accepted")
	}
	f.Name.SetText("chart.png")
	f.Folder.SetText(filepath.Join(t.TempDir(), "no", "such", "folder"))
	if _, err := at.exportChart(f); err == nil || !strings.Contains(err.Error(), "no/such/folder") {
		t.Errorf("missing folder: %v", err)
	}
}

// TestRecentFilesAreRememberedNewestFirst: opening files puts them at the top of
// File > Recent, without repeats, at most ten.
func TestRecentFilesAreRememberedNewestFirst(t *testing.T) {
	at := newSampleAtlas(t)
	for i := 0; i < 12; i++ {
		at.addRecent([]string{filepath.Join("/news", string(rune('a'+i))+".txt")})
	}
	at.addRecent([]string{"/news/c.txt"})
	got := at.recent()
	if len(got) != maxRecent || got[0] != "/news/c.txt" || got[1] != "/news/l.txt" {
		t.Errorf("recent %v", got)
	}
	if n := len(at.recentMenu.Items); n != maxRecent || at.recentMenu.Items[0].Label != "/news/c.txt" {
		t.Errorf("menu has %d items, first %q", n, at.recentMenu.Items[0].Label)
	}
}

// TestExportStartsInTheArticlesFolder: the Export dialog offers the folder the articles
// came from, not a home folder; a folder chosen for these articles is remembered, and
// another set of articles starts in its own folder again.
func TestExportStartsInTheArticlesFolder(t *testing.T) {
	at, dir := openCopies(t, "02_pakistan_mining_imf.txt")
	at.ShowExport(chart.Mining)
	if got := at.Exporting.Folder.Text; got != dir {
		t.Errorf("Export starts in %q, want the articles' folder %q", got, dir)
	}
	other := t.TempDir()
	at.Exporting.Folder.SetText(other)
	if _, err := at.exportChart(at.Exporting); err != nil {
		t.Fatal(err)
	}
	if got := at.exportFolder(); got != other {
		t.Errorf("after exporting to %q the next export starts in %q", other, got)
	}
	at2, dir2 := openCopies(t, "02_pakistan_mining_imf.txt")
	at2.App.Preferences().SetString(prefExportDir, other) // as a previous session left it
	at2.App.Preferences().SetString(prefExportFor, dir)
	if got := at2.exportFolder(); got != dir2 {
		t.Errorf("other articles' export starts in %q, want %q", got, dir2)
	}
}
