package data

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	gmtext "github.com/yuin/goldmark/text"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// textBuilder assembles an article's Text from blocks read out of Markdown or HTML,
// recording each block's span as it goes.
type textBuilder struct {
	b     strings.Builder
	lines []lineBlock
}

func (tb *textBuilder) add(kind BlockKind, level int, s string) {
	s = strings.Join(strings.Fields(cleanText(s)), " ")
	if s == "" {
		return
	}
	if tb.b.Len() > 0 {
		tb.b.WriteString("\n\n")
	}
	start := tb.b.Len()
	tb.b.WriteString(s)
	sp := Span{start, tb.b.Len()}
	if kind == Paragraph && looksLikeHeading(s) && level == 0 && len(strings.Fields(s)) <= 8 {
		kind = Heading // a bold line standing alone reads as a heading
	}
	tb.lines = append(tb.lines, lineBlock{Span: sp, kind: kind, level: level, body: sp})
}

func (tb *textBuilder) finish(a *Article) {
	a.Text = tb.b.String()
	hasTitle := false
	for _, l := range tb.lines {
		if l.kind == Title {
			hasTitle = true
		}
	}
	blocks, title, dateLine := buildBlocks(a.Text, tb.lines, hasTitle)
	a.Blocks = blocks
	if a.Title == "" {
		a.Title = title
	}
	if a.Published.IsZero() && dateLine != "" {
		a.Published = parseDateLine(dateLine)
	}
}

// parseMarkdown reads Markdown with goldmark: headings, paragraphs, list items and
// quotes become blocks; emphasis and link syntax are dropped, link text kept, images and
// code left out.
func parseMarkdown(a *Article, src string) {
	source := []byte(src)
	doc := goldmark.New().Parser().Parse(gmtext.NewReader(source))
	var tb textBuilder
	var visit func(n ast.Node, inList bool)
	visit = func(n ast.Node, inList bool) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.Heading:
				kind := Heading
				if c.Level == 1 && a.Title == "" {
					kind = Title
					a.Title = inlineText(c, source)
				}
				tb.add(kind, c.Level, inlineText(c, source))
			case *ast.Paragraph, *ast.TextBlock:
				kind := Paragraph
				if inList {
					kind = Bullet
				}
				tb.add(kind, 0, inlineText(c, source))
			case *ast.ListItem:
				visit(c, true)
			case *ast.List, *ast.Blockquote:
				visit(c, inList)
			case *ast.FencedCodeBlock, *ast.CodeBlock, *ast.HTMLBlock, *ast.ThematicBreak:
			default:
				visit(c, inList)
			}
		}
	}
	visit(doc, false)
	tb.finish(a)
}

// inlineText joins the text of a Markdown block's inline children.
func inlineText(n ast.Node, source []byte) string {
	var b strings.Builder
	var walk func(n ast.Node)
	walk = func(n ast.Node) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.Text:
				b.Write(c.Segment.Value(source))
				if c.SoftLineBreak() || c.HardLineBreak() {
					b.WriteByte(' ')
				}
			case *ast.String:
				b.Write(c.Value)
			case *ast.AutoLink:
				b.Write(c.Label(source))
			case *ast.Image, *ast.RawHTML:
			default:
				walk(c)
			}
		}
	}
	walk(n)
	return b.String()
}

// maxHTMLDepth bounds the walk of absurdly nested pages; article text never sits
// this deep.
const maxHTMLDepth = 256

// parseHTML reads an HTML page with golang.org/x/net/html: the article (or main) element
// if there is one, else the body, without scripts, styles, navigation, headers, footers,
// asides, forms and elements whose class or id names site furniture.
func parseHTML(a *Article, b []byte) error {
	doc, err := html.Parse(bytes.NewReader(b))
	if err != nil {
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
					a.Title = strings.Join(strings.Fields(t), " ")
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
			case atom.Pre, atom.Code, atom.Img, atom.Picture, atom.Video, atom.Audio, atom.Canvas, atom.Object:
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

// nodeText gathers the visible text below n.
func nodeText(n, root *html.Node, depth int) string {
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
			for _, w := range strings.FieldsFunc(strings.ToLower(at.Val), func(r rune) bool {
				return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
			}) {
				if furniture[w] {
					return true
				}
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
					a.Source = content
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
	a.Title = strings.Join(strings.Fields(title), " ")
}

// jsonArticle is the article record format of DESIGN.md.
type jsonArticle struct {
	Title     string        `json:"title"`
	Source    string        `json:"source"`
	URL       string        `json:"url"`
	Published string        `json:"published"`
	Text      *string       `json:"text"`
	Facts     []CuratedFact `json:"facts"`
}

// parseJSON reads one article record: {"title", "source", "url", "published", "text",
// "facts"}. The text is read as plain text.
func parseJSON(a *Article, b []byte) error {
	var rec jsonArticle
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&rec); err != nil {
		return jsonError(b, err)
	}
	if dec.More() {
		return errors.New("not valid JSON: more than one value (one article record per file)")
	}
	if rec.Text == nil {
		return errors.New(`no "text" field: an article record needs {"title", "text", ...}`)
	}
	a.Title = strings.TrimSpace(rec.Title)
	a.Source = strings.TrimSpace(rec.Source)
	a.URL = strings.TrimSpace(rec.URL)
	if rec.Published != "" {
		if a.Published = parseTime(rec.Published); a.Published.IsZero() {
			return fmt.Errorf("published %q is not a date (use YYYY-MM-DD)", rec.Published)
		}
	}
	parsePlain(a, cleanText(*rec.Text), a.Title != "")
	for i, f := range rec.Facts {
		if err := f.validate(a.Text); err != nil {
			return fmt.Errorf("facts[%d]: %v", i, err)
		}
	}
	a.Curated = rec.Facts
	return nil
}

// jsonError turns a decoding error into "line L, column C: reason".
func jsonError(b []byte, err error) error {
	var off int64 = -1
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		off = se.Offset
	case errors.As(err, &te):
		off = te.Offset
		err = fmt.Errorf("%q should be %v, not %s", te.Field, te.Type, te.Value)
	}
	if off < 0 || off > int64(len(b)) {
		return fmt.Errorf("not valid JSON: %v", err)
	}
	line := 1 + bytes.Count(b[:off], []byte("\n"))
	col := int(off) - bytes.LastIndexByte(b[:off], '\n')
	return fmt.Errorf("not valid JSON: line %d, column %d: %v", line, col, err)
}

var domainRE = regexp.MustCompile(`\b[A-Za-z][A-Za-z0-9-]*\.(?:com|net|org|io|news|co\.uk|co|info|media|live|tv|xyz)\b`)
var appearedRE = regexp.MustCompile(`(?i:originally (?:appeared|published) (?:on|in|at)|source:)\s+([A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3})`)

// findOutlet reads the outlet from where an article names itself: a site name in its
// disclaimer or footer ("... from CryptoNewsBytes.com"), or "originally appeared on X".
func findOutlet(a *Article) string {
	for _, b := range a.Blocks {
		if b.Kind != Boilerplate && b.Kind != Meta {
			continue
		}
		t := a.Slice(b.Span)
		if m := appearedRE.FindStringSubmatch(t); m != nil {
			return strings.TrimRight(m[1], ".,")
		}
		if m := domainRE.FindString(t); m != "" {
			return m
		}
	}
	return ""
}
