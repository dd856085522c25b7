package lexicon

// WordFilter is a 4,096-bit summary of a set of words by length, first and
// last byte. A word whose bit is clear is certainly not in the set, which
// turns most lookups of running text into two shifts instead of a hash
// lookup; a set bit still needs the lookup. The zero value is empty.
type WordFilter [64]uint64

func filterBit(w string) uint {
	if w == "" {
		return 0
	}
	return (uint(len(w))*131 + uint(w[0])*31 + uint(w[len(w)-1])) & 4095
}

// Add puts w in the filter.
func (f *WordFilter) Add(w string) {
	b := filterBit(w)
	f[b>>6] |= 1 << (b & 63)
}

// MayHave reports whether w may have been added; false is certain.
func (f *WordFilter) MayHave(w string) bool {
	b := filterBit(w)
	return f[b>>6]&(1<<(b&63)) != 0
}
