package data

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"codeberg.org/go-pdf/fpdf"
)

// The PDFs here are made by the tests with fpdf, as report writers make them: a running
// page number in the footer, headings set larger or bold, a bordered table, two
// columns, a footnote mark raised after a word and the note set small at the foot.

func newReport() *fpdf.Fpdf {
	p := fpdf.New("P", "mm", "A4", "")
	p.SetFooterFunc(func() {
		p.SetY(-15)
		p.SetFont("Helvetica", "", 8)
		p.CellFormat(0, 10, fmt.Sprint(p.PageNo()), "", 0, "C", false, 0, "")
	})
	return p
}

func pdfBytes(t testing.TB, p *fpdf.Fpdf) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := p.Output(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// tablePage: a heading, a paragraph and a table of holdings.
func tablePage(p *fpdf.Fpdf) {
	p.AddPage()
	p.SetFont("Helvetica", "B", 16)
	p.Cell(0, 10, "Crypto Assets in Emerging Markets")
	p.Ln(14)
	p.SetFont("Helvetica", "B", 11)
	p.Cell(0, 6, "Recent Developments")
	p.Ln(8)
	p.SetFont("Helvetica", "", 11)
	p.MultiCell(0, 5, "Pakistan secured a $7 billion loan from the International Monetary Fund, with fiscal "+
		"reforms scheduled through 2027. The programme sets targets for the primary balance and for reserves.", "", "L", false)
	p.Ln(4)
	for _, row := range [][]string{{"Country", "Holdings (BTC)", "Year"}, {"El Salvador", "6,200", "2021"}, {"Bhutan", "12,500", "2023"}} {
		for _, c := range row {
			p.CellFormat(50, 7, c, "1", 0, "L", false, 0, "")
		}
		p.Ln(-1)
	}
}

// columnsPage: two columns, the left one drawn first.
func columnsPage(p *fpdf.Fpdf) {
	p.AddPage()
	p.SetFont("Helvetica", "", 10)
	y := p.GetY()
	p.SetRightMargin(110)
	p.MultiCell(90, 5, "El Salvador has acquired over 6,200 BTC since bitcoin became legal tender in "+
		"September 2021. The holdings are valued at about $745 million.", "", "L", false)
	p.SetLeftMargin(110)
	p.SetRightMargin(10)
	p.SetXY(110, y)
	p.MultiCell(90, 5, "The central bank reported reserves of $9.4 billion at end-June, up from $8.1 "+
		"billion a year earlier.", "", "L", false)
	p.SetLeftMargin(10)
}

// footnotePage: a raised footnote mark after a figure, and the note at the foot.
func footnotePage(p *fpdf.Fpdf) {
	p.AddPage()
	p.SetFont("Helvetica", "", 11)
	p.Write(5, "Mining used 2,000 megawatts in May")
	p.SetFont("Helvetica", "", 7)
	p.SetY(p.GetY() - 1.5)
	p.SetX(p.GetX())
	p.Write(5, "1")
	p.SetFont("Helvetica", "", 11)
	p.SetY(p.GetY() + 1.5)
	p.SetX(p.GetX())
	p.Write(5, " across the provinces.")
	p.SetY(250)
	p.SetFont("Helvetica", "", 7)
	p.MultiCell(0, 4, "1 Staff estimates, from the utility's reports.", "", "L", false)
}

func sampleReport(t testing.TB) []byte {
	p := newReport()
	tablePage(p)
	columnsPage(p)
	footnotePage(p)
	return pdfBytes(t, p)
}

func parseReport(t *testing.T, b []byte) *Article {
	t.Helper()
	a, err := Parse("report.pdf", "report.pdf", b)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// pageOfText gives the page of a phrase of the article, failing when it is missing.
func pageOfText(t *testing.T, a *Article, phrase string) int {
	t.Helper()
	i := strings.Index(a.Text, phrase)
	if i < 0 {
		t.Fatalf("%q not in the text:\n%s", phrase, a.Text)
	}
	return a.PageOf(i)
}

func TestPDFTextByPage(t *testing.T) {
	a := parseReport(t, sampleReport(t))
	if a.Format != "pdf" || len(a.Pages) != 3 {
		t.Fatalf("format %q, %d pages; want pdf, 3", a.Format, len(a.Pages))
	}
	for phrase, page := range map[string]int{
		"Pakistan secured a $7 billion loan":          1,
		"El Salvador 6,200 2021":                      1, // a table row is one line, in order
		"El Salvador has acquired over 6,200 BTC":     2,
		"legal tender in September 2021":              2, // a paragraph's lines joined
		"The central bank reported reserves":          2,
		"2,000 megawatts in May across the provinces": 3, // the raised "1" is not read as part of it
		"1 Staff estimates":                           3,
	} {
		if got := pageOfText(t, a, phrase); got != page {
			t.Errorf("%q on page %d, want %d", phrase, got, page)
		}
	}
	// The left column is read before the right, each whole.
	if l, r := strings.Index(a.Text, "about $745 million"), strings.Index(a.Text, "The central bank"); l > r {
		t.Errorf("the right column comes before the end of the left one:\n%s", a.Text)
	}
	if a.Title != "Crypto Assets in Emerging Markets" {
		t.Errorf("title %q", a.Title)
	}
	if pageOfText(t, a, "Recent Developments") != 1 {
		t.Error("the heading is not on page 1")
	}
	for _, b := range a.Blocks {
		switch s := a.Slice(b.Span); {
		case s == "Recent Developments" && b.Kind != Heading:
			t.Errorf("the bold line is a %v, want a heading", b.Kind)
		case isPageNumber(s):
			t.Errorf("the running page number %q is kept as text", s)
		}
	}
}

func TestPDFMentionPageInExtractJSON(t *testing.T) {
	a := parseReport(t, sampleReport(t))
	ds := LoadArticles(a)
	out := ds.ToJSON()
	found := map[Metric]int{}
	for _, f := range append(out.Facts, out.Unattributed...) {
		for _, m := range f.Mentions {
			if m.Page == nil {
				t.Fatalf("%s: a mention in a PDF without its page", f.Metric)
			}
			if want := a.PageOf(m.Start); *m.Page != want || want == 0 {
				t.Errorf("%s: page %d, want %d", f.Metric, *m.Page, want)
			}
			found[f.Metric] = *m.Page
		}
	}
	if found[LoanUSD] != 1 || found[BTCHoldings] != 2 {
		t.Errorf("loan on page %d, holdings on page %d; want 1 and 2 (facts %v)", found[LoanUSD], found[BTCHoldings], found)
	}
	var b strings.Builder
	if err := WriteExplanation(&b, a); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), ", p. 2\n") {
		t.Errorf("--explain does not cite the page:\n%s", b.String())
	}
	if c := CiteAt(a, strings.Index(a.Text, "over 6,200")).String(); !strings.HasSuffix(c, ", p. 2") {
		t.Errorf("citation %q does not end with the page", c)
	}
	// Other formats have no page: null in JSON.
	txt, err := Parse("a.txt", "a.txt", []byte("El Salvador has acquired over 6,200 BTC."))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range LoadArticles(txt).ToJSON().Facts {
		for _, m := range f.Mentions {
			if m.Page != nil {
				t.Errorf("a text article's mention has page %d", *m.Page)
			}
		}
	}
}

// The reader opens fpdf's RC4 encryption with an empty password but cannot decrypt
// its pages: the file is refused as encrypted, not as damaged.
func TestPDFWithPermissionsOnlyIsRefusedAsEncrypted(t *testing.T) {
	p := newReport()
	p.SetProtection(fpdf.CnProtectPrint, "", "owner")
	columnsPage(p)
	if _, err := Parse("r.pdf", "", pdfBytes(t, p)); err == nil || !strings.Contains(err.Error(), "an encrypted PDF") {
		t.Errorf("error %v", err)
	}
}

// imageOnlyPDF is a scanned page: a picture and no text.
func imageOnlyPDF(t testing.TB) []byte {
	img := image.NewGray(image.Rect(0, 0, 40, 40))
	for i := range img.Pix {
		img.Pix[i] = uint8(i)
	}
	img.Set(1, 1, color.White)
	var pngb bytes.Buffer
	if err := png.Encode(&pngb, img); err != nil {
		t.Fatal(err)
	}
	p := fpdf.New("P", "mm", "A4", "")
	p.AddPage()
	p.RegisterImageOptionsReader("scan", fpdf.ImageOptions{ImageType: "PNG"}, &pngb)
	p.ImageOptions("scan", 10, 10, 150, 150, false, fpdf.ImageOptions{ImageType: "PNG"}, 0, "")
	return pdfBytes(t, p)
}

func TestPDFRefusals(t *testing.T) {
	lockedPDF := newReport()
	lockedPDF.SetProtection(0, "secret", "owner")
	columnsPage(lockedPDF)
	locked, good := pdfBytes(t, lockedPDF), sampleReport(t)
	for name, tc := range map[string]struct {
		b    []byte
		want string
	}{
		"locked.pdf":    {locked, "an encrypted PDF (locked with a password"},
		"truncated.pdf": {good[:len(good)/2], "damaged PDF"},
		"scanned.pdf":   {imageOnlyPDF(t), "no text in it, only images"},
		"renamed.pdf":   {[]byte("El Salvador has acquired over 6,200 BTC.\n"), "not a PDF"},
		"empty.pdf":     {nil, "empty"},
		"garbled.pdf":   {bytes.ReplaceAll(good, []byte("obj"), []byte("jbo")), "damaged PDF"},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := Parse(name, name, tc.b)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want one saying %q", err, tc.want)
			}
		})
	}
	// In a folder, the bad ones are named and the good one loads.
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "good.pdf"), good, 0o644)
	os.WriteFile(filepath.Join(dir, "locked.pdf"), locked, 0o644)
	os.WriteFile(filepath.Join(dir, "scanned.pdf"), imageOnlyPDF(t), 0o644)
	ds, errs, err := Load(context.Background(), []string{dir}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(ds.Articles) != 1 || len(errs) != 2 {
		t.Fatalf("%d articles and errors %v; want the good one and two errors", len(ds.Articles), errs)
	}
	for _, e := range errs {
		msg := e.Error()
		if !strings.Contains(msg, "locked.pdf: an encrypted PDF") && !strings.Contains(msg, "scanned.pdf: a PDF with no text") {
			t.Errorf("unexpected error %q", msg)
		}
	}
}

func TestPDFNestingRefused(t *testing.T) {
	b := []byte("%PDF-1.4\n1 0 obj\n" + strings.Repeat("[", 100_000) + "\nendobj\nstartxref\n0\n%%EOF\n")
	if _, err := Parse("deep.pdf", "", b); err == nil || !strings.Contains(err.Error(), "nested too deep") {
		t.Errorf("error %v", err)
	}
}

// FuzzPDF: the reader never panics or hangs on a damaged file, and what it reads keeps
// the article's invariants with its pages in order.
func FuzzPDF(f *testing.F) {
	f.Add(sampleReport(f))
	p := newReport()
	columnsPage(p)
	f.Add(pdfBytes(f, p))
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := Parse("fuzz.pdf", "", b)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("an error without a reason")
			}
			return
		}
		checkInvariants(t, a)
		for i, s := range a.Pages {
			if s < 0 || s > len(a.Text) || i > 0 && s < a.Pages[i-1] {
				t.Fatalf("page starts %v out of order or outside the text (%d bytes)", a.Pages, len(a.Text))
			}
		}
	})
}

// BenchmarkPDF300Pages reads a 300-page report of dense text and tables: a long IMF
// staff report's size. go test -bench PDF300 -benchmem prints its time and memory.
func BenchmarkPDF300Pages(b *testing.B) {
	p := newReport()
	para := strings.Repeat("Staff projects reserves of $9.4 billion by end-June 2025, up from $8.1 billion, "+
		"and growth of 2.5 percent in FY2025, with inflation at 12.3 percent. ", 6)
	for i := 0; i < 300; i++ {
		p.AddPage()
		p.SetFont("Helvetica", "", 10)
		for j := 0; i%3 == 0 && j < 10; j++ {
			for _, c := range []string{"El Salvador", "6,200", "2021", "$745 million"} {
				p.CellFormat(45, 6, c, "1", 0, "L", false, 0, "")
			}
			p.Ln(-1)
		}
		for j := 0; j < 5; j++ {
			p.MultiCell(0, 4.5, para, "", "L", false)
			p.Ln(2)
		}
	}
	doc := pdfBytes(b, p)
	b.SetBytes(int64(len(doc)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a, err := Parse("report.pdf", "", doc)
		if err != nil {
			b.Fatal(err)
		}
		if i == 0 {
			b.ReportMetric(float64(len(a.Pages)), "pages")
			Extract(a)
		}
	}
}
