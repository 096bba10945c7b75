package data

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"
	"syscall"
)

// FileError is a file that could not be loaded, with the reason in words a user can
// act on. It prints as "path: reason".
type FileError struct {
	Path   string
	Reason string
}

func (e *FileError) Error() string { return e.Path + ": " + e.Reason }

func fileErr(path string, err error) *FileError {
	var fe *FileError
	if errors.As(err, &fe) {
		return fe
	}
	reason := err.Error()
	var pe *fs.PathError
	switch {
	case errors.Is(err, fs.ErrNotExist):
		reason = "no such file or folder"
	case errors.Is(err, fs.ErrPermission):
		reason = "permission denied"
	case errors.As(err, &pe):
		reason = pe.Err.Error()
	}
	return &FileError{Path: path, Reason: reason}
}

// Progress is told how many files are done of how many found.
type Progress func(done, total int)

// Sample is the name the embedded sample article is loaded under.
const Sample = "000_191b238b1bf7df2c.txt"

// Files expands paths (files and folders, recursively) into the article files to load.
// Folders contribute only files with an article ending; a path named directly must be
// one. Links are followed; links that lead nowhere or back into a folder already being
// read are reported, not followed.
func Files(paths []string) ([]string, []*FileError) {
	var out []string
	var errs []*FileError
	seen := map[string]bool{}
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			if _, lerr := os.Lstat(p); lerr == nil {
				errs = append(errs, &FileError{p, brokenLink(err)})
			} else {
				errs = append(errs, fileErr(p, err))
			}
			continue
		}
		if !info.IsDir() {
			if FormatOf(p) == "" {
				errs = append(errs, &FileError{p, "not an article file (open .txt, .md, .html or .json)"})
				continue
			}
			if !info.Mode().IsRegular() {
				errs = append(errs, &FileError{p, notRegular(info.Mode())})
				continue
			}
			if real, err := filepath.EvalSymlinks(p); err == nil && !seen[real] {
				seen[real] = true
				out = append(out, p)
			}
			continue
		}
		walkDir(p, map[string]bool{}, seen, &out, &errs)
	}
	return out, errs
}

func walkDir(dir string, visiting, seen map[string]bool, out *[]string, errs *[]*FileError) {
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		*errs = append(*errs, fileErr(dir, err))
		return
	}
	if visiting[real] {
		*errs = append(*errs, &FileError{dir, "a link back into a folder already being read (a loop); skipped"})
		return
	}
	visiting[real] = true
	defer delete(visiting, real)
	entries, err := os.ReadDir(dir)
	if err != nil {
		*errs = append(*errs, fileErr(dir, err))
		return
	}
	for _, e := range entries {
		p := filepath.Join(dir, e.Name())
		if len(e.Name()) > 0 && e.Name()[0] == '.' {
			continue // hidden files and folders: editor backups, .git
		}
		mode := e.Type()
		if mode&fs.ModeSymlink != 0 {
			info, err := os.Stat(p)
			if err != nil {
				*errs = append(*errs, &FileError{p, brokenLink(err)})
				continue
			}
			mode = info.Mode().Type()
		}
		switch {
		case mode.IsDir():
			walkDir(p, visiting, seen, out, errs)
		case mode.IsRegular() && FormatOf(p) != "":
			// The folder is already resolved, so only a link needs resolving to find
			// the file it names; plain files are known by their place in the folder.
			r := filepath.Join(real, e.Name())
			if e.Type()&fs.ModeSymlink != 0 {
				if rr, err := filepath.EvalSymlinks(p); err == nil {
					r = rr
				}
			}
			if !seen[r] {
				seen[r] = true
				*out = append(*out, p)
			}
		case FormatOf(p) != "":
			*errs = append(*errs, &FileError{p, notRegular(mode)})
		}
	}
}

// brokenLink says why a link that os.Stat cannot follow is skipped.
func brokenLink(err error) string {
	if errors.Is(err, syscall.ELOOP) {
		return "a link that leads back to itself (a loop)"
	}
	return "a link that leads nowhere"
}

// notRegular says why a named pipe, socket or device is not read: reading one could
// wait forever or never end.
func notRegular(mode fs.FileMode) string {
	kind := "a special file"
	switch {
	case mode&fs.ModeNamedPipe != 0:
		kind = "a named pipe"
	case mode&fs.ModeSocket != 0:
		kind = "a socket"
	case mode&fs.ModeDevice != 0:
		kind = "a device"
	}
	return kind + ", not a regular file (only files are read)"
}

// ReadFile reads and parses one article file, refusing files over MaxFileSize before
// reading them.
func ReadFile(path string) (*Article, error) { return readFile(path, nil) }

// readFile is ReadFile holding large, if given, while it reads and parses a file over
// largeFile bytes.
func readFile(path string, large *sync.Mutex) (*Article, error) {
	// Opening a named pipe waits for a writer; non-blocking, it returns at once and
	// Stat below refuses it.
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, fileErr(path, err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, fileErr(path, err)
	}
	if info.IsDir() {
		return nil, &FileError{path, "a folder, not a file"}
	}
	if !info.Mode().IsRegular() {
		return nil, &FileError{path, notRegular(info.Mode())}
	}
	if info.Size() > MaxFileSize {
		return nil, &FileError{path, fmt.Sprintf("too large (%s; articles over %d MB are not read)", sizeLabel(info.Size()), MaxFileSize>>20)}
	}
	if large != nil && info.Size() > largeFile {
		large.Lock()
		defer large.Unlock()
	}
	b := make([]byte, info.Size()+1) // one read, and one byte more to notice growth
	n, err := io.ReadFull(f, b)
	if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
		return nil, fileErr(path, err)
	}
	if n == len(b) { // the file grew since Stat: read the rest, up to the limit
		rest, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1-int64(n)))
		if err != nil {
			return nil, fileErr(path, err)
		}
		b = append(b, rest...)
		n = len(b)
	}
	b = b[:n]
	if len(b) > MaxFileSize {
		return nil, &FileError{path, fmt.Sprintf("too large (articles over %d MB are not read)", MaxFileSize>>20)}
	}
	a, err := Parse(path, path, b)
	if err != nil {
		return nil, &FileError{path, err.Error()}
	}
	readCuration(a) // the user's edits saved beside it, if any (curation.go)
	return a, nil
}

func sizeLabel(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%d KB", n>>10)
}

// Load reads every article under paths in parallel and extracts their facts. Files
// that fail are returned as errors while the rest load; files with identical bytes load
// once. Cancelling ctx stops the work and returns ctx's error.
func Load(ctx context.Context, paths []string, progress Progress) (*Dataset, []*FileError, error) {
	files, errs := Files(paths)
	arts, ex, lerrs, err := loadFiles(ctx, files, progress)
	errs = append(errs, lerrs...)
	if err != nil {
		return nil, errs, err
	}
	ds := assemble(arts, ex)
	return ds, append(errs, curationErrors(arts)...), nil
}

// LoadArticles builds a dataset from articles already parsed (the embedded sample).
func LoadArticles(arts ...*Article) *Dataset { return NewDataset(arts) }

// largeFile is the size above which files are read and parsed one at a time: parsing
// takes up to a few hundred bytes of memory for each byte of some inputs, and several
// large files parsed at once on every core would not fit in memory.
const largeFile = 256 << 10

func loadFiles(ctx context.Context, files []string, progress Progress) ([]*Article, []Extraction, []*FileError, error) {
	type result struct {
		a   *Article
		ex  Extraction
		err *FileError
	}
	results := make([]result, len(files))
	var next, done atomic.Int64
	// More workers than cores, so one waiting on the disk leaves the cores busy.
	workers := 4 * runtime.GOMAXPROCS(0)
	if workers > len(files) {
		workers = len(files)
	}
	var oneLarge sync.Mutex // held while a large file is read and parsed
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				i := int(next.Add(1) - 1)
				if i >= len(files) {
					return
				}
				a, err := readFile(files[i], &oneLarge)
				if err != nil {
					results[i].err = fileErr(files[i], err)
				} else {
					results[i] = result{a: a, ex: Extract(a)}
				}
				n := int(done.Add(1))
				if progress != nil {
					progress(n, len(files))
				}
			}
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, nil, nil, err
	}
	var arts []*Article
	var ex []Extraction
	var errs []*FileError
	hashes := map[string]bool{}
	for _, r := range results {
		switch {
		case r.err != nil:
			errs = append(errs, r.err)
		case hashes[r.a.Hash]:
			// the same bytes under another name: load once
		default:
			hashes[r.a.Hash] = true
			arts = append(arts, r.a)
			ex = append(ex, r.ex)
		}
	}
	sort.SliceStable(errs, func(i, j int) bool { return errs[i].Path < errs[j].Path })
	return arts, ex, errs, nil
}
