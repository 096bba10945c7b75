package fetch

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"cryptoatlas/data"
)

// server is a web server on the loopback address that counts the requests for each path.
type server struct {
	*httptest.Server
	mu       sync.Mutex
	requests map[string]int
}

func newServer(t *testing.T, h http.HandlerFunc) *server {
	t.Helper()
	s := &server{requests: map[string]int{}}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.requests[r.URL.Path]++
		s.mu.Unlock()
		h(w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

// requested returns the paths asked for, in no order.
func (s *server) requested() map[string]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := map[string]int{}
	for k, v := range s.requests {
		out[k] = v
	}
	return out
}

// testPage is the test article with its references pointed at base.
func testPage(t *testing.T, base string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "pakistan.html"))
	if err != nil {
		t.Fatal(err)
	}
	return strings.ReplaceAll(string(b), "{{BASE}}", base)
}

// articleServer serves the test article at /news/pakistan and anything else as an
// image, so a request for anything else would be seen and answered.
func articleServer(t *testing.T) *server {
	var s *server
	s = newServer(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/news/pakistan" {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, testPage(t, s.URL))
			return
		}
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG\r\n\x1a\n"))
	})
	return s
}

func fetchErr(t *testing.T, err error) *Error {
	t.Helper()
	var fe *Error
	if !errors.As(err, &fe) {
		t.Fatalf("error %v (%T), want a *fetch.Error", err, err)
	}
	return fe
}

// TestFetchSavesArticleRecord: a fetched page becomes a JSON article record in the
// library, with url and fetched, the page kept beside it, its figures found.
func TestFetchSavesArticleRecord(t *testing.T) {
	s := articleServer(t)
	lib := data.Library{Dir: t.TempDir()}
	address := s.URL + "/news/pakistan"
	before := time.Now().Add(-time.Second)
	path, err := Save(context.Background(), lib, address, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Dir(path) != lib.Dir || filepath.Ext(path) != ".json" {
		t.Fatalf("saved at %s, want a .json in %s", path, lib.Dir)
	}
	var rec data.Record
	b, _ := os.ReadFile(path)
	if err := json.Unmarshal(b, &rec); err != nil {
		t.Fatal(err)
	}
	if rec.URL != address {
		t.Errorf("url %q, want %q", rec.URL, address)
	}
	if ft, err := time.Parse(time.RFC3339, rec.Fetched); err != nil || ft.Before(before.Truncate(time.Second)) {
		t.Errorf("fetched %q", rec.Fetched)
	}
	if !strings.Contains(rec.Title, "Pakistan presses ahead") {
		t.Errorf("title %q", rec.Title)
	}
	if !strings.Contains(rec.Text, "set aside 2,000 MW") || strings.Contains(rec.Text, "fetch(") {
		t.Errorf("text %q", rec.Text)
	}
	page, err := os.ReadFile(strings.TrimSuffix(path, ".json") + data.PageSuffix + ".html")
	if err != nil || !bytes.Contains(page, []byte("<iframe")) {
		t.Errorf("the page as fetched is not kept beside the record: %v", err)
	}

	// The library loads as a folder: the record once, the page never as an article.
	ds, errs, err := data.Load(context.Background(), []string{lib.Dir}, nil)
	if err != nil || len(errs) > 0 {
		t.Fatal(err, errs)
	}
	if len(ds.Articles) != 1 {
		t.Fatalf("%d articles loaded from the library, want 1", len(ds.Articles))
	}
	a := ds.Articles[0]
	if a.URL != address || a.Fetched.IsZero() {
		t.Errorf("loaded url %q fetched %v", a.URL, a.Fetched)
	}
	found := false
	for _, f := range ds.Facts {
		found = found || (f.Metric == data.MiningPowerMW && f.Value == 2000 && f.Country == "Pakistan")
	}
	if !found {
		t.Error("Pakistan's 2,000 MW is not found in the saved record")
	}
}

// TestNothingElseOnThePageIsFetched: scripts, styles, fonts, images, frames, video and
// objects the page names are never requested.
func TestNothingElseOnThePageIsFetched(t *testing.T) {
	s := articleServer(t)
	if _, err := Save(context.Background(), data.Library{Dir: t.TempDir()}, s.URL+"/news/pakistan", Options{}); err != nil {
		t.Fatal(err)
	}
	time.Sleep(50 * time.Millisecond) // time for a stray request to arrive
	got := s.requested()
	if len(got) != 1 || got["/news/pakistan"] != 1 {
		t.Errorf("requests %v, want only /news/pakistan once", got)
	}
}

// TestRefetchUpdatesRecordKeepsEdits: adding the same address again rewrites its record
// in place and leaves the user's edits file beside it as it was.
func TestRefetchUpdatesRecordKeepsEdits(t *testing.T) {
	var mu sync.Mutex
	text := "In March, the government set aside 2,000 MW for bitcoin mining in Pakistan."
	s := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprintf(w, "<html><head><title>Pakistan mining</title></head><body><article><h1>Pakistan mining</h1><p>%s</p></article></body></html>", text)
	})
	lib := data.Library{Dir: t.TempDir()}
	first, err := Save(context.Background(), lib, s.URL+"/a", Options{})
	if err != nil {
		t.Fatal(err)
	}
	edits := first + data.CurationSuffix
	kept := []byte(`{"version": 1, "facts": []}` + "\n")
	if err := os.WriteFile(edits, kept, 0o644); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	text = "In May, the government set aside 2,500 MW for bitcoin mining in Pakistan."
	mu.Unlock()
	second, err := Save(context.Background(), lib, s.URL+"/a#comments", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if second != first {
		t.Errorf("saved again at %s, want %s", second, first)
	}
	if b, _ := os.ReadFile(second); !bytes.Contains(b, []byte("2,500 MW")) {
		t.Errorf("the record was not updated: %s", b)
	}
	if b, err := os.ReadFile(edits); err != nil || !bytes.Equal(b, kept) {
		t.Errorf("the edits file changed: %q, %v", b, err)
	}
	entries, _ := os.ReadDir(lib.Dir)
	if len(entries) != 3 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("library holds %v, want the record, its page and its edits", names)
	}
}

// redirector sends /r/N to /r/N-1 and serves a page at /r/0; /loop/a and /loop/b send
// to each other.
func redirector(t *testing.T) *server {
	return newServer(t, func(w http.ResponseWriter, r *http.Request) {
		switch p := r.URL.Path; {
		case p == "/r/0":
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			fmt.Fprint(w, "Bhutan holds 13,000 BTC\n\nBhutan's government holds about 13,000 BTC, the report said.\n")
		case strings.HasPrefix(p, "/r/"):
			var n int
			fmt.Sscanf(p, "/r/%d", &n)
			http.Redirect(w, r, fmt.Sprintf("/r/%d", n-1), http.StatusFound)
		case p == "/loop/a":
			http.Redirect(w, r, "/loop/b", http.StatusMovedPermanently)
		case p == "/loop/b":
			http.Redirect(w, r, "/loop/a", http.StatusMovedPermanently)
		case p == "/to-ftp":
			http.Redirect(w, r, "ftp://127.0.0.1/file", http.StatusFound)
		default:
			http.NotFound(w, r)
		}
	})
}

func TestFiveRedirectsAreFollowed(t *testing.T) {
	s := redirector(t)
	p, err := Get(context.Background(), s.URL+"/r/5", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if p.URL != s.URL+"/r/0" || p.Format != "txt" {
		t.Errorf("ended at %s as %s", p.URL, p.Format)
	}
}

func TestMoreThanFiveRedirectsRefused(t *testing.T) {
	s := redirector(t)
	_, err := Get(context.Background(), s.URL+"/r/6", Options{})
	fe := fetchErr(t, err)
	if !strings.Contains(fe.Reason, "more than 5 redirects") || fe.Address != s.URL+"/r/6" {
		t.Errorf("error %q", err)
	}
	if n := s.requested()["/r/0"]; n != 0 {
		t.Error("the sixth redirect was followed")
	}
}

func TestRedirectLoopRefused(t *testing.T) {
	s := redirector(t)
	_, err := Get(context.Background(), s.URL+"/loop/a", Options{})
	if fe := fetchErr(t, err); !strings.Contains(fe.Reason, "redirect loop") {
		t.Errorf("error %q", err)
	}
	if n := s.requested()["/loop/a"] + s.requested()["/loop/b"]; n > 3 {
		t.Errorf("%d requests in the loop", n)
	}
}

func TestRedirectToOtherSchemeRefused(t *testing.T) {
	s := redirector(t)
	_, err := Get(context.Background(), s.URL+"/to-ftp", Options{})
	if fe := fetchErr(t, err); !strings.Contains(fe.Reason, "ftp") {
		t.Errorf("error %q", err)
	}
}

// TestSlowResponseTimesOut: a server that never answers, or stops halfway through the
// page, is given up on at the time limit, with a message saying so.
func TestSlowResponseTimesOut(t *testing.T) {
	release := make(chan struct{})
	s := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/half" {
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte("<html><body><p>The start of a page"))
			w.(http.Flusher).Flush()
		}
		select {
		case <-release:
		case <-r.Context().Done():
		}
	})
	defer close(release)
	for _, path := range []string{"/silent", "/half"} {
		start := time.Now()
		_, err := Get(context.Background(), s.URL+path, Options{Timeout: 300 * time.Millisecond})
		if took := time.Since(start); took > 3*time.Second {
			t.Errorf("%s: took %s with a 300ms limit", path, took)
		}
		if fe := fetchErr(t, err); !strings.Contains(fe.Reason, "no answer within 300ms") {
			t.Errorf("%s: error %q", path, err)
		}
	}
}

func TestDefaultTimeoutIs15s(t *testing.T) {
	if (Options{}).timeout() != 15*time.Second {
		t.Errorf("default timeout %s", Options{}.timeout())
	}
}

// TestHugeBodyRefused: a page over the size cap is refused whether or not the server
// says its length first, and no more than the cap is read.
func TestHugeBodyRefused(t *testing.T) {
	const capBytes = 64 << 10
	s := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		chunk := bytes.Repeat([]byte("<p>Bitcoin.</p>\n"), 1024)
		if r.URL.Path == "/declared" {
			w.Header().Set("Content-Length", fmt.Sprint(len(chunk)*100))
		}
		for i := 0; i < 100; i++ {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	for _, path := range []string{"/declared", "/chunked"} {
		_, err := Get(context.Background(), s.URL+path, Options{MaxBytes: capBytes})
		if fe := fetchErr(t, err); !strings.Contains(fe.Reason, "larger than the 64 KB") {
			t.Errorf("%s: error %q", path, err)
		}
	}
	if (Options{}).maxBytes() != 5<<20 {
		t.Errorf("default cap %d", Options{}.maxBytes())
	}
}

// TestWrongContentTypeRefused: images, PDFs and other non-pages are refused by their
// type, even when the bytes would parse; a page without a type is read if it is HTML.
func TestWrongContentTypeRefused(t *testing.T) {
	s := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/png":
			w.Header().Set("Content-Type", "image/png")
			w.Write([]byte("\x89PNG\r\n\x1a\n"))
		case "/pdf":
			w.Header().Set("Content-Type", "application/pdf")
			w.Write([]byte("%PDF-1.7\n"))
		case "/json":
			w.Header().Set("Content-Type", "application/json")
			w.Write([]byte(`{"title": "x", "text": "y"}`))
		case "/untyped-html":
			w.Header()["Content-Type"] = nil // no type, and none sniffed by the server
			w.Write([]byte("<!DOCTYPE html><html><body><p>Bhutan holds 13,000 BTC.</p></body></html>"))
		case "/untyped-binary":
			w.Header()["Content-Type"] = nil
			w.Write([]byte("\x00\x01\x02\x03binary"))
		}
	})
	for path, want := range map[string]string{"/png": "image/png", "/pdf": "application/pdf", "/json": "application/json", "/untyped-binary": "application/octet-stream"} {
		_, err := Get(context.Background(), s.URL+path, Options{})
		if fe := fetchErr(t, err); !strings.Contains(fe.Reason, want) || !strings.Contains(fe.Reason, "only HTML and plain text") {
			t.Errorf("%s: error %q", path, err)
		}
	}
	if p, err := Get(context.Background(), s.URL+"/untyped-html", Options{}); err != nil || p.Format != "html" {
		t.Errorf("an untyped HTML page: %v", err)
	}
}

// TestOnlyHTTPAndHTTPS: other schemes are refused before anything is sent.
func TestOnlyHTTPAndHTTPS(t *testing.T) {
	for _, a := range []string{"ftp://127.0.0.1/x", "file:///etc/passwd", "mailto:news@example.com", "javascript:alert(1)", "data:text/html,<p>x</p>", "", "https://"} {
		_, err := Get(context.Background(), a, Options{})
		if err == nil {
			t.Errorf("%q: fetched", a)
			continue
		}
		fe := fetchErr(t, err)
		if a != "" && !strings.Contains(fe.Error(), a) {
			t.Errorf("%q: the message %q does not name the address", a, fe)
		}
	}
}

// TestAddressWithoutScheme: "host/path" is read as https, "host:port/path" too.
func TestAddressWithoutScheme(t *testing.T) {
	for in, want := range map[string]string{
		"example.com/news":         "https://example.com/news",
		"localhost:8080/x":         "https://localhost:8080/x",
		" http://Example.com/a#b ": "http://Example.com/a",
	} {
		u, err := ParseAddress(in)
		if err != nil || u.String() != want {
			t.Errorf("%q: %v %v, want %s", in, u, err, want)
		}
	}
}

// TestRefusedConnection: a closed port gives a message that names the address and says
// it was refused.
func TestRefusedConnection(t *testing.T) {
	s := httptest.NewServer(http.NotFoundHandler())
	address := s.URL + "/gone"
	s.Close()
	_, err := Get(context.Background(), address, Options{})
	fe := fetchErr(t, err)
	if fe.Address != address || !strings.Contains(fe.Reason, "refused") {
		t.Errorf("error %q", err)
	}
}

func TestServerErrorsNamed(t *testing.T) {
	s := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/forbidden":
			http.Error(w, "no", http.StatusForbidden)
		default:
			http.NotFound(w, r)
		}
	})
	for path, want := range map[string]string{"/missing": "404 Not Found", "/forbidden": "403 Forbidden"} {
		_, err := Get(context.Background(), s.URL+path, Options{})
		if fe := fetchErr(t, err); !strings.Contains(fe.Reason, want) {
			t.Errorf("%s: error %q", path, err)
		}
	}
}

// TestDeclaredCharsetConverted: a page its server says is in windows-1252 is read as
// the text it is, not refused as invalid UTF-8.
func TestDeclaredCharsetConverted(t *testing.T) {
	s := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=windows-1252")
		w.Write([]byte("Caf\xe9 \x93news\x94\n\nEl Salvador holds 6,200 BTC.\n"))
	})
	p, err := Get(context.Background(), s.URL+"/", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(p.Body), "Café “news”") {
		t.Errorf("body %q", p.Body)
	}
}

func TestCancelled(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	s := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	})
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(50*time.Millisecond, cancel)
	_, err := Get(ctx, s.URL+"/", Options{})
	if fe := fetchErr(t, err); fe.Reason != "cancelled" || !errors.Is(err, context.Canceled) {
		t.Errorf("error %q", err)
	}
}

// TestPageWithoutArticle: a page with no text is reported by its address, nothing saved.
func TestPageWithoutArticle(t *testing.T) {
	s := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<html><body><script>x()</script></body></html>"))
	})
	lib := data.Library{Dir: t.TempDir()}
	_, err := Save(context.Background(), lib, s.URL+"/empty", Options{})
	if fe := fetchErr(t, err); !strings.Contains(fe.Reason, "no article") {
		t.Errorf("error %q", err)
	}
	if entries, _ := os.ReadDir(lib.Dir); len(entries) != 0 {
		t.Errorf("saved %d files for a page without an article", len(entries))
	}
}
