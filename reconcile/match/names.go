package match

import (
	"cmp"
	"hash/maphash"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"

	"github.com/reconcile-news/reconcile/internal/par"
	"github.com/reconcile-news/reconcile/model"
	"golang.org/x/text/unicode/norm"
)

// Fold normalizes a name or topic for comparison: Unicode compatibility
// decomposition with marks dropped, lower case, straight apostrophes, no
// possessive, single spaces. "Zelenskyy’s" -> "zelenskyy".
func Fold(s string) string {
	if folded(s) {
		return s
	}
	return fold(s)
}

// fold is Fold without its shortcut for text already folded.
func fold(s string) string {
	s = norm.NFKD.String(s)
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == '’' || r == '‘':
			r = '\''
		case unicode.IsSpace(r):
			if b.Len() > 0 {
				space = true
			}
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	out := b.String()
	out = strings.TrimSuffix(out, "'s")
	return strings.TrimSuffix(out, "'")
}

// folded reports whether Fold would return s unchanged, checking the
// common case cheaply: lower-case ASCII letters, digits and punctuation
// with single inner spaces and no possessive ending. Most names reach
// Fold already folded (canonical names, lexicon words), and decomposing
// them again was a tenth of preparing a corpus's claims.
func folded(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' || s[len(s)-1] == '\'' || strings.HasSuffix(s, "'s") {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x80, c >= 'A' && c <= 'Z', c < ' ', c == 0x7f:
			return false
		case c == ' ' && s[i+1] == ' ':
			return false
		}
	}
	return true
}

// maxEdits is the edit distance allowed between two spellings of a word of
// length n: none for short words, where one letter makes another name.
func maxEdits(n int) int {
	switch {
	case n <= 4:
		return 0
	case n <= 8:
		return 1
	}
	return 2
}

// SameWord reports whether two folded words are spellings of one word:
// equal, or within a length-aware edit distance with the same first
// letter ("zelensky", "zelenskyy", "zelenskiy"; "kyiv" and "kiev" only by
// alias).
func SameWord(a, b string) bool {
	if a == b {
		return true
	}
	if a == "" || b == "" || a[0] != b[0] {
		return false
	}
	n := min(len(a), len(b))
	if d := len(a) - len(b); d > 2 || d < -2 {
		return false
	}
	return levenshtein.ComputeDistance(a, b) <= maxEdits(n)
}

// SameName reports whether two folded names name the same person or
// thing: word by word the same spellings. Names with different given
// names ("joe biden", "jill biden") never match.
func SameName(a, b string) bool {
	if a == b {
		return true
	}
	// Word by word, as strings.Fields splits them, without the slices:
	// a large corpus compares millions of names.
	for {
		wa, ra := nextWord(a)
		wb, rb := nextWord(b)
		if wa == "" || wb == "" {
			return wa == wb
		}
		if !SameWord(wa, wb) {
			return false
		}
		a, b = ra, rb
	}
}

// nextWord returns the first word of s, split as strings.Fields splits,
// and the text after it; "" when s has no word left.
func nextWord(s string) (word, rest string) {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		return s[:i], s[i:]
	}
	return s, ""
}

// Resolver maps the names used in claims, across sources, to one
// canonical key per entity.
type Resolver struct {
	canon map[string]string
}

// NewResolver builds a resolver for the given names (entity keys as claims
// use them, any case) and configured aliases (alias -> canonical name).
// Full names merge when every word is a spelling of the other's; a single
// word links to the one full name whose last word it spells, and stays
// itself when several full names share it.
func NewResolver(names []string, aliases map[string]string) *Resolver {
	return NewResolverWithRoles(names, aliases, nil)
}

// NewResolverWithRoles is NewResolver with what the articles say each
// person is (name as written -> role titles). Two close spellings of a name
// given different roles and no common one ("Ivan Petrov, the minister" and
// "Ivan Petrova, the singer") are different people and stay apart; identical
// names always merge.
func NewResolverWithRoles(names []string, aliases map[string]string, roles map[string][]string) *Resolver {
	return NewResolverWithHints(names, aliases, Hints{Roles: roles})
}

// Hints are what the articles say about the names a resolver is built for,
// to keep apart names that only look alike.
type Hints struct {
	// Roles maps a name as written to the role titles articles give it.
	Roles map[string][]string
	// Kinds maps a name as written to the kinds of entity articles took it
	// for (model.Person, model.Place, ...), as bits: 1<<kind.
	Kinds map[string]uint8
	// Jobs is not a hint but how many goroutines build the resolver; 0
	// means one. The result is the same for any number.
	Jobs int
}

// KindBit is the bit of kind k in Hints.Kinds.
func KindBit(k model.EntityKind) uint8 { return 1 << k }

// NewResolverWithHints is NewResolverWithRoles with what kind of entity
// each name was taken for, too: a single word only ever taken for a place
// or an organization does not link to a full name only ever taken for a
// person ("Kholkar", a country, is not the singer "Katrin Kholar").
func NewResolverWithHints(names []string, aliases map[string]string, h Hints) *Resolver {
	r := &Resolver{canon: map[string]string{}}
	roles := h.Roles
	kinds := map[string]uint8{}
	for n, k := range h.Kinds {
		kinds[Fold(n)] |= k
	}
	const person, placeOrOrg = 1 << model.Person, 1<<model.Place | 1<<model.Org
	onlyPerson := func(n string) bool { k := kinds[n]; return k&person != 0 && k&placeOrOrg == 0 }
	notPerson := func(n string) bool { k := kinds[n]; return k&placeOrOrg != 0 && k&person == 0 }
	titles := map[string]map[string]bool{}
	for n, ts := range roles {
		f := Fold(n)
		if titles[f] == nil {
			titles[f] = map[string]bool{}
		}
		for _, t := range ts {
			titles[f][t] = true
		}
	}
	differentRoles := func(a, b string) bool {
		ta, tb := titles[a], titles[b]
		if len(ta) == 0 || len(tb) == 0 {
			return false
		}
		for t := range ta {
			if tb[t] {
				return false
			}
		}
		return true
	}
	folded := map[string]bool{}
	for _, n := range names {
		if f := Fold(n); f != "" {
			folded[f] = true
		}
	}
	for a, c := range aliases {
		folded[Fold(c)] = true
		r.canon[Fold(a)] = Fold(c)
	}
	list := make([]string, 0, len(folded))
	for n := range folded {
		list = append(list, n)
	}
	// Longer (more complete) names first, then alphabetical, so the
	// canonical form of a group is deterministic.
	sort.Slice(list, func(i, j int) bool {
		if len(list[i]) != len(list[j]) {
			return len(list[i]) > len(list[j])
		}
		return list[i] < list[j]
	})
	// Two names can be spellings of each other only when they have as many
	// words with the same first letters and their last words are within
	// the edits SameWord allows: a full name is compared only with the
	// earlier canonical names that share its initials and a deletion form
	// of its last word, which keeps building near linear in the number of
	// names. The first of them, in the order of list, that it spells is
	// still the one it joins. Names of different initials never meet, so
	// each group of initials is resolved on its own, on h.Jobs goroutines,
	// with an index of its own (small enough to stay in cache).
	jobs := max(1, h.Jobs)
	groups := map[string][]int32{} // initials -> the full names, as indexes in list
	for i, n := range list {
		if _, ok := r.canon[n]; ok || !strings.Contains(n, " ") {
			continue
		}
		k := initials(n)
		groups[k] = append(groups[k], int32(i))
	}
	order := make([][]int32, 0, len(groups))
	for _, g := range groups {
		order = append(order, g)
	}
	// The largest groups first, so that no goroutine is left with one at
	// the end; the order does not change what a name resolves to.
	slices.SortFunc(order, func(a, b []int32) int { return cmp.Or(len(b)-len(a), cmp.Compare(a[0], b[0])) })
	seed := maphash.MakeSeed()
	canonOf := make([]string, len(list)) // per name of list, its canonical full name
	bufs := make([]formBuf, jobs)
	par.ForEach(len(order), jobs, func(w, g int) {
		var (
			buf   = &bufs[w]
			forms = newDeletions(countForms(list, order[g]))
			fulls []string // the group's canonical full names, in the order of list
		)
		for _, i := range order[g] {
			n := list[i]
			hs := buf.forms(seed, n[strings.LastIndexByte(n, ' ')+1:])
			c := n
			for _, j := range forms.find(hs, buf) {
				if f := fulls[j]; SameName(f, n) && !differentRoles(f, n) {
					c = f
					break
				}
			}
			canonOf[i] = c
			if c == n {
				forms.add(hs, int32(len(fulls)))
				fulls = append(fulls, n)
			}
		}
	})
	byLast := map[string][]string{}
	for i, n := range list {
		if c := canonOf[i]; c != "" {
			r.canon[n] = c
			if c == n {
				last := n[strings.LastIndexByte(n, ' ')+1:]
				byLast[last] = append(byLast[last], n)
			}
		}
	}
	// A single word links to the full names whose last word it spells:
	// the last words are found by their deletion forms too.
	lasts := make([]string, 0, len(byLast))
	for l := range byLast {
		lasts = append(lasts, l)
	}
	sort.Strings(lasts)
	forms := newDeletions(countForms(lasts, nil))
	for i, l := range lasts {
		forms.add(bufs[0].forms(seed, l), int32(i))
	}
	var singles []int32
	for i, n := range list {
		if _, ok := r.canon[n]; !ok && !strings.Contains(n, " ") {
			singles = append(singles, int32(i))
		}
	}
	par.ForEach(len(singles), jobs, func(w, s int) {
		buf := &bufs[w]
		n := list[singles[s]]
		var hit string
		hits := 0
		for _, i := range forms.find(buf.forms(seed, n), buf) {
			l := lasts[i]
			if !SameWord(l, n) {
				continue
			}
			for _, f := range byLast[l] {
				if notPerson(n) && onlyPerson(f) {
					continue
				}
				hits++
				hit = f
			}
			if hits > 1 {
				break
			}
		}
		if hits == 1 {
			canonOf[singles[s]] = hit
		} else {
			canonOf[singles[s]] = n
		}
	})
	for _, i := range singles {
		r.canon[list[i]] = canonOf[i]
	}
	return r
}

// deletions indexes words by their deletion forms (the symmetric-delete
// method): the word with up to maxEdits of its runes deleted. Two words
// within k edits of each other share a form with at most k deletions from
// each, so a word's forms find every word SameWord may accept, among a few
// others the caller checks. Forms are kept as 64-bit hashes (formBuf.forms).
// Reading an index (find) is safe on several goroutines at once.
type deletions struct {
	// The ids under each form are a list threaded through entries, newest
	// first: heads holds its newest entry's index plus one. A slice per
	// form cost an allocation for each of the millions of forms of a large
	// corpus's names.
	heads   formTable
	entries []deletionEntry
	ids     int // one more than the largest id indexed
}

// deletionEntry is one id under a form, and the entry indexed before it
// under the same form, plus one (0 ends the list).
type deletionEntry struct {
	id, next int32
}

// newDeletions returns an empty index sized for n forms (countForms), so
// that it never grows: growing rehashed every form a few times over, a
// third of the time of building the index of a large corpus's names.
func newDeletions(n int) *deletions {
	return &deletions{heads: newFormTable(n), entries: make([]deletionEntry, 0, n)}
}

// countForms returns how many deletion forms (formBuf.forms) the last
// words of names have at most: of names[i] for each i of at, or of every
// name when at is nil.
func countForms(names []string, at []int32) int {
	count := func(n string) int {
		w := n[strings.LastIndexByte(n, ' ')+1:]
		runes := utf8.RuneCountInString(w)
		switch maxEdits(len(w)) {
		case 0:
			return 1
		case 1:
			return 1 + runes
		}
		return 1 + runes + runes*(runes-1)/2
	}
	total := 0
	if at == nil {
		for _, n := range names {
			total += count(n)
		}
		return total
	}
	for _, i := range at {
		total += count(names[i])
	}
	return total
}

// add indexes the forms hs (from formBuf.forms) as id.
func (d *deletions) add(hs []uint64, id int32) {
	for _, h := range hs {
		slot := d.heads.slot(h)
		top := *slot
		if top > 0 && d.entries[top-1].id == id {
			continue // a form the word has twice ("aab" less either "a")
		}
		d.entries = append(d.entries, deletionEntry{id: id, next: top})
		*slot = int32(len(d.entries))
	}
	d.ids = max(d.ids, int(id)+1)
}

// find returns the ids indexed under any of the forms hs, ascending and
// distinct, in b.cands. A word shares many forms with a word of the same
// spelling, so ids are told apart by b's marks before they are sorted.
func (d *deletions) find(hs []uint64, b *formBuf) []int32 {
	if len(b.seen) < d.ids {
		b.seen = make([]uint32, 2*d.ids)
		b.mark = 0
	}
	if b.mark++; b.mark == 0 { // wrapped: old marks could pass for new ones
		clear(b.seen)
		b.mark = 1
	}
	out := b.cands[:0]
	for _, h := range hs {
		for e := d.heads.get(h); e > 0; e = d.entries[e-1].next {
			if id := d.entries[e-1].id; b.seen[id] != b.mark {
				b.seen[id] = b.mark
				out = append(out, id)
			}
		}
	}
	slices.Sort(out)
	b.cands = out
	return out
}

// formBuf is one goroutine's scratch for working out deletion forms.
type formBuf struct {
	ends  []int    // the byte offset after each rune of a word
	hs    []uint64 // the hashes of a word's forms
	cands []int32  // the ids a word's forms find
	seen  []uint32 // by id, the mark of the last find that met it
	mark  uint32
}

// forms returns the hashes of every deletion form of w: w itself, w
// without one rune and, when maxEdits allows two edits, without two. The
// slice is b's, valid until the next call.
func (b *formBuf) forms(seed maphash.Seed, w string) []uint64 {
	b.ends = b.ends[:0]
	for i, r := range w {
		b.ends = append(b.ends, i+utf8.RuneLen(r))
	}
	start := func(i int) int {
		if i == 0 {
			return 0
		}
		return b.ends[i-1]
	}
	var h maphash.Hash
	h.SetSeed(seed)
	hash := func(a, b, c string) uint64 {
		h.Reset()
		h.WriteString(a)
		h.WriteString(b)
		h.WriteString(c)
		return h.Sum64()
	}
	b.hs = b.hs[:0]
	k := maxEdits(len(w))
	b.hs = append(b.hs, hash(w, "", ""))
	if k < 1 {
		return b.hs
	}
	n := len(b.ends)
	for i := range n {
		b.hs = append(b.hs, hash(w[:start(i)], w[b.ends[i]:], ""))
		if k < 2 {
			continue
		}
		for j := i + 1; j < n; j++ {
			b.hs = append(b.hs, hash(w[:start(i)], w[b.ends[i]:start(j)], w[b.ends[j]:]))
		}
	}
	return b.hs
}

// formTable maps the hash of a deletion form to an int32, with open
// addressing. The forms of a large corpus's names number in the millions
// and are looked up dozens of times a name; their keys are already hashes,
// so a slot is the key's low bits, and a probe costs one cache miss where
// a Go map costs several.
type formTable struct {
	keys []uint64 // 0 marks an empty slot; a key of 0 is stored as 1
	vals []int32
	n    int // keys stored
}

// newFormTable returns a table for about n keys.
func newFormTable(n int) formTable {
	size := 16
	for size < 2*n {
		size *= 2
	}
	return formTable{keys: make([]uint64, size), vals: make([]int32, size)}
}

// get returns the value under key, or 0.
func (t *formTable) get(key uint64) int32 {
	key = max(key, 1)
	mask := uint64(len(t.keys) - 1)
	for i := key & mask; ; i = (i + 1) & mask {
		switch t.keys[i] {
		case key:
			return t.vals[i]
		case 0:
			return 0
		}
	}
}

// slot returns the value under key to be set, adding key with value 0 if
// the table does not hold it. The pointer is valid until the next call.
func (t *formTable) slot(key uint64) *int32 {
	key = max(key, 1)
	if 2*(t.n+1) > len(t.keys) {
		t.grow()
	}
	mask := uint64(len(t.keys) - 1)
	for i := key & mask; ; i = (i + 1) & mask {
		switch t.keys[i] {
		case key:
			return &t.vals[i]
		case 0:
			t.keys[i] = key
			t.n++
			return &t.vals[i]
		}
	}
}

// grow doubles the table.
func (t *formTable) grow() {
	old := *t
	*t = formTable{keys: make([]uint64, 2*len(old.keys)), vals: make([]int32, 2*len(old.keys))}
	for i, k := range old.keys {
		if k != 0 {
			*t.slot(k) = old.vals[i]
		}
	}
}

// initials returns the number of words of a folded name and their first
// letters: "volodymyr zelenskyy" -> "2vz".
func initials(name string) string {
	var b strings.Builder
	words := strings.Fields(name)
	b.WriteString(strconv.Itoa(len(words)))
	for _, w := range words {
		b.WriteByte(w[0])
	}
	return b.String()
}

// Canonical returns the canonical key for a name; names the resolver has
// not seen are only folded.
func (r *Resolver) Canonical(name string) string {
	f := Fold(name)
	if c, ok := r.canon[f]; ok {
		return c
	}
	return f
}
