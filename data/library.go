package data

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
)

// PageSuffix ends the name of a page kept beside its record for provenance
// (NAME.json, NAME.atlas-page.html): read by people, never loaded as an article.
const PageSuffix = ".atlas-page"

// isLibraryPage says whether name is a page kept beside a library record.
func isLibraryPage(name string) bool {
	name = strings.ToLower(name)
	return strings.HasSuffix(strings.TrimSuffix(name, filepath.Ext(name)), PageSuffix)
}

// Library is a folder of article records, one NAME.json each, the page as fetched kept
// beside it as NAME.atlas-page.html (or .txt), a user's edits as NAME.json.atlas.json.
type Library struct{ Dir string }

// RecordPath returns where the record of the article at address is kept, whether or not
// it is there yet. The same address always has the same path, so adding it again
// replaces its record and keeps the edits beside it.
func (l Library) RecordPath(address string) string {
	return filepath.Join(l.Dir, recordName(address)+".json")
}

// recordName is a readable name for an address with a short hash of it, so two
// addresses never share a name: "example.com-news-bhutan-btc-3f9a1c20".
func recordName(address string) string {
	canon := canonicalURL(address)
	sum := sha256.Sum256([]byte(canon))
	slug := canon
	if u, err := url.Parse(canon); err == nil && u.Host != "" {
		slug = u.Host + u.Path
	}
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(slug) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') || r == '.' {
			if r == '.' && b.Len() == 0 {
				continue
			}
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
		if b.Len() >= 60 {
			break
		}
	}
	name := strings.Trim(b.String(), "-.")
	if name == "" {
		name = "page"
	}
	return name + "-" + hex.EncodeToString(sum[:4])
}

// canonicalURL writes an address one way: scheme and host in lower case, no default
// port, no fragment, "/" for an empty path.
func canonicalURL(address string) string {
	u, err := url.Parse(strings.TrimSpace(address))
	if err != nil {
		return strings.TrimSpace(address)
	}
	u.Scheme = strings.ToLower(u.Scheme)
	u.Host = strings.ToLower(u.Host)
	if (u.Scheme == "http" && u.Port() == "80") || (u.Scheme == "https" && u.Port() == "443") {
		u.Host = u.Hostname()
	}
	u.Fragment, u.RawFragment = "", ""
	if u.Path == "" && u.Opaque == "" {
		u.Path = "/"
	}
	return u.String()
}

// Save keeps rec in the library, with page, the bytes as fetched, beside it under the
// ending pageExt (".html" or ".txt"), and returns the record's path. A record already
// there for the same address is replaced; the facts a user wrote into it are kept
// when rec brings none, and its edits file is left as it is.
func (l Library) Save(rec Record, page []byte, pageExt string) (string, error) {
	return l.saveAt(l.RecordPath(rec.URL), rec, page, pageExt)
}

// saveAt is Save with the record's path given: a pasted article without an address
// has a path of its own (paste.go).
func (l Library) saveAt(path string, rec Record, page []byte, pageExt string) (string, error) {
	if l.Dir == "" {
		return "", errors.New("no library folder")
	}
	if err := os.MkdirAll(l.Dir, 0o755); err != nil {
		return "", err
	}
	if rec.Facts == nil {
		rec.Facts = earlierFacts(path)
	}
	if page != nil {
		pagePath := strings.TrimSuffix(path, ".json") + PageSuffix + pageExt
		if err := WriteFileAtomic(pagePath, func(w io.Writer) error {
			_, err := w.Write(page)
			return err
		}); err != nil {
			return "", err
		}
	}
	if err := WriteFileAtomic(path, rec.Write); err != nil {
		return "", err
	}
	return path, nil
}

// earlierFacts returns the facts of the record at path, if it holds any.
func earlierFacts(path string) json.RawMessage {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	var old struct {
		Facts json.RawMessage `json:"facts"`
	}
	if json.Unmarshal(b, &old) != nil || len(old.Facts) == 0 || bytes.Equal(old.Facts, []byte("null")) {
		return nil
	}
	return old.Facts
}

// HasArticles says whether the library holds at least one article record.
func (l Library) HasArticles() bool {
	if l.Dir == "" {
		return false
	}
	found := errors.New("found")
	err := filepath.WalkDir(l.Dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() && p != l.Dir && strings.HasPrefix(d.Name(), ".") {
			return filepath.SkipDir
		}
		if !d.IsDir() && !strings.HasPrefix(d.Name(), ".") && FormatOf(d.Name()) != "" {
			return found
		}
		return nil
	})
	return err == found
}
