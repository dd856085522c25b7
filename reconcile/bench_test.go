package reconcile

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/reconcile-news/reconcile/internal/gen"
)

// BenchmarkCheck runs the whole pipeline (load, extract, store, match,
// compare) on generated corpora of growing size; MB/s is article text per
// second with the default worker pool, so that the ns/op column shows how
// time grows with the corpus.
func BenchmarkCheck(b *testing.B) {
	for _, n := range []int{100, 1000} {
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			dir := b.TempDir()
			c, err := gen.Write(dir, gen.Options{Articles: n, Seed: 1})
			if err != nil {
				b.Fatal(err)
			}
			var size int64
			paths := make([]string, 0, len(c.Files))
			for _, f := range c.Files {
				size += int64(len(f.Text))
				paths = append(paths, filepath.Join(dir, gen.ArticleDir, f.Name))
			}
			opts, err := DefaultOptions()
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(size)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Run(context.Background(), paths, opts); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
