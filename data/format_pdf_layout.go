package data

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ledongthuc/pdf"
)

// pdfLine is one line of a PDF page as drawn: its text and where and how large it is.
type pdfLine struct {
	text  string
	x, y  float64 // the start of the line, in points from the page's lower left
	size  float64 // the largest font size on the line
	bold  bool    // every glyph's font is bold
	cells bool    // wide gaps split it: a table row
	chars int
}

// pageLines joins a page's glyphs, in the order the file draws them, into lines. Most
// writers draw a page in reading order, a column at a time, so the drawing order is
// kept; a glyph on another baseline, or back to the left, starts a new line.
func pageLines(glyphs []pdf.Text) []pdfLine {
	var out []pdfLine
	var b strings.Builder
	var cur pdfLine
	var endX, baseY float64
	boldAll := true
	flush := func() {
		cur.text = strings.TrimSpace(b.String())
		cur.bold = boldAll
		if cur.text != "" {
			out = append(out, cur)
		}
		b.Reset()
		cur, boldAll = pdfLine{}, true
	}
	for _, g := range glyphs {
		if g.S == "" || !finitePoint(g.X, g.Y, g.FontSize, g.W) {
			continue
		}
		size := math.Abs(g.FontSize)
		if size < 1 {
			size = 1
		}
		if b.Len() > 0 {
			lineSize := math.Max(cur.size, 1)
			switch {
			case size < 0.8*lineSize && g.Y > baseY+0.15*lineSize && g.Y < baseY+lineSize && isDigits(g.S):
				continue // a footnote mark raised after a word or a figure: "6,200¹" is not 6,2001
			case math.Abs(g.Y-baseY) > 0.5*math.Max(size, lineSize) || g.X < endX-lineSize:
				flush()
			case g.X > endX+2*lineSize:
				cur.cells = true
				b.WriteByte(' ')
			case g.X > endX+0.15*lineSize && !strings.HasSuffix(b.String(), " ") && g.S != " ":
				b.WriteByte(' ')
			}
		}
		if b.Len() == 0 {
			cur.x, cur.y, baseY = g.X, g.Y, g.Y
		}
		cur.size = math.Max(cur.size, size)
		if !strings.Contains(strings.ToLower(g.Font), "bold") {
			boldAll = false
		}
		b.WriteString(g.S)
		cur.chars += utf8.RuneCountInString(g.S)
		endX = g.X + g.W
	}
	flush()
	return out
}

func finitePoint(v ...float64) bool {
	for _, f := range v {
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return false
		}
	}
	return true
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// layoutPages writes the pages' lines into tb as headings, table rows and paragraphs,
// and returns where each page's text starts.
func layoutPages(tb *textBuilder, pages [][]pdfLine) []int {
	body := bodySize(pages)
	starts := make([]int, len(pages))
	for pi, lines := range pages {
		starts[pi] = -1
		var para strings.Builder
		var prev pdfLine
		add := func(kind BlockKind, s string) {
			n := len(tb.lines)
			tb.add(kind, 0, s)
			if starts[pi] < 0 && len(tb.lines) > n {
				starts[pi] = tb.lines[n].Start
			}
		}
		flush := func() {
			if para.Len() > 0 {
				add(Paragraph, para.String())
				para.Reset()
			}
		}
		for li, l := range lines {
			if (li == 0 || li == len(lines)-1) && isPageNumber(l.text) {
				continue // a running page number is the page's, not the report's text
			}
			words := len(strings.Fields(l.text))
			switch {
			case l.cells:
				flush()
				add(Paragraph, l.text)
			case words <= 15 && (l.size >= 1.15*body || l.bold && l.size >= 0.95*body && !endsClause(l.text)):
				flush()
				add(Heading, l.text)
			default:
				if para.Len() > 0 && !continues(prev, l) {
					flush()
				}
				joinLine(&para, l.text)
			}
			prev = l
		}
		flush()
	}
	end := tb.b.Len()
	for i := len(starts) - 1; i >= 0; i-- {
		if starts[i] < 0 {
			starts[i] = end // a page without text: its offsets are the next page's
		}
		end = starts[i]
	}
	return starts
}

// continues says whether line l goes on the paragraph that prev is in: the same size
// of type, just below it, starting near the same left edge.
func continues(prev, l pdfLine) bool {
	gap := prev.y - l.y
	return math.Abs(prev.size-l.size) < 0.5 && gap > 0 && gap < 1.7*l.size && math.Abs(prev.x-l.x) < 3*l.size
}

// joinLine adds a line to a paragraph, mending a word broken at the line's end
// ("reserve-" "ments" gives "reservements" only where the next line goes on in lower case).
func joinLine(para *strings.Builder, line string) {
	if para.Len() == 0 {
		para.WriteString(line)
		return
	}
	s := para.String()
	r, _ := utf8.DecodeRuneInString(line)
	if len(s) >= 2 && s[len(s)-1] == '-' && unicode.IsLetter(rune(s[len(s)-2])) && unicode.IsLower(r) {
		para.Reset()
		para.WriteString(s[:len(s)-1])
		para.WriteString(line)
		return
	}
	para.WriteByte(' ')
	para.WriteString(line)
}

func endsClause(s string) bool {
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, ":") || strings.HasSuffix(s, ",") || strings.HasSuffix(s, ";")
}

// isPageNumber recognises a running page number: "12", "- 12 -", "Page 12", "12 of 300".
func isPageNumber(s string) bool {
	s = strings.ToLower(strings.Trim(s, "-–— "))
	s = strings.TrimPrefix(s, "page ")
	if i := strings.Index(s, " of "); i > 0 {
		s = s[:i]
	}
	return len(s) <= 4 && isDigits(s)
}

// bodySize is the font size most of the report's characters are set in.
func bodySize(pages [][]pdfLine) float64 {
	count := map[float64]int{}
	for _, lines := range pages {
		for _, l := range lines {
			count[math.Round(l.size*2)/2] += l.chars
		}
	}
	sizes := make([]float64, 0, len(count))
	for s := range count {
		sizes = append(sizes, s)
	}
	sort.Float64s(sizes)
	best := 10.0
	for _, s := range sizes {
		if count[s] > count[best] {
			best = s
		}
	}
	return best
}
