package extract

import (
	"strings"

	"github.com/reconcile-news/reconcile/model"
)

// maxAge is the largest figure read as a person's age after a name.
const maxAge = 120

// appositiveAge reports whether figure f is a person's age written after
// the name between commas, as news writes it: "Mira Tollen, 29, said",
// "Keefe, 92, died", "Mira Tollen, aged 29, said", "Hensley, now 19, was",
// or in a list of the dead that semicolons part, "Loretta Haskins, 71;
// her grandson, Tyler Haskins, eight; and". The figure must be a whole
// number without a hedge or unit, in digits or in one word, the words
// before the comma a name that is not a place or an organization, and a
// comma or a semicolon (or the end of the sentence, after "aged") must
// close it: "Osk, 29 km away", "beat Brel, 29-14" and "people aged 65 and
// over" are not ages.
func appositiveAge(s *sentence, f *figure) bool {
	if f.kind != model.Count || f.hedge != "" || f.n.vague || f.n.lo != f.n.hi || f.n.lo < 1 || f.n.lo > maxAge ||
		f.n.lo != float64(int(f.n.lo)) || f.n.j-f.n.i != 1 || f.a != f.n.i {
		return false
	}
	a, j := f.n.i, f.n.j
	if a < 2 || s.toks[a].kind != tNum && !f.n.words {
		return false
	}
	comma := a - 1 // the comma after the name
	if s.lw[a-1] == "aged" {
		comma = a - 2
		if j < len(s.lw) && s.lw[j] != "," && s.lw[j] != "." {
			return false
		}
	} else if j >= len(s.lw) || s.lw[j] != "," && s.lw[j] != ";" && !(s.lw[a-1] == "now" && appositeAnd(s.lw, j)) {
		return false
	} else if s.lw[a-1] == "now" {
		comma = a - 2 // "Callum Hensley, now 19, was 17 when"; "Kessling, now 74 and a retired machinist,"
	}
	if comma < 1 || s.lw[comma] != "," {
		return false
	}
	_, ok := ageHolder(s, comma+1)
	return ok
}

// appositeAnd reports whether tokens from j read "and a" or "and an": a
// second noun phrase set in apposition after an age ("Kessling, now 74
// and a retired machinist, walked in").
func appositeAnd(lw []string, j int) bool {
	return j+1 < len(lw) && lw[j] == "and" && (lw[j+1] == "a" || lw[j+1] == "an")
}

// commaAge reports whether figure f is a person's age written between
// commas after a noun phrase that names no one, as headlines write it:
// "British father of two, 44, and Dutch guide, 31, killed", "Mother, 32,
// jailed", "including bride's grandmother, 71". The figure is a whole
// number in digits, of an age, with no hedge; a figure right before the
// first comma makes a list of figures ("scored 12, 44, and 56"), and a
// name there is a place's or an organization's, a person's being
// appositiveAge's ("In Dravik, 12, including two children, were killed").
func commaAge(s *sentence, f *figure) bool {
	if f.kind != model.Count || f.hedge != "" || f.n.vague || f.n.lo != f.n.hi || f.n.lo < 1 || f.n.lo > maxAge ||
		f.n.lo != float64(int(f.n.lo)) || f.n.j-f.n.i != 1 || f.a != f.n.i {
		return false
	}
	a, j := f.n.i, f.n.j
	if a < 2 || s.toks[a].kind != tNum || s.lw[a-1] != "," || s.toks[a-2].kind != tWord || s.is(a-2, cStop) || s.toks[a-2].upper && a-2 != 0 {
		return false
	}
	// A semicolon or the sentence's end closes it as a comma does
	// ("including bride's grandmother, 71; nobody went into the water"),
	// unless a number in words before it makes a list ("seven, 12").
	return j < len(s.lw) && s.lw[j] == "," || (j >= len(s.lw) || s.lw[j] == ";" || s.lw[j] == ".") && !s.is(a-2, cNumStart)
}

// looseAge reports whether the words around figure f make it an age that
// stands without a person's name, and returns the age's unit as written:
// a decade of life ("in their 80s"), a bound of ages ("as young as 6"),
// and the first age of a pair sharing one unit ("an 8- and a 10-year-old",
// "a 6- or 7-month-old"). Such a figure counts nobody.
func looseAge(s *sentence, f *figure) (unit string, ok bool) {
	if f.kind != model.Count {
		return "", false
	}
	a, j, lw := f.n.i, f.n.j, s.lw
	switch {
	case f.n.vague && !(f.n.lo < f.n.hi): // "hundreds"; a decade is vague too
		return "", false
	case a >= 2 && lw[a-2] == "in" && (lw[a-1] == "their" || lw[a-1] == "his" || lw[a-1] == "her") &&
		f.n.lo < f.n.hi && f.n.lo <= maxAge:
		return "year", true
	case a >= 3 && lw[a-1] == "as" && (lw[a-2] == "young" || lw[a-2] == "old") && lw[a-3] == "as" && f.n.lo <= maxAge:
		return "year", true
	case a >= 2 && f.n.lo == f.n.hi && f.n.lo <= maxAge && (!f.n.words || f.n.lo >= 2) && endsPhrase(s, j) && agedSubject(s, a, j):
		// "by the time he turns 30", "when she was 12": the age of whoever
		// the pronoun stands for, when no noun follows ("he was 30 metres
		// away"); "Callum Hensley, now 19, was just 17 when he launched".
		return "year", true
	case a >= 2 && f.n.lo == f.n.hi && f.n.lo <= maxAge && (!f.n.words || f.n.lo >= 2) && endsPhrase(s, j) && superlativeAged(lw, a):
		// "Youngest visitor was 7, oldest was 74": how old the youngest
		// and the oldest were, not a count of visitors.
		return "year", true
	case a >= 3 && (lw[a-1] == "over" || lw[a-1] == "under") && lw[a-2] == "them" && lw[a-3] == "of" &&
		f.n.lo == f.n.hi && f.n.lo <= maxAge && endsPhrase(s, j):
		// "killed at least 38 people, most of them over 70": how old the
		// part is, not a count of it.
		return "year", true
	case j+2 < len(lw) && lw[j] == "-" && (lw[j+1] == "and" || lw[j+1] == "or" || lw[j+1] == "to"):
		for k := j + 2; k < min(len(lw), j+6); k++ {
			if s.toks[k].kind != tWord || !s.toks[k].joined {
				continue
			}
			if lw[k] == "year-old" {
				return "year", true
			}
			if u, rest, ok := strings.Cut(lw[k], "-"); ok && rest == "old" {
				return u, true // "10-month-old" reads as "10", "month-old"
			}
			break
		}
	}
	return "", false
}

// superlativeAged reports whether the figure at token a follows a copula
// whose subject is the youngest or the oldest of a group, within a few
// words and no punctuation: "the youngest was 7", "Youngest visitor was
// 7", "the oldest of the survivors is just 74".
func superlativeAged(lw []string, a int) bool {
	k := a - 1
	if k > 0 && (lw[k] == "just" || lw[k] == "only") {
		k--
	}
	if lw[k] != "was" && lw[k] != "is" {
		return false
	}
	for t := k - 1; t >= max(0, k-5); t-- {
		switch lw[t] {
		case "youngest", "oldest":
			return true
		case ",", ";", ":", ".", "-", "and", "but":
			return false
		}
	}
	return false
}

// agedFigure reports whether figure f is an age written after "aged" or
// "ages" without a name before it, "a man aged 45", "two men, ages 58 and
// 61", "aged between 5 and 12",
// "aged 18 to 24", or a later figure of a list that one opens, "aged 34,
// 41 and 52 charged". It counts nobody. A counted thing after it makes it
// a count, and a figure after a comma that no "and" or further figure
// follows is no longer the list's ("aged 18 to 24, four were hurt"). A
// unit of time may follow: "aged 6 months". A bound of a group's ages
// ("aged 65 and over") is an age here, which ageBound then drops.
func (x *Extractor) agedFigure(s *sentence, f *figure, prev []figure) bool {
	j := f.n.j
	if f.kind != model.Count || f.n.vague || f.n.lo < 0 || f.n.hi > maxAge {
		return false
	}
	if _, n := x.v.things.at(s, j); n > 0 {
		return false
	}
	if f.a >= 1 && (s.lw[f.a-1] == "aged" || s.lw[f.a-1] == "ages") || f.a >= 2 && s.lw[f.a-1] == "of" && (s.lw[f.a-2] == "age" || s.lw[f.a-2] == "ages") {
		return true // "a man aged 45", "Two men, ages 58 and 61", "died at the age of 91", "between the ages of 22 and 58"
	}
	if f.a >= 3 && s.lw[f.a-1] == "from" && s.lw[f.a-2] == "age" && s.lw[f.a-3] == "in" {
		return true // "The trapped men range in age from 22 to 58"
	}
	if groupOver(s.lw, f) && (f.n.lo >= 18 || s.lw[f.a] == "under") && endsPhrase(s, j) {
		// "Three passengers over 70 were taken to hospital", "most of
		// them children under five"
		return true
	}
	if olderOrYounger(s.lw, j) {
		return true // "Most of the dead were 65 or older"
	}
	if f.a >= 3 && s.lw[f.a-1] == "of" && agedNouns[s.lw[f.a-2]] && (s.lw[f.a-3] == "a" || s.lw[f.a-3] == "an") && f.n.lo >= 18 && endsPhrase(s, j) {
		return true // "A widow of 82 was tricked"; not "a father of three"
	}
	if j < len(s.lw) && s.toks[j].kind == tWord && !s.toks[j].upper && pluralNoun(s.lw[j]) {
		return false // "Pilot, 71, and three passengers walk away": a count of passengers
	}
	if j+1 < len(s.lw) && s.toks[j].kind == tWord && !s.toks[j].upper && !s.is(j, cStop|cBeAux) &&
		s.toks[j+1].kind == tWord && !s.toks[j+1].upper && pluralNoun(s.lw[j+1]) {
		return false // "master, 45, and two crew members detained": a count of crew members
	}
	if len(prev) == 0 {
		return false
	}
	p := &prev[len(prev)-1]
	if p.kind != model.Age || p.c >= f.a {
		return false
	}
	and := false
	for k := p.c; k < f.a; k++ {
		switch s.lw[k] {
		case "and", "or", "to": // "range in age from 22 to 58"
			and = true
		case ",":
		default:
			return false
		}
	}
	return and || (j+1 < len(s.lw) && (s.lw[j] == "," || s.lw[j] == "and") && s.toks[j+1].kind == tNum)
}

// agedNouns are people whom "of" and a figure give an age: "a widow of
// 82", "a man of 45". Parents are not: "a father of three" has children.
var agedNouns = map[string]bool{"man": true, "woman": true, "widow": true, "widower": true, "pensioner": true, "lady": true,
	"gentleman": true, "veteran": true, "spinster": true, "bachelor": true}

// ageBound reports whether the age f, written after "aged", bounds the
// ages of a group: "aged 65 and over", "aged over 75", "aged under 16",
// "were over the age of 70", "passengers over 70".
func ageBound(lw []string, f *figure) bool {
	if f.a >= 4 && lw[f.a-1] == "of" && lw[f.a-2] == "age" && lw[f.a-3] == "the" && boundWords[lw[f.a-4]] {
		return true
	}
	if groupOver(lw, f) || olderOrYounger(lw, f.c) {
		return true
	}
	if f.a < 1 || lw[f.a-1] != "aged" {
		return false
	}
	switch f.hedge {
	case "morethan", "atleast", "fewerthan", "upto":
		return true
	}
	return f.c+1 < len(lw) && (lw[f.c] == "and" || lw[f.c] == "or") && boundWords[lw[f.c+1]]
}

// olderOrYounger reports whether "or older", "and younger" or the like
// stands at token j, after a figure: an age bound, whatever comes before
// ("the dead were 65 or older").
func olderOrYounger(lw []string, j int) bool {
	return j+1 < len(lw) && (lw[j] == "or" || lw[j] == "and") && (lw[j+1] == "older" || lw[j+1] == "younger")
}

// groupOver reports whether figure f bounds the ages of a group of people
// named right before it: "passengers over 70", "those under 16".
func groupOver(lw []string, f *figure) bool {
	return f.a >= 1 && f.a < len(lw) && (lw[f.a] == "over" || lw[f.a] == "under") && ageGroups[lw[f.a-1]]
}

// ageGroups are people whose ages "over" or "under" a figure bound.
var ageGroups = map[string]bool{"people": true, "persons": true, "passengers": true, "residents": true, "adults": true, "patients": true,
	"men": true, "women": true, "drivers": true, "victims": true, "voters": true, "pensioners": true, "those": true, "anyone": true,
	"travellers": true, "travelers": true, "workers": true, "children": true, "citizens": true}

// boundWords close an age bound: "65 and over", "16 or younger".
var boundWords = map[string]bool{"over": true, "older": true, "above": true, "up": true, "under": true, "younger": true, "below": true}

// endsPhrase reports whether no noun follows the figure that ends before
// token j: the sentence ends, or punctuation, a function word or a period
// ("last week") comes next.
func endsPhrase(s *sentence, j int) bool {
	return j >= len(s.toks) || s.toks[j].kind != tWord || s.is(j, cStop|cPeriods)
}

// ageHolder returns the name that ends right before token a-1, the comma
// of "Mira Tollen, 29" or the verb of "Ethan was 12", when it may be a
// person's.
func ageHolder(s *sentence, a int) (mention, bool) {
	for _, m := range s.mentions {
		if m.j == a-1 {
			return m, m.kind == model.Person || m.kind == model.Other
		}
	}
	return mention{}, false
}

// appositiveHolder returns whose age the appositive age f is: "Mira
// Tollen" in "Mira Tollen, 29," and a person's in "Gary Holden, a
// 46-year-old steel fixer". Ages of two people are not compared.
func appositiveHolder(s *sentence, st *docState, f *figure) string {
	a := f.n.i
	article := false
	if a >= 3 && (s.lw[a-1] == "aged" || s.lw[a-1] == "now") {
		a-- // "Mira Tollen, aged 29,", "Callum Hensley, now 19,"
	} else if a >= 3 && (s.lw[a-1] == "a" || s.lw[a-1] == "an") {
		a, article = a-1, true // "Gary Holden, a 46-year-old steel fixer"
	}
	if f.kind != model.Age || a < 2 || s.lw[a-1] != "," {
		return ""
	}
	m, ok := ageHolder(s, a)
	if !ok || article && (m.kind != model.Person || f.n.lo > model.MaxHumanAge) {
		return ""
	}
	return st.entityKey(m)
}

// personAfterAge returns the person an age compound ending before token
// k stands before, past at most three lower-case words of a title or a
// trade: "the 56-year-old Aksel Tormundsen", "56-year-old ice technician
// Aksel Tormundsen".
func personAfterAge(s *sentence, k int) (mention, bool) {
	for _, m := range s.mentions {
		if m.kind != model.Person || m.i < k {
			continue
		}
		if m.i > k+3 {
			break
		}
		for p := k; p < m.i; p++ {
			if t := &s.toks[p]; t.kind != tWord || t.upper || t.cls&(cStop|cBeAux|cVerbGroup|cSay) != 0 || verbForm(t.low) {
				return mention{}, false
			}
		}
		return m, true
	}
	return mention{}, false
}

// agedSubject reports whether the figure at tokens [a, j) is what its
// subject was or turned, the subject a pronoun ("when she was 12", "who
// turned 90", ", who is 23") or a
// name in a clause of "when" ("when Edna Firth was 18"), or, when a clause
// of "when" follows, a name ("Hensley, now 19, was just 17 when he
// launched the attacks"). An adverb of degree may stand before
// the figure.
func agedSubject(s *sentence, a, j int) bool {
	lw := s.lw
	k := ageVerb(lw, a)
	if k < 0 {
		return false
	}
	if pronouns[lw[k-1]] && lw[k-1] != "it" {
		return true
	}
	if lw[k-1] == "who" && (strings.HasPrefix(lw[k], "turn") || k >= 2 && lw[k-2] == "," && !standing(lw, j)) {
		return true // "and his wife, who turned 90 in March", "the woman, who is 23 and from Dauphin County"
	}
	name := s.toks[k-1].kind == tWord && s.toks[k-1].upper && s.toks[k-1].cls&cStop == 0
	if name {
		// "when Edna Firth was 18": a clause of "when" the name opens.
		n := k - 1
		for n > 0 && k-1-n < 3 && s.toks[n-1].kind == tWord && s.toks[n-1].upper && s.toks[n-1].cls&cStop == 0 {
			n--
		}
		if n > 0 && lw[n-1] == "when" {
			return true
		}
	}
	return (j < len(lw) && lw[j] == "when" || atTheTime(lw, j)) && (lw[k-1] == "," || name)
}

// standing reports whether the words from token j, after a figure, say
// where it stands against a mark: "11 under par", "two behind", "3 of
// 10", "five out of 12".
func standing(lw []string, j int) bool {
	if j >= len(lw) {
		return false
	}
	switch lw[j] {
	case "under", "over", "behind", "ahead", "below", "above", "of", "out", "for":
		return true
	}
	return false
}

// atTheTime reports whether tokens from j read "at the time": "Ethan
// was 12 at the time" is an age as "when he was 12" is.
func atTheTime(lw []string, j int) bool {
	return j+2 < len(lw) && lw[j] == "at" && lw[j+1] == "the" && lw[j+2] == "time"
}

// agedHolder returns the person whose age the figure at token a is when a
// name is its subject: "Ethan Cordell was 15 when he spotted the bones",
// "when Edna Firth was 18" (see agedSubject).
func agedHolder(s *sentence, a int) (mention, bool) {
	k := ageVerb(s.lw, a)
	if k < 0 {
		return mention{}, false
	}
	return ageHolder(s, k+1)
}

// ageVerb returns where the verb that gives the figure at token a as an
// age stands ("was", "is", "turned"), past an adverb of degree ("was
// just 17"), when a word stands before it; -1 for none.
func ageVerb(lw []string, a int) int {
	k := a - 1
	if k >= 1 && (lw[k] == "just" || lw[k] == "only" || lw[k] == "barely" || lw[k] == "still") {
		k--
	}
	if k < 1 || !(lw[k] == "turns" || lw[k] == "turned" || lw[k] == "turning" || lw[k] == "is" || lw[k] == "was") {
		return -1
	}
	return k
}
