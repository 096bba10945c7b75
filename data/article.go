package data

import (
	"time"
)

// BlockKind says what part of an article a block is.
type BlockKind uint8

const (
	Paragraph   BlockKind = iota
	Title                 // the article's headline
	Heading               // a section heading
	Bullet                // a list item
	Meta                  // a byline or date line
	Boilerplate           // disclaimers, newsletter prompts, image credits: shown dimmed, never a source of figures
)

var blockKindNames = [...]string{"paragraph", "title", "heading", "bullet", "meta", "boilerplate"}

func (k BlockKind) String() string {
	if int(k) < len(blockKindNames) {
		return blockKindNames[k]
	}
	return "?"
}

// Span is a byte range [Start, End) of an article's Text.
type Span struct {
	Start, End int
}

// Block is a title, heading, paragraph, bullet, meta or boilerplate line of an article.
type Block struct {
	Kind      BlockKind
	Span             // the block's text, trimmed
	Sentences []Span // within the block, in order; headings and bullets have one or more
	Level     int    // heading level where the source gives one (Markdown, HTML); 0 otherwise
}

// Article is one loaded article: its text, where it came from and its structure.
type Article struct {
	ID        string    // stable: derived from the file name
	Path      string    // the file it was read from; "" for the embedded sample
	Format    string    // txt, md, html, json
	Title     string    // headline, or the first heading, or the file name
	Source    string    // the outlet, from JSON or where the text names itself
	URL       string    // from JSON
	Fetched   time.Time // when a library record's page was fetched; zero otherwise
	Published time.Time // zero when unknown
	Text      string    // the article text that all offsets refer to
	Blocks    []Block
	Curated   []CuratedFact // figures a user recorded in a JSON article record
	Hash      string        // sha256 of the file's bytes, for loading identical files once
	Edits     *Curation     // the user's edits saved beside the file (curation.go); nil when none
	// Pages, for a PDF: where each page's text starts in Text, page n at Pages[n-1]
	// (PageOf); nil for other formats.
	Pages []int

	recordProblems []string // figures of a JSON record that were not read, and why
}

// Slice returns the text of a span.
func (a *Article) Slice(s Span) string {
	if s.Start < 0 || s.End > len(a.Text) || s.Start > s.End {
		return ""
	}
	return a.Text[s.Start:s.End]
}

// SentenceAt returns the sentence containing byte offset off, and the block it is in.
func (a *Article) SentenceAt(off int) (Span, int, bool) {
	for bi, b := range a.Blocks {
		if off < b.Start || off >= b.End {
			continue
		}
		for _, s := range b.Sentences {
			if off >= s.Start && off < s.End {
				return s, bi, true
			}
		}
		return b.Span, bi, true
	}
	return Span{}, -1, false
}

// PublishedLabel formats the publication date, or "" when unknown.
func (a *Article) PublishedLabel() string {
	if a.Published.IsZero() {
		return ""
	}
	return a.Published.Format("2006-01-02")
}
