package lexicon

// filter is a 4,096-bit summary of a set of words by length, first and last
// byte. A word whose bit is clear is certainly not in the set, which turns
// most lookups of running text into two shifts instead of a hash lookup;
// a set bit still needs the lookup.
type filter [64]uint64

func filterBit(w string) uint {
	if w == "" {
		return 0
	}
	return (uint(len(w))*131 + uint(w[0])*31 + uint(w[len(w)-1])) & 4095
}

func (f *filter) add(w string) {
	b := filterBit(w)
	f[b>>6] |= 1 << (b & 63)
}

func (f *filter) mayHave(w string) bool {
	b := filterBit(w)
	return f[b>>6]&(1<<(b&63)) != 0
}
