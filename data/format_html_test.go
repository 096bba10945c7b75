package data

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// newsPage is a news page as sites write them: the story between a menu of links, a
// "most read" list and a footer, none of them marked by class names the reader knows.
func newsPage(head, story string) string {
	links := func(words ...string) string {
		var b strings.Builder
		for _, w := range words {
			b.WriteString(`<div class="x1"><a href="/` + w + `">` + w + ` news and analysis</a></div>`)
		}
		return b.String()
	}
	return `<!doctype html><html><head><meta charset="utf-8">` + head + `</head><body>
<div class="top">` + links("Markets", "Policy", "Mining", "Regulation", "Opinion", "Podcasts") + `</div>
<div class="wrap"><div class="col">` + story + `</div>
<div class="col2"><div class="t">Most read</div>` + links("Iran holds 500,000 BTC", "Bhutan sells 13,000 BTC", "Whales", "Halving") + `</div></div>
<div class="bottom">` + links("About", "Careers", "Contact", "Privacy") + `</div></body></html>`
}

const storyBody = `<h1>El Salvador adds to its bitcoin reserve</h1>
<div class="by">By Ana Morales</div>
<figure><img src="a.jpg"><figcaption>Getty Images</figcaption></figure>
<p>El Salvador holds over 6,200 BTC after buying one more coin each day through the winter, the national bitcoin office said on Monday, and officials repeated that the purchases will go on.</p>
<p>The country's reserve is worth about $600 million at current prices. The International Monetary Fund has asked the government to stop adding to it under the terms of a $1.4 billion loan agreed last year.</p>
<h2>What the IMF wants</h2>
<p>Fund staff said the public sector should not buy more bitcoin, and that the law making it legal tender should be changed so that businesses may refuse it. The government says the coins it buys come from a separate account.</p>`

func parsePage(t *testing.T, page string) *Article {
	t.Helper()
	a, err := Parse("page.html", "page.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func blocksOf(a *Article, kind BlockKind) []string {
	var out []string
	for _, b := range a.Blocks {
		if b.Kind == kind {
			out = append(out, a.Slice(b.Span))
		}
	}
	return out
}

func TestHTMLStoryWithoutMenusAndLists(t *testing.T) {
	a := parsePage(t, newsPage(`<title>El Salvador adds to its bitcoin reserve | Ledger Times</title>`, storyBody))
	if a.Title != "El Salvador adds to its bitcoin reserve" {
		t.Errorf("title %q", a.Title)
	}
	for _, furniture := range []string{"Iran holds", "Markets news", "Careers"} {
		if strings.Contains(a.Text, furniture) {
			t.Errorf("the page's links are in the text: %q", furniture)
		}
	}
	if got := blocksOf(a, Title); len(got) != 1 || a.Blocks[0].Kind != Title {
		t.Errorf("the title is not the first block, once: %q", got)
	}
	if got := blocksOf(a, Heading); len(got) != 1 || got[0] != "What the IMF wants" {
		t.Errorf("headings %q, want the section heading alone", got)
	}
	if got := blocksOf(a, Paragraph); len(got) != 3 {
		t.Errorf("%d paragraphs, want 3: %q", len(got), got)
	}
	if got := blocksOf(a, Meta); len(got) != 1 || !strings.Contains(got[0], "Ana Morales") {
		t.Errorf("byline %q", got)
	}
}

// A caption or credit is dimmed alone: it heads no section of boilerplate.
func TestHTMLCaptionDimmedAlone(t *testing.T) {
	a := parsePage(t, newsPage(`<title>Reserve</title>`, storyBody))
	if got := blocksOf(a, Boilerplate); len(got) != 1 || got[0] != "Getty Images" {
		t.Errorf("dimmed %q, want the caption alone", got)
	}
}

func TestHTMLOutletAndDate(t *testing.T) {
	day := func(s string) time.Time { d, _ := time.Parse("2006-01-02", s); return d }
	jsonLD := `<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
		"headline": "El Salvador adds to its bitcoin reserve", "datePublished": "2025-03-04T10:00:00Z",
		"publisher": {"@type": "Organization", "name": "Ledger Times"}}</script>`
	for _, c := range []struct {
		name, head, story string
		source            string
		published         time.Time
	}{
		{"og:site_name and article:published_time", `<meta property="og:site_name" content="Chain Daily">
			<meta property="article:published_time" content="2025-02-01T08:00:00+00:00">` + jsonLD, storyBody, "Chain Daily", day("2025-02-01")},
		{"JSON-LD publisher and datePublished", jsonLD, storyBody, "Ledger Times", day("2025-03-04")},
		{"a time element", `<title>Reserve</title>`, `<p class="date"><time datetime="2024-11-02">2 November</time></p>` + storyBody, "", day("2024-11-02")},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := parsePage(t, newsPage(c.head, c.story))
			if c.source != "" && a.Source != c.source {
				t.Errorf("outlet %q, want %q", a.Source, c.source)
			}
			if !a.Published.Equal(c.published) {
				t.Errorf("published %v, want %v", a.Published, c.published)
			}
		})
	}
}

// BenchmarkParseHTML reads the test articles' HTML pages; `-bench ParseHTML` prints MB/s.
func BenchmarkParseHTML(b *testing.B) {
	names, _ := filepath.Glob("testdata/*/*.htm*")
	var pages [][]byte
	var size int64
	for _, n := range names {
		p, err := os.ReadFile(n)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, p)
		size += int64(len(p))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		for k, p := range pages {
			if _, err := Parse(names[k], names[k], p); err != nil {
				b.Fatalf("%s: %v", names[k], err)
			}
		}
	}
}
