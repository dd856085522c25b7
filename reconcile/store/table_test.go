package store

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestTagTable fills a table as it grows, with many items under one tag
// and tags that differ only in their top or bottom bits, and finds every
// item and no other.
func TestTagTable(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	var tags []uint32
	for i := range 5000 {
		switch i % 4 {
		case 0:
			tags = append(tags, 7) // one tag for many items
		case 1:
			tags = append(tags, uint32(i)<<20)
		case 2:
			tags = append(tags, uint32(i))
		default:
			tags = append(tags, r.Uint32())
		}
	}
	var tt tagTable
	for i, tag := range tags {
		tt.grow(tt.n + 1)
		j, slot := tt.slot(tag, func(j int32) bool { return j == int32(i) })
		if !assert.Equal(t, int32(-1), j, "item %d before it is added", i) {
			return
		}
		tt.set(slot, tag, int32(i))
	}
	assert.Equal(t, len(tags), tt.n)
	assert.LessOrEqual(t, tt.n, len(tt.slots)/4*3, "at most three quarters full")
	for i, tag := range tags {
		j, _ := tt.slot(tag, func(j int32) bool { return j == int32(i) })
		assert.Equal(t, int32(i), j)
	}
	j, _ := tt.slot(7, func(int32) bool { return false })
	assert.Equal(t, int32(-1), j, "an item not added")
}
