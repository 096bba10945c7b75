package main

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"cryptoatlas/data"
	"cryptoatlas/data/fetch/feedtest"
)

// TestFetchCommandSavesPages: `cryptoatlas fetch -o DIR URL...` saves a record for each
// page, prints each path, fetches nothing the pages refer to, and the records extract.
func TestFetchCommandSavesPages(t *testing.T) {
	s := feedtest.New(t)
	dir := t.TempDir()
	out, errs, code := runCLI("fetch", "-o", dir, s.URL+"/news/bhutan", s.URL+"/news/pakistan.txt")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	paths := strings.Fields(out)
	if len(paths) != 2 {
		t.Fatalf("printed %q, want two paths", out)
	}
	for _, p := range paths {
		if filepath.Dir(p) != dir || filepath.Ext(p) != ".json" {
			t.Errorf("saved %s, want a record in %s", p, dir)
		}
		if _, err := os.Stat(p); err != nil {
			t.Error(err)
		}
	}
	if got := s.Requested(); len(got) != 2 {
		t.Errorf("requests %v, want only the two pages", got)
	}
	js, errs, code := runCLI("extract", dir)
	if code != 0 {
		t.Fatalf("extract: exit %d, %s", code, errs)
	}
	for _, want := range []string{`"country": "Bhutan"`, `"country": "Pakistan"`, s.URL + "/news/bhutan"} {
		if !strings.Contains(js, want) {
			t.Errorf("extract of the fetched records lacks %s", want)
		}
	}
}

// TestFetchCommandUsesLibrary: without -o, pages go to $CRYPTOATLAS_LIBRARY; fetching
// the same address again prints the same path and keeps the edits file beside it.
func TestFetchCommandUsesLibrary(t *testing.T) {
	s := feedtest.New(t)
	lib := filepath.Join(t.TempDir(), "library")
	t.Setenv(data.LibraryEnv, lib)
	out, errs, code := runCLI("fetch", s.URL+"/news/bhutan")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	path := strings.TrimSpace(out)
	if filepath.Dir(path) != lib {
		t.Fatalf("saved %s, want it in %s", path, lib)
	}
	edits := []byte(`{"version": 1}`)
	if err := os.WriteFile(path+data.CurationSuffix, edits, 0o644); err != nil {
		t.Fatal(err)
	}
	again, _, code := runCLI("fetch", s.URL+"/news/bhutan")
	if code != 0 || strings.TrimSpace(again) != path {
		t.Errorf("fetched again: exit %d, saved %q, want %s", code, again, path)
	}
	if b, _ := os.ReadFile(path + data.CurationSuffix); string(b) != string(edits) {
		t.Errorf("the edits file became %q", b)
	}
}

// TestFetchCommandFailureNamesAddress: a page that fails is reported as
// "cryptoatlas: URL: reason" with exit 1, while the other pages are saved.
func TestFetchCommandFailureNamesAddress(t *testing.T) {
	s := feedtest.New(t)
	dir := t.TempDir()
	missing := s.URL + "/missing"
	out, errs, code := runCLI("fetch", "-o", dir, missing, s.URL+"/news/pakistan.txt")
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if want := "cryptoatlas: " + missing + ": the server answered 404 Not Found"; !strings.HasPrefix(errs, want) {
		t.Errorf("stderr %q, want it to start %q", errs, want)
	}
	if len(strings.Fields(out)) != 1 {
		t.Errorf("stdout %q: the other page should still be saved", out)
	}
}

// TestFetchCommandTimeout: a page that never comes is given up at the time limit.
func TestFetchCommandTimeout(t *testing.T) {
	s := feedtest.New(t)
	defer func(o time.Duration) { fetchOptions.Timeout = o }(fetchOptions.Timeout)
	fetchOptions.Timeout = 200 * time.Millisecond
	_, errs, code := runCLI("fetch", "-o", t.TempDir(), s.URL+"/news/slow")
	if code != 1 || !strings.Contains(errs, s.URL+"/news/slow: no answer within 200ms") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
}

// TestFetchCommandOffline: a port nobody listens on is reported as refused.
func TestFetchCommandOffline(t *testing.T) {
	s := httptest.NewServer(http.NotFoundHandler())
	url := s.URL + "/news"
	s.Close()
	_, errs, code := runCLI("fetch", "-o", t.TempDir(), url)
	if code != 1 || !strings.Contains(errs, url+": the server refused the connection") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
}

func TestFetchCommandUsageErrors(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file.txt")
	os.WriteFile(file, []byte("x"), 0o644)
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"fetch"}, 2, "no address given"},
		{[]string{"fetch", "ftp://127.0.0.1/a"}, 2, "only http and https"},
		{[]string{"fetch", "file:///etc/passwd"}, 2, "only http and https"},
		{[]string{"fetch", "--nosuch", "http://127.0.0.1/"}, 2, "nosuch"},
		{[]string{"fetch", "-o"}, 2, "-o"},
		{[]string{"fetch", "-o", file, "http://127.0.0.1:1/"}, 1, "not a folder"},
	} {
		out, errs, code := runCLI(c.args...)
		if code != c.code || !strings.Contains(errs, c.want) || out != "" {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", c.args, code, out, errs)
		}
	}
}

// TestFetchRecordShape: the saved record is the article record of DESIGN.md with url
// and fetched.
func TestFetchRecordShape(t *testing.T) {
	s := feedtest.New(t)
	out, _, code := runCLI("fetch", "-o", t.TempDir(), s.URL+"/news/bhutan")
	if code != 0 {
		t.Fatal(code)
	}
	b, err := os.ReadFile(strings.TrimSpace(out))
	if err != nil {
		t.Fatal(err)
	}
	var rec map[string]any
	if err := json.Unmarshal(b, &rec); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"title", "source", "url", "fetched", "text"} {
		if _, ok := rec[k]; !ok {
			t.Errorf("record lacks %q: %s", k, b)
		}
	}
}

// TestWindowOpensLibrary: with no path the window opens the library once it holds an
// article, and the sample before.
func TestWindowOpensLibrary(t *testing.T) {
	lib := filepath.Join(t.TempDir(), "library")
	t.Setenv(data.LibraryEnv, lib)
	if got := startPaths(nil); got != nil {
		t.Errorf("with no library: %v, want the sample", got)
	}
	os.MkdirAll(lib, 0o755)
	os.WriteFile(filepath.Join(lib, "notes.atlas-page.html"), []byte("<p>x</p>"), 0o644)
	if got := startPaths(nil); got != nil {
		t.Errorf("with a library holding only a kept page: %v, want the sample", got)
	}
	os.WriteFile(filepath.Join(lib, "a.json"), []byte(`{"title": "t", "text": "Bhutan holds 13,000 BTC."}`), 0o644)
	if got := startPaths(nil); len(got) != 1 || got[0] != lib {
		t.Errorf("with an article in the library: %v", got)
	}
	if got := startPaths([]string{"x.txt"}); len(got) != 1 || got[0] != "x.txt" {
		t.Errorf("with a path: %v", got)
	}
}
