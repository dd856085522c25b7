package store

// tagTable is an open-addressing hash table of indexes into something
// held elsewhere (members, blocks): each 8-byte slot holds 32 bits of an
// item's hash, its tag, and the item's index plus one (0 marks an empty
// slot). Items with equal tags are told apart by the caller. A slot's
// place depends on its tag alone, so the table grows without hashing its
// items again. It takes linear probing in a power-of-two table at most
// three quarters full.
type tagTable struct {
	slots []uint64
	n     int // slots in use
}

// home returns the slot where probing for tag starts: the top bits of
// the tag mixed by a multiplication, so that tags sharing their top or
// bottom bits (a shard's) still spread.
func (t *tagTable) home(tag uint32) int {
	return int(uint64(tag*0x9e3779b1) * uint64(len(t.slots)) >> 32)
}

// grow makes room for n items in all.
func (t *tagTable) grow(n int) {
	size := max(8, len(t.slots))
	for n > size/4*3 {
		size *= 2
	}
	if size == len(t.slots) {
		return
	}
	old := t.slots
	t.slots = make([]uint64, size)
	mask := size - 1
	for _, v := range old {
		if v == 0 {
			continue
		}
		i := t.home(uint32(v >> 32))
		for t.slots[i] != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = v
	}
}

// slot returns the index of the item under tag for which same holds, and
// its slot; or -1 and the empty slot where such an item would go.
func (t *tagTable) slot(tag uint32, same func(i int32) bool) (int32, int) {
	mask := len(t.slots) - 1
	i := t.home(tag)
	for ; t.slots[i] != 0; i = (i + 1) & mask {
		if v := t.slots[i]; uint32(v>>32) == tag {
			if j := int32(uint32(v)) - 1; same(j) {
				return j, i
			}
		}
	}
	return -1, i
}

// set puts the item i under tag in slot s, an empty slot that slot
// returned.
func (t *tagTable) set(s int, tag uint32, i int32) {
	t.slots[s] = uint64(tag)<<32 | uint64(uint32(i+1))
	t.n++
}
