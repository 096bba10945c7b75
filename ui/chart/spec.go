// Package chart turns the dataset into chart specs and draws them with go-chart to
// images, PNG and SVG. It never imports Fyne, so headless export and tests need no
// display, and the window and `cryptoatlas export` draw the same pixels.
package chart

import (
	"image"

	"cryptoatlas/data"
	"cryptoatlas/data/number"
)

// Kind names a chart.
type Kind string

const (
	Holdings Kind = "holdings" // BTC held, with the USD value labelled
	Mining   Kind = "mining"   // MW allocated to mining, with derived TWh per year
	Loans    Kind = "loans"    // loan amounts, lender, and the span to the term's end year
	Adoption Kind = "adoption" // crypto holders, ranges drawn as ranges
	Map      Kind = "map"      // a choropleth of one metric (BuildMap)
	Timeline Kind = "timeline" // one metric's stated values by date (BuildTimeline)
)

// Kinds lists the charts in the order the window's tabs show them.
var Kinds = []Kind{Holdings, Mining, Loans, Adoption}

// Theme selects the palette.
type Theme string

const (
	Light Theme = "light"
	Dark  Theme = "dark"
)

// Slot is one country's row on a chart. Every selected country has one; where no
// article states the figure, Stated is false and the row says "not stated".
type Slot struct {
	ISO2    string
	Country string
	Stated  bool
	Value   float64
	Max     float64 // upper end when Range
	Range   bool
	Approx  number.Approx
	Label   string    // the value as written on the chart: "≈$745M", ">6,200 BTC", "15–20M"
	Note    string    // a second line: the USD value, the lender and term, derived TWh per year
	Derived bool      // the value is computed, drawn differently
	Others  []float64 // other stated values for the same country (disagreeing articles), drawn as points
	Refs    []int     // reference numbers of the quotes behind this row
	Fact    *data.Fact

	// OthersMax parallels Others: the upper end where that value is a range, else the
	// value itself, so a disagreeing range is drawn as a range too.
	OthersMax []float64
	// OtherLabels parallels Others: each value as written ("6,100 BTC"), for the note line.
	OtherLabels []string

	// Class is a map's colour class for a stated slot, 0 the lowest (Spec.Classes).
	Class int
}

// Ref is a numbered reference to a quote.
type Ref struct {
	N       int
	Quote   string
	Article string // title
	Outlet  string
	Source  string // the article cited in full: "Title (Outlet, 12 June 2025)"
	Fact    *data.Fact
	Mention data.Mention
	Own     bool // the user's own figure (data.Fact.NotInQuote): cited as OwnFigure, never as the quote's
}

// OwnFigure marks a curated figure its sentence does not state, wherever it is cited.
const OwnFigure = "your own figure, not in the quote"

// Spec is everything a chart shows, before layout.
type Spec struct {
	Kind     Kind
	Title    string
	Subtitle string
	Unit     string      // axis label: "BTC", "MW", "US dollars", "people"
	Metric   data.Metric // the metric the bars show, for formatting axis ticks
	Slots    []Slot
	Refs     []Ref
	Sources  []string // "Title (Outlet, date)" of each article behind the chart
	Empty    string   // set when no slot is stated: "No figures of this kind in these articles"

	// A map's colour classes, lowest first, and how they were cut ("log scale").
	Classes    []Class
	ClassScale string
	// Locator marks a map that only shows where one country is (BuildLocator): no
	// legend, no line of figures.
	Locator bool

	// A timeline's countries, each with its figures by date; Omitted names countries
	// with figures left off so the lines stay tellable apart.
	Series  []Series
	Omitted []string
}

// Series is one country on a timeline.
type Series struct {
	ISO2, Country string
	Points        []Point // dated, earliest first; points of one date side by side
	Undated       []Point // figures no date can be given for: listed under the chart
}

// Point is one figure on a timeline: every fact stating the same value for the same
// date, whichever articles repeat it.
type Point struct {
	When      number.When // the figure's own date, else its article's publication date
	Published bool        // When is the article's publication date
	Value     float64
	Max       float64 // upper end when Range
	Range     bool
	Label     string // "≈6,200 BTC"
	Derived   bool   // computed, not stated: drawn hollow
	Planned   bool   // stated as future or proposed: drawn as an open diamond
	Refs      []int
	Fact      *data.Fact
}

// Class is one colour class of a map: the values from Lo up to Hi, as the legend says them.
type Class struct {
	Lo, Hi float64
	Label  string // "1,000–10,000 BTC"
}

// Options says how to draw a spec.
type Options struct {
	Width, Height int     // pixels before scale; 1200×750 when zero
	Scale         float64 // multiplies pixels and text alike (HiDPI); 1 when 0
	Theme         Theme
	References    bool   // draw the numbered quotes under the chart (exports); the image grows taller when they do not fit
	Selected      string // ISO2 of the row to mark, "" for none
}

// Region is where a row was drawn, in the image's pixels (after Scale), so a click can
// find its country and fact. Fact is nil for a "not stated" row.
type Region struct {
	Rect image.Rectangle
	ISO2 string
	Fact *data.Fact
	// Full is the row in words, nothing left out: "El Salvador: >6,200 BTC · worth ≈$745M
	// · also 5,800 BTC, 6,100 BTC". Cut says the drawing shortened its name, label or
	// note with "…" or left the note out, so the window can show Full on hover.
	Full string
	Cut  bool
	// Shape is the outline a map country was drawn with, in the image's pixels: a point
	// is in the region when it is in Rect and inside Shape (nil: Rect alone). Contains
	// asks both.
	Shape [][]image.Point
}
