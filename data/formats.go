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
	// sectionsByMarkup: only the markup's own headings (a level above 0) may open a
	// boilerplate section. HTML marks its headings; a caption or credit there ("Getty
	// Images") is one dimmed line, not a heading over the rest of the article.
	sectionsByMarkup bool
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
	if kind == Paragraph && looksLikeHeading(s) && level == 0 && countFields(s, 9) <= 8 {
		kind = Heading // a bold line standing alone reads as a heading
	}
	tb.lines = append(tb.lines, lineBlock{Span: sp, kind: kind, level: level, body: sp, noSection: tb.sectionsByMarkup && level == 0})
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

// mayNameSource reports whether t may hold what appearedRE matches, "originally
// appeared" or "source:" in any case, so the expression runs only where it may match.
func mayNameSource(t string) bool {
	return strings.IndexByte(t, ':') >= 0 || holdsFold(t, "originally")
}

// mayHoldDomain reports whether t holds a dot followed by an ending domainRE knows.
func mayHoldDomain(t string) bool {
	for i := 0; ; i++ {
		j := strings.IndexByte(t[i:], '.')
		if j < 0 {
			return false
		}
		i += j
		rest := t[i+1:]
		for _, tld := range domainEndings {
			if strings.HasPrefix(rest, tld) {
				return true
			}
		}
	}
}

var domainEndings = []string{"co", "net", "org", "io", "news", "info", "media", "live", "tv", "xyz"}

// holdsFold reports whether s holds word (lower-case ASCII) in any case.
func holdsFold(s, word string) bool {
	for i := 0; i+len(word) <= len(s); i++ {
		if s[i]|0x20 == word[0] && strings.EqualFold(s[i:i+len(word)], word) {
			return true
		}
	}
	return false
}

// findOutlet reads the outlet from where an article names itself: a site name in its
// disclaimer or footer ("... from CryptoNewsBytes.com"), or "originally appeared on X".
func findOutlet(a *Article) string {
	for _, b := range a.Blocks {
		if b.Kind != Boilerplate && b.Kind != Meta {
			continue
		}
		t := a.Slice(b.Span)
		if mayNameSource(t) {
			if m := appearedRE.FindStringSubmatch(t); m != nil {
				return strings.TrimRight(m[1], ".,")
			}
		}
		if mayHoldDomain(t) {
			if m := domainRE.FindString(t); m != "" {
				return m
			}
		}
	}
	return ""
}
