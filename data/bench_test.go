package data

import (
	"os"
	"path/filepath"
	"testing"

	"cryptoatlas/assets"
)

// benchArticles parses the sample and every test article once.
func benchArticles(b *testing.B) ([]*Article, int64) {
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
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			Extract(a)
		}
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
