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

// parseHTML reads an HTML page with golang.org/x/net/html: the article (or main) element
// if there is one, else the body, without scripts, styles, navigation, headers, footers,
// asides, forms and elements whose class or id names site furniture.
func parseHTML(a *Article, b []byte) error {
	b, err := prepareHTML(b)
	if err != nil {
		return err
	}
	doc, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		if strings.Contains(err.Error(), "open stack of elements") {
			return errors.New("HTML nested deeper than 512 levels: not a page this program reads")
		}
		return fmt.Errorf("not readable HTML: %v", err)
	}
	readHTMLMeta(a, doc)
	root := largest(doc, atom.Article)
	if root == nil {
		root = largest(doc, atom.Main)
	}
	if root == nil {
		root = find(doc, atom.Body)
	}
	if root == nil {
		root = doc
	}
	var tb textBuilder
	tb.b.Grow(len(b)) // the text is a part of the page: grow once, if at all
	var pending strings.Builder
	flush := func() {
		if pending.Len() > 0 {
			tb.add(Paragraph, 0, pending.String())
			pending.Reset()
		}
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
				level := int(c.Data[1] - '0')
				kind := Heading
				if level == 1 && a.Title == "" {
					kind = Title
				}
				t := nodeText(c, root, depth)
				if kind == Title {
					a.Title = strings.Join(strings.Fields(cleanText(t)), " ")
				}
				tb.add(kind, level, t)
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

// prepareHTML rewrites a page for the parser so that its time and memory stay in
// proportion to the page: it refuses pages with more than MaxHTMLTags tags, drops
// comments, and turns the inline formatting elements (b, i, a, font...) into span. The
// parser re-opens unclosed formatting elements in every later paragraph, so a few
// hundred unclosed <b id=…> and a few thousand <p> make billions of nodes (200 KB of
// such HTML took 26 s and 3.6 GB); span looks the same to the text and is never
// re-opened. Text is re-escaped, so the parser sees exactly the tags counted here.
func prepareHTML(b []byte) ([]byte, error) {
	z := html.NewTokenizer(bytes.NewReader(b))
	var out bytes.Buffer
	out.Grow(len(b) + len(b)/8 + 64) // re-escaping may lengthen the text a little
	tags := 0
	for {
		switch z.Next() {
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
			case atom.A, atom.B, atom.Big, atom.Em, atom.Font, atom.I, atom.Nobr, atom.S, atom.Small, atom.Strike, atom.Strong, atom.Tt, atom.U:
				t.DataAtom, t.Data = atom.Span, "span"
			case atom.Code:
				t.DataAtom, t.Data = atom.Samp, "samp" // code is left out of the text, like samp
			}
			out.WriteString(t.String())
		default:
			out.WriteString(z.Token().String())
		}
	}
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

// readHTMLMeta takes the title, outlet, address and date from a page's metadata.
func readHTMLMeta(a *Article, doc *html.Node) {
	var title, ogTitle string
	eachElement(doc, func(n *html.Node) bool {
		switch n.DataAtom {
		case atom.Title:
			if title == "" {
				title = strings.TrimSpace(nodeText(n, n, 0))
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
			case "og:site_name", "application-name", "publisher":
				if a.Source == "" {
					a.Source = cleanText(content)
				}
			case "og:title", "twitter:title":
				ogTitle = content
			case "og:url":
				if a.URL == "" {
					a.URL = content
				}
			case "article:published_time", "datepublished", "date", "pubdate", "publish-date", "dc.date":
				if a.Published.IsZero() {
					a.Published = parseTime(content)
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
			if rel == "canonical" && a.URL == "" {
				a.URL = href
			}
		case atom.Time:
			for _, at := range n.Attr {
				if at.Key == "datetime" && a.Published.IsZero() {
					a.Published = parseTime(at.Val)
				}
			}
		}
		return true
	})
	if ogTitle != "" {
		title = ogTitle
	}
	a.Title = strings.Join(strings.Fields(cleanText(title)), " ")
}
