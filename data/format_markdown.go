package data

import (
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	gmtext "github.com/yuin/goldmark/text"
)

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
// as strings.Join(strings.Fields(s), " ") does, in one pass; s itself when it is
// already so.
func collapseSpace(s string) string {
	if spaceCollapsed(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		c, n := s[i], 1
		isSpace := false
		if c < utf8.RuneSelf {
			isSpace = asciiSpace(c)
		} else {
			var r rune
			r, n = utf8.DecodeRuneInString(s[i:])
			isSpace = unicode.IsSpace(r)
		}
		if isSpace {
			space = b.Len() > 0
		} else {
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// spaceCollapsed reports whether s has no white space at its ends and none inside but
// single spaces.
func spaceCollapsed(s string) bool {
	prevSpace := true // white space at the start is not collapsed
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ':
				if prevSpace {
					return false
				}
				prevSpace = true
			case asciiSpace(c):
				return false
			default:
				prevSpace = false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return false
		}
		prevSpace = false
		i += n
	}
	return !prevSpace || s == ""
}

func asciiSpace(c byte) bool { return c == ' ' || (c >= '\t' && c <= '\r') }

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
