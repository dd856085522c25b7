// Package slab hands out parts of large arrays, so that the claims and lists
// of many small articles share allocations instead of each being rounded up
// to one of Go's size classes (6.6% more memory for the claims of the
// generated articles).
//
// A part stays alive as long as any part of its slab does. That suits what
// is kept together and dropped together, as the claims of a run are.
package slab

import "unsafe"

// Bytes is the size of one slab: 32 pages of 8 KB, which the Go allocator
// hands out without rounding up.
const Bytes = 256 << 10

// Slab hands out parts of its current array; a new array is made when a part
// does not fit in what is left, which is then lost. The zero value is ready
// to use. A Slab is not safe for concurrent use.
type Slab[T any] struct {
	free []T // the current array, up to what is handed out
}

// size returns how many elements fit in one slab.
func (s *Slab[T]) size() int { return perSlab[T]() }

// perSlab returns how many elements of type T fit in one slab.
func perSlab[T any]() int {
	return max(1, Bytes/int(max(1, unsafe.Sizeof(*new(T)))))
}

// Take returns an empty slice with room for n zero elements and no more.
// A part of more than an eighth of a slab is an allocation of its own,
// which wastes little.
func (s *Slab[T]) Take(n int) []T {
	size := s.size()
	if n > size/8 {
		return make([]T, 0, n)
	}
	if cap(s.free)-len(s.free) < n {
		s.free = make([]T, 0, size)
	}
	k := len(s.free)
	s.free = s.free[:k+n]
	return s.free[k : k : k+n]
}

// Trim returns part with no room beyond its length. When part is the last
// one Take handed out, the room is zeroed and given back, for the next Take.
func (s *Slab[T]) Trim(part []T) []T {
	room := cap(part) - len(part)
	if room == 0 {
		return part
	}
	end := part[:cap(part)]
	if k := len(s.free) - room; k >= 0 && &end[len(end)-1] == &s.free[len(s.free)-1] {
		clear(end[len(part):])
		s.free = s.free[:k]
	}
	return part[:len(part):len(part)]
}

// List is a list that grows a slab at a time: appending never copies what
// it holds, where a slice of millions of elements is copied whole each time
// it grows by a quarter. The zero value is an empty list. A List is not safe
// for concurrent use.
type List[T any] struct {
	slabs [][]T // all full but the last
	n     int
}

// Append adds v at the end of the list.
func (l *List[T]) Append(v T) {
	if k := len(l.slabs); k == 0 || len(l.slabs[k-1]) == cap(l.slabs[k-1]) {
		l.slabs = append(l.slabs, make([]T, 0, perSlab[T]()))
	}
	last := &l.slabs[len(l.slabs)-1]
	*last = append(*last, v)
	l.n++
}

// Len returns the number of elements in the list.
func (l *List[T]) Len() int { return l.n }

// At returns the i-th element of the list, counting from 0.
func (l *List[T]) At(i int) *T {
	size := perSlab[T]()
	return &l.slabs[i/size][i%size]
}

// Slabs returns the list's arrays, in order: the list is their
// concatenation.
func (l *List[T]) Slabs() [][]T { return l.slabs }
