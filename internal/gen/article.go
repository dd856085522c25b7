package gen

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"
)

// generator holds the random source and the names used so far.
type generator struct {
	r     *rand.Rand
	names *namer
}

// event is what every article of a cluster reports on.
type event struct {
	att, def                  country
	city, otherCity, talks    string
	minister, envoy, governor person
	party                     string

	launched, missiles, intercepted int
	killed, otherKilled             int
	week, counter                   int
	initial, revised                int
	month                           time.Month
	day                             int
}

func (g *generator) event() *event {
	r := g.r
	e := &event{
		att: g.names.country(), def: g.names.country(),
		city: g.names.city(), otherCity: g.names.city(), talks: g.names.city(),
		minister: g.names.person(), envoy: g.names.person(), governor: g.names.person(),
		party: g.names.fresh(func() string { return g.names.syllables(2) }) + " " + g.names.pick(partyKind),
	}
	e.launched = 30 + r.IntN(370)
	e.missiles = 2 + r.IntN(11)
	e.intercepted = e.launched*6/10 + r.IntN(e.launched*35/100)
	e.killed = 8 + r.IntN(33)
	e.otherKilled = 2 + r.IntN(6)
	e.week = e.launched*4 + r.IntN(e.launched*4)
	e.counter = 10 + r.IntN(80)
	if e.counter == e.launched {
		e.counter++
	}
	e.initial = (10 + r.IntN(21)) * 1000
	e.revised = e.initial - (1+r.IntN(5))*1000
	e.month = time.Month(1 + r.IntN(12))
	e.day = 1 + r.IntN(25)
	return e
}

// variant says which disagreements one article carries.
type variant struct {
	wrongKilled  int  // a different death toll, or 0
	former       bool // calls the sitting defense minister "former"
	dayShift     int  // days added to the date the talks began
	wrongSummary int  // a different interception figure in Key Takeaways, or 0
}

// facts records the line of each statement an article makes; a Side with
// Line 0 was not written.
type facts struct {
	file                              string
	launch, intercept, bullet, killed Side
	role, date, counter, week, other  Side
	initial, revised, twoRoles        Side
	takeaways                         bool
}

// ref asks for the line a value is written on to be stored in dst.
type ref struct {
	dst   *Side
	value string
}

// para is one paragraph of body text: one line of the file.
type para struct {
	text string
	refs []ref
}

var smallNumbers = [...]string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}

// num writes n in digits, or sometimes in words when it is ten or less.
func (g *generator) num(n int) string {
	if n <= 10 && g.r.IntN(2) == 0 {
		return smallNumbers[n]
	}
	return commas(n)
}

func commas(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

func (g *generator) one(options ...string) string { return options[g.r.IntN(len(options))] }

// fill replaces {name} placeholders from the pairs old, new.
func fill(template string, pairs ...string) string {
	return strings.NewReplacer(pairs...).Replace(template)
}

// cluster appends size articles about one new event to c.
func (g *generator) cluster(c *Corpus, id, size int) {
	r := g.r
	e := g.event()
	vs := make([]variant, size)
	qm, rc, dm := -1, -1, -1
	if size >= 2 && r.IntN(2) == 0 {
		qm = r.IntN(size)
		vs[qm].wrongKilled = e.killed * (4 + r.IntN(3)) / 10
	}
	if size >= 2 && r.IntN(5) < 2 {
		rc = r.IntN(size)
		vs[rc].former = true
	}
	if size >= 2 && r.IntN(5) < 2 {
		dm = r.IntN(size)
		vs[dm].dayShift = 1 + r.IntN(3)
	}
	for i := range vs {
		if r.IntN(4) == 0 {
			vs[i].wrongSummary = e.intercepted - 5 - r.IntN(11)
		}
	}

	fs := make([]*facts, size)
	for i := range vs {
		name := fmt.Sprintf("%06d.txt", len(c.Files)+1)
		f, text := g.article(e, vs[i], name)
		fs[i] = f
		c.Files = append(c.Files, File{Name: name, Text: text})
		c.Truth.Files[name] = id
	}

	t := &c.Truth
	against := func(odd int, side func(*facts) Side) []Side {
		out := []Side{side(fs[odd])}
		for i, f := range fs {
			if i != odd {
				out = append(out, side(f))
			}
		}
		return out
	}
	if qm >= 0 {
		t.Disagreements = append(t.Disagreements, Case{QuantityMismatch, id, against(qm, func(f *facts) Side { return f.killed })})
	}
	if rc >= 0 {
		t.Disagreements = append(t.Disagreements, Case{RoleConflict, id, against(rc, func(f *facts) Side { return f.role })})
	}
	if dm >= 0 {
		t.Disagreements = append(t.Disagreements, Case{DateMismatch, id, against(dm, func(f *facts) Side { return f.date })})
	}
	for i, f := range fs {
		if vs[i].wrongSummary != 0 && f.takeaways {
			t.Disagreements = append(t.Disagreements, Case{SummaryVsBody, id, []Side{f.bullet, f.intercept}})
		}
	}

	// A lookalike's first side is the statement that looks like a
	// disagreement; the others are every statement of the cluster it could
	// be mistaken for.
	every := func(side func(*facts) Side) []Side {
		var out []Side
		for _, f := range fs {
			if s := side(f); s.Line > 0 {
				out = append(out, s)
			}
		}
		return out
	}
	launches := every(func(f *facts) Side { return f.launch })
	kills := every(func(f *facts) Side { return f.killed })
	revised := every(func(f *facts) Side { return f.revised })
	roles := every(func(f *facts) Side { return f.role })
	for _, f := range fs {
		if f.counter.Line > 0 {
			t.Lookalikes = append(t.Lookalikes, Case{DifferentActor, id, append([]Side{f.counter}, launches...)})
		}
		if f.other.Line > 0 {
			t.Lookalikes = append(t.Lookalikes, Case{DifferentPlace, id, append([]Side{f.other}, kills...)})
		}
		if f.week.Line > 0 {
			t.Lookalikes = append(t.Lookalikes, Case{DifferentPeriod, id, append([]Side{f.week}, launches...)})
		}
		if f.initial.Line > 0 {
			t.Lookalikes = append(t.Lookalikes, Case{DifferentVersion, id, append([]Side{f.initial}, revised...)})
		}
		if f.twoRoles.Line > 0 {
			t.Lookalikes = append(t.Lookalikes, Case{TwoRoles, id, append([]Side{f.twoRoles}, roles...)})
		}
	}
}

// article writes one article about e with the disagreements of v.
func (g *generator) article(e *event, v variant, name string) (*facts, string) {
	r := g.r
	f := &facts{file: name}
	pairs := []string{
		"{Att}", e.att.Name, "{AttAdj}", e.att.Adj, "{Def}", e.def.Name, "{DefAdj}", e.def.Adj,
		"{City}", e.city, "{Other}", e.otherCity, "{Talks}", e.talks,
		"{Minister}", e.minister.Full(), "{MinisterLast}", e.minister.Last,
		"{Envoy}", e.envoy.Full(), "{Governor}", e.governor.Full(), "{Party}", e.party,
		"{N}", commas(e.launched), "{K}", commas(e.intercepted), "{M}", g.num(e.missiles),
		"{launched}", g.one("launched", "fired", "sent"),
	}
	say := strings.NewReplacer(pairs...).Replace

	var lines []string
	emit := func(p para) {
		lines = append(lines, p.text)
		for _, rf := range p.refs {
			*rf.dst = Side{File: name, Line: len(lines), Value: rf.value}
		}
	}

	// Headline.
	emit(para{text: say(g.one(
		"Drone strikes hit {Def} as talks stall in {Talks}",
		"{Att} launches {N} drones at {Def} overnight",
		"Deadly strike on {City} clouds talks in {Talks}",
		"{DefAdj} air defenses down most drones in overnight attack",
	))})

	// Key Takeaways.
	if r.IntN(2) == 0 {
		f.takeaways = true
		lines = append(lines, "", g.one("Key Takeaways", "Key takeaways", "Story highlights"))
		k := e.intercepted
		if v.wrongSummary != 0 {
			k = v.wrongSummary
		}
		bullets := []para{
			{say(fmt.Sprintf("- {DefAdj} air defenses intercepted %s of {N} drones overnight.", commas(k))),
				[]ref{{&f.bullet, commas(k)}}},
			{text: say("- Talks in {Talks} have stalled over security guarantees.")},
			{text: say("- {Att} denies targeting civilian areas of {City}.")},
		}
		extra := bullets[1+r.IntN(2)]
		if r.IntN(2) == 0 {
			emit(bullets[0])
			emit(extra)
		} else {
			emit(extra)
			emit(bullets[0])
		}
	}

	body := []para{}
	// The attack.
	lead := g.one(
		"{Def}'s air force said {Att} {launched} {N} drones and {M} missiles overnight, {K} of which were intercepted or jammed.",
		"{Att} {launched} {N} drones and {M} missiles at {Def} overnight, according to the {DefAdj} air force, which said {K} were shot down.",
		"Air defenses intercepted {K} of the {N} drones that {Att} {launched} overnight, the {DefAdj} military said, adding that {M} missiles were also fired.",
		"Overnight, {N} drones and {M} missiles were launched by {Att}, {DefAdj} officials said; {K} of the drones were downed or jammed.",
	)
	lead = say(lead)
	leadPara := para{lead, []ref{{&f.launch, commas(e.launched)}, {&f.intercept, commas(e.intercepted)}}}

	// The toll.
	var toll para
	if v.wrongKilled > 0 {
		d := g.num(v.wrongKilled)
		toll = para{say(fill(g.one(
			"The strikes killed {D} people in {City}, according to regional governor {Governor}.",
			"Governor {Governor} said {D} people died in {City} when a drone struck an apartment block.",
		), "{D}", d)), []ref{{&f.killed, d}}}
	} else {
		d := commas(e.killed)
		switch r.IntN(4) {
		case 0:
			toll = para{say("At least " + d + " people were killed in {City}, officials said."), nil}
		case 1:
			toll = para{say("Governor {Governor} said " + d + " people died in {City} when a drone struck an apartment block."), nil}
		case 2:
			toll = para{say("The strikes killed " + d + " people in {City}, according to regional governor {Governor}."), nil}
		default:
			d = commas(e.killed - 1 - r.IntN(2))
			toll = para{say("In {City}, more than " + d + " people were killed, emergency services said."), nil}
		}
		toll.refs = []ref{{&f.killed, d}}
	}
	body = append(body, toll)

	// The minister.
	var role para
	if v.former {
		t := g.one("Former Defense Minister {Minister} said the attack showed that {Att} was not serious about the talks.|Former Defense Minister",
			"{Minister}, {Def}'s former defense minister, told reporters the attack “changes nothing.”|former defense minister")
		text, val, _ := strings.Cut(t, "|")
		role = para{say(text), []ref{{&f.role, val}}}
	} else {
		t := g.one("Defense Minister {Minister} said the attack showed that {Att} was not serious about the talks.|Defense Minister",
			"{Minister}, {Def}'s defense minister, told reporters the attack “changes nothing.”|defense minister",
			"The attack shows {Att} is “not serious about peace,” according to Defense Minister {Minister}.|Defense Minister")
		text, val, _ := strings.Cut(t, "|")
		role = para{say(text), []ref{{&f.role, val}}}
	}
	body = append(body, role)

	// The talks.
	day := fmt.Sprintf("%s %d", e.month, e.day+v.dayShift)
	body = append(body, para{say(fill(g.one(
		"The talks in {Talks}, which began on {Date}, have made little progress.",
		"Negotiators first met in {Talks} on {Date}, but the talks have stalled.",
		"Since talks opened in {Talks} on {Date}, the two delegations have met only in the presence of mediators.",
	), "{Date}", day)), []ref{{&f.date, day}}})
	body = append(body, para{text: say(g.one(
		"{Att}'s chief negotiator, {Envoy}, said last week that a ceasefire was “within reach.”",
		"Chief negotiator {Envoy} told {AttAdj} state media last week that the talks would continue.",
	))})

	// Lookalikes.
	if r.IntN(2) == 0 {
		y := g.num(e.otherKilled)
		body = append(body, para{say("In a separate strike on {Other}, " + y + " people were killed, local officials said."), []ref{{&f.other, y}}})
	}
	if r.IntN(2) == 0 {
		w := commas(e.week)
		body = append(body, para{say(g.one("In a single week, {Att} has {launched} more than ", "Over the past week, {Att} {launched} ") + w + " drones at {Def}, the air force said."), []ref{{&f.week, w}}})
	}
	if r.IntN(2) == 0 {
		x := commas(e.counter)
		body = append(body, para{say("The {DefAdj} military said its own forces {launched} " + x + " drones at fuel depots inside {Att}."), []ref{{&f.counter, x}}})
	}
	if r.IntN(3) == 0 {
		i, rv := commas(e.initial), commas(e.revised)
		body = append(body,
			para{say("Under the initial plan, " + i + " peacekeepers would have been deployed along the front line."), []ref{{&f.initial, i}}},
			para{say("The revised plan, circulated in {Talks} this week, calls for " + rv + " peacekeepers."), []ref{{&f.revised, rv}}})
	}
	if r.IntN(3) == 0 && !v.former {
		t := g.one("{MinisterLast}, who also leads the {Party} party, has faced criticism at home over the air defenses.|leads the {Party} party",
			"As chairman of the {Party} party, {MinisterLast} has pressed for more air defense funding.|chairman")
		text, val, _ := strings.Cut(t, "|")
		body = append(body, para{say(text), []ref{{&f.twoRoles, say(val)}}})
	}

	// Background.
	fillers := []string{
		"Residents spent the night in shelters as sirens sounded across the region.",
		"Officials from both sides have traded accusations over who is to blame for the lack of progress.",
		"Analysts said the timing of the attack appeared designed to put pressure on negotiators.",
		"Power was cut to parts of {City} for several hours, the local utility said.",
		"{Att}'s foreign ministry did not respond to a request for comment.",
		"Diplomats in {Talks} said a new round of meetings could take place as soon as next month.",
	}
	for _, k := range r.Perm(len(fillers))[:1+r.IntN(3)] {
		body = append(body, para{text: say(fillers[k])})
	}
	// Some paragraphs run on with a sentence that states nothing checkable.
	followUps := []string{
		"It was one of the heaviest attacks in months.",
		"Emergency crews worked through the morning.",
		"The claim could not be independently verified.",
		"Neither side commented on the figures.",
		"Officials gave no further details.",
	}
	for i := range body {
		if r.IntN(3) == 0 {
			body[i].text += " " + followUps[r.IntN(len(followUps))]
		}
	}

	// The lead stays first; the rest comes in any order, except that the
	// revised plan follows the initial one.
	r.Shuffle(len(body), func(i, j int) { body[i], body[j] = body[j], body[i] })
	for i := range body {
		if len(body[i].refs) > 0 && body[i].refs[0].dst == &f.revised {
			for j := i + 1; j < len(body); j++ {
				if len(body[j].refs) > 0 && body[j].refs[0].dst == &f.initial {
					body[i], body[j] = body[j], body[i]
				}
			}
		}
	}
	lines = append(lines, "")
	emit(leadPara)
	for _, p := range body {
		lines = append(lines, "")
		emit(p)
	}
	return f, strings.Join(lines, "\n") + "\n"
}
