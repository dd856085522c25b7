package compare

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
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
		got := sortViews(slices.Clone(views), n)
		assert.True(t, slices.IsSortedFunc(got, compareViews), "n=%d", n)
		byVerdict := func(a, b view) int { return cmp.Compare(a.verdict, b.verdict) }
		assert.Equal(t, views, slices.SortedFunc(slices.Values(got), byVerdict), "n=%d: every view, once", n)
	}
	assert.Empty(t, sortViews(nil, 3))
}
