package data

import (
	"regexp"
	"strings"
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
