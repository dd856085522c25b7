package compare

import (
	"cmp"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/reconcile-news/reconcile/model"
)

// TestSortViews checks that sortViews orders views as compareViews does
// and keeps every view.
func TestSortViews(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{1, 5, 100} {
		var views []view
		for i := range 3 * n {
			views = append(views, view{claim: int32(r.IntN(n)), source: int32(r.IntN(4)), summary: r.IntN(2) == 0, verdict: int32(i)})
		}
		third := len(views) / 3 // views come in several arrays
		got := sortViews([][]view{views[:third], views[third : 2*third], views[2*third:]}, n)
		assert.True(t, slices.IsSortedFunc(got, compareViews), "n=%d", n)
		byVerdict := func(a, b view) int { return cmp.Compare(a.verdict, b.verdict) }
		assert.Equal(t, views, slices.SortedFunc(slices.Values(got), byVerdict), "n=%d: every view, once", n)
	}
	assert.Empty(t, sortViews(nil, 3))
	assert.Empty(t, sortViews([][]view{{}}, 3))
}

// TestCountSourcesOf checks the count of distinct sources in small groups
// and in groups past the size where a map counts them.
func TestCountSourcesOf(t *testing.T) {
	group := func(n, sources int) []*model.Claim {
		var cs []*model.Claim
		for i := range n {
			cs = append(cs, &model.Claim{Span: model.Span{Source: fmt.Sprintf("s%d.txt", i%sources)}})
		}
		return cs
	}
	for _, tt := range []struct{ n, sources int }{{0, 1}, {1, 1}, {3, 2}, {32, 5}, {33, 33}, {100, 7}} {
		assert.Equal(t, min(tt.n, tt.sources), countSourcesOf(group(tt.n, tt.sources)), "%d claims of %d sources", tt.n, tt.sources)
	}
}

// TestWithinBound checks which body bounds a summary figure merely falls
// within.
func TestWithinBound(t *testing.T) {
	point := func(x float64) model.Value { return model.Point(model.Count, x) }
	atLeast := func(x float64) model.Value {
		v := point(x)
		v.Hi, v.Hedge = math.Inf(1), "at least"
		return v
	}
	upTo := func(x float64) model.Value {
		v := point(x)
		v.Lo, v.Hedge = math.Inf(-1), "up to"
		return v
	}
	tests := []struct {
		name string
		s, b model.Value
		want bool
	}{
		{"within a lower bound", point(30), atLeast(5), true},
		{"within an upper bound", point(25), upTo(40), true},
		{"the bound's own figure", point(25), atLeast(25), false},
		{"an exact figure", point(30), point(30), false},
		{"a hedged summary", atLeast(30), atLeast(5), false},
		{"a date", model.Value{Kind: model.Date, Lo: 2025, Hi: 2025, Nominal: 2025}, model.Value{Kind: model.Date, Lo: math.Inf(-1), Hi: 2026, Nominal: 2026}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, withinBound(tt.s, tt.b))
		})
	}
}

// TestTwinIsBetter checks that a summary figure is set against the body
// sentence that states another of its figures alike ("raised $84 million
// from more than 120 investors" against "raised $48 million from more
// than 120 investors"), not against a figure nearer in value in another
// sentence ("contracts worth $65 million").
func TestTwinIsBetter(t *testing.T) {
	opts := DefaultOptions()
	sum := qty("a.txt", 0, 84, summary, amount("money"))
	twin := qty("a.txt", 100, 48, amount("money"))
	near := qty("a.txt", 200, 65, amount("money"))
	v := &Verdict{A: &sum, B: &twin, Comparable: true, Confidence: 1, raw: 1, twinned: true}
	w := &Verdict{A: &sum, B: &near, Comparable: true, Confidence: 0.9, raw: 0.9}
	assert.True(t, better(v, w, opts))
	assert.False(t, better(w, v, opts))
	other := qty("a.txt", 100, 37, amount("money")) // no twin, and no digits swapped
	v = &Verdict{A: &sum, B: &other, Comparable: true, Confidence: 1, raw: 1}
	assert.False(t, better(v, w, opts), "without the twin, the nearer value")
}

// TestExactIsBetter checks that a summary figure is set against the
// body's exact figure of the same thing ("31 workers were taken to
// hospitals") before a vague magnitude that also contradicts it ("dozens
// of workers"), however much surer the vague pair is.
func TestExactIsBetter(t *testing.T) {
	opts := DefaultOptions()
	sum := qty("a.txt", 0, 13, summary)
	dozens := qty("a.txt", 100, 24, hedged("vague", 24, 100))
	exact := qty("a.txt", 200, 31)
	v := &Verdict{A: &sum, B: &exact, Comparable: true, Confidence: 0.83, raw: 0.83}
	w := &Verdict{A: &sum, B: &dozens, Comparable: true, Confidence: 1, raw: 1}
	assert.True(t, better(v, w, opts))
	assert.False(t, better(w, v, opts))
	vague := qty("a.txt", 0, 2000, summary, hedged("vague", 2000, 10000))
	v.A, w.A = &vague, &vague
	assert.False(t, better(v, w, opts), "a vague summary figure, the likelier counterpart")
}
