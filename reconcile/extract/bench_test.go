package extract

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/reconcile-news/reconcile/reconcile/lexicon"
	"github.com/reconcile-news/reconcile/reconcile/load"
)

// benchDocs loads the news text the project owns: the seed articles and the
// invented case articles. It returns the documents and their size in bytes.
func benchDocs(b *testing.B) ([]*load.Document, *lexicon.Lexicon, int64) {
	b.Helper()
	lx, err := lexicon.Default()
	if err != nil {
		b.Fatal(err)
	}
	var files []string
	for _, pat := range []string{"../../fixtures/articles/*.txt", "../../fixtures/cases/*/*.txt"} {
		m, err := filepath.Glob(pat)
		if err != nil {
			b.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) == 0 {
		b.Skip("no fixture articles")
	}
	l := load.New(lx)
	var docs []*load.Document
	var size int64
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		ds, err := l.Parse(f, ".txt", data)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, ds...)
		size += int64(len(data))
	}
	return docs, lx, size
}

// BenchmarkExtract reads every claim of the fixture articles; MB/s is
// article bytes per second on one goroutine.
func BenchmarkExtract(b *testing.B) {
	docs, lx, size := benchDocs(b)
	x := New(lx)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			x.Extract(d)
		}
	}
}
