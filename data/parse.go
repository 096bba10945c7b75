package data

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"
	"unsafe"

	"cryptoatlas/data/lex"
	"cryptoatlas/data/number"
)

// Formats lists the file name endings that load, with their format.
var Formats = map[string]string{
	".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md",
	".html": "html", ".htm": "html", ".json": "json", ".pdf": "pdf",
}

// CurationSuffix ends the files in which the window saves a user's corrections beside an
// article; folder loads skip them.
const CurationSuffix = ".atlas.json"

// FormatOf returns the format of a file name, or "" when it is not an article file.
func FormatOf(name string) string {
	if strings.HasSuffix(strings.ToLower(name), CurationSuffix) || isLibraryPage(name) {
		return ""
	}
	return Formats[strings.ToLower(filepath.Ext(name))]
}

// Parse reads an article from a file's bytes. name gives the format (by its ending) and
// the ID; path is recorded as the article's Path. Errors say why in words a user can act
// on; callers prefix the file name.
func Parse(name, path string, b []byte) (*Article, error) { return parse(name, path, b, false) }

// parse is Parse; owned says that b is the caller's to give away, never to be written
// again, so that plain text can keep its bytes rather than a copy.
func parse(name, path string, b []byte, owned bool) (*Article, error) {
	format := FormatOf(name)
	if format == "" {
		return nil, fmt.Errorf("not an article file (open .txt, .md, .html, .json or .pdf)")
	}
	if format == "pdf" {
		if len(bytes.TrimSpace(b)) == 0 {
			return nil, errors.New("the file is empty")
		}
	} else if err := checkText(b); err != nil {
		return nil, err
	}
	sum := sha256.Sum256(b)
	a := &Article{ID: idFromName(name), Path: path, Format: format, Hash: hex.EncodeToString(sum[:])}
	b = bytes.TrimPrefix(b, []byte("\ufeff")) // a byte-order mark Windows editors write first
	var err error
	switch format {
	case "txt":
		var text string
		if owned {
			text = cleanText(unsafe.String(unsafe.SliceData(b), len(b)))
		} else {
			text = cleanText(string(b))
		}
		if err = checkLines(text); err == nil {
			parsePlain(a, text, false)
		}
	case "md":
		err = parseMarkdown(a, cleanText(string(b)))
	case "html":
		err = parseHTML(a, b)
	case "json":
		err = parseJSON(a, b)
	case "pdf":
		err = parsePDF(a, b)
	}
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(a.Text) == "" {
		return nil, errors.New("no article text in it")
	}
	if err := checkNumbers(a.Text); err != nil {
		return nil, err
	}
	if a.Title == "" {
		a.Title = strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	}
	if a.Source == "" {
		a.Source = findOutlet(a)
	}
	return a, nil
}

// checkText refuses empty files, binary files and text that is not UTF-8. Text in other
// encodings is refused rather than guessed at: a wrong guess would corrupt names and
// numbers silently.
func checkText(b []byte) error {
	if len(bytes.TrimSpace(b)) == 0 {
		return errors.New("the file is empty")
	}
	if bytes.HasPrefix(b, []byte{0xff, 0xfe}) || bytes.HasPrefix(b, []byte{0xfe, 0xff}) {
		return errors.New("UTF-16 text, not UTF-8; save it as UTF-8 and open it again")
	}
	probe := b
	if len(probe) > 8192 {
		probe = probe[:8192]
	}
	control := 0
	for i := 0; i < len(probe); i++ {
		if i%8 == 0 && i+8 <= len(probe) && !lex.HasByteBelow(probe[i:i+8], 0x20) {
			i += 7 // eight bytes at a time until a word holds a control byte (or a newline)
			continue
		}
		c := probe[i]
		if c == 0 {
			return errors.New("a binary file, not text")
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			control++
		}
	}
	if control > len(probe)/10+4 {
		return errors.New("a binary file, not text")
	}
	if !utf8.Valid(b) {
		off := 0
		for off < len(b) {
			r, n := utf8.DecodeRune(b[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		return fmt.Errorf("not UTF-8 text (invalid byte at offset %d); save it as UTF-8 and open it again", off)
	}
	return nil
}

// cleanText drops a byte-order mark and the invisible characters that would split a
// number or a name without showing: zero-width spaces and joiners, soft hyphens,
// bidirectional controls (which can also make text display differently from its bytes),
// and control characters other than white space (which a terminal would obey when
// printing a quote).
func cleanText(s string) string {
	if strings.IndexByte(s, '\r') >= 0 {
		// Lines ended by CR LF (Windows) or by a carriage return alone (old Mac files)
		// are lines, so the title, date and sentences stay apart.
		s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	}
	if !mayHoldInvisible(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if !invisible(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// mayHoldInvisible is a byte scan for the characters cleanText removes: control
// characters, DEL and C1 controls (lead byte 0xC2), soft hyphen (0xC2), U+061C (0xD8),
// zero-width and bidirectional marks (0xE2) and the byte-order mark (0xEF). Most
// articles hold none of these lead bytes but E2 (curly quotes), so the rune-by-rune
// pass runs only where it may find something.
func mayHoldInvisible(s string) bool {
	for i := 0; i < len(s); i++ {
		if i%8 == 0 && i+8 <= len(s) && lex.PlainASCII8(s[i:i+8]) {
			i += 7 // eight printable ASCII bytes hold none of them
			continue
		}
		switch c := s[i]; {
		case c < ' ' && (c < '\t' || c > '\r'), c == 0x7f, c == 0xc2, c == 0xd8, c == 0xef:
			return true
		case c == 0xe2 && i+1 < len(s) && (s[i+1] == 0x80 || s[i+1] == 0x81):
			// U+2000..U+207F: the zero-width and bidi marks, and also curly quotes
			// and dashes; look closer.
			if r, _ := utf8.DecodeRuneInString(s[i:]); invisible(r) {
				return true
			}
		}
	}
	return false
}

func invisible(r rune) bool {
	switch {
	case r == '\ufeff', r == '\u00ad', r == '\u061c':
		return true
	case r >= '\u200b' && r <= '\u200f', r >= '\u202a' && r <= '\u202e', r >= '\u2060' && r <= '\u2064', r >= '\u2066' && r <= '\u2069':
		return true
	case r < ' ' && (r < '\t' || r > '\r'), r >= '\u007f' && r <= '\u009f':
		return true
	}
	return false
}

// idFromName makes an article ID from its file name: "000_191b238b1bf7df2c.txt" gives
// "000_191b238b1bf7df2c".
func idFromName(name string) string {
	base := filepath.Base(name)
	base = strings.TrimSuffix(base, filepath.Ext(base))
	var b strings.Builder
	for _, r := range base {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_', r == '.':
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
	}
	if b.Len() == 0 {
		return "article"
	}
	return b.String()
}

// parsePlain reads plain text: the text is kept as is, so offsets match the file.
func parsePlain(a *Article, text string, hasTitle bool) {
	a.Text = text
	blocks, title, dateLine := buildBlocks(text, plainBlocks(text), hasTitle)
	a.Blocks = blocks
	if a.Title == "" {
		a.Title = title
	}
	if a.Published.IsZero() && dateLine != "" {
		a.Published = parseDateLine(dateLine)
	}
	if a.Published.IsZero() {
		a.Published = leadingDate(text)
	}
}

// leadingDate reads a publication date the text opens with, as saved pages and feeds
// often write it before the body: "date 2022-04-27 The Central African Republic ...",
// "2024-04-05 — Countries are ...", "date 2022-04 Une première ...".
func leadingDate(text string) time.Time {
	s := strings.TrimLeft(text[:min(len(text), 40)], " \t\ufeff")
	s = strings.TrimPrefix(s, "date ")
	s = strings.TrimPrefix(s, "Date: ")
	// a year and month alone ("date 2022-04 La République centrafricaine ...") dates the
	// page to its month's first day: enough to give "mercredi 27 avril" its year
	for _, layout := range []string{"2006-01-02", "2006-01"} {
		if len(s) < len(layout) {
			continue
		}
		t, err := time.Parse(layout, s[:len(layout)])
		if err == nil && (len(s) == len(layout) || s[len(layout)] == ' ' || s[len(layout)] == '\n') {
			return t
		}
	}
	return time.Time{}
}

// isDateLine: a short line that is mostly a date ("June 12, 2025", "2025-06-12 | 4 min read").
func isDateLine(line string) bool {
	if len(line) > 60 || !strings.ContainsAny(line, "0123456789") {
		return false
	}
	toks := lex.Tokenize(nil, line, 0, len(line))
	_, ds := number.Scan(nil, nil, line, toks, nil)
	for _, d := range ds {
		if d.Year != 0 && d.Month != 0 {
			words := 0
			for i, t := range toks {
				if t.Kind == lex.Word && (i < d.Tok || i >= d.TokEnd) {
					words++
				}
			}
			return words <= 5
		}
	}
	return false
}

func containsDate(line string) bool { return !parseDateLine(line).IsZero() }

// parseDateLine returns the first full or year-month date written in a line.
func parseDateLine(line string) time.Time {
	toks := lex.Tokenize(nil, line, 0, len(line))
	_, ds := number.Scan(nil, nil, line, toks, nil)
	for _, d := range ds {
		if d.Year != 0 && d.Month != 0 {
			day := d.Day
			if day == 0 {
				day = 1
			}
			return time.Date(d.Year, time.Month(d.Month), day, 0, 0, 0, 0, time.UTC)
		}
	}
	return time.Time{}
}

// parseTime reads the publication dates JSON records and HTML metadata carry.
func parseTime(s string) time.Time {
	s = strings.TrimSpace(s)
	if len(s) > 100 {
		return time.Time{} // not a date, and reading 16 MB of it as one would take seconds
	}
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02",
		"2006-01", "January 2, 2006", "Jan 2, 2006", "2 January 2006", "02 Jan 2006", time.RFC1123Z, time.RFC1123} {
		if t, err := time.Parse(layout, s); err == nil {
			return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
		}
	}
	return parseDateLine(s)
}
