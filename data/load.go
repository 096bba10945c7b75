package data

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
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

// listedFile is an article file to load, and whether a file of the user's edits is
// known to stand beside it.
type listedFile struct {
	path  string
	edits editsKnown
}

type editsKnown int8

const (
	editsUnknown editsKnown = iota // named directly: look for the edits file
	editsAbsent                    // its folder's listing holds no edits file for it
	editsBeside                    // its folder's listing holds one
)

// listFiles expands paths (files and folders, recursively) into the article files to
// load. Folders contribute only files with an article ending; a path named directly must
// be one. Links are followed; links that lead nowhere or back into a folder already being
// read are reported, not followed.
func listFiles(paths []string) ([]listedFile, []*FileError) {
	var out []listedFile
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
				out = append(out, listedFile{path: p})
			}
			continue
		}
		walkDir(p, map[string]bool{}, seen, &out, &errs)
	}
	return out, errs
}

func walkDir(dir string, visiting, seen map[string]bool, out *[]listedFile, errs *[]*FileError) {
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
	edits := map[string]bool{} // the names of the edits files in the folder
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), CurationSuffix) {
			edits[e.Name()] = true
		}
	}
	for _, e := range entries {
		p := filepath.Join(dir, e.Name())
		if len(e.Name()) > 0 && e.Name()[0] == '.' {
			continue // hidden files and folders: editor backups, .git
		}
		if strings.HasSuffix(e.Name(), CurationSuffix) {
			continue // an article's edits: read, and reported, with the article
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
				known := editsAbsent
				if edits[e.Name()+CurationSuffix] {
					known = editsBeside
				}
				*out = append(*out, listedFile{path: p, edits: known})
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
func ReadFile(path string) (*Article, error) { return readFile(listedFile{path: path}, nil) }

// readFile is ReadFile holding large, if given, while it reads and parses a file over
// largeFile bytes.
func readFile(f listedFile, large *sync.Mutex) (*Article, error) {
	path := f.path
	b, unlock, err := readBytes(path, large)
	defer unlock()
	if err != nil {
		return nil, err
	}
	a, err := parse(path, path, b, true)
	if err != nil {
		return nil, &FileError{path, err.Error()}
	}
	if f.edits != editsAbsent {
		readCuration(a) // the user's edits saved beside it, if any (curation.go)
	}
	return a, nil
}

// readBytes reads a regular file of at most MaxFileSize bytes in as few system calls as
// it can: open, stat, read, read (to see the end) and close. Loading a folder reads
// thousands of files, and os.File's poller registration and cleanup would double that.
// A file over largeFile bytes is read (and then parsed) holding large, when given, until
// unlock is called.
func readBytes(path string, large *sync.Mutex) (b []byte, unlock func(), err error) {
	unlock = func() {}
	// Opening a named pipe waits for a writer; non-blocking, it returns at once and
	// the stat below refuses it.
	fd, err := ignoringEINTR(func() (int, error) {
		return syscall.Open(path, syscall.O_RDONLY|syscall.O_NONBLOCK|syscall.O_CLOEXEC, 0)
	})
	if err != nil {
		return nil, unlock, fileErr(path, &fs.PathError{Op: "open", Path: path, Err: err})
	}
	defer syscall.Close(fd)
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err != nil {
		return nil, unlock, fileErr(path, &fs.PathError{Op: "stat", Path: path, Err: err})
	}
	switch st.Mode & syscall.S_IFMT {
	case syscall.S_IFREG:
	case syscall.S_IFDIR:
		return nil, unlock, &FileError{path, "a folder, not a file"}
	case syscall.S_IFIFO:
		return nil, unlock, &FileError{path, notRegular(fs.ModeNamedPipe)}
	case syscall.S_IFSOCK:
		return nil, unlock, &FileError{path, notRegular(fs.ModeSocket)}
	case syscall.S_IFCHR, syscall.S_IFBLK:
		return nil, unlock, &FileError{path, notRegular(fs.ModeDevice)}
	default:
		return nil, unlock, &FileError{path, notRegular(fs.ModeIrregular)}
	}
	size := st.Size
	if size > MaxFileSize {
		return nil, unlock, &FileError{path, fmt.Sprintf("too large (%s; articles over %d MB are not read)", sizeLabel(size), MaxFileSize>>20)}
	}
	if large != nil && size > largeFile {
		large.Lock()
		unlock = large.Unlock
	}
	b = make([]byte, size+1) // one read, and one byte more to notice growth
	n := 0
	for {
		if n == len(b) { // the file grew since the stat: read on, up to the limit
			if len(b) > MaxFileSize {
				return nil, unlock, &FileError{path, fmt.Sprintf("too large (articles over %d MB are not read)", MaxFileSize>>20)}
			}
			b = append(b, make([]byte, min(len(b), MaxFileSize+1-len(b)))...)
		}
		m, err := ignoringEINTR(func() (int, error) { return syscall.Read(fd, b[n:]) })
		if err != nil {
			return nil, unlock, fileErr(path, &fs.PathError{Op: "read", Path: path, Err: err})
		}
		if m == 0 {
			return b[:n], unlock, nil
		}
		n += m
	}
}

func ignoringEINTR(call func() (int, error)) (int, error) {
	for {
		n, err := call()
		if err != syscall.EINTR {
			return n, err
		}
	}
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
	files, errs := listFiles(paths)
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

func loadFiles(ctx context.Context, files []listedFile, progress Progress) ([]*Article, []Extraction, []*FileError, error) {
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
					results[i].err = fileErr(files[i].path, err)
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
	loaded := map[string]int{} // article bytes' hash -> index in arts
	for _, r := range results {
		if r.err != nil {
			errs = append(errs, r.err)
			continue
		}
		k, dup := loaded[r.a.Hash]
		switch {
		case !dup:
			loaded[r.a.Hash] = len(arts)
			arts = append(arts, r.a)
			ex = append(ex, r.ex)
		case arts[k].Edits.Len() == 0 && r.a.Edits.Len() > 0:
			// The same bytes under another name, loaded once: by the copy that has edits
			// beside it, so they are not lost.
			arts[k], ex[k] = r.a, r.ex
		case r.a.Edits.Len() > 0:
			errs = append(errs, &FileError{r.a.Path, fmt.Sprintf("the same article as %s, which is read instead; "+
				"the edits beside this copy are not applied (those beside %s are), and stay in %s",
				filepath.Base(arts[k].Path), filepath.Base(arts[k].Path), filepath.Base(r.a.Edits.path))})
		}
	}
	sort.SliceStable(errs, func(i, j int) bool { return errs[i].Path < errs[j].Path })
	return arts, ex, errs, nil
}
