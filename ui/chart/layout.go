package chart

import (
	"math"
)

// Sizes in pixels at scale 1; every one is multiplied by Options.Scale.
const (
	defaultWidth, defaultHeight = 1200, 750
	minWidth, minHeight         = 200, 200 // the smallest export the command line allows
	maxScale                    = 8        // a typo like 100 would ask for gigabytes

	padPx      = 24
	titlePx    = 20
	subtitlePx = 13
	namePx     = 13
	valuePx    = 13
	notePx     = 11
	smallPx    = 11 // ticks, legend, references, footer
	refNumPx   = 10 // the reference numbers after a bar's label
	minTextPx  = 9  // rows shrink their text no further

	stackedMinRow = 40 // a row this tall has room for a note line under its bar
	stackedMaxRow = 120
	inlineMaxRow  = 96
	minRow        = 12 // below this, the image grows instead
	nameGap       = 14 // between the name column and the bars
	labelGap      = 8  // between a bar's end and its label
)

// layout is where everything of one render goes, in pixels at scale. It is worked
// out before any drawing so the image can grow to fit what must not be cut off.
type layout struct {
	spec Spec
	opts Options
	pal  palette
	m    measurer
	s    float64 // scale
	W, H int

	pad, inner float64 // margin, width inside the margins

	title, subtitle, name, value, note, small, refNum font

	titleLines, subLines []string
	legend               []legendItem
	headerH              float64

	slots       []Slot // the rows this page draws: the spec's, less those collapsed into one line
	collapsed   []Slot // "not stated" rows written as one line when they outnumber the bars
	collapse    []string
	collapseTop float64

	exact       bool    // an export: the image keeps the size asked for, and continues on more pages
	lastRows    bool    // this page draws the last rows, and so the "not stated" line
	refsOnly    bool    // a page continuing the references, with no rows
	hasPageNote bool    // room is kept for the line saying where the pages continue
	refsArea    float64 // the height kept under the rows for the references
	page, pages int     // this page's number and the count, from 1
	pageNote    string
	refFont     font // the references' text, smaller when that lets them fit

	rowsTop, rowH float64
	stacked       bool // notes go on their own line under the bar
	barH          float64
	nameW         float64 // the name column's width
	plotX, plotW  float64 // where the value axis starts and how long it is
	right         float64 // the right margin's x
	ax            axis
	rows          []rowPlan
	cut           bool // the row being drawn had words cut short (drawRows)

	axisTop, axisH float64
	refs           []refBlock
	refsTop, refsH float64
	footLines      []string
	footTop        float64

	empty emptyPlan     // when Spec.Empty is set, instead of rows and axis
	fig   *figurePlan   // a map's or timeline's parts, instead of rows and axis
	mp    *mapPlan      // where a map is drawn
	tl    *timelinePlan // where a timeline is drawn
}

// rowPlan is one slot's texts, measured.
type rowPlan struct {
	slot      Slot
	nameLines []string
	label     string  // value label, with "(derived)" where so
	labelW    float64 // the label and its reference numbers
	fitW      float64 // what must fit after the bar: the label, and an inline note
	refs      string  // "[1, 2]" when references are drawn
	note      string  // note and other articles' figures
}

// plan lays out the first page of s for o.
func plan(s Spec, o Options, m measurer) *layout { return planPages(s, o, m)[0] }

// newLayout sets the size, fonts, header, footer and the rows to draw; what goes where
// is left to planRows, planEmpty or the pager.
func newLayout(s Spec, o Options, m measurer) *layout {
	s = clean(s)
	l := &layout{spec: s, opts: o, pal: paletteFor(o.Theme), m: m, exact: o.References, page: 1, pages: 1}
	l.s = o.Scale
	if l.s <= 0 || !finite(l.s) {
		l.s = 1
	}
	l.s = math.Min(l.s, maxScale)
	w, h := o.Width, o.Height
	if w <= 0 {
		w = defaultWidth
	}
	if h <= 0 {
		h = defaultHeight
	}
	l.W, l.H = ri(float64(max(w, minWidth))*l.s), ri(float64(max(h, minHeight))*l.s)
	l.pad = l.px(padPx)
	l.inner = float64(l.W) - 2*l.pad
	l.right = float64(l.W) - l.pad
	pal := l.pal
	l.title = font{bold: true, px: l.px(titlePx), color: pal.Text}
	l.subtitle = font{px: l.px(subtitlePx), color: pal.Muted}
	l.small = font{px: l.px(smallPx), color: pal.Muted}
	l.name = font{px: l.px(namePx), color: pal.Text}
	l.value = font{px: l.px(valuePx), color: pal.Text}
	l.note = font{px: l.px(notePx), color: pal.Muted}
	l.refNum = font{px: l.px(refNumPx), color: pal.Muted}
	l.refFont = l.small

	l.splitNotStated()
	l.planHeader()
	l.planFooter()
	l.axisH = 2*lineH(l.small) + l.px(6)
	return l
}

// px scales a size.
func (l *layout) px(v float64) float64 { return v * l.s }

// lineH is the distance between baselines for a font.
func lineH(f font) float64 { return math.Ceil(f.px * 1.35) }

// baseline puts text of font f vertically centred on y.
func baseline(y float64, f font) int { return ri(y + f.px*0.36) }

// reserved is the height above and below the rows: header, axis and footer. The
// references are left out on purpose: they never squeeze the chart, the image grows
// to hold them instead (placeBottom), so an export's chart matches the window's.
func (l *layout) reserved() float64 {
	h := l.pad + l.headerH + l.axisH + l.px(12) + l.pad + l.collapseH() + l.pageNoteH() + l.refsArea
	if len(l.footLines) > 0 {
		h += float64(len(l.footLines)) * lineH(l.small)
	}
	return h
}

// planRows sizes the rows to the space left, shrinking to a minimum and then growing
// the image, so no country name is ever dropped.
func (l *layout) planRows() { l.planRowsIn(float64(l.H) - l.reserved()) }

// planRowsIn sizes the rows to avail pixels of height.
func (l *layout) planRowsIn(avail float64) {
	n := max(len(l.slots), 1)
	hasNotes := false
	for _, s := range l.slots {
		hasNotes = hasNotes || s.Note != "" || len(s.OtherLabels) > 0 || (s.Stated && s.Derived)
	}
	l.rowH = math.Floor(avail / float64(n))
	l.stacked = hasNotes && l.rowH >= l.px(stackedMinRow)
	if l.stacked {
		l.rowH = math.Min(l.rowH, l.px(stackedMaxRow))
	} else {
		l.rowH = math.Min(l.rowH, l.px(inlineMaxRow))
	}
	if l.rowH < l.px(minRow) {
		l.rowH = l.px(minRow)
		if !l.exact { // an export keeps its size: its pager gave these rows room enough
			l.H = ri(l.reserved() + l.rowH*float64(n))
		}
	}
	if !l.stacked {
		// Dense rows: text follows the row height down to a floor.
		px := math.Max(math.Min(l.rowH*0.7, l.px(namePx)), l.px(minTextPx))
		l.name.px, l.value.px = px, px
		l.note.px = math.Min(l.note.px, px)
		l.refNum.px = math.Min(l.refNum.px, px)
	}
	if l.stacked {
		l.barH = math.Round(math.Min(math.Max(l.rowH*0.36, l.px(10)), l.px(40)))
	} else {
		l.barH = math.Round(math.Max(l.rowH*0.62, l.px(6)))
		if l.rowH >= l.px(28) {
			l.barH = math.Round(math.Max(math.Min(l.rowH*0.4, l.px(36)), l.px(17)))
		}
	}
	l.rowsTop = l.pad + l.headerH
	l.planNames()
	l.planLabels()
	l.planAxis()
	l.axisTop = l.rowsTop + l.rowH*float64(len(l.slots))
	l.placeBottom()
}

// planNames fits country names into a column of at most 30% of the width: long names
// wrap onto a second line where the row has room, else end in "…".
func (l *layout) planNames() {
	bold := l.name
	bold.bold = true // the selected row's name is bold: measure for it
	widest := 0.0
	for _, s := range l.slots {
		widest = math.Max(widest, l.m.width(s.Country, bold))
	}
	l.nameW = math.Ceil(math.Min(widest, l.inner*0.3))
	twoLines := l.rowH >= 2*lineH(l.name)+l.px(4)
	l.rows = make([]rowPlan, len(l.slots))
	for i, s := range l.slots {
		r := &l.rows[i]
		r.slot = s
		switch {
		case l.m.width(s.Country, bold) <= l.nameW:
			r.nameLines = []string{s.Country}
		case twoLines:
			r.nameLines = l.m.wrap(s.Country, l.nameW, bold, 2)
		default:
			r.nameLines = []string{l.m.ellipsize(s.Country, l.nameW, bold)}
		}
	}
	l.plotX = l.pad + l.nameW + l.px(nameGap)
}

// planLabels writes each row's value label, reference numbers and note.
func (l *layout) planLabels() {
	for i := range l.rows {
		r := &l.rows[i]
		s := r.slot
		if s.Stated {
			r.label = s.Label
			if r.label == "" {
				r.label = tickLabel(l.spec.Metric, s.Value)
			}
			if s.Derived {
				r.label += " (derived)"
			}
		}
		if l.opts.References && len(s.Refs) > 0 {
			r.refs = refList(s.Refs)
		}
		r.note = l.noteFor(s, s.OtherLabels)
		if s.Stated {
			r.labelW = l.m.width(r.label, l.value)
			if r.refs != "" {
				r.labelW += l.px(4) + l.m.width(r.refs, l.refNum)
			}
			r.fitW = r.labelW
			if !l.stacked && r.note != "" {
				// An inline note after the label gets room too, up to a point; past it,
				// it ends in "…" rather than squeezing every bar.
				r.fitW += l.px(10) + math.Min(l.m.width(r.note, l.note), l.px(200))
			}
		}
	}
}

// planAxis pins the value range and fits the plot so every bar's label ends inside the
// right margin; fewer ticks are used when their labels would collide.
func (l *layout) planAxis() {
	var values []float64
	for _, s := range l.spec.Slots { // every page's rows, so the pages share one axis
		if !s.Stated {
			continue
		}
		values = append(values, s.Value)
		if s.Range {
			values = append(values, s.Max)
		}
		values = append(values, s.Others...)
		values = append(values, s.OthersMax...)
	}
	avail := l.right - l.plotX
	for ticks := 6; ticks >= 1; ticks-- {
		l.ax = newAxis(values, ticks)
		l.plotW = l.fitPlot(avail)
		widest := 0.0
		for _, t := range l.ax.ticks {
			widest = math.Max(widest, l.m.width(tickLabel(l.spec.Metric, t), l.small))
		}
		gaps := float64(max(len(l.ax.ticks)-1, 1))
		if l.plotW/gaps >= widest+l.px(12) {
			break
		}
	}
}

// fitPlot returns the longest plot for which each bar's label still fits before the
// right margin, but no shorter than 45% of the space (a label that still does not fit
// moves inside its bar).
func (l *layout) fitPlot(avail float64) float64 {
	w := avail
	for _, r := range l.rows {
		if !r.slot.Stated {
			continue
		}
		need := l.px(labelGap) + r.fitW
		if len(r.slot.Others) > 0 {
			need += l.markerR()
		}
		if f := l.ax.frac(rowEnd(r.slot)); f > 0 {
			w = math.Min(w, (avail-need)/f)
		}
	}
	return math.Floor(math.Max(w, avail*0.45))
}

// rowEnd is the largest value a row draws: its bar's end or another figure's point.
func rowEnd(s Slot) float64 {
	end := s.Value
	if s.Range {
		end = s.Max
	}
	for _, v := range s.Others {
		end = math.Max(end, v)
	}
	for _, v := range s.OthersMax {
		end = math.Max(end, v)
	}
	return end
}

// markerR is the radius of the points drawn for other articles' figures.
func (l *layout) markerR() float64 { return math.Max(3, math.Round(math.Min(l.barH*0.3, l.px(6)))) }

// x is where value v falls on the plot.
func (l *layout) x(v float64) float64 { return l.plotX + l.ax.frac(v)*l.plotW }

// placeBottom puts the "not stated" line, the references and the footer under the
// axis; the footer sits at the bottom of the image. Only the window's image grows to
// hold them; an export's pager has already made them fit.
func (l *layout) placeBottom() {
	l.collapseTop = l.axisTop + l.axisH + l.px(6)
	l.refsTop = l.collapseTop + l.collapseH() + l.px(6)
	footH := float64(len(l.footLines))*lineH(l.small) + l.pageNoteH()
	l.footTop = float64(l.H) - l.pad - footH
	end := l.refsTop
	if l.refsH > 0 {
		end += l.refsH + l.px(12) // the references end a line's gap above the footer
	}
	if end > l.footTop+0.5 && !l.exact {
		l.H = int(math.Ceil(end + footH + l.pad))
		l.footTop = float64(l.H) - l.pad - footH
	}
}
