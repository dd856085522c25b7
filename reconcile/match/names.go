package match

import (
	"hash/maphash"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"

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
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) != len(wb) {
		return false
	}
	for i := range wa {
		if !SameWord(wa[i], wb[i]) {
			return false
		}
	}
	return true
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
	// still the one it joins.
	var (
		fulls  []string // canonical full names, in the order of list
		forms  = newDeletions()
		cands  []int32
		byLast = map[string][]string{}
	)
	for _, n := range list {
		if _, ok := r.canon[n]; ok {
			continue
		}
		if !strings.Contains(n, " ") {
			continue
		}
		k, last := initials(n), n[strings.LastIndexByte(n, ' ')+1:]
		hs := forms.forms(k, last)
		cands = forms.findForms(hs, cands[:0])
		c := n
		for _, j := range cands {
			if f := fulls[j]; SameName(f, n) && !differentRoles(f, n) {
				c = f
				break
			}
		}
		r.canon[n] = c
		if c == n {
			forms.addForms(hs, int32(len(fulls)))
			fulls = append(fulls, n)
			byLast[last] = append(byLast[last], n)
		}
	}
	// A single word links to the full names whose last word it spells:
	// the last words are found by their deletion forms too.
	lasts := make([]string, 0, len(byLast))
	for l := range byLast {
		lasts = append(lasts, l)
	}
	sort.Strings(lasts)
	forms = newDeletions()
	for i, l := range lasts {
		forms.add("", l, int32(i))
	}
	for _, n := range list {
		if _, ok := r.canon[n]; ok || strings.Contains(n, " ") {
			continue
		}
		var hit string
		hits := 0
		cands = forms.find("", n, cands[:0])
		for _, i := range cands {
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
			r.canon[n] = hit
		} else {
			r.canon[n] = n
		}
	}
	return r
}

// deletions indexes words by their deletion forms (the symmetric-delete
// method): the word with up to maxEdits of its runes deleted. Two words
// within k edits of each other share a form with at most k deletions from
// each, so a word's forms find every word SameWord may accept, among a few
// others the caller checks. Forms are kept as 64-bit hashes, with a group
// (the initials of a name) that the words must share.
type deletions struct {
	seed maphash.Seed
	// The ids under each form are a list threaded through entries, newest
	// first: head holds its newest entry's index plus one. A slice per
	// form cost an allocation for each of the millions of forms of a large
	// corpus's names.
	head    map[uint64]int32
	entries []deletionEntry
	ends    []int    // scratch: the byte offset after each rune of a word
	hs      []uint64 // scratch: the hashes of a word's forms
}

// deletionEntry is one id under a form, and the entry indexed before it
// under the same form, plus one (0 ends the list).
type deletionEntry struct {
	id, next int32
}

func newDeletions() *deletions {
	return &deletions{seed: maphash.MakeSeed(), head: map[uint64]int32{}}
}

// add indexes the word w of group as id.
func (d *deletions) add(group, w string, id int32) { d.addForms(d.forms(group, w), id) }

// addForms indexes the forms hs (from forms) as id.
func (d *deletions) addForms(hs []uint64, id int32) {
	for _, h := range hs {
		top := d.head[h]
		if top > 0 && d.entries[top-1].id == id {
			continue // a form the word has twice ("aab" less either "a")
		}
		d.entries = append(d.entries, deletionEntry{id: id, next: top})
		d.head[h] = int32(len(d.entries))
	}
}

// find appends to out the ids sharing a deletion form with w in group,
// ascending and distinct.
func (d *deletions) find(group, w string, out []int32) []int32 {
	return d.findForms(d.forms(group, w), out)
}

// findForms appends to out the ids indexed under any of the forms hs,
// ascending and distinct.
func (d *deletions) findForms(hs []uint64, out []int32) []int32 {
	for _, h := range hs {
		for e := d.head[h]; e > 0; e = d.entries[e-1].next {
			out = append(out, d.entries[e-1].id)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// forms returns the hashes of every deletion form of w in group: w
// itself, w without one rune and, when maxEdits allows two edits, without
// two. The slice is d's scratch, valid until the next call.
func (d *deletions) forms(group, w string) []uint64 {
	d.ends = d.ends[:0]
	for i, r := range w {
		d.ends = append(d.ends, i+utf8.RuneLen(r))
	}
	start := func(i int) int {
		if i == 0 {
			return 0
		}
		return d.ends[i-1]
	}
	// Each form is hashed on its own and mixed with the group's hash, so
	// the group is hashed once per word.
	g := maphash.String(d.seed, group)
	var h maphash.Hash
	h.SetSeed(d.seed)
	hash := func(a, b, c string) uint64 {
		h.Reset()
		h.WriteString(a)
		h.WriteString(b)
		h.WriteString(c)
		return h.Sum64() ^ g*0x9e3779b97f4a7c15
	}
	d.hs = d.hs[:0]
	k := maxEdits(len(w))
	d.hs = append(d.hs, hash(w, "", ""))
	if k < 1 {
		return d.hs
	}
	n := len(d.ends)
	for i := range n {
		d.hs = append(d.hs, hash(w[:start(i)], w[d.ends[i]:], ""))
		if k < 2 {
			continue
		}
		for j := i + 1; j < n; j++ {
			d.hs = append(d.hs, hash(w[:start(i)], w[d.ends[i]:start(j)], w[d.ends[j]:]))
		}
	}
	return d.hs
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
