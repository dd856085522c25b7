package match

import (
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/agnivade/levenshtein"
	"golang.org/x/text/unicode/norm"
)

// Fold normalizes a name or topic for comparison: Unicode compatibility
// decomposition with marks dropped, lower case, straight apostrophes, no
// possessive, single spaces. "Zelenskyy’s" -> "zelenskyy".
func Fold(s string) string {
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
	r := &Resolver{canon: map[string]string{}}
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
	// words with the same first letters (see SameWord): full names are
	// compared within those groups only, which keeps building linear in
	// the number of names rather than quadratic.
	full := map[string][]string{} // initials -> canonical full names, in order
	byLast := map[string][]string{}
	for _, n := range list {
		if _, ok := r.canon[n]; ok {
			continue
		}
		if !strings.Contains(n, " ") {
			continue
		}
		k := initials(n)
		c := n
		for _, f := range full[k] {
			if SameName(f, n) && !differentRoles(f, n) {
				c = f
				break
			}
		}
		r.canon[n] = c
		if c == n {
			full[k] = append(full[k], n)
			last := n[strings.LastIndexByte(n, ' ')+1:]
			byLast[last] = append(byLast[last], n)
		}
	}
	// Last words by first letter and length: a single word can only spell
	// one that starts alike and is at most two letters longer or shorter.
	lasts := map[[2]int][]string{}
	for l := range byLast {
		k := [2]int{int(l[0]), len(l)}
		lasts[k] = append(lasts[k], l)
	}
	for _, n := range list {
		if _, ok := r.canon[n]; ok || strings.Contains(n, " ") {
			continue
		}
		var hits []string
		for d := -2; d <= 2; d++ {
			for _, l := range lasts[[2]int{int(n[0]), len(n) + d}] {
				if SameWord(l, n) {
					hits = append(hits, byLast[l]...)
					if len(hits) > 1 {
						break
					}
				}
			}
		}
		if len(hits) == 1 {
			r.canon[n] = hits[0]
		} else {
			r.canon[n] = n
		}
	}
	return r
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
