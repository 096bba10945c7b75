//go:build unix

package data

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// writeString writes s with WriteFileAtomic.
func writeString(path, s string) error {
	return WriteFileAtomic(path, func(w io.Writer) error { _, err := io.WriteString(w, s); return err })
}

func readString(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// onlyFiles lists a folder's names, to check no temporary was left behind.
func onlyFiles(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

// TestWriterWritesThroughLinks: a link stays a link and its target takes the bytes; a
// dangling link creates its target.
func TestWriterWritesThroughLinks(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "real.png")
	if err := os.WriteFile(target, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "chart.png")
	if err := os.Symlink("real.png", link); err != nil {
		t.Fatal(err)
	}
	if err := writeString(link, "new"); err != nil {
		t.Fatal(err)
	}
	if info, _ := os.Lstat(link); info.Mode()&fs.ModeSymlink == 0 {
		t.Error("the link was replaced by a file")
	}
	if got := readString(t, target); got != "new" {
		t.Errorf("the link's target holds %q, want the new bytes", got)
	}

	dangling := filepath.Join(dir, "next.png")
	if err := os.Symlink(filepath.Join(dir, "sub-target.png"), dangling); err != nil {
		t.Fatal(err)
	}
	if err := writeString(dangling, "made"); err != nil {
		t.Fatal(err)
	}
	if info, _ := os.Lstat(dangling); info.Mode()&fs.ModeSymlink == 0 {
		t.Error("the dangling link was replaced by a file")
	}
	if got := readString(t, filepath.Join(dir, "sub-target.png")); got != "made" {
		t.Errorf("the dangling link's target holds %q", got)
	}
}

// TestWriterKeepsModeOwnerAndLinks: a replaced file keeps its mode and owner; a file with
// another hard link keeps it.
func TestWriterKeepsModeOwnerAndLinks(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "notes.json")
	if err := os.WriteFile(path, []byte("old"), 0o640); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, 0o640); err != nil { // past the umask
		t.Fatal(err)
	}
	owner := -1
	if os.Geteuid() == 0 {
		owner = 4242 // only root can give a file away; the writer must give it back
		if err := os.Chown(path, owner, owner); err != nil {
			t.Fatal(err)
		}
	}
	if err := writeString(path, "new"); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o640 {
		t.Errorf("mode %v after the write, want 0640", info.Mode().Perm())
	}
	if st := info.Sys().(*syscall.Stat_t); owner >= 0 && int(st.Uid) != owner {
		t.Errorf("owner %d after the write, want %d", st.Uid, owner)
	}

	other := filepath.Join(dir, "same-notes.json")
	if err := os.Link(path, other); err != nil {
		t.Fatal(err)
	}
	if err := writeString(path, "newer"); err != nil {
		t.Fatal(err)
	}
	if got := readString(t, other); got != "newer" {
		t.Errorf("the other hard link holds %q: the file was split from its other name", got)
	}
	if names := onlyFiles(t, dir); len(names) != 2 {
		t.Errorf("left behind: %v", names)
	}
}

// TestWriterRefusesReadOnlyFiles: a file the user made read-only is refused by name and
// left as it was, even for root, whom permissions do not stop.
func TestWriterRefusesReadOnlyFiles(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kept.png")
	if err := os.WriteFile(path, []byte("mine"), 0o444); err != nil {
		t.Fatal(err)
	}
	err := writeString(path, "theirs")
	if err == nil || !strings.Contains(err.Error(), "read-only") || !strings.Contains(err.Error(), path) {
		t.Errorf("error %v, want one naming %s as read-only", err, path)
	}
	if got := readString(t, path); got != "mine" {
		t.Errorf("the read-only file now holds %q", got)
	}
}

// TestWriterWritesPipesDirectly: a named pipe with a reader gets the bytes and is still a
// pipe afterwards.
func TestWriterWritesPipesDirectly(t *testing.T) {
	dir := t.TempDir()
	pipe := filepath.Join(dir, "feed")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Skip("cannot make a named pipe here:", err)
	}
	got := make(chan string, 1)
	go func() {
		b, _ := os.ReadFile(pipe)
		got <- string(b)
	}()
	if err := writeString(pipe, "chart bytes"); err != nil {
		t.Fatal(err)
	}
	select {
	case s := <-got:
		if s != "chart bytes" {
			t.Errorf("the reader got %q", s)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the reader got nothing")
	}
	if info, _ := os.Lstat(pipe); info.Mode()&fs.ModeNamedPipe == 0 {
		t.Errorf("the pipe is now %v", info.Mode())
	}
	if names := onlyFiles(t, dir); len(names) != 1 {
		t.Errorf("left behind: %v", names)
	}
}

// TestWriterReportsAFullDevice: a twin of /dev/full, made here where the system allows,
// refuses the bytes with an error, and stays a device.
func TestWriterReportsAFullDevice(t *testing.T) {
	dev := filepath.Join(t.TempDir(), "full")
	if err := syscall.Mknod(dev, syscall.S_IFCHR|0o666, int(mkdev(1, 7))); err != nil {
		t.Skip("cannot make a device node here:", err)
	}
	err := writeString(dev, strings.Repeat("chart ", 1000))
	if err == nil || !errors.Is(err, syscall.ENOSPC) || !strings.Contains(err.Error(), dev) {
		t.Errorf("error %v, want no space left on %s", err, dev)
	}
	if info, _ := os.Lstat(dev); info.Mode()&fs.ModeCharDevice == 0 {
		t.Errorf("the device is now %v", info.Mode())
	}
}

// mkdev packs a device's major and minor numbers as Linux does.
func mkdev(major, minor uint64) uint64 {
	return (major&0xfff)<<8 | (major&^0xfff)<<32 | minor&0xff | (minor&^0xff)<<12
}

// TestWriterSweepsStaleTemporaries: a temporary left by a killed write of the same name
// is removed by the next write; a fresh one (a write in progress elsewhere) is kept, and
// RemoveTemporaries removes those of writes in progress here.
func TestWriterSweepsStaleTemporaries(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "holdings.png")
	stale := filepath.Join(dir, ".holdings.png.123.tmp")
	fresh := filepath.Join(dir, ".holdings.png.456.tmp")
	for _, p := range []string{stale, fresh} {
		if err := os.WriteFile(p, []byte("half"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	old := time.Now().Add(-time.Hour)
	if err := os.Chtimes(stale, old, old); err != nil {
		t.Fatal(err)
	}
	if err := writeString(path, "chart"); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stale); !errors.Is(err, fs.ErrNotExist) {
		t.Error("the stale temporary is still there")
	}
	if _, err := os.Stat(fresh); err != nil {
		t.Error("a fresh temporary, maybe another write's, was removed")
	}

	inProgress := make(chan struct{})
	done := make(chan error, 1)
	go func() {
		done <- WriteFileAtomic(path, func(w io.Writer) error {
			close(inProgress)
			time.Sleep(200 * time.Millisecond)
			_, err := io.WriteString(w, "late")
			return err
		})
	}()
	<-inProgress
	RemoveTemporaries()
	<-done
	for _, n := range onlyFiles(t, dir) {
		if n != "holdings.png" && filepath.Join(dir, n) != fresh {
			t.Errorf("left behind after RemoveTemporaries: %s", n)
		}
	}
}

// TestDanglingEditsLinkIsReported: a corrections file that is a link leading nowhere is
// reported, and the article refuses edits rather than write past the link.
func TestDanglingEditsLinkIsReported(t *testing.T) {
	dir := t.TempDir()
	article := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(article, []byte("Reserves\n\nEstonia holds 250 BTC."), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "gone", "edits.json"), CurationPath(article)); err != nil {
		t.Fatal(err)
	}
	d, errs := loadFolder(t, article)
	if len(errs) != 1 || !strings.Contains(errs[0].Reason, "a link that leads nowhere") {
		t.Fatalf("errors %v, want the dangling link reported", errs)
	}
	if err := d.Reject(d.Facts[0]); err == nil {
		t.Error("an edit was saved past a dangling link to the user's edits")
	}
}
