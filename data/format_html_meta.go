package data

import (
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is what a page says of itself in its head and its time elements.
type pageMeta struct {
	title, ogTitle string
	site           string    // og:site_name
	appName        string    // application-name or publisher meta, a weaker name for the outlet
	url            string    // og:url or the canonical link
	published      time.Time // article:published_time and the like
	timeElement    time.Time // the first <time datetime> of the page
}

// readHTMLMeta reads a page's metadata; it runs before the extractor, which drops the
// head's scripts (JSON-LD among them, which the extractor reads itself).
func readHTMLMeta(doc *html.Node) pageMeta {
	var m pageMeta
	eachElement(doc, func(n *html.Node) bool {
		switch n.DataAtom {
		case atom.Title:
			if m.title == "" {
				m.title = strings.TrimSpace(nodeText(n, n, 0))
			}
		case atom.Meta:
			key, content := "", ""
			for _, at := range n.Attr {
				switch at.Key {
				case "property", "name", "itemprop":
					key = strings.ToLower(at.Val)
				case "content":
					content = strings.TrimSpace(at.Val)
				}
			}
			switch key {
			case "og:site_name":
				m.site = firstOf(m.site, cleanText(content))
			case "application-name", "publisher":
				m.appName = firstOf(m.appName, cleanText(content))
			case "og:title", "twitter:title":
				m.ogTitle = content
			case "og:url":
				m.url = firstOf(m.url, content)
			case "article:published_time", "datepublished", "date", "pubdate", "publish-date", "dc.date":
				if m.published.IsZero() {
					m.published = parseTime(content)
				}
			}
		case atom.Link:
			rel, href := "", ""
			for _, at := range n.Attr {
				switch at.Key {
				case "rel":
					rel = at.Val
				case "href":
					href = at.Val
				}
			}
			if rel == "canonical" && m.url == "" {
				m.url = href
			}
		case atom.Time:
			for _, at := range n.Attr {
				if at.Key == "datetime" && m.timeElement.IsZero() {
					m.timeElement = parseTime(at.Val)
				}
			}
		}
		return true
	})
	return m
}

// applyMeta sets the article's title, outlet, address and date from the page's own
// metadata and what the extractor read: the outlet from og:site_name, else JSON-LD's
// publisher; the date from article:published_time, else JSON-LD's datePublished, else
// the first <time datetime>.
func applyMeta(a *Article, m pageMeta, p page) {
	title := firstOf(p.title, m.ogTitle, m.title)
	a.Title = strings.Join(strings.Fields(cleanText(title)), " ")
	a.Source = firstOf(a.Source, m.site, cleanText(p.site), m.appName)
	a.URL = firstOf(a.URL, m.url)
	if a.Published.IsZero() {
		for _, t := range []time.Time{m.published, p.published, m.timeElement} {
			if !t.IsZero() {
				a.Published = t
				break
			}
		}
	}
}

// firstOf returns the first of its arguments that is not empty.
func firstOf(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}
