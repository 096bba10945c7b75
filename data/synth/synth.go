// Package synth writes synthetic news articles about national crypto policy for
// benchmarks and scale tests: ordinary reporting in which about one sentence in eight
// states a figure, in the four input formats, deterministic for a seed. The text is
// assembled from templates written for this project.
package synth

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
)

var countries = []string{
	"El Salvador", "Pakistan", "Bhutan", "Kazakhstan", "Ethiopia", "Paraguay", "Argentina", "Nigeria",
	"Kenya", "Vietnam", "Brazil", "Thailand", "Malaysia", "Georgia", "Norway", "Iceland", "Canada",
	"Mongolia", "Nepal", "Uzbekistan", "Bolivia", "Honduras", "Panama", "Ghana", "Zambia", "Egypt",
	"Sri Lanka", "Bangladesh", "Laos", "Oman", "Kyrgyzstan", "Tajikistan", "Indonesia", "Philippines",
}

var outlets = []string{"Ledger Daily", "Coin Desk Wire", "Policy Block", "The Hash Review", "Chain Courier", "Mint & Block"}

// filler sentences carry no figure; %s is a country.
var filler = []string{
	"Officials in %s said the review would take several months and involve the central bank.",
	"Analysts say the policy in %s reflects a wider debate about how states should treat digital assets.",
	"The finance ministry of %s declined to comment on the details of the plan.",
	"Critics in %s argue that the rules leave too much to the discretion of regulators.",
	"Supporters of the measure in %s point to remittances as the main reason for interest in crypto.",
	"Lawmakers in %s are expected to debate a draft law on exchanges before the end of the session.",
	"The central bank of %s has repeatedly warned consumers about the risks of volatile assets.",
	"Energy officials in %s say surplus hydropower could be sold to data centres instead.",
	"A spokesperson for the government of %s said the country would follow international standards.",
	"Industry groups in %s welcomed the consultation but asked for clearer licensing rules.",
	"The opposition in %s called the decision rushed and demanded a parliamentary inquiry.",
	"Economists note that inflation and currency controls push savers in %s towards stablecoins.",
}

// figures state one fact each; %[1]s is a country, %[2]s a number.
var figures = []struct {
	template string
	value    func(r *rand.Rand) string
}{
	{"%[1]s holds about %[2]s BTC in its national reserve, according to blockchain data.", func(r *rand.Rand) string { return thousands(500 + r.Intn(20000)) }},
	{"In March, %[1]s allocated %[2]s megawatts of surplus power for bitcoin mining.", func(r *rand.Rand) string { return thousands(50 + r.Intn(3000)) }},
	{"Last year, %[1]s secured a $%[2]s billion loan from the International Monetary Fund.", func(r *rand.Rand) string { return fmt.Sprint(1 + r.Intn(20)) }},
	{"An estimated %[2]s million people in %[1]s hold cryptocurrency, a recent survey found.", func(r *rand.Rand) string { return fmt.Sprint(1 + r.Intn(30)) }},
	{"%[1]s's bitcoin miners used %[2]s TWh of electricity last year.", func(r *rand.Rand) string { return fmt.Sprintf("%d.%d", r.Intn(9), r.Intn(10)) }},
	{"Bitcoin traded near $%[2]s on the day, as traders in %[1]s watched the vote.", func(r *rand.Rand) string { return thousands(60000 + r.Intn(50000)) }},
}

var headings = []string{"Background", "What officials said", "Energy and mining", "Markets", "What comes next", "Reaction"}

func thousands(n int) string {
	s := fmt.Sprint(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// Article returns the file name and bytes of synthetic article i. Sizes vary around
// 4 KB; formats are mostly plain text, with Markdown, HTML and JSON records mixed in.
func Article(seed int64, i int) (string, []byte) {
	r := rand.New(rand.NewSource(seed*1_000_003 + int64(i)))
	c := countries[r.Intn(len(countries))]
	title := fmt.Sprintf("%s weighs new rules for crypto and mining", c)
	var paras [][]string
	for p := 0; p < 8+r.Intn(5); p++ {
		var sents []string
		for k := 0; k < 3+r.Intn(4); k++ {
			other := countries[r.Intn(len(countries))]
			if r.Intn(8) == 0 {
				f := figures[r.Intn(len(figures))]
				sents = append(sents, fmt.Sprintf(f.template, other, f.value(r)))
			} else {
				sents = append(sents, fmt.Sprintf(filler[r.Intn(len(filler))], other))
			}
		}
		paras = append(paras, sents)
	}
	outlet := outlets[r.Intn(len(outlets))]
	switch r.Intn(10) {
	case 0:
		return fmt.Sprintf("article-%05d.md", i), markdown(r, title, paras, outlet)
	case 1:
		return fmt.Sprintf("article-%05d.html", i), html(r, title, paras, outlet)
	case 2:
		return fmt.Sprintf("article-%05d.json", i), record(r, title, paras, outlet, i)
	}
	return fmt.Sprintf("article-%05d.txt", i), plain(r, title, paras, outlet)
}

func plain(r *rand.Rand, title string, paras [][]string, outlet string) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "%s\nPublished: %d March 2025\n\n", title, 1+r.Intn(28))
	for i, p := range paras {
		if i > 0 && i%2 == 0 {
			fmt.Fprintf(&b, "%s\n", headings[r.Intn(len(headings))])
		}
		fmt.Fprintf(&b, "%s\n\n", strings.Join(p, " "))
	}
	fmt.Fprintf(&b, "Disclaimer\nThis article is for information only and is not financial advice from %s.\n", outlet)
	return b.Bytes()
}

func markdown(r *rand.Rand, title string, paras [][]string, outlet string) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "# %s\n\n", title)
	for i, p := range paras {
		if i > 0 && i%2 == 0 {
			fmt.Fprintf(&b, "## %s\n\n", headings[r.Intn(len(headings))])
		}
		fmt.Fprintf(&b, "%s\n\n", strings.Join(p, " "))
	}
	fmt.Fprintf(&b, "*Subscribe to the %s newsletter.*\n", outlet)
	return b.Bytes()
}

func html(r *rand.Rand, title string, paras [][]string, outlet string) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "<!doctype html><html><head><title>%s</title><meta property=\"og:site_name\" content=\"%s\"></head><body>", title, outlet)
	b.WriteString("<nav><a href=\"/\">Home</a> <a href=\"/markets\">Markets</a> BTC $97,000</nav><article>")
	fmt.Fprintf(&b, "<h1>%s</h1>", title)
	for i, p := range paras {
		if i > 0 && i%2 == 0 {
			fmt.Fprintf(&b, "<h2>%s</h2>", headings[r.Intn(len(headings))])
		}
		fmt.Fprintf(&b, "<p>%s</p>", strings.Join(p, " "))
	}
	b.WriteString("</article><footer>© Example Media. All rights reserved.</footer><script>var price = 97000;</script></body></html>")
	return b.Bytes()
}

func record(r *rand.Rand, title string, paras [][]string, outlet string, i int) []byte {
	var texts []string
	for _, p := range paras {
		texts = append(texts, strings.Join(p, " "))
	}
	b, _ := json.Marshal(map[string]string{
		"title": title, "source": outlet, "url": fmt.Sprintf("https://example.com/a/%d", i),
		"published": fmt.Sprintf("2025-03-%02d", 1+r.Intn(28)), "text": strings.Join(texts, "\n\n"),
	})
	return b
}

// WriteCorpus writes n synthetic articles into dir and returns their total size.
func WriteCorpus(dir string, seed int64, n int) (int64, error) {
	var total int64
	for i := 0; i < n; i++ {
		name, b := Article(seed, i)
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			return total, err
		}
		total += int64(len(b))
	}
	return total, nil
}
