package compare

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/reconcile-news/reconcile/model"
	"github.com/reconcile-news/reconcile/reconcile/match"
)

// slot is one piece of context two claims must share to be comparable.
type slot struct {
	name string
	get  func(*model.Claim) string
	// party: the slot names who did it, to whom or whose: an entity
	// the other article would name if its claim were about the same act
	// (see unnamedElsewhere). A place is often where something else was
	// said or done ("the plan will be discussed in Tallemont").
	party bool
}

var slots = []slot{
	{"actor", func(c *model.Claim) string { return c.Actor }, true},
	{"target", func(c *model.Claim) string { return c.Target }, true},
	{"origin", func(c *model.Claim) string { return c.Origin }, true},
	{"place", func(c *model.Claim) string { return c.Place }, false},
	{"period", func(c *model.Claim) string { return c.Period }, false},
}

// shortFor reports whether one of two names is the first words of the
// other: "halvern" of "halvern motors", as a headline shortens a company's
// name.
func shortFor(x, y string) bool {
	if len(x) > len(y) {
		x, y = y, x
	}
	return len(y) > len(x) && y[len(x)] == ' ' && strings.HasPrefix(y, x)
}

// wordsWithin reports whether the words of the shorter of two names
// stand together in the longer: "police" in "pennsylvania state police
// trooper megan kohl".
func wordsWithin(x, y string) bool {
	if len(x) > len(y) {
		x, y = y, x
	}
	return strings.Contains(" "+y+" ", " "+x+" ")
}

// sameParty reports whether two names of a party name the same one: the
// same name, one the short form of the other (shortFor), the other's
// last words (tailOf), or one the initials of the other ("usgs", "u.s.
// geological survey"; "dhs", "department of homeland security").
func sameParty(x, y string) bool {
	return x == y || shortFor(x, y) || tailOf(x, y) || initialsOf(x, y) || initialsOf(y, x)
}

// tailOf reports whether the shorter of two names, of two words or more,
// ends the longer: "seismological bureau" is the "velmoran seismological
// bureau" without the country that runs it. One word ("police", "regional
// police") may be any body's.
func tailOf(x, y string) bool {
	if len(x) > len(y) {
		x, y = y, x
	}
	return strings.Contains(x, " ") && len(y) > len(x) && y[len(y)-len(x)-1] == ' ' && strings.HasSuffix(y, x)
}

// initialsOf reports whether the one word x spells the initials of the
// words of y, with or without its function words: a word written with
// dots gives all its letters ("u.s." gives "us").
func initialsOf(x, y string) bool {
	if len(x) < 2 || strings.Contains(x, " ") || !strings.Contains(y, " ") {
		return false
	}
	var all, content []byte
	for _, w := range strings.Fields(y) {
		var in []byte
		if strings.Contains(w, ".") {
			for i := 0; i < len(w); i++ {
				if w[i] != '.' {
					in = append(in, w[i])
				}
			}
		} else {
			in = []byte{w[0]}
		}
		all = append(all, in...)
		if !initialsSkip[w] {
			content = append(content, in...)
		}
	}
	return x == string(all) || x == string(content)
}

// initialsSkip are the function words initials leave out: "department of
// homeland security" is "dhs".
var initialsSkip = map[string]bool{"of": true, "the": true, "and": true, "for": true, "&": true}

// namesPlace reports whether c's sentence names place among its
// entities.
func namesPlace(c *model.Claim, place string) bool {
	for _, e := range c.Entities {
		if strings.EqualFold(e, place) {
			return true
		}
	}
	return false
}

// wholeRegion reports whether place is a whole country's or state's, as
// "nationwide" or "across the whole of the state" say: no town's, nor the
// region a summary names for a town ("53 percent of flood claims across
// the state" is not the 48% of claims in Karrabee).
func wholeRegion(place string) bool {
	return place == model.Nationwide || place == model.Statewide
}

// placeUnsaid reports whether, of a summary claim and a body claim of one
// article, the summary's place is one the article gives no other figure
// of the same thing and measure in: a summary names the region ("plunged
// into gorge in Himachal Pradesh") where the body names the town ("near
// the town of Chamba"), and a place the body counts on its own ("3 in
// Chamba, 5 in Kullu") is another place's count. So with dates: "overturned
// near Bridgwater in early hours of Tuesday" against "overturned on the M5
// in Somerset". A role has no region. claims may be nil.
func placeUnsaid(a, b *model.Claim, claims func(source string) []model.Claim) bool {
	if claims == nil || a.Kind == model.RoleClaim {
		return false
	}
	if b.Section.IsSummary() {
		a, b = b, a
	}
	if !a.Section.IsSummary() || b.Section.IsSummary() {
		return false
	}
	for _, c := range claims(a.Span.Source) {
		if c.Place == a.Place && c.Span != a.Span && c.Kind == a.Kind && c.Measure == a.Measure && sameTopic(c.Subject, a.Subject) {
			return false
		}
	}
	return true
}

// unnamedElsewhere returns the first party slot (actor, target, origin)
// that one of a and b states and the other leaves out, where the article
// of the claim that leaves it out lists the entities it names and never
// names that one, while the article that states it does: the claims are
// about different parties. It returns the slot's name and value, or ""
// when there is none. names may be nil.
func unnamedElsewhere(a, b *model.Claim, names func(source, anchor string) (bool, bool)) (slot, value string) {
	if names == nil {
		return "", ""
	}
	for _, s := range slots {
		x, y := s.get(a), s.get(b)
		if !s.party || x != "" && y != "" || x == y {
			continue
		}
		own, other, v := a, b, x
		if x == "" {
			own, other, v = b, a, y
		}
		anchor := match.Topic(v)
		if named, known := names(own.Span.Source, anchor); !named || !known {
			continue // not a name the claim's own article lists: no telling
		}
		if named, known := names(other.Span.Source, anchor); known && !named {
			return s.name, v
		}
	}
	return "", ""
}

// ownedElsewhere returns the first party slot (actor, target, origin)
// that one of a and b states and the other leaves out, where the article
// of the claim that leaves it out gives that party another value of the
// same thing and measure: the claim that leaves it out is another
// party's. It returns the slot's name and value, or "" when there is
// none. claims may be nil.
func ownedElsewhere(a, b *model.Claim, claims func(source string) []model.Claim) (slot, value string) {
	if claims == nil || a.Kind != model.QuantityClaim {
		return "", ""
	}
	for _, s := range slots {
		x, y := s.get(a), s.get(b)
		if !s.party || x != "" && y != "" || x == y {
			continue
		}
		blank, v := b, x
		if x == "" {
			blank, v = a, y
		}
		cs := claims(blank.Span.Source)
		for i := range cs {
			c := &cs[i]
			if s.get(c) == v && c.ID != a.ID && c.ID != b.ID && c.Kind == blank.Kind && c.Value.Kind == blank.Value.Kind &&
				c.Measure == blank.Measure && sameTopic(c.Subject, blank.Subject) && !c.Value.Intersects(blank.Value, 0) {
				return s.name, v
			}
		}
	}
	return "", ""
}

// context judges whether a and b describe the same thing. It returns
// ok=false with the reason when a slot both state differs (another actor,
// place, window or draft); otherwise a confidence in [0, 1] and the
// reasons behind it, in why when it is on.
func context(a, b *model.Claim, opts Options, doc bool, why *notes) (ok bool, conf float64) {
	aggregate := opts.Aggregate
	if a.Kind == model.QuantityClaim && ownCounts(a.SaidBy, b.SaidBy, opts.Party) && !(doc && agreeValues(a.Value, b.Value, 0)) {
		// A summary's "More than 8,500 runners started the race,
		// organizers say" restates the race director's "more than 8,500"
		// in its body, whoever each credits.
		why.add("each side's own count: credited to ", a.SaidBy, " vs ", b.SaidBy)
		return false, 0
	}
	if opts.Reading != nil && opts.Reading(a.Measure) && a.SaidBy != "" && b.SaidBy != "" && !sameParty(a.SaidBy, b.SaidBy) {
		why.add("each agency's own reading: credited to ", a.SaidBy, " vs ", b.SaidBy)
		return false, 0
	}
	conf = 0.55
	if a.Period != b.Period && (aggregate[a.Period] || aggregate[b.Period] || isWindow(a.Period) || isWindow(b.Period)) {
		// Within one article, a size or a price ("hail as large as 8
		// centimetres this week", "the fee falls to $95" under a deal
		// "finalised last week") sums nothing over its sentence's week: the
		// window dates it, and a summary that drops the window restates it.
		// Nor does a span: "kept closed for a record 41 hours this week"
		// dates the closure, which "stayed shut for 46 hours" restates.
		level := doc && (a.Period == "" || b.Period == "") && aggregate[a.Period+b.Period] &&
			(a.Value.Kind == model.Measurement || a.Value.Kind == model.Amount || a.Value.Kind == model.Duration)
		// Nor does a summary that gives the body's very figure without its
		// window ("loses 520 containers" for "lost some 520 containers
		// ... in a violent storm ... last week") state another: it
		// restates it, whatever the window.
		// An age is not: "a 92-year-old telephone operator at the time"
		// is no "92-year-old" who "died this week".
		counted := a.Value.Kind == model.Count || a.Value.Kind == model.Amount || a.Value.Kind == model.Measurement
		// A summary's bound that only holds a body figure of a year or a
		// month does not restate it: "up to 240 metres" holds the "about
		// 150 metres" of an earlier accident in 2019, where "more than
		// 13,000 ... in 2015" restates 13,795 however the body dates it.
		level = level || doc && counted && (a.Period == "" || b.Period == "") && agreeValues(a.Value, b.Value, opts.Tolerance) &&
			(agreeValues(nominal(a.Value), nominal(b.Value), opts.Tolerance) || !datedBody(a, b) && !datedBody(b, a))
		// Nor does a summary's yearly figure the body gives of one year:
		// "leapt ... in a year to £4.7million" is "£4.7million last year".
		level = level || doc && counted && (oneYearOf(a.Period, b.Period) || oneYearOf(b.Period, a.Period)) && agreeValues(a.Value, b.Value, 0)
		// Nor does a summary that drops the window of the body's only
		// share of its thing: "78% of members who voted backed the
		// strike" restates "87% of members who took part in a ballot last
		// month voted in favor", when the body gives no other share of
		// the members' votes.
		level = level || doc && (a.Period == "" && a.Section.IsSummary() && !b.Section.IsSummary() && onlyWindowed(b, a, opts.Claims) ||
			b.Period == "" && b.Section.IsSummary() && !a.Section.IsSummary() && onlyWindowed(a, b, opts.Claims))
		if !level && (!doc || a.Period+b.Period != runningTotal) {
			why.addQuoted("other period: ", a.Period, b.Period)
			return false, 0
		}
		// Within one article a running total on one side only ("so far 5
		// million birds" in the summary, "3.5 million birds had been
		// culled" in the body) likely restates the same total: both count
		// up to the day of writing. A window ("this week") still differs.
		conf -= aggregatePenalty
		why.addQuoted("running total on one side only: ", a.Period, b.Period)
	}
	shared := 0 // slots both state alike
	for _, s := range slots {
		x, y := s.get(a), s.get(b)
		if s.name == "period" && x != y && (aggregate[x] || aggregate[y] || isWindow(x) || isWindow(y)) {
			continue // judged above
		}
		switch {
		case doc && s.name == "place" && x != "" && y != "" && x != y && !wholeRegion(x) && !wholeRegion(y) &&
			(namesPlace(a, y) || namesPlace(b, x) || placeUnsaid(a, b, opts.Claims)):
			// Within one article, "in Armley, Leeds" and "in Leeds": a
			// place within the other, which the sentence names as well.
			// Across articles a place named elsewhere in a sentence may
			// be a part's ("85 nationwide, 60 of them in Meskal").
		case x != "" && y != "" && x != y && !(s.party && sameParty(x, y)):
			why.clear() // the reason a pair is set aside stands alone
			why.add("other ", s.name, ": ", x, " vs ", y)
			return false, 0
		case x != "" && x == y:
			conf += 0.08
			shared++
			why.add("same ", s.name, ": ", x)
		case s.name == "place" && (x == model.Nationwide || y == model.Nationwide):
			// A report that names no place of a national count means the
			// nation: nothing is stated on one side only.
		case x != "" || y != "":
			conf -= 0.04
			why.add(s.name, " stated on one side only")
		}
	}
	// Figures credited to different parties may each be that party's
	// claim rather than the outlets' disagreement: less likely the same.
	if a.SaidBy != "" && b.SaidBy != "" && !sameParty(a.SaidBy, b.SaidBy) && !(doc && wordsWithin(a.SaidBy, b.SaidBy)) {
		// (A summary's "police say" is its body's "Pennsylvania State
		// Police Trooper Megan Kohl said", in fewer words.)
		conf -= saidByPenalty
		why.add("credited to ", a.SaidBy, " vs ", b.SaidBy)
	}
	// A version qualifier on one side says there are several drafts or
	// estimates; without the same qualifier on the other, they may differ.
	va, vb := ownVersion(a, opts.Claims), ownVersion(b, opts.Claims)
	// Within one article a summary that gives the body's very figure,
	// under the same hedge, restates it without its qualifier: "About
	// 43,000 customers lose power" is "At the peak, about 43,000 customers
	// were without electricity".
	verbatim := doc && (va == "" || vb == "") && a.Section.IsSummary() != b.Section.IsSummary() && a.Kind == model.QuantityClaim &&
		a.Value.Nominal >= minFigure && a.Value.Nominal == b.Value.Nominal && a.Value.Hedge == b.Value.Hedge && a.Value.Unit == b.Value.Unit
	if va == initialVersion && vb == updateVersion || vb == initialVersion && va == updateVersion {
		// "Death toll rises to 23" and "up from an initial count of 17":
		// the figure a count rose to replaced the initial one.
		why.clear()
		why.addQuoted("other version: ", va, vb)
		return false, 0
	}
	// So may a summary restate, without its qualifier, a body's initial
	// figure that nothing in the body replaces: "the damage could reach
	// £2.8 million" of "an initial assessment by loss adjusters put the
	// damage at £1.8 million".
	unreplaced := doc && a.Kind == model.QuantityClaim &&
		(va == "" && vb == initialVersion && a.Section.IsSummary() && !b.Section.IsSummary() && onlyFigure(b, a, opts.Claims) ||
			vb == "" && va == initialVersion && b.Section.IsSummary() && !a.Section.IsSummary() && onlyFigure(a, b, opts.Claims))
	if va != vb && va != updateVersion && vb != updateVersion && !verbatim && !unreplaced {
		if !doc || va != "" && vb != "" || va == model.PeakVersion || vb == model.PeakVersion ||
			va == initialVersion || vb == initialVersion || va == model.EarlierEvent || vb == model.EarlierEvent ||
			va == model.EachVersion || vb == model.EachVersion || va == model.EquivalentVersion || vb == model.EquivalentVersion ||
			va == model.CapacityVersion || vb == model.CapacityVersion || va == model.DemandVersion || vb == model.DemandVersion ||
			smallerPart(a, b, va, vb) || smallerPart(b, a, vb, va) ||
			a.Value.Kind == model.Measurement && (va == model.Additional || vb == model.Additional) ||
			othersApart(a, b, va) || othersApart(b, a, vb) {
			// A summary does not drop "at its peak": the body's count of
			// then is no count of now; nor "initially" or "from 62", a
			// figure a later one replaced; nor an earlier event's figure;
			// nor "each": a thing's worth is not the haul's; nor a
			// conversion ("the equivalent of £320 today"); nor what a
			// thing can hold, no count of what it held; nor a sum asked
			// for, no sum paid ("had demanded a $4 million ransom" is not
			// the "$1.2 million" received); nor "another"
			// of a measure: "another 100 millimeters of rain could fall" is
			// no part of the 11 inches that fell; nor a part smaller
			// than the other's figure, which a whole is ("Wessex Rail
			// alone axing 185 trains" against "more than 420 trains
			// were cancelled").
			why.clear()
			why.addQuoted("other version: ", va, vb)
			return false, 0
		}
		// Within one article a summary drops the body's qualifier ("a
		// deal worth £140,000-a-week" for "a new £100,000-a-week deal");
		// a summary figure of another draft still finds its own.
		conf -= versionPenalty
		why.addQuoted("version stated on one side only: ", va, vb)
	}
	j := jaccard(a.Context, b.Context)
	conf += 0.3 * j
	why.addFloat("context overlap ", j)
	// A vote's tally is not: a story tells of one vote, and a tally of an
	// earlier one says so ("At its previous meeting, the board had voted
	// 4-3").
	if !doc && shared == 0 && j < thinOverlap && !(a.Subject == model.VoteTally && b.Subject == model.VoteTally) {
		// Two articles' figures of one thing and measure that share no
		// actor, place or window and hardly a word ("three consecutive
		// Premier League wins", "two single-goal wins over Peru") are
		// likely about different things.
		conf -= thinPenalty
		why.add("little else in common")
	}
	return true, clamp(conf)
}

// thinOverlap is the context overlap under which two articles' claims that
// share no slot lose thinPenalty of confidence.
const (
	thinOverlap = 0.1
	thinPenalty = 0.2
)

// othersApart reports whether a, of version va, counts some beyond
// those counted before with no measure of its own, and b names one: "31
// other workers underground at the time" are not the "about 650 people"
// a mine employs.
func othersApart(a, b *model.Claim, va string) bool {
	return va == model.Additional && a.Value.Kind == model.Count && a.Measure == "" && b.Measure != ""
}

// smallerPart reports whether a, of version va, is a part smaller than
// b, of no version: some of what b counts, not another count of it.
func smallerPart(a, b *model.Claim, va, vb string) bool {
	return va == model.PartVersion && vb == "" && a.Value.Hi < b.Value.Lo
}

// ownVersion returns c's version, or none for a count "beyond those
// counted before" (model.Additional) that its article counts nothing of
// the same thing and measure before: "Another 41 people were missing",
// after a toll of the dead, is the whole count of the missing. A count
// that names no measure is set apart by any count of its thing before it
// in its own section: "About 150 other visitors who were underground"
// after "Nineteen tourists ... spent almost six hours stranded". claims
// gives an article's claims; nil leaves the version as it is.
func ownVersion(c *model.Claim, claims func(source string) []model.Claim) string {
	if c.Version != model.Additional || claims == nil {
		return c.Version
	}
	for _, o := range claims(c.Span.Source) {
		if o.Kind != c.Kind || o.Span.Start.Offset >= c.Span.Start.Offset {
			continue
		}
		if o.Subject == c.Subject && (o.Measure == c.Measure || c.Measure == "" && o.Section == c.Section) || othersBefore(c, &o) {
			return c.Version
		}
	}
	return ""
}

// othersBefore reports whether o, a count before c, a count beyond those
// counted before that names no measure, is what c's "other" sets it
// apart from: a count of the same section on c's line or the one before
// ("11 miners trapped" before "31 other workers underground at the time
// reached the surface", which are no workforce of their own).
func othersBefore(c, o *model.Claim) bool {
	return c.Measure == "" && c.Value.Kind == model.Count && o.Value.Kind == model.Count && o.Section == c.Section &&
		o.Span.Start.Line >= c.Span.Start.Line-1
}

// onlyFigure reports whether c, a body's initial figure, is the only
// figure of its article's body of its kind, thing and measure for its
// actor, place and window, and the body nowhere states sum's figure, the
// summary's: no later figure replaces it. claims gives an article's
// claims; nil tells nothing.
func onlyFigure(c, sum *model.Claim, claims func(source string) []model.Claim) bool {
	return onlyInBody(c, sum, claims, func(o *model.Claim) bool {
		return o.Subject == c.Subject && o.Measure == c.Measure && o.Actor == c.Actor && o.Place == c.Place && o.Period == c.Period
	})
}

// onlyInBody reports whether no claim of c's article's body but c is of
// c's kind and either states sum's figure or is like c by like. claims
// gives an article's claims; nil tells nothing.
func onlyInBody(c, sum *model.Claim, claims func(source string) []model.Claim, like func(o *model.Claim) bool) bool {
	if claims == nil {
		return false
	}
	all := claims(c.Span.Source)
	for i := range all {
		o := &all[i]
		if o.ID == c.ID || o.Section.IsSummary() || o.Kind != c.Kind {
			continue
		}
		if o.Value.Kind == sum.Value.Kind && o.Value.Unit == sum.Value.Unit && o.Value.Nominal == sum.Value.Nominal || like(o) {
			return false
		}
	}
	return true
}

// datedBody reports whether a is a body's figure of a year or a month
// (see isWindow) and b a summary's that gives no window.
func datedBody(a, b *model.Claim) bool {
	return !a.Section.IsSummary() && b.Section.IsSummary() && b.Period == "" && isWindow(a.Period)
}

// nominal returns v as the point it was written as, before any hedge
// widened it: "up to 240" is 240.
func nominal(v model.Value) model.Value {
	v.Lo, v.Hi, v.LoOpen, v.HiOpen, v.Hedge = v.Nominal, v.Nominal, false, false, ""
	return v
}

// onlyWindowed reports whether c, a body's figure stated for a window, is
// the only figure of its article's body of its kind, thing and measure, in
// any window, and the body nowhere states sum's figure, the summary's,
// which states none. Only a share: a count sums over its window ("95
// killed last week" is some of a toll), where a share of those who voted
// in a ballot is one whatever the ballot's date. And both must say what
// was done: a bare figure may be any figure of the thing. claims gives an
// article's claims; nil tells nothing.
func onlyWindowed(c, sum *model.Claim, claims func(source string) []model.Claim) bool {
	if c.Value.Kind != model.Share || c.Measure == "" || sum.Measure == "" {
		return false
	}
	return onlyInBody(c, sum, claims, func(o *model.Claim) bool {
		return o.Value.Kind == c.Value.Kind && o.Subject == c.Subject && o.Measure == c.Measure
	})
}

// isWindow reports whether a period is a year ("2019"), a month
// ("january") or a stretch counted from an edge of another ("first 2
// days", "final day"): a window of its own, which a figure stating no
// window does not share.
func isWindow(p string) bool {
	switch p {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december":
		return true
	}
	if strings.HasPrefix(p, "first ") || strings.HasPrefix(p, "final ") || strings.HasPrefix(p, "past ") {
		return true // "first 2 days", "final day", "past 2 weeks": a window counted from an edge
	}
	if strings.HasSuffix(p, " ago") {
		return true // "year ago": "a year ago, the key rate stood at 4.5%"
	}
	return isYear(p)
}

// isYear reports whether period p is a year: "2014".
func isYear(p string) bool {
	if len(p) != 4 {
		return false
	}
	for i := range 4 {
		if p[i] < '0' || p[i] > '9' {
			return false
		}
	}
	return true
}

// notes collects the reasons behind a verdict when on. Most pairs judged
// agree or are set aside, and formatting their reasons was a tenth of
// comparing a large corpus, so a pair is judged without them first and
// judged again with them only when it is kept (judgePair).
type notes struct {
	on   bool
	list []string
}

// add notes the concatenation of parts.
func (n *notes) add(parts ...string) {
	if n.on {
		n.list = append(n.list, strings.Join(parts, ""))
	}
}

// clear forgets what was noted.
func (n *notes) clear() { n.list = n.list[:0] }

// oneYearOf reports whether period p is a year's rate and q one year:
// "year" against "last year" or "2014".
func oneYearOf(p, q string) bool {
	if p != "year" {
		return false
	}
	return q == "last year" || q == "this year" || isYear(q)
}

// addQuoted notes prefix followed by x and y quoted: `other period: "week" vs "day"`.
func (n *notes) addQuoted(prefix, x, y string) {
	if n.on {
		n.list = append(n.list, prefix+strconv.Quote(x)+" vs "+strconv.Quote(y))
	}
}

// addFloat notes prefix followed by x to two decimals.
func (n *notes) addFloat(prefix string, x float64) {
	if n.on {
		n.list = append(n.list, prefix+strconv.FormatFloat(x, 'f', 2, 64))
	}
}

// ownCounts reports whether two figures credited to x and y are each
// side's own count in a dispute: the credits differ and name different
// parties, at least one of them a party to the dispute ("rebel
// commanders" against "the interior ministry", "organisers" against
// "police"). The same party reworded ("rebels" and "rebel commanders") is
// one side, and so is any pair where neither is such a party ("officials"
// and "regional officials"): those figures are compared.
func ownCounts(x, y string, party func(string) bool) bool {
	if party == nil || x == "" || y == "" || x == y {
		return false
	}
	px, py := partyWord(x, party), partyWord(y, party)
	return px != py
}

// partyWord returns the first word of a credit that marks a party to a
// dispute, singular, or "".
func partyWord(who string, party func(string) bool) string {
	for _, w := range strings.FieldsFunc(who, func(r rune) bool { return r == ' ' || r == '-' || r == '\'' }) {
		if party(w) {
			return w
		}
		if s, ok := strings.CutSuffix(w, "s"); ok && party(s) {
			return s
		}
	}
	return ""
}

// runningTotal is the period of figures counted up to the day of writing:
// "so far", "to date".
const runningTotal = "total"

// aggregatePenalty lowers the confidence of a summary figure against a
// body figure of its article when only one is stated as a running total.
const aggregatePenalty = 0.1

// initialVersion is the version of a figure a later one replaced: "an
// initial toll of nine", "raise the age from 62 to 64".
const initialVersion = "initial"

// updateVersion is the version of a figure a count rose or fell to: "the
// toll rose to 23".
const updateVersion = "update"

// versionPenalty lowers the confidence of a summary figure against a body
// figure of its article when only one states a version.
const versionPenalty = 0.1

// saidByPenalty lowers the confidence of a pair credited to different
// parties.
const saidByPenalty = 0.15

func clamp(x float64) float64 { return max(0, min(1, x)) }

// jaccard is the overlap of two word sets.
func jaccard(a, b model.Words) float64 {
	la, lb := a.Len(), b.Len()
	if la == 0 || lb == 0 {
		return 0
	}
	both := a.Shared(b)
	return float64(both) / float64(la+lb-both)
}

// overlap is the share of the smaller set found in the larger.
func overlap(a, b model.Words) float64 {
	la, lb := a.Len(), b.Len()
	if la == 0 || lb == 0 {
		return 0
	}
	j := jaccard(a, b)
	both := j * float64(la+lb) / (1 + j)
	return both / float64(min(la, lb))
}

func sortedCopy(l []string) []string {
	out := append([]string(nil), l...)
	sort.Strings(out)
	return out
}

// sharedWords counts the distinct words of four letters or more that two
// texts share, a final "s" aside ("days" and "day"), other than those
// stop marks as function words (nil marks none). It breaks the last ties
// between counterparts, so it is seldom called.
func sharedWords(a, b string, stop func(string) bool) int {
	words := func(s string) []string {
		ws := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) })
		out := ws[:0]
		for _, w := range ws {
			if len(w) >= 4 && (stop == nil || !stop(w)) {
				out = append(out, strings.TrimSuffix(w, "s"))
			}
		}
		slices.Sort(out)
		return slices.Compact(out)
	}
	wa, wb := words(a), words(b)
	n := 0
	for _, w := range wa {
		if _, ok := slices.BinarySearch(wb, w); ok {
			n++
		}
	}
	return n
}

// clauseText returns the part of a claim's sentence between the
// semicolons around its quote: "Disqualification starts Monday" of
// "Disqualification starts Monday; Kilpatrick says he will appeal". A
// claim whose quote does not lie within its sentence gives the sentence.
func clauseText(c *model.Claim) string {
	t := c.Text
	at := int(c.Span.Start.Offset - c.Sentence.Start.Offset)
	if c.Sentence.IsZero() || at < 0 || at > len(t) {
		return t
	}
	if i := strings.LastIndexByte(t[:at], ';'); i >= 0 {
		t, at = t[i+1:], at-i-1
	}
	if i := strings.IndexByte(t[at:], ';'); i >= 0 {
		t = t[:at+i]
	}
	return t
}
