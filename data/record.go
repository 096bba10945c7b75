package data

import (
	"encoding/json"
	"io"
	"strings"
	"time"
)

// Record is an article record as the library writes it (DESIGN.md "Inputs"): the JSON
// format the reader reads, with the address the article came from and when it was
// fetched. Facts a user wrote into an earlier record are carried over as they are.
type Record struct {
	Title     string          `json:"title"`
	Source    string          `json:"source"`
	URL       string          `json:"url"`
	Published string          `json:"published,omitempty"` // YYYY-MM-DD
	Fetched   string          `json:"fetched,omitempty"`   // RFC 3339, UTC
	Text      string          `json:"text"`
	Facts     json.RawMessage `json:"facts,omitempty"`
}

// NewRecord makes the record of an article read from the page at url, fetched at
// fetched. The text keeps the article's structure in the plain-text form the reader
// finds it in again: one block a line, blank lines between, bullets marked "- ".
func NewRecord(a *Article, url string, fetched time.Time) Record {
	r := Record{Title: a.Title, Source: a.Source, URL: url, Text: libraryText(a)}
	if !a.Published.IsZero() {
		r.Published = a.Published.Format("2006-01-02")
	}
	if !fetched.IsZero() {
		r.Fetched = fetched.UTC().Format(time.RFC3339)
	}
	return r
}

func libraryText(a *Article) string {
	var b strings.Builder
	for _, bl := range a.Blocks {
		if bl.Kind == Title {
			continue // the record's title field holds it
		}
		line := strings.Join(strings.Fields(a.Slice(bl.Span)), " ")
		if line == "" {
			continue
		}
		if bl.Kind == Bullet && bulletMarker(line) == 0 {
			line = "- " + line
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(line)
	}
	if b.Len() == 0 {
		return a.Text
	}
	return b.String()
}

// Write writes the record as indented JSON, its text readable in an editor.
func (r Record) Write(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}
