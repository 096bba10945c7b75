package chart

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"strconv"
	"strings"
	"testing"
)

func testMeasurer(t *testing.T) measurer {
	t.Helper()
	reg, bold, err := loadFonts()
	if err != nil {
		t.Fatal(err)
	}
	return measurer{reg, bold}
}

// manyCountries is a spec of n stated rows with real, long and short names.
func manyCountries(n int) Spec {
	var slots []Slot
	for i := range n {
		name := fortyCountries[i%len(fortyCountries)]
		if i >= len(fortyCountries) {
			name = fmt.Sprintf("%s %d", name, i/len(fortyCountries))
		}
		slots = append(slots, stated(fmt.Sprintf("%02d", i), name, float64(1000*(n-i))))
	}
	return specWith(slots...)
}

func TestEveryCountryNameIsReadable(t *testing.T) {
	m := testMeasurer(t)
	for _, tt := range []struct {
		rows          int
		width, height int
	}{{1, 1200, 750}, {12, 1200, 750}, {40, 1200, 750}, {80, 1200, 750}, {40, 600, 400}} {
		t.Run(fmt.Sprintf("%d rows in %dx%d", tt.rows, tt.width, tt.height), func(t *testing.T) {
			l := plan(manyCountries(tt.rows), Options{Width: tt.width, Height: tt.height}, m)
			if len(l.rows) != tt.rows {
				t.Fatalf("%d rows drawn for %d countries", len(l.rows), tt.rows)
			}
			if l.name.px < l.px(minTextPx) {
				t.Errorf("names are %.1fpx, below the %dpx floor", l.name.px, minTextPx)
			}
			bold := l.name
			bold.bold = true
			for _, r := range l.rows {
				if h := float64(len(r.nameLines)) * lineH(l.name); h > l.rowH+1 {
					t.Errorf("%q takes %.0fpx in a %.0fpx row: it would overlap its neighbour", r.slot.Country, h, l.rowH)
				}
				for _, line := range r.nameLines {
					if w := l.m.width(line, bold); w > l.nameW+0.5 {
						t.Errorf("%q is %.0fpx in a %.0fpx column", line, w, l.nameW)
					}
				}
				if got := strings.Join(r.nameLines, " "); got != r.slot.Country && tt.width >= 1200 {
					t.Errorf("name %q drawn as %q", r.slot.Country, got)
				}
			}
			if bottom := l.axisTop + l.axisH; bottom > float64(l.H) {
				t.Errorf("the axis ends at %.0f, below the image (%d)", bottom, l.H)
			}
		})
	}
}

// svgText is one <text> element: where it starts, its style and its words.
type svgText struct {
	X     int    `xml:"x,attr"`
	Style string `xml:"style,attr"`
	Body  string `xml:",chardata"`
}

func TestNoTextRunsOffTheImage(t *testing.T) {
	m := testMeasurer(t)
	specs := map[string]Spec{
		"world holdings": Build(Holdings, worldDataset(t), nil),
		"world loans":    Build(Loans, worldDataset(t), nil),
		"world mining":   Build(Mining, worldDataset(t), nil),
		"1 to 1e10":      specWith(stated("AA", "Aland", 1), stated("DD", "Dland", 1e10)),
		"long label":     specWith(Slot{ISO2: "AA", Country: "Aland", Stated: true, Value: 9, Label: strings.Repeat("very long label ", 8), Refs: []int{1, 2, 3, 5}}),
		"long title":     {Title: strings.Repeat("A very long chart title ", 10), Subtitle: strings.Repeat("and a subtitle ", 30), Slots: []Slot{stated("AA", "Aland", 3)}},
	}
	for name, s := range specs {
		for _, width := range []int{1200, 480} {
			var b bytes.Buffer
			if err := WriteSVG(&b, s, Options{Width: width, Height: 750, References: true}); err != nil {
				t.Fatal(err)
			}
			var doc struct {
				Texts []svgText `xml:"text"`
			}
			if err := xml.Unmarshal(b.Bytes(), &doc); err != nil {
				t.Fatal(err)
			}
			for _, tx := range doc.Texts {
				_, size, _ := strings.Cut(tx.Style, "font-size:")
				size, _, _ = strings.Cut(size, "px")
				px, err := strconv.ParseFloat(size, 64)
				if err != nil {
					t.Fatalf("no font size in %q", tx.Style)
				}
				end := float64(tx.X) + m.width(tx.Body, font{px: px})
				if tx.X < 0 || end > float64(width)+1 {
					t.Errorf("%s at %dpx: %q runs from %d to %.0f", name, width, tx.Body, tx.X, end)
				}
			}
		}
	}
}

func TestAxisRangeIsPinnedAndPositive(t *testing.T) {
	tests := []struct {
		name   string
		values []float64
		log    bool
		min    float64 // the axis must reach at least this
	}{
		{"nothing", nil, false, 1},
		{"all zero", []float64{0, 0}, false, 1},
		{"one value", []float64{6200}, false, 6200},
		{"all equal", []float64{5, 5, 5}, false, 5},
		{"ordinary spread", []float64{1900, 198000}, false, 198000},
		{"1 to 1e10", []float64{1, 1e10}, true, 1e10},
		{"NaN and Inf ignored", []float64{nanValue(), infValue(), 30}, false, 30},
	}
	for _, tt := range tests {
		a := newAxis(tt.values, 6)
		if a.log != tt.log {
			t.Errorf("%s: log scale %v, want %v", tt.name, a.log, tt.log)
		}
		if !(a.hi > a.lo) || !finite(a.hi) || !finite(a.lo) || a.hi < tt.min {
			t.Errorf("%s: axis %v to %v", tt.name, a.lo, a.hi)
		}
		if len(a.ticks) < 2 {
			t.Errorf("%s: ticks %v", tt.name, a.ticks)
		}
	}
}
