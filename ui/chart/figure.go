package chart

import "math"

// A map and a timeline are laid out alike, as a figure: title, subtitle and legend
// above; the picture; under it a few lines of words (the key: each stated figure, or the
// undated ones), then the numbered quotes and the footer. An export keeps its size and
// references that do not fit continue on pages of their own, as a chart's do; the
// window's image grows when the picture would be smaller than minFigurePx.

const minFigurePx = 160

// figurePlan is where a figure's parts go.
type figurePlan struct {
	top, h float64 // the band the picture is drawn in
	key    []string
	keyTop float64
}

// isFigure reports whether a spec is drawn as a figure rather than as rows of bars.
func isFigure(k Kind) bool { return k == Map || k == Timeline }

// planFigurePages lays out every page of a map or timeline.
func planFigurePages(s Spec, o Options, m measurer) []*layout {
	try := func(note bool) []*layout {
		l := newLayout(s, o, m)
		l.lastRows, l.axisH, l.hasPageNote = true, 0, note
		return l.planFigure()
	}
	pages := try(false)
	if len(pages) > 1 {
		pages = try(true) // room for the line saying where the rest continues
	}
	for i, p := range pages {
		p.page, p.pages = i+1, len(pages)
	}
	for i, p := range pages {
		p.pageNote = pageNote(pages, i)
	}
	return pages
}

// planFigure places the picture, its key and as many references as fit under it, and
// returns this page with any pages the other references continue on.
func (l *layout) planFigure() []*layout {
	fig := &figurePlan{}
	l.fig = fig
	var natural float64
	switch l.spec.Kind {
	case Map:
		fig.key, natural = l.mapKey(), l.mapNatural()
	default:
		fig.key, natural = l.timelineKey(), l.inner*0.5
		if l.spec.Empty != "" {
			natural = l.px(minFigurePx) // a panel with one line needs no more
		}
	}
	keyH := float64(len(fig.key)) * lineH(l.small)
	if keyH > 0 {
		keyH += l.px(8)
	}
	fixed := l.pad + l.headerH + keyH + l.px(8) + l.pageNoteH() + l.footH() + l.pad
	avail := float64(l.H) - fixed
	// The least height the picture gets; a narrow map needs less, being as wide as it can.
	floor := l.px(minFigurePx)
	if l.spec.Kind == Map {
		floor = math.Min(floor, natural)
	}

	var rest []Ref
	more := 0
	if l.opts.References && len(l.spec.Refs) > 0 {
		refs := l.spec.Refs
		if len(refs) > maxDrawnRefs {
			refs, more = refs[:maxDrawnRefs], len(refs)-maxDrawnRefs
		}
		gap := l.px(18)
		least := math.Max(floor, math.Min(natural, avail*0.55))
		var under []refBlock
		var underH float64
		under, underH, rest, more = l.fitRefs(refs, more, avail-least-gap)
		if len(under) > 0 {
			l.refs, l.refsH, l.refsArea = under, underH, underH+gap
		}
	}
	fig.h = math.Min(natural, avail-l.refsArea)
	if l.spec.Kind == Timeline && l.spec.Empty == "" {
		fig.h = avail - l.refsArea // a timeline takes the height there is
	}
	if fig.h < floor {
		fig.h = floor
		if !l.exact {
			l.H = ri(fixed + fig.h + l.refsArea)
		}
	}
	fig.top = l.pad + l.headerH
	fig.keyTop = fig.top + fig.h + l.px(8)
	l.refsTop = fig.keyTop + keyH
	if l.refsArea > 0 {
		l.refsTop += l.px(6)
	}
	l.footTop = float64(l.H) - l.pad - l.footH()
	switch l.spec.Kind {
	case Map:
		l.placeMap()
	default:
		l.placeTimeline()
	}
	pages := []*layout{l}
	if len(rest) > 0 {
		pages = l.continueRefs(pages, rest, more)
	}
	return pages
}

// drawFigureKey writes the lines under the picture; an empty figure's message is bold.
func (l *layout) drawFigureKey(c *canvas) {
	y := l.fig.keyTop
	head := l.small
	head.bold, head.color = true, l.pal.Text
	for i, line := range l.fig.key {
		f := l.small
		if i == 0 && l.spec.Empty != "" && l.spec.Kind == Map {
			f = head
		}
		c.text(line, ri(l.pad), lineBaseline(y, f), f)
		y += lineH(l.small)
	}
}
