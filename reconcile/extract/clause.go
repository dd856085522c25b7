package extract

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/reconcile-news/reconcile/model"
	"github.com/reconcile-news/reconcile/reconcile/lexicon"
)

// beAux are the auxiliaries of a passive or progressive verb.
var beAux = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true, "get": true, "got": true}

// targetPreps introduce the target of an act: "fired 82 drones at Ukraine".
var targetPreps = map[string]bool{"at": true, "against": true, "toward": true, "towards": true, "on": true, "into": true}

// clauseStops end the subject search to the left of a verb: a subordinate
// clause or a new clause starts after them.
var clauseStops = map[string]bool{"that": true, "which": true, "who": true, "while": true, "whereas": true,
	";": true, ":": true, "—": true, "–": true, "but": true, "as": true, "after": true, "when": true, "with": true}

// countOpener returns the token of "'s" when the sentence opens with a
// phrase crediting its figures to a counter, set off by a comma: "By the
// federation's count,", "By Osk Energy's own estimate,"; or 0.
func countOpener(lw []string) int {
	if len(lw) < 5 || lw[0] != "by" {
		return 0
	}
	for k := 2; k+2 < len(lw) && k <= 6; k++ {
		if lw[k] != "'s" {
			continue
		}
		j := k + 1
		if lw[j] == "own" {
			j++
		}
		if j+1 < len(lw) && counterNouns[lw[j]] && lw[j+1] == "," {
			return k
		}
		return 0
	}
	return 0
}

// counterNouns name a counter's figures: "by the federation's count".
var counterNouns = map[string]bool{"count": true, "tally": true, "estimate": true, "estimates": true, "reckoning": true,
	"calculation": true, "calculations": true, "figures": true, "records": true, "data": true}

// sayAdverbs stand between a speaker and a verb of saying, and are no
// speaker: "a campaign it later said had cost $75 million".
var sayAdverbs = map[string]bool{"later": true, "earlier": true, "also": true, "then": true, "again": true, "first": true, "once": true, "still": true}

// speaker reads who a sentence is attributed to: "X said", "said X",
// "according to X", "X reported that".
func (x *Extractor) speaker(s *sentence, st *docState) string {
	lw := s.lw
	if k := countOpener(lw); k > 0 {
		// "By the federation's count, six trawlers have been lost": the
		// tally is the federation's.
		if sp := x.npAt(s, st, k-1, -1); sp != "" {
			return sp
		}
	}
	for i := 0; i < len(lw); i++ {
		if lw[i] == "according" && i+1 < len(lw) && lw[i+1] == "to" {
			// "according to the regional governor, Piet Ammer": the name
			// the title stands for.
			for _, m := range s.mentions {
				if m.kind == model.Person && m.i >= i+3 && m.i <= i+8 && lw[m.i-1] == "," && !slices.Contains(lw[i+2:m.i-1], ",") {
					return st.entityKey(m)
				}
			}
			if k := publisherAt(lw, i+2); k > 0 {
				if m, ok := appositeName(s, k); ok {
					return st.entityKey(m) // "according to a timeline released by the operator, Brennick Arena Ltd"
				}
				if sp := x.npAt(s, st, k, +1); sp != "" {
					return sp // "according to figures published by the municipal election office"
				}
			}
			if m, ok := appositeName(s, i+2); ok {
				return st.entityKey(m) // "according to the operator, Brennick Arena Ltd"
			}
			sp := x.npAt(s, st, i+2, +1)
			if !counterNouns[sp] && !readingNouns[sp] {
				return sp
			}
			// "The federation said temperatures reached 38 degrees,
			// according to readings its members took": the readings are
			// what was said, the federation who said it.
			if said := x.saidSpeaker(s, st); said != "" {
				return said
			}
			return sp
		}
	}
	return x.saidSpeaker(s, st)
}

// titleRun reports whether tokens [i, j) are capitalised words only, as
// the rest of a title is between a portfolio read as a titled name and the
// name itself: "Deputy Fire | Chief | Anders Holmqvist".
func titleRun(s *sentence, i, j int) bool {
	for k := i; k < j; k++ {
		if t := s.toks[k]; t.kind != tWord || !t.upper {
			return false
		}
	}
	return true
}

// appositeName returns the name of a person or an organization set off
// by commas after the few lower-case words of a noun phrase that a
// determiner opens at token k: "the operator, Brennick Arena Ltd,", "the
// regional governor, Piet Ammer." A name that no comma or full stop
// closes is the clause's subject: "according to the police, Velmar
// Airlines cancelled 40 flights".
func appositeName(s *sentence, k int) (mention, bool) {
	if k >= len(s.lw) || !determiner(s.lw[k]) {
		return mention{}, false
	}
	j := k + 1
	for j < len(s.lw) && j < k+4 && s.toks[j].kind == tWord && !s.toks[j].upper {
		j++
	}
	if j == k+1 || j+1 >= len(s.lw) || s.lw[j] != "," {
		return mention{}, false
	}
	for _, m := range s.mentions {
		if m.i == j+1 && (m.kind == model.Person || m.kind == model.Org) && (m.j >= len(s.lw) || s.lw[m.j] == "," || s.lw[m.j] == ".") {
			return m, true
		}
	}
	return mention{}, false
}

// readingNouns name what a figure was read from, no one who said it.
var readingNouns = map[string]bool{"readings": true, "reading": true, "documents": true, "court documents": true,
	"statistics": true, "official figures": true, "official data": true}

// tollAfter reports whether a count of lives starts at token k, after a
// hedge of up to three words: "17 lives", "at least 17 lives".
func (x *Extractor) tollAfter(s *sentence, k int) bool {
	for j := k; j < len(s.lw) && j <= k+3; j++ {
		if n, ok, _ := x.num.read(s.toks, j); ok {
			return n.j < len(s.lw) && s.lw[n.j] == "lives"
		}
	}
	return false
}

// saidSpeaker reads who a sentence's verb of saying credits: "X said",
// "said X", "X reported that".
func (x *Extractor) saidSpeaker(s *sentence, st *docState) string {
	lw := s.lw
	for i := 0; i < len(lw); i++ {
		if !s.is(i, cSay) || i+1 < len(lw) && lw[i+1] == "about" && !x.hedgesFigure(s, i) {
			// "reports about the shootout": a noun, not a verb of saying.
			continue
		}
		if (lw[i] == "reports" || lw[i] == "report") && i > 0 && (s.is(i-1, cVersions) || determiner(lw[i-1])) {
			continue // "Early reports from the resort spoke of 12": a noun, whose adjective says no one
		}
		if i+1 < len(lw) && (lw[i+1] == "and" || lw[i+1] == "or" || lw[i+1] == "by" || lw[i+1] == "to" && (lw[i] == "told" || lw[i] == "asked") ||
			lw[i] == "confirmed" && (lw[i+1] == "dead" || lw[i+1] == "killed" || lw[i+1] == "missing")) {
			// "bogus invoices, false expense claims and transfers": a
			// noun in a list; "residents told to leave": an order, not
			// words said; "Six campers confirmed dead": a state;
			// "plaintiffs, who count deaths reported by families": a
			// participle, whose speaker is no noun before it.
			continue
		}
		if livesVerbs[lw[i]] != "" && x.tollAfter(s, i+1) {
			continue // "The storm claimed at least 17 lives": a toll, not words said
		}
		if i > 0 && i+1 < len(lw) && (lw[i-1] == "of" || determiner(lw[i-1])) && strings.HasSuffix(lw[i], "ed") &&
			s.toks[i+1].kind == tWord && !s.toks[i+1].upper && !s.is(i+1, cStop) {
			continue // "the number of confirmed measles cases": an adjective, no one who confirmed
		}
		// "Karsten's chief negotiator, Teodor Raskin, said", "Ilse Marbek,
		// who visited the valley, said": the person set off by commas.
		if i > 0 && lw[i-1] == "," {
			// "PORT AMBREL, Calvora (Ledger) — Halvane Retail Group, the
			// largest discount chain, said": the name the sentence opens
			// with after its dateline.
			for _, m := range s.mentions {
				if m.j < i && lw[m.j] == "," && m.i > 0 && (lw[m.i-1] == "—" || lw[m.i-1] == "–") && m.kind != model.Place {
					return st.entityKey(m)
				}
			}
			if m, ok := lastMention(s, 0, i-1, func(m mention) bool { return m.kind == model.Person && lw[m.j] == "," && !dateline(s, m) }); ok {
				return st.entityKey(m)
			}
			// "Hallvik, which employs 1,700 people at its Brennmoor site,
			// said the first notices would be issued": the name a relative
			// clause describes, whatever its kind; not what was said.
			for _, m := range s.mentions {
				if m.kind != model.Place && m.j+2 < i-1 && lw[m.j] == "," && (lw[m.j+1] == "which" || lw[m.j+1] == "who") && !dateline(s, m) {
					return st.entityKey(m)
				}
			}
			// "The Global Fever Alliance, an international advocacy group,
			// estimates": an organization the sentence opens with, set
			// off by commas.
			for _, m := range s.mentions {
				if m.kind == model.Org && m.j < i-1 && lw[m.j] == "," && m.i <= datelineEnd(s)+1 && !slices.Contains(lw[m.j+1:i-1], ",") {
					return st.entityKey(m)
				}
			}
		}
		p := i - 1
		if p >= 1 && (strings.HasSuffix(lw[p], "ly") || lw[p] == "never" || lw[p] == "not" || sayAdverbs[lw[p]]) && !s.toks[p].upper && !auxAdverb(s, p) && !determiner(lw[p-1]) {
			// "the governor's office initially said": who said it, not
			// how ("the family said"); "were never reported to
			// authorities" has no speaker.
			p--
		}
		if p >= 1 && (lw[p] == "has" || lw[p] == "have" || lw[p] == "had") {
			p-- // "The Veskarian Medicines Authority has confirmed 147 deaths", "Police have said"
		}
		if p >= 0 && (lw[p] == "it" || lw[p] == "they") && st.prev != nil && !quotedBefore(s, p) {
			// "It separately claimed to have intercepted dozens": with no
			// name before it in its sentence, the pronoun is the speaker
			// of the sentence before.
			if _, named := lastMention(s, datelineEnd(s), p, func(mention) bool { return true }); !named {
				if sp := x.prevSpeaker(st); sp != "" {
					return sp
				}
			}
		}
		if timedClause(lw, p) {
			continue // "destroyed since the outbreak was confirmed": when, not who says so
		}
		if p >= 1 && lw[p] == "and" && !s.is(p-1, cSay) {
			// "Merridan now puts the cost of repairs at €19 million and
			// says the plant will remain offline": a second predicate of
			// the name the sentence opens with, not of the figure before.
			if m, ok := lastMention(s, datelineEnd(s), min(p, datelineEnd(s)+6), func(m mention) bool { return m.kind == model.Person }); ok {
				return st.entityKey(m) // "Circus director Roberto Brandauer ... apologised and said"
			}
			if m, ok := openingName(s); ok {
				if sp := x.npAt(s, st, m.j-1, -1); sp != "" {
					return sp
				}
			}
			continue
		}
		if sp := x.npAt(s, st, p, -1); sp != "" && !x.isWhen(sp) && !auxAdverb(s, i-1) {
			// "the general staff in Lisova said": the speaker, not its place.
			for _, m := range s.mentions {
				if m.j == i && m.i >= 2 && (lw[m.i-1] == "in" || lw[m.i-1] == "of") && m.kind != model.Person {
					if head := x.npAt(s, st, m.i-2, -1); head != "" {
						return head
					}
				}
			}
			return sp
		}
		// "..., said the ministry": the speaker follows the verb only after
		// a quote or a comma. "It claims rolling out ..." and "She said
		// Delicino suffered ..." name what was said, not who said it.
		if i > 0 && s.toks[i-1].kind != tPunct || lw[i] == "saying" {
			continue // ", saying the marriage had been a partnership": what was said
		}
		if i+3 < len(lw) && lw[i+2] == "of" && (s.toks[i+3].kind == tNum || s.toks[i+3].kind == tSym) {
			continue // "The club, promoted in 2012, reported losses of £8.4million": what was reported
		}
		if sp := x.npAt(s, st, i+1, +1); sp != "" && !x.isWhen(sp) {
			return sp
		}
	}
	return ""
}

// openingName returns the name that opens s, after its dateline and an
// article, unless it names a place; of a polity's adjective and a name
// right after it, the name.
func openingName(s *sentence) (mention, bool) {
	start := datelineEnd(s)
	if start < len(s.lw) && s.lw[start] == "the" {
		start++
	}
	for k, m := range s.mentions {
		if m.i != start {
			continue
		}
		if k+1 < len(s.mentions) && s.mentions[k+1].i == m.j {
			m = s.mentions[k+1] // "The Marrovian Football Federation": the federation, not its country
		}
		// "Velmora's own Seismological Bureau": a possessor is no subject.
		return m, m.kind != model.Place && (m.j >= len(s.lw) || s.lw[m.j] != "'s")
	}
	return mention{}, false
}

// publisherAt returns where the publisher starts when the words from
// token k name a record and who made it, "figures published by", "a
// report from", "data released by"; 0 when they do not.
func publisherAt(lw []string, k int) int {
	if k < len(lw) && determiner(lw[k]) {
		k++
	}
	if k >= len(lw) || !recordNouns[lw[k]] {
		return 0
	}
	k++
	if k < len(lw) && (strings.HasSuffix(lw[k], "ed") || participles[lw[k]]) {
		k++ // "published", "released", "drawn up"
	}
	if k+1 < len(lw) && (lw[k] == "by" || lw[k] == "from") {
		return k + 1
	}
	return 0
}

// recordNouns name what a figure is read from, rather than who gives it.
var recordNouns = map[string]bool{"figures": true, "data": true, "report": true, "statement": true, "filing": true,
	"estimate": true, "estimates": true, "records": true, "documents": true, "results": true, "count": true,
	"tally": true, "survey": true, "analysis": true, "calculations": true, "numbers": true, "statistics": true,
	"timeline": true, "study": true, "review": true, "audit": true}

// timedClause reports whether the few words ending at token p, before a
// verb of saying, open with "since", "after", "before", "until" or "once":
// "since outbreak confirmed", "after the ministry announced". Such a
// clause tells when, and its subject is no speaker of the sentence.
func timedClause(lw []string, p int) bool {
	for q := p; q >= 0 && q >= p-3; q-- {
		switch lw[q] {
		case "since", "after", "before", "until", "once":
			return true
		case ",", ";", "—", "–", `"`:
			return false
		}
	}
	return false
}

// hedgesFigure reports whether "about" after the verb of saying at token
// i hedges a figure: "Police said about 38,000 people took part". A
// plural noun ("reports about 300 schools") names what is said about.
func (x *Extractor) hedgesFigure(s *sentence, i int) bool {
	w := s.lw[i]
	return i+2 < len(s.lw) && x.num.startsFigure(s.toks[i+2]) && (!strings.HasSuffix(w, "s") || w == "says")
}

// auxAdverb reports whether token k is an adverb in "-ly" after an
// auxiliary: "officially" in "were officially confirmed", "previously"
// in "had previously reported". It names how, not who; "the family
// said" has no auxiliary.
func auxAdverb(s *sentence, k int) bool {
	return k >= 1 && strings.HasSuffix(s.lw[k], "ly") && !s.toks[k].upper &&
		(s.is(k-1, cBeAux) || s.lw[k-1] == "had" || s.lw[k-1] == "has" || s.lw[k-1] == "have")
}

// quotedBefore reports whether a quotation mark stands before token k of
// s: '"They told us for 20 years the dam was safe," said Emil Rasko' quotes
// the speaker, whose "they" is no one named before.
func quotedBefore(s *sentence, k int) bool {
	for p := 0; p < k; p++ {
		switch s.lw[p] {
		case `"`, "“", "”", "'", "‘":
			return true
		}
	}
	return false
}

// prevSpeaker returns the speaker of the sentence before the one being
// read, without looking further back.
func (x *Extractor) prevSpeaker(st *docState) string {
	prev := st.prev
	if prev.framed {
		return prev.speaker
	}
	st.prev = nil
	sp := x.speaker(prev, st)
	st.prev = prev
	return sp
}

// isWhen reports whether a speaker phrase is only a day, month or
// relative date: "on Tuesday and wrote" names when, not who.
func (x *Extractor) isWhen(sp string) bool {
	for _, l := range []string{lexicon.Weekdays, lexicon.Months, lexicon.RelativeDates} {
		if _, ok := x.lx.Table(l).Lookup(sp); ok {
			return true
		}
	}
	return false
}

// npAt reads the noun phrase that ends (dir -1) or starts (dir +1) at token
// i: a person's name when it holds one, else its words in lower case.
// Pronouns give "".
func (x *Extractor) npAt(s *sentence, st *docState, i, dir int) string {
	j := i
	n := 0
	for j >= 0 && j < len(s.toks) && n < 7 {
		t := s.toks[j]
		if t.kind != tWord || (t.cls&cStop != 0 && t.low != "'s" && t.cls&cConnector == 0) {
			break
		}
		if t.cls&cSay != 0 || t.upper && t.cls&cWeekdays != 0 {
			break // "On Thursday prosecutors confirmed": when, not who
		}
		if dir > 0 && t.cls&cHonorific != 0 {
			// "said Dr. John Clifford": read on past the abbreviation's period.
			if k := afterHonorific(s.toks, j); k > j && k < len(s.toks) && s.toks[k].upper {
				j, n = k, n+1
				continue
			}
		}
		j += dir
		n++
	}
	a, b := i, j
	if dir < 0 {
		a, b = j+1, i+1
	}
	for a < b && s.is(a, cConnector) {
		a++
	}
	if a < b && s.is(a, cHonorific) {
		if k := afterHonorific(s.toks, a); k > a && k < b && s.toks[k].upper {
			a = k // the name without its title
		}
	}
	for b > a && s.is(b-1, cConnector) {
		b--
	}
	if a >= b || s.toks[a].joined {
		// "the 34-year-old said": a piece of a hyphenated figure names no one.
		return ""
	}
	// The person the phrase is about: before a verb, the last one
	// ("Deputy Health Minister Idris Kalvane said", where the portfolio
	// reads as a titled name too); after it, the first ("said Dr. John
	// Clifford of Osk Hospital"), unless only capitalised title words part
	// it from the next ("according to Deputy Fire Chief Anders Holmqvist").
	who, found := mention{}, false
	for _, m := range s.mentions {
		if m.i >= a && m.j <= b && m.kind == model.Person {
			if found && m.i > 0 && s.lw[m.i-1] == "of" {
				continue // "Governor Ilse Markovan of Lower Tolle": where she governs
			}
			if dir > 0 && found && !titleRun(s, who.j, m.i) {
				break
			}
			who, found = m, true
		}
	}
	if found {
		return st.entityKey(who)
	}
	return normKey(joinTokens(s.doc.Text, s.toks[a:b]))
}

// normKey folds a phrase to a slot key: lower case, straight apostrophes.
func normKey(s string) string { return foldApostrophes(strings.ToLower(s)) }

// foldApostrophes replaces curly apostrophes with straight ones.
func foldApostrophes(s string) string {
	if !strings.Contains(s, "’") {
		return s
	}
	return strings.ReplaceAll(s, "’", "'")
}

// fineMeasure is the measure of a penalty: "fined", "ordered to pay".
const fineMeasure = "fine"

// orderedToPay reports whether "pay" at token k is what someone was
// ordered to do: "ordered Brennick Mercantile Bank to pay", "was ordered
// to pay".
func orderedToPay(lw []string, k int) bool {
	if k < 2 || lw[k-1] != "to" {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-7; j-- {
		if lw[j] == "ordered" {
			return true
		}
	}
	return false
}

// autumn reports whether "fall" at token k is the season: "this fall",
// "last fall", "the fall of 2014", "in the fall" at the end of a clause;
// not "the fall in prices" nor "a 3% fall".
func autumn(s *sentence, k int) bool {
	lw := s.lw
	if k >= 1 && (lw[k-1] == "this" || lw[k-1] == "last" || lw[k-1] == "next") {
		return true
	}
	if k+2 < len(lw) && lw[k+1] == "of" && s.toks[k+2].kind == tNum && len(s.toks[k+2].text) == 4 {
		return true
	}
	return k >= 2 && lw[k-2] == "in" && lw[k-1] == "the" && (k+1 == len(lw) || s.toks[k+1].kind != tWord || lw[k+1] == "semester" || lw[k+1] == "term")
}

// measureAt returns the canonical measure whose phrase starts at token k.
// A verb with the prefix "re-" is its verb: "re-elected" is "elected".
// "Pay" that someone was ordered to do is a fine.
func (x *Extractor) measureAt(s *sentence, k int) (string, int) {
	if uint(k) < uint(len(s.toks)) && s.toks[k].cls&cMeasures == 0 && !strings.HasPrefix(s.lw[k], "re-") {
		return "", 0 // the common case, decided without a call
	}
	if m, n := x.v.measures.at(s, k); n > 0 || k < 0 || k >= len(s.lw) {
		if n == 1 && m == carryMeasure && k+1 < len(s.lw) && s.lw[k+1] == "out" {
			return "", 0 // "carried out avoidance manoeuvres": done, not carried
		}
		if n == 1 && s.lw[k] == "pay" && orderedToPay(s.lw, k) {
			return fineMeasure, 1 // "ordered the bank to pay $38.5 million": a penalty
		}
		if n == 1 && s.lw[k] == "cut" && (k+1 < len(s.lw) && s.lw[k+1] == "out" || k+2 < len(s.lw) && s.lw[k+2] == "out" && s.toks[k+1].kind == tWord) {
			return "", 0 // "cut them out of a $56 million jackpot": left out, nothing cut
		}
		if n == 1 && s.lw[k] == "fine" && k+1 < len(s.toks) && s.toks[k+1].kind == tWord && !s.toks[k+1].upper &&
			!s.is(k+1, cStop|cBeAux|cPhrasePrep|cSay) && !pastForm(s.lw[k+1]) {
			return "", 0 // "fine particulate matter", "fine dust": no penalty
		}
		if n == 1 && closeTo(s, k) {
			return "", 0 // "for close to six hours": a hedge, nothing closed
		}
		if n == 1 && m == "cost" && x.spanAfter(s, k) {
			return stayMeasure, 1 // "214 passengers spent almost five hours trapped": time, no money
		}
		if n == 1 && s.lw[k] == "fall" && autumn(s, k) {
			return "", 0 // "starting in the fall of 2014": a season, nothing fell
		}
		return m, n
	}
	if s.lw[k] == "taken" && k+1 < len(s.lw) && s.lw[k+1] == "to" {
		// "taken to the regional hospital in Varnaz", "taken to Varnaz
		// regional hospital": the list's "taken to hospital" with a
		// hospital's name or kind between.
		for j := k + 2; j < len(s.lw) && j <= k+6; j++ {
			if s.lw[j] == "hospital" || s.lw[j] == "hospitals" || s.lw[j] == "infirmary" || s.lw[j] == "clinic" {
				return hospitalizeMeasure, j + 1 - k
			}
			if s.toks[j].kind != tWord && !(s.lw[j] == "." && s.toks[j].start == s.toks[j-1].end) {
				break // past the dot of "St. Aurel General Hospital"
			}
		}
	}
	if (s.lw[k] == "dug" || s.lw[k] == "pulled") && k+1 < len(s.lw) {
		// "dug 11 skiers out alive", "pulled 40 people alive from the
		// rubble": the list's "dug out" around its object.
		for j := k + 2; j < len(s.lw) && j <= k+5; j++ {
			if s.lw[j] == "out" || s.lw[j] == "alive" || s.lw[j] == "free" {
				return rescueMeasure, 1
			}
			if s.toks[j].kind == tPunct {
				break
			}
		}
	}
	if w, ok := strings.CutPrefix(s.lw[k], "re-"); ok {
		one := [1]string{w}
		if m, n := x.v.measures.t.Match(one[:], 0); n == 1 {
			return m, 1
		}
	}
	return "", 0
}

// startsMeasure reports whether a measure's words start at token k:
// "took part" after an aside, as "were taken" is.
func (x *Extractor) startsMeasure(s *sentence, k int) bool {
	_, n := x.measureAt(s, k)
	return n > 0
}

// spanAfter reports whether a span of time follows the verb at token k
// within a few words: "spent almost five hours", "spends three nights".
func (x *Extractor) spanAfter(s *sentence, k int) bool {
	switch s.lw[k] {
	case "spent", "spend", "spends", "spending":
	default:
		return false
	}
	for j := k + 1; j < len(s.lw) && j <= k+4; j++ {
		if s.toks[j].kind == tPunct {
			return false
		}
		if u, ok := x.lx.Unit(s.lw[j]); ok && u.IsTime() {
			return true
		}
	}
	return false
}

// stayMeasure is the measure of those who spent a while somewhere: "214
// passengers spent almost five hours trapped", "thousands spending the
// night in terminal buildings".
const stayMeasure = "stay"

// killMeasure is the measure of the dead.
const killMeasure = "kill"

// injureMeasure is the measure of people hurt: "12 injured", "17 injuries".
const injureMeasure = "injure"

// rescueMeasure is the measure of those rescued.
const rescueMeasure = "rescue"

// hospitalizeMeasure is the measure of those taken to hospital.
const hospitalizeMeasure = "hospitalize"

// carryMeasure is the measure of what a vessel or vehicle carries.
const carryMeasure = model.Carry

// gerundOfPrep reports whether the "-ing" form at token k follows a
// preposition, a verb with its object: "tricked into handing over her
// entire life savings of £143,000".
func gerundOfPrep(lw []string, k int) bool {
	if k == 0 || !strings.HasSuffix(lw[k], "ing") {
		return false
	}
	switch lw[k-1] {
	case "into", "by", "after", "before", "for", "without", "over":
		return true
	}
	return false
}

// beAuxIn reports whether a form of "be" stands in tokens [from, to).
func beAuxIn(s *sentence, from, to int) bool {
	for k := from; k < to; k++ {
		if s.is(k, cBeAux) {
			return true
		}
	}
	return false
}

// verbSite is where a figure's measure was found.
type verbSite struct {
	measure string
	at, n   int  // tokens [at, at+n) spell it; at < 0 when none
	passive bool // "were killed": the figure is what was acted on
	subject bool // the figure stands before its verb
	np      bool // the measure heads the figure's noun phrase: "a €2.5bn loan"
}

// findMeasure looks for the predicate of figure f, whose noun phrase
// spans tokens [f.a, f.c). lo and hi bound the search: the previous and
// next figure. The whole of a part ("54" in "won 52 of the 54 seats") takes
// only a predicate after it.
func (x *Extractor) findMeasure(s *sentence, f *figure, lo, hi int) verbSite {
	a, c := f.a, f.c
	if f.qualifies {
		// "The revised 20-point plan drops the demand": the verb is the
		// plan's, not the figure's.
		hi = c
	}
	// Right after an "-ing" form that is a measure, the figure is its
	// object, whatever verb follows the phrase: "Boat carrying 68 wedding
	// guests hit a sandbar", "bus carrying 65 pilgrims plunged".
	if k := a - 1; k >= 0 && k >= lo && strings.HasSuffix(s.lw[k], "ing") && !f.whole {
		if m, n := x.measureAt(s, k); n == 1 {
			return verbSite{measure: m, at: k, n: n}
		}
	}
	// Subject position: "three people were killed", "63 of which were
	// intercepted or jammed", "82 drones hit"; past a phrase of the
	// places they are in: "32,000 people in Brellick and Mossford were
	// ordered to evacuate".
	from := namedPlacesEnd(s, c, hi)
	if v, ok := x.predicatePastRelative(s, c, hi); ok {
		return v
	}
	if c >= 1 && c+1 < hi && (s.lw[c-1] == "those" || s.lw[c-1] == "them") && s.lw[c] == "in" {
		// "four of those in hospital were in critical condition": where
		// the whole is tells which; the part's predicate follows.
		if v, ok := x.predicateAfter(s, c+1, hi); ok {
			return v
		}
	}
	if c < hi && participle(s, c) && !f.whole && !x.verbBefore(s, a, lo) {
		if _, n := x.measureAt(s, c); n == 0 {
			// "Some 4,800 residents living near the plant were under
			// evacuation orders": a participle's phrase tells which
			// residents, and the verb "be" after it leads to their own.
			if v, ok := x.predicateAfter(s, c+1, hi); ok {
				return v
			}
		}
	}
	for k := from; k < hi && k < from+5; k++ {
		if s.toks[k].kind == tPunct && s.toks[k].text != "-" || s.lw[k] == "and" || s.lw[k] == "or" || s.lw[k] == "but" || worthOfNext(s, k, hi) {
			break
		}
		if k == c+1 && gerundOfPrep(s.lw, k) {
			break // "fined £360,000 for selling out-of-date food": the reason, no predicate of the fine
		}
		if m, n := x.measureAt(s, k); n > 0 && !ofModifier(s, k, n) {
			if s.lw[k] == "worth" && k+2 < len(s.lw) && s.lw[k+1] == "of" {
				if m2, n2 := x.measureAt(s, k+2); n2 > 0 {
					m, k, n = m2, k+2, n2 // "$180,000 worth of damage": damage
				}
			}
			if k == c && participle(s, k) && !stateAdjective(x.lx, m, s.lw[k]) && k+n < len(s.toks) && s.toks[k+n].kind != tPunct {
				// "intercepted 14 boats carrying 950 migrants": the boats'
				// own act, whose object follows, is no predicate of the figure.
				break
			}
			if placedAboard(s, k, a) {
				break
			}
			if k == c && !s.is(k, cBeAux) && x.verbBefore(s, a, lo) {
				// "recalls about 173,000 infant seats sold through its
				// dealers": a verb before the figure has it as its object,
				// and the participle after it tells which seats.
				break
			}
			if k == c && !f.whole && !partitiveWhole(s, a) && (pastForm(s.lw[k]) || participles[s.lw[k]]) {
				// "15 people taken to hospital were in a critical
				// condition": a participle's phrase tells which people,
				// and the verb "be" after it leads to the figure's own.
				if v, ok := x.predicateAfter(s, k+n, hi); ok {
					return v
				}
			}
			v := verbSite{measure: m, at: k, n: n, subject: true}
			for p := k - 1; p >= c && p >= k-3; p-- {
				if s.is(p, cBeAux) {
					v.passive = true
				}
			}
			// "a €2.5bn loan to Valdoria": a measure noun right after an
			// amount heads its noun phrase; the actor is the clause's subject.
			if f.kind == model.Amount && !v.passive && k <= c+1 && !(k+n < len(s.lw) && s.lw[k+n] == "by") {
				v.subject, v.np = false, true
			}
			return v
		}
		if !s.is(k, cBeAux) && !adverbish(s.lw[k]) && k > c+1 {
			break
		}
	}
	// The whole of a part, or a figure that is the subject of its own verb
	// ("some 14,000 ballots were declared invalid"), takes no predicate
	// from before it. A figure right after a measure verb is its object,
	// and the "be" or "have" after it another clause's: "an outbreak which
	// killed 14 people was caused by a leak", "attacks that killed 14
	// people have been blamed on rebels".
	if f.whole || c < len(s.lw) && (s.is(c, cBeAux) || haveForms[s.lw[c]]) && !x.verbBefore(s, a, lo) {
		if f.whole {
			if v, ok := x.wherePredicate(s, c, hi); ok {
				// "412 of the 530 vehicles on its lot were damaged": the
				// verb after where the whole is, which its part takes below.
				return v
			}
		}
		v := x.measureAfter(s, c, hi, f.whole)
		if v.at < 0 && !f.whole {
			if inf := x.verbSiteBefore(s, a, lo); inf.at >= 1 && s.lw[inf.at-1] == "to" {
				// "the decision to close 241 rural branches has set
				// it on a collision course": the infinitive's object,
				// whatever the noun before it goes on to do.
				return inf
			}
		}
		return v
	}
	e := pastAside(s, c)
	if f.asideEnd > c {
		e = f.asideEnd
	}
	if e > c && e < len(s.lw) && (s.is(e, cBeAux) || haveForms[s.lw[e]] || dashAt(s.lw, c) > c && x.startsMeasure(s, e)) {
		// "Four suspects — a clearing agent and two port workers — were
		// taken into custody": the figures of the aside bound nothing.
		// After dashes any verb of the list goes on with the figure: "16
		// patients -- eight donors and eight recipients -- took part".
		// An aside of what all of them are that no measure follows leaves
		// the figure to a verb before it: "the release of the two
		// remaining hostages, both Ternese men, was continuing".
		if v := x.measureAfter(s, e, len(s.toks), false); v.at >= 0 || !allOfThem[s.lw[c+1]] {
			return v
		}
	}
	if v, ok := x.orderedToLeave(s, a, c); ok {
		return v
	}
	// Object position: the nearest measure to the left. A figure that a
	// verb of its own follows after ", and" starts a clause of its own:
	// "A dozen were taken to hospital, and hundreds of volunteers
	// gathered"; "killed 12 in Osk, and 40 in Tolvar" shares the verb.
	ownVerb := c < len(s.lw) && strings.HasSuffix(s.lw[c], "ed") && !s.toks[c].upper
	for k := a - 1; k >= lo && k >= a-12; k-- {
		if s.lw[k] == ";" || ownVerb && k >= 1 && s.lw[k] == "and" && s.lw[k-1] == "," {
			break
		}
		if clauseOpeners[s.lw[k]] && s.lw[k] != "as" && k+1 < a && !beAuxIn(s, k+1, a) {
			// "shut after inspectors logged 37 violations": the clause
			// the figure stands in has a verb of its own. ("met in
			// Leeds, when Edna Firth was 18" is read on, for the age's
			// place.)
			break
		}
		if s.sec != model.Headline && capitalizedRun(s, k) {
			continue // "Regional Fire Commander Idris Vantolo said more than 600": a name's word is no measure
		}
		if _, n := x.v.things.at(s, k); n > 1 {
			continue // "annual cost savings of $620 million": a thing's word is no measure
		}
		if m, n := x.measureAt(s, k); n > 0 && k+n <= a {
			if j, m2, n2 := x.measureOver(s, k, a); n2 > 0 {
				k, m, n = j, m2, n2 // "the hammer fell at £68,000": a sale, not a fall
			}
			if (x.nounUse(s, k) || participle(s, k) && !gerundOfPrep(s.lw, k)) && wordBetween(s, k+n, a) {
				// "The fire damaged 12 homes", "more cutting clips can
				// gather 13,000 views": a measure used as a noun or an
				// adjective belongs to a phrase before another verb, not
				// to the figure; "the launch of 82 drones" is its own.
				break
			}
			v := verbSite{measure: m, at: k, n: n}
			if k > 0 && s.is(k-1, cBeAux) && strings.HasSuffix(s.lw[k], "ed") {
				v.passive = true
			}
			return v
		}
	}
	if v := x.measureAfter(s, c, hi, false); v.at < 0 || !placedAboard(s, v.at, a) {
		return v
	}
	return verbSite{at: -1}
}

// measureOver returns a measure's phrase that starts up to three tokens
// before token k, spans k and ends by token a: the longer phrase a word
// of one measure stands in ("the hammer fell at" for "fell"). n is 0 when
// there is none.
func (x *Extractor) measureOver(s *sentence, k, a int) (j int, m string, n int) {
	for j = max(0, k-3); j < k; j++ {
		if m, n = x.measureAt(s, j); n > 0 && j+n > k && j+n <= a {
			return j, m, n
		}
	}
	return 0, "", 0
}

// namedPlacesEnd returns the token after a phrase of place names that
// starts at token k ("in Brellick and Mossford", "from Osk, Tarn and
// Vell"), before hi; k when there is none.
func namedPlacesEnd(s *sentence, k, hi int) int {
	if k+1 >= hi || !placePreps[s.lw[k]] || !s.toks[k+1].upper {
		return k
	}
	j := k + 1
	for j < hi && (s.toks[j].kind == tWord && s.toks[j].upper || s.lw[j] == "and" || s.lw[j] == ",") {
		j++
	}
	if !s.toks[j-1].upper {
		return k
	}
	return j
}

// orderedToLeave returns the measure of a figure, spanning tokens
// [a, c), that a verb of ordering has as its object before "to leave" or
// "to evacuate": "Authorities ordered about 38,000 residents of two river
// towns to leave their homes" counts people evacuated, as "were ordered to
// leave" does.
func (x *Extractor) orderedToLeave(s *sentence, a, c int) (verbSite, bool) {
	if a < 1 || !orderVerbs[s.lw[a-1]] {
		return verbSite{at: -1}, false
	}
	for k := c; k+1 < len(s.lw) && k < c+10; k++ {
		if s.toks[k].kind == tPunct && s.lw[k] != "-" {
			break
		}
		if s.lw[k] != "to" {
			continue
		}
		if s.lw[k+1] == "leave" {
			return verbSite{measure: rescueMeasure, at: k + 1, n: 1}, true
		}
		if m, n := x.measureAt(s, k+1); n > 0 && (m == rescueMeasure || m == "displace") {
			return verbSite{measure: m, at: k + 1, n: n}, true
		}
		break
	}
	return verbSite{at: -1}, false
}

// orderVerbs order or urge someone to do something.
var orderVerbs = map[string]bool{"ordered": true, "told": true, "urged": true, "forced": true, "asked": true, "advised": true}

// partitiveWhole reports whether the figure at token a follows "of" or
// "of the", as the whole of a part does ("Eight of the 42 injured are in
// critical condition": the verb after is the part's).
func partitiveWhole(s *sentence, a int) bool {
	return a >= 1 && s.lw[a-1] == "of" || a >= 2 && s.lw[a-1] == "the" && s.lw[a-2] == "of"
}

// predicateAfter returns the measure of a predicate that a verb "be"
// opens within a few words from token k, before hi or a punctuation mark:
// "were in a critical condition" after the phrase that tells which people
// a figure counts.
func (x *Extractor) predicateAfter(s *sentence, k, hi int) (verbSite, bool) {
	for j := k; j < hi && j < k+4; j++ {
		if s.toks[j].kind == tPunct {
			break
		}
		if !s.is(j, cBeAux) {
			continue
		}
		for m := j + 1; m < hi && m <= j+2; m++ {
			if w, n := x.measureAt(s, m); n > 0 {
				return verbSite{measure: w, at: m, n: n, subject: true, passive: true}, true
			}
		}
		break
	}
	return verbSite{at: -1}, false
}

// predicatePastRelative returns the predicate of a figure whose noun
// phrase, ending at token c, a relative clause of "who" or "that" follows:
// "46 people who visited the resort in October have fallen ill" fell
// ill; the clause only tells which people. The predicate is a measure
// right after an auxiliary that follows the clause's own verb, before
// any punctuation and before token hi.
func (x *Extractor) predicatePastRelative(s *sentence, c, hi int) (verbSite, bool) {
	if c+2 >= hi || s.lw[c] != "who" && s.lw[c] != "that" || !relativeVerb(s.lw[c+1]) {
		return verbSite{at: -1}, false
	}
	between := false // "between October 3 and October 19" holds an "and" of its own
	for j := skipAuxiliaries(s.lw, c+1, 3) + 1; j+1 < hi && j < c+16; j++ {
		if s.toks[j].kind == tPunct || s.lw[j] == "and" && !between {
			break
		}
		between = between || s.lw[j] == "between"
		if !s.is(j, cBeAux) && !haveForms[s.lw[j]] {
			continue
		}
		if pronouns[s.lw[j-1]] {
			break // "the pool they had paid into": a clause of its own
		}
		for m := skipAuxiliaries(s.lw, j, 3); m < hi && m <= j+3; m++ {
			w, n := x.measureAt(s, m)
			if n == 0 {
				continue
			}
			if n == 1 && !pastForm(s.lw[m]) && !participles[s.lw[m]] && !irregularPast[s.lw[m]] {
				break // "the three men who died were cooperative employees": a noun, no act
			}
			if modals[s.lw[j-1]] || x.lx.Class(w) == "progress" {
				// "12 residents who had been reported missing had been
				// accounted for", "equipment that was seized will be
				// destroyed": a tally of the clause's people, or what
				// is yet to happen to them, leaves the figure to the
				// clause's own measure.
				return verbSite{at: -1}, false
			}
			return verbSite{measure: w, at: m, n: n, subject: true}, true
		}
		break
	}
	return verbSite{at: -1}, false
}

// verbBefore reports whether a measure used as a verb, no noun, stands
// right before the figure that starts at token a, or one word before it
// ("recalls about 173,000"), at or after token lo.
func (x *Extractor) verbBefore(s *sentence, a, lo int) bool {
	return x.verbSiteBefore(s, a, lo).at >= 0
}

// verbSiteBefore returns the measure verbBefore finds, at -1 for none.
func (x *Extractor) verbSiteBefore(s *sentence, a, lo int) verbSite {
	for k := a - 1; k >= lo && k >= a-2 && k >= 0; k-- {
		if m, n := x.measureAt(s, k); n > 0 && k+n == a && m != "" && !x.nounUse(s, k) && s.toks[k].kind == tWord && !s.toks[k].upper {
			return verbSite{measure: m, at: k, n: n}
		}
	}
	return verbSite{at: -1}
}

// worthOfNext reports whether token k is "worth" or "valued" before the
// next figure, which starts at token hi: "3,400 suspect transfers worth
// $1.6 billion went unreported", "paintings valued at $3 million". What
// things are worth is the amount's measure, not what was done with them.
func worthOfNext(s *sentence, k, hi int) bool {
	return (s.lw[k] == "worth" || s.lw[k] == "valued") && hi > k && hi-k <= 4
}

// thatVerbBetween reports whether tokens [i, k) hold a verb that takes a
// clause of "that": one in "-ed" ("ruled that", "learned that") or an
// irregular one of thatVerbs ("heard that", "found that").
func thatVerbBetween(s *sentence, i, k int) bool {
	for j := i; j < k; j++ {
		if pastForm(s.lw[j]) || thatVerbs[s.lw[j]] {
			return true
		}
	}
	return false
}

// thatVerbs are irregular verbs that take a clause of "that".
var thatVerbs = map[string]bool{"heard": true, "hears": true, "found": true, "finds": true, "knew": true, "knows": true,
	"thought": true, "thinks": true, "felt": true, "saw": true, "told": true, "said": true, "says": true, "wrote": true,
	"writes": true, "shows": true, "showed": true, "shown": true, "held": true, "holds": true, "argues": true, "claims": true}

// placedAboard reports whether the measure at token k is "aboard" or "on
// board" after the object of a verb in "-ed" the figure at token a
// follows: "searched 46 containers aboard the ship" says where they stood,
// not that they were carried.
func placedAboard(s *sentence, k, a int) bool {
	return (s.lw[k] == "aboard" || s.lw[k] == "on") && a > 0 && s.toks[a-1].kind == tWord && strings.HasSuffix(s.lw[a-1], "ed")
}

// participle reports whether the measure at token k is an "-ing" form
// with no auxiliary before it: "cutting clips", not "were cutting".
func participle(s *sentence, k int) bool {
	return strings.HasSuffix(s.lw[k], "ing") && !(k > 0 && s.is(k-1, cBeAux|cVerbGroup))
}

// nounsOnly reports whether tokens [i, j) can be the rest of a noun
// phrase after a name: a possessive "'s" and lower-case words that are
// neither function words nor verbs in "-ed" ("'s air defenses").
func nounsOnly(s *sentence, i, j int) bool {
	for k := i; k < j; k++ {
		t := &s.toks[k]
		if t.low != "'s" && (t.kind != tWord || t.upper || t.cls&(cStop|cBeAux|cSay) != 0 || pastForm(t.low)) {
			return false
		}
	}
	return true
}

// wordBetween reports whether tokens [i, j) of s hold a lower-case content
// word, such as a verb the lexicon does not know: not a function word, a
// preposition, an auxiliary, an adverb, part of a date or a word of how
// much more ("paying an extra £690").
func wordBetween(s *sentence, i, j int) bool {
	for k := max(0, i); k < j && k < len(s.toks); k++ {
		t := &s.toks[k]
		if t.kind == tWord && !t.upper && t.cls&(cStop|cPhrasePrep|cBeAux|cVerbGroup|cCopula) == 0 && !adverbish(t.low) &&
			!(s.taken != nil && s.taken[k]) && !increments[t.low] {
			return true
		}
	}
	return false
}

// increments are the words of a figure added to another: "an extra £690",
// "a further 12 flights".
var increments = map[string]bool{"extra": true, "additional": true, "further": true}

// measureAfter looks for a predicate further right, within the clause and
// before another phrase starts: "the toll of 12 dead", "82 drones of
// various types were launched", "were among the dead"; not "Tens of
// Thousands March in Lisova Against Pension Cuts". A whole takes none.
func (x *Extractor) measureAfter(s *sentence, c, hi int, whole bool) verbSite {
	if whole {
		return verbSite{at: -1}
	}
	joined := 0 // where "and" or "or" stands, past the figure
	for k := c; k < hi && k < c+10; k++ {
		if worthOfNext(s, k, hi) {
			break
		}
		if m, n := x.measureAt(s, k); n > 0 && !ofModifier(s, k, n) {
			if joined > 0 && !x.finiteAfterList(s, k) && !(k == joined+1 && modifiesNext(s, k)) {
				// "citing debts of €53 million and energy costs": a noun
				// the figure is listed with, no verb of the two; "600
				// students and staff were evacuated" reads on to the verb.
				// "200 search and rescue missions" joins one noun's
				// modifiers.
				k += n - 1
				continue
			}
			v := verbSite{measure: m, at: k, n: n, subject: true}
			if k > 0 && s.is(k-1, cBeAux) {
				v.passive = true
			}
			return v
		}
		if k == c+1 && s.lw[k] == "by" && pastForm(s.lw[c]) {
			// "About 2,600 workers represented by the Calverian Aviation
			// Workers' Union (CAWU) joined the stoppage": past the agent
			// of a participle that qualifies the figure's noun, to the
			// clause's verb.
			if v, ok := x.pastAgent(s, k+1, hi); ok {
				return v
			}
		}
		if w := s.lw[k]; w == "," || w == ";" || s.is(k, cPhrasePrep) && w != "of" && !(k > c && s.is(k-1, cBeAux)) {
			break
		}
		if w := s.lw[k]; (w == "and" || w == "or") && k+1 < len(s.toks) && !s.toks[k+1].upper {
			joined = k // not "residents of Brellick and Mossford told to evacuate"
		}
		if _, n := x.measureAt(s, k+1); s.is(k, cSay) && n == 0 {
			// "Twelve residents who said the roads were flooded": what
			// was said is no predicate of the residents ("reported
			// missing" is).
			return verbSite{at: -1}
		}
		if k > c && subordinators[s.lw[k]] {
			// "Six crew members who had been securing equipment when the
			// storm hit were treated": the storm's act, not the crew's.
			if v, ok := x.predicateAfter(s, k+1, hi); ok && v.at > k+1 && relativeAt(s, c) {
				return v
			}
			return verbSite{at: -1}
		}
	}
	if v, ok := x.relativePredicate(s, c, hi); ok {
		return v
	}
	if v, ok := x.wherePredicate(s, c, hi); ok {
		return v
	}
	return verbSite{at: -1}
}

// pastAgent returns the verb after the agent that opens at token j, the
// "by" phrase of a participle: a measure in lower case in the past, or
// after "be" or "have", within twelve tokens and before any comma.
func (x *Extractor) pastAgent(s *sentence, j, hi int) (verbSite, bool) {
	for k := j; k < hi && k < j+12; k++ {
		if s.lw[k] == "," || s.lw[k] == ";" {
			break
		}
		if m, n := x.measureAt(s, k); n > 0 && !s.toks[k].upper && x.finiteAfterList(s, k) {
			return verbSite{measure: m, at: k, n: n, subject: true, passive: s.is(k-1, cBeAux)}, true
		}
	}
	return verbSite{}, false
}

// finiteAfterList reports whether the measure at token k, after a list of
// noun phrases, reads as the list's verb: after "be", "have" or a modal
// ("12 villagers and a soldier were killed") or in the past ("32 people
// and their dogs died", "22 winners and won"); not a noun such as
// "costs" or "staff".
func (x *Extractor) finiteAfterList(s *sentence, k int) bool {
	w := s.lw[k]
	return k > 0 && (s.is(k-1, cBeAux) || haveForms[s.lw[k-1]] || modals[s.lw[k-1]]) || pastForm(w) || irregularPast[w] || x.irregularForm(w)
}

// modifiesNext reports whether the word at token k stands before a
// lower-case word that goes on its noun phrase: "rescue" of "rescue
// missions", not "staff" of "staff were evacuated", nor an "-ing" form
// before its object ("paying loans").
func modifiesNext(s *sentence, k int) bool {
	return k+1 < len(s.toks) && s.toks[k].kind == tWord && !strings.HasSuffix(s.lw[k], "ing") &&
		s.toks[k+1].kind == tWord && !s.toks[k+1].upper && !s.is(k+1, cStop|cBeAux|cVerbGroup|cSay)
}

// pastAside returns the token after an aside set off by dashes that opens
// at token c: "Four suspects — a clearing agent, two port workers and a
// timber importer — were taken into custody" counts suspects arrested. An
// aside of the parts between commas counts too: "A total of 212 patients,
// including 19 from intensive care, had been transferred", and one that
// says what all of them are: "Two guests, both in their eighties, have
// died". With no aside,
// or nothing to close it, it returns c.
func pastAside(s *sentence, c int) int {
	if c >= len(s.lw) {
		return c
	}
	if d := dashAt(s.lw, c); d > c {
		// A dash may be typed as two hyphens, which are two tokens:
		// "16 patients -- eight donors and eight recipients -- took part".
		for k := d; k < len(s.lw) && k <= c+maxAside; k++ {
			if e := dashAt(s.lw, k); e > k {
				return e
			}
		}
		return c
	}
	closer := s.lw[c]
	parts := closer == "," && c+2 < len(s.lw) && (s.lw[c+1] == "including" || s.lw[c+1] == "among" && (s.lw[c+2] == "them" || s.lw[c+2] == "whom") ||
		allOfThem[s.lw[c+1]])
	if !parts {
		return c
	}
	for k := c + 1; k < len(s.lw) && k <= c+maxAside; k++ {
		if s.lw[k] == closer {
			return k + 1
		}
	}
	return c
}

// allOfThem open an aside between commas that describes every one of the
// things a figure counts: "Two guests, both in their eighties, have
// died", "Three climbers, all from Osk, were rescued".
var allOfThem = map[string]bool{"both": true, "all": true, "each": true}

// maxAside is how many tokens an aside holds at most.
const maxAside = 24

// wherePredicate returns the predicate of a figure's noun after a phrase
// that opens at token c and tells where they are: "Some 600 workers on
// the night shift were evacuated", "300 homes in the valley were
// flooded". The phrase ends at the first verb "be" within a few words, and
// a verb of its own, a say verb or punctuation before it ends the search.
func (x *Extractor) wherePredicate(s *sentence, c, hi int) (verbSite, bool) {
	if c >= hi || !wherePreps[s.lw[c]] {
		return verbSite{at: -1}, false
	}
	for j := c + 1; j < hi && j <= c+6; j++ {
		t := &s.toks[j]
		if t.kind == tPunct || t.cls&cSay != 0 || pastForm(t.low) || relativeAt(s, j) || subordinators[t.low] {
			break
		}
		if s.is(j, cBeAux) {
			return x.predicateAfter(s, j, hi)
		}
	}
	return verbSite{at: -1}, false
}

// wherePreps open a phrase of where the things a figure counts are, or
// someone was: "on the night shift", "in the valley", "stranded high above
// the ground".
var wherePreps = map[string]bool{"on": true, "in": true, "at": true, "near": true, "inside": true, "aboard": true, "from": true,
	"above": true, "below": true, "under": true, "beneath": true, "atop": true, "underground": true, "outside": true, "off": true}

// relativePredicate returns the predicate of a figure's noun after the
// relative clause that opens at token c and names no measure of its own:
// "Fourteen people who stayed at or visited a downtown hotel have been
// sickened" counts people sickened. The clause ends at the first "be" or
// "have" that follows a word of its own, and the predicate is the
// measure that verb opens. A clause that reports what was said or known
// ("who said the roads were closed") holds a clause of its own, and is
// not read past.
func (x *Extractor) relativePredicate(s *sentence, c, hi int) (verbSite, bool) {
	if !relativeAt(s, c) {
		return verbSite{at: -1}, false
	}
	for j := c + 1; j < hi && j < c+14; j++ {
		t := &s.toks[j]
		if t.kind == tPunct || t.cls&cSay != 0 || thatVerbs[t.low] || subordinators[t.low] || relativeAt(s, j) {
			break
		}
		if !s.is(j, cBeAux) && !haveForms[t.low] || s.is(j-1, cBeAux) || haveForms[s.lw[j-1]] || relativeAt(s, j-1) {
			continue
		}
		if v, ok := x.predicateAfter(s, j, hi); ok {
			return v, true
		}
		break
	}
	return verbSite{at: -1}, false
}

// haveForms are the forms of "have" that open a verb group: "have been
// sickened".
var haveForms = map[string]bool{"have": true, "has": true, "had": true}

// closeTo reports whether token k is the "close" of the hedge "close to"
// before a figure: "for close to six hours".
func closeTo(s *sentence, k int) bool {
	return s.lw[k] == "close" && k+2 < len(s.lw) && s.lw[k+1] == "to" && (s.toks[k+2].kind == tNum || s.is(k+2, cNumStart))
}

// ofModifier reports whether the measure word at k, of n tokens, stands
// between "of" and the noun it qualifies: "130 tonnes of spent batteries",
// "of lost luggage", "of stolen copper" describe the thing counted and are
// no predicate of its figure.
func ofModifier(s *sentence, k, n int) bool {
	if n != 1 || k < 1 || k+1 >= len(s.toks) || s.lw[k-1] != "of" {
		return false
	}
	t := &s.toks[k+1]
	return t.kind == tWord && !t.upper && t.cls&(cStop|cBeAux|cPhrasePrep|cVerbGroup|cSay) == 0 && !adverbish(t.low)
}

// subordinators open a clause of its own event inside another: "when the
// storm hit", "because he thought someone had been hurt", "once
// contractors were counted". They are clauseOpeners with "because" and
// "once", and without "as", which more often compares ("as many as").
var subordinators = map[string]bool{"when": true, "while": true, "after": true, "before": true, "because": true, "until": true, "once": true}

// relativeAt reports whether token c opens a relative clause: "who",
// "which", "that".
func relativeAt(s *sentence, c int) bool {
	return c < len(s.lw) && (s.lw[c] == "who" || s.lw[c] == "which" || s.lw[c] == "that")
}

func adverbish(w string) bool {
	switch w {
	case "also", "reportedly", "all", "have", "has", "had", "not", "were", "was", "then", "later", "allegedly", "being", "been", "eventually", "each", "already",
		"still", "early", "late", "earlier", "again", "ago", "may", "might", "could", "would", "will":
		return true
	case "family", "assembly", "rally", "supply", "ally", "reply", "anomaly", "monopoly", "belly":
		return false // nouns in -ly: "a family of four", "an assembly of 40"
	}
	return strings.HasSuffix(w, "ly")
}

// actorOf returns who performed the act at v for the figure at [a, c).
func (x *Extractor) actorOf(s *sentence, st *docState, v verbSite, a, c int) string {
	if v.at < 0 {
		return ""
	}
	if v.passive || v.subject {
		// "killed by Ukrainian drones"
		end := v.at + v.n
		if end < len(s.lw) && s.lw[end] == "by" {
			for _, m := range s.mentions {
				if m.i == end+1 || (m.i > end && m.i <= end+3) {
					return st.entityKey(m)
				}
			}
			return ""
		}
		if v.subject {
			return ""
		}
	}
	// A measure that is a noun ("the toll at 74", "an initial toll of
	// nine") has no subject: whoever "put the toll at 74" only counted.
	if x.nounUse(s, v.at) {
		return ""
	}
	if k := v.at - 1; k >= 0 && participle(s, v.at) && s.toks[k].kind == tWord && !s.is(k, cStop|cBeAux) {
		// "14 boats carrying 950 migrants": the noun before the
		// participle does it, a name if it is one or its owner's
		// ("Ukraine's air defenses intercepting 47").
		if m, ok := lastMention(s, max(0, v.at-5), v.at, func(mention) bool { return true }); ok && nounsOnly(s, m.j, v.at) {
			return st.entityKey(m)
		}
		return ""
	}
	// The subject to the left of the verb, within its clause.
	start := 0
	for k := v.at - 1; k >= 0; k-- {
		if s.lw[k] == "with" && k > 0 && s.lw[k-1] == "," && slices.Contains(s.lw[k:v.at], ",") {
			// "Marrowgate, with 610 stores, employs 48,000 people": a
			// phrase set off by commas between the subject and its verb.
			continue
		}
		if s.is(k, cClauseStop|cSay) {
			// "drones that targeted infrastructure wounded six": a relative
			// clause between subject and verb is skipped.
			if s.lw[k] == "that" || s.lw[k] == "which" || s.lw[k] == "who" {
				if k > 0 && s.toks[k-1].kind == tWord && !s.is(k-1, cSay) && k-1 > 0 {
					// The name right before "that" or its noun's ("Russian
					// drones that", "the Orsk river flood that"); not the
					// subject of a verb before it ("Bristol Crown Court
					// heard that he siphoned off").
					if m, ok := lastMention(s, 0, k, func(m mention) bool { return !x.isPlaceObject(s, m) }); ok && m.j >= k-2 && !thatVerbBetween(s, m.j, k) {
						return st.entityKey(m)
					}
				}
				// "the MV Sorrel, which was carrying 90 passengers": the
				// name the clause is set off from, or the name a noun
				// after it belongs to ("The Drusk factory, which employs
				// some 2,900 people"), as without the clause.
				if k > 1 && s.lw[k-1] == "," && s.lw[k] != "that" {
					if m, ok := lastMention(s, 0, k-1, func(mention) bool { return true }); ok &&
						(m.j == k-1 || m.j == k-2 && whereAdverbs[s.lw[k-2]] || m.j == k-2 && nounsOnly(s, m.j, k-1)) && (!x.inPlaceList(s, m) || verbsPlace(s, m)) {
						return st.entityKey(m)
					}
				}
				if k > 0 && k+1 < v.at && relativeVerb(s.lw[k+1]) && commonNoun(s.toks[k-1]) &&
					s.lw[v.at-1] != "to" && !slices.Contains(s.lw[k:v.at], ",") {
					// "A reservoir that supplies water to people in Spain
					// has fallen": a common noun's relative clause names
					// no one who did the act.
					return ""
				}
			}
			start = k + 1
			break
		}
	}
	for k := v.at - 1; k >= start && k >= v.at-4; k-- {
		switch s.lw[k] {
		case "its", "their", "our", "it", "they", "we":
			// "the ministry said its air defenses", "Valdoria says it shot down"
			return x.speakerPolity(s, st)
		case "he", "she":
			// "Harold Pryce said outside the courthouse that he had
			// purchased five of the works": the speaker.
			if sp := x.speakerPerson(s, st, k); sp != "" {
				return sp
			}
		}
	}
	if v.at > 0 && s.lw[v.at-1] == "," && participle(s, v.at) {
		// "Mira Tollen won the runoff, beating Aron Dask": the clause's
		// subject, a person opening it, does what the participle says,
		// not a name in the object before it ("won Marnia's runoff").
		for _, m := range s.mentions {
			if m.i >= start && m.i <= start+2 && !dateline(s, m) && !x.inPhrase(s, m) {
				if m.kind == model.Person {
					return st.entityKey(m)
				}
				break
			}
			if m.i > start+2 {
				break
			}
		}
		for k := start; k < v.at && k <= start+2; k++ {
			if s.lw[k] == "it" || s.lw[k] == "they" {
				// "Dravik Motors said it will shut its Brask plant,
				// cutting 2,800 jobs": whoever the pronoun is.
				return x.speakerPolity(s, st)
			}
		}
	}
	if commonSubject(s, start, v.at) {
		return "" // "where the carmaker employs 21,000 people"
	}
	// The subject, not a name inside a phrase that qualifies it: "A
	// Karstenian missile strike on a district of Dravik killed six".
	end := v.at
	if v.np {
		end = a // "Halvard Bank Approves €2.5bn Reconstruction Loan"
	}
	if m, ok := lastMention(s, start, end, func(m mention) bool {
		return !x.isPlaceObject(s, m) && !x.inPhrase(s, m) && !(m.j < v.at && possessed(s, m)) && !ledBy(s, m)
	}); ok {
		return st.entityKey(m)
	}
	return ""
}

// ledBy reports whether mention m stands in a phrase set off by commas
// that says who leads the subject: "The opposition Labour Alliance, led
// by Ilsa Dorrane, finished second with 61 seats" is the alliance's.
func ledBy(s *sentence, m mention) bool {
	if m.i < 3 || m.j >= len(s.lw) || s.lw[m.j] != "," || s.lw[m.i-1] != "by" || s.lw[m.i-3] != "," {
		return false
	}
	switch s.lw[m.i-2] {
	case "led", "headed", "run", "chaired", "founded", "owned", "coached":
		return true
	}
	return false
}

// possessed reports whether a possessive determiner stands before mention
// m and a word after it that may be a noun, so that m names something of
// the owner's: "its Brask assembly plant" is no actor. (The caller tells
// a verb after it: "His Unity Party won 87 seats".)
func possessed(s *sentence, m mention) bool {
	if m.i == 0 || m.j >= len(s.toks) {
		return false
	}
	switch s.lw[m.i-1] {
	case "its", "their", "his", "her", "our":
	default:
		return false
	}
	t := s.toks[m.j]
	return t.kind == tWord && !t.upper && !s.is(m.j, cStop|cBeAux|cVerbGroup)
}

// nounUse reports whether the measure at token k is a noun after a
// determiner: "the toll", "an initial toll", "the death toll". The
// determiner stands right before it, or before a version word ("initial")
// or the first word of the same measure ("death" of "death toll").
func (x *Extractor) nounUse(s *sentence, k int) bool {
	p := k - 1
	if p >= 0 {
		if _, n := x.measureAt(s, p); n > 1 && p+n > k {
			p-- // "death toll"
		} else if _, n := x.v.versions.at(s, p); n == 1 {
			p-- // "initial toll"
		}
	}
	if p < 0 {
		return false
	}
	switch s.lw[p] {
	case "the", "a", "an", "its", "their", "his", "her", "our":
		return true
	}
	return false
}

// phrasePreps open a phrase that qualifies a noun: "a district of Dravik",
// "a strike on Lisova". "by" is left out: it names an agent.
var phrasePreps = map[string]bool{"of": true, "on": true, "in": true, "at": true, "near": true, "from": true,
	"over": true, "across": true, "for": true, "against": true, "into": true, "around": true, "outside": true,
	"to": true, "toward": true, "towards": true, "within": true}

// inPhrase reports whether mention m is the object of a preposition, with
// at most three words (articles, adjectives, nouns) between them.
func (x *Extractor) inPhrase(s *sentence, m mention) bool {
	for k := m.i - 1; k >= 0 && k >= m.i-4; k-- {
		w := s.lw[k]
		if s.is(k, cPhrasePrep) {
			return true
		}
		if s.toks[k].kind != tWord || s.toks[k].upper || w == "'s" || s.is(k, cBeAux|cSay) {
			return false
		}
		if _, n := x.measureAt(s, k); n > 0 {
			return false
		}
	}
	return false
}

// speakerPolity resolves "its" in "the ministry said its air defenses": the
// polity or name of the sentence's speaker, the first name before the
// speech verb that does not qualify another noun.
func (x *Extractor) speakerPolity(s *sentence, st *docState) string {
	for k := range s.lw {
		if !s.is(k, cSay) {
			continue
		}
		lead := datelineEnd(s)
		for _, m := range s.mentions {
			// "OSTREL — Halvern Motors said it would cut", "BRASK, Orveth
			// (Wire) — Dravik Motors said": a dateline says nothing.
			if m.j <= k && m.i >= lead && !x.inPhrase(s, m) && !dateline(s, m) {
				return st.entityKey(m)
			}
		}
		if m, ok := lastMention(s, 0, k, func(m mention) bool { return true }); ok {
			return st.entityKey(m)
		}
	}
	return ""
}

// speakerPerson resolves "he" or "she" at token k after a verb of saying:
// the first person named before the verb who does not qualify another
// noun, "" when no verb of saying stands before k or no person is named.
func (x *Extractor) speakerPerson(s *sentence, st *docState, k int) string {
	say := -1 // with none, no mention ends before it
	for j := range k {
		if s.is(j, cSay) {
			say = j
			break
		}
	}
	lead := datelineEnd(s)
	for _, m := range s.mentions {
		if m.j > say {
			break
		}
		if m.i >= lead && m.kind == model.Person && !x.inPhrase(s, m) && !dateline(s, m) {
			return st.entityKey(m)
		}
	}
	return ""
}

// inPlaceList reports whether mention m is the object of a place
// preposition, or the last of a list of names that is: "Brevik" in "at
// its plants in Ostrel and Brevik".
func (x *Extractor) inPlaceList(s *sentence, m mention) bool {
	if x.isPlaceObject(s, m) {
		return true
	}
	for k := m.i - 1; k >= 0 && k >= m.i-6; k-- {
		t := &s.toks[k]
		switch {
		case s.is(k, cPlacePrep) && !s.is(k, cTargetPrep):
			return true
		case t.low == "and" || t.low == "or" || t.low == "," || t.low == "the" || t.kind == tWord && t.upper:
		default:
			return false
		}
	}
	return false
}

// whereAdverbs may follow a name before the comma of its clause of
// "which": "the Orlen Bridge upstream, which carries".
var whereAdverbs = map[string]bool{"upstream": true, "downstream": true, "nearby": true}

// verbsPlace reports whether mention m is the one place a verb sends
// something to or from, which a clause of "which" after it is about:
// "traffic was sent to the Orlen Bridge, which carries 31,000 vehicles a
// day". Not a place that qualifies a noun ("a fire in Osk, which killed
// 12") nor one of a list ("its plants in Ostrel and Brevik, which employ
// 21,000").
func verbsPlace(s *sentence, m mention) bool {
	k := m.i - 1
	if k >= 0 && s.lw[k] == "the" {
		k--
	}
	if k < 1 || s.lw[k] != "to" && s.lw[k] != "from" && s.lw[k] != "onto" {
		return false
	}
	v := s.lw[k-1]
	return s.toks[k-1].kind == tWord && (pastForm(v) || v == "sent" || v == "went" || v == "taken" || v == "brought")
}

// commonSubject reports whether the words right before the verb at token
// v, after any auxiliaries and adverbs and no earlier than token start,
// are a common noun phrase that opens with an article, or follows a verb
// of saying or showing: "the carmaker" in "where the carmaker employs
// 21,000 people" is the subject, and no name further back is; so are
// "insurers" in "Figures released by ASIC show insurers have paid".
func commonSubject(s *sentence, start, v int) bool {
	k := v - 1
	for k >= start && (s.is(k, cVerbGroup|cBeAux) || adverbish(s.lw[k])) {
		k--
	}
	n := 0
	for k >= start && n < 3 && s.toks[k].kind == tWord && !s.toks[k].upper && !s.is(k, cStop|cSay) && !showVerbs[s.lw[k]] {
		k--
		n++
	}
	return n > 0 && k >= start && (s.lw[k] == "the" || s.lw[k] == "a" || s.lw[k] == "an" || s.is(k, cSay) || showVerbs[s.lw[k]])
}

// showVerbs report what figures or findings show, before the clause they
// show: "Figures released by ASIC show insurers have paid out".
var showVerbs = map[string]bool{"show": true, "shows": true, "showed": true, "shown": true, "suggest": true, "suggests": true,
	"suggested": true, "reveal": true, "reveals": true, "revealed": true, "found": true, "finds": true}

// dateline reports whether mention m opens its sentence before a dash:
// "OSTREL — Halvern Motors said", "PORT AMBREL, Calvora (Ambrel Ledger) —
// Halvane said": only names, commas and brackets stand between.
func dateline(s *sentence, m mention) bool {
	if m.i != 0 {
		return false
	}
	for k := m.j; k < len(s.toks) && k < m.j+12; k++ {
		switch w := s.lw[k]; {
		case w == "—" || w == "–" || w == "-":
			return true
		case w == "," || w == "(" || w == ")" || s.toks[k].upper:
		default:
			return false
		}
	}
	return false
}

// opensSentence reports whether token k opens its sentence, where a
// capital proves no name: the first token, or the first after a dateline
// ("OSK, Calvoria (Wire) — Inflation rose to 7.6%").
func opensSentence(s *sentence, k int) bool {
	return k == 0 || k == datelineEnd(s)
}

// datelineEnd returns the token after the dash of the dateline that opens
// s ("OSK, Calvoria (Wire) — "), or 0 when s opens with none: only names,
// commas and brackets stand before the dash. It is read once, when the
// sentence's tokens are (findDatelineEnd).
func datelineEnd(s *sentence) int { return int(s.lead) }

// findDatelineEnd works out datelineEnd.
func findDatelineEnd(s *sentence) int {
	for p := 0; p < len(s.lw) && p < 13; p++ {
		switch w := s.lw[p]; {
		case w == "—" || w == "–":
			if p == 0 {
				return 0
			}
			return p + 1
		case w == "-" && p > 0 && p+1 < len(s.lw) && s.lw[p+1] == "-":
			return p + 2 // "(CNN) -- The number of people"
		case w != "," && w != "(" && w != ")" && !s.toks[p].upper:
			return 0
		}
	}
	return 0
}

// isPlaceObject reports whether m is the object of a place preposition.
func (x *Extractor) isPlaceObject(s *sentence, m mention) bool {
	k := m.i - 1
	if k >= 0 && s.lw[k] == "the" {
		k--
	}
	return k >= 0 && s.is(k, cPlacePrep) && !s.is(k, cTargetPrep)
}

// targetOf reads "at Ukraine", "against Kyiv" in tokens [from, to).
func (x *Extractor) targetOf(s *sentence, st *docState, from, to int) string {
	for _, m := range s.mentions {
		if m.i <= from || m.i >= to {
			continue
		}
		k := m.i - 1
		if s.lw[k] == "the" {
			k--
		}
		if k >= 0 && s.is(k, cTargetPrep) && (m.kind == model.Place || m.polity != "" || m.kind == model.Org) && !clauseOpensIn(s.lw, from, k) {
			return st.entityKey(m)
		}
	}
	return ""
}

// clauseOpensIn reports whether a clause of when, after, before, until,
// as or while opens in tokens [from, to): "at least 63 injured when part
// of the east stand at Brennock Road collapsed" tells where the stand is,
// no target of the injuries.
func clauseOpensIn(lw []string, from, to int) bool {
	for k := max(0, from); k < to && k < len(lw); k++ {
		if clauseOpeners[lw[k]] {
			return true
		}
	}
	return false
}

// placeOf reads "in Kryvyi Rih", "near Odesa", "over the Rostov region" in
// tokens [from, to).
func (x *Extractor) placeOf(s *sentence, from, to int) string {
	for _, m := range s.mentions {
		if m.i < from || m.i >= to || m.adj {
			continue
		}
		// "in the eastern Ostrel region", "through central Lisova", "in
		// the village of Hollin"
		k := x.skipModifiers(s, m.i-1)
		if k >= 1 && s.lw[k] == "of" && s.is(k-1, cPlaceWord) {
			k = x.skipModifiers(s, k-2)
		}
		if k >= 0 && s.is(k, cPlacePrep) && !s.is(k, cTargetPrep) && s.lw[k] != "from" && s.lw[k] != "to" &&
			(m.kind == model.Place || m.kind == model.Other) {
			if n, ok := placeOwned(s, m); ok {
				return placeKey(x.lx, n) // "in Brastova's Ostrel district": the district
			}
			return placeKey(x.lx, m)
		}
	}
	return ""
}

// placeOwned returns the place named right after mention m and its "'s":
// "Ostrel" in "Brastova's Ostrel district".
func placeOwned(s *sentence, m mention) (mention, bool) {
	if m.j+1 >= len(s.lw) || s.lw[m.j] != "'s" {
		return mention{}, false
	}
	for _, n := range s.mentions {
		if n.i == m.j+1 && (n.kind == model.Place || n.kind == model.Other) {
			return n, true
		}
	}
	return mention{}, false
}

// contrastPlace reads the place that a clause of contrast opens with: the
// clause starts at token k ("while", "whereas"; -1 for none) and holds the
// figure at token a. "while Thailand reported 10 deaths": the sentence's
// framing place ("In Myanmar, ...") is the first clause's, not this one's.
// The name opens the clause; a person or an organization is no place, and
// a name the gazetteer does not know may still be one.
func (x *Extractor) contrastPlace(s *sentence, k, a int) string {
	if k < 0 {
		return ""
	}
	for _, m := range s.mentions {
		if m.i > k && m.j <= a && m.i <= k+2 && m.kind != model.Person && m.kind != model.Org && !m.adj {
			return placeKey(x.lx, m)
		}
	}
	return ""
}

// destinationOf reads "to Lisova", "to the Osk region" after the noun
// phrase that starts at token k ("visit to Lisova", "state visit to the
// Osk region"): where a visit, a trip or a mission goes.
func (x *Extractor) destinationOf(s *sentence, k int) string {
	for n := 0; k < len(s.lw) && s.lw[k] != "to"; k, n = k+1, n+1 {
		if t := s.toks[k]; n == 3 || t.kind != tWord || t.cls&(cStop|cBeAux) != 0 {
			return ""
		}
	}
	if k >= len(s.lw) {
		return ""
	}
	k++
	if k < len(s.lw) && s.lw[k] == "the" {
		k++
	}
	for _, m := range s.mentions {
		if m.i == k && !m.adj && (m.kind == model.Place || m.kind == model.Other) {
			return placeKey(x.lx, m)
		}
	}
	return ""
}

// skipModifiers steps left from token k over at most two lower-case
// modifiers and an article: "the eastern", "central", "a small".
func (x *Extractor) skipModifiers(s *sentence, k int) int {
	for n := 0; n < 2 && k >= 0; n++ {
		t := s.toks[k]
		if t.kind != tWord || t.upper || t.cls&(cStop|cPlacePrep|cBeAux) != 0 {
			break
		}
		if _, m := x.measureAt(s, k); m > 0 {
			break
		}
		k--
	}
	if k >= 0 && (s.lw[k] == "the" || s.lw[k] == "a" || s.lw[k] == "an") {
		k--
	}
	return k
}

// clauseStart returns the first token of the clause that token k is in:
// after the last comma, semicolon, clause word or speech verb before it.
func (x *Extractor) clauseStart(s *sentence, k int) int {
	for p := k - 1; p >= 0; p-- {
		if s.lw[p] == "," || s.is(p, cClauseStop|cSay) {
			return p + 1
		}
	}
	return 0
}

// periodIn reads a period phrase in tokens [from, to) for the figure at
// token fig; a window that holds the figure ("in the first 24 hours") is
// what the figure counts, not its period, and so is a period that does
// ("an hour and a half").
func (x *Extractor) periodIn(s *sentence, from, to, fig int) string {
	for k := max(0, from); k < to && k < len(s.lw); k++ {
		if p, n := x.monthRange(s, k); n > 0 && (fig < k || fig >= k+n) {
			return p // "1.6 million passengers between June and August alone last year"
		}
	}
	for k := max(0, from); k < to && k < len(s.lw); k++ {
		if !s.is(k, cPeriods) {
			continue
		}
		if (s.lw[k] == "every" || s.lw[k] == "each") && (k > fig+maxRateGap || k < fig-maxRateGap) {
			continue // "chipped in every week for three years, ... a $56 million jackpot": how often another act was
		}
		if p, n := x.periodAt(s, k); n > 0 && !qualifiesNoun(s, k, n) && !saidWhen(s, k) && !stateFor(s.lw, k) && !x.recordSpan(s.lw, k) && (fig < k || fig >= k+n) {
			return p
		}
	}
	for k := max(0, from); k < to && k < len(s.lw); k++ {
		if p, n := x.windowAt(s, k); n > 0 && !stateFor(s.lw, k) && !x.recordSpan(s.lw, k) && (fig < k || fig >= k+n) {
			return p
		}
	}
	return ""
}

// monthRange reads a span of months at token k, "between June and
// August" or "from June to August": the window "june-august" a figure
// counted in it sums, narrower than the year a period phrase after it
// may name. n is the phrase's length in tokens, 0 for none.
func (x *Extractor) monthRange(s *sentence, k int) (p string, n int) {
	var join string
	switch s.lw[k] {
	case "between":
		join = "and"
	case "from":
		join = "to"
	default:
		return "", 0
	}
	m1, n1 := x.v.months.at(s, k+1)
	j := k + 1 + n1
	if n1 == 0 || j >= len(s.lw) || s.lw[j] != join {
		return "", 0
	}
	m2, n2 := x.v.months.at(s, j+1)
	if n2 == 0 || m2 == m1 {
		return "", 0
	}
	return m1 + "-" + m2, j + 1 + n2 - k
}

// recordSpan reports whether the period phrase at token k ends a span a
// superlative is counted over: "the sharpest rise in petrol prices for
// more than a year", "the worst flooding in a decade" say how rare the
// figure is, not what window it is counted in.
func (x *Extractor) recordSpan(lw []string, k int) bool {
	j := k - 1
	if _, word := x.num.wordValue(lw[max(j, 0)]); j >= 0 && (lw[j] == "a" || lw[j] == "an" || word || strings.Trim(lw[j], "0123456789") == "") {
		j--
	}
	if j >= 1 && lw[j] == "than" && lw[j-1] == "more" {
		j -= 2
	} else if j >= 0 && (lw[j] == "over" || lw[j] == "nearly" || lw[j] == "almost") {
		j--
	}
	if j < 0 || lw[j] != "for" && lw[j] != "in" {
		return false
	}
	return slices.ContainsFunc(lw[max(0, j-8):j], func(w string) bool { return superlatives[w] })
}

// superlatives mark a figure as the most of a span: "the sharpest rise".
// They are more than the comparatives list holds, which dates an earlier
// event after "since" only for a few of them.
var superlatives = map[string]bool{"sharpest": true, "biggest": true, "largest": true, "highest": true, "lowest": true,
	"worst": true, "best": true, "steepest": true, "fastest": true, "strongest": true, "weakest": true, "deadliest": true,
	"heaviest": true, "longest": true, "smallest": true, "greatest": true, "hottest": true, "coldest": true, "wettest": true,
	"driest": true, "busiest": true, "slowest": true, "most": true, "least": true}

// stateFor reports whether the period phrase at token k, "a year" or
// "one week", tells how long the state a verb right before "for" puts
// someone in lasts: "could be suspended for a year", "jailed for one
// week". That is the act's length, no window its figure is counted in.
func stateFor(lw []string, k int) bool {
	if k < 2 || lw[k-1] != "for" {
		j := k - 1 // "for a year": the article is the phrase's first word
		if j < 2 || lw[j] != "a" && lw[j] != "an" && lw[j] != "one" || lw[j-1] != "for" {
			return false
		}
		k = j
	}
	return pastForm(lw[k-2]) || participles[lw[k-2]]
}

// maxRateGap is how many tokens from a figure a phrase of "every" or
// "each" may stand to be its rate: "20 people every week", "Every week,
// 20 people".
const maxRateGap = 6

// saidWhen reports whether the period phrase at token k dates a verb of
// saying right before it: "the statistics office said last week" tells
// when it was said, not what window "7.4% in September" covers.
func saidWhen(s *sentence, k int) bool {
	return k > 0 && (s.is(k-1, cSay) || publishVerbs[s.lw[k-1]])
}

// publishVerbs tell that figures were made public, as a verb of saying
// does: "official figures showed last week", "data released this week".
var publishVerbs = map[string]bool{"showed": true, "shows": true, "show": true, "released": true,
	"published": true, "issued": true}

// spanAt reads a span of whole hours or days, from 1 to 1,000, whose
// digits stand at token j and whose unit follows: "48 hours". A span in
// words is left alone: a summary's "32 deaths in nine days" restates a
// body's "between August 5 and August 13" as often as it bounds them.
func (x *Extractor) spanAt(s *sentence, j int) (string, bool) {
	if j+1 >= len(s.lw) || s.toks[j].kind != tNum {
		return "", false
	}
	v, ok := x.wholeAt(s, j)
	u, isUnit := x.lx.Unit(lexicon.Singular(s.lw[j+1]))
	if !ok || !isUnit || !u.IsTime() || u.Factor > 1 || v < 1 || v > 1000 {
		return "", false
	}
	return fmt.Sprintf("%d %ss", int(v), u.Name), true
}

// spanPeriod reads a span of hours or days written as an adjective of
// "period" at token j ("a single 24-hour period", "a 48-hour window"):
// the window it names, as spanAt gives it, and its length in tokens.
func (x *Extractor) spanPeriod(s *sentence, j int) (string, int) {
	i := j
	if i < len(s.lw) && (s.lw[i] == "a" || s.lw[i] == "the" || s.lw[i] == "one") {
		i++
	}
	if i < len(s.lw) && s.lw[i] == "single" {
		i++
	}
	p, ok := x.spanAt(s, i)
	if !ok || i+2 >= len(s.lw) || !s.toks[i+1].joined || !periodNouns[s.lw[i+2]] {
		return "", 0
	}
	return p, i + 3 - j
}

// periodNouns name a stretch of time a span of hours qualifies.
var periodNouns = map[string]bool{"period": true, "span": true, "window": true, "stretch": true}

// wholeAt reads a whole number at token j, in digits or a word: "48",
// "three".
func (x *Extractor) wholeAt(s *sentence, j int) (float64, bool) {
	var v float64
	ok := false
	switch s.toks[j].kind {
	case tNum:
		v, _, _, ok = parseDigits(s.toks[j].text)
	case tWord:
		v, ok = x.num.wordValue(s.lw[j])
	}
	return v, ok && v == math.Trunc(v)
}

// windowAt reads the window a phrase at token k counts from an edge of a
// stretch of time: "in the first two days" is "first 2 days", "on the
// first day" "first day", "in the first hours" "first hours", "in the
// final 48 hours" "final 48 hours". A figure of such a window sums that
// window alone: 8,200 trains cancelled in the first two days are not the
// 4,100 of the first day. n is the phrase's length in tokens, 0 for none.
func (x *Extractor) windowAt(s *sentence, k int) (p string, n int) {
	lw := s.lw
	switch lw[k] {
	case "in", "on", "over", "during", "within", "for":
	case "since":
		// "have fallen since Sunday", "since March 1": the window from
		// that day on.
		if w, n := x.v.weekdays.at(s, k+1); n > 0 {
			return "since " + w, n + 1
		}
		if m, n := x.v.months.at(s, k+1); n > 0 {
			p, n = "since "+m, n+1
			if d := k + n; d < len(s.lw) && s.lw[d] == "." && s.toks[d].start == s.toks[d-1].end {
				n++ // "since Aug. 1"
			}
			if d := k + n; d < len(s.lw) && s.toks[d].kind == tNum && len(s.lw[d]) <= 2 {
				p, n = p+" "+s.lw[d], n+1
			}
			if y := k + n; y < len(s.lw) && isYear(s.toks[y]) || y+1 < len(s.lw) && s.lw[y] == "," && isYear(s.toks[y+1]) {
				return "", 0 // "since January 2019": a time long past, no window of now
			}
			return p, n
		}
		if k+5 < len(lw) && lw[k+1] == "the" && (lw[k+2] == "start" || lw[k+2] == "beginning") && lw[k+3] == "of" &&
			lw[k+4] == "the" && lw[k+5] == "year" {
			return "since january", 6 // "down 24% since the start of the year" is "since January"
		}
		return "", 0
	default:
		return "", 0
	}
	j := k + 1
	if lw[k] == "in" {
		// "212 millimetres of rain fell in 48 hours": a span of hours or
		// days right after "in" bounds the figure before it.
		if p, ok := x.spanAt(s, j); ok {
			return p, 3
		}
		// "210 millimetres of rain fell in the 72 hours to Tuesday
		// morning": the span, however it is closed.
		if j+3 < len(lw) && lw[j] == "the" {
			switch lw[j+3] {
			case "to", "until", "till", "ending", "through":
				if p, ok := x.spanAt(s, j+1); ok {
					return p, 4
				}
			}
		}
	}
	if p, n := x.spanPeriod(s, j); n > 0 && lw[k] != "on" && lw[k] != "for" {
		// "advancing 237 feet ... in a single 24-hour period": the
		// window "in 24 hours" names, a day.
		if canon, ok := x.lx.Table(lexicon.Periods).Lookup("in " + p); ok {
			p = canon
		}
		return p, j + n - k
	}
	if (lw[k] == "in" || lw[k] == "on") && j+2 < len(lw) && (lw[j] == "a" || lw[j] == "the") && lw[j+1] == "single" {
		// "95 millimetres fell in the single night before the breach"
		if w := lw[j+2]; w == "night" || w == "day" {
			return w, 4
		}
	}
	if j >= len(lw) || lw[j] != "the" && lw[j] != "its" && lw[j] != "their" {
		return "", 0
	}
	j++
	if j >= len(lw) {
		return "", 0
	}
	edge := lw[j]
	switch edge {
	case "first", "opening":
		edge = "first"
	case "final":
	case "past", "last", "previous", "preceding":
		// "eight injured in the past two weeks alone", "unable to fill a
		// prescription in the previous seven days": a window of the
		// last few days or weeks, up to now. Months and years are left
		// alone: "over the last seven years" is the "seven years" of a
		// summary that has "in seven years", no window of its own.
		if p, n := x.recentWindow(s, j+1); n > 0 {
			return p, j + 1 + n - k
		}
		return "", 0
	default:
		// "in the 24 hours before the slide": the window up to an event.
		if p, n := x.windowBefore(s, j); n > 0 {
			return p, j + n - k
		}
		// "over the last seven years" is the "seven years" of a summary
		// that has "in seven years": no window of its own.
		return "", 0
	}
	if edge == "first" && lw[j-1] != "the" {
		// "raised £28,000 in its first 24 hours": the first hours of
		// the thing itself, since it began, which "in 24 hours" names
		// as well.
		if p, ok := x.spanAt(s, j+1); ok {
			if canon, ok := x.lx.Table(lexicon.Periods).Lookup("in " + p); ok {
				p = canon
			}
			return p, j + 3 - k
		}
	}
	j++
	count, counted := 1.0, false
	if j < len(lw) {
		if v, _, dec, ok := parseDigits(s.toks[j].text); ok && !dec && s.toks[j].kind == tNum {
			count, counted, j = v, true, j+1
		} else if v, ok := x.num.wordValue(lw[j]); ok {
			count, counted, j = v, true, j+1
		}
	}
	if j < len(lw) && (lw[j] == "full" || lw[j] == "whole" || lw[j] == "entire") {
		j++ // "in its first full year after closing"
	}
	if j >= len(lw) {
		return "", 0
	}
	u, ok := x.lx.Unit(lexicon.Singular(lw[j]))
	if !ok || !u.IsTime() || count < 1 || count > 1000 || count != math.Trunc(count) {
		return "", 0
	}
	switch {
	case !counted && lexicon.Singular(lw[j]) != lw[j]:
		return edge + " " + u.Name + "s", j + 1 - k // "in the first hours": a few, not one
	case count == 1:
		return edge + " " + u.Name, j + 1 - k
	}
	return fmt.Sprintf("%s %d %ss", edge, int(count), u.Name), j + 1 - k
}

// recentWindow reads the count and unit of a window up to now at token
// j, after "the past" or "the last": "two weeks", "48 hours", "10 days",
// as "past 2 weeks". Only hours, days and weeks, from 2 to 1,000, are
// read; n is the phrase's length in tokens, 0 for none.
func (x *Extractor) recentWindow(s *sentence, j int) (p string, n int) {
	if j+1 >= len(s.lw) {
		return "", 0
	}
	count, ok := x.wholeAt(s, j)
	if !ok || count < 2 || count > 1000 {
		return "", 0
	}
	u, ok := x.lx.Unit(lexicon.Singular(s.lw[j+1]))
	if !ok || u.Name != "hour" && u.Name != "day" && u.Name != "week" {
		return "", 0
	}
	if count == 7 && u.Name == "day" {
		return "week", 2 // "in the past seven days" is "in the past week"
	}
	return fmt.Sprintf("past %d %ss", int(count), u.Name), 2
}

// windowBefore reads a span of time at token j that runs up to an event:
// "24 hours before" in "in the 24 hours before the slide" is "24 hours
// before", and "in the three hours before the landing" "3 hours before".
// n is the phrase's length in tokens, 0 for none.
func (x *Extractor) windowBefore(s *sentence, j int) (p string, n int) {
	if j+2 >= len(s.lw) || s.lw[j+2] != "before" && s.lw[j+2] != "preceding" {
		return "", 0
	}
	v, ok := x.wholeAt(s, j)
	u, isUnit := x.lx.Unit(lexicon.Singular(s.lw[j+1]))
	if !ok || !isUnit || !u.IsTime() || v < 1 || v > 1000 {
		return "", 0
	}
	return fmt.Sprintf("%d %ss before", int(v), u.Name), 3
}

// shareOwner returns who holds a share, named right before it within its
// clause: "Ruiz had 55.8% and Sergio Pell 44.2%", "Pell's 44 percent",
// "Pell stopped at 45%". Two reports' shares of one vote then belong to
// their candidates, and one candidate's is not set against the other's.
// The name (of any kind: "Russia's 40% stake" is a country's) stands at
// most three words before the figure, after lo (where the figure before
// it ends), none of them a verb of saying, a clause's start or a mark.
func (x *Extractor) shareOwner(s *sentence, st *docState, lo, a int) string {
	m, ok := lastMention(s, lo, a, func(mention) bool { return true })
	if !ok || a-m.j > 3 {
		return ""
	}
	if r := relativeOpening(s, a); r > 0 && r < m.i {
		return "" // "A reservoir that supplies water to people in Spain has fallen to 23%"
	}
	verb := false // a verb between the name and the share
	for k := m.j; k < a; k++ {
		if s.lw[k] == "'s" {
			continue
		}
		if t := &s.toks[k]; t.kind != tWord || t.cls&(cSay|cClauseStop|cConnector) != 0 || s.lw[k] == "and" || s.lw[k] == "or" {
			return ""
		}
		verb = verb || s.is(k, cVerbGroup|cBeAux) || verbForm(s.lw[k])
	}
	if !verb && a-m.j > 1 && s.lw[a-1] == "by" && m.i >= 1 && (determiner(s.lw[m.i-1]) || s.is(m.i-1, cPlacePrep) || s.lw[m.i-1] == "for") {
		// "cut support for the Welsh wind farm by 25 per cent": the name
		// qualifies the noun of a phrase, whose verb's subject made the
		// change.
		return ""
	}
	return st.entityKey(m)
}

// periodAt returns the period phrase at token k and its length in tokens;
// n is 0 for none. A phrase that counts back from a time ("$268 million a
// year earlier"), names the time a figure is compared with ("in the same
// period last year") or stands in a name ("The Lorven Daily Ledger") is
// none.
func (x *Extractor) periodAt(s *sentence, k int) (p string, n int) {
	p, n = x.v.periods.at(s, k)
	if n == 2 && s.lw[k] == "a" && k+3 < len(s.lw) && (s.lw[k+2] == "ago" || s.lw[k+2] == "earlier") && s.lw[k+3] == "," &&
		(k == 0 || s.lw[k-1] == ";" || s.lw[k-1] == ":") {
		// "A year ago, the key rate stood at 4.5%": the figure of a
		// year before, which no figure of now is set against; not "up
		// 21% from a year ago", a change since then.
		return p + " ago", n + 1
	}
	if n == 2 && (s.lw[k] == "a" || s.lw[k] == "an") && forSpan(s.lw, k) {
		// "closed the waters to fishing for at least a month": how long
		// the closure lasts, no window its figures are counted over.
		return "", 0
	}
	if n > 0 && (k+n < len(s.lw) && (isAgoWord(s.lw[k+n]) || shiftWords[s.lw[k+n]]) || s.toks[k].upper && inMention(s, k) || k >= 2 && s.lw[k-2] == "same") {
		// "a week ago" is no window; "the night shift" a group of
		// workers, no night.
		return "", 0
	}
	if n > 0 && k+n < len(s.lw) && s.lw[k+n] == "'s" && (recentPeriods[p] || s.lw[k] == "this") {
		// "the amount stolen in last week's hack", "this month's
		// election": the phrase tells when the hack or the election was,
		// no window the figure sums over, so it is kept apart from the
		// period itself ("stolen last week"). "Last year's harvest" is
		// another harvest than this one's.
		return p + "'s", n + 1
	}
	return p, n
}

// forSpan reports whether "for" stands before token k, past a hedge of one
// or two words: "for a month", "for at least a month", "for nearly a
// year".
func forSpan(lw []string, k int) bool {
	switch {
	case k >= 1 && lw[k-1] == "for":
		return true
	case k >= 2 && lw[k-2] == "for":
		switch lw[k-1] {
		case "about", "around", "nearly", "almost", "roughly", "over", "some", "barely":
			return true
		}
	case k >= 3 && lw[k-3] == "for":
		switch lw[k-2] + " " + lw[k-1] {
		case "at least", "more than", "less than", "up to", "just over", "just under":
			return true
		}
	}
	return false
}

// shiftWords name a turn of work after a period's word: "the night shift",
// "night-shift workers".
var shiftWords = map[string]bool{"shift": true, "shifts": true}

// recentPeriods are the periods whose possessive ("last week's hack",
// "yesterday's vote") dates a story's own event.
var recentPeriods = map[string]bool{"night": true, "day": true, "week": true, "weekend": true}

// inMention reports whether token k stands in a name s mentions.
func inMention(s *sentence, k int) bool {
	for _, m := range s.mentions {
		if m.i <= k && k < m.j {
			return true
		}
	}
	return false
}

// isAgoWord reports whether w counts a span back or forth from a time:
// "a year earlier", "a week ago", "a day after the river overtopped".
func isAgoWord(w string) bool {
	return w == "earlier" || w == "ago" || w == "before" || w == "later" || w == "after"
}

// runningTotal is the period of the periods list that counts up to the
// time of writing ("so far", "to date"): the period of a stamped tally.
const runningTotal = "total"

// additional is the version of a count beyond those counted before. The
// versions list gives it to "another 117" and "a further 20"; readNP marks
// the counts it is read after ("three more bodies", "four others", "12
// other vehicles"), and quantities gives them the version
// (model.Additional).
const additional = model.Additional

// tallyStamp reports whether the sentence opens with the time its figures
// were counted up to, set off by a comma: "As of 14:30, 40 people were
// injured", "By mid-afternoon, 120 deaths were confirmed", "By Monday
// evening, ...". Such figures are running totals at that time; "By
// contrast," stamps nothing.
func (x *Extractor) tallyStamp(s *sentence) bool {
	lw := s.lw
	if len(lw) < 4 {
		return false
	}
	from := 0
	switch {
	case lw[0] == "as" && lw[1] == "of":
		from = 2
	case lw[0] == "by":
		from = 1
	default:
		return false
	}
	timed := from == 2
	for k := from; k < len(lw) && k < from+5; k++ {
		if lw[k] == "," {
			return timed && k > from
		}
		if s.toks[k].kind == tNum || s.is(k, cWeekdays|cMonths) || x.lx.Has(lexicon.DayParts, lw[k]) {
			timed = true
		}
	}
	return false
}

// openingVersion reads a version qualifier that opens the sentence, set
// off by a comma: "Earlier, the minister said two people were killed",
// "Initially, 124 deaths were confirmed". It dates every figure of the
// sentence as an earlier one. "First," opens the first of several points,
// not an earlier figure.
func (x *Extractor) openingVersion(s *sentence) string {
	if !s.is(0, cVersions) || s.lw[0] == "first" {
		return ""
	}
	if p, n := x.v.versions.at(s, 0); n > 0 && n < len(s.lw) && s.lw[n] == "," {
		return p
	}
	return ""
}

// spanNoun reports whether w names a stretch of time that a version word
// before it places: "the latest quarter", "the previous year", "the first
// half", "the early hours" are windows, not drafts.
func (x *Extractor) spanNoun(w string) bool {
	if u, ok := x.lx.Unit(w); ok && u.IsTime() {
		return true
	}
	switch w {
	case "quarter", "quarters", "half", "season":
		return true
	}
	return false
}

// firstOfSeries reports whether the words from token k name one of a
// series of deliveries, so that "first" before them ranks it rather than
// marking a first draft: "the first replacement consignment of 120,000
// doses", "a first tranche of $2 billion".
func firstOfSeries(lw []string, k int) bool {
	for j := k; j < len(lw) && j < k+2; j++ {
		switch lw[j] {
		case "consignment", "consignments", "shipment", "shipments", "batch", "batches", "delivery", "deliveries",
			"tranche", "tranches", "instalment", "instalments", "installment", "installments":
			return true
		}
	}
	return false
}

// possessivePeak reports whether tokens from k read "at the <noun>'s peak"
// or "height", which the versions list cannot spell for every noun.
func possessivePeak(lw []string, k int) bool {
	return k+4 < len(lw) && lw[k] == "at" && lw[k+1] == "the" && lw[k+3] == "'s" && (lw[k+4] == "peak" || lw[k+4] == "height")
}

// versionIn reads a version qualifier in tokens [from, to).
func (x *Extractor) versionIn(s *sentence, from, to int) string {
	for k := max(0, from); k < to && k < len(s.lw); k++ {
		if !s.is(k, cVersions) {
			continue
		}
		if possessivePeak(s.lw, k) {
			return peakVersion // "at the storm's peak", as "at the peak of the storm"
		}
		if p, n := x.v.versions.at(s, k); n > 0 {
			// "earlier this week", "first time" and "at first light" are
			// times, not drafts; "First," opens the first of several
			// points.
			if k+n < len(s.lw) && (s.lw[k+n] == "this" || s.lw[k+n] == "time" || s.lw[k+n] == "that" ||
				s.lw[k] == "first" && (s.lw[k+n] == "," || s.lw[k+n] == "light" || firstOfSeries(s.lw, k+n)) || x.spanNoun(s.lw[k+n])) {
				continue
			}
			if kindPair(s, k, n) {
				continue // "530 new and used vehicles": a kind of vehicle, no draft
			}
			return p
		}
	}
	return ""
}

// kindPair reports whether the version word "new", "old" or "current" of
// n tokens at k is joined by "and" or "or" to a word that is no version
// word: "new and used cars", "old or damaged notes", "current and former
// employees" name kinds of things, where "the old and revised estimates"
// are drafts.
func kindPair(s *sentence, k, n int) bool {
	if s.lw[k] != "new" && s.lw[k] != "old" && s.lw[k] != "current" {
		return false
	}
	if e := k + n; e+1 < len(s.lw) && (s.lw[e] == "and" || s.lw[e] == "or") {
		return s.toks[e+1].kind == tWord && !s.is(e+1, cVersions)
	}
	if k >= 2 && (s.lw[k-1] == "and" || s.lw[k-1] == "or") {
		return s.toks[k-2].kind == tWord && !s.is(k-2, cVersions)
	}
	return false
}
