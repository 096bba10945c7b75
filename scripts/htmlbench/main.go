// Command htmlbench reads the pages of the public article-extraction benchmark
// (github.com/scrapinghub/article-extraction-benchmark) with the app's own HTML reader and
// writes the JSON its evaluate.py scores: {"output": {page id: {"articleBody": text}}}.
//
//	go run ./scripts/htmlbench -pages DIR/html -out DIR/output/cryptoatlas.json [-whole]
//
// The article body is what the app reads figures from: the paragraphs, headings and
// bullets, without the title, byline and date lines and the dimmed boilerplate; -whole
// writes the article's whole text instead. A page the reader refuses scores as empty,
// and is named on standard error. run.sh fetches the pages, runs this and evaluate.py.
package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"cryptoatlas/data"
)

func main() {
	pages := flag.String("pages", "", "folder of the benchmark's pages (ID.html.gz or ID.html)")
	out := flag.String("out", "", "JSON file to write for evaluate.py")
	whole := flag.Bool("whole", false, "write the article's whole text, title and dimmed lines included")
	version := flag.String("version", "", "version label evaluate.py prints beside the scores")
	flag.Parse()
	if *pages == "" || *out == "" {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(*pages, *out, *whole, *version); err != nil {
		fmt.Fprintln(os.Stderr, "htmlbench:", err)
		os.Exit(1)
	}
}

func run(dir, out string, whole bool, version string) error {
	names, err := filepath.Glob(filepath.Join(dir, "*.html*"))
	if err != nil {
		return err
	}
	if len(names) == 0 {
		return fmt.Errorf("%s: no .html or .html.gz pages", dir)
	}
	sort.Strings(names)
	type body struct {
		ArticleBody string `json:"articleBody"`
	}
	bodies := make(map[string]body, len(names))
	var bytesRead int
	var spent time.Duration
	refused := 0
	for _, name := range names {
		page, err := readPage(name)
		if err != nil {
			return err
		}
		id := strings.SplitN(filepath.Base(name), ".", 2)[0]
		start := time.Now()
		a, err := data.Parse(id+".html", name, page)
		spent += time.Since(start)
		bytesRead += len(page)
		if err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", id, err)
			refused++
			bodies[id] = body{}
			continue
		}
		bodies[id] = body{articleBody(a, whole)}
	}
	b, err := json.MarshalIndent(map[string]any{"version": version, "output": bodies}, "", " ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(out, b, 0o644); err != nil {
		return err
	}
	fmt.Printf("%d pages (%d refused), %.1f MB read in %v: %.1f ms a page, %.1f MB/s\n",
		len(names), refused, float64(bytesRead)/1e6, spent.Round(time.Millisecond),
		float64(spent.Microseconds())/1e3/float64(len(names)), float64(bytesRead)/1e6/spent.Seconds())
	return nil
}

// readPage reads a page, gunzipping the benchmark's .html.gz files.
func readPage(name string) ([]byte, error) {
	b, err := os.ReadFile(name)
	if err != nil || !strings.HasSuffix(name, ".gz") {
		return b, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return io.ReadAll(zr)
}

// articleBody joins the blocks the app reads figures from, one a line.
func articleBody(a *data.Article, whole bool) string {
	if whole {
		return a.Text
	}
	var b strings.Builder
	for _, bl := range a.Blocks {
		switch bl.Kind {
		case data.Paragraph, data.Heading, data.Bullet:
			b.WriteString(a.Slice(bl.Span))
			b.WriteByte('\n')
		}
	}
	return b.String()
}
