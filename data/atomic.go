package data

import (
	"bufio"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// WriteFileAtomic writes a file by writing a temporary file beside it and renaming it
// into place, so a crash, a full disk or a failing writer never leaves a half-written
// file and never destroys the file that was there before. A link is written through,
// not replaced. Errors name path, never the temporary file.
func WriteFileAtomic(path string, write func(io.Writer) error) (err error) {
	if real, linkErr := filepath.EvalSymlinks(path); linkErr == nil {
		path = real
	}
	base := filepath.Base(path)
	if len(base) > 200 {
		base = base[:200] // the temporary name must stay within the 255-byte name limit
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+base+".*.tmp")
	if err != nil {
		return named(path, err)
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
			err = named(path, err)
		}
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
	if err = f.Close(); err != nil {
		return err
	}
	mode := os.FileMode(0o644)
	if info, statErr := os.Stat(path); statErr == nil {
		mode = info.Mode().Perm()
	}
	if err = os.Chmod(tmp, mode); err != nil {
		return err
	}
	if err = os.Rename(tmp, path); err != nil {
		return err
	}
	if d, dirErr := os.Open(filepath.Dir(path)); dirErr == nil {
		_ = d.Sync() // make the rename itself durable where the file system allows
		d.Close()
	}
	return nil
}

// named gives err the path the caller asked for in place of the temporary file's.
func named(path string, err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return &fs.PathError{Op: pe.Op, Path: path, Err: pe.Err}
	}
	if le, ok := err.(*os.LinkError); ok {
		return &fs.PathError{Op: le.Op, Path: path, Err: le.Err}
	}
	return err
}
