package reconcile

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
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
				paths = append(paths, filepath.Join(dir, f.Name))
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

// benchPathological runs the whole pipeline on one article made by gen at
// growing sizes: ns/op and B/op should grow in proportion to the size.
func benchPathological(b *testing.B, sizes []int, gen func(n int) string) {
	opts, err := DefaultOptions()
	if err != nil {
		b.Fatal(err)
	}
	opts.Jobs = 1
	for _, n := range sizes {
		path := filepath.Join(b.TempDir(), "a.txt")
		text := gen(n)
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Run(context.Background(), []string{path}, opts); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkPathologicalDigits is an article whose body is one line of n
// digits.
func BenchmarkPathologicalDigits(b *testing.B) {
	benchPathological(b, []int{64 << 10, 256 << 10, 1 << 20}, func(n int) string {
		return "Headline\n\n" + strings.Repeat("7", n) + "\n"
	})
}

// BenchmarkPathologicalNames is an article naming n people, in sentences
// of ten names each.
func BenchmarkPathologicalNames(b *testing.B) {
	first := []string{"Anna", "Boris", "Carla", "Dmitry", "Elena", "Farid", "Greta", "Hiro"}
	last := []string{"Smith", "Ivanova", "Okafor", "Tanaka", "Müller", "Haddad", "Silva"}
	benchPathological(b, []int{10_000, 100_000}, func(n int) string {
		var s strings.Builder
		s.WriteString("Names\n\n")
		for i := range n {
			fmt.Fprintf(&s, "%s %s", first[i%len(first)], last[i%(len(last))])
			if i%10 == 9 {
				s.WriteString(" met.\n")
			} else {
				s.WriteString(", ")
			}
		}
		return s.String()
	})
}

// BenchmarkPathologicalFigures is an article with a summary and a body of
// n figures each: the summary-against-body block is capped.
func BenchmarkPathologicalFigures(b *testing.B) {
	benchPathological(b, []int{1_000, 10_000}, func(n int) string {
		var s strings.Builder
		s.WriteString("Figures\n\nKey Takeaways\n")
		for i := range n {
			fmt.Fprintf(&s, "- %d drones were launched at Osk.\n", i+1)
		}
		s.WriteString("\n")
		for i := range n {
			fmt.Fprintf(&s, "Officials said %d drones were launched at Osk. ", i+2)
		}
		return s.String() + "\n"
	})
}
