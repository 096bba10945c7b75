package data

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"time"
	"unicode/utf8"
)

// jsonArticle is the article record format of DESIGN.md.
type jsonArticle struct {
	Title     string        `json:"title"`
	Source    string        `json:"source"`
	URL       string        `json:"url"`
	Published string        `json:"published"`
	Fetched   string        `json:"fetched"` // when the page at url was fetched (RFC 3339); optional
	Text      *string       `json:"text"`
	Facts     []CuratedFact `json:"facts"`
}

// parseJSON reads one article record: {"title", "source", "url", "published", "text",
// "facts"}. The text is read as plain text.
func parseJSON(a *Article, b []byte) error {
	// Count the facts first, into empty structs that take no memory: 16 MB of "{},"
	// decoded as facts would take 2 GB.
	// A small record cannot hold enough facts to matter, and is decoded once.
	if len(b) > 64<<10 {
		var count struct {
			Facts []struct{} `json:"facts"`
		}
		_ = json.Unmarshal(b, &count) // errors are reported by the decoding below
		if len(count.Facts) > MaxCuratedFacts {
			return fmt.Errorf("%s facts; a record may carry at most %s", thousands(len(count.Facts)), thousands(MaxCuratedFacts))
		}
	}
	var rec jsonArticle
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&rec); err != nil {
		return jsonError(b, err)
	}
	if dec.More() {
		return errors.New("not valid JSON: more than one value (one article record per file)")
	}
	if len(rec.Facts) > MaxCuratedFacts {
		return fmt.Errorf("%s facts; a record may carry at most %s", thousands(len(rec.Facts)), thousands(MaxCuratedFacts))
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
	if rec.Fetched != "" {
		t, err := time.Parse(time.RFC3339, strings.TrimSpace(rec.Fetched))
		if err != nil {
			return fmt.Errorf("fetched %q is not a time (use 2025-06-12T09:30:00Z)", clip(rec.Fetched, 40))
		}
		a.Fetched = t
	}
	text := cleanText(*rec.Text)
	if err := checkLines(text); err != nil {
		return err
	}
	parsePlain(a, text, a.Title != "")
	// A figure that cannot be true or traced is reported and left out; the article and
	// its other figures load.
	for i := range rec.Facts {
		f := &rec.Facts[i]
		f.Quote = cleanText(f.Quote) // as the text was cleaned
		if err := f.validate(a.Text); err != nil {
			a.recordProblems = append(a.recordProblems, fmt.Sprintf("facts[%d]: %v", i, err))
			continue
		}
		a.Curated = append(a.Curated, *f)
	}
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

// jsonField is a field's path as the file names it: Go's decoder names embedded types
// in it ("facts.CuratedFact.country"), which mean nothing to the file's author.
func jsonField(path string) string {
	var parts []string
	for _, p := range strings.Split(path, ".") {
		if p != "" && !(p[0] >= 'A' && p[0] <= 'Z') {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, ".")
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
		field := jsonField(te.Field)
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
