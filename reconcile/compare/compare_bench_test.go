package compare

import (
	"fmt"
	"testing"
	"time"

	"github.com/reconcile-news/reconcile/model"
	"github.com/reconcile-news/reconcile/reconcile/match"
	"github.com/reconcile-news/reconcile/reconcile/store"
)

// synthetic builds n quantity claims about n/30 invented events, each
// reported by five sources with six claims apiece. Every event has its
// own place; one event in fifty also names a country that many events
// share, so that some blocks grow with the corpus and the neighbourhood
// window is exercised.
func synthetic(n int) ([]model.Source, []store.Record) {
	things := []string{"people", "drones", "missiles"}
	measures := []string{"kill", "launch", "intercept"}
	var srcs []model.Source
	var recs []store.Record
	base := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for len(recs) < n {
		e := len(recs) / 30
		place := fmt.Sprintf("place%d", e)
		for s := 0; s < 5 && len(recs) < n; s++ {
			path := fmt.Sprintf("e%07d/s%d.txt", e, s)
			srcs = append(srcs, model.Source{Path: path, Published: base.Add(time.Duration(e) * time.Minute)})
			for k := 0; k < 6 && len(recs) < n; k++ {
				v := float64(10 + k)
				if s == 4 && k == 0 {
					v++ // one source in five disagrees on one figure
				}
				ents := []string{place}
				if e%50 == 0 {
					ents = append(ents, "ukraine")
				}
				c := model.Claim{
					ID: fmt.Sprintf("%s:q:%d", path, k), Kind: model.QuantityClaim,
					Span:    model.Span{Source: path, Start: model.Pos{Offset: int32(k * 10), Line: int32(k + 1), Column: 1}},
					Quote:   fmt.Sprint(v),
					Subject: things[k%3], Measure: measures[k/2%3],
					Value: model.Point(model.Count, v), Section: model.Body,
					Entities: ents, Context: model.MakeWords(measures[k/2%3], things[k%3]),
				}
				recs = append(recs, store.Record{Claim: &c, Keys: match.Keys(&c, match.Anchors(&c, []string{place}))})
			}
		}
	}
	return srcs, recs
}

// BenchmarkCompare matches and compares synthetic claims at growing sizes:
// with blocking, ns/op grows about in proportion to the number of claims.
// Store loading is measured separately from comparison.
func BenchmarkCompare(b *testing.B) {
	for _, n := range []int{10_000, 100_000, 1_000_000} {
		srcs, recs := synthetic(n)
		b.Run(fmt.Sprintf("claims=%d/insert", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				st, err := store.New()
				if err != nil {
					b.Fatal(err)
				}
				if err := st.Insert(srcs, recs); err != nil {
					b.Fatal(err)
				}
			}
		})
		st, err := store.New()
		if err != nil {
			b.Fatal(err)
		}
		if err := st.Insert(srcs, recs); err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("claims=%d/compare", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				res := Compare(st, DefaultOptions())
				if len(res.Discrepancies) == 0 {
					b.Fatal("no findings")
				}
			}
		})
	}
}
