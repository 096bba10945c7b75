package data

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// WriteFileAtomic writes path so that nothing there is lost or replaced that was not
// asked for, as cp, editors and databases do:
//
//   - a symbolic link is written through to its target (a dangling one creates it);
//   - a regular file is replaced by writing a temporary file beside it and renaming it
//     into place, so a crash, a full disk or a failing writer never leaves it half
//     written; its mode and owner are kept;
//   - a file with other hard links is rewritten in place once the new bytes are safely
//     in the temporary file, so every name keeps seeing it;
//   - a character device, a named pipe or a socket is written directly, never replaced,
//     and a short write (a full device) is an error;
//   - a read-only file, a directory and a block device are refused.
//
// Temporaries are named ".NAME.*.tmp"; RemoveTemporaries deletes those still being
// written (on Ctrl-C), and a later write of the same name sweeps stale ones left by a
// process that was killed. Errors name path, never the temporary file.
func WriteFileAtomic(path string, write func(io.Writer) error) error {
	target, err := linkTarget(path)
	if err != nil {
		return err
	}
	info, err := os.Lstat(target)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return replaceFile(target, nil, write)
	case err != nil:
		return err
	}
	switch mode := info.Mode(); {
	case mode.IsDir():
		return &fs.PathError{Op: "write", Path: path, Err: errors.New("is a folder, not a file")}
	case mode&fs.ModeDevice != 0 && mode&fs.ModeCharDevice == 0:
		return &fs.PathError{Op: "write", Path: path, Err: errors.New("is a block device; refusing to write a chart or corrections onto a disk")}
	case mode&(fs.ModeCharDevice|fs.ModeNamedPipe|fs.ModeSocket) != 0:
		return writeDirect(target, path, write)
	case !mode.IsRegular():
		return &fs.PathError{Op: "write", Path: path, Err: fmt.Errorf("is not a regular file (%s)", mode.Type())}
	case mode.Perm()&0o222 == 0:
		return &fs.PathError{Op: "write", Path: path, Err: errors.New("is read-only; make it writable or choose another name")}
	}
	return replaceFile(target, info, write)
}

// linkTarget follows symbolic links from path to the file they name, which need not
// exist yet (a dangling link is written through, creating its target).
func linkTarget(path string) (string, error) {
	for hops := 0; ; hops++ {
		info, err := os.Lstat(path)
		if err != nil || info.Mode()&fs.ModeSymlink == 0 {
			return path, nil
		}
		if hops == 40 {
			return "", &fs.PathError{Op: "write", Path: path, Err: errors.New("too many levels of symbolic links")}
		}
		dest, err := os.Readlink(path)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(dest) {
			dest = filepath.Join(filepath.Dir(path), dest)
		}
		path = dest
	}
}

// writeDirect writes to a device, pipe or socket as it is: opened for writing, never
// created, truncated or renamed over.
func writeDirect(target, path string, write func(io.Writer) error) (err error) {
	f, err := os.OpenFile(target, os.O_WRONLY, 0)
	if err != nil {
		return named(path, err)
	}
	defer func() {
		if cerr := f.Close(); err == nil && cerr != nil {
			err = named(path, cerr)
		}
	}()
	bw := bufio.NewWriter(f)
	if err := write(bw); err != nil {
		return named(path, err)
	}
	return named(path, bw.Flush())
}

// replaceFile writes a temporary file beside target and puts it in target's place: by
// renaming, or, for a file with other hard links, by copying it over target in place.
// old is target's information when it exists.
func replaceFile(target string, old fs.FileInfo, write func(io.Writer) error) (err error) {
	dir, base := filepath.Dir(target), filepath.Base(target)
	if len(base) > 200 {
		base = base[:200] // the temporary name must stay within the 255-byte name limit
	}
	sweepTemporaries(dir, base)
	f, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return named(target, err)
	}
	tmp := f.Name()
	temporaries.add(tmp)
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
			err = named(target, err)
		}
		temporaries.remove(tmp)
	}()
	bw := bufio.NewWriter(f)
	if err = write(bw); err != nil {
		return err
	}
	if err = bw.Flush(); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	if old != nil && linkCount(old) > 1 {
		// Other names share this file: rewrite it in place, now that the bytes are safe.
		if err = copyInPlace(f, target); err != nil {
			return err
		}
		f.Close()
		return os.Remove(tmp)
	}
	if err = f.Close(); err != nil {
		return err
	}
	mode := os.FileMode(0o644)
	if old != nil {
		mode = old.Mode().Perm()
		keepOwner(tmp, old) // a file someone else owns stays theirs, where we may say so
	}
	if err = os.Chmod(tmp, mode); err != nil {
		return err
	}
	if err = os.Rename(tmp, target); err != nil {
		return err
	}
	if d, dirErr := os.Open(dir); dirErr == nil {
		_ = d.Sync() // make the rename itself durable where the file system allows
		d.Close()
	}
	return nil
}

// copyInPlace copies the finished temporary file over target's bytes.
func copyInPlace(tmp *os.File, target string) error {
	if _, err := tmp.Seek(0, io.SeekStart); err != nil {
		return err
	}
	out, err := os.OpenFile(target, os.O_WRONLY|os.O_TRUNC, 0)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, tmp); err != nil {
		out.Close()
		return err
	}
	if err := out.Sync(); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// staleTemporary is how old a temporary of our naming must be before a later write of
// the same name removes it: older than any write in progress could be.
const staleTemporary = 10 * time.Minute

// sweepTemporaries removes temporaries ".BASE.*.tmp" in dir that a killed process left.
func sweepTemporaries(dir, base string) {
	matches, _ := filepath.Glob(filepath.Join(dir, "."+escapeGlob(base)+".*.tmp"))
	for _, m := range matches {
		if temporaries.has(m) {
			continue
		}
		if info, err := os.Lstat(m); err == nil && info.Mode().IsRegular() && time.Since(info.ModTime()) > staleTemporary {
			os.Remove(m)
		}
	}
}

// escapeGlob quotes the characters filepath.Match treats specially.
func escapeGlob(s string) string {
	return strings.NewReplacer(`\`, `\\`, `*`, `\*`, `?`, `\?`, `[`, `\[`).Replace(s)
}

// temporaries are the temporary files being written now.
var temporaries tempSet

type tempSet struct {
	mu    sync.Mutex
	paths map[string]bool
}

func (s *tempSet) add(p string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.paths == nil {
		s.paths = map[string]bool{}
	}
	s.paths[p] = true
}

func (s *tempSet) remove(p string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.paths, p)
}

func (s *tempSet) has(p string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.paths[p]
}

// RemoveTemporaries deletes the temporary files of writes still in progress: called when
// the program is interrupted (Ctrl-C, SIGTERM), so it leaves no debris beside the user's
// files. The files being replaced are untouched.
func RemoveTemporaries() {
	temporaries.mu.Lock()
	defer temporaries.mu.Unlock()
	for p := range temporaries.paths {
		os.Remove(p)
	}
}

// named gives err the path the caller asked for in place of the temporary file's.
func named(path string, err error) error {
	if err == nil {
		return nil
	}
	if pe, ok := err.(*fs.PathError); ok {
		return &fs.PathError{Op: pe.Op, Path: path, Err: pe.Err}
	}
	if le, ok := err.(*os.LinkError); ok {
		return &fs.PathError{Op: le.Op, Path: path, Err: le.Err}
	}
	return err
}
