package data

import (
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// page is what the main-content extractor finds in a page: the element holding the
// article's text, and the title, byline, outlet and date it reads from the page's
// metadata (JSON-LD among it). Any of them may be empty.
type page struct {
	content   *html.Node
	title     string
	byline    string
	site      string
	published time.Time
}

// mainContent finds the article in a parsed page with go-readability (a port of Mozilla's
// Readability, the reader view of Firefox), which scores every block of the page by its
// text, links and class names and keeps the best with its siblings. It changes doc. When
// the extractor finds nothing, or fails, content is nil.
func mainContent(doc *html.Node) (p page) {
	defer func() {
		if recover() != nil { // a fault in the library costs the page's selection, not the program
			p = page{}
		}
	}()
	parser := readability.NewParser()
	article, err := parser.ParseAndMutate(doc, nil)
	if err != nil {
		return page{}
	}
	p = page{content: article.Node, title: article.Title(), byline: article.Byline(), site: article.SiteName()}
	if t, err := article.PublishedTime(); err == nil {
		p.published = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	}
	if p.content != nil && strings.TrimSpace(nodeText(p.content, p.content, 0)) == "" {
		p.content = nil
	}
	return p
}

// wholePage is the content when the extractor finds none: the article or main element
// with the most text, else the body; the page's furniture words then leave out the rest.
func wholePage(doc *html.Node) *html.Node {
	for _, a := range []atom.Atom{atom.Article, atom.Main} {
		if n := largest(doc, a); n != nil {
			return n
		}
	}
	if n := find(doc, atom.Body); n != nil {
		return n
	}
	return doc
}

func find(n *html.Node, a atom.Atom) *html.Node {
	var found *html.Node
	eachElement(n, func(c *html.Node) bool {
		if c.DataAtom == a {
			found = c
			return false
		}
		return true
	})
	return found
}

// largest returns the element of the given kind with the most text, or nil.
func largest(n *html.Node, a atom.Atom) *html.Node {
	var best *html.Node
	bestLen := 0
	eachElement(n, func(c *html.Node) bool {
		if c.DataAtom == a {
			if l := len(strings.TrimSpace(nodeText(c, c, 0))); l > bestLen {
				best, bestLen = c, l
			}
			return false
		}
		return true
	})
	return best
}
