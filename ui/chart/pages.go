package chart

import (
	"math"
	"strconv"
	"strings"
)

// An export keeps exactly the size asked for. What does not fit continues on more
// pages of the same size, each saying so: rows beyond what a page holds at the
// smallest readable height, then references beyond what fits under the last rows even
// in more columns and a smaller type.

const (
	exportRow   = 20 // the row height an export keeps before giving room to references
	maxRefLines = 8  // a longer quote ends, at a word, with "…"
	minRefPx    = 9  // references shrink no further
	maxPages    = 64 // a bound, whatever the size asked for
)

// planPages lays out every page of s. The window (no references) has one page, which
// grows taller when its rows do not fit; an export has as many as it needs.
func planPages(s Spec, o Options, m measurer) []*layout {
	if isFigure(s.Kind) {
		return planFigurePages(s, o, m)
	}
	l := newLayout(s, o, m)
	l.lastRows = true
	if !l.exact {
		if l.spec.Empty != "" {
			l.planEmpty()
		} else {
			l.planRows()
		}
		return []*layout{l}
	}
	pages := l.paginate(false)
	if len(pages) > 1 {
		pages = l.paginate(true) // room for the line saying where the rest continues
	}
	for i, p := range pages {
		p.page, p.pages = i+1, len(pages)
	}
	for i, p := range pages {
		p.pageNote = pageNote(pages, i)
	}
	return pages
}

// paginate splits the rows and references over pages of the asked size.
func (l *layout) paginate(withNote bool) []*layout {
	base := *l
	base.hasPageNote = withNote
	if float64(base.H)-base.reserved() < 2*base.px(minRow) {
		// A very low image: the subtitle and legend give their room to the rows.
		base.subLines, base.legend = nil, nil
		base.headerH = float64(len(base.titleLines))*lineH(base.title) + base.px(10)
	}
	avail := float64(base.H) - base.reserved()

	// Rows: as many a page as fit at the smallest row height.
	var chunks [][]Slot
	if base.spec.Empty != "" {
		chunks = [][]Slot{base.slots}
	} else {
		per := max(1, int(avail/base.px(minRow)))
		for i := 0; i < len(base.slots); i += per {
			chunks = append(chunks, base.slots[i:min(i+per, len(base.slots))])
		}
		if len(chunks) == 0 {
			chunks = [][]Slot{nil}
		}
	}

	// References: under the last rows if they fit there, else on pages of their own.
	refs, more := base.spec.Refs, 0
	if len(refs) > maxDrawnRefs {
		refs, more = refs[:maxDrawnRefs], len(refs)-maxDrawnRefs
	}
	last := chunks[len(chunks)-1]
	need := float64(len(last)) * base.px(exportRow)
	if base.spec.Empty != "" {
		need = base.px(120)
	}
	gap := base.px(18) // above and below the references
	space := avail - need - gap
	var under []refBlock
	var underH float64
	rest := refs
	restMore := more
	if len(refs) > 0 {
		under, underH, rest, restMore = base.fitRefs(refs, more, space)
	}

	var pages []*layout
	for i, chunk := range chunks {
		p := base
		p.slots = chunk
		p.lastRows = i == len(chunks)-1
		p.refs, p.refsH, p.refsArea = nil, 0, 0
		if p.lastRows && len(under) > 0 {
			p.refs, p.refsH, p.refsArea = under, underH, underH+gap
		}
		if p.spec.Empty != "" {
			p.planEmpty()
		} else {
			p.planRowsIn(float64(p.H) - p.reserved())
		}
		pages = append(pages, &p)
	}

	return base.continueRefs(pages, rest, restMore)
}

// continueRefs appends to pages the references rest (and "and N more"), on pages with
// only the title above them.
func (base layout) continueRefs(pages []*layout, rest []Ref, restMore int) []*layout {
	cont := base
	cont.refsOnly, cont.lastRows = true, false
	cont.subLines, cont.legend = nil, nil
	cont.titleLines = []string{cont.m.ellipsize(cont.spec.Title, cont.inner, cont.title)}
	cont.headerH = lineH(cont.title) + cont.px(16)
	if float64(cont.H) < cont.px(400) {
		cont.footLines = nil // a small page keeps its room for the quotes; page 1 names the sources
	}
	cont.slots, cont.rows = nil, nil
	contSpace := float64(cont.H) - cont.pad - cont.headerH - cont.footH() - cont.px(12) - cont.pad
	f := base.refFont
	f.px = math.Max(base.px(minRefPx+1), math.Min(f.px, base.px(smallPx)))
	for len(rest) > 0 {
		p := cont
		p.refFont = f
		var placed int
		p.refs, p.refsH, placed = p.layoutRefs(rest, restMore, f, p.maxRefCols(), contSpace)
		if placed == 0 {
			// One quote taller than a page: it is cut, at a word, to what fits.
			p.refs, p.refsH, placed = p.layoutRefs(rest[:1], 0, f, 1, -contSpace)
		}
		if placed == 0 || len(pages) >= maxPages {
			break // a page too low for even one line of a quote: the rest is not drawn
		}
		if placed >= len(rest) {
			rest, restMore = nil, 0
		} else {
			rest = rest[placed:]
		}
		p.refsTop = p.pad + p.headerH
		p.footTop = float64(p.H) - p.pad - p.footH()
		pages = append(pages, &p)
	}
	return pages
}

// fitRefs places refs in space: in one column of the usual type if they fit, else in
// more columns, else in smaller type; what still does not fit is returned to continue
// on pages of its own.
func (l *layout) fitRefs(refs []Ref, more int, space float64) ([]refBlock, float64, []Ref, int) {
	cols := l.maxRefCols()
	for _, px := range []float64{smallPx, smallPx - 1, minRefPx} {
		f := l.small
		f.px = l.px(px)
		for c := 1; c <= cols; c++ {
			blocks, h, placed := l.layoutRefs(refs, more, f, c, space)
			if placed == len(refs) && h <= space {
				l.refFont = f
				return blocks, h, nil, 0
			}
		}
	}
	f := l.small
	f.px = l.px(smallPx - 1)
	l.refFont = f
	if space < 4*lineH(f) {
		return nil, 0, refs, more
	}
	blocks, h, placed := l.layoutRefs(refs, 0, f, cols, space)
	if placed == 0 {
		return nil, 0, refs, more
	}
	return blocks, h, refs[placed:], more
}

// maxRefCols is how many columns of references the width holds at a readable measure.
func (l *layout) maxRefCols() int {
	switch {
	case l.inner >= l.px(1000):
		return 3
	case l.inner >= l.px(560):
		return 2
	}
	return 1
}

// layoutRefs wraps refs into cols columns of f, reading down each column, and places
// as many as fit in height h (h <= 0: all, in balanced columns; h < 0 also cuts a
// single quote to -h). It returns the blocks placed, their height with the heading,
// and how many refs were placed; the "and N more" line follows only when all were.
func (l *layout) layoutRefs(refs []Ref, more int, f font, cols int, h float64) ([]refBlock, float64, int) {
	gutter := l.px(24)
	colW := (l.inner - gutter*float64(cols-1)) / float64(cols)
	width := colW - l.refIndentFor(f)
	lh := lineH(f)
	head := lh + l.px(4)
	var all []refBlock
	for _, r := range refs {
		lines := l.m.wrap(refText(r), width, f, maxRefLines)
		if h < 0 {
			fit := max(1, int((-h-head-l.px(3))/lh))
			lines = l.m.wrap(refText(r), width, f, min(fit, maxRefLines))
		}
		all = append(all, refBlock{num: "[" + strconv.Itoa(r.N) + "]", lines: lines})
	}
	if more > 0 {
		all = append(all, refBlock{lines: l.m.wrap("… and "+strconv.Itoa(more)+
			" more quoted sentences; `cryptoatlas extract` lists every one.", width, f, 2)})
	}
	blockH := func(b refBlock) float64 { return float64(len(b.lines))*lh + l.px(3) }
	total := 0.0
	for _, b := range all {
		total += blockH(b)
	}
	room := math.Inf(1)
	if h > 0 {
		room = h - head
	} else if h < 0 {
		room = -h - head
	}
	// Fill each column to an even share of the total, the last to the room there is.
	share := math.Min(total/float64(cols), room)
	var placed []refBlock
	y, col, tallest := 0.0, 0, 0.0
	for _, b := range all {
		bh := blockH(b)
		limit := share
		if col == cols-1 {
			limit = room
		}
		if y > 0 && col < cols-1 && (y+bh/2 > limit || y+bh > room+0.5) {
			col, y = col+1, 0 // this column has its share, or no room for the next quote
		}
		if y+bh > room+0.5 {
			break
		}
		b.x, b.y = float64(col)*(colW+gutter), head+y
		placed = append(placed, b)
		y += bh
		tallest = math.Max(tallest, y)
	}
	n := len(placed)
	if n > len(refs) {
		n = len(refs) // the "and N more" line is no ref
	}
	if n < len(refs) && len(placed) > n {
		placed = placed[:n]
	}
	return placed, head + tallest, n
}

// refText is one reference: the quote whole, and the article by title, outlet and date.
func refText(r Ref) string {
	from := r.Source
	if from == "" {
		from = r.Outlet
	}
	if from == "" {
		from = r.Article
	}
	text := "“" + strings.TrimSpace(r.Quote) + "”"
	if r.Own {
		// The sentence is where the user entered the figure, not its source.
		what := ""
		if r.Fact != nil {
			what = " " + r.Fact.Label() + ","
		}
		text = strings.ToUpper(OwnFigure[:1]) + OwnFigure[1:] + ":" + what + " entered at " + text + ", which does not state it"
	}
	if from != "" {
		text += " — " + from
	}
	return text
}

// pageNote says which page this is and where the rest continues.
func pageNote(pages []*layout, i int) string {
	if len(pages) < 2 {
		return ""
	}
	n := len(pages)
	s := "Page " + strconv.Itoa(i+1) + " of " + strconv.Itoa(n)
	if i+1 < n {
		next := pages[i+1]
		what := "more countries"
		if next.refsOnly || len(next.slots) == 0 {
			what = "the references"
			if a, b := refRange(next); a != "" {
				what = "references " + a
				if b != a {
					what += "–" + b
				}
			}
		}
		s += " · " + what + " continue on page " + strconv.Itoa(i+2)
	} else {
		s += " · continued from page " + strconv.Itoa(i)
	}
	return s
}

// refRange is the first and last reference number a page lists.
func refRange(p *layout) (string, string) {
	var first, last string
	for _, r := range p.refs {
		if r.num == "" {
			continue
		}
		n := strings.Trim(r.num, "[]")
		if first == "" {
			first = n
		}
		last = n
	}
	return first, last
}

// pageNoteH is the height of the line saying where the pages continue.
func (l *layout) pageNoteH() float64 {
	if !l.hasPageNote {
		return 0
	}
	return lineH(l.small) + l.px(4)
}

// footH is the height of the footer and the page note above it.
func (l *layout) footH() float64 {
	return float64(len(l.footLines))*lineH(l.small) + l.pageNoteH()
}

// drawPageNote writes where the pages continue, above the footer.
func (l *layout) drawPageNote(c *canvas) {
	if l.pageNote == "" {
		return
	}
	f := l.small
	f.bold, f.color = true, l.pal.Text
	c.text(l.m.ellipsize(l.pageNote, l.inner, f), ri(l.pad), lineBaseline(l.footTop, f), f)
}
