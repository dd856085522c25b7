package extract

import (
	"strings"

	"github.com/reconcile-news/reconcile/reconcile/lexicon"
)

// class is the set of word lists a lower-case word belongs to, as far as
// the rules ask about it token by token. Each token carries its class, found
// with one map lookup, so that a rule asking "is this a speech verb?" or
// "can a period phrase start here?" tests a bit instead of looking the word
// up again.
type class uint32

// The word lists of a class. A table's bit says that the word starts one
// of its phrases: the table may match there, and cannot anywhere else.
const (
	cStop       class = 1 << iota // lexicon.Stopwords
	cSay                          // lexicon.SayVerbs
	cPlaceWord                    // lexicon.PlaceWords
	cOrgWord                      // lexicon.OrgWords
	cStarter                      // lexicon.Starters
	cPlaces                       // starts a phrase of lexicon.Places
	cMeasures                     // starts a phrase of lexicon.Measures
	cThings                       // ... lexicon.Things
	cHedges                       // ... lexicon.Hedges
	cPeriods                      // ... lexicon.Periods
	cVersions                     // ... lexicon.Versions
	cTitles                       // ... lexicon.Titles
	cStatuses                     // ... lexicon.Statuses
	cMonths                       // ... lexicon.Months
	cWeekdays                     // ... lexicon.Weekdays
	cRelDates                     // ... lexicon.RelativeDates
	cDatePreps                    // ... lexicon.DatePreps
	cPlacePrep                    // placePreps
	cTargetPrep                   // targetPreps
	cBeAux                        // beAux
	cConnector                    // connectors
	cClauseStop                   // clauseStops
	cVerbGroup                    // verbGroup
	cCopula                       // copulas
	cPhrasePrep                   // phrasePreps
	cNumStart                     // a number in words may start with it (reader.startsWords)
	cCommon                       // commonWord accepts it
	cHonorific                    // lexicon.Honorifics
)

// phrases is a phrase table with the class bit of its first words.
type phrases struct {
	t *lexicon.Table
	c class
}

// word returns the canonical phrase of the one word w, or "".
func (p phrases) word(w string) string {
	words := [1]string{w}
	if c, n := p.t.Match(words[:], 0); n == 1 {
		return c
	}
	return ""
}

// statedTitle reads a title and its state written as one hyphenated word:
// the state first ("ex-president") or last ("president-elect").
func (v *vocab) statedTitle(w string) (title, status string, ok bool) {
	pre, post, cut := strings.Cut(w, "-")
	if !cut {
		return "", "", false
	}
	if st, t := v.statuses.word(pre), v.titles.word(post); st != "" && t != "" {
		return t, st, true
	}
	if t, st := v.titles.word(pre), v.statuses.word(post); t != "" && st != "" {
		return t, st, true
	}
	return "", "", false
}

// at finds the longest phrase that starts at token k of s, like
// lexicon.Table.Match over s.lw.
func (p phrases) at(s *sentence, k int) (canon string, n int) {
	if uint(k) < uint(len(s.toks)) && s.toks[k].cls&p.c != 0 {
		return p.t.Match(s.lw, k)
	}
	return "", 0
}

// ending finds the longest phrase that ends at token j of s, like
// lexicon.Table.MatchEnding over s.lw.
func (p phrases) ending(s *sentence, j int) (canon string, n int) {
	return p.matchEnding(s.toks, s.lw, j)
}

// match is lexicon.Table.Match over the lower-case forms lw of toks.
func (p phrases) match(toks []token, lw []string, k int) (canon string, n int) {
	if uint(k) < uint(len(toks)) && toks[k].cls&p.c != 0 {
		return p.t.Match(lw, k)
	}
	return "", 0
}

// matchEnding is lexicon.Table.MatchEnding over the lower-case forms lw
// of toks.
func (p phrases) matchEnding(toks []token, lw []string, j int) (canon string, n int) {
	best, bestN := "", 0
	for start := j; start >= 0 && j-start < 6; start-- {
		if start >= len(toks) || toks[start].cls&p.c == 0 {
			continue
		}
		c, k := p.t.Match(lw, start)
		if k == j-start+1 && k > bestN {
			best, bestN = c, k
		}
	}
	return best, bestN
}

// vocab classes the words of a lexicon. It is built once per Extractor and
// read-only afterwards.
type vocab struct {
	words map[string]class // while building; then table
	table wordTable

	places, measures, things, hedges, periods, versions, titles, statuses, months, weekdays, relDates, datePreps phrases

	periodNames map[string]bool // the canonical periods: "hour", "year", ...

	rankWords  lexicon.WordSet // between a rank and what it ranks: "straight"
	scoreWords lexicon.WordSet // make "4-1" a match result: "beat", "win"
}

// newVocab classes the words of lx, of the package's own word lists and
// of the number reader r. lx must not be extended afterwards.
func newVocab(lx *lexicon.Lexicon, r reader) *vocab {
	v := &vocab{words: map[string]class{}, rankWords: lx.Set(lexicon.RankWords), scoreWords: lx.Set(lexicon.ScoreWords)}
	for _, set := range []struct {
		list string
		c    class
	}{{lexicon.Stopwords, cStop}, {lexicon.SayVerbs, cSay}, {lexicon.PlaceWords, cPlaceWord},
		{lexicon.OrgWords, cOrgWord}, {lexicon.Starters, cStarter}, {lexicon.Honorifics, cHonorific}} {
		for _, w := range lx.Set(set.list).Words() {
			v.words[w] |= set.c
		}
	}
	table := func(list string, c class) phrases {
		t := lx.Table(list)
		for _, w := range t.FirstWords() {
			v.words[w] |= c
		}
		return phrases{t: t, c: c}
	}
	v.places = table(lexicon.Places, cPlaces)
	v.measures = table(lexicon.Measures, cMeasures)
	v.things = table(lexicon.Things, cThings)
	v.hedges = table(lexicon.Hedges, cHedges)
	v.periods = table(lexicon.Periods, cPeriods)
	v.versions = table(lexicon.Versions, cVersions)
	v.titles = table(lexicon.Titles, cTitles)
	v.statuses = table(lexicon.Statuses, cStatuses)
	v.months = table(lexicon.Months, cMonths)
	v.weekdays = table(lexicon.Weekdays, cWeekdays)
	v.relDates = table(lexicon.RelativeDates, cRelDates)
	v.datePreps = table(lexicon.DatePreps, cDatePreps)
	v.periodNames = map[string]bool{}
	for _, p := range v.periods.t.Canonicals() {
		v.periodNames[p] = true
	}
	for _, list := range []struct {
		words map[string]bool
		c     class
	}{
		{placePreps, cPlacePrep}, {targetPreps, cTargetPrep}, {beAux, cBeAux}, {connectors, cConnector},
		{clauseStops, cClauseStop}, {verbGroup, cVerbGroup}, {copulas, cCopula}, {phrasePreps, cPhrasePrep},
	} {
		for w := range list.words {
			v.words[w] |= list.c
		}
	}
	for w := range r.w.starts {
		v.words[w] |= cNumStart
	}
	for w := range v.words {
		if commonWord(lx, w) {
			v.words[w] |= cCommon
		}
	}
	for _, w := range lx.NumberWords(lexicon.Cardinal).Words() {
		if commonWord(lx, w) {
			v.words[w] |= cCommon
		}
	}
	v.table, v.words = newWordTable(v.words), nil
	return v
}

// class returns the class of a lower-case word.
func (v *vocab) class(w string) class { return v.table.get(w) }

// wordTable is a read-only hash table from words to their class, open
// addressed with linear probing. It is built for one lookup per token: a
// word's hash is a few multiplications and most lookups end at the first
// slot, where a map lookup does more general work.
type wordTable struct {
	keys []string // "" marks an empty slot
	vals []class
	mask uint64
}

func newWordTable(words map[string]class) wordTable {
	n := 1
	for n < 2*len(words) {
		n <<= 1
	}
	t := wordTable{keys: make([]string, n), vals: make([]class, n), mask: uint64(n - 1)}
	for w, c := range words {
		if w == "" {
			continue
		}
		i := wordHash(w) & t.mask
		for t.keys[i] != "" {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.vals[i] = w, c
	}
	return t
}

// get returns the class of w, or 0 when the table does not hold it.
func (t *wordTable) get(w string) class {
	if len(t.keys) == 0 {
		return 0
	}
	for i := wordHash(w) & t.mask; ; i = (i + 1) & t.mask {
		switch t.keys[i] {
		case w:
			return t.vals[i]
		case "":
			return 0
		}
	}
}

// wordHash is FNV-1a over the bytes of w.
func wordHash(w string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= 1099511628211
	}
	return h
}

// classify gives each token its class.
func (v *vocab) classify(toks []token) {
	for k := range toks {
		toks[k].cls = v.table.get(toks[k].low)
		if toks[k].joined && k > 0 && toks[k-1].kind == tNum {
			toks[k].cls &^= cTitles // "3.42pm" is a time of day, no prime minister
		}
		if k > 0 && toks[k-1].low == "ever" {
			toks[k].cls &^= cSay // "the highest level ever recorded" credits nobody
		}
	}
}

// is reports whether token k of s belongs to a list of c.
func (s *sentence) is(k int, c class) bool { return s.toks[k].cls&c != 0 }
