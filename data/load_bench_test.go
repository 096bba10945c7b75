package data

import (
	"context"
	"os"
	"testing"

	"cryptoatlas/data/synth"
)

// BenchmarkLoadFolder loads a folder of 2,000 synthetic articles (about 8 MB) from disk:
// listing, reading, parsing every format and extracting, on all cores.
func BenchmarkLoadFolder(b *testing.B) {
	dir := b.TempDir()
	n, err := synth.WriteCorpus(dir, 1, 2000)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(n)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		ds, errs, err := Load(context.Background(), []string{dir}, nil)
		if err != nil || len(errs) > 0 || len(ds.Articles) != 2000 {
			b.Fatalf("%v %v %d", err, errs, len(ds.Articles))
		}
	}
	_ = os.RemoveAll(dir)
}
