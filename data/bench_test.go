package data

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"cryptoatlas/assets"
	"cryptoatlas/data/synth"
)

// benchArticles parses the sample and every test article once.
func benchArticles(b testing.TB) ([]*Article, int64) {
	b.Helper()
	a, err := Parse(assets.SampleName, "", assets.Sample)
	if err != nil {
		b.Fatal(err)
	}
	arts := []*Article{a}
	for _, dir := range []string{"testdata/articles", "testdata/holdout"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*"))
		for _, f := range files {
			if FormatOf(f) == "" || filepath.Ext(filepath.Base(f[:len(f)-len(filepath.Ext(f))])) == ".want" {
				continue
			}
			if a, err := ReadFile(f); err == nil {
				arts = append(arts, a)
			}
		}
	}
	var n int64
	for _, a := range arts {
		n += int64(len(a.Text))
	}
	return arts, n
}

// BenchmarkExtract measures the extractor alone over a corpus of articles in every
// format, in MB/s of article text on one core.
func BenchmarkExtract(b *testing.B) {
	arts, n := benchArticles(b)
	b.SetBytes(n)
	b.ReportAllocs()
	cpu := cpuTime()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			Extract(a)
		}
	}
	b.StopTimer()
	reportCPU(b, n, cpu)
}

// cpuTime is the process's user CPU time. Benchmarks report MB per CPU-second beside
// the wall-clock MB/s, because on a shared machine wall time also counts other work.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano())
}

func reportCPU(b *testing.B, bytesPerOp int64, start time.Duration) {
	if d := cpuTime() - start; d > 0 {
		b.ReportMetric(float64(bytesPerOp)*float64(b.N)/d.Seconds()/1e6, "MB/cpu-s")
	}
}

// BenchmarkParseAndExtract measures reading structure and extracting, from bytes.
func BenchmarkParseAndExtract(b *testing.B) {
	type file struct {
		name string
		b    []byte
	}
	var files []file
	var n int64
	for _, dir := range []string{"testdata/articles"} {
		paths, _ := filepath.Glob(filepath.Join(dir, "*"))
		for _, p := range paths {
			if FormatOf(p) == "" || filepath.Ext(p[:len(p)-len(filepath.Ext(p))]) == ".want" {
				continue
			}
			raw, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			files = append(files, file{p, raw})
			n += int64(len(raw))
		}
	}
	b.SetBytes(n)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, f := range files {
			a, err := Parse(f.name, f.name, f.b)
			if err != nil {
				b.Fatal(err)
			}
			Extract(a)
		}
	}
}

// BenchmarkExtractSample measures the extractor on the sample article: ordinary news
// text, where most sentences carry no figure.
func BenchmarkExtractSample(b *testing.B) {
	a, err := Parse(assets.SampleName, "", assets.Sample)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(a.Text)))
	b.ReportAllocs()
	cpu := cpuTime()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Extract(a)
	}
	b.StopTimer()
	reportCPU(b, int64(len(a.Text)), cpu)
}

// BenchmarkExtractNews measures the extractor over 500 synthetic news articles
// (package synth): ordinary reporting where about one sentence in eight has a figure.
// This is the throughput figure for loading folders of real news.
func BenchmarkExtractNews(b *testing.B) {
	var arts []*Article
	var n int64
	for i := 0; i < 500; i++ {
		name, raw := synth.Article(1, i)
		a, err := Parse(name, name, raw)
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, a)
		n += int64(len(a.Text))
	}
	b.SetBytes(n)
	b.ReportAllocs()
	cpu := cpuTime()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			Extract(a)
		}
	}
	b.StopTimer()
	reportCPU(b, n, cpu)
}

// BenchmarkNumberDenseText reads the slowest kinds of text the numbers limit lets in: a
// figure and a country repeated, a dollar amount repeated, a long report's sentences.
// It reports the time and heap for each at a size near MaxNumbers.
func BenchmarkNumberDenseText(b *testing.B) {
	for _, unit := range []string{"2,000 MW of mining in Kenya, ", "$5 billion, ", "1 "} {
		text := "Holdings\n\nEl Salvador holds " + strings.Repeat(unit, MaxNumbers*99/100)
		b.Run(strings.TrimSpace(unit), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				a, err := Parse("dense.txt", "", []byte(text))
				if err != nil {
					b.Fatal(err)
				}
				Extract(a)
			}
		})
	}
}
