package extract

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/reconcile-news/reconcile/reconcile/lexicon"
	"github.com/reconcile-news/reconcile/reconcile/load"
)

// benchDocs loads the articles matching the glob patterns (relative to
// this package) and returns the documents and their size in bytes.
func benchDocs(b *testing.B, patterns ...string) ([]*load.Document, *lexicon.Lexicon, int64) {
	b.Helper()
	lx, err := lexicon.Default()
	if err != nil {
		b.Fatal(err)
	}
	var files []string
	for _, pat := range patterns {
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

// The articles BenchmarkExtract reads: the seed articles are real news
// text (2–6 KB each); the case articles are short invented ones (about 500
// bytes) written to pack a rule and its lookalike into a few sentences, so
// they hold several times more claims per byte than news does.
var (
	seedArticles = "../../fixtures/articles/*.txt"
	caseArticles = "../../fixtures/cases/*/*.txt"
)

// BenchmarkExtract reads every claim of the fixture articles; MB/s is
// article bytes per second on one goroutine. "news" is the seed articles,
// "cases" the invented case articles, "all" both.
func BenchmarkExtract(b *testing.B) {
	for _, bc := range []struct {
		name     string
		patterns []string
	}{
		{"news", []string{seedArticles}},
		{"cases", []string{caseArticles}},
		{"all", []string{seedArticles, caseArticles}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			docs, lx, size := benchDocs(b, bc.patterns...)
			x := New(lx)
			b.SetBytes(size)
			b.ReportAllocs()
			for b.Loop() {
				for _, d := range docs {
					x.Extract(d)
				}
			}
		})
	}
}
