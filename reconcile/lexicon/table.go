package lexicon

import (
	"sort"
	"strings"
)

// Table maps phrases of one or more lower-case words to a canonical name.
// Lookups take a slice of lower-case tokens and find the longest phrase that
// starts at a given index.
type Table struct {
	byFirst map[string][]entry // first word -> phrases, longest first
	first   WordFilter         // the first words, to turn most words away cheaply
	size    int
}

type entry struct {
	words []string
	canon string
}

// Add maps phrase (lower case, words separated by spaces) to canon. A phrase
// added twice keeps its first canonical name.
func (t *Table) Add(phrase, canon string) {
	words := strings.Fields(phrase)
	if len(words) == 0 {
		return
	}
	if t.byFirst == nil {
		t.byFirst = map[string][]entry{}
	}
	list := t.byFirst[words[0]]
	for _, e := range list {
		if slicesEqual(e.words, words) {
			return
		}
	}
	list = append(list, entry{words: words, canon: canon})
	t.first.Add(words[0])
	sort.SliceStable(list, func(i, j int) bool { return len(list[i].words) > len(list[j].words) })
	t.byFirst[words[0]] = list
	t.size++
}

// Len returns the number of phrases in the table.
func (t *Table) Len() int { return t.size }

// Lookup returns the canonical name of a whole phrase (lower case, words
// separated by spaces).
func (t *Table) Lookup(phrase string) (string, bool) {
	first, rest := nextWord(phrase)
	if first == "" || !t.first.MayHave(first) {
		return "", false
	}
next:
	for _, e := range t.byFirst[first] {
		r := rest
		for _, w := range e.words[1:] {
			var got string
			got, r = nextWord(r)
			if got != w {
				continue next
			}
		}
		if w, _ := nextWord(r); w == "" {
			return e.canon, true
		}
	}
	return "", false
}

// nextWord returns the first space-separated word of s and the rest,
// without allocating.
func nextWord(s string) (word, rest string) {
	i := 0
	for i < len(s) && isSpace(s[i]) {
		i++
	}
	j := i
	for j < len(s) && !isSpace(s[j]) {
		j++
	}
	return s[i:j], s[j:]
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// Match finds the longest phrase that starts at words[i] and returns its
// canonical name and its length in words; n is 0 when nothing matches.
func (t *Table) Match(words []string, i int) (canon string, n int) {
	if i < 0 || i >= len(words) || !t.first.MayHave(words[i]) {
		return "", 0
	}
	for _, e := range t.byFirst[words[i]] {
		if i+len(e.words) > len(words) {
			continue
		}
		ok := true
		for k := 1; k < len(e.words); k++ {
			if words[i+k] != e.words[k] {
				ok = false
				break
			}
		}
		if ok {
			return e.canon, len(e.words)
		}
	}
	return "", 0
}

// MatchEnding finds the longest phrase that ends at words[j] (inclusive).
func (t *Table) MatchEnding(words []string, j int) (canon string, n int) {
	best, bestN := "", 0
	for start := j; start >= 0 && j-start < 6; start-- {
		c, k := t.Match(words, start)
		if k == j-start+1 && k > bestN {
			best, bestN = c, k
		}
	}
	return best, bestN
}

// FirstWords returns the words the table's phrases start with, sorted:
// Match finds nothing at a word that is not one of them.
func (t *Table) FirstWords() []string {
	out := make([]string, 0, len(t.byFirst))
	for w := range t.byFirst {
		out = append(out, w)
	}
	sort.Strings(out)
	return out
}

// Canonicals returns the distinct canonical names in the table, sorted.
func (t *Table) Canonicals() []string {
	seen := map[string]bool{}
	for _, list := range t.byFirst {
		for _, e := range list {
			seen[e.canon] = true
		}
	}
	out := make([]string, 0, len(seen))
	for c := range seen {
		out = append(out, c)
	}
	sort.Strings(out)
	return out
}

// Surfaces returns every phrase mapped to canon, sorted.
func (t *Table) Surfaces(canon string) []string {
	var out []string
	for _, list := range t.byFirst {
		for _, e := range list {
			if e.canon == canon {
				out = append(out, strings.Join(e.words, " "))
			}
		}
	}
	sort.Strings(out)
	return out
}

func slicesEqual(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
