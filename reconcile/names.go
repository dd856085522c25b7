package reconcile

import (
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/reconcile-news/reconcile/model"
	"github.com/reconcile-news/reconcile/reconcile/match"
)

// entityNames records which entities each source names, for
// compare.Options.Names. Every distinct blocking form (match.Topic of a
// canonical name) is kept once, in sorted order, and each source holds the
// positions of its own among them, sorted too: 4 bytes a name an article
// gives, where a list of strings would take 16 and a copy of each.
type entityNames struct {
	all []string           // the distinct blocking forms, sorted
	by  map[string][]int32 // source -> positions in all of the names it gives
}

// namesBuilder gathers entityNames a source at a time.
type namesBuilder struct {
	ids    map[string]int32   // canonical name -> its id, in the order met
	topics []string           // by id, the blocking form
	lists  map[string][]int32 // source -> the ids of its names
}

// newNamesBuilder returns a builder for about n sources.
func newNamesBuilder(n int) *namesBuilder {
	return &namesBuilder{ids: map[string]int32{}, lists: make(map[string][]int32, n)}
}

// add records the canonical names a source gives its entities. A source
// with none is left out: it lists no entities (claims read from JSON
// Lines, a corpus of format 1), which is no telling what it names.
func (b *namesBuilder) add(source string, canonical []string) {
	if len(canonical) == 0 {
		return
	}
	l := make([]int32, len(canonical))
	for i, c := range canonical {
		id, ok := b.ids[c]
		if !ok {
			id = int32(len(b.topics))
			b.ids[c] = id
			b.topics = append(b.topics, match.Topic(c))
		}
		l[i] = id
	}
	b.lists[source] = l
}

// finish returns what the builder gathered; the builder is spent.
func (b *namesBuilder) finish() *entityNames {
	order := make([]int32, len(b.topics)) // ids by blocking form
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(x, y int32) int { return strings.Compare(b.topics[x], b.topics[y]) })
	pos := make([]int32, len(b.topics)) // id -> position in all, names of one form sharing one
	all := make([]string, 0, len(b.topics))
	for _, id := range order {
		if t := b.topics[id]; len(all) == 0 || all[len(all)-1] != t {
			all = append(all, t)
		}
		pos[id] = int32(len(all) - 1)
	}
	for src, l := range b.lists {
		for i, id := range l {
			l[i] = pos[id]
		}
		slices.Sort(l)
		b.lists[src] = slices.Clip(slices.Compact(l))
	}
	e := &entityNames{all: all, by: b.lists}
	*b = namesBuilder{}
	return e
}

// names returns compare.Options.Names for a run whose claims claimsOf
// gives by source. A name a source's entities do not hold may still stand
// in its text, where the reader did not take it for a name ("Karsten
// launched 90 drones" opening a story that names Karsten nowhere else):
// the sentences of the source's claims are then searched for it, once per
// source and name.
func (e *entityNames) names(claimsOf map[string][]model.Claim) func(source, anchor string) (bool, bool) {
	var mu sync.Mutex
	written := map[[2]string]bool{}
	return func(source, anchor string) (bool, bool) {
		pos, known := e.by[source]
		if !known {
			return false, false
		}
		if namesLike(nameList{e.all, pos}, anchor) {
			return true, true
		}
		k := [2]string{source, anchor}
		mu.Lock()
		w, ok := written[k]
		mu.Unlock()
		if !ok {
			w = writesName(claimsOf[source], anchor)
			mu.Lock()
			written[k] = w
			mu.Unlock()
		}
		return w, true
	}
}

// nameList is one source's names in sorted order: all[pos[i]].
type nameList struct {
	all []string
	pos []int32
}

func (l nameList) len() int        { return len(l.pos) }
func (l nameList) at(i int) string { return l.all[l.pos[i]] }

// search returns the first position of a name not below s.
func (l nameList) search(s string) int {
	return sort.Search(l.len(), func(i int) bool { return l.at(i) >= s })
}

// namesLike reports whether names may name the entity of anchor: they
// hold it, a name that differs from it only in its last two letters or
// fewer past a common stem of four or more ("svobokhenese" for
// "svobokhene", "ukrainian" for "ukraine": an article that names a
// country by its adjective names it), a longer name that starts with it
// ("indianapolis_police" for "indianapolis"), or, for a name of several
// words, one of its words ("indianapolis" for "indianapolis_police").
func namesLike(names nameList, anchor string) bool {
	if nameLike(names, anchor) {
		return true
	}
	if strings.Contains(anchor, "_") {
		for w := range strings.SplitSeq(anchor, "_") {
			if len(w) >= 4 && nameLike(names, w) {
				return true
			}
		}
	}
	return false
}

// nameLike is namesLike for the anchor as a whole.
func nameLike(names nameList, anchor string) bool {
	i := names.search(anchor)
	if i < names.len() {
		if n := names.at(i); n == anchor || len(n) > len(anchor) && n[len(anchor)] == '_' && strings.HasPrefix(n, anchor) {
			return true
		}
	}
	if len(anchor) < 4 {
		return false
	}
	stem := anchor[:4]
	for i = names.search(stem); i < names.len() && strings.HasPrefix(names.at(i), stem); i++ {
		n := names.at(i)
		k := 0
		for k < len(n) && k < len(anchor) && n[k] == anchor[k] {
			k++
		}
		if k >= min(len(n), len(anchor))-2 {
			return true
		}
	}
	return false
}

// writesName reports whether the sentence of one of claims holds the
// words of anchor at the start of a word, in any case: "svobokhene" is in
// "the Svobokhenese military".
func writesName(claims []model.Claim, anchor string) bool {
	phrase := strings.ReplaceAll(anchor, "_", " ")
	prev := ""
	for i := range claims {
		c := &claims[i]
		if c.Text == prev {
			continue
		}
		prev = c.Text
		low := match.Fold(c.Text)
		for i := 0; ; {
			j := strings.Index(low[i:], phrase)
			if j < 0 {
				break
			}
			if at := i + j; at == 0 || !isLetter(low[at-1]) {
				return true
			}
			i += j + 1
		}
	}
	return false
}

// isLetter reports whether the byte b is an ASCII letter or digit, or part
// of a multi-byte character.
func isLetter(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b >= 0x80
}
