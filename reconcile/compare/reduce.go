package compare

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/reconcile-news/reconcile/internal/par"
	"github.com/reconcile-news/reconcile/internal/slab"
	"github.com/reconcile-news/reconcile/model"
)

// view is one claim's view of one other source (or of its own article's
// summary): whether a comparable claim there agrees, and a conflicting
// verdict. A claim conflicts with a source only when nothing there agrees.
//
// Agreement with another article's vague magnitude is loose: "thousands
// of jobs" agrees with "about 3,800 jobs", but it vouches for the figure
// only when the article states no exact figure it covers, as "3,200
// jobs" would be; see vouched.
type view struct {
	claim   int32 // store index of the claim
	source  int32 // index of the other source
	summary bool  // the other claim stands in a summary
	agree   bool
	loose   bool  // agreement with a vague magnitude; verdict holds it
	verdict int32 // index into reducer.conflicts of the conflict, or of the loose agreement; -1 when agree
}

// reducer turns verdicts into findings. It keeps one small record per
// direction of each verdict that matters and the conflicting verdicts
// themselves, so that its memory grows with the comparable pairs, not with
// every pair judged.
type reducer struct {
	opts      Options
	pending   slab.List[view] // the views as added; views holds them sorted
	views     []view
	conflicts slab.List[Verdict] // the conflicting verdicts, and the loose agreements views point at
	misses    []Verdict          // verdicts kept for --explain
	sources   map[string]int32
	agreeing  *union
}

// newReducer returns a reducer for a store of n claims.
func newReducer(opts Options, n int) *reducer {
	return &reducer{opts: opts, sources: map[string]int32{}, agreeing: newUnion(n)}
}

func (r *reducer) source(path string) int32 {
	i, ok := r.sources[path]
	if !ok {
		i = int32(len(r.sources))
		r.sources[path] = i
	}
	return i
}

// add records one verdict.
func (r *reducer) add(v Verdict) {
	if !v.Comparable {
		if r.opts.Explain && !outside(v.A, v.B, r.opts) && len(v.Reasons) > 0 {
			r.misses = append(r.misses, v)
		}
		return
	}
	a := view{claim: v.ia, source: r.source(v.B.Span.Source), summary: v.B.Section.IsSummary(), verdict: -1}
	b := view{claim: v.ib, source: r.source(v.A.Span.Source), summary: v.A.Section.IsSummary(), verdict: -1}
	// Within an article only the summary needs support from the body, not
	// the other way round.
	same := v.A.Span.Source == v.B.Span.Source
	keepA, keepB := !same || v.A.Section.IsSummary(), !same || !v.A.Section.IsSummary()
	if v.Agree {
		if !supports(v.A.Value, v.B.Value, r.opts.TimeUnit) {
			return
		}
		bounded := false // a body bound the summary's figure merely falls within
		hedged := false  // the summary's exact figure falls within the body's hedged one
		if same && v.A.Section.IsSummary() != v.B.Section.IsSummary() {
			sum, body := v.A, v.B
			if v.B.Section.IsSummary() {
				sum, body = v.B, v.A
			}
			if !asPrecise(body.Value.Date, sum.Value.Date) {
				return // "September" vouches for no "September 17 2014"
			}
			if body.Value.Hedge == "vague" && sum.Value.Hedge != "vague" {
				return // "hundreds of passengers" vouches for no "473 passengers"
			}
			if insideRange(sum.Value, body.Value) {
				return // "a pre-sale estimate of $5 million to $7 million" vouches for no "$6.9 million"
			}
			within := withinBound(sum.Value, body.Value)
			if within && !named(body.Subject) {
				// "worth at least £25million to a club like Valdemar"
				// bounds money, not the £86million fee.
				return
			}
			// A figure within the other's bound, either way round: "42
			// others injured" is no restatement of "At least 21 dead".
			bounded = within || withinBound(body.Value, sum.Value)
			if farBelow(body.Value, sum.Value) {
				return // "representing 11 of the students" vouches for no "Up to 40 students"
			}
			hedged = sum.Value.Hedge == "" && sum.Value.IsPoint() && body.Value.Hedge != "" && sum.Value.Nominal != body.Value.Nominal
		}
		// Within one article any agreeing body statement supports a summary
		// that states the same figure or counts the same thing; a body
		// figure that merely falls within a hedge ("51" within "over 45
		// books") needs the confidence of any other agreement.
		// A date whose sentence names no event agrees with a date that
		// names one by its value alone, and an article says "Monday" of
		// many things: it needs the confidence of a finding.
		// So does a body bound that a summary figure merely falls within
		// ("3 in 12 drivers" within "at least 10 per cent of drivers"): it
		// rules out none of the figures the body states exactly.
		need := r.opts.MinConfidence - 0.15
		if v.A.Kind == model.TimeClaim && eventless(v.A) != eventless(v.B) || bounded {
			need = r.opts.MinConfidence
		}
		// A figure restated with a version on one side only ("a new
		// £100,000-a-week deal", "50 per cent" against "one-half of new
		// fathers") is no restatement: it needs the confidence too.
		if v.Confidence < need && (bounded || !(same && v.A.Version == v.B.Version && (!topicConflict(v.A, v.B) || sameFigure(v.A, v.B)) && restates(v.A, v.B))) {
			return
		}
		a.agree, b.agree = true, true
		if v.A.Kind == model.QuantityClaim {
			r.agreeing.join(v.ia, v.ib, v.A, v.B)
		}
		if hedged {
			// The summary's view of its body holds the hedged figure
			// loosely: it vouches for the summary's figure unless the body
			// states an exact figure the hedge holds (see boundMet).
			loose := int32(r.conflicts.Len())
			r.conflicts.Append(v)
			if v.A.Section.IsSummary() {
				a.agree, a.loose, a.verdict = false, true, loose
			} else {
				b.agree, b.loose, b.verdict = false, true, loose
			}
		}
		if !same && vagueOnly(v.A.Value, v.B.Value) != vagueOnly(v.B.Value, v.A.Value) {
			loose := int32(r.conflicts.Len())
			r.conflicts.Append(v)
			if vagueOnly(v.B.Value, v.A.Value) {
				a.agree, a.loose, a.verdict = false, true, loose
			} else {
				b.agree, b.loose, b.verdict = false, true, loose
			}
		}
	}
	if outside(v.A, v.B, r.opts) {
		return // judged for agreement alone
	}
	if !v.Agree {
		a.verdict = int32(r.conflicts.Len())
		b.verdict = a.verdict
		r.conflicts.Append(v)
	}
	if keepA {
		r.pending.Append(a)
	}
	if keepB {
		r.pending.Append(b)
	}
}

// sortViews returns the views of parts, in one slice ordered by
// compareViews, for claims with indexes below n: counted out by claim
// first, in linear time, then each claim's few views sorted. A large
// corpus has millions of views. It empties parts as it goes.
func sortViews(parts [][]view, n int) []view {
	start := make([]int32, n+1) // views of claim c go at start[c]
	for _, views := range parts {
		for _, v := range views {
			start[v.claim+1]++
		}
	}
	for c := 1; c <= n; c++ {
		start[c] += start[c-1]
	}
	out := make([]view, start[n])
	next := slices.Clone(start[:n])
	for i, views := range parts {
		for _, v := range views {
			out[next[v.claim]] = v
			next[v.claim]++
		}
		parts[i] = nil // placed: it can be collected while the rest are
	}
	for c := range n {
		if start[c+1]-start[c] > 1 {
			slices.SortFunc(out[start[c]:start[c+1]], compareViews)
		}
	}
	return out
}

func compareViews(x, y view) int {
	if c := cmp.Compare(x.claim, y.claim); c != 0 {
		return c
	}
	if c := cmp.Compare(x.source, y.source); c != 0 {
		return c
	}
	switch {
	case x.summary == y.summary:
		return 0
	case !x.summary:
		return -1
	}
	return 1
}

// agrees reports whether claim's view of source found agreement that
// vouches for it against o, the claim of source it is set against.
func (r *reducer) agrees(claim, source int32, summary bool, o *model.Claim) bool {
	k := view{claim: claim, source: source, summary: summary}
	i, _ := slices.BinarySearchFunc(r.views, k, compareViews)
	j := i
	for j < len(r.views) && compareViews(r.views[j], k) == 0 {
		j++
	}
	return r.vouched(r.views[i:j], o)
}

// vouched reports whether a group of views of one source holds agreement
// that vouches for the claim against o, a claim of that source it
// conflicts with: any agreement but a loose one whose vague magnitude
// merely restates o, covering its figure ("thousands" covers "3,200")
// with nothing else said of it (actor, target, origin, place, period,
// version), or whose hedged figure o's exact figure meets (boundMet).
// "Dozens of Teverin drones" downed overnight restate no "81 of the
// drones" of the air force's own tally.
func (r *reducer) vouched(group []view, o *model.Claim) bool {
	for _, w := range group {
		if w.agree {
			return true
		}
		if w.loose {
			v := r.conflicts.At(int(w.verdict))
			if v.A.Value.Hedge != "vague" && v.B.Value.Hedge != "vague" {
				bound := v.B
				if bound.Section.IsSummary() {
					bound = v.A
				}
				if !boundMet(bound, o) {
					return true
				}
				continue
			}
			vague := v.A
			if vague.Value.Hedge != "vague" {
				vague = v.B
			}
			if !restatedLoosely(vague, o) {
				return true
			}
		}
	}
	return false
}

// boundMet reports whether o, a body figure its summary's figure
// conflicts with, is an exact figure within bound, a hedged figure of the
// same body that the summary's figure also falls within: the body states
// the figure its hedge holds. "A diamond weighing 782 carats" among
// "diamonds of more than 700 carats" leaves the summary's "728-carat
// stone" stated by neither.
func boundMet(bound, o *model.Claim) bool {
	return o != bound && o.Value.Hedge == "" && o.Value.IsPoint() && o.Value.Kind == bound.Value.Kind &&
		o.Value.Unit == bound.Value.Unit && o.Value.Lo >= bound.Value.Lo && o.Value.Hi <= bound.Value.Hi
}

// restatedLoosely reports whether vague, a vague magnitude, covers o's
// figure as it covers the figure it agrees with (see loosely), and says
// nothing else of it that o does not: "dozens" that hold for 131 hold for
// 112 as well, and vouch for neither against the other.
func restatedLoosely(vague, o *model.Claim) bool {
	return loosely(vague.Value, o.Value) &&
		vague.Actor == o.Actor && vague.Target == o.Target && vague.Origin == o.Origin &&
		vague.Place == o.Place && vague.Period == o.Period && vague.Version == o.Version
}

// vagueOnly reports whether v is a vague magnitude ("thousands") and o is
// not.
func vagueOnly(v, o model.Value) bool {
	return v.Hedge == "vague" && o.Hedge != "vague"
}

// result reduces the recorded views to findings.
func (r *reducer) result() Result {
	r.views = sortViews(r.pending.Slabs(), len(r.agreeing.parent))
	r.pending = slab.List[view]{}
	var res Result
	flagged := map[[2]int32]bool{}
	missed := map[[2]int32]bool{} // near misses kept, with --explain
	var picked []*Verdict         // the conflicts to report, in view order
	for lo := 0; lo < len(r.views); {
		hi := lo + 1
		for hi < len(r.views) && compareViews(r.views[hi], r.views[lo]) == 0 {
			hi++
		}
		group := r.views[lo:hi]
		lo = hi
		var best *Verdict
		agree := false
		for _, w := range group {
			if w.agree {
				agree = true
				break
			}
			if w.loose {
				continue
			}
			v := r.conflicts.At(int(w.verdict))
			if best == nil || better(v, best, r.opts) {
				best = v
			}
		}
		if agree || best == nil {
			continue
		}
		v := best
		pk := [2]int32{min(v.ia, v.ib), max(v.ia, v.ib)}
		if flagged[pk] {
			continue
		}
		// The other direction must not have found agreement either, for a
		// summary claim as for a body claim: another article's summary
		// "2,400,000 times" that this article's body also states is not
		// set against the body's "a total of 8,100,000 times". Within one
		// article a body claim has no view of its summary, so this never
		// drops a summary-vs-body finding.
		other, c, oc := v.ib, v.A, v.B // oc is the claim at other
		if group[0].claim != v.ia {
			other, c, oc = v.ia, v.B, v.A
		}
		if r.vouched(group, oc) || r.agrees(other, r.source(c.Span.Source), c.Section.IsSummary(), c) {
			continue
		}
		if v.Confidence < r.opts.MinConfidence {
			if r.opts.Explain && !missed[pk] {
				missed[pk] = true // each claim's view may find it
				// The reasons are worked out now: a pair judged
				// comparable kept none (see judgePair).
				w, _ := judge(v.A, v.B, v.doc, v.lead, r.opts, &notes{on: true})
				why := fmt.Sprintf("below the confidence threshold of %.2f", r.opts.MinConfidence)
				if len(w.Reasons) > 0 {
					why += ": " + strings.Join(w.Reasons, "; ")
				}
				res.NearMisses = append(res.NearMisses, nearMiss(v, why))
			}
			continue
		}
		if oc.Span.Source != c.Span.Source && r.opts.Claims != nil &&
			(statesFigure(r.opts.Claims(oc.Span.Source), c) || statesFigure(r.opts.Claims(c.Span.Source), oc) ||
				statesEarlier(r.opts.Claims(oc.Span.Source), c) || statesEarlier(r.opts.Claims(c.Span.Source), oc) ||
				partOf(r.opts.Claims(oc.Span.Source), c, oc) || partOf(r.opts.Claims(c.Span.Source), oc, c)) {
			// The other article gives this claim's figure of the same
			// thing elsewhere ("Some 48,000 vehicles a day" of the
			// bridge): its other figure ("the Orlen Bridge upstream,
			// which carries about 31,000 vehicles a day") is of
			// something else. So does a part of the very figure it is
			// set against (see partOf).
			continue
		}
		flagged[pk] = true
		picked = append(picked, v)
	}
	picked = onceEachRole(picked)
	// The findings are written out (claims copied, explanation and
	// fingerprint made) on opts.Jobs goroutines, in the order picked.
	res.Discrepancies = make([]model.Discrepancy, len(picked))
	r.agreeing.count()
	par.ForEach(len(picked), r.opts.Jobs, func(_, i int) {
		v := picked[i]
		res.Discrepancies[i] = finding(v, r.opts)
		withSupport(&res.Discrepancies[i], v, r.agreeing.support(v.ia), r.agreeing.support(v.ib))
	})
	res.Discrepancies = dropKnockOn(res.Discrepancies)
	for i := range r.misses {
		res.NearMisses = append(res.NearMisses, nearMiss(&r.misses[i], strings.Join(r.misses[i].Reasons, "; ")))
	}
	res.Agreements = r.agreeing.agreements()
	return res
}

// roleSides is what a role conflict says in each of its two sources: the
// person, and the title each source gives.
type roleSides struct {
	srcA, srcB   string
	person       string
	roleA, roleB model.RoleInfo
}

// onceEachRole keeps one conflict of each person's two titles in two
// sources, the one stated first: "Mayor Oskar Lindqvist" and, further
// down, "Mayor Lindqvist" against another article's "Deputy Mayor Oskar
// Lindqvist" are one disagreement. Other conflicts are kept as they are.
func onceEachRole(picked []*Verdict) []*Verdict {
	first := map[roleSides]int{}
	drop := make([]bool, len(picked))
	for i, v := range picked {
		if v.A.Kind != model.RoleClaim {
			continue
		}
		a, b := v.A, v.B
		if a.Span.Source > b.Span.Source || a.Span.Source == b.Span.Source && a.Span.Start.Offset > b.Span.Start.Offset {
			a, b = b, a
		}
		k := roleSides{a.Span.Source, b.Span.Source, a.Subject, a.Role(), b.Role()}
		j, seen := first[k]
		switch {
		case !seen:
			first[k] = i
		case statedBefore(v, picked[j]):
			drop[j], first[k] = true, i
		default:
			drop[i] = true
		}
	}
	out := picked[:0]
	for i, v := range picked {
		if !drop[i] {
			out = append(out, v)
		}
	}
	return out
}

// statedBefore reports whether v's claims stand before w's: its earlier
// claim first, then its later one.
func statedBefore(v, w *Verdict) bool {
	v1, v2 := min(v.A.Span.Start.Offset, v.B.Span.Start.Offset), max(v.A.Span.Start.Offset, v.B.Span.Start.Offset)
	w1, w2 := min(w.A.Span.Start.Offset, w.B.Span.Start.Offset), max(w.A.Span.Start.Offset, w.B.Span.Start.Offset)
	return v1 < w1 || v1 == w1 && v2 < w2
}

// withSupport records on d, a finding built from v, how many sources
// state each side's value (sa for v.A, sb for v.B), and says in its
// explanation which value more sources state.
func withSupport(d *model.Discrepancy, v *Verdict, sa, sb int) {
	if d.Claims[0].ID != v.A.ID {
		sa, sb = sb, sa
	}
	d.Support = []int{sa, sb}
	a, b := d.Claims[0].Value.String(), d.Claims[1].Value.String()
	switch {
	case sa > sb:
		d.Explanation += fmt.Sprintf(" More sources state %q (%s) than %q (%s).", a, countSources(sa), b, countSources(sb))
	case sb > sa:
		d.Explanation += fmt.Sprintf(" More sources state %q (%s) than %q (%s).", b, countSources(sb), a, countSources(sa))
	case sa > 1:
		d.Explanation += fmt.Sprintf(" As many sources state each value (%s).", countSources(sa))
	}
}

// countSources says "1 source" or "N sources".
func countSources(n int) string {
	if n == 1 {
		return "1 source"
	}
	return fmt.Sprintf("%d sources", n)
}

// dropKnockOn drops the findings that set another source against a summary
// claim its own article's body already contradicts: the error is reported
// once, as summary-vs-body, not again against every other article.
func dropKnockOn(ds []model.Discrepancy) []model.Discrepancy {
	wrong := map[string]bool{}
	for _, d := range ds {
		if d.Kind == model.SummaryVsBody {
			wrong[d.Claims[0].ID] = true
		}
	}
	if len(wrong) == 0 {
		return ds
	}
	out := ds[:0]
	for _, d := range ds {
		if d.Kind != model.SummaryVsBody && slices.ContainsFunc(d.Claims, func(c *model.Claim) bool { return wrong[c.ID] }) {
			continue
		}
		out = append(out, d)
	}
	return out
}

// farBelow reports whether b, a figure that is no bound itself, lies below
// half of the ceiling a ("up to 40", "as many as 40"): it names some of
// what the ceiling counts, not how many at most; "roughly 140 barrels"
// recovered is no "up to 1,500 barrels" spilled.
func farBelow(b, a model.Value) bool {
	return ceiling(a) && !ceiling(b) && !floor(b) && b.Hi < a.Hi/2
}

// restates reports whether two agreeing claims state the same figure, or
// count the same thing. A date whose sentence names no event restates no
// date that names one: an article says "Monday" of many things, and "On
// Monday, a cellmate testified" does not restate "convicted on Monday".
func restates(a, b *model.Claim) bool {
	if a.Kind == model.TimeClaim && eventless(a) != eventless(b) {
		return false
	}
	return a.Value.Nominal == b.Value.Nominal || sameTopic(a.Subject, b.Subject)
}

// minFigure is the least figure that sameFigure takes for the same fact.
const minFigure = 20

// peopleThing is what a count of people in general counts (the canonical
// "people" of the lexicon's things).
const peopleThing = "people"

// sameFigure reports whether two claims of one article give one uncommon
// figure in the same words: a count, amount or measure with the same
// hedge and unit, either a precise one, whatever each side's verb ("lost
// her life savings of £127,000" and "handed over a total of £127,000"),
// or of the same measure with one of them of people in general. "About
// 1,400 former patients" are then the body's "about 1,400 people who
// stayed in the east tower". A sum of money needs one significant digit
// fewer to be precise: "Brenthorpe's £480,000 skatepark" is the body's
// "£480,000 concrete park". Small figures recur for many things, so
// below minFigure both sides must name the same measure: "7 were taken to
// hospital" of "19 players" is the body's "Seven people were taken to
// hospital". A figure of another measure or of another named thing ("over
// 33 books" against "over 33 options") is another fact, as a summary that
// took the wrong figure from its own body says.
func sameFigure(a, b *model.Claim) bool {
	x, y := a.Value, b.Value
	switch x.Kind {
	case model.Count, model.Amount, model.Measurement:
	default:
		return false
	}
	if x.Kind != y.Kind || x.Nominal != y.Nominal || plainHedge(x.Hedge) != plainHedge(y.Hedge) ||
		x.Unit != y.Unit || x.IsPoint() != y.IsPoint() {
		return false
	}
	if x.Nominal >= minPreciseFigure && (sigDigits(x.Nominal) >= 3 || x.Kind == model.Amount && sigDigits(x.Nominal) >= 2) {
		return true
	}
	people := a.Measure == b.Measure && (a.Subject == peopleThing || b.Subject == peopleThing)
	return people && (x.Nominal >= minFigure || a.Measure != "")
}

// plainHedge returns a hedge, or "" for one that leaves a figure exact
// ("a total of £127,000" is £127,000).
func plainHedge(h string) string {
	if h == "exactly" {
		return ""
	}
	return h
}

// minPreciseFigure is the least figure that sameFigure takes, with three
// significant digits or more, for one fact whatever each side counts:
// "More than 214,000 homes and businesses lost power" is the body's "More
// than 214,000 customers were without electricity".
const minPreciseFigure = 1000

// sigDigits counts the significant digits of a whole figure: 3 of
// 214,000, 1 of 5,000, 4 of 1,234.
func sigDigits(x float64) int {
	n := int64(math.Abs(x))
	if float64(n) != math.Abs(x) || n == 0 {
		return 0
	}
	for n%10 == 0 {
		n /= 10
	}
	d := 0
	for ; n > 0; n /= 10 {
		d++
	}
	return d
}

// digitsSwapped reports whether a quantity verdict's two figures, written
// as their significant digits, differ only by two neighbouring digits
// swapped, at one magnitude: 69 and 96, 1,472 and 1,742. A figure
// differing in one digit is no such sign: any two figures of one digit
// do.
func digitsSwapped(v *Verdict) bool { return swappedFigures(v.A, v.B) }

// swappedFigures reports whether quantities p and q are of one kind and
// their figures differ only by two neighbouring digits swapped (see
// digitsSwapped).
func swappedFigures(p, q *model.Claim) bool {
	if p.Kind != model.QuantityClaim || p.Value.Kind != q.Value.Kind {
		return false
	}
	a, b := math.Abs(p.Value.Nominal), math.Abs(q.Value.Nominal)
	if a == 0 || b == 0 || math.Floor(math.Log10(a)) != math.Floor(math.Log10(b)) {
		return false // "21" and "about 12,000" are other figures
	}
	x, y := digitsOf(a), digitsOf(b)
	if len(x) < 2 || len(x) != len(y) || x == y {
		return false
	}
	i := 0
	for x[i] == y[i] {
		i++
	}
	return i+1 < len(x) && x[i] == y[i+1] && x[i+1] == y[i] && x[i+2:] == y[i+2:]
}

// digitsOf returns the digits of a figure without its sign, decimal point
// or trailing zeros ("69" of 6,900,000 and of 6.9), or "" for none or for
// more than six.
func digitsOf(x float64) string {
	d := strings.Trim(strings.Replace(strconv.FormatFloat(math.Abs(x), 'f', -1, 64), ".", "", 1), "0")
	if d == "" || len(d) > 6 {
		return ""
	}
	return d
}

// statesFigure reports whether claims (one article's) give c's figure,
// of at least minFigure and under the same hedge, of the same named
// thing, with c's measure or none.
func statesFigure(claims []model.Claim, c *model.Claim) bool {
	x := c.Value
	switch x.Kind {
	case model.Count, model.Amount, model.Measurement:
	default:
		return false
	}
	if c.Kind != model.QuantityClaim || x.Nominal < minFigure || !named(c.Subject) {
		return false
	}
	for i := range claims {
		o := &claims[i]
		y := o.Value
		if o.Kind == model.QuantityClaim && y.Kind == x.Kind && y.Unit == x.Unit && y.Nominal == x.Nominal && y.Hedge == x.Hedge &&
			sameTopic(o.Subject, c.Subject) && (o.Measure == c.Measure || o.Measure == "" || c.Measure == "") {
			return true
		}
	}
	return false
}

// partOf reports whether claims (one article's) give c's figure as a
// part of whole, the claim of theirs c is set against, of c's thing and
// measure: "Six people were killed when a floodgate gave way" is the
// other article's "Nine people have died across the valley ..., six of
// them in Brackenfurt", not a count of the nine.
func partOf(claims []model.Claim, c, whole *model.Claim) bool {
	if c.Kind != model.QuantityClaim || whole.ID == "" {
		return false
	}
	for i := range claims {
		p := &claims[i]
		if p.Parent == whole.ID && p.Measure == c.Measure && sameTopic(p.Subject, c.Subject) && agreeValues(p.Value, c.Value, 0) {
			return true
		}
	}
	return false
}

// statesEarlier reports whether claims (one article's) give c's figure,
// which c states as it stands, as the earlier figure a change started
// from, of c's thing and measure: "Five people were confirmed dead as of
// Wednesday morning" is the other article's "The death toll rose to seven
// by Wednesday evening, up from five earlier in the day".
func statesEarlier(claims []model.Claim, c *model.Claim) bool {
	if c.Kind != model.QuantityClaim || c.Version != "" {
		return false
	}
	for i := range claims {
		o := &claims[i]
		if o.Kind == model.QuantityClaim && o.Version == initialVersion && o.Value.Kind == c.Value.Kind && o.Value.Unit == c.Value.Unit &&
			o.Value.Nominal == c.Value.Nominal && o.Measure == c.Measure && sameTopic(o.Subject, c.Subject) {
			return true
		}
	}
	return false
}

// withinBound reports whether a summary figure s merely falls within an
// open-ended body figure b: "3 in 12" within "at least 10 per cent", "25"
// within "up to 40". A bound that states the summary's own figure ("at
// least 25" for "25") restates it. Dates are left to their own rules: a
// horizon ("through 2026") is no bound of a figure.
func withinBound(s, b model.Value) bool {
	if s.Kind.IsTemporal() || b.Kind.IsTemporal() {
		return false
	}
	if math.IsInf(b.Lo, -1) || math.IsInf(b.Hi, 1) {
		return s.IsPoint() && s.Nominal != b.Nominal
	}
	// A ceiling ("up to 40", "as much as 60,000 gallons") starts at nought:
	// a figure under it, hedged or not ("an estimated 24,000 gallons"),
	// falls within it.
	ceiling := b.Lo == 0 && b.Hi > 0 && b.Hedge != ""
	return ceiling && s.Lo > 0 && s.Hi < b.Hi && s.Nominal != b.Nominal
}

// insideRange reports whether s, a summary's exact figure, falls strictly
// inside b, a body's range of two finite ends ("$5 million to $7
// million"): a summary restates a range by its ends, so a figure between
// them is stated by neither.
func insideRange(s, b model.Value) bool {
	if s.Kind.IsTemporal() || !s.IsPoint() || s.Hedge != "" || b.IsPoint() || b.Hedge != "" || b.LoOpen || b.HiOpen || b.Lo <= 0 || math.IsInf(b.Hi, 1) {
		return false
	}
	return s.Lo > b.Lo && s.Lo < b.Hi
}

// eventless reports whether a claim names neither a thing nor a measure of
// the story's events: a statement's day (model.SaidEvent) names none.
func eventless(c *model.Claim) bool {
	return c.Subject == "" && (c.Measure == "" || c.Measure == model.SaidEvent)
}

// said reports whether c dates a statement (model.SaidEvent).
func said(c *model.Claim) bool { return c.Kind == model.TimeClaim && c.Measure == model.SaidEvent }

// asPrecise reports whether a date b states every calendar field a
// states, so that it can vouch for a: "1972" does not confirm "August
// 1972", nor "September" "September 17 2014". A weekday alone is left to
// supports, which lets it confirm the date that falls on it, and so are
// dates counted back or relative to publication, which state no field.
func asPrecise(b, a model.DateParts) bool {
	if b.Weekday != 0 && b.Year == 0 && b.Month == 0 && b.Day == 0 {
		return true
	}
	return (a.Year == 0 || b.Year != 0) && (a.Month == 0 || b.Month != 0) && (a.Day == 0 || b.Day != 0)
}

// supports reports whether two values that do not conflict also confirm
// each other. An unresolved relative date ("today", "last week") neither
// contradicts nor confirms a calendar date or a weekday. Two relative
// dates confirm each other when they say the same, or are spans counted
// back under the same hedge, or none, that overlap ("three years ago" and
// "36 months ago"); "last week" does not confirm "yesterday", nor "635 to
// 541 million years ago" "more than 640 million years ago". Two dates that
// state no field in common ("January" and "Monday", "2018" and
// "Saturday") confirm nothing either; a weekday confirms a full date only
// when that date falls on it. unit reads time units, as Options.TimeUnit.
func supports(a, b model.Value, unit func(string) (float64, bool)) bool {
	if !a.Kind.IsTemporal() || !b.Kind.IsTemporal() || a.Resolved && b.Resolved {
		return true
	}
	da, db := a.Date, b.Date
	if (da.Relative == "") != (db.Relative == "") || da.Horizon != db.Horizon {
		return false // "closed until Thursday" confirms no "Tuesday"
	}
	if da.Relative != "" {
		if da.Relative == db.Relative {
			return true
		}
		alo, ahi, blo, bhi, ok := agoSpans(a, b, unit)
		return ok && a.Hedge == b.Hedge && ahi >= blo && bhi >= alo
	}
	return shareField(da, db)
}

// shareField reports whether two dates state a calendar field in common,
// or one states the weekday on which the other's full date falls.
func shareField(a, b model.DateParts) bool {
	if a.Year != 0 && b.Year != 0 || a.Month != 0 && b.Month != 0 ||
		a.Day != 0 && b.Day != 0 || a.Weekday != 0 && b.Weekday != 0 {
		return true
	}
	if b.Weekday != 0 {
		a, b = b, a
	}
	return a.Weekday != 0 && b.Year != 0 && b.Month != 0 && b.Day != 0 &&
		weekday(int(b.Year), int(b.Month), int(b.Day)) == int(a.Weekday)
}

// weekday returns the day of the week of a calendar date, 1 = Monday ...
// 7 = Sunday, as model.DateParts counts.
func weekday(y, m, d int) int {
	w := int(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Weekday())
	if w == 0 {
		return 7
	}
	return w
}

// better reports whether conflict v is a likelier counterpart than w.
// One confident enough to be reported comes first; then, of two figures
// of one sentence that restate each other, the one hedged as the claim
// is; then, for a figure that is no vague magnitude, an exact counterpart
// before a vague one; then the likelier counterpart, scored by confidence less gapWeight
// times the relative gap of the two figures: a summary that misstates a
// body figure usually changes it a little (£12.15 for the body's £9.15 an
// hour, not its £6.50 minimum wage, which shares a few more words). Of
// scores within nearScore of each other, when both were raised to a floor
// or both are certain, the ties below decide (see the comment on them);
// then the higher score, the closer values, then ids.
func better(v, w *Verdict, opts Options) bool {
	if rv, rw := v.Confidence >= opts.MinConfidence, w.Confidence >= opts.MinConfidence; rv != rw {
		return rv
	}
	if x, y, hedge, ok := restatedPair(v, w); ok && (x.Value.Hedge == hedge) != (y.Value.Hedge == hedge) {
		// "Each member will receive £2,757,142 - almost £2.76million":
		// a summary's "almost £2.67million" misstates the figure written
		// as it writes its own.
		return x.Value.Hedge == hedge
	}
	if c, x, y := counterparts(v, w); c != nil && c.Kind == model.QuantityClaim && c.Value.Hedge != "vague" &&
		vagueOnly(x.Value, y.Value) != vagueOnly(y.Value, x.Value) {
		// "sent 13 workers to hospitals" misstates the body's "31
		// workers were taken to hospitals", not its "dozens of
		// workers": an exact figure is what a figure restates.
		return vagueOnly(y.Value, x.Value)
	}
	if v.twinned != w.twinned && v.A.Kind == model.QuantityClaim {
		// "she raised $84 million from more than 120 investors" restates
		// the body sentence that "raised $48 million from more than 120
		// investors", not the "contracts worth $65 million" nearer in
		// value: a twin sentence is the one a summary restates.
		return v.twinned
	}
	if dv, dw := digitsSwapped(v), digitsSwapped(w); dv != dw && v.Confidence >= opts.MinConfidence {
		// "sells for $6.9 million" misstates the body's "$9.6 million",
		// not its "$8.4 million" hammer price nearer in value: a figure
		// written with two digits swapped is the figure it was copied
		// from.
		return dv
	}
	sv, sw := v.Confidence-gapWeight*gap(v), w.Confidence-gapWeight*gap(w)
	floored := v.raw < v.Confidence && w.raw < w.Confidence || v.Confidence >= 1 && w.Confidence >= 1
	if sv != sw && (!floored || math.Abs(sv-sw) >= nearScore) {
		return sv > sw
	}
	if floored {
		// Both were raised to a floor, or both are certain, and their
		// figures lie about as near the summary's: the body sentence
		// that states another figure as the summary's does, then the
		// one of the same thing or event, then the one of the same
		// measure, then the one whose context shares more lemmas with
		// the summary's, then the likelier before the floor, then the
		// one whose clause shares more words.
		if v.twinned != w.twinned {
			return v.twinned
		}
		if tv, tw := sameTopic(v.A.Subject, v.B.Subject), sameTopic(w.A.Subject, w.B.Subject); tv != tw {
			return tv // "robbed in 2010" is set against "a robbery in March 2011", not "bought it in 2008"
		}
		if mv, mw := v.A.Measure != "" && v.A.Measure == v.B.Measure, w.A.Measure != "" && w.A.Measure == w.B.Measure; mv != mw {
			// "roadster fetches $16.7 million" is set against "has sold
			// for $18.7 million", not "The previous record ... was $14.3
			// million", which shares more words.
			return mv
		}
		if ov, ow := overlap(v.A.Context, v.B.Context), overlap(w.A.Context, w.B.Context); ov != ow {
			return ov > ow
		}
		if v.raw != w.raw {
			// "lost his leg to a roadside bomb in 2010" is set against
			// "In August 2011, an improvised explosive device
			// detonated", not against "enlisted in 2000", another event.
			return v.raw > w.raw
		}
		if ov, ow := sharedWords(clauseText(v.A), clauseText(v.B), opts.Stopword), sharedWords(clauseText(w.A), clauseText(w.B), opts.Stopword); ov != ow {
			// "Passenger, 74, says she spent three days confined to
			// her cabin" is set against the body's passenger who
			// "was ordered to stay in her cabin for three days", 71,
			// not her husband, 73, of another sentence.
			return ov > ow
		}
	}
	if sv != sw {
		return sv > sw
	}
	if dv, dw := gap(v), gap(w); dv != dw {
		return dv < dw
	}
	if c, x, y := counterparts(v, w); c != nil && x.Span.Source == y.Span.Source && x.Span.Start.Offset != y.Span.Start.Offset {
		// Nothing else to tell them apart: the counterpart stated first,
		// which a summary restates first ("on Saturday" of the rescue,
		// not "a Thursday swim" of the training plan further down).
		return x.Span.Start.Offset < y.Span.Start.Offset
	}
	return pairKey(v) < pairKey(w)
}

// counterparts returns the claim c that conflicts v and w share and its
// counterparts x in v and y in w; c is nil when they share none.
func counterparts(v, w *Verdict) (c, x, y *model.Claim) {
	switch {
	case v.A == w.A:
		return v.A, v.B, w.B
	case v.A == w.B:
		return v.A, v.B, w.A
	case v.B == w.A:
		return v.B, v.A, w.B
	case v.B == w.B:
		return v.B, v.A, w.A
	}
	return nil, nil, nil
}

// restatedPair returns the counterparts x of v and y of w when v and w set
// one claim against two figures of one sentence that restate each other,
// with the hedge of that claim; ok is false otherwise.
func restatedPair(v, w *Verdict) (x, y *model.Claim, hedge string, ok bool) {
	c, x, y := counterparts(v, w)
	if c == nil || c.Kind != model.QuantityClaim || x.Span.Source != y.Span.Source || x.Sentence != y.Sentence || x.Sentence.IsZero() ||
		!agreeValues(x.Value, y.Value, 0) {
		return nil, nil, "", false
	}
	return x, y, c.Value.Hedge, true
}

// nearScore is how close two counterparts' scores must be for their
// figures to count as equally near the claim's: a summary's 74 is as
// likely the body's 71 as its 73.
const nearScore = 0.02

// gapWeight is how much a counterpart's confidence is lowered per unit
// of relative gap between its figure and the claim's.
const gapWeight = 0.5

// gap is the relative difference of a verdict's two figures, or for two
// dates that both state a year the time between them in centuries, up to
// 1; 0 for other values. A summary that misdates an event moves it a
// little ("missing since August 1976" for the body's "last seen on August
// 14, 1979"), not by half a century; dates a year or two apart are about
// as near (see nearScore).
func gap(v *Verdict) float64 {
	x, y := v.A.Value, v.B.Value
	if v.A.Kind == model.TimeClaim {
		if !x.Resolved || !y.Resolved || x.Date.Year == 0 || y.Date.Year == 0 {
			return 0
		}
		return min(1, math.Abs((x.Lo+x.Hi)-(y.Lo+y.Hi))/2/daysPerCentury)
	}
	a, b := x.Nominal, y.Nominal
	if v.A.Kind != model.QuantityClaim || a == b {
		return 0
	}
	return math.Abs(a-b) / max(math.Abs(a), math.Abs(b))
}

// daysPerCentury scales the gap between two dates.
const daysPerCentury = 36525
