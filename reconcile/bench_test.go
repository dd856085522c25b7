package reconcile

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"unsafe"

	"github.com/reconcile-news/reconcile/internal/gen"
	"github.com/reconcile-news/reconcile/model"
	"github.com/reconcile-news/reconcile/reconcile/store"
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

// BenchmarkStore inserts the claims of 1,000 generated articles, their
// names resolved and blocking keys set, into a new store per iteration. It
// reports what the store keeps per claim: store-B/claim is the live heap a
// filled store adds to the articles already read (the stored copy of each
// claim with its resolved entities, its blocking keys, go-memdb's index
// entries), read-B/claim the live heap of the articles read (text, claims,
// entities) per claim, keys/claim the blocking keys of a claim, and claim-B
// the size of the model.Claim struct alone, without the strings and slices
// it points to.
func BenchmarkStore(b *testing.B) {
	const n = 1000
	dir := b.TempDir()
	c, err := gen.Write(dir, gen.Options{Articles: n, Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	paths := make([]string, 0, len(c.Files))
	for _, f := range c.Files {
		paths = append(paths, filepath.Join(dir, gen.ArticleDir, f.Name))
	}
	opts, err := DefaultOptions()
	if err != nil {
		b.Fatal(err)
	}
	h0 := liveHeap()
	arts, _, err := Read(context.Background(), paths, opts)
	if err != nil {
		b.Fatal(err)
	}
	h1 := liveHeap()
	in, err := prepare(context.Background(), arts, opts)
	if err != nil {
		b.Fatal(err)
	}
	claims, keys := len(in.records), 0
	for _, r := range in.records {
		keys += len(r.Keys)
	}
	st := fill(b, in)
	in = nil
	h2 := liveHeap()
	runtime.KeepAlive(st)

	in, err = prepare(context.Background(), arts, opts)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		fill(b, in)
	}
	b.ReportMetric(float64(claims), "claims")
	b.ReportMetric(float64(keys)/float64(claims), "keys/claim")
	b.ReportMetric(float64(h1-h0)/float64(claims), "read-B/claim")
	b.ReportMetric(float64(h2-h1)/float64(claims), "store-B/claim")
	b.ReportMetric(float64(unsafe.Sizeof(model.Claim{})), "claim-B")
}

func fill(b *testing.B, in *storeInput) *store.Store {
	st, err := store.New()
	if err != nil {
		b.Fatal(err)
	}
	if err := st.Insert(in.sources, in.records); err != nil {
		b.Fatal(err)
	}
	return st
}

// liveHeap returns the bytes of live heap objects after a full collection.
func liveHeap() int64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return int64(m.HeapAlloc)
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
