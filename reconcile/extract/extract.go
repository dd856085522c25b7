package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/reconcile-news/reconcile/internal/slab"
	"github.com/reconcile-news/reconcile/model"
	"github.com/reconcile-news/reconcile/reconcile/lexicon"
	"github.com/reconcile-news/reconcile/reconcile/load"
)

// Extractor reads claims from documents. It is safe for concurrent use once
// built: it holds the read-only lexicon, and a pool of scratch buffers that
// each call to Extract takes for itself.
type Extractor struct {
	// SkipMentions, when set, makes Extract count where each entity is
	// named (model.Entity.Count) without listing the places
	// (model.Entity.Mentions stays nil): a reconciliation needs the count
	// alone, and the list is most of the memory entities take.
	SkipMentions bool

	lx      *lexicon.Lexicon
	num     reader
	v       *vocab
	scratch sync.Pool // of *scratch
}

// New returns an Extractor that reads language with lx.
func New(lx *lexicon.Lexicon) *Extractor {
	r := newReader(lx)
	return &Extractor{lx: lx, num: r, v: newVocab(lx, r)}
}

// scratch holds the buffers one call to Extract works in. Nothing in them
// outlives the call: what the result keeps is copied out, into the slabs.
type scratch struct {
	tok        tokenizer
	lw         []string   // the tokens' lower-case forms, for all sentences
	lemmaKeys  []lemmaKey // lemmatize's buffers
	lemmaWords []string
	rank       []int32     // the tokens' lemma ranks, for all sentences; see lemmatize
	lexs       []string    // the sentences' sorted lemmas, back to back
	marks      []bool      // contextOf's marks, one per lemma of a sentence, all false between calls
	lists      []string    // the claims' Entities lists, back to back, until ownLists copies them out
	ctxBuf     []byte      // contextOf's buffer
	lastCtx    model.Words // the context contextOf returned last, which an equal one shares
	taken      []bool      // tokens read as part of a date, for all sentences
	sents      []sentence
	ptrs       []*sentence
	mentions   []mention
	lows       []byte // the mentions' lower-case names; see findMentions
	claims     []model.Claim
	dates      []dateSpan  // one sentence's dates, whose claims follow its quantities
	figs       []figure    // one sentence's figures; see figures
	ids        []string    // quantities' temporary claim ids
	pos        load.Cursor // the positions of the document's mentions and claims, read mostly in order
	idBuf      []byte      // nameClaims' buffers
	idEnds     []int
	sites      []verbSite // quantities' measure sites
	words      docWords
	st         docState
	scale      lexicon.Unit // the one temperature scale the document names, or the zero Unit; see docScale
	poundsMass bool         // the document's "pounds" are weights; see weighsInPounds

	// The slabs the results' claims and lists are cut from. Unlike the
	// buffers above, what they hand out belongs to the results.
	claimSlab slab.Slab[model.Claim]
	listSlab  slab.Slab[string]
}

// reset empties sc for the next document, keeping its buffers and maps.
// The buffers are not cleared: each is written before it is read. What
// they still point to stays reachable until the next document overwrites
// it, or the pool drops sc at a garbage collection.
func (sc *scratch) reset() {
	sc.tok.reset()
	sc.lw, sc.taken = sc.lw[:0], sc.taken[:0]
	sc.rank, sc.lexs, sc.lists = sc.rank[:0], sc.lexs[:0], sc.lists[:0]
	sc.sents, sc.ptrs, sc.mentions = sc.sents[:0], sc.ptrs[:0], sc.mentions[:0]
	sc.claims, sc.dates = sc.claims[:0], sc.dates[:0]
	sc.lastCtx = ""
	sc.st.reset()
}

// Result is what was read from one document.
type Result struct {
	Claims   []model.Claim
	Entities []model.Entity // people, places and organizations named, with their mentions
}

// sentence is one sentence being read, with its tokens and names.
type sentence struct {
	doc      *load.Document
	sec      model.Section
	start    int
	end      int
	from, to int // its tokens in the document's: [from, to)
	toks     []token
	lw       []string
	mentions []mention
	speaker  string     // who the sentence is attributed to
	spokeAt  int        // the first token the speaker speaks for: past a contrast its verb of saying stands in
	taken    []bool     // tokens already read as part of a date
	place    string     // a place that frames the whole sentence: "In Cherkasy, ..."
	lead     int32      // the token after the dash of a dateline that opens the sentence, or 0
	lemmaOK  bool       // lexs and rank are filled
	lexs     []string   // the distinct lemmas of the sentence, sorted
	rank     []int32    // per token, the index of its lemma in lexs, or -1
	sc       *scratch   // the buffers of the call reading the sentence
	framed   bool       // speaker, place and period are read; see frameClaims
	ents     []string   // the canonical names mentioned; see entitiesOf
	whole    model.Span // the sentence's span; see span
	spanOK   bool       // whole is filled
	entsDone bool       // ents is filled
}

// docState carries what is learned while reading a document sentence by
// sentence: names seen so far, so that "Trump" links to "Donald Trump".
type docState struct {
	words    *docWords         // how the document writes its words: which capitalized ones are names
	persons  map[string]string // surname or short form (lower) -> full name
	heads    map[string]string // an organization's last word (lower) -> its full name, "" when two share it
	polities map[string]string // a polity -> its key, made once per document
	names    map[string]string // a full name -> its key, made once per document
	entities map[string]int32  // canonical name -> index in ents
	ents     []model.Entity    // the entities named, without their mentions
	mentions []entityMention   // the mentions of ents, in source order
	order    []int32           // entityList's buffers
	rank     []int32
	count    []int32
	prev     *sentence    // the sentence read before, whose speaker "It said" names
	lastQty  *model.Claim // the previous quantity claim, for ellipsis: nil or &last
	last     model.Claim  // a copy of the previous quantity claim
	before   model.Claim  // a copy of the quantity claim before last, when hasBefore
	// hasBefore says that before is of the same sentence as last.
	hasBefore bool
	// prevEarlier says that prev counted something of an earlier event.
	prevEarlier bool
	// prevYear is the past year that dated a figure of prev, or "".
	prevYear string
}

// carryEarlier gives the quantities of s, just read, the version of an
// earlier event when s refers back with "that" and a noun and follows, in
// its paragraph, a sentence that counted something of an earlier event:
// "The accident revived memories of a 2026 derailment on the same line,
// injuring 23 people. That section of the line was closed for three
// weeks." After a sentence whose figures a past year dated, they take
// that year: "During a cup tie in October 2022, the lights went out for
// 26 minutes. Only 5,400 fans attended that match." It reports whether s
// counted something of an earlier event and the past year that dated its
// figures, for the sentence after it.
func carryEarlier(s *sentence, st *docState, qs []model.Claim) (earlier bool, year string) {
	if (st.prevEarlier || st.prevYear != "") && thatBack(s) && st.prevInParagraph(s) {
		for i := range qs {
			switch {
			case qs[i].Version != "" || qs[i].Period != "":
			case st.prevEarlier:
				qs[i].Version = earlierEvent
			default:
				qs[i].Period = st.prevYear
			}
		}
	}
	for i := range qs {
		if qs[i].Version == earlierEvent {
			earlier = true
		}
		if year == "" && yearPeriod(qs[i].Period) {
			year = qs[i].Period
		}
	}
	return earlier, year
}

// yearPeriod reports whether a claim's period is a year, "2022", rather
// than a span or a named window.
func yearPeriod(p string) bool {
	if len(p) != 4 {
		return false
	}
	for i := 0; i < len(p); i++ {
		if p[i] < '0' || p[i] > '9' {
			return false
		}
	}
	return true
}

// thatBack reports whether s refers back to something the sentence before
// it told of by "that" and a noun: opening it ("That section of the
// line was closed") or ending a phrase after a verb in "-ed" or a
// preposition ("Only 5,400 fans attended that match.", "in that fire,").
func thatBack(s *sentence) bool {
	noun := func(k int) bool { return k < len(s.lw) && lettersOnly(s.lw[k]) && !s.is(k, cStop|cBeAux|cCopula|cSay) }
	if len(s.lw) > 2 && s.lw[0] == "that" && noun(1) {
		return true
	}
	for k := 1; k+2 < len(s.lw); k++ {
		if s.lw[k] == "that" && noun(k+1) && s.toks[k+2].kind == tPunct && (pastForm(s.lw[k-1]) || s.is(k-1, cPlacePrep) || s.lw[k-1] == "during") {
			return true
		}
	}
	return false
}

// prevInParagraph reports whether the sentence read before s stands in its
// paragraph: in its section, with no line break between them.
func (st *docState) prevInParagraph(s *sentence) bool {
	return st.prev != nil && st.prev.sec == s.sec && st.prev.end <= s.start && !strings.Contains(s.doc.Text[st.prev.end:s.start], "\n")
}

// wholeBack returns the figure of an earlier sentence that a part of lo
// things ("Four of them") is taken from: the last one read, unless it is a
// count too small to hold the part, or no count at all, and the one before
// it, of the same sentence, is a count that holds it ("Fourteen people
// were taken to three hospitals. Four of them ...", "Six pensioners died
// as temperatures reached 36.8C on Wednesday. Four of them ..."), or a
// measurement that holds it when the last is a count ("has grown wheat
// on 1,900 acres for four generations. About 700 of those acres ...").
func (st *docState) wholeBack(lo float64) *model.Claim {
	if st.lastQty == nil || !st.hasBefore {
		return st.lastQty
	}
	l, b := st.last.Value, st.before.Value
	if (b.Kind == model.Count || b.Kind == model.Measurement && l.Kind == model.Count) && b.Lo >= lo && (l.Kind != model.Count || l.Hi < lo) {
		return &st.before
	}
	return st.lastQty
}

// entityMention is a mention of the entity ents[e], at positions
// [start, end) of the document. It holds no pointers: entityList makes
// the model.Mention, so that the mention is written once.
type entityMention struct {
	e          int32
	start, end model.Pos
}

// reset empties st for another document, keeping its buffers and maps.
func (st *docState) reset() {
	st.words.reset()
	clear(st.persons)
	clear(st.heads)
	clear(st.polities)
	clear(st.names)
	clear(st.entities)
	st.ents, st.mentions = st.ents[:0], st.mentions[:0]
	st.lastQty, st.last, st.before, st.hasBefore, st.prev, st.prevEarlier, st.prevYear = nil, model.Claim{}, model.Claim{}, false, nil, false, ""
}

// entityList returns the entities named in doc, sorted by name, each with
// its aliases sorted, its count of mentions and, unless skipMentions, its
// mentions in source order.
func (st *docState) entityList(doc *load.Document, skipMentions bool) []model.Entity {
	if len(st.ents) == 0 {
		return nil
	}
	// Sort the entities by name through their indexes: an entity is too
	// large to move for every comparison.
	n := len(st.ents)
	order, rank, count := st.order[:0], slices.Grow(st.rank[:0], n)[:n], slices.Grow(st.count[:0], n+1)[:n+1]
	for k := range n {
		order = append(order, int32(k))
	}
	slices.SortFunc(order, func(a, b int32) int { return strings.Compare(st.ents[a].Name, st.ents[b].Name) })
	clear(count)
	for k, e := range order {
		rank[e] = int32(k)
	}
	// One slice holds the mentions of all entities, each its own part.
	for _, em := range st.mentions {
		count[rank[em.e]+1]++
	}
	for k := 1; k < len(count); k++ {
		count[k] += count[k-1]
	}
	out := make([]model.Entity, n)
	for k, e := range order {
		out[k] = st.ents[e]
		out[k].Count = int(count[k+1] - count[k])
		sort.Strings(out[k].Aliases)
	}
	st.order, st.rank, st.count = order, rank, count
	if skipMentions {
		return out
	}
	all := make([]model.Mention, len(st.mentions))
	next := count[:n]
	for _, em := range st.mentions {
		r := rank[em.e]
		m := &all[next[r]]
		m.Span = model.Span{Source: doc.Source.Path, Start: em.start, End: em.end}
		m.Text = doc.Text[em.start.Offset:em.end.Offset]
		next[r]++
	}
	start := int32(0)
	for k := range out {
		out[k].Mentions = all[start:next[k]:next[k]]
		start = next[k]
	}
	return out
}

// Extract reads the claims of doc. Claims are ordered by position.
func (x *Extractor) Extract(doc *load.Document) Result {
	sc, _ := x.scratch.Get().(*scratch)
	if sc == nil {
		sc = &scratch{}
		sc.st = docState{words: &sc.words, persons: map[string]string{}, heads: map[string]string{}, polities: map[string]string{}, names: map[string]string{}, entities: map[string]int32{}}
	}
	defer func() {
		sc.reset()
		x.scratch.Put(sc)
	}()
	st := &sc.st
	sc.pos = doc.Cursor()
	// Tokens first, all into one slice, each sentence remembering its part.
	sents := slices.Grow(sc.sents, len(doc.Sentences))
	z := &sc.tok
	for _, s := range doc.Sentences {
		if s.Section == model.SectionUnknown {
			continue
		}
		from := len(z.toks)
		z.add(doc.Text, s.Start, s.End)
		if len(z.toks) == from {
			continue
		}
		sents = append(sents, sentence{doc: doc, sec: s.Section, start: s.Start, end: s.End, from: from, to: len(z.toks)})
	}
	toks := z.finish()
	x.v.classify(toks)
	lw := slices.Grow(sc.lw, len(toks))[:len(toks)]
	for k := range toks {
		lw[k] = toks[k].low
	}
	sc.lw = lw
	sc.scale = x.docScale(lw)
	sc.poundsMass = weighsInPounds(toks)
	sc.taken = slices.Grow(sc.taken, len(toks))[:len(toks)]
	sc.rank = slices.Grow(sc.rank, len(toks))[:len(toks)]
	clear(sc.taken)
	ptrs := slices.Grow(sc.ptrs, len(sents))
	for k := range sents {
		s := &sents[k]
		s.toks = toks[s.from:s.to:s.to]
		s.lw = lw[s.from:s.to:s.to]
		s.lead = int32(findDatelineEnd(s))
		if s.toks[0].low == "then" {
			s.toks[0].cls &^= cStatuses // "Then Foreign Affairs Minister Ola Brak spoke": the adverb, no former holder
		}
		st.words.see(s.toks, s.sec == model.Headline)
		ptrs = append(ptrs, s)
	}
	sc.sents, sc.ptrs = sents, ptrs
	// Names first, over the whole document, so that a surname used before
	// the full name still links.
	st.words.settle(x.v)
	mentions, lows := sc.mentions, sc.lows[:0]
	for _, s := range ptrs {
		from := len(mentions)
		mentions = findMentions(mentions, &lows, x.lx, x.v, doc.Text, s.toks, s.lw, st.words, s.sec == model.Headline)
		s.mentions = mentions[from:len(mentions):len(mentions)]
	}
	sc.mentions, sc.lows = mentions, lows
	low := string(lows) // one string for all the lower-case names
	for _, s := range ptrs {
		for k := range s.mentions {
			m := &s.mentions[k]
			m.low = low[m.lowAt[0]:m.lowAt[1]]
		}
	}
	resolveDemonyms(ptrs, st.words)
	for _, s := range ptrs {
		for _, m := range s.mentions {
			if m.kind == model.Person && m.j-m.i >= 2 && s.sec != model.Headline {
				full := m.name
				st.persons[strings.ToLower(s.toks[m.j-1].text)] = full
				st.persons[m.low] = full
			}
			if m.kind == model.Org && m.j-m.i >= 2 && s.sec != model.Headline && m.polity == "" {
				// "the Brenton County Jail" is the article's "Jail", unless
				// another of its organizations ends in the word too.
				head := m.low[strings.LastIndexByte(m.low, ' ')+1:] // the last word, lower case, with no copy
				if prev, ok := st.heads[head]; ok && prev != m.name {
					st.heads[head] = ""
				} else {
					st.heads[head] = m.name
				}
			}
		}
	}
	// The slot values of the mentions, now that the persons are known.
	for _, s := range ptrs {
		for k := range s.mentions {
			s.mentions[k].key = st.mentionKey(s.mentions[k])
		}
	}
	claims, dates := sc.claims, sc.dates
	for _, s := range ptrs {
		s.taken = sc.taken[s.from:s.to:s.to]
		s.rank = sc.rank[s.from:s.to:s.to]
		s.sc = sc
		x.frame(s, st)
		claims = x.roles(claims, s, st)
		dates = x.findDates(dates[:0], s)
		n := len(claims)
		claims = x.quantities(claims, s, st)
		earlier, year := carryEarlier(s, st, claims[n:])
		claims = x.scores(claims, s, st)
		claims = x.dates(claims, s, st, dates)
		st.prev, st.prevEarlier, st.prevYear = s, earlier, year
	}
	sc.claims, sc.dates = claims, dates
	sort.Stable(byOffset(claims))
	var res Result
	if len(claims) > 0 {
		res.Claims = append(sc.claimSlab.Take(len(claims)), claims...)
		ownLists(res.Claims, &sc.listSlab)
	}
	nameClaims(res.Claims, doc.Source, sc)
	res.Entities = st.entityList(doc, x.SkipMentions)
	return res
}

// nameClaims gives claims, sorted by offset, their final ids,
// "src:kind:offset", and points their parents at them. A claim of the same
// kind and offset as an earlier one gets ".1" after it (a third would get
// ".1" again; none of the rules reads two such claims, let alone three).
// The ids are cut from one string; sc lends the buffers to build it.
func nameClaims(claims []model.Claim, src model.Source, sc *scratch) {
	var srcID [8]byte
	h := sourceID(src)
	hex.Encode(srcID[:], h[:])
	buf, ends := sc.idBuf[:0], slices.Grow(sc.idEnds[:0], len(claims))
	for i := range claims {
		c := &claims[i]
		buf = append(buf, srcID[:]...)
		buf = append(buf, ':')
		buf = append(buf, c.Kind.String()...)
		buf = append(buf, ':')
		buf = strconv.AppendInt(buf, int64(c.Span.Start.Offset), 10)
		// Claims with the same id have the same offset, so they stand
		// together.
		for k := i - 1; k >= 0 && claims[k].Span.Start.Offset == c.Span.Start.Offset; k-- {
			if claims[k].Kind == c.Kind {
				buf = append(buf, ".1"...)
				break
			}
		}
		ends = append(ends, len(buf))
	}
	sc.idBuf, sc.idEnds = buf, ends
	all := string(buf)
	id := func(i int) string {
		if i == 0 {
			return all[:ends[0]]
		}
		return all[ends[i-1]:ends[i]]
	}
	// A parent names a claim by its temporary id, which the claim loses
	// below.
	for i := range claims {
		if p := claims[i].Parent; p != "" {
			if k := lastWithID(claims, p); k >= 0 {
				claims[i].Parent = id(k)
			} else {
				claims[i].Parent = ""
			}
		}
	}
	for i := range claims {
		claims[i].ID = id(i)
	}
}

// lastWithID returns the index of the last of claims, sorted by offset,
// whose id is id, or -1. A temporary id holds its claim's offset (see
// tmpID), where the search starts; any other id is searched for in all
// claims.
func lastWithID(claims []model.Claim, id string) int {
	if off, ok := tmpOffset(id); ok {
		k := sort.Search(len(claims), func(k int) bool { return claims[k].Span.Start.Offset > off })
		for k--; k >= 0 && claims[k].Span.Start.Offset == off; k-- {
			if claims[k].ID == id {
				return k
			}
		}
	}
	for k := len(claims) - 1; k >= 0; k-- {
		if claims[k].ID == id {
			return k
		}
	}
	return -1
}

// byOffset sorts claims by the offset of their quote. It compares in
// place: a claim is too large to copy for every comparison.
type byOffset []model.Claim

func (c byOffset) Len() int           { return len(c) }
func (c byOffset) Less(i, j int) bool { return c[i].Span.Start.Offset < c[j].Span.Start.Offset }
func (c byOffset) Swap(i, j int)      { c[i], c[j] = c[j], c[i] }

// sourceID names a source in claim ids: the first four bytes of a hash of
// its path and content, written in hex, so that two files with the same
// text (a syndicated copy) still give distinct ids, and an id does not
// change while neither does.
func sourceID(src model.Source) [4]byte {
	var buf [256]byte
	b := append(append(append(buf[:0], src.Path...), 0), src.Hash...)
	h := sha256.Sum256(b)
	return [4]byte(h[:4])
}

// canonical returns the full name a mention stands for within the document
// and records the mention.
func (st *docState) canonical(s *sentence, m mention) string {
	name := m.name
	if m.kind == model.Person || m.kind == model.Other {
		if full, ok := st.persons[m.low]; ok {
			name = full
			m.kind = model.Person
		}
	}
	if full := st.headOf(m); full != "" {
		name, m.kind = full, model.Org
	}
	if m.polity != "" && (m.kind == model.Place) {
		name = m.polity
	}
	k, ok := st.entities[name]
	if !ok {
		k = int32(len(st.ents))
		st.ents = append(st.ents, model.Entity{Name: name, Kind: m.kind})
		st.entities[name] = k
	}
	e := &st.ents[k]
	if m.name != name && !slices.Contains(e.Aliases, m.name) {
		e.Aliases = append(e.Aliases, m.name)
	}
	// The mention's text is what the span holds, line breaks and all (see
	// entityList); the name has its spaces normalized.
	pos := &s.sc.pos
	st.mentions = append(st.mentions, entityMention{e: k, start: pos.Pos(s.toks[m.i].start), end: pos.Pos(s.toks[m.j-1].end)})
	return name
}

// frame records the names of a sentence.
func (x *Extractor) frame(s *sentence, st *docState) {
	for _, m := range s.mentions {
		if !m.adj {
			st.canonical(s, m)
		}
	}
}

// frameClaims reads what holds for the whole sentence, once, before its
// first claim: its speaker and a framing place. A sentence without claims
// needs neither.
func (x *Extractor) frameClaims(s *sentence, st *docState) {
	if s.framed {
		return
	}
	s.framed = true
	s.speaker = x.speaker(s, st)
	s.spokeAt = 0
	if s.speaker != "" {
		s.spokeAt = contrastBeforeSay(s)
	}
	// "Nationwide, ...", "Across the country, ...": the whole country.
	if k := indexOf(s.lw, ",", 0); k > 0 && k <= 8 {
		if p := wholeRegionIn(s.lw, 0, k); p != "" {
			s.place = p // "Across the whole of the state, ..."
		}
	}
	// "In Cherkasy, ...", "In Russia's Rostov region, ...": a place that
	// opens the sentence frames all of it.
	if len(s.toks) > 2 && s.is(0, cPlacePrep) {
		end := indexOf(s.lw, ",", 1)
		if end > 0 && end < 10 {
			if m, ok := lastMention(s, 1, end, func(m mention) bool { return !m.adj }); ok {
				s.place = placeKey(x.lx, m)
			}
		}
	}
}

func indexOf(lw []string, w string, from int) int {
	for i := from; i < len(lw); i++ {
		if lw[i] == w {
			return i
		}
	}
	return -1
}

// lastMention returns the last mention inside tokens [i, j) that ok accepts.
func lastMention(s *sentence, i, j int, ok func(mention) bool) (mention, bool) {
	for k := len(s.mentions) - 1; k >= 0; k-- {
		m := s.mentions[k]
		if m.i >= i && m.j <= j && ok(m) {
			return m, true
		}
	}
	return mention{}, false
}

// placeKey is the slot value of a place mention: the place itself, not the
// polity it lies in.
func placeKey(lx *lexicon.Lexicon, m mention) string {
	if m.polity != "" && m.kind == model.Place && !m.adj {
		if p, ok := lx.Table(lexicon.Places).Lookup(strings.ToLower(m.name)); ok {
			return strings.ToLower(p)
		}
	}
	return normKey(trimPlaceWord(lx, m.name))
}

// trimPlaceWord drops a trailing generic word: "Rostov region" -> "Rostov".
func trimPlaceWord(lx *lexicon.Lexicon, name string) string {
	if i := strings.LastIndexByte(name, ' '); i > 0 && lx.Has(lexicon.PlaceWords, strings.ToLower(name[i+1:])) {
		return name[:i]
	}
	return name
}

// entityKey is the slot value for an actor, target or speaker mention: the
// polity for states and their organs ("Ukraine's air force" -> "ukraine"),
// the full name otherwise.
func (st *docState) entityKey(m mention) string {
	if m.key != "" {
		return m.key
	}
	return st.mentionKey(m)
}

// mentionKey works out entityKey's value for m.
func (st *docState) mentionKey(m mention) string {
	if m.polity != "" && (m.kind == model.Place || m.kind == model.Org || m.adj) {
		return memo(st.polities, m.polity, strings.ToLower)
	}
	if full, ok := st.persons[m.low]; ok && full != m.name {
		return memo(st.names, full, normKey)
	}
	if full := st.headOf(m); full != "" {
		return memo(st.names, full, normKey) // "Jail built for 312": the Brenton County Jail
	}
	return foldApostrophes(m.low) // normKey(m.name)
}

// headOf returns the full name of the one organization of the document
// whose last word a one-word mention is ("Museum director Ruth Ellison"
// of the Isabella Stewart Gardner Museum), or "".
func (st *docState) headOf(m mention) string {
	if m.j-m.i != 1 || m.kind != model.Org && m.kind != model.Other {
		return ""
	}
	return st.heads[m.low]
}

// memo returns make(s), remembered in m: the same polities and full names
// key most mentions of a document, and making a key allocates.
func memo(m map[string]string, s string, make func(string) string) string {
	k, ok := m[s]
	if !ok {
		k = make(s)
		m[s] = k
	}
	return k
}

// claimBase fills the fields every claim of sentence s shares.
func (s *sentence) claimBase(kind model.ClaimKind, i, j int) model.Claim {
	d := s.doc
	start, end := s.toks[i].start, s.toks[j-1].end
	return model.Claim{
		Kind:     kind,
		Span:     s.sc.pos.Span(start, end),
		Quote:    d.Text[start:end],
		Sentence: s.span().Range(),
		Text:     d.Text[s.start:s.end],
		Section:  s.sec,
		SaidBy:   s.speakerOf(i),
	}
}

// speakerOf returns who the claim that starts at token i is attributed
// to: the sentence's speaker, unless the speaker's verb of saying stands
// in a contrast after the claim ("the top speed is capped at 20 km/h,
// although Brandvik said the review would ...").
func (s *sentence) speakerOf(i int) string {
	if i < s.spokeAt {
		return ""
	}
	return s.speaker
}

// contrastBeforeSay returns where a contrast set off by a comma opens
// ("..., but doctors say ...", "..., although Brandvik said ...") when
// the sentence's first verb of saying stands in it, or 0.
func contrastBeforeSay(s *sentence) int {
	at := 0
	for k := 1; k < len(s.lw); k++ {
		switch {
		case s.is(k, cSay):
			return at
		case s.lw[k-1] == "," && contrasts[s.lw[k]]:
			at = k
		case s.lw[k] == "according" && k+1 < len(s.lw) && s.lw[k+1] == "to":
			return at
		}
	}
	return 0
}

// contrasts open a clause that sets what follows against what went before.
var contrasts = map[string]bool{"but": true, "although": true, "though": true, "yet": true, "whereas": true}

// span returns the span of the whole sentence, worked out once.
func (s *sentence) span() model.Span {
	if !s.spanOK {
		s.whole, s.spanOK = s.sc.pos.Span(s.start, s.end), true
	}
	return s.whole
}

// entitiesOf lists the canonical names mentioned in s, sorted, or returns
// nil. The list is worked out once per sentence and shared by its claims,
// which must not change it; it lies in the scratch buffer sc.lists until
// ownLists copies it out.
func (s *sentence) entitiesOf(st *docState) []string {
	if !s.entsDone {
		s.ents, s.entsDone = s.listEntities(st), true
	}
	return s.ents
}

func (s *sentence) listEntities(st *docState) []string {
	lists := s.sc.lists
	from := len(lists)
	for _, m := range s.mentions {
		k := st.entityKey(m)
		if !slices.Contains(lists[from:], k) {
			lists = append(lists, k)
		}
	}
	s.sc.lists = lists
	if len(lists) == from {
		return nil
	}
	out := lists[from:len(lists):len(lists)]
	sort.Strings(out)
	return out
}

// ownLists copies the Entities lists of claims, which point into the
// scratch buffer sc.lists, into one block taken from sl. A claim whose
// list equals the one of the claim before it (those of one sentence, which
// stand together, often name the same entities) shares its copy: nothing
// changes a claim's lists once it is read. An empty list stays nil or
// empty as it was.
func ownLists(claims []model.Claim, sl *slab.Slab[string]) {
	n := 0
	var ents []string // the last list counted
	for i := range claims {
		c := &claims[i]
		if !sameList(c.Entities, ents) {
			n += len(c.Entities)
			ents = c.Entities
		}
	}
	block := sl.Take(n)
	var from, to []string // the last list copied, and its copy
	for i := range claims {
		c := &claims[i]
		switch {
		case len(c.Entities) == 0:
		case !sameList(c.Entities, from):
			k := len(block)
			block = append(block, c.Entities...)
			from, to = c.Entities, block[k:len(block):len(block)]
			c.Entities = to
		default:
			c.Entities = to
		}
	}
}

// sameList reports whether a and b are equal non-empty lists.
func sameList(a, b []string) bool {
	return len(a) > 0 && len(a) == len(b) && (&a[0] == &b[0] || slices.Equal(a, b))
}

// contextOf returns the content-word lemmas of tokens [i, j). Claims of one
// sentence often read the same words: a context equal to the one before it
// is that one, not a copy.
func (x *Extractor) contextOf(s *sentence, i, j int) model.Words {
	i, j = max(0, i), min(len(s.toks), j)
	if !s.lemmaOK {
		x.lemmatize(s)
	}
	marks := s.sc.marks[:len(s.lexs)]
	for k := i; k < j; k++ {
		if r := s.rank[k]; r >= 0 {
			marks[r] = true
		}
	}
	buf := s.sc.ctxBuf[:0]
	for r, m := range marks {
		if m {
			if len(buf) > 0 {
				buf = append(buf, ' ')
			}
			buf = append(buf, s.lexs[r]...)
			marks[r] = false
		}
	}
	s.sc.ctxBuf = buf
	if string(buf) != string(s.sc.lastCtx) {
		s.sc.lastCtx = model.Words(buf)
	}
	return s.sc.lastCtx
}

// lemmatize looks up the lemmas of s once: several claims of a sentence
// share most of their context window. It sorts the distinct lemmas into
// s.lexs and ranks each token by its lemma, so that a context is read off
// in order without sorting.
func (x *Extractor) lemmatize(s *sentence) {
	s.lemmaOK = true
	sc := s.sc
	keys, words := sc.lemmaKeys[:0], sc.lemmaWords[:0]
	for k, t := range s.toks {
		s.rank[k] = -1
		if t.kind != tWord || len(t.low) < 3 || t.cls&cStop != 0 {
			continue
		}
		var w string
		if t.cls&(cMeasures|cThings) != 0 {
			w = lemma(x.lx, t.low)
		} else {
			w = lexicon.Singular(t.low) // what lemma gives a word that starts no phrase
		}
		keys = append(keys, lemmaKey{key: prefixKey(w), w: int32(len(words)), k: int32(k)})
		words = append(words, w)
	}
	sortLemmas(keys, words)
	from := len(sc.lexs)
	for i, p := range keys {
		if i == 0 || words[p.w] != words[keys[i-1].w] {
			sc.lexs = append(sc.lexs, words[p.w])
		}
		s.rank[p.k] = int32(len(sc.lexs) - from - 1)
	}
	s.lexs = sc.lexs[from:len(sc.lexs):len(sc.lexs)]
	sc.lemmaKeys, sc.lemmaWords = keys, words
	if len(sc.marks) < len(s.lexs) {
		sc.marks = make([]bool, len(s.lexs))
	}
}

// sortLemmas sorts keys by their lemmas, words[key.w]. A sentence has a
// few dozen content words at most, which an insertion sort orders without
// the calls of a general sort; longer lists take the general sort. The
// keys hold no pointers, so that moving them costs no write barriers.
func sortLemmas(keys []lemmaKey, words []string) {
	if len(keys) > 48 {
		slices.SortFunc(keys, func(a, b lemmaKey) int { return strings.Compare(words[a.w], words[b.w]) })
		return
	}
	for i := 1; i < len(keys); i++ {
		p := keys[i]
		j := i
		for ; j > 0 && (keys[j-1].key > p.key || keys[j-1].key == p.key && words[keys[j-1].w] > words[p.w]); j-- {
			keys[j] = keys[j-1]
		}
		keys[j] = p
	}
}

// lemmaKey is the lemma words[w] of token k of a sentence.
type lemmaKey struct {
	key  uint64 // prefixKey(words[w])
	w, k int32
}

// prefixKey packs the first eight bytes of w, zero-padded, big end first:
// keys that differ order as their words do, so most comparisons of words
// are one comparison of keys.
func prefixKey(w string) uint64 {
	if len(w) >= 8 {
		return uint64(w[0])<<56 | uint64(w[1])<<48 | uint64(w[2])<<40 | uint64(w[3])<<32 |
			uint64(w[4])<<24 | uint64(w[5])<<16 | uint64(w[6])<<8 | uint64(w[7])
	}
	var k uint64
	for i := 0; i < len(w); i++ {
		k |= uint64(w[i]) << (56 - 8*i)
	}
	return k
}

// thingLemma is lemma without the measures: a counted thing's canonical
// name, or w in the singular.
func thingLemma(lx *lexicon.Lexicon, w string) string {
	one := [1]string{w}
	if c, n := lx.Table(lexicon.Things).Match(one[:], 0); n == 1 {
		return c
	}
	return lexicon.Singular(w)
}

// lemma folds a word to the canonical form the lexicon knows it by, or to
// its singular.
func lemma(lx *lexicon.Lexicon, w string) string {
	// A one-word phrase that starts at the only word is w's own entry:
	// Lookup without splitting w into words.
	one := [1]string{w}
	if c, n := lx.Table(lexicon.Measures).Match(one[:], 0); n == 1 {
		return c
	}
	if c, n := lx.Table(lexicon.Things).Match(one[:], 0); n == 1 {
		return c
	}
	if c, ok := lx.Table(lexicon.Verbs).Lookup(w); ok {
		return c // "fought": a fight
	}
	return lexicon.Singular(w)
}
