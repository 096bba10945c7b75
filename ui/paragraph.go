package ui

import (
	"image/color"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"cryptoatlas/data"
)

// paragraph draws one block of an article with its figures highlighted like a
// highlighter pen and the marked sentence shaded, and turns a tap on a figure into that
// figure's fact. Fyne's RichText cannot shade text or wrap a link that ends a line, so
// the paragraph lays out its own words.
type paragraph struct {
	widget.BaseWidget
	at    *Atlas
	block blockText

	lines  []placedPiece // the layout for the current width
	laidAt float32
	hover  fyne.Position
}

// blockText is what a paragraph shows: text with styled runs.
type blockText struct {
	text  string
	runs  []textRun
	kind  data.BlockKind
	level int
	base  int // text offset + base = article offset
	lead  int // bytes before the block's own text (a bullet's "•  ")
}

// textRun is a range of the block's text with one look.
type textRun struct {
	start, end int // byte offsets into blockText.text
	fact       *data.Fact
	marked     bool // inside the marked sentence
	rejected   bool // a figure the user rejected: drawn struck through
}

// placedPiece is a run's words on one line.
type placedPiece struct {
	text    string
	start   int // byte offset of text in blockText.text
	x, y, w float32
	run     int
}

func newParagraph(at *Atlas) *paragraph {
	p := &paragraph{at: at}
	p.ExtendBaseWidget(p)
	return p
}

// set shows a new block.
func (p *paragraph) set(b blockText) {
	p.block = b
	p.laidAt = -1
	p.Refresh()
}

// textStyle is the size and style of a block kind's text.
func textStyle(kind data.BlockKind) (float32, fyne.TextStyle) {
	switch kind {
	case data.Title:
		return theme.TextHeadingSize(), fyne.TextStyle{Bold: true}
	case data.Heading:
		return theme.TextSubHeadingSize(), fyne.TextStyle{Bold: true}
	case data.Meta:
		return theme.CaptionTextSize(), fyne.TextStyle{}
	case data.Boilerplate:
		return theme.TextSize(), fyne.TextStyle{Italic: true}
	}
	return theme.TextSize(), fyne.TextStyle{}
}

func (p *paragraph) runStyle(r textRun) fyne.TextStyle {
	_, st := textStyle(p.block.kind)
	if r.fact != nil || r.marked {
		st.Bold = true
	}
	return st
}

// layout places the block's words in lines no wider than width and returns the height.
func (p *paragraph) layout(width float32) float32 {
	p.lines = p.lines[:0]
	size, _ := textStyle(p.block.kind)
	pad := theme.InnerPadding()
	lineH := fyne.MeasureText("Mg", size, fyne.TextStyle{Bold: true}).Height + theme.LineSpacing()
	x, y := pad, pad/2
	maxX := width - pad
	space := fyne.MeasureText(" ", size, fyne.TextStyle{}).Width
	text := p.block.text
	for i := 0; i < len(text); {
		// Next word: the bytes up to a space.
		j := i
		for j < len(text) && text[j] != ' ' && text[j] != '\n' {
			j++
		}
		if j > i {
			pieces := p.wordPieces(i, j, size)
			w := float32(0)
			for _, pc := range pieces {
				w += pc.w
			}
			if x > pad && x+w > maxX {
				x, y = pad, y+lineH
			}
			for _, pc := range pieces {
				pc.x, pc.y = x, y
				p.lines = append(p.lines, pc)
				x += pc.w
			}
		}
		// Spaces: one space's width each, attached to the run they fall in.
		for j < len(text) && (text[j] == ' ' || text[j] == '\n') {
			if text[j] == '\n' {
				x, y = pad, y+lineH
			} else if x > pad {
				p.lines = append(p.lines, placedPiece{text: " ", start: j, x: x, y: y, w: space, run: p.runAt(j)})
				x += space
			}
			j++
		}
		i = j
	}
	p.laidAt = width
	return y + lineH + pad/2
}

// wordPieces splits the word text[i:j] at run edges and measures each piece.
func (p *paragraph) wordPieces(i, j int, size float32) []placedPiece {
	var out []placedPiece
	for i < j {
		r := p.runAt(i)
		end := j
		if r >= 0 && p.block.runs[r].end < end {
			end = p.block.runs[r].end
		}
		if end <= i {
			_, n := utf8.DecodeRuneInString(p.block.text[i:])
			end = i + n
		}
		s := p.block.text[i:end]
		st := fyne.TextStyle{}
		if r >= 0 {
			st = p.runStyle(p.block.runs[r])
		} else {
			_, st = textStyle(p.block.kind)
		}
		out = append(out, placedPiece{text: s, start: i, w: fyne.MeasureText(s, size, st).Width, run: r})
		i = end
	}
	return out
}

// runAt returns the run holding byte i, or -1.
func (p *paragraph) runAt(i int) int {
	for k, r := range p.block.runs {
		if i >= r.start && i < r.end {
			return k
		}
	}
	return -1
}

// heightAt is the paragraph's height when laid out at width.
func (p *paragraph) heightAt(width float32) float32 { return p.layout(width) }

func (p *paragraph) MinSize() fyne.Size {
	w := p.Size().Width
	if w <= 0 {
		w = 400
	}
	return fyne.NewSize(100, p.layout(w))
}

// factAt returns the figure under a position, or nil.
func (p *paragraph) factAt(pos fyne.Position) *data.Fact {
	size, _ := textStyle(p.block.kind)
	lineH := fyne.MeasureText("Mg", size, fyne.TextStyle{Bold: true}).Height
	for _, pc := range p.lines {
		if pc.run < 0 || p.block.runs[pc.run].fact == nil {
			continue
		}
		if pos.X >= pc.x && pos.X <= pc.x+pc.w && pos.Y >= pc.y && pos.Y <= pc.y+lineH {
			return p.block.runs[pc.run].fact
		}
	}
	return nil
}

// Tapped selects the fact of the figure under the pointer.
func (p *paragraph) Tapped(ev *fyne.PointEvent) {
	if f := p.factAt(ev.Position); followable(f) {
		p.at.SelectFact(f)
	}
}

// TappedSecondary (a right-click) offers the edits for the figure or the sentence under
// the pointer (curate.go).
func (p *paragraph) TappedSecondary(ev *fyne.PointEvent) {
	off, ok := p.offsetAt(ev.Position)
	if !ok {
		return
	}
	p.at.showTextMenu(p.factAt(ev.Position), off, ev.AbsolutePosition)
}

// offsetAt returns the article byte offset of the character under a position: on a
// line, the nearest character; ok is false below the last line or in an empty block.
func (p *paragraph) offsetAt(pos fyne.Position) (int, bool) {
	size, _ := textStyle(p.block.kind)
	lineH := fyne.MeasureText("Mg", size, fyne.TextStyle{Bold: true}).Height + theme.LineSpacing()
	best := -1
	for k, pc := range p.lines {
		if pos.Y < pc.y || pos.Y >= pc.y+lineH {
			continue
		}
		best = k
		if pos.X < pc.x+pc.w {
			break // the piece under the pointer, or the first after it
		}
	}
	if best < 0 {
		return 0, false
	}
	pc := p.lines[best]
	st := fyne.TextStyle{}
	if pc.run >= 0 {
		st = p.runStyle(p.block.runs[pc.run])
	} else {
		_, st = textStyle(p.block.kind)
	}
	i := 0 // the first character whose middle is right of the pointer
	for i < len(pc.text) {
		_, n := utf8.DecodeRuneInString(pc.text[i:])
		if pc.x+fyne.MeasureText(pc.text[:i+n], size, st).Width > pos.X {
			break
		}
		i += n
	}
	i = min(i, max(len(pc.text)-1, 0))
	off := p.block.base + pc.start + i
	return max(off, p.block.base+p.block.lead), true
}

// Cursor shows a pointing hand over a figure that can be followed.
func (p *paragraph) Cursor() desktop.Cursor {
	if followable(p.factAt(p.hover)) {
		return desktop.PointerCursor
	}
	return desktop.DefaultCursor
}

// followable reports whether tapping a figure selects it: one with a country that a
// chart draws (not a planned one).
func followable(f *data.Fact) bool { return f != nil && f.Attributed() && !f.Planned }

// The figure under the pointer says why it is where it is, in the status bar.
func (p *paragraph) MouseIn(ev *desktop.MouseEvent) { p.MouseMoved(ev) }
func (p *paragraph) MouseMoved(ev *desktop.MouseEvent) {
	p.hover = ev.Position
	p.at.showWhy(p.factAt(ev.Position))
}
func (p *paragraph) MouseOut() {
	p.hover = fyne.Position{X: -1, Y: -1}
	p.at.showWhy(nil)
}

var (
	_ fyne.Tappable          = (*paragraph)(nil)
	_ fyne.SecondaryTappable = (*paragraph)(nil)
	_ desktop.Cursorable     = (*paragraph)(nil)
	_ desktop.Hoverable      = (*paragraph)(nil)
)

func (p *paragraph) CreateRenderer() fyne.WidgetRenderer {
	return &paragraphRenderer{p: p}
}

type paragraphRenderer struct {
	p       *paragraph
	objects []fyne.CanvasObject
}

func (r *paragraphRenderer) Layout(size fyne.Size) {
	if r.p.laidAt != size.Width {
		r.p.layout(size.Width)
	}
	r.build()
}

func (r *paragraphRenderer) MinSize() fyne.Size { return r.p.MinSize() }

func (r *paragraphRenderer) Refresh() {
	r.p.layout(r.p.Size().Width)
	r.build()
	canvas.Refresh(r.p)
}

func (r *paragraphRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *paragraphRenderer) Destroy()                     {}

// build makes the canvas objects for the layout: shading behind figures and the marked
// sentence, then the text, one object per run per line.
func (r *paragraphRenderer) build() {
	p := r.p
	th := p.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	size, _ := textStyle(p.block.kind)
	lineH := fyne.MeasureText("Mg", size, fyne.TextStyle{Bold: true}).Height
	var backs, texts []fyne.CanvasObject
	// Merge neighbouring pieces of one run on one line.
	type span struct {
		text    strings.Builder
		x, y, w float32
		run     int
	}
	var spans []*span
	for _, pc := range p.lines {
		if n := len(spans); n > 0 && spans[n-1].run == pc.run && spans[n-1].y == pc.y {
			spans[n-1].text.WriteString(pc.text)
			spans[n-1].w += pc.w
			continue
		}
		s := &span{x: pc.x, y: pc.y, w: pc.w, run: pc.run}
		s.text.WriteString(pc.text)
		spans = append(spans, s)
	}
	base := th.Color(theme.ColorNameForeground, v)
	switch p.block.kind {
	case data.Meta:
		base = th.Color(theme.ColorNamePlaceHolder, v)
	case data.Boilerplate:
		base = th.Color(theme.ColorNameDisabled, v)
	}
	_, baseStyle := textStyle(p.block.kind)
	for _, s := range spans {
		txt := s.text.String()
		col, st := base, baseStyle
		if s.run >= 0 {
			run := p.block.runs[s.run]
			st = p.runStyle(run)
			if run.marked {
				back := canvas.NewRectangle(th.Color(colorMarkBack, v))
				back.Move(fyne.NewPos(s.x, s.y))
				back.Resize(fyne.NewSize(s.w, lineH))
				backs = append(backs, back)
				col = th.Color(colorMark, v)
			}
			if run.fact != nil && strings.TrimSpace(txt) != "" {
				name := colorFigure
				switch {
				case run.fact.Curated:
					name = colorCurated
				case run.fact.Planned:
					name = theme.ColorNamePlaceHolder // listed, never charted
				case !run.fact.Attributed():
					name = colorUnattributed
				}
				col = th.Color(name, v)
				tint := canvas.NewRectangle(withAlpha(col, 0x30))
				tint.CornerRadius = 3
				if run.fact.Curated { // outlined too, so it reads as different without colour
					tint.StrokeColor = col
					tint.StrokeWidth = 1
				}
				tint.Move(fyne.NewPos(s.x-1, s.y))
				tint.Resize(fyne.NewSize(s.w+2, lineH))
				backs = append(backs, tint)
			}
		}
		struck := s.run >= 0 && p.block.runs[s.run].rejected && strings.TrimSpace(txt) != ""
		if struck {
			col = th.Color(theme.ColorNamePlaceHolder, v)
		}
		t := canvas.NewText(txt, col)
		t.TextSize = size
		t.TextStyle = st
		t.Move(fyne.NewPos(s.x, s.y))
		t.Resize(fyne.NewSize(s.w, lineH))
		texts = append(texts, t)
		if struck { // over the text, as a pen would strike it
			strike := canvas.NewRectangle(col)
			strike.Move(fyne.NewPos(s.x, s.y+lineH*0.55))
			strike.Resize(fyne.NewSize(s.w, max(1, th.Size(theme.SizeNameSeparatorThickness))))
			texts = append(texts, strike)
		}
	}
	r.objects = append(backs, texts...)
}

func withAlpha(c color.Color, a uint8) color.Color {
	r, g, b, _ := c.RGBA()
	return color.NRGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(b >> 8), A: a}
}
