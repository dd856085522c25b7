package extract

import (
	"strings"

	"github.com/reconcile-news/reconcile/model"
	"github.com/reconcile-news/reconcile/reconcile/lexicon"
)

// maxModifiers is the most words modifiedHead steps over before a head.
const maxModifiers = 4

// modifiedHead reads a counted noun that stands after words modifying it,
// where the first word alone would be taken for what is counted: names
// used as modifiers ("seven Environment Agency flood alerts", "four
// consecutive Premier League wins"), an adverb and an adjective ("16
// eye-wateringly expensive timepieces"), or a possessive before a compound
// ("45 children's cook books"). k is the first token after the figure. It
// returns the token after the head and the head's singular form; ok is
// false unless the phrase ends, within a few words, in a lower-case plural
// noun after at least one such modifier. A name that is a polity is left
// to readNP, which takes it for the origin ("40 Karstenian drones"); a
// possessive right before the plural is ambiguous ("12 people's lives"
// counts people) and is not read.
func (x *Extractor) modifiedHead(s *sentence, k int) (end int, head string, ok bool) {
	strong := false // a name, an adverb, an adjective or a possessive was stepped over
	for i := k; i < len(s.toks) && i-k <= maxModifiers; i++ {
		t := s.toks[i]
		if t.kind != tWord {
			return 0, "", false
		}
		w := t.low
		if w == "'s" {
			if i == k || i+2 >= len(s.toks) || s.toks[i+1].kind != tWord || s.toks[i+2].kind != tWord {
				return 0, "", false
			}
			strong = true
			i++ // the word after the possessive modifies too: "children's cook books"
			if !x.modifierWord(s, i) {
				return 0, "", false
			}
			continue
		}
		if i > k && strong && x.pluralNoun(s, i) {
			return i + 1, lexicon.Singular(w), true
		}
		possessor := i+1 < len(s.toks) && s.toks[i+1].low == "'s"
		if !possessor && !x.modifierWord(s, i) || possessor && !x.possessorWord(s, i) {
			return 0, "", false
		}
		if t.upper {
			if p, _ := x.polityAt(s, i); p != "" {
				return 0, "", false
			}
		}
		if t.upper || adjectival(w) || strings.HasSuffix(w, "ly") && len(w) > 4 {
			strong = true
		}
	}
	return 0, "", false
}

// modifierWord reports whether token i can modify a noun after it: a word
// that is no function word, date, period or participle.
func (x *Extractor) modifierWord(s *sentence, i int) bool {
	t := s.toks[i]
	w := t.low
	if t.kind != tWord || x.lx.Has(lexicon.Stopwords, w) || beAux[w] || placePreps[w] || targetPreps[w] || verbGroup[w] {
		return false
	}
	if t.upper && (i == 0 || x.isDateWord(s, i)) {
		return false
	}
	if _, n := x.lx.Table(lexicon.Periods).Match(s.lw, i); n > 0 {
		return false
	}
	if !t.upper && !strings.HasSuffix(w, "ly") && lexicon.Singular(w) != w {
		return false // a plural ends the phrase: "villages downstream"
	}
	return !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing")
}

// possessorWord reports whether token i, followed by "'s", can be the
// possessor in a modifier: "children's", "women's", "Valdoria's".
func (x *Extractor) possessorWord(s *sentence, i int) bool {
	w := s.toks[i].low
	return !x.lx.Has(lexicon.Stopwords, w) && !beAux[w] && !(s.toks[i].upper && x.isDateWord(s, i))
}

// pluralNoun reports whether token i is a lower-case plural that can head
// a counted noun phrase.
func (x *Extractor) pluralNoun(s *sentence, i int) bool {
	t := s.toks[i]
	w := t.low
	if t.kind != tWord || t.upper || x.lx.Has(lexicon.Stopwords, w) || beAux[w] || adverbish(w) {
		return false
	}
	return lexicon.Singular(w) != w && !strings.HasSuffix(w, "ss")
}

// adjectival reports whether w has the ending of an adjective: "consecutive",
// "dangerous", "powerful", "affordable", "visible".
func adjectival(w string) bool {
	for _, suf := range []string{"ive", "ous", "ful", "able", "ible"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// modifiedNP sets f's counted thing when the phrase at k is a head after
// modifiers (see modifiedHead), and reports whether it did.
func (x *Extractor) modifiedNP(s *sentence, f *figure, k int) bool {
	if _, n := x.v.things.at(s, k); n > 1 {
		return false // "family members" are a thing of their own, whose "family" is no adverb
	}
	end, head, ok := x.modifiedHead(s, k)
	if !ok {
		return false
	}
	f.head, f.c = head, end
	if canon, ok := x.lx.Table(lexicon.Things).Lookup(head); ok {
		f.thing, f.head = canon, ""
	} else if m, n := x.measureAt(s, end-1); n == 1 && x.lx.Class(m) == "count" {
		f.nounMeasure = m // "500 Valdoria Steel workers" are employed
	}
	return true
}

// proportionOf reads the counted noun after a proportion ("one in 12
// truck drivers"), which starts at token k; a verb there ("one in 12
// tested positive") leaves the share without one.
func (x *Extractor) proportionOf(s *sentence, f *figure, k int) {
	np := figure{of: -1, wholeAt: -1, kind: model.Count, scale: 1}
	x.readNP(s, &np, k, nil)
	if np.kind != model.Count {
		return
	}
	f.thing, f.head = np.thing, np.head
	if np.c > f.c {
		f.c = np.c
	}
}

// oneInShare reports whether the share f is written as a proportion of a
// count, "one in 12" or "3 out of 10", which the counted noun follows.
func oneInShare(s *sentence, f *figure) bool {
	for k := f.n.i; k < f.n.j; k++ {
		if s.lw[k] == "in" || s.lw[k] == "out" {
			return true
		}
	}
	return false
}
