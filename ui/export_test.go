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
