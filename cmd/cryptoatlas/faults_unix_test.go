//go:build unix

package main

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// exportOver runs `cryptoatlas export` over an existing file in dir, as the built
// binary in a process of its own set up by prepare, and checks that the export fails
// naming the file, exit 1, and leaves the file as it was.
func exportOver(t *testing.T, dir string, prepare func(cmd *exec.Cmd) *exec.Cmd, reason string) {
	t.Helper()
	target := filepath.Join(dir, "holdings.png")
	if err := os.WriteFile(target, []byte("previous chart"), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := prepare(exec.Command(binary(t), "export", "--chart", "holdings", "-o", target))
	cmd.Dir = dir
	var stderr strings.Builder
	cmd.Stderr = &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	if !errors.As(err, &exit) {
		t.Fatalf("the export did not run: %v", err)
	}
	if exit.ExitCode() != 1 || !strings.Contains(stderr.String(), "cryptoatlas: "+target+": "+reason) {
		t.Errorf("%v, stderr %q", err, stderr.String())
	}
	if b, _ := os.ReadFile(target); string(b) != "previous chart" {
		t.Errorf("the existing file now holds %d bytes", len(b))
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("left behind: %v", entries)
	}
}

// TestExportIntoReadOnlyFolderKeepsTheFile: where no temporary file can be created
// beside the target, the export fails naming the target. Root writes into read-only
// folders, so as root the export runs as the unprivileged user "nobody" (65534).
func TestExportIntoReadOnlyFolderKeepsTheFile(t *testing.T) {
	bin := binary(t)
	dir, err := os.MkdirTemp("", "cryptoatlas-readonly")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(dir, 0o755); os.RemoveAll(dir) })
	asUser := func(cmd *exec.Cmd) *exec.Cmd { return cmd }
	if os.Geteuid() == 0 {
		// nobody must reach the binary and the folder: open their folders to all.
		if err := os.Chmod(filepath.Dir(bin), 0o755); err != nil {
			t.Fatal(err)
		}
		asUser = func(cmd *exec.Cmd) *exec.Cmd {
			cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
			cmd.Env = append(os.Environ(), "HOME="+dir)
			return cmd
		}
	}
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	exportOver(t, dir, func(cmd *exec.Cmd) *exec.Cmd {
		if err := os.Chmod(dir, 0o555); err != nil {
			t.Fatal(err)
		}
		return asUser(cmd)
	}, "permission denied")
}

// TestExportToFullDiskKeepsTheFile: a write that fails for want of space (here a file
// size limit of 8 KB set with ulimit, which fails writes as a full disk does, without
// mounting anything) is reported, and the previous file is kept.
func TestExportToFullDiskKeepsTheFile(t *testing.T) {
	exportOver(t, t.TempDir(), func(cmd *exec.Cmd) *exec.Cmd {
		// sh sets the limit, then becomes the export: "$0" is the binary, "$@" its arguments.
		return exec.Command("sh", append([]string{"-c", `ulimit -f 16 && exec "$0" "$@"`}, cmd.Args...)...)
	}, "file too large")
}
