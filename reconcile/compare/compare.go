package compare

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/reconcile-news/reconcile/internal/par"
	"github.com/reconcile-news/reconcile/model"
	"github.com/reconcile-news/reconcile/reconcile/match"
	"github.com/reconcile-news/reconcile/reconcile/store"
)

// Options tune comparison.
type Options struct {
	Tolerance     float64 // relative tolerance for figures: 0.05 lets 100 match 104
	MinConfidence float64 // findings below this confidence are near misses
	MaxBlock      int     // in a block larger than this, each claim is compared with this many neighbours
	Explain       bool    // keep the closest pairs that were not flagged
	// Aggregate names the periods that sum many events ("week", "war"): a
	// figure over one is not compared with a figure that states no period.
	Aggregate map[string]bool
	// Party reports whether a word (lower case, singular) marks a party to
	// a dispute ("rebel", "opposition", "organiser"): two figures credited
	// to different parties, one or both of them such a party, are each
	// side's own count and are not compared. Nil marks no word.
	Party func(word string) bool
	// Stopword reports whether a word (lower case) is a function word,
	// which says nothing of a sentence's topic: the last tie between two
	// counterparts counts the other words their clauses share. Nil marks
	// none.
	Stopword func(word string) bool
	// Portfolio reports whether what a title is of names a minister's
	// portfolio (lexicon.Portfolios: "finance", "interior"): one person
	// holds no two sitting ministers' titles of two such portfolios at
	// once. Nil names none.
	Portfolio func(of string) bool
	// Event reports whether the subject of a date names an event of its
	// own (lexicon.Events: "capsize", "resign"): two dates of one such
	// event in reports that share an anchor likely date the same act,
	// whatever else their sentences say. Nil names no event.
	Event func(subject string) bool
	// Reported reports whether the subject of an amount names a figure an
	// organisation reports of itself (lexicon class "finance": "profit",
	// "revenue"). Two articles' amounts of such a figure are compared even
	// when only one of their sentences names the company: a results story
	// names it once and then speaks of "net profit". Nil names none.
	Reported func(subject string) bool
	// OnePerEvent reports whether the subject of a share names a figure
	// an event has only one of (lexicon class "election": "turnout").
	// Two articles' shares of such a subject are compared whatever else
	// their sentences name: one names the winner, the other the city.
	// Nil names none.
	OnePerEvent func(subject string) bool
	// Reading reports whether a measure is what an instrument or an
	// agency measures (lexicon class "reading": "magnitude", "depth"):
	// two figures credited to different agencies are each agency's own
	// reading, as a quake's magnitude differs by method, and are not
	// compared. Nil names none.
	Reading func(measure string) bool
	// TimeUnit gives the days in a unit of time ("years" -> 365.25), for
	// dates counted back from an unknown publication day ("three years
	// ago"), which one article's claims share. Nil compares no such dates.
	TimeUnit func(word string) (days float64, ok bool)
	// Involving, when set, limits findings to pairs with a claim from a
	// source it accepts: a run over a corpus reports what its new articles
	// bring, not the corpus against itself. Figures of two other sources
	// are still compared for agreement alone, so that a finding counts
	// every source agreeing with each side, as without Involving (the
	// caller may leave out of the store the claims that cannot agree with
	// an accepted one through any chain of blocks). Each article's summary
	// is still checked against its own body, since a summary figure its
	// body contradicts is not set against other articles either.
	Involving func(source string) bool
	// Jobs is how many blocks are compared at once; below 2, one at a
	// time. The result is the same for any value.
	Jobs int
	// Names, when set, reports whether the article at source names the
	// entity of an anchor (match.Topic of its canonical name) anywhere,
	// and known whether it lists the entities it names at all. An actor,
	// target or origin one of two disagreeing claims states and the other
	// leaves out is then another one when the other's article never names
	// it: "a second ferry, the Sorrel, carrying 90 passengers" is not the
	// ferry of a report that never mentions the Sorrel.
	Names func(source, anchor string) (named, known bool)
	// Claims, when set, returns the claims read from the article at
	// source. A figure that leaves out an actor, target or origin the
	// other of two disagreeing figures states is then another party's
	// when its own article gives that party a figure of its own: in a
	// story that says "Lessa Brandt, 46, was sentenced to six years", the
	// headline's "jailed for 14 years" is not Brandt's term.
	Claims func(source string) []model.Claim
	// Spellings, when set, returns the folded names by which the article
	// at source names the entity of a blocking anchor ("khorlar" for
	// "katrin_kholar"), or nil when it names it only by the anchor's own
	// name. Claims of two articles are then compared only when the
	// articles spell some anchor they share alike (see namedAlike).
	Spellings func(source, anchor string) []string
}

// DefaultOptions returns the options reconcile uses unless told otherwise.
func DefaultOptions() Options {
	return Options{Tolerance: 0, MinConfidence: 0.6, MaxBlock: 256}
}

// Validate reports whether the options make sense.
func (o Options) Validate() error {
	switch {
	case o.Tolerance < 0 || o.Tolerance > 1:
		return fmt.Errorf("tolerance %v: want a fraction between 0 and 1", o.Tolerance)
	case o.MinConfidence < 0 || o.MinConfidence > 1:
		return fmt.Errorf("minimum confidence %v: want a value between 0 and 1", o.MinConfidence)
	case o.MaxBlock < 2:
		return fmt.Errorf("maximum block size %d: want at least 2", o.MaxBlock)
	}
	return nil
}

// Verdict is what comparing one pair of claims concluded.
type Verdict struct {
	A, B       *model.Claim
	ia, ib     int32 // the claims' store indexes
	Comparable bool  // the claims describe the same thing
	Agree      bool  // their values can both hold
	// doc: judged as a summary against its own body; unstated: the body
	// never states the summary's value; twinned: the two sentences state
	// another figure alike (twinSentences). Why needs them. They sit with
	// the other flags, in what would be padding.
	// lead: two lead sentences' counts (match.IsLeadCountKey).
	doc, unstated, twinned, lead bool
	Confidence                   float64 // how likely they describe the same thing
	raw                          float64 // Confidence before any floor raised it
	// Reasons say why, for a pair set aside (a near miss). A conflict's
	// are worked out by Why when they are wanted, and an agreement's never.
	Reasons []string
}

// Why returns the verdict's reasons. A conflict's are not kept while a
// store is compared: most conflicts never become findings, and their
// reasons took a tenth of the memory of comparing a large corpus. Why
// judges the pair again, with opts, the options it was judged with.
func (v *Verdict) Why(opts Options) []string {
	if v.Reasons != nil || !v.Comparable || v.Agree {
		return v.Reasons
	}
	w, _ := judge(v.A, v.B, v.doc, v.lead, opts, &notes{on: true})
	if v.unstated {
		w.Reasons = append(w.Reasons, unstatedReason)
	}
	if v.twinned {
		w.Reasons = append(w.Reasons, twinReason)
	}
	return w.Reasons
}

// Result is the outcome of comparing a store's claims.
type Result struct {
	Discrepancies []model.Discrepancy
	Agreements    []model.Agreement
	NearMisses    []model.NearMiss
}

// Compare compares every block of the store and reduces the verdicts to
// findings, sorted deterministically. Verdicts are reduced as each block
// is compared, so memory holds the conflicts, not every pair.
func Compare(st *store.Store, opts Options) Result {
	r := newReducer(opts, st.Len())
	blocks := st.BlockMembers()
	jobs := max(1, opts.Jobs)
	scratch := make([][]*store.Member, jobs) // per goroutine, a block's members sorted
	compareOne := func(w int, b store.BlockMembers, out []Verdict) []Verdict {
		ms := b.Members
		if len(ms) < 2 {
			return out
		}
		if opts.Involving != nil && !match.IsDocKey(b.Key) && !match.IsQuantityKey(b.Key) &&
			!slices.ContainsFunc(ms, func(m *store.Member) bool { return opts.Involving(m.Claim.Span.Source) }) {
			return out // only figures join agreements
		}
		return compareBlock(out, &scratch[w], b.Key, ms, opts)
	}
	// Blocks are compared a batch at a time by opts.Jobs goroutines and
	// their verdicts reduced in block order, so that the result does not
	// depend on which goroutine finished first. With more than one job, a
	// batch is reduced while the next one is compared: reducing runs on
	// one goroutine, and the others would wait for it.
	//
	// A goroutine appends the verdicts of its blocks to an array of its
	// own, which it uses again two batches later, once they are reduced:
	// a large corpus has tens of millions of pairs judged, and a new
	// slice for every block's was most of what comparing allocated.
	type batch struct {
		verdicts [][]Verdict // per block of the batch, its verdicts
		arrays   [][]Verdict // per goroutine, the array they are in
	}
	run := func(bt *batch, part []store.BlockMembers) {
		bt.verdicts = slices.Grow(bt.verdicts[:0], len(part))[:len(part)]
		if bt.arrays == nil {
			bt.arrays = make([][]Verdict, jobs)
		}
		for w, a := range bt.arrays {
			if cap(a) > minKeptVerdicts && len(a) < cap(a)/4 {
				a = nil // a batch of large blocks leaves no large array behind
			}
			bt.arrays[w] = a[:0]
		}
		par.ForEach(len(part), jobs, func(w, i int) {
			start := len(bt.arrays[w])
			bt.arrays[w] = compareOne(w, part[i], bt.arrays[w])
			bt.verdicts[i] = bt.arrays[w][start:len(bt.arrays[w]):len(bt.arrays[w])]
		})
	}
	reduce := func(bt *batch) {
		for _, vs := range bt.verdicts {
			for _, v := range vs {
				r.add(v)
			}
		}
	}
	var cur, prev batch // the batch being compared, and the one before
	for start := 0; start < len(blocks); start += compareBatch {
		part := blocks[start:min(len(blocks), start+compareBatch)]
		if jobs < 2 {
			run(&cur, part)
			reduce(&cur)
			continue
		}
		done := make(chan struct{})
		go func() {
			defer close(done)
			run(&cur, part)
		}()
		reduce(&prev)
		<-done
		cur, prev = prev, cur
	}
	reduce(&prev)
	// The store is not read after this: its members, blocks and keys can
	// be collected while the verdicts are reduced, which is when comparing
	// needs the most memory.
	parts := partsExceedWhole(st, opts.Involving)
	res := r.result()
	res.Discrepancies = append(res.Discrepancies, parts...)
	finish(&res, opts.Jobs)
	return res
}

// compareBatch is how many blocks are compared before their verdicts are
// reduced: enough to keep every goroutine busy, few enough that the
// verdicts waiting take little memory. A goroutine keeps the array of a
// batch's verdicts for a later batch unless it is larger than
// minKeptVerdicts and the batch filled less than a quarter of it.
const (
	compareBatch    = 1024
	minKeptVerdicts = 1 << 16
)

// CompareBlock judges the candidate pairs of the block under key. In a
// document block ("doc|" key) only a summary claim is checked against the
// body of its own article; in any other block, claims of different
// sources. A pair that shares several blocks is judged only in the first
// one, so the blocks of a store can be compared independently. A block
// larger than opts.MaxBlock compares each claim with its MaxBlock nearest
// neighbours in publication order (the sorted-neighbourhood method), so
// that cost stays linear in the block's size. The result depends only on
// the set of members, not their order.
func CompareBlock(key string, members []*store.Member, opts Options) []Verdict {
	return compareBlock(nil, new([]*store.Member), key, members, opts)
}

// compareBlock is CompareBlock appending the verdicts to out, with the
// members sorted in *scratch, which it may grow.
func compareBlock(out []Verdict, scratch *[]*store.Member, key string, members []*store.Member, opts Options) []Verdict {
	ms := append((*scratch)[:0], members...)
	*scratch = ms
	slices.SortFunc(ms, memberOrder)
	if match.IsDocKey(key) {
		start := len(out)
		summary, body := splitSummary(ms, opts.MaxBlock)
		unstated := unstatedInBody(summary, body, opts)
		echoed := echoedInBody(summary, body)
		var lead []*store.Member // the lead's claims, found when first needed
		for i := range summary {
			mate := unitMate(summary[i].Claim, body)
			if mate == nil {
				if lead == nil {
					lead = leadOf(body)
				}
				mate = leadMate(summary[i].Claim, lead)
			}
			ranked := rankedInBody(summary[i].Claim, body) || echoed[summary[i].Claim] || sizedInBody(summary[i].Claim, body) ||
				actDatedInBody(summary[i].Claim, body)
			for j := range body {
				if v, ok := judgePair(summary[i], body[j], key, true, opts); ok {
					if ranked && v.Comparable && !v.Agree {
						continue // the body states the figure, as another kind of value or in the sentence the summary restates
					}
					if v.Agree && boundOnly(summary[i].Claim.Value, body[j].Claim.Value) {
						continue // "a ring less than 300 years old" vouches for no "Grandmother, 87"
					}
					if v.Comparable && !v.Agree && unstated[summary[i].Claim] && (sameFact(summary[i].Claim, body[j].Claim) || body[j].Claim == mate) {
						v.Confidence = max(clamp(v.Confidence+unstatedBonus), unstatedFloor)
						v.unstated = true
					}
					out = append(out, v)
				}
			}
		}
		twinSentences(out[start:], summary, body, opts.Event)
		return out
	}
	window := len(ms)
	if opts.MaxBlock > 0 && window > opts.MaxBlock {
		window = opts.MaxBlock
	}
	for i := range ms {
		for j := i + 1; j < len(ms) && j-i <= window; j++ {
			if ms[i].Claim.Span.Source == ms[j].Claim.Span.Source {
				continue
			}
			if v, ok := judgePair(ms[i], ms[j], key, false, opts); ok {
				out = append(out, v)
			}
		}
	}
	return out
}

// splitSummary splits one article's claims into its summary's and its
// body's. Past limit claims on a side (a page of bullets, a table of
// figures), only the first limit of each, in reading order, are kept, so
// that a pathological article costs no more than limit² judgements.
func splitSummary(ms []*store.Member, limit int) (summary, body []*store.Member) {
	for _, m := range ms {
		if m.Claim.Section.IsSummary() {
			summary = append(summary, m)
		} else {
			body = append(body, m)
		}
	}
	if limit > 0 {
		for _, side := range []*[]*store.Member{&summary, &body} {
			if len(*side) > limit {
				sort.SliceStable(*side, func(i, j int) bool {
					return (*side)[i].Claim.Span.Start.Offset < (*side)[j].Claim.Span.Start.Offset
				})
				*side = (*side)[:limit]
			}
		}
	}
	return summary, body
}

// outside reports whether a and b come from two sources opts.Involving
// does not accept: a pair judged for agreement alone.
func outside(a, b *model.Claim, opts Options) bool {
	return opts.Involving != nil && a.Span.Source != b.Span.Source && !opts.Involving(a.Span.Source) && !opts.Involving(b.Span.Source)
}

// judgePair judges two members of the block under key, when this block is
// where they meet: claims of one kind that share no earlier block. ok is
// false when there is nothing to keep.
func judgePair(x, y *store.Member, key string, doc bool, opts Options) (Verdict, bool) {
	a, b := x.Claim, y.Claim
	if a.Kind != b.Kind || match.FirstShared(x.Keys, y.Keys, !doc) != key {
		return Verdict{}, false
	}
	if !doc && outside(a, b, opts) && a.Kind != model.QuantityClaim {
		return Verdict{}, false
	}
	ia, ib := x.Index, y.Index
	if b.ID < a.ID {
		a, b, ia, ib = b, a, ib, ia
	}
	if !doc && opts.Spellings != nil {
		if why, ok := namedAlike(x, y, opts.Spellings); !ok {
			if !opts.Explain {
				return Verdict{}, false
			}
			return Verdict{A: a, B: b, ia: ia, ib: ib, Reasons: []string{why}}, true
		}
	}
	lead := match.IsLeadCountKey(key)
	v, ok := judge(a, b, doc, lead, opts, &notes{})
	if !ok || !v.Comparable && !opts.Explain {
		return Verdict{}, false
	}
	if !v.Comparable { // a near miss: it needs its reasons now (see Why)
		v, _ = judge(a, b, doc, lead, opts, &notes{on: true})
	}
	if v.Comparable && match.IsLeadKey(key) {
		// Two stories' first sentences date the event each reports.
		v.Confidence = clamp(v.Confidence + leadBonus)
		if opts.Explain {
			v.Reasons = append(v.Reasons, "both stories open with it")
		}
	}
	v.ia, v.ib, v.raw, v.doc, v.lead = ia, ib, v.Confidence, doc, lead
	return v, true
}

// leadBonus raises the confidence of two dates that two articles' lead
// sentences give (see match.AppendLeadKeys).
const leadBonus = 0.25

// horizonBonus raises the confidence of a pair of horizons, and of two
// dates that both recall an earlier event of one kind.
const horizonBonus = 0.05

// eventBonus raises the confidence of two dates of one listed event
// (Options.Event).
const eventBonus = 0.1

// readingBonus raises the confidence of two readings of one thing
// (Options.Reading): a story gives one quake's magnitude and depth.
const readingBonus = 0.1

// dayOf reports whether a date names a day: a weekday or a day of a month.
func dayOf(d model.DateParts) bool { return d.Weekday != 0 || d.Day != 0 }

// sameFact reports whether a body claim may state the fact of a summary
// claim the body never states: a date any date of the same kind; a figure
// one that names a thing as it does, or the same measure, and no other
// measure nor other thing (a group's members may be any group's people,
// unless only one of the two names a measure).
// "Sentenced to 14 years" is not the trial's "six weeks", which names
// neither; "1 in 16 truck drivers are high" may be "one in 12 heavy
// vehicle drivers test positive", and "12,000 nurses walk out" "about
// 14,000 of its members had joined".
func sameFact(a, b *model.Claim) bool {
	if a.Kind != model.QuantityClaim {
		return true
	}
	measures := a.Measure != "" && b.Measure != ""
	subjects := named(a.Subject) && named(b.Subject)
	if measures && a.Measure != b.Measure || levelAgainstChange(a, b) || levelAgainstChange(b, a) {
		return false
	}
	members := (a.Subject == memberThing || b.Subject == memberThing) && (a.Measure == "") == (b.Measure == "")
	if subjects && !sameTopic(a.Subject, b.Subject) && !members {
		// "85,000 homes lost power" is no count of the travellers
		// stranded; members are any group's people when both name a
		// measure or neither does ("31 crew members were rescued" is no
		// count of "three ports" that nothing was done to).
		return false
	}
	if !measures && a.Measure != b.Measure && a.Subject == peopleThing && b.Subject == peopleThing {
		// "11 people were injured, three of them seriously" and "free
		// two people who were pinned": people in general are any
		// group's, and only one side says what happened to them.
		return false
	}
	return measures || subjects || a.Value.Kind == model.Amount && b.Value.Kind == model.Amount
}

// wholeApart reports whether one of a and b is a whole that names no
// measure of its own and the other is not (see isWhole).
func wholeApart(a, b *model.Claim, claims func(source string) []model.Claim) bool {
	return (a.Measure == "" && isWhole(a, claims)) != (b.Measure == "" && isWhole(b, claims))
}

// isWhole reports whether a claim of its article that names a measure is
// a part of c ("74" of "won 74 of 200 seats" is of "200"), which is then
// the size of what the part is taken from; a part that names none ("owes
// around £38 million ..., including £4.1 million to the tax office")
// leaves its whole the figure. claims may be nil.
func isWhole(c *model.Claim, claims func(source string) []model.Claim) bool {
	return hasPart(c, claims, true)
}

// partOfStated reports whether part is a part of a whole ("two of them")
// whose figure is the one other states, of the same thing. Within one
// article (doc) the whole may name another thing: a summary's "Nearly
// 14,000 fans" restates the body's "the official attendance was 13,862,
// including about 2,100 travelling fans" by the whole, not the part.
func partOfStated(part, other *model.Claim, doc bool, opts Options) bool {
	w := wholeOf(part, opts.Claims)
	if w == nil || !agreeValues(w.Value, other.Value, opts.Tolerance) {
		return false
	}
	return sameTopic(w.Subject, other.Subject) || doc && w.Value.Kind == model.Count && (w.Measure == "" || w.Measure == other.Measure)
}

// subgroup reports whether c is a part of a whole of its article that
// counts the same thing under the same measure: "19" in "212 patients,
// including 19 from intensive care, had been transferred". claims may be
// nil.
func subgroup(c *model.Claim, claims func(source string) []model.Claim) bool {
	w := wholeOf(c, claims)
	return w != nil && w.Measure == c.Measure && sameTopic(w.Subject, c.Subject)
}

// wholeOf returns the claim of part's article that part is a part of, or
// nil when it is none's or claims is nil.
func wholeOf(part *model.Claim, claims func(source string) []model.Claim) *model.Claim {
	if part.Parent == "" || claims == nil {
		return nil
	}
	cs := claims(part.Span.Source)
	for i := range cs {
		if cs[i].ID == part.Parent {
			return &cs[i]
		}
	}
	return nil
}

// leadCounts reports whether two counts of lead sentences, which share a
// key of what they count (see match.IsLeadCountKey, which only such
// counts have), count it the same way: neither vague ("thousands of
// supporters had been waiting" is a crowd, not the dead), neither the
// whole a part of its article is taken from ("leaving two of the
// network's five lines closed") and neither one place's share ("1,300
// lorries waiting at the Kessel Gate crossing alone"). claims may be nil.
func leadCounts(a, b *model.Claim, claims func(source string) []model.Claim) bool {
	for _, c := range [2]*model.Claim{a, b} {
		if c.Value.Hedge == "vague" || c.Context.Shared(model.Words("alone")) > 0 || hasPart(c, claims, false) {
			return false
		}
	}
	return true
}

// hasPart reports whether a claim of c's article is a part of c ("two" of
// "two of the network's five lines"), one that names a measure when
// measured is set. claims may be nil.
func hasPart(c *model.Claim, claims func(source string) []model.Claim, measured bool) bool {
	if claims == nil {
		return false
	}
	cs := claims(c.Span.Source)
	for i := range cs {
		if cs[i].Parent == c.ID && (!measured || cs[i].Measure != "") {
			return true
		}
	}
	return false
}

// wholeGroup reports whether c counts all of a group, "all" opening its
// quote: "All seven passengers got out".
func wholeGroup(c *model.Claim) bool {
	return c.Kind == model.QuantityClaim && c.Value.Kind == model.Count && len(c.Quote) > 4 && strings.EqualFold(c.Quote[:4], "all ")
}

// sameVoters reports whether two tallies (model.ScoreValue) count about as
// many votes, as two reports of one vote do: within a fifth of the larger
// total, or two votes, which abstentions and absences account for.
func sameVoters(x, y model.Value) bool {
	total := func(v model.Value) int { a, b := v.ScoreSides(); return a + b }
	tx, ty := total(x), total(y)
	d := tx - ty
	if d < 0 {
		d = -d
	}
	return d <= max(2, max(tx, ty)/5)
}

// memberThing counts the members of a group, whatever the group is: "14,000
// of its members joined the walkout" counts the union's nurses.
const memberThing = "member"

// named reports whether a figure's subject names its thing: "money", what
// every amount counts, names none ("earns a $150,000 record bonus" is the
// body's "$100,000 world-record bonus").
func named(subject string) bool {
	return subject != "" && subject != "money"
}

// crossDimensions are the subjects of sizes across or up a thing rather
// than along it ("40 feet wide", "a depth of 12 metres"): the extractor's
// names for them, which a length of a thing ("a 30-yard stretch") is not.
var crossDimensions = map[string]bool{"width": true, "height": true, "depth": true, "radius": true, "diameter": true, "circumference": true, "wingspan": true}

// unstatedBonus is added to the confidence of a conflict between a summary
// claim and a body claim when the body never states the summary's value.
const unstatedBonus = 0.25

// unstatedFloor is the least confidence of such a conflict.
const unstatedFloor = 0.65

// unstatedReason is the reason such a conflict gives.
const unstatedReason = "the body never states the summary's value"

// unstatedInBody returns the summary claims of one article's block whose
// value no body claim of the article states, when the body does state
// values of the same kind (for figures: of the same thing and measure). A
// summary that says "Friday" of a story whose body only ever says
// "Saturday" most likely misdates it, even when the two sentences share
// few words; so does a summary that counts 11 people rescued in a story
// whose body only counts 15.
func unstatedInBody(summary, body []*store.Member, opts Options) map[*model.Claim]bool {
	var out map[*model.Claim]bool
	for _, s := range summary {
		a := s.Claim
		if a.Kind == model.RoleClaim || a.Value.Date.Relative != "" {
			continue
		}
		stated, sameKind := false, false
		// A figure states or contradicts one of its own measure; an amount
		// of none ("a budget of US$140 each week") one of any.
		anyMeasure := a.Measure == "" && a.Value.Kind == model.Amount
		for _, m := range body {
			b := m.Claim
			if a.Kind == model.QuantityClaim && b.Kind == a.Kind && sameFigure(a, b) {
				stated = true // whatever each side says it counts; see sameFigure
				break
			}
			if a.Kind == model.QuantityClaim && b.Kind == a.Kind && sizeRestated(a.Value, b.Value) {
				// "a 40-tonne rig" is the body's "40-tonne truck", whatever
				// each calls the thing: a span or a size the body gives
				// exactly is stated.
				stated = true
				break
			}
			if unitMates(a, b) {
				// "delivered at 32 weeks" and "30 weeks pregnant": a span
				// or a size in a unit; unitMate says which body figure.
				sameKind = true
			}
			if b.Kind != a.Kind || b.Value.Kind != a.Value.Kind || a.Kind == model.QuantityClaim && a.Measure != b.Measure && !anyMeasure && !wholeShare(a, b) {
				continue
			}
			if a.Value.Kind.IsTemporal() && sameDay(a.Value.Date, b.Value.Date) {
				stated = true // "will retire on Friday" and "would work until Friday"
				break
			}
			if a.Value.Kind.IsTemporal() && b.Kind == model.TimeClaim && writesYear(b.Text, a.Value.Date) {
				// "Silver half dollar from 1794 sells for $1.38 million":
				// the body's "a 1794 silver dollar that sold ... in January
				// 2013" writes the year, of a thing it names, not of a date.
				stated = true
				break
			}
			// A body that counts the dead as "three of them" after "14
			// skiers" states a headline's "killing three" people: a
			// measure of its own names the fact whatever noun counts it.
			if a.Kind == model.QuantityClaim && !sameTopic(a.Subject, b.Subject) && a.Measure == "" {
				continue
			}
			// "Police made 17 arrests" names no thing but the measure,
			// which "Officers arrested 14 people" states of people.
			sameKind = sameKind || a.Kind != model.QuantityClaim || sameTopic(a.Subject, b.Subject) || a.Subject == "" && a.Measure != "" && b.Subject == peopleThing
			if agreeValues(a.Value, b.Value, opts.Tolerance) && supports(a.Value, b.Value, opts.TimeUnit) && asPrecise(b.Value.Date, a.Value.Date) &&
				!rehedged(a.Value, b.Value) && !agoApart(a.Value, b.Value, opts.TimeUnit) && !boundOnly(a.Value, b.Value) &&
				!vagueOnly(b.Value, a.Value) && !farBelow(b.Value, a.Value) {
				// "thousands of residents" states no "About 4,000 residents",
				// nor "11 of the students" "Up to 40 students".
				stated = true
				break
			}
		}
		if sameKind && !stated {
			if out == nil {
				out = map[*model.Claim]bool{}
			}
			out[a] = true
		}
	}
	return out
}

// wholeShare reports whether b, a body's share of a summary share a's
// whole that names no measure, is a share of the same when a's is of
// what was destroyed or damaged: "roughly 90% of the grapes at Domaine
// Marchand lay split and bruised" states or contradicts "destroyed about
// 70% of the grapes". A share of another act is not: "about one in four
// bleached corals has already died" is none of "more than two-thirds of
// the coral".
func wholeShare(a, b *model.Claim) bool {
	return a.Value.Kind == model.Share && (a.Measure == "destroy" || a.Measure == "damage") && b.Measure == "" && sameTopic(a.Subject, b.Subject)
}

// lostShare reports whether a, a share of a whole destroyed or damaged,
// and b, a share of the same whole lost, give one fact: "members reported
// losing up to 70% of this year's crop" states or contradicts "up to 60%
// of this year's apple crop was destroyed".
func lostShare(a, b *model.Claim) bool {
	return a.Value.Kind == model.Share && b.Value.Kind == model.Share && (a.Measure == "destroy" || a.Measure == "damage") &&
		b.Measure == "decrease" && sameTopic(a.Subject, b.Subject)
}

// writesYear reports whether text writes the year of d, a date that
// names a year and nothing finer, as a word that qualifies a noun after
// a determiner: "a 1794 silver dollar", "the 1794 half dollar". A year
// so written names a thing, no date the sentence gives.
func writesYear(text string, d model.DateParts) bool {
	if d.Year <= 0 || d.Month != 0 || d.Day != 0 || d.Weekday != 0 {
		return false
	}
	y := strconv.Itoa(int(d.Year))
	for i := 0; ; {
		k := strings.Index(text[i:], y)
		if k < 0 {
			return false
		}
		k += i
		i = k + len(y)
		before := strings.Fields(text[max(0, k-8):k])
		if len(before) == 0 || k > 0 && text[k-1] != ' ' || i+1 >= len(text) || text[i] != ' ' || !isLetter(text[i+1]) {
			continue
		}
		switch strings.ToLower(before[len(before)-1]) {
		case "a", "an", "the", "its", "his", "her", "their", "our", "this", "that":
			return true
		}
	}
}

// isLetter reports whether c is an ASCII letter.
func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// boundOnly reports whether body value b only bounds summary value a, an
// exact figure it does not give: "a single gold ring less than 300 years
// old" states no grandmother's age of 87.
func boundOnly(a, b model.Value) bool {
	return exact(a) && (floor(b) || ceiling(b)) && a.Nominal != b.Nominal
}

// sameDay reports whether two dates write the same calendar fields alike,
// whether or not either ends a span: the body's "until Friday" states a
// summary's "Friday", though it confirms no other day before it.
func sameDay(a, b model.DateParts) bool {
	a.Horizon, b.Horizon = false, false
	return a == b && a.Relative == "" && !a.IsZero()
}

// rankRestated reports whether a summary count s is the body's figure
// b written as another kind of value: the rank of an ordinal, both
// running totals (the ninth bite so far is nine bites so far), or a
// count of points that the body gives as percentage points (a
// "3.8-point margin of error" of a poll is "plus or minus 3.8
// percentage points").
func rankRestated(s, b *model.Claim) bool {
	if s.Value.Kind != model.Count || !s.Value.IsPoint() || s.Value.Nominal != b.Value.Nominal || s.Value.Nominal == 0 {
		return false
	}
	switch b.Value.Kind {
	case model.Ordinal:
		return s.Period != "" && s.Period == b.Period
	case model.Share:
		return s.Subject == pointThing && b.Value.IsPoint()
	}
	return false
}

// rankedInBody reports whether a body claim restates summary claim s as
// another kind of value (rankRestated).
func rankedInBody(s *model.Claim, body []*store.Member) bool {
	if s.Kind != model.QuantityClaim || s.Value.Kind != model.Count {
		return false
	}
	for _, m := range body {
		if m.Claim.Kind == model.QuantityClaim && rankRestated(s, m.Claim) {
			return true
		}
	}
	return false
}

// echoedInBody returns the summary claims whose value a body sentence
// states that also states another value of the summary claim's sentence:
// "Five bidders competed for 14 minutes" restates "a bidding war among
// five prospective buyers that lasted 14 minutes", so its five is the
// buyers', whatever each calls them, and no other figure of the body.
// Values are alike when their kind, unit and figure (or calendar fields)
// are; a figure of nought, a day of the week, or a value relative to
// publication, tells no sentence from another. A value the body gives of
// another thing by another act (thingsApart) still twins the sentences,
// but is not vouched for: "intercepted 11 of 36 drones" does not restate
// the 11 of "fired 36 drones and 11 missiles".
func echoedInBody(summary, body []*store.Member) map[*model.Claim]bool {
	type echo struct {
		s, b  *model.Claim
		apart bool // the two count two things by two acts (thingsApart)
	}
	var echoes []echo
	for _, sm := range summary {
		for _, bm := range body {
			if sameValue(sm.Claim, bm.Claim) {
				echoes = append(echoes, echo{sm.Claim, bm.Claim, thingsApart(sm.Claim, bm.Claim)})
			}
		}
	}
	var out map[*model.Claim]bool
	for _, e := range echoes {
		if e.apart {
			continue // vouches for no summary claim, though it twins the sentences
		}
		for _, f := range echoes {
			if f.s != e.s && f.s.Sentence == e.s.Sentence && f.b.Sentence == e.b.Sentence && !f.s.Sentence.IsZero() && !f.b.Sentence.IsZero() && !sameValue(f.s, e.s) {
				if out == nil {
					out = map[*model.Claim]bool{}
				}
				out[e.s] = true
				break
			}
		}
	}
	return out
}

// thingsApart reports whether two claims that give one value count two
// named things by two named acts: "intercepted 11 of 36 drones" does not
// echo "fired 36 drones and 11 missiles" in its 11, while "Five bidders
// competed" may in "five prospective buyers", which name no act.
func thingsApart(a, b *model.Claim) bool {
	return named(a.Subject) && named(b.Subject) && !sameTopic(a.Subject, b.Subject) && a.Measure != "" && b.Measure != "" && a.Measure != b.Measure
}

// sameValue reports whether two claims state one value alike (see
// echoedInBody).
func sameValue(a, b *model.Claim) bool {
	x, y := a.Value, b.Value
	if a.Kind != b.Kind || x.Kind != y.Kind || x.Unit != y.Unit || a.Kind == model.RoleClaim {
		return false
	}
	if a.Kind == model.TimeClaim {
		// A day of the week recurs for many acts of one story: "stood
		// on top at 7:15 a.m. on Wednesday after a 10-hour push" is not
		// "left camp at 9:15 p.m. on Wednesday, and the climb took 10
		// hours".
		return x.Kind != model.Weekday && x.Date.Relative == "" && y.Date.Relative == "" && x.Date == y.Date
	}
	return x.Nominal == y.Nominal && x.Nominal != 0
}

// pointThing is what a count of points counts ("a 3.8-point margin").
const pointThing = "point"

// unitMates reports whether a summary figure s and a body figure b are a
// span or a size in the same unit, of no measure, and of at most one
// named thing: "delivered at 32 weeks" and "30 weeks pregnant", "along 28
// miles of the river" and "a 38-mile stretch". A body size may have a
// measure the summary's has not: "burying about 300 yards of the roadway"
// is the summary's "roughly 500-yard stretch"; one of another version ("a
// few hundred yards" of an earlier slide) is not, nor a size across or up
// a thing against one along it ("up to 40 feet" deep), nor a vague one
// ("hundreds of feet"), nor one ten times larger or smaller ("more than
// 11 inches" of rain).
func unitMates(s, b *model.Claim) bool {
	k := s.Value.Kind
	return s.Kind == model.QuantityClaim && b.Kind == s.Kind && (k == model.Duration || k == model.Measurement) &&
		b.Value.Kind == k && s.Value.Unit != "" && s.Value.Unit == b.Value.Unit && s.Measure == "" &&
		(b.Measure == "" || k == model.Measurement) && (k == model.Duration || s.Version == b.Version &&
		crossDimensions[s.Subject] == crossDimensions[b.Subject] && b.Value.Hedge != "vague" && sameScale(s.Value, b.Value)) &&
		(!namedPiece(s.Subject) || !namedPiece(b.Subject) || sameTopic(s.Subject, b.Subject))
}

// sameScale reports whether two sizes lie within a factor of ten of each
// other, as a figure and its restatement do.
func sameScale(a, b model.Value) bool {
	x, y := math.Abs(a.Nominal), math.Abs(b.Nominal)
	return x > 0 && y > 0 && x <= 10*y && y <= 10*x
}

// namedPiece reports whether a size's subject names a thing: "a 500-yard
// stretch" names none, only a piece of something, and "weighs about 280
// pounds" only the dimension of the thing it weighs.
func namedPiece(subject string) bool {
	switch subject {
	case "stretch", "section", "length", "portion", "part", "strip", "swath", "weight":
		return false
	}
	if _, ok := anchor(subject); ok {
		return false // a distance travelled or from a thing, no length of one
	}
	return named(subject)
}

// unitMate returns the one body figure that is a unit mate of summary
// claim s (unitMates), or nil when the body has none or several (a
// figure restated in other units is one; see sameSize): the
// only "weeks" of a story of a birth is the one its summary restates,
// whatever words each sentence uses, while of several spans in hours
// none is more likely than another, unless only one carries the
// summary's hedge: "stuck for nearly 7 hours" restates "spent nearly
// five hours", not "after about two hours" or "took about three hours".
func unitMate(s *model.Claim, body []*store.Member) *model.Claim {
	if m := onlyMate(s, body, false); m != nil || s.Value.Hedge == "" {
		return m
	}
	return onlyMate(s, body, true)
}

// onlyMate returns the one unit mate of s in body (see unitMate), of
// s's hedge when hedged is true.
func onlyMate(s *model.Claim, body []*store.Member, hedged bool) *model.Claim {
	var mate *model.Claim
	for _, m := range body {
		if unitMates(s, m.Claim) && (!hedged || m.Claim.Value.Hedge == s.Value.Hedge) {
			if mate != nil && !sameSize(mate.Value, m.Claim.Value) {
				return nil
			}
			if mate == nil {
				mate = m.Claim
			}
		}
	}
	return mate
}

// leadOf returns the claims of body that stand in its first sentence
// with claims, the lead a summary restates first: of several spans in
// hours in a story, the one its opening sentence gives is the one its
// summary's "stuck for nearly 8 hours" restates.
func leadOf(body []*store.Member) []*store.Member {
	var lead []*store.Member
	for _, m := range body {
		switch s := m.Claim.Sentence; {
		case s.IsZero():
		case len(lead) == 0 || s.Start.Offset < lead[0].Claim.Sentence.Start.Offset:
			lead = append(lead[:0], m)
		case s.Start.Offset == lead[0].Claim.Sentence.Start.Offset:
			lead = append(lead, m)
		}
	}
	return lead
}

// leadMate returns the one figure of the lead's claims that is a unit
// mate of summary claim s (see unitMate) and names no thing, or the
// thing s names ("have lived in the same house for 61 years" is not "75
// years of marriage"); nil when there is none, or s is bounded below by
// its figure ("more than two decades", "at least 40 days"), which a
// larger figure of something else need not contradict.
func leadMate(s *model.Claim, lead []*store.Member) *model.Claim {
	m := unitMate(s, lead)
	v := s.Value
	if m == nil || v.Lo >= v.Nominal && v.Hi > v.Nominal || named(m.Subject) && !sameTopic(s.Subject, m.Subject) {
		return nil
	}
	return m
}

// sizedInBody reports whether the body gives summary claim s's size
// exactly: "48-inch water main bursts" is the body's "the 48-inch pipe",
// whatever each calls the thing, and no geyser "more than 30 feet" high.
func sizedInBody(s *model.Claim, body []*store.Member) bool {
	if s.Kind != model.QuantityClaim || s.Value.Kind != model.Measurement {
		return false
	}
	for _, m := range body {
		if m.Claim.Kind == s.Kind && sizeRestated(s.Value, m.Claim.Value) {
			return true
		}
	}
	return false
}

// actDatedInBody reports whether the body dates summary claim s's act
// as s does: "sold by Trinity House in 2003" is the body's "It sold the
// station the following year, in 2003", whatever each names as what was
// sold, and no other lighthouse "sold for £795,000 in 2023".
func actDatedInBody(s *model.Claim, body []*store.Member) bool {
	if s.Kind != model.TimeClaim || s.Measure == "" {
		return false
	}
	for _, m := range body {
		if b := m.Claim; b.Kind == s.Kind && b.Measure == s.Measure && b.Version == s.Version && sameDay(s.Value.Date, b.Value.Date) {
			return true
		}
	}
	return false
}

// sizeRestated reports whether two spans or sizes of one dimension give
// the same figure exactly.
func sizeRestated(a, b model.Value) bool {
	return (a.Kind == model.Duration || a.Kind == model.Measurement) && b.Kind == a.Kind && a.Unit == b.Unit && a.Nominal == b.Nominal
}

// sameSize reports whether two spans or sizes are one figure, written
// twice or in two units: "a 55lb (25kg) mass", within 2%.
func sameSize(a, b model.Value) bool {
	return math.Abs(a.Nominal-b.Nominal) <= 0.02*max(math.Abs(a.Nominal), math.Abs(b.Nominal))
}

// twinFloor is the least confidence of a conflict between a summary claim
// and a body claim whose sentences state another figure alike, when each
// is the only value of its kind in its sentence besides that figure.
const twinFloor = 0.65

// maxTwinGap is how far, in bytes, a date may stand from its sentence's
// twin figure to be set against the other sentence's date (twinSentences).
const maxTwinGap = 60

// twinReason is the reason such a conflict gives.
const twinReason = "the two sentences state another figure alike"

// twinSentences raises the confidence of the conflicts, among one
// article's verdicts, between a summary sentence and a body sentence that
// state another figure alike: the same count of the same thing ("about 50
// countries" and "nearly 50 countries"). Such a summary sentence restates
// that body sentence, so a value that is the only one of its kind in each
// ("in seven years", "over the last six years") most likely restates the
// other, even when neither names a thing of its own; two values of
// different things or measures do not, nor two dates of two listed events
// (event; see twinApart). summary and body are the article's claims,
// which say what else each sentence states.
func twinSentences(vs []Verdict, summary, body []*store.Member, event func(string) bool) {
	type pair struct{ summary, body int32 } // the sentences' start offsets
	summaryFirst := func(x, y *model.Claim) (*model.Claim, *model.Claim) {
		if y.Section.IsSummary() {
			return y, x
		}
		return x, y
	}
	sentences := func(v *Verdict) pair {
		s, b := summaryFirst(v.A, v.B)
		return pair{s.Sentence.Start.Offset, b.Sentence.Start.Offset}
	}
	var twins map[pair]bool
	var twin map[*model.Claim]bool // the figures stated alike
	var figureAt map[int32]int32   // sentence start -> where its twin figure starts
	// mark makes twins of the sentences of figure s of the summary and
	// figure b of the body. A twin figure of things named apart makes
	// twins of figures only ("More than 9,300 residents of nine
	// villages", "More than 9,300 people from seven villages"), not of
	// bounds.
	mark := func(s, b *model.Claim) {
		if twins == nil {
			twins, twin, figureAt = map[pair]bool{}, map[*model.Claim]bool{}, map[int32]int32{}
		}
		p := pair{s.Sentence.Start.Offset, b.Sentence.Start.Offset}
		twins[p] = twins[p] || sameTopic(s.Subject, b.Subject) || bothUnnamed(s, b)
		twin[s], twin[b] = true, true
		figureAt[s.Sentence.Start.Offset], figureAt[b.Sentence.Start.Offset] = s.Span.Start.Offset, b.Span.Start.Offset
	}
	for i := range vs {
		if v := &vs[i]; v.Comparable && v.Agree && twinFigures(v.A, v.B) {
			mark(summaryFirst(v.A, v.B))
		}
	}
	// A pair judged in another block first ("in 30ft waves" in a summary
	// and in its body) has no verdict here: figures written alike twin
	// the sentences too.
	for _, sm := range summary {
		for _, bm := range body {
			a, b := sm.Claim, bm.Claim
			if !(twin[a] && twin[b]) && a.Value.Kind == b.Value.Kind && a.Value.Text == b.Value.Text && a.Value.Hedge == b.Value.Hedge && twinFigures(a, b) {
				mark(a, b)
			}
		}
	}
	// Sentences that give one time of day ("stood on top at 7:15 a.m. on
	// Wednesday", "stood on top of the peak at 7:15 a.m. local time on
	// Thursday") tell of one moment: the time is their twin figure.
	for i := range vs {
		v := &vs[i]
		if _, ok := twins[sentences(v)]; !v.Comparable || v.Agree || v.A.Sentence.IsZero() || v.B.Sentence.IsZero() || ok {
			continue
		}
		if at, bt, ok := sameClock(v.A.Text, v.B.Text); ok {
			if twins == nil {
				twins, twin, figureAt = map[pair]bool{}, map[*model.Claim]bool{}, map[int32]int32{}
			}
			twins[sentences(v)] = true
			figureAt[v.A.Sentence.Start.Offset], figureAt[v.B.Sentence.Start.Offset] = v.A.Sentence.Start.Offset+int32(at), v.B.Sentence.Start.Offset+int32(bt)
		}
	}
	if twins == nil {
		return
	}
	// How many values of each kind a sentence states besides its twin figures.
	type sentenceKind struct {
		at   int32
		kind model.ValueKind
	}
	values := map[sentenceKind]int{}
	for _, side := range [][]*store.Member{summary, body} {
		for _, m := range side {
			if c := m.Claim; !twin[c] {
				values[sentenceKind{c.Sentence.Start.Offset, c.Value.Kind}]++
			}
		}
	}
	only := func(c *model.Claim) bool { return values[sentenceKind{c.Sentence.Start.Offset, c.Value.Kind}] == 1 }
	// A date far from its sentence's twin figure may date another act of
	// the sentence: "will lift him to No. 4 in the rankings released
	// Monday", "officials said Wednesday".
	nearFigure := func(c *model.Claim) bool {
		d := c.Span.Start.Offset - figureAt[c.Sentence.Start.Offset]
		return c.Kind != model.TimeClaim || -maxTwinGap <= d && d <= maxTwinGap
	}
	for i := range vs {
		v := &vs[i]
		named, ok := twins[sentences(v)]
		if v.Comparable && !v.Agree && !v.A.Sentence.IsZero() && !v.B.Sentence.IsZero() && ok && (named || v.A.Value.IsPoint() && v.B.Value.IsPoint()) &&
			only(v.A) && only(v.B) && nearFigure(v.A) && nearFigure(v.B) && near(v.A.Value, v.B.Value) && !twinApart(v.A, v.B, event) {
			v.twinned = true
			v.Confidence = max(v.Confidence, twinFloor)
		}
	}
}

// sameClock returns where in sentences a and b one time of day stands
// that both give ("7:15 a.m.", "11:40 pm"), when they give one.
func sameClock(a, b string) (at, bt int, ok bool) {
	for i := 0; i < len(a); i++ {
		n := clockAt(a, i)
		if n == 0 {
			continue
		}
		if j := strings.Index(b, a[i:i+n]); j >= 0 && clockAt(b, j) == n && (j == 0 || !isDigit(b[j-1])) {
			return i, j, true
		}
		i += n
	}
	return 0, 0, false
}

// clockAt returns the length of a time of day written at s[i:], hours,
// a colon, two digits and "a.m." or "p.m." (or "am", "pm"), or 0. A digit
// right before i is part of another number.
func clockAt(s string, i int) int {
	if i > 0 && isDigit(s[i-1]) {
		return 0
	}
	j := i
	for j < len(s) && j-i < 2 && isDigit(s[j]) {
		j++
	}
	if j == i || j+3 > len(s) || s[j] != ':' || !isDigit(s[j+1]) || !isDigit(s[j+2]) {
		return 0
	}
	j += 3
	k := j
	if k < len(s) && s[k] == ' ' {
		k++
	}
	for _, m := range [...]string{"a.m.", "p.m.", "am", "pm"} {
		if strings.HasPrefix(s[k:], m) {
			return k + len(m) - i
		}
	}
	return 0
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// twinApart reports whether two claims of twin sentences are of different
// things or measures; for dates, of two events (event; nil for none) the
// lexicon lists. A date's subject is otherwise a word near it ("ordered
// out of their homes on Wednesday night", "went door to door late on
// Thursday night"), which tells no two dates of one sentence pair apart.
func twinApart(a, b *model.Claim, event func(string) bool) bool {
	if a.Kind == model.TimeClaim {
		return event != nil && a.Subject != b.Subject && event(a.Subject) && event(b.Subject)
	}
	return topicConflict(a, b)
}

// near reports whether two values are written in one unit and lie within
// a factor of ten of each other: "seven years" may be misstated as "six
// years", but "£6billion" is no misstated "£7.85". Two days of the week,
// or two calendar dates, are near.
func near(a, b model.Value) bool {
	if a.Kind.IsTemporal() || b.Kind.IsTemporal() {
		return a.Kind == b.Kind
	}
	x, y := math.Abs(a.Nominal), math.Abs(b.Nominal)
	return a.Unit == b.Unit && x > 0 && y > 0 && max(x, y) <= 10*min(x, y)
}

// twinFigures reports whether two agreeing claims state the same figure,
// of at least minTwinFigure, of the same stated thing: "about 50
// countries" and "nearly 50 countries"; not "three strokes", which a
// story of a golf tournament gives of several rounds. An age is no such
// figure: an article gives a person's age in many sentences about other
// things.
func twinFigures(a, b *model.Claim) bool {
	return a.Kind == model.QuantityClaim && b.Kind == model.QuantityClaim && a.Value.Kind != model.Age &&
		!a.Sentence.IsZero() && !b.Sentence.IsZero() &&
		a.Value.Nominal == b.Value.Nominal && (a.Value.Nominal >= minTwinFigure || sizeWritten(a.Value) >= minTwinFigure && a.Value.Text == b.Value.Text) &&
		(sameTopic(a.Subject, b.Subject) || bothUnnamed(a, b) || a.Value.Nominal >= minUnnamedTwin && a.Value.Text == b.Value.Text)
}

// bothUnnamed reports whether two sizes or spans, written alike, name no
// thing: "in 30ft waves" in a summary and in its body.
func bothUnnamed(a, b *model.Claim) bool {
	return a.Subject == "" && b.Subject == "" && sizeWritten(a.Value) > 0 && a.Value.Text == b.Value.Text
}

// minUnnamedTwin is the least figure that makes two sentences twins
// though they name its thing apart: "More than 9,300 residents" and "More
// than 9,300 people".
const minUnnamedTwin = 1000

// sizeWritten returns the figure a size or a span is written with, which
// its value holds in other units ("30 feet" is 9.144 metres), or 0.
func sizeWritten(v model.Value) float64 {
	if v.Kind != model.Measurement && v.Kind != model.Duration {
		return 0
	}
	i := strings.IndexAny(v.Text, "0123456789")
	if i < 0 {
		return 0
	}
	j := i
	for j < len(v.Text) && (v.Text[j] >= '0' && v.Text[j] <= '9' || v.Text[j] == '.' || v.Text[j] == ',') {
		j++
	}
	x, err := strconv.ParseFloat(strings.ReplaceAll(strings.TrimRight(v.Text[i:j], ".,"), ",", ""), 64)
	if err != nil {
		return 0
	}
	return x
}

// minTwinFigure is the least figure that makes two sentences twins.
const minTwinFigure = 10

// rehedged reports whether two figures of one article carry the same
// hedge but not the same figure ("over 45" against "over 40", "some 105"
// against "around 100"): a summary that keeps its body's hedge and not its
// figure restates the figure wrongly, even though the intervals overlap.
//
// Not of a span or a size written in other units: "more than three days"
// is "more than 80 hours" in days.
func rehedged(a, b model.Value) bool {
	return a.Hedge != "" && a.Hedge == b.Hedge && a.Nominal != b.Nominal && a.Hedge != "vague" && writtenUnit(a) == writtenUnit(b)
}

// wordShare reports whether c is a share written as a fraction in words,
// a figure rounded by how it is written: "about a quarter of colonies"
// restates "about 24% of hard coral colonies" under the same hedge.
func wordShare(c *model.Claim) bool {
	return c.Value.Kind == model.Share && !strings.ContainsAny(c.Quote, "0123456789")
}

// roundedFloor reports whether, of a summary figure and a body figure of
// one article, both bounds from below under one hedge, the summary's is
// the body's rounded down to a rounder figure, no more than a tenth
// lower: "more than 14,000 people" restates "more than 14,300 people";
// "more than 15,000" or "more than 12,000" would not.
func roundedFloor(a, b *model.Claim) bool {
	if a.Section.IsSummary() == b.Section.IsSummary() {
		return false
	}
	if b.Section.IsSummary() {
		a, b = b, a
	}
	x, y := a.Value, b.Value
	fromBelow := func(v model.Value) bool { return v.Lo == v.Nominal && v.Hi > v.Lo }
	return fromBelow(x) && fromBelow(y) && x.Nominal < y.Nominal && x.Nominal >= 0.9*y.Nominal &&
		trailingZeros(x.Nominal) > trailingZeros(y.Nominal)
}

// trailingZeros returns how many zeros a whole number ends in: 2 for
// 14,300; 0 for any figure with a fraction.
func trailingZeros(x float64) int {
	if x <= 0 || x != math.Trunc(x) {
		return 0
	}
	n := 0
	for math.Mod(x, 10) == 0 {
		x /= 10
		n++
	}
	return n
}

// writtenUnit returns the unit a span or a size is written in, the last
// word of its text ("hours" of "more than 80 hours"), or "" for other
// values, whose unit is written as it is kept.
func writtenUnit(v model.Value) string {
	if v.Kind != model.Duration && v.Kind != model.Measurement {
		return ""
	}
	return v.Text[strings.LastIndexByte(v.Text, ' ')+1:]
}

// memberOrder orders a block by publication time, then source and claim
// id: by the rank the store gave each member in that order, or by the
// fields themselves for members it did not number.
func memberOrder(a, b *store.Member) int {
	if a.Rank != b.Rank && a.Rank != 0 && b.Rank != 0 {
		return cmp.Compare(a.Rank, b.Rank)
	}
	return cmp.Or(cmp.Compare(a.Published, b.Published), strings.Compare(a.Claim.Span.Source, b.Claim.Span.Source),
		strings.Compare(a.Claim.ID, b.Claim.ID))
}

// judge compares one pair. ok is false when the pair is not worth
// reporting even as a near miss. The verdict's reasons are those noted
// in why, which is on only when they are wanted.
func judge(a, b *model.Claim, doc, lead bool, opts Options, why *notes) (Verdict, bool) {
	v, ok := judged(a, b, doc, lead, opts, why)
	v.Reasons = why.list
	return v, ok
}

// judged is judge without the reasons.
func judged(a, b *model.Claim, doc, lead bool, opts Options, why *notes) (Verdict, bool) {
	v := Verdict{A: a, B: b}
	if !comparableValues(a.Value, b.Value) {
		return v, false
	}
	portfolios := false // one person's two ministers' titles of two portfolios
	switch a.Kind {
	case model.QuantityClaim:
		versioned := a.Measure == "" && b.Measure == "" && a.Version != "" && a.Version == b.Version
		// "a three-day visit", "a 30-day ceasefire", "a $2 billion aid
		// package", "turnout was 62%": a length, an amount or a share
		// names its thing, with no verb, when the two sentences name the
		// same people and places, or none (an article's other ceasefire
		// is between other parties).
		named := a.Measure == "" && b.Measure == "" && (a.Value.Kind == model.Duration || a.Value.Kind == model.Amount || a.Value.Kind == model.Share) &&
			(!namesApart(a, b) || a.Value.Kind == model.Amount && a.Subject == b.Subject && opts.Reported != nil && opts.Reported(a.Subject))
		// "the cold rooms were without power for nine hours" and "The
		// cold rooms at the Dremmel warehouse were without power for 14
		// hours": a span out of service, or the time an act took, names
		// its thing when only one of the sentences names anything.
		named = named || a.Measure == "" && b.Measure == "" && a.Value.Kind == model.Duration && sameTopic(a.Subject, b.Subject) && stateSpan(a.Subject) &&
			(topicEntities(a) == 0 || topicEntities(b) == 0)
		// "travelling at 112 km/h": a speed names itself, whoever reports
		// it; a speed limit is another subject.
		named = named || a.Measure == "" && b.Measure == "" && a.Value.IsSpeed() && b.Value.IsSpeed()
		// "1,200 tonnes of ammonium nitrate were stored", "840 metres
		// underground": a measurement names what it measures.
		named = named || a.Measure == "" && b.Measure == "" && a.Value.Kind == model.Measurement && sameTopic(a.Subject, b.Subject)
		// "About 2,400 bikes sat immobilised" and "leaving some 1,900
		// bikes locked": two stories' first sentences count what their
		// event left, with whatever verb.
		named = named || lead && leadCounts(a, b, opts.Claims)
		// "on a turnout of 61.2 percent" and "Turnout was 63.4 percent":
		// an election has one turnout.
		single := a.Value.Kind == model.Share && a.Measure == "" && b.Measure == "" && a.Subject == b.Subject &&
			opts.OnePerEvent != nil && opts.OnePerEvent(a.Subject)
		if !doc && (!sameTopic(a.Subject, b.Subject) || !sameTopic(a.Measure, b.Measure) && !versioned && !named && !single) {
			return v, false
		}
		if !doc && a.Value.Kind == model.Share && len(a.Entities) > 0 && len(b.Entities) > 0 && namesApart(a, b) && !single {
			return v, false // revenue that rose 12% at Delmar, 9% at Osk Bank
		}
		if !doc && a.Value.Kind == model.Age && (a.Actor == "" || b.Actor == "") {
			return v, false // "the 20-year-old" of one report is nobody known in another
		}
		if a.Value.Kind == model.Age && (a.Value.Lo > model.MaxHumanAge) != (b.Value.Lo > model.MaxHumanAge) {
			return v, false // a 146-year-old church is no 24-year-old farmer
		}
		if doc && spansApart(a.Value, b.Value) {
			// "born 40 minutes apart" and "spent two days in the same
			// nursery": a summary misstates a span by a little, or by
			// a unit, not by seventy times.
			why.add("spans more than ten times apart")
			return v, true
		}
	case model.RoleClaim:
		portfolios = portfoliosApart(a, b, opts.Portfolio)
		if a.Subject != b.Subject || !rolesComparable(a, b) && !portfolios {
			return v, false
		}
	}
	tallies := a.Subject == model.VoteTally && b.Subject == model.VoteTally
	if (a.Value.Kind == model.Ordinal || a.Value.Kind == model.Score) && (!doc && !tallies || !sameTopic(a.Subject, b.Subject)) {
		// A rank is compared with a rank of the same thing, and a result
		// with a result, in its own article: reports of one match rank
		// other goals and cite other results. A vote's tally is compared
		// across articles too.
		return v, false
	}
	if tallies && !sameVoters(a.Value, b.Value) {
		// "The nine-member court split 6-3" and "a 2023 amendment,
		// approved 79 to 70": tallies of as many votes come from one
		// body, and bodies of 9 and 149 hold two votes.
		return v, false
	}
	if doc && restatedFigure(a, b) {
		// "Pennsylvania school board's vote eliminates 118 teaching jobs"
		// restates "the Allegheny Ridge School Board voted to eliminate
		// 118 teaching positions", whatever each names the board.
		v.Comparable, v.Agree, v.Confidence = true, true, 1
		why.add("the same uncommon figure of the same thing and measure")
		return v, true
	}
	ok, conf := context(a, b, opts, doc, why)
	if !ok {
		v.Confidence = 0
		return v, true
	}
	v.Comparable = true
	v.Agree = agreeValues(a.Value, b.Value, opts.Tolerance) && !portfolios
	if !v.Agree && (said(a) || said(b)) {
		// "The university said Friday that ..." dates what it said: the
		// day confirms a summary's "Friday", but another day is another
		// act's.
		return v, false
	}
	if doc && !v.Agree && a.Kind == model.QuantityClaim && wholeApart(a, b, opts.Claims) {
		// "wins 74 of 200 seats": a whole that names no measure of its
		// own is the size of what its part is taken from, no count of
		// anything else. (Asked of disagreeing pairs only: it reads the
		// article's claims.)
		return v, false
	}
	if !v.Agree && a.Kind == model.QuantityClaim && (partOfStated(a, b, doc, opts) || partOfStated(b, a, doc, opts)) {
		// "Twenty-three people taken to hospitals, two of them in critical
		// condition" against "23 people taken to four hospitals": a part
		// against the whole its own sentence gives. (Asked of disagreeing
		// pairs only: it reads the article's claims.)
		return v, false
	}
	if !doc && !v.Agree && a.Kind == model.QuantityClaim && subgroup(a, opts.Claims) != subgroup(b, opts.Claims) {
		// Across articles, "A total of 212 patients, including 19 from
		// intensive care, had been transferred" against "148 patients had
		// been transferred": a group within the whole counts fewer of the
		// same thing, and nothing says the other counts that group. (A
		// summary does give a body's group by its figure alone. Asked of
		// disagreeing pairs only: it reads the article's claims.)
		return v, false
	}
	if !doc && !v.Agree {
		if slot, name := ownedElsewhere(a, b, opts.Claims); slot != "" {
			why.clear()
			why.add("other ", slot, ": the other article gives ", name, " a figure of its own")
			v.Comparable, v.Confidence = false, 0
			return v, true
		}
		if a.Kind == model.QuantityClaim && scaleApart(a.Value, b.Value) {
			// "spent about $1,900 on bottled water" against "pledged $2.5
			// million to reimburse households": reports of one figure
			// differ by a slip of a digit or of a unit, not by a thousand
			// times and more; these are of different reach.
			why.clear()
			why.add("figures far apart, with no slip of a unit between them")
			v.Comparable, v.Confidence = false, 0
			return v, true
		}
		if slot, name := unnamedElsewhere(a, b, opts.Names); slot != "" {
			// Figures that disagree, one of them of a party the other's
			// article never names, are that party's: "a second ferry, the
			// Sorrel, carrying 90 people". Figures that agree still
			// confirm each other.
			why.clear()
			why.add("other ", slot, ": ", name, ", which the other article never names")
			v.Comparable, v.Confidence = false, 0
			return v, true
		}
	}
	if doc && v.Agree && floorRestated(a.Value, b.Value) && !topicConflict(a, b) {
		// Not "31 missing" against "at least 14" dead: a floor is
		// restated only as a count of its own thing and measure.
		v.Agree = false
		why.add("a floor its summary restates as another count")
	}
	if doc && v.Agree && agoApart(a.Value, b.Value, opts.TimeUnit) {
		v.Agree = false
		why.add("counted back from the same publication day")
	}
	if doc {
		v.Confidence = docConfidence(a, b, opts.Claims, why)
		// A summary that keeps the body's hedge but not its figure ("over
		// 45" against "over 40") restates the figure wrongly.
		if v.Agree && rehedged(a.Value, b.Value) && !roundedFloor(a, b) && !wordShare(a) && !wordShare(b) {
			v.Agree = false
			why.add("same hedge, different figure")
		}
		return v, true
	}
	switch a.Kind {
	case model.QuantityClaim:
		if a.Subject == b.Subject {
			conf += 0.1
			why.add("same thing counted: ", a.Subject)
		}
		if a.Measure == b.Measure {
			conf += 0.1
			if a.Measure == "" {
				why.add("neither names a measure")
			} else {
				why.add("same measure: ", a.Measure)
			}
			if opts.Reading != nil && opts.Reading(a.Measure) {
				// A story has one quake's magnitude and depth: two readings
				// of one thing likely give the same, whatever words their
				// sentences share.
				conf += readingBonus
			}
		}
	case model.TimeClaim:
		o := overlap(a.Context, b.Context)
		conf = 0.3 + 0.6*o
		if a.Value.Date.Horizon && b.Value.Date.Horizon {
			// Horizons ("through 2026", "over the next two years") are rare:
			// two in reports of one event that share words likely end the
			// same commitment.
			conf += horizonBonus
		}
		why.addFloat("shared words ", o)
		if a.Measure != "" && b.Measure != "" && a.Measure != b.Measure && !a.Value.Date.Horizon && !b.Value.Date.Horizon {
			// "occupied the embassy since Tuesday" and "walked free from
			// the embassy on Saturday" date two acts at one place. (A
			// horizon ends a commitment, whatever verb stands near it.)
			conf -= 0.2
			why.add("other measure: ", a.Measure, " vs ", b.Measure)
		}
		if a.Subject != "" && a.Subject == b.Subject {
			conf += 0.1
			if opts.Event != nil && opts.Event(a.Subject) {
				conf += eventBonus
				why.add("same event: ", a.Subject)
				if dayOf(a.Value.Date) && dayOf(b.Value.Date) && a.Version == b.Version {
					// "put down an attempted coup on Tuesday", "tried to
					// overthrow him before dawn on Wednesday": reports of a
					// story date its event by the day, in the words of
					// each; a year may be another flood's.
					conf += eventBonus
					why.add("both date it by the day")
				}
				if a.Version == model.EarlierEvent && b.Version == model.EarlierEvent {
					// "the 2009 flood", "the 2011 flood": a story recalls
					// the last one of its kind.
					conf += horizonBonus
					why.add("both recall an earlier ", a.Subject)
				}
			}
		}
	case model.RoleClaim:
		conf = 0.8
		why.add("same person and title: ", a.Subject, ", ", a.Role().Title)
	}
	v.Confidence = clamp(conf)
	return v, true
}

// restatedFigure reports whether two claims of one article give
// one uncommon figure (at least minFigure, stated exactly, in the same
// unit) of the same named thing and measure: one fact, however each
// names who did it, where or when, unless they name other parties
// against whom or whose things, or trade the parties' places. A summary
// that took its figure from its body says so.
func restatedFigure(a, b *model.Claim) bool {
	x, y := a.Value, b.Value
	switch x.Kind {
	case model.Count, model.Amount, model.Measurement:
	default:
		return false // an age is a person's at one time ("92-year-old ... at the time"), a share may be of another whole
	}
	if a.Target != b.Target && a.Target != "" && b.Target != "" || a.Origin != b.Origin && a.Origin != "" && b.Origin != "" ||
		a.Actor != "" && (a.Actor == b.Target || a.Actor == b.Origin) || b.Actor != "" && (b.Actor == a.Target || b.Actor == a.Origin) {
		// "Ukraine's air defenses intercepted 47" Russian drones is not
		// "Russia said it intercepted 47 Ukrainian drones": the parties
		// trade places.
		return false
	}
	return x.Kind == y.Kind && x.IsPoint() && y.IsPoint() && x.Nominal == y.Nominal && x.Nominal >= minFigure && x.Unit == y.Unit &&
		a.Subject != "" && a.Subject == b.Subject && a.Measure == b.Measure
}

// namesApart reports whether the sentences of two claims name no entity
// in common while one of them names some besides whoever is credited with
// its claim: "an aid package for farmers in Osk" is not the package of a
// sentence that names no place, while "Turnout reached 58.3%, commission
// chairman Benedek Suro said" and "Turnout was 53.8%, the electoral
// commission said" name nothing apart.
func namesApart(a, b *model.Claim) bool {
	if topicEntities(a) == 0 && topicEntities(b) == 0 {
		return false
	}
	for _, e := range a.Entities {
		if slices.Contains(b.Entities, e) {
			return false
		}
	}
	return true
}

// stateSpan reports whether the subject of a span says itself what
// lasted: an outage, a closure, or the time an act took ("time to
// clear"), whatever else its sentence names.
func stateSpan(subject string) bool {
	return subject == model.Outage || subject == model.Closure || strings.HasPrefix(subject, model.TimeTo)
}

// topicEntities counts the entities c's sentence names besides whoever
// is credited with c.
func topicEntities(c *model.Claim) int {
	n := 0
	for _, e := range c.Entities {
		if e != c.SaidBy {
			n++
		}
	}
	return n
}

// topicConflict reports whether two claims state different counted things
// or different measures.
func topicConflict(a, b *model.Claim) bool {
	return a.Subject != "" && b.Subject != "" && !sameTopic(a.Subject, b.Subject) ||
		a.Measure != "" && b.Measure != "" && a.Measure != b.Measure
}

// peopleOf reports whether of two counts of the same measure, one in a
// summary and one in its body, the summary's counts people in general:
// a summary says "people" of the body's guests; or
// either counts a group's members, who are people of any kind ("12,000
// nurses walk out" and "14,000 of its members had joined the walkout").
// The other way holds too when the body gives the summary's figure
// nowhere: "36 spectators are injured" restates "injuring 63 people"
// (a body that counts injured spectators as well has a closer figure
// for the summary's); not "the other five" people, some of a whole.
func peopleOf(a, b *model.Claim, claims func(source string) []model.Claim) bool {
	if b.Section.IsSummary() {
		a, b = b, a
	}
	if !a.Section.IsSummary() || a.Measure == "" || a.Measure != b.Measure {
		return false
	}
	if a.Subject == peopleThing && b.Subject != peopleThing || a.Subject != b.Subject && (a.Subject == memberThing || b.Subject == memberThing) {
		return true
	}
	return b.Subject == peopleThing && a.Subject != peopleThing && b.Version == "" &&
		onlyInBody(b, a, claims, func(*model.Claim) bool { return false })
}

// docConfidence scores a summary claim against a body claim of the same
// article: a summary restates its body, so shared words, the same counted
// thing and the same measure make it likely the two state the same fact.
func docConfidence(a, b *model.Claim, claims func(source string) []model.Claim, why *notes) float64 {
	o := overlap(a.Context, b.Context)
	conf := 0.25 + 0.6*o
	if a.Value.Kind == model.Age && o < 0.5 {
		// A person is one age when a story starts and another now: ages
		// need the same setting.
		conf -= 0.3
	}
	why.addFloat("shared words ", o)
	if a.Subject != "" && b.Subject != "" {
		if sameTopic(a.Subject, b.Subject) {
			conf += 0.2
			why.add("same thing: ", a.Subject)
			if swappedFigures(a, b) {
				// "About 430 passengers were stranded" copies the body's
				// "About 340 passengers were trapped" with two digits
				// swapped, whatever other words the body's clause holds.
				conf += 0.1
				why.add("two digits swapped")
			}
		} else if a.Kind == model.QuantityClaim && a.Value.Kind == model.Count && peopleOf(a, b, claims) {
			// "14 people admitted to hospital" in a summary is the body's
			// "11 guests were admitted to hospital": people in general,
			// of the same measure, though the body may count others too.
			conf -= 0.1
			why.add("people in general: ", a.Subject, " vs ", b.Subject)
		} else if a.Kind == model.QuantityClaim && (a.Value.Kind == model.Count || a.Value.Kind == model.Share ||
			a.Value.Kind == model.Duration && a.Version == initialVersion && b.Version == initialVersion) {
			// A count of other things, a share of another whole ("half of
			// its customers", "a third of its branches"), or the first
			// span of another count ("71,400 tickets in their first 12
			// months", "6,312 drivers in its first six months").
			conf -= 0.3
			why.add("other thing: ", a.Subject, " vs ", b.Subject)
		} else if a.Kind == model.QuantityClaim && a.Value.Kind == model.Amount && named(a.Subject) && named(b.Subject) {
			// "unveils $412 million makeover" against "the $265 million
			// budget approved when work began": an amount of another
			// thing.
			conf -= 0.2
			why.add("other thing: ", a.Subject, " vs ", b.Subject)
		} else if a.Kind == model.QuantityClaim && a.Value.Kind == model.Measurement && (crossDimensions[a.Subject] || crossDimensions[b.Subject]) {
			// "a sinkhole 40 feet wide" against "a 30-yard stretch of
			// asphalt": a width is not the length of another thing.
			conf -= 0.2
			why.add("other dimension: ", a.Subject, " vs ", b.Subject)
		} else if a.Kind == model.TimeClaim {
			// "escaped in August 1972" and "was found last week" date two
			// events, whatever words their sentences share.
			conf -= 0.2
			why.add("other event: ", a.Subject, " vs ", b.Subject)
		}
	}
	if a.Measure != "" && b.Measure != "" {
		if a.Measure == b.Measure {
			conf += 0.15
			why.add("same measure: ", a.Measure)
		} else if (wholeGroup(a) && b.Measure == model.Carry || wholeGroup(b) && a.Measure == model.Carry) && sameTopic(a.Subject, b.Subject) {
			// "All seven passengers got out on their own" sizes the group
			// the body's "a helicopter carrying six passengers" counts:
			// what "all" of them did counts all aboard.
			conf += 0.15
			why.add("all of the group, whatever it did: ", a.Measure, " vs ", b.Measure)
		} else if lostShare(a, b) || lostShare(b, a) {
			conf += 0.15
			why.add("a share lost is a share destroyed: ", a.Measure, " vs ", b.Measure)
		} else {
			conf -= 0.3
			why.add("other measure: ", a.Measure, " vs ", b.Measure)
		}
	} else if a.Value.Kind == model.Amount && (levelAgainstChange(a, b) || levelAgainstChange(b, a)) {
		// "tuition will rise to $9,388 a year" is the fee reached, not
		// the body's "Almost a thousand dollars more a year".
		conf -= 0.3
		why.add("a level reached against a change: ", a.Measure, " vs ", b.Measure)
	}
	return clamp(conf)
}

// levelAgainstChange reports whether a is an amount a change reached (of
// version update, with no measure) and b the size of a change: "rose to
// $9,388" against "$1,000 more".
func levelAgainstChange(a, b *model.Claim) bool {
	return a.Version == updateVersion && a.Measure == "" && (b.Measure == "increase" || b.Measure == "decrease")
}

// sameTopic reports whether two counted things or measures, both stated,
// are the same.
func sameTopic(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	if a == b {
		return true
	}
	if x, y, ok := anchors(a, b); ok {
		return sameAnchor(x, y)
	}
	fa, fb := match.Fold(a), match.Fold(b)
	return fa == fb || sameStem(fa, fb)
}

// anchors returns what two subjects of distances are measured from (see
// model.DistanceFrom), "" for a distance that names nothing; ok is false
// unless both are distances.
func anchors(a, b string) (x, y string, ok bool) {
	x, okx := anchor(a)
	y, oky := anchor(b)
	return x, y, okx && oky
}

// anchor returns what a distance's subject is measured from; ok is false
// for a subject of no distance.
func anchor(subject string) (string, bool) {
	if subject == model.Distance {
		return "", true
	}
	return strings.CutPrefix(subject, model.DistanceFrom)
}

// sameAnchor reports whether two distances are measured from the same
// thing: both name it with the same head noun ("the nearest town" and
// "the town"), or one names it by the first word of the other's compound
// ("the finish" and "the finish line"), or neither names it.
func sameAnchor(x, y string) bool {
	if x == y {
		return true
	}
	if x == "" || y == "" {
		return false
	}
	xf, xl := firstLast(x)
	yf, yl := firstLast(y)
	return xl == yl || x == yf || y == xf
}

// firstLast returns the first and the last word of a phrase.
func firstLast(s string) (first, last string) {
	first, _, _ = strings.Cut(s, " ")
	last = s[strings.LastIndexByte(s, ' ')+1:]
	return first, last
}

// minStem is the shortest stem by which sameStem takes two words for one.
const minStem = 5

// sameStem reports whether two folded words are forms of one word that
// differ by a verb's or a noun's ending: "deliberated", "deliberation"
// and "deliberations" ("jurors deliberated for six hours", "after nine
// hours of deliberations"). A short stem is no evidence: "stated" is no
// "station".
func sameStem(a, b string) bool {
	sa, sb := stem(a), stem(b)
	return sa == sb && len(sa) >= minStem
}

// stem strips the first of stemEndings that a word ends with.
func stem(w string) string {
	for _, e := range stemEndings {
		if r, ok := strings.CutSuffix(w, e); ok {
			return r
		}
	}
	return w
}

// stemEndings are the endings stem strips, longest first.
var stemEndings = [...]string{"ions", "ion", "ings", "ing", "ed", "es", "s", "e"}

func pairKey(v *Verdict) string {
	a, b := v.A.ID, v.B.ID
	if b < a {
		a, b = b, a
	}
	return a + "\x00" + b
}

func nearMiss(v *Verdict, why string) model.NearMiss {
	return model.NearMiss{Claims: [2]*model.Claim{v.A, v.B}, Similarity: v.Confidence, Reason: why}
}

// union groups quantity claims that agree pairwise, directly or through
// others: one group per fact, however many sources state it. Claims are
// named by their store index; a group is named by the value of its claim
// with the smallest id.
type union struct {
	parent []int32 // -1: not in any group
	claims []*model.Claim
	counts map[int32]int // root -> sources in its group; filled by support
}

// support returns how many sources state the value of claim i: its own
// and those of the claims agreeing with it. Call it once every agreement
// is joined.
func (u *union) support(i int32) int {
	if u.parent[i] < 0 {
		return 1
	}
	u.count()
	return u.counts[u.parent[i]] // count left every claim pointing at its root
}

// count works out the number of sources in each group, once every
// agreement is joined, and points every claim at its group's root; it and
// support only read from then on, and are safe on several goroutines.
func (u *union) count() {
	if u.counts == nil {
		u.counts = map[int32]int{}
		type member struct {
			root   int32
			source string
		}
		seen := map[member]bool{}
		for j := range u.parent {
			if u.parent[j] < 0 {
				continue
			}
			u.parent[j] = u.find(int32(j))
			m := member{u.parent[j], u.claims[j].Span.Source}
			if !seen[m] {
				seen[m] = true
				u.counts[m.root]++
			}
		}
	}
}

func newUnion(n int) *union {
	u := &union{parent: make([]int32, n), claims: make([]*model.Claim, n)}
	for i := range u.parent {
		u.parent[i] = -1
	}
	return u
}

func (u *union) find(i int32) int32 {
	for u.parent[i] != i {
		u.parent[i] = u.parent[u.parent[i]]
		i = u.parent[i]
	}
	return i
}

func (u *union) join(ia, ib int32, a, b *model.Claim) {
	for _, x := range []struct {
		i int32
		c *model.Claim
	}{{ia, a}, {ib, b}} {
		if u.parent[x.i] < 0 {
			u.parent[x.i], u.claims[x.i] = x.i, x.c
		}
	}
	ra, rb := u.find(ia), u.find(ib)
	if ra == rb {
		return
	}
	if u.claims[rb].ID < u.claims[ra].ID {
		ra, rb = rb, ra
	}
	u.parent[rb] = ra // the smallest id is the root, so groups are stable
}

// agreements returns one agreement per group; finish sorts them.
func (u *union) agreements() []model.Agreement {
	// Groups are sized first, so that each gets its claims in one
	// allocation: grown by appending, they took a third more memory, and
	// at 100,000 articles the agreements are the largest part of a report.
	at := map[int32]int{} // root -> index in out
	var sizes []int
	for i := range u.parent {
		if u.parent[i] < 0 {
			continue
		}
		root := u.find(int32(i))
		k, ok := at[root]
		if !ok {
			k = len(sizes)
			at[root] = k
			sizes = append(sizes, 0)
		}
		sizes[k]++
	}
	out := make([]model.Agreement, len(sizes))
	for root, k := range at {
		r := u.claims[root]
		out[k] = model.Agreement{Subject: r.Subject, Measure: r.Measure, Value: r.Value.String(), Claims: make([]*model.Claim, 0, sizes[k])}
	}
	for i := range u.parent {
		if u.parent[i] < 0 {
			continue
		}
		k := at[u.find(int32(i))]
		out[k].Claims = append(out[k].Claims, u.claims[i])
	}
	return out
}

// finding builds the discrepancy for a conflicting verdict. The summary
// side, or else the earlier source, comes first.
func finding(v *Verdict, opts Options) model.Discrepancy {
	a, b := v.A, v.B
	if b.Section.IsSummary() && !a.Section.IsSummary() || (a.Section.IsSummary() == b.Section.IsSummary() && b.Span.Source < a.Span.Source) {
		a, b = b, a
	}
	d := model.Discrepancy{Confidence: round2(v.Confidence), Reasons: sortedCopy(v.Why(opts)), Subject: a.Subject, Measure: a.Measure, Claims: []*model.Claim{a, b}}
	if d.Subject == "" {
		d.Subject = b.Subject
	}
	if d.Measure == "" {
		d.Measure = b.Measure
	}
	switch {
	case a.Span.Source == b.Span.Source:
		d.Kind, d.Severity = model.SummaryVsBody, model.High
	case a.Version == "update" || b.Version == "update":
		d.Kind, d.Severity = model.UpdatedFigure, model.Low
	case a.Kind == model.RoleClaim:
		d.Kind, d.Severity = model.RoleConflict, model.Medium
	case a.Kind == model.TimeClaim:
		d.Kind, d.Severity = model.DateMismatch, model.Medium
		if !dateResolved(a.Value, b.Value) && (a.Value.Date.Relative != "" || b.Value.Date.Relative != "") {
			d.Severity = model.Low
		}
	default:
		d.Kind, d.Severity = model.QuantityMismatch, model.Medium
		if v.Confidence >= 0.85 {
			d.Severity = model.High
		}
	}
	what := describe(a)
	d.Message = fmt.Sprintf("%s: %q (%s) vs %q (%s)", what, a.Value.String(), where(a), b.Value.String(), where(b))
	d.Explanation = explain(d.Kind, a, b)
	d.Fingerprint = Fingerprint(d.Kind, d.Subject, d.Measure, d.Claims)
	return d
}

func round2(x float64) float64 { return float64(int(x*100+0.5)) / 100 }

func where(c *model.Claim) string {
	return fmt.Sprintf("%s %s", c.Section, c.Span.String())
}

// describe says what a claim is about, in a few words.
func describe(c *model.Claim) string {
	switch c.Kind {
	case model.RoleClaim:
		return c.Subject + "'s role"
	case model.TimeClaim:
		if c.Subject != "" {
			return "date of " + c.Subject
		}
		return "date"
	}
	var parts []string
	if c.Subject != "" {
		parts = append(parts, c.Subject)
	}
	if c.Measure != "" {
		parts = append(parts, c.Measure)
	}
	if c.Actor != "" {
		parts = append(parts, "by "+c.Actor)
	}
	if len(parts) == 0 {
		return "figure"
	}
	return strings.Join(parts, " ")
}

// explain states the rule that fired and each side's normalized context.
func explain(k model.Kind, a, b *model.Claim) string {
	var rule string
	switch k {
	case model.SummaryVsBody:
		rule = "The article's summary states a value that its own body contradicts, with no body statement supporting it."
	case model.UpdatedFigure:
		rule = "A figure was revised; shown for review, not an error."
	case model.RoleConflict:
		rule = "The same person is given roles that cannot both hold at once: another state or rank of the same office, another office of the same company, or another minister's portfolio."
	case model.DateMismatch:
		rule = "The sources date the same event, or the end of the same span, differently."
	default:
		rule = "The sources give incompatible values for the same measure in the same context, and neither states the other's value."
	}
	return rule + " A: " + ctx(a) + ". B: " + ctx(b) + "."
}

func ctx(c *model.Claim) string {
	var p []string
	add := func(name, v string) {
		if v != "" {
			p = append(p, name+"="+v)
		}
	}
	add("value", c.Value.String())
	add("subject", c.Subject)
	add("measure", c.Measure)
	add("actor", c.Actor)
	add("target", c.Target)
	add("origin", c.Origin)
	add("place", c.Place)
	add("period", c.Period)
	add("version", c.Version)
	add("said_by", c.SaidBy)
	return strings.Join(p, ", ")
}

// Fingerprint identifies a finding independently of line numbers, file
// order and directories: it hashes the kind, subject, measure and, for each
// claim in sorted order, the file's base name, its normalized quote and its
// value.
func Fingerprint(k model.Kind, subject, measure string, claims []*model.Claim) string {
	parts := make([]string, 0, len(claims))
	for _, c := range claims {
		parts = append(parts, filepath.Base(c.Span.Source)+"\x1f"+strings.Join(strings.Fields(strings.ToLower(c.Quote)), " ")+"\x1f"+c.Value.String())
	}
	sort.Strings(parts)
	h := sha256.New()
	fmt.Fprintf(h, "%s\x1e%s\x1e%s", k, subject, measure)
	for _, p := range parts {
		h.Write([]byte("\x1e" + p))
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// finish sorts every list of a result deterministically: its three lists
// at once on jobs goroutines, the agreement groups' claims on those the
// findings leave. Sort keys
// are copied out of the findings and groups first: comparing through the
// claims' pointers missed the cache at every step, and at 100,000 articles
// finishing took a second on one goroutine.
func finish(r *Result, jobs int) {
	lists := []func(){
		func() { r.Discrepancies = sortedFindings(r.Discrepancies) },
		func() {
			par.ForEach(len(r.Agreements), max(1, jobs-1), func(_, i int) {
				g := &r.Agreements[i]
				slices.SortFunc(g.Claims, func(a, b *model.Claim) int { return strings.Compare(a.ID, b.ID) })
				g.Sources = countSourcesOf(g.Claims)
			})
			r.Agreements = sortedAgreements(r.Agreements)
		},
		func() {
			slices.SortStableFunc(r.NearMisses, func(a, b model.NearMiss) int {
				return compareJoined(a.Claims[0].ID, a.Claims[1].ID, b.Claims[0].ID, b.Claims[1].ID)
			})
		},
	}
	par.ForEach(len(lists), jobs, func(_, i int) { lists[i]() })
}

// sortedFindings returns ds ordered by severity (highest first), then the
// primary claim's source and offset, then fingerprint; findings equal in
// all of these keep their order.
func sortedFindings(ds []model.Discrepancy) []model.Discrepancy {
	type key struct {
		sev    model.Severity
		source string
		offset int32
		fp     string
		i      int32
	}
	keys := make([]key, len(ds))
	for i := range ds {
		d := &ds[i]
		sp := &d.Claims[0].Span
		keys[i] = key{d.Severity, sp.Source, sp.Start.Offset, d.Fingerprint, int32(i)}
	}
	slices.SortFunc(keys, func(a, b key) int {
		return cmp.Or(cmp.Compare(b.sev, a.sev), strings.Compare(a.source, b.source),
			cmp.Compare(a.offset, b.offset), strings.Compare(a.fp, b.fp), cmp.Compare(a.i, b.i))
	})
	// Findings are large: each is moved once.
	out := make([]model.Discrepancy, len(ds))
	for k, key := range keys {
		out[k] = ds[key.i]
	}
	return out
}

// sortedAgreements returns gs ordered by subject, measure and value, then
// by first claim (their claims sorted by id already). A claim is in one
// group, so the order of groups does not depend on which other groups
// there are, and a corpus run lists the groups of a full run in the same
// order.
func sortedAgreements(gs []model.Agreement) []model.Agreement {
	type key struct {
		subject, measure, value, first string
		i                              int32
	}
	keys := make([]key, len(gs))
	for i := range gs {
		g := &gs[i]
		keys[i] = key{g.Subject, g.Measure, g.Value, g.Claims[0].ID, int32(i)}
	}
	slices.SortFunc(keys, func(a, b key) int {
		return cmp.Or(strings.Compare(a.subject, b.subject), strings.Compare(a.measure, b.measure),
			strings.Compare(a.value, b.value), strings.Compare(a.first, b.first))
	})
	out := make([]model.Agreement, len(gs))
	for k, key := range keys {
		out[k] = gs[key.i]
	}
	return out
}

// compareJoined compares a0+a1 with b0+b1 without joining them.
func compareJoined(a0, a1, b0, b1 string) int {
	for {
		if a0 == "" {
			a0, a1 = a1, ""
		}
		if b0 == "" {
			b0, b1 = b1, ""
		}
		if a0 == "" || b0 == "" {
			return cmp.Compare(len(a0)+len(a1), len(b0)+len(b1))
		}
		n := min(len(a0), len(b0))
		if c := strings.Compare(a0[:n], b0[:n]); c != 0 {
			return c
		}
		a0, b0 = a0[n:], b0[n:]
	}
}

// countSourcesOf returns the number of distinct sources of cs: with a
// map for a large group, by looking back in a small one.
func countSourcesOf(cs []*model.Claim) int {
	if len(cs) > 32 {
		seen := make(map[string]bool, len(cs))
		for _, c := range cs {
			seen[c.Span.Source] = true
		}
		return len(seen)
	}
	n := 0
	for i, c := range cs {
		if !slices.ContainsFunc(cs[:i], func(d *model.Claim) bool { return d.Span.Source == c.Span.Source }) {
			n++
		}
	}
	return n
}
