package slab

import (
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTake(t *testing.T) {
	var sl Slab[int]
	size := Bytes / int(unsafe.Sizeof(0)) // ints in a slab
	tests := []struct {
		name     string
		n        int
		wantSlab bool // cut from a slab, rather than allocated on its own
		wantNew  bool // from a new slab
	}{
		{"first", 10, true, true},
		{"next", 20, true, false},
		{"empty", 0, true, false},
		{"large", size/8 + 1, false, false},
		{"after a large one", 5, true, false},
		{"largest cut, 1", size / 8, true, false},
		{"largest cut, 2", size / 8, true, false},
		{"largest cut, 3", size / 8, true, false},
		{"largest cut, 4", size / 8, true, false},
		{"largest cut, 5", size / 8, true, false},
		{"largest cut, 6", size / 8, true, false},
		{"largest cut, 7", size / 8, true, false}, // size/8 - 35 left
		{"more than is left", size/8 - 34, true, true},
	}
	var parts [][]int
	for k, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := sl.free
			got := sl.Take(tt.n)
			require.Len(t, got, 0)
			require.Equal(t, tt.n, cap(got), "room for n and no more")
			got = got[:tt.n]
			for i, x := range got {
				require.Zero(t, x, "element %d", i)
				got[i] = k
			}
			parts = append(parts, got)
			if tt.n == 0 {
				return
			}
			inSlab := len(sl.free) >= tt.n && &sl.free[len(sl.free)-tt.n] == &got[0]
			assert.Equal(t, tt.wantSlab, inSlab)
			if tt.wantSlab {
				assert.Equal(t, tt.wantNew, cap(before) == 0 || &before[:1][0] != &sl.free[0])
			}
		})
	}
	for k, p := range parts {
		for _, x := range p {
			require.Equal(t, k, x, "part %d was overwritten", k)
		}
	}
}

// follows reports whether part b starts right after the end of part a.
func follows(a, b []string) bool {
	return uintptr(unsafe.Pointer(&a[:cap(a)][cap(a)-1]))+unsafe.Sizeof("") == uintptr(unsafe.Pointer(&b[:1][0]))
}

func TestTrim(t *testing.T) {
	var sl Slab[string]
	a := append(sl.Take(10), "a", "b", "c", "d")
	a = sl.Trim(a[:2]) // "c" and "d" written, then dropped
	assert.Equal(t, []string{"a", "b"}, a)
	assert.Equal(t, 2, cap(a))

	b := sl.Take(3)
	require.Equal(t, 3, cap(b))
	assert.True(t, follows(a, b), "the room a gave back is handed out again")
	assert.Equal(t, []string{"", "", ""}, b[:3], "zeroed")
	assert.Equal(t, []string{"a", "b"}, a)

	// Only the last part handed out gives its room back.
	c := sl.Take(4)
	d := sl.Take(1)
	c = sl.Trim(c[:1])
	assert.Equal(t, 1, cap(c))
	e := sl.Take(1)
	assert.True(t, follows(d, e), "e follows d, not c")

	// A part of its own keeps its room to itself.
	big := sl.Take(sl.size())
	free := len(sl.free)
	big = sl.Trim(big[:1])
	assert.Equal(t, 1, cap(big))
	assert.Equal(t, free, len(sl.free))
}

func TestList(t *testing.T) {
	var l List[int32]
	size := Bytes / 4
	n := 2*size + 3 // three slabs, the last one begun
	for i := range n {
		l.Append(int32(i))
	}
	require.Equal(t, n, l.Len())
	for _, i := range []int{0, size - 1, size, 2*size + 2} {
		assert.Equal(t, int32(i), *l.At(i), "At(%d)", i)
	}
	*l.At(size) = -1
	var all []int32
	for _, s := range l.Slabs() {
		all = append(all, s...)
	}
	require.Len(t, all, n)
	assert.Equal(t, int32(-1), all[size])
	assert.Equal(t, int32(n-1), all[n-1])
	assert.Len(t, l.Slabs(), 3)
	var empty List[string]
	assert.Zero(t, empty.Len())
	assert.Empty(t, empty.Slabs())
}
