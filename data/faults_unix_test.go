//go:build unix

package data

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func link(target string) func(*testing.T, string) {
	return func(t *testing.T, path string) {
		t.Helper()
		to := target
		switch target {
		case "":
			to = path // a link to itself
		case "..":
			to = filepath.Dir(path) // a link back to its own folder
		}
		if err := os.Symlink(to, path); err != nil {
			t.Fatal(err)
		}
	}
}

// Named pipes, links and permissions are made the Unix way.
func init() {
	specialInputs = append(specialInputs,
		// Opening a named pipe waits for a writer: the loader must refuse it, not wait.
		badInput{name: "named pipe", file: "feed.txt", refuse: "a named pipe, not a regular file",
			write: func(t *testing.T, path string) {
				if err := syscall.Mkfifo(path, 0o644); err != nil {
					t.Fatal(err)
				}
			}},
		badInput{name: "dangling link", file: "moved.txt", write: link("no-such-article.txt"), refuse: "a link that leads nowhere"},
		badInput{name: "link to itself", file: "loop.md", write: link(""), refuse: "a link that leads back to itself"},
		badInput{name: "link back into its folder", file: "again", write: link(".."), refuse: "a loop"},
		// Root reads files whatever their permissions, so this case runs only for other
		// users; TestFileRemovedWhileLoadingIsNamed and the named pipe are the unreadable
		// files every user can make.
		badInput{name: "file without read permission", file: "secret.txt", refuse: "permission denied",
			write: func(t *testing.T, path string) {
				if os.Geteuid() == 0 {
					t.Skip("root reads files without read permission")
				}
				content("El Salvador holds 6,200 BTC.")(t, path)
				if err := os.Chmod(path, 0); err != nil {
					t.Fatal(err)
				}
			}},
	)
}

// TestNamedPipeNamedDirectlyIsRefusedAtOnce: a pipe given by name on the command line
// or in the Open dialog is refused, never waited on.
func TestNamedPipeNamedDirectlyIsRefusedAtOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "feed.json")
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Fatal(err)
	}
	watch(t, "a named pipe", func() {
		_, errs, err := Load(context.Background(), []string{path}, nil)
		if err != nil || len(errs) != 1 || !strings.Contains(errs[0].Error(), path+": a named pipe") {
			t.Errorf("errors %v, %v", errs, err)
		}
		if _, err := ReadFile(path); err == nil || !strings.Contains(err.Error(), "not a regular file") {
			t.Errorf("ReadFile: %v", err)
		}
	})
}
