// Package feedtest serves feeds and article pages on the loopback address, for the tests
// of data/fetch, the command line and the window (feeds, and pages opened by their web
// address). It counts every request, so a test can check that nothing but the feed and
// its items' pages was asked for.
package feedtest

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
)

// BigItems is how many items /big.xml lists.
const BigItems = 500

// Server serves:
//
//	/rss.xml    RSS 2.0: /news/bhutan, /news/pakistan, /go/salvador (a redirect to
//	            /news/salvador) and /news/gone (404)
//	/atom.xml   Atom, relative links: /news/bhutan and /news/salvador
//	/big.xml    RSS served as text/xml with BigItems items, /item/1 … /item/500
//	/slow.xml   RSS whose one item, /news/slow, never answers until the test ends
//	/news/...   the articles, each with a script, an image and a frame never to be fetched
//	/news/pakistan.txt  the Pakistan article as plain text
type Server struct {
	*httptest.Server
	mu   sync.Mutex
	seen []string // every path asked for, in order
}

// New starts a server that closes when the test ends.
func New(t testing.TB) *Server {
	t.Helper()
	s := &Server{}
	release := make(chan struct{})
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.seen = append(s.seen, r.URL.Path)
		s.mu.Unlock()
		s.serve(w, r, release)
	}))
	t.Cleanup(func() { close(release); s.Close() })
	return s
}

// Requested returns how often each path was asked for.
func (s *Server) Requested() map[string]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	counts := make(map[string]int, len(s.seen))
	for _, p := range s.seen {
		counts[p]++
	}
	return counts
}

// articles are the pages the feeds list: a title and a sentence with a figure.
var articles = map[string][2]string{
	"/news/bhutan":   {"Bhutan's hidden reserve", "Bhutan's government holds about 13,000 BTC, mined with hydro power, the report said."},
	"/news/pakistan": {"Pakistan sets aside power for mining", "In May, Pakistan set aside 2,000 MW of surplus power for bitcoin mining, officials said."},
	"/news/salvador": {"El Salvador keeps buying", "El Salvador has acquired over 6,200 BTC since it made bitcoin legal tender, the office said."},
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request, release chan struct{}) {
	base := "http://" + r.Host
	p := r.URL.Path
	switch {
	case p == "/rss.xml":
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, rss("Policy wire", base, "/news/bhutan", "/news/pakistan", "/go/salvador", "/news/gone"))
	case p == "/atom.xml":
		w.Header().Set("Content-Type", "application/atom+xml; charset=utf-8")
		fmt.Fprint(w, `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title>`+
			`<entry><title>Bhutan</title><link rel="alternate" href="/news/bhutan"/><id>1</id></entry>`+
			`<entry><title>El Salvador</title><link rel="alternate" href="/news/salvador"/><id>2</id></entry></feed>`)
	case p == "/big.xml":
		links := make([]string, BigItems)
		for i := range links {
			links[i] = fmt.Sprintf("/item/%d", i+1)
		}
		w.Header().Set("Content-Type", "text/xml")
		fmt.Fprint(w, rss("Big wire", base, links...))
	case p == "/slow.xml":
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, rss("Slow wire", base, "/news/slow"))
	case p == "/go/salvador":
		http.Redirect(w, r, "/news/salvador", http.StatusFound)
	case p == "/news/slow":
		select {
		case <-release:
		case <-r.Context().Done():
		}
	case p == "/news/pakistan.txt":
		w.Header().Set("Content-Type", "text/plain")
		a := articles["/news/pakistan"]
		fmt.Fprintf(w, "%s\n\n%s\n", a[0], a[1])
	case strings.HasPrefix(p, "/item/"):
		page(w, "Item "+strings.TrimPrefix(p, "/item/"), "Bhutan's government holds about 13,000 BTC, the report said.")
	default:
		a, ok := articles[p]
		if !ok {
			http.NotFound(w, r)
			return
		}
		page(w, a[0], a[1])
	}
}

func rss(title, base string, links ...string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0"?><rss version="2.0"><channel><title>%s</title><link>%s/</link>`, title, base)
	for _, l := range links {
		fmt.Fprintf(&b, `<item><title>%s</title><link>%s%s</link></item>`, l, base, l)
	}
	b.WriteString(`</channel></rss>`)
	return b.String()
}

func page(w http.ResponseWriter, title, sentence string) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, `<html><head><title>%[1]s</title><script src="/app.js"></script></head><body><article>`+
		`<h1>%[1]s</h1><img src="/photo.jpg"><p>%[2]s</p><iframe src="/frame"></iframe></article></body></html>`, title, sentence)
}
