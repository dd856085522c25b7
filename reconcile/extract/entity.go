package extract

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/reconcile-news/reconcile/model"
	"github.com/reconcile-news/reconcile/reconcile/lexicon"
)

// mention is a proper name found in a sentence.
type mention struct {
	i, j   int              // tokens [i, j)
	name   string           // as written, without a possessive
	low    string           // name in lower case
	lowAt  [2]int32         // where findMentions wrote low in its buffer, until low is set
	key    string           // its slot value (see entityKey), once the document's persons are known
	kind   model.EntityKind // person, place, org or other
	polity string           // the polity it names or implies: "Ukrainian" -> "Ukraine"
	titled bool             // a title stands right before it: "President Putin"
	adj    bool             // a demonym used as an adjective: "Russian drones"
}

// connectors may stand inside a multi-word name: "Secretary of the National
// Security and Defense Council", "Rostov on Don".
var connectors = map[string]bool{"of": true, "for": true, "the": true, "and": true, "de": true, "del": true,
	"da": true, "von": true, "van": true, "der": true, "bin": true, "al": true, "la": true, "le": true, "du": true}

// placePreps introduce a place: "in Cherkasy", "near Odesa".
var placePreps = map[string]bool{"in": true, "near": true, "outside": true, "from": true, "at": true,
	"across": true, "over": true, "to": true, "into": true, "around": true, "toward": true, "towards": true, "within": true,
	"through": true}

// personBefore reports whether a run of capitalized words reads as a
// person's name, which a connector does not continue: "Teodra Halm of
// Kessary Province" is a governor and her province. Two words or more with
// no word of an organization or a place ("Bank of England", "Republic of
// Korea") do; a single word ("Duke of York") does not.
func personBefore(run []token) bool {
	if len(run) < 2 {
		return false
	}
	for i := range run {
		if run[i].cls&(cOrgWord|cPlaceWord) != 0 || run[i].kind != tWord {
			return false
		}
	}
	return true
}

// placedParticiples end a capitalized word that says where a thing is
// based or from, not a name: "Denver-based", "Irish-born",
// "Panama-flagged". "Russian-backed" and "Saudi-led" name a party.
var placedParticiples = map[string]bool{"based": true, "born": true, "bred": true, "headquartered": true,
	"registered": true, "flagged": true, "bound": true}

// pluralPossessive reports whether toks[j] is the apostrophe of a plural's
// possessive, glued to a word in "s": the "'" of "Nurses' Association".
func pluralPossessive(toks []token, j int) bool {
	t := &toks[j]
	return j > 0 && (t.text == "'" || t.text == "’") && t.start == toks[j-1].end &&
		toks[j-1].kind == tWord && strings.HasSuffix(toks[j-1].low, "s")
}

// commonPlural reports whether the capitalized word toks[k] is a plural
// the document also writes in lower case, before a preposition: the
// "Nurses" of "Nurses at Korvenna Hospital", which only a longer name
// capitalizes inside a sentence ("the Valdorian Nurses' Association").
func commonPlural(toks []token, k int, words *docWords) bool {
	return k+1 < len(toks) && toks[k+1].cls&(cConnector|cPlacePrep|cTargetPrep) != 0 && !toks[k+1].upper &&
		strings.HasSuffix(toks[k].low, "s") && words.seenLower(toks[k].low)
}

// isNameWord reports whether a token can be part of a proper name.
func isNameWord(t *token) bool {
	return t.kind == tWord && t.upper && t.low != "'s"
}

// docWords is what a document tells about its capitalized words: a word
// capitalized inside a sentence is a name ("Putin said"), a word seen in
// lower case is not a name when it opens a sentence or stands in a
// title-case headline ("Asked", "Drones").
type docWords struct {
	index    capsIndex  // capitalized words, by their lower-case form, headline included -> caps
	caps     []capsWord // in the order the document first writes them
	polities int        // how many caps have a polity
	body     [][]token  // the sentences outside the headline, for settle
	stems    stemIndex  // settle's index of caps by stem, kept for reuse
}

// stemIndex maps a stem to up to two entries of docWords.caps (entry+1, 0
// for none): an open-addressed table that settle fills once per document
// and empties by the slots it used.
type stemIndex struct {
	keys []string
	vals [][2]int32
	used []int32 // the slots filled since the last reset
	mask uint64
}

// reset empties the index and sizes it for n stems.
func (x *stemIndex) reset(n int) {
	for _, i := range x.used {
		x.keys[i], x.vals[i] = "", [2]int32{}
	}
	x.used = x.used[:0]
	size := 16
	for size < 2*n {
		size <<= 1
	}
	if size > len(x.keys) {
		x.keys, x.vals, x.mask = make([]string, size), make([][2]int32, size), uint64(size-1)
	}
}

// slot returns the slot of stem, which is empty ("") when stem is not in
// the index.
func (x *stemIndex) slot(stem string) uint64 {
	i := wordHash(stem) & x.mask
	for x.keys[i] != "" && x.keys[i] != stem {
		i = (i + 1) & x.mask
	}
	return i
}

// capsIndex maps the lower-case form of a capitalized word to its entry
// of docWords.caps: an open-addressed table, kept at most half full, that
// empties by the slots it used, so that a short document after a long one
// does not clear a large table.
type capsIndex struct {
	keys []string // "" marks an empty slot
	vals []int32
	used []int32 // the slots filled since the last reset
	mask uint64
}

// reset empties the index.
func (x *capsIndex) reset() {
	for _, i := range x.used {
		x.keys[i] = ""
	}
	x.used = x.used[:0]
}

// slot returns the slot of w, which is empty ("") when w is not in the
// index.
func (x *capsIndex) slot(w string) uint64 {
	i := wordHash(w) & x.mask
	for x.keys[i] != "" && x.keys[i] != w {
		i = (i + 1) & x.mask
	}
	return i
}

// get returns the entry of w.
func (x *capsIndex) get(w string) (int32, bool) {
	if len(x.used) == 0 || w == "" {
		return 0, false
	}
	i := x.slot(w)
	return x.vals[i], x.keys[i] != ""
}

// put adds w, which is not in the index and not "", with entry v.
func (x *capsIndex) put(w string, v int32) {
	if 2*(len(x.used)+1) > len(x.keys) {
		x.grow()
	}
	i := x.slot(w)
	x.keys[i], x.vals[i] = w, v
	x.used = append(x.used, int32(i))
}

// grow doubles the table and puts its words back.
func (x *capsIndex) grow() {
	keys, vals, used := x.keys, x.vals, x.used
	n := max(64, 2*len(keys))
	x.keys, x.vals, x.used, x.mask = make([]string, n), make([]int32, n), make([]int32, 0, n/2), uint64(n-1)
	for _, i := range used {
		j := x.slot(keys[i])
		x.keys[j], x.vals[j] = keys[i], vals[i]
		x.used = append(x.used, int32(j))
	}
}

// capsWord is how a document writes one capitalized word.
type capsWord struct {
	low    string // the word in lower case
	text   string // as first written
	n      int    // how often
	owner  bool   // seen with a possessive 's
	known  bool   // a name
	lower  bool   // the document also writes it in lower case (see seenLower)
	polity string // for a place name and its adjective, the name as written: "valdorian" -> "Valdoria"
}

// reset empties w for another document, keeping its buffers.
func (w *docWords) reset() {
	w.index.reset()
	w.caps, w.body, w.polities = w.caps[:0], w.body[:0], 0
}

// word returns the entry of a capitalized word, or nil.
func (w *docWords) word(low string) *capsWord {
	if k, ok := w.index.get(low); ok {
		return &w.caps[k]
	}
	return nil
}

// isKnown reports whether the capitalized word low is a name.
func (w *docWords) isKnown(low string) bool {
	c := w.word(low)
	return c != nil && c.known
}

// polityOf returns the place name as written that the capitalized word low
// names or is the adjective of, if any.
func (w *docWords) polityOf(low string) (string, bool) {
	if c := w.word(low); c != nil && c.polity != "" {
		return c.polity, true
	}
	return "", false
}

// see records the capitalized words of one sentence.
func (w *docWords) see(toks []token, headline bool) {
	if !headline {
		w.body = append(w.body, toks)
	}
	byline := bylineEnd(toks)
	for k := range toks {
		t := &toks[k]
		if t.kind != tWord || !t.upper {
			continue
		}
		i, ok := w.index.get(t.low)
		if !ok {
			i = int32(len(w.caps))
			w.caps = append(w.caps, capsWord{low: t.low, text: t.text})
			w.index.put(t.low, i)
		}
		c := &w.caps[i]
		c.n++
		if k+1 < len(toks) && toks[k+1].low == "'s" {
			c.owner = true
		}
		if k > 0 && !headline && !isQuoteOrOpen(toks, k) && k >= byline {
			c.known = true
		}
	}
}

// bylineEnd returns where a byline that opens a sentence ends: the token
// after "By" and the capitalized words that follow it up to a punctuation
// mark ("By Daily Mail Reporter -- Drivers face"), whose words are no
// evidence of names ("Daily commuters" opens a highlight); 0 for none.
// "By Tuesday afternoon" is no byline.
func bylineEnd(toks []token) int {
	if len(toks) < 3 || toks[0].low != "by" || !toks[0].upper {
		return 0
	}
	k := 1
	for k < len(toks) && toks[k].kind == tWord && toks[k].upper {
		k++
	}
	if k == 1 || k < len(toks) && toks[k].kind == tWord {
		return 0
	}
	return k
}

// settle finds the capitalized words the body also writes in lower case
// and the place names whose adjective the document also writes
// ("Valdoria", "Valdorian"), then learns the names that only ever open
// sentences: a capitalized word never written in lower case that owns
// something ("Karsten's army"), is written twice ("Karsten launched ...",
// "Karsten sent ...") or is such a place or adjective.
func (w *docWords) settle(v *vocab) {
	// Index the capitalized words by the stems a lower-case form of them
	// may share, so that each lower-case word costs a few lookups in a
	// small map: "approves" is looked for from "approved".
	stems := &w.stems
	stems.reset(3 * len(w.caps))
	var keys lexicon.WordFilter // the stems, to turn most lower-case words away before the lookup
	index := func(stem string, c int) {
		keys.Add(stem)
		i := stems.slot(stem)
		if stems.keys[i] == "" {
			stems.keys[i] = stem
			stems.used = append(stems.used, int32(i))
		}
		e := &stems.vals[i]
		if e[0] == 0 {
			e[0] = int32(c + 1)
		} else {
			e[1] = int32(c + 1)
		}
	}
	for k := range w.caps {
		c := w.caps[k].low
		index(c, k)
		if stem, ok := strings.CutSuffix(c, "s"); ok && len(stem) > 2 {
			index(stem, k)
			if stem, ok := strings.CutSuffix(stem, "e"); ok && len(stem) > 2 {
				index(stem, k)
			}
		}
		if strings.ContainsRune(c, '-') {
			continue
		}
		for _, suf := range demonymSuffixes {
			if base, ok := strings.CutSuffix(c, suf); ok && len(base) >= 3 {
				if b := w.word(base); b != nil {
					w.setPolity(&w.caps[k], b.text)
					w.setPolity(b, b.text)
				}
			}
		}
	}
	for _, toks := range w.body {
		for k := range toks {
			t := &toks[k]
			if t.kind != tWord || t.upper {
				continue
			}
			l := t.low
			forms, n := [3]string{l}, 1
			if k, ok := strings.CutSuffix(l, "d"); ok {
				forms[n], n = k, n+1
				if k, ok := strings.CutSuffix(k, "e"); ok {
					forms[n], n = k, n+1
				}
			}
			for _, key := range forms[:n] {
				if !keys.MayHave(key) {
					continue
				}
				for _, e := range stems.vals[stems.slot(key)] {
					if e == 0 {
						continue
					}
					if c := &w.caps[e-1]; !c.lower && lowerFormOf(l, c.low) {
						c.lower = true
					}
				}
			}
		}
	}
	for k := range w.caps {
		c := &w.caps[k]
		if c.known || c.lower || v.class(c.low)&cCommon != 0 {
			continue
		}
		if c.owner || c.n >= 2 || c.polity != "" {
			c.known = true
		}
	}
}

// setPolity gives c a polity.
func (w *docWords) setPolity(c *capsWord, p string) {
	if c.polity == "" {
		w.polities++
	}
	c.polity = p
}

// lowerFormOf reports whether the lower-case word l is c or a form of the
// same verb: "approved" of "approves", "burned" of "burns", "fired" of
// "fires".
func lowerFormOf(l, c string) bool {
	if l == c || strings.HasPrefix(l, c) && (l[len(c):] == "d" || l[len(c):] == "ed") {
		return true
	}
	stem, ok := strings.CutSuffix(c, "s")
	if !ok || len(stem) <= 2 {
		return false
	}
	if l == stem || strings.HasPrefix(l, stem) && (l[len(stem):] == "d" || l[len(stem):] == "ed") {
		return true
	}
	e, ok := strings.CutSuffix(stem, "e")
	return ok && strings.HasPrefix(l, e) && l[len(e):] == "ed"
}

// seenLower reports whether the document writes the capitalized word c,
// or a form of the same verb, in lower case outside the headline.
func (w *docWords) seenLower(c string) bool {
	cw := w.word(c)
	return cw != nil && cw.lower
}

// commonWord reports whether w is a word of the lexicon rather than a
// name: a function word, a measure, a counted thing, a speech verb, a
// number, a weekday.
func commonWord(lx *lexicon.Lexicon, w string) bool {
	one := [1]string{w}
	for _, list := range []string{lexicon.Measures, lexicon.Things, lexicon.Hedges, lexicon.Periods, lexicon.Weekdays} {
		if _, n := lx.Table(list).Match(one[:], 0); n == 1 {
			return true
		}
	}
	if _, ok := lx.NumberWords(lexicon.Cardinal).Value(w); ok {
		return true
	}
	return lx.Has(lexicon.Stopwords, w) || lx.Has(lexicon.Starters, w) || lx.Has(lexicon.SayVerbs, w)
}

// findMentions finds the proper names of a sentence, given its tokens of
// the document text and their lower-case forms lw, and appends them to
// out. words tells a name ("Putin said") from a sentence-initial word
// ("Asked"); in a title-case headline, only words the document never
// writes in lower case, and that are not words of the lexicon, are names,
// though a word the body capitalizes inside a name may continue one
// ("Unity Party").
//
// The mentions' lower-case names are appended to *lows, each mention
// noting where (lowAt); the caller makes the buffer a string and sets low.
func findMentions(out []mention, lows *[]byte, lx *lexicon.Lexicon, v *vocab, text string, toks []token, lw []string, words *docWords, headline bool) []mention {
	titles := v.titles
	places := lx.Table(lexicon.Places)
	nameWord := func(k int, cont bool) bool {
		t := &toks[k]
		if !isNameWord(t) {
			return false
		}
		// Dates are not names: "on Monday", "By Monday evening", "March 3".
		if _, n := v.weekdays.match(toks, lw, k); n > 0 {
			return false
		}
		if _, n := v.months.match(toks, lw, k); n > 0 && k+1 < len(toks) &&
			(toks[k+1].kind == tNum || toks[k+1].text == "." && k+2 < len(toks) && toks[k+2].kind == tNum) {
			return false // "March 3", "Feb. 3"
		}
		if t.joined && k > 0 && toks[k-1].kind == tNum && len(t.text) == 1 && (t.text == "C" || t.text == "F") {
			return false // "41C", "105F": a temperature's unit
		}
		if (k+1 < len(toks) && toks[k+1].kind == tNum || k > 0 && toks[k-1].kind == tNum) && eras[strings.ReplaceAll(t.text, ".", "")] != "" {
			return false // "AD 340", "240 BC": an era
		}
		if i := strings.LastIndexByte(t.low, '-'); t.hyphen && i > 0 && placedParticiples[t.low[i+1:]] {
			return false // "a Denver-based mining company": where it is, not who
		}
		if headline && !(cont && words.isKnown(t.low)) && (words.seenLower(t.low) || t.cls&cCommon != 0) {
			if _, isPolity := places.Lookup(t.low); !isPolity {
				return false
			}
		}
		return true
	}
	isNameWord := func(k int) bool { return nameWord(k, true) }
	for i := 0; i < len(toks); {
		if !nameWord(i, false) {
			i++
			continue
		}
		// An honorific is no part of the name: "Dr. John Clifford" is John Clifford.
		if k := afterHonorific(toks, i); k > i && k < len(toks) && isNameWord(k) {
			i = k
			continue
		}
		// A title inside a capitalized run splits it: "Ukrainian President Volodymyr Zelenskyy".
		if _, n := titles.match(toks, lw, i); n > 0 && i+n < len(toks) && allUpper(toks[i:i+n]) {
			i += n
			continue
		}
		// So does the portfolio a title holds with "of": "Minister of
		// Mines Ilse Varnholm" names Ilse Varnholm.
		if i >= 2 && lw[i-1] == "of" {
			if _, k := titles.matchEnding(toks, lw, i-2); k > 0 {
				if _, n := lx.Table(lexicon.Portfolios).Match(lw, i); n > 0 && i+n+1 < len(toks) && allUpper(toks[i:i+n+2]) {
					i += n
					continue
				}
			}
		}
		// So does one that carries its state: "President-elect Mira Tollen".
		if _, _, ok := v.statedTitle(lw[i]); ok && toks[i].hyphen && i+1 < len(toks) {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) {
			if isNameWord(j) {
				if _, n := titles.match(toks, lw, j); n > 0 && j+n < len(toks) && isNameWord(j+n) && toks[j+n-1].cls&cOrgWord == 0 {
					break // "Ukrainian President ..." stops before the title
				}
				j++
				continue
			}
			// A plural's possessive inside a name: "the Valdorian Nurses'
			// Association", "the Farmers' Union".
			if pluralPossessive(toks, j) && j+1 < len(toks) && isNameWord(j+1) {
				j += 2
				continue
			}
			// "of the National Security and Defense Council"
			if toks[j].cls&cConnector != 0 && !toks[j].upper && j+1 < len(toks) {
				k := j
				for k < len(toks) && toks[k].cls&cConnector != 0 && !toks[k].upper {
					k++
				}
				if k < len(toks) && isNameWord(k) && (toks[j].low != "and" || hasOrgWordAhead(toks, k)) && toks[j].low != "the" && !personBefore(toks[i:j]) {
					j = k
					continue
				}
			}
			break
		}
		m := mention{i: i, j: j}
		// Drop a sentence-initial word that is not a name: "Asked",
		// "Recent"; nor is a plural the document writes in lower case too
		// before a preposition, though a longer name capitalizes it
		// ("Nurses at Korvenna Hospital", "the Valdorian Nurses'
		// Association", "1,850 nurses").
		if i == 0 || isQuoteOrOpen(toks, i) {
			for m.i < m.j && (!words.isKnown(toks[m.i].low) && (toks[m.i].cls&(cStarter|cStop) != 0 || m.j-m.i == 1) || commonPlural(toks, m.i, words)) {
				if _, isPolity := places.Lookup(toks[m.i].low); isPolity {
					break
				}
				m.i++
			}
		}
		for m.i < m.j && (toks[m.i].low == "the" || toks[m.i].cls&cStop != 0) {
			m.i++
		}
		if m.i >= m.j {
			i = j
			continue
		}
		// A month alone after a date's preposition or a day is a date, not
		// a name: "in January", "since March", "on 8 July"; "Mrs May
		// said" is a name.
		if _, n := v.months.match(toks, lw, m.i); n == m.j-m.i && m.i > 0 && (monthPrep[lw[m.i-1]] || toks[m.i-1].kind == tNum) {
			i = j
			continue
		}
		m.name = joinTokens(text, toks[m.i:m.j])
		from := len(*lows)
		*lows = appendToLower(*lows, m.name)
		m.lowAt = [2]int32{int32(from), int32(len(*lows))}
		if m.i > 0 {
			if _, n := titles.matchEnding(toks, lw, m.i-1); n > 0 || honorificBefore(toks, m.i) {
				m.titled = true
			}
		}
		classifyMention(lx, v, toks, lw, &m)
		out = append(out, m)
		i = j
	}
	return out
}

// monthPrep holds the words that make a month standing after them a date.
var monthPrep = map[string]bool{"in": true, "since": true, "until": true, "till": true, "by": true, "from": true,
	"last": true, "next": true, "this": true, "early": true, "late": true, "mid": true, "of": true, "during": true}

// afterHonorific returns the token after the honorific at token i and its
// abbreviation period ("Dr." in "Dr. John Clifford", "Gen" in "Gen Anna
// Holt"), or i when none stands there. Without a period the next word must
// be longer than a letter: "Gen Z" is a name of its own.
func afterHonorific(toks []token, i int) int {
	if toks[i].cls&cHonorific == 0 {
		return i
	}
	k := i + 1
	if k < len(toks) && toks[k].text == "." && toks[k].start == toks[i].end {
		return k + 1
	}
	if k < len(toks) && len(toks[k].text) > 1 {
		return k
	}
	return i
}

// honorificBefore reports whether an honorific, with or without its
// period, stands right before token k.
func honorificBefore(toks []token, k int) bool {
	for p := k - 1; p >= 0 && p >= k-2; p-- {
		if toks[p].cls&cHonorific != 0 {
			return afterHonorific(toks, p) == k
		}
	}
	return false
}

// appendToLower appends strings.ToLower(s) to b.
func appendToLower(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return append(b, strings.ToLower(s)...)
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

func allUpper(toks []token) bool {
	for _, t := range toks {
		if !t.upper {
			return false
		}
	}
	return true
}

func hasOrgWordAhead(toks []token, k int) bool {
	for ; k < len(toks) && (isNameWord(&toks[k]) || toks[k].cls&cConnector != 0); k++ {
		if toks[k].cls&cOrgWord != 0 {
			return true
		}
	}
	return false
}

func isQuoteOrOpen(toks []token, i int) bool {
	if i == 0 {
		return true
	}
	p := toks[i-1]
	return p.kind == tPunct && strings.ContainsAny(p.text, "\"“‘'(—–-:")
}

// joinTokens writes tokens of text as they stood, with single spaces where
// the text had space and nothing where they were joined. When that is what
// the text holds, it returns the text itself rather than a copy.
func joinTokens(text string, toks []token) string {
	if len(toks) == 0 {
		return ""
	}
	asWritten := true
	for k := 1; k < len(toks) && asWritten; k++ {
		t, gap := toks[k], text[toks[k-1].end:toks[k].start]
		switch {
		case !t.joined:
			asWritten = gap == " "
		case t.kind == tWord && gap != "":
			asWritten = gap == "-"
		default:
			asWritten = gap == ""
		}
	}
	if asWritten {
		return text[toks[0].start:toks[len(toks)-1].end]
	}
	var b strings.Builder
	for k, t := range toks {
		if k > 0 && !t.joined {
			b.WriteByte(' ')
		} else if k > 0 && t.joined && t.kind == tWord && toks[k-1].end < t.start {
			b.WriteByte('-')
		}
		b.WriteString(t.text)
	}
	return b.String()
}

// classifyMention decides a mention's kind and polity.
func classifyMention(lx *lexicon.Lexicon, v *vocab, toks []token, sentLW []string, m *mention) {
	lw := sentLW[m.i:m.j:m.j]
	// The whole name is a place when the longest place phrase it starts
	// with is all of it.
	if p, n := v.places.match(toks[m.i:m.j], lw, 0); n == len(lw) {
		whole := lw[0]
		if len(lw) > 1 {
			whole = strings.Join(lw, " ")
		}
		m.polity = p
		m.kind = model.Place
		if isDemonym(whole, p) {
			m.adj = true
		}
		if lx.Has(lexicon.OrgWords, whole) {
			m.kind = model.Org // "Kremlin", "White House"
		}
		return
	}
	// A polity word inside a longer name: "Russian Defense Ministry".
	for k := range lw {
		if p, n := v.places.match(toks[m.i:m.j], lw, k); n > 0 {
			m.polity = p
			break
		}
	}
	switch {
	case toks[m.j-1].cls&cOrgWord != 0: // the last word is an organization's
		m.kind = model.Org
	case toks[m.j-1].cls&cPlaceWord != 0: // last is a place word
		m.kind = model.Place
	case m.j-m.i >= 2 && placeHeads[lw[0]]: // "Port Lisken", "Mount Orel", "Lake Vess"
		m.kind = model.Place
	case m.titled:
		m.kind = model.Person
	case m.i > 0 && toks[m.i-1].cls&cPlacePrep != 0 && m.j-m.i <= 3 && !(m.j-m.i >= 2 && agedApposite(toks, sentLW, m.j)):
		m.kind = model.Place
	case m.j-m.i >= 2 && m.j-m.i <= 4 && m.polity == "" && !hasConnector(lw):
		m.kind = model.Person
	default:
		m.kind = model.Other
	}
}

// agedApposite reports whether the tokens from j set an age and then a
// description or a relative clause in apposition to the name before them,
// as only a person's name takes: "fell to Walter Kessler, 68, a retired
// clockmaker", "went to Anna Pell, 41, who". A place after a preposition
// may be followed by a figure ("In Dravik, 12, including two children,
// were killed"), but not by both.
func agedApposite(toks []token, lw []string, j int) bool {
	if j+3 >= len(lw) || lw[j] != "," || toks[j+1].kind != tNum || lw[j+2] != "," {
		return false
	}
	switch lw[j+3] {
	case "a", "an", "who":
		n, err := strconv.Atoi(lw[j+1])
		return err == nil && n >= 1 && n <= maxAge
	}
	return false
}

// placeHeads are first words that make a capitalized name a place.
var placeHeads = map[string]bool{"port": true, "mount": true, "mt.": true, "lake": true, "fort": true,
	"cape": true, "isle": true, "glen": true}

// isDemonym reports whether w is an adjective or people name for a polity
// rather than its name: "ukrainian" for Ukraine.
func isDemonym(w, polity string) bool {
	if !(strings.HasSuffix(w, "an") || strings.HasSuffix(w, "ans") || strings.HasSuffix(w, "ish") ||
		strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "i") || strings.HasSuffix(w, "is") || strings.HasSuffix(w, "ch")) {
		return false
	}
	p := strings.ToLower(polity)
	return w != p && !strings.HasPrefix(p, w)
}

// hasConnector reports whether a name has a connector that people's names
// do not: "Reconstruction Loan for Valdoria".
func hasConnector(lw []string) bool {
	for _, w := range lw {
		switch w {
		case "of", "for", "the", "and":
			return true
		}
	}
	return false
}

// demonymSuffixes make an adjective or people name of a place name:
// Valdoria -> Valdorian, Karsten -> Karstenian, Quessa -> Quessan.
var demonymSuffixes = []string{"n", "an", "ian", "ese", "ish", "i"}

// resolveDemonyms links the adjectives of places the lexicon does not know
// to a name of the same document: "Karstenian drones" are Karsten's when
// the document names Karsten, and "Karsten" is then a polity. Mentions the
// lexicon knows are left alone.
func resolveDemonyms(sents []*sentence, words *docWords) {
	if words.polities == 0 {
		return
	}
	for _, s := range sents {
		for k := range s.mentions {
			m := &s.mentions[k]
			if m.polity != "" {
				continue
			}
			if m.j-m.i == 1 {
				p, ok := words.polityOf(s.lw[m.i])
				if !ok {
					continue
				}
				m.polity = p
				if s.lw[m.i] != strings.ToLower(p) {
					m.adj, m.kind = true, model.Place
				} else if m.kind == model.Other {
					m.kind = model.Place
				}
				continue
			}
			// "Karstenian Defense Ministry": a polity word inside a longer name.
			for _, w := range s.lw[m.i:m.j] {
				if p, ok := words.polityOf(w); ok {
					m.polity = p
					break
				}
			}
		}
	}
}
