package extract

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/reconcile-news/reconcile/model"
	"github.com/reconcile-news/reconcile/reconcile/lexicon"
)

// datePrep returns the kind of date preposition that ends at token k of s
// (lexicon.EventPrep: "on", "since", "as recently as"; lexicon.HorizonPrep:
// "through", "until"), or "".
func (x *Extractor) datePrep(s *sentence, k int) string {
	kind, _ := x.v.datePreps.ending(s, k)
	return kind
}

// monthAt returns the month (1-12) named by token k of s, or 0.
func (x *Extractor) monthAt(s *sentence, k int) int {
	if canon, n := x.v.months.at(s, k); n == 1 {
		return lexicon.Month(canon)
	}
	return 0
}

// dateSpan is a date read in a sentence: its parts and its tokens [a, b).
type dateSpan struct {
	d     model.DateParts
	a, b  int
	ago   bool       // "three years ago": back holds how far before publication
	back  [2]float64 // for ago, the days before publication it may lie, fewest first
	hedge string     // for ago, the hedge of its figure: "about three years ago"
	// event names an earlier event a year dates ("the 2011 earthquake",
	// "In 2009, an earthquake ... killed"): the date's subject, with the
	// version earlierEvent.
	event string
	// noun is the thing a year qualifies ("a 1958 electric guitar"): the
	// date's subject.
	noun string
	// made is the measure of the participle joined to a year ("the
	// 1997-built freighter"): the date's event.
	made string
}

// findDates reads the dates, weekdays, relative dates and horizons of s,
// appends them to spans and marks their tokens taken, so that figures
// does not read them again.
func (x *Extractor) findDates(spans []dateSpan, s *sentence) []dateSpan {
	from := 0 // the end of the last date read
	for i := 0; i < len(s.toks); i++ {
		if !mayStartDate(s, i) {
			continue
		}
		if s.lw[i] == "ago" {
			if sp, ok := x.agoAt(s, i, from); ok {
				for k := sp.a; k < sp.b; k++ {
					s.taken[k] = true
				}
				spans = append(spans, sp)
				from = sp.b
			}
			continue
		}
		d, a, b := x.dateAt(s, i)
		event, noun, made := "", "", ""
		if y, ok := x.eventYear(s, i); ok && b == i+1 && d.Year != 0 && d.Month == 0 {
			// "devastated by 2009 quake": a summary's year of an earlier
			// event after a preposition, no deadline "by 2009".
			d, b = model.DateParts{Year: int32(y)}, i+1
			event, _ = x.lx.Table(lexicon.Events).Match(s.lw, i+1)
		} else if b <= i {
			if y, ok := x.eventYear(s, i); ok {
				d, a, b = model.DateParts{Year: int32(y)}, i, i+1
				event, _ = x.lx.Table(lexicon.Events).Match(s.lw, i+1)
			} else if y, n := x.modifierYear(s, i); n != "" && !s.sec.IsSummary() {
				d, a, b, noun = model.DateParts{Year: int32(y)}, i, i+1, n
			} else if y, m := x.madeYear(s, i); m != "" {
				d, a, b, made = model.DateParts{Year: int32(y)}, i, i+1, m
			} else {
				continue
			}
		} else if d.Year != 0 && d.Month == 0 && b < len(s.lw) && s.lw[b] == "," && opensClause(s, a) {
			event = x.openedEvent(s, b+1) // "In 2009, an earthquake in Serun province killed 640"
		} else if d.Year != 0 && d.Month != 0 && a > 0 && b < len(s.lw) && (s.lw[a-1] == "the" || s.lw[a-1] == "a") {
			event, _ = x.lx.Table(lexicon.Events).Match(s.lw, b) // "the July 2015 escape of Joaquin Guzman", as eventYear reads
		}
		for k := a; k < b; k++ {
			s.taken[k] = true
		}
		spans = append(spans, dateSpan{d: d, a: a, b: b, event: event, noun: noun, made: made})
		from = b
		i = b - 1
	}
	return spans
}

// genericEvents name an event by no word of its own: "the incident
// happened on Tuesday", "it occurred late Sunday", "the floor dates from
// around AD 240".
var genericEvents = map[string]bool{"happened": true, "happen": true, "occurred": true, "occur": true,
	"incident": true, "unfolded": true, "date": true}

// horizonBefore reports whether a date starting at token i ends a span:
// "until June", "by the end of June", "until at least November 3",
// "until Tuesday, January 26".
func (x *Extractor) horizonBefore(s *sentence, i int) bool {
	lw := s.lw
	switch {
	case x.datePrep(s, i-1) == lexicon.HorizonPrep:
		return true
	case i >= 4 && lw[i-1] == "of" && lw[i-2] == "end" && lw[i-3] == "the":
		return x.datePrep(s, i-4) == lexicon.HorizonPrep
	case i >= 3 && lw[i-1] == "least" && lw[i-2] == "at":
		return x.datePrep(s, i-3) == lexicon.HorizonPrep
	case i >= 3 && lw[i-1] == "," && s.is(i-2, cWeekdays):
		return x.horizonBefore(s, i-2)
	}
	return false
}

// habitual reports whether the weekday at token i is one of every week:
// "every Saturday morning", "each Monday", "on Tuesday nights", "every
// Tuesday and Friday".
func habitual(s *sentence, i int) bool {
	lw := s.lw
	if i > 0 && (lw[i-1] == "every" || lw[i-1] == "each") {
		return true
	}
	if i >= 2 && (lw[i-1] == "and" || lw[i-1] == "or" || lw[i-1] == ",") && s.is(i-2, cWeekdays) && habitual(s, i-2) {
		return true
	}
	if i+1 < len(lw) {
		switch lw[i+1] {
		case "nights", "mornings", "afternoons", "evenings":
			return true
		}
	}
	return false
}

// eventYear reads a year that names an earlier event at token i: "the
// 2011 earthquake", "a 2026 derailment", the event being one of the
// events list. Reports of a disaster recall the last one by its year, and
// get that year wrong.
func (x *Extractor) eventYear(s *sentence, i int) (int, bool) {
	t := s.toks[i]
	if t.kind != tNum || len(t.text) != 4 || i == 0 || i+1 >= len(s.lw) {
		return 0, false
	}
	switch s.lw[i-1] {
	case "the", "a", "an", "by", "since", "after", "before", "from", "of":
		// "the 2011 earthquake"; a summary drops the article: "devastated
		// by 2009 quake"
	default:
		return 0, false
	}
	y, ok := yearToken(t)
	if !ok {
		return 0, false
	}
	if _, n := x.lx.Table(lexicon.Events).Match(s.lw, i+1); n == 0 {
		return 0, false
	}
	return y, true
}

// modifierYear reads a year that qualifies a noun at token i: "a
// battered 1958 electric guitar", "a 2015 survey" (a name is no noun read
// here). It returns the year and the noun's lemma, "" for none. Only a
// body's are read: they state the year a summary gives ("built in 1958"),
// and a summary's own would be set against every such year of its body.
func (x *Extractor) modifierYear(s *sentence, i int) (int, string) {
	t := s.toks[i]
	if t.kind != tNum || len(t.text) != 4 || i == 0 || i+1 >= len(s.lw) {
		return 0, ""
	}
	y, ok := yearToken(t)
	if !ok || s.toks[i+1].joined {
		return 0, "" // not "the 1950s"
	}
	k := i - 1
	if s.toks[k].kind == tWord && !s.toks[k].upper && !determiner(s.lw[k]) && s.toks[k].cls&cStop == 0 && k > 0 {
		k-- // "a battered 1958 guitar"
	}
	if !determiner(s.lw[k]) {
		return 0, ""
	}
	noun := ""
	for j := i + 1; j < len(s.lw) && j <= i+3; j++ {
		u := s.toks[j]
		if u.kind != tWord || u.upper || u.cls&(cStop|cBeAux|cPeriods|cMonths) != 0 || s.is(j, cPlacePrep) {
			break
		}
		noun = s.lw[j]
	}
	if noun == "" {
		return 0, ""
	}
	return y, lemma(x.lx, noun)
}

// madeYear reads a year joined to the participle after it at token i:
// "the 1997-built freighter", "the 1987-born striker". It returns the
// year and the participle's measure, "" when the participle has none.
func (x *Extractor) madeYear(s *sentence, i int) (int, string) {
	if !madeJoined(s, i) {
		return 0, ""
	}
	y, ok := yearToken(s.toks[i])
	if !ok {
		return 0, ""
	}
	if m, n := x.measureAt(s, i+1); n == 1 {
		return y, m
	}
	return 0, ""
}

// yearToken reads a year written in four digits, 1800 to 2200.
func yearToken(t token) (int, bool) {
	if t.kind != tNum || len(t.text) != 4 {
		return 0, false
	}
	y, err := strconv.Atoi(t.text)
	return y, err == nil && y >= 1800 && y <= 2200
}

// madeJoined reports whether the four digits at token i are joined to a
// participle after them that dates a thing: one of making ("1997-built")
// or an irregular one ("1987-born").
func madeJoined(s *sentence, i int) bool {
	t := s.toks[i]
	if t.kind != tNum || len(t.text) != 4 || i+1 >= len(s.lw) || !s.toks[i+1].joined || s.toks[i+1].kind != tWord {
		return false
	}
	return madeWords[s.lw[i+1]] || irregularParticiples[s.lw[i+1]]
}

// opensClause reports whether "in" (or "back in") before token a opens
// the sentence, or a clause after a colon or semicolon: "In 2009, ...",
// "It is not the first accident at the site: in 2027, ...".
func opensClause(s *sentence, a int) bool {
	k := a - 1
	if k < 0 || s.lw[k] != "in" {
		return false
	}
	if k > 0 && s.lw[k-1] == "back" {
		k--
	}
	return k == 0 || s.lw[k-1] == ":" || s.lw[k-1] == ";"
}

// openedEvent returns the event of the clause from token k that a year
// opening the sentence dates: "In 2009, an earthquake in neighbouring
// Serun province killed about 640 people" dates an earthquake. The first
// word of the events list in the clause names it; "" for none.
func (x *Extractor) openedEvent(s *sentence, k int) string {
	events := x.lx.Table(lexicon.Events)
	for ; k < len(s.lw) && s.lw[k] != "," && s.lw[k] != ";"; k++ {
		if ev, n := events.Match(s.lw, k); n > 0 {
			return ev
		}
	}
	return ""
}

// agoAt reads the date that ends with "ago" at token i and starts at or
// after token from: "five years ago", "about three weeks ago", "a decade
// ago", "more than 500 million years ago". Its unit is a day or longer;
// "two hours ago" is a time of the day of publication, and "several years
// ago" no date that can be told apart from another.
func (x *Extractor) agoAt(s *sentence, i, from int) (dateSpan, bool) {
	u := i - 1
	if u-1 < from || s.toks[u].kind != tWord {
		return dateSpan{}, false
	}
	unit, ok := x.lx.Unit(s.lw[u])
	if !ok || !unit.IsTime() || unit.Factor < 1 {
		return dateSpan{}, false
	}
	f := figure{kind: model.Count, scale: 1}
	switch a := u - 1; {
	case s.lw[a] == "a" || s.lw[a] == "an":
		f.n = number{i: a, j: u, lo: 1, hi: 1, words: true} // "a decade ago"
	default:
		found := false
		for k := max(from, u-6); k < u && !found; k++ {
			if !x.num.mayRead(s.toks, k) {
				continue
			}
			n, ok, _ := x.num.read(s.toks, k)
			if ok && n.j == u && !n.vague && !n.year && !n.ordinal && !n.share && n.currency == "" && n.lo >= 0 {
				f.n, found = n, true
			}
		}
		if !found {
			return dateSpan{}, false
		}
	}
	f.a = f.n.i
	if h, k := x.v.hedges.ending(s, f.n.i-1); k > 0 && f.n.i-k >= from {
		f.hedge, f.a = h, f.n.i-k
	}
	v := x.value(&f)
	name := unit.Name
	if f.n.lo != 1 || f.n.hi != 1 {
		name = lexicon.Plural(name)
	}
	num := model.FormatNumber(f.n.lo)
	if f.n.hi != f.n.lo {
		num += "–" + model.FormatNumber(f.n.hi)
	}
	rel := num + " " + name + " ago"
	if v.Hedge != "" && v.Hedge != "exactly" {
		rel = v.Hedge + " " + rel
	}
	// Half a unit either way: "three years ago" is not to the day; and a
	// fiftieth of a long span: "541 million years ago" is "540 million".
	lo, hi := v.Lo*unit.Factor, v.Hi*unit.Factor
	half := math.Floor(max(unit.Factor/2, hi/50))
	back := [2]float64{math.Max(0, math.Floor(lo-half)), math.Ceil(hi + half)}
	return dateSpan{d: model.DateParts{Relative: rel}, a: f.a, b: i + 1, ago: true, back: back, hedge: v.Hedge}, true
}

// dates appends the claims of the dates findDates read in s to out.
func (x *Extractor) dates(out []model.Claim, s *sentence, st *docState, spans []dateSpan) []model.Claim {
	if len(spans) == 0 {
		return out
	}
	x.frameClaims(s, st)
	pub := s.doc.Source.Published
	var prevSubject, prevMeasure string // the event of the date before
	for i, sp := range spans {
		d, a, b := sp.d, sp.a, sp.b
		if d.Month != 0 && d.Year == 0 && d.Relative == "" && !sp.ago {
			d.Year = sentenceYear(s, spans, i)
		}
		c := s.claimBase(model.TimeClaim, a, b)
		c.Value = model.Value{Kind: model.Date, Date: d}
		if weekdayOnly(d) {
			c.Value.Kind = model.Weekday
		}
		x.resolveDate(&c.Value, pub)
		if sp.ago {
			c.Value.Hedge = sp.hedge
			resolveAgo(&c.Value, sp.back, pub)
		}
		c.Value.Text = dateText(d)
		if i > 0 && spans[i-1].b == a-1 && s.lw[a-1] == "," && weekdayOnly(spans[i-1].d) {
			// "said on Sunday, May 18, that": the day's date after its
			// weekday dates what the weekday does.
			c.Subject, c.Measure = prevSubject, prevMeasure
		} else {
			c.Subject, c.Measure = x.eventOf(s, a, b)
		}
		if c.Measure == closeMeasure && d.Horizon && untilOnly(s.lw, a, b) {
			// "will remain closed to traffic until April 28": the day it
			// reopens, as "will reopen on April 28" gives it.
			d.Horizon = false
			c.Value.Date = d
			x.resolveDate(&c.Value, pub)
			c.Value.Text = dateText(d)
			c.Subject, c.Measure = openEvent, ""
		}
		prevSubject, prevMeasure = c.Subject, c.Measure
		if c.Measure == model.SaidEvent && d.Weekday == 0 && d.Day == 0 {
			// "Officials were warned in 2014 that ...": a year or a month
			// of a statement dates no report of the story but a warning
			// the story recalls, which may be misdated.
			c.Measure = ""
		}
		if genericEvents[c.Subject] {
			// "Incident happened during Tuesday morning rush hour": the
			// story's own event, named by no word of its own.
			c.Subject, c.Measure = "", ""
		}
		if sp.event != "" {
			c.Subject, c.Measure, c.Version = sp.event, sp.event, earlierEvent
		}
		if sp.made != "" {
			// "The 1997-built freighter": the year of the building, as
			// "built in 1991" dates it, whatever the sentence's verb.
			c.Subject, c.Measure = sp.made, sp.made
		}
		if sp.noun != "" {
			// "a battered 1958 electric guitar", "a 2015 survey": the year
			// of a thing the story names, no date of the story's own
			// events, set only against such years; a summary's "built in
			// 1958" finds it stated.
			c.Subject, c.Measure, c.Version = sp.noun, "", earlierEvent
		}
		if d.Year != 0 && d.Month == 0 && sp.event == "" && recordBefore(s.lw, a) {
			// "The previous national record was set in 2021", "the 46.1C
			// mark set in Brenmark in 2013": when the record stood.
			c.Subject, c.Measure, c.Version = recordEvent, recordEvent, earlierEvent
		}
		if w := whenAfter(s, b); d.Year != 0 && d.Day == 0 && sp.event == "" && w > 0 && !whenAged(s, w) {
			// "memories of 2009, when burglars broke into the museum":
			// the year of the event its clause of "when" tells. A year
			// since which something changed is the change's, when the
			// clause tells no event: "has fallen 22 percent since 2008,
			// when lawmakers provided about $98 million".
			ev := x.openedEvent(s, w)
			if ev != "" || a == 0 || s.lw[a-1] != "since" {
				c.Version = earlierEvent
			}
			if ev != "" && !x.listedEvent(c.Subject) {
				// "was stolen once before, in 1994, when two men hid in
				// the museum until closing time" dates the theft.
				c.Subject, c.Measure = ev, ev
			}
		}
		if recalledBefore(s.lw, a) {
			// "revived memories of March 14, 2019, when a boiler rupture
			// at the Castel Rojo mill killed three workers": a day
			// remembered is an earlier event's, the one its clause of
			// "when" tells, whatever the sentence's own verb.
			c.Version = earlierEvent
			if w := whenAfter(s, b); w > 0 && !whenAged(s, w) {
				if ev := x.openedEvent(s, w); ev != "" {
					c.Subject, c.Measure = ev, ev
				}
			}
		}
		if x.comparedClause(s, relativeOpener(s, a)) == "since" {
			// "the most serious since the 2017 Greyfen fire, which broke
			// out on August 11 of that year": the day of the event the
			// sentence compares its own with. "larger than the one that
			// passed on Wednesday" may be this story's own.
			c.Version = earlierEvent
		}
		if sp.event == "" && onceBefore(s.lw, a) {
			c.Version = earlierEvent // "was stolen once before, in 1991"
		}
		if d.Year != 0 && d.Day == 0 && sp.event == "" && (x.sinceCompared(s, a) || x.lastDone(s, a)) {
			// "the deadliest avalanche at a resort since January 2019",
			// "erupted for the first time since 1987": when the last
			// such event happened.
			c.Version = earlierEvent
			if x.listedEvent(c.Subject) {
				c.Measure = c.Subject
			}
		}
		if c.Version == "" && c.Subject != "" && previousBefore(s.lw, a) {
			// "At its previous meeting on September 10": not the meeting
			// the story looks ahead to ("its next meeting on December 3").
			c.Version = earlierEvent
		}
		if c.Version == "" && plannedFirst(s.lw, x.clauseStart(s, a), a) {
			// "was originally due to open in 2026": the first plan's date.
			c.Version = "initial"
		}
		if c.Measure != "" && x.lx.Class(c.Measure) == legalClass {
			c.Target = x.legalTarget(s, st, c.Measure, a)
		}
		c.Place = x.placeOf(s, max(0, a-8), min(len(s.toks), b+8))
		c.Entities = s.entitiesOf(st)
		c.Context = x.contextOf(s, a-10, b+10)
		out = append(out, c)
	}
	return out
}

// openEvent is the event of opening (events.txt); reopening is opening.
const openEvent = "open"

// untilOnly reports whether the date in tokens [a, b) ends a span with
// "until" or "till", where "by" would not, and sets no lower bound:
// "closed until April 28" is closed up to that day, "closed by noon" was
// closed then, and "closed until at least April 28" or "until April 28
// at the earliest" may stay closed longer.
func untilOnly(lw []string, a, b int) bool {
	if b+2 < len(lw) && lw[b] == "at" && lw[b+1] == "the" && lw[b+2] == "earliest" {
		return false
	}
	return a >= 1 && (lw[a-1] == "until" || lw[a-1] == "till")
}

// legalClass is the lexicon class of the measures of the law's acts on a
// person: "arrest", "charge", "sentence".
const legalClass = "legal"

// legalTarget returns the person a legal act of the given measure, dated
// at token a, was done to: "Teodor Varsk, 58, was arrested on March 14"
// dates Varsk's arrest, which a second suspect's "detained on March 19"
// does not contradict. "" when the sentence names nobody so.
func (x *Extractor) legalTarget(s *sentence, st *docState, measure string, a int) string {
	for k := a - 1; k >= 0 && k >= a-6; k-- {
		if m, n := x.measureAt(s, k); n == 0 || m != measure {
			continue
		}
		q := k // the verb group's first word: "was", "had been"
		for q > 0 && (s.is(q-1, cBeAux) || haveForms[s.lw[q-1]]) {
			q--
		}
		if q == k {
			return "" // "arrested Dorin Maskell on Friday": no passive
		}
		// The subject ends right before the verb group, or before an age
		// or an apposition set off by commas ("Teodor Varsk, 58, was
		// arrested", "loan officer Mirela Duskin, had been detained"),
		// and is no place a person is from ("Hensley, of Bradford, West
		// Yorkshire, was sentenced").
		for _, m := range s.mentions {
			if m.kind != model.Person || m.j > q || indexOf(s.lw[max(0, m.i-3):m.i], "of", 0) >= 0 {
				continue
			}
			aged := m.j+3 == q && s.lw[m.j] == "," && s.toks[m.j+1].kind == tNum && s.lw[m.j+2] == ","
			if m.j == q || m.j+1 == q && s.lw[m.j] == "," || aged {
				return st.entityKey(m)
			}
		}
		return ""
	}
	return ""
}

// previousBefore reports whether "previous" or "prior" stands among the
// four words before the date at token a, in a phrase of the event it
// dates: "its previous meeting on September 10".
func previousBefore(lw []string, a int) bool {
	for k := a - 1; k >= 0 && k >= a-4; k-- {
		switch lw[k] {
		case "previous", "prior":
			return true
		case ",", ";", ":", "and", "but":
			return false
		}
	}
	return false
}

// plannedFirst reports whether a plan's first date follows in tokens
// [from, to): "initially" or "originally" right before a word of a plan
// ("originally due to open in", "initially scheduled for"). Not "officials
// initially said six died on Tuesday", where the first count is dated.
func plannedFirst(lw []string, from, to int) bool {
	for k := min(to, len(lw)) - 2; k >= max(0, from); k-- {
		switch lw[k] {
		case "initially", "originally":
			if planWords[lw[k+1]] {
				return true
			}
		case "and", "but", ",", ";":
			return false // "originally due in 2026 and most recently scheduled for 2028"
		}
	}
	return false
}

// planWords say that a date is planned: "due", "scheduled", "set".
var planWords = map[string]bool{"due": true, "scheduled": true, "planned": true, "set": true, "slated": true,
	"expected": true, "intended": true, "meant": true, "booked": true, "timed": true}

// sinceCompared reports whether the date at token a follows "since", with
// a superlative, a comparative or "first" before it in its clause: "the
// worst flooding since 2019", "for the first time since March 1987".
func (x *Extractor) sinceCompared(s *sentence, a int) bool {
	k := a - 1
	if k < 1 || s.lw[k] != "since" {
		return false
	}
	return x.comparing(s.lw[x.clauseStart(s, k):k])
}

// recalledBefore reports whether the date at token a is one remembered:
// "memories of March 14, 2019", "a reminder of 2009".
func recalledBefore(lw []string, a int) bool {
	if a < 2 || lw[a-1] != "of" {
		return false
	}
	switch lw[a-2] {
	case "memories", "memory", "reminder", "reminders", "echoes":
		return true
	}
	return false
}

// whenAfter returns where a clause of "when" starts after the date ending
// before token b, set off by a comma or not ("in 2009, when ...",
// "collapsed in 2016 when parliament rejected it"): the token after
// "when", or -1 for none.
func whenAfter(s *sentence, b int) int {
	if b < len(s.lw) && s.lw[b] == "," {
		b++
	}
	if b < len(s.lw) && s.lw[b] == "when" {
		return b + 1
	}
	return -1
}

// whenAged reports whether the clause of "when" at token w tells an age,
// no event: "in August 2009, when she was two years old".
func whenAged(s *sentence, w int) bool {
	if w+2 >= len(s.lw) || s.lw[w+1] != "was" && s.lw[w+1] != "were" {
		return false
	}
	switch s.lw[w] {
	case "he", "she", "they", "i", "we", "it":
		return s.toks[w+2].kind == tNum || s.is(w+2, cNumStart)
	}
	return false
}

// modelYears reports whether the year at token i names model years: it
// and the years listed after it ("2011 to 2013", "2011, 2012 and 2013")
// stand before "model year" or "model years".
func modelYears(s *sentence, i int) bool {
	for k := i + 1; k < len(s.lw) && k <= i+8; k++ {
		switch w := s.lw[k]; {
		case w == "model":
			return k+1 < len(s.lw) && (s.lw[k+1] == "year" || s.lw[k+1] == "years")
		case w == "," || w == "and" || w == "to" || w == "through" || w == "-" || w == "–" || s.toks[k].kind == tNum && len(s.toks[k].text) == 4:
		default:
			return false
		}
	}
	return false
}

// sentenceYear returns the year that a date of spans[i] with a month and
// no year takes from a date of the same sentence with a year and a later
// or the same month, when it comes first ("between October and December
// 2013") or a word of "after" or "earlier" stands between ("filed in
// December 2013, two months after they separated in October"). 0 for
// none, or when two dates of different years might lend theirs.
func sentenceYear(s *sentence, spans []dateSpan, i int) int32 {
	me := spans[i]
	var year int32
	for j, o := range spans {
		if j == i || o.d.Year == 0 || o.d.Month < me.d.Month || o.d.Relative != "" || o.ago {
			continue
		}
		lends := me.b <= o.a
		for k := o.b; !lends && k < me.a; k++ {
			lends = s.lw[k] == "after" || s.lw[k] == "earlier"
		}
		if !lends {
			continue
		}
		if year != 0 && year != o.d.Year {
			return 0
		}
		year = o.d.Year
	}
	return year
}

// onceBefore reports whether "once before" or "twice before" stands
// right before the date at token a, with at most a comma and a
// preposition between: "was stolen once before, in 1991" dates an
// earlier theft than the one the story tells.
func onceBefore(lw []string, a int) bool {
	k := a - 1
	for n := 0; n < 2 && k >= 0 && (lw[k] == "," || lw[k] == "in" || lw[k] == "on"); n++ {
		k--
	}
	return k >= 1 && lw[k] == "before" && (lw[k-1] == "once" || lw[k-1] == "twice")
}

// lastDone reports whether "last" stands right before a word of the events
// or measures lists that the date at token a dates, with at most a
// preposition between: "The volcano last erupted in 1978", "last struck
// the region in 2009", "had last been checked for leaks in October 2009";
// or before any verb in "-ed": "was last overhauled in 2013".
func (x *Extractor) lastDone(s *sentence, a int) bool {
	for k := a - 2; k >= 1 && k >= a-5; k-- {
		if s.lw[k-1] != "last" {
			continue
		}
		if s.lw[k] == "been" && k+1 < a {
			k++ // "had last been checked for leaks in October 2009"
		}
		if _, n := x.lx.Table(lexicon.Events).Match(s.lw, k); n > 0 {
			return true
		}
		if _, n := x.measureAt(s, k); n > 0 {
			return true
		}
		return pastForm(s.lw[k]) // "The gate was last overhauled in 2013"
	}
	return false
}

// setAfter reports whether "set" stands in tokens [i, j) within ten
// tokens of i, no comma before it: "the mark set in 2013", "the mark of
// 2:00:58 that Dario Kessen set on the streets of Lunhaven in 2024".
func setAfter(lw []string, i, j int) bool {
	for k := i; k < j && k < i+10; k++ {
		switch lw[k] {
		case "set":
			return true
		case ",", ";":
			return false
		}
	}
	return false
}

// recordEvent is the subject of the year a previous record was set in.
const recordEvent = "record"

// recordBefore reports whether a previous record is told of within 16
// tokens before the year at token a: "record" or "high" after "previous",
// "old", "former" or "earlier" ("the previous national record of 46.1C,
// set in the eastern city of Brenmark in 2011", "the previous national
// high"), or "record" or "mark" right before "set" or "was set" ("the 46.1C
// mark set in Brenmark in 2013"), in the same clause.
func recordBefore(lw []string, a int) bool {
	for k := a - 1; k >= 1 && k >= a-24; k-- {
		switch lw[k] {
		case ";", "but", "while", "whereas":
			return false
		case "record", "mark", "high":
			if setAfter(lw, k+1, a) {
				return true
			}
			if lw[k] != "record" && lw[k] != "high" {
				continue
			}
			for p := k - 1; p >= 0 && p >= k-2; p-- {
				switch lw[p] {
				case "previous", "old", "former", "earlier":
					return true
				}
			}
		}
	}
	return false
}

// mayStartDate reports whether dateAt may find a date at token i: a
// figure, a word that starts a month, weekday or relative date, or a word
// dateAt reads a phrase from ("over the next two years", "the 20th").
func mayStartDate(s *sentence, i int) bool {
	t := &s.toks[i]
	if t.kind == tNum || t.cls&(cRelDates|cMonths|cWeekdays) != 0 {
		return true
	}
	switch t.low {
	case "over", "in", "within", "during", "the", "ago", "ad", "ce":
		return true // "ad" and "ce" open a year of an era: "AD 340"
	}
	return seasons[t.low] // "in fall 2017"
}

// dateAt reads a date phrase starting at token i and returns it with the
// tokens [a, b) that spell it; b <= i when none starts there.
func (x *Extractor) dateAt(s *sentence, i int) (d model.DateParts, a, b int) {
	lw := s.lw
	a = i
	num := func(k int) (int, bool) { return wholeAt(s, k) }
	isYear := func(k int) (int, bool) {
		v, ok := num(k)
		return v, ok && v >= 1000 && v <= 2199 && !strings.ContainsAny(s.toks[k].text, ",.")
	}
	horizon := x.horizonBefore(s, i)
	// Relative phrases, longest first. "last week's meetings" and "last
	// week" are the same date.
	if canon, n := x.v.relDates.at(s, i); n > 0 {
		return model.DateParts{Relative: canon}, i, i + n
	}
	// "over the next two years", "in the next 18 months", "within two years"
	if (lw[i] == "over" || lw[i] == "in" || lw[i] == "within" || lw[i] == "during") && i+1 < len(lw) {
		k := i + 1
		if lw[k] == "the" {
			k++
		}
		if k < len(lw) && (lw[k] == "next" || lw[k] == "coming" || lw[i] == "within") {
			if lw[k] == "next" || lw[k] == "coming" {
				k++
			}
			if k < len(s.toks) {
				if n, ok, _ := x.num.read(s.toks, k); ok && n.j < len(lw) {
					// Days or longer: "the next 18 months", not "the next two hours".
					if u, ok := x.lx.Unit(lw[n.j]); ok && u.IsTime() && u.Factor >= 1 && u.Name != "night" {
						rel := fmt.Sprintf("next %s %s", model.FormatNumber(n.lo), lexicon.Plural(u.Name))
						return model.DateParts{Relative: rel, Horizon: true}, i, n.j + 1
					}
				}
			}
		}
	}
	if m := x.monthAt(s, i); m > 0 {
		if lw[i] == "may" && !(i+1 < len(s.toks) && s.toks[i+1].kind == tNum) && x.datePrep(s, i-1) == "" {
			return d, a, i // "may" the verb; "in May", "until May" are the month
		}
		if !s.toks[i].upper {
			return d, a, i
		}
		d.Month = int8(m)
		b = i + 1
		if b+1 < len(lw) && lw[b] == "." && s.toks[b].start == s.toks[i].end && s.toks[b+1].kind == tNum {
			b++ // "Feb. 24": "Feb." read as a word and a period
		}
		if day, ok := num(b); ok && day >= 1 && day <= 31 {
			d.Day = int8(day)
			b++
			if b+1 < len(lw) && lw[b] == "," {
				if y, ok := isYear(b + 1); ok {
					d.Year, b = int32(y), b+2
				}
			} else if y, ok := isYear(b); ok {
				d.Year, b = int32(y), b+1
			}
		} else if y, ok := isYear(b); ok {
			d.Year, b = int32(y), b+1
		} else if x.datePrep(s, i-1) == "" {
			return model.DateParts{}, a, i
		}
		d.Horizon = horizon
		return d, a, b
	}
	if day, ok := num(i); ok && day >= 1 && day <= 31 && i+1 < len(lw) {
		if m := x.monthAt(s, i+1); m > 0 && s.toks[i+1].upper {
			d.Day, d.Month, b = int8(day), int8(m), i+2
			if y, ok := isYear(b); ok {
				d.Year, b = int32(y), b+1
			}
			d.Horizon = horizon
			return d, a, b
		}
	}
	// "on the 20th"
	if lw[i] == "the" && i > 0 && (lw[i-1] == "on" || horizon) && i+1 < len(s.toks) && s.toks[i+1].kind == tNum {
		if v, ord, _, ok := parseDigits(s.toks[i+1].text); ok && ord && v >= 1 && v <= 31 {
			return model.DateParts{Day: int8(v), Horizon: horizon}, i, i + 2
		}
	}
	if canon, n := x.v.weekdays.at(s, i); n == 1 && s.toks[i].upper {
		if habitual(s, i) {
			return model.DateParts{}, i, i // "a club that met on Tuesday nights": no one day
		}
		// "closed until Thursday" ends a span; "by Tuesday evening" stamps
		// a tally, as "on Tuesday" would.
		return model.DateParts{Weekday: int8(lexicon.Weekday(canon)), Horizon: horizon && lw[i-1] != "by"}, i, i + 1
	}
	if y, n := eraYear(s, i); n > 0 {
		// "around AD 340", "in 240 BC": a year of an era, which needs no
		// preposition and may have fewer than four digits.
		return model.DateParts{Year: int32(y), Horizon: horizon}, i, i + n
	}
	if y, ok := isYear(i + 1); ok && seasons[lw[i]] && i >= 1 && x.datePrep(s, i-1) != "" &&
		!(i+2 < len(s.toks) && s.toks[i+2].joined && s.toks[i+2].kind != tPunct) {
		// "takes effect in fall 2017": the year, the season's words
		// quoted with it.
		return model.DateParts{Year: int32(y), Horizon: horizon}, i, i + 2
	}
	if y, ok := isYear(i); ok && x.datePrep(s, i-1) != "" {
		if i+1 < len(s.toks) && s.toks[i+1].joined && s.toks[i+1].kind != tPunct {
			return d, a, i // "2014-15 season", "2020-style"; not the period that ends "in 2014."
		}
		if modelYears(s, i) {
			return d, a, i // "vehicles from 2011 to 2013 model years": a label, no time
		}
		return model.DateParts{Year: int32(y), Horizon: horizon}, i, i + 1
	}
	return d, a, i
}

// eraYear reads a year of an era at token i, "AD 340", "340 AD", "240 BC",
// "240 BCE", "AD 1066", and returns it (negative before the era) with its
// token count; n is 0 for none. The era's word is in capitals, so that
// "an ad 30 times" is none.
func eraYear(s *sentence, i int) (year, n int) {
	num := func(k int) (int, bool) {
		v, ok := wholeAt(s, k)
		return v, ok && v >= 1 && v <= 9999 && !strings.ContainsAny(s.toks[k].text, ",.")
	}
	era := func(k int) string {
		if k >= len(s.toks) || s.toks[k].kind != tWord {
			return ""
		}
		return eras[strings.ReplaceAll(s.toks[k].text, ".", "")]
	}
	if era(i) == "AD" {
		if v, ok := num(i + 1); ok {
			return v, 2
		}
	}
	if v, ok := num(i); ok {
		switch era(i + 1) {
		case "AD":
			return v, 2
		case "BC":
			return -v, 2
		}
	}
	return 0, 0
}

// wholeAt returns the whole number that token k of s writes in digits.
func wholeAt(s *sentence, k int) (int, bool) {
	if k >= len(s.toks) || s.toks[k].kind != tNum {
		return 0, false
	}
	v, _, _, ok := parseDigits(s.toks[k].text)
	return int(v), ok && v == float64(int(v))
}

// eras are the words of an era as written, in capitals and without
// periods, and the era each names.
var eras = map[string]string{"AD": "AD", "CE": "AD", "BC": "BC", "BCE": "BC"}

// weekdayOnly reports whether d names a weekday and nothing more.
func weekdayOnly(d model.DateParts) bool {
	return d.Weekday != 0 && d.Year == 0 && d.Month == 0 && d.Day == 0
}

// eventOf names what the date at tokens [a, b) dates: the nearest measure
// or noun before it, or the act of a clause the date opens ("when in July
// 1967 he escaped").
func (x *Extractor) eventOf(s *sentence, a, b int) (subject, measure string) {
	if head := x.ownedByDate(s, b); head != "" {
		// "say Sunday's program will go ahead", "cancel the rest of
		// Saturday's races": the day's own noun is what it dates, not
		// what the clause around it does.
		return head, ""
	}
	if x.saidOn(s, a) {
		return "", model.SaidEvent // "the ferry sank on Tuesday, he said on Thursday" dates what he said, no sinking
	}
	if ev, ok := x.clauseEvent(s, a, b); ok {
		return ev, ev
	}
	if ev, obj, ok := x.eventAfter(s, a, b); ok {
		if obj != "" {
			return obj, ev // "on Friday arrested the owner" dates the owner's arrest, as "arrested the owner on Friday" does
		}
		return ev, ev
	}
	from, to := -1, -1 // the measure's tokens
	lim := a - 10
	verb := false // stepped over a verb in the past: "slammed"
	for k := a - 1; k >= 0 && k >= lim; k-- {
		t := s.toks[k]
		if t.kind == tWord && x.lx.Has(lexicon.ClockWords, t.low) {
			// "slipped out through an unbolted service gate shortly
			// before 10am on Thursday": a time of day looks no nearer.
			lim = max(lim-2, a-13)
		}
		if s.sec != model.Headline && capitalizedRun(s, k) {
			continue // "at Prairie View Regional Hospital": a name's word is no measure
		}
		if s.lw[k] == "," && appositiveBefore(s.lw, k) {
			// "recovered painting, valued at $1.4 million, in Newark raid
			// on Tuesday": the phrase set off by commas is no measure of
			// the date's.
			break
		}
		m, n := x.measureAt(s, k)
		if n == 1 && k > 0 {
			if m2, n2 := x.measureAt(s, k-1); n2 == 2 {
				m, n, k, t = m2, n2, k-1, s.toks[k-1] // "hauled aboard", not "aboard"
			}
		}
		if n > 0 && k+n <= a && x.lx.Class(m) != readingClass {
			if _, e := x.lx.Table(lexicon.Events).Match(s.lw, k-1); e > 1 {
				break // "a crowd surge at a turnstile gate on Saturday" dates a crush, no increase
			}
			if verb && strings.HasSuffix(t.low, "ing") && k > 0 && s.toks[k-1].kind == tWord && !s.is(k-1, cStop|cBeAux) {
				break // "a barge carrying styrene slammed into a pier early Wednesday" dates no carrying
			}
			measure, from, to = m, k, k+n // "a magnitude 7.7 quake struck on Friday" dates no magnitude
			break
		}
		verb = verb || t.kind == tWord && pastForm(t.low)
	}
	if m, j := x.verbOverObject(s, from, a-10, func(j int) (string, int) { return x.measureAt(s, j) }); j >= 0 {
		return m, m // "convict Susan Monica on the murder charges on Monday" dates the conviction
	}
	placed := false // stepped over "take place"
	lo := a - 6     // how far back the event is looked for
	jumped := false // stepped over a place phrase
	for k := a - 1; k >= 0 && k >= lo; k-- {
		t := s.toks[k]
		if placed && t.kind == tWord && t.upper && t.cls&cStop == 0 {
			if h := headBeforePhrase(s, k); h != k {
				return lemma(x.lx, s.lw[h]), measure // "A vigil for Reyes is planned for Monday"
			}
			return nameEndingAt(s, k), measure // "the Osk Marathon takes place on Sunday"
		}
		if t.kind == tWord && t.upper && t.cls&cStop == 0 && !placed {
			// "tried to overthrow President Osric Vantha before dawn on
			// Wednesday": a name is stepped over, and looks no nearer.
			lo = max(lo-1, a-12)
		}
		if t.kind != tWord && !placed {
			// "started at about 2:15 p.m. on Sunday": a time of day is
			// stepped over, and looks no nearer.
			lo = max(lo-1, a-12)
		}
		prep, n := x.v.datePreps.ending(s, k)
		if n > 1 {
			k -= n - 1 // "employed 90 people as recently as 2008": the whole preposition
			continue
		}
		if t.kind != tWord || t.upper || t.low == "'s" || t.cls&(cStop|cPlacePrep) != 0 || phrasePreps[t.low] || prep != "" || s.taken != nil && s.taken[k] {
			// "capsized near Haldor on Wednesday" dates no "near", "the
			// gates of Draskova's Ostrel Park on Saturday" no "'s".
			continue
		}
		if planWords[t.low] && !placed && k > 1 && beAux[s.lw[k-1]] && s.toks[k-2].kind == tWord && !s.is(k-2, cStop|cBeAux) &&
			(s.lw[k+1] == "for" || s.lw[k+1] == "on" || k+1 == a) {
			// "The inspectorate's public hearing on the accident is
			// scheduled for April 24" dates the hearing, as "will take
			// place" does: the head before the phrase that qualifies it.
			k--
			placed = true
			continue
		}
		small := smallHours(s.lw, k)
		if timeOfDay[t.low] || planWords[t.low] || x.lx.Has(lexicon.ClockWords, t.low) || x.lx.Has(lexicon.DayParts, t.low) || small {
			// "plunged off the road late on Sunday", "struck at 3:42 a.m.
			// on Tuesday", "tried to overthrow him before dawn on
			// Wednesday" date the plunge, the strike, the overthrow.
			// "The early hours" is stepped over, and looks no nearer:
			// "shattered ... at its central bakery in Leicester in the
			// early hours of Tuesday".
			if small {
				lo = max(lo-3, a-12)
			}
			continue
		}
		if x.figureWord(s, k) ||
			k > 1 && t.low == "cent" && s.lw[k-1] == "per" && s.toks[k-2].kind == tNum {
			continue // "has fallen 22 percent since 2008" dates the fall; "debts of £58m on Monday" no "m"
		}
		if closeTo(s, k) {
			continue // "stranded ... for close to six hours late Wednesday": a hedge, no closure
		}
		if t.low == "once" || t.low == "twice" {
			continue // "was stolen once before, in 1994" dates the theft
		}
		if fromOutset(s.lw, k) {
			// "will be replayed from the start on March 3" dates the
			// replay: "from the start" tells how, and is no start.
			lo = max(lo-2, a-12)
			continue
		}
		if u, ok := x.lx.Unit(t.low); ok && u.IsTime() && k > 0 && relativeTimes[s.lw[k-1]] {
			k-- // "sold the station the following year, in 2003": a time, no event
			continue
		}
		if _, word := x.num.wordValue(t.low); word {
			// "for about six hours on Tuesday": a figure is no event, in
			// words as in digits ("swept six vehicles off the road").
			continue
		}
		if jumped && (adverbish(t.low) || k > 0 && (s.toks[k-1].kind != tWord || s.is(k-1, cNumStart))) {
			continue // "meet again in the cup next month", "flooded 14 villages in Osk"
		}
		if t.low == "held" && k > 0 && s.toks[k-1].kind == tWord && !s.toks[k-1].upper && !s.is(k-1, cStop|cBeAux) {
			continue // "in a ballot held on Sunday" dates the ballot, as "take place" does
		}
		if (t.low == "place" || t.low == "effect") && k > 0 && takeForms[s.lw[k-1]] {
			k-- // "the funeral will take place on Friday" dates the funeral, "the closures will take effect on March 1" the closures
			placed = true
			continue
		}
		if placed {
			// "the funeral of the two firefighters will take place":
			// the head comes before the phrase that qualifies it.
			k = headBeforePhrase(s, k)
			t = s.toks[k]
		}
		// "was shut on Feb. 5" dates a closure, as "closed on Feb. 3" does;
		// an event's word that is also a measure's is the event: "the bus
		// plunged off the road" dates a crash, not a fall.
		events := x.lx.Table(lexicon.Events)
		if ev, n := events.MatchEnding(s.lw, k); n > 1 {
			// "talks ended without agreement on Thursday": the phrase that
			// ends in the event's word, not the word. A measure's word
			// in the phrase is the event's: "jumped the track" tracks
			// nothing.
			if from >= k-n+1 && to <= k+1 {
				measure = ""
			}
			return x.startOfEvent(s, k-n+1, ev, events), measure
		}
		if ev, n := events.Match(s.lw, k); n > 0 {
			if v := verbOverEventNoun(s, k); v != "" {
				return v, measure // "Firefighters battled a stubborn blaze on Wednesday" dates the battle
			}
			if v := eventOverEventNoun(s, k, ev, events); v != "" {
				return v, measure // "signed off on the agreement on Saturday" dates the approval
			}
			return x.startOfEvent(s, k, ev, events), measure
		}
		if t.low == "ceremony" && k > 0 {
			if ev, n := events.Match(s.lw, k-1); n == 1 {
				return ev, measure // "an inauguration ceremony on November 3" dates the inauguration
			}
		}
		if k >= from && k < to {
			return measure, measure // "talks on Thursday": the word is the measure's
		}
		if ev, n := events.MatchEnding(s.lw, k); n > 1 {
			return x.startOfEvent(s, k-n+1, ev, events), measure // "broke free June 10"
		}
		if ev, j := x.verbOverObject(s, k, a-10, func(j int) (string, int) { return events.Match(s.lw, j) }); j >= 0 {
			if v := verbOverEventNoun(s, j); v != "" {
				return v, measure // "battled a blaze at a chemical plant on Wednesday"
			}
			return x.startOfEvent(s, j, ev, events), measure // "escaped from a North Carolina prison in 1972"
		}
		if p := byPerformer(s, k); p >= 0 && !placed {
			// "during a concert by pop singer Isra Deloune ... late Saturday"
			// dates the concert.
			lo = max(min(lo, p-3), a-14)
			k = p
			continue
		}
		if distanceWords[t.low] && t.low != "from" && k+1 < len(s.lw) && (s.lw[k+1] == "of" || t.low == "off" || t.low == "away") && k > 0 && x.figureWord(s, k-1) {
			// "left the road about 6 miles northwest of Alta shortly after
			// 7:30 a.m. Tuesday": how far from a place is where, not what
			// happened.
			lo = max(min(lo, k-6), a-16)
			jumped = true
			continue
		}
		if p := x.wherePhrase(s, k); p >= 0 && !placed {
			// "capsized in rough seas off the southern coast on Tuesday":
			// the coast is where, not what happened.
			lo = max(min(lo, p-5), a-14)
			k, jumped = p, true
			continue
		}
		if !documents[lemma(x.lx, t.low)] {
			// "opened the Ossa Lane branch and all three of its
			// offices on Monday" dates the opening, "landed a
			// spacecraft" the landing. A measure's verb is not read so:
			// "launched an airlift", "visited the site".
			if ev, ok := verbOverDirectObject(s, k, a-14, events); ok {
				return ev, measure
			}
		}
		if ev := x.subjectEvent(s, x.clauseStart(s, k), k, events); ev != "" && !duringObject(s, k) {
			return ev, measure // "A fire swept through the Dabaro camp late Tuesday"
		}
		if ev, j := x.clauseVerbEvent(s, a, events); ev != "" && !documents[lemma(x.lx, t.low)] {
			ev = x.startOfEvent(s, j, ev, events)
			return ev, measure // "collapsed just yards from the finish line of the marathon in Louisville, Kentucky, on Sunday"
		}
		if ev := duringEvent(s, k, events); ev != "" {
			return ev, measure // "a crash during a keirin heat in Adelaide on Friday" dates the crash
		}
		if k >= 3 && k+2 >= a-1 && s.lw[k+1] == "," && s.lw[k-2] == "of" && determiner(s.lw[k-1]) {
			if h := s.toks[k-3]; h.kind == tWord && !h.upper && h.cls&cStop == 0 && !timeParts[h.low] && !distanceWords[h.low] {
				// "The last major survey of the reef, in 2016, found": a
				// date set off by a comma dates the head that "of the
				// reef" qualifies.
				k -= 3
			}
		}
		return lemma(x.lx, s.lw[k]), measure
	}
	if measure == "" {
		if ev := x.coordinatedEvent(s, b); ev != "" {
			return ev, ""
		}
	}
	return measure, measure
}

// coordinatedEvent returns the listed event of a verb joined by "and" to
// the clause a date at [.., b) ends, past a part of the day: "left the
// highway ... at around 6:40 p.m. on Tuesday evening and rolled into a
// ditch" dates the rolling over; or "" when there is none.
func (x *Extractor) coordinatedEvent(s *sentence, b int) string {
	k := b
	if k < len(s.lw) && x.lx.Has(lexicon.DayParts, s.lw[k]) {
		k++
	}
	if k+1 >= len(s.lw) || s.lw[k] != "and" {
		return ""
	}
	events := x.lx.Table(lexicon.Events)
	if ev, n := events.Match(s.lw, k+1); n > 0 {
		return x.startOfEvent(s, k+1, ev, events)
	}
	return ""
}

// figureWord reports whether token k, a word, belongs to the figure
// before it: a scale, unit or currency right after a number or a scale,
// "percent" or "points" after a number, or the plural a measurement
// qualifies. "debts of £58m on Monday" and
// "withdrew 4.2 billion crowns on Thursday" date no "m" and no crowns.
func (x *Extractor) figureWord(s *sentence, k int) bool {
	if k == 0 {
		return false
	}
	low := s.lw[k]
	if pluralNoun(low) && k > 1 && s.toks[k-2].kind == tNum && x.unitWord(s.lw[k-1]) {
		return true // "sank in 50mph winds early on Saturday": what was measured
	}
	_, scaled := x.lx.Multiplier(s.lw[k-1])
	if _, word := x.num.wordValue(s.lw[k-1]); word && x.unitWord(low) {
		return true // "grounded all departures for about six hours on Tuesday"
	}
	if s.toks[k-1].kind != tNum && !scaled {
		return false
	}
	if _, scale := x.lx.Multiplier(low); scale {
		return true
	}
	if x.unitWord(low) {
		return true
	}
	if _, n := x.lx.Table(lexicon.Currencies).Match(s.lw, k); n > 0 {
		return true
	}
	return s.toks[k-1].kind == tNum && (low == "percent" || low == "points")
}

// unitWord reports whether w is a unit of measurement.
func (x *Extractor) unitWord(w string) bool {
	_, ok := x.lx.Unit(w)
	return ok
}

// speechVerbs are the verbs of saying whose date, right after them, is
// when something was said: "the ministry said on Thursday", "he told
// reporters Friday". Verbs that may be passive of what they date ("the
// death was confirmed on Monday", "the first cases were reported in
// February") are not among them.
var speechVerbs = map[string]bool{"said": true, "says": true, "told": true, "stated": true, "insisted": true, "warned": true, "noted": true}

// saidOn reports whether the date at token a is the day of a statement:
// it follows a verb of saying, after "on" or a word for the day's part
// ("said late on Friday") and, for "told", its object ("told reporters on
// Thursday", "told the Osk Courier Friday").
func (x *Extractor) saidOn(s *sentence, a int) bool {
	j := a - 1
	for j >= 0 && j >= a-3 && s.toks[j].kind == tWord && (x.datePrep(s, j) != "" || x.lx.Has(lexicon.DayParts, s.lw[j]) || timeOfDay[s.lw[j]]) {
		j--
	}
	if j < 0 || s.toks[j].kind != tWord {
		return false
	}
	if speechVerbs[s.lw[j]] {
		return true
	}
	lower := 0 // lower-case words of the object: "reporters", not "to leave"
	for k := j; k >= 0 && k >= j-4; k-- {
		if s.toks[k].kind != tWord {
			return false
		}
		if s.lw[k] == "told" {
			return true
		}
		if !s.toks[k].upper && s.lw[k] != "the" {
			if lower++; lower > 1 {
				return false
			}
		}
	}
	return false
}

// verbOverEventNoun returns the verb whose direct object is the event's
// noun at token k, when that verb fights an event that goes on for days:
// "battled a stubborn blaze on Wednesday" dates the battle, not the fire.
func verbOverEventNoun(s *sentence, k int) string {
	if pastForm(s.lw[k]) || pastVerbs[s.lw[k]] {
		return "" // "fighting erupted on March 9": the event is the verb
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		t := s.toks[j]
		if t.kind != tWord || t.upper {
			return ""
		}
		if v := fightVerbs[t.low]; v != "" {
			return v
		}
		if !determiner(t.low) && (pastForm(t.low) || t.cls&cStop != 0) {
			return "" // "a stubborn blaze"; not "passed its last safety inspection"
		}
	}
	return ""
}

// duringObject reports whether "during" stands up to six tokens before
// the noun at token k, which ends its object: "Crash happened during a
// World Cup two-man race in Germany on Sunday" dates the race, which the
// crash happened in, and which a body dates too.
func duringObject(s *sentence, k int) bool {
	return duringAt(s, k) >= 0
}

// duringAt returns the token of the nearest "during" up to six tokens
// before the noun at token k, -1 for none.
func duringAt(s *sentence, k int) int {
	for d := k - 1; d >= max(0, k-6); d-- {
		if s.lw[d] == "during" {
			return d
		}
	}
	return -1
}

// relativeOpener returns the token of the "that" or "which" whose clause
// the date at token a ends, a few words after it, -1 for none: "which
// broke out on August 11".
func relativeOpener(s *sentence, a int) int {
	for k := a - 1; k >= 0 && k >= a-6; k-- {
		if s.lw[k] == "that" || s.lw[k] == "which" {
			return k
		}
		if s.toks[k].kind != tWord {
			return -1
		}
	}
	return -1
}

// duringEvent returns the listed event that ends right before a "during"
// whose object is the unlisted noun at token k, or before the passive verb
// that comes before it, "" for none: "a crash during a keirin heat" dates
// the crash, as "crashed during a heat" and "the crash was filmed during a
// heat" do.
func duringEvent(s *sentence, k int, events *lexicon.Table) string {
	d := duringAt(s, k)
	if d < 0 {
		return ""
	}
	j := d - 1
	if j > 1 && pastForm(s.lw[j]) && beAux[s.lw[j-1]] {
		j -= 2 // "The escape was discovered during a headcount": the subject's event
	}
	ev, _ := events.MatchEnding(s.lw, j)
	return ev
}

// eventOverEventNoun returns the event of a phrase of several words of
// the events list that takes the event noun ev at token k for its object,
// "" for none: "signed off on the agreement" dates the approval, not the
// agreement. A single verb is left to the noun: "signed an agreement"
// dates the agreement.
func eventOverEventNoun(s *sentence, k int, ev string, events *lexicon.Table) string {
	j := k - 1
	for j >= 0 && determiner(s.lw[j]) {
		j--
	}
	if j < 0 || j == k-1 {
		return "" // no determiner: "the approval agreement" is one noun
	}
	if v, n := events.MatchEnding(s.lw, j); n > 1 && v != ev {
		return v
	}
	return ""
}

// fightVerbs fight an event that lasts, by their lemma: its dates are
// theirs, not the event's start.
var fightVerbs = map[string]string{"battled": "battle", "battling": "battle", "fought": "fight", "fighting": "fight",
	"tackled": "tackle", "tackling": "tackle", "contained": "contain", "extinguished": "extinguish", "doused": "douse"}

// startOfEvent returns ev, the event of the verb at token k, unless it
// is the start of something and the clause's subject is an event of its
// own: "Blaze broke out before 4 a.m. Saturday" and "The fire started on
// Sunday" date the fire, as "fire tore through their apartment early
// Sunday" does.
func (x *Extractor) startOfEvent(s *sentence, k int, ev string, events *lexicon.Table) string {
	if ev != startEvent && ev != eruptEvent {
		return ev
	}
	cs := x.clauseStart(s, k)
	if sub := x.subjectEvent(s, cs, k, events); sub != "" && sub != startEvent {
		return sub
	}
	if cs >= 2 && (s.lw[cs-1] == "that" || s.lw[cs-1] == "which") {
		// "A wildfire that broke out on Monday afternoon", "The fire near
		// Orvell, which started on Friday": the noun the clause is about,
		// before a place phrase and the comma that sets the clause off.
		for j := cs - 2; j >= 0 && j >= cs-6; j-- {
			if sub, n := events.Match(s.lw, j); n == 1 && sub != startEvent {
				return sub
			}
			if s.toks[j].kind == tPunct && !(j == cs-2 && s.lw[j] == ",") || s.is(j, cBeAux) {
				break
			}
		}
	}
	return ev
}

// startEvent is the event of a start ("began", "broke out").
const startEvent = "start"

// eruptEvent is the event of an eruption, which is a start when
// something else erupts: "a fire erupted at the site late Monday" dates
// the fire.
const eruptEvent = "erupt"

// phraseOnly reports whether tokens [from, to) hold no verb in the past
// and no break of a clause: the phrase of a noun, not a predicate.
func phraseOnly(s *sentence, from, to int) bool {
	for j := from; j < to; j++ {
		if w := s.lw[j]; pastForm(w) || pastVerbs[w] || clauseOpeners[w] || s.is(j, cBeAux) || s.toks[j].kind == tPunct {
			return false
		}
	}
	return true
}

// subjectEvent returns the event its clause, from token from, opens with
// as its subject, before token k: "A fire swept through the camp", "An
// explosion ripped through the plant", "Flooding damaged 300 homes". The
// subject is an event of the events list, after at most an article, and a
// verb in the past follows it; "" when the clause opens otherwise ("a
// departing jet struck", "The closure goes beyond the plan Dravik outlined
// in February").
func (x *Extractor) subjectEvent(s *sentence, from, k int, events *lexicon.Table) string {
	j := from
	if j < k && (s.lw[j] == "a" || s.lw[j] == "an" || s.lw[j] == "the") {
		j++
		if _, n := events.Match(s.lw, j); n == 0 && j+1 < k && s.toks[j].kind == tWord && !s.toks[j].upper && !s.is(j, cStop) {
			j++ // "A violent hailstorm tore through"
		}
		// "The Sennet Ridge fire broke out": the name of the event
		// before its word.
		for n := 0; n < 3 && j+1 < k && s.toks[j].kind == tWord && s.toks[j].upper; n++ {
			if _, m := events.Match(s.lw, j); m > 0 {
				break
			}
			j++
		}
	}
	ev, n := events.Match(s.lw, j)
	v := j + n
	if n > 0 && j > from && v < k && wherePlacePreps[s.lw[v]] && phraseOnly(s, v, k) {
		// "A massive explosion at a warehouse storing fertilizer in the
		// port city of Velmora on Wednesday evening left 34 people
		// dead": the date ends the phrase of the event's noun, after
		// its article.
		return ev
	}
	if n == 0 || v > k || !pastForm(s.lw[v]) && !pastVerbs[s.lw[v]] {
		return ""
	}
	for j := v + 1; j < k; j++ {
		if clauseOpeners[s.lw[j]] || s.lw[j] == "since" || s.lw[j] == "because" {
			return "" // "The blaze burned for 31 hours before tugs put it out on Friday"
		}
	}
	return ev
}

// clauseVerbEvent returns the event of the verb in the past that the
// clause of a date at token a tells of, when the date ends a long phrase
// after it: "collapsed about 400 yards from the finish of the Louisville
// race on Saturday", "collapsed and died just yards from the finish line
// of the Riverfront Marathon in Louisville, Kentucky, on Sunday morning".
// The verb is of the events list, in a form in "-ed" or an irregular past
// (pastVerbs) or a phrase of its own ("gave way"), with no determiner
// before it ("the collapse"); a clock time and the words of the date
// before the date itself ("at 6:41 p.m. on Tuesday") are stepped over. A
// clause that opens between them ("when", "which", a verb of saying, "and"
// before anything but a verb in the past), another date, or a comma other
// than one between the parts of a place's name ("Louisville, Kentucky,"),
// ends the search: "" then. It also returns the verb's token, -1 for none.
func (x *Extractor) clauseVerbEvent(s *sentence, a int, events *lexicon.Table) (string, int) {
	upper := func(i int) bool { return i >= 0 && i < len(s.toks) && s.toks[i].kind == tWord && s.toks[i].upper }
	// The date's own words reach back to here: "at 6:41 p.m. on Tuesday",
	// "shortly after 4:30 p.m. on Tuesday" (a time, no clause after).
	near := a
	for near > 0 && (s.taken != nil && s.taken[near-1] || s.toks[near-1].kind != tWord || x.datePrep(s, near-1) != "" ||
		s.lw[near-1] == "at" || timeOfDay[s.lw[near-1]] || x.lx.Has(lexicon.ClockWords, s.lw[near-1]) ||
		clauseOpeners[s.lw[near-1]] && near < a && s.toks[near].kind == tNum) {
		near--
	}
	for j := near - 1; j >= 0 && j >= a-maxVerbReach; j-- {
		w := s.lw[j]
		switch {
		case w == ",":
			if !upper(j - 1) {
				return "", -1
			}
			continue
		case clauseOpeners[w] || w == "which" || w == "who" || w == "that" || w == "since" || w == "because" || s.is(j, cClauseStop|cSay):
			return "", -1
		case w == "and" && !x.pastVerbAt(s, j+1):
			return "", -1 // not "collapsed and died", two verbs of one subject
		case s.taken != nil && s.taken[j] && j < a-3:
			// "presented ... on Saturday and detailed by the company on
			// Monday": another date's verb; not "Wednesday, May 28",
			// one date in two parts.
			return "", -1
		}
		ev, n := events.Match(s.lw, j)
		if n == 0 || j+n >= a || j > 0 && determiner(s.lw[j-1]) || j > 1 && strings.HasSuffix(s.lw[j-1], "ly") && determiner(s.lw[j-2]) {
			continue // "the collapse", "a partly collapsed building"
		}
		if s.lw[j+n] == "to" {
			return "", -1 // "agreed to lend the guitar for an exhibition next year" dates the exhibition
		}
		if n > 1 || pastForm(s.lw[j]) || pastVerbs[s.lw[j]] {
			return ev, j // "collapsed", "broke out", "gave way"
		}
	}
	return "", -1
}

// pastVerbAt reports whether token k is a verb in the past: a form in
// "-ed", an irregular one of pastVerbs, or a measure's ("died", "fled").
func (x *Extractor) pastVerbAt(s *sentence, k int) bool {
	if k >= len(s.lw) {
		return false
	}
	if pastForm(s.lw[k]) || pastVerbs[s.lw[k]] {
		return true
	}
	_, n := x.measureAt(s, k)
	return n > 0
}

// maxVerbReach is how many tokens before a date clauseVerbEvent looks
// for its clause's verb.
const maxVerbReach = 20

// capitalizedRun reports whether token k is a capitalized word beside
// another: a word of a name ("Prairie View Regional Hospital"), not a
// sentence's first word ("Rescue crews on Thursday").
func capitalizedRun(s *sentence, k int) bool {
	upper := func(i int) bool { return i >= 0 && i < len(s.toks) && s.toks[i].kind == tWord && s.toks[i].upper }
	return upper(k) && (upper(k-1) || upper(k+1))
}

// listedEvent reports whether subject is an event of the lexicon's events
// list, by its canonical name.
func (x *Extractor) listedEvent(subject string) bool {
	ev, ok := x.lx.Table(lexicon.Events).Lookup(subject)
	return ok && ev == subject
}

// pastVerbs are irregular past forms that tell what an event did: "A fire
// swept through", "The storm tore across".
var pastVerbs = map[string]bool{"swept": true, "tore": true, "struck": true, "broke": true, "spread": true,
	"hit": true, "ran": true, "shook": true, "left": true, "began": true, "burnt": true, "blew": true, "came": true, "fell": true,
	"stuck": true}

// documents are things agreed, presented or passed: the noun names the
// event better than the verb does, since reports word one act
// differently ("signed a ceasefire", "agreed a ceasefire"; "presented
// the budget", "unveiled the budget").
var documents = map[string]bool{"plan": true, "budget": true, "ceasefire": true, "truce": true, "deal": true,
	"agreement": true, "accord": true, "treaty": true, "pact": true, "contract": true, "bill": true, "law": true,
	"proposal": true, "offer": true, "package": true, "report": true, "motion": true, "resolution": true}

// opensObject reports whether w opens a noun phrase, as a determiner or
// "this", "these", "all" do: a verb right before one has the phrase for
// its direct object.
func opensObject(w string) bool { return determiner(w) || w == "this" || w == "these" || w == "all" }

// verbOverDirectObject returns the event of a verb of the events list
// whose direct object ends at token k: "opened the Ossa Lane branch and
// all three of its offices", "landed a spacecraft", "started the
// company". The object opens with a determiner right after the verb, so
// that a word qualifying a noun is no verb ("the crash site", "his
// closing argument"); it holds words, names, figures and "of", at most
// ten tokens, and starts no earlier than lo.
func verbOverDirectObject(s *sentence, k, lo int, events *lexicon.Table) (string, bool) {
	for j := k - 1; j >= max(lo, 0) && j >= k-11; j-- {
		t := s.toks[j]
		if ev, n := events.Match(s.lw, j); n > 0 && j+n < k && opensObject(s.lw[j+n]) {
			return ev, true
		}
		switch {
		case t.kind == tWord && (t.cls&cStop == 0 || opensObject(t.low) || t.low == "of" || t.low == "and"), t.kind == tNum:
		case particles[t.low] && j > 0:
			// "held up a gas station", "shut down the plant": the
			// particle ends the verb's words, matched from the verb.
		default:
			return "", false
		}
	}
	return "", false
}

// particles end a phrasal verb: "held up", "shut down", "sealed off".
var particles = map[string]bool{"up": true, "down": true, "off": true, "out": true}

// timeOfDay are the words that place a date early or late in its day:
// "late on Sunday", "early Friday".
// So do the adverbs that tell how near the time is or that an act is
// done again: "started shortly before 9 p.m. on February 9", "marched
// again on Friday".
var timeOfDay = map[string]bool{"late": true, "early": true, "shortly": true, "just": true, "soon": true,
	"sometime": true, "again": true, "later": true, "earlier": true}

// appositiveBefore reports whether the comma at token k closes a phrase
// set off by commas that opens within the six tokens before it.
func appositiveBefore(lw []string, k int) bool {
	return slices.Contains(lw[max(0, k-6):k], ",")
}

// smallHours reports whether token k is the "hours" of "the early hours",
// "the small hours": a time of night, no event ("shattered ... in the
// early hours of Tuesday" dates the shattering).
func smallHours(lw []string, k int) bool {
	return lw[k] == "hours" && k > 0 && (lw[k-1] == "early" || lw[k-1] == "small" || lw[k-1] == "wee")
}

// eventAfter returns the event of a verb right after the date at [a, b)
// that stands between a named subject and its verb: "Kuvari People's
// Front on Friday released nine tourists", "Ashvane on Tuesday presented a
// budget". A verb of saying is no measure and so no event ("officials on
// Monday said"), and a reading is none either. object is the head of the
// measure's object ("on Friday arrested the owner"), "" for none.
func (x *Extractor) eventAfter(s *sentence, a, b int) (ev, object string, ok bool) {
	a, b = x.weekdayAndDate(s, a, b)
	if b >= len(s.toks) || a < 2 || x.datePrep(s, a-1) == "" {
		return "", "", false
	}
	// The subject is a name, not the object of a place ("a shooting in
	// Minneapolis on Wednesday killed two": the date is the shooting's).
	subject := false
	for _, m := range s.mentions {
		if m.j == a-1 {
			k := m.i - 1
			if k >= 0 && s.lw[k] == "the" {
				k--
			}
			subject = k < 0 || !wherePlacePreps[s.lw[k]]
			if !subject && k > 0 {
				// "Customs officers at Port Halvik on Tuesday seized":
				// the place is the subject's.
				subject = x.bodySubject(s, k-1)
			}
			break
		}
	}
	if !subject {
		subject = x.bodySubject(s, a-2)
	}
	if !subject {
		return "", "", false
	}
	if orderVerbs[s.lw[b]] {
		// "The directorate on Wednesday ordered 34 schools to close":
		// what was ordered is the event.
		for k := b + 1; k+1 < len(s.lw) && k <= b+6; k++ {
			if s.toks[k].kind == tPunct {
				break
			}
			if s.lw[k] == "to" {
				if ev, n := x.lx.Table(lexicon.Events).Match(s.lw, k+1); n > 0 {
					return ev, "", true
				}
				break
			}
		}
	}
	if m, n := x.measureAt(s, b); n > 0 && x.lx.Class(m) != readingClass {
		return m, x.objectAfter(s, b+n), true
	}
	if ev, n := x.lx.Table(lexicon.Events).Match(s.lw, b); n > 0 {
		return ev, "", true
	}
	return "", "", false
}

// weekdayAndDate returns the span of a weekday and the date set off by
// commas after it, of which tokens [a, b) are either: "The operator on
// Thursday, March 13, suspended all 52 buses" dates the suspension by
// both. With no such pair it returns a and b.
func (x *Extractor) weekdayAndDate(s *sentence, a, b int) (int, int) {
	lw := s.lw
	if a >= 3 && lw[a-1] == "," && b < len(lw) && lw[b] == "," {
		if _, n := x.v.weekdays.at(s, a-2); n == 1 {
			return a - 2, b + 1 // the date
		}
	}
	if b+1 < len(lw) && lw[b] == "," && b-a == 1 {
		if _, n := x.v.weekdays.at(s, a); n == 1 {
			if d, da, db := x.dateAt(s, b+1); da == b+1 && db > da && d.Day != 0 && db < len(lw) && lw[db] == "," {
				return a, db + 1 // the weekday
			}
		}
	}
	return a, b
}

// objectAfter returns the head of the noun phrase a determiner opens at
// token k, the object of a measure's verb before it: "owner" in "the owner
// of a garment factory"; "" for none.
func (x *Extractor) objectAfter(s *sentence, k int) string {
	if k+1 >= len(s.lw) || !determiner(s.lw[k]) || s.toks[k+1].kind != tWord || s.toks[k+1].upper {
		return ""
	}
	return x.headAfter(s, k+1)
}

// bodySubject reports whether token k ends a subject that is a body of
// people named by a common noun: "the competition watchdog", "Norvalia's
// commission", "the city council" (lexicon.OrgWords), or a plural noun:
// "Customs officers", "Rescue crews". The noun phrase
// opens its clause: before it stand only a determiner, a possessor,
// adjectives and names, back to the start of the sentence, a dateline or
// a comma, never a preposition ("fined by the regulator on Tuesday").
func (x *Extractor) bodySubject(s *sentence, k int) bool {
	if k < 0 || s.toks[k].kind != tWord || s.toks[k].upper ||
		!s.is(k, cOrgWord) && !agentNoun(s.lw[k]) && lexicon.Singular(s.lw[k]) == s.lw[k] {
		return false
	}
	lead := datelineEnd(s)
	for j := k - 1; j >= lead && j >= k-5; j-- {
		t := &s.toks[j]
		switch {
		case t.low == "," || t.low == "—" || t.low == "-":
			return true
		case t.kind != tWord || s.is(j, cPlacePrep) || phrasePreps[t.low] || objectPreps[t.low] || t.low == "by":
			return false
		}
		if j == lead {
			return true
		}
	}
	return k == lead
}

// agentNoun reports whether w names one who acts by its ending: "operator",
// "regulator", "contractor".
func agentNoun(w string) bool {
	return len(w) > 5 && strings.HasSuffix(w, "ator") || strings.HasSuffix(w, "ctor")
}

// wherePlacePreps open a phrase that says where something happened: "off
// the coast", "near the border crossing", "in rough seas". They are not
// placePreps, which fill a claim's place slot with the name after them:
// "behind" and "beside" also stand before people ("finished behind Mira
// Halvard"), and "from", "to" and "into" say where to or from, not where.
var wherePlacePreps = map[string]bool{"in": true, "near": true, "off": true, "outside": true, "inside": true, "over": true,
	"along": true, "across": true, "at": true, "beside": true, "behind": true}

// nearPreps are the prepositions of wherePlacePreps that always say
// where, whatever their noun: "touched down near the Moon's south pole".
var nearPreps = map[string]bool{"near": true, "outside": true, "beside": true, "behind": true}

// wherePhrase returns the preposition of the place phrase whose noun is
// token k, a place word (lexicon.PlaceWords: "coast", "border", "seas")
// or a word before a name ("northern" in "in northern Valdoria"), with at
// most three words (articles, adjectives, names, a possessor) between
// them, or -1 when k is no such noun. A word in "-ed" or a number is taken
// for a verb or a figure, which no place phrase holds.
func (x *Extractor) wherePhrase(s *sentence, k int) int {
	name := k+1 < len(s.toks) && s.toks[k+1].kind == tWord && s.toks[k+1].upper // "in northern Valdoria"
	// "in the Ostrenian capital": a capital is a place, though no name ends in it.
	placeWord := name || s.is(k, cPlaceWord) || x.lx.Has(lexicon.PlaceWords, lemma(x.lx, s.lw[k])) || s.lw[k] == "capital"
	if k < 1 {
		return -1
	}
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		t := s.toks[j]
		switch {
		case (wherePlacePreps[t.low] || t.low == "from") && (placeWord || nearPreps[t.low]):
			// "grounded all departures from the airport ... on Tuesday":
			// where from is a place phrase too, though "Gunmen from the
			// Kuvari Front on Friday released" still name a subject.
			if j > 0 && s.toks[j-1].kind == tPunct {
				return -1 // ", in the largest protest since 2019": the clause's own phrase
			}
			return j
		case determiner(t.low) || t.low == "'s": // "at its Brennock plant"
		case t.kind != tWord || t.cls&(cStop|cNumStart|cMeasures) != 0 || pastForm(t.low):
			return -1
		}
	}
	return -1
}

// byPerformer returns the token of "by" when the word at token k heads a
// phrase of "by" that names who performs the noun before it ("a concert
// by pop singer Isra Deloune", "a speech by the president"), or -1. After
// a verb the phrase names an agent ("killed by a car bomb"), whose noun
// the date may well mean.
func byPerformer(s *sentence, k int) int {
	for j := k - 1; j >= 1 && j >= k-3; j-- {
		t := s.toks[j]
		switch {
		case t.low == "by":
			p := s.toks[j-1]
			if p.kind != tWord || p.upper || p.cls&cStop != 0 || beAux[p.low] || pastForm(p.low) || participles[p.low] || bareParticiples[p.low] {
				return -1
			}
			return j
		case determiner(t.low) || t.kind == tWord && !t.upper && t.cls&cStop == 0:
		default:
			return -1
		}
	}
	return -1
}

// bareParticiples are past participles spelled as their verb, which
// neither pastForm nor participles tell: "Fines set by the regulator".
var bareParticiples = map[string]bool{"set": true, "hit": true, "cut": true}

// pastForm reports whether w looks like a past form of a verb: "reached",
// "killed".
func pastForm(w string) bool { return len(w) > 4 && strings.HasSuffix(w, "ed") }

// headBeforePhrase returns the head of the noun phrase whose last word
// is token k, when that word ends an "of", "for", "on" or "into" phrase
// after the head ("a vigil for the victims", "the funeral of two
// firefighters", "the hearing on the accident", "a hearing for Kellerman
// and six of the other defendants": the first such head); else k. A
// word of a part of a time ("the last day of production") is no head.
func headBeforePhrase(s *sentence, k int) int {
	head := k
	for j := k - 1; j > 0 && j >= k-10; j-- {
		switch t := s.toks[j]; {
		case t.low == "of" || t.low == "for" || t.low == "on" || t.low == "into":
			if h := s.toks[j-1]; h.kind == tWord && !h.upper && h.cls&cStop == 0 && !timeParts[h.low] {
				head = j - 1
			}
		case t.kind != tWord || t.cls&cBeAux != 0 || verbForm(t.low) && !t.upper ||
			t.cls&cStop != 0 && !determiner(t.low) && t.low != "and" && t.low != "other" && t.low != "all" && t.low != "both":
			return head
		}
	}
	return head
}

// timeParts are nouns of a part of a span of time, which the phrase
// after them names: "the last day of production".
var timeParts = map[string]bool{"day": true, "date": true, "time": true, "start": true, "end": true, "rest": true}

// nameEndingAt returns, in lower case, the run of capitalized words that
// ends at token k, without a leading stop word: "osk marathon".
func nameEndingAt(s *sentence, k int) string {
	j := k
	for j > 0 && s.toks[j-1].kind == tWord && s.toks[j-1].upper && s.toks[j-1].cls&cStop == 0 {
		j--
	}
	return strings.Join(s.lw[j:k+1], " ")
}

// ownedByDate returns the noun a date that ends before token b owns with
// "'s" ("Sunday's program", "Saturday's partial collapse", "Sunday's
// morning launch"), or "". The noun is the first word after "'s" unless
// that word modifies the next (see ownedModifier) or the next is an event
// ("Saturday's stand collapse"); another word after it is another
// clause's verb: "Sunday's result means", "Last year's festival drew".
func (x *Extractor) ownedByDate(s *sentence, b int) string {
	noun := func(k int) bool {
		return k < len(s.lw) && s.toks[k].kind == tWord && !s.toks[k].upper && !s.is(k, cStop|cBeAux)
	}
	if b+1 >= len(s.lw) || s.lw[b] != "'s" || !noun(b+1) {
		return ""
	}
	k := b + 1
	for n := 0; n < 2 && noun(k+1) && (x.ownedModifier(s.lw[k]) || x.eventAt(s, k+1)); n++ {
		k++ // "Sunday's morning launch", "Saturday's stand collapse"
	}
	return lemma(x.lx, s.lw[k])
}

// ownedModifier reports whether w, after a date's "'s", reads as a word
// that modifies a noun after it: a part of the day ("morning launch"), a
// participle ("rescued drivers", "opening match"), a compound ("three-day
// festival"), a rank ("fourth straight win") or an adjective by its
// ending ("partial collapse", "annual parade", "massive fire"; not
// "festival drew").
func (x *Extractor) ownedModifier(w string) bool {
	if x.lx.Has(lexicon.DayParts, w) || pastForm(w) || strings.HasSuffix(w, "ing") || adjectival(w) ||
		strings.Contains(w, "-") || x.lx.Has(lexicon.RankWords, w) || x.ordinalWord(w) {
		return true // "three-day festival", "fourth straight win"
	}
	for _, e := range [...]string{"ial", "ual", "ical", "onal", "ic", "ary", "ern"} {
		if strings.HasSuffix(w, e) && len(w) > len(e)+2 {
			return true
		}
	}
	return false
}

// eventAt reports whether the events list has a one-word event at token
// k: the head of a compound that names one ("stand collapse", "gas
// explosion").
func (x *Extractor) eventAt(s *sentence, k int) bool {
	_, n := x.lx.Table(lexicon.Events).Match(s.lw, k)
	return n == 1
}

// ordinalWord reports whether w is an ordinal in words: "fourth".
func (x *Extractor) ordinalWord(w string) bool {
	_, ok := x.num.ordinalValue(w)
	return ok
}

// fromOutset reports whether token k ends "from the start", "from the
// beginning", "from the outset" or "from scratch": how an act is done
// again, no event of its own.
func fromOutset(lw []string, k int) bool {
	switch lw[k] {
	case "start", "beginning", "outset":
		return k >= 2 && lw[k-1] == "the" && lw[k-2] == "from"
	case "scratch":
		return k >= 1 && lw[k-1] == "from"
	}
	return false
}

// takeForms are the forms of "take" in "take place".
var takeForms = map[string]bool{"take": true, "takes": true, "took": true, "taken": true, "taking": true}

// clauseEvent returns the event of a clause that the date at [a, b) opens:
// after a clause word or a comma, or at the start of the sentence, and
// before a subject (a pronoun or a name) and a measure or an event word:
// "when in July 1967 he escaped", "In 2019, Osk Bank cut 300 jobs".
func (x *Extractor) clauseEvent(s *sentence, a, b int) (string, bool) {
	k := a - 1
	if k >= 0 && x.datePrep(s, k) != "" {
		k--
	}
	if k >= 0 && s.lw[k] != "," && !clauseOpeners[s.lw[k]] {
		return "", false
	}
	j := b
	if j < len(s.lw) && s.lw[j] == "," {
		j++
	}
	switch {
	case j < len(s.lw) && pronouns[s.lw[j]]:
		j++
	default:
		e := j
		for e < len(s.toks) && e-j < 3 && s.toks[e].kind == tWord && s.toks[e].upper && s.toks[e].cls&cStop == 0 {
			e++
		}
		if e == j {
			return "", false
		}
		j = e
	}
	if m, n := x.measureAt(s, j); n > 0 {
		return m, true
	}
	if ev, n := x.lx.Table(lexicon.Events).Match(s.lw, j); n > 0 {
		return ev, true
	}
	return "", false
}

// clauseOpeners start a clause a date may open: "when in July 1967 he
// escaped".
var clauseOpeners = map[string]bool{"when": true, "after": true, "before": true, "until": true, "as": true, "while": true}

// pronouns may be the subject of a clause.
var pronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true}

// objectPreps open the object of a verb that a noun can stand in:
// "convicted on charges", "killed in an attack", "escaped from prison".
// Not "to", which is mostly the infinitive's: "a loan to meet its needs".
var objectPreps = map[string]bool{"on": true, "of": true, "for": true, "over": true, "in": true, "with": true,
	"at": true, "against": true, "into": true, "from": true}

// verbOverObject returns what matchAt reads of a verb whose prepositional
// object ends at token k: the measure of "convict X on the murder
// charges", "killed in an attack", or the event of "escaped from a North
// Carolina prison" (lexicon.Events). A date after such a phrase dates the
// verb's act, not the noun. The object is a preposition and at most three
// words before the noun; the verb stands at most six tokens before the
// preposition, in the same clause, and no earlier than token lo. It also
// returns the verb's token, or -1 when there is no such verb.
func (x *Extractor) verbOverObject(s *sentence, k, lo int, matchAt func(j int) (string, int)) (string, int) {
	if k < 1 {
		return "", -1
	}
	p := -1 // the preposition
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		t := s.toks[j]
		if t.kind != tWord {
			return "", -1
		}
		if objectPreps[t.low] {
			p = j
			break
		}
	}
	for j := p - 1; p > 0 && j >= max(lo, 0) && j >= p-6; j-- {
		t := s.toks[j]
		if t.kind == tPunct || clauseStops[t.low] || t.cls&cConnector != 0 {
			break
		}
		if m, n := matchAt(j); n > 0 && j+n <= p {
			return m, j
		}
	}
	return "", -1
}

// resolveDate fills Lo and Hi (days since 1970-01-01) when the date is
// fully known, or can be worked out from the publication date.
func (x *Extractor) resolveDate(v *model.Value, pub time.Time) {
	d := v.Date
	day := func(t time.Time) float64 { return float64(t.Unix() / 86400) }
	switch {
	case d.Year != 0 && d.Month != 0 && d.Day != 0:
		t := time.Date(int(d.Year), time.Month(d.Month), int(d.Day), 0, 0, 0, 0, time.UTC)
		v.Lo, v.Hi, v.Resolved = day(t), day(t), true
	case d.Year != 0 && d.Month != 0:
		t := time.Date(int(d.Year), time.Month(d.Month), 1, 0, 0, 0, 0, time.UTC)
		v.Lo, v.Hi, v.Resolved = day(t), day(t.AddDate(0, 1, -1)), true
	case d.Year != 0:
		t := time.Date(int(d.Year), 1, 1, 0, 0, 0, 0, time.UTC)
		v.Lo, v.Hi, v.Resolved = day(t), day(t.AddDate(1, 0, -1)), true
	case d.Relative != "" && !pub.IsZero():
		p := time.Date(pub.Year(), pub.Month(), pub.Day(), 0, 0, 0, 0, time.UTC)
		if from, to, ok := x.lx.RelativeDate(d.Relative); ok {
			v.Lo, v.Hi, v.Resolved = day(p.AddDate(0, 0, from)), day(p.AddDate(0, 0, to)), true
		} else if d.Horizon {
			var n float64
			var unit string
			if _, err := fmt.Sscanf(d.Relative, "next %g %s", &n, &unit); err == nil {
				u, _ := x.lx.Unit(unit) // a unit the lexicon no longer has resolves to publication
				days := n * u.Factor
				end := p.AddDate(0, 0, int(days))
				v.Lo, v.Hi, v.Resolved = day(end), day(end), true
			}
		}
	}
	if d.Horizon && v.Resolved && d.Relative == "" {
		v.Lo = v.Hi // "through 2026" ends on the last day of 2026
	}
}

// resolveAgo places a date that lies back days before publication
// ("three years ago") on the calendar, when the publication date is known
// and the span is finite.
func resolveAgo(v *model.Value, back [2]float64, pub time.Time) {
	if pub.IsZero() || math.IsInf(back[1], 0) || math.IsNaN(back[1]) || back[1] > maxBackDays {
		return
	}
	p := float64(time.Date(pub.Year(), pub.Month(), pub.Day(), 0, 0, 0, 0, time.UTC).Unix() / 86400)
	v.Lo, v.Hi, v.Resolved = p-back[1], p-back[0], true
}

// maxBackDays bounds how far back an "ago" date is placed: the age of
// the universe.
const maxBackDays = 14e9 * 365.25

// dateText writes a date for people: "2022-02-24", "2022-02", "the 20th",
// "Saturday", "last week", "through 2026".
func dateText(d model.DateParts) string {
	var s string
	switch {
	case d.Relative != "":
		s = d.Relative
	case d.Year != 0 && d.Month != 0 && d.Day != 0:
		s = fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
	case d.Year != 0 && d.Month != 0:
		s = fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	case d.Month != 0 && d.Day != 0:
		s = fmt.Sprintf("%s %d", time.Month(d.Month), d.Day)
	case d.Year < 0:
		s = fmt.Sprint(-d.Year, " BC")
	case d.Year != 0 && d.Year < 1000:
		s = fmt.Sprint("AD ", d.Year)
	case d.Year != 0:
		s = fmt.Sprint(d.Year)
	case d.Month != 0:
		s = time.Month(d.Month).String()
	case d.Day != 0:
		s = fmt.Sprintf("the %d%s", d.Day, ordSuffix(int(d.Day)))
	case d.Weekday != 0:
		s = time.Weekday(d.Weekday % 7).String()
	}
	if d.Horizon && d.Relative == "" {
		s = "through " + s
	}
	return s
}

func ordSuffix(n int) string {
	if n%100 >= 11 && n%100 <= 13 {
		return "th"
	}
	switch n % 10 {
	case 1:
		return "st"
	case 2:
		return "nd"
	case 3:
		return "rd"
	}
	return "th"
}

// relativeTimes place a unit of time against another time: "the following
// year", "that month". ("The same week last year" is left to the words
// before it.)
var relativeTimes = map[string]bool{"following": true, "next": true, "previous": true, "that": true, "this": true, "last": true}
