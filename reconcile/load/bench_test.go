package load

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkLoad parses realistic news text: the fixture articles, repeated.
func BenchmarkLoad(b *testing.B) {
	files, err := filepath.Glob("../../fixtures/articles/*.txt")
	if err != nil || len(files) == 0 {
		b.Skip("no fixtures")
	}
	var all []byte
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		all = append(all, data...)
		all = append(all, "\n\n"...)
	}
	l := newLoader(b)
	for _, n := range []int{1, 64} {
		data := []byte(strings.Repeat(string(all), n))
		b.Run(fmt.Sprintf("%dKB", len(data)>>10), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := l.Parse("a.txt", ".txt", data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// benchSizes runs bench for inputs made by gen at growing sizes, so that
// the ns/op column shows whether time grows in proportion to size.
func benchSizes(b *testing.B, ext string, sizes []int, gen func(n int) string) {
	l := newLoader(b)
	for _, n := range sizes {
		data := []byte(gen(n))
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				docs, err := l.Parse("a"+ext, ext, data)
				if err != nil {
					b.Fatal(err)
				}
				d := docs[len(docs)-1]
				for _, s := range d.Sentences {
					d.Span(s.Start, s.End) // positions on long lines must stay cheap
				}
			}
		})
	}
}

// BenchmarkPathologicalDigitsLine is one line of n digits.
func BenchmarkPathologicalDigitsLine(b *testing.B) {
	benchSizes(b, ".txt", []int{64 << 10, 256 << 10, 1 << 20}, func(n int) string {
		return "Headline\n\n" + strings.Repeat("7", n) + "\n"
	})
}

// BenchmarkPathologicalLongLine is one line of n bytes of short non-ASCII
// sentences: many sentences and positions on one line.
func BenchmarkPathologicalLongLine(b *testing.B) {
	benchSizes(b, ".txt", []int{64 << 10, 256 << 10, 1 << 20}, func(n int) string {
		const s = "Prices in Zürich rose 3.5% on Feb. 24, Mr. Müller said. "
		return "Headline\n\n" + strings.Repeat(s, n/len(s)) + "\n"
	})
}

// BenchmarkPathologicalNames is an article of n capitalized names.
func BenchmarkPathologicalNames(b *testing.B) {
	first := []string{"Anna", "Boris", "Carla", "Dmitry", "Elena", "Farid", "Greta", "Hiro"}
	last := []string{"Smith", "Ivanova", "Okafor", "Tanaka", "Müller", "Haddad", "Silva"}
	benchSizes(b, ".txt", []int{10_000, 100_000}, func(n int) string {
		var s strings.Builder
		s.WriteString("Names\n\n")
		for i := range n {
			fmt.Fprintf(&s, "%s %s", first[i%len(first)], last[i%len(last)])
			switch {
			case i%50 == 49:
				s.WriteString(".\n")
			case i%7 == 6:
				s.WriteString(" J. ")
			default:
				s.WriteString(", ")
			}
		}
		return s.String()
	})
}

// BenchmarkPathologicalHardWrap is one paragraph hard-wrapped over n lines.
func BenchmarkPathologicalHardWrap(b *testing.B) {
	benchSizes(b, ".txt", []int{10_000, 100_000}, func(n int) string {
		return "Headline\n\nIt " + strings.Repeat("went on and on\nand ", n) + "ended.\n"
	})
}

// BenchmarkPathologicalDeepHTML is a page of n nested elements.
func BenchmarkPathologicalDeepHTML(b *testing.B) {
	benchSizes(b, ".html", []int{1_000, 10_000, 100_000}, func(n int) string {
		return "<html><body>" + strings.Repeat("<div><span>", n/2) + "<p>Deep text.</p>" +
			strings.Repeat("</span></div>", n/2) + "<p>After.</p></body></html>"
	})
}

// BenchmarkPathologicalJSONL is n one-line articles.
func BenchmarkPathologicalJSONL(b *testing.B) {
	benchSizes(b, ".jsonl", []int{1_000, 10_000}, func(n int) string {
		return strings.Repeat(`{"title": "Envoy Heads to Miami", "body": "A Kremlin envoy will meet U.S. officials. The talks follow meetings in Berlin."}`+"\n", n)
	})
}
