package data

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
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
	s = collapseSpace(cleanText(s))
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
func parseMarkdown(a *Article, src string) error {
	if err := checkMarkdown(src); err != nil {
		return err
	}
	source := []byte(src)
	doc := markdownParser().Parse(gmtext.NewReader(source))
	var tb textBuilder
	tb.b.Grow(len(src)) // the text is at most the source: grow once
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
	return nil
}

// checkMarkdown refuses the Markdown the parser could not read in bounded time and
// memory: over MaxMarkdownSize, over MaxLines, quotes and lists nested deeper than
// MaxNesting, more than MaxLinksPerLine links on a line, or more than
// MaxLinkDefinitions link definitions.
func checkMarkdown(src string) error {
	if len(src) > MaxMarkdownSize {
		return fmt.Errorf("too large for Markdown (%s; Markdown over %d MB is not read; save it as .txt to read it as plain text)",
			sizeLabel(int64(len(src))), MaxMarkdownSize>>20)
	}
	if err := checkLines(src); err != nil {
		return err
	}
	defs := 0
	for n, line := range strings.Split(src, "\n") {
		if markdownDepth(line) > MaxNesting {
			return fmt.Errorf("line %d: quotes and lists nested more than %d deep", n+1, MaxNesting)
		}
		if strings.Count(line, "](") > MaxLinksPerLine {
			return fmt.Errorf("line %d: more than %d links on one line", n+1, MaxLinksPerLine)
		}
		if t := strings.TrimLeft(line, " "); strings.HasPrefix(t, "[") && strings.Contains(t, "]:") {
			if defs++; defs > MaxLinkDefinitions {
				return fmt.Errorf("more than %s link definitions ([label]: address)", thousands(MaxLinkDefinitions))
			}
		}
	}
	return nil
}

// markdownDepth counts the quote and list markers that open a line: "> > - 1. x" is 4.
func markdownDepth(line string) int {
	if strings.Trim(line, "*-_ \t") == "" {
		return 0 // a thematic break ("* * *"), not a list
	}
	depth := 0
	for {
		line = strings.TrimLeft(line, " \t")
		switch {
		case strings.HasPrefix(line, ">"):
			line = line[1:]
		case len(line) >= 2 && strings.IndexByte("-+*", line[0]) >= 0 && (line[1] == ' ' || line[1] == '\t'):
			line = line[2:]
		default:
			i := 0
			for i < len(line) && i < 9 && isDigit(line[i]) {
				i++
			}
			if i == 0 || i+1 >= len(line) || (line[i] != '.' && line[i] != ')') || (line[i+1] != ' ' && line[i+1] != '\t') {
				return depth
			}
			line = line[i+2:]
		}
		if depth++; depth > MaxNesting {
			return depth
		}
	}
}

// markdownParser is built once: goldmark's parser keeps no state between documents.
var markdownParser = sync.OnceValue(func() parser.Parser { return goldmark.New().Parser() })

// collapseSpace trims s and turns each run of white space inside it into one space,
// as strings.Join(strings.Fields(s), " ") does, in one pass.
func collapseSpace(s string) string {
	var b strings.Builder
	space, started := false, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = started
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		if !started {
			b.Grow(len(s))
			started = true
		}
		b.WriteRune(r)
	}
	return b.String()
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
	tb.b.Grow(len(b) / 2) // the text is a part of the page: grow once or twice, not dozens
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
	out.Grow(len(b))
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
	// Count the facts first, into empty structs that take no memory: 16 MB of "{},"
	// decoded as facts would take 2 GB.
	var count struct {
		Facts []struct{} `json:"facts"`
	}
	_ = json.Unmarshal(b, &count) // errors are reported by the decoding below
	if len(count.Facts) > MaxCuratedFacts {
		return fmt.Errorf("%s facts; a record may carry at most %s", thousands(len(count.Facts)), thousands(MaxCuratedFacts))
	}
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
	a.Title = strings.TrimSpace(cleanText(rec.Title))
	a.Source = strings.TrimSpace(cleanText(rec.Source))
	a.URL = strings.TrimSpace(cleanText(rec.URL))
	if rec.Published != "" {
		if a.Published = parseTime(rec.Published); a.Published.IsZero() {
			return fmt.Errorf("published %q is not a date (use YYYY-MM-DD)", clip(rec.Published, 40))
		}
	}
	text := cleanText(*rec.Text)
	if err := checkLines(text); err != nil {
		return err
	}
	parsePlain(a, text, a.Title != "")
	for i := range rec.Facts {
		f := &rec.Facts[i]
		f.Quote = cleanText(f.Quote) // as the text was cleaned
		if err := f.validate(a.Text); err != nil {
			return fmt.Errorf("facts[%d]: %v", i, err)
		}
	}
	a.Curated = rec.Facts
	return nil
}

// clip shortens s to about n bytes for a message, at a rune boundary.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

// jsonKind names the JSON a Go type is read from, for people: "a number", "a list".
func jsonKind(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Pointer:
		return jsonKind(t.Elem())
	case reflect.String:
		return "text in quotes"
	case reflect.Float32, reflect.Float64, reflect.Int, reflect.Int64, reflect.Int32:
		return "a number"
	case reflect.Bool:
		return "true or false"
	case reflect.Slice, reflect.Array:
		return "a list [...]"
	}
	return "an object {...}"
}

// jsonError turns a decoding error into "line L, column C: reason".
func jsonError(b []byte, err error) error {
	var off int64 = -1
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF):
		off = int64(len(b))
		err = errors.New("the file ends inside the record (a quote or bracket is not closed)")
	case errors.As(err, &se):
		off = se.Offset
	case errors.As(err, &te):
		off = te.Offset
		field := te.Field
		if field == "" {
			field = "the record"
		}
		if v, ok := strings.CutPrefix(te.Value, "number "); ok && jsonKind(te.Type) == "a number" {
			err = fmt.Errorf("%q: %s is too large a number", field, v)
		} else {
			err = fmt.Errorf("%q should be %s, not %s", field, jsonKind(te.Type), te.Value)
		}
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
