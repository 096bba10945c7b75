package chart

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"image"
	"io"
	"math"
	"strings"
	"testing"
	"time"

	"cryptoatlas/data"
)

// renderWithin renders on another goroutine and fails the test if it does not return
// in time: go-chart hangs on NaN, and a hang must show up as a failure, not a stuck run.
func renderWithin(t *testing.T, d time.Duration, s Spec, o Options) (*image.RGBA, string) {
	t.Helper()
	type result struct {
		img *image.RGBA
		svg string
		err error
	}
	done := make(chan result, 1)
	go func() {
		img, _, err := Render(s, o)
		var b strings.Builder
		if err == nil {
			err = WriteSVG(&b, s, o)
		}
		done <- result{img, b.String(), err}
	}()
	select {
	case r := <-done:
		if r.err != nil {
			t.Fatalf("render: %v", r.err)
		}
		return r.img, r.svg
	case <-time.After(d):
		t.Fatalf("render did not return within %v", d)
		return nil, ""
	}
}

// svgTexts returns the text of every <text> element, checking the SVG parses as XML.
func svgTexts(t *testing.T, svg string) []string {
	t.Helper()
	dec := xml.NewDecoder(strings.NewReader(svg))
	var texts []string
	inText := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed XML: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			inText = tok.Name.Local == "text"
			if inText {
				texts = append(texts, "")
			}
		case xml.EndElement:
			inText = false
		case xml.CharData:
			if inText {
				texts[len(texts)-1] += string(tok)
			}
		}
	}
	return texts
}

func containsText(texts []string, want string) bool {
	for _, s := range texts {
		if strings.Contains(s, want) {
			return true
		}
	}
	return false
}

// colours counts the distinct colours of an image: a blank render has one.
func colours(img *image.RGBA) int {
	seen := map[[4]uint8]bool{}
	for i := 0; i+3 < len(img.Pix); i += 4 {
		seen[[4]uint8(img.Pix[i:i+4])] = true
		if len(seen) > 50 {
			break
		}
	}
	return len(seen)
}

func TestEdgeCasesDrawSomethingSensible(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	rangeSlot := Slot{ISO2: "PK", Country: "Pakistan", Stated: true, Value: 15e6, Max: 20e6, Range: true, Label: "15–20M"}
	tests := []struct {
		name   string
		spec   Spec
		want   []string // texts a reader must find
		absent []string // texts that must not appear
	}{
		{"one country", specWith(stated("SV", "El Salvador", 6200)),
			[]string{"El Salvador", "6,200 BTC", "Source: Test article — Test Outlet"}, nil},
		{"a range", Spec{Title: "Crypto holders", Unit: "people", Metric: data.CryptoHolders, Slots: []Slot{rangeSlot}},
			[]string{"Pakistan", "15–20M", "people"}, nil},
		{"values from 1 to 1e10", specWith(stated("AA", "Aland", 1), stated("BB", "Bland", 1e3), stated("CC", "Cland", 1e6), stated("DD", "Dland", 1e10)),
			[]string{"log scale", "1 BTC", "10,000,000,000 BTC", "Aland", "Dland"}, nil},
		{"a tiny value beside a large one", specWith(stated("AA", "Aland", 1), stated("BB", "Bland", 5000)),
			[]string{"1 BTC", "5,000 BTC"}, []string{"log scale"}},
		{"forty countries", Build(Holdings, fortyDataset(t), nil),
			fortyCountries, []string{"…"}},
		{"no data", Build(Holdings, data.LoadArticles(), nil),
			[]string{EmptyMessage}, nil},
		{"no slots at all", Spec{Title: "Bitcoin holdings"}, []string{EmptyMessage}, nil},
		{"NaN and infinite values", specWith(stated("AA", "Aland", nan), stated("BB", "Bland", inf), stated("CC", "Cland", math.Inf(-1)),
			Slot{ISO2: "DD", Country: "Dland", Stated: true, Value: 1, Max: nan, Range: true, Label: "1–?"},
			Slot{ISO2: "EE", Country: "Eland", Stated: true, Value: 10, Others: []float64{nan, inf}, OtherLabels: []string{"x", "y"}}),
			[]string{"Not stated:", "Aland, Bland, Cland, Dland", "Eland", "10 BTC"}, []string{"NaN", "Inf"}},
		{"only NaN", specWith(stated("AA", "Aland", nan)), []string{EmptyMessage, "Aland"}, nil},
		{"zero values", specWith(stated("AA", "Aland", 0), stated("BB", "Bland", 300)),
			[]string{"0 BTC", "300 BTC"}, []string{"not stated"}},
		{"all values zero", specWith(stated("AA", "Aland", 0), stated("BB", "Bland", 0)),
			[]string{"0 BTC"}, []string{"not stated"}},
		{"all values equal", specWith(stated("AA", "Aland", 5000), stated("BB", "Bland", 5000), stated("CC", "Cland", 5000)),
			[]string{"Aland", "Bland", "Cland", "5,000 BTC"}, nil},
		{"a name longer than the column", specWith(stated("CF", "Central African Republic of the Very Long Name Indeed", 10), stated("AA", "A", 20)),
			[]string{"Central African"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, theme := range []Theme{Light, Dark} {
				o := Options{Width: 1200, Height: 750, Theme: theme, References: true}
				img, svg := renderWithin(t, 10*time.Second, tt.spec, o)
				if b := img.Bounds(); b.Dx() != 1200 || b.Dy() != 750 {
					t.Errorf("%s: image is %v, want 1200×750", theme, b.Size())
				}
				if colours(img) < 3 {
					t.Errorf("%s: the image is blank", theme)
				}
				texts := svgTexts(t, svg)
				for _, w := range tt.want {
					if !containsText(texts, w) {
						t.Errorf("%s: no text %q in %q", theme, w, texts)
					}
				}
				for _, a := range tt.absent {
					if containsText(texts, a) {
						t.Errorf("%s: text %q should not appear", theme, a)
					}
				}
			}
		})
	}
}

func TestExportPNGIsDeterministic(t *testing.T) {
	spec := Build(Holdings, worldDataset(t), nil)
	o := Options{Width: 1200, Height: 750, Theme: Dark, References: true, Selected: "SV"}
	var a, b bytes.Buffer
	if err := WritePNG(&a, spec, o); err != nil {
		t.Fatal(err)
	}
	if err := WritePNG(&b, Build(Holdings, worldDataset(t), nil), o); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two renders of the same chart gave different PNG bytes")
	}
	var s1, s2 bytes.Buffer
	_ = WriteSVG(&s1, spec, o)
	_ = WriteSVG(&s2, spec, o)
	if !bytes.Equal(s1.Bytes(), s2.Bytes()) {
		t.Error("two renders of the same chart gave different SVG bytes")
	}
}

func TestSVGHasTheLabelsQuotesAndOutlet(t *testing.T) {
	spec := Build(Holdings, sampleDataset(t), nil)
	var b bytes.Buffer
	if err := WriteSVG(&b, spec, Options{References: true}); err != nil {
		t.Fatal(err)
	}
	texts := svgTexts(t, b.String())
	for _, want := range []string{
		"Bitcoin holdings", "El Salvador", ">6,200 BTC", "worth ≈$745M", "[1, 2]", "not stated",
		"CryptoNewsBytes.com", "Source: Pakistan and El Salvador formalize crypto link (CryptoNewsBytes.com)",
		"“Since recognizing bitcoin as legal tender in September 2021",
	} {
		if !containsText(texts, want) {
			t.Errorf("SVG has no text %q", want)
		}
	}
}

func TestSVGEscapesQuotes(t *testing.T) {
	spec := specWith(stated("US", "United States", 10))
	spec.Refs = []Ref{{N: 1, Quote: `S&P says <b>"10 BTC"</b>`, Outlet: "A & B"}}
	spec.Slots[0].Refs = []int{1}
	var b bytes.Buffer
	if err := WriteSVG(&b, spec, Options{References: true}); err != nil {
		t.Fatal(err)
	}
	if texts := svgTexts(t, b.String()); !containsText(texts, `S&P says <b>"10 BTC"</b>`) || !containsText(texts, "A & B") {
		t.Errorf("quote with & and < not kept as text: %q", texts)
	}
}

func TestScaleMultipliesPixelsAndText(t *testing.T) {
	spec := Build(Loans, sampleDataset(t), nil)
	one, _, err := Render(spec, Options{Width: 600, Height: 400})
	if err != nil {
		t.Fatal(err)
	}
	two, _, err := Render(spec, Options{Width: 600, Height: 400, Scale: 2})
	if err != nil {
		t.Fatal(err)
	}
	if one.Bounds().Size() != image.Pt(600, 400) || two.Bounds().Size() != image.Pt(1200, 800) {
		t.Fatalf("sizes %v and %v, want 600×400 and 1200×800", one.Bounds().Size(), two.Bounds().Size())
	}
	var s1, s2 bytes.Buffer
	_ = WriteSVG(&s1, spec, Options{Width: 600, Height: 400})
	_ = WriteSVG(&s2, spec, Options{Width: 600, Height: 400, Scale: 2})
	if !strings.Contains(s1.String(), "font-size:20.0px") || !strings.Contains(s2.String(), "font-size:40.0px") {
		t.Error("the title is not 20px at scale 1 and 40px at scale 2")
	}
}

func TestExportKeepsTheSizeAskedFor(t *testing.T) {
	spec := Build(Holdings, fortyDataset(t), nil)
	wrap := referencesSpec()
	for _, size := range []image.Point{{1200, 750}, {800, 500}, {200, 200}} {
		for _, s := range []Spec{spec, wrap} {
			o := Options{Width: size.X, Height: size.Y, References: true}
			n := Pages(s, o)
			var texts []string
			for page := 1; page <= n; page++ {
				img, _, err := RenderPage(s, o, page)
				if err != nil {
					t.Fatal(err)
				}
				if got := img.Bounds().Size(); got != size {
					t.Errorf("%v page %d of %d: PNG is %v", size, page, n, got)
				}
				var b bytes.Buffer
				if err := WritePage(&b, "svg", s, o, page); err != nil {
					t.Fatal(err)
				}
				if want := fmt.Sprintf(`viewBox="0 0 %d %d"`, size.X, size.Y); !strings.Contains(b.String(), want) {
					t.Errorf("%v page %d: SVG is not %s", size, page, want)
				}
				texts = append(texts, svgTexts(t, b.String())...)
				if n > 1 && !containsText(svgTexts(t, b.String()), fmt.Sprintf("Page %d of %d", page, n)) {
					t.Errorf("%v page %d of %d does not say which page it is", size, page, n)
				}
			}
			// Every reference is listed once across the pages, its quote whole.
			all := strings.Join(texts, " ")
			for _, r := range s.Refs {
				if strings.Count(all, fmt.Sprintf("[%d]", r.N)) < 1 {
					t.Errorf("%v: reference [%d] is on no page", size, r.N)
				}
				if size.Y >= 500 && !strings.Contains(all, strings.Join(strings.Fields(r.Quote), " ")) {
					t.Errorf("%v: the quote of [%d] is cut: %q", size, r.N, r.Quote)
				}
			}
		}
	}
}

func TestWindowChartGrowsRatherThanCutRows(t *testing.T) {
	spec := Build(Holdings, fortyDataset(t), nil)
	img, _, err := Render(spec, Options{Width: 600, Height: 300})
	if err != nil {
		t.Fatal(err)
	}
	if img.Bounds().Dy() <= 300 {
		t.Errorf("forty rows fit in 300 pixels? height %d", img.Bounds().Dy())
	}
	if n := Pages(spec, Options{Width: 600, Height: 300}); n != 1 {
		t.Errorf("the window's chart has %d pages", n)
	}
}

func TestReferencesThatDoNotFitContinueOnAnotherPage(t *testing.T) {
	s := referencesSpec()
	o := Options{Width: 1200, Height: 750, References: true}
	if n := Pages(s, o); n != 2 {
		t.Fatalf("%d pages, want the references to continue on a second", n)
	}
	var b bytes.Buffer
	if err := WritePage(&b, "svg", s, o, 1); err != nil {
		t.Fatal(err)
	}
	texts := svgTexts(t, b.String())
	if !containsText(texts, "continue on page 2") {
		t.Errorf("page 1 does not say the references continue: %q", texts)
	}
	if _, _, err := RenderPage(s, o, 3); err == nil {
		t.Error("page 3 of 2 drew something")
	}
}

func TestRegionsFindEachRow(t *testing.T) {
	ds := sampleDataset(t)
	spec := Build(Holdings, ds, nil)
	_, regions, err := Render(spec, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(regions) != len(spec.Slots) {
		t.Fatalf("%d regions for %d rows", len(regions), len(spec.Slots))
	}
	for i, r := range regions {
		if r.ISO2 != spec.Slots[i].ISO2 || r.Fact != spec.Slots[i].Fact || r.Rect.Empty() {
			t.Errorf("region %d = %+v, want row %s", i, r, spec.Slots[i].ISO2)
		}
		if i > 0 && r.Rect.Overlaps(regions[i-1].Rect) {
			t.Errorf("rows %d and %d overlap", i-1, i)
		}
	}
	if regions[0].ISO2 != "SV" || regions[0].Fact == nil || regions[0].Fact.Value != 6200 {
		t.Errorf("the first row should be El Salvador's 6,200 BTC, got %+v", regions[0])
	}
}
