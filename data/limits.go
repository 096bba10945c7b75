package data

import (
	"fmt"
)

// The limits on what one article file may hold. Articles are a few kilobytes; every
// limit is far above a real article and far below what would stall the window or use
// a gigabyte of memory. A file over a limit is refused with a message naming the
// limit, never cut short silently. README.md ("Opening your own articles") lists them.
const (
	// MaxFileSize is the largest article file read; larger ones are refused from their
	// size, before any of it is read.
	MaxFileSize = 16 << 20
	// MaxMarkdownSize is the largest Markdown file read: the Markdown parser needs up to
	// 400 bytes of memory for each byte of some inputs.
	MaxMarkdownSize = 1 << 20
	// MaxNesting is how deep quotes and lists may nest in Markdown; the Markdown parser
	// slows down with the square of the depth. (HTML: the parser's own limit, 512.)
	MaxNesting = 32
	// MaxLinksPerLine bounds the links on one Markdown line: the parser rescans the rest
	// of a line for every link that is not closed.
	MaxLinksPerLine = 250
	// MaxLinkDefinitions bounds the "[label]: address" lines of a Markdown file: the
	// parser copies the rest of a paragraph for each one it takes out.
	MaxLinkDefinitions = 10_000
	// MaxHTMLTags bounds the tags of an HTML page; an article page has a few thousand.
	MaxHTMLTags = 200_000
	// MaxLines bounds the lines of text (not counting blank ones).
	MaxLines = 200_000
	// MaxNumbers bounds the numbers written in an article's text; a long article has a
	// few hundred, a 300-page report tens of thousands. At this limit the slowest text
	// measured (a figure and a country repeated, 13 MB) reads in about 4 s with under
	// 400 MB of heap (BenchmarkNumberDenseText).
	MaxNumbers = 500_000
	// MaxPDFSize is the largest PDF read. Reports carry charts and photographs, so a
	// PDF may be larger than a text file; only its text is kept (format_pdf.go).
	MaxPDFSize = MaxFileSize
	// MaxPDFPages bounds the pages of a PDF; a long staff report has a few hundred.
	MaxPDFPages = 5_000
	// MaxPDFContent bounds the drawing instructions of a PDF's pages once unpacked: a
	// dense page of text takes 2 to 50 KB, and a small file could unpack to gigabytes.
	// They are read at about 1 MB/s (300 dense pages, 0.6 MB, in 0.6 s:
	// BenchmarkPDF300Pages), so the limit keeps the slowest file under half a minute.
	MaxPDFContent = 32 << 20
	// MaxPDFPageContent bounds one page's: each drawn character takes about 100 bytes
	// of memory while the page is laid out.
	MaxPDFPageContent = 2 << 20
	// MaxCuratedFacts bounds the facts a JSON record may carry.
	MaxCuratedFacts = 1_000
	// MaxEdits bounds the entries (figures and rejections) of one article's file of
	// edits: each is looked for in the article's text, so 20,000 of them beside a 1 MB
	// article would take half a minute.
	MaxEdits = 5_000
	// maxSentence is the longest stretch the extractor reads as one sentence; text that
	// runs longer without a sentence end (a table dump, one 16 MB line) is read in pieces
	// of about this many bytes, split at spaces.
	maxSentence = 4096
)

// checkLines refuses text with more than MaxLines non-blank lines, before any structure
// is built for them.
func checkLines(text string) error {
	if len(text)/2 < MaxLines {
		return nil // a line of text takes a character and a newline: too short to hold too many
	}
	n, blank := 0, true
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c == '\n':
			if !blank {
				n++
			}
			blank = true
		case c != ' ' && c != '\t' && c != '\r':
			blank = false
		}
	}
	if !blank {
		n++
	}
	if n > MaxLines {
		return fmt.Errorf("%s lines of text; articles with more than %s lines are not read", thousands(n), thousands(MaxLines))
	}
	return nil
}

// checkNumbers refuses text with more than MaxNumbers numbers written in digits
// ("6,200" and "6,190.18" count once).
func checkNumbers(text string) error {
	if len(text)/2 < MaxNumbers {
		return nil // each number but the last is followed by a character that ends it
	}
	n := 0
	for i := 0; i < len(text); i++ {
		if !isDigit(text[i]) || (i > 0 && isDigit(text[i-1])) {
			continue
		}
		if i > 1 && (text[i-1] == ',' || text[i-1] == '.') && isDigit(text[i-2]) {
			continue // the rest of "6,200" or "6,190.18"
		}
		n++
	}
	if n > MaxNumbers {
		return fmt.Errorf("%s numbers in its text; articles with more than %s are not read", thousands(n), thousands(MaxNumbers))
	}
	return nil
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// thousands writes a count with thousands separators: 300000 gives "300,000".
func thousands(n int) string { return Thousands(float64(n)) }
