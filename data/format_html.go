package data

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxHTMLDepth bounds the walk of absurdly nested pages; article text never sits
// this deep.
const maxHTMLDepth = 256

// parseHTML reads an HTML page with golang.org/x/net/html and takes its article from the
// main-content extractor (format_html_main.go): the title, the byline, then the article's
// headings, paragraphs and bullets, without scripts, styles, navigation, headers, footers,
// asides, forms and elements whose class or id names site furniture; figure captions are
// boilerplate.
func parseHTML(a *Article, b []byte) error {
	b, err := prepareHTML(b)
	if err != nil {
		return err
	}
	doc, err := parsePrepared(b)
	if err != nil {
		return err
	}
	meta := readHTMLMeta(doc)
	p := mainContent(doc)
	applyMeta(a, meta, p)
	root := p.content
	if root == nil {
		// The extractor may have changed the page before giving up: read it afresh.
		if doc, err = parsePrepared(b); err != nil {
			return err
		}
		root = wholePage(doc)
	}
	tb := textBuilder{sectionsByMarkup: true}
	tb.b.Grow(len(b)) // the text is a part of the page: grow once, if at all
	var pending strings.Builder
	flush := func() {
		if pending.Len() > 0 {
			tb.add(Paragraph, 0, pending.String())
			pending.Reset()
		}
	}
	tb.add(Title, 1, a.Title)
	if p.byline != "" && !strings.Contains(nodeText(root, root, 0), p.byline) {
		tb.add(Meta, 0, p.byline)
	}
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if depth > maxHTMLDepth {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				pending.WriteString(c.Data)
				continue
			case html.ElementNode:
			default:
				continue
			}
			if skipElement(c, root) {
				continue
			}
			switch c.DataAtom {
			case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
				flush()
				t := nodeText(c, root, depth)
				if !sameText(t, a.Title) {
					tb.add(Heading, int(c.Data[1]-'0'), t)
				}
			case atom.P, atom.Dt, atom.Dd, atom.Td, atom.Th, atom.Caption:
				flush()
				tb.add(Paragraph, 0, nodeText(c, root, depth))
			case atom.Li:
				flush()
				tb.add(Bullet, 0, nodeText(c, root, depth))
			case atom.Figcaption:
				flush()
				tb.add(Boilerplate, 0, nodeText(c, root, depth))
			case atom.Br:
				pending.WriteByte(' ')
			case atom.Pre, atom.Code, atom.Samp, atom.Img, atom.Picture, atom.Video, atom.Audio, atom.Canvas, atom.Object:
			case atom.A, atom.Span, atom.Strong, atom.B, atom.Em, atom.I, atom.U, atom.Small, atom.Sup, atom.Sub,
				atom.Abbr, atom.Time, atom.Mark, atom.Q, atom.Cite, atom.Font, atom.S, atom.Del, atom.Ins:
				pending.WriteString(nodeText(c, root, depth))
			default:
				flush()
				walk(c, depth+1)
				flush()
			}
		}
	}
	walk(root, 0)
	flush()
	tb.finish(a)
	return nil
}

func parsePrepared(b []byte) (*html.Node, error) {
	doc, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		if strings.Contains(err.Error(), "open stack of elements") {
			return nil, errors.New("HTML nested deeper than 512 levels: not a page this program reads")
		}
		return nil, fmt.Errorf("not readable HTML: %v", err)
	}
	return doc, nil
}

// sameText reports whether two texts read the same, spacing and case aside.
func sameText(s, t string) bool {
	return strings.EqualFold(strings.Join(strings.Fields(cleanText(s)), " "), strings.Join(strings.Fields(cleanText(t)), " "))
}

// prepareHTML rewrites a page for the parser so that its time and memory stay in
// proportion to the page: it refuses pages with more than MaxHTMLTags tags, drops
// comments, and turns the inline formatting elements (b, i, font...) into span. The
// parser re-opens unclosed formatting elements in every later paragraph, so a few
// hundred unclosed <b id=…> and a few thousand <p> make billions of nodes (200 KB of
// such HTML took 26 s and 3.6 GB); span looks the same to the text and is never
// re-opened. Links stay: a new <a> closes an open one, so they never pile up, and the
// extractor tells navigation from text by its links. Text is re-escaped, so the parser
// sees exactly the tags counted here.
func prepareHTML(b []byte) ([]byte, error) {
	z := html.NewTokenizer(bytes.NewReader(b))
	var out bytes.Buffer
	out.Grow(len(b) + len(b)/8 + 64) // re-escaping may lengthen the text a little
	tags := 0
	jsonLD := false // in a script of JSON-LD, the page's metadata that the extractor reads
	for {
		tt := z.Next()
		if jsonLD && tt == html.TextToken {
			// A script's text is never unescaped, so it is written as it came, with "<"
			// as JSON's own escape: the same data, and no tag hidden from the count.
			out.WriteString(strings.ReplaceAll(string(z.Raw()), "<", `\u003c`))
			continue
		}
		jsonLD = false
		switch tt {
		case html.ErrorToken:
			if err := z.Err(); err != io.EOF {
				return nil, fmt.Errorf("not readable HTML: %v", err)
			}
			return out.Bytes(), nil
		case html.CommentToken:
			continue
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			if tags++; tags > MaxHTMLTags {
				return nil, fmt.Errorf("more than %s HTML tags; pages with more are not read (an article page has a few thousand)", thousands(MaxHTMLTags))
			}
			t := z.Token()
			switch t.DataAtom {
			case atom.B, atom.Big, atom.Em, atom.Font, atom.I, atom.Nobr, atom.S, atom.Small, atom.Strike, atom.Strong, atom.Tt, atom.U:
				t.DataAtom, t.Data = atom.Span, "span"
			case atom.Code:
				t.DataAtom, t.Data = atom.Samp, "samp" // code is left out of the text, like samp
			case atom.Script:
				jsonLD = tt == html.StartTagToken && isJSONLD(t)
			}
			out.WriteString(t.String())
		default:
			out.WriteString(z.Token().String())
		}
	}
}

func isJSONLD(t html.Token) bool {
	for _, at := range t.Attr {
		if at.Key == "type" && strings.EqualFold(strings.TrimSpace(at.Val), "application/ld+json") {
			return true
		}
	}
	return false
}

// nodeText gathers the visible text below n.
func nodeText(n, root *html.Node, depth int) string {
	if c := n.FirstChild; c != nil && c.NextSibling == nil && c.Type == html.TextNode {
		return c.Data // most paragraphs: one run of text, no copy needed
	}
	var b strings.Builder
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if depth > maxHTMLDepth {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				b.WriteString(c.Data)
			case html.ElementNode:
				if skipElement(c, root) {
					continue
				}
				if c.DataAtom == atom.Br || c.DataAtom == atom.Li || c.DataAtom == atom.P {
					b.WriteByte(' ')
				}
				walk(c, depth+1)
			}
		}
	}
	walk(n, depth)
	return b.String()
}

// furniture are words in class and id attributes that mark parts of a page that are
// not the article.
var furniture = map[string]bool{
	"nav": true, "navbar": true, "navigation": true, "menu": true, "footer": true, "sidebar": true,
	"cookie": true, "cookies": true, "consent": true, "share": true, "sharing": true, "social": true,
	"related": true, "newsletter": true, "subscribe": true, "subscription": true, "comments": true,
	"comment": true, "ad": true, "ads": true, "advert": true, "advertisement": true, "promo": true,
	"breadcrumb": true, "breadcrumbs": true, "widget": true, "popup": true, "modal": true, "ticker": true,
	"trending": true, "recommended": true, "outbrain": true, "taboola": true, "banner": true, "masthead": true,
}

func skipElement(n, root *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Nav, atom.Footer, atom.Aside, atom.Form,
		atom.Button, atom.Svg, atom.Iframe, atom.Template, atom.Select, atom.Input, atom.Textarea, atom.Head, atom.Menu:
		return true
	case atom.Header:
		return !inside(n, root) || root.DataAtom != atom.Article
	}
	for _, at := range n.Attr {
		switch at.Key {
		case "class", "id":
			if namesFurniture(at.Val) {
				return true
			}
		case "role":
			switch at.Val {
			case "navigation", "banner", "contentinfo", "complementary", "search":
				return true
			}
		case "hidden", "aria-hidden":
			if at.Key == "hidden" || at.Val == "true" {
				return true
			}
		}
	}
	return false
}

// namesFurniture reports whether a class or id holds a furniture word ("site-nav"),
// without making a list of its words: a page may repeat a class a million times.
func namesFurniture(val string) bool {
	val = strings.ToLower(val)
	start := 0
	for i := 0; i <= len(val); i++ {
		if i < len(val) && (val[i] >= 'a' && val[i] <= 'z' || val[i] >= '0' && val[i] <= '9') {
			continue
		}
		if i > start && furniture[val[start:i]] {
			return true
		}
		start = i + 1
	}
	return false
}

func inside(n, root *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p == root {
			return true
		}
	}
	return false
}

// eachElement visits elements depth first without recursion, so nesting depth cannot
// exhaust the stack; visit returns false to skip an element's children.
func eachElement(n *html.Node, visit func(*html.Node) bool) {
	stack := []*html.Node{n}
	for len(stack) > 0 {
		c := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if c.Type == html.ElementNode && c != n && !visit(c) {
			continue
		}
		for k := c.LastChild; k != nil; k = k.PrevSibling {
			stack = append(stack, k)
		}
	}
}
