package data

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/ledongthuc/pdf"
)

// PDF reports are read with github.com/ledongthuc/pdf (BSD-3, a maintained fork of
// rsc.io/pdf): it decodes the fonts' encodings and gives every glyph with its position,
// from which format_pdf_layout.go rebuilds lines, headings, table rows and paragraphs.
// README.md ("PDF reports") says why it was chosen over the other Go readers.

// parsePDF reads a PDF's text page by page into a; a.Pages records where each page
// starts in a.Text, so a quote can cite its page.
func parsePDF(a *Article, b []byte) (err error) {
	defer func() {
		if x := recover(); x != nil { // the reader panics on some damaged files
			err = fmt.Errorf("a damaged PDF that cannot be read (%v)", shortReason(fmt.Sprint(x)))
		}
	}()
	if len(b) > MaxPDFSize {
		return fmt.Errorf("too large (PDFs over %d MB are not read)", MaxPDFSize>>20)
	}
	if !bytes.HasPrefix(bytes.TrimLeft(b[:min(len(b), 1024)], "\x00\t\n\r "), []byte("%PDF-")) {
		return errors.New("not a PDF: it does not start with %PDF-")
	}
	if err := checkNesting(b); err != nil {
		return err
	}
	r, err := pdf.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return pdfOpenError(err)
	}
	pages, err := pageList(r)
	if err != nil {
		return err
	}
	if len(pages) == 0 {
		return errors.New("a PDF with no pages")
	}
	if len(pages) > MaxPDFPages {
		return fmt.Errorf("%s pages; PDFs with more than %s pages are not read", thousands(len(pages)), thousands(MaxPDFPages))
	}
	budget := MaxPDFContent
	var lines [][]pdfLine
	var failed []string
	for i, p := range pages {
		ls, err := readPage(p, &budget)
		if err != nil {
			if budget < 0 {
				return fmt.Errorf("its pages hold over %d MB of drawing instructions; PDFs with more are not read", MaxPDFContent>>20)
			}
			failed = append(failed, fmt.Sprintf("page %d could not be read (%s)", i+1, shortReason(err.Error())))
		}
		lines = append(lines, ls)
	}
	tb := &textBuilder{sectionsByMarkup: true}
	a.Pages = layoutPages(tb, lines)
	if tb.b.Len() == 0 {
		if len(failed) > 0 && !r.Trailer().Key("Encrypt").IsNull() {
			return errors.New(lockedPDF)
		}
		if len(failed) > 0 {
			return fmt.Errorf("a damaged PDF that cannot be read (%s)", failed[0])
		}
		return errors.New("a PDF with no text in it, only images (a scanned report?); it needs text recognition (OCR) first")
	}
	for _, f := range failed {
		tb.add(Boilerplate, 0, "["+f+"]") // shown dimmed: the reader sees what is missing
	}
	if t := infoTitle(r); t != "" {
		a.Title = t
	}
	tb.finish(a)
	return nil
}

// lockedPDF is the refusal of an encrypted PDF: one that needs a password, or whose
// encryption the reader cannot undo (it reads RC4 and AES files without a password
// only when the pages decrypt).
const lockedPDF = "an encrypted PDF (locked with a password, or an encryption this reader cannot undo); save an unlocked copy and open that"

// pdfOpenError says why a file could not be opened as a PDF, in words a user can act on.
func pdfOpenError(err error) error {
	msg := err.Error()
	switch {
	case errors.Is(err, pdf.ErrInvalidPassword) || strings.Contains(msg, "encrypt") || strings.Contains(msg, "password"):
		return errors.New(lockedPDF)
	case strings.Contains(msg, "invalid header"):
		return errors.New("not a PDF: its header is not a PDF's")
	}
	return fmt.Errorf("a damaged PDF that cannot be read (%s)", shortReason(msg))
}

// shortReason keeps a reader's message to one short line.
func shortReason(s string) string {
	s = strings.TrimPrefix(strings.TrimPrefix(s, "malformed PDF: "), "malformed PDF file: ")
	s = strings.TrimPrefix(strings.ReplaceAll(s, "%%", "%"), "not a PDF file: ")
	s = strings.ToValidUTF8(strings.Join(strings.Fields(s), " "), "?")
	if len(s) > 120 {
		s = s[:120] + "…"
	}
	return s
}

// pageList walks the page tree once, in order. The reader's own Page(n) walks the tree
// from its root for every page and trusts the counts a file states, so a damaged tree
// could loop forever; here every node is visited once and the depth is bounded.
func pageList(r *pdf.Reader) ([]pdf.Page, error) {
	var out []pdf.Page
	seen := map[string]bool{}
	var walk func(v pdf.Value, depth int) error
	walk = func(v pdf.Value, depth int) error {
		if depth > 64 {
			return errors.New("a damaged PDF that cannot be read (its page tree is nested too deep)")
		}
		kids := v.Key("Kids")
		for i := 0; i < kids.Len(); i++ {
			kid := kids.Index(i)
			if kid.IsNull() {
				continue
			}
			key := kid.String()
			if len(key) > 200 {
				key = key[:200]
			}
			if seen[key] && kid.Key("Type").Name() == "Pages" {
				return errors.New("a damaged PDF that cannot be read (its page tree loops)")
			}
			seen[key] = true
			switch kid.Key("Type").Name() {
			case "Pages":
				if err := walk(kid, depth+1); err != nil {
					return err
				}
			case "Page":
				if len(out) >= MaxPDFPages {
					return fmt.Errorf("more than %s pages; PDFs with more are not read", thousands(MaxPDFPages))
				}
				out = append(out, pdf.Page{V: kid})
			}
		}
		return nil
	}
	root := r.Trailer().Key("Root").Key("Pages")
	if root.IsNull() {
		return nil, errors.New("a damaged PDF that cannot be read (it has no page list)")
	}
	if root.Key("Type").Name() == "Page" {
		return []pdf.Page{{V: root}}, nil
	}
	return out, walk(root, 0)
}

// readPage gives a page's lines. budget is what may still be unpacked of the drawing
// instructions of the whole file; a page that would overdraw it is not interpreted, so
// a small file that unpacks to gigabytes is refused in the time it takes to count them.
func readPage(p pdf.Page, budget *int) (lines []pdfLine, err error) {
	defer func() {
		if x := recover(); x != nil {
			lines, err = nil, fmt.Errorf("%v", x)
		}
	}()
	for i, v := 0, p.V; !v.IsNull(); i, v = i+1, v.Key("Parent") {
		if i > 64 {
			return nil, errors.New("its parents loop")
		}
	}
	contents := p.V.Key("Contents")
	if contents.IsNull() {
		return nil, nil
	}
	n, err := unpackedSize(contents, min(*budget, MaxPDFPageContent))
	*budget -= n
	switch {
	case err != nil:
		return nil, err
	case *budget < 0:
		return nil, errors.New("too many drawing instructions")
	case n > MaxPDFPageContent:
		return nil, fmt.Errorf("over %d MB of drawing instructions on one page", MaxPDFPageContent>>20)
	}
	return pageLines(p.Content().Text), nil
}

// unpackedSize counts the bytes of a page's drawing instructions, reading at most
// limit+1 of them, and refuses arrays or dictionaries nested deeper than maxPDFNesting
// (the reader parses them by recursion, and Go cannot recover from a stack overflow).
func unpackedSize(contents pdf.Value, limit int) (int, error) {
	var readers []io.Reader
	if contents.Kind() == pdf.Array {
		for i := 0; i < contents.Len() && i < 10_000; i++ {
			readers = append(readers, contents.Index(i).Reader())
		}
	} else {
		readers = append(readers, contents.Reader())
	}
	nest := nestingCounter{}
	buf := make([]byte, 32<<10)
	n := 0
	for _, rd := range readers {
		for n <= limit {
			m, err := rd.Read(buf)
			if err := nest.scan(buf[:m]); err != nil {
				return n, err
			}
			n += m
			if err != nil {
				break // io.EOF, or a damaged stream the interpreter will report
			}
		}
		if c, ok := rd.(io.Closer); ok {
			c.Close()
		}
	}
	return n, nil
}

// maxPDFNesting is how deep arrays and dictionaries may nest in a PDF; real files nest
// a handful deep.
const maxPDFNesting = 200

// nestingCounter follows the depth of '[' and "<<" through a PDF's bytes, skipping
// strings and comments roughly; it only has to be right for files that nest deeply.
type nestingCounter struct {
	depth int
	prev  byte
}

func (c *nestingCounter) scan(b []byte) error {
	for _, x := range b {
		switch {
		case x == '[' || (x == '<' && c.prev == '<'):
			c.depth++
			if x == '<' {
				x = 0 // "<<<" is one dictionary and a string, not two dictionaries
			}
		case x == ']' || (x == '>' && c.prev == '>'):
			if c.depth > 0 {
				c.depth--
			}
			if x == '>' {
				x = 0
			}
		}
		if c.depth > maxPDFNesting {
			return errors.New("a damaged PDF that cannot be read (arrays nested too deep)")
		}
		c.prev = x
	}
	return nil
}

// checkNesting refuses a file whose objects nest too deep, looking at the bytes outside
// streams (whose packed bytes are arbitrary).
func checkNesting(b []byte) error {
	var c nestingCounter
	for len(b) > 0 {
		i := bytes.Index(b, []byte("stream"))
		if i < 0 {
			return c.scan(b)
		}
		if err := c.scan(b[:i]); err != nil {
			return err
		}
		b = b[i+len("stream"):]
		if j := bytes.Index(b, []byte("endstream")); j >= 0 {
			b = b[j+len("endstream"):]
		} else {
			return nil
		}
		c = nestingCounter{} // objects do not span streams; a miscount stays local
	}
	return nil
}

// infoTitle is the title the file's properties give, when it reads as one.
func infoTitle(r *pdf.Reader) (title string) {
	defer func() {
		if recover() != nil {
			title = ""
		}
	}()
	t := collapseSpace(cleanText(strings.ToValidUTF8(r.Trailer().Key("Info").Key("Title").Text(), "")))
	if len(t) < 4 || len(t) > 300 || !strings.Contains(t, " ") || strings.HasSuffix(strings.ToLower(t), ".doc") {
		return "" // "untitled", "Microsoft Word - report.docx" and the like say nothing
	}
	return t
}

// PageOf gives the PDF page that holds byte offset off of the article's text, counting
// from 1, or 0 when the article is not a PDF.
func (a *Article) PageOf(off int) int {
	if len(a.Pages) == 0 {
		return 0
	}
	return sort.Search(len(a.Pages), func(i int) bool { return a.Pages[i] > off })
}

// PageLabel is PageOf as a citation writes it ("p. 12"), or "" when not a PDF.
func (a *Article) PageLabel(off int) string {
	if p := a.PageOf(off); p > 0 {
		return fmt.Sprintf("p. %d", p)
	}
	return ""
}
