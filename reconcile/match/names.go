package match

import (
	"cmp"
	"hash/maphash"
	"slices"
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
	// canon maps a folded name to its canonical name, when the two differ
	// or the name is a configured alias.
	canon map[string]string
	// written maps each name the resolver was built with that is not
	// folded (as articles write it: "Volodymyr Zelenskyy’s") to its folded
	// and canonical names, so that resolving it need not fold it again.
	written map[string]writtenName
}

// writtenName is what a name as written resolves to.
type writtenName struct {
	folded, canon string
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
//
// The names need not be distinct, and their order does not matter; a
// large corpus's names are best given once each, since each is folded
// and sorted.
func NewResolverWithHints(names []string, aliases map[string]string, h Hints) *Resolver {
	r := &Resolver{canon: make(map[string]string, len(aliases))}
	// A name as written is folded once, however often it is given: folding
	// decomposes it, a lookup only hashes it.
	unfolded := 0
	for _, n := range names {
		if !folded(n) {
			unfolded++
		}
	}
	r.written = make(map[string]writtenName, unfolded)
	foldName := func(n string) string {
		if folded(n) {
			return n
		}
		w, ok := r.written[n]
		if !ok {
			w.folded = fold(n)
			w.canon = w.folded
			r.written[n] = w
		}
		return w.folded
	}
	kinds := make(map[string]uint8, len(h.Kinds))
	for n, k := range h.Kinds {
		kinds[foldName(n)] |= k
	}
	const person, placeOrOrg = 1 << model.Person, 1<<model.Place | 1<<model.Org
	onlyPerson := func(n string) bool { k := kinds[n]; return k&person != 0 && k&placeOrOrg == 0 }
	notPerson := func(n string) bool { k := kinds[n]; return k&placeOrOrg != 0 && k&person == 0 }
	titles := make(map[string][]string, len(h.Roles)) // folded name -> its titles, sorted and distinct
	for n, ts := range h.Roles {
		f := foldName(n)
		titles[f] = append(titles[f], ts...)
	}
	for f, ts := range titles {
		slices.Sort(ts)
		titles[f] = slices.Compact(ts)
	}
	differentRoles := func(a, b string) bool {
		ta, tb := titles[a], titles[b]
		if len(ta) == 0 || len(tb) == 0 {
			return false
		}
		for i, j := 0, 0; i < len(ta) && j < len(tb); {
			switch c := strings.Compare(ta[i], tb[j]); {
			case c == 0:
				return false
			case c < 0:
				i++
			default:
				j++
			}
		}
		return true
	}
	list := make([]string, 0, len(names)+len(aliases))
	for _, n := range names {
		if f := foldName(n); f != "" {
			list = append(list, f)
		}
	}
	for a, c := range aliases {
		list = append(list, Fold(c))
		r.canon[Fold(a)] = Fold(c)
	}
	// Longer (more complete) names first, then alphabetical, so the
	// canonical form of a group is deterministic.
	slices.SortFunc(list, func(a, b string) int { return cmp.Or(len(b)-len(a), strings.Compare(a, b)) })
	list = slices.Compact(list)
	// The configured aliases are resolved already; r.canon holds only
	// them until the full names are resolved.
	isAlias := func(n string) bool { _, ok := r.canon[n]; return ok }
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
	var singles []int32            // the single words, as indexes in list
	for i, n := range list {
		switch {
		case isAlias(n):
		case strings.Contains(n, " "):
			k := initials(n)
			groups[k] = append(groups[k], int32(i))
		default:
			singles = append(singles, int32(i))
		}
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
	// A single word links to the canonical full names whose last word it
	// spells. They are listed by last word (ends, each last word's names
	// in the order of list), and the last words are found by their
	// deletion forms too.
	var ends []lastName
	for i, n := range list {
		switch c := canonOf[i]; {
		case c == "":
		case c == n:
			ends = append(ends, lastName{last: n[strings.LastIndexByte(n, ' ')+1:], at: int32(i)})
		default:
			r.canon[n] = c
		}
	}
	slices.SortFunc(ends, func(a, b lastName) int { return cmp.Or(strings.Compare(a.last, b.last), cmp.Compare(a.at, b.at)) })
	var lasts []string // the distinct last words, sorted
	var byLast []int32 // where each last word's names start in ends, and len(ends)
	for k, e := range ends {
		if k == 0 || e.last != ends[k-1].last {
			lasts = append(lasts, e.last)
			byLast = append(byLast, int32(k))
		}
	}
	byLast = append(byLast, int32(len(ends)))
	// Words of different first bytes never spell each other (SameWord),
	// so the last words of each first byte, a run of lasts, have an index
	// of their own, and the indexes are built on h.Jobs goroutines.
	type run struct {
		lo, hi int // the run's last words: lasts[lo:hi]
		forms  *deletions
	}
	var runs []run
	for k := range lasts {
		if k == 0 || lasts[k][0] != lasts[k-1][0] {
			runs = append(runs, run{lo: k})
		}
		runs[len(runs)-1].hi = k + 1
	}
	par.ForEach(len(runs), jobs, func(w, k int) {
		ru := &runs[k]
		ru.forms = newDeletions(countForms(lasts[ru.lo:ru.hi], nil))
		for i, l := range lasts[ru.lo:ru.hi] {
			ru.forms.add(bufs[w].forms(seed, l), int32(i))
		}
	})
	var runOf [256]*run // by first byte
	for k := range runs {
		runOf[lasts[runs[k].lo][0]] = &runs[k]
	}
	par.ForEach(len(singles), jobs, func(w, s int) {
		buf := &bufs[w]
		n := list[singles[s]]
		ru := runOf[n[0]]
		var hit string
		hits := 0
		if ru != nil {
			for _, i := range ru.forms.find(buf.forms(seed, n), buf) {
				k := ru.lo + int(i)
				if !SameWord(lasts[k], n) {
					continue
				}
				for _, e := range ends[byLast[k]:byLast[k+1]] {
					f := list[e.at]
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
		}
		if hits == 1 {
			canonOf[singles[s]] = hit
		} else {
			canonOf[singles[s]] = n
		}
	})
	for _, i := range singles {
		if n, c := list[i], canonOf[i]; c != n {
			r.canon[n] = c
		}
	}
	// The names as written resolve as their folded forms do.
	for n, w := range r.written {
		if c, ok := r.canon[w.folded]; ok {
			r.written[n] = writtenName{w.folded, c}
		}
	}
	return r
}

// lastName is a canonical full name (list[at], in NewResolverWithHints)
// by its last word.
type lastName struct {
	last string
	at   int32
}

// deletions indexes words by their deletion forms (the symmetric-delete
// method): the word with up to maxEdits of its runes deleted. Two words
// within k edits of each other share a form with at most k deletions from
// each, so a word's forms find every word SameWord may accept, among a few
// others the caller checks. Forms are kept as 64-bit hashes (formBuf.forms).
// Reading an index (find) is safe on several goroutines at once.
type deletions struct {
	// The ids under each form are a list threaded through entries, newest
	// first: heads holds its newest entry's index plus one, and its id. A
	// slice per form cost an allocation for each of the millions of forms
	// of a large corpus's names.
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
		if slot.head > 0 && slot.id == id {
			continue // a form the word has twice ("aab" less either "a")
		}
		d.entries = append(d.entries, deletionEntry{id: id, next: slot.head})
		slot.head, slot.id = int32(len(d.entries)), id
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

// formTable maps the hash of a deletion form to the newest entry of its
// list, with open addressing. The forms of a large corpus's names number
// in the millions and are looked up dozens of times a name; their keys are
// already hashes, so a key's slot is its low bits, and a probe costs one
// cache miss where a Go map costs several. A slot keeps the key's low 32
// bits (its tag) next to its entry, and no more: two forms whose hashes
// share them (about one pair in 2³²) share a list, which only adds ids
// that the caller, who checks every word it finds, rejects.
type formTable struct {
	slots []formSlot
	n     int // slots used
}

// formSlot is a key of a formTable and its value: the index of the newest
// entry under it plus one, and that entry's id.
type formSlot struct {
	tag      uint32 // the key's tag (formTag); 0 marks an empty slot
	head, id int32
}

// formTag returns the part of key a formTable keeps: its low 32 bits, but
// 1 for 0, which marks an empty slot.
func formTag(key uint64) uint32 { return max(uint32(key), 1) }

// newFormTable returns a table for about n keys.
func newFormTable(n int) formTable {
	size := 16
	for size < 2*n {
		size *= 2
	}
	return formTable{slots: make([]formSlot, size)}
}

// get returns the head under key, or 0.
func (t *formTable) get(key uint64) int32 {
	k, mask := formTag(key), uint32(len(t.slots)-1)
	for i := k & mask; ; i = (i + 1) & mask {
		switch t.slots[i].tag {
		case k:
			return t.slots[i].head
		case 0:
			return 0
		}
	}
}

// slot returns the slot of key, to be set, adding key with head 0 if the
// table does not hold it. The pointer is valid until the next call.
func (t *formTable) slot(key uint64) *formSlot {
	if 2*(t.n+1) > len(t.slots) {
		t.grow()
	}
	k, mask := formTag(key), uint32(len(t.slots)-1)
	for i := k & mask; ; i = (i + 1) & mask {
		switch t.slots[i].tag {
		case k:
			return &t.slots[i]
		case 0:
			t.slots[i].tag = k
			t.n++
			return &t.slots[i]
		}
	}
}

// grow doubles the table.
func (t *formTable) grow() {
	old := t.slots
	*t = formTable{slots: make([]formSlot, 2*len(old))}
	for _, s := range old {
		if s.tag != 0 {
			*t.slot(uint64(s.tag)) = s
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
	_, c := r.Resolve(name)
	return c
}

// Resolve returns name folded (Fold) and its canonical key (Canonical),
// without folding again a name the resolver was built with.
func (r *Resolver) Resolve(name string) (string, string) {
	f := name
	if !folded(name) {
		if w, ok := r.written[name]; ok {
			return w.folded, w.canon
		}
		f = fold(name)
	}
	if c, ok := r.canon[f]; ok {
		return f, c
	}
	return f, f
}
