package data

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"path/filepath"
	"strings"
	"time"
	"unicode"
)

// Pasted is an article read from text a user pasted (Edit → Paste as Article): plain
// text whose first line is the title, or HTML read as a page is. It becomes a library
// record once the user has said, if they wish, where it was published.
type Pasted struct {
	Record Record // title, outlet found in the text, text; no address yet
	page   []byte // the text as pasted, kept beside the record
	ext    string // ".txt" or ".html"
}

// ReadPaste reads pasted text, at now. The error says in words why there is no article
// in it (nothing pasted, one line only, not text, too large).
func ReadPaste(text string, now time.Time) (*Pasted, error) {
	b := []byte(strings.ReplaceAll(text, "\r\n", "\n"))
	if len(b) > MaxFileSize {
		return nil, fmt.Errorf("the pasted text is %d MB, more than the %d MB an article may be", len(b)>>20, MaxFileSize>>20)
	}
	if len(strings.TrimSpace(text)) == 0 {
		return nil, errors.New("the clipboard holds no text to paste as an article")
	}
	if err := checkText(b); err != nil {
		return nil, fmt.Errorf("the clipboard's content: %w", err)
	}
	if looksLikeHTML(text) {
		a, err := Parse("pasted.html", "", b)
		if err != nil {
			return nil, fmt.Errorf("no article in the pasted HTML: %w", err)
		}
		rec := NewRecord(a, "", now)
		if rec.Title == "" {
			rec.Title, rec.Text = splitTitle(rec.Text)
		}
		return &Pasted{Record: rec, page: b, ext: ".html"}, nil
	}
	title, body := splitTitle(string(b))
	if body == "" {
		return nil, errors.New("the pasted text is one line: paste the article's title on the first line and its text below")
	}
	rec := Record{Title: title, Text: body, Fetched: now.UTC().Format(time.RFC3339)}
	return &Pasted{Record: rec, page: b, ext: ".txt"}, nil
}

// splitTitle cuts text into its first line with words, spaces tidied, and the rest.
func splitTitle(text string) (title, rest string) {
	text = strings.TrimSpace(text)
	first, rest, _ := strings.Cut(text, "\n")
	return strings.Join(strings.Fields(first), " "), strings.TrimSpace(rest)
}

// looksLikeHTML says whether pasted text is markup (a page or a fragment copied as
// source) rather than prose: it opens with a tag and closes one.
func looksLikeHTML(s string) bool {
	s = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(s, "\ufeff")))
	if !strings.HasPrefix(s, "<") || !strings.Contains(s, "</") {
		return false
	}
	return len(s) > 1 && (s[1] == '!' || (s[1] >= 'a' && s[1] <= 'z'))
}

// CheckAddress says why address cannot be the web address of an article, or nil when
// it can (an http or https address with a host).
func CheckAddress(address string) error {
	u, err := url.Parse(strings.TrimSpace(address))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("%q is not a web address (https://…)", strings.TrimSpace(address))
	}
	return nil
}

// SavePaste keeps a pasted article in the library with the outlet and address the user
// gave (either may be empty; an empty outlet keeps the one found in the text) and
// returns the record's path. With an address it is kept as a page fetched from there
// would be, so fetching the address later updates the same record; without, the same
// text pasted again replaces its record.
func (l Library) SavePaste(p *Pasted, outlet, address string) (string, error) {
	rec := p.Record
	if o := strings.Join(strings.Fields(outlet), " "); o != "" {
		rec.Source = o
	}
	if address = strings.TrimSpace(address); address != "" {
		if err := CheckAddress(address); err != nil {
			return "", err
		}
		rec.URL = address
		return l.Save(rec, p.page, p.ext)
	}
	sum := sha256.Sum256(p.page)
	// Only letters and digits of the title, so that none is escaped in the name.
	slug := strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return '-'
	}, rec.Title)
	name := recordName("pasted/" + slug + "/" + hex.EncodeToString(sum[:4]))
	return l.saveAt(filepath.Join(l.Dir, name+".json"), rec, p.page, p.ext)
}
