package extract

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/reconcile-news/reconcile/model"
	"github.com/reconcile-news/reconcile/reconcile/lexicon"
)

// figure is a number read in a sentence, with the noun phrase it counts.
type figure struct {
	n           number
	a, b        int          // the figure's tokens, hedge included
	c           int          // end of its noun phrase
	thing       string       // what is counted, canonical
	head        string       // the noun phrase's head word as written, when not a known thing
	orig        string       // origin: "Ukrainian drones" -> "ukraine"
	of          int          // index of the figure this one is part of, or -1
	which       bool         // "63 of which": an ellipsis that refers back
	whole       bool         // the whole a part is taken from: "54" in "52 of the 54 seats"
	wholeAt     int          // for a part, the token where its whole's figure starts, or -1
	asideEnd    int          // the token after a breakdown between commas that follows the figure, or 0
	back        *model.Claim // "a dozen of them": an earlier sentence's figure this one is part of
	nounMeasure string       // a measure noun that names what is counted: "employ" for "500 workers"
	dim         string       // the dimension a length names after it ("60 meters long": "length"), for want of a thing
	npMeasure   string       // a casualty said of the counted noun: "injure" for "12 injured people"
	more        bool         // counted beyond others: "three more bodies", "12 other vehicles", "four others"
	qualifies   bool         // the figure qualifies the noun after it: "a 20-point plan", "a five-storey building"
	ownPeriod   string       // a period written as an adjective of the counted noun: "day" for "140 daily services"
	tentative   bool         // "one Venezuelan and ...": kept only if the figure after it names what it counts
	ofEconomy   bool         // a share of a whole economy's output: "2.1% of GDP"
	kind        model.ValueKind
	unit        string
	unitName    string // for a duration or a measurement, the unit as written, canonical: "year", "mile"
	unitEnd     int    // end of a unit written right after the figure ("two hours"), which the quote takes in; 0 for none
	scale       float64
	hedge       string
}

// quantities reads the counts, amounts, shares, ages and durations of s
// and appends them to dst.
func (x *Extractor) quantities(dst []model.Claim, s *sentence, st *docState) []model.Claim {
	figs := x.figures(s, st)
	if len(figs) == 0 {
		return dst
	}
	x.frameClaims(s, st)
	base := len(dst)
	dst = slices.Grow(dst, len(figs))
	out := dst[base:base] // appends fill dst's spare capacity
	sc := s.sc
	ids := slices.Grow(sc.ids[:0], len(figs))[:len(figs)]
	sites := slices.Grow(sc.sites[:0], len(figs))[:len(figs)]
	sc.ids, sc.sites = ids, sites
	framing, periodDone := "", false // the sentence's framing period; see framePeriod
	var frameSpan [2]int             // where framing stands, when it is a window
	frameAt := 0                     // the token framing starts at
	stamped := x.tallyStamp(s)       // "As of 14:30, ...": the figures are running totals
	contrast, scanned := -1, 0       // the last "while" before the figure, and how far it was looked for
	for fi := range figs {
		f := &figs[fi]
		if f.thing == temperatureThing {
			belowZero(s, f)
		}
		lo, hi := 0, len(s.toks)
		if fi > 0 {
			lo = figs[fi-1].c
		}
		if fi+1 < len(figs) {
			hi = figs[fi+1].a
		}
		// "144 died in Myanmar, while Thailand reported 10 deaths": the
		// clause of contrast a figure stands in, if any (contrastPlace),
		// looked for once between one figure and the next.
		for k := f.a - 1; k >= scanned; k-- {
			if s.lw[k] == "while" || s.lw[k] == "whereas" {
				contrast = k
				break
			}
		}
		scanned = f.a
		c := s.claimBase(model.QuantityClaim, f.a, max(f.n.j, f.b, f.unitEnd))
		c.ID = tmpID(c.Span.Start.Offset)
		ids[fi] = c.ID
		if f.kind == model.Amount && f.n.rate == "" && sharePrice(s.lw, f.a) && !strings.HasSuffix(f.unit, "/"+perShare) {
			f.unit += "/" + perShare // "Lunsford's closing price of $30.32"
		}
		if f.kind == model.Amount && f.n.rate == "" && !strings.Contains(f.unit, "/") {
			if p := rateAdjective(s.lw, f.a, f.c); p != "" {
				// "$12 million in yearly revenue", "an annual salary of
				// $150,000": a rate, as "$150,000 a year" is.
				f.unit += "/" + p
				if f.ownPeriod == "" {
					f.ownPeriod = p
				}
			}
		}
		c.Value = x.value(f)
		c.Subject = f.thing
		if c.Subject == "" {
			c.Subject = f.head
		}
		c.Origin = f.orig
		if by := x.estimator(s, st, f.a); by != "" {
			c.SaidBy = by // "Police put the crowd at 25,000, while organisers said 40,000"
		}
		v := x.findMeasure(s, f, lo, hi)
		c.Measure = v.measure
		if c.Measure == launchMeasure && v.at >= 0 && v.at < f.a {
			// "sending the All-Share Index down 1,148 points": a change.
			if w := directionBetween(s.lw, v.at+1, f.a); w != "" {
				c.Measure = w
			}
		}
		if v.at >= 0 && v.at+1 < len(s.lw) && x.lx.Class(c.Measure) == "change" && movedTo[s.lw[v.at+1]] {
			// "A ransom of $4.5 million was dropped onto the ship's deck":
			// moved, not changed.
			c.Measure = ""
		}
		if f.npMeasure != "" {
			c.Measure = f.npMeasure
		}
		if c.Measure == "" && f.kind == model.Amount && f.a >= 2 && s.lw[f.a-1] == "of" && payments[s.lw[f.a-2]] {
			// "A ransom of $4.5 million was dropped onto the deck": paid,
			// as "a ransom of $3.5 million had been paid".
			c.Measure = "cost"
		}
		if c.Measure == "" && v.at < 0 {
			c.Measure = f.nounMeasure // "the plant has 500 workers"
			if c.Measure == employMeasure && onShift(s.lw, f.c) {
				// "About 320 workers were on the night shift": those at
				// work then, not all the plant employs.
				c.Measure = attendMeasure
			}
			if c.Measure == employMeasure && f.more {
				// "31 other workers underground at the time reached the
				// surface": workers beyond those counted, no workforce.
				c.Measure = ""
			}
		}
		if f.kind == model.Count && ((c.Measure == "" || c.Measure == viewMeasure) && crowdOf(s.lw, f.a, f.c) || watchedBy(s.lw, f.a)) {
			// "Police estimated the crowd at 28,000", "A crowd of 5,000
			// gathered", "A crowd of 54,812 watched", "in front of 58,412
			// spectators": people who took part. "won the title in front
			// of 21,500 fans": the fans won nothing.
			c.Measure = attendMeasure
			if f.thing == "" || f.c > f.a && spectators[s.lw[f.c-1]] {
				c.Subject = "people"
			}
		}
		if f.kind == model.Count && (f.thing == "people" || f.thing == "civilian" || f.thing == "" && f.head == "") && x.populationOf(s.lw, f.a) ||
			f.kind == model.Count && f.thing == "civilian" && (hasBefore(s.lw, f.a) || c.Measure == "" && ownedByName(s, f.a)) {
			// "paralysing Ostrena's capital of 1.8 million people": who
			// lives there, not whom the storm paralysed; "Port Ilvane now
			// has 2.31 million residents".
			c.Measure, c.Subject = populationMeasure, "people"
		}
		if f.nounMeasure != "" && x.lx.Class(c.Measure) == "attack" && x.lx.Class(f.nounMeasure) == "count" {
			c.Measure = f.nounMeasure // "Lyft fired 700 employees": nothing was launched
		}
		c.Actor = x.actorOf(s, st, v, f.a, f.c)
		if c.Actor != "" && f.kind == model.Amount && v.at >= 0 && v.at < f.a && pricedItem(s.lw, v.at, f.a) {
			// "1937 Marchetti Aerodinamica sells for $43.1 million", "a
			// 1937 Italian sports car ... fetching $41.3 million": what
			// was sold, no party to the sale.
			c.Actor = ""
		}
		if c.Actor == "" && v.at < 0 && f.nounMeasure != "" && c.Measure == f.nounMeasure {
			c.Actor = x.holderOf(s, st, f.a) // "Lunsford has about 21,000 employees"
		}
		if c.Actor == "" && v.subject && v.at == f.c && f.a >= 1 && s.is(f.a-1, cSay) && pluralNoun(s.lw[v.at]) && x.lx.Class(v.measure) != "casualty" {
			// "Kessing Auto announced 2,000 job cuts": cuts it makes;
			// "Thailand reported 10 deaths" are no deaths it caused.
			c.Actor = c.SaidBy
		}
		if c.Actor == "" && f.kind == model.Share {
			c.Actor = x.shareOwner(s, st, lo, f.a) // "Ruiz had 55.8% and Sergio Pell 44.2%"
		}
		if c.Actor == "" && f.kind == model.Share && f.a >= 1 && (s.lw[f.a-1] == "his" || s.lw[f.a-1] == "her") {
			c.Actor = rivalOwner(s, st, out) // "Ruiz won with 56% of the vote to his 44%"
		}
		if c.Measure == employMeasure && v.at >= 0 && v.at < f.a && workforceNouns[s.lw[v.at]] && c.Subject != employeeThing {
			// "health workers have given 421,000 doses": the workers
			// gave them; no one was employed.
			c.Measure = ""
		}
		if c.Measure == employMeasure && c.Subject == "people" {
			c.Subject = employeeThing // "employs about 21,000 people" counts its employees
		}
		if f.kind == model.Amount && c.Measure == employMeasure {
			c.Measure = "" // "the winners, all employees of the works, will receive $8.4 million": no one employed
		}
		if f.kind == model.Amount && (c.Measure == "release" || c.Measure == "receive" || c.Measure == "charge") {
			// "released $85 million in emergency funds": money paid out;
			// "will receive a $100,000 bonus": paid to whoever earns it;
			// "to charge motorists ... a £5-a-day congestion charge":
			// what they pay.
			c.Measure = "cost"
		}
		if f.kind == model.Count && c.Subject == pointThing && (pointsDeducted(s.lw, f.a, f.c) || f.head == "deduction") {
			// "docked 10 points", "hit with a 12-point deduction": a
			// penalty, whatever the clause's verb.
			c.Measure = deductMeasure
		}
		if c.Measure == withdrawMeasure && f.kind != model.Amount {
			c.Measure = "" // "11 riders withdrawn from the race": no money taken out
		}
		if f.kind == model.Share && c.Subject == voteThing && (c.Measure == "" || c.Measure == "receive") && tookShare(s.lw, f.a) {
			// "Oyelen took 54.6 percent of the vote" won it, as "won 56.4
			// percent of the vote" did.
			c.Measure = winMeasure
		}
		if f.kind == model.Measurement && f.b > f.n.j && c.Subject != "" && c.Measure != "" && x.lx.Class(c.Measure) != readingClass {
			// "escaped through a 40-metre tunnel": a unit glued to its
			// figure makes the size of the noun after it, which the
			// clause's verb does nothing to; "used a 60-metre tunnel"
			// states the same size.
			c.Measure = ""
		}
		if f.kind == model.Count && c.Measure == "" && orderedCount(s.lw, f.a, f.c) {
			// "had ordered 1.2 million doses": what was ordered, which
			// another report of the order gives alike.
			c.Measure = orderMeasure
		}
		if c.Measure == closeMeasure && (f.kind != model.Count || v.at >= 0 && marketClose(s.lw, v.at+v.n)) {
			// "shares closed down 6.4 percent", "closed at $41.20", "196
			// of the 236 listed companies closed lower": a market's
			// close, no closure of anything.
			c.Measure = ""
		}
		if f.kind == model.Duration && intoJourney(s, f.c) {
			// "44 days into Atlantic crossing", "41 days into their
			// voyage": how long the journey had gone on.
			c.Subject, c.Measure, c.Target = journeyThing, "", ""
		}
		if f.kind == model.Count && c.Measure == "" && c.Subject == "seat" && f.a >= 1 && (holdForms[s.lw[f.a-1]] || governedWith(s.lw, f.a)) {
			// "The coalition holds 86 of the 160 seats": its seats, as
			// another report's "holds 84" are; so are the seats it
			// "governed with".
			c.Measure = holdMeasure
		}
		if f.kind == model.Count && c.Measure == "" && movedToSafety(s.lw, f.a, f.c) {
			// "had moved 412,000 people out of coastal districts": an
			// evacuation, as "412,000 people were evacuated" is.
			c.Measure = rescueMeasure
		}
		if f.kind == model.Amount && c.Measure == "fine" && c.Subject == "money" {
			// "fined it a total of 4.8 million crowns": a fine, as "8.4
			// million crowns in fines" is.
			c.Subject = "fine"
		}
		if f.kind == model.Amount && c.Measure == rescueMeasure {
			// "will save $560 million a year": savings, as "savings of
			// $560 million" are; no one was rescued.
			c.Subject, c.Measure = "saving", ""
		}
		if f.kind == model.Amount && c.Measure == "vote" {
			// "voted last month to approve an $86,000 contract": a sum
			// voted through is one to be spent, not a count of votes
			c.Measure = "cost"
		}
		if f.kind == model.Amount && c.Measure == "" && c.Subject == "money" && offeredFor(s.lw, f.a, f.c) {
			// "which offered €840 million for the lease": the price bid
			// for it, as "the lease fetching €790 million" is.
			c.Measure = "cost"
		}
		if (f.kind == model.Share || f.kind == model.Amount) && x.lx.Class(c.Measure) == "attack" {
			// "inflation hit 7.5%" reached it, "target $650 million in
			// savings" aims at it; nothing was struck
			c.Measure = ""
		}
		if f.kind == model.Amount && c.Subject == "money" && (c.Measure == "cost" || c.Measure == "" || x.lx.Class(c.Measure) == "change") ||
			f.kind == model.Share && c.Subject == "" && c.Measure == "cost" {
			// "will pay £27.90 more a year", "earn $40 less": the
			// change, not the whole bill, whatever verb comes later
			// ("Almost a thousand dollars more a year is the difference
			// between finishing and dropping out"); "will pay 38% more"
			// is a rise of 38%.
			if ch := changeAfter(s.lw, f.n.i, f.c); ch != "" {
				c.Measure = ch
			}
		}
		if f.kind == model.Count && c.Measure == "" && c.Subject != "" && teamOf(s.lw, f.a) {
			// "A team of 85 keepers, police officers and soldiers fanned
			// out": the team's size, which reports of it give alike.
			c.Measure = teamMeasure
		}
		if f.kind == model.Count && (c.Measure == "" || c.Measure == launchMeasure || c.Measure == f.nounMeasure) && (sentToHospital(s.lw, f.a, f.c) || sentHome(s.lw, f.a, f.c)) {
			// "sending four children and the driver to a hospital":
			// taken there, not launched; "sending thousands of pupils
			// home" neither; "sent 13 workers to hospitals" employs
			// none of them.
			c.Measure = ""
		}
		if f.kind == model.Count && c.Measure == "" && (admittedTo(s.lw, f.a, f.c) || takenToHospital(s.lw, f.c) || sentToHospital(s.lw, f.a, f.c)) {
			// "Doctors admitted 17 of the survivors to Dunmarra Regional
			// Hospital", "three passengers were taken to Good Shepherd
			// Medical Center": taken into hospital.
			c.Measure = hospitalizeMeasure
		}
		if f.kind == model.Count && c.Measure == "displace" && fledConfinement(s.lw, v.at) {
			// "23 animals that fled the city zoo", "inmates who fled
			// the jail": out of where they were held, not from home.
			c.Measure = "escape"
		}
		if f.kind == model.Measurement && c.Measure == "escape" && (f.unit == "t" || f.unit == "kg" || f.unit == "l") {
			// "340 tonnes of oil had escaped from two breached tanks": a
			// weight or a volume that escapes has leaked, as prisoners
			// who escape have not.
			c.Measure = spillMeasure
		}
		if f.kind == model.Count && c.Measure == employMeasure && laidOff(s.lw, v.at) {
			// "will lay off 1,150 employees" cuts 1,150 jobs.
			c.Subject, c.Measure = "job", "decrease"
		}
		if f.kind == model.Count && (c.Measure == employMeasure || c.Measure == "") && redundant(s.lw, f.c) ||
			f.kind == model.Count && c.Subject == "job" && (c.Measure == "" && atRisk(s.lw, f.c) || lossOf(s.lw, f.a)) {
			// "410 staff face redundancy", "300 workers will be made
			// redundant", "putting 410 jobs at risk", "with the loss of
			// 460 jobs": jobs cut.
			c.Subject, c.Measure = "job", "decrease"
		}
		if f.kind == model.Count && (c.Measure == "" || c.Measure == employMeasure) && outOfWork(s.lw, f.c) {
			// "puts 430 employees out of work", "has left 430 people out
			// of work": the jobs lost.
			c.Subject, c.Measure = "job", "decrease"
		}
		if f.kind == model.Count && c.Measure == "cost" && v.at >= 0 && (lostJobs(s.lw, v.at) || jobsLost[s.lw[v.at]] && (c.Subject == "job" || costsJobs(s.lw, f.c))) {
			// "340 workers will lose their jobs" are the 340 jobs cut, as
			// are "will cost 140 jobs", "lost 300 jobs" and "will cost 140
			// workers their jobs": jobs are lost, not paid.
			c.Subject, c.Measure = "job", "decrease"
		}
		if f.kind == model.Share && c.Measure == "cost" && v.at >= 0 && v.at < f.a {
			// "voted to raise tuition by 8.5 percent", "lost 8 per cent of
			// its customers": a change, no money raised or lost.
			switch s.lw[v.at] {
			case "raise", "raises", "raised", "raising":
				c.Measure = "increase"
			case "lose", "loses", "lost", "losing":
				c.Measure = "decrease"
			}
		}
		if m := amountMove(s, f); m != "" {
			c.Measure = m // "Average price of unleaded up 3.8p in a fortnight": a rise, no price paid
		}
		if f.kind == model.Amount && f.qualifies && (c.Measure == "" || c.Measure == "cost" && f.head != "" && paidFor(s.lw, f.a)) {
			// "approved a $2.5 billion aid package": a package; "will
			// pay for a €1.5 million switch to LED lighting": the
			// switch's cost, not the whole sum paid.
			c.Subject = f.head
		}
		if f.kind == model.Amount && f.qualifies && moneyKind(f.head) &&
			(c.Measure == "cost" || c.Measure == "" || f.head == prizeThing && x.lx.Class(c.Measure) != "change") {
			// "was awarded a record £14.5million grant": a grant, as
			// "£14.5million in grants" is; awarding it says no more. Nor
			// does winning a prize: "wins £20,000 prize".
			c.Subject, c.Measure = f.head, ""
		}
		if kind := moneyKindAfter(s, f.c); f.kind == model.Amount && c.Subject == "money" && kind != "" {
			// "would pay $8.6 million in compensation", "$40 million in
			// aid", "$650 million in annual cost savings": what the money
			// is, as a "$6.8 million compensation fund" is compensation;
			// paying it says no more.
			c.Subject = kind
			if c.Measure == "cost" {
				c.Measure = ""
			}
		}
		if thing := moneyVerbThings[verbAt(s, v)]; f.kind == model.Amount && c.Subject == "money" && c.Measure == "cost" &&
			(thing == debtThing || thing == lossThing && v.at < f.a) {
			// "The chain owes around £38 million to banks": its debts, as
			// "debts of £58m" are; "Rovers lost £8.4million in 2012-13":
			// a loss, as "reported losses of £8.4million" is ("lost"
			// is read so only before the amount).
			c.Subject, c.Measure = thing, ""
		}
		if f.kind == model.Amount && c.Subject == "money" && c.Measure == "" && owedBefore(s.lw, f.a) {
			// "went into administration, owing creditors €14.6 million":
			// its debts, as "owes €14.6 million to lenders" are.
			c.Subject = debtThing
		}
		if f.kind == model.Amount && moneyNouns[c.Subject] {
			c.Subject = "money" // "sold $3.1 billion of foreign currency": money, as any amount is
		}
		if f.kind == model.Amount && dealNouns[c.Subject] && (c.Measure == "" || c.Measure == "cost") {
			// "revealed the €42 million agreement": what the deal is
			// worth, as "a deal worth €48 million" is.
			c.Subject, c.Measure = "money", "cost"
		}
		if f.kind == model.Amount && payments[c.Subject] && (c.Measure == "" || c.Measure == "cost") {
			// "a €5 million ransom demanded by hackers", "$3 million in
			// ransom": a sum paid or asked for, as "a ransom of €4.5
			// million" is.
			c.Subject, c.Measure = "money", "cost"
		}
		switch f.kind {
		case model.Age:
			c.Measure = "age"
			if h := appositiveHolder(s, st, f); h != "" {
				c.Actor = h // "Mira Tollen, 29,": whose age
			} else if m, ok := personAfterAge(s, f.c); ok {
				c.Actor = st.entityKey(m) // "56-year-old ice technician Aksel Tormundsen"
			} else if m, ok := agedHolder(s, f.a); ok {
				c.Actor = st.entityKey(m) // "Ethan Cordell was 15 when he spotted the bones"
			} else if v := x.vehicleAfter(s, f.c); v != "" {
				c.Actor = v // "the 19-year-old aircraft": a story's one plane
			} else if f.n.lo > model.MaxHumanAge {
				c.Actor = nounAfterAge(s, f.c) // "146-year-old Wisconsin church": no one's age
			}
		case model.Duration, model.Measurement:
			if f.kind == model.Duration && c.Measure == sentenceMeasure && f.thing == "" {
				// "sentenced Piet Oren to 12 years", "was jailed for 10
				// years": a prison term, the term of whoever it was given.
				c.Subject, c.Actor = "prison term", ""
				c.Target = x.sentencedOf(s, st, v)
				break
			}
			if f.kind == model.Duration && f.thing == "" && (inPrison(s.lw, f.c) || facedTerm(s, f)) {
				// "sentenced his co-defendant, Tamsin Roark, 46, to six
				// years in prison": a prison term however far its verb
				// stands, given to the last person named before it; and
				// the term a charge carries ("The conspiracy count
				// carries up to five years").
				c.Subject, c.Measure, c.Actor = "prison term", sentenceMeasure, ""
				if c.Target = x.sentencedOf(s, st, v); c.Target == "" {
					c.Target = lastPersonBefore(s, st, f.a)
				}
				break
			}
			if f.kind == model.Measurement && x.lx.Class(c.Measure) == "change" && x.lx.Class(c.Subject) == weatherClass {
				// "45 centimeters of snow fell": how much fell, no decrease.
				c.Measure = ""
				break
			}
			if f.kind == model.Measurement && c.Subject == "" && rainUnits[f.unitName] && v.at >= 0 && fallForms[s.lw[v.at]] {
				// "286 millimetres fell on the area": millimetres, centimetres
				// or inches that fall are rain, or snow when the sentence
				// says so (a bus that "fell about 150 metres" is neither).
				c.Subject, c.Measure = "rain", ""
				if slices.Contains(s.lw, "snow") || slices.Contains(s.lw, "snowfall") {
					c.Subject = "snow"
				}
				break
			}
			if f.kind == model.Measurement && c.Value.Unit == "ha" && c.Measure != "" && lands[f.head] {
				// "scorched 6,200 hectares of forest and farmland": the
				// area burned, as "blackened 6,800 hectares" is.
				c.Subject = "area"
				break
			}
			if f.kind == model.Measurement && f.head != "" && c.Measure != "" {
				// "was carrying 85,000 tonnes of light crude": what was
				// done with the substance measured, which a cargo is
				// told apart by from a spill.
				break
			}
			if f.kind == model.Measurement && f.dim == "" && (c.Value.Unit == "m" || c.Value.Unit == "ft") && f.a >= 2 && s.lw[f.a-1] == "at" && crests[s.lw[f.a-2]] {
				// "The river crested at 6.8 metres", "peaked at 8.6
				// metres": the height a flood reached, whatever else the
				// clause says.
				c.Measure = crestMeasure
				break
			}
			if f.kind == model.Measurement && c.Value.Unit == "ha" && c.Measure != "" {
				// "has burned 12,000 hectares", "flooded 3,000 acres": the
				// area the act covered.
				c.Subject = "area"
				if (c.Measure == "produce" || x.lx.Class(c.Measure) == "change") && x.namesFire(s) {
					// "The blaze has grown to 4,800 acres": what it burned.
					c.Measure = "burn"
				}
				break
			}
			// "in two days of fighting", "trapped 600 meters underground":
			// a span or size, not what was done. A duration of a thing
			// keeps who does it: Velda and Kastor's 60-day ceasefire is not
			// Marnia and Tolvar's.
			c.Measure = ""
			if f.kind != model.Duration || f.thing == "" {
				c.Actor = ""
			}
			if f.kind == model.Duration && f.thing == "" {
				if st := outOfService(s.lw, f.a); st != "" {
					c.Subject = st // "Systems were down for nine days": how long the outage lasted
				} else if inOffice(s.lw, f.a, f.c) {
					c.Subject = tenure // "after 17 months in office"
				} else if lateBy(s.lw, f.c) {
					c.Subject = "delay" // "four years behind schedule", "six years late"
				} else if st := x.stateOf(s.lw, f.a, f.c); st != "" {
					c.Subject = st // "after 41 days in captivity"
				} else if v := tookTo(s, f.a, f.c); v != "" {
					// "Firefighters took about two hours to bring the blaze
					// under control": how long the act took.
					c.Subject = model.TimeTo + v
				} else if v := doneIn(s, f.a, lo); v != "" {
					c.Subject = model.TimeTo + v // "cleared the stands in 14 minutes"
				} else if h := x.lastingOf(s, f.a, f.c); h != "" {
					c.Subject = h // "nine hours of deliberations", "a pregnancy that lasted 96 days"
				} else if v := x.spanOf(s, f.a, f.c); v != "" {
					c.Subject = v // "stranded for four days", "repairs would take three weeks"
				} else if v := changedBy(s.lw, f.a); v != "" {
					c.Subject = v // "extend measles-rubella drive by three weeks": how long the extension is
				} else if ev := x.eventSince(s, f.c); ev != "" && (f.a == 0 || s.lw[f.a-1] != "for") {
					// "nearly 11 years after it was stolen": the time since
					// the theft; not "clung to a raft for almost five hours
					// after their trawler sank", how long they clung.
					c.Subject = sinceThing + ev
				} else if firstWindow(s.lw, f.a) {
					// "issued 71,400 tickets in their first 12 months": the
					// window of the count before it, named by what it counts.
					for k := len(out) - 1; k >= 0; k-- {
						if (out[k].Value.Kind == model.Count || out[k].Value.Kind == model.Amount) && out[k].Subject != "" {
							c.Subject = out[k].Subject
							break
						}
					}
				}
			}
		}
		if f.back != nil {
			// "A dozen of them were taken to hospital": part of an earlier figure.
			c.Parent = f.back.ID
			if c.Subject == "" && (f.back.Value.Kind == f.kind || f.back.Value.Kind == model.Count) && !(f.kind == model.Count && f.back.Value.Kind == model.Count && f.back.Value.Hi < f.n.lo) {
				// Not a measure's thing: "about 800 meters from the
				// factory gate" counts no "ten or 12 of them"; nor
				// fewer things than the part: "shipped to 11
				// distilleries. About 1,900 of them had been filled".
				c.Subject = f.back.Subject
			}
			if c.Origin == "" {
				c.Origin = f.back.Origin
			}
		}
		x.governed(s, st, f, &c, out)
		if c.Value.Kind == model.Share && c.Subject == totalThing {
			c.Subject = "" // "31,000 of the 212,000 panels, roughly 15 percent of the total"
			if last := lastCount(out); last != nil {
				c.Subject = last.Subject
			}
		}
		if c.Subject == "" && f.dim != "" && f.a >= 2 && s.lw[f.a-1] == "," && s.toks[f.a-2].kind == tWord && !s.toks[f.a-2].upper && !s.is(f.a-2, cStop) {
			// "the tunnel, roughly 47 feet long and barely two feet
			// wide": the size of the noun it is set off from, as a
			// "57-foot tunnel" is.
			c.Subject = lemma(x.lx, s.lw[f.a-2])
		}
		if c.Subject == "" {
			c.Subject = f.dim // "The cut ran roughly 60 meters long"; "The wall is one metre high" is the wall's
		}
		x.financeOf(s, st, f, &c)
		if f.kind == model.Amount && c.Subject == prizeThing && x.lx.Class(c.Measure) != "change" {
			c.Measure = "" // "the award carries a prize of £15,000": the prize, won or offered
		}
		costAt(s, f, &c)
		builtFor(s, f, &c)
		x.estimatedAt(s, f, &c)
		marginBy(s, f, &c)
		x.magnitudeOf(s, st, f, &c)
		if fi == 0 || !bracketed(s, figs[fi-1].c, f.a) { // not "(6 miles)" after "10 km"
			x.depthOf(s, st, f, &c)
		}
		x.bareShare(s, f, &c)
		if f.kind == model.Count && cutOff(s.lw, f.a, f.c) {
			// "cut electricity to 1.2 million customers", "a million
			// customers lost power": how many the outage reached, which
			// "left 1.4 million customers without power" counts too; no
			// reduction, nor a loss of money.
			c.Measure = ""
		}
		if f.of >= 0 {
			parent := &out[f.of]
			c.Parent = ids[f.of]
			if c.Subject == "" {
				c.Subject = parent.Subject
			}
			if c.Origin == "" && c.Measure != parent.Measure && c.Measure != "" {
				c.Origin = parent.Actor // "63 of which were intercepted": Russia's drones
			}
			if c.Origin == "" {
				c.Origin = parent.Origin
			}
			if c.Period == "" {
				c.Period = parent.Period
			}
			if f.kind == model.Amount && c.Measure == "cost" && parent.Measure == "" && f.c < len(s.lw) && s.lw[f.c] == "worth" {
				// "put the total losses at £3.8 million, including about
				// £1.6 million worth of stock": what the part is worth is
				// its share of the whole, no sum paid.
				c.Measure = ""
			}
			if c.Measure == "" && !verbedPart(s, f.a) {
				c.Measure = parent.Measure
			}
			// Defenders act on what is fired at them: the interceptions of
			// drones fired at Ukraine are Ukraine's.
			if c.Actor == "" && x.lx.Class(c.Measure) == "defense" && x.lx.Class(parent.Measure) == "attack" {
				c.Actor = parent.Target
			}
			if c.Actor == "" && c.Measure == parent.Measure {
				c.Actor = parent.Actor
			}
			if c.Target == "" && c.Measure == parent.Measure {
				c.Target = parent.Target
			}
			if c.Place == "" && x.placeOf(s, f.c, setOff(s.lw, f.c, hi)) == "" {
				c.Place = parent.Place // not "including at least 60 in Meskal"
			}
		}
		// An ellipsis ("and seven near Odesa", "intercepting 47") takes what
		// the previous figure counted, and its measure when it has none.
		// A figure that qualifies its noun lends it nothing: after "a
		// 33-story tower collapsed, killing at least 10", the 10 are no
		// storeys. A figure of a measure's noun is no ellipsis: "examined
		// 11 million runners ... found 59 cases" counts no runners.
		if c.Subject == "" && fi > 0 && f.kind == model.Count && out[fi-1].Value.Kind == model.Count && !figs[fi-1].qualifies &&
			!x.measureNounAt(s, f.n.j) {
			// After "252 drones and 3 missiles", the whole is named by its
			// first figure.
			k := fi - 1
			for k > 0 && coordinated(s, &figs[k-1], &figs[k]) {
				k--
			}
			prev := &out[k]
			c.Subject = prev.Subject
			if c.Origin == "" && c.Measure != prev.Measure && x.lx.Class(c.Measure) == "defense" {
				c.Origin = prev.Actor
			}
			if c.Measure == "" && !(f.n.hi == 0 && f.c < len(s.lw) && s.is(f.c, cBeAux)) {
				// Not "five were in serious condition, but none was
				// thought to be in danger": no one, with a verb of its own.
				c.Measure = prev.Measure
				c.Actor = prev.Actor
				c.Target = prev.Target
				if g := gappedActor(s, st, lo, f.a); g != "" {
					c.Actor = g // "The Green Frontier won 22 seats, the Farmers' Union 18"
				}
			}
		}
		var revisedOf *model.Claim
		switch {
		case fi > 0 && len(out) == fi && out[fi-1].Value.Kind == f.kind && x.revisedFigure(s, f.a):
			// "two workers had been hurt; by the evening it had revised
			// that figure to five": the figure before, in the sentence.
			revisedOf = &out[fi-1]
			if revisedOf.Version == "" {
				revisedOf.Version = "initial"
			}
		case fi == 0 && st.lastQty != nil && st.last.Value.Kind == f.kind && x.revisedFigure(s, f.a) &&
			st.prevInParagraph(s) && int(st.last.Span.Start.Offset) >= st.prev.start && !numberBefore(s, f.a):
			// "officials said 22 crew members had been rescued. That
			// figure was later revised to 31": the count of the sentence
			// before, in its paragraph, revised. (A number before it that
			// was read as no figure, "National Hearth 17 seats", may be
			// the one revised.)
			revisedOf = &st.last
		}
		revised := revisedOf != nil
		if revised {
			prev := revisedOf
			c.Subject, c.Measure, c.Actor, c.Target = prev.Subject, prev.Measure, prev.Actor, prev.Target
			if c.Place == "" {
				c.Place = prev.Place
			}
		}
		// A share that restates the count before it is a share of its
		// thing: "1,684 of the 2,312 pharmacies that responded, or 73%".
		if c.Subject == "" && f.kind == model.Share && fi > 0 && len(out) == fi && f.a >= 2 && s.lw[f.a-1] == "or" && s.lw[f.a-2] == "," &&
			figs[fi-1].kind == model.Count && out[fi-1].Subject != "" {
			c.Subject = out[fi-1].Subject
			if c.Measure == "" {
				c.Measure = out[fi-1].Measure
			}
		}
		// A share with no thing of its own: "up from 58 percent", "with 18 percent".
		if c.Subject == "" && f.kind == model.Share {
			for k := len(out) - 1; k >= 0; k-- {
				if out[k].Value.Kind == model.Share && out[k].Subject != "" {
					c.Subject = out[k].Subject
					break
				}
			}
		}
		// An amount restated in another currency in brackets is the same
		// figure: "cost taxpayers $6.2 billion (£4.2bn) in public assistance".
		if fi > 0 && f.kind == model.Amount && figs[fi-1].kind == model.Amount && bracketed(s, figs[fi-1].c, f.a) {
			prev := &out[fi-1]
			c.Measure, c.Actor, c.Target = prev.Measure, prev.Actor, prev.Target
			if c.Place == "" {
				c.Place = prev.Place
			}
			if c.Period == "" {
				c.Period = prev.Period
			}
		}
		// Coordinated figures share their predicate: "launched 82 drones and
		// six cruise missiles", "won two seats with 18 percent"; not a
		// reading ("a depth of 10km, about 17.2km from Mandalay").
		// Past an "of" complement, one word links them. A measure the
		// figure before took from its noun, or from words in its
		// complement, is not shared: "Five employees and two customers"
		// employs no customers.
		linkAt := f.a
		if fi > 0 && (figs[fi-1].nounMeasure == "" || figs[fi-1].nounMeasure != out[fi-1].Measure) {
			linkAt = pastOf(s.lw, figs[fi-1].c, f.a)
			if linkAt > figs[fi-1].c && (linkAt+1 != f.a || x.measureWithin(s, figs[fi-1].c, linkAt)) {
				linkAt = f.a
			}
		}
		if c.Measure == "" && fi > 0 && onlyLinks(s.lw, linkAt, f.a) && figs[fi-1].kind != model.Age && x.lx.Class(out[fi-1].Measure) != readingClass {
			prev := &out[fi-1]
			c.Measure, c.Actor = prev.Measure, prev.Actor
			if c.Target == "" {
				c.Target = prev.Target
			}
		}
		// An act is no casualty: "nine operations were under way in the
		// hospital" hospitalized no one.
		if c.Subject != "" && x.lx.Class(c.Subject) == actClass && x.lx.Class(c.Measure) == "casualty" {
			c.Measure = ""
		}
		// Casualties count people unless they say what: "Dozens killed",
		// "the death toll rose to 15", "five deaths".
		if c.Subject == "body" && c.Measure == "" && f.kind == model.Count && f.c == f.n.j+1 {
			// "23 bodies had been recovered": the dead, counted.
			c.Subject, c.Measure = "", killMeasure
		}
		if c.Subject == "" && f.kind == model.Count && x.lx.Class(c.Measure) == "casualty" {
			c.Subject = "people"
		}
		// Only what is fired, flown or sailed is intercepted: "The fire has
		// destroyed 230 homes" states no interception.
		if c.Subject != "" && (f.kind == model.Count || f.kind == model.Share) && x.lx.Class(c.Measure) == "defense" && x.lx.Class(c.Subject) != "interceptable" {
			if v.at >= 0 && strings.HasPrefix(s.lw[v.at], "destroy") {
				// It was destroyed, though, by whoever destroyed it: 230
				// homes destroyed by a quake and 300 destroyed by it are
				// one count.
				c.Measure = "destroy"
			} else {
				c.Measure, c.Actor = "", ""
			}
		}
		if c.Target == "" && v.at >= 0 {
			c.Target = x.targetOf(s, st, min(v.at, f.a), hi)
		}
		if c.Target == "" {
			c.Target = x.targetOf(s, st, f.a, hi)
		}
		if c.Place == "" && !partlyIn(s.lw, f.c, hi) {
			c.Place = x.placeOf(s, f.c, setOff(s.lw, f.c, hi))
		}
		if c.Place == "" && v.at >= 0 && v.at < f.a {
			c.Place = x.placeOf(s, v.at, f.a)
		}
		if c.Place == "" {
			c.Place = x.whereOf(s, lo, f.a)
		}
		if c.Place == "" && v.at >= 0 && v.at < f.a {
			// "A missile strike on an apartment block in Dravik killed six"
			c.Place = x.placeOf(s, x.clauseStart(s, v.at), v.at)
		}
		if c.Place == "" && c.SaidBy != "" {
			// "Health officials in Harsk Province confirmed 412 measles
			// cases": the officials' province is the count's.
			if k := sayBefore(s, f.a); k > 0 {
				c.Place = x.placeOf(s, x.clauseStart(s, k), k)
				if c.Place == "" {
					// "Neighbouring Olvast Province has reported 29
					// cases": a place that reports counts its own.
					c.Place = x.placeSaying(s, k)
				}
			}
		}
		if f.kind == model.Duration && f.thing != "" {
			// "a three-day visit to Lisova": where the event goes is where
			// it lasts.
			if p := x.destinationOf(s, f.c); p != "" {
				c.Place = p
			}
		}
		if c.Place == "" {
			// "Nationwide, at least 85 people have been killed, ...
			// including at least 60 in Meskal": the whole country's
			// count, not one place's.
			c.Place = wholeRegionIn(s.lw, x.clauseStart(s, f.a), x.clauseEndAfter(s, f.c, 12))
		}
		if c.Place == "" && capitalIn(s, x.framedFrom(s, f.a), x.clauseEndAfter(s, f.c, 12)) {
			// "In the capital alone, 1,350 schools were shut": the
			// capital's count, not the country's.
			c.Place = capitalPlace
		}
		if c.Place == "" {
			c.Place = s.place
			if p := x.contrastPlace(s, contrast, f.a); p != "" {
				c.Place = p // "In Myanmar, 144 died, while Thailand reported 10 deaths"
			}
		}
		if c.Period == "" {
			// "A 2019 earthquake killed 120 people", "in 2019, 120 died":
			// a past year's figure is that year's.
			// A dozen words before it, or the few after its noun.
			from := max(lo, f.a-12)
			if fi > 0 {
				if plo, width := distanceAside(s, figs, fi); width > 0 {
					// "in 2019 it closed its plant at Tarnov, 60 kilometres
					// south of Brennholm, with the loss of 210 jobs": the
					// aside that places a town bounds nothing.
					from = max(plo, f.a-12-width)
				}
			}
			c.Period = x.lastPastYear(s, ownClauseFrom(s, from, f.a), f.a)
			verb := v.at
			if verb < 0 {
				verb = f.a - 1
			}
			if c.Period != "" && verb >= 0 && (presentVerb(s, verb) || pricedItem(s.lw, verb, f.a)) && yearModifies(s, c.Period, f.a) {
				// "The 1887 building's main auditorium now holds 1,240
				// seats": the year dates the building, and the figure is
				// what it holds now; so "The 1908 Hollander & Sohn
				// instrument fetched $3.4 million" prices the instrument
				// made in 1908. (The verb is the word before the figure
				// when none was found.)
				c.Period = ""
			}
			if c.Period == "" {
				c.Period = x.pastYear(s, f.c, min(hi, f.c+4))
			}
			if c.Period == "" && f.kind == model.Amount {
				// "the $33 million Athletic paid Northgate United for
				// midfielder Tomas Iller in 2021": a payment's year ends
				// the clause that tells it.
				c.Period = x.pastYear(s, f.c, min(hi, x.clauseEndAfter(s, f.c, 12)))
			}
			if c.Period == "" && f.kind == model.Share {
				// "Inflation reached 7.2% in January": a month's rate.
				c.Period = x.monthIn(s, f.c, min(hi, f.c+4))
			}
		}
		// A relative clause set off by commas that holds the figure
		// takes no period from outside it (see asideAt).
		asideOpen, asideClose, aside := asideAt(s, f.a)
		periodEnd := hi
		if aside && asideClose < hi {
			periodEnd = asideClose
		}
		if f.ownPeriod != "" {
			c.Period = f.ownPeriod
		} else if p := x.periodIn(s, f.c, trailingStart(s, f.c, periodEnd), f.a); p != "" {
			c.Period = p
		} else if p := x.periodBefore(s, f, afterBut(s.lw, x.pastRate(s, f, lo, fi), f.a)); p != "" && !datedBetween(s, f.c, hi) {
			c.Period = p
		} else if p := x.qualifiedOf(s, f.a); p != "" {
			c.Period = p // "an hour wage of £9.15": the noun the period qualifies is the figure's
		} else if p := f.n.rate; p != "" && x.v.periodNames[p] {
			c.Period = p // "£6billion a year": the figure's own rate
		} else if c.Period == "" && f.of < 0 && !datedBetween(s, lo, hi) {
			// A period elsewhere in the sentence frames the figure, unless
			// the figure's own clause dates it: "The team this week found
			// ..., killing all 298 passengers on July 17, 2014."
			if !periodDone {
				framing, frameSpan, frameAt = x.framePeriod(s, figs)
				periodDone = true
			}
			if (f.a < frameSpan[0] || f.a >= frameSpan[1]) && trailingStart(s, f.c, frameAt) == frameAt &&
				!(aside && (frameAt < asideOpen || frameAt > asideClose)) {
				c.Period = framing // not "24" of "In the first 24 hours, ..."
			}
		}
		if c.Period == "" && (f.kind != model.Age || c.Actor == "") {
			// "In 2019, inmates held 11 guards for two days, and three
			// prisoners died": a year that opens the sentence dates its
			// figures however far they stand, and the age of someone it
			// does not name ("In 2019, a mobile crane overturned, killing
			// a 52-year-old banksman"): a named person's age is compared
			// as the person's.
			c.Period = x.openingYear(s, f.a)
		}
		if c.Period == "" && f.kind != model.Age && stamped {
			c.Period = runningTotal // "As of 14:30, 40 people were injured"
		}
		if c.Subject == "delay" && f.kind == model.Duration {
			// "completed in 2028, three years behind schedule": the year
			// is when it ends, no window the delay is counted over.
			c.Period = ""
		}
		if f.kind != model.Ordinal && f.kind != model.Age { // "first" ranks, "old" ages; neither is an "initial" draft
			c.Version = x.versionIn(s, max(lo, f.a-3), f.c)
			if c.Version == "" && f.a >= 2 && s.lw[f.a-1] == "of" {
				// "the previous national record of $142 million": the
				// figure is the value of the noun before "of", whose
				// qualifiers are its own.
				c.Version = x.versionIn(s, max(lo, f.a-5), f.a-1)
			}
			// "The revised plan, which has 22 points": the noun the clause
			// is about carries the version.
			for k := f.a - 1; c.Version == "" && k >= 1 && k >= f.a-4; k-- {
				if (s.lw[k] == "which" || s.lw[k] == "with") && s.lw[k-1] == "," {
					c.Version = x.versionIn(s, max(lo, x.clauseStart(s, k-1)), k-1)
					break
				}
			}
			if c.Version == model.CapacityVersion && f.kind == model.Amount {
				c.Version = "" // "built for $40 million": a price, no sum anything holds
			}
			if f.kind == model.Count && (c.Version == model.CapacityVersion && (seatUnits[c.Subject] || roomFor[c.Subject]) ||
				c.Version == "" && (f.qualifies && c.Measure == "" && seatUnits[c.Subject] && !seatsWon[f.head] || holdsCrowd(s.lw, f.a, f.c))) {
				// "the 34,500-seat stadium", "licensed to carry 180
				// passengers", "holds 31,500 spectators": what a place
				// or a craft can take, counted in whatever it is counted
				// in.
				c.Subject, c.Measure, c.Version = capacityThing, "", model.CapacityVersion
			}
			if c.Version == updateVersion && c.Subject == temperatureThing {
				// "Temperatures fell to minus 5.2 degrees": a reading, no
				// figure that replaced an earlier one.
				c.Version = ""
			}
			if c.Version == "" {
				c.Version = x.tallyVersion(s, f.a)
			}
			if c.Version == "" {
				c.Version = x.estimateVersion(s, max(lo, x.clauseStart(s, f.a)), f.a)
			}
			if c.Version == "" {
				c.Version = x.reportVersion(s, max(lo, datelineEnd(s)), f.a)
			}
			if c.Version == "" {
				c.Version = x.sourceVersion(s, f.c)
			}
			if c.Version == "" && c.Measure == holdMeasure && heldBefore(s.lw, f.a) {
				// "which had held 42 seats before the assembly was
				// dissolved", "had governed with 45 seats": the seats
				// before, not those held now.
				c.Version = "initial"
			}
			if c.Version == "" && x.demandedAfter(s, f.c) {
				c.Version = model.DemandVersion // "well below the 9% it is demanding"
			}
			if c.Version == "" && f.kind == model.Amount && c.Subject == "money" && c.Measure == "cost" && f.c < len(s.lw) && payments[s.lw[f.c]] &&
				x.versionIn(s, f.c+1, f.c+2) == model.DemandVersion {
				c.Version = model.DemandVersion // "a €5 million ransom demanded by hackers"
			}
			if f.kind == model.Amount && c.Measure == "" && c.Subject == "money" && c.Version == model.DemandVersion {
				// "have demanded €2.8 million": a sum asked to be paid, as
				// "demanding a ransom of €4.5 million" is.
				c.Measure = "cost"
			}
			// A sum asked for in an event the story recalls is that
			// event's: "since 2021, when hackers demanded €2 million".
			recallable := c.Version == "" || c.Version == model.DemandVersion
			if recallable && x.comparedEvent(s, v, f.a) {
				c.Version = earlierEvent // "the deadliest since the 2019 blast that killed 10"
			}
			if y := x.recalledBefore(s, f.a); recallable && y != "" {
				// "surpassing the 1991 collapse at the Millgate Ground,
				// which killed nine people": that event's figure.
				c.Version = earlierEvent
				if c.Period == "" {
					c.Period = y
				}
			}
			if recallable && x.sinceEvent(s, f.a) {
				// "the deadliest since a landslide in the northern
				// mountains killed 31 people": that event's figure.
				c.Version = earlierEvent
			}
			if c.Version == "" && f.of >= 0 && out[f.of].Version != updateVersion {
				// "Another 117 people were injured, including 10 children":
				// a part of a count beyond those counted before is one too.
				c.Version = out[f.of].Version
			}
			if c.Version == "" && (f.kind == model.Count && setApart(s.lw, f.c) || disputedFigure(s.lw, f.c)) {
				// "caused 26,000 deaths, a figure higher than the
				// government's own count": another estimate than the count
				// the article names.
				c.Version = model.Disputed
			}
			if c.Version == "" && x.changedFrom(s, f.a, f.b) {
				// "Turnout was 61%, down from 67%", "rose to 17 from 12":
				// the figure before the change.
				c.Version = "initial"
			}
			if c.Version == "" && restOf(s.lw, f.a) {
				// "The other six people aboard": the rest of a whole,
				// some of those it counts.
				c.Version = model.PartVersion
			}
			if c.Version == "" && f.more {
				// "Another 117 people were injured", "four others": a
				// count beyond those counted before is no total, and is
				// set only against counts of more of the same.
				c.Version = additional
			}
			if c.Version == "" && (x.versionIn(s, f.c, min(hi, f.c+6)) == peakVersion ||
				x.versionIn(s, max(x.clauseStart(s, f.a), f.a-5), f.a) == peakVersion) {
				// "employed 300 people at its peak", "a blackout that at
				// its peak left 1.4 million customers without power": no
				// count of now.
				c.Version = peakVersion
			}
			if c.Version == additional && fi > 0 && otherCount(&out[fi-1], &c) {
				// "Eleven people were killed and 41 others were taken to
				// hospital", "23 died, and a further 1,150 suspected
				// cases": beyond a count of something else, none of the
				// same was counted before.
				c.Version = ""
			}
			if c.Version == "" && f.of >= 0 {
				apposed := f.kind == model.Count && f.a > 0 && s.lw[f.a-1] == ","
				if w := &out[f.of]; w.Subject == c.Subject && w.Measure == c.Measure && (apposed || c.Place != "" && c.Place != w.Place) {
					// "At least 38 people have died, 11 of them in
					// Kellmoor": the count of one place. "37 people were
					// treated, none of them seriously": set off by a
					// comma, with no verb of its own, a part is of those
					// its words set apart, which the claim does not hold.
					c.Version = model.PartVersion
				}
			}
			if c.Version == "" && c.Measure != "" && (f.back != nil && f.back.Measure == c.Measure && f.back.Subject == c.Subject || x.namedWhole(s, f.a, c.Measure)) {
				// "23 people were taken to hospital. Six of them remain
				// in hospital", "Of those taken to hospital, six remained
				// there": some of a count of the same measure.
				c.Version = model.PartVersion
			}
			if c.Version == "" && f.kind == model.Count && ofCasualties(s.lw, f.c) {
				// "Nine of the dead were in Keld Harbour", "Five of the
				// injured are in critical condition": some of them.
				c.Version = model.PartVersion
			}
			if c.Version == "" && (c.Place != "" || c.Actor != "") && x.aloneIn(s, x.framedFrom(s, f.a), x.clauseEndAfter(s, f.c, 12)) {
				// "In the capital alone, 1,350 schools were shut",
				// "Solvane Air alone cancelled 176 flights": one place's
				// or one party's part of a larger count.
				c.Version = model.PartVersion
			}
			if c.Version == "" && c.Parent == "" && c.Measure == "" && c.Value.Kind == model.Count &&
				(someOf(out, &c) || s.sec == model.Summary && c.Value.Hi == 1 && someOf(dst[:base], &c)) {
				// "Two officers and nine inmates hurt; one inmate has
				// broken jaw": one of the nine, of whom it says something
				// else. So is one in a summary's later point, after its
				// headline and earlier points, all the claims before it:
				// "Robbers escaped with 2 milk tankers", then "One tanker
				// was found abandoned about 60 km away".
				c.Version = model.PartVersion
			}
			if c.Version == "" && conversion(s.lw, figs, fi) {
				// "recorded 287 pounds, or about 130 kilograms": the
				// figure before restated in another unit, rounded.
				c.Version = model.EquivalentVersion
			}
			if c.Version == "" && eachOne(s.lw, f.a, f.c) {
				c.Version = model.EachVersion // "can each carry up to 180 passengers"
			}
			if c.Version == "" && initiallyIn(s.lw, x.clauseStart(s, f.a), f.a) {
				// "The ministry initially put the number of injured at 18
				// but later revised it to 23": the first count.
				c.Version = "initial"
			}
			if c.Version == "" {
				c.Version = x.openingVersion(s)
			}
			if f.kind == model.Amount && x.financial(c.Subject) {
				switch {
				case yearEarlier(s.lw, f.c, hi):
					// "revenues of $7.19 billion from the same period a
					// year ago": the figure a result is set against.
					c.Version = "initial"
				case c.Version == updateVersion:
					// "net profit rose to $312 million": this period's
					// figure against last year's, not a revision of an
					// earlier report.
					c.Version = ""
				}
			}
			if revised && (c.Version == "" || c.Version == updateVersion) {
				c.Version = "revised" // "That figure was later revised to 31"
			}
			if f.kind == model.Share && c.Subject == "" && c.Measure == containMeasure {
				c.Subject = fireThing // "with the blaze 25% contained": a fire is what is contained
			}
			if f.kind == model.Share && c.Subject == "" && c.Actor != "" && x.lx.Class(c.Measure) == "change" {
				// "Corvan Blend, the regional benchmark, rose 4.6%": a named
				// thing's own value is what changed.
				c.Subject = c.Actor
			}
			if f.ofEconomy && c.Subject != "" {
				// "narrow the deficit to 3.1% of GDP while spending more":
				// the size of what the share names, whatever verb is near.
				c.Measure = ""
			}
			if (f.kind == model.Share || f.kind == model.Amount) && c.Subject != "" && f.a > 0 && s.lw[f.a-1] == "to" && x.lx.Class(c.Measure) == "change" {
				// "Inflation rose to 7.6%": the rate it reached, as "was
				// 7.4%" states one, not the change; and in a period of its
				// own ("in September") that period's rate, not a revision.
				// So is an amount: "Hive rental fees have jumped to $87 a
				// colony" is the fee, as "charging $78 a colony" is.
				c.Measure = ""
				if c.Version == updateVersion && c.Period != "" && f.kind == model.Share {
					c.Version = ""
				}
				if f.kind == model.Amount && c.Version == "" {
					// "tuition will rise to $9,388 a year": the level a
					// change reaches, which no size of a change is.
					c.Version = updateVersion
				}
			}
		}
		if c.Period == "" {
			// "340 millimetres of rain over two days": the span the
			// figure was counted in, when nothing dates it ("about 230
			// flights over two days" in November 2014 is 2014's).
			c.Period = x.overSpan(s, f.c, trailingStart(s, f.c, periodEnd))
		}
		if c.Actor == c.Target {
			c.Target = ""
		}
		if c.Parent == "" && f.wholeAt >= 0 && fi+1 < len(figs) && figs[fi+1].whole {
			// "won 74 of 200 seats": a part of the whole after it.
			c.Parent = tmpID(int32(s.toks[figs[fi+1].a].start))
		}
		c.Entities = s.entitiesOf(st)
		// The words around the figure, and around its predicate when that
		// lies past the next figure ("212 patients, including 19 from
		// intensive care, had been transferred to hospitals").
		c.Context = x.contextOf(s, lo-6, max(hi, v.at+v.n)+6)
		out = append(out, c)
		sites[fi] = v
	}
	// "Nine officers and at least 20 protesters were hurt": a figure with no
	// predicate of its own shares the next one's, and a place, target or
	// period stated after both.
	for fi := len(out) - 2; fi >= 0; fi-- {
		c, next := &out[fi], &out[fi+1]
		if figs[fi+1].of == fi && c.Place == "" && !x.placeOwnPhrase(s, figs[fi+1].c, next.Place) {
			// "Three people were killed, including two firefighters and a
			// pilot, near Dravik"; not "85 people have been killed,
			// including at least 60 in Meskal", the part's own place.
			c.Place = next.Place
		}
		if c.Place == "" && figs[fi+1].of != fi && x.casualtySeries(s, c, next, figs[fi].c, figs[fi+1].a) {
			c.Place = next.Place // "1,700 have been killed, 3,400 injured and 300 are missing in Myanmar"
		}
		if !onlyLinks(s.lw, figs[fi].c, figs[fi+1].a) || figs[fi+1].whole {
			continue
		}
		if c.Measure == "" && sites[fi+1].subject && x.lx.Class(next.Measure) != progressClass {
			c.Measure, c.Actor = next.Measure, next.Actor
			if c.Subject == "" && x.lx.Class(c.Measure) == "casualty" && c.Value.Kind == model.Count {
				c.Subject = "people"
			}
		}
		if c.Measure == next.Measure && c.Actor == next.Actor {
			if c.Target == "" {
				c.Target = next.Target
			}
			if c.Place == "" {
				c.Place = next.Place
			}
		}
	}
	// "With 92% of the votes counted": how far a count has got is no
	// claim, and the sentence's other figures are its running totals.
	// A share is that progress only as the subject of "counted" right
	// after it, held by no one: "Ruiz had 55% of the votes counted so far"
	// is the candidate's.
	progress := false
	for i := range out {
		c := &out[i]
		if c.Value.Kind != model.Share || x.lx.Class(c.Measure) != progressClass {
			continue
		}
		if v := sites[i]; v.subject && v.at <= figs[i].c+1 && c.Actor == "" {
			progress = true
		} else {
			c.Measure = ""
		}
	}
	// "Nine of the 11 foreign trekkers released": the verb after a whole
	// is its part's, who were released; the whole only says of how many.
	for fi := 0; fi+1 < len(figs) && fi+1 < len(out); fi++ {
		part, whole := &out[fi], &out[fi+1]
		if figs[fi].wholeAt >= 0 && figs[fi+1].whole && part.Parent == ids[fi+1] && whole.Measure != "" && sites[fi+1].subject &&
			s.lw[sites[fi+1].at] != "aboard" && s.lw[sites[fi+1].at] != "on" {
			switch {
			case part.Measure == "":
				part.Measure, whole.Measure = whole.Measure, ""
			case part.Measure == employMeasure && whole.Subject == "job" && whole.Measure == "decrease":
				// "none of the roughly 140 staff would be laid off": the
				// staff are employed, and none of them lose their jobs.
				part.Subject, part.Measure, whole.Subject, whole.Measure = whole.Subject, whole.Measure, part.Subject, part.Measure
			default:
				continue
			}
			if part.Actor == "" {
				part.Actor, whole.Actor = whole.Actor, ""
			}
		}
	}
	// A zero with no predicate states no count: "No one will be left
	// without a roof". Nor does a count of nothing named with no
	// predicate, unless it is a whole of parts: "switched to a back four"
	// is no figure that another can confirm or contradict.
	n := 0
	for i := range out {
		if c := &out[i]; c.Value.Kind == model.Count && c.Value.Hi == 0 && c.Measure == "" {
			continue
		}
		if c := &out[i]; c.Value.Kind == model.Count && c.Subject == "" && c.Measure == "" && c.Parent == "" && !isWhole(out, ids[i]) {
			continue
		}
		if c := &out[i]; progress {
			if c.Value.Kind == model.Share && x.lx.Class(c.Measure) == progressClass {
				continue
			}
			if c.Period == "" && c.Value.Kind != model.Age {
				c.Period = runningTotal
			}
		}
		if n != i {
			out[n] = out[i] // a claim is large: move it only when one before it was dropped
		}
		n++
	}
	kept := out[:n]
	if len(kept) > 0 {
		st.last = kept[len(kept)-1]
		st.lastQty = &st.last
		st.hasBefore = len(kept) > 1
		if st.hasBefore {
			st.before = kept[len(kept)-2]
		}
	}
	return dst[:base+len(kept)]
}

// lostJobs reports whether the verb at token v is "lose" with its
// subject's jobs for object: "will lose their jobs", "lost his job".
func lostJobs(lw []string, v int) bool {
	if v < 0 || v+2 >= len(lw) {
		return false
	}
	switch lw[v] {
	case "lose", "loses", "lost", "losing":
	default:
		return false
	}
	return (lw[v+1] == "their" || lw[v+1] == "his" || lw[v+1] == "her") && (lw[v+2] == "jobs" || lw[v+2] == "job")
}

// jobsLost are the verbs that cost jobs: "will cost 140 jobs", "lost 300
// jobs", "about 9,000 jobs could be lost".
var jobsLost = map[string]bool{"cost": true, "costs": true, "costing": true, "lose": true, "loses": true, "lost": true, "losing": true}

// costsJobs reports whether the words from token c, after a count of
// people, are their jobs, as "cost 140 workers their jobs" has them.
func costsJobs(lw []string, c int) bool {
	for k := c; k <= c+1 && k+1 < len(lw); k++ { // after the people counted, if the figure leaves them out
		if lw[k] == "their" && (lw[k+1] == "jobs" || lw[k+1] == "livelihoods") {
			return true
		}
	}
	return false
}

// outOfWork reports whether "out of work" or "out of a job" follows the
// count of people that ends before token c.
func outOfWork(lw []string, c int) bool {
	if c+2 >= len(lw) || lw[c] != "out" || lw[c+1] != "of" {
		return false
	}
	return lw[c+2] == "work" || lw[c+2] == "jobs" || c+3 < len(lw) && lw[c+2] == "a" && lw[c+3] == "job"
}

// redundant reports whether the words from token c, after a count of
// people, put them out of work: "410 staff face redundancy", "300 workers
// will be made redundant".
func redundant(lw []string, c int) bool {
	k := skipAuxiliaries(lw, c, 3)
	if k+1 >= len(lw) {
		return false
	}
	switch lw[k] {
	case "face", "faces", "faced", "facing", "made", "make", "makes", "making":
	default:
		return false
	}
	switch lw[k+1] {
	case "redundancy", "redundancies", "redundant":
		return true
	}
	return false
}

// skipAuxiliaries returns the token after at most n auxiliaries from token
// k ("will be made", "had been taken", "are now at risk"): the verb they
// go with.
func skipAuxiliaries(lw []string, k, n int) int {
	end := k + n
	for k < len(lw) && k < end && (beAux[lw[k]] || auxiliaries[lw[k]]) {
		k++
	}
	return k
}

// auxiliaries are the modal and perfect auxiliaries, and the words that
// stand among them, that skipAuxiliaries steps over besides beAux.
var auxiliaries = map[string]bool{"will": true, "would": true, "could": true, "may": true, "might": true, "had": true,
	"have": true, "has": true, "to": true, "now": true}

// lossOf reports whether "the loss of" stands right before the figure at
// token a: "with the loss of 460 jobs".
func lossOf(lw []string, a int) bool {
	return a >= 2 && lw[a-1] == "of" && (lw[a-2] == "loss" || lw[a-2] == "losses")
}

// atRisk reports whether the words from token c, after a count of jobs,
// say they may be lost: "410 jobs at risk", "jobs are under threat".
func atRisk(lw []string, c int) bool {
	k := skipAuxiliaries(lw, c, 2)
	return k+1 < len(lw) && (lw[k] == "at" && lw[k+1] == "risk" || lw[k] == "under" && lw[k+1] == "threat")
}

// admittedTo reports whether a figure in tokens [a, c) is the object of
// "admitted" that a hospital follows: "admitted 17 of the survivors to
// Dunmarra Regional Hospital".
func admittedTo(lw []string, a, c int) bool {
	if a < 1 {
		return false
	}
	switch lw[a-1] {
	case "admitted", "admit", "admits", "admitting":
	default:
		return false
	}
	for k := c; k < len(lw) && k < c+6; k++ {
		switch lw[k] {
		case "hospital", "hospitals":
			return k > c && lw[c] == "to"
		case ",", ";", ".":
			return false
		}
	}
	return false
}

// takenToHospital reports whether the words from token c, after a count,
// take it to a hospital by name: "were taken to Good Shepherd Medical
// Center", "were airlifted to St Mary's Hospital".
func takenToHospital(lw []string, c int) bool {
	k := skipAuxiliaries(lw, c, 2)
	to := k + 1
	if to+2 < len(lw) && lw[to] == "by" && lw[to+2] == "to" {
		to += 2 // "were taken by ambulance to"
	}
	if to >= len(lw) || lw[to] != "to" {
		return false
	}
	switch lw[k] {
	case "taken", "rushed", "airlifted", "flown", "transported", "ferried", "brought":
	default:
		return false
	}
	for i := to + 1; i < len(lw) && i < to+8; i++ {
		switch lw[i] {
		case "hospital", "hospitals", "infirmary", "clinic":
			return true
		case "center", "centre":
			return lw[i-1] == "medical"
		case ",", ";", ".":
			return false
		}
	}
	return false
}

// sentToHospital reports whether the count in tokens [a, c) is the
// object of "send" that goes on to a hospital within a few words:
// "sending four children and the driver to a hospital".
func sentToHospital(lw []string, a, c int) bool {
	if a < 1 || !sendForms[lw[a-1]] {
		return false
	}
	for k := c; k+1 < len(lw) && k < c+6; k++ {
		if lw[k] == "," || lw[k] == ";" || lw[k] == "." {
			return false
		}
		if lw[k] == "to" {
			return hospitalAt(lw, k+1)
		}
	}
	return false
}

// sentHome reports whether the count in tokens [a, c) is the object of
// "send" and "home" follows it: "sending thousands of pupils home"; or its
// subject, a few words before "were sent home": "About 340 workers from
// the plant's filling lines have been sent home".
func sentHome(lw []string, a, c int) bool {
	if a >= 1 && c < len(lw) && lw[c] == "home" && sendForms[lw[a-1]] {
		return true
	}
	for j := c; j+1 < len(lw) && j < c+10; j++ {
		switch lw[j] {
		case ",", ";", ":", "and", "but":
			return false
		case "sent":
			return lw[j+1] == "home" && j > c && beAux[lw[j-1]]
		}
	}
	return false
}

// sendForms are the forms of "send".
var sendForms = map[string]bool{"send": true, "sends": true, "sent": true, "sending": true}

// hospitalAt reports whether a hospital is named at token k, after an
// article: "a hospital", "the local clinic", "hospitals".
func hospitalAt(lw []string, k int) bool {
	for i := k; i < len(lw) && i < k+3; i++ {
		switch lw[i] {
		case "hospital", "hospitals", "infirmary", "clinic":
			return true
		}
	}
	return false
}

// confinements are the places a count may flee that held it: to flee
// one is to escape.
var confinements = map[string]bool{"zoo": true, "prison": true, "jail": true, "gaol": true, "enclosure": true,
	"enclosures": true, "cage": true, "cages": true, "custody": true, "compound": true, "detention": true}

// fledConfinement reports whether the verb at lw[v] flees a place of
// confinement named within the four words after it: "fled the city zoo".
func fledConfinement(lw []string, v int) bool {
	if v < 0 || v >= len(lw) {
		return false
	}
	for k := v + 1; k < len(lw) && k <= v+4; k++ {
		if confinements[lw[k]] {
			return true
		}
		if lw[k] == "," || lw[k] == "." || lw[k] == "and" {
			return false
		}
	}
	return false
}

// teamMeasure is the measure of a team's size: "a team of 85 keepers".
const teamMeasure = "team"

// teamOf reports whether "a team of", "a crew of" or the like stands right
// before the figure that starts at token a.
func teamOf(lw []string, a int) bool {
	if a < 3 || lw[a-1] != "of" || lw[a-3] != "a" && lw[a-3] != "the" {
		return false
	}
	switch lw[a-2] {
	case "team", "crew", "squad", "force", "contingent", "detachment", "taskforce":
		return true
	}
	return false
}

// laidOff reports whether the verb at lw[v] lays people off: "lay off",
// "laid off", "laying off", "lays off".
func laidOff(lw []string, v int) bool {
	if v < 0 || v+1 >= len(lw) || lw[v+1] != "off" {
		return false
	}
	switch lw[v] {
	case "lay", "lays", "laid", "laying":
		return true
	}
	return false
}

// tmpID is the temporary id of a quantity claim at offset off, which
// its parts name until nameClaims gives it its final id.
func tmpID(off int32) string {
	var buf [24]byte
	return string(strconv.AppendInt(append(buf[:0], "tmp:"...), int64(off), 10))
}

// tmpOffset returns the offset a temporary id holds.
func tmpOffset(id string) (int32, bool) {
	rest, ok := strings.CutPrefix(id, "tmp:")
	if !ok {
		return 0, false
	}
	off, err := strconv.ParseInt(rest, 10, 32)
	return int32(off), err == nil
}

// bracketed reports whether tokens [i, j) are only an opening bracket:
// the figure at j restates the one that ends at i.
func bracketed(s *sentence, i, j int) bool {
	return j == i+1 && (s.lw[i] == "(" || s.lw[i] == "[")
}

// isWhole reports whether a claim of out is a part of the claim with id.
func isWhole(out []model.Claim, id string) bool {
	for k := range out {
		if out[k].Parent == id {
			return true
		}
	}
	return false
}

// onlyLinks reports whether tokens [i, j) only link two coordinated
// figures: "and", "or", a comma, "with", "plus". An empty span does not.
func onlyLinks(lw []string, i, j int) bool {
	if i >= j {
		return false
	}
	for k := i; k < j; k++ {
		switch lw[k] {
		case "and", "or", ",", "with", "plus":
		default:
			return false
		}
	}
	return true
}

// pastOf returns the end of an "of" complement that starts at token i and
// ends before token j, or i when none does: after "300 kilograms of
// carved ivory and 47 rhino horns" the link to the next figure starts
// after "ivory". The complement is at most four words, none of them an
// auxiliary ("none of the injuries was ...").
func pastOf(lw []string, i, j int) int {
	if i >= j || lw[i] != "of" {
		return i
	}
	k := i + 1
	for k < j && k-i <= 4 && lettersOnly(lw[k]) && lw[k] != "and" && lw[k] != "or" && lw[k] != "with" && lw[k] != "plus" &&
		!beAux[lw[k]] && !auxiliaries[lw[k]] {
		k++
	}
	if k == i+1 {
		return i
	}
	return k
}

// measureWithin reports whether a measure's words start within tokens
// [i, j): the "staff" of "three members of staff" employs them, and
// employs no customers coordinated after it.
func (x *Extractor) measureWithin(s *sentence, i, j int) bool {
	for k := i; k < j; k++ {
		if _, n := x.measureAt(s, k); n > 0 {
			return true
		}
	}
	return false
}

// lettersOnly reports whether w is a word of letters and hyphens.
func lettersOnly(w string) bool {
	for _, r := range w {
		if !isLetter(r) && r != '-' {
			return false
		}
	}
	return w != ""
}

// restOf reports whether the figure at token a counts the rest of a whole
// it does not state: "the other six people aboard", "its remaining 12
// stores".
func restOf(lw []string, a int) bool {
	return a >= 2 && (lw[a-1] == "other" || lw[a-1] == "remaining") && determiner(lw[a-2])
}

// earlierEvent is the version of a figure of another, earlier event that
// an article names to compare its own with: "the deadliest shooting since
// the supermarket shooting that killed 10" (model.EarlierEvent).
const earlierEvent = model.EarlierEvent

// comparedEvent reports whether the figure starting at token a, whose verb
// is at v, is told of an event the sentence compares its own with: the
// verb stands in a relative clause ("that killed 10", "which left 58
// dead") of a noun phrase after "since", "after" or "than", and a
// superlative or comparative comes before that word ("the deadliest
// shooting since the Colorado supermarket shooting that killed 10", "worse
// than the 2011 quake, which killed 185").
func (x *Extractor) comparedEvent(s *sentence, v verbSite, a int) bool {
	if v.at < 0 || v.at > a || x.lx.Class(v.measure) != "casualty" {
		return false
	}
	lw := s.lw
	k := v.at - 1
	for k >= 0 && (lw[k] == "had" || lw[k] == "has" || s.is(k, cBeAux)) {
		k--
	}
	return x.comparedClause(s, k) != ""
}

// comparedClause returns the "since", "after" or "than" before the noun
// phrase whose relative clause the "that" or "which" at token k opens,
// when a superlative or a comparative comes before that word (see
// comparedEvent); "" otherwise.
func (x *Extractor) comparedClause(s *sentence, k int) string {
	lw := s.lw
	if k < 1 || lw[k] != "that" && lw[k] != "which" {
		return ""
	}
	if lw[k-1] == "," {
		k--
	}
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		switch lw[j] {
		case "since", "after", "than":
			if j+1 < k && lw[j+1] == "the" && x.comparing(lw[:j]) {
				return lw[j]
			}
			return ""
		}
		if t := s.toks[j]; t.kind != tWord && t.kind != tNum && lw[j] != "-" || s.is(j, cBeAux) {
			return ""
		}
	}
	return ""
}

// comparing reports whether words hold a superlative or a comparative of
// the comparatives list: "deadliest", "worst", "the most", "larger".
func (x *Extractor) comparing(words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return x.lx.Has(lexicon.Comparatives, w) })
}

// rivalOwner returns whose a share after "his" or "her" is when the
// sentence has set another share against it: the one person the sentence
// names who holds none of the shares before it ("Pell conceded as Ruiz won
// with 56% of the vote to his 44%": Pell's), or "" when that is not one.
func rivalOwner(s *sentence, st *docState, before []model.Claim) string {
	var owners []string
	for i := range before {
		if before[i].Value.Kind == model.Share && before[i].Actor != "" {
			owners = append(owners, before[i].Actor)
		}
	}
	if len(owners) == 0 {
		return ""
	}
	rival := ""
	for _, m := range s.mentions {
		if _, known := st.persons[m.low]; m.kind != model.Person && !known {
			continue // "Massa" is a person once "Sergio Massa" was named
		}
		k := st.entityKey(m)
		if k == "" || slices.Contains(owners, k) || k == rival {
			continue
		}
		if rival != "" {
			return "" // two people it could be
		}
		rival = k
	}
	return rival
}

// casualtySeries reports whether the clause of claim c, whose figure ends
// at token i, is one of a series of casualty clauses that the clause of
// next, whose figure starts at token j, goes on: "At least 1,700 have been
// killed, 3,400 people have been injured and 300 are missing in Myanmar".
// Between the two figures stand only c's casualty verb, its auxiliaries
// and the links, so what the last clause says of where holds for them all.
func (x *Extractor) casualtySeries(s *sentence, c, next *model.Claim, i, j int) bool {
	if x.lx.Class(c.Measure) != "casualty" || x.lx.Class(next.Measure) != "casualty" || i >= j {
		return false
	}
	verb := false
	for k := i; k < j; {
		switch w := s.lw[k]; {
		case w == "and" || w == "," || w == "have" || w == "has" || w == "had" || s.is(k, cBeAux):
			k++
		default:
			m, n := x.measureAt(s, k)
			if n == 0 || x.lx.Class(m) != "casualty" {
				return false
			}
			verb = true
			k += n
		}
	}
	return verb
}

// listedOne reports whether token i is the article of a part listed after
// another part of a total: "including two firefighters and a pilot", where
// "a" counts one. Elsewhere "a" is no figure.
func listedOne(s *sentence, figs []figure, i int) bool {
	if len(figs) == 0 || i < 1 || i+1 >= len(s.lw) || (s.lw[i] != "a" && s.lw[i] != "an") || s.lw[i-1] != "and" && s.lw[i-1] != "," {
		return false
	}
	last := &figs[len(figs)-1]
	return last.of >= 0 && last.c == i-1 && s.toks[i+1].kind == tWord
}

// figures reads every number of s that states a quantity, skipping years,
// clock times, scores, ordinals and model names. The figures are good
// until the next call: they live in the scratch buffers.
func (x *Extractor) figures(s *sentence, st *docState) []figure {
	figs := s.sc.figs[:0]
	defer func() { s.sc.figs = figs[:0] }()
	for i := 0; i < len(s.toks); {
		mayRead := x.num.mayRead(s.toks, i)
		if !mayRead && !listedOne(s, figs, i) {
			i++ // most tokens: nothing to read, nothing to step over
			continue
		}
		var n number
		var ok bool
		var skip int
		if mayRead {
			n, ok, skip = x.num.read(s.toks, i)
		}
		listed := !ok && listedOne(s, figs, i)
		if listed {
			// "including two firefighters and a pilot": one pilot.
			n, ok = number{i: i, j: i + 1, lo: 1, hi: 1, words: true}, true
		}
		if !ok {
			i += max(1, skip)
			continue
		}
		if n.j <= i {
			n.j = i + 1
		}
		if s.sc.poundsMass && n.currency == "GBP" && n.j > n.i+1 && (s.lw[n.j-1] == "pounds" || s.lw[n.j-1] == "pound") {
			// "weighed 278 pounds", and every other "pounds" of a story
			// that weighs in them: a weight, read with its unit below.
			n.currency, n.j = "", n.j-1
		}
		if _, _, e, ok := scoreAt(s, n.i); ok && setsEnd(s, e) > e {
			i = setsEnd(s, e) // "won 4-6 7-5 6-3": the games of sets, no range
			continue
		}
		next := n.j
		if n.ordinal && !n.year && !(s.taken != nil && s.taken[n.i]) {
			if f, ok := x.ordinalFigure(s, n); ok {
				figs = append(figs, f)
				i = f.c
				continue
			}
			if f, ok := elidedOrdinal(s, n, figs); ok {
				figs = append(figs, f)
				i = f.c
				continue
			}
		}
		if n.year || n.ordinal || (s.taken != nil && s.taken[n.i]) || x.inPeriod(s, n.i) && !halfUnits[n.glued] {
			// "an hour" is a rate's period; "an hour and a half" a span.
			i = next
			continue
		}
		// "all but two of the 40 passengers": the figure counts those left
		// out, not those the sentence speaks of.
		if n.i >= 2 && s.lw[n.i-2] == "all" && (s.lw[n.i-1] == "but" || s.lw[n.i-1] == "except") {
			i = next
			continue
		}
		f := figure{n: n, a: n.i, b: n.j, c: n.j, of: -1, wholeAt: -1, kind: model.Count, scale: 1}
		// A hedge before the figure: "at least", "more than", "nearly";
		// not the particle of "handed over 146 prisoners".
		if h, k := x.v.hedges.ending(s, n.i-1); k > 0 && !particleOver(s.lw, n.i-k, k) && !x.spanOver(s, figs, n, k) {
			f.hedge = h
			f.a = n.i - k
		}
		if f.hedge == "" && n.j < len(s.lw) && s.lw[n.j] == "plus" && s.toks[n.j].joined {
			// "300-plus stitches": more than 300.
			f.hedge = "morethan"
			f.n.j++
			f.b, f.c = f.n.j, f.n.j
		}
		switch {
		case n.currency != "":
			f.kind, f.unit = model.Amount, n.currency
			if n.rate != "" {
				f.unit += "/" + n.rate
			}
			f.thing = "money"
		case n.share:
			f.kind, f.unit = model.Share, "%"
		}
		if len(figs) > 0 && figs[len(figs)-1].wholeAt == n.i {
			f.whole = true
		}
		x.nounPhrase(s, &f, figs, st)
		if f.head == "time" && f.a >= 1 && (s.lw[f.a-1] == "scored" || s.lw[f.a-1] == "netted") {
			f.head, f.thing = "", "goal" // "scored 23 times in 44 appearances" scored 23 goals
		}
		if m := livesVerbs[s.lw[max(f.a-1, 0)]]; m != "" && f.head == "life" {
			// "an outbreak that has claimed 17 lives" killed 17 people;
			// "the crew saved 40 lives" rescued them.
			f.head, f.thing, f.npMeasure = "", "people", m
		}
		if listed && f.thing == "" && f.head == "" {
			f.head, f.c = lexicon.Singular(s.lw[i+1]), i+2
		}
		// "four years ago" dates an event; it does not count.
		if f.kind == model.Duration && f.c < len(s.lw) && s.lw[f.c] == "ago" {
			i = f.c + 1
			continue
		}
		// "Pensioners aged 65 and over", "people aged over 75": a bound
		// of a group's ages counts nobody and is nobody's age.
		if f.kind == model.Age && ageBound(s.lw, &f) {
			i = f.c
			continue
		}
		// "three people were killed, including two crew members", "146
		// Valdorians, among them 28 civilians": a part.
		if f.of < 0 && len(figs) > 0 {
			last := &figs[len(figs)-1]
			// A breakdown set off by a dash counts some of the whole; it
			// converts nothing ("2 ounces -- about 510 grams").
			dashed := dashAt(s.lw, last.c) > last.c
			if inc := inclusionAt(s.lw, last.c); inc >= 0 && inc < f.a && x.inInclusion(s, &f, inc) && (!dashed || f.kind == model.Count && last.kind == model.Count && f.n.lo <= last.n.hi) {
				f.of = len(figs) - 1
				if k := len(figs) - 2; k >= 0 && placeCount(s, last) && last.n.hi < f.n.lo && figs[k].n.hi >= f.n.lo {
					// "1.9 million phones sold in 10 countries, including
					// about 640,000 in the United States": the ten are
					// where, the phones the whole.
					f.of = k
				}
			} else if last.of >= 0 && !last.which && f.a == last.c+1 && (s.lw[last.c] == "and" || s.lw[last.c] == ",") {
				// "including two firefighters and three pilots": the next
				// part of the same whole.
				f.of = last.of
			}
		}
		if atOnePoint(s.lw, n) {
			i = next // "at one point", "at one stage": a while, no count
			continue
		}
		// "one" or "a single" with no counted thing is a pronoun or an
		// article, not a figure: "one of the", "the one". "One Venezuelan
		// and two Spanish citizens" counts what the next figure counts.
		if f.kind == model.Count && n.lo == 1 && n.hi == 1 && n.words && f.thing == "" && f.head == "" && !f.which {
			if e := x.afterPolity(s, f.c, len(s.lw)); f.orig == "" || e+1 >= len(s.lw) || s.lw[e] != "and" {
				i = next
				continue
			}
			f.tentative = true
		}
		figs = append(figs, f)
		i = max(next, f.c)
	}
	// "three Venezuelan and two Spanish citizens": a figure that names only
	// whose its things are counts what the figure it is coordinated with
	// counts.
	for k := len(figs) - 2; k >= 0; k-- {
		a, b := &figs[k], &figs[k+1]
		if a.kind != model.Count || b.kind != model.Count || a.thing != "" || a.head != "" || a.orig == "" ||
			b.thing == "" && (b.head == "" || b.c < 1 || s.toks[b.c-1].upper) { // not "one New Zealander"
			continue
		}
		if e := x.afterPolity(s, a.c, b.a); e+1 == b.a && s.lw[e] == "and" {
			a.thing, a.head, a.c = b.thing, b.head, e
		}
	}
	figs = dropTentative(compoundDurations(s.lw, figs))
	breakdowns(s, figs)
	return figs
}

// breakdowns marks as parts of a count the two or more counts that follow
// it after a comma and add up to it: "Four other rowers, three from
// Whitcombe and one from Riverside, were treated". A few words may tell
// which each part is, before the comma or "and" that leads to the next;
// the last is led by "and".
func breakdowns(s *sentence, figs []figure) {
	for i := 0; i+1 < len(figs); i++ {
		w := &figs[i]
		if w.kind != model.Count || w.c >= len(s.lw) || s.lw[w.c] != "," || figs[i+1].a != w.c+1 {
			continue
		}
		sum, k := 0.0, i+1
		for ; k < len(figs) && sum < w.n.lo; k++ {
			p := &figs[k]
			if p.kind != model.Count || p.of >= 0 || p.n.lo != p.n.hi || k > i+1 && !partJoin(s, figs[k-1].c, p.a) {
				break
			}
			sum += p.n.lo
		}
		if k == i+1 {
			continue
		}
		last, end := s.lw[figs[k-1].a-1], figs[k-1].c // last: what leads to the last part
		if q := oneAfter(s, end); q > 0 {
			// "three from Whitcombe and one from Riverside": "one" makes no figure
			sum, last, end = sum+1, "and", q+1
		}
		if sum != w.n.lo || last != "and" {
			continue
		}
		for j := i + 1; j < k; j++ {
			figs[j].of = i
		}
		for q := end; q < len(s.lw) && q <= end+4; q++ {
			if s.lw[q] == "," {
				w.asideEnd = q + 1 // "Twelve people, eight from Osk and four from Tal, were killed"
				break
			}
			if s.toks[q].kind != tWord {
				break
			}
		}
	}
}

// oneAfter returns where "and one" makes the next part of a breakdown
// after the part that ends at token c, within a few words: the token of
// "one", or 0.
func oneAfter(s *sentence, c int) int {
	for q := c + 1; q < len(s.lw) && q <= c+5; q++ {
		if s.lw[q] == "one" {
			if s.lw[q-1] == "and" && partJoin(s, c, q) {
				return q
			}
			return 0
		}
	}
	return 0
}

// partJoin reports whether tokens [c, a) lead from one part of a
// breakdown to the next: up to four words of no verb before the comma or
// "and" at a-1 ("from Whitcombe and").
func partJoin(s *sentence, c, a int) bool {
	if a-c > 5 {
		return false
	}
	for k := c; k < a-1; k++ {
		if s.toks[k].kind == tPunct || s.is(k, cBeAux|cSay) || verbForm(s.lw[k]) {
			return false
		}
	}
	return true
}

// placeSaying returns the place named right before the verb of saying
// at token k ("Olvast Province has reported"), or "".
func (x *Extractor) placeSaying(s *sentence, k int) string {
	e := k
	if e >= 1 && (s.lw[e-1] == "has" || s.lw[e-1] == "have" || s.lw[e-1] == "had") {
		e--
	}
	for _, m := range s.mentions {
		if m.j == e && m.kind == model.Place && !m.adj {
			return placeKey(x.lx, m)
		}
	}
	return ""
}

// sayBefore returns the last verb of saying before token a, or -1.
func sayBefore(s *sentence, a int) int {
	for k := a - 1; k >= 0; k-- {
		if s.is(k, cSay) {
			return k
		}
	}
	return -1
}

// atOnePoint reports whether n is the "one" of "at one point", "at one
// stage" or "at one time", which name a moment, not a count.
func atOnePoint(lw []string, n number) bool {
	if !n.words || n.lo != 1 || n.hi != 1 || n.i < 1 || n.j >= len(lw) || lw[n.i-1] != "at" || lw[n.i] != "one" {
		return false
	}
	switch lw[n.j] {
	case "point", "stage", "time", "moment":
		return true
	}
	return false
}

// compoundDurations joins a span written in several units into one
// figure: "3 hours 42 minutes", "three hours and 12 minutes", "two years,
// six months", "2 hours, 3 minutes and 5 seconds". Each later part must be
// exact, in a smaller unit, and follow with nothing or "and" or a comma
// between.
func compoundDurations(lw []string, figs []figure) []figure {
	for k := 0; k+1 < len(figs); k++ {
		a, b := &figs[k], &figs[k+1]
		if ageInParts(lw, a, b) {
			// "26 years and one month old": an age, in years.
			lo, hi := a.n.lo*a.scale/365.25+b.n.lo*b.scale, a.n.hi*a.scale/365.25+b.n.hi*b.scale
			*a = figure{n: a.n, a: a.a, b: b.b, c: b.c, thing: "age", of: -1, wholeAt: -1, kind: model.Age,
				unitName: "year", unitEnd: b.n.j + 1, scale: 1, hedge: a.hedge}
			a.n.lo, a.n.hi = lo, hi
			figs = joinFigure(figs, k)
			continue
		}
		if a.kind != model.Duration || b.kind != model.Duration || b.hedge != "" || b.n.lo != b.n.hi ||
			b.scale >= a.scale || a.thing != "" || a.unitEnd == 0 || b.unitEnd == 0 || !onlyJoins(lw, a.c, b.a) {
			continue
		}
		add := b.n.lo * b.scale / a.scale
		a.n.lo, a.n.hi = a.n.lo+add, a.n.hi+add
		a.b, a.c, a.unitEnd, a.thing = b.b, b.c, b.unitEnd, b.thing
		figs = joinFigure(figs, k)
		k-- // "2 hours, 3 minutes and 5 seconds": a third unit may follow
	}
	return figs
}

// joinFigure drops figure k+1, which figure k now holds, and points the
// parts of either at k.
func joinFigure(figs []figure, k int) []figure {
	figs = slices.Delete(figs, k+1, k+2)
	for i := range figs {
		switch {
		case figs[i].of == k+1:
			figs[i].of = k
		case figs[i].of > k+1:
			figs[i].of--
		}
	}
	return figs
}

// ageInParts reports whether figure a, a span in years, and figure b, an
// age in a smaller unit, are one age written in two units: "26 years and
// one month old".
func ageInParts(lw []string, a, b *figure) bool {
	return a.kind == model.Duration && b.kind == model.Age && a.thing == "" && a.unitEnd != 0 && a.unitName == "year" &&
		b.hedge == "" && b.n.lo == b.n.hi && b.unitName != "" && b.scale < 1 && onlyJoins(lw, a.c, b.a)
}

// onlyJoins reports whether tokens [i, j) are nothing, "and" or a comma.
func onlyJoins(lw []string, i, j int) bool {
	if j-i > 2 || i > j {
		return false
	}
	for k := i; k < j; k++ {
		if lw[k] != "and" && lw[k] != "," {
			return false
		}
	}
	return true
}

// inclusionAt returns the last token of the first phrase from token k on
// that opens the parts of a whole: "including", "among them", "among
// whom"; -1 for none.
func inclusionAt(lw []string, k int) int {
	if d := dashAt(lw, k); d > k && d < len(lw) {
		return d - 1 // "all 23 of its campuses -- 15 elementary schools, five middle schools and three high schools --"
	}
	for ; k < len(lw); k++ {
		switch {
		case lw[k] == "including":
			return k
		case lw[k] == "among" && k+1 < len(lw) && (lw[k+1] == "them" || lw[k+1] == "whom" || lw[k+1] == "those"):
			return k + 1
		}
	}
	return -1
}

// dashAt returns the token after a dash at token k ("—", "–", "--"), or k
// when none stands there.
func dashAt(lw []string, k int) int {
	switch {
	case k < len(lw) && (lw[k] == "—" || lw[k] == "–"):
		return k + 1
	case k+1 < len(lw) && lw[k] == "-" && lw[k+1] == "-":
		return k + 2
	}
	return k
}

// dashAside returns where an aside between dashes opens, for a token k
// that closes it ("—", "–", "--"): the first token of the opening dash;
// 0 when token k closes none.
func dashAside(lw []string, k int) int {
	dash := func(i int) int { // the tokens of a dash ending at i (see dashAt)
		switch {
		case i >= 1 && dashAt(lw, i-1) == i+1:
			return 2
		case i >= 0 && dashAt(lw, i) == i+1:
			return 1
		}
		return 0
	}
	n := dash(k)
	if n == 0 {
		return 0
	}
	for i := k - n; i >= 1; i-- {
		if m := dash(i); m > 0 {
			return i - m + 1
		}
	}
	return 0
}

// inInclusion reports whether figure f stands in the phrase that
// "including", at token inc, opens: "including two crew members", "including
// a woman and two children". A figure past a verb or a preposition the
// phrase gives way to stands in a clause of its own ("including a woman,
// were found under the rubble of a five-story building"), and a figure
// that qualifies its noun ("five-story") counts none of the whole.
func (x *Extractor) inInclusion(s *sentence, f *figure, inc int) bool {
	if f.qualifies {
		return false
	}
	for k := inc + 1; k < f.a; k++ {
		if s.is(k, cBeAux|cPlacePrep|cTargetPrep) {
			return false
		}
		if _, n := x.measureAt(s, k); n > 0 {
			return false
		}
	}
	return true
}

// afterPolity returns the token after the polity words that start at token
// k ("Venezuelan" in "one Venezuelan and two Spanish citizens"), before
// token end.
func (x *Extractor) afterPolity(s *sentence, k, end int) int {
	for k < end {
		_, n := x.polityAt(s, k)
		if n == 0 {
			break
		}
		k += n
	}
	return k
}

// dropTentative removes the tentative figures that still count nothing,
// and renumbers the parts' references to the figures kept.
func dropTentative(figs []figure) []figure {
	if !slices.ContainsFunc(figs, func(f figure) bool { return f.tentative && f.thing == "" && f.head == "" }) {
		return figs
	}
	at := make([]int, len(figs)) // old index -> new index, or -1
	out := figs[:0]
	for k := range figs {
		f := figs[k]
		if f.tentative && f.thing == "" && f.head == "" {
			at[k] = -1
			continue
		}
		at[k] = len(out)
		out = append(out, f)
	}
	for k := range out {
		if out[k].of >= 0 {
			out[k].of = at[out[k].of]
		}
	}
	return out
}

// framePeriod returns the first period phrase of s that is not a figure's
// own rate nor qualifies a noun: in "rolling out £6.50 an hour would save
// £6billion" and "an hour wage", "an hour" is the wage's, and frames
// nothing else. Failing one, a window that opens the sentence ("In the
// first two days, ...") frames it, and window gives the tokens it stands
// in; one further on dates an event ("shot during the first week of
// classes, leaving two dead") more than it bounds a count.
func (x *Extractor) framePeriod(s *sentence, figs []figure) (p string, window [2]int, at int) {
	for i := range s.lw {
		if !s.is(i, cPeriods) || inRate(figs, i) || rateAfter(s, figs, i) {
			continue
		}
		if s.lw[i] == "every" || s.lw[i] == "each" {
			continue // "chipped in for a ticket every week": how often, no window of the sentence
		}
		if p, n := x.periodAt(s, i); n > 0 && !qualifiesNoun(s, i, n) && !saidWhen(s, i) && !stateFor(s.lw, i) && !x.recordSpan(s.lw, i) {
			return p, window, i
		}
	}
	if p, n := x.windowAt(s, 0); n > 0 {
		return p, [2]int{0, n}, 0
	}
	return "", window, 0
}

// periodBefore reads the period of figure f in the words from token from
// up to it. A figure with a rate of its own takes none from an adjective
// of a noun before it: "Daily commuters face paying an extra £690 a year".
func (x *Extractor) periodBefore(s *sentence, f *figure, from int) string {
	if f.n.rate != "" {
		for k := max(0, from); k < f.a; k++ {
			if s.is(k, cPeriods) && strings.HasSuffix(s.lw[k], "ly") && k+1 < f.a && x.nounFollows(s, k+1) {
				from = k + 1
			}
		}
	}
	return x.periodIn(s, from, f.a, f.a)
}

// asideAt returns the commas that set off a relative clause holding the
// figure at token a, as open and end; ok is false when no such clause holds
// it. "The fund, which manages savings for 34,000 city workers, said its
// investments returned minus 8.9 percent last year" gives the year of the
// return, not of the workers the fund has.
func asideAt(s *sentence, a int) (open, end int, ok bool) {
	open = -1
	for p := a - 1; p >= 1; p-- {
		if (s.lw[p] == "which" || s.lw[p] == "who") && s.lw[p-1] == "," {
			open = p - 1
			break
		}
		if s.toks[p].kind == tPunct || s.is(p, cClauseStop) {
			break
		}
	}
	if open < 0 {
		return 0, 0, false
	}
	for p := a + 1; p < len(s.lw); p++ {
		if s.lw[p] == "," {
			return open, p, true
		}
		if s.toks[p].kind == tPunct || s.is(p, cClauseStop) {
			break
		}
	}
	return 0, 0, false
}

// trailingStart returns where a phrase set off by a comma that an "-ing"
// form or a relative pronoun opens starts, past the figure that ends at
// token c and before token hi, or hi: "will receive a 7.5 percent pay
// increase ..., ending a dispute that culminated in a walkout this week"
// dates the walkout, not the pay increase. So does a relative clause in a
// phrase of the reason right after the figure ("for a discharge that ...").
func trailingStart(s *sentence, c, hi int) int {
	if c < hi && (s.lw[c] == "for" || s.lw[c] == "over") {
		// "fined ... 14.5 million crowns for a chemical discharge that
		// poisoned the river last year": the clause of the reason's noun
		// dates the discharge, not the fine.
		for q := c + 2; q < hi && q <= c+5; q++ {
			if s.lw[q] == "that" || s.lw[q] == "which" {
				return q
			}
			if s.toks[q].kind != tWord || s.is(q, cBeAux) {
				break
			}
		}
	}
	for p := c; p+1 < hi; p++ {
		if s.lw[p] != "," {
			continue
		}
		if w := s.lw[p+1]; participle(s, p+1) && len(w) > 4 || w == "which" || w == "who" {
			return p
		}
	}
	return hi
}

// qualifiedOf returns the period of "an hour wage of" before the figure at
// token a: a period that qualifies the noun governing the figure.
func (x *Extractor) qualifiedOf(s *sentence, a int) string {
	k := a - 4
	if k < 0 || s.lw[a-1] != "of" || !s.is(k, cPeriods) {
		return ""
	}
	if p, n := x.v.periods.at(s, k); n == 2 && qualifiesNoun(s, k, n) {
		return p
	}
	return ""
}

// qualifiesNoun reports whether the period phrase of n tokens at i is "a"
// or "an" and a unit that qualifies the noun after it: "an hour wage", "a
// day trip".
func qualifiesNoun(s *sentence, i, n int) bool {
	if s.lw[i] != "a" && s.lw[i] != "an" || i+n >= len(s.toks) {
		return false
	}
	t := &s.toks[i+n]
	return t.kind == tWord && !t.upper && t.cls&(cStop|cPhrasePrep|cBeAux|cVerbGroup|cSay) == 0 && !adverbish(t.low)
}

// inRate reports whether token i is part of the rate of one of figs: the
// "an hour" of "£6.50 an hour", the "per hour" of a speed, the "an hour"
// inside "an hour and a half".
func inRate(figs []figure, i int) bool {
	for k := range figs {
		if n := &figs[k].n; n.rate != "" && i >= n.i && i < n.j {
			return true
		}
		if f := &figs[k]; f.unit == model.SpeedUnit && i >= f.a && i < f.c {
			return true // the "per hour" of "165 miles per hour"
		}
		if n := &figs[k].n; halfUnits[n.glued] && i >= n.i && i < n.j {
			return true // the "an hour" of "an hour and a half"
		}
	}
	return false
}

// rateAfter reports whether token i begins a rate ("a", "an", "per",
// "each", "every") right after the phrase of one of figs, or after an
// "of" phrase of a word or two that ends it: the "a day" of "up to 16
// hours a day" and of "220,000 barrels of crude a day" is that figure's,
// and frames no other figure of the sentence, as "this week" after "the
// second leg" still does.
func rateAfter(s *sentence, figs []figure, i int) bool {
	switch s.lw[i] {
	case "a", "an", "per", "each", "every":
	default:
		return false
	}
	for k := range figs {
		c := figs[k].c
		if c == i || c < i && i-c <= 3 && s.lw[c] == "of" && wordsOnly(s, c+1, i) {
			return true // "220,000 barrels of crude a day"
		}
	}
	return false
}

// wordsOnly reports whether tokens [from, to) are lower-case words that
// are no stopwords: "crude" in "barrels of crude a day".
func wordsOnly(s *sentence, from, to int) bool {
	for k := from; k < to; k++ {
		if t := &s.toks[k]; t.kind != tWord || t.upper || s.is(k, cStop) {
			return false
		}
	}
	return from < to
}

// inPeriod reports whether token i lies inside a period phrase: the
// "single" of "in a single week" is a window, not a count.
func (x *Extractor) inPeriod(s *sentence, i int) bool {
	for k := max(0, i-3); k <= i; k++ {
		if !s.is(k, cPeriods) {
			continue
		}
		if _, n := x.v.periods.at(s, k); n > 0 && k+n > i {
			return true
		}
	}
	return false
}

// datedBetween reports whether tokens [lo, hi) of s hold a date.
func datedBetween(s *sentence, lo, hi int) bool {
	if s.taken == nil {
		return false
	}
	for k := max(0, lo); k < min(hi, len(s.taken)); k++ {
		if s.taken[k] {
			return true
		}
	}
	return false
}

// coordinated reports whether figure b follows figure a joined by "and"
// alone: "247 drones and 9 missiles".
func coordinated(s *sentence, a, b *figure) bool {
	return b.a == a.c+1 && s.lw[a.c] == "and"
}

// nounPhrase reads what a figure counts, from the words after it.
func (x *Extractor) nounPhrase(s *sentence, f *figure, prev []figure, st *docState) {
	j := f.n.j
	lw := s.lw
	if appositiveAge(s, f) || commaAge(s, f) {
		f.kind, f.thing, f.c = model.Age, "age", j
		return
	}
	if unit, ok := looseAge(s, f); ok {
		f.kind, f.thing, f.c = model.Age, "age", j
		if j < len(lw) && lw[j] == "-" {
			f.c = j + 1
		}
		x.ageUnit(f, unit)
		return
	}
	if x.agedFigure(s, f, prev) {
		f.kind, f.thing, f.c = model.Age, "age", j
		if j < len(lw) {
			if u, ok := x.lx.Unit(lw[j]); ok && u.IsTime() {
				x.ageUnit(f, lw[j]) // "aged 6 months"
				f.c, f.unitEnd = j+1, j+1
			}
		}
		return
	}
	if f.kind == model.Share && j+1 < len(lw) && lw[j] == "of" {
		if end := x.economyAt(s, j+1); end > 0 {
			// "the deficit to 3.1% of GDP": the economy is what the share
			// is set against; what it measures is governed.
			f.ofEconomy, f.c = true, end
			return
		}
	}
	if j+1 < len(lw) && lw[j] == "of" {
		switch lw[j+1] {
		case "which", "whom", "them", "those", "these":
			// "63 of which", "all but two of them": part of the figure before.
			f.c = j + 2
			if canon, n := x.v.things.at(s, f.c); n > 0 && lw[j+1] != "which" {
				// "164 Valdorians, 22 of them civilians": the part names
				// what it counts.
				f.thing, f.c = canon, f.c+n
			}
			if len(prev) > 0 {
				// "247 drones and 9 missiles, 171 of which": the whole is the
				// coordination, named by its first figure.
				k := len(prev) - 1
				for k > 0 && coordinated(s, &prev[k-1], &prev[k]) {
					k--
				}
				if k > 0 && upFrom(lw, prev[k].a) {
					// "received 1,372 claims in 2013, up from 986 the year
					// before, but approved 18 per cent of them": the
					// figure a change started from is no whole.
					k--
				}
				if k > 0 && placeCount(s, &prev[k]) && prev[k].n.hi < f.n.lo && prev[k-1].n.hi >= f.n.lo {
					// "killed about 230,000 people in a dozen countries,
					// around 170,000 of them in Aceh": the dozen is where.
					k--
				}
				if lw[f.a] == "all" && prev[k].n.hi < f.n.lo {
					// "two calves is twice the work, and we'll be keeping a
					// close eye on all three of them": all of a larger
					// group, of which the two are some.
					return
				}
				f.of = k
				f.which = true
				return
			}
			if lw[j+1] != "which" && lw[j+1] != "whom" {
				f.back = st.wholeBack(f.n.lo) // "A dozen of them": a figure of an earlier sentence
			}
			return
		}
		// "He faces 11 charges, eight of fraud ... and three of false
		// accounting": a breakdown of the figure before, by kind.
		if p := len(prev) - 1; p >= 0 && s.toks[j+1].kind == tWord && !s.toks[j+1].upper && !determiner(lw[j+1]) && !s.is(j+1, cStop) {
			switch {
			case f.a >= 1 && lw[f.a-1] == "," && prev[p].c >= f.a-2 && prev[p].c < f.a && prev[p].kind == f.kind:
				// (the figure before may end before a measure's noun: "11 charges")
				f.of = p
			case f.a >= 1 && lw[f.a-1] == "and" && prev[p].of >= 0 && !prev[p].which:
				f.of = prev[p].of
			}
			if f.of >= 0 {
				f.c = j + 1
				return
			}
		}
		// "63 of the drones", "52 of the 54 seats", "None of the crew members"
		if x.partitive(s, f, j+1) {
			return
		}
	}
	// "Of those, 870 were destroyed", "Of those taken to hospital, six
	// remained there": the whole is named first.
	if ofThose(lw, f.a) {
		if len(prev) > 0 {
			f.of = len(prev) - 1
		} else {
			f.back = st.wholeBack(f.n.lo)
		}
	}
	// "hundreds of volunteers", "tens of thousands of people"
	if f.n.vague && f.kind == model.Count && j+1 < len(lw) && lw[j] == "of" {
		j++
	}
	// A unit glued by a hyphen: "28-point plan", "92-year-old", "11-year
	// war", "five-storey building".
	glued, after := f.n.glued, j
	if glued == "" && j < len(s.toks) && s.toks[j].joined && s.toks[j].kind == tWord && lw[j] != "'s" {
		glued, after = lw[j], j+1
		f.b = after // the quote takes in the word glued to the figure: "3-kilometre"
	}
	if glued != "" {
		if strings.HasSuffix(glued, "-old") || glued == "year-old" {
			f.kind, f.c = model.Age, after
			if after < len(lw) && (lw[after] == "-" || lw[after] == "old") {
				f.c = after + 1
			}
			f.thing = "age"
			unit, rest, _ := strings.Cut(glued, "-")
			if m, ok := x.lx.Multiplier(unit); ok {
				// "the 66-million-year-old fossil"
				f.n.lo, f.n.hi = f.n.lo*m, f.n.hi*m
				unit, _, _ = strings.Cut(rest, "-")
			}
			x.ageUnit(f, unit) // "a six-month-old baby"
			return
		}
		first, _, _ := strings.Cut(glued, "-")
		base := lexicon.Singular(strings.TrimSuffix(first, "s"))
		if unit, ok := x.lx.Unit(first); ok && unit.IsTime() {
			f.kind, f.unit, f.unitName, f.scale = model.Duration, "day", unit.Name, unit.Factor
			f.c = after
			// The event that lasts, as a thing: "a three-day visit" is a
			// visit, not the measure "view" its verb would be.
			f.thing = x.headWith(s, after, thingLemma)
			return
		}
		if unit, ok := x.lx.Unit(first); ok && !strings.Contains(glued, "-") {
			// "1,400ft", "a 5km race": a unit glued to its figure reads
			// as it does apart ("1,400 ft").
			f.kind, f.unit, f.unitName, f.scale = model.Measurement, unit.Base, unit.Name, unit.Factor
			f.c = after
			f.thing = temperatureOf(unit)
			if f.thing == "" && x.nounFollows(s, after) && !pluralNoun(s.lw[after]) {
				// "the 38-metre rocket", "a 5km race": the size of the
				// one thing it qualifies; "60-tonne rigs" are any rigs.
				f.head, f.qualifies = x.headWith(s, after, thingLemma), true
			} else if h := namedHead(s, after); f.thing == "" && h != "" {
				f.head, f.qualifies = h, true // "the 11.2-kilometre Kalden Tunnel": a tunnel
			}
			return
		}
		f.thing = lemma(x.lx, base)
		f.c = after
		// The noun the figure qualifies is part of its phrase: "a
		// five-storey building", "the 28-point plan".
		for k := after; k < len(lw) && k < after+3 && s.toks[k].kind == tWord && !s.toks[k].upper &&
			!s.is(k, cStop|cBeAux) && !adverbish(lw[k]); k++ {
			if _, n := x.measureAt(s, k); n > 0 && k > after {
				break
			}
			if k > after && (pastForm(lw[k]) || participles[lw[k]]) {
				break // "Five-set thriller ended at 1:12 a.m.": the verb
			}
			f.c = k + 1
			f.head = lemma(x.lx, lw[k])
			f.qualifies = true
		}
		if !f.qualifies && after < len(lw) && s.toks[after].kind == tWord && s.toks[after].upper && !s.is(after, cStop|cBeAux) {
			// "a five-storey Mumbai apartment block": a name may stand
			// between the compound and the noun it qualifies.
			f.qualifies = true
		}
		return
	}
	// "years old", "three weeks old"
	if j+1 < len(lw) && lw[j+1] == "old" {
		if u, ok := x.lx.Unit(lw[j]); ok && u.IsTime() {
			f.kind, f.c, f.thing = model.Age, j+2, "age"
			x.ageUnit(f, lw[j])
			return
		}
	}
	if f.kind == model.Amount {
		// "€210bn in frozen Russian assets": what the money is.
		if j+1 < len(lw) && (lw[j] == "in" || lw[j] == "of" || lw[j] == "for" || lw[j] == "worth") {
			if h := x.headAfter(s, j+1); h != "" {
				f.head = h
			}
		} else if f.n.rate == "" && j < len(lw) && s.toks[j].kind == tWord && !s.toks[j].upper &&
			!s.is(j, cStop|cBeAux|cPeriods) && !adverbish(lw[j]) {
			// "a $2.5 billion aid package", "a £40m contract": the noun
			// the amount qualifies names what it is. An adjective before
			// a measure's noun qualifies that: "the $75,000 grand award",
			// "a $12.1 billion hostile bid"; a noun names what it is: "a
			// $6.8 million compensation fund".
			if _, m := x.measureAt(s, j); m == 0 && !nounSuffix(lw[j]) && j+1 < len(lw) && s.toks[j+1].kind == tWord && !s.toks[j+1].upper {
				if _, m := x.measureAt(s, j+1); m > 0 {
					j++
				}
			}
			if _, m := x.measureAt(s, j); m == 0 {
				if h := x.headWith(s, j, thingLemma); h != "" {
					if canon, n := x.v.things.at(s, j); n > 0 && projectNouns[h] && j+n < len(lw) && lexicon.Singular(lw[j+n]) == h {
						h = canon // "a £1.8 million restoration project", as "a £2.8 million restoration"
					}
					f.head, f.qualifies = h, true
				}
			}
		}
		return
	}
	if f.kind == model.Share {
		if j+1 < len(lw) && lw[j] == "of" {
			f.head = x.headAfter(s, j+1)
		} else if t := relativeRisk(lw, j); t != "" {
			f.thing, f.c = t, j+2 // "were 37% more likely to develop", "a 20% higher risk of"
		} else if relativeTo(lw, j) {
			f.thing = "difference" // "a final cost 84 percent above the original budget"
		} else if m, n := x.measureAt(s, j); n > 0 && x.lx.Class(m) == "change" && j+n+1 < len(lw) && lw[j+n] == "in" {
			f.head = x.headAfter(s, j+n+1) // "a 15% rise in revenue"
		} else if m, n := x.measureAt(s, j+1); n > 0 && x.lx.Class(m) == "change" && s.toks[j].kind == tWord && !s.toks[j].upper && !s.is(j, cStop|cBeAux) {
			// "an 18% pay increase", "a 5% tax cut": the change is the
			// figure's, whatever verb the clause has ("offered a 7% pay
			// rise" pays nothing).
			f.head, f.npMeasure, f.c = lexicon.Singular(lw[j]), m, j+1+n
		} else if oneInShare(s, f) {
			x.proportionOf(s, f, j) // "one in 12 truck drivers"
		} else if j < len(lw) && (lw[j] == "stake" || lw[j] == "holding" || lw[j] == "shareholding") {
			f.head, f.c = "stake", j+1 // "owns a 9.8% stake in Brannock"
		}
		return
	}
	x.readNP(s, f, j, prev)
	if f.thing == "" && f.head == "" && f.kind == model.Count {
		switch {
		case f.n.lo == 0 && f.n.hi == 0 && (lw[f.n.i] == "no" || lw[f.n.i] == "nobody" || lw[f.n.i] == "no-one"):
			f.thing = "people" // "No one was killed"
		case f.n.vague && f.back == nil && f.of < 0:
			f.thing = "people" // "Thousands fled", "Tens of thousands march"
		}
	}
}

// projectNouns name an undertaking by what it does, which the noun before
// them says: a "restoration project" is a restoration.
var projectNouns = map[string]bool{"project": true, "programme": true, "program": true, "scheme": true}

// determiner reports whether w opens a noun phrase before its noun: an
// article or a possessive ("the deficit", "its workforce").
func determiner(w string) bool {
	switch w {
	case "the", "a", "an", "its", "their", "his", "her", "our":
		return true
	}
	return false
}

// economyAt returns where the name of a whole economy's output at token k
// ends ("GDP", "the gross domestic product"), the whole of a share of it;
// 0 for none.
func (x *Extractor) economyAt(s *sentence, k int) int {
	if k < len(s.lw) && s.lw[k] == "the" {
		k++
	}
	if canon, n := x.v.things.at(s, k); n > 0 && x.lx.Class(canon) == economyClass {
		return k + n
	}
	return 0
}

// rainUnits are the units rain and snow are measured in.
var rainUnits = map[string]bool{"millimeter": true, "centimeter": true, "inch": true}

// fallForms are the forms of "fall", which a length of rain or snow does.
var fallForms = map[string]bool{"fell": true, "fallen": true, "falls": true, "fall": true, "falling": true}

// weatherClass is the class of lexicon.Things of what falls from the sky.
const weatherClass = "weather"

// economyClass is the class of lexicon.Things of a whole economy's output.
const economyClass = "economy"

// wholeAdjectives say how a whole's figure is made up, between the
// determiner and the figure of a part's whole: "410 of the combined 1,150
// stores", "three of the remaining 12 hostages".
var wholeAdjectives = map[string]bool{"combined": true, "total": true, "remaining": true,
	"estimated": true, "original": true, "existing": true}

// commonPossessor returns the token after the "'s" of a possessor in
// lower case that opens at token k, of up to three words ("plant's",
// "wine cooperative's"); 0 when there is none, or when a period owns
// ("this year's crop" is read with its period).
func commonPossessor(s *sentence, k int) int {
	switch s.lw[k] {
	case "this", "last", "next", "that":
		return 0
	}
	for e := k; e < len(s.toks) && e < k+3 && s.toks[e].kind == tWord && !s.toks[e].upper && s.lw[e] != "'s"; e++ {
		if e+2 < len(s.lw) && s.lw[e+1] == "'s" {
			return e + 2
		}
	}
	return 0
}

// partitive reads the phrase after the "of" of a part: "63 of the drones",
// "52 of the 54 seats", "all 6 of its remaining ferries". k is the token
// after "of". When the whole is itself a figure ("54"), the part ends at
// "of" and the whole is read next as a figure of its own.
func (x *Extractor) partitive(s *sentence, f *figure, k int) bool {
	lw := s.lw
	switch lw[k] {
	case "the", "its", "their", "his", "her", "our", "these", "those":
		k++
	}
	if k+1 < len(lw) && wholeAdjectives[lw[k]] && s.toks[k+1].kind == tNum {
		k++ // "410 of the combined 1,150 stores"
	}
	if k >= len(lw) {
		return false
	}
	np := figure{of: -1, wholeAt: -1, kind: model.Count, scale: 1}
	owner, at := possessor(s, k) // "half of Osk Bank's (90) branches"
	if owner == "" {
		if e := commonPossessor(s, k); e > 0 {
			at = e // "23 of the plant's workers" counts workers, not plants
		}
	}
	if _, h := x.v.hedges.at(s, at); h > 0 && at+h < len(lw) && s.toks[at+h].kind == tNum {
		at += h // "about 9,800 of the roughly 28,000 flights": the whole's figure starts after its hedge
	}
	if at+1 < len(lw) && (lw[at] == "first" || lw[at] == "last") {
		if _, ok, _ := x.num.read(s.toks, at+1); ok {
			at++ // "won six of his first seven games": the whole is the games played so far
		}
	}
	if n, ok, _ := x.num.read(s.toks, at); ok && !n.year && !n.ordinal && n.currency == "" && !n.share {
		np.n = n
		x.readNP(s, &np, n.j, nil)
		if np.thing == "" && np.head == "" {
			return false
		}
		f.wholeAt = at // the part's phrase ends at "of"; f.c stays there
	} else {
		x.readNP(s, &np, at, nil)
		if np.thing == "" && np.head == "" || np.kind != model.Count {
			return false
		}
		f.c = np.c
	}
	if np.orig == "" {
		np.orig = owner
	}
	f.thing, f.head, f.orig, f.nounMeasure = np.thing, np.head, np.orig, np.nounMeasure
	if f.wholeAt < 0 && f.nounMeasure == employMeasure && f.kind == model.Count && !f.n.vague && !slices.Contains(lw[max(0, f.a-1):f.a+1], "all") {
		// "represents roughly 700 of the smelter's workers": some of
		// the workforce, not how many it employs ("all 350 of its
		// employees" are all it employs).
		f.nounMeasure = ""
	}
	return true
}

// estimateVersion returns the version of a figure that an estimate in
// tokens [from, a) before it gives: "The company's initial estimate put
// the damage at 1.2 million crowns" is initial, and "raised its estimate
// of the damage to 1.8 million" revised; "" for none.
func (x *Extractor) estimateVersion(s *sentence, from, a int) string {
	for k := max(from, 1); k < a; k++ {
		if !estimateNouns[s.lw[k]] {
			continue
		}
		if v := x.versionIn(s, k-1, k); v == "initial" || v == "revised" {
			return v
		}
		p := k - 1
		if p > from && (s.lw[p] == "its" || s.lw[p] == "their" || s.lw[p] == "the") {
			p--
		}
		if reviseVerbs[s.lw[p]] && a >= 1 && s.lw[a-1] == "to" {
			return "revised"
		}
	}
	return ""
}

// sourceVersion returns the draft of the estimate that a figure ending
// before token c is credited to after it: "Around 120 people were
// evacuated, according to an early fire service estimate" is an initial
// figure. It reads the first "according to" after the figure, then a
// version word and an estimate noun at most four words on; "" otherwise.
func (x *Extractor) sourceVersion(s *sentence, c int) string {
	for k := c; k+3 < len(s.lw); k++ {
		if s.lw[k] != "according" || s.lw[k+1] != "to" {
			continue
		}
		j := k + 2
		if determiner(s.lw[j]) {
			j++
		}
		if v := x.versionIn(s, j, j+1); v == "initial" || v == "revised" {
			for p := j + 1; p < min(len(s.lw), j+5); p++ {
				if estimateNouns[s.lw[p]] {
					return v
				}
			}
		}
		return ""
	}
	return ""
}

// reportVersion returns "initial" when an early report gives the figure
// at token a: a version word of the first draft before "reports" that
// a verb of saying or giving follows before the figure, in tokens
// [from, a): "Early reports from the resort spoke of 12 pupils buried",
// "Initial reports said 14 people were killed"; "" otherwise. Not "a
// preliminary report expected in about two weeks": no report gives that
// span.
func (x *Extractor) reportVersion(s *sentence, from, a int) string {
	for k := max(from, 1); k < a; k++ {
		if s.lw[k] == ";" {
			return ""
		}
		if !reportNouns[s.lw[k]] || x.versionIn(s, k-1, k) != "initial" {
			continue
		}
		for j := k + 1; j < a; j++ {
			if s.is(j, cSay) || reportVerbs[s.lw[j]] {
				return "initial"
			}
		}
	}
	return ""
}

// reportNouns name reports of a figure; reportVerbs, besides the verbs of
// saying, what they do with it: "spoke of 12", "put the toll at 16".
var (
	reportNouns = map[string]bool{"reports": true, "report": true, "accounts": true}
	reportVerbs = map[string]bool{"spoke": true, "speak": true, "put": true, "gave": true, "suggested": true, "indicated": true, "listed": true}
)

// estimateNouns name an estimate of a figure, which a version word before
// them qualifies.
var estimateNouns = map[string]bool{"estimate": true, "estimates": true, "assessment": true, "forecast": true, "projection": true}

// reviseVerbs change an estimate to a new figure: "raised its estimate of
// the damage to 1.8 million".
var reviseVerbs = map[string]bool{"raised": true, "revised": true, "lowered": true, "cut": true, "increased": true,
	"upped": true, "reduced": true, "raises": true, "revises": true, "lowers": true, "cuts": true,
	"corrected": true, "updated": true, "adjusted": true}

// limitBefore reports whether a word of limiting stands among the four
// tokens before token k: "limited to 80", "the legal limit of 5",
// "capped at 20 km/h".
func limitBefore(lw []string, k int) bool {
	for p := k - 1; p >= 0 && p >= k-4; p-- {
		switch lw[p] {
		case "limit", "limited", "limits", "capped", "cap", "restricted":
			return true
		}
	}
	return false
}

// degrees reports whether token k is "degrees" before the name of a
// temperature scale: "47.3 degrees Celsius".
func (x *Extractor) degrees(lw []string, k int) bool {
	if k+1 >= len(lw) || lw[k] != "degrees" && lw[k] != "degree" {
		return false
	}
	u, ok := x.lx.Unit(lw[k+1])
	return ok && temperatureOf(u) != ""
}

// docScale returns the temperature scale that the tokens lw of a document
// name after "degrees", or the zero Unit when they name none or both: a
// story that gives "58 degrees Fahrenheit" once means Fahrenheit by its
// bare "58 degrees" and "41-degree limit" too.
func (x *Extractor) docScale(lw []string) lexicon.Unit {
	var scale lexicon.Unit
	for k := range lw {
		if !x.degrees(lw, k) {
			continue
		}
		u, _ := x.lx.Unit(lw[k+1])
		if scale.Base != "" && scale.Base != u.Base {
			return lexicon.Unit{}
		}
		scale = u
	}
	return scale
}

// weighsInPounds reports whether a document's "pounds" are weights: a
// form of "weigh" stands before a figure of pounds in a sentence ("weighed
// 278 pounds", "weighed the calf ... and recorded 287 pounds"), or a figure
// of pounds is converted to kilograms (", or about 130 kilograms"), and
// no "£" or "sterling" says the document counts money in pounds.
func weighsInPounds(toks []token) bool {
	weighed, money := false, false
	weigh := -1 // the last form of "weigh" in the sentence so far
	for k, t := range toks {
		switch {
		case weighVerbs[t.low]:
			weigh = k
		case t.low == "£" || t.low == "sterling":
			money = true
		case t.low == "." || t.low == ";" || t.low == "!" || t.low == "?":
			weigh = -1
		case t.low == "pounds" || t.low == "pound":
			if k == 0 || toks[k-1].kind != tNum {
				continue
			}
			if weigh >= 0 && k-weigh <= 20 {
				weighed = true
			}
			for j := k + 1; j < len(toks) && j <= k+6; j++ {
				if toks[j].low == "kilograms" || toks[j].low == "kilos" || toks[j].low == "kg" {
					weighed = true
				}
			}
		}
	}
	return weighed && !money
}

// possessor reads a name that owns the phrase after it, at token k: "Osk
// Bank's" in "Osk Bank's branches". It returns the name in lower case and
// the token after the "'s", or "" and k when there is none.
func possessor(s *sentence, k int) (string, int) {
	e := k
	for e < len(s.toks) && e-k < 4 && s.toks[e].kind == tWord && s.toks[e].upper && s.lw[e] != "'s" {
		e++
	}
	if e == k || e >= len(s.lw) || s.lw[e] != "'s" {
		return "", k
	}
	return strings.Join(s.lw[k:e], " "), e + 1
}

// readNP reads the counted noun phrase that starts at token k: "drones",
// "Ukrainian drones", "crew members", "attack drones", "500 workers";
// or a unit of time or measure, which makes the figure a duration or a
// measurement.
func (x *Extractor) readNP(s *sentence, f *figure, k int, prev []figure) {
	things := x.v.things
	if x.modifiedNP(s, f, k) {
		return
	}
	start := k
	words := 0
	for k < len(s.toks) && words < 5 {
		t := s.toks[k]
		if t.kind == tNum && k > start && s.toks[k-1].upper {
			if n := x.num.labelled(s.toks, k); n > 0 {
				k += n // "1.9 million Nova 5 devices": devices
				words++
				continue
			}
		}
		if t.kind != tWord || t.low == "'s" {
			break
		}
		if k == start && x.degrees(s.lw, k) {
			k++ // "47.3 degrees Celsius": the scale is the unit
			continue
		}
		if k == start && (t.low == "counts" || t.low == "count") && k+1 < len(s.lw) && s.lw[k+1] == "of" {
			// "denies 13 counts of fraud": charges, as "faces 11 charges".
			f.npMeasure, f.c = chargeMeasure, k+1
			return
		}
		u, unit := x.lx.Unit(t.low)
		unit = unit && (len(t.low) > 1 || t.joined)
		if k == start && (t.low == "degrees" || t.low == "degree") && s.sc.scale.Base != "" {
			u, unit = s.sc.scale, true // "held at 58 degrees" in a story of Fahrenheit
		}
		if k == start {
			if noun, ok := x.adjectiveList(s, k); ok {
				k, start = noun, noun // "local, state and federal officers": officers
				continue
			}
		}
		if canon, n := things.at(s, k); n > 0 {
			if lexicon.Singular(s.lw[k+n-1]) == s.lw[k+n-1] && k+n < len(s.toks) && !s.toks[k+n].upper && pluralNoun(s.lw[k+n]) {
				if head, m := things.at(s, k+n); m > 0 {
					canon, n = head, n+m // "infant car seats" are seats; "10 car bombs" bombs
				}
			}
			if lexicon.Singular(s.lw[k+n-1]) == s.lw[k+n-1] && f.n.lo > 1 && !x.compoundAfter(s, k+n) {
				if h := x.pluralHeadAfter(s, k+n); h > 0 {
					// "11,400 home and contents claims", "500 home
					// insurance claims": many of a thing named in the
					// singular qualify the plural noun that heads them.
					f.head, f.c = lexicon.Singular(s.lw[h]), h+1
					if canon, ok := things.t.Lookup(f.head); ok {
						f.thing, f.head = canon, ""
					}
					return
				}
			}
			if lexicon.Singular(s.lw[k+n-1]) == s.lw[k+n-1] && x.compoundAfter(s, k+n) {
				f.head, f.c = lexicon.Singular(s.lw[k+n]), k+n+1 // "40 fire engines"
				if canon, ok := things.t.Lookup(f.head); ok {
					f.thing, f.head = canon, ""
				}
				return
			}
			f.thing, f.c = canon, k+n
			if other, m := x.coordinatedThing(s, f.c); m > 0 && other != canon {
				// "47 scientists and passengers": one count of both.
				f.thing, f.c = canon+" and "+other, f.c+1+m
			}
			f.more = f.more || k == start && t.low == "others" // "four others", a list's word for people
			if p := len(prev) - 1; k == start && t.low == "others" && p >= 0 && prev[p].kind == model.Count && !prev[p].qualifies &&
				(prev[p].thing != "" || prev[p].head != "") {
				// "injuring 11 crew members and leaving two others
				// missing": others of what the figure before counted.
				f.thing, f.head = prev[p].thing, prev[p].head
			}
			if m, mn := x.measureAt(s, k); mn == n && canon == employeeThing && m == employMeasure {
				f.nounMeasure = m // "209,000 workers": employees, whom someone employs
			}
			if canon == "passenger" {
				andCrew(s, f)
			}
			return
		}
		if u, ok := x.poweredUnit(s, k); ok {
			// "9 million cubic metres of ice", "40 square kilometres":
			// a volume or an area, which no length is compared with;
			// "six nautical miles", a length.
			f.kind, f.unit, f.unitName, f.scale = model.Measurement, u.Base, u.Name, u.Factor
			f.c = k + 2
			if k == f.b {
				f.unitEnd = f.c // the quote is "40 square kilometres"
			}
			x.measuredThing(s, f)
			return
		}
		if unit {
			f.kind, f.unit, f.unitName, f.scale = model.Measurement, u.Base, u.Name, u.Factor
			f.thing = temperatureOf(u)
			if u.IsTime() {
				f.kind = model.Duration
			}
			f.c = k + 1
			if n := perHour(s.lw, k+1); n > 0 && u.Base == "km" {
				// "112 km/h", "70 miles per hour": a speed, in km/h.
				f.unit, f.unitName, f.c = model.SpeedUnit, u.Name+"/h", k+1+n
			}
			if k == f.b || k == f.b+1 && x.degrees(s.lw, f.b) {
				f.unitEnd = f.c // the quote is "two hours", not "two"
			}
			if f.unit == model.SpeedUnit {
				f.thing = "speed"
			}
			if (f.thing == "speed" || f.thing == "temperature") && limitBefore(s.lw, k-1) {
				// "where the limit is 80 km/h", "limited to 80 km/h", "the
				// legal limit of 5 degrees Celsius": a limit, not a reading.
				f.thing += " limit"
			}
			if f.kind == model.Measurement && f.thing == "" { // a speed names itself
				x.measuredThing(s, f)
			}
			return
		}
		if p, n := x.polityAt(s, k); n > 0 && t.upper {
			f.orig = strings.ToLower(p)
			k += n
			words++
			continue
		}
		// "12 other vehicles", "two additional ships", "three more people":
		// what is counted comes after. ("Three more were found" are more
		// of what was counted before; see below.)
		switch t.low {
		case "other", "additional", "further", "more":
			if k+1 < len(s.toks) && s.toks[k+1].kind == tWord && !s.is(k+1, cStop|cBeAux) && !adverbish(s.lw[k+1]) {
				f.more = k == start
				k++
				continue
			}
		}
		if modifierBeforeNoun(s, k) || x.adverbOfParticiple(s, k) {
			if k == start {
				start++ // the noun after it starts the phrase
			}
			k++ // "two late goals", "three elderly residents", "1,000 critically endangered tortoises"
			continue
		}
		if x.coordinatedModifiers(s, k) {
			if k == start {
				start += 3 // the noun after them starts the phrase
			}
			k += 3 // "530 new and used vehicles": both kinds of vehicle
			continue
		}
		if p, n := x.v.periods.at(s, k); n == 1 && strings.HasSuffix(t.low, "ly") && x.nounFollows(s, k+1) {
			if k == start {
				start++
			}
			f.ownPeriod = p
			k++ // "24 daily slot pairs", "40 weekly flights": a window of the counted noun
			continue
		}
		if t.cls&(cStop|cBeAux|cPlacePrep|cTargetPrep) != 0 || adverbish(t.low) {
			break
		}
		if t.upper && x.isDateWord(s, k) {
			break // "Tens of Thousands March", "on Friday"
		}
		if stayVerbs[t.low] {
			break // "At least 9 people died and 15 remain missing": no remains counted
		}
		if m, n := x.measureAt(s, k); n > 0 {
			// "101 missing people", "three injured adults", "13 damaged
			// containers": a casualty or a damage written as an adjective
			// of the counted noun is what the figure says of them,
			// whatever verb the clause has.
			if stateAdjective(x.lx, m, t.low) && k+n < len(s.toks) && s.toks[k+n].kind == tWord && !s.is(k+n, cStop|cBeAux) {
				f.npMeasure = m
				k += n
				continue
			}
			// "17 burn injuries": people hurt in that way, as "11
			// people had suffered burns" counts them.
			if m2, n2 := x.measureAt(s, k+n); n2 == 1 && m2 == injureMeasure && m != injureMeasure && x.lx.Class(m) != "" && !s.toks[k+n].joined && !strings.HasSuffix(t.low, "ed") {
				f.thing, f.npMeasure, f.c = "people", m, k+n+n2
				return
			}
			// "attack drones": a measure word that modifies a counted noun
			if canon, m := things.at(s, k+n); m > 0 {
				f.thing, f.c = canon, k+n+m
				return
			}
			// "500 workers", "six workers": a noun that counts people
			// ("employ") is what is counted; "five deaths" stays a measure.
			if (k == start || f.head != "") && n == 1 && x.lx.Class(m) == "count" && !strings.HasSuffix(t.low, "ed") && !strings.HasSuffix(t.low, "ing") {
				f.head, f.nounMeasure, f.c = lexicon.Singular(t.low), m, k+1
			}
			// "Seven bids were submitted", "received 12 loans": a plural
			// noun of a money verb, right after the figure, is what is
			// counted. Followed by its amount it stays the amount's
			// measure: "two bids, of £25million".
			if k == f.b && x.lx.Class(m) == "money" && pluralNoun(t.low) &&
				(k+1 >= len(s.toks) || s.lw[k+1] != "of" && s.lw[k+1] != ",") {
				f.head, f.c = lexicon.Singular(t.low), k+1
			}
			break
		}
		if _, n := x.v.periods.at(s, k); n > 0 {
			break
		}
		if t.low == "others" || t.low == "more" {
			f.thing, f.c, f.more = "people", k+1, k == start
			if len(prev) > 0 && t.low == "more" {
				f.thing = prev[len(prev)-1].thing
			}
			return
		}
		if k == start && strings.HasSuffix(t.low, "ed") && (k+1 >= len(s.toks) || s.toks[k+1].kind != tWord || s.is(k+1, cStop|cBeAux)) {
			break // "40,000 marched.": a verb, no counted noun; "12 parked cars" are cars
		}
		f.head = lexicon.Singular(t.low)
		f.c = k + 1
		k++
		words++
		// A singular noun followed by another continues the phrase ("crew
		// members", "farm buildings"); a plural ends it ("villages
		// downstream", "boats carrying").
		if t.low == f.head && k < len(s.toks) && s.toks[k].kind == tWord && !s.is(k, cStop) {
			if _, n := things.at(s, k); n > 0 {
				continue
			}
			if m, n := x.measureAt(s, k); (!s.toks[k].upper || s.sec == model.Headline) && (n == 0 || n == 1 && x.lx.Class(m) == "count" && !strings.HasSuffix(s.lw[k], "ed")) {
				continue // "aid workers"
			}
			if x.properModifier(s, k) {
				k++ // "farmed Atlantic salmon": salmon
				continue
			}
		}
		if t.upper && k < len(s.toks) && s.toks[k].kind == tNum && x.num.labelled(s.toks, k) > 0 {
			continue // "Nova 5 devices": the name of a model, then its noun
		}
		break
	}
	if f.head != "" && andCrew(s, f) {
		return
	}
	if f.head != "" {
		if k := otherKinds(s, f.c); k > 0 {
			// "6,347 overdue books, DVDs and other items": the kind the
			// list ends with counts them all.
			f.head, f.c = lexicon.Singular(s.lw[k]), k+1
		}
	}
	if other, m := x.coordinatedThing(s, f.c); f.head != "" && m > 0 && other != f.head {
		f.head, f.c = f.head+" and "+other, f.c+1+m // "47 scientists and passengers"
		return
	}
	if f.head != "" && words <= 2 && f.c < len(s.toks) && !s.toks[f.c].upper && pluralNoun(s.lw[f.c]) && x.qualifiers(s, start, f.c) {
		if m, n := x.measureAt(s, f.c); n == 1 && x.lx.Class(m) == "casualty" {
			// "47 measles cases", "37 confirmed cases", "12 new deaths":
			// the words before a casualty's noun qualify it; what is
			// counted is what "47 cases" counts.
			f.head, f.c = "", start
		}
	}
	if f.head != "" {
		if canon, ok := things.t.Lookup(f.head); ok {
			f.thing, f.head = canon, ""
		}
	}
}

// qualifiers reports whether tokens [a, c) only qualify the noun after
// them, naming neither a counted thing nor a version: "measles",
// "confirmed" in "47 measles cases", "37 confirmed cases"; not "patient"
// in "nine patient deaths", "new" in "212 new cases" or "suspected" in
// "1,150 suspected cases", which count cases of another standing.
func (x *Extractor) qualifiers(s *sentence, a, c int) bool {
	for k := a; k < c; k++ {
		if unconfirmed[s.lw[k]] {
			return false
		}
		if _, n := x.v.things.at(s, k); n > 0 {
			return false
		}
		if _, n := x.v.versions.at(s, k); n > 0 {
			return false
		}
		if _, ok := x.v.things.t.Lookup(lexicon.Singular(s.lw[k])); ok {
			return false
		}
	}
	return true
}

// unconfirmed are the words of cases not yet confirmed, counted apart.
var unconfirmed = map[string]bool{"suspected": true, "probable": true, "possible": true, "presumed": true, "presumptive": true, "unconfirmed": true}

// coordinatedThing returns the thing a plural noun after "and" at token k
// counts, and its length: "passengers" in "47 scientists and passengers
// were airlifted"; m is 0 for none.
func (x *Extractor) coordinatedThing(s *sentence, k int) (thing string, m int) {
	if k+1 >= len(s.lw) || s.lw[k] != "and" || s.toks[k+1].upper {
		return "", 0
	}
	canon, n := x.v.things.at(s, k+1)
	if n == 0 || !pluralNoun(s.lw[k+n]) {
		return "", 0
	}
	return canon, n
}

// otherKinds returns the token of the noun that ends a list of things
// starting at token k with "and other": "items" in ", DVDs and other
// items", "goods" in "and other goods". It returns 0 when no such list
// starts at k.
func otherKinds(s *sentence, k int) int {
	for j := k; j+2 < len(s.lw) && j < k+8; j++ {
		if (s.lw[j] == "and" || s.lw[j] == "or") && s.lw[j+1] == "other" {
			if s.toks[j+2].kind == tWord && pluralNoun(s.lw[j+2]) {
				return j + 2
			}
			return 0
		}
		if j == k && s.lw[j] != "," || s.lw[j] != "," && (s.toks[j].kind != tWord || s.is(j, cStop|cBeAux)) {
			return 0
		}
	}
	return 0
}

// adjectiveList returns the token of the noun that a list of adjectives
// starting at token k qualifies: "officers" in "local, state and federal
// officers", "buses" in "red and white buses", "soldiers" in "British and
// French soldiers". ok is false when no such list starts at k: a word of
// the list that is a plural, a number or a measure's word lists things or
// acts ("officers, dogs and helicopters", "police and soldiers", "one
// Venezuelan and two Spanish citizens", "killed and wounded").
func (x *Extractor) adjectiveList(s *sentence, k int) (noun int, ok bool) {
	adjective := func(i int) bool {
		if i >= len(s.toks) || s.toks[i].kind != tWord || s.is(i, cStop|cBeAux|cNumStart) {
			return false
		}
		if _, n := x.measureAt(s, i); n > 0 {
			return false
		}
		w := s.lw[i]
		return lexicon.Singular(w) == w && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ed") && !adverbish(w)
	}
	if !adjective(k) {
		return 0, false
	}
	for i, n := k+1, 0; n < 4 && i+1 < len(s.lw); n++ {
		switch s.lw[i] {
		case ",":
			if !adjective(i + 1) {
				return 0, false
			}
			i += 2
		case "and", "or":
			if !adjective(i + 1) {
				return 0, false
			}
			i += 2
			if i >= len(s.toks) || s.toks[i].kind != tWord || s.is(i, cStop|cBeAux) {
				return 0, false
			}
			if _, n := x.v.things.at(s, i); n > 0 || lexicon.Singular(s.lw[i]) != s.lw[i] {
				return i, true // a counted noun, or a plural: "a single carrier and noticeably higher fares" is none
			}
			if _, n := x.v.things.at(s, i+1); adjective(i) && (x.compoundAfter(s, i+1) || n > 0 && lexicon.Singular(s.lw[i+1]) != s.lw[i+1]) {
				return i + 1, true // "current and former city employees": a compound's plural head
			}
			return 0, false
		default:
			return 0, false
		}
	}
	return 0, false
}

// containMeasure is the measure of a fire's containment, and fireThing
// the thing it is of.
const (
	containMeasure = "contain"
	fireThing      = "fire"
)

// nounFollows reports whether a plain noun may start at token k: a word
// in lower case that is no function word, adverb or measure.
func (x *Extractor) nounFollows(s *sentence, k int) bool {
	if k >= len(s.toks) {
		return false
	}
	t := s.toks[k]
	if t.kind != tWord || t.upper || s.is(k, cStop|cBeAux|cVerbGroup|cPeriods) || adverbish(t.low) || dimensionWords[t.low] {
		return false
	}
	_, n := x.measureAt(s, k)
	return n == 0
}

// dimensionWords say which way a length runs, after it: "100 miles away",
// "50 feet deep"; no noun.
var dimensionWords = map[string]bool{"away": true, "deep": true, "high": true, "long": true, "wide": true, "tall": true,
	"thick": true, "across": true, "underground": true, "offshore": true, "inland": true}

// compoundAfter reports whether token k is a plural noun that makes the
// (singular) thing before it a modifier: "40 fire engines", "three missile
// launchers" count engines and launchers. A measure ("civilian deaths")
// or a known thing ("attack drones") is no such noun, and the caller
// keeps a plural thing ("bullied children goes on") from modifying.
func (x *Extractor) compoundAfter(s *sentence, k int) bool {
	if k >= len(s.toks) {
		return false
	}
	t := s.toks[k]
	if t.kind != tWord || t.upper || t.joined || s.is(k, cStop|cBeAux|cVerbGroup) || adverbish(t.low) || !pluralNoun(t.low) {
		return false
	}
	if _, n := x.measureAt(s, k); n > 0 {
		return false
	}
	_, n := x.v.things.at(s, k)
	return n == 0
}

// pluralHeadAfter returns the last plural noun of the words from token k
// that go on a noun phrase, before a punctuation mark, a function word, a
// number or a verb: "claims" in "[home] insurance claims" and, past an
// "and" that joins two nouns qualifying it, in "[home] and contents
// claims lodged"; 0 for none within three words.
func (x *Extractor) pluralHeadAfter(s *sentence, k int) int {
	head, and := 0, -1
	for j := k; j < len(s.toks) && j < k+3; j++ {
		t := s.toks[j]
		if t.low == "and" && and < 0 {
			and = j
			continue
		}
		if t.kind != tWord || t.upper || s.is(j, cStop|cBeAux|cVerbGroup|cNumStart) || adverbish(t.low) || verbForm(t.low) {
			break
		}
		if _, n := x.measureAt(s, j); n > 0 {
			break // "2,000 job cuts": jobs cut, as measures read them
		}
		if pluralNoun(t.low) {
			head = j // "insurance claims": a noun, not a verb of saying
		}
	}
	if and >= 0 && head < and+2 {
		return 0 // "nine aircraft and four helicopters", "62 aircraft and flies to": no noun that both qualify
	}
	return head
}

// modifierBeforeNoun reports whether token k is an adjective that reads
// like an adverb ("late", "early", "elderly", "costly") standing before a
// noun: "two late goals", "three elderly residents"; not a period
// ("daily", "weekly"), which the figure's period reads. Before a participle,
// a stop word or nothing, it is the adverb it looks like: "12 seriously
// injured", "killed five early on Friday".
func modifierBeforeNoun(s *sentence, k int) bool {
	w := s.lw[k]
	if w != "late" && w != "early" && !strings.HasSuffix(w, "ly") || s.is(k, cPeriods) || k+1 >= len(s.toks) {
		return false
	}
	n := s.toks[k+1]
	return n.kind == tWord && !n.upper && n.cls&(cStop|cBeAux|cPeriods) == 0 && !adverbish(n.low) &&
		!strings.HasSuffix(n.low, "ed") && !strings.HasSuffix(n.low, "ing")
}

// adverbOfParticiple reports whether token k is an adverb in "-ly" that
// qualifies the participle after it, which qualifies a plural noun: the
// "critically" of "1,000 critically endangered tortoises", the "badly" of
// "40 badly damaged homes". A measure's words stay whole: "three
// critically injured fans" are in critical condition.
func (x *Extractor) adverbOfParticiple(s *sentence, k int) bool {
	if k+2 >= len(s.toks) || !strings.HasSuffix(s.lw[k], "ly") || !adverbish(s.lw[k]) {
		return false
	}
	if _, m := x.measureAt(s, k); m > 0 {
		return false
	}
	// not "when one father secretly ordered a test"
	return strings.HasSuffix(s.lw[k+1], "ed") && pluralNoun(s.lw[k+2])
}

// properModifier reports whether token k is a capitalized word that
// qualifies the noun after it, inside a noun phrase a lower-case word
// opened: the "Atlantic" of "farmed Atlantic salmon", the "Taliban" of
// "armed Taliban fighters". The noun is a thing of the lexicon, a plural
// or, before a verb, a word that reads as none; no unit ("nine o'clock
// Monday night") nor a verb ("Some 1,000 carved Moai line the perimeter").
func (x *Extractor) properModifier(s *sentence, k int) bool {
	if k+1 >= len(s.toks) || !s.toks[k].upper || s.toks[k].kind != tWord || s.sec == model.Headline || x.isDateWord(s, k) {
		return false
	}
	n := &s.toks[k+1]
	if _, unit := x.lx.Unit(n.low); unit || n.kind != tWord || n.upper || n.cls&(cStop|cBeAux|cPeriods) != 0 || adverbish(n.low) {
		return false
	}
	if _, m := x.v.things.at(s, k+1); m > 0 {
		return true
	}
	if _, m := x.measureAt(s, k+1); m > 0 || strings.HasSuffix(n.low, "ed") || strings.HasSuffix(n.low, "ing") || x.irregularForm(n.low) {
		return false
	}
	if pluralNoun(n.low) {
		return true
	}
	// A word the lexicon does not know ends the phrase when a verb in
	// "-ed" or "be" follows it: "salmon escaped", not "Moai line the".
	after := k + 2
	return after < len(s.toks) && s.toks[after].kind == tWord && (pastForm(s.lw[after]) || s.is(after, cBeAux))
}

// coordinatedModifiers reports whether token k starts a word and a
// participle joined by "and" or "or" that qualify the plural noun after
// them: "new and used vehicles", "sick or injured passengers", "radiated
// and ploughshare tortoises". A plural before "and" is a noun of its own
// ("cars and light trucks"), and a measure's words a compound ("search and
// rescue missions").
func (x *Extractor) coordinatedModifiers(s *sentence, k int) bool {
	if k+3 >= len(s.toks) || s.lw[k+1] != "and" && s.lw[k+1] != "or" || !strings.HasSuffix(s.lw[k+2], "ed") && !strings.HasSuffix(s.lw[k], "ed") {
		return false
	}
	word := func(i int) bool {
		t := &s.toks[i]
		_, number := x.num.wordValue(t.low)
		_, m := x.measureAt(s, i)
		return t.kind == tWord && !t.upper && t.cls&(cStop|cBeAux|cPeriods) == 0 && !adverbish(t.low) && !number && m == 0
	}
	return word(k) && word(k+2) && word(k+3) && !pluralNoun(s.lw[k]) && pluralNoun(s.lw[k+3])
}

// polityAt returns the polity a token names or implies, from the lexicon
// or from the document's own names ("Karstenian"), and its length in tokens.
func (x *Extractor) polityAt(s *sentence, k int) (string, int) {
	if p, n := x.v.places.at(s, k); n > 0 {
		return p, n
	}
	for _, m := range s.mentions {
		if m.i == k && m.polity != "" && (m.adj || m.kind == model.Place) {
			return m.polity, m.j - m.i
		}
	}
	return "", 0
}

// isDateWord reports whether token k names a month or weekday.
func (x *Extractor) isDateWord(s *sentence, k int) bool {
	if _, n := x.v.weekdays.at(s, k); n > 0 {
		return true
	}
	return x.monthAt(s, k) > 0
}

// changedFrom reports whether the figure at tokens [a, b) is what a
// change started from: after "down from" or "up from"; after "from" and
// before "to" and another figure ("would raise the retirement age from 62
// to 64"); or after "from" with a measure of change (rose, fell) a few
// words before it.
func (x *Extractor) changedFrom(s *sentence, a, b int) bool {
	if a > 2 && s.lw[a-1] == "the" {
		a-- // "the toll had climbed from the 89 deaths it reported"
	}
	if a < 2 || s.lw[a-1] != "from" {
		return false
	}
	if s.lw[a-2] == "down" || s.lw[a-2] == "up" {
		return true
	}
	if b+1 < len(s.lw) && s.lw[b] == "to" && (s.toks[b+1].kind == tNum || s.is(b+1, cNumStart)) {
		return true
	}
	for k := a - 2; k >= 0 && k >= a-8; k-- {
		if s.toks[k].kind == tPunct && s.lw[k] != "," {
			return false
		}
		if x.changeVerbAt(s, k) {
			return true
		}
	}
	return false
}

// ofPlural reports whether the figure at tokens [a, c) holds a phrase of
// "of" whose plural noun, within a few words, is the thing subject: "61%
// of the most urgent calls" for "call".
func (x *Extractor) ofPlural(s *sentence, a, c int, subject string) bool {
	k := a
	for k <= c && k < len(s.lw) && s.lw[k] != "of" {
		k++
	}
	if k > c || k >= len(s.lw) {
		return false
	}
	for j := k + 1; j < len(s.lw) && j <= k+5 && s.toks[j].kind == tWord; j++ {
		if lemma(x.lx, s.lw[j]) == subject {
			return pluralNoun(s.lw[j])
		}
	}
	return false
}

// pluralNoun reports whether a measure word after a figure's noun reads
// as a plural noun rather than the verb of a plural subject: "cuts" in
// "2,000 job cuts", "arrests"; not "died" or "fell".
func pluralNoun(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && lexicon.Singular(w) != w // not "radius", "census"
}

// governed reads what a figure with no counted thing of its own measures
// from the noun that governs it: "the death toll had risen to 15" counts
// deaths, "Turnout was 71 percent" is turnout, "put the crowd at 35,000"
// counts a crowd, "an initial toll of nine" counts deaths, "cut pensions
// by 4 percent" is pensions; "put the number at 30 to 35" counts what the
// previous figure counted. A share is the governing noun's even when it
// says "of what" ("the deficit is expected to reach 6.4% of output").
func (x *Extractor) governed(s *sentence, st *docState, f *figure, c *model.Claim, out []model.Claim) {
	if f.kind != model.Count && f.kind != model.Share && (f.kind != model.Measurement || c.Subject != "") {
		return
	}
	share := f.kind == model.Share
	if share && relativeRisk(s.lw, f.n.j) != "" {
		return // "Smokers were 27% more likely": a likelihood, not smokers
	}
	i, j, verb := x.governor(s, f.a, share)
	if j <= i && f.n.i > f.a && s.is(f.n.i-1, cCopula) {
		i, j, verb = x.governor(s, f.n.i, share) // "Turnout topped 60%": the hedge is the verb
	}
	if f.kind == model.Measurement {
		// "The grain harvest has fallen to 3.1 million tonnes": the
		// size of the harvest; not "The mine is 80 km from Osk", how
		// far it is.
		if f.c < len(s.lw) && distanceWords[s.lw[f.c]] && !endToEnd(s, f.c) {
			if s.lw[f.c] == "from" {
				if head := x.distanceFrom(s, f.c+1); head != "" {
					c.Subject = model.DistanceFrom + head // "landed about 240 meters from the road"
				}
			}
			return
		}
		// Not the object of a change ("widening the exclusion zone to 15
		// kilometres" is where it may go, not how large it is).
		if verb && j > i && s.toks[j-1].kind == tWord && !s.toks[j-1].upper && !x.changedObject(s, i) {
			c.Subject = lemma(x.lx, s.lw[j-1])
		}
		return
	}
	if share && j > i && s.lw[j-1] == "turnout" {
		// "put turnout at 61 percent of the province's 2.27 million
		// registered voters": turnout is a share of the voters.
		c.Subject = "turnout"
		return
	}
	if share && j > i && j+2 < len(s.lw) && portionWords[s.lw[j-1]] && s.lw[j] == "of" {
		// "Its share of the vote dropped to 31.2%": a share of the vote.
		k := j + 1
		if s.lw[k] == "the" {
			k++
		}
		if k < len(s.lw) && s.toks[k].kind == tWord {
			c.Subject = lemma(x.lx, s.lw[k])
			return
		}
	}
	if verb && f.kind == model.Count {
		at := f.a
		if j > i {
			at = i // "The number of people killed in a quake that flattened a school rose to 214"
		}
		if thing, m, ok := x.numberOf(s, x.clauseStart(s, at)); ok {
			// "The number of people killed by the fever has risen to 32"
			c.Subject, c.Measure, c.Actor = thing, m, ""
			return
		}
	}
	if j <= i || c.Subject != "" && !(verb && f.kind == model.Share) {
		return
	}
	if c.Subject != "" && pluralNoun(s.lw[j-1]) && x.ofPlural(s, f.a, f.c, c.Subject) {
		// "Crews reached only 61% of the most urgent calls": a share of
		// the calls, which the crews reached; not "Exports climbed to
		// 31% of output", a size of the exports.
		return
	}
	if m, n := x.v.measures.ending(s, j-1); n > 0 && j-n >= i && x.lx.Class(m) == "casualty" {
		c.Measure, c.Subject = m, "" // people, by the casualty rule
		return
	}
	head := s.lw[j-1]
	switch head {
	case "number", "figure", "total", "tally", "count":
		if last := lastCount(out); last != nil {
			c.Subject = last.Subject
			if c.Measure == "" {
				c.Measure = last.Measure
			}
		}
		return
	}
	if _, n := x.measureAt(s, j-1); n > 0 {
		if f.ofEconomy {
			// "Defence spending will rise to 2.1% of GDP": the size of
			// the spending, told apart by what it is spent on.
			c.Subject = strings.Join(s.lw[i:j], " ")
		}
		return
	}
	if inName(s, j-1) {
		return // "Corvan Blend climbed 6.4%": a name is whose, not what
	}
	c.Subject = lemma(x.lx, head)
	if f := x.financeIn(s, i, j); f != "" {
		c.Subject = f // "data center revenue soared 427%": a part's
	}
	if share && c.Origin == "" {
		// "Revenue at Osk Bank", "Delmar Shipping revenue": whose the
		// figure is, in one slot however the name stands.
		if o := ownerOf(s, st, i, j); o != "" {
			c.Origin = o
			if c.Actor == o {
				c.Actor = ""
			}
		}
	}
}

// sumVerbs say what a figure adds up to: "debts total €38 million".
var sumVerbs = map[string]bool{"total": true, "totals": true, "totalled": true, "totaled": true, "totalling": true, "totaling": true}

// amountVerbs say the same with "to": "debts amounted to €38 million".
var amountVerbs = map[string]bool{"amount": true, "amounts": true, "amounted": true, "amounting": true}

// inName reports whether token k is a word inside a name the sentence
// mentions, with a capitalized word of the name right after it: "Corvan"
// of "Corvan Blend", not "Shares" of "Shares of Brennick".
func inName(s *sentence, k int) bool {
	for _, m := range s.mentions {
		if m.i <= k && k+1 < m.j && s.toks[k+1].upper {
			return true
		}
	}
	return false
}

// nounAfterAge returns the first lower-case word after token k, past
// names, of the noun phrase that an age no person has qualifies ("a
// 146-year-old Wisconsin church"), in the singular; "thing" when there is
// none, so that the age is still no person's.
func nounAfterAge(s *sentence, k int) string {
	for n := 0; k < len(s.lw) && n < 5; k, n = k+1, n+1 {
		if s.toks[k].kind != tWord || s.is(k, cStop|cBeAux|cSay) {
			break
		}
		if !s.toks[k].upper {
			return lexicon.Singular(s.lw[k])
		}
	}
	return "thing"
}

// vehicleAfter returns the vehicle a figure's noun phrase names within
// a few words after token k ("a 14-year-old Arvel 72 twin turboprop", "the
// 40-year-old ferry"), as the lexicon's things of class "interceptable"
// (aircraft, boats, missiles); "" for none. A story speaks of one such
// plane or ship, where "a 34-year-old man" may be any man.
func (x *Extractor) vehicleAfter(s *sentence, k int) string {
	for n := 0; k < len(s.lw) && n < 5; k, n = k+1, n+1 {
		if s.toks[k].kind == tPunct || s.is(k, cStop|cBeAux|cSay) {
			return ""
		}
		if canon, m := x.v.things.at(s, k); m > 0 {
			if x.lx.Class(canon) == "interceptable" {
				return canon
			}
			return ""
		}
	}
	return ""
}

// numberOf reads a clause that opens with "the number of" what a
// participle or a relative clause says of them: "The number of people
// killed by Calder fever has risen to 32" counts people killed, "the
// number of people who have died" people killed, "the total number of
// homes flooded" homes flooded. ok is false for any other opening.
func (x *Extractor) numberOf(s *sentence, k int) (thing, measure string, ok bool) {
	lw := s.lw
	k = max(k, datelineEnd(s)) // "(CNN) -- The number of people"
	if k < len(lw) && (lw[k] == "the" || lw[k] == "a") {
		k++
	}
	if k < len(lw) && lw[k] == "total" {
		k++
	}
	if k+2 >= len(lw) || lw[k] != "number" || lw[k+1] != "of" {
		return "", "", false
	}
	k += 2
	if canon, n := x.v.things.at(s, k); n > 0 {
		thing, k = canon, k+n
	} else if s.toks[k].kind == tWord && !s.is(k, cStop) {
		thing, k = lemma(x.lx, lw[k]), k+1
	} else {
		return "", "", false
	}
	if k < len(lw) && (lw[k] == "who" || lw[k] == "that") {
		k = skipAuxiliaries(lw, k+1, 2) // "the number of people who have died"
	}
	if m, n := x.measureAt(s, k); n > 0 {
		measure = m
	}
	return thing, measure, measure != ""
}

// partlyIn reports whether the words [k, hi) after a figure place only a
// part of it: "3,800 buildings were destroyed, most of them in Halvek",
// "mostly in Halvek". "12 people, many of them children, were killed in
// Dravik" places them all.
func partlyIn(lw []string, k, hi int) bool {
	hi = min(hi, len(lw))
	for i := k; i+1 < hi; i++ {
		switch lw[i] {
		case "mostly", "mainly", "largely":
			if lw[i+1] == "in" {
				return true
			}
		case "most", "many", "some", "half", "several":
			if i+3 < hi && lw[i+1] == "of" && (lw[i+2] == "them" || lw[i+2] == "those") && lw[i+3] == "in" {
				return true
			}
		}
	}
	return false
}

// setOff returns where a phrase set off after the figure ending before
// token k starts, by hi: a comma before "with", "while" or "but" ("cut
// power to 1.2 million customers, with villages in Upper Kesta the last
// to be reconnected"), before a credit ("according to the authority,
// which oversees vehicle safety in Varessa") or before what followed
// ("injured 19 when a silo exploded, sending smoke over the Tavra River").
// What it names is not where the figure is; what was done where is
// ("caught within a day, hiding in a barn near the village of Ostrel").
func setOff(lw []string, k, hi int) int {
	hi = min(hi, len(lw))
	for i := k; i+1 < hi; i++ {
		if lw[i] == "," && (setOffWords[lw[i+1]] || consequences[lw[i+1]]) {
			return i
		}
	}
	return hi
}

// setOffWords open a phrase set off by a comma that says more than where
// the figure before it is: a contrast or a credit.
var setOffWords = map[string]bool{"with": true, "while": true, "whereas": true, "but": true, "although": true,
	"though": true, "according": true}

// consequences are verbs in "-ing" that tell, after a comma, what an event
// caused: "the silo exploded, sending smoke over the river".
var consequences = map[string]bool{"sending": true, "leaving": true, "forcing": true, "prompting": true,
	"causing": true, "sparking": true, "triggering": true, "bringing": true, "shattering": true, "spreading": true,
	"cutting": true, "knocking": true, "blocking": true, "disrupting": true, "stranding": true}

// whereOf reads the place a clause of "where" that holds the figure at
// token a refers to: "in Halvek province, where 1,020 people died". A
// place listed with others ("in Ostrel and Brevik, where") names none of
// them alone. lo bounds the search: the previous figure's end.
func (x *Extractor) whereOf(s *sentence, lo, a int) string {
	for k := a - 1; k > lo && k >= 2; k-- {
		if s.lw[k] != "where" {
			continue
		}
		if s.lw[k-1] != "," {
			return ""
		}
		for _, m := range s.mentions {
			if m.adj || m.kind != model.Place && m.kind != model.Other {
				continue
			}
			end := m.j
			if end < k-1 && x.lx.Has(lexicon.PlaceWords, s.lw[end]) {
				end++ // "Halvek province"
			}
			if end == k-1 && m.i >= 1 && s.lw[m.i-1] != "and" && s.lw[m.i-1] != "," && x.placeOf(s, m.i, m.j) != "" {
				return placeKey(x.lx, m)
			}
		}
		return ""
	}
	return ""
}

// bareShare reads what a share with no subject of its own is from the
// word right before it. After "up" or "down", a move of the shares or the
// stock its clause names: "Halvane shares closed up 7.4%", "shares ended
// the day up 4.7%", "The stock closed 31% lower at 18.40 crowns"; after a
// verb "be" or "closed", a move of whatever the clause is about ("The
// tallen is down 24%"). After "offered", the offer: "The government has
// offered 3.5%", as "the government's offer of 4.5%".
func (x *Extractor) bareShare(s *sentence, f *figure, c *model.Claim) {
	if f.kind != model.Share || c.Subject != "" || f.a < 2 {
		return
	}
	measure := ""
	switch s.lw[f.a-1] {
	case "offered", "offers", "offering":
		c.Subject = "offer"
		return
	case "up", "higher":
		measure = "increase"
	case "down", "lower":
		measure = "decrease"
	}
	if measure == "" && f.c < len(s.lw) && (f.c+1 == len(s.lw) || s.toks[f.c+1].kind == tPunct || s.lw[f.c+1] == "at" || s.lw[f.c+1] == "on") {
		// "The stock closed 31% lower at 18.40 crowns": the word after
		// the share says which way it moved.
		switch s.lw[f.c] {
		case "higher":
			measure = "increase"
		case "lower":
			measure = "decrease"
		}
	}
	if measure == "" {
		return
	}
	start := max(x.clauseStart(s, f.a-1), f.a-12)
	for k := f.a - 2; k >= start; k-- {
		switch s.lw[k] {
		case "shares", "share", "stock", "stocks":
			c.Subject, c.Measure = "share", measure
			return
		}
	}
	switch s.lw[f.a-2] {
	case "is", "was", "are", "were", "been", "closed", "ended", "finished":
		c.Measure = measure // "The tallen is down 24% since the start of the year": a fall of whatever it is
	}
}

// financeOf reads what an amount with no noun of its own is worth from
// the financial figure a verb or a preposition ties it to: "net profit
// rose to $312 million", "Net profit for the quarter was $321 million",
// "revenue of $19.6 billion", "raised its forecast to $19.6 billion". An
// amount a change verb reached is the figure's level, not the change:
// "rose to $312 million" states the profit, as "was $321 million" does.
func (x *Extractor) financeOf(s *sentence, st *docState, f *figure, c *model.Claim) {
	if f.kind != model.Amount || c.Subject != "money" || f.a < 2 {
		return
	}
	if strings.HasSuffix(f.unit, "/"+perShare) {
		return // "earnings of $6.12 a share": a share's part, no total
	}
	k := f.a - 1
	i, j := 0, 0
	if w := s.lw[k]; w == "to" || w == "of" || w == "at" {
		if i2, j2 := x.nounEndingAt(s, k-1); j2 > 0 && x.financeIn(s, i2, j2) != "" {
			i, j = i2, j2 // "its forecast to $19.6 billion"
		}
	}
	if j == 0 {
		i, j, _ = x.governor(s, f.a, false)
	}
	canon := x.financeIn(s, i, j)
	if canon == "" {
		return
	}
	c.Subject = canon
	if s.lw[k] == "to" && x.lx.Class(c.Measure) == "change" {
		c.Measure = ""
	}
	if o := ownerOf(s, st, i, j); o != "" && c.Origin == "" {
		c.Origin = o // "Halvane's net profit", "revenue at Halvane"
		if c.Actor == o {
			c.Actor = ""
		}
	}
}

// costAt gives an amount with no measure the measure "cost" when a cost
// is put at it: "The city finance office put the cost of the recount at
// about 460,000 crowns", "estimated the bill at $2 million", "put the
// value of the destroyed vaccines at €9.1 million", "put the market
// value of the lost fish at €3.8 million", "estimated the cost of
// repairing the pier and the bridge deck at €3.8 million"; or when it
// is a cost's: "the final price tag of $680 million".
func costAt(s *sentence, f *figure, c *model.Claim) {
	if f.kind != model.Amount || c.Measure != "" || f.a < 3 {
		return
	}
	if s.lw[f.a-1] == "of" {
		// "The final price tag of $680 million is far above": the cost.
		switch s.lw[f.a-2] {
		case "cost", "costs", "bill", "price":
			c.Measure = "cost"
		case "tag":
			if s.lw[f.a-3] == "price" {
				c.Measure = "cost"
			}
		}
		return
	}
	if s.lw[f.a-1] != "at" {
		return
	}
	for k := f.a - 2; k >= 1 && k >= f.a-12; k-- {
		if s.toks[k].kind == tPunct {
			return
		}
		switch s.lw[k] {
		case "cost", "costs", "bill", "price", "value":
			// "the value", "the cost"; and "the market value", "the
			// preliminary repair bill": up to two words qualify it, but
			// a bill not as a whole ("the total bill", "the final bill"),
			// which may sum costs that other reports give apart; "the
			// total value" of things is still their worth
			for j := k - 1; j >= 0 && j >= k-3; j-- {
				if determiner(s.lw[j]) {
					c.Measure = "cost"
					return
				}
				if s.toks[j].kind != tWord || s.toks[j].upper || s.is(j, cStop) || wholeCost[s.lw[j]] && s.lw[k] != "value" {
					return
				}
			}
			return
		}
	}
}

// wholeCost are the words that make a cost a sum of costs: "the total
// bill for replacement", "the final bill".
var wholeCost = map[string]bool{"total": true, "overall": true, "combined": true, "full": true, "final": true, "entire": true}

// demandedAfter reports whether a relative clause right after the figure
// ending before token c asks for it: "the 9% it is demanding", "the $2
// million that they had sought".
func (x *Extractor) demandedAfter(s *sentence, c int) bool {
	if c >= len(s.lw) {
		return false
	}
	k := c
	if s.lw[k] == "that" || s.lw[k] == "which" {
		k++
	}
	if k >= len(s.lw) || !pronouns[s.lw[k]] {
		return false
	}
	for k++; k < len(s.lw) && (s.is(k, cBeAux) || haveForms[s.lw[k]]); k++ {
	}
	return x.versionIn(s, k, k+1) == model.DemandVersion
}

// builtFor gives an amount a work was done for the measure "cost": "The
// barrier was completed in 2008 for €68 million", "the bridge was built
// for $40 million", "the hall was restored for £2.1 million". A word of
// making a few words before "for" makes the sum what the work cost.
func builtFor(s *sentence, f *figure, c *model.Claim) {
	if f.kind != model.Amount || c.Subject != "money" || c.Measure != "" && c.Measure != "produce" || f.a < 3 || s.lw[f.a-1] != "for" {
		return
	}
	for k := f.a - 2; k >= 1 && k >= f.a-5; k-- {
		if s.toks[k].kind == tPunct {
			return
		}
		if madeWords[s.lw[k]] {
			c.Measure = "cost"
			return
		}
	}
}

// madeWords are the participles of building and mending whose work a
// sum after "for" paid for.
var madeWords = map[string]bool{"built": true, "completed": true, "constructed": true, "renovated": true, "restored": true,
	"refurbished": true, "rebuilt": true, "upgraded": true, "installed": true, "repaired": true, "finished": true,
	"redeveloped": true, "modernised": true, "modernized": true, "overhauled": true, "refitted": true, "converted": true}

// estimatedAt gives an amount that a passive estimate puts on a noun of a
// measure that noun's measure: "Damage is estimated at $5.8 million" is a
// damage, as "estimates the damage at $3.8 million" is, where the
// estimate alone would make it a cost.
func (x *Extractor) estimatedAt(s *sentence, f *figure, c *model.Claim) {
	a := f.a
	if f.kind != model.Amount || c.Measure != "cost" || a < 4 || s.lw[a-1] != "at" || s.lw[a-2] != "estimated" || !s.is(a-3, cBeAux) {
		return
	}
	if m, n := x.measureAt(s, a-4); n == 1 && m != "" {
		c.Measure = m
	}
}

// tallyVersion returns the version of a tally that opens the sentence as
// its subject, for a figure at token a of the same clause (before any ";"
// or "but"): "The initial estimate put the death toll at 40", "The
// preliminary count, released two days after the vote, had put her ahead
// by 52,107 votes" and "The regional health authority's first bulletin
// listed 31 cases" give earlier figures; "An updated tally showed 212
// homes destroyed" a revised one.
func (x *Extractor) tallyVersion(s *sentence, a int) string {
	k := 0
	if k < a && determiner(s.lw[k]) {
		k++
	}
	if e := commonPossessor(s, k); e > 0 && e < a {
		k = e // "The regional health authority's first bulletin"
	}
	p, n := x.v.versions.at(s, k)
	if n == 0 || p != "initial" && p != "revised" && p != "adjusted" {
		return ""
	}
	k += n
	if k+1 < a && !countNouns[s.lw[k]] && s.toks[k].kind == tWord && !s.is(k, cStop) {
		k++ // "the preliminary official count"
	}
	if k >= a || !countNouns[s.lw[k]] {
		return ""
	}
	for j := k + 1; j < a; j++ {
		switch s.lw[j] {
		case ";", ":", "but", "while", "whereas", "although":
			return "" // "..., but the commission revised that figure to 15"
		}
	}
	return p
}

// countNouns name a count or estimate as a whole, whose version a word
// before them gives: "the preliminary count", "an earlier tally".
var countNouns = map[string]bool{"count": true, "tally": true, "estimate": true, "estimates": true, "figure": true, "figures": true, "bulletin": true,
	"toll": true, "result": true, "results": true, "total": true, "forecast": true, "projection": true, "projections": true, "assessment": true}

// pastRate returns where the words before figure f, figs[fi], that may
// give its period start: at lo, the end of the figure before it, past a
// rate of that figure when f names what it counts ("returns of 12% a year
// ... was sentenced to 22 years": the year is the return's). A figure
// with no words of its own shares the rate: "will cut 450,000 barrels per
// day and Kessoria 310,000".
func (x *Extractor) pastRate(s *sentence, f *figure, lo, fi int) int {
	if fi == 0 || lo+1 >= len(s.lw) || f.c <= f.b {
		return lo
	}
	switch s.lw[lo] {
	case "a", "an", "per", "each", "every":
		if _, n := x.v.periods.at(s, lo); n > 1 {
			return lo + n // "a year"
		}
		if _, n := x.v.periods.at(s, lo+1); n > 0 {
			return lo + 1 + n
		}
	}
	return lo
}

// nounSuffix reports whether w ends as a noun made from a verb or an
// adjective does: "compensation", "settlement", "fitness", "security".
func nounSuffix(w string) bool {
	for _, x := range []string{"ion", "ment", "ness", "ity", "ance", "ence"} {
		if strings.HasSuffix(w, x) {
			return true
		}
	}
	return false
}

// placeCount reports whether figure p counts the places of a phrase of
// where: "in a dozen countries", "across 14 states", "on the six islands",
// "aboard the seven vessels", "on board the seven vessels".
func placeCount(s *sentence, p *figure) bool {
	a := p.a
	if a >= 1 && determiner(s.lw[a-1]) {
		a--
	}
	return a >= 1 && (s.lw[a-1] == "in" || s.lw[a-1] == "across" || s.lw[a-1] == "throughout" || s.lw[a-1] == "on" || s.lw[a-1] == "aboard" || s.lw[a-1] == "board")
}

// andCrew makes the count of f, whose noun ends before f.c, one of people
// when crew or staff are added to the noun: "212 passengers and crew",
// everyone aboard.
func andCrew(s *sentence, f *figure) bool {
	if f.c+1 >= len(s.lw) || s.lw[f.c] != "and" || s.lw[f.c+1] != "crew" && s.lw[f.c+1] != "staff" {
		return false
	}
	f.thing, f.head, f.c = "people", "", f.c+2
	if f.c < len(s.lw) && s.lw[f.c] == "members" {
		f.c++
	}
	return true
}

// marginBy gives a count of votes, points or seats, or a measurement of
// nothing named, after "by" the measure "margin" when a word of leading
// stands before it in its clause: "put the challenger ahead of Mayor Petra
// Halvorsk by 41 votes", "had overtaken her by 47 votes", "won by 12
// points", "beat the state record by 141 pounds"; and one after "of" a
// noun of leading: "a final margin of 38,612 votes", "by a margin of 114
// pounds".
func marginBy(s *sentence, f *figure, c *model.Claim) {
	if f.a < 2 || !(f.kind == model.Count && marginThings[c.Subject] || f.kind == model.Measurement && c.Subject == "") {
		return
	}
	if s.lw[f.a-1] == "of" && (c.Measure == "" || c.Measure == "win") {
		// "a final margin of 38,612 votes", "won with a lead of 12 points"
		for k := f.a - 2; k >= 0 && k >= f.a-4; k-- {
			if marginNouns[s.lw[k]] {
				c.Measure = marginMeasure
				return
			}
			if s.toks[k].kind != tWord || s.is(k, cStop) {
				return
			}
		}
		return
	}
	if c.Measure != "" && c.Measure != "vote" || s.lw[f.a-1] != "by" {
		// "results from Sunday's vote showed Varkonen ahead by 421
		// votes": the lead, whatever vote the clause names.
		return
	}
	if f.c+1 < len(s.lw) && s.lw[f.c] == "to" && s.toks[f.c+1].kind == tNum {
		return // "voted by 31 votes to 12": a tally, no lead
	}
	for k := f.a - 2; k >= 0 && k >= f.a-12; k-- {
		if s.lw[k] == ";" || s.lw[k] == "." {
			return
		}
		if leadWords[s.lw[k]] {
			c.Measure = marginMeasure
			return
		}
	}
}

// marginNouns name a lead, whose size a figure after "of" gives: "a
// margin of 41 votes".
var marginNouns = map[string]bool{"margin": true, "lead": true, "majority": true}

// marginMeasure is the measure of a lead: how far ahead one side is.
const marginMeasure = "margin"

// marginThings are what a lead is counted in.
var marginThings = map[string]bool{"vote": true, "point": true, "seat": true, "goal": true, "run": true, "stroke": true, "percentage point": true}

// leadWords say that one side leads another, whose lead a figure after
// "by" gives; a vote decided by votes was decided by its margin ("voted
// for independence by just 4,812 votes").
var leadWords = map[string]bool{"ahead": true, "lead": true, "leads": true, "led": true, "leading": true, "overtaken": true,
	"overtook": true, "overtake": true, "won": true, "win": true, "wins": true, "beat": true, "beaten": true, "defeated": true,
	"trail": true, "trails": true, "trailed": true, "trailing": true, "behind": true, "edged": true,
	"voted": true, "voting": true, "carried": true}

// changedBy returns what a span after "by" at token a measures when a verb
// that lengthens or puts off something stands before it in its clause:
// "extended the drive by two weeks" is an extension, "delayed the launch
// by three months" a delay; "" otherwise.
func changedBy(lw []string, a int) string {
	if a < 2 || lw[a-1] != "by" {
		return ""
	}
	for k := a - 2; k >= 0 && k >= a-10; k-- {
		switch lw[k] {
		case ",", ";", ".":
			return ""
		case "extend", "extends", "extended", "extending", "prolong", "prolonged", "lengthen", "lengthened":
			return "extension"
		case "delay", "delays", "delayed", "delaying", "postpone", "postponed", "postpones", "postponing":
			return "delay"
		}
	}
	return ""
}

// chargeMeasure is the measure of criminal charges.
const chargeMeasure = "charge"

// financeIn returns the financial figure ("profit", "revenue") that the
// noun phrase at tokens [i, j) ends with, or "". A part of the business
// named before it keeps its name: "data center revenue" is no company's
// revenue, while "net profit" and "full-year revenue" are its whole.
func (x *Extractor) financeIn(s *sentence, i, j int) string {
	for k := i; k < j; k++ {
		canon, n := x.v.things.at(s, k)
		if n == 0 || k+n != j || x.lx.Class(canon) != "finance" {
			continue
		}
		var part []string
		for m := i; m < k; m++ {
			w := s.lw[m]
			if m == i && m > 0 && modals[s.lw[m-1]] {
				continue // "would deliver annual savings": a verb, no part
			}
			if s.toks[m].kind == tNum || s.is(m, cNumStart) {
				continue // "two prizes of $1 million": how many, no part
			}
			if w == "'s" || w == "'" || reckons[w] {
				// "the company's debts": whose, no part; "Managing
				// director puts total losses at": who, and the verb.
				part = part[:0]
				continue
			}
			if !wholeFigure(w) && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") {
				part = append(part, w) // not "posted" or "combined"
			}
		}
		if len(part) > 0 {
			return strings.Join(part, " ") + " " + canon
		}
		return canon
	}
	return ""
}

// reckons are the present forms of the verbs that put a figure on a
// noun: in "Managing director puts total losses at £5.8 million" the words
// before one are its subject, no part of the noun.
var reckons = map[string]bool{"puts": true, "estimates": true, "sets": true, "places": true, "pegs": true,
	"reports": true, "posts": true, "expects": true, "forecasts": true}

// modals stand before a verb: the word after one heads no noun phrase.
var modals = map[string]bool{"would": true, "will": true, "could": true, "can": true, "may": true, "might": true,
	"should": true, "must": true, "to": true}

// financial reports whether subject is a financial figure, of the whole
// or of a part ("data center revenue").
func (x *Extractor) financial(subject string) bool {
	if i := strings.LastIndexByte(subject, ' '); i >= 0 {
		subject = subject[i+1:]
	}
	return x.lx.Class(subject) == "finance"
}

// yearEarlier reports whether the words [k, hi) of lw, a few after a
// figure, place it a year back: "a year ago", "a year earlier", "in the
// same period last year", "the year-earlier quarter".
func yearEarlier(lw []string, k, hi int) bool {
	for i := k; i < min(hi, k+8, len(lw)); i++ {
		switch lw[i] {
		case "same", "year-earlier", "year-ago":
			return true
		case "year":
			if i+1 < len(lw) && isAgoWord(lw[i+1]) {
				return true
			}
		case ",", ";", "and", "but":
			return false
		}
	}
	return false
}

// wholeFigure reports whether a word before a financial figure leaves it
// the whole company's: "net", "quarterly", "third-quarter", "its".
func wholeFigure(w string) bool {
	switch w {
	case "net", "total", "gross", "operating", "overall", "quarterly", "annual", "annualised", "annualized", "yearly",
		"full-year", "half-year", "record", "underlying", "adjusted", "core", "reported", "its", "their", "the", "group", "company", "pretax", "pre-tax":
		return true
	}
	_, period, ok := strings.Cut(w, "-")
	return ok && (period == "quarter" || period == "half" || period == "year") // "third-quarter", "first-half"
}

// ownerOf returns whose the noun phrase at tokens [i, j) is: a name right
// before it ("Delmar Shipping revenue", "Osk Bank's revenue") or right
// after it, after "at", "of" or "in" ("revenue at Osk Bank"); "" when none.
func ownerOf(s *sentence, st *docState, i, j int) string {
	for _, m := range s.mentions {
		if m.adj {
			continue
		}
		before := m.j == i || m.j+1 == i && s.lw[m.j] == "'s"
		after := m.i == j+1 || m.i == j+2 && s.lw[j+1] == "the"
		if before || after && j < len(s.lw) && (s.lw[j] == "at" || s.lw[j] == "of" || s.lw[j] == "in") {
			return st.entityKey(m)
		}
	}
	return ""
}

// copulas link a subject to a figure: "Turnout was 71 percent", "the
// deficit is expected to reach 6.4%", "the tunnel, which measured
// roughly 40 feet".
var copulas = map[string]bool{"is": true, "was": true, "are": true, "were": true, "be": true, "reach": true, "reached": true,
	"reaches": true, "reaching": true, "stood": true, "stands": true, "remains": true, "remained": true,
	"topped": true, "tops": true, "measured": true, "measures": true, "measuring": true}

// verbGroup holds the words that may stand between a subject and the verb
// that governs a figure: auxiliaries, "expected to", adverbs.
var verbGroup = map[string]bool{"had": true, "has": true, "have": true, "will": true, "would": true, "could": true,
	"may": true, "might": true, "to": true, "expected": true, "likely": true, "set": true, "now": true,
	"is": true, "was": true, "are": true, "were": true, "be": true, "been": true}

// governor finds the noun phrase that governs the figure starting at token
// a, as tokens [i, j); verb reports that a verb links them ("rose to",
// "was") rather than a preposition after the noun ("toll of", "crowd at").
// For a share, "hit" links them too: inflation that hit 7.5% reached it,
// where a car that hit 12 vehicles struck them.
func (x *Extractor) governor(s *sentence, a int, share bool) (i, j int, verb bool) {
	lw := s.lw
	k := a - 1
	if k < 1 {
		return 0, 0, false
	}
	switch {
	case share && (lw[k] == "hit" || lw[k] == "hits"):
	case share && x.changeVerbAt(s, k):
		// "revenue rose 12%", "shares fell 3%": what rose is the subject.
	case lw[k] == "of" || lw[k] == "by" || lw[k] == "at" && !s.is(k-1, cCopula):
		// "an initial toll of nine", "cut pensions by 4 percent", "put the crowd at 35,000"
		if lw[k] != "by" {
			i, j = x.nounEndingAt(s, k-1)
			return i, j, false
		}
		if p := relativeBefore(s, k); p > 0 {
			// "cut the subsidy it had been promised by 35 per cent": what
			// changes is the noun the clause is about.
			i, j = x.nounEndingAt(s, p-1)
			return i, j, false
		}
		i, j = x.nounEndingAt(s, k-1)
		if j > 0 {
			if p := forBefore(s, i); p > 0 {
				// "raise tuition for in-state undergraduates by 8.5
				// percent", "slash support for 42-turbine Welsh wind
				// farm by 25 per cent": what changes is the verb's
				// object, not whom it is for.
				if i2, j2 := x.nounEndingAt(s, p-1); j2 == p {
					if _, n := x.measureAt(s, j2-1); n == 0 {
						return i2, j2, false
					}
				}
			}
		}
		return i, j, false
	case lw[k] == "at": // "stood at 15"
		k--
	case sumVerbs[lw[k]]:
		// "Its debts total €38 million", "losses totalled $4 million":
		// what adds up is the subject ("the total €38 million" has none).
	case lw[k] == "to" || s.is(k, cCopula):
		// "had risen to 15", "have nearly tripled this year, to almost
		// 18,000", "was 71 percent", "is expected to reach 6.4 percent"
		if lw[k] == "to" {
			found := false
			for v := k - 1; v >= 0 && v >= k-5; v-- {
				if m, n := x.measureAt(s, v); n > 0 && v+n <= k && x.lx.Class(m) == "change" {
					if i, j := x.nounEndingAt(s, k-1); j > 0 && (i == v+n || i == v+n+1 && determiner(lw[v+n])) {
						// "shrink the deficit to 3.4%", "cut its workforce
						// to 9,000": what the verb changed is its object.
						return i, j, true
					}
					k, found = v, true
					break
				}
				if s.is(v, cCopula) || amountVerbs[lw[v]] && v+1 == k {
					k, found = v, true // "debts amounted to €38 million"
					break
				}
			}
			if !found {
				return 0, 0, false
			}
		}
	default:
		return 0, 0, false
	}
	// Step left over the verb group to the subject.
	verbAt := k
	for k--; k >= 0 && (s.is(k, cVerbGroup) || adverbish(lw[k])); k-- {
	}
	if o := dashAside(lw, k); o > 0 {
		// "Its funding ratio — the value of assets measured against
		// the benefits — now stands at 74 percent": the noun before the
		// aside.
		k = o - 1
	}
	if k >= 1 && (lw[k] == "which" || lw[k] == "that") {
		// "the blaze, which was 20% contained": the noun the clause is about.
		if k--; lw[k] == "," {
			k--
		}
	}
	if k < 0 {
		return 0, 0, false
	}
	if r := relativeOpening(s, k+1); r > 0 {
		// "A reservoir that supplies water to 180,000 people has fallen
		// to 23%": the noun the relative clause is about.
		k = r - 1
	}
	if i, j = x.nounEndingAt(s, k); j > 0 {
		// "Shares in the Belka-based company fell 3%": the shares fell.
		p := i - 1
		for n := 0; p >= 0 && n < 3 && s.toks[p].kind == tWord && !s.is(p, cStop|cBeAux); n++ {
			p-- // "the Belka-based": modifiers of the noun
		}
		if p >= 0 && (lw[p] == "the" || lw[p] == "a" || lw[p] == "an") {
			p--
		}
		if p >= 1 && (lw[p] == "in" || lw[p] == "of" || lw[p] == "at" || lw[p] == "for" || lw[p] == "from") {
			if i2, j2 := x.nounEndingAt(s, p-1); j2 > 0 {
				// "The death toll from Monday's earthquake in the north
				// climbed to 1,412": a noun before a second phrase too.
				q := i2 - 1
				if lw[i2] == "'s" {
					q = i2
				}
				if q >= 2 && lw[q] == "'s" {
					q -= 2 // "Monday's": the possessor
				}
				for q >= 0 && (lw[q] == "the" || lw[q] == "a") {
					q--
				}
				if q >= 1 && (lw[q] == "from" || lw[q] == "of" || lw[q] == "on") { // "The water level on the seaward side of the barrier"
					if i3, j3 := x.nounEndingAt(s, q-1); j3 > 0 {
						return i3, j3, true
					}
				}
				return i2, j2, true
			}
		}
		return i, j, true
	}
	// "The death toll from Sunday's ferry capsizing near Port Miral rose
	// to 15": the noun phrase that opens the clause.
	i, j = x.nounAtStart(s, x.clauseStart(s, verbAt), verbAt)
	return i, j, j > 0
}

// changeVerbAt reports whether token k ends a measure of change: "rose",
// "fell", "jumped".
func (x *Extractor) changeVerbAt(s *sentence, k int) bool {
	for v := max(0, k-1); v <= k; v++ {
		if m, n := x.measureAt(s, v); n > 0 && v+n-1 == k && x.lx.Class(m) == "change" {
			return true
		}
	}
	return false
}

// nounAtStart returns the noun phrase that opens a clause at token k,
// after an article or a possessor ("Valdoria's"), up to a preposition or
// verb and before token end.
func (x *Extractor) nounAtStart(s *sentence, k, end int) (i, j int) {
	lw := s.lw
	if k < end && (lw[k] == "the" || lw[k] == "a" || lw[k] == "an") {
		k++
	}
	for _, m := range s.mentions {
		if m.i == k && m.j+1 < end && lw[m.j] == "'s" {
			k = m.j + 1
		}
	}
	i = k
	for ; k < end && k-i < 3; k++ {
		t := s.toks[k]
		if t.kind != tWord || t.cls&(cStop|cBeAux|cVerbGroup) != 0 || adverbish(t.low) || t.upper && !opensSentence(s, k) {
			break
		}
		if _, n := x.measureAt(s, k); n > 0 && x.lx.Class(x.measureName(s, k)) == "change" {
			break
		}
		j = k + 1
	}
	if j <= i {
		return 0, 0
	}
	return i, j
}

// measureName returns the measure that starts at token k, or "".
func (x *Extractor) measureName(s *sentence, k int) string {
	m, _ := x.measureAt(s, k)
	return m
}

// nounEndingAt returns the noun phrase that ends at token e, as tokens
// [i, j): "death toll", "budget deficit", "Arrivals" in "Arrivals across
// the Saravel Strait". A place after the head ("across the Saravel
// Strait") is stepped over. j == 0 when there is none.
func (x *Extractor) nounEndingAt(s *sentence, e int) (i, j int) {
	lw := s.lw
	for _, m := range s.mentions {
		if m.j-1 == e && m.i >= 2 && (lw[m.i-1] == "the" && s.is(m.i-2, cPlacePrep)) {
			e = m.i - 3
			break
		}
	}
	i = e + 1
	for k := e; k >= 0 && e-k < 3; k-- {
		t := s.toks[k]
		if t.kind != tWord || t.cls&(cStop|cVerbGroup|cBeAux) != 0 || adverbish(t.low) {
			break
		}
		if t.upper && !opensSentence(s, k) && s.sec != model.Headline {
			break // a name: "Valdoria's budget deficit" stops at the possessive anyway
		}
		i = k
	}
	if i > e {
		return 0, 0
	}
	return i, e + 1
}

// headAfter returns the head noun of the phrase starting at token k,
// skipping articles and adjectives: "in frozen Russian assets" -> "asset".
func (x *Extractor) headAfter(s *sentence, k int) string {
	return x.headWith(s, k, lemma)
}

// headWith is headAfter with the head word's lemma taken by lem.
func (x *Extractor) headWith(s *sentence, k int, lem func(*lexicon.Lexicon, string) string) string {
	head := ""
	for n := 0; k < len(s.toks) && n < 4; k, n = k+1, n+1 {
		t := s.toks[k]
		if t.low == "'s" && head != "" && n < 3 {
			head, n = "", -1 // "Osk Bank's branches": the owner, then the head
			continue
		}
		if t.kind != tWord || t.low == "'s" {
			break
		}
		if t.low == "the" || t.low == "a" || t.low == "an" {
			continue
		}
		if p, m := x.periodAt(s, k); head == "" && m > 0 && strings.HasSuffix(p, "'s") {
			k += m - 1 // "of this year's crop": the crop
			continue
		}
		if (t.low == "most" || t.low == "least") && head == "" && k+1 < len(s.toks) && s.toks[k+1].kind == tWord {
			continue // "of the most urgent calls": a superlative's adverb
		}
		if t.cls&(cStop|cBeAux) != 0 {
			break
		}
		if _, n := x.measureAt(s, k); n > 0 && head != "" {
			break
		}
		if head != "" && verbForm(t.low) {
			// "an aid package approved by", "styrene bound for": the
			// participle is not the head; nor is the verb of "the
			// 38-metre vessel went down".
			break
		}
		head = lem(x.lx, t.low)
	}
	return head
}

// participles are past participles not in "-ed", and words like them,
// that follow a head noun to qualify it: "22,000 tonnes of styrene bound
// for Caldreth", "cars built in 2019", "a £1.8 million restoration
// project meant to save it".
var participles = map[string]bool{"bound": true, "built": true, "made": true, "held": true, "kept": true,
	"left": true, "sold": true, "sent": true, "taken": true, "brought": true, "found": true, "known": true,
	"given": true, "shown": true, "seen": true, "stolen": true, "paid": true, "lost": true, "spent": true,
	"worth": true, "due": true, "spread": true, "led": true, "won": true, "drawn": true, "written": true,
	"driven": true, "hidden": true, "thrown": true, "born": true, "caught": true, "bought": true, "fought": true,
	"dug": true, "meant": true}

// namedHead returns the head noun of a name that starts at token k, a
// run of two to four capitalized words whose last one the document also
// writes in lower case ("Kalden Tunnel", as "inside the tunnel"), or "".
func namedHead(s *sentence, k int) string {
	j := k
	for j < len(s.toks) && j < k+4 && s.toks[j].kind == tWord && s.toks[j].upper && s.toks[j].cls&cStop == 0 {
		j++
	}
	if j-k < 2 || !s.sc.words.seenLower(s.lw[j-1]) {
		return ""
	}
	return s.lw[j-1]
}

// forBefore returns the token of "for", "at" or "among" that opens the
// noun phrase ending with the noun at token i, stepping back over its
// article and modifiers ("for the wind farm", "for 42-turbine Welsh wind
// farm"); 0 when there is none.
func forBefore(s *sentence, i int) int {
	for p := i - 1; p >= 1 && p >= i-4; p-- {
		switch t := &s.toks[p]; {
		case t.low == "for" || t.low == "at" || t.low == "among":
			return p
		case determiner(t.low) || t.kind == tNum || t.low == "-":
		case t.kind != tWord || t.cls&(cStop|cVerbGroup|cBeAux) != 0:
			return 0
		}
	}
	return 0
}

// relativeOpening returns where "that", "which" or "who" opens a relative
// clause that a noun phrase starting at token i ends, when a verb follows
// the pronoun and the pronoun follows a noun: "a reservoir [that supplies
// drinking water to 180,000 people]"; 0 when there is none. The clause
// holds no punctuation: "Shares of Tarvine, a company that owns a stake,
// fell 18%" are the shares'.
func relativeOpening(s *sentence, i int) int {
	for p := i - 1; p >= 1 && p >= i-16; p-- {
		if s.toks[p].kind == tPunct {
			return 0
		}
		if !relativeAt(s, p) {
			continue
		}
		if p+2 >= i {
			return 0 // "show that sales fell 14%": the clause's subject, no relative
		}
		if !relativeVerb(s.lw[p+1]) || !commonNoun(s.toks[p-1]) {
			return 0
		}
		return p
	}
	return 0
}

// relativeVerb reports whether w, right after "that", "which" or "who",
// reads as the verb of a relative clause: an auxiliary, a past form or
// a present one in "-s" ("that supplies"); not a form in "-ing", which
// after "that" is more often a noun ("reopen that building").
func relativeVerb(w string) bool {
	return beAux[w] || auxiliaries[w] || strings.HasSuffix(w, "ed") || participles[w] || irregularPast[w] ||
		strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !determiner(w) // not "the claim that its owners"
}

// commonNoun reports whether t may be a common noun that a relative
// clause follows: a lower-case word, no function word, verb of saying or
// verb form ("show that", "warned that").
func commonNoun(t token) bool {
	return t.kind == tWord && !t.upper && t.cls&(cStop|cBeAux|cSay) == 0 && !verbForm(t.low)
}

// relativeBefore returns where a relative clause with a pronoun for its
// subject starts when it ends right before token k: "the subsidy [it had
// been promised] by 35 per cent", "the pay [they were offered]"; 0 when
// there is none.
func relativeBefore(s *sentence, k int) int {
	m := k - 1
	if m < 3 || !pastForm(s.lw[m]) && !participles[s.lw[m]] {
		return 0
	}
	m--
	for n := 0; m >= 1 && n < 3 && (beAux[s.lw[m]] || s.lw[m] == "had" || s.lw[m] == "has" || s.lw[m] == "have"); n++ {
		m--
	}
	if m == k-2 || !pronouns[s.lw[m]] || s.lw[m] == "i" {
		return 0
	}
	return m
}

// verbForm reports whether w reads as a verb after a noun: a form in
// "-ed" or "-ing", or a past form or participle not in "-ed". Of three
// letters only "led", "fed" and "wed" are past forms: "bed" and "red"
// are no verbs ("eight passenger and bed lifts").
func verbForm(w string) bool {
	return strings.HasSuffix(w, "ed") && (len(w) > 3 || w == "led" || w == "fed" || w == "wed") ||
		ingForm(w) || participles[w] || irregularPast[w]
}

// ingForm reports whether w is a verb's "-ing" form: a stem with a vowel
// before the "-ing", so that "spring", "string" and "king" are not
// ("1,900 tons of hard red spring wheat": the wheat).
func ingForm(w string) bool {
	stem, ok := strings.CutSuffix(w, "ing")
	return ok && strings.ContainsAny(stem, "aeiouy")
}

// irregularPast are verbs in the past tense not in "-ed" that follow
// their subject noun: "The 38-metre vessel went down", "a 12-tonne
// boulder fell".
var irregularPast = map[string]bool{"went": true, "sank": true, "fell": true, "broke": true, "struck": true,
	"ran": true, "came": true, "rose": true, "began": true, "took": true, "gave": true, "flew": true, "drove": true,
	"swept": true, "tore": true, "blew": true, "sat": true, "stood": true, "lay": true, "got": true, "became": true,
	"shook": true, "froze": true, "hung": true, "slid": true, "spun": true, "sprang": true, "stuck": true}

// value turns a figure into an interval.
func (x *Extractor) value(f *figure) model.Value {
	lo, hi := f.n.lo*f.scale, f.n.hi*f.scale
	nominal := lo
	v := model.Value{Kind: f.kind, Unit: f.unit, Lo: lo, Hi: hi, Nominal: nominal}
	switch f.hedge {
	case "atleast":
		v.Hi, v.Hedge = math.Inf(1), "at least"
	case "morethan":
		v.LoOpen, v.Hi, v.Hedge = true, hi*2, "more than"
		if hi == 0 {
			v.Hi = math.Inf(1)
		}
	case "about":
		// "about 4,000" rounds to its leading digit, and may be 10% off;
		// "about 3,800" states a second digit, and is 5% off at most;
		// "about $412 million" a third, and is 2% off at most, so that
		// "$421 million" is another figure.
		r := 0.1
		switch {
		case lo != hi || oneDigit(f.n.lo):
		case sigDigits(f.n.lo) >= 3:
			r = 0.02
		default:
			r = 0.05
		}
		v.Lo, v.Hi, v.Hedge = lo*(1-r), hi*(1+r), "about"
	case "nearly":
		v.Lo, v.HiOpen, v.Hedge = lo*0.85, true, "nearly"
		if lo == 0 {
			v.Lo = 0
		}
	case "upto":
		v.Lo, v.Hedge = 0, "up to"
	case "fewerthan":
		v.Lo, v.HiOpen, v.Hedge = 0, true, "fewer than"
	case "exactly":
		v.Hedge = "exactly"
	}
	if f.n.vague {
		v.Hedge = "vague"
	}
	v.Text = formatValue(f, v)
	return v
}

func formatValue(f *figure, v model.Value) string {
	num := model.FormatNumber(f.n.lo)
	if f.n.hi != f.n.lo {
		num += "–" + model.FormatNumber(f.n.hi)
	}
	switch f.kind {
	case model.Amount:
		num = f.unit + " " + num
	case model.Share:
		// "a third" is 33.33%, not 33.333333333333336%.
		num = shareText(f.n.lo)
		if f.n.hi != f.n.lo {
			num += "–" + shareText(f.n.hi)
		}
		num += "%"
	case model.Age:
		if f.n.lo != math.Trunc(f.n.lo) || f.n.hi != math.Trunc(f.n.hi) {
			// "26 years and one month old" is aged 26.08 years.
			num = model.FormatNumber(math.Round(f.n.lo*100) / 100)
			if f.n.hi != f.n.lo {
				num += "–" + model.FormatNumber(math.Round(f.n.hi*100)/100)
			}
		}
		num = "aged " + num
		if f.unitName != "" {
			num += " " + timeUnits(f.unitName, f.n.lo != 1 || f.n.hi != 1) // "aged 6 months"
		}
	case model.Duration:
		// "3 hours, 20 minutes" is 3.33 hours, not 3.3333333333333335.
		num = model.FormatNumber(math.Round(f.n.lo*100) / 100)
		if f.n.hi != f.n.lo {
			num += "–" + model.FormatNumber(math.Round(f.n.hi*100)/100)
		}
		num += " " + timeUnits(f.unitName, f.n.lo != 1 || f.n.hi != 1)
	case model.Ordinal:
		num += ordSuffix(int(f.n.lo))
	case model.Measurement:
		num += " " + measureUnits(f.unitName, f.n.lo != 1 || f.n.hi != 1)
	}
	if v.Hedge != "" && v.Hedge != "vague" && v.Hedge != "exactly" {
		if f.kind == model.Age {
			return "aged " + v.Hedge + " " + strings.TrimPrefix(num, "aged ") // "aged at least 6"
		}
		num = v.Hedge + " " + num
	}
	return num
}

// actClass is the class of the things list for what is done rather than
// who: operations, renovations, transactions, sailings.
const actClass = "act"

// progressClass is the class of the measures list for how far a count has
// got: "counted", "tallied".
const progressClass = "progress"

// stayVerbs say that those counted are still as they were; they look
// like nouns but head no counted phrase: "15 remain missing".
var stayVerbs = map[string]bool{"remain": true, "remained": true, "stay": true, "stayed": true}

// stateAdjective reports whether word, a form of measure m, is a casualty,
// a damage, an event or a closure written as an adjective: "missing",
// "injured", "wounded", "damaged", "burned", "cancelled", "released",
// "closed".
func stateAdjective(lx *lexicon.Lexicon, m, word string) bool {
	c := lx.Class(m)
	return (c == "casualty" || c == "damage" || c == "event" || m == closeMeasure) && (strings.HasSuffix(word, "ed") || strings.HasSuffix(word, "ing"))
}

// ageUnit makes an age stated in a unit of time shorter than a year ("a
// six-month-old", "three weeks old") a fraction of a year, named by its
// unit; an age in years is left as it is.
func (x *Extractor) ageUnit(f *figure, word string) {
	if u, ok := x.lx.Unit(word); ok && u.IsTime() && u.Factor < 365 {
		f.unitName, f.scale = u.Name, u.Factor/365.25
	}
}

// shareText writes a share in percent to two decimals, or, below 1%, to
// two significant digits: "33.33", "0.0033" for one in 30,000.
func shareText(x float64) string {
	if x == 0 || math.Abs(x) >= 1 {
		return model.FormatNumber(math.Round(x*100) / 100)
	}
	scale := math.Pow(10, 1-math.Floor(math.Log10(math.Abs(x))))
	return model.FormatNumber(math.Round(x*scale) / scale)
}

// measuredThing reads what a measurement right before token f.c measures:
// a substance after "of" ("1,200 tonnes of ammonium nitrate", "240
// millimetres of rain"), or a depth below the ground ("trapped 840 metres
// underground", "2 km below the surface").
func (x *Extractor) measuredThing(s *sentence, f *figure) {
	lw := s.lw
	k := f.c
	if f.unit == "kg" && (verbJustBefore(lw, f.a, weighVerbs) || weighedEarlier(lw, f.a)) {
		// "The tusks weighed about 380 kilograms", "46 tusks, weighing
		// 410 kilograms", "weighed the calf ... and recorded 287 pounds"
		f.thing = weightThing
		return
	}
	if (f.unit == "km" || f.unit == "m") && aloft(lw, f.a) {
		f.thing = altitudeThing // "climbing through about 31,000 feet"
		return
	}
	if (f.unit == "km" || f.unit == "m") && (verbJustBefore(lw, f.a, travelVerbs) && !shoreOf(lw, k) || k < len(lw) && journeys[lw[k]] ||
		f.a >= 2 && lw[f.a-1] == "for" && slices.ContainsFunc(lw[max(0, f.a-4):f.a-1], func(w string) bool { return travelVerbs[w] })) {
		// "the spacecraft covered roughly 1.4 million kilometres", "a
		// 1,836 mile flight", "rode the bus for about 8 miles"
		f.thing = model.Distance
		return
	}
	if (f.unit == "km" || f.unit == "m") && verbJustBefore(lw, f.a, fallVerbs) &&
		!slices.ContainsFunc(lw[max(0, f.a-5):f.a], func(w string) bool { return precipitation[w] }) {
		// "plunged about 40 meters onto a snow-covered slope", "dropped
		// some 55 meters": how far it fell; not "heavy rain that
		// dropped more than 11 inches", how much rain.
		f.thing = fallThing
		return
	}
	if (f.unit == "km" || f.unit == "m") && f.a >= 2 && lw[f.a-1] == "of" && dimensionNouns[lw[f.a-2]] {
		// "working at a depth of roughly 680 metres", "has a radius of
		// 18 metres"
		f.thing = lw[f.a-2]
		return
	}
	if (f.unit == "km" || f.unit == "m") && (f.a >= 2 && lw[f.a-1] == "within" && approachVerbs[lw[f.a-2]] ||
		k < len(lw) && lw[k] == "from" && verbJustBefore(lw, f.a, beForms) ||
		k+1 < len(lw) && (lw[k] == "beyond" || lw[k] == "past" || lw[k] == "short" && lw[k+1] == "of") && (lw[k+1] == "the" || lw[k+1] == "of")) {
		// "the asteroid passed within 115,000 miles of Earth", "it was
		// roughly 105,000 miles from the planet's surface", "came to rest
		// 310 metres beyond the end of the runway", "stopped about 600
		// metres short of the platform": how far one thing is from
		// another; from what, when what it falls short of is named by a
		// common noun ("about 18 kilometres short of the island port of
		// Orrby" is no distance sailed).
		f.thing = model.Distance
		if lw[k] == "short" {
			if head := x.distanceFrom(s, k+2); head != "" {
				f.thing = model.DistanceFrom + head
			}
		}
		return
	}
	if (f.unit == "km" || f.unit == "m") && f.a >= 1 && lw[f.a-1] == "within" {
		// "evacuated from homes within 2 kilometres of the rupture",
		// "from within 3 kilometres of the blast": a radius around a
		// place, whatever each report calls the place.
		f.thing = radiusThing
		return
	}
	if k+1 >= len(lw) {
		return
	}
	switch lw[k] {
	case "of", "more", "less":
		// "1,410 tonnes more mackerel than allowed" measures mackerel, as
		// "1,140 tonnes of mackerel more than" does.
		if h := x.headAfter(s, k+1); h != "" && !s.toks[k+1].upper {
			f.head = h
		}
	case "underground", "deep":
		f.thing = depthThing
	case "long", "wide", "high", "tall", "across":
		if f.unit == "km" || f.unit == "m" {
			f.dim = sizeWords[lw[k]] // "a gash roughly 60 meters long": its length
		}
	case "down":
		if downInto(s, k+1) {
			f.thing = depthThing // "a ledge 65 feet down a 19th-century shaft"
		}
	case "below", "beneath", "under":
		j := k + 1
		if lw[j] == "the" && j+1 < len(lw) {
			j++
		}
		switch {
		case lw[j] == "ground" || lw[j] == "surface" || lw[j] == "sea" || lw[j] == "seabed":
			f.thing = depthThing
		case lw[k] != "under" && !belowMarks[lw[j]]:
			// "22 metres below street level", "31 metres beneath the
			// Halvard Square district": how deep, not how far short.
			f.thing = depthThing
		}
	}
}

// sizeWords name the dimension a length after them measures.
var sizeWords = map[string]string{"long": "length", "wide": "width", "high": "height", "tall": "height", "across": "width"}

// downInto reports whether the words from token k, after a length and
// "down", name a hole the length goes into ("65 feet down a 19th-century
// shaft", "trapped 600 metres down." at a clause's end), not a way along
// which it runs ("50 yards down the road").
func downInto(s *sentence, k int) bool {
	if k >= len(s.lw) || s.toks[k].kind == tPunct {
		return true
	}
	for j := k; j < len(s.lw) && j < k+4; j++ {
		if holes[lexicon.Singular(s.lw[j])] {
			return true
		}
		if s.toks[j].kind == tPunct {
			return false
		}
	}
	return false
}

// holes are what a length goes down into: a depth, not a distance.
var holes = map[string]bool{"shaft": true, "well": true, "hole": true, "mine": true, "pit": true, "ravine": true,
	"gorge": true, "crevasse": true, "sinkhole": true, "borehole": true, "borewell": true, "chimney": true, "drain": true, "sewer": true,
	"cave": true, "canyon": true, "cliff": true, "cliffside": true}

// poweredUnit reads a unit of two words at token k: "cubic" or "square"
// before a unit of length ("cubic metres", "square miles"), in that
// length's base cubed or squared ("m3", "km2"); and the nautical mile
// ("six nautical miles"), in km.
func (x *Extractor) poweredUnit(s *sentence, k int) (lexicon.Unit, bool) {
	if k+1 < len(s.lw) && s.lw[k] == "nautical" && (s.lw[k+1] == "mile" || s.lw[k+1] == "miles") {
		return lexicon.Unit{Name: "nautical mile", Base: "km", Factor: nauticalMile}, true
	}
	if k+1 >= len(s.lw) || s.lw[k] != "cubic" && s.lw[k] != "square" {
		return lexicon.Unit{}, false
	}
	u, ok := x.lx.Unit(s.lw[k+1])
	if !ok || u.Base != "m" && u.Base != "km" {
		return lexicon.Unit{}, false
	}
	if s.lw[k] == "cubic" {
		return lexicon.Unit{Name: "cubic " + u.Name, Base: u.Base + "3", Factor: u.Factor * u.Factor * u.Factor}, true
	}
	return lexicon.Unit{Name: "square " + u.Name, Base: u.Base + "2", Factor: u.Factor * u.Factor}, true
}

// nauticalMile is a nautical mile in km.
const nauticalMile = 1.852

// belowMarks are what a measure falls short of, not what it lies under:
// "2 cm below the average".
var belowMarks = map[string]bool{"average": true, "normal": true, "limit": true, "forecast": true, "target": true,
	"threshold": true, "record": true, "estimate": true, "expectations": true, "minimum": true, "mark": true,
	"par": true, "previous": true, "last": true, "that": true, "those": true}

// weighedEarlier reports whether a form of "weigh" stands in the twenty
// words before the mass at token a, in its sentence and with no figure
// between: "Staff
// weighed the calf on a scale and recorded 287 pounds".
func weighedEarlier(lw []string, a int) bool {
	for k := a - 1; k >= 0 && k >= a-20; k-- {
		if weighVerbs[lw[k]] {
			return true
		}
		if lw[k] == "." || lw[k] == ";" || lw[k] != "" && lw[k][0] >= '0' && lw[k][0] <= '9' {
			return false
		}
	}
	return false
}

// weightThing is the subject of a mass something weighs; altitudeThing of
// a height something flies at.
const (
	weightThing   = "weight"
	altitudeThing = "altitude"
)

// aloft reports whether the length at token a is a height flown at:
// "climbing through 27,000 feet", "cruising at 35,000 feet", "orbiting at
// 758 kilometres", "an altitude of 31,000 feet".
func aloft(lw []string, a int) bool {
	if a < 2 {
		return false
	}
	switch lw[a-1] {
	case "through":
		switch lw[a-2] {
		case "climbing", "climbed", "descending", "descended", "passing":
			return true
		}
	case "at":
		switch lw[a-2] {
		case "cruising", "flying", "flew", "cruised", "orbiting", "orbited", "orbits", "circling", "circled", "hovering":
			return true // "orbiting at 758 kilometres"
		}
	case "of":
		return lw[a-2] == "altitude" || lw[a-2] == "height"
	}
	return false
}

// fallThing is the subject of a length fallen.
const fallThing = "fall"

// precipitation falls in depths: "rain that dropped more than 11 inches".
var precipitation = map[string]bool{"rain": true, "rainfall": true, "snow": true, "snowfall": true, "hail": true,
	"sleet": true, "showers": true, "downpour": true, "downpours": true, "storm": true, "storms": true}

// fallVerbs are the verbs a length fallen follows ("plunged about 40
// meters").
var fallVerbs = map[string]bool{"plunged": true, "plunging": true, "plunges": true, "plummeted": true, "plummeting": true,
	"dropped": true, "dropping": true, "drops": true, "fell": true, "falling": true, "falls": true, "tumbled": true, "tumbling": true}

// journeys are what a length qualifying a noun is travelled in: "a 1,836
// mile flight".
var journeys = map[string]bool{"flight": true, "journey": true, "trip": true, "drive": true, "voyage": true,
	"trek": true, "hike": true, "ride": true, "crossing": true, "march": true, "route": true}

// verbJustBefore reports whether a word of verbs stands right before the
// figure at token a, or before an adverb there: "travelled about 1.7
// million kilometres", "The tusks weighed about 380 kilograms".
func verbJustBefore(lw []string, a int, verbs map[string]bool) bool {
	for k := a - 1; k >= 0 && k >= a-2; k-- {
		if verbs[lw[k]] {
			return true
		}
		if !adverbish(lw[k]) {
			return false
		}
	}
	return false
}

// shoreOf reports whether the words from k name a stretch of shore after
// "of": "covers roughly 6 kilometres of the reservoir's eastern
// shoreline" is how much shore a slick or a bloom lies along, no distance
// covered ("covered 19 miles of Dallas suburbs").
func shoreOf(lw []string, k int) bool {
	if k >= len(lw) || lw[k] != "of" {
		return false
	}
	for j := k + 1; j < len(lw) && j <= k+5; j++ {
		if shores[lw[j]] {
			return true
		}
		if lw[j] == "," || lw[j] == "in" || lw[j] == "and" {
			break
		}
	}
	return false
}

// shores are the nouns of a stretch of shore (see shoreOf).
var shores = map[string]bool{"shoreline": true, "shorelines": true, "coastline": true, "coastlines": true, "coast": true,
	"shore": true, "shores": true, "beach": true, "beaches": true, "riverbank": true, "riverbanks": true, "seafront": true, "waterfront": true}

// travelVerbs are the verbs a length travelled follows ("covered roughly
// 1.4 million kilometres", "had flown 900 km", "covering some 24,600
// nautical miles"); weighVerbs those a mass
// weighed follows ("46 tusks, weighing 410 kilograms").
var (
	travelVerbs = map[string]bool{"travelled": true, "traveled": true, "travels": true, "travel": true,
		"covered": true, "covers": true, "cover": true, "flew": true, "flown": true, "sailed": true, "drove": true,
		"driven": true, "walked": true, "hiked": true, "trekked": true, "cycled": true, "swam": true, "journeyed": true,
		"rode": true, "ridden": true, "rowed": true, "paddled": true, "travelling": true, "traveling": true, "covering": true,
		"flying": true, "sailing": true, "driving": true, "walking": true, "hiking": true, "trekking": true, "cycling": true,
		"swimming": true, "riding": true, "rowing": true, "paddling": true}
	weighVerbs = map[string]bool{"weighed": true, "weighing": true, "weighs": true, "weigh": true}
	// approachVerbs come "within" a length of something: the length is
	// how near they came, no zone around it.
	approachVerbs = map[string]bool{"passed": true, "passes": true, "pass": true, "passing": true, "came": true, "comes": true,
		"come": true, "coming": true, "flew": true, "flies": true, "flying": true, "got": true, "gets": true, "getting": true,
		"swept": true, "skimmed": true}
	// beForms say where a thing is: "was 105,000 miles from the planet".
	beForms = map[string]bool{"is": true, "was": true, "are": true, "were": true, "lay": true, "lies": true, "sits": true, "sat": true}
)

// dimensionNouns name what a length "of" after them measures (depthThing
// among them).
var dimensionNouns = map[string]bool{depthThing: true, "radius": true, "diameter": true, "circumference": true, "wingspan": true}

// depthThing is the subject of a measurement below the ground.
const depthThing = "depth"

// radiusThing is the subject of a length around a place: "within 2
// kilometres of the rupture" is the zone a "2-kilometre exclusion zone"
// or "a 2-kilometre radius" is (the lexicon's things).
const radiusThing = "zone"

// perHour returns how many tokens from k say "per hour" after a unit of
// length: "/h" of "km/h", "per hour", "an hour", "/hr"; 0 for none.
func perHour(lw []string, k int) int {
	if k+1 >= len(lw) {
		return 0
	}
	switch {
	case lw[k] == "/" && (lw[k+1] == "h" || lw[k+1] == "hr" || lw[k+1] == "hour"):
		return 2
	case (lw[k] == "per" || lw[k] == "an" || lw[k] == "a") && lw[k+1] == "hour":
		return 2
	}
	return 0
}

// revisedFigure reports whether the figure at token a is what a figure
// told before was changed to: the sentence opening with that figure
// ("That figure was later revised to 31", "The number rose to 31", an
// update of the versions list), or a verb of revising it standing right
// before ("They later revised the figure to five").
func (x *Extractor) revisedFigure(s *sentence, a int) bool {
	lw := s.lw
	if a < 4 || lw[a-1] != "to" {
		return false
	}
	if figureNouns[lw[a-2]] && figureOwners[lw[a-3]] && reviseVerbs[lw[a-4]] {
		return true // "They later revised the figure to five", "it had revised that figure to five"
	}
	if !figureNouns[lw[1]] || lw[0] != "that" && lw[0] != "the" && lw[0] != "this" {
		return false
	}
	if p, n := x.v.versions.at(s, a-2); !reviseVerbs[lw[a-2]] && (p != updateVersion || n != 2) {
		return false
	}
	for k := 2; k < a-2; k++ {
		switch lw[k] {
		case "was", "has", "had", "been", "is", "later", "since", "subsequently", "then", "now", "sharply", "again":
		default:
			return false
		}
	}
	return true
}

// numberBefore reports whether a number stands before token a in s.
func numberBefore(s *sentence, a int) bool {
	for k := 0; k < a && k < len(s.toks); k++ {
		if s.toks[k].kind == tNum {
			return true
		}
	}
	return false
}

// figureOwners stand before a figure noun that refers back to a figure
// told before: "revised that figure to five", "raised its count to 31".
var figureOwners = map[string]bool{"that": true, "the": true, "this": true, "its": true, "their": true}

// figureNouns name a figure itself: "That figure was later revised to 31".
var figureNouns = map[string]bool{"figure": true, "number": true, "count": true, "tally": true, "estimate": true, "total": true}

// updateVersion is the version of a figure that replaced an earlier one
// ("rose to"); see the versions word list.
const updateVersion = "update"

// crestMeasure is the measure of the height a river's flood reached:
// "crested at 6.8 metres".
const crestMeasure = "crest"

// crests are the forms of the verbs "crest" and "peak" that put a height
// after "at": "crested at 7.9 metres" and "peaked at 8.6 metres" give one
// flood's height.
var crests = map[string]bool{"crest": true, "crests": true, "crested": true, "cresting": true,
	"peak": true, "peaks": true, "peaked": true, "peaking": true}

// temperatureThing is what a figure in degrees measures.
const temperatureThing = "temperature"

// belowZero makes a temperature written below zero negative, taking its
// sign into the quote: "minus 5.2 degrees Celsius", "-4C". Not "plus or
// minus 2 degrees", a margin. (The dash of a range, "5-8C", stands inside
// the figure.)
func belowZero(s *sentence, f *figure) {
	i := f.n.i
	if i == 0 || f.n.lo < 0 {
		return
	}
	switch t := s.toks[i-1]; {
	case t.low == "minus" && (i < 2 || s.lw[i-2] != "or"):
	case (t.text == "-" || t.text == "−") && s.toks[i].joined:
	default:
		return
	}
	f.n.lo, f.n.hi = -f.n.hi, -f.n.lo
	f.a = min(f.a, i-1)
}

// temperatureOf returns "temperature" for a unit of temperature (c, f),
// the thing a figure in it measures, and "" for any other unit.
func temperatureOf(u lexicon.Unit) string {
	if u.Base == "c" || u.Base == "f" {
		return temperatureThing
	}
	return ""
}

// measureUnits returns a unit of measure by its canonical name ("mile",
// "km"), in the plural when plural is set.
func measureUnits(name string, plural bool) string {
	switch {
	case name == "km/h" || name == "mph":
		return name
	case name == "mile/h":
		return "mph"
	case name == "celsius":
		return "°C"
	case name == "fahrenheit":
		return "°F"
	case !plural || name == "km" || name == "kg" || strings.HasSuffix(name, " km"):
		return name
	case strings.HasSuffix(name, " foot"):
		return strings.TrimSuffix(name, "foot") + "feet" // "cubic feet"
	case name == "foot":
		return "feet"
	}
	return lexicon.Plural(name)
}

// timeUnits returns a unit of time by its canonical name ("year",
// "century"), in the plural when plural is set; "days" when the name is
// not known.
func timeUnits(name string, plural bool) string {
	switch {
	case name == "":
		return "days"
	case !plural:
		return name
	case strings.HasSuffix(name, "y") && !strings.HasSuffix(name, "ay"):
		return name[:len(name)-1] + "ies"
	}
	return name + "s"
}

// elidedOrdinal returns the rank "the second" that ends a phrase with no
// noun, of what the sentence's rank before it ranks: "to 27 degrees on the
// first night and to 24 degrees on the second" ranks nights. A rank in
// digits after "the" is a day of the month: "planned for the 20th".
func elidedOrdinal(s *sentence, n number, figs []figure) (figure, bool) {
	if !n.words || n.i == 0 || s.lw[n.i-1] != "the" || n.j >= len(s.toks) || s.toks[n.j].kind != tPunct || n.lo != n.hi {
		return figure{}, false
	}
	for k := len(figs) - 1; k >= 0; k-- {
		if figs[k].kind == model.Ordinal && figs[k].thing != "" {
			return figure{n: n, a: n.i, b: n.j, c: n.j, of: -1, wholeAt: -1, kind: model.Ordinal, scale: 1, thing: figs[k].thing}, true
		}
	}
	return figure{}, false
}

// ordinalFigure reads a rank that names which one of a thing: "the third
// division", "a first half penalty". The ordinal must stand before a
// common noun of its own, in the singular; "first reported", "First
// Minister", "the first to", "the first hours" and ordinals glued to a
// word ("fourth-placed") rank nothing.
func (x *Extractor) ordinalFigure(s *sentence, n number) (figure, bool) {
	k := n.j
	if n.glued != "" || n.lo != n.hi || n.vague || k >= len(s.toks) || n.i == 0 {
		return figure{}, false
	}
	// A rank takes a determiner or a possessive: "the third division",
	// "his 300th goal"; "she first became" is an adverb. A size may
	// stand between: "the 187km fourth stage", "the 12-mile second leg".
	if p := sizeBefore(s, n.i); p < 1 || !rankDeterminer(s.lw[p-1]) {
		return figure{}, false
	}
	if s.toks[k].kind == tWord && x.v.rankWords.Has(s.lw[k]) && k+1 < len(s.toks) {
		k++ // "the seventh straight win": a win is ranked
	}
	t := s.toks[k]
	if t.kind != tWord || t.upper || t.joined || s.is(k, cStop|cBeAux) || adverbish(t.low) ||
		strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "ing") || strings.HasSuffix(t.low, "est") {
		return figure{}, false
	}
	if _, ok, _ := x.num.read(s.toks, k); ok {
		return figure{}, false
	}
	if lexicon.Singular(t.low) != t.low {
		return figure{}, false // "in the first hours": a rank is of one thing
	}
	f := figure{n: n, a: n.i, b: n.j, c: k + 1, of: -1, wholeAt: -1, kind: model.Ordinal, scale: 1}
	if canon, m := x.v.things.at(s, k); m > 0 {
		f.thing, f.c = canon, k+m
	} else {
		f.thing = lemma(x.lx, t.low)
	}
	return f, true
}

// sizeBefore returns where a size written in figures that ends right
// before token k starts ("187km", "12-mile"), or k when none does: a
// figure and the words joined to it. An age is none.
func sizeBefore(s *sentence, k int) int {
	p := k
	for p > 0 && k-p < 4 && (s.toks[p-1].kind == tNum || s.toks[p-1].joined) {
		p--
	}
	if p < k && s.toks[p].kind != tNum || strings.HasSuffix(s.lw[k-1], "old") {
		return k // "the 52-year-old first officer": an age, no size
	}
	return p
}

// rankDeterminer reports whether w may open the noun phrase of a rank:
// "the third division", "his 300th goal", "Tuesday's fourth stage".
func rankDeterminer(w string) bool {
	switch w {
	case "the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that", "'s":
		return true
	}
	return false
}

// inPrison reports whether the words at k say where a term is served: "in
// prison", "in jail", "behind bars".
func inPrison(lw []string, k int) bool {
	if k+1 >= len(lw) {
		return false
	}
	return lw[k] == "in" && (lw[k+1] == "prison" || lw[k+1] == "jail" || lw[k+1] == "gaol") || lw[k] == "behind" && lw[k+1] == "bars"
}

// facedTerm reports whether the duration figure f, of years or months,
// is the term a charge carries or a defendant faces: "The conspiracy
// count carries up to five years", "Varga faces a maximum of 20 years"
// (the hedge is the figure's).
func facedTerm(s *sentence, f *figure) bool {
	if f.unitName != "year" && f.unitName != "month" || f.a == 0 || f.c < len(s.lw) && s.lw[f.c] == "of" {
		return false // "faces five years of hardship"
	}
	switch s.lw[f.a-1] {
	case "carries", "carry", "carrying", "carried", "faces", "face", "facing", "faced":
		return true
	}
	return false
}

// lastPersonBefore returns the last person s names before token a, or "".
func lastPersonBefore(s *sentence, st *docState, a int) string {
	who := ""
	for _, m := range s.mentions {
		if m.kind == model.Person && m.j <= a {
			who = st.entityKey(m)
		}
	}
	return who
}

// sentenceMeasure is the measure of a prison term: "sentenced", "jailed".
const sentenceMeasure = "sentence"

// sentencedOf returns who was given the prison term whose verb is at v: the
// person named right after an active verb ("sentenced former mayor Piet
// Oren to"), or the last person named before a passive one ("Piet Oren was
// jailed"); "" when the clause names none there.
func (x *Extractor) sentencedOf(s *sentence, st *docState, v verbSite) string {
	if v.at < 0 {
		return ""
	}
	if v.passive {
		who := ""
		for _, m := range s.mentions {
			if m.kind == model.Person && m.j <= v.at && (m.j >= v.at-3 || agedBetween(s, m.j, v.at)) {
				who = st.entityKey(m)
			}
		}
		if who == "" {
			// "Tamsin Roark, 46, the broker whose company sold the bonds,
			// was jailed": the person the sentence opens with.
			for _, m := range s.mentions {
				if m.kind == model.Person && m.j <= v.at && (m.i == 0 || s.lw[m.i-1] == "—" || s.lw[m.i-1] == "–") {
					return st.entityKey(m)
				}
			}
		}
		return who
	}
	for _, m := range s.mentions {
		if m.kind == model.Person && m.i >= v.at+v.n && m.i <= v.at+v.n+3 {
			return st.entityKey(m)
		}
	}
	if k := v.at + v.n; k < len(s.lw) && (s.lw[k] == "to" || s.lw[k] == "for") {
		// "founder Dorin Maskell sentenced to 14 years": a headline's
		// passive, with no object between the verb and the term.
		for _, m := range s.mentions {
			if m.kind == model.Person && m.j == v.at {
				return st.entityKey(m)
			}
		}
	}
	return ""
}

// changedObject reports whether a change verb stands right before the
// noun phrase at token i, a determiner between: "widening the exclusion
// zone".
func (x *Extractor) changedObject(s *sentence, i int) bool {
	k := i - 1
	if k > 0 && determiner(s.lw[k]) {
		k--
	}
	return k >= 0 && x.changeVerbAt(s, k)
}

// distanceAside returns, when the figure before figs[fi] is a distance
// set off by commas that places a town ("at Tarnov, 60 kilometres south
// of Brennholm, with the loss of 210 jobs"), where the search for what
// frames figs[fi] may start instead (the end of the figure before that
// one) and how many tokens the aside takes up; width 0 for none.
func distanceAside(s *sentence, figs []figure, fi int) (lo, width int) {
	p := figs[fi-1]
	if p.kind != model.Measurement || p.a < 1 || s.lw[p.a-1] != "," || p.c >= len(s.lw) || !distanceWords[s.lw[p.c]] {
		return 0, 0
	}
	for k := p.c; k < figs[fi].a; k++ {
		if s.toks[k].kind == tPunct {
			if s.lw[k] != "," {
				return 0, 0
			}
			if fi > 1 {
				lo = figs[fi-2].c
			}
			return lo, k + 1 - (p.a - 1)
		}
	}
	return 0, 0
}

// distanceWords follow a length that says how far one place is from
// another: "80 km from Osk", "14 nautical miles off Cape Lusk".
var distanceWords = map[string]bool{"from": true, "away": true, "off": true, "north": true, "south": true, "east": true, "west": true,
	"northeast": true, "northwest": true, "southeast": true, "southwest": true, "north-east": true, "north-west": true, "south-east": true, "south-west": true}

// maxFromWords is the most words distanceFrom reads for the thing a
// distance is measured from.
const maxFromWords = 3

// totalThing is what a share "of the total" reads as its thing before
// lastCount says what the total counts.
const totalThing = "total"

// lastCount returns the last count among claims, the claims of a
// sentence so far, that names what it counts; nil for none. What "the
// total" counts is the sentence's last count's thing: "31,000 of the
// 212,000 panels, roughly 15 percent of the total" is a share of the
// panels, and "put the number at 30 to 35" counts what the figure before
// counted.
func lastCount(claims []model.Claim) *model.Claim {
	for k := len(claims) - 1; k >= 0; k-- {
		if claims[k].Value.Kind == model.Count && claims[k].Subject != "" {
			return &claims[k]
		}
	}
	return nil
}

// distanceFrom returns the common noun a distance is measured from, the
// words of the phrase at token k after "from" with its head in the
// singular: "the road", "the finish line", "his family home", "the
// tunnel's northern entrance", "the B-road linking the villages" (the last
// part of a hyphenated word). It returns "" for a name ("from Dallas"), a
// figure, or no noun.
func (x *Extractor) distanceFrom(s *sentence, k int) string {
	det := k < len(s.lw) && determiner(s.lw[k])
	if det {
		k++
	}
	var words [maxFromWords]string
	n := 0
	for i := k; i < len(s.toks) && n < maxFromWords; i++ {
		t := s.toks[i]
		if i+1 < len(s.toks) && s.lw[i+1] == "'s" && t.kind == tWord {
			// "the tunnel's northern entrance": the owner's thing.
			n, det = 0, true
			i++
			continue
		}
		modifies := i+1 < len(s.toks) && s.toks[i+1].kind == tWord && !s.toks[i+1].upper && s.toks[i+1].cls&cStop == 0
		if t.kind != tWord || t.cls&cStop != 0 || timeOfDay[t.low] || x.lx.Has(lexicon.DayParts, t.low) ||
			n > 0 && (strings.HasSuffix(t.low, "ing") || strings.HasSuffix(t.low, "ed") && !modifies || strings.HasSuffix(t.low, "ly")) ||
			n == 0 && !det && strings.HasSuffix(t.low, "ing") {
			// "the B-road linking", "spectators gathered along" (not
			// "the nearest plowed road"), "the scene early Sunday",
			// "from sleeping 9-year-old"
			break
		}
		if _, word := x.num.wordValue(t.low); word || i+1 < len(s.lw) && (s.lw[i+1] == "a" || s.lw[i+1] == "an") {
			return "" // "from three boats", "from half a ton of explosives"
		}
		w := t.low
		if t.upper {
			_, last, ok := strings.Cut(t.text, "-")
			if !ok || last == "" || strings.ToLower(last) != last || strings.Contains(last, "-") {
				break // a name: where, not what
			}
			w = last
		}
		words[n] = w
		n++
	}
	if n == 0 {
		return ""
	}
	words[n-1] = lexicon.Singular(words[n-1]) // not lemma: "the summit" is no meeting
	return strings.Join(words[:n], " ")
}

// endToEnd reports whether "from" at token k spans the thing itself, a
// bare noun and "to" after it: "40 feet from end to end", "from top to
// bottom", not "80 km from Osk" or "20 miles from the coast".
func endToEnd(s *sentence, k int) bool {
	return s.lw[k] == "from" && k+2 < len(s.lw) && s.toks[k+1].kind == tWord && !s.toks[k+1].upper &&
		!s.is(k+1, cStop) && s.lw[k+2] == "to"
}

// portionWords are nouns of a share that say nothing of what it is a
// share of: "its share of the vote".
var portionWords = map[string]bool{"share": true, "proportion": true, "percentage": true, "portion": true}

// gappedActor returns who does what the figure before it was done by, in
// a clause that leaves the verb out: the name right before the figure at
// token a, after the figure before it ends at lo and a comma or "and" ("The Green Frontier won 22 seats, the Farmers' Union 18 and the
// nationalist National Hearth 15"). "" for none.
func gappedActor(s *sentence, st *docState, lo, a int) string {
	m, ok := lastMention(s, lo, a, func(mention) bool { return true })
	if !ok || m.j != a || m.i-lo > 4 || m.i <= lo {
		return ""
	}
	linked := false
	for k := lo; k < m.i; k++ {
		switch w := s.lw[k]; {
		case w == "," || w == "and":
			linked = true
		case s.toks[k].kind == tWord && !s.toks[k].upper && (w == "the" || w == "per" || w == "a" || !s.is(k, cStop|cSay|cBeAux)):
			// "the", and the rate of the figure before: "will cut 450,000
			// barrels per day and Kessoria 310,000".
		default:
			return ""
		}
	}
	if !linked {
		return ""
	}
	return st.entityKey(m)
}

// agedBetween reports whether tokens [i, j) hold only a person's age set
// off by commas and the auxiliaries of a passive verb: ", 46, was" in
// "Lessa Brandt, 46, was sentenced".
func agedBetween(s *sentence, i, j int) bool {
	if j-i > 6 || i >= j || s.lw[i] != "," {
		return false
	}
	aged := false
	for k := i; k < j; k++ {
		switch {
		case s.lw[k] == ",":
		case s.toks[k].kind == tNum && len(s.lw[k]) <= 3:
			aged = true
		case s.is(k, cBeAux) || s.lw[k] == "has" || s.lw[k] == "had":
		default:
			return false
		}
	}
	return aged
}

// monthIn returns the month, lower case, that tokens [lo, hi) of s name
// after "in" ("inflation reached 7.2% in January"); "" when none does.
func (x *Extractor) monthIn(s *sentence, lo, hi int) string {
	for k := max(1, lo); k < min(hi, len(s.toks)); k++ {
		if s.lw[k-1] != "in" {
			continue
		}
		if m, n := x.v.months.at(s, k); n > 0 {
			return m
		}
	}
	return ""
}

// pastYear returns a year, as written, that tokens [lo, hi) of s name
// alone after "in" ("in 2019"), with its month after "in" when it opens a
// clause ("In February 2021, a fire destroyed"; not "will close the plant
// in September 2026 and cut"), or before a noun it dates ("a 2019 quake"),
// when it is not the year the article was published; "" when there is
// none. "Since 2019", "through 2026" and "June 11, 2019" frame no figure.
func (x *Extractor) pastYear(s *sentence, lo, hi int) string {
	for k := max(0, lo); k < min(hi, len(s.toks)); k++ {
		t := s.toks[k]
		if !notThisYear(s, k) {
			continue
		}
		in := k > 0 && s.lw[k-1] == "in" || k > 1 && s.lw[k-1] == "of" && seasons[s.lw[k-2]] ||
			k > 0 && s.lw[k-1] == "as" && x.datePrep(s, k-1) == lexicon.EventPrep || // "as recently as 2008"
			monthOpens(s, k) // "In February 2021, a fire destroyed 600 shelters"
		modifies := k > 0 && (s.lw[k-1] == "a" || s.lw[k-1] == "an" || s.lw[k-1] == "the" || s.lw[k-1] == "its" || s.lw[k-1] == "their") &&
			k+1 < len(s.toks) && s.toks[k+1].kind == tWord && !s.is(k+1, cStop|cBeAux)
		if (in || modifies) && !inParticiplePhrase(s, k) {
			return t.text
		}
	}
	return ""
}

// presentVerb reports whether the verb at token v tells a state in the
// present: "holds", "has", "employs", or any verb right after "now". Not
// a present of news ("2019 quake kills 120"), which a headline tells of
// the past.
func presentVerb(s *sentence, v int) bool {
	if v > 0 && s.lw[v-1] == "now" {
		return true
	}
	switch s.lw[v] {
	case "has", "have", "is", "are", "holds", "hold", "seats", "employs", "houses", "contains", "covers":
		return true
	}
	return false
}

// yearModifies reports whether the year y stands before token a as a
// noun's modifier after a determiner ("the 1887 building"), not in a
// phrase of "in".
func yearModifies(s *sentence, y string, a int) bool {
	for k := a - 1; k > 0; k-- {
		if s.toks[k].text == y {
			switch s.lw[k-1] {
			case "a", "an", "the", "its", "their":
				return true
			}
			return false
		}
	}
	return false
}

// notThisYear reports whether token k is a year, written in four digits,
// other than the year the document was published.
func notThisYear(s *sentence, k int) bool {
	y, ok := yearToken(s.toks[k])
	pub := s.doc.Source.Published
	return ok && (pub.IsZero() || y != pub.Year())
}

// lastPastYear is pastYear for the year nearest the end of tokens [lo,
// hi): "married in 1996 and separated in 2013 after almost 17 years" is
// 2013's span.
func (x *Extractor) lastPastYear(s *sentence, lo, hi int) string {
	for k := min(hi, len(s.toks)) - 1; k >= max(0, lo); k-- {
		if y := x.pastYear(s, k, k+1); y != "" {
			if madeJoined(s, k) {
				continue // "the 2004-built ferry carried 300 people": the year dates the ferry
			}
			if appositiveDated(s, k, hi) {
				return "" // the year dates the noun before the figure's verb
			}
			return y
		}
	}
	return ""
}

// appositiveDated reports whether the year at token k ends a noun phrase
// set in apposition between commas, after "a" or "an", whose participle
// it dates, and the figure at token hi stands after the closing comma:
// "The Tormund, a 96-metre vessel commissioned in 2011, sailed 47
// kilometres" dates the vessel, not the voyage. A figure inside the
// phrase ("a 600,000-barrel-a-day cut agreed in 2029") is the year's.
func appositiveDated(s *sentence, k, hi int) bool {
	if k < 3 || k+1 >= hi || s.lw[k+1] != "," || s.lw[k-1] != "in" || !(pastForm(s.lw[k-2]) || irregularParticiples[s.lw[k-2]]) {
		return false
	}
	for j := k - 3; j >= 0 && j >= k-maxAppositive; j-- {
		switch {
		case s.lw[j] == ",":
			return j+1 < k-2 && (s.lw[j+1] == "a" || s.lw[j+1] == "an")
		case s.toks[j].kind == tPunct && s.lw[j] != "-":
			return false
		}
	}
	return false
}

// maxAppositive is how many tokens before its year appositiveDated looks
// for the comma that opens the phrase.
const maxAppositive = 10

// inParticiplePhrase reports whether token k stands in a phrase set off
// by commas that a past participle opens: "Aurelia, built in Germany in
// 2008, is estimated to be worth about $150 million" dates the building,
// not the worth. A past form after a comma that closes an appositive
// ("Kresh, then police commissioner, launched ... in 2022, a raid") is the
// sentence's own verb, told by the noun phrase after the second comma.
func inParticiplePhrase(s *sentence, k int) bool {
	open := -1
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		if s.lw[j] == "," {
			open = j
			break
		}
		if s.toks[j].kind == tPunct {
			return false
		}
	}
	if open < 0 || open+1 >= k || !(pastForm(s.lw[open+1]) || irregularParticiples[s.lw[open+1]]) {
		return false
	}
	for j := k + 1; j < len(s.lw) && j <= k+3; j++ {
		if s.lw[j] == "," {
			// What follows the closing comma tells the phrase from a
			// sentence's own verb: a verb goes on ("..., built in 2008, is"),
			// a noun phrase set in apposition does not ("Kresh, then police
			// commissioner, launched Operation Greyline in 2022, a raid").
			return j+1 >= len(s.lw) || !apposes[s.lw[j+1]]
		}
		if s.toks[j].kind == tPunct {
			return false
		}
	}
	return false
}

// apposes holds the words that open a noun phrase in apposition after a
// comma, or a new clause's subject: after the comma that would close a
// participle's phrase, they say that the comma closed none.
var apposes = map[string]bool{"a": true, "an": true, "the": true, "one": true, "this": true, "that": true,
	"he": true, "she": true, "they": true, "it": true, "we": true}

// irregularParticiples are past participles without "-ed" that open a
// phrase dating a thing: "built in 2008", "born in 1962". They are fewer
// than participles, whose "led" or "left" after a comma is as often a
// sentence's own verb: "Kresh, then police commissioner, led Operation
// Greyline in 2022, a raid involving about 250 officers" dates the raid.
var irregularParticiples = map[string]bool{"built": true, "born": true, "made": true, "begun": true, "won": true,
	"sold": true, "bought": true, "written": true, "taken": true, "held": true}

// monthOpens reports whether the year at token k follows a month and
// "in" that open a phrase set off by commas: "In February 2021, a fire
// destroyed", "the last inspection, in March 2022, rated"; not "will shut
// its plant in September 2026, cutting".
func monthOpens(s *sentence, k int) bool {
	if k < 2 || s.lw[k-2] != "in" || !s.is(k-1, cMonths) || k+1 >= len(s.lw) || s.lw[k+1] != "," {
		return false
	}
	return k == 2 || s.toks[k-3].kind == tPunct
}

// ownClauseFrom returns where the figure at token a may look back to,
// from lo: past a semicolon or a dash before it, another clause stands
// ("was budgeted at $2.9 billion in 2019; its cost is now $3.6 billion"),
// past "and" before a verb another predicate ("is due to open in 2029
// and is expected to cost $3.6 billion", "opened in 1924 and holds
// 31,500 spectators"), and past a phrase of a
// participle set off by commas another thing's ("set by a grower in
// 2012,").
func ownClauseFrom(s *sentence, lo, a int) int {
	for k := a - 1; k >= max(0, lo); k-- {
		switch {
		case s.lw[k] == ";" || s.lw[k] == "—" || s.lw[k] == "–":
			return k + 1
		case s.lw[k] == "and" && k+1 < a && s.lw[k+1] != "to" && (verbGroup[s.lw[k+1]] || presentVerb(s, k+1)):
			return k + 1
		case s.lw[k] == "," && participlePhraseBefore(s.lw, k):
			return k + 1
		}
	}
	return lo
}

// participleObjects are the prepositions a participle's phrase of a noun
// goes on with.
var participleObjects = map[string]bool{"by": true, "in": true, "at": true, "on": true, "during": true, "for": true}

// participlePhraseBefore reports whether the comma at token k closes a
// phrase that a comma and a past participle open: "the previous record of
// 1,944 pounds, set by a grower in 2012, by a margin of 114 pounds" holds
// the record's year, not the margin's.
func participlePhraseBefore(lw []string, k int) bool {
	for p := k - 1; p >= 1 && p >= k-12; p-- {
		if lw[p] == "," {
			// A participle right before a preposition, as a noun's
			// phrase has it ("set by", "built in"); not a predicate with
			// an object ("Kresh, then police commissioner, launched
			// Operation Greyline in 2022, a raid").
			w := lw[p+1]
			return p+2 < k && (pastForm(w) || bareParticiples[w]) && participleObjects[lw[p+2]]
		}
	}
	return false
}

// initiallyIn reports whether an adverb of a first count ("initially",
// "originally") stands in tokens [from, to).
func initiallyIn(lw []string, from, to int) bool {
	for k := max(0, from); k < to && k < len(lw); k++ {
		if lw[k] == "initially" || lw[k] == "originally" {
			return true
		}
	}
	return false
}

// openingYear returns the past year that opens the clause token f stands
// in, the sentence or the part of it after its last semicolon before f
// ("In 2019, ...", "Back in 2019, ...", "...; in August 2011, a fishing
// boat carrying nine people hit rocks, though no one was hurt"), or "".
func (x *Extractor) openingYear(s *sentence, f int) string {
	o := 0
	for k := min(f, len(s.lw)) - 1; k > 0; k-- {
		if s.lw[k] == ";" {
			o = k + 1
			break
		}
	}
	for a := o + 1; a <= o+2 && a+1 < len(s.lw); a++ {
		// "In 2019, inmates held", and with no comma before the clause's
		// subject: "In 2021 the company called back 8,000 sedans"; "In
		// June 2017, a power failure stopped the ride, stranding 22
		// riders".
		// With no comma the subject may be a bare noun or a name too: "In
		// November 2012 floodwater reached about 18 inches".
		subject := s.lw[a+1] == "," || determiner(s.lw[a+1]) || pronouns[s.lw[a+1]] ||
			s.toks[a+1].kind == tWord && !s.is(a+1, cStop|cBeAux|cPhrasePrep|cSay|cMonths)
		if subject && a == o+2 && s.is(a-1, cMonths) && opensClause(s, a-1) && notThisYear(s, a) {
			return s.toks[a].text
		}
		if subject && (opensClause(s, a) && (a == o+1 || s.lw[o] == "back") || monthOpens(s, a)) {
			return x.pastYear(s, a, a+1)
		}
	}
	return yearClosesOpening(s, o, f)
}

// yearClosesOpening returns the past year that ends an opening phrase of
// "during", "at" or "in", from token o and set off by a comma before
// token f: "During a Tuesday night cup tie in October 2022, the lights
// went out for 26 minutes"; or "".
func yearClosesOpening(s *sentence, o, f int) string {
	if o >= len(s.lw) || s.lw[o] != "during" && s.lw[o] != "at" && s.lw[o] != "in" {
		return ""
	}
	for c := o + 3; c < len(s.lw) && c <= o+12 && c < f; c++ {
		if s.toks[c].kind != tPunct {
			continue
		}
		y := c - 1
		if s.lw[c] != "," || s.toks[y].kind != tNum {
			return ""
		}
		if p := y - 1; (s.lw[p] == "in" || s.is(p, cMonths) && s.lw[p-1] == "in") && notThisYear(s, y) {
			return s.toks[y].text
		}
		return ""
	}
	return ""
}

// lands are the kinds of land an area covers: "hectares of forest" are
// an area, as bare hectares are.
var lands = map[string]bool{"forest": true, "farmland": true, "land": true, "bush": true, "bushland": true,
	"scrub": true, "scrubland": true, "woodland": true, "grassland": true, "countryside": true, "terrain": true,
	"brush": true, "timber": true, "parkland": true, "moorland": true, "heath": true, "heathland": true,
	"cropland": true, "pasture": true, "vegetation": true, "wilderness": true}

// seasons name a part of a year that "of" ties to it ("in the summer of
// 1987") or that stands right before it ("in fall 2017").
var seasons = map[string]bool{"summer": true, "winter": true, "spring": true, "autumn": true, "fall": true}

// clauseEndAfter returns where the clause that token k stands in ends: at
// the next comma, semicolon or clause stop, and at most n tokens on.
func (x *Extractor) clauseEndAfter(s *sentence, k, n int) int {
	end := min(len(s.lw), k+n)
	for p := k; p < end; p++ {
		if s.lw[p] == "," || s.lw[p] == ";" || s.is(p, cClauseStop) {
			return p
		}
	}
	return end
}

// estimator returns who puts a figure at a value, when the figure at token
// a follows "put the crowd at", "estimated the toll at": the noun phrase
// before the verb ("Police", "the interior ministry"); "" otherwise.
func (x *Extractor) estimator(s *sentence, st *docState, a int) string {
	if a < 3 || s.lw[a-1] != "at" {
		return ""
	}
	for v := a - 2; v >= 0 && v >= a-8; v-- {
		switch s.lw[v] {
		case "put", "puts", "putting", "estimated", "estimates", "estimate", "placed", "places", "pegged", "pegs":
			p := v - 1
			if p >= 1 && (strings.HasSuffix(s.lw[p], "ly") && !s.toks[p].upper && !determiner(s.lw[p-1]) || s.lw[p] == "now") {
				p-- // "Authorities had initially put the death toll at five", "is now put at"
			}
			for p >= 1 && (s.lw[p] == "had" || s.lw[p] == "has" || s.lw[p] == "have") {
				p-- // not "is estimated at": a passive names no estimator
			}
			return x.npAt(s, st, p, -1)
		case ",", ";":
			return ""
		}
	}
	return ""
}

// attendMeasure is the measure of a crowd: how many took part, marched
// or turned out.
const attendMeasure = "attend"

// crowdOf reports whether the figure in tokens [a, c) counts a crowd:
// "estimated the crowd at 28,000", "a crowd of about 5,000", "crowds of up
// to 30,000", "a 10,000 crowd", "58,412 spectators". Such a figure counts
// those who took part, as "38,000 people took part in the march" does.
func crowdOf(lw []string, a, c int) bool {
	isCrowd := func(w string) bool { return w == "crowd" || w == "crowds" }
	if c < len(lw) && isCrowd(lw[c]) || c > a && c <= len(lw) && spectators[lw[c-1]] {
		return true
	}
	for k := a - 1; k >= 1 && k >= a-4; k-- {
		if lw[k] == "at" || lw[k] == "of" {
			return isCrowd(lw[k-1])
		}
	}
	return false
}

// watchedBy reports whether the figure at token a follows "in front of"
// or "watched by": a crowd, whatever the clause's verb.
func watchedBy(lw []string, a int) bool {
	return a >= 3 && lw[a-3] == "in" && lw[a-2] == "front" && lw[a-1] == "of" ||
		a >= 2 && lw[a-2] == "watched" && lw[a-1] == "by"
}

// viewMeasure is the measure of watching: a crowd that watched took part.
const viewMeasure = "view"

// spectators are those a figure counts as a crowd: "58,412 spectators".
var spectators = map[string]bool{"spectators": true, "spectator": true, "attendees": true}

// tookTo returns the verb of a duration that says how long an act took,
// for the figure spanning tokens [a, c): "took about two hours to bring",
// "took firefighters nearly three hours to bring". It returns "" when the
// figure is no such span.
func tookTo(s *sentence, a, c int) string {
	lw := s.lw
	if c+1 >= len(lw) || lw[c] != "to" || s.toks[c+1].kind != tWord || s.is(c+1, cStop) {
		return ""
	}
	for k := a - 1; k >= 0 && k >= a-3; k-- {
		switch {
		case takeForms[lw[k]]:
			return lw[c+1]
		case s.toks[k].kind == tPunct:
			return ""
		}
	}
	return ""
}

// doneIn returns the verb of a duration that says how long a finished act
// took, for the figure starting at token a after "in" or "within": "cleared
// the stands in 14 minutes", "The building was evacuated within 20
// minutes" are the time to clear and to evacuate, as "took 22 minutes to
// clear the building" is. Only a past "-ed" verb right before a short
// object that opens with a determiner or "all", "both" or "every", or
// right after "was", "were" or "been" in a sentence with no figure before
// (prev, the token the figure before ends at, is 0), counts: "will open
// the bridge in three weeks" is a date to come, "18,400 tickets were
// issued in 12 months" and "suffered its worst day in 15 years" count in
// a window, and "results were expected in five days" is no act done. It
// returns "" for any other figure.
func doneIn(s *sentence, a, prev int) string {
	lw := s.lw
	k := a - 1
	if k >= 1 && (lw[k] == "just" || lw[k] == "only" || lw[k] == "under") {
		k--
	}
	if k < 1 || lw[k] != "in" && lw[k] != "within" {
		return ""
	}
	verb := func(p int) bool {
		return p >= prev && s.toks[p].kind == tWord && pastForm(lw[p]) && !s.is(p, cStop) && !notDone[lw[p]]
	}
	if p := k - 1; p >= 1 && prev == 0 && verb(p) && (lw[p-1] == "was" || lw[p-1] == "were" || lw[p-1] == "been") {
		return baseOf(lw[p]) // "was evacuated in 20 minutes"
	}
	for p := k - 1; p >= 1 && p >= k-maxDoneObject; p-- {
		if s.toks[p].kind != tWord || windowWords[lw[p]] {
			return ""
		}
		if determiner(lw[p]) || lw[p] == "all" || lw[p] == "both" || lw[p] == "every" {
			if verb(p - 1) {
				return baseOf(lw[p-1]) // "cleared the stands in 14 minutes"
			}
			return ""
		}
	}
	return ""
}

// maxDoneObject is how many words doneIn reads back for the object.
const maxDoneObject = 4

// notDone are "-ed" verbs whose span after "in" is no time an act took:
// what is awaited ("expected in five days") or counted in a window
// ("recorded in 12 months").
var notDone = map[string]bool{
	"expected": true, "scheduled": true, "planned": true, "promised": true, "forecasted": true, "predicted": true,
	"projected": true, "estimated": true, "needed": true, "required": true, "recorded": true, "reported": true,
	"logged": true, "registered": true, "counted": true, "posted": true,
}

// windowWords in an object make the span after it a window looked back
// over: "its worst day in 15 years", "its second profit warning in five
// months", "the most rain in a decade".
var windowWords = map[string]bool{
	"first": true, "second": true, "third": true, "fourth": true, "fifth": true, "last": true, "latest": true,
	"worst": true, "best": true, "most": true, "least": true, "fewest": true, "highest": true, "lowest": true,
	"biggest": true, "largest": true, "smallest": true, "strongest": true, "weakest": true, "deadliest": true,
	"heaviest": true, "longest": true, "shortest": true, "sharpest": true, "steepest": true, "record": true, "only": true,
}

// baseOf returns the plain form of a past "-ed" verb, as an infinitive
// after "to" names it ("cleared" clear, "emptied" empty, "stopped" stop,
// "evacuated" evacuate), so that a time told either way reads alike. The
// subjects compare by stem, so a guess that keeps or drops a final "e"
// wrongly only reads oddly.
func baseOf(w string) string {
	if r, ok := strings.CutSuffix(w, "ied"); ok {
		return r + "y"
	}
	r, ok := strings.CutSuffix(w, "ed")
	if !ok || len(r) < 3 {
		return w
	}
	n := len(r)
	switch last := r[n-1]; {
	case last == r[n-2] && !strings.ContainsRune("lsfzaeiou", rune(last)):
		return r[:n-1] // "stopped"
	case strings.ContainsRune("uvcz", rune(last)),
		last == 's' && !strings.HasSuffix(r, "ss") && !strings.HasSuffix(r, "sh"),
		last == 't' && strings.ContainsRune("aue", rune(r[n-2])) && !strings.ContainsRune("aeiou", rune(r[n-3])) || strings.HasSuffix(r, "uat") || strings.HasSuffix(r, "iat"),
		last == 'r' && strings.ContainsRune("aiou", rune(r[n-2])) && !strings.ContainsRune("aeiou", rune(r[n-3])),
		last == 'g' && r[n-2] == 'n' && n >= 4 && r[n-3] == 'a':
		return r + "e" // "evacuated", "restored", "closed", "rescued", "arranged"
	}
	return r
}

// sinceThing opens the subject of a span counted from an event, named as
// the events or measures list names it: "three days after the crash" is a
// "time since crash", "nearly 11 years after it was stolen" a "time since
// robbery".
const sinceThing = "time since "

// eventSince returns the event or measure that "after" or "since" at token
// c names within a few words, before any punctuation or figure: "after it
// was stolen from her car", "since the crash"; "" for none.
func (x *Extractor) eventSince(s *sentence, c int) string {
	if c >= len(s.lw) || s.lw[c] != "after" && s.lw[c] != "since" {
		return ""
	}
	events := x.lx.Table(lexicon.Events)
	for k := c + 1; k < len(s.lw) && k <= c+5; k++ {
		if s.toks[k].kind != tWord {
			return ""
		}
		if ev, n := events.Match(s.lw, k); n > 0 && !noEventNouns[s.lw[k]] {
			return ev
		}
		if m, n := x.measureAt(s, k); n > 0 {
			return m
		}
	}
	return ""
}

// irregularForm reports whether w is an irregular past form or
// participle of the verbs list: "fought", "swam". (The irregularPast and
// participles sets serve clause reading and hold some of the same words.)
func (x *Extractor) irregularForm(w string) bool {
	_, ok := x.lx.Table(lexicon.Verbs).Lookup(w)
	return ok
}

// noEventNouns are words of the events list whose noun names no event:
// "farmed this land for 25 years" landed nothing.
var noEventNouns = map[string]bool{"land": true, "present": true, "list": true, "effect": true}

// firstWindow reports whether the span at token a opens with "in its
// first", "within the first", "during their first" or the like: a window
// that frames a figure rather than a span of its own.
func firstWindow(lw []string, a int) bool {
	if a < 3 || lw[a-1] != "first" {
		return false
	}
	switch lw[a-2] {
	case "its", "their", "the", "his", "her":
	default:
		return false
	}
	switch lw[a-3] {
	case "in", "within", "during", "over", "for":
		return true
	}
	return false
}

// lateBy reports whether the span ending before token c is how late
// something is: "three years behind schedule", "six years late", "two
// months overdue".
func lateBy(lw []string, c int) bool {
	if c >= len(lw) {
		return false
	}
	switch lw[c] {
	case "late", "overdue", "behind":
		return lw[c] != "behind" || c+1 < len(lw) && (lw[c+1] == "schedule" || lw[c+1] == "time")
	}
	return false
}

// spanOf returns what lasts the duration at tokens [a, c): the act of a
// verb in "-ed" or an infinitive right before "for" ("were stranded for
// four days", "burned for 16 hours", "left to mature for 60 years"), the
// act a span is spent doing ("spent five decades maturing"), or the noun
// that takes it ("repairs would take three weeks", "are expected to take
// two months"); an event a verb acts on, for an act on it ("fought the
// blaze for 11 hours"). It returns "" when there is none.
func (x *Extractor) spanOf(s *sentence, a, c int) string {
	lw := s.lw
	if a >= 4 && lw[a-1] == "for" && opensObject(lw[a-3]) && verbForm(lw[a-4]) {
		// "battled the blaze for nine hours", "fought the fire for 11
		// hours": how long an act on an event lasted, named by the event.
		if ev, n := x.lx.Table(lexicon.Events).Match(lw, a-2); n == 1 && !noEventNouns[lw[a-2]] {
			return ev
		}
		if (pastForm(lw[a-4]) || x.irregularForm(lw[a-4])) && !s.toks[a-2].upper {
			// "fought the fish for 45 minutes": the act, a fight.
			return lemma(x.lx, lw[a-4])
		}
	}
	word := func(k int) bool {
		return k >= 0 && k < len(lw) && s.toks[k].kind == tWord && (!s.toks[k].upper || k == 0) && !s.is(k, cStop)
	}
	switch {
	case a >= 2 && lw[a-1] == "for" && word(a-2) && (pastForm(lw[a-2]) || x.irregularForm(lw[a-2]) || a >= 3 && lw[a-3] == "to"):
		return lemma(x.lx, lw[a-2]) // "left to mature for 60 years", "swam for 14 hours"
	case a >= 3 && lw[a-1] == "for":
		if p := x.stateBefore(s, a-1); p >= 0 {
			return lemma(x.lx, lw[p]) // "were stranded about 205 feet above the ground for nearly 5 hours"
		}
	case a >= 1 && spendForms[lw[a-1]] && word(c) && strings.HasSuffix(lw[c], "ing"):
		return lemma(x.lx, lw[c]) // "spent five decades maturing"
	case a >= 2 && takeForms[lw[a-1]]:
		k := a - 2
		for n := 0; n < 3 && k > 0 && verbGroup[lw[k]]; n++ {
			k-- // "repairs would take", "are expected to take"
		}
		if word(k) && !pastForm(lw[k]) && !strings.HasSuffix(lw[k], "ly") { // not "would normally take"
			return lemma(x.lx, lw[effortKind(s, k)])
		}
	}
	return ""
}

// stateBefore returns the token of a past participle after "be" (or
// "be left") that a phrase of where, of a few words, parts from the
// "for" at token k: "were stranded about 205 feet above the ground for",
// "was trapped under the rubble for", "were left stuck at the top for".
// How long the phrase's state lasted is the span after "for" ("from"
// tells where someone came from, no state, unless an act follows it:
// "was disqualified from driving for", "were barred from entering the
// country for"). It returns
// -1 when no such participle stands there: a comma, a clause word, an
// infinitive's "to" or another verb in between ends the search.
func (x *Extractor) stateBefore(s *sentence, k int) int {
	for p := k - 1; p >= 1 && p >= k-maxStateGap; p-- {
		w := s.lw[p]
		if s.toks[p].kind == tPunct || s.is(p, cClauseStop) || w == "and" || w == "or" || w == "to" {
			return -1
		}
		if !pastForm(w) && !x.irregularForm(w) {
			continue
		}
		if beAux[s.lw[p-1]] || s.lw[p-1] == "left" && p >= 2 && beAux[s.lw[p-2]] {
			if slices.ContainsFunc(s.lw[p+1:k], func(w string) bool { return wherePreps[w] && w != "from" }) {
				return p
			}
			if s.lw[p+1] == "from" && p+2 < k && strings.HasSuffix(s.lw[p+2], "ing") && s.toks[p+2].kind == tWord {
				return p // "was disqualified from driving for three years"
			}
		}
		return -1
	}
	return -1
}

// maxStateGap is how many tokens before a "for" stateBefore looks.
const maxStateGap = 9

// spendForms spend a span of time doing something: "spent five decades
// maturing".
var spendForms = map[string]bool{"spent": true, "spend": true, "spends": true, "spending": true}

// relativeTo reports whether the share right before token j is how far
// one figure stands from another: "84 percent above the original budget",
// "12% higher than last year", "30 percent over budget".
func relativeTo(lw []string, j int) bool {
	if j+1 >= len(lw) {
		return false
	}
	switch lw[j] {
	case "above", "below":
		return true
	case "over", "under":
		return lw[j+1] == "budget"
	case "higher", "lower", "more", "less", "greater", "bigger", "smaller", "cheaper", "dearer":
		return lw[j+1] == "than"
	}
	return false
}

// relativeRisk returns what a share right before token j compares, when
// it is a relative likelihood or risk: "likelihood" for "37% more likely",
// "risk" for "a 20% higher risk"; "" for any other share.
func relativeRisk(lw []string, j int) string {
	if j+1 >= len(lw) {
		return ""
	}
	switch w := lw[j+1]; {
	case (lw[j] == "more" || lw[j] == "less") && w == "likely":
		return "likelihood"
	case riskWords[lw[j]] && (w == "risk" || w == "chance" || w == "odds"):
		return "risk"
	}
	return ""
}

// riskWords say which way a relative risk goes: "a 20% higher risk".
var riskWords = map[string]bool{"higher": true, "lower": true, "greater": true, "increased": true, "reduced": true}

// lastingOf returns what lasts the duration of tokens [a, c): the noun
// after "of" ("nine hours of deliberations", "after 11 minutes of
// bidding"), or the noun whose verb "last" comes right before the figure
// ("a pregnancy that lasted 96 days", "the talks, which lasted 14 hours",
// "a strike lasting 12 days", "the siege lasted 40 days").
func (x *Extractor) lastingOf(s *sentence, a, c int) string {
	lw := s.lw
	if c+1 < len(lw) && lw[c] == "of" {
		return x.headAfter(s, c+1)
	}
	k := a - 1
	if k < 1 || !lastForms[lw[k]] {
		return ""
	}
	k--
	if lw[k] == "that" || lw[k] == "which" {
		k--
	}
	if k >= 0 && lw[k] == "," {
		k--
	}
	if k < 0 || s.toks[k].kind != tWord || s.toks[k].upper && k > 0 || s.is(k, cStop|cBeAux) {
		return ""
	}
	return lemma(x.lx, lw[effortKind(s, k)])
}

// effortKind returns the token of the noun that says what kind of work
// the noun at token k names when k is "operation", "effort" or "mission"
// after one of effortKinds ("the rescue operation", "a search effort");
// otherwise k. "The operation" alone, or after another word ("the
// complex operation", "a heart operation"), is surgery.
func effortKind(s *sentence, k int) int {
	if k >= 1 && effortNouns[s.lw[k]] && effortKinds[s.lw[k-1]] {
		return k - 1
	}
	return k
}

// effortKinds are the kinds of work an operation or an effort does that
// are no surgery.
var effortKinds = map[string]bool{"rescue": true, "search": true, "recovery": true, "salvage": true, "evacuation": true,
	"relief": true, "clean-up": true, "cleanup": true, "firefighting": true, "police": true, "military": true,
	"security": true, "demolition": true, "repair": true, "airlift": true, "sting": true}

// effortNouns name an undertaking by what kind of work it is only when no
// noun before them does: "rescue operation", "search effort".
var effortNouns = map[string]bool{"operation": true, "operations": true, "effort": true, "efforts": true, "mission": true}

// lastForms are the forms of the verb "last" that no adjective shares
// ("the last 12 days" are the final ones).
var lastForms = map[string]bool{"lasted": true, "lasting": true, "lasts": true}

// populationMeasure is the measure of how many people live in a place.
const populationMeasure = "population"

// populationOf reports whether the figure starting at token a counts the
// people of a place: it follows "<settlement> of" ("a town of about
// 3,000", "a population of 40 million") or "home to" ("the city, home to
// 2 million people").
func (x *Extractor) populationOf(lw []string, a int) bool {
	if a < 2 {
		return false
	}
	return lw[a-1] == "of" && x.lx.Has(lexicon.Settlements, lw[a-2]) || lw[a-1] == "to" && lw[a-2] == "home"
}

// ownedByName reports whether a name's "'s" stands right before the figure
// at token a: "For Inchmarra's roughly 1,400 residents", all who live
// there.
func ownedByName(s *sentence, a int) bool {
	return a >= 2 && s.lw[a-1] == "'s" && s.toks[a-2].upper
}

// hasBefore reports whether "has", "had" or "have" stands right before
// the figure at token a ("now has 2.31 million residents"), or before an
// adverb there ("has roughly 40,000").
func hasBefore(lw []string, a int) bool {
	has := func(k int) bool { return k >= 0 && (lw[k] == "has" || lw[k] == "had" || lw[k] == "have") }
	return has(a-1) || a >= 2 && has(a-2) && (lw[a-1] == "still" || strings.HasSuffix(lw[a-1], "ly"))
}

// magnitudeMeasure is the measure of an earthquake's size.
const magnitudeMeasure = "magnitude"

// readingClass is the class of the measures list for what an instrument
// or an agency measures ("magnitude", "depth"): each agency's reading is
// its own.
const readingClass = "reading"

// magnitudeOf reads a figure that gives an earthquake's magnitude: "a
// magnitude 7.1 quake", "a 5.6-magnitude tremor", "had a magnitude of
// 7.7", "measured 6.4 on the Richter scale", "measured the quake at 7.9".
// It counts no thing: its subject is the earthquake, or the aftershock
// when the sentence speaks of aftershocks before it ("140 aftershocks, the
// strongest a magnitude 5.6 tremor"), and whoever measured it (the
// agency that "measured the quake at 7.3", "as measured by the Meridian
// Geophysical Centre") is its credit, not its actor: agencies' readings
// differ by method, and each is compared only with its own.
func (x *Extractor) magnitudeOf(s *sentence, st *docState, f *figure, c *model.Claim) {
	if f.kind != model.Count || c.Value.Lo < 1 || c.Value.Hi >= 10 {
		return
	}
	lw := s.lw
	at := -1 // the verb of measuring before the figure, if any
	for k := f.a - 1; k >= 0 && k >= f.a-6; k-- {
		if lw[k] == "," || lw[k] == ";" {
			break
		}
		if isMeasuringVerb(lw[k]) {
			at = k
			break
		}
	}
	// "measured the quake at 7.3", "at magnitude 7.3"
	putAt := f.a >= 1 && lw[f.a-1] == "at" || f.a >= 2 && lw[f.a-2] == "at" && lw[f.a-1] == magnitudeMeasure
	next := f.c // the word after the figure, past a hyphen: "5.6-magnitude"
	for next < len(lw) && lw[next] == "-" {
		next++
	}
	magnitude := c.Measure == magnitudeMeasure || c.Subject == magnitudeMeasure ||
		f.a >= 1 && lw[f.a-1] == magnitudeMeasure || next < len(lw) && lw[next] == magnitudeMeasure ||
		at >= 0 && putAt && quakeWordIn(lw[at+1:f.a])
	if !magnitude {
		return
	}
	c.Measure, c.Subject = magnitudeMeasure, quakeSubject(lw, f.c)
	by := ""
	if at >= 0 && putAt {
		by = x.npAt(s, st, at-1, -1) // "The Meridian Geophysical Centre measured the quake at 7.3"
	}
	for k := f.c; k+2 < len(lw); k++ {
		if lw[k] == "measured" && lw[k+1] == "by" {
			by = x.npAt(s, st, k+2, +1) // "The magnitude 7.1 quake, as measured by the Meridian Geophysical Centre"
			break
		}
	}
	if by != "" {
		c.SaidBy = by
	}
	c.Actor, c.Target, c.Origin = "", "", ""
}

// depthMeasure is the measure of how deep an earthquake struck.
const depthMeasure = "depth"

// depthOf reads a length that gives an earthquake's depth, in a sentence
// about one: "its depth at 10 kilometres", "at a depth of 10 km", "18
// kilometres below the surface", "16 miles deep". Like a magnitude, it is
// the earthquake's (or the aftershock's), and whoever measured it is its
// credit: agencies' depths differ by method too.
func (x *Extractor) depthOf(s *sentence, st *docState, f *figure, c *model.Claim) {
	if f.kind != model.Measurement || c.Value.Unit != "km" && c.Value.Unit != "m" || !quakeWordIn(s.lw) {
		return
	}
	lw := s.lw
	deep := f.c < len(lw) && (lw[f.c] == "deep" || lw[f.c] == "below" || lw[f.c] == "beneath" || lw[f.c] == "underground")
	// "a depth of 10 km", "its depth at about 10 kilometres"; not "at a
	// depth of 10km, about 17.2km from Mandalay".
	for k := f.a - 1; !deep && k >= 1 && k >= f.a-3; k-- {
		if lw[k] == "of" || lw[k] == "at" {
			deep = lw[k-1] == depthMeasure
			break
		}
	}
	if !deep {
		return
	}
	c.Measure, c.Subject = depthMeasure, quakeSubject(lw, f.c)
	if c.SaidBy == "" {
		// "The bureau put its magnitude at 6.9 and its depth at 10
		// kilometres": who put it there.
		for k := f.a - 1; k >= 1 && k >= f.a-10; k-- {
			if lw[k] == "," || lw[k] == ";" {
				break
			}
			if isMeasuringVerb(lw[k]) {
				c.SaidBy = x.npAt(s, st, k-1, -1)
				break
			}
		}
	}
	c.Actor, c.Target, c.Origin = "", "", ""
}

// quakeSubject is what a magnitude or depth before token end belongs to:
// the aftershock in a sentence that speaks of aftershocks, else the
// earthquake.
func quakeSubject(lw []string, end int) string {
	for k := range min(end+2, len(lw)) {
		if strings.HasPrefix(lw[k], "aftershock") {
			return "aftershock"
		}
	}
	return "earthquake"
}

// isMeasuringVerb reports whether w puts an earthquake at a magnitude:
// "measured the quake at 7.3", "put its magnitude at 6.9".
func isMeasuringVerb(w string) bool {
	switch w {
	case "measured", "measures", "put", "puts", "estimated", "estimates", "registered", "rated", "recorded", "gave", "gives":
		return true
	}
	return false
}

// quakeWordIn reports whether words name an earthquake ("the quake", "it"
// does not).
func quakeWordIn(words []string) bool {
	for _, w := range words {
		switch w {
		case "quake", "quakes", "earthquake", "earthquakes", "tremor", "temblor", "aftershock", "aftershocks",
			"magnitude", "epicentre", "epicenter", "seismic", "seismological":
			return true
		}
	}
	return false
}

// oneDigit reports whether x is a whole number of one significant digit:
// 4, 40, 4,000; not 45, 3,800 or 0.4.
func oneDigit(x float64) bool {
	return sigDigits(x) == 1 && x == math.Trunc(x)
}

// sigDigits returns how many significant digits x is written with: 2 for
// 3,800 and 8.1, 3 for 412 and 4.12; 0 for no positive number.
func sigDigits(x float64) int {
	if x <= 0 || math.IsInf(x, 0) || math.IsNaN(x) {
		return 0
	}
	s := strconv.FormatFloat(x, 'f', -1, 64)
	whole, frac, _ := strings.Cut(s, ".")
	digits := strings.TrimLeft(whole+frac, "0")
	if frac == "" {
		digits = strings.TrimRight(digits, "0")
	}
	return len(digits)
}

// otherCount reports whether prev, the figure before c in its sentence,
// counts something else: both state a measure, and not the same one.
// "divers recovered three more bodies" after "the toll rose to 15" are
// more of the dead all the same.
// ofThose reports whether the figure at token a follows an opening "Of
// those," or "Of them", perhaps with a few words of their own ("Of those
// taken to hospital,"), which name its whole.
func ofThose(lw []string, a int) bool { return ofThoseAt(lw, a) >= 0 }

// ofThoseAt returns where the "of" of ofThose stands, or -1.
func ofThoseAt(lw []string, a int) int {
	if a < 3 || lw[a-1] != "," {
		return -1
	}
	for i := a - 3; i >= 0 && i >= a-8; i-- {
		if lw[i] == "," {
			return -1
		}
		if lw[i] == "of" && (lw[i+1] == "those" || lw[i+1] == "them" || lw[i+1] == "these") {
			if i == a-3 || i == 0 || lw[i-1] == "," {
				return i
			}
			return -1
		}
	}
	return -1
}

// namedWhole reports whether the words of an opening "Of those taken to
// hospital," before the figure at token a name measure m: the figure
// counts some of those, not another count of the measure.
func (x *Extractor) namedWhole(s *sentence, a int, m string) bool {
	i := ofThoseAt(s.lw, a)
	if i < 0 {
		return false
	}
	for k := i + 2; k < a-1; k++ {
		if got, n := x.measureAt(s, k); n > 0 && got == m {
			return true
		}
	}
	return false
}

// someOf reports whether a count c of no measure counts some of a larger
// count of the same thing that an earlier claim of its sentence, before
// those in out, puts a measure to.
func someOf(out []model.Claim, c *model.Claim) bool {
	for k := range out {
		w := &out[k]
		if w.Kind == model.QuantityClaim && w.Value.Kind == model.Count && w.Measure != "" && w.Subject == c.Subject && w.Value.Lo > c.Value.Hi {
			return true
		}
	}
	return false
}

func otherCount(prev, c *model.Claim) bool {
	return prev.Measure != "" && c.Measure != "" && prev.Measure != c.Measure
}

// livesVerbs take lives counted after them, by the measure of what they
// did to the people who lived them.
var livesVerbs = map[string]string{"claimed": killMeasure, "claim": killMeasure, "claims": killMeasure, "claiming": killMeasure,
	"cost": killMeasure, "costs": killMeasure, "costing": killMeasure, "took": killMeasure, "taken": killMeasure, "taking": killMeasure,
	"saved": rescueMeasure, "save": rescueMeasure, "saves": rescueMeasure, "saving": rescueMeasure}

// particleOver reports whether the hedge of k tokens at token i is the
// "over" of a verb that takes it: "handed over 146 prisoners", "turned
// over 300 documents" hand them over, all of them; the "over" of a
// span after a share or a spread; or the "around" of a verb built on
// what follows ("built around eight turbines"); or the "top" of a rank
// ("the top 10 banks").
func particleOver(lw []string, i, k int) bool {
	if k == 1 && lw[i] == "top" {
		// "Cholera Cases Top 400", "could top 100", "expected to top 40"
		// and "reportedly top $30,000" pass a figure; "the top 10 banks",
		// "the country's top 10", "France's Top 14", a heading's "Top 5"
		// and a brand's "Tip Top 9" rank or name.
		if i == 0 {
			return true
		}
		p := lw[i-1]
		return !(modals[p] || strings.HasSuffix(p, "ly") || strings.HasSuffix(p, "s") && !strings.HasSuffix(p, "'s") && !determiner(p))
	}
	if k == 1 && lw[i] == "around" && i > 0 {
		// "built around eight turbines", "centred around three
		// themes": what a thing is built on, all of it.
		switch lw[i-1] {
		case "built", "build", "builds", "based", "centred", "centered", "organised", "organized", "structured",
			"designed", "revolves", "revolve", "revolved", "arranged", "grouped", "clustered", "wrapped":
			return true
		}
		return false
	}
	if k != 1 || lw[i] != "over" || i == 0 {
		return false
	}
	switch lw[i-1] {
	case "hand", "hands", "handed", "handing", "turn", "turns", "turned", "turning":
		return true
	case "%", "percent", "spread", "staggered", "phased":
		// "raise salaries by 11% over three years", "spread over four
		// years": the span a rise is spread over, not more than it.
		return true
	}
	return false
}

// spanOver reports whether the hedge "over" of k tokens before the
// number n is the preposition of a span in which the figure before it
// was counted: "340 millimetres of rain over two days", "arrested 41
// people over three nights". A figure of hours, days or weeks that
// follows another figure of its clause tells when that one was counted,
// not that it is more than its own (months and years too: "1,451
// patients vanished from waiting lists over two and a half years",
// though only the shorter spans are read as its period; see overSpan);
// not an age ("over 60 years old"); after a word of a state that
// lasts ("trapped over 36 hours", "for over two days"), or in a clause
// of its own ("20 years of experience and had logged over 400 hours"),
// "over" is still "more than".
func (x *Extractor) spanOver(s *sentence, figs []figure, n number, k int) bool {
	i := n.i - k
	if k != 1 || s.lw[i] != "over" || i == 0 || len(figs) == 0 || n.j >= len(s.lw) {
		return false
	}
	if u, ok := x.lx.Unit(lexicon.Singular(s.lw[n.j])); !ok || !spanUnit(u) && u.Name != "month" && u.Name != "year" || n.lo < 1 || n.hi > 1000 {
		return false
	}
	if a := n.j + 1; a < len(s.lw) && (s.lw[a] == "old" || s.lw[a] == "of" && a+1 < len(s.lw) && s.lw[a+1] == "age") {
		return false // "two of them were over 60 years old", "over 60 years of age"
	}
	prev := figs[len(figs)-1]
	if i-prev.c > maxSpanGap {
		return false
	}
	for q := prev.c; q < i; q++ {
		if s.toks[q].kind == tPunct || stateWords[s.lw[q]] && !waitingNoun(s.lw, q) || s.lw[q] == "and" || s.lw[q] == "but" {
			return false
		}
	}
	return !spanPreps[s.lw[i-1]]
}

// overSpan reads the span of "over" (see spanOver) in tokens [from, to):
// "over two days" is "2 days". Hours, days and weeks are read.
func (x *Extractor) overSpan(s *sentence, from, to int) string {
	for k := max(0, from); k+2 < len(s.lw) && k < to; k++ {
		if s.lw[k] != "over" {
			continue
		}
		v, ok := x.wholeAt(s, k+1)
		if u, isUnit := x.lx.Unit(lexicon.Singular(s.lw[k+2])); ok && isUnit && spanUnit(u) && v >= 1 && v <= 1000 {
			if y := x.pastYear(s, k+3, k+5); y != "" {
				return y // "over two days in 2014": the year tells the event
			}
			return fmt.Sprintf("%d %ss", int(v), u.Name)
		}
		return ""
	}
	return ""
}

// spanUnit reports whether u is an hour, a day or a week: the units of a
// span "over" bounds.
func spanUnit(u lexicon.Unit) bool {
	return u.IsTime() && u.Factor >= 1.0/24 && u.Factor <= 7
}

// maxSpanGap is how many tokens may stand between a figure and the
// "over" of the span it was counted in: "280 millimetres of rain fell on
// the upper basin over two days".
const maxSpanGap = 8

// spanPreps right before "over" make it "more than" the span after it:
// "for over two days", "a delay of over 36 hours".
var spanPreps = map[string]bool{"for": true, "of": true, "than": true, "in": true, "after": true, "to": true, "by": true}

// waitingNoun reports whether "waiting" at token q is part of a noun
// ("waiting lists"), no state that lasts.
func waitingNoun(lw []string, q int) bool {
	if lw[q] != "waiting" || q+1 >= len(lw) {
		return false
	}
	switch lw[q+1] {
	case "list", "lists":
		return true
	}
	return false
}

// stateWords tell that "over" and a span after them say how long a
// state lasted, more than the span: "waited over two hours", "lasted
// over two days".
var stateWords = map[string]bool{"last": true, "lasts": true, "lasted": true, "lasting": true, "take": true, "takes": true, "took": true, "taking": true,
	"wait": true, "waits": true, "waited": true, "waiting": true, "spend": true, "spent": true, "spending": true,
	"trapped": true, "stranded": true, "stuck": true, "missing": true, "held": true, "detained": true, "closed": true,
	"shut": true, "delayed": true, "buried": true, "remained": true, "stayed": true, "survived": true, "lost": true}

// sharePrice reports whether the amount at token a is a share's price:
// "closing price of $30.32", "a share price of $12", "shares closed at
// $41.20", "the stock ended at $9". Like "$38.50 a share", no total is
// compared with it.
func sharePrice(lw []string, a int) bool {
	for k := a - 1; k >= 1 && k >= a-4; k-- {
		switch lw[k] {
		case "price", "prices":
			p := lw[k-1]
			return p == "closing" || p == "share" || p == "stock" || p == "opening" || p == "offer"
		case "closed", "ended", "finished", "opened", "traded", "trading", "closing":
			for p := k - 1; p >= 0 && p >= k-3; p-- {
				if lw[p] == "shares" || lw[p] == "stock" || lw[p] == "share" {
					return true
				}
			}
			return false
		}
	}
	return false
}

// holderOf returns who has the figure at token a, a count of a noun that
// is its own measure ("21,000 employees"): the name that opens the clause
// right before "has", "have" or "had". "" for none.
func (x *Extractor) holderOf(s *sentence, st *docState, a int) string {
	k := a - 1 // a figure's first token is its hedge's: "has about 21,000"
	if k < 1 || s.lw[k] != "has" && s.lw[k] != "have" && s.lw[k] != "had" {
		return ""
	}
	if m, ok := lastMention(s, x.clauseStart(s, k), k, func(mention) bool { return true }); ok && m.j == k {
		return st.entityKey(m)
	}
	return ""
}

// peakVersion is the version of a figure at its highest ("employed 300
// people at its peak"; model.PeakVersion).
const peakVersion = model.PeakVersion

// workforceNouns are the nouns of the measures list that name a
// workforce rather than an act.
var workforceNouns = map[string]bool{"workers": true, "employees": true, "staff": true}

// employMeasure and employeeThing are the measure of a workforce and the
// thing it counts: "employs 21,000 people", "has 21,000 workers" and
// "48,000 staff" are one count.
const (
	employMeasure = "employ"
	employeeThing = "employee"
	spillMeasure  = "spill"
)

// outOfService returns what a span of time after "for" at token a lasts
// when a state of being shut or down comes before it: "closure" for "the
// line would remain closed for six days", "outage" for "systems were down
// for nine days", "offline for 12 days", "without power for nine hours"; "" for none.
func outOfService(lw []string, a int) string {
	k := a - 1 // a figure's first token is its hedge's: "for about nine days"
	if k >= 2 && lw[k] == "record" && lw[k-1] == "a" {
		k -= 2 // "kept closed for a record 41 hours"
	}
	if k < 1 || lw[k] != "for" {
		return ""
	}
	if k >= 2 && lw[k-2] == "without" && supplies[lw[k-1]] {
		return model.Outage // "the cold rooms were without power for nine hours"
	}
	if shutBefore(lw, k) {
		return closure // "the motorway was closed in both directions for 19 hours"
	}
	if shutWords[lw[k-1]] {
		return closure
	}
	switch lw[k-1] {
	case "down", "offline", "disrupted", "dark", "paralysed", "paralyzed", "crippled":
		return model.Outage
	case "service", "action":
		if k >= 3 && lw[k-2] == "of" && lw[k-3] == "out" {
			return model.Outage // "out of service for five days"
		}
	case "road", "roads":
		if k >= 3 && lw[k-2] == "the" && lw[k-3] == "off" {
			return model.Outage // "buses will stay off the road for 14 days"
		}
	}
	return ""
}

// shutBefore reports whether a word of being shut comes a phrase of place
// or manner before the "for" at token k: "closed in both directions for",
// "shut to traffic for".
func shutBefore(lw []string, k int) bool {
	for j := k - 2; j >= 0 && j >= k-5; j-- {
		if shutWords[lw[j]] {
			return shutPreps[lw[j+1]]
		}
		if !lettersOnly(lw[j]) {
			return false
		}
	}
	return false
}

// shutWords say a place is shut: "closed for six days".
var shutWords = map[string]bool{"closed": true, "shut": true, "suspended": true, "halted": true, "blocked": true}

// shutPreps open the phrase of place or manner a closure is qualified by.
var shutPreps = map[string]bool{"in": true, "to": true, "at": true, "on": true, "between": true}

// cutOff reports whether the count in tokens [a, c) is of those a supply
// was cut off from: "cut power to 1.2 million customers", "cut off
// electricity to", "a million customers lost power", "left 40,000 homes
// without water".
func cutOff(lw []string, a, c int) bool {
	k := a - 1
	if k >= 2 && (lw[k] == "to" || lw[k] == "for") {
		k-- // the supply
		if k >= 2 && supplyNouns[lw[k]] && supplies[lw[k-1]] {
			k-- // "cut off internet access for about 184,000 subscribers"
		}
	}
	if k >= 1 && k < a-1 && supplies[lw[k]] {
		v := k - 1
		if lw[v] == "off" && v > 0 {
			v--
		}
		switch lw[v] {
		case "cut", "cuts", "cutting", "knocked", "knocking", "shut", "shutting", "lost", "interrupted", "disrupted":
			return true
		}
	}
	for j := c; j < len(lw)-1 && j < c+4; j++ {
		switch lw[j] {
		case "lost", "lose", "losing", "without":
			return supplies[lw[j+1]]
		case ",", ";":
			return false
		}
	}
	return false
}

// supplies are what a network delivers and an outage cuts off.
var supplies = map[string]bool{"power": true, "electricity": true, "water": true, "gas": true, "heat": true,
	"heating": true, "supply": true, "supplies": true, "service": true, "internet": true}

// supplyNouns name a supply by what it gives: "internet access", "water
// service".
var supplyNouns = map[string]bool{"access": true, "connection": true, "connections": true, "service": true, "services": true}

// setApart reports whether the words after a figure ending at token c set
// it apart from another count: "a figure higher than the government's own
// count", "well below the official toll".
func setApart(lw []string, c int) bool {
	for k := c; k < len(lw) && k < c+14; k++ {
		switch lw[k] {
		case ";", ".":
			return false
		case "than":
			switch lw[k-1] {
			case "higher", "lower", "greater", "more", "fewer", "less", "larger", "smaller":
			default:
				continue
			}
		case "above", "below":
		default:
			continue
		}
		for j := k + 1; j < len(lw) && j < k+6; j++ {
			switch lw[j] {
			case "count", "figure", "figures", "estimate", "estimates", "tally", "toll", "total":
				return true
			case ",", ";", ".":
				return false
			}
		}
		return false
	}
	return false
}

// disputedFigure reports whether the figure that ends at token c is set
// off as a figure another side rejects: "would cost 2.3 billion crowns
// over four years, a figure the Alliance rejects as inflated".
func disputedFigure(lw []string, c int) bool {
	k := c
	for k < len(lw) && k < c+6 && lw[k] != "," {
		if lw[k] == ";" || lw[k] == "." {
			return false
		}
		k++
	}
	if k+2 >= len(lw) || lw[k] != "," || lw[k+1] != "a" && lw[k+1] != "an" {
		return false
	}
	switch lw[k+2] {
	case "figure", "estimate", "number", "sum", "amount", "total":
	default:
		return false
	}
	for j := k + 3; j < len(lw) && j <= k+8; j++ {
		switch lw[j] {
		case "rejects", "rejected", "disputes", "disputed", "denies", "denied", "contests", "contested", "dismisses", "dismissed", "challenges", "challenged":
			return true
		case ",", ";", ".":
			return false
		}
	}
	return false
}

// orderMeasure is the measure of things ordered.
const orderMeasure = "order"

// orderedCount reports whether the count in tokens [a, c) is the object
// of "ordered": "ordered 1.2 million doses", not an order given to those
// counted, "ordered nine diplomats to leave".
func orderedCount(lw []string, a, c int) bool {
	if a < 1 || c < len(lw) && lw[c] == "to" {
		return false
	}
	switch lw[a-1] {
	case "order", "orders", "ordered", "ordering":
		return true
	}
	return false
}

// paidFor reports whether "for a" or "for the" stands right before the
// sum at token a: "pay for a €1.5 million switch" prices the thing paid
// for.
func paidFor(lw []string, a int) bool {
	if a < 2 || lw[a-2] != "for" {
		return false
	}
	switch lw[a-1] {
	case "a", "an", "the":
		return true
	}
	return false
}

// capacityThing is the subject of what a place or a craft can take.
const capacityThing = "capacity"

// seatUnits are what a capacity written before its noun is counted in:
// "a 34,500-seat stadium", "a 180-passenger ferry", "a 200-bed hospital".
var seatUnits = map[string]bool{"seat": true, "passenger": true, "spectator": true, "bed": true}

// seatsWon are the nouns a count of seats before them is a tally of an
// election by, no room: "the 44-seat threshold for a majority".
var seatsWon = map[string]bool{"threshold": true, "majority": true, "lead": true, "margin": true, "swing": true,
	"gain": true, "loss": true, "advantage": true, "bloc": true, "coalition": true}

// roomFor are what a capacity stated with its verb is counted in, besides
// seatUnits: "can hold 31,500 fans". People are not: "had a capacity of
// about 1,200 people" is what a summary's "held about 1,200 people"
// restates.
var roomFor = map[string]bool{"fan": true, "visitor": true, "guest": true}

// holdsCrowd reports whether the count in tokens [a, c) is a crowd a
// place holds, in the present: "holds 31,500 spectators". "held 31,500
// fans on Saturday" is a crowd that came, and a party "holds 86 seats".
func holdsCrowd(lw []string, a, c int) bool {
	if a < 1 || c < a+1 || lw[a-1] != "holds" && lw[a-1] != "hold" {
		return false
	}
	switch lw[c-1] {
	case "spectators", "fans", "supporters":
		return true
	}
	return false
}

// offeredFor reports whether the sum in tokens [a, c) is offered for a
// thing: "offered €840 million for the lease", "was offered £2,000 for
// her". A reward is no price: "offered $10,000 for information leading
// to an arrest", "for the return of the paintings".
func offeredFor(lw []string, a, c int) bool {
	if a < 1 || c+1 >= len(lw) || lw[c] != "for" {
		return false
	}
	switch lw[a-1] {
	case "offer", "offers", "offered", "offering":
	default:
		return false
	}
	switch lw[c+1] {
	case "the", "a", "an", "its", "their", "her", "his", "him", "it", "them", "this", "that":
	default:
		return false
	}
	for k := c + 1; k < len(lw) && k <= c+3; k++ {
		if rewardFor[lw[k]] {
			return false
		}
	}
	return true
}

// rewardFor are the nouns after "for" that make a sum offered a reward.
var rewardFor = map[string]bool{"information": true, "tip": true, "tips": true, "arrest": true, "capture": true,
	"conviction": true, "return": true, "recovery": true, "whereabouts": true}

// holdMeasure is the measure of seats a party or a coalition holds.
const holdMeasure = "hold"

// holdForms are the verbs of holding seats.
var holdForms = map[string]bool{"hold": true, "holds": true, "held": true, "holding": true,
	"control": true, "controls": true, "controlled": true, "controlling": true}

// governedWith reports whether "governed with" or "ruled with" stands
// right before the figure at token a: "Her party had governed with 45
// seats" held them.
func governedWith(lw []string, a int) bool {
	if a < 2 || lw[a-1] != "with" {
		return false
	}
	switch lw[a-2] {
	case "governed", "governs", "governing", "govern", "ruled", "rules", "ruling", "rule":
		return true
	}
	return false
}

// heldBefore reports whether the verb of holding before the figure at
// token a is in the past perfect: "had held 42", "had governed with 45".
func heldBefore(lw []string, a int) bool {
	v := a - 1
	if governedWith(lw, a) {
		v = a - 2
	}
	return v >= 1 && lw[v-1] == "had"
}

// journeyThing is the subject of how long a journey had gone on.
const journeyThing = "journey"

// intoJourney reports whether "into" and a journey follow a duration
// ending at token c, with a determiner and up to two modifiers between:
// "44 days into Atlantic crossing", "41 days into their voyage".
func intoJourney(s *sentence, c int) bool {
	if c >= len(s.lw) || s.lw[c] != "into" {
		return false
	}
	for k := c + 1; k < len(s.lw) && k <= c+4; k++ {
		w := s.lw[k]
		if journeys[w] || journeys[lexicon.Singular(w)] {
			return true
		}
		if s.toks[k].kind != tWord {
			return false
		}
	}
	return false
}

// closeMeasure is the measure of things closed or shut: "will close 410
// stores", "the closure of 23 branches".
const closeMeasure = "close"

// marketClose reports whether the word at token k, after a verb of
// closing, tells where a price closed: "closed lower", "closed at".
func marketClose(lw []string, k int) bool {
	if k >= len(lw) {
		return false
	}
	switch lw[k] {
	case "lower", "higher", "up", "flat", "unchanged", "at", "mixed":
		return true
	}
	return false
}

// movedToSafety reports whether the count in tokens [a, c) is the object
// of "moved" that goes on to where from or to which they were moved out
// of harm ("moved 412,000 people out of coastal districts", "moved 900
// residents to safety"), or of "forced" or "drove" that goes on to their
// homes ("forced 12,000 people from their homes"). Moved elsewhere they
// are no evacuees: "moved 300 staff to Leeds".
func movedToSafety(lw []string, a, c int) bool {
	if a < 1 || c+2 >= len(lw) {
		return false
	}
	switch lw[a-1] {
	case "move", "moves", "moved", "moving":
		switch lw[c] + " " + lw[c+1] {
		case "out of", "to safety", "to shelters", "to higher":
			return true
		}
	case "force", "forces", "forced", "forcing", "drive", "drives", "drove", "driven", "driving":
		// "forced 12,000 people from their homes"
		return (lw[c] == "from" || lw[c] == "out" && lw[c+1] == "of") && (lw[c+1] == "their" || lw[c+2] == "their")
	}
	return false
}

// moneyKindAfter returns what the money is when "in" and one of
// moneyKinds follow an amount ending at token c, with a rate's adjective
// or "cost" between: "in compensation", "in annual cost savings". Other
// words between name a kind of their own: "$3.2 billion in unfunded
// pension obligations" stays money.
func moneyKindAfter(s *sentence, c int) string {
	if c+1 >= len(s.lw) || s.lw[c] != "in" {
		return ""
	}
	k := c + 1
	if rateAdjectives[s.lw[k]] != "" {
		k++
	}
	if k < len(s.lw) && s.lw[k] == "cost" {
		k++
	}
	if k < len(s.lw) {
		return moneyKinds[s.lw[k]]
	}
	return ""
}

// moneyKind reports whether w is what moneyKinds make an amount.
func moneyKind(w string) bool {
	for _, k := range moneyKinds {
		if k == w {
			return true
		}
	}
	return false
}

// moneyKinds are what an amount is paid, given or owed as, after "in",
// each with the subject it gives the amount: "$8.6 million in
// compensation", "$3 million in damages", "$7.3 billion in liabilities"
// (debt, as "$7.8 billion in debts" is).
var moneyKinds = map[string]string{"compensation": "compensation", "aid": "aid", "funding": "funding",
	"damages": "damage", "fines": "fine", "bonuses": "bonus", "taxes": "tax", "subsidies": "subsidy",
	"grants": "grant", "loans": "loan", "donations": "donation", "ransom": "ransom", "bribes": "bribe",
	"reparations": "reparation", "penalties": "penalty", "fees": "fee", "refunds": "refund", "relief": "relief",
	"investment": "investment", "investments": "investment", "payouts": "payout", "severance": "severance",
	"benefits": "benefit", "pensions": "pension", "prize": "prize", "winnings": "winnings",
	"debt": "debt", "debts": "debt", "liabilities": "debt", "obligations": "debt",
	"savings": "saving", "synergies": "saving"}

// prizeThing is the thing of an amount won, carried or offered as a
// prize: what is done with it says no more. (Not a jackpot or a reward,
// whose parts and totals would then meet.)
const prizeThing = "prize"

// rateAdjective returns the period of an adjective that makes the amount
// in tokens [a, c) a rate: right after it ("$3,000 monthly allowance"),
// after "in" ("$12 million in yearly revenue"), or before the noun whose
// amount follows "of" ("an annual salary of $150,000", "annual cost
// savings of $620 million").
func rateAdjective(lw []string, a, c int) string {
	at := func(k int) string {
		if k < 0 || k >= len(lw) {
			return ""
		}
		return rateAdjectives[lw[k]]
	}
	if p := at(c); p != "" {
		return p
	}
	if c < len(lw) && lw[c] == "in" {
		if p := at(c + 1); p != "" {
			return p
		}
	}
	if a >= 3 && lw[a-1] == "of" {
		if p := at(a - 3); p != "" {
			return p
		}
		return at(a - 4) // "annual cost savings of $620 million"
	}
	return ""
}

// rateAdjectives are the adjectives of a rate, with its period.
var rateAdjectives = map[string]string{"annual": "year", "yearly": "year", "monthly": "month", "weekly": "week",
	"daily": "day", "hourly": "hour"}

// measureNounAt reports whether token k is a plural noun of a measure:
// "cases", "deaths", "arrests".
func (x *Extractor) measureNounAt(s *sentence, k int) bool {
	if k >= len(s.toks) || s.toks[k].kind != tWord || !strings.HasSuffix(s.lw[k], "s") {
		return false
	}
	_, n := x.measureAt(s, k)
	return n > 0
}

// pricedItem reports whether the verb at token at, before an amount at
// token a, has the thing sold for its subject: "fetched", or "sells for",
// "went for" right before the amount.
func pricedItem(lw []string, at, a int) bool {
	switch lw[at] {
	case "fetch", "fetches", "fetched", "fetching":
		return true
	case "sell", "sells", "sold", "selling", "go", "goes", "went", "going":
		return at+1 < a && a <= at+4 && lw[at+1] == "for"
	}
	return false
}

// voteThing is what a share of the vote is of, and winMeasure the
// measure of a share a candidate won.
const (
	voteThing  = "vote"
	winMeasure = "win"
)

// pointThing is what a count of points counts, and deductMeasure the
// measure of points taken away as a penalty.
const (
	pointThing    = "point"
	deductMeasure = "deduct"
)

// pointsDeducted reports whether the points counted in tokens [a, c) are
// taken away: "docked 10 points", "deducted nine points", "10 points
// deduction" (a compound's own noun, "a 12-point deduction", is its head).
func pointsDeducted(lw []string, a, c int) bool {
	for k := max(0, a-3); k < a; k++ {
		switch lw[k] {
		case "docked", "dock", "docks", "deducted", "deduct", "deducts", "stripped":
			return true
		}
	}
	for k := c; k < len(lw) && k < c+2; k++ {
		if lw[k] == "deduction" || lw[k] == "deductions" {
			return true
		}
	}
	return false
}

// withdrawMeasure is the measure of money taken out of an account.
const withdrawMeasure = "withdraw"

// tookShare reports whether a verb of getting stands right before the
// share at token a (its hedge is part of it): "took 54.6 percent", "got
// nearly 40%".
func tookShare(lw []string, a int) bool {
	if a == 0 {
		return false
	}
	switch lw[a-1] {
	case "took", "takes", "take", "taking", "got", "gets", "get", "getting", "received", "receives", "receive",
		"receiving", "secured", "secures", "secure", "securing", "garnered", "garners", "captured", "captures", "polled", "polls":
		return true
	}
	return false
}

// debtThing and lossThing are the things of an amount owed and of one
// lost.
const (
	debtThing = "debt"
	lossThing = "loss"
)

// moneyVerbThings give the thing of an amount by the verb that moves it.
var moneyVerbThings = map[string]string{"owe": debtThing, "owes": debtThing, "owed": debtThing, "owing": debtThing,
	"lose": lossThing, "loses": lossThing, "lost": lossThing, "losing": lossThing}

// owedBefore reports whether a form of "owe" stands within three tokens
// before the sum at token a: "owing creditors €14.6 million", "owes the
// bank $2 million".
func owedBefore(lw []string, a int) bool {
	for k := a - 1; k >= 0 && k >= a-3; k-- {
		if moneyVerbThings[lw[k]] == debtThing {
			return true
		}
	}
	return false
}

// verbAt returns the word of the verb site v, or "" when it has none.
func verbAt(s *sentence, v verbSite) string {
	if v.at < 0 {
		return ""
	}
	return s.lw[v.at]
}

// moneyNouns name money as such: an amount "of" them names no other thing.
var moneyNouns = map[string]bool{"currency": true, "cash": true, "money": true, "banknote": true, "note": true, "coin": true}

// placeOwnPhrase reports whether the place a figure ending before token k
// was given is named in the figure's own phrase, before any comma: "60 in
// Meskal", not "two firefighters and a pilot, near Dravik".
func (x *Extractor) placeOwnPhrase(s *sentence, k int, place string) bool {
	if place == "" {
		return false
	}
	for _, m := range s.mentions {
		if m.i < k || m.adj || placeKey(x.lx, m) != place {
			continue
		}
		return !slices.Contains(s.lw[k:m.i], ",")
	}
	return false
}

// afterBut returns where the last clause opened by "but" in tokens
// [from, to) starts, or from: "up from 986 the year before, but approved
// just 18 per cent of them" gives the 18 per cent no year of the 986.
func afterBut(lw []string, from, to int) int {
	for k := to - 1; k >= from && k >= 0; k-- {
		if lw[k] == "but" {
			return k + 1
		}
	}
	return from
}

// upFrom reports whether the figure at token a is where a change started:
// "up from 986", "down from 12".
func upFrom(lw []string, a int) bool {
	return a >= 2 && lw[a-1] == "from" && (lw[a-2] == "up" || lw[a-2] == "down")
}

// verbedPart reports whether a part whose figure starts at token a is the
// object of a verb of its own that the lexicon does not know: "received
// 1,372 claims in 2013, but approved just 18 per cent of them", "but
// rejected 250 of them" neither received nor counts what was received.
func verbedPart(s *sentence, a int) bool {
	k := a - 1
	for k >= 0 && adverbish(s.lw[k]) {
		k--
	}
	return k >= 1 && pastForm(s.lw[k]) && s.toks[k].kind == tWord && !s.toks[k].upper && !s.is(k, cBeAux|cStop) &&
		(s.lw[k-1] == "but" || s.lw[k-1] == "and" || s.lw[k-1] == ",")
}

// wholeRegionIn returns the place of a count that tokens [from, to) say
// is of a whole country, model.Nationwide ("nationwide", "countrywide",
// "nationally", "across the country", "throughout the whole of the
// nation"), or of a whole state, model.Statewide ("statewide", "across
// the whole of the state"); "" for neither.
func wholeRegionIn(lw []string, from, to int) string {
	for k := max(0, from); k < to && k < len(lw); k++ {
		switch lw[k] {
		case "nationwide", "countrywide", "nationally":
			return model.Nationwide
		case "statewide":
			return model.Statewide
		case "across", "throughout":
			j := k + 1
			if j >= len(lw) || lw[j] != "the" {
				continue
			}
			for _, w := range [...]string{"whole", "of", "the"} {
				if j+1 < len(lw) && lw[j+1] == w {
					j++ // "across the whole of the state", "across the whole state"
				}
			}
			if j+1 < len(lw) {
				switch lw[j+1] {
				case "country", "nation":
					return model.Nationwide
				case "state", "province":
					return model.Statewide
				}
			}
		}
	}
	return ""
}

// framedFrom returns where the clause of token k starts, or 0 when the
// sentence's opening phrase, set off by a comma, frames that clause: "In
// the capital alone, 1,350 schools were shut".
func (x *Extractor) framedFrom(s *sentence, k int) int {
	from := x.clauseStart(s, k)
	if from > 0 && s.lw[from-1] == "," && x.clauseStart(s, from-1) == 0 {
		return 0
	}
	return from
}

// namesFire reports whether sentence s names a fire: "blaze", "wildfire".
func (x *Extractor) namesFire(s *sentence) bool {
	events := x.lx.Table(lexicon.Events)
	for k := range s.lw {
		if ev, n := events.Match(s.lw, k); n > 0 && ev == "fire" {
			return true
		}
	}
	return false
}

// conversion reports whether figure fi of figs restates the measurement
// right before it in another unit of the same kind: "287 pounds, or about
// 130 kilograms", "12 miles (19 km)".
func conversion(lw []string, figs []figure, fi int) bool {
	if fi == 0 {
		return false
	}
	p, f := &figs[fi-1], &figs[fi]
	if p.kind != model.Measurement || f.kind != model.Measurement || p.unit != f.unit || p.c > f.a {
		return false
	}
	switch between := lw[p.c:f.a]; len(between) {
	case 1:
		return between[0] == "or" || between[0] == "("
	case 2:
		return between[0] == "," && between[1] == "or"
	}
	return false
}

// aloneIn reports whether "alone" follows a name, or "the capital", in
// tokens [from, to) of s, the name opening the clause or after "in", "at",
// "across" or "throughout": "In Ostrel alone", "in the capital alone",
// "Solvane Air alone cancelled", "The Orrey route alone carried", "at the
// Kessel Gate crossing alone", a name and one noun; not "in March alone",
// a time's part.
func (x *Extractor) aloneIn(s *sentence, from, to int) bool {
	for k := max(1, from); k < to && k < len(s.lw); k++ {
		if s.lw[k] != "alone" {
			continue
		}
		j := k - 1
		if s.lw[j] == "capital" && j >= 1 && s.lw[j-1] == "the" {
			j -= 2
		} else {
			if j >= 1 && !s.toks[j].upper && s.toks[j].kind == tWord && s.toks[j].cls&cStop == 0 && s.toks[j-1].upper && s.toks[j-1].cls&cStop == 0 {
				j-- // "The Orrey route alone carried 412,000 passengers": a name's one thing
			}
			for j >= 0 && s.toks[j].upper && s.toks[j].cls&cStop == 0 && !x.isWhen(s.lw[j]) {
				j--
			}
			if j == k-1 {
				continue
			}
			if j >= 0 && s.lw[j] == "the" {
				j--
			}
		}
		if j < from || s.lw[j] == "," || s.lw[j] == "in" || s.lw[j] == "at" || s.lw[j] == "across" || s.lw[j] == "throughout" {
			return true
		}
	}
	return false
}

// capitalPlace is the place of a count of "the capital", a city the
// article does not name there.
const capitalPlace = "capital"

// capitalIn reports whether tokens [from, to) of s say "in the capital"
// (or across, throughout or around it), with no noun after it that makes
// the capital money: "in the capital alone", not "in the capital budget".
func capitalIn(s *sentence, from, to int) bool {
	lw := s.lw
	for k := max(0, from); k+2 < to && k+2 < len(lw); k++ {
		switch lw[k] {
		case "in", "across", "throughout", "around":
		default:
			continue
		}
		if lw[k+1] != "the" || lw[k+2] != "capital" {
			continue
		}
		if n := k + 3; n < len(lw) && s.toks[n].kind == tWord && s.toks[n].cls&cStop == 0 && lw[n] != "alone" {
			continue
		}
		return true
	}
	return false
}

// ofCasualties reports whether "of the dead", "of the injured" or the
// like stands at token k, after a count: a part of a toll.
func ofCasualties(lw []string, k int) bool {
	if k+2 >= len(lw) || lw[k] != "of" || lw[k+1] != "the" && lw[k+1] != "those" {
		return false
	}
	switch lw[k+2] {
	case "dead", "injured", "wounded", "missing", "victims", "survivors", "casualties", "killed", "hurt", "injuries", "deaths", "fatalities":
		return true
	}
	return false
}

// eachOne reports whether the figure in tokens [a, c) is of each one of
// several things: "each" or "every" right before it ("every $10
// increase", "one officer for every 40 inmates"), or before the verb right
// before it ("can each carry up to 180", "were each fined $500"); or
// "each" or "apiece" right after it ("180 passengers each").
func eachOne(lw []string, a, c int) bool {
	switch {
	case a >= 1 && (lw[a-1] == "each" || lw[a-1] == "every"):
		return true
	case a >= 2 && lw[a-2] == "each" && lw[a-1] != "of" && lw[a-1] != ",":
		return true
	}
	return c < len(lw) && (lw[c] == "each" || lw[c] == "apiece")
}

// changeAfter returns the change "more" or "extra" ("increase") or "less"
// ("decrease") says right after an amount's figure, in tokens [from, to]
// (its rate may follow it: "£27.90 more a year"); "" for none.
func changeAfter(lw []string, from, to int) string {
	for k := from + 1; k <= to && k < len(lw); k++ {
		switch lw[k] {
		case "more", "extra":
			return "increase"
		case "less":
			return "decrease"
		}
	}
	return ""
}

// onShift reports whether the words from token c say that those counted
// were at work at the time: "were on the night shift", "were on duty",
// "on site".
func onShift(lw []string, c int) bool {
	k := c
	if k < len(lw) && (lw[k] == "were" || lw[k] == "was" || lw[k] == "are" || lw[k] == "is") {
		k++
	}
	if k >= len(lw) || lw[k] != "on" {
		return false
	}
	for j := k + 1; j < len(lw) && j <= k+3; j++ {
		switch lw[j] {
		case "shift", "shifts", "duty", "site":
			return true
		}
	}
	return false
}

// dealNouns are the agreements a sum before them is the worth of: "a €42
// million deal".
var dealNouns = map[string]bool{"deal": true, "agreement": true, "contract": true, "accord": true}

// payments are nouns of an amount paid: "a ransom of $4.5 million".
var payments = map[string]bool{"ransom": true, "bribe": true, "payout": true, "payment": true}

// launchMeasure is the measure of what is fired or sent.
const launchMeasure = "launch"

// amountMove returns "increase" or "decrease" for an amount right after
// "up" or "down" that a noun or a verb "be" stands before ("price of
// unleaded up 3.8p", "profits were down £2 million"); "" otherwise: after
// a verb the word is its particle ("picked up £5").
func amountMove(s *sentence, f *figure) string {
	if f.kind != model.Amount || f.a < 2 {
		return ""
	}
	m := directionBetween(s.lw, f.a-1, f.a)
	if m == "" || s.lw[f.a-1] != "up" && s.lw[f.a-1] != "down" {
		return ""
	}
	t := &s.toks[f.a-2]
	w := t.low
	if s.is(f.a-2, cBeAux) {
		return m
	}
	// A word after "of" or an article is a noun's: "the price of unleaded".
	noun := f.a >= 3 && (s.lw[f.a-3] == "of" || determiner(s.lw[f.a-3]))
	if t.kind != tWord || t.cls&cStop != 0 || particleVerbs[w] ||
		!noun && verbForm(w) {
		return ""
	}
	return m
}

// particleVerbs take "up" or "down" as a particle: "set up", "picked up".
var particleVerbs = map[string]bool{"set": true, "pick": true, "picks": true, "take": true, "takes": true, "make": true,
	"makes": true, "end": true, "ends": true, "back": true, "give": true, "gives": true, "go": true, "goes": true,
	"put": true, "puts": true, "run": true, "runs": true, "come": true, "comes": true, "turn": true, "turns": true,
	"shut": true, "cut": true, "cuts": true, "sum": true, "add": true, "adds": true, "step": true, "steps": true,
	"break": true, "breaks": true, "bring": true, "brings": true, "sign": true, "signs": true, "pay": true, "pays": true}

// directionBetween returns the change that "down" or "lower" ("decrease")
// or "up" or "higher" ("increase") says between tokens from and to; ""
// for none.
func directionBetween(lw []string, from, to int) string {
	for k := max(0, from); k < to && k < len(lw); k++ {
		switch lw[k] {
		case "down", "lower":
			return "decrease"
		case "up", "higher":
			return "increase"
		}
	}
	return ""
}

// movedTo are the prepositions after a verb of change that say it moved a
// thing rather than changed its size: "dropped onto the deck".
var movedTo = map[string]bool{"onto": true, "into": true, "off": true, "overboard": true}

// tenure is the subject of a span in office or in power.
const tenure = "time in office"

// inOffice reports whether the span of time in tokens [a, c) is one in
// office: "after 17 months in office", "19 months in power", "three years
// at the helm", "had held power for 17 months", "a coalition government
// that lasted 17 months".
func inOffice(lw []string, a, c int) bool {
	if c+1 < len(lw) {
		switch lw[c] + " " + lw[c+1] {
		case "in office", "in power", "in charge":
			return true
		case "at the":
			if c+2 < len(lw) && lw[c+2] == "helm" {
				return true
			}
		}
	}
	k := a - 1
	if k >= 1 && lw[k] == "for" && (lw[k-1] == "power" || lw[k-1] == "office") {
		return true
	}
	if k >= 0 && lw[k] == "after" && leavesPost(lw, k) {
		return true // "is retiring as principal keeper after 37 years"
	}
	if k >= 1 && lw[k] == "for" {
		k--
	}
	if k >= 1 && (lw[k] == "lasted" || lw[k] == "lasting") {
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if governments[lw[j]] {
				return true
			}
		}
	}
	return false
}

// leavesPost reports whether the clause of "after" at token k says
// someone leaves a post: a verb of retiring, resigning or stepping down
// before it in the sentence ("is retiring as principal keeper of the
// lightstation after 37 years", "stepped down after 12 years"), or after
// it when "after" opens the sentence ("After 37 years, he is retiring").
func leavesPost(lw []string, k int) bool {
	leaves := func(j int) bool {
		return retireForms[lw[j]] || lw[j] == "down" && j > 0 && stepForms[lw[j-1]]
	}
	for j := k - 1; j >= 0; j-- {
		if lw[j] == ";" {
			break
		}
		if leaves(j) {
			return true
		}
	}
	if k == 0 {
		for j := 1; j < len(lw) && j < 16 && lw[j] != ";"; j++ {
			if leaves(j) {
				return true
			}
		}
	}
	return false
}

// retireForms and stepForms are the verbs of leaving a post.
var (
	retireForms = map[string]bool{"retire": true, "retires": true, "retired": true, "retiring": true,
		"resign": true, "resigns": true, "resigned": true, "resigning": true}
	stepForms = map[string]bool{"step": true, "steps": true, "stepped": true, "stepping": true}
)

// stateOf returns the state a span of time in tokens [a, c) is spent in:
// "41 days in captivity", "47 days of captivity", "after 41 days as
// captives", "held hostage for 41 days", "14 hours in life rafts", "68
// days at sea"; "" for none.
func (x *Extractor) stateOf(lw []string, a, c int) string {
	if c+1 < len(lw) && (lw[c] == "in" || lw[c] == "of") {
		k := c + 1
		if determiner(lw[k]) && k+1 < len(lw) {
			k++
		}
		if lw[k] == "life" && k+1 < len(lw) {
			k++ // "14 hours in life rafts"
		}
		if st := states[lw[k]]; st != "" {
			return st
		}
		if k+2 < len(lw) {
			if _, ok := x.lx.Unit(lw[k+1]); ok {
				k++ // "40 minutes in 5C water": the water's figure in a unit of the units list
			}
		}
		if lw[k] == "water" && k > c+1 || lw[c] == "in" && k+1 < len(lw) && lw[k+1] == "water" {
			// "36 hours in the water", "40 minutes in icy water", not "a
			// swim of six hours in water of 16C"
			return atSea
		}
	}
	if a >= 4 && lw[a-1] == "for" && lw[a-2] == "water" && determiner(lw[a-3]) && lw[a-4] == "in" {
		return atSea // "were in the water for around 25 minutes"
	}
	switch {
	case c+1 < len(lw) && lw[c] == "at" && lw[c+1] == "sea":
		return atSea // "68 days at sea"
	case c+1 < len(lw) && lw[c] == "as":
		if st := states[lw[c+1]]; st != "" {
			return st
		}
	case c+2 < len(lw) && lw[c] == "in" && lw[c+2] == "hands":
		return captivity // "41 days in pirate hands"
	case c < len(lw) && lw[c] == "held":
		return captivity // "after 47 days held at anchor"
	case a >= 2 && lw[a-1] == "of" && states[lw[a-2]] != "":
		return states[lw[a-2]] // "ending a closure of seven years"
	case a >= 2 && lw[a-1] == "for" && lw[a-2] == "held":
		return captivity // "was held for 63 days"
	case a >= 3 && lw[a-1] == "for" && lw[a-3] == "held":
		return states[lw[a-2]] // "held hostage for 41 days"
	case a >= 2 && lw[a-1] == "after":
		// "Pirates free 23 crew members of the Kestrel Dawn after 47
		// days": how long those freed were held.
		for k := a - 2; k >= 0 && k >= a-9; k-- {
			switch lw[k] {
			case "free", "frees", "freed", "release", "releases", "released":
				return captivity
			case ",", ";":
				return ""
			}
		}
	}
	return ""
}

// captivity is the state of those held against their will.
const captivity = "captivity"

// states are what a span of time is spent in, by the word that names it.
var states = map[string]string{"captivity": captivity, "hostage": captivity, "hostages": captivity,
	"captive": captivity, "captives": captivity, "detention": "detention", "custody": "detention",
	"prison": "prison", "jail": "prison", "hiding": "hiding", "exile": "exile", "quarantine": "quarantine",
	"isolation": "isolation", "orbit": "orbit", "lockdown": "lockdown", "hospital": "hospital", "coma": "coma",
	"closure": closure, "raft": atSea, "rafts": atSea, "lifeboat": atSea, "lifeboats": atSea,
	"rubble": "rubble", "darkness": "darkness"}

// atSea is the state of those afloat: "11 hours in the rafts", "36 hours
// in the water", "68 days at sea".
const atSea = "at sea"

// closure is how long a place was shut: "closed for six days" (see
// outOfService), "a closure of seven years", "eight years of closure".
const closure = model.Closure

// governments are what lasts a time in office.
var governments = map[string]bool{"government": true, "coalition": true, "premiership": true, "presidency": true,
	"administration": true, "cabinet": true, "tenure": true, "reign": true, "rule": true, "term": true}

// recalledBefore returns the year of an earlier event the figure at token
// a is told of, in a clause of "which", "that" or "when" set off after it: "the
// 1991 collapse of a terrace barrier at the Millgate Ground, which killed
// nine people"; or in a clause of "when" set off after a year that "since",
// "in" or "of" names: "the deadliest since January 2019, when a slide at
// Feldmoos killed six people", "memories of 2009, when burglars took 14
// paintings". "" for none.
func (x *Extractor) recalledBefore(s *sentence, a int) string {
	if y := x.yearWhen(s, a); y != "" {
		return y
	}
	for k := max(1, a-25); k < a; k++ {
		if _, ok := x.eventYear(s, k); !ok {
			continue
		}
		for j := k + 2; j+1 < a; j++ {
			if s.lw[j] == "," && (s.lw[j+1] == "which" || s.lw[j+1] == "that" || s.lw[j+1] == "when") {
				return s.toks[k].text
			}
		}
	}
	return ""
}

// sinceEvent reports whether the figure at token a stands in a clause
// that "since" and an event of the events list open: "the deadliest in
// Ostrevia since a landslide in the northern mountains killed 31 people".
func (x *Extractor) sinceEvent(s *sentence, a int) bool {
	for k := a - 1; k >= 0 && k >= a-12; k-- {
		switch s.lw[k] {
		case ";", "—", "–", ".", ",":
			return false
		case "since":
			j := k + 1
			if j < a && determiner(s.lw[j]) {
				j++
			}
			_, n := x.lx.Table(lexicon.Events).Match(s.lw, j)
			return n > 0 && j+n <= a
		}
	}
	return false
}

// yearWhen returns the year of a clause of "when" that the figure at token
// a stands in: the year, with no day and at most a month before it, comes
// right after "since", "in" or "of" and is set off by a comma before
// "when" ("since January 2019, when a slide killed six people"). A clause
// that a semicolon or a dash closes before the figure is not its clause.
// "" for none.
func (x *Extractor) yearWhen(s *sentence, a int) string {
	for k := a - 1; k >= 3 && k >= a-20; k-- {
		switch s.lw[k] {
		case ";", "—", "–":
			return ""
		case "when":
		default:
			continue
		}
		y := k - 2
		if s.lw[k-1] != "," {
			return ""
		}
		if m, n := x.v.months.at(s, y); n == 1 && y > 0 && s.lw[y-1] == "since" {
			return m // "the first since October, when each side freed 95 prisoners"
		}
		if !isYear(s.toks[y]) {
			return ""
		}
		p := y - 1
		if _, n := x.v.months.at(s, p); n == 1 && p > 0 {
			p--
		}
		switch s.lw[p] {
		case "since", "in", "of":
			return s.toks[y].text
		}
		return ""
	}
	return ""
}

// isYear reports whether t is a year of four digits.
func isYear(t token) bool {
	return t.kind == tNum && len(t.text) == 4 && t.text[0] >= '1' && t.text[0] <= '2'
}
