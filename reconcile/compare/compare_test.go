package compare

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/reconcile-news/reconcile/model"
	"github.com/reconcile-news/reconcile/reconcile/match"
	"github.com/reconcile-news/reconcile/reconcile/store"
)

// qty is a quantity claim of source src: v people killed, with options
// applied to set its context.
func qty(src string, off int, v float64, opts ...func(*model.Claim)) model.Claim {
	c := model.Claim{
		ID: fmt.Sprintf("%s:quantity:%d", src, off), Kind: model.QuantityClaim,
		Span:    model.Span{Source: src, Start: model.Pos{Offset: int32(off), Line: 1, Column: int32(off + 1)}},
		Quote:   model.FormatNumber(v),
		Subject: "people", Measure: "kill", Value: model.Point(model.Count, v),
		Section: model.Body, Entities: []string{"Vardenfell"}, Context: model.MakeWords("kill", "people", "strike"),
	}
	for _, o := range opts {
		o(&c)
	}
	return c
}

func actor(a string) func(*model.Claim)   { return func(c *model.Claim) { c.Actor = a } }
func place(p string) func(*model.Claim)   { return func(c *model.Claim) { c.Place = p } }
func period(p string) func(*model.Claim)  { return func(c *model.Claim) { c.Period = p } }
func version(v string) func(*model.Claim) { return func(c *model.Claim) { c.Version = v } }
func summary(c *model.Claim)              { c.Section = model.Summary }

// gbp makes a claim an amount of money in pounds.
func gbp(c *model.Claim) {
	c.Subject, c.Value.Kind, c.Value.Unit = "money", model.Amount, "GBP"
	c.Context = model.MakeWords("council", "fine", "money", "parking")
}

// firstSpan makes a claim the first days of a count of thing: "71,400
// tickets in their first 12 months".
func firstSpan(thing string) func(*model.Claim) {
	return func(c *model.Claim) {
		c.Subject, c.Measure, c.Version = thing, "", initialVersion
		c.Value.Kind, c.Value.Unit = model.Duration, "day"
	}
}

// percent makes a claim's value a share in percent.
func percent(c *model.Claim) {
	c.Value = model.Point(model.Share, c.Value.Nominal)
	c.Value.Unit = "%"
}

func hedged(h string, lo, hi float64) func(*model.Claim) {
	return func(c *model.Claim) { c.Value.Hedge, c.Value.Lo, c.Value.Hi = h, lo, hi }
}
func measure(m string) func(*model.Claim) { return func(c *model.Claim) { c.Measure = m } }

// amount makes a claim an amount in dollars of a thing, with no measure.
func amount(thing string) func(*model.Claim) {
	return func(c *model.Claim) {
		c.Value.Kind, c.Value.Unit, c.Subject, c.Measure = model.Amount, "USD", thing, ""
		c.Context = model.MakeWords("cost", "museum", thing)
	}
}

// gusts makes a claim a speed of the wind.
func gusts(c *model.Claim) {
	c.Value.Kind, c.Value.Unit, c.Subject, c.Measure = model.Measurement, model.SpeedUnit, "speed", ""
}

// score is a match result of source src, a-b, with options applied.
func score(src string, off, a, b int, opts ...func(*model.Claim)) model.Claim {
	c := qty(src, off, 0, opts...)
	c.ID = fmt.Sprintf("%s:quantity:%d", src, off)
	c.Subject, c.Measure, c.Value = "score", "", model.ScoreValue(a, b)
	c.Quote = c.Value.Text
	return c
}

// rank is an ordinal claim of source src: the n-th thing won, with
// options applied.
func rank(src string, off int, n float64, thing string, opts ...func(*model.Claim)) model.Claim {
	return qty(src, off, n, append([]func(*model.Claim){func(c *model.Claim) {
		c.ID = fmt.Sprintf("%s:rank:%d", src, off)
		c.Value = model.Value{Kind: model.Ordinal, Lo: n, Hi: n, Nominal: n, Text: model.FormatNumber(n)}
		c.Subject, c.Measure, c.Context = thing, "win", model.MakeWords("draw", thing, "prize", "win")
	}}, opts...)...)
}

// lasting is a duration of source src: a ceasefire of days, in a
// sentence that names no entity, with options applied.
func lasting(src string, days float64, opts ...func(*model.Claim)) model.Claim {
	return qty(src, 0, days, append([]func(*model.Claim){func(c *model.Claim) {
		c.ID = fmt.Sprintf("%s:duration:0", src)
		c.Value = model.Value{Kind: model.Duration, Unit: "day", Lo: days, Hi: days, Nominal: days}
		c.Subject, c.Measure, c.Entities, c.Context = "ceasefire", "", nil, model.MakeWords("agreed", "ceasefire", "day")
	}}, opts...)...)
}

func names(es ...string) func(*model.Claim) { return func(c *model.Claim) { c.Entities = es } }
func target(t string) func(*model.Claim)    { return func(c *model.Claim) { c.Target = t } }
func saidBy(w string) func(*model.Claim)    { return func(c *model.Claim) { c.SaidBy = w } }

// tally makes a claim a vote's tally a-b of the given version.
func tally(a, b int, version string) func(*model.Claim) {
	return func(c *model.Claim) {
		c.Value = model.ScoreValue(a, b)
		c.Subject, c.Measure, c.Version = model.VoteTally, "vote", version
	}
}

// speed makes a claim a speed of the given subject ("speed", "speed
// limit") in km/h, written as text says.
func speed(subject, text string) func(*model.Claim) {
	return func(c *model.Claim) {
		c.Value = model.Point(model.Measurement, c.Value.Nominal)
		c.Value.Unit, c.Value.Text, c.Subject, c.Measure = "km/h", text, subject, ""
	}
}

// mass makes a claim a mass in tonnes of the given substance, with no
// measure, written as text says.
func mass(subject, text string) func(*model.Claim) {
	return func(c *model.Claim) {
		c.Value = model.Point(model.Measurement, c.Value.Nominal)
		c.Value.Unit, c.Value.Text, c.Subject, c.Measure = "t", text, subject, ""
	}
}

// words sets a claim's context.
func words(w ...string) func(*model.Claim) {
	return func(c *model.Claim) { c.Context = model.MakeWords(w...) }
}

// subject sets what a claim counts or measures.
func subject(s string) func(*model.Claim) { return func(c *model.Claim) { c.Subject = s } }

// length makes a claim's value a length in km, written as text says.
func length(text string) func(*model.Claim) {
	return func(c *model.Claim) {
		c.Value = model.Point(model.Measurement, c.Value.Nominal)
		c.Value.Unit, c.Value.Text = "km", text
	}
}

// elect writes a role claim's value as reconcile extract does for the
// elect state: "president-elect".
func elect(c model.Claim) model.Claim {
	c.Value.Text = c.Role().Title + "-elect"
	return c
}

// aged is an age claim of source src: holder's age ("" for a holder the
// sentence does not name).
func aged(src string, years float64, holder string) model.Claim {
	return qty(src, 0, years, func(c *model.Claim) {
		c.ID = fmt.Sprintf("%s:age:0", src)
		c.Value = model.Value{Kind: model.Age, Lo: years, Hi: years, Nominal: years, Text: "aged " + model.FormatNumber(years)}
		c.Subject, c.Measure, c.Actor, c.Context = "age", "age", holder, model.MakeWords("age", "club", "player", "year-old")
	})
}

// role is a role claim: person holds title with status ("" for current).
func role(src string, off int, person, title, status string) model.Claim {
	text := title
	if status != "" {
		text = status + " " + title
	}
	c := model.Claim{
		ID: fmt.Sprintf("%s:role:%d", src, off), Kind: model.RoleClaim,
		Span:    model.Span{Source: src, Start: model.Pos{Offset: int32(off), Line: 1, Column: int32(off + 1)}},
		Subject: person, Measure: title,
		Value: model.Value{Kind: model.Role, Text: text}, Section: model.Body,
	}
	c.SetRole(model.RoleInfo{Title: title, Status: status})
	return c
}

// roleOf is c with the body its role is of.
func roleOf(c model.Claim, of string) model.Claim {
	r := c.Role()
	r.Of = of
	c.SetRole(r)
	return c
}

// day is a weekday claim (1 = Monday) of src at off, in a sentence about
// words.
func day(src string, off, wd int, words ...string) model.Claim {
	return model.Claim{
		ID: fmt.Sprintf("%s:date:%d", src, off), Kind: model.TimeClaim,
		Span:    model.Span{Source: src, Start: model.Pos{Offset: int32(off), Line: 1, Column: int32(off + 1)}},
		Value:   model.Value{Kind: model.Weekday, Date: model.DateParts{Weekday: int8(wd)}},
		Section: model.Body, Context: model.MakeWords(words...),
	}
}

// date is a calendar date claim of src at off: year, month and day as the
// text states them (0 when left out), resolved when the year is stated.
func date(src string, off, y, m, d int, words ...string) model.Claim {
	c := day(src, off, 0, words...)
	c.Value = model.Value{Kind: model.Date, Date: model.DateParts{Year: int32(y), Month: int8(m), Day: int8(d)}}
	if y != 0 {
		lo, hi := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(y+1, 1, 1, 0, 0, 0, 0, time.UTC)
		switch {
		case d != 0:
			lo = time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
			hi = lo.AddDate(0, 0, 1)
		case m != 0:
			lo = time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
			hi = lo.AddDate(0, 1, 0)
		}
		const dayHours = 24
		c.Value.Resolved = true
		c.Value.Lo = float64(lo.Unix()) / 3600 / dayHours
		c.Value.Hi = float64(hi.Unix())/3600/dayHours - 1
	}
	return c
}

// relative is an unresolved relative date claim.
func relative(src string, off int, rel string) model.Claim {
	c := day(src, off, 0)
	c.Value = model.Value{Kind: model.Date, Date: model.DateParts{Relative: rel}}
	return c
}

// horizon is a horizon claim: "over the next two years" when rel is set,
// "through year" otherwise.
func horizon(src string, rel string, year int, words ...string) model.Claim {
	c := day(src, 0, 0, words...)
	c.Value = model.Value{Kind: model.Date, Date: model.DateParts{Relative: rel, Year: int32(year), Horizon: true}}
	c.Entities = []string{"Ukraine"}
	return c
}

// stretch is a length of a.txt at off, in km, of a thing and a measure,
// in a sentence of the given words.
func stretch(off int, km float64, text, thing, measure string, ctx ...string) model.Claim {
	c := qty("a.txt", off, km, length(text), subject(thing), words(ctx...))
	c.Measure = measure
	return c
}

// pipe is a length of a.txt at off, in metres, of a thing, in a sentence
// of the given words.
func pipe(off int, m float64, text, thing string, ctx ...string) model.Claim {
	return qty("a.txt", off, m/1000, length(text), subject(thing), measure(""), words(ctx...))
}

// coinYear is a date claim of a.txt naming only year y, of a dollar coin
// sold.
func coinYear(y int, text string) model.Claim {
	c := date("a.txt", 0, y, 0, 0, "dollar", "half", "coin")
	c.Subject, c.Text = "dollar", text
	return c
}

// coinSale is a body date claim of a.txt, January 2013, of a sale, whose
// sentence is text.
func coinSale(text string) model.Claim {
	c := date("a.txt", 100, 2013, 1, 0, "record", "sell", "january")
	c.Subject, c.Measure, c.Text = "cost", "cost", text
	return c
}

// sold is a year of a.txt at off that dates a sale of subject, in a
// sentence of the given words.
func sold(off, year int, subject string, words ...string) model.Claim {
	c := date("a.txt", off, year, 0, 0, words...)
	c.Subject, c.Measure = subject, "cost"
	return c
}

func inSummary(c model.Claim) model.Claim {
	c.Section = model.Summary
	return c
}

// run reconciles claims through a store, as the pipeline does.
func run(t *testing.T, opts Options, claims ...model.Claim) Result {
	t.Helper()
	st, err := store.New()
	require.NoError(t, err)
	var recs []store.Record
	srcs := map[string]bool{}
	var sources []model.Source
	for i := range claims {
		c := claims[i]
		recs = append(recs, store.Record{Claim: &c, Keys: match.Keys(&c, match.Anchors(&c, nil))})
		if !srcs[c.Span.Source] {
			srcs[c.Span.Source] = true
			sources = append(sources, model.Source{Path: c.Span.Source})
		}
	}
	require.NoError(t, st.Insert(sources, recs))
	if opts.Claims == nil { // as the pipeline does: each source's claims
		bySource := map[string][]model.Claim{}
		for _, c := range claims {
			bySource[c.Span.Source] = append(bySource[c.Span.Source], c)
		}
		opts.Claims = func(source string) []model.Claim { return bySource[source] }
	}
	return Compare(st, opts)
}

func kinds(r Result) []model.Kind {
	var out []model.Kind
	for _, d := range r.Discrepancies {
		out = append(out, d.Kind)
	}
	return out
}

// TestPlaceUnsaid checks when a summary figure's place may be a region of
// the body figure's: when its article counts nothing else in it.
func TestPlaceUnsaid(t *testing.T) {
	sum := qty("a.txt", 0, 4, summary, place("chamba"))
	kullu := qty("a.txt", 100, 9, place("kullu"))
	claims := func(cs ...model.Claim) func(string) []model.Claim {
		return func(string) []model.Claim { return cs }
	}
	assert.True(t, placeUnsaid(&sum, &kullu, claims(sum, kullu)), "Chamba counted nowhere else")
	assert.True(t, placeUnsaid(&kullu, &sum, claims(sum, kullu)), "either order")
	chamba := qty("a.txt", 200, 3, place("chamba"))
	assert.False(t, placeUnsaid(&sum, &kullu, claims(sum, kullu, chamba)), "the body counts Chamba on its own")
	other := qty("a.txt", 200, 3, place("chamba"), measure("injure"))
	assert.True(t, placeUnsaid(&sum, &kullu, claims(sum, kullu, other)), "a count of another measure in Chamba")
	body := qty("a.txt", 300, 2, place("osk"))
	assert.False(t, placeUnsaid(&kullu, &body, claims(sum, kullu, body)), "two body figures")
	assert.False(t, placeUnsaid(&sum, &kullu, nil), "no claims to ask")

	// A date as well: "overturned near Bridgwater on Tuesday" in a
	// summary, "overturned in Somerset on Thursday" in its body.
	tue, thu := day("a.txt", 0, 2, "overturn"), day("a.txt", 100, 4, "overturn")
	tue.Section, tue.Place, thu.Place = model.Summary, "bridgwater", "somerset"
	tue.Subject, thu.Subject = "overturn", "overturn"
	assert.True(t, placeUnsaid(&tue, &thu, claims(tue, thu)), "a date: Bridgwater dated nowhere else")
	wed := day("a.txt", 200, 3, "overturn")
	wed.Place, wed.Subject = "bridgwater", "overturn"
	assert.False(t, placeUnsaid(&tue, &thu, claims(tue, thu, wed)), "the body dates Bridgwater on its own")
	ceo, cfo := role("a.txt", 0, "ann", "president", ""), role("a.txt", 100, "ann", "chairman", "")
	ceo.Section, ceo.Place, cfo.Place = model.Summary, "osk", "brel"
	assert.False(t, placeUnsaid(&ceo, &cfo, claims(ceo, cfo)), "no role has a region")
}

// TestRules pairs each rule with the lookalike that must not trigger it.
func TestRules(t *testing.T) {
	tests := []struct {
		name   string
		claims []model.Claim
		want   []model.Kind
	}{
		{"same count, other figure", []model.Claim{qty("a.txt", 0, 12), qty("b.txt", 0, 15)}, []model.Kind{model.QuantityMismatch}},
		{"same figure", []model.Claim{qty("a.txt", 0, 12), qty("b.txt", 0, 12)}, nil},
		{"first spans of two counts", []model.Claim{qty("a.txt", 0, 365, summary, firstSpan("ticket")), qty("a.txt", 50, 182, firstSpan("driver"))}, nil},
		{"first spans of one count", []model.Claim{qty("a.txt", 0, 365, summary, firstSpan("ticket")), qty("a.txt", 50, 182, firstSpan("ticket"))},
			[]model.Kind{model.SummaryVsBody}},
		{"a round figure allows 5%", []model.Claim{qty("a.txt", 0, 1300), qty("b.txt", 0, 1250)}, nil},
		{"about two figures rounded to one place", []model.Claim{qty("a.txt", 0, 420, hedged("about", 378, 462)), qty("b.txt", 0, 380, hedged("about", 342, 418))}, []model.Kind{model.QuantityMismatch}},
		{"about a figure rounded to a coarser place", []model.Claim{qty("a.txt", 0, 400, hedged("about", 360, 440)), qty("b.txt", 0, 420, hedged("about", 378, 462))}, nil},
		{"a precise figure allows none", []model.Claim{qty("a.txt", 0, 340e6), qty("b.txt", 0, 312e6)}, []model.Kind{model.QuantityMismatch}},
		{"a whole percent for the same share to a place", []model.Claim{qty("a.txt", 0, 44, percent), qty("b.txt", 0, 44.2, percent)}, nil},
		{"a whole percent the share does not round to", []model.Claim{qty("a.txt", 0, 44, percent), qty("b.txt", 0, 44.6, percent)}, []model.Kind{model.QuantityMismatch}},
		{"a whole count is no rounding of another", []model.Claim{qty("a.txt", 0, 44), qty("b.txt", 0, 44.2)}, []model.Kind{model.QuantityMismatch}},
		{"precise figures do not", []model.Claim{qty("a.txt", 0, 2745000), qty("b.txt", 0, 2645000)}, []model.Kind{model.QuantityMismatch}},
		{"hedge that contains the other figure", []model.Claim{qty("a.txt", 0, 12, hedged("at least", 10, 1e9)), qty("b.txt", 0, 15)}, nil},
		{"two floors of one toll", []model.Claim{qty("a.txt", 0, 23, hedged("at least", 23, math.Inf(1))), qty("b.txt", 0, 32, hedged("at least", 32, math.Inf(1)))}, []model.Kind{model.QuantityMismatch}},
		{"the same floor", []model.Claim{qty("a.txt", 0, 23, hedged("at least", 23, math.Inf(1))), qty("b.txt", 0, 23, hedged("more than", 23, math.Inf(1)))}, nil},
		{"round floors are roundings", []model.Claim{qty("a.txt", 0, 1000, hedged("more than", 1000, math.Inf(1))), qty("b.txt", 0, 1200, hedged("more than", 1200, math.Inf(1)))}, nil},
		{"hedge that excludes it", []model.Claim{qty("a.txt", 0, 20, hedged("at least", 20, 1e9)), qty("b.txt", 0, 15)}, []model.Kind{model.QuantityMismatch}},
		{"a length converted and rounded", []model.Claim{qty("a.txt", 0, 9.656064, length("6 miles")), qty("b.txt", 0, 9.3, length("9.3 km"))}, nil},
		{"two lengths in one unit", []model.Claim{qty("a.txt", 0, 9.65, length("9.65 km")), qty("b.txt", 0, 9.3, length("9.3 km"))}, []model.Kind{model.QuantityMismatch}},
		{"two speeds of one story", []model.Claim{qty("a.txt", 0, 112, speed("speed", "112 km/h"), saidBy("kasimir delt")), qty("b.txt", 0, 121, speed("speed", "121 km/h"), saidBy("ivo marrek"))}, []model.Kind{model.QuantityMismatch}},
		{"two masses of one substance", []model.Claim{qty("a.txt", 0, 1200, mass("nitrate", "1,200 tons")), qty("b.txt", 0, 2100, mass("nitrate", "2,100 tons"))}, []model.Kind{model.QuantityMismatch}},
		{"masses of two substances", []model.Claim{qty("a.txt", 0, 1200, mass("nitrate", "1,200 tons")), qty("b.txt", 0, 2100, mass("crude", "2,100 tons"))}, nil},
		{"a mass carried against a mass of no act", []model.Claim{qty("a.txt", 0, 85000, mass("crude", "85,000 tons"), measure("carry")), qty("b.txt", 0, 4200, mass("crude", "4,200 tons"))}, nil},
		{"a speed against a limit", []model.Claim{qty("a.txt", 0, 112, speed("speed", "112 km/h")), qty("b.txt", 0, 80, speed("speed limit", "80 km/h"))}, nil},
		{"a group within a whole against another article's figure", []model.Claim{
			qty("a.txt", 0, 212, subject("patient"), measure("transfer")),
			qty("a.txt", 10, 19, subject("patient"), measure("transfer"), func(c *model.Claim) { c.Parent = "a.txt:quantity:0" }),
			qty("b.txt", 0, 148, subject("patient"), measure("transfer"))}, []model.Kind{model.QuantityMismatch}},
		{"all of a group against what carried it", []model.Claim{
			qty("a.txt", 0, 7, summary, subject("passenger"), measure("escape"), words("got", "own", "passenger", "child", "safety"), func(c *model.Claim) { c.Quote = "All seven" }),
			qty("a.txt", 50, 6, subject("passenger"), measure("carry"), words("helicopter", "landing", "passenger", "field", "sunday"))}, []model.Kind{model.SummaryVsBody}},
		{"all of a group against some of it taken to hospital", []model.Claim{
			qty("a.txt", 0, 23, summary, subject("miner"), measure("rescue"), words("mine", "miner", "trapped", "day", "copper"), func(c *model.Claim) { c.Quote = "All 23" }),
			qty("a.txt", 50, 4, subject("miner"), measure("hospitalize"), words("hospital", "miner", "dehydration", "injury", "clinic"))}, nil},
		{"some of a group against what carried it", []model.Claim{
			qty("a.txt", 0, 7, summary, subject("passenger"), measure("escape"), words("got", "own", "passenger", "child", "safety")),
			qty("a.txt", 50, 6, subject("passenger"), measure("carry"), words("helicopter", "landing", "passenger", "field", "sunday"))}, nil},
		{"a summary's figure against its body's peak", []model.Claim{qty("a.txt", 0, 40, summary, measure("employ")), qty("a.txt", 50, 300, measure("employ"), version("peak"))}, nil},
		{"a summary's count against its body's floor", []model.Claim{qty("a.txt", 0, 9, summary), qty("a.txt", 50, 7, hedged("at least", 7, math.Inf(1)))}, []model.Kind{model.SummaryVsBody}},
		{"a summary's count of another measure against its body's floor", []model.Claim{qty("a.txt", 0, 31, summary, measure("missing")), qty("a.txt", 50, 14, hedged("at least", 14, math.Inf(1)))}, nil},
		{"a floor far under a count", []model.Claim{qty("a.txt", 0, 31, hedged("at least", 31, math.Inf(1))), qty("b.txt", 50, 6800)}, []model.Kind{model.QuantityMismatch}},
		{"a summary's amount of another thing than its body's", []model.Claim{qty("a.txt", 0, 412e6, summary, amount("renovation")), qty("a.txt", 50, 265e6, amount("budget"))}, nil},
		{"a summary's width against its body's length of another thing", []model.Claim{
			qty("a.txt", 0, 0.0122, summary, length("40 feet"), subject("width"), measure(""), words("car", "opens", "sinkhole", "street", "swallowing", "wednesday", "wide")),
			qty("a.txt", 50, 0.0274, length("30-yard"), subject("stretch"), measure(""), words("asphalt", "car", "opened", "sinkhole", "street", "stretch", "swallowing", "wednesday"))}, nil},
		{"a summary's length of a thing against its body's length", []model.Claim{qty("a.txt", 0, 0.030, summary, length("30-metre"), subject("section")), qty("a.txt", 50, 0.035, length("35 metres"), subject("length")),
			qty("a.txt", 90, 0.0122, length("40 feet"), subject("width"))}, []model.Kind{model.SummaryVsBody}},
		{"a summary's distance from the body's thing", []model.Claim{
			qty("a.txt", 0, 0.14, summary, length("140 meters"), subject("distance from road"), measure(""), words("fragment", "landed", "police", "road")),
			qty("a.txt", 50, 0.24, length("240 meters"), subject("distance from road"), measure(""), words("debris", "field", "landed", "largest", "piece", "sheep")),
			qty("a.txt", 90, 0.085, length("85 meters"), subject("hub"), measure(""), words("ground", "hub", "stand", "turbine"))}, []model.Kind{model.SummaryVsBody}},
		{"two reports' distances from one thing", []model.Claim{qty("a.txt", 0, 38, length("38 kilometres"), subject("distance from finish"), measure(""), words("crash", "rider", "stage")),
			qty("b.txt", 50, 45, length("45 kilometres"), subject("distance from finish line"), measure(""), words("crash", "rider", "stage"))}, []model.Kind{model.QuantityMismatch}},
		{"two reports' distances from things named apart", []model.Claim{qty("a.txt", 0, 38, length("38 kilometres"), subject("distance from finish"), measure(""), words("crash", "rider", "stage")),
			qty("b.txt", 50, 45, length("45 kilometres"), subject("distance from nearest town"), measure(""), words("crash", "rider", "stage"))}, nil},
		{"a summary's amount of the body's thing", []model.Claim{qty("a.txt", 0, 412e6, summary, amount("renovation")), qty("a.txt", 50, 265e6, amount("renovation"))}, []model.Kind{model.SummaryVsBody}},
		{"two caps of one amount", []model.Claim{qty("a.txt", 0, 52e6, hedged("up to", 0, 52e6)), qty("b.txt", 50, 25e6, hedged("up to", 0, 25e6))}, []model.Kind{model.QuantityMismatch}},
		{"two readings' tops", []model.Claim{qty("a.txt", 0, 90, hedged("up to", 0, 90), gusts), qty("b.txt", 50, 65, hedged("up to", 0, 65), gusts)}, nil},
		{"a cap and a figure under it", []model.Claim{qty("a.txt", 0, 52e6, hedged("up to", 0, 52e6)), qty("b.txt", 50, 25e6)}, nil},
		{"two tallies that share few words", []model.Claim{
			qty("a.txt", 0, 0, tally(6, 3, ""), func(c *model.Claim) { c.Context = model.MakeWords("court", "member", "split") }),
			qty("b.txt", 50, 0, tally(7, 2, ""), func(c *model.Claim) { c.Context = model.MakeWords("judge", "overturn", "voted") })}, []model.Kind{model.QuantityMismatch}},
		{"two figures rounded to the same place", []model.Claim{qty("a.txt", 0, 5.2e6), qty("b.txt", 50, 5.6e6)}, []model.Kind{model.QuantityMismatch}},
		{"about a figure rounded to the place of another", []model.Claim{qty("a.txt", 0, 7.8e9, hedged("about", 7.41e9, 8.19e9)), qty("b.txt", 50, 7.3e9)}, []model.Kind{model.QuantityMismatch}},
		{"about a round figure holds one of its reach", []model.Claim{qty("a.txt", 0, 7.8e9, hedged("about", 7.41e9, 8.19e9)), qty("b.txt", 50, 7.5e9)}, nil},
		{"figures rounded to other places may be one", []model.Claim{qty("a.txt", 0, 2000), qty("b.txt", 50, 2100)}, nil},
		{"counts a thousand times apart are of different reach", []model.Claim{qty("a.txt", 0, 19), qty("b.txt", 50, 25000)}, nil},
		{"a slip of a unit is a disagreement", []model.Claim{qty("a.txt", 0, 25), qty("b.txt", 50, 25000)}, []model.Kind{model.QuantityMismatch}},
		{"counts a few times apart disagree", []model.Claim{qty("a.txt", 0, 19), qty("b.txt", 50, 57)}, []model.Kind{model.QuantityMismatch}},
		{"a floor met across articles", []model.Claim{qty("a.txt", 0, 9), qty("b.txt", 50, 7, hedged("at least", 7, math.Inf(1)))}, nil},
		{"a summary's count against its body's round floor", []model.Claim{qty("a.txt", 0, 130, summary), qty("a.txt", 50, 100, hedged("more than", 100, math.Inf(1)))}, nil},
		{"a figure the other article gives as a part of the whole it is set against", []model.Claim{qty("a.txt", 0, 6),
			qty("b.txt", 0, 9), qty("b.txt", 50, 6, place("brackenfurt"), version("part"), func(c *model.Claim) { c.Parent = "b.txt:quantity:0" })}, nil},
		{"a part of another whole", []model.Claim{qty("a.txt", 0, 6),
			qty("b.txt", 0, 9), qty("b.txt", 50, 6, place("brackenfurt"), version("part"), func(c *model.Claim) { c.Parent = "b.txt:quantity:99" })}, []model.Kind{model.QuantityMismatch}},
		{"a summary's count within its body's floor and against the exact figure the floor holds", []model.Claim{qty("a.txt", 0, 728, summary),
			qty("a.txt", 50, 700, hedged("more than", 700, 1400)), qty("a.txt", 100, 782)}, []model.Kind{model.SummaryVsBody}},
		{"a summary's count within its body's floor and against a figure the floor leaves out", []model.Claim{qty("a.txt", 0, 728, summary),
			qty("a.txt", 50, 700, hedged("more than", 700, 1400)), qty("a.txt", 100, 3106)}, nil},
		{"two tallies of one vote", []model.Claim{qty("a.txt", 0, 0, tally(151, 146, "")), qty("b.txt", 0, 0, tally(153, 146, ""))}, []model.Kind{model.QuantityMismatch}},
		{"tallies of a court and a parliament", []model.Claim{qty("a.txt", 0, 0, tally(6, 3, "")), qty("b.txt", 0, 0, tally(79, 70, ""))}, nil},
		{"a summary's whole against a smaller part in its body", []model.Claim{qty("a.txt", 0, 420, summary), qty("a.txt", 50, 185, version("part"))}, nil},
		{"a summary's figure against a larger part in its body", []model.Claim{qty("a.txt", 0, 120, summary), qty("a.txt", 50, 185, version("part"))}, []model.Kind{model.SummaryVsBody}},
		{"a summary's figure against an earlier event's in its body", []model.Claim{qty("a.txt", 0, 3, summary), qty("a.txt", 50, 6, version("earlier event"))}, nil},
		{"a summary's figure against the one its body's changed from", []model.Claim{qty("a.txt", 0, 65, summary, measure("cost")), qty("a.txt", 50, 62, measure("cost"), version("initial")),
			qty("a.txt", 100, 65, measure("cost"), version("revised"))}, nil},
		{"a summary's figure against the one its body's changed from, told as another thing", []model.Claim{qty("a.txt", 0, 65, summary, measure("cost")), qty("a.txt", 50, 62, measure("cost"), version("initial")),
			qty("a.txt", 100, 65, subject("building"), measure("damage"))}, nil},
		{"a summary's level reached against its body's size of a change", []model.Claim{qty("a.txt", 0, 9388, summary, amount("money"), version("update"), words("rise", "tuition", "year")),
			qty("a.txt", 50, 1000, amount("money"), measure("increase"), words("difference", "dollar", "year"))}, nil},
		{"a summary's level reached against its body's level", []model.Claim{qty("a.txt", 0, 9388, summary, amount("money"), version("update"), words("rise", "tuition", "year")),
			qty("a.txt", 50, 8388, amount("money"), words("difference", "dollar", "year"))}, []model.Kind{model.SummaryVsBody}},
		{"a summary's figure against its body's only, initial figure", []model.Claim{qty("a.txt", 0, 65, summary, measure("cost")), qty("a.txt", 50, 62, measure("cost"), version("initial"))}, []model.Kind{model.SummaryVsBody}},
		{"a summary that drops its body's draft", []model.Claim{qty("a.txt", 0, 40, summary, measure("employ")), qty("a.txt", 50, 300, measure("employ"), version("revised"))}, []model.Kind{model.SummaryVsBody}},
		{"two tallies of one vote", []model.Claim{qty("a.txt", 0, 0, tally(5, 2, "")), qty("b.txt", 0, 0, tally(6, 1, ""))}, []model.Kind{model.QuantityMismatch}},
		{"a tally of an earlier vote", []model.Claim{qty("a.txt", 0, 0, tally(5, 2, "")), qty("b.txt", 0, 0, tally(4, 3, "initial"))}, nil},
		{"two match results across reports", []model.Claim{qty("a.txt", 0, 0, func(c *model.Claim) { c.Value, c.Subject, c.Measure = model.ScoreValue(4, 1), "score", "" }),
			qty("b.txt", 0, 0, func(c *model.Claim) { c.Value, c.Subject, c.Measure = model.ScoreValue(2, 1), "score", "" })}, nil},
		{"more of a thing is no document", []model.Claim{qty("a.txt", 0, 2, measure(""), version("additional")), qty("b.txt", 0, 14, measure(""), version("additional"))}, nil},
		{"a document's version is", []model.Claim{qty("a.txt", 0, 20, measure(""), version("revised")), qty("b.txt", 0, 22, measure(""), version("revised"))}, []model.Kind{model.QuantityMismatch}},
		{"two agencies' readings", []model.Claim{qty("a.txt", 0, 6.9, measure("magnitude"), saidBy("bureau")), qty("b.txt", 0, 7.1, measure("magnitude"), saidBy("meridian centre"))}, nil},
		{"one agency's readings by its initials", []model.Claim{qty("a.txt", 0, 7.1, measure("magnitude"), saidBy("usgs")), qty("b.txt", 0, 7.3, measure("magnitude"), saidBy("u.s. geological survey"))}, []model.Kind{model.QuantityMismatch}},
		{"initials of another agency", []model.Claim{qty("a.txt", 0, 7.1, measure("magnitude"), saidBy("emsc")), qty("b.txt", 0, 7.3, measure("magnitude"), saidBy("u.s. geological survey"))}, nil},
		{"one agency's readings", []model.Claim{qty("a.txt", 0, 7.1, measure("magnitude"), saidBy("meridian centre")), qty("b.txt", 0, 7.3, measure("magnitude"), saidBy("meridian centre"))}, []model.Kind{model.QuantityMismatch}},
		{"a reading credited on one side", []model.Claim{qty("a.txt", 0, 7.1, measure("magnitude")), qty("b.txt", 0, 7.3, measure("magnitude"), saidBy("meridian centre"))}, []model.Kind{model.QuantityMismatch}},
		{"two parties' counts that are no readings", []model.Claim{qty("a.txt", 0, 12, saidBy("bureau")), qty("b.txt", 0, 15, saidBy("meridian centre"))}, []model.Kind{model.QuantityMismatch}},
		{"a hedged round figure carries no rounding on top", []model.Claim{qty("a.txt", 0, 3800, hedged("about", 3610, 3990)), qty("b.txt", 0, 4100, hedged("more than", 4100, 8200))}, []model.Kind{model.QuantityMismatch}},
		{"an unhedged round figure does", []model.Claim{qty("a.txt", 0, 3800), qty("b.txt", 0, 3950)}, nil},
		{"a vague magnitude is a floor", []model.Claim{qty("a.txt", 0, 2000, hedged("vague", 2000, 10000)), qty("b.txt", 0, 25000)}, nil},
		{"a figure under a vague magnitude's floor", []model.Claim{qty("a.txt", 0, 200, hedged("vague", 200, 1000)), qty("b.txt", 0, 80)}, []model.Kind{model.QuantityMismatch}},
		{"a figure far above a vague magnitude", []model.Claim{qty("a.txt", 0, 200, hedged("vague", 200, 1000)), qty("b.txt", 0, 4100)}, []model.Kind{model.QuantityMismatch}},
		{"a vague magnitude restating an exact figure vouches for no other", []model.Claim{qty("a.txt", 0, 2000, hedged("vague", 2000, 10000)), qty("a.txt", 100, 3200), qty("b.txt", 0, 3800)}, []model.Kind{model.QuantityMismatch}},
		{"a vague magnitude that holds loosely for both figures vouches for neither", []model.Claim{qty("a.txt", 0, 24, hedged("vague", 24, 100)), qty("a.txt", 100, 112), qty("b.txt", 0, 131)}, []model.Kind{model.QuantityMismatch}},
		{"a vague magnitude beside another figure vouches", []model.Claim{qty("a.txt", 0, 24, hedged("vague", 24, 100)), qty("a.txt", 100, 21, period("overnight")), qty("b.txt", 0, 37)}, nil},
		{"a vague magnitude of another window vouches", []model.Claim{qty("a.txt", 0, 24, hedged("vague", 24, 100), period("night")), qty("a.txt", 100, 81), qty("b.txt", 0, 34)}, nil},
		{"same actor", []model.Claim{qty("a.txt", 0, 12, actor("karst")), qty("b.txt", 0, 15, actor("karst"))}, []model.Kind{model.QuantityMismatch}},
		{"other actor", []model.Claim{qty("a.txt", 0, 12, actor("karst")), qty("b.txt", 0, 15, actor("valdor"))}, nil},
		{"an actor's short name", []model.Claim{qty("a.txt", 0, 12, actor("halvern")), qty("b.txt", 0, 15, actor("halvern motors"))}, []model.Kind{model.QuantityMismatch}},
		{"an actor whose name opens with another word", []model.Claim{qty("a.txt", 0, 12, actor("halvern")), qty("b.txt", 0, 15, actor("halverness"))}, nil},
		{"same place", []model.Claim{qty("a.txt", 0, 6, place("osk")), qty("b.txt", 0, 4, place("osk"))}, []model.Kind{model.QuantityMismatch}},
		{"other place", []model.Claim{qty("a.txt", 0, 6, place("osk")), qty("b.txt", 0, 4, place("brel"))}, nil},
		{"same period", []model.Claim{qty("a.txt", 0, 82, period("overnight")), qty("b.txt", 0, 90, period("overnight"))}, []model.Kind{model.QuantityMismatch}},
		{"other period", []model.Claim{qty("a.txt", 0, 82, period("overnight")), qty("b.txt", 0, 1300, period("week"))}, nil},
		{"aggregate period against none", []model.Claim{qty("a.txt", 0, 82), qty("b.txt", 0, 1300, period("week"))}, nil},
		{"same version", []model.Claim{qty("a.txt", 0, 20, version("revised")), qty("b.txt", 0, 22, version("revised"))}, []model.Kind{model.QuantityMismatch}},
		{"other version", []model.Claim{qty("a.txt", 0, 28, version("initial")), qty("b.txt", 0, 20, version("revised"))}, nil},
		{"a versioned document's counts, no verb", []model.Claim{qty("a.txt", 0, 20, version("revised"), measure("")), qty("b.txt", 0, 22, version("revised"), measure(""))}, []model.Kind{model.QuantityMismatch}},
		{"counts with no verb and no version", []model.Claim{qty("a.txt", 0, 20, measure("")), qty("b.txt", 0, 22, measure(""))}, nil},
		{"version on one side only", []model.Claim{qty("a.txt", 0, 28, version("initial")), qty("b.txt", 0, 20)}, nil},
		{"updated figure", []model.Claim{qty("a.txt", 0, 12), qty("b.txt", 0, 15, version("update"))}, []model.Kind{model.UpdatedFigure}},
		{"a summary's town against a body's town it counts nothing else in", []model.Claim{qty("a.txt", 0, 48, summary, place("karrabee")), qty("a.txt", 50, 38, place("lismore"))},
			[]model.Kind{model.SummaryVsBody}},
		{"a summary's town is no whole state", []model.Claim{qty("a.txt", 0, 48, summary, place("karrabee")), qty("a.txt", 50, 53, place(model.Statewide))}, nil},
		{"a summary's town is no whole country", []model.Claim{qty("a.txt", 0, 48, summary, place("karrabee")), qty("a.txt", 50, 53, place(model.Nationwide))}, nil},
		{"a summary's floor rounded down from the body's", []model.Claim{qty("a.txt", 0, 14000, summary, hedged("more than", 14000, 28000)), qty("a.txt", 50, 14300, hedged("more than", 14300, 28600))}, nil},
		{"a summary's floor above the body's", []model.Claim{qty("a.txt", 0, 15000, summary, hedged("more than", 15000, 30000)), qty("a.txt", 50, 14300, hedged("more than", 14300, 28600))},
			[]model.Kind{model.SummaryVsBody}},
		{"a summary's floor far below the body's", []model.Claim{qty("a.txt", 0, 12000, summary, hedged("more than", 12000, 24000)), qty("a.txt", 50, 14300, hedged("more than", 14300, 28600))},
			[]model.Kind{model.SummaryVsBody}},
		{"a summary's floor no rounder than the body's", []model.Claim{qty("a.txt", 0, 14200, summary, hedged("more than", 14200, 28400)), qty("a.txt", 50, 14300, hedged("more than", 14300, 28600))},
			[]model.Kind{model.SummaryVsBody}},
		{"a figure risen to replaces an initial one", []model.Claim{qty("a.txt", 0, 17, version("initial")), qty("b.txt", 0, 23, version("update"))}, nil},
		{"other measure", []model.Claim{qty("a.txt", 0, 12), qty("b.txt", 0, 15, measure("wound"))}, nil},
		{"summary against its body", []model.Claim{qty("a.txt", 0, 47, summary), qty("a.txt", 100, 63)}, []model.Kind{model.SummaryVsBody}},
		{"a wrong summary is reported once, not against every source", []model.Claim{qty("a.txt", 0, 47, summary), qty("a.txt", 100, 63), qty("b.txt", 0, 63)}, []model.Kind{model.SummaryVsBody}},
		{"a summary no body contradicts still meets other sources", []model.Claim{qty("a.txt", 0, 47, summary), qty("b.txt", 0, 63)}, []model.Kind{model.QuantityMismatch}},
		{"a capacity is no count its summary restates", []model.Claim{qty("a.txt", 0, 124, summary, measure("injure")), qty("a.txt", 100, 90, measure(""), version("capacity"))}, nil},
		{"a sum asked for is no sum its summary restates as paid", []model.Claim{qty("a.txt", 0, 4e6, summary, measure("cost"), version("demand")), qty("a.txt", 100, 1.2e6, measure("cost"))}, nil},
		{"a summary's demand against its body's demand", []model.Claim{qty("a.txt", 0, 4e6, summary, measure("cost"), version("demand")), qty("a.txt", 100, 5e6, measure("cost"), version("demand"))},
			[]model.Kind{model.SummaryVsBody}},
		{"summary its body supports", []model.Claim{qty("a.txt", 0, 63, summary), qty("a.txt", 100, 63), qty("a.txt", 200, 47)}, nil},
		{"two body figures of one article", []model.Claim{qty("a.txt", 0, 63), qty("a.txt", 100, 47)}, nil},
		{"another source agrees too", []model.Claim{qty("a.txt", 0, 12), qty("b.txt", 0, 15), qty("b.txt", 50, 12)}, nil},
		{"summary weekday the body never states", []model.Claim{inSummary(day("a.txt", 0, 5, "missing", "wife")), day("a.txt", 100, 6, "helpline", "hold")}, []model.Kind{model.SummaryVsBody}},
		{"summary weekday the body states elsewhere", []model.Claim{inSummary(day("a.txt", 0, 5, "missing", "wife")), day("a.txt", 100, 6, "helpline", "hold"), day("a.txt", 200, 5, "funeral")}, nil},
		{"summary year of a sale the body dates of another sale", []model.Claim{inSummary(sold(0, 2003, "cost", "sold", "trinity", "house")), sold(300, 2023, "cost", "former", "lighthouse", "wales", "sold")}, []model.Kind{model.SummaryVsBody}},
		{"summary year of a sale the body gives another act", []model.Claim{inSummary(sold(0, 2003, "cost", "sold", "trinity", "house")), func() model.Claim {
			c := sold(100, 2003, "station", "opened", "museum")
			c.Measure = "open"
			return c
		}(), sold(300, 2023, "cost", "former", "lighthouse", "wales", "sold")}, []model.Kind{model.SummaryVsBody}},
		{"summary year of a sale the body dates, whatever it names as sold", []model.Claim{inSummary(sold(0, 2003, "cost", "sold", "trinity", "house")), sold(100, 2003, "station", "following", "year"),
			sold(300, 2023, "cost", "former", "lighthouse", "wales", "sold")}, nil},
		{"summary year the body never writes", []model.Claim{inSummary(coinYear(1794, "")), coinSale("The record is held by a silver dollar that sold in January 2013.")}, []model.Kind{model.SummaryVsBody}},
		{"summary year the body writes of a thing", []model.Claim{inSummary(coinYear(1794, "")), coinSale("The record is held by a 1794 silver dollar that sold in January 2013.")}, nil},
		{"summary year the body writes as a date", []model.Claim{inSummary(coinYear(1794, "")), coinSale("Of coins sold between 1794 and 2013, it fetched the most.")}, []model.Kind{model.SummaryVsBody}},
		{"summary size the body gives by a verb", []model.Claim{inSummary(stretch(0, 0.457, "roughly 500 yards", "stretch", "", "landslide", "buries", "coast")),
			stretch(100, 0.274, "about 300 yards", "roadway", "trap", "hillside", "gave", "mud")}, []model.Kind{model.SummaryVsBody}},
		{"summary size against the body's one size of this event", []model.Claim{inSummary(stretch(0, 0.457, "roughly 500 yards", "stretch", "", "landslide", "buries", "coast")),
			stretch(100, 0.274, "about 300 yards", "roadway", "trap", "hillside", "gave", "mud"), func() model.Claim {
				c := stretch(300, 0.3, "a few hundred yards", "", "", "hillside", "gave", "mud")
				c.Version = model.EarlierEvent
				return c
			}(), stretch(400, 0.00028, "more than 11 inches", "", "", "hillside", "gave", "mud"), func() model.Claim {
				c := stretch(500, 0.2, "hundreds of feet", "", "", "hillside", "gave", "mud")
				c.Value.Hedge, c.Value.Lo, c.Value.Hi = "vague", 0.06, 0.3
				return c
			}()}, []model.Kind{model.SummaryVsBody}},
		{"summary size the body gives exactly", []model.Claim{inSummary(pipe(100, 1.2192, "48 inches", "burst", "water", "main", "intersection")),
			pipe(200, 1.2192, "48 inches", "pipe", "installed", "utility"), pipe(300, 9.144, "more than 30 feet", "", "water", "main", "intersection")}, nil},
		{"a ceiling the body's small figure does not restate", []model.Claim{inSummary(qty("a.txt", 0, 40, measure(""), hedged("up to", 0, 40), words("suspend", "students"))),
			qty("a.txt", 100, 11, measure(""), words("attorney", "represent")), qty("a.txt", 200, 60, measure(""), hedged("up to", 0, 60), words("face", "suspension"))},
			[]model.Kind{model.SummaryVsBody}},
		{"summary weight the body gives of the animal", []model.Claim{inSummary(stretch(0, 158.8, "350 pounds", "cat", "", "drove", "extinguisher")),
			stretch(100, 127, "about 280 pounds", "weight", "", "rake", "bars")}, []model.Kind{model.SummaryVsBody}},
		{"summary count of a measure the body counts of people", []model.Claim{inSummary(qty("a.txt", 0, 17, subject(""), measure("arrest"), words("police", "pitch"))),
			qty("a.txt", 100, 14, measure("arrest"), words("officers", "day"))}, []model.Kind{model.SummaryVsBody}},
		{"summary figure the body states only vaguely", []model.Claim{inSummary(qty("a.txt", 0, 4000, measure(""), hedged("about", 4000, 4000), words("indoors", "stay"))),
			qty("a.txt", 100, 4600, measure(""), hedged("about", 4600, 4600), words("shelter", "downwind")),
			qty("a.txt", 200, 5000, measure(""), hedged("vague", 2000, 10000), words("smoke", "warned"))}, []model.Kind{model.SummaryVsBody}},
		{"summary weekday the body states as a span's end", []model.Claim{inSummary(day("a.txt", 0, 5, "retire")), day("a.txt", 100, 3, "ticket", "check"), func() model.Claim {
			c := day("a.txt", 200, 5, "work", "retire")
			c.Value.Date.Horizon = true
			return c
		}()}, nil},
		{"a relative date does not confirm a weekday", []model.Claim{inSummary(day("a.txt", 0, 5, "missing", "wife")), day("a.txt", 100, 6, "helpline", "hold"), relative("a.txt", 200, "today")}, []model.Kind{model.SummaryVsBody}},
		{"a weekday does not confirm a month", []model.Claim{inSummary(date("a.txt", 0, 0, 1, 0, "injury", "knee", "out")), date("a.txt", 100, 0, 2, 26, "injury", "knee", "absent"), day("a.txt", 200, 1, "match")}, []model.Kind{model.SummaryVsBody}},
		{"a month the body states elsewhere", []model.Claim{inSummary(date("a.txt", 0, 0, 1, 0, "injury", "knee", "out")), date("a.txt", 100, 0, 2, 26, "injury", "knee", "absent"), date("a.txt", 200, 0, 1, 5, "match")}, nil},
		{"a year does not confirm a weekday", []model.Claim{inSummary(day("a.txt", 0, 3, "called", "office")), day("a.txt", 100, 1, "called", "office"), date("a.txt", 200, 2009, 0, 0, "called")}, []model.Kind{model.SummaryVsBody}},
		{"a weekday confirms no date on another day", []model.Claim{inSummary(date("a.txt", 0, 1946, 6, 14, "cover", "post")), date("a.txt", 100, 1943, 5, 29, "cover", "post"), day("a.txt", 200, 6, "cover", "post")}, []model.Kind{model.SummaryVsBody}},
		{"a month alone does not confirm a full date", []model.Claim{inSummary(date("a.txt", 0, 2014, 9, 17, "plane", "downed")), date("a.txt", 100, 2014, 7, 17, "plane", "downed"), date("a.txt", 200, 0, 9, 0, "plane", "report")}, []model.Kind{model.SummaryVsBody}},
		{"a year does not state a month", []model.Claim{inSummary(date("a.txt", 0, 1972, 8, 0, "escaped", "prison", "sentence")), date("a.txt", 100, 1972, 6, 10, "broke", "free", "guards"), date("a.txt", 200, 1972, 0, 0, "escaped", "prison", "found")}, []model.Kind{model.SummaryVsBody}},
		{"a full date confirms a less precise summary", []model.Claim{inSummary(date("a.txt", 0, 1998, 0, 0, "mill", "closed")), date("a.txt", 100, 1998, 8, 3, "mill", "closed")}, nil},
		{"a weekday confirms the date that falls on it", []model.Claim{inSummary(date("a.txt", 0, 1946, 6, 14, "cover", "post")), date("a.txt", 100, 1943, 5, 29, "cover", "post"), day("a.txt", 200, 5, "cover", "post")}, nil},
		{"a body figure within the summary's hedge, counting nothing said, does not support it", []model.Claim{
			qty("a.txt", 0, 45, summary, hedged("more than", 45, 90), func(c *model.Claim) { c.Context = model.MakeWords("author", "book", "cook") }),
			qty("a.txt", 100, 40, hedged("more than", 40, 80), func(c *model.Claim) { c.Context = model.MakeWords("author", "book", "name") }),
			qty("a.txt", 200, 51, func(c *model.Claim) { c.Subject, c.Measure, c.Context = "", "", model.MakeWords("copy", "sold") })}, []model.Kind{model.SummaryVsBody}},
		{"a body figure within the summary's hedge, of the same thing, does", []model.Claim{
			qty("a.txt", 0, 45, summary, hedged("more than", 45, 90), func(c *model.Claim) { c.Context = model.MakeWords("author", "book", "cook") }),
			qty("a.txt", 100, 40, hedged("more than", 40, 80), func(c *model.Claim) { c.Context = model.MakeWords("author", "book", "name") }),
			qty("a.txt", 200, 51, func(c *model.Claim) { c.Measure, c.Context = "", model.MakeWords("copy", "sold") })}, nil},
		{"a summary figure without the body's version is compared within the article", []model.Claim{qty("a.txt", 0, 140000, summary), qty("a.txt", 100, 100000, version("revised"))}, []model.Kind{model.SummaryVsBody}},
		{"an equal figure of another version does not restate a summary's", []model.Claim{
			qty("a.txt", 0, 50, summary, measure(""), version("revised"), func(c *model.Claim) { c.Subject, c.Context = "father", model.MakeWords("father", "new", "old") }),
			qty("a.txt", 100, 67, measure(""), version("revised"), func(c *model.Claim) { c.Subject, c.Context = "father", model.MakeWords("father", "new", "old") }),
			qty("a.txt", 200, 50, measure(""), func(c *model.Claim) { c.Subject, c.Context = "", model.MakeWords("study", "daughter") })}, []model.Kind{model.SummaryVsBody}},
		{"a summary's result against its body's", []model.Claim{score("a.txt", 0, 6, 1, summary), score("a.txt", 100, 4, 1)}, []model.Kind{model.SummaryVsBody}},
		{"a result is no round figure", []model.Claim{score("a.txt", 0, 4, 0, summary), score("a.txt", 100, 4, 1)}, []model.Kind{model.SummaryVsBody}},
		{"the same result, the loser's figure first", []model.Claim{score("a.txt", 0, 1, 4, summary), score("a.txt", 100, 4, 1)}, nil},
		{"results are not compared across articles", []model.Claim{score("a.txt", 0, 6, 1), score("b.txt", 0, 4, 1)}, nil},
		{"a running total in the summary, no window in the body", []model.Claim{qty("a.txt", 0, 5000000, summary, period("total")), qty("a.txt", 100, 3500000)}, []model.Kind{model.SummaryVsBody}},
		{"a window in the summary, none in the body", []model.Claim{qty("a.txt", 0, 5000000, summary, period("week")), qty("a.txt", 100, 3500000)}, nil},
		{"a price in a sentence of last week, in the summary with none", []model.Claim{
			qty("a.txt", 0, 85, summary, amount("fee")), qty("a.txt", 100, 95, amount("fee"), period("week"))}, []model.Kind{model.SummaryVsBody}},
		{"a span in a sentence of this week, in the summary with none", []model.Claim{
			lasting("a.txt", 46, summary), lasting("a.txt", 41, func(c *model.Claim) {
				c.ID, c.Span.Start.Offset, c.Span.End.Offset, c.Period = "a.txt:duration:100", 100, 105, "week"
			})},
			[]model.Kind{model.SummaryVsBody}},
		{"a span of this week against none across sources", []model.Claim{
			lasting("a.txt", 46), lasting("b.txt", 41, period("week"))}, nil},
		{"a summary's bound holds a figure of a past year only", []model.Claim{
			qty("a.txt", 0, 240, summary, hedged("up to", 0, 240)), qty("a.txt", 100, 150, hedged("about", 142.5, 157.5), period("2019"))}, nil},
		{"a summary's bound against the body's figure, past a figure of a past year", []model.Claim{
			qty("a.txt", 0, 240, summary, hedged("up to", 0, 240)), qty("a.txt", 50, 420), qty("a.txt", 100, 150, hedged("about", 142.5, 157.5), period("2019"))},
			[]model.Kind{model.SummaryVsBody}},
		{"a summary's dated bound restates an undated figure", []model.Claim{
			qty("a.txt", 0, 13000, summary, hedged("more than", 13000, math.Inf(1)), period("2015")), qty("a.txt", 100, 13795), qty("a.txt", 200, 1800, period("2015"))}, nil},
		{"a count of last week, in the summary with none", []model.Claim{
			qty("a.txt", 0, 85, summary), qty("a.txt", 100, 95, period("week"))}, nil},
		{"a price of last week against none across sources", []model.Claim{
			qty("a.txt", 0, 85, amount("fee")), qty("b.txt", 0, 95, amount("fee"), period("week"))}, nil},
		{"a running total against no window across sources", []model.Claim{qty("a.txt", 0, 5000000, period("total")), qty("b.txt", 0, 3500000)}, nil},
		{"a summary that keeps the body's hedge, not its figure, is not stated", []model.Claim{
			qty("a.txt", 0, 105, summary, measure(""), hedged("about", 94.5, 115.5), func(c *model.Claim) { c.Context = model.MakeWords("found", "island", "statue") }),
			qty("a.txt", 100, 100, measure(""), hedged("about", 90, 110), func(c *model.Claim) { c.Context = model.MakeWords("red", "stone", "wear") })}, []model.Kind{model.SummaryVsBody}},
		{"a summary that keeps the body's hedge and figure", []model.Claim{
			qty("a.txt", 0, 105, summary, measure(""), hedged("about", 94.5, 115.5), func(c *model.Claim) { c.Context = model.MakeWords("found", "island", "statue") }),
			qty("a.txt", 100, 100, measure(""), hedged("about", 90, 110), func(c *model.Claim) { c.Context = model.MakeWords("red", "stone", "wear") }),
			qty("a.txt", 200, 105, measure(""), hedged("about", 94.5, 115.5), func(c *model.Claim) { c.Context = model.MakeWords("counted", "survey") })}, nil},
		{"summary figure the body never states", []model.Claim{qty("a.txt", 0, 11, summary, func(c *model.Claim) { c.Context = model.MakeWords("blast") }), qty("a.txt", 100, 15)}, []model.Kind{model.SummaryVsBody}},
		{"a conversion in the body is no figure a summary gives", []model.Claim{qty("a.txt", 0, 11, summary, func(c *model.Claim) { c.Context = model.MakeWords("blast") }),
			qty("a.txt", 100, 15, version(model.EquivalentVersion))}, nil},
		{"a summary place within the body's, which its sentence names", []model.Claim{
			wed(date("a.txt", 0, 1945, 8, 0, "leeds", "wed"), "leeds", true, "Leeds"),
			wed(date("a.txt", 100, 1943, 8, 21, "armley", "chapel", "leeds", "married"), "armley", false, "Armley", "Leeds")},
			[]model.Kind{model.SummaryVsBody}},
		{"a summary place the article counts nothing else in", []model.Claim{
			qty("a.txt", 0, 65, summary, measure("carry"), place("himachal pradesh")), qty("a.txt", 100, 56, measure("carry"), place("chamba"))},
			[]model.Kind{model.SummaryVsBody}},
		{"a bound of money in the body holds no summary fee", []model.Claim{
			qty("a.txt", 0, 86e6, summary, amount("money"), measure("cost")),
			qty("a.txt", 100, 25e6, amount("money"), measure("cost"), hedged("at least", 25e6, math.Inf(1))),
			qty("a.txt", 200, 68e6, amount("money"), measure("cost"))}, []model.Kind{model.SummaryVsBody}},
		{"a body figure within the summary's bound restates nothing", []model.Claim{
			qty("a.txt", 0, 21, summary, hedged("at least", 21, math.Inf(1)), func(c *model.Claim) { c.Context = model.MakeWords("blast", "dead", "plant") }),
			qty("a.txt", 100, 42, measure("injure"), func(c *model.Claim) { c.Context = model.MakeWords("blast", "injured", "plant") }),
			qty("a.txt", 200, 19, hedged("at least", 19, math.Inf(1)))}, []model.Kind{model.SummaryVsBody}},
		{"a thing's worth each is not the haul's", []model.Claim{
			qty("a.txt", 0, 320000, summary, amount("money"), measure("cost")),
			qty("a.txt", 100, 3000, amount("money"), measure("cost"), version(model.EachVersion), func(c *model.Claim) { c.Value.Hi = 18000 })}, nil},
		{"a summary place the body dates on its own", []model.Claim{
			wed(date("a.txt", 0, 1945, 8, 0, "leeds", "wed"), "leeds", true, "Leeds"),
			wed(date("a.txt", 100, 1943, 8, 21, "armley", "chapel", "married"), "armley", false, "Armley"),
			wed(date("a.txt", 200, 1945, 8, 0, "leeds", "wed", "son"), "leeds", false, "Leeds")}, nil},
		{"a summary place the body dates nothing in, nor names in the sentence", []model.Claim{
			wed(date("a.txt", 0, 1945, 8, 0, "leeds", "wed"), "leeds", true, "Leeds"),
			wed(date("a.txt", 100, 1943, 8, 21, "armley", "chapel", "married"), "armley", false, "Armley")}, []model.Kind{model.SummaryVsBody}},
		{"a precise figure its body states of another thing", []model.Claim{
			qty("a.txt", 0, 214000, summary, measure(""), hedged("more than", 214000, math.Inf(1)), func(c *model.Claim) { c.Subject, c.Context = "home", model.MakeWords("home", "lost", "power") }),
			qty("a.txt", 100, 214000, measure(""), hedged("more than", 214000, math.Inf(1)), func(c *model.Claim) { c.Subject, c.Context = "customer", model.MakeWords("customer", "electricity") }),
			qty("a.txt", 200, 2, measure(""), func(c *model.Claim) { c.Subject, c.Context = "home", model.MakeWords("home", "moved", "resident") })}, nil},
		{"a round figure its body states of another thing", []model.Claim{
			qty("a.txt", 0, 5000, summary, measure(""), func(c *model.Claim) { c.Subject, c.Context = "home", model.MakeWords("home", "lost", "power") }),
			qty("a.txt", 100, 5000, measure(""), func(c *model.Claim) { c.Subject, c.Context = "customer", model.MakeWords("customer", "electricity") }),
			qty("a.txt", 200, 3000, measure(""), func(c *model.Claim) { c.Subject, c.Context = "home", model.MakeWords("home", "lost", "power") })},
			[]model.Kind{model.SummaryVsBody}},
		{"a summary sentence that echoes a body sentence", []model.Claim{
			qty("a.txt", 0, 5, summary, measure(""), sentenceAt(0), func(c *model.Claim) { c.Subject, c.Context = "bidder", model.MakeWords("auction", "bidder", "compete") }),
			qty("a.txt", 20, 14, summary, measure(""), sentenceAt(0), func(c *model.Claim) { c.Subject, c.Value.Kind, c.Value.Unit = "", model.Duration, "minute" }),
			qty("a.txt", 100, 5, measure(""), sentenceAt(100), func(c *model.Claim) { c.Subject, c.Context = "buyer", model.MakeWords("buyer", "prospective", "war") }),
			qty("a.txt", 130, 14, measure(""), sentenceAt(100), func(c *model.Claim) { c.Subject, c.Value.Kind, c.Value.Unit = "", model.Duration, "minute" }),
			qty("a.txt", 200, 3, measure(""), sentenceAt(200), func(c *model.Claim) { c.Subject, c.Context = "bidder", model.MakeWords("auction", "bidder", "compete") })}, nil},
		{"summary count the body gives only as a share", []model.Claim{qty("a.txt", 0, 11, summary, func(c *model.Claim) { c.Context = model.MakeWords("blast") }),
			qty("a.txt", 50, 11, percent, measure("")), qty("a.txt", 100, 15)}, []model.Kind{model.SummaryVsBody}},
		{"a summary count its body gives as a rank", []model.Claim{
			qty("a.txt", 0, 9, summary, measure(""), period("total"), func(c *model.Claim) { c.Subject, c.Context = "bite", model.MakeWords("bite", "county", "record") }),
			qty("a.txt", 100, 9, measure(""), period("total"), func(c *model.Claim) {
				c.Subject, c.Value, c.Context = "shark", model.Point(model.Ordinal, 9), model.MakeWords("bite", "county", "report", "shark")
			}),
			qty("a.txt", 200, 1, measure(""), func(c *model.Claim) {
				c.Subject, c.Context = "bite", model.MakeWords("bite", "realize", "swim", "take")
			})}, nil},
		{"a summary count its body ranks in another window", []model.Claim{
			qty("a.txt", 0, 9, summary, measure(""), period("total"), func(c *model.Claim) { c.Subject, c.Context = "bite", model.MakeWords("bite", "county", "record") }),
			qty("a.txt", 100, 9, measure(""), period("year"), func(c *model.Claim) {
				c.Subject, c.Value, c.Context = "shark", model.Point(model.Ordinal, 9), model.MakeWords("bite", "county", "report", "shark")
			}),
			qty("a.txt", 200, 1, measure(""), period("total"), func(c *model.Claim) { c.Subject, c.Context = "bite", model.MakeWords("bite", "county", "record") })},
			[]model.Kind{model.SummaryVsBody}},
		{"a summary count of points its body gives as percentage points", pollMargin(3.8), nil},
		{"a summary count of points its body does not give", pollMargin(4.8), []model.Kind{model.SummaryVsBody}},
		{"summary figure its body states of another noun", []model.Claim{
			qty("a.txt", 0, 3, summary, func(c *model.Claim) { c.Context = model.MakeWords("avalanche", "kill", "three") }),
			qty("a.txt", 100, 3, func(c *model.Claim) { c.Subject, c.Context = "skier", model.MakeWords("bury", "kill", "skier") }),
			qty("a.txt", 200, 7, measure(""), version("part"), func(c *model.Claim) { c.Context = model.MakeWords("hospital", "seven") }),
			qty("a.txt", 300, 6, version("earlier event"), func(c *model.Claim) { c.Context = model.MakeWords("feldmoos", "kill", "slide") })}, nil},
		{"summary figure against a body figure that names neither its thing nor its measure", []model.Claim{
			qty("a.txt", 0, 14, summary, target("dorin maskell"), func(c *model.Claim) {
				c.Subject, c.Measure, c.Context = "prison term", "sentence", model.MakeWords("founder", "sentence")
			}),
			qty("a.txt", 100, 8, target("lessa brandt"), func(c *model.Claim) {
				c.Subject, c.Measure, c.Context = "prison term", "sentence", model.MakeWords("brandt", "officer")
			}),
			qty("a.txt", 200, 6, func(c *model.Claim) { c.Subject, c.Measure, c.Context = "", "", model.MakeWords("trial", "week") })}, nil},
		{"summary figure of another measure", []model.Claim{qty("a.txt", 0, 11, summary, measure("rescue"), func(c *model.Claim) { c.Context = model.MakeWords("rescue") }), qty("a.txt", 100, 15)}, nil},
		{"summary figure of a thing the body does not count", []model.Claim{qty("a.txt", 0, 11, summary, func(c *model.Claim) { c.Subject, c.Context = "boats", model.MakeWords("boat", "harbour") }), qty("a.txt", 100, 15)}, nil},
		{"horizons of one commitment", []model.Claim{horizon("a.txt", "next 2 years", 0, "cost", "military", "need", "next", "two", "ukraine", "year"),
			horizon("b.txt", "", 2026, "budgetary", "cost", "massive", "military", "requirement", "ukraine")}, []model.Kind{model.DateMismatch}},
		{"horizons of different things", []model.Claim{horizon("a.txt", "next 2 years", 0, "cost", "military", "need", "next", "two", "ukraine", "year"),
			horizon("b.txt", "", 2026, "ceasefire", "election", "hold", "ukraine")}, nil},
		{"a summary ranks a thing otherwise than its body", []model.Claim{rank("a.txt", 0, 2, "division", summary), rank("a.txt", 100, 1, "division")}, []model.Kind{model.SummaryVsBody}},
		{"a summary rank its body states", []model.Claim{rank("a.txt", 0, 2, "division", summary), rank("a.txt", 100, 1, "division"), rank("a.txt", 200, 2, "division")}, nil},
		{"ranks of different things", []model.Claim{rank("a.txt", 0, 2, "division", summary), rank("a.txt", 100, 1, "half")}, nil},
		{"ranks are not compared across sources", []model.Claim{rank("a.txt", 0, 2, "goal"), rank("b.txt", 0, 1, "goal")}, nil},
		{"two lengths of one event", []model.Claim{lasting("a.txt", 30, names("marnia")), lasting("b.txt", 45, names("marnia", "tolvar"))}, []model.Kind{model.QuantityMismatch}},
		{"lengths of events the sentences do not share", []model.Claim{lasting("a.txt", 60, names("velda")), lasting("b.txt", 45, names("marnia"))}, nil},
		// Claims naming no entity meet through their articles' anchors; here, a target.
		{"lengths in sentences that name no one", []model.Claim{lasting("a.txt", 30, target("marnia")), lasting("b.txt", 45, target("marnia"))}, []model.Kind{model.QuantityMismatch}},
		{"a length in a sentence naming a place against one naming none", []model.Claim{lasting("a.txt", 30, names("osk"), target("marnia")), lasting("b.txt", 45, target("marnia"))}, nil},
		{"an outage in a sentence naming a place against one naming none", []model.Claim{
			lasting("a.txt", 9, names("dremmel"), target("kestrania"), subject(model.Outage)), lasting("b.txt", 14, target("kestrania"), subject(model.Outage))}, []model.Kind{model.QuantityMismatch}},
		{"outages in sentences naming other places", []model.Claim{
			lasting("a.txt", 9, names("dremmel"), target("kestrania"), subject(model.Outage)), lasting("b.txt", 14, names("talvik"), target("kestrania"), subject(model.Outage))}, nil},
		{"times one act took, in a sentence naming a title's service against one naming none", []model.Claim{
			lasting("a.txt", 14, names("fire"), target("kessvik"), subject(model.TimeTo+"clear")), lasting("b.txt", 22, target("kessvik"), subject(model.TimeTo+"clear"))}, []model.Kind{model.QuantityMismatch}},
		{"times two acts took", []model.Claim{
			lasting("a.txt", 14, names("fire"), target("kessvik"), subject(model.TimeTo+"clear")), lasting("b.txt", 22, target("kessvik"), subject(model.TimeTo+"reach"))}, nil},
		{"times one act took, in sentences naming other places", []model.Claim{
			lasting("a.txt", 14, names("dremmel"), target("kessvik"), subject(model.TimeTo+"clear")), lasting("b.txt", 22, names("talvik"), target("kessvik"), subject(model.TimeTo+"clear"))}, nil},
		{"two ages of one person", []model.Claim{aged("a.txt", 29, "mira tollen"), aged("b.txt", 31, "mira tollen")}, []model.Kind{model.QuantityMismatch}},
		{"ages of people no report names", []model.Claim{aged("a.txt", 20, ""), aged("b.txt", 19, "")}, nil},
		{"an age of nobody named against a named one", []model.Claim{aged("a.txt", 20, ""), aged("b.txt", 29, "mira tollen")}, nil},
		{"a summary age its body gives otherwise, nobody named", []model.Claim{inSummary(aged("a.txt", 20, "")), func() model.Claim { c := aged("a.txt", 29, ""); c.ID += "b"; c.Span.Start.Offset = 300; return c }()}, []model.Kind{model.SummaryVsBody}},
		{"figures with nothing else in common", []model.Claim{
			qty("a.txt", 0, 3, measure("win"), func(c *model.Claim) {
				c.Subject, c.Context = "win", model.MakeWords("consecutive", "league", "recorded", "win")
			}),
			qty("b.txt", 0, 2, measure("win"), func(c *model.Claim) {
				c.Subject, c.Context = "win", model.MakeWords("eked", "goal", "peru", "single", "soil", "spanish", "usa", "win")
			})}, nil},
		{"figures that share a place and hardly a word", []model.Claim{
			qty("a.txt", 0, 3, measure("win"), place("osk"), func(c *model.Claim) {
				c.Subject, c.Context = "win", model.MakeWords("consecutive", "league", "recorded", "win")
			}),
			qty("b.txt", 0, 2, measure("win"), place("osk"), func(c *model.Claim) {
				c.Subject, c.Context = "win", model.MakeWords("eked", "goal", "peru", "single", "soil", "spanish", "usa", "win")
			})}, []model.Kind{model.QuantityMismatch}},
		{"a past year's figure against one of no window", []model.Claim{qty("a.txt", 0, 120, period("2019")), qty("b.txt", 0, 15)}, nil},
		{"a window from the start against none", []model.Claim{qty("a.txt", 0, 4100), qty("b.txt", 0, 8200, period("first 2 days"))}, nil},
		{"two windows from the start", []model.Claim{qty("a.txt", 0, 4100, period("first day")), qty("b.txt", 0, 8200, period("first 2 days"))}, nil},
		{"a window up to now against a count since a date", []model.Claim{qty("a.txt", 0, 8, period("past 2 weeks")), qty("b.txt", 0, 23, period("since august 1"))}, nil},
		{"a window up to now against none", []model.Claim{qty("a.txt", 0, 8, period("past 2 weeks")), qty("b.txt", 0, 23)}, nil},
		{"one window from the start", []model.Claim{qty("a.txt", 0, 4100, period("first day")), qty("b.txt", 0, 4700, period("first day"))}, []model.Kind{model.QuantityMismatch}},
		{"two figures of one past year", []model.Claim{qty("a.txt", 0, 120, period("2019")), qty("b.txt", 0, 150, period("2019"))}, []model.Kind{model.QuantityMismatch}},
		{"former against sitting", []model.Claim{role("a.txt", 0, "Ilsa Marn", "president", "former"), role("b.txt", 0, "Ilsa Marn", "president", "")}, []model.Kind{model.RoleConflict}},
		{"president-elect against sitting", []model.Claim{elect(role("a.txt", 0, "Ilsa Marn", "president", "elect")), role("b.txt", 0, "Ilsa Marn", "president", "")}, []model.Kind{model.RoleConflict}},
		{"president-elect twice", []model.Claim{elect(role("a.txt", 0, "Ilsa Marn", "president", "elect")), elect(role("b.txt", 0, "Ilsa Marn", "president", "elect"))}, nil},
		{"two roles at once", []model.Claim{role("a.txt", 0, "Ilsa Marn", "president", ""), role("b.txt", 0, "Ilsa Marn", "envoy", "")}, nil},
		{"same role, same state", []model.Claim{role("a.txt", 0, "Ilsa Marn", "president", "former"), role("b.txt", 0, "Ilsa Marn", "president", "former")}, nil},
		{"another person's title", []model.Claim{role("a.txt", 0, "Ilsa Marn", "president", "former"), role("b.txt", 0, "Ilse Marn", "president", "")}, nil},
		{"the minister against the minister's deputy", []model.Claim{role("a.txt", 0, "Teodor Vask", "minister", ""), role("b.txt", 0, "Teodor Vask", "deputy minister", "")}, []model.Kind{model.RoleConflict}},
		{"a former deputy may be the minister now", []model.Claim{role("a.txt", 0, "Teodor Vask", "minister", ""), role("b.txt", 0, "Teodor Vask", "deputy minister", "former")}, nil},
		{"two offices of one company", []model.Claim{role("a.txt", 0, "Dario Menk", "chief executive", ""), role("b.txt", 0, "Dario Menk", "chief operating officer", "")}, []model.Kind{model.RoleConflict}},
		{"a security chief and a technology chief", []model.Claim{role("a.txt", 0, "Dalia Vorsk", "chief information security officer", ""), role("b.txt", 0, "Dalia Vorsk", "chief technology officer", "")}, []model.Kind{model.RoleConflict}},
		{"offices of a body and its initials", []model.Claim{roleOf(role("a.txt", 0, "Dario Menk", "chief executive", ""), "kans"), roleOf(role("b.txt", 0, "Dario Menk", "chief operating officer", ""), "kessaly air navigation services")}, []model.Kind{model.RoleConflict}},
		{"offices of two bodies", []model.Claim{roleOf(role("a.txt", 0, "Dario Menk", "chief executive", ""), "kans"), roleOf(role("b.txt", 0, "Dario Menk", "chief operating officer", ""), "veltrano airport authority")}, nil},
		{"a former office against another", []model.Claim{role("a.txt", 0, "Dario Menk", "chief executive", ""), role("b.txt", 0, "Dario Menk", "chief financial officer", "former")}, nil},
		{"a vice president and the president", []model.Claim{role("a.txt", 0, "Aldric Somm", "president", ""), role("b.txt", 0, "Aldric Somm", "vice president", "")}, []model.Kind{model.RoleConflict}},
		{"a former vice president now president", []model.Claim{role("a.txt", 0, "Aldric Somm", "president", ""), role("b.txt", 0, "Aldric Somm", "vice president", "former")}, nil},
		{"an investment and a risk officer", []model.Claim{role("a.txt", 0, "Marit Dolvan", "chief investment officer", ""), role("b.txt", 0, "Marit Dolvan", "chief risk officer", "")}, []model.Kind{model.RoleConflict}},
		{"a medical and a scientific officer", []model.Claim{role("a.txt", 0, "Ilse Marrow", "chief medical officer", ""), role("b.txt", 0, "Ilse Marrow", "chief scientific officer", "")}, []model.Kind{model.RoleConflict}},
		{"a head may be any officer", []model.Claim{role("a.txt", 0, "Dario Menk", "head", ""), role("b.txt", 0, "Dario Menk", "chief operating officer", "")}, nil},
		{"a former head against the chief executive", []model.Claim{role("a.txt", 0, "Dario Menk", "head", "former"), role("b.txt", 0, "Dario Menk", "chief executive", "")}, []model.Kind{model.RoleConflict}},
		{"an officer and a minister", []model.Claim{role("a.txt", 0, "Dario Menk", "chief executive", ""), role("b.txt", 0, "Dario Menk", "minister", "")}, nil},
		{"two ranks", []model.Claim{role("a.txt", 0, "Ansel Brekke", "commodore", ""), role("b.txt", 0, "Ansel Brekke", "rear admiral", "")}, []model.Kind{model.RoleConflict}},
		{"an assistant's title against the title", []model.Claim{role("a.txt", 0, "Arvid Lenz", "commissioner", ""), role("b.txt", 0, "Arvid Lenz", "assistant commissioner", "")}, []model.Kind{model.RoleConflict}},
		{"an assistant's rank against a deputy's", []model.Claim{role("a.txt", 0, "Mara Voskel", "assistant chief constable", ""), role("b.txt", 0, "Mara Voskel", "deputy chief constable", "")}, []model.Kind{model.RoleConflict}},
		{"a rank of one word said of the ranks after it", []model.Claim{role("a.txt", 0, "Osric Vantha", "general", ""), role("b.txt", 0, "Osric Vantha", "major general", "")}, nil},
		{"a rank of one word against its deputy's", []model.Claim{role("a.txt", 0, "Taddeo Rusk", "inspector", ""), role("b.txt", 0, "Taddeo Rusk", "deputy inspector", "")}, []model.Kind{model.RoleConflict}},
		{"a detective's ranks", []model.Claim{role("a.txt", 0, "Maren Holvik", "superintendent", ""), role("b.txt", 0, "Maren Holvik", "chief inspector", "")}, []model.Kind{model.RoleConflict}},
		{"a former rank against another", []model.Claim{role("a.txt", 0, "Osric Vantha", "colonel", "former"), role("b.txt", 0, "Osric Vantha", "major general", "")}, nil},
		{"a retired officer keeps the rank", []model.Claim{role("a.txt", 0, "Dessa Maruk", "captain", "former"), role("b.txt", 0, "Dessa Maruk", "captain", "")}, nil},
		{"a rank and a role", []model.Claim{role("a.txt", 0, "Emil Haskar", "lieutenant", ""), role("b.txt", 0, "Emil Haskar", "spokesperson", "")}, nil},
		{"a vice rector and the rector", []model.Claim{role("a.txt", 0, "Ilse Marandt", "rector", ""), role("b.txt", 0, "Ilse Marandt", "vice rector", "")}, []model.Kind{model.RoleConflict}},
		{"a deputy of another title", []model.Claim{role("a.txt", 0, "Teodor Vask", "minister", ""), role("b.txt", 0, "Teodor Vask", "deputy mayor", "")}, nil},
		{"a general manager and a director", []model.Claim{role("a.txt", 0, "Tamsin Rolke", "general manager", ""), role("b.txt", 0, "Tamsin Rolke", "operations director", "")}, []model.Kind{model.RoleConflict}},
		{"a plant manager and a director", []model.Claim{role("a.txt", 0, "Irena Dovak", "plant manager", ""), role("b.txt", 0, "Irena Dovak", "operations director", "")}, []model.Kind{model.RoleConflict}},
		{"two directors of a company", []model.Claim{role("a.txt", 0, "Lukas Wendl", "operations director", ""), role("b.txt", 0, "Lukas Wendl", "managing director", "")}, []model.Kind{model.RoleConflict}},
		{"a safety director and an operations director", []model.Claim{role("a.txt", 0, "Marit Solvane", "safety director", ""), role("b.txt", 0, "Marit Solvane", "operations director", "")}, []model.Kind{model.RoleConflict}},
		{"a director said of a safety director", []model.Claim{role("a.txt", 0, "Marit Solvane", "head", ""), role("b.txt", 0, "Marit Solvane", "safety director", "")}, nil},
		{"a director said of a managing director", []model.Claim{role("a.txt", 0, "Lukas Wendl", "head", ""), role("b.txt", 0, "Lukas Wendl", "managing director", "")}, nil},
	}
	opts := DefaultOptions()
	opts.Aggregate = map[string]bool{"week": true, "total": true}
	opts.Reading = func(m string) bool { return m == "magnitude" }
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, kinds(run(t, opts, tt.claims...)))
		})
	}
}

// TestOnePerEvent checks that two articles' shares of a figure an event
// has only one of (a turnout) are compared whatever else their sentences
// name, and other shares only when the sentences name the same.
func TestOnePerEvent(t *testing.T) {
	share := func(subject string, names ...string) func(*model.Claim) {
		return func(c *model.Claim) {
			c.Value.Kind, c.Value.Unit, c.Subject, c.Measure = model.Share, "%", subject, ""
			c.Entities, c.Actor = names, "Valmora" // the city, which the articles share, meets them in a block
			c.Context = model.MakeWords("turnout", "election", subject)
		}
	}
	opts := DefaultOptions()
	opts.OnePerEvent = func(s string) bool { return s == "turnout" }
	tests := []struct {
		name    string
		subject string
		flag    bool
	}{
		{"a turnout", "turnout", true},
		{"another share", "approval", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := run(t, opts, qty("a.txt", 0, 61.2, share(tt.subject, "Marta Oyelen")),
				qty("b.txt", 0, 63.4, share(tt.subject, "Pavel Dorn")))
			assert.Equal(t, tt.flag, len(res.Discrepancies) == 1, "%v", res.Discrepancies)
		})
	}
}

// TestSaidBy checks that a pair credited to different parties is still
// compared, with less confidence and the reason said, unless the two
// credits are two sides of a dispute: then each figure is its side's own
// count.
func TestSaidBy(t *testing.T) {
	by := func(who string) func(*model.Claim) { return func(c *model.Claim) { c.SaidBy = who } }
	same := run(t, DefaultOptions(), qty("a.txt", 0, 31, by("interior ministry")), qty("b.txt", 0, 74, by("interior ministry")))
	other := run(t, DefaultOptions(), qty("a.txt", 0, 31, by("interior ministry")), qty("b.txt", 0, 74, by("regional officials")))
	require.Len(t, same.Discrepancies, 1)
	require.Len(t, other.Discrepancies, 1)
	assert.Less(t, other.Discrepancies[0].Confidence, same.Discrepancies[0].Confidence)
	assert.Contains(t, other.Discrepancies[0].Reasons, "credited to interior ministry vs regional officials")

	parties := DefaultOptions()
	parties.Party = func(w string) bool { return w == "rebel" || w == "organiser" || w == "union" }
	tests := []struct {
		name, a, b string
		flag       bool
	}{
		{"a ministry against rebels", "interior ministry", "rebel commanders", false},
		{"organisers against police", "police", "organisers", false},
		{"two opposing parties", "union", "organisers", false},
		{"the same party reworded", "rebels", "rebel commanders", true},
		{"the same official side reworded", "officials", "regional officials", true},
		{"one side uncredited", "rebel commanders", "", true},
		{"the same credit", "rebel commanders", "rebel commanders", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := run(t, parties, qty("a.txt", 0, 31, by(tt.a)), qty("b.txt", 0, 74, by(tt.b)))
			assert.Equal(t, tt.flag, len(res.Discrepancies) == 1, "%v", res.Discrepancies)
		})
	}
	t.Run("dates credited to two sides", func(t *testing.T) {
		// A dispute's sides count their own figures, not their own days:
		// the union's Monday is the company's Tuesday of one walkout.
		union, company := day("a.txt", 0, 1, "strike", "walk"), day("b.txt", 0, 2, "strike", "walk")
		for _, c := range []*model.Claim{&union, &company} {
			c.Subject, c.Measure, c.Entities = "strike", "strike", []string{"Vardenfell"}
		}
		union.SaidBy, company.SaidBy = "union", "company"
		assert.Equal(t, []model.Kind{model.DateMismatch}, kinds(run(t, parties, union, company)))
	})
	t.Run("a summary's figure its body credits to another side", func(t *testing.T) {
		// "More than 8,500 runners started, organisers say" restates the
		// race director's "more than 8,500": no body figure of another
		// thing contradicts it.
		runners := func(c *model.Claim) { c.Subject, c.Measure = "runner", "" }
		moreThan := func(c *model.Claim) {
			c.Value.Hedge, c.Value.LoOpen, c.Value.Hi = "more than", true, 2*c.Value.Lo
		}
		res := run(t, parties, inSummary(qty("a.txt", 0, 8500, runners, moreThan, by("organisers"))),
			qty("a.txt", 100, 8500, runners, moreThan, by("race director")), qty("a.txt", 200, 59, runners))
		assert.Empty(t, res.Discrepancies)
	})
	t.Run("a near miss with the reason", func(t *testing.T) {
		o := parties
		o.Explain = true
		res := run(t, o, qty("a.txt", 0, 31, by("interior ministry")), qty("b.txt", 0, 74, by("rebel commanders")))
		require.Empty(t, res.Discrepancies)
		require.Len(t, res.NearMisses, 1)
		assert.Contains(t, res.NearMisses[0].Reason, "each side's own count")
	})
}

// TestCounterpart checks that of two conflicting body figures equally
// likely, a finding names the closer one.
func TestCounterpart(t *testing.T) {
	res := run(t, DefaultOptions(), qty("a.txt", 0, 2745000, summary), qty("a.txt", 100, 9047000), qty("a.txt", 200, 2645000))
	require.Len(t, res.Discrepancies, 1)
	assert.Equal(t, 2645000.0, res.Discrepancies[0].Claims[1].Value.Nominal)
}

// TestBoundVouchesForNoFigure checks that a body value that only bounds a
// summary's exact figure ("a ring less than 300 years old" against
// "Grandmother, 87") neither states it nor agrees with it: the summary's
// age still meets the body's other age.
func TestBoundVouchesForNoFigure(t *testing.T) {
	age := func(v float64) func(*model.Claim) {
		return func(c *model.Claim) {
			c.Subject, c.Measure, c.Value = "age", "age", model.Point(model.Age, v)
		}
	}
	under300 := func(c *model.Claim) {
		c.Value.Lo, c.Value.HiOpen, c.Value.Hedge = 0, true, "fewer than"
	}
	words := func(w ...string) func(*model.Claim) {
		return func(c *model.Claim) { c.Context = model.MakeWords(w...) }
	}
	res := run(t, DefaultOptions(),
		qty("a.txt", 0, 0, summary, age(87), words("grandmother", "lose", "band", "pick", "potato")),
		qty("a.txt", 100, 0, age(84), actor("margaret pell"), words("help", "husband", "harvest", "farm", "band", "slip")),
		qty("a.txt", 200, 0, age(300), under300, words("ring", "treasure", "count", "act")))
	require.Len(t, res.Discrepancies, 1)
	assert.Equal(t, 84.0, res.Discrepancies[0].Claims[1].Value.Nominal)
}

// TestMoreOfAMeasureIsAnother checks that within one article a measure
// of more of something ("another 100 millimeters of rain could fall") is
// not the summary's measure of it ("Almost 11 inches of rain fell").
func TestMoreOfAMeasureIsAnother(t *testing.T) {
	rain := func(v float64, unit string) func(*model.Claim) {
		return func(c *model.Claim) {
			c.Subject, c.Measure, c.Value = "rain", "", model.Point(model.Measurement, v)
			c.Value.Unit = unit
		}
	}
	more := func(c *model.Claim) { c.Version = model.Additional }
	assert.Empty(t, kinds(run(t, DefaultOptions(), qty("a.txt", 0, 0, summary, rain(279, "mm")), qty("a.txt", 100, 0, rain(100, "mm"), more))))
	assert.Equal(t, []model.Kind{model.SummaryVsBody}, kinds(run(t, DefaultOptions(), qty("a.txt", 0, 0, summary, rain(279, "mm")), qty("a.txt", 100, 0, rain(100, "mm")))))
}

// TestCounterpartHedgedAlike checks that of two body figures of one
// sentence that restate each other ("£2,757,142 - almost £2.76million"),
// a summary's hedged figure is set against the one hedged as it is, even
// when the other lies a little closer.
func TestCounterpartHedgedAlike(t *testing.T) {
	almost := func(c *model.Claim) {
		c.Value.Hedge, c.Value.HiOpen, c.Value.Lo = "almost", true, c.Value.Nominal*0.95
	}
	sentence := func(c *model.Claim) {
		c.Sentence = model.Range{Start: model.Pos{Offset: 90}, End: model.Pos{Offset: 300}}
	}
	res := run(t, DefaultOptions(),
		qty("a.txt", 0, 2670000, summary, almost),
		qty("a.txt", 100, 2757142, sentence),
		qty("a.txt", 200, 2760000, almost, sentence))
	require.Len(t, res.Discrepancies, 1)
	assert.Equal(t, 2760000.0, res.Discrepancies[0].Claims[1].Value.Nominal)
}

// TestCounterpartBothCertain checks that of two body statements of one
// figure, both certain counterparts of a summary figure, the finding names
// the one whose sentence shares more words with the summary's.
func TestCounterpartBothCertain(t *testing.T) {
	words := func(w ...string) func(*model.Claim) {
		return func(c *model.Claim) { c.Context = model.MakeWords(w...) }
	}
	res := run(t, DefaultOptions(),
		qty("a.txt", 0, 37, summary, words("outbreak", "case", "england", "wales")),
		qty("a.txt", 100, 31, words("case", "england", "wales", "woman", "agency")),
		qty("a.txt", 900, 31, words("outbreak", "case", "england", "wales", "ill", "strain")))
	require.Len(t, res.Discrepancies, 1)
	assert.Equal(t, int32(900), res.Discrepancies[0].Claims[1].Span.Start.Offset)
}

// TestCounterpartByGap checks that of several body figures a summary
// figure conflicts with, the finding names the likelier counterpart: a
// figure a little off the summary's before one that shares a few more
// words but lies far from it; and the lookalike, a far figure whose
// sentence is much closer in wording, still wins.
func TestCounterpartByGap(t *testing.T) {
	words := func(w ...string) func(*model.Claim) {
		return func(c *model.Claim) { c.Context = model.MakeWords(w...) }
	}
	tests := []struct {
		name string
		near []string // context of the body's figure 9
		want float64
	}{
		{"a close figure with fewer shared words", []string{"campaign", "charity", "hour", "wage", "london", "adoption", "living"}, 9},
		{"a far figure with far more shared words", []string{"campaign", "charity", "london"}, 6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := run(t, DefaultOptions(),
				qty("a.txt", 0, 12, summary, words("benefit", "claim", "hour", "reduce", "wage", "roll", "out")),
				qty("a.txt", 100, 6, words("hour", "minimum", "wage", "october", "roll", "out")),
				qty("a.txt", 200, 9, words(tt.near...)))
			require.Len(t, res.Discrepancies, 1)
			assert.Equal(t, tt.want, res.Discrepancies[0].Claims[1].Value.Nominal)
		})
	}
}

// event sets the event a date claim dates.
func event(c model.Claim, ev string) model.Claim {
	c.Subject, c.Measure = ev, ev
	return c
}

// TestCounterpartNearFigures checks the ties between body figures about
// as near a summary figure the body never states: the one of the same
// measure, then the one likelier before the floor raised both, then the
// one whose sentence shares more words; a figure much nearer still wins.
func TestCounterpartNearFigures(t *testing.T) {
	text := func(s string) func(*model.Claim) { return func(c *model.Claim) { c.Text = s } }
	noContext := func(c *model.Claim) { c.Context = "" }
	words := func(w ...string) func(*model.Claim) {
		return func(c *model.Claim) { c.Context = model.MakeWords(w...) }
	}
	tests := []struct {
		name   string
		claims []model.Claim
		want   float64
	}{
		{"the sentence that shares more words", []model.Claim{
			inSummary(qty("a.txt", 0, 74, noContext, text("Passenger, 74, says she spent three days confined to her cabin"))),
			qty("a.txt", 100, 73, noContext, text("Her husband, Frank, 73, escaped the illness.")),
			qty("a.txt", 200, 71, noContext, text("Margaret Dunleavy, 71, said she was ordered to stay in her cabin for three days.")),
		}, 71},
		{"a much nearer figure whatever the words", []model.Claim{
			inSummary(qty("a.txt", 0, 74, noContext, text("Passenger, 74, says she spent three days confined to her cabin"))),
			qty("a.txt", 100, 73, noContext, text("Her husband, Frank, 73, escaped the illness.")),
			qty("a.txt", 200, 61, noContext, text("Margaret Dunleavy, 61, said she was ordered to stay in her cabin for three days.")),
		}, 73},
		{"the figure of the same measure", []model.Claim{
			inSummary(qty("a.txt", 0, 16.7, measure("cost"), words("roadster", "fetch", "record", "sale"))),
			qty("a.txt", 100, 18.7, measure("cost"), words("roadster", "sell", "auction")),
			qty("a.txt", 200, 14.3, measure(""), words("previous", "record", "sale", "roadster")),
		}, 18.7},
		{"the nearer date: years, not half a century", []model.Claim{
			inSummary(event(date("a.txt", 0, 1976, 8, 0, "climber", "glacier"), "missing")),
			event(date("a.txt", 100, 1925, 0, 0, "climber", "glacier", "mountain"), "missing"),
			event(date("a.txt", 200, 1979, 8, 14, "hut", "left"), "missing"),
		}, 1979},
		{"the likelier before the floor: no other event", []model.Claim{
			inSummary(event(date("a.txt", 0, 2010, 0, 0, "leg", "bomb"), "strike")),
			event(date("a.txt", 100, 2000, 0, 0, "tulsa", "grew"), "enlist"),
			date("a.txt", 200, 2011, 8, 0, "device", "patrol"),
		}, 2011},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := run(t, DefaultOptions(), tt.claims...)
			require.Len(t, res.Discrepancies, 1)
			got := res.Discrepancies[0].Claims[1].Value
			if got.Kind.IsTemporal() {
				assert.Equal(t, tt.want, float64(got.Date.Year))
				return
			}
			assert.Equal(t, tt.want, got.Nominal)
		})
	}
}

// TestPreciseFigureStated checks that a summary amount its body gives to
// the unit, whatever each side's verb or thing and whether the body says
// "a total of", is stated: no other body amount contradicts it.
func TestPreciseFigureStated(t *testing.T) {
	money := func(thing, measure, hedge string, words ...string) func(*model.Claim) {
		return func(c *model.Claim) {
			c.Value.Kind, c.Value.Unit, c.Value.Hedge, c.Subject, c.Measure = model.Amount, "GBP", hedge, thing, measure
			c.Context = model.MakeWords(words...)
		}
	}
	tests := []struct {
		name string
		v    float64
		flag bool
	}{
		{"a precise figure", 127000, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := run(t, DefaultOptions(),
				inSummary(qty("a.txt", 0, tt.v, money("loss", "", "", "widow", "life", "saving", "fraudster"))),
				qty("a.txt", 100, tt.v, money("money", "cost", "exactly", "courier", "door", "occasion", "cash")),
				qty("a.txt", 200, 31000, money("money", "", "", "cashier", "conservatory", "cash")),
				qty("a.txt", 300, 1.9e6, money("loss", "", "", "county", "courier", "target")))
			assert.Equal(t, tt.flag, len(res.Discrepancies) > 0, "%v", res.Discrepancies)
		})
	}
}

// TestSharedWords checks the words two clauses share: of four letters or
// more, a plural's "s" aside, and no function word.
func TestSharedWords(t *testing.T) {
	stop := func(w string) bool { return w == "that" || w == "they" || w == "said" }
	tests := []struct {
		name string
		a, b string
		stop func(string) bool
		want int
	}{
		{"content words, plurals as singulars", "spent three days confined to her cabin", "stay in her cabins for three days", nil, 3},
		{"function words left out", "They said that the fire was out", "They said that it rained", stop, 0},
		{"function words counted with no list", "They said that the fire was out", "They said that it rained", nil, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, sharedWords(tt.a, tt.b, tt.stop))
		})
	}
}

// TestClauseText checks that the words a counterpart's sentence shares
// are read from the clause of the claim, between semicolons.
func TestClauseText(t *testing.T) {
	const text = "Disqualification starts Monday; Kilpatrick says he will appeal"
	tests := []struct {
		name  string
		quote string
		want  string
	}{
		{"the first clause", "Monday", "Disqualification starts Monday"},
		{"the last clause", "appeal", " Kilpatrick says he will appeal"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			at := int32(strings.Index(text, tt.quote))
			c := model.Claim{Text: text, Span: model.Span{Start: model.Pos{Offset: 100 + at}},
				Sentence: model.Range{Start: model.Pos{Offset: 100, Line: 1}, End: model.Pos{Offset: 100 + int32(len(text)), Line: 1}}}
			assert.Equal(t, tt.want, clauseText(&c))
		})
	}
}

// TestCounterpartByClause checks that the last tie between body dates is
// broken by the words of the summary's own clause: "Disqualification
// starts Monday; Kilpatrick says he will appeal" is set against "His
// disqualification takes effect from midnight on Friday", not against
// the sentence that names Kilpatrick and his appeal.
func TestCounterpartByClause(t *testing.T) {
	sentence := func(text, quote string) func(*model.Claim) {
		return func(c *model.Claim) {
			at := int32(strings.Index(text, quote))
			c.Text, c.Sentence = text, model.Range{Start: model.Pos{Offset: c.Span.Start.Offset - at, Line: 1}, End: model.Pos{Offset: c.Span.Start.Offset - at + int32(len(text)), Line: 1}}
		}
	}
	at := func(c model.Claim, opts ...func(*model.Claim)) model.Claim {
		for _, o := range opts {
			o(&c)
		}
		return c
	}
	res := run(t, DefaultOptions(),
		inSummary(at(day("a.txt", 40, 1, "disqualification", "start"), sentence("Disqualification starts Monday; Kilpatrick says he will appeal", "Monday"))),
		at(day("a.txt", 100, 2, "board", "hearing"), sentence("Darren Kilpatrick was found guilty on Tuesday and said he would appeal.", "Tuesday")),
		at(day("a.txt", 300, 5, "midnight", "horses"), sentence("His disqualification takes effect from midnight on Friday.", "Friday")))
	require.Len(t, res.Discrepancies, 1)
	assert.Equal(t, int8(5), res.Discrepancies[0].Claims[1].Value.Date.Weekday)
}

// TestHorizonsConflict checks that two horizons on the calendar, which
// resolve to the last day of what each states, conflict only when the
// fields both state differ: "until 2021" is "until November 2021", not
// "until 2022" nor "until March 2021" against "until November 2021".
func TestHorizonsConflict(t *testing.T) {
	until := func(y, m int) model.Value {
		c := date("a.txt", 0, y, m, 0)
		c.Value.Date.Horizon = true
		c.Value.Lo = c.Value.Hi // the last day, as the extractor resolves a horizon
		return c.Value
	}
	tests := []struct {
		name     string
		a, b     model.Value
		conflict bool
	}{
		{"a year and a month of it", until(2021, 0), until(2021, 11), false},
		{"two years", until(2021, 0), until(2022, 0), true},
		{"two months of a year", until(2021, 3), until(2021, 11), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.conflict, datesConflict(tt.a, tt.b))
		})
	}
}

// TestPeopleInGeneral checks that a summary's count of people is set
// against its body's count of some of them by the same measure; and a
// summary's count of some against its body's people only when the body
// gives the summary's figure nowhere and its count of people is no part.
func TestPeopleInGeneral(t *testing.T) {
	admitted := func(thing string, words ...string) func(*model.Claim) {
		return func(c *model.Claim) {
			c.Subject, c.Measure = thing, "hospitalize"
			c.Context = model.MakeWords(words...)
		}
	}
	tests := []struct {
		name          string
		summary, body string
		version       string        // the body count's version, of 30 rather than 11
		also          []model.Claim // more of the body's claims
		flag          bool
	}{
		{"people in a summary, guests in its body", "people", "guest", "", nil, true},
		{"guests in a summary, people in a body that counts no guests", "guest", "people", "", nil, true},
		{"guests in a summary, people in a body that gives the summary's figure elsewhere", "guest", "people", "",
			[]model.Claim{qty("a.txt", 200, 14, measure(""), func(c *model.Claim) { c.Subject = "crew" })}, false},
		{"guests in a summary, the other people in its body", "guest", "people", "part", nil, false},
		{"nurses in a summary, members in its body", "nurse", "member", "", nil, true},
		{"members in a summary, nurses in its body", "member", "nurse", "", nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := qty("a.txt", 100, 11, admitted(tt.body, "admit", "hospital", "cramp", "fever", "ward", "guest"))
			if tt.version != "" {
				// "the other 30 people were admitted to hospital": more
				// than the summary's 14, so no part too small to hold them
				body.Version, body.Value = tt.version, model.Point(model.Count, 30)
				body.Context = model.MakeWords("admit", "hospital", "other", "cramp")
			}
			claims := append([]model.Claim{inSummary(qty("a.txt", 0, 14, admitted(tt.summary, "admit", "hospital", "grandmother"))), body}, tt.also...)
			res := run(t, DefaultOptions(), claims...)
			n := 0
			for _, d := range res.Discrepancies {
				if d.Claims[1].Span == body.Span || d.Claims[0].Span == body.Span {
					n++
				}
			}
			assert.Equal(t, tt.flag, n == 1, "%v", res.Discrepancies)
		})
	}
}

// TestDigitsSwappedInSummary checks that a summary figure of the body's
// thing written with two of the body figure's digits swapped ("About 430
// passengers were stranded" for "About 340 passengers were trapped") is
// flagged though their clauses share few words, and that figures of
// other digits so far apart in words are not.
func TestDigitsSwappedInSummary(t *testing.T) {
	tests := []struct {
		name          string
		summary, body float64
		flag          bool
	}{
		{"two digits swapped", 430, 340, true},
		{"other digits", 430, 310, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := qty("a.txt", 100, tt.body, func(c *model.Claim) {
				c.Subject, c.Measure = "passenger", "trap"
				c.Context = model.MakeWords("passenger", "trap", "train", "hour", "tuesday", "night", "rain", "water", "tunnel", "transit", "official")
			})
			summary := inSummary(qty("a.txt", 0, tt.summary, func(c *model.Claim) {
				c.Subject, c.Measure = "passenger", ""
				c.Context = model.MakeWords("passenger", "strand", "flood", "subway", "line", "city", "station", "storm", "evening", "commuter")
			}))
			res := run(t, DefaultOptions(), summary, body)
			assert.Equal(t, tt.flag, len(res.Discrepancies) == 1, "%v", res.Discrepancies)
		})
	}
}

// TestEarlierFigureElsewhere checks that a figure another article gives as
// the one a change started from ("rose to seven, up from five earlier in
// the day") is not set against that article's newer figure.
func TestEarlierFigureElsewhere(t *testing.T) {
	version := func(v string) func(*model.Claim) { return func(c *model.Claim) { c.Version = v } }
	seven := qty("a.txt", 0, 7, version("update"))
	five := qty("a.txt", 50, 5, version("initial"))
	other := qty("b.txt", 0, 5)
	opts := DefaultOptions()
	claims := map[string][]model.Claim{"a.txt": {seven, five}, "b.txt": {other}}
	opts.Claims = func(src string) []model.Claim { return claims[src] }
	assert.Empty(t, run(t, opts, seven, five, other).Discrepancies)

	claims["a.txt"] = []model.Claim{seven}
	assert.Len(t, run(t, opts, seven, other).Discrepancies, 1, "with no earlier figure, the two disagree")
}

// TestOnlyFigure checks when a body's initial figure is the one its
// summary restates: when nothing in the body replaces it, neither a later
// figure of the same thing nor the summary's own figure said of another.
func TestOnlyFigure(t *testing.T) {
	version := func(v string) func(*model.Claim) { return func(c *model.Claim) { c.Version = v } }
	sum := qty("a.txt", 0, 65, summary)
	initial := qty("a.txt", 50, 62, version("initial"))
	tests := []struct {
		name string
		body []model.Claim
		want bool
	}{
		{"the body's only figure", []model.Claim{initial}, true},
		{"a later figure of the same thing", []model.Claim{initial, qty("a.txt", 100, 70)}, false},
		{"a figure of another place", []model.Claim{initial, qty("a.txt", 100, 70, place("osk"))}, true},
		{"the summary's figure, of another thing", []model.Claim{initial, qty("a.txt", 100, 65, subject("building"))}, false},
		{"the summary's own figure restated", []model.Claim{initial, qty("a.txt", 100, 65, summary)}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			all := append([]model.Claim{sum}, tt.body...)
			claims := func(string) []model.Claim { return all }
			assert.Equal(t, tt.want, onlyFigure(&initial, &sum, claims))
		})
	}
	assert.False(t, onlyFigure(&initial, &sum, nil), "with no claims, nothing is known")
}

// TestOnlyWindowed checks when a summary that states no window restates
// the body's figure for one: when the body gives no other figure of the
// thing and measure in any window, nor the summary's figure, and both
// figures say what was done.
func TestOnlyWindowed(t *testing.T) {
	voted := func(c *model.Claim) { c.Measure, c.Value = "vote", model.Point(model.Share, c.Value.Nominal) }
	sum := qty("a.txt", 0, 78, summary, voted)
	ballot := qty("a.txt", 50, 87, voted, period("month"))
	tests := []struct {
		name string
		sum  model.Claim
		body []model.Claim
		want bool
	}{
		{"the body's only figure", sum, []model.Claim{ballot}, true},
		{"another figure of the thing", sum, []model.Claim{ballot, qty("a.txt", 100, 73, voted)}, false},
		{"another figure of it in another window", sum, []model.Claim{ballot, qty("a.txt", 100, 41, voted, period("winter"))}, false},
		{"the summary's figure, of another thing", sum, []model.Claim{ballot, qty("a.txt", 100, 78, voted, subject("building"))}, false},
		{"a bare share says nothing done", qty("a.txt", 0, 78, summary, voted, measure("")), []model.Claim{qty("a.txt", 50, 87, voted, measure(""), period("month"))}, false},
		{"a count sums over its window", qty("a.txt", 0, 78, summary), []model.Claim{qty("a.txt", 50, 87, period("week"))}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			all := append([]model.Claim{tt.sum}, tt.body...)
			claims := func(string) []model.Claim { return all }
			assert.Equal(t, tt.want, onlyWindowed(&tt.body[0], &tt.sum, claims))
		})
	}
	assert.False(t, onlyWindowed(&ballot, &sum, nil), "with no claims, nothing is known")
	claims := map[string][]model.Claim{"a.txt": {sum, ballot}}
	opts := DefaultOptions()
	opts.Claims = func(src string) []model.Claim { return claims[src] }
	assert.Len(t, run(t, opts, sum, ballot).Discrepancies, 1, "the summary drops the ballot's window")
}

// TestCounterpartAtFloor checks that when a summary value the body never
// states conflicts with several body values, all raised to the same
// confidence, the finding names the one whose sentence shares most words.
func TestCounterpartAtFloor(t *testing.T) {
	res := run(t, DefaultOptions(),
		inSummary(date("a.txt", 0, 2018, 0, 0, "college", "fee", "tuition", "topped")),
		date("a.txt", 100, 2014, 0, 0, "record", "school"),
		date("a.txt", 200, 2013, 0, 0, "college", "boarder", "extra", "reported"))
	require.Len(t, res.Discrepancies, 1)
	assert.Equal(t, int32(2013), res.Discrepancies[0].Claims[1].Value.Date.Year)
}

func TestPartsExceedWhole(t *testing.T) {
	whole := qty("a.txt", 0, 3)
	part := func(off int, v float64) model.Claim {
		c := qty("a.txt", off, v)
		c.Parent = whole.ID
		return c
	}
	assert.Equal(t, []model.Kind{model.PartsExceedWhole}, kinds(run(t, DefaultOptions(), whole, part(10, 2), part(20, 2))))
	assert.Empty(t, kinds(run(t, DefaultOptions(), whole, part(10, 2), part(20, 1))), "two and one make three")
	other := part(20, 2)
	other.Measure = "wound"
	assert.Empty(t, kinds(run(t, DefaultOptions(), whole, part(10, 2), other)), "parts of another measure need not add up")
	unnamed := part(20, 2)
	unnamed.Subject = ""
	assert.Empty(t, kinds(run(t, DefaultOptions(), whole, part(10, 2), unnamed)), "a part that names nothing counts what it will")
	whole.Subject = ""
	unnamed.Parent = whole.ID
	assert.Equal(t, []model.Kind{model.PartsExceedWhole}, kinds(run(t, DefaultOptions(), whole, part(10, 2), unnamed)), "nor does its whole")
}

// TestCompareBlockOrder checks that a block's verdicts do not depend on
// the order of its members.
func TestCompareBlockOrder(t *testing.T) {
	var ms []*store.Member
	for i := range 12 {
		c := qty(fmt.Sprintf("s%d.txt", i%4), i, float64(10+i%3))
		ms = append(ms, &store.Member{Claim: &c, Keys: match.Keys(&c, match.Anchors(&c, nil)), Index: int32(i)})
	}
	key := ms[0].Keys[len(ms[0].Keys)-1] // q|people|kill|vardenfell, after doc|
	want := CompareBlock(key, ms, DefaultOptions())
	require.NotEmpty(t, want)
	r := rand.New(rand.NewPCG(1, 2))
	for range 5 {
		r.Shuffle(len(ms), func(i, j int) { ms[i], ms[j] = ms[j], ms[i] })
		assert.Equal(t, want, CompareBlock(key, ms, DefaultOptions()))
	}
}

// TestPairJudgedOnce checks that two claims sharing several blocks are
// judged in one of them only.
func TestPairJudgedOnce(t *testing.T) {
	a := qty("a.txt", 0, 12, func(c *model.Claim) { c.Entities = []string{"Osk", "Vardenfell"} })
	b := qty("b.txt", 0, 15, func(c *model.Claim) { c.Entities = []string{"Osk", "Vardenfell"} })
	ma := store.Member{Claim: &a, Keys: match.Keys(&a, match.Anchors(&a, nil)), Index: 0}
	mb := store.Member{Claim: &b, Keys: match.Keys(&b, match.Anchors(&b, nil)), Index: 1}
	judged := 0
	for _, k := range ma.Keys {
		judged += len(CompareBlock(k, []*store.Member{&ma, &mb}, DefaultOptions()))
	}
	assert.Equal(t, 1, judged)
}

// TestWindow checks that a block larger than MaxBlock compares each claim
// with MaxBlock neighbours only, so its cost is linear in its size.
func TestWindow(t *testing.T) {
	opts := DefaultOptions()
	opts.MaxBlock = 3
	var ms []*store.Member
	for i := range 10 {
		c := qty(fmt.Sprintf("s%02d.txt", i), 0, 12)
		ms = append(ms, &store.Member{Claim: &c, Keys: match.Keys(&c, match.Anchors(&c, nil)), Index: int32(i)})
	}
	got := CompareBlock(ms[0].Keys[1], ms, opts)
	// Pairs (i, j) with 0 < j-i <= 3 among 10 members: 9 + 8 + 7.
	assert.Len(t, got, 24)
}

// TestExplain checks that --explain keeps the lookalikes that were not
// flagged, each with the reason, and that without it none are kept.
func TestExplain(t *testing.T) {
	claims := []model.Claim{
		qty("a.txt", 0, 6, place("osk")), qty("b.txt", 0, 4, place("brel")), // another place
		qty("a.txt", 50, 28, version("initial")), qty("b.txt", 50, 20, version("revised")), // another draft
	}
	opts := DefaultOptions()
	assert.Empty(t, run(t, opts, claims...).NearMisses)
	opts.Explain = true
	res := run(t, opts, claims...)
	assert.Empty(t, res.Discrepancies)
	var reasons []string
	for _, m := range res.NearMisses {
		reasons = append(reasons, m.Reason)
	}
	assert.Contains(t, reasons, "other place: osk vs brel")
	assert.Contains(t, reasons, `other version: "initial" vs "revised"`)

	// A pair kept under the threshold says what it had in common.
	opts.MinConfidence = 0.99
	words := func(ws ...string) func(*model.Claim) {
		return func(c *model.Claim) { c.Context = model.MakeWords(ws...) }
	}
	res = run(t, opts, qty("a.txt", 0, 30, place("osk"), words("flood", "osk")), qty("b.txt", 0, 35, words("flood", "rain")))
	assert.Empty(t, res.Discrepancies)
	require.Len(t, res.NearMisses, 1)
	assert.Regexp(t, `^below the confidence threshold of 0\.99: place stated on one side only; .*same thing counted: people`, res.NearMisses[0].Reason)
}

// TestInvolving checks that comparing only pairs with a new claim finds
// what a full comparison finds involving the new source.
func TestInvolving(t *testing.T) {
	claims := []model.Claim{
		qty("old1.txt", 0, 12), qty("old2.txt", 0, 15), // old against old: not reported again
		qty("new.txt", 0, 15), qty("old3.txt", 0, 12, place("osk")), qty("new.txt", 50, 9, place("osk")),
	}
	isNew := func(src string) bool { return src == "new.txt" }
	var want []string
	for _, d := range run(t, DefaultOptions(), claims...).Discrepancies {
		if slices.ContainsFunc(d.Claims, func(c *model.Claim) bool { return isNew(c.Span.Source) }) {
			want = append(want, d.Fingerprint)
		}
	}
	opts := DefaultOptions()
	opts.Involving = isNew
	var got []string
	for _, d := range run(t, opts, claims...).Discrepancies {
		got = append(got, d.Fingerprint)
	}
	require.NotEmpty(t, want)
	assert.Equal(t, want, got)
}

// TestSpelledApart checks that claims of two articles meet only when the
// articles spell a name they share alike: a place that resolves to one
// canonical name with another place only through a third article's person
// does not tie two events together, while spelling variants of one name
// do.
func TestSpelledApart(t *testing.T) {
	in := func(anchor string) func(*model.Claim) {
		return func(c *model.Claim) { c.Entities = []string{anchor} }
	}
	tests := []struct {
		name     string
		a, b     []string // how a.txt and b.txt name the anchor "katrin kholar"
		want     []model.Kind
		nearMiss string
	}{
		{"both name it alike", nil, nil, []model.Kind{model.QuantityMismatch}, ""},
		{"a surname and the full name", []string{"kholar"}, nil, []model.Kind{model.QuantityMismatch}, ""},
		{"two spellings of the surname", []string{"kholar"}, []string{"kholarr"}, nil, "no name spelled alike: kholar vs kholarr"},
		{"two places linked through a third name", []string{"khorlar"}, []string{"kholkar"}, nil, "no name spelled alike: khorlar vs kholkar"},
		{"one of several names alike is enough", []string{"khorlar", "katrin kholar"}, []string{"kholkar"}, []model.Kind{model.QuantityMismatch}, ""},
		{"several names, none alike", []string{"khorlar", "khorlarian"}, []string{"kholkar"}, nil, "no name spelled alike: khorlar, khorlarian vs kholkar"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := DefaultOptions()
			opts.Explain = true
			opts.Spellings = func(source, anchor string) []string {
				if anchor != "katrin_kholar" {
					return nil
				}
				if source == "a.txt" {
					return tt.a
				}
				return tt.b
			}
			res := run(t, opts, qty("a.txt", 0, 24, in("katrin kholar")), qty("b.txt", 0, 57, in("katrin kholar")))
			assert.Equal(t, tt.want, kinds(res))
			if tt.nearMiss != "" {
				require.Len(t, res.NearMisses, 1)
				assert.Equal(t, tt.nearMiss, res.NearMisses[0].Reason)
			}
		})
	}
}

// TestNamedElsewhere checks that an actor stated on one side only is
// another one when the other article never names it, and only then: an
// article that names it, or lists no entities at all, is set against it as
// before, and so is a place, which often says where something else was
// said or done.
func TestNamedElsewhere(t *testing.T) {
	tests := []struct {
		name     string
		a        func(*model.Claim)
		named    []string // the entities b.txt names; nil = b.txt lists none
		want     []model.Kind
		nearMiss string
	}{
		{"an actor the other article names", actor("mv sorrel"), []string{"mv_sorrel", "port_selva"}, []model.Kind{model.QuantityMismatch}, ""},
		{"an actor the other article never names", actor("mv sorrel"), []string{"port_selva"}, nil, "other actor: mv sorrel, which the other article never names"},
		{"an article that lists no entities", actor("mv sorrel"), nil, []model.Kind{model.QuantityMismatch}, ""},
		{"a place the other article never names", place("mesk"), []string{"port_selva"}, []model.Kind{model.QuantityMismatch}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := DefaultOptions()
			opts.Explain = true
			opts.Names = func(source, anchor string) (bool, bool) {
				if source == "a.txt" {
					return true, true // a.txt names what its claim states
				}
				return slices.Contains(tt.named, anchor), tt.named != nil
			}
			res := run(t, opts, qty("a.txt", 0, 90, tt.a), qty("b.txt", 0, 212))
			assert.Equal(t, tt.want, kinds(res))
			if tt.nearMiss != "" {
				require.Len(t, res.NearMisses, 1)
				assert.Equal(t, tt.nearMiss, res.NearMisses[0].Reason)
			}
		})
	}
}

// TestOwnedElsewhere checks that a figure that leaves out a party the
// other figure states is another party's when its own article gives that
// party a figure of its own, and only when that figure differs from it.
func TestOwnedElsewhere(t *testing.T) {
	term := func(src string, off int, v float64, target string) model.Claim {
		return qty(src, off, v, func(c *model.Claim) {
			c.Value = model.Point(model.Duration, v)
			c.Value.Unit = "day"
			c.Subject, c.Measure, c.Target = "prison term", "sentence", target
		})
	}
	tests := []struct {
		name  string
		owned float64 // what a.txt's other claim gives lessa brandt; 0 = no such claim
		want  []model.Kind
	}{
		{"the article gives the party another figure", 6 * 365, nil},
		{"the article gives the party the same figure", 14 * 365, []model.Kind{model.QuantityMismatch}},
		{"the article gives the party none", 0, []model.Kind{model.QuantityMismatch}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claims := map[string][]model.Claim{
				"a.txt": {term("a.txt", 0, 14*365, "")},
				"b.txt": {term("b.txt", 0, 8*365, "lessa brandt")},
			}
			if tt.owned != 0 {
				claims["a.txt"] = append(claims["a.txt"], term("a.txt", 500, tt.owned, "lessa brandt"))
			}
			opts := DefaultOptions()
			opts.Claims = func(source string) []model.Claim { return claims[source] }
			res := run(t, opts, claims["a.txt"][0], claims["b.txt"][0])
			assert.Equal(t, tt.want, kinds(res))
		})
	}
}

// TestUnstatedAmount checks that a summary amount its body never states
// is set against the body amount of its noun, which "money" is no other
// noun than: "earns a $150,000 record bonus" against "a $100,000
// world-record bonus", not against "the $50,000 winner's prize".
func TestUnstatedAmount(t *testing.T) {
	amount := func(off int, v float64, subject, measure string, context ...string) model.Claim {
		return qty("a.txt", off, v, func(c *model.Claim) {
			c.Value = model.Point(model.Amount, v)
			c.Value.Unit = "USD"
			c.Subject, c.Measure, c.Context = subject, measure, model.MakeWords(context...)
		})
	}
	sum := amount(0, 150000, "money", "cost", "bonus", "earn", "record")
	sum.Section = model.Summary
	res := run(t, DefaultOptions(), sum,
		amount(100, 100000, "bonus", "", "bonus", "record", "world"),
		amount(200, 50000, "money", "cost", "prize", "winner"))
	require.Len(t, res.Discrepancies, 1)
	assert.Equal(t, "100,000", res.Discrepancies[0].Claims[1].Quote)
}

// TestUnstatedAmountOfNoMeasure checks that a summary amount that names no
// measure is set against its body's amounts of any measure: "a budget of
// US$140 each week" against "lives on just $100" he is paid.
func TestUnstatedAmountOfNoMeasure(t *testing.T) {
	amount := func(off int, v float64, measure string, opts ...func(*model.Claim)) model.Claim {
		return qty("a.txt", off, v, append([]func(*model.Claim){func(c *model.Claim) {
			c.Value = model.Point(model.Amount, v)
			c.Value.Unit = "USD"
			c.Subject, c.Measure, c.Context = "money", measure, model.MakeWords("budget", "week")
		}}, opts...)...)
	}
	res := run(t, DefaultOptions(), amount(0, 140, "", summary), amount(100, 100, "cost", func(c *model.Claim) { c.Context = model.MakeWords("live", "spend") }))
	assert.Equal(t, []model.Kind{model.SummaryVsBody}, kinds(res))
}

// TestUnstatedOtherNoun checks that a summary count its body never states
// gains weight against a body count of another noun and no measure ("12,000
// nurses walk out" against "about 14,000 of its members had joined"), as
// against one of its own noun.
func TestUnstatedOtherNoun(t *testing.T) {
	count := func(off int, v float64, subject, measure string, context ...string) model.Claim {
		return qty("a.txt", off, v, func(c *model.Claim) { c.Subject, c.Measure, c.Context = subject, measure, model.MakeWords(context...) })
	}
	sum := count(0, 12000, "nurse", "", "hospital", "nurse", "union", "walk")
	sum.Section = model.Summary
	res := run(t, DefaultOptions(), sum,
		count(100, 14000, "member", "", "hospital", "member", "strike", "union", "walkout"),
		count(200, 30, "nurse", "", "bed", "nurse", "ward"),
		count(300, 1000, "nurse", "meet", "nurse", "rally", "square"))
	require.Len(t, res.Discrepancies, 1)
	assert.Equal(t, "14,000", res.Discrepancies[0].Claims[1].Quote)
}

// TestUnstatedMembersOfAnAct checks that a summary's members who had
// something done to them gain nothing against a body count of another
// thing that names no measure: "31 crew members were rescued", which the
// body gives only as a first count of 22, is no count of the "three
// ports" a cooperative represents.
func TestUnstatedMembersOfAnAct(t *testing.T) {
	sum := qty("a.txt", 0, 31, func(c *model.Claim) {
		c.Subject, c.Measure, c.Context = "member", "rescue", model.MakeWords("boat", "crew", "guard", "halvik", "member", "rescue", "volunteer")
	})
	sum.Section = model.Summary
	first := qty("a.txt", 50, 22, func(c *model.Claim) {
		c.Subject, c.Measure, c.Period, c.Context = "member", "rescue", "first hours", model.MakeWords("crew", "hour", "member", "official", "rescue")
	})
	res := run(t, DefaultOptions(), sum, first, qty("a.txt", 100, 3, func(c *model.Claim) {
		c.Subject, c.Measure, c.Context = "port", "", model.MakeWords("boat", "cooperative", "halvik", "owner", "port", "represent")
	}))
	assert.Empty(t, res.Discrepancies)
}

// TestUnstatedOtherThing checks that a summary count its body never states
// gains nothing against a body count of another thing that is not a
// group's members: "85,000 homes lost power" is set against the body's
// "58,000 homes", and never against the thousands of travellers a
// blizzard stranded.
func TestUnstatedOtherThing(t *testing.T) {
	homes := func(off int, v float64, opts ...func(*model.Claim)) model.Claim {
		return qty("a.txt", off, v, append([]func(*model.Claim){func(c *model.Claim) {
			c.Subject, c.Measure, c.Context = "home", "cost", model.MakeWords("home", "power", "storm")
		}}, opts...)...)
	}
	travellers := qty("a.txt", 200, 60000, func(c *model.Claim) {
		c.Subject, c.Measure, c.Period, c.Context = "traveller", "", "day", model.MakeWords("blizzard", "snow", "traveller")
	})
	for _, tt := range []struct {
		name string
		body model.Claim
		want []string
	}{
		{"the body's count of its thing", homes(100, 58000), []string{"58,000"}},
		{"a count of its thing at another stage", homes(100, 58000, version("peak")), nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := run(t, DefaultOptions(), homes(0, 85000, summary), tt.body, travellers)
			var got []string
			for _, d := range res.Discrepancies {
				got = append(got, d.Claims[1].Quote)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestWholeInSummary checks that a summary's whole ("74 of 200 seats"),
// which names no measure, is set against no body figure but a whole.
func TestWholeInSummary(t *testing.T) {
	seats := func(off int, v float64, m string, opts ...func(*model.Claim)) model.Claim {
		return qty("a.txt", off, v, append([]func(*model.Claim){measure(m), func(c *model.Claim) { c.Subject = "seat" }}, opts...)...)
	}
	part := seats(0, 74, "win", summary)
	whole := seats(5, 200, "", summary)
	part.Parent = whole.ID
	body := seats(100, 17, "", func(c *model.Claim) { c.Context = whole.Context })
	for _, tt := range []struct {
		name   string
		claims bool
		want   []model.Kind
	}{
		{"a whole its article shows", true, nil},
		{"no article to show it", false, []model.Kind{model.SummaryVsBody}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			opts := DefaultOptions()
			if tt.claims {
				opts.Claims = func(string) []model.Claim { return []model.Claim{part, whole, body} }
			}
			res := run(t, opts, whole, body)
			assert.Equal(t, tt.want, kinds(res))
		})
	}
}

// TestPartOfRestatedWhole checks that a summary figure that restates a
// body's whole, under another noun, is not set against a part of it:
// "Nearly 14,000 fans" against "the official attendance was 13,862,
// including about 2,100 travelling fans". The whole must name no measure
// or the summary's.
func TestPartOfRestatedWhole(t *testing.T) {
	fans := func(c *model.Claim) {
		c.Subject, c.Measure = "fan", ""
		c.Context = model.MakeWords("fan", "stadium", "power")
	}
	nearly := func(c *model.Claim) { c.Value.Lo, c.Value.Hi = 13000, 14000 }
	for _, tt := range []struct {
		name         string
		other        model.Claim
		wholeMeasure string
		want         []model.Kind
	}{
		{"a summary restating the whole", inSummary(qty("a.txt", 0, 14000, fans, nearly)), "", nil},
		{"a summary figure far from the whole", inSummary(qty("a.txt", 0, 9000, fans)), "", []model.Kind{model.SummaryVsBody}},
		{"a whole of another measure", inSummary(qty("a.txt", 0, 14000, fans, nearly)), "injure", []model.Kind{model.SummaryVsBody}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			whole := qty("a.txt", 600, 13862, func(c *model.Claim) {
				c.Subject, c.Measure, c.Context = "attendance", tt.wholeMeasure, model.MakeWords("fan", "stadium", "power")
			})
			part := qty("a.txt", 650, 2100, fans)
			part.Parent = whole.ID
			opts := DefaultOptions()
			opts.Claims = func(string) []model.Claim { return []model.Claim{tt.other, whole, part} }
			res := run(t, opts, tt.other, part)
			assert.Equal(t, tt.want, kinds(res))
		})
	}
}

// TestWholeOfUnmeasuredPart checks that a whole whose part names no
// measure of its own is a figure like any other: "owes around £38 million
// ..., including £4.1 million to the tax office" is the total a summary's
// "debts of £58m" misstates.
func TestWholeOfUnmeasuredPart(t *testing.T) {
	debt := func(c *model.Claim) {
		c.Value.Kind, c.Value.Unit, c.Subject, c.Measure = model.Amount, "GBP", "debt", ""
		c.Context = model.MakeWords("chain", "debt", "administrator")
	}
	sum := inSummary(qty("a.txt", 0, 58e6, debt))
	whole := qty("a.txt", 601, 38e6, debt)
	part := qty("a.txt", 650, 4.1e6, debt)
	part.Parent = whole.ID
	opts := DefaultOptions()
	opts.Claims = func(string) []model.Claim { return []model.Claim{sum, whole, part} }
	res := run(t, opts, sum, whole, part)
	require.Len(t, res.Discrepancies, 1)
	assert.Equal(t, 38e6, res.Discrepancies[0].Claims[1].Value.Nominal)
}

// TestReported checks that two articles' amounts of a figure a company
// reports are compared when only one sentence names the company, and
// other amounts are not.
func TestReported(t *testing.T) {
	amount := func(subject string, entities ...string) func(*model.Claim) {
		return func(c *model.Claim) {
			c.Value = model.Point(model.Amount, c.Value.Nominal)
			c.Value.Unit = "USD"
			c.Subject, c.Measure, c.Entities = subject, "", entities
		}
	}
	for _, tt := range []struct {
		name    string
		subject string
		want    []model.Kind
	}{
		{"a reported figure", "profit", []model.Kind{model.QuantityMismatch}},
		{"an amount of anything else", "aid package", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			opts := DefaultOptions()
			opts.Reported = func(s string) bool { return s == "profit" }
			// Both articles are about Halvane (their anchors); only a.txt's
			// sentence names it.
			a, b := qty("a.txt", 0, 312e6, amount(tt.subject, "Halvane")), qty("b.txt", 0, 321e6, amount(tt.subject))
			st, err := store.New()
			require.NoError(t, err)
			require.NoError(t, st.Insert([]model.Source{{Path: "a.txt"}, {Path: "b.txt"}}, []store.Record{
				{Claim: &a, Keys: match.Keys(&a, match.Anchors(&a, []string{"Halvane"}))},
				{Claim: &b, Keys: match.Keys(&b, match.Anchors(&b, []string{"Halvane"}))},
			}))
			assert.Equal(t, tt.want, kinds(Compare(st, opts)))
		})
	}
}

// TestSupport checks that a finding says how many sources state each
// value: two sources agreeing on 63 against one giving 47, and one
// against one, which says nothing more.
func TestSupport(t *testing.T) {
	res := run(t, DefaultOptions(), qty("a.txt", 10, 63), qty("b.txt", 10, 63), qty("c.txt", 10, 47))
	require.NotEmpty(t, res.Discrepancies)
	for _, d := range res.Discrepancies {
		require.Len(t, d.Support, 2)
		for i, c := range d.Claims {
			want := map[string]int{"63": 2, "47": 1}[c.Value.String()]
			assert.Equal(t, want, d.Support[i], "%s in %s", c.Value.String(), c.Span.Source)
		}
		assert.Contains(t, d.Explanation, `More sources state "63" (2 sources) than "47" (1 source).`)
	}
	require.Len(t, res.Agreements, 1)
	assert.Equal(t, 2, res.Agreements[0].Sources)

	pair := run(t, DefaultOptions(), qty("a.txt", 10, 63), qty("c.txt", 10, 47))
	require.Len(t, pair.Discrepancies, 1)
	assert.Equal(t, []int{1, 1}, pair.Discrepancies[0].Support)
	assert.NotContains(t, pair.Discrepancies[0].Explanation, "sources state")
}

// TestAgoApart checks dates counted back from one unknown publication day:
// spans that cannot overlap are apart, each next to a lookalike that is not.
func TestAgoApart(t *testing.T) {
	unit := func(w string) (float64, bool) {
		d, ok := map[string]float64{"day": 1, "days": 1, "year": 365.25, "years": 365.25, "months": 30.4375, "decades": 3652.5}[w]
		return d, ok
	}
	ago := func(rel string) model.Value {
		v := model.Value{Kind: model.Date, Date: model.DateParts{Relative: rel}, Text: rel}
		for _, h := range []string{"more than", "about", "vague"} {
			if strings.HasPrefix(rel, h+" ") {
				v.Hedge = h
			}
		}
		return v
	}
	tests := []struct {
		a, b string
		want bool
	}{
		{"3 years ago", "5 years ago", true},
		{"3 years ago", "3 years ago", false},
		{"3 years ago", "4 years ago", true}, // half a year either way: they only touch
		{"3 years ago", "36 months ago", false},
		{"about 3 years ago", "5 years ago", false},                                  // hedged: left to datesConflict
		{"more than 640,000,000 years ago", "more than 540,000,000 years ago", true}, // same hedge, another span
		{"more than 3 years ago", "more than 3 years ago", false},
		{"more than 3 years ago", "about 5 years ago", false}, // different hedges
		{"about 3 years ago", "about 3.2 years ago", false},   // same hedge, spans that overlap
		{"vague 3 years ago", "vague 5 years ago", false},
		{"540 million years ago", "541 million years ago", false}, // not read as N units ago
		{"1,000 years ago", "1,001 years ago", false},
		{"2–3 years ago", "5 years ago", true},
		{"10 days ago", "2 decades ago", true},
		{"3 years ago", "next 3 years", false},
	}
	for _, tt := range tests {
		t.Run(tt.a+"/"+tt.b, func(t *testing.T) {
			assert.Equal(t, tt.want, agoApart(ago(tt.a), ago(tt.b), unit))
			assert.Equal(t, tt.want, agoApart(ago(tt.b), ago(tt.a), unit), "symmetric")
		})
	}
	resolved := ago("3 years ago")
	resolved.Resolved = true
	assert.False(t, agoApart(resolved, ago("5 years ago"), unit), "a date on the calendar is datesConflict's")
	assert.False(t, agoApart(ago("3 years ago"), ago("5 years ago"), nil), "no units, no comparison")
}

// TestSupportsRelative checks which relative dates confirm each other: the
// same words, or spans counted back under one hedge that overlap; a date
// that cannot be read as a span confirms only its own words.
func TestSupportsRelative(t *testing.T) {
	unit := func(w string) (float64, bool) {
		d, ok := map[string]float64{"years": 365.25, "months": 30.4375}[w]
		return d, ok
	}
	rel := func(hedge, r string) model.Value {
		if hedge != "" {
			r = hedge + " " + r
		}
		return model.Value{Kind: model.Date, Hedge: hedge, Date: model.DateParts{Relative: r}, Text: r}
	}
	tests := []struct {
		name string
		a, b model.Value
		want bool
	}{
		{"same words", rel("", "last week"), rel("", "last week"), true},
		{"other words", rel("", "last week"), rel("", "yesterday"), false},
		{"one span in other units", rel("", "3 years ago"), rel("", "36 months ago"), true},
		{"spans apart", rel("", "3 years ago"), rel("", "5 years ago"), false},
		{"same hedge, overlapping", rel("about", "3 years ago"), rel("about", "37 months ago"), true},
		{"a hedge against a range", rel("more than", "640,000,000 years ago"), rel("", "635–541,000,000 years ago"), false},
		{"same hedged words", rel("more than", "640,000,000 years ago"), rel("more than", "640,000,000 years ago"), true},
		{"against a calendar date", rel("", "3 years ago"), model.Value{Kind: model.Date, Date: model.DateParts{Year: 2021}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, supports(tt.a, tt.b, unit))
			assert.Equal(t, tt.want, supports(tt.b, tt.a, unit), "symmetric")
		})
	}
	assert.True(t, supports(rel("", "3 years ago"), rel("", "3 years ago"), nil), "no units: the same words still confirm")
	assert.False(t, supports(rel("", "3 years ago"), rel("", "36 months ago"), nil), "no units: other words do not")
}

// TestConflictReasons checks that a conflict's reasons, worked out again
// when it becomes a finding, are those the pair was judged with, and that
// a summary figure its body never states says so.
func TestConflictReasons(t *testing.T) {
	opts := DefaultOptions()
	r := run(t, opts, qty("a.txt", 0, 47, summary), qty("a.txt", 100, 63))
	require.Len(t, r.Discrepancies, 1)
	assert.Contains(t, r.Discrepancies[0].Reasons, unstatedReason)

	a, b := qty("a.txt", 0, 12, actor("rebels")), qty("b.txt", 0, 15, actor("rebels"))
	v, ok := judge(&a, &b, false, false, opts, &notes{on: true})
	require.True(t, ok)
	require.True(t, v.Comparable && !v.Agree)
	require.NotEmpty(t, v.Reasons)
	r = run(t, opts, a, b)
	require.Len(t, r.Discrepancies, 1)
	assert.Equal(t, sortedCopy(v.Reasons), r.Discrepancies[0].Reasons)
}

// TestCompareJoined holds compareJoined to comparing the joined strings,
// on pairs of ids where one is a prefix of another and on random ones.
func TestCompareJoined(t *testing.T) {
	tests := [][4]string{
		{"a:q:12", "b", "a:q:123", "a"},
		{"", "ab", "a", "b"},
		{"", "", "", ""},
		{"ab", "", "", "ab"},
		{"a", "", "", "b"},
		{"x", "yz", "xy", "z"},
		{"x", "yz", "xy", "y"},
	}
	r := rand.New(rand.NewPCG(3, 4))
	word := func() string {
		b := make([]byte, r.IntN(4))
		for i := range b {
			b[i] = "ab:"[r.IntN(3)]
		}
		return string(b)
	}
	for range 2000 {
		tests = append(tests, [4]string{word(), word(), word(), word()})
	}
	for _, tt := range tests {
		want := strings.Compare(tt[0]+tt[1], tt[2]+tt[3])
		require.Equal(t, want, compareJoined(tt[0], tt[1], tt[2], tt[3]), "%q", tt)
	}
}

// TestCompareSameForAnyJobs checks that the result does not depend on how
// many goroutines compare, over enough blocks that several batches are
// compared while others are reduced.
func TestCompareSameForAnyJobs(t *testing.T) {
	srcs, recs := synthetic(20000)
	st, err := store.New()
	require.NoError(t, err)
	require.NoError(t, st.Insert(srcs, recs))
	require.Greater(t, len(st.BlockMembers()), 2*compareBatch)
	opts := DefaultOptions()
	opts.Jobs = 1
	want := Compare(st, opts)
	require.NotEmpty(t, want.Discrepancies)
	require.NotEmpty(t, want.Agreements)
	for _, jobs := range []int{2, 3, 8} {
		opts.Jobs = jobs
		assert.Equal(t, want, Compare(st, opts), "jobs %d", jobs)
	}
}

// TestTwinSentences checks that a conflict between a summary sentence and
// a body sentence that state another figure alike gets twinFloor, and when
// it does not.
func TestTwinSentences(t *testing.T) {
	in := sentenceAt
	span := func(v float64, thing string) func(*model.Claim) {
		return func(c *model.Claim) {
			c.Value, c.Subject, c.Measure = model.Point(model.Duration, v), thing, ""
			c.Value.Unit = "year"
		}
	}
	age := func(c *model.Claim) { c.Value.Kind, c.Subject, c.Measure = model.Age, "age", "age" }
	size := func(c *model.Claim) {
		c.Value = model.Point(model.Measurement, 9.144)
		c.Value.Unit, c.Value.Text = "m", "30 feet"
	}
	figure := func(v float64) func(*model.Claim) {
		return func(c *model.Claim) { c.Value = model.Point(model.Count, v) }
	}
	bound := func(v float64) func(*model.Claim) {
		return func(c *model.Claim) {
			span(v, "")(c)
			c.Value.Hedge, c.Value.Hi, c.Value.HiOpen = "more than", math.Inf(1), true
		}
	}
	tests := []struct {
		name       string
		twin       []func(*model.Claim) // on both figures stated alike
		sumSpan    func(*model.Claim)
		bodySpan   func(*model.Claim)
		extraSpan  bool   // the summary sentence states another span
		things     string // when set, the things the twin figures count in the summary and the body, "|" between
		noVerdict  bool   // the twin figures were judged in another block: no verdict of theirs here
		wantRaised bool
	}{
		{"the only spans of twin sentences", nil, span(7, ""), span(6, ""), false, "", false, true},
		{"an age makes no twins", []func(*model.Claim){age}, span(7, ""), span(6, ""), false, "", false, false},
		{"spans of different things", nil, span(7, "trip"), span(6, "visit"), false, "", false, false},
		{"values far apart", nil, span(7, ""), span(80, ""), false, "", false, false},
		{"another span in the sentence", nil, span(7, ""), span(6, ""), true, "", false, false},
		{"a large twin figure of things named apart", []func(*model.Claim){figure(9300)}, span(7, ""), span(6, ""), false, "civilian|people", false, true},
		{"a small twin figure of things named apart", nil, span(7, ""), span(6, ""), false, "civilian|people", false, false},
		{"bounds beside a large twin figure of things named apart", []func(*model.Claim){figure(9300)}, bound(7), bound(6), false, "civilian|people", false, false},
		{"twin figures judged in another block", nil, span(7, ""), span(6, ""), false, "", true, true},
		{"bounds beside a size of no thing written alike", []func(*model.Claim){size}, bound(7), bound(6), false, "|", true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ta := qty("a.txt", 10, 50, append([]func(*model.Claim){summary, in(0)}, tt.twin...)...)
			tb := qty("a.txt", 210, 50, append([]func(*model.Claim){in(200)}, tt.twin...)...)
			if sum, body, ok := strings.Cut(tt.things, "|"); ok {
				ta.Subject, tb.Subject = sum, body
			}
			sa := qty("a.txt", 30, 0, summary, in(0), tt.sumSpan)
			sb := qty("a.txt", 230, 0, in(200), tt.bodySpan)
			sx := qty("a.txt", 50, 0, summary, in(0), span(3, ""))
			sum := []*store.Member{{Claim: &ta}, {Claim: &sa}}
			if tt.extraSpan {
				sum = append(sum, &store.Member{Claim: &sx})
			}
			body := []*store.Member{{Claim: &tb}, {Claim: &sb}}
			vs := []Verdict{
				{A: &ta, B: &tb, Comparable: true, Agree: true, Confidence: 0.9},
				{A: &sa, B: &sb, Comparable: true, Confidence: 0.5},
			}
			if tt.noVerdict {
				vs = vs[1:]
			}
			twinSentences(vs, sum, body, nil)
			spans := &vs[len(vs)-1]
			assert.Equal(t, tt.wantRaised, spans.twinned)
			if tt.wantRaised {
				assert.Equal(t, twinFloor, spans.Confidence)
			} else {
				assert.Equal(t, 0.5, spans.Confidence)
			}
		})
	}
}

// TestEarlierEventDates checks that two reports recalling the last flood
// in different years conflict even when their sentences share one word,
// while the same two dates of the story's own event would not reach the
// threshold on so little.
func TestEarlierEventDates(t *testing.T) {
	opts := DefaultOptions()
	opts.Event = func(s string) bool { return s == "flood" }
	flood := func(src string, y int, version string, words ...string) model.Claim {
		c := date(src, 0, y, 0, 0, words...)
		c.Subject, c.Measure, c.Version = "flood", "flood", version
		c.Entities = []string{"Tolle"}
		return c
	}
	a := []string{"flood", "quay", "rebuild", "recalled", "river", "scene", "wall"}
	b := []string{"embankment", "flood", "killed", "memory", "programme", "raise", "tolle"}
	assert.Equal(t, []model.Kind{model.DateMismatch}, kinds(run(t, opts, flood("a.txt", 2009, "earlier event", a...), flood("b.txt", 2011, "earlier event", b...))))
	assert.Empty(t, kinds(run(t, opts, flood("a.txt", 2009, "", a...), flood("b.txt", 2011, "", b...))))
}

// TestEventDays checks that two reports dating one listed event by the day
// conflict however few words their sentences share ("put down an attempted
// coup in the capital on Tuesday" against "tried to overthrow President
// Osric Vantha before dawn on Wednesday"), where two years of it need more.
func TestEventDays(t *testing.T) {
	opts := DefaultOptions()
	opts.Event = func(s string) bool { return s == "coup" }
	coup := func(c model.Claim) model.Claim {
		c.Subject, c.Entities = "coup", []string{"Tarvonne"}
		return c
	}
	a := []string{"attempted", "broadcaster", "capital", "coup", "put", "soldier", "tarvonne"}
	b := []string{"collapsed", "dawn", "loyal", "overthrow", "president", "tarvonne", "uprising"}
	assert.Equal(t, []model.Kind{model.DateMismatch}, kinds(run(t, opts, coup(day("a.txt", 0, 2, a...)), coup(day("b.txt", 0, 3, b...)))))
	assert.Empty(t, kinds(run(t, opts, coup(date("a.txt", 0, 2009, 0, 0, a...)), coup(date("b.txt", 0, 2011, 0, 0, b...)))))
}

// TestDatesOfTwoActs checks that two reports' dates of one place by two
// acts ("occupied the embassy since Tuesday", "walked free from the
// embassy on Saturday") are no conflict, where the same act is.
func TestDatesOfTwoActs(t *testing.T) {
	opts := DefaultOptions()
	at := func(src string, wd int, measure string, words ...string) model.Claim {
		c := day(src, 0, wd, words...)
		c.Subject, c.Measure, c.Entities = "embassy", measure, []string{"Kestral"}
		return c
	}
	a := []string{"embassy", "gunmen", "hostages", "kestral", "occupied", "since"}
	b := []string{"embassy", "freed", "hostages", "kestral", "saturday", "walked"}
	assert.Equal(t, []model.Kind{model.DateMismatch}, kinds(run(t, opts, at("a.txt", 2, "capture", a...), at("b.txt", 3, "capture", b...))))
	assert.Empty(t, kinds(run(t, opts, at("a.txt", 2, "capture", a...), at("b.txt", 6, "release", b...))))
}

// TestMeasuredAlike checks that two measurements of one substance with no
// measure are compared whatever names their sentences hold: "1,200 tonnes
// of ammonium nitrate, according to the company" against "Halvane
// Chemicals said 2,100 tonnes", which other rules for figures with no
// measure keep apart.
func TestMeasuredAlike(t *testing.T) {
	opts := DefaultOptions()
	a := qty("a.txt", 0, 1200, mass("nitrate", "1,200 tons"), names())
	b := qty("b.txt", 0, 2100, mass("nitrate", "2,100 tons"), names("halvane chemicals"))
	v, ok := judge(&a, &b, false, false, opts, &notes{})
	require.True(t, ok)
	assert.True(t, v.Comparable && !v.Agree)
	c := qty("c.txt", 0, 2100, mass("crude", "2,100 tons"), names("halvane chemicals"))
	_, ok = judge(&a, &c, false, false, opts, &notes{})
	assert.False(t, ok, "another substance")
}

// TestCreditedNamesNothing checks that the entity credited with a share
// is no name that sets two sentences apart, while a place named still is.
func TestCreditedNamesNothing(t *testing.T) {
	opts := DefaultOptions()
	turnout := func(src string, v float64, speaker string, ents ...string) model.Claim {
		return qty(src, 0, v, percent, func(c *model.Claim) { c.Subject, c.Measure = "turnout", "" }, saidBy(speaker), names(ents...))
	}
	a := turnout("a.txt", 58.3, "benedek suro", "benedek suro")
	b := turnout("b.txt", 53.8, "electoral commission", "electoral commission")
	v, ok := judge(&a, &b, false, false, opts, &notes{})
	require.True(t, ok)
	assert.True(t, v.Comparable && !v.Agree, "two speakers name nothing apart")
	c := turnout("c.txt", 53.8, "electoral commission", "electoral commission", "osk")
	_, ok = judge(&a, &c, false, false, opts, &notes{})
	assert.False(t, ok, "a place one sentence names sets it apart")
}

// TestNationwide checks that a national count set against one that names
// no place loses nothing for it, while one place against another keeps
// the pair apart.
func TestNationwide(t *testing.T) {
	at := func(p string) func(*model.Claim) { return func(c *model.Claim) { c.Place = p } }
	// Credited to two parties, so that the confidence stays under 1.
	by := func(who string) func(*model.Claim) { return func(c *model.Claim) { c.SaidBy = who } }
	a, b := by("interior ministry"), by("regional officials")
	none := run(t, DefaultOptions(), qty("a.txt", 0, 31, a), qty("b.txt", 0, 74, b))
	nation := run(t, DefaultOptions(), qty("a.txt", 0, 31, a, at(model.Nationwide)), qty("b.txt", 0, 74, b))
	town := run(t, DefaultOptions(), qty("a.txt", 0, 31, a, at("meskal")), qty("b.txt", 0, 74, b))
	apart := run(t, DefaultOptions(), qty("a.txt", 0, 31, a, at(model.Nationwide)), qty("b.txt", 0, 74, b, at("meskal")))
	require.Len(t, none.Discrepancies, 1)
	require.Len(t, nation.Discrepancies, 1)
	require.Len(t, town.Discrepancies, 1)
	assert.Equal(t, none.Discrepancies[0].Confidence, nation.Discrepancies[0].Confidence)
	assert.Less(t, town.Discrepancies[0].Confidence, none.Discrepancies[0].Confidence)
	assert.Empty(t, apart.Discrepancies)
}

// TestPortfolios checks that one person's sitting ministers' titles of
// two portfolios conflict, while a portfolio against none, a former one
// against a sitting one, and portfolios the option does not know do not.
func TestPortfolios(t *testing.T) {
	opts := DefaultOptions()
	opts.Portfolio = func(of string) bool { return of == "energy" || of == "finance" }
	of := func(c model.Claim, of string) model.Claim {
		r := c.Role()
		r.Of = of
		c.SetRole(r)
		c.Value.Text += " of " + of
		return c
	}
	minister := func(src, status, portfolio string) model.Claim {
		c := role(src, 0, "Sabeth Orrun", "minister", status)
		if portfolio != "" {
			c = of(c, portfolio)
		}
		return c
	}
	tests := []struct {
		name   string
		claims []model.Claim
		want   []model.Kind
	}{
		{"two portfolios", []model.Claim{minister("a.txt", "", "energy"), minister("b.txt", "", "finance")}, []model.Kind{model.RoleConflict}},
		{"one portfolio", []model.Claim{minister("a.txt", "", "energy"), minister("b.txt", "", "energy")}, nil},
		{"a portfolio against none", []model.Claim{minister("a.txt", "", "energy"), minister("b.txt", "", "")}, nil},
		{"a former portfolio against a sitting one", []model.Claim{minister("a.txt", "former", "energy"), minister("b.txt", "", "finance")}, nil},
		{"a body that is no portfolio", []model.Claim{minister("a.txt", "", "energy"), minister("b.txt", "", "valdoria")}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, kinds(run(t, opts, tt.claims...)))
		})
	}
}

// TestRestatedInArticle checks the rules by which a summary restates its
// own body in other words: a part beside the whole its sentence gives, one
// uncommon figure of people in general, two dates in sentences that state
// another figure alike, and a verb's and a noun's forms of one word.
func TestRestatedInArticle(t *testing.T) {
	ctx := func(w ...string) func(*model.Claim) {
		return func(c *model.Claim) { c.Context = model.MakeWords(w...) }
	}
	thing := func(s string) func(*model.Claim) { return func(c *model.Claim) { c.Subject = s } }
	parent := func(id string) func(*model.Claim) { return func(c *model.Claim) { c.Parent, c.Version = id, "part" } }
	about := hedged("about", 1330, 1470)
	in := func(start int32) func(*model.Claim) { // the sentence from start on
		return func(c *model.Claim) {
			c.Sentence = model.Range{Start: model.Pos{Offset: start}, End: model.Pos{Offset: start + 90}}
		}
	}
	residents := func(src string, off int, opts ...func(*model.Claim)) model.Claim {
		return qty(src, off, 1200, append([]func(*model.Claim){thing("resident"), measure("order"), ctx("home", "order", "resident")}, opts...)...)
	}
	nightOf := func(off, wd int, subject string, opts ...func(*model.Claim)) model.Claim {
		c := day("a.txt", off, wd, "home", "night", "order", "resident")
		c.Subject = subject
		for _, o := range opts {
			o(&c)
		}
		return c
	}
	written := func(text string) func(*model.Claim) { return func(c *model.Claim) { c.Value.Text = text } }
	span := func(off int, v float64, subject string, opts ...func(*model.Claim)) model.Claim {
		c := qty("a.txt", off, v, append([]func(*model.Claim){thing(subject), measure("")}, opts...)...)
		c.Value.Kind, c.Value.Unit = model.Duration, "day"
		return c
	}
	tests := []struct {
		name   string
		claims []model.Claim
		want   []model.Kind
	}{
		{"a summary's figure under a body's ceiling is not restated by it", []model.Claim{
			qty("a.txt", 0, 24000, summary, measure(""), hedged("about", 22800, 25200), words("company", "crude", "gallon", "leaked", "line")),
			qty("a.txt", 100, 42000, measure("spill"), hedged("about", 39900, 44100), words("company", "crude", "escaped", "gallon", "valve")),
			qty("a.txt", 200, 60000, measure(""), hedged("up to", 0, 60000), words("calculation", "conservation", "gallon", "group", "spilled"))},
			[]model.Kind{model.SummaryVsBody}},
		{"a summary's figure the body gives as its ceiling", []model.Claim{
			qty("a.txt", 0, 60000, summary, measure(""), hedged("about", 57000, 63000), words("company", "crude", "gallon", "leaked", "line")),
			qty("a.txt", 100, 42000, measure("spill"), hedged("about", 39900, 44100), words("company", "crude", "escaped", "gallon", "valve")),
			qty("a.txt", 200, 60000, measure(""), hedged("up to", 0, 60000), words("calculation", "conservation", "gallon", "group", "spilled"))}, nil},
		{"a part beside the whole its sentence gives", []model.Claim{
			qty("a.txt", 0, 23, summary, measure("hospitalize")),
			qty("a.txt", 10, 2, summary, measure("hospitalize"), parent("a.txt:quantity:0")),
			qty("a.txt", 100, 23, measure("hospitalize"))}, nil},
		{"a part whose whole is not the body's figure", []model.Claim{
			qty("a.txt", 10, 2, summary, measure("hospitalize"), parent("a.txt:quantity:0")),
			qty("a.txt", 100, 23, measure("hospitalize")),
			qty("a.txt", 0, 25, summary, measure("hospitalize"), func(c *model.Claim) { c.Section = model.Headline })},
			[]model.Kind{model.SummaryVsBody}}, // the whole against the body; the smaller part is some of either
		{"one uncommon figure of people in general", []model.Claim{
			qty("a.txt", 0, 1400, summary, about, thing("patient"), measure(""), ctx("contact", "former", "patient")),
			qty("a.txt", 100, 1400, about, measure(""), ctx("east", "stayed", "tower")),
			qty("a.txt", 200, 11, thing("patient"), measure(""), ctx("hospital", "patient", "sicken")),
			qty("a.txt", 300, 2, thing("patient"), measure(""), ctx("patient"))}, nil},
		{"one uncommon figure of another named thing", []model.Claim{
			qty("a.txt", 0, 1400, summary, about, thing("patient"), measure(""), ctx("contact", "former", "patient")),
			qty("a.txt", 100, 1400, about, thing("option"), measure(""), ctx("east", "stayed", "tower")),
			qty("a.txt", 200, 11, thing("patient"), measure(""), ctx("hospital", "patient", "sicken")),
			qty("a.txt", 300, 2, thing("patient"), measure(""), ctx("patient"))}, []model.Kind{model.SummaryVsBody}},
		{"a common figure of people in general", []model.Claim{
			qty("a.txt", 0, 14, summary, thing("patient"), measure(""), ctx("contact", "former", "patient")),
			qty("a.txt", 100, 14, measure(""), ctx("east", "stayed", "tower")),
			qty("a.txt", 200, 11, thing("patient"), measure(""), ctx("hospital", "patient", "sicken")),
			qty("a.txt", 300, 2, thing("patient"), measure(""), ctx("patient"))}, []model.Kind{model.SummaryVsBody}},
		{"a small figure of people in general, of the same measure", []model.Claim{
			qty("a.txt", 0, 7, summary, thing("player"), measure("hospitalize"), ctx("hospital", "player", "taken")),
			qty("a.txt", 100, 19, thing("player"), measure(""), ctx("coach", "gym", "inside", "player")),
			qty("a.txt", 200, 7, measure("hospitalize"), ctx("county", "sheriff", "whitcomb"))}, nil},
		{"a small figure of people in general, of another measure", []model.Claim{
			qty("a.txt", 0, 7, summary, thing("player"), measure("hospitalize"), ctx("hospital", "player", "taken")),
			qty("a.txt", 100, 19, thing("player"), measure(""), ctx("coach", "gym", "inside", "player")),
			qty("a.txt", 200, 7, measure("evacuate"), ctx("county", "sheriff", "whitcomb"))}, []model.Kind{model.SummaryVsBody}},
		{"a vague body figure vouches for no exact summary figure", []model.Claim{
			qty("a.txt", 0, 473, summary, thing("passenger"), measure("carry")),
			qty("a.txt", 100, 200, thing("passenger"), measure("carry"), hedged("vague", 200, 999)),
			qty("a.txt", 200, 437, thing("passenger"), measure("carry"))}, []model.Kind{model.SummaryVsBody}},
		{"the same uncommon figure of the same thing, credited to another actor", []model.Claim{
			qty("a.txt", 0, 118, summary, thing("job"), measure("decrease"), actor("pennsylvania")),
			qty("a.txt", 100, 118, thing("job"), measure("decrease"), actor("allegheny ridge school board")),
			qty("a.txt", 200, 70, thing("job"), measure("decrease"))}, nil},
		{"the same small figure of the same thing, credited to another actor", []model.Claim{
			qty("a.txt", 0, 18, summary, thing("job"), measure("decrease"), actor("pennsylvania")),
			qty("a.txt", 100, 18, thing("job"), measure("decrease"), actor("allegheny ridge school board")),
			qty("a.txt", 200, 7, thing("job"), measure("decrease"))}, []model.Kind{model.SummaryVsBody}},
		{"a figure of another measure, in words alike", []model.Claim{
			qty("a.txt", 0, 187, summary, measure("carry"), ctx("aboard", "dawn", "ferry", "people", "sank")),
			qty("a.txt", 100, 34, measure("missing"), ctx("aboard", "ferry", "missing", "people", "searched", "unaccounted", "water"))}, nil},
		{"the body's only span, in words of its own", []model.Claim{
			span(0, 224, "", summary, ctx("babies", "delivered", "section")),
			span(100, 210, "", ctx("hospital", "pregnant", "weeks"))}, []model.Kind{model.SummaryVsBody}},
		{"one of the body's spans", []model.Claim{
			span(0, 224, "", summary, ctx("babies", "delivered", "section")),
			span(100, 210, "", ctx("hospital", "pregnant", "weeks")),
			span(200, 49, "", ctx("hospital", "stay", "weeks"))}, nil},
		{"the body's only span, written twice in two units", []model.Claim{
			span(0, 65, "", summary, ctx("experts", "plastic", "stomach")),
			span(100, 55, "", ctx("mass", "swallowed", "whale")),
			span(110, 55.3, "", ctx("mass", "swallowed", "whale"))}, []model.Kind{model.SummaryVsBody}},
		{"a summary size the body gives exactly, of a thing named otherwise", []model.Claim{
			span(0, 40, "rig", summary, ctx("drivers", "rig")),
			span(100, 60, "", ctx("lorry", "weigh")),
			span(200, 40, "truck", ctx("drive", "truck"))}, nil},
		{"a span in other units, with the same hedge", []model.Claim{
			span(0, 3, "", summary, hedged("more than", 3, 6), written("more than 3 days"), ctx("miners", "trapped")),
			span(100, 80.0/24, "", hedged("more than", 80.0/24, 160.0/24), written("more than 80 hours"), ctx("miners", "trapped"))}, nil},
		{"a span in the same units, with the same hedge", []model.Claim{
			span(0, 3, "", summary, hedged("more than", 3, 6), written("more than 3 days"), ctx("miners", "trapped")),
			span(100, 4, "", hedged("more than", 4, 8), written("more than 4 days"), ctx("miners", "trapped"))}, []model.Kind{model.SummaryVsBody}},
		{"dates of sentences that state another figure alike", []model.Claim{
			residents("a.txt", 0, summary, in(0)), nightOf(10, 3, "home", summary, in(0)),
			residents("a.txt", 100, in(100)), nightOf(110, 4, "door", in(100), ctx("door", "late", "went")),
			nightOf(300, 3, "barrier", in(300), ctx("barrier", "rose", "river"))},
			[]model.Kind{model.SummaryVsBody}},
		{"a date far from its sentence's twin figure", []model.Claim{
			residents("a.txt", 0, summary, in(0)), nightOf(10, 3, "home", summary, in(0)),
			residents("a.txt", 100, in(100)), nightOf(180, 4, "door", in(100), ctx("door", "late", "went")),
			nightOf(300, 3, "barrier", in(300), ctx("barrier", "rose", "river"))},
			nil},
		{"dates of two listed events in such sentences", []model.Claim{
			residents("a.txt", 0, summary, in(0)), nightOf(10, 3, "evacuation", summary, in(0)),
			residents("a.txt", 100, in(100)), nightOf(110, 4, "return", in(100), ctx("door", "late", "went")),
			nightOf(300, 3, "barrier", in(300), ctx("barrier", "rose", "river"))},
			nil},
		{"a verb's and a noun's forms of one word", []model.Claim{
			span(0, 0.25, "deliberated", summary, ctx("juror", "six")), span(100, 0.375, "deliberation", ctx("nine", "verdict"))},
			[]model.Kind{model.SummaryVsBody}},
		{"spans far apart", []model.Claim{
			span(0, 2, "", summary, ctx("apart", "born", "nursery")), span(100, 40.0/1440, "", ctx("apart", "born", "minute"))}, nil},
		{"spans a little apart", []model.Claim{
			span(0, 2, "", summary, ctx("apart", "born", "nursery")), span(100, 3, "", ctx("apart", "born", "nursery"))},
			[]model.Kind{model.SummaryVsBody}},
		{"words that only begin alike", []model.Claim{
			span(0, 0.25, "stated", summary, ctx("juror", "six")), span(100, 0.375, "station", ctx("nine", "verdict"))}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := DefaultOptions()
			byDoc := map[string][]model.Claim{}
			for _, c := range tt.claims {
				byDoc[c.Span.Source] = append(byDoc[c.Span.Source], c)
			}
			opts.Claims = func(source string) []model.Claim { return byDoc[source] }
			opts.Event = func(s string) bool { return s == "evacuation" || s == "return" }
			assert.Equal(t, tt.want, kinds(run(t, opts, tt.claims...)))
		})
	}
}

// TestTwinCounterpart checks that of two body dates raised to the same
// floor against a summary date, the finding names the one whose sentence
// states another figure as the summary's does, even when the other shares
// more words with it.
func TestTwinCounterpart(t *testing.T) {
	in := func(start int32) func(*model.Claim) {
		return func(c *model.Claim) {
			c.Sentence = model.Range{Start: model.Pos{Offset: start}, End: model.Pos{Offset: start + 90}}
		}
	}
	heat := func(off int, opts ...func(*model.Claim)) model.Claim {
		c := qty("a.txt", off, 45.2, opts...)
		c.Value.Kind, c.Value.Unit, c.Subject, c.Measure = model.Measurement, "°C", "temperature", ""
		return c
	}
	on := func(off, wd int, start int32, opts ...func(*model.Claim)) model.Claim {
		c := day("a.txt", off, wd, "city", "heat", "hottest", "wave")
		c.Subject = ""
		in(start)(&c)
		for _, o := range opts {
			o(&c)
		}
		return c
	}
	words := func(w ...string) func(*model.Claim) {
		return func(c *model.Claim) { c.Context = model.MakeWords(w...) }
	}
	res := run(t, DefaultOptions(),
		heat(0, summary, in(0)), on(10, 5, 0, summary),
		heat(100, in(100)), on(110, 6, 100, words("airport", "mercury", "reading")),
		on(300, 4, 300, words("city", "fans", "match", "stadium")))
	require.Len(t, res.Discrepancies, 1)
	assert.Equal(t, "a.txt:date:110", res.Discrepancies[0].Claims[1].ID)
}

// TestSameEventCounterpart holds that of two body dates a summary date is
// raised against, it is set against the one of its own event, though the
// other's sentence shares more of its words: "robbed in 2010" against "a
// robbery in March 2011", not "the second time the store had been robbed
// since he bought it in 2008".
func TestSameEventCounterpart(t *testing.T) {
	event := func(e string) func(*model.Claim) { return func(c *model.Claim) { c.Subject = e } }
	on := func(off, y, m int, words []string, opts ...func(*model.Claim)) model.Claim {
		c := date("a.txt", off, y, m, 0, words...)
		for _, o := range opts {
			o(&c)
		}
		return c
	}
	opts := DefaultOptions()
	opts.Event = func(e string) bool { return e == "robbery" }
	res := run(t, opts,
		on(0, 2010, 0, []string{"camera", "install", "owner", "robbery", "store"}, summary, event("robbery")),
		on(100, 2008, 0, []string{"bought", "robbery", "store"}, event("cost"), measure("cost")),
		on(200, 2011, 3, []string{"clerk", "room", "tied"}, event("robbery")))
	require.Len(t, res.Discrepancies, 1)
	assert.Equal(t, "a.txt:date:200", res.Discrepancies[0].Claims[1].ID)
}

// TestSameClock holds which sentences give one time of day.
func TestSameClock(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"stood on top at 7:15 a.m. on Wednesday", "stood on top of the peak at 7:15 a.m. local time on Thursday", true},
		{"broke out at 11:40pm", "the alarm sounded at 11:40pm on Friday", true},
		{"at 7:15 a.m.", "at 17:15 a.m.", false},
		{"at 7:15 a.m.", "at 7:15 p.m.", false},
		{"a 7:15 ratio", "a 7:15 ratio", false},
		{"no time at all", "none here", false},
	}
	for _, tt := range tests {
		_, _, got := sameClock(tt.a, tt.b)
		assert.Equal(t, tt.want, got, "%q / %q", tt.a, tt.b)
	}
}

// TestClockTwins holds that a summary date is set against the body date
// whose sentence gives the same time of day, rather than one whose
// sentence shares more of its words: one moment, told twice.
func TestClockTwins(t *testing.T) {
	on := func(off, wd int, start int32, text string, words ...string) model.Claim {
		c := day("a.txt", off, wd, words...)
		c.Sentence = model.Range{Start: model.Pos{Offset: start}, End: model.Pos{Offset: start + int32(len(text))}}
		c.Text = text
		return c
	}
	top := on(40, 3, 0, "Ashworth stood on top at 7:15 a.m. on Wednesday", "ashworth", "guide", "morning", "stood", "top")
	top.Section = model.Summary
	for _, tt := range []struct {
		clock, want string
	}{{"7:15 a.m.", "a.txt:date:160"}, {"9:40 a.m.", "a.txt:date:260"}} {
		res := run(t, DefaultOptions(), top,
			on(160, 4, 100, "He reached the peak at "+tt.clock+" local time on Thursday", "local", "peak", "reached", "time"),
			on(260, 2, 200, "Ashworth slept at the camp on Tuesday", "ashworth", "camp", "slept", "tent", "wind"))
		require.Len(t, res.Discrepancies, 1, tt.clock)
		assert.Equal(t, tt.want, res.Discrepancies[0].Claims[1].ID, tt.clock)
	}
}

// TestAdditionalWithNothingBefore holds that a count "beyond those counted
// before" is compared across articles as a plain count when its article
// counts nothing of its thing and measure before it: "Seven people were
// killed. Another 41 people were missing" gives the whole count of the
// missing, while "Three more bodies were found" after "12 bodies were
// found" does not.
func TestAdditionalWithNothingBefore(t *testing.T) {
	missing := func(src string, off int, v float64, opts ...func(*model.Claim)) model.Claim {
		return qty(src, off, v, append([]func(*model.Claim){measure("missing")}, opts...)...)
	}
	tests := []struct {
		name   string
		before []model.Claim // a.txt's claims before its "another 41"
		want   []model.Kind
	}{
		{"nothing of the same measure before", []model.Claim{qty("a.txt", 0, 7)}, []model.Kind{model.QuantityMismatch}},
		{"a count of the same measure before", []model.Claim{missing("a.txt", 0, 12)}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			another := missing("a.txt", 100, 41, version(model.Additional))
			claims := map[string][]model.Claim{
				"a.txt": append(slices.Clone(tt.before), another),
				"b.txt": {missing("b.txt", 0, 47)},
			}
			opts := DefaultOptions()
			opts.Claims = func(source string) []model.Claim { return claims[source] }
			res := run(t, opts, another, claims["b.txt"][0])
			assert.Equal(t, tt.want, kinds(res))
		})
	}
}

// TestOthersOfOneThing holds that a body's count "beyond those counted
// before" that names no measure ("About 150 other visitors who were
// underground") is set apart from an earlier count of its thing by any
// measure ("Nineteen tourists ... spent almost six hours stranded"), so
// it contradicts no summary count ("19 tourists ... were trapped"); one
// that names a measure is still set apart only by a count of that
// measure, and with nothing of its thing before it is a whole count.
func TestOthersOfOneThing(t *testing.T) {
	line := func(n int32) func(*model.Claim) { return func(c *model.Claim) { c.Span.Start.Line = n } }
	ctx := words("visitor", "lift", "underground", "mine")
	sum := qty("a.txt", 0, 19, summary, line(2), subject("visitor"), measure("trap"), ctx)
	tests := []struct {
		name    string
		before  model.Claim // the body's count before the others
		measure string      // the others' measure
		want    []model.Kind
	}{
		{"others of no measure after a count of their thing", qty("a.txt", 100, 19, line(7), subject("visitor"), measure("stay")), "", nil},
		{"others of no measure after a count of another thing", qty("a.txt", 100, 19, line(7), subject("guide"), measure("stay")), "", []model.Kind{model.SummaryVsBody}},
		{"others of a measure after a count of another measure", qty("a.txt", 100, 19, line(7), subject("visitor"), measure("stay")), "trap", []model.Kind{model.SummaryVsBody}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			others := qty("a.txt", 900, 150, line(16), subject("visitor"), measure(tt.measure), version(model.Additional), hedged("about", 140, 160), ctx)
			all := []model.Claim{sum, tt.before, others}
			opts := DefaultOptions()
			opts.Claims = func(string) []model.Claim { return all }
			res := run(t, opts, sum, others)
			assert.Equal(t, tt.want, kinds(res))
		})
	}
}

// TestOthersBefore holds that a summary's count "beyond those counted
// before" that names no measure ("31 other workers underground at the
// time reached the surface") is set apart from what its line or the one
// before counts ("11 miners trapped"), and so is no count of a measure
// the body names ("employs about 650 people"); with nothing counted
// before, it is a whole count and still compared.
func TestOthersBefore(t *testing.T) {
	line := func(n int32) func(*model.Claim) { return func(c *model.Claim) { c.Span.Start.Line = n } }
	ctx := words("worker", "underground", "mine", "surface")
	others := qty("a.txt", 80, 31, summary, line(3), subject("employee"), measure(""), version(model.Additional), ctx)
	workforce := qty("a.txt", 2000, 650, line(14), subject("employee"), measure("employ"), hedged("about", 600, 700), ctx)
	tests := []struct {
		name   string
		before []model.Claim // a.txt's claims before "31 other workers"
		want   []model.Kind
	}{
		{"a count on the line before", []model.Claim{qty("a.txt", 20, 11, summary, line(2), subject("miner"), measure("trap"))}, nil},
		{"nothing counted before", nil, []model.Kind{model.SummaryVsBody}},
		{"a count far before", []model.Claim{qty("a.txt", 0, 11, summary, subject("miner"), measure("trap"))}, []model.Kind{model.SummaryVsBody}},
		{"a count of another section on the line before", []model.Claim{qty("a.txt", 20, 11, line(2), subject("miner"), measure("trap"))}, []model.Kind{model.SummaryVsBody}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			all := append(slices.Clone(tt.before), others, workforce)
			opts := DefaultOptions()
			opts.Claims = func(string) []model.Claim { return all }
			res := run(t, opts, others, workforce)
			assert.Equal(t, tt.want, kinds(res))
		})
	}
}

// TestWholeShare holds that a body's share that names no act states or
// contradicts a summary's share of the same whole that was destroyed
// ("destroyed about 70% of the grapes" against "roughly 90% of the
// grapes lay split and bruised"), though they share few words, and not a
// share of another act ("about one in four bleached corals has died").
// A share lost ("reported losing up to 90% of the grapes") is one
// destroyed; a share grown is not.
func TestWholeShare(t *testing.T) {
	for _, tt := range []struct {
		measure, body string
		want          []model.Kind
	}{
		{"destroy", "", []model.Kind{model.SummaryVsBody}},
		{"kill", "", nil},
		{"destroy", "decrease", []model.Kind{model.SummaryVsBody}},
		{"destroy", "increase", nil},
	} {
		body := qty("a.txt", 500, 90, percent, subject("grape"), measure(tt.body), words("lay", "split", "bruised", "ground", "grape", "estate"))
		sum := qty("a.txt", 0, 70, summary, percent, subject("grape"), measure(tt.measure), words("hailstorm", "destroyed", "grape", "vineyard", "family"))
		res := run(t, DefaultOptions(), sum, body)
		assert.Equal(t, tt.want, kinds(res), tt.measure+" against "+tt.body)
	}
}

// TestWordShare holds that a summary's share written as a fraction in
// words restates a body's figure under the same hedge that it rounds:
// "about a quarter" is "about 24%", where "about 25%" is not.
func TestWordShare(t *testing.T) {
	ctx := words("colony", "bleaching", "survey", "reef")
	body := qty("a.txt", 500, 24, percent, subject("colony"), measure(""), hedged("about", 22, 26), ctx)
	body.Quote = "about 24%"
	for _, tt := range []struct {
		quote string
		want  []model.Kind
	}{
		{"about a quarter", nil},
		{"about 25%", []model.Kind{model.SummaryVsBody}},
	} {
		sum := qty("a.txt", 0, 25, summary, percent, subject("colony"), measure(""), hedged("about", 23, 27), ctx)
		sum.Quote = tt.quote
		res := run(t, DefaultOptions(), sum, body)
		assert.Equal(t, tt.want, kinds(res), tt.quote)
	}
}

// TestEchoedInBody checks which summary claims a body sentence echoes: it
// states their value and another value of their sentence.
func TestEchoedInBody(t *testing.T) {
	in := sentenceAt
	minutes := func(c *model.Claim) {
		c.Value, c.Subject, c.Measure = model.Point(model.Duration, 14), "", ""
		c.Value.Unit = "minute"
	}
	weekday := func(src string, off int, wd int, at int32) model.Claim {
		c := day(src, off, wd)
		in(at)(&c)
		return c
	}
	tests := []struct {
		name    string
		summary []model.Claim
		body    []model.Claim
		want    []int // indexes of the summary claims echoed
	}{
		{"two figures of one sentence",
			[]model.Claim{qty("a.txt", 0, 5, summary, in(0)), qty("a.txt", 20, 14, summary, in(0), minutes)},
			[]model.Claim{qty("a.txt", 100, 5, in(100)), qty("a.txt", 130, 14, in(100), minutes), qty("a.txt", 200, 3, in(200))},
			[]int{0, 1}},
		{"the figures in two body sentences",
			[]model.Claim{qty("a.txt", 0, 5, summary, in(0)), qty("a.txt", 20, 14, summary, in(0), minutes)},
			[]model.Claim{qty("a.txt", 100, 5, in(100)), qty("a.txt", 230, 14, in(200), minutes)},
			nil},
		{"one figure twice is no second value",
			[]model.Claim{qty("a.txt", 0, 5, summary, in(0)), qty("a.txt", 20, 5, summary, in(0), measure("injure"))},
			[]model.Claim{qty("a.txt", 100, 5, in(100)), qty("a.txt", 130, 5, in(100), measure("injure"))},
			nil},
		{"a value of another thing by another act twins but is not vouched for",
			[]model.Claim{qty("a.txt", 0, 11, summary, in(0), measure("intercept"), func(c *model.Claim) { c.Subject = "drone" }),
				qty("a.txt", 20, 36, summary, in(0), measure("launch"), func(c *model.Claim) { c.Subject = "drone" })},
			[]model.Claim{qty("a.txt", 100, 36, in(100), measure("launch"), func(c *model.Claim) { c.Subject = "drone" }),
				qty("a.txt", 130, 11, in(100), measure("launch"), func(c *model.Claim) { c.Subject = "missile" })},
			[]int{1}},
		{"a value of another thing, one side naming no act, is vouched for",
			[]model.Claim{qty("a.txt", 0, 5, summary, in(0), measure(""), func(c *model.Claim) { c.Subject = "bidder" }), qty("a.txt", 20, 14, summary, in(0), minutes)},
			[]model.Claim{qty("a.txt", 100, 5, in(100), measure("cost"), func(c *model.Claim) { c.Subject = "competitor" }), qty("a.txt", 130, 14, in(100), minutes)},
			[]int{0, 1}},
		{"a day of the week echoes nothing",
			[]model.Claim{weekday("a.txt", 0, 3, 0), qty("a.txt", 20, 14, summary, in(0), minutes)},
			[]model.Claim{weekday("a.txt", 100, 3, 100), qty("a.txt", 130, 14, in(100), minutes)},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var sum, body []*store.Member
			for i := range tt.summary {
				tt.summary[i].Section = model.Summary
				sum = append(sum, &store.Member{Claim: &tt.summary[i]})
			}
			for i := range tt.body {
				body = append(body, &store.Member{Claim: &tt.body[i]})
			}
			got := echoedInBody(sum, body)
			var idx []int
			for i := range tt.summary {
				if got[&tt.summary[i]] {
					idx = append(idx, i)
				}
			}
			assert.Equal(t, tt.want, idx)
		})
	}
}

// sentenceAt sets a claim's sentence to start at off.
func sentenceAt(off int32) func(*model.Claim) {
	return func(c *model.Claim) {
		c.Sentence = model.Range{Start: model.Pos{Offset: off}, End: model.Pos{Offset: off + 90}}
	}
}

// TestSigDigits pins the significant digits of whole figures.
func TestSigDigits(t *testing.T) {
	for x, want := range map[float64]int{214000: 3, 5000: 1, 1234: 4, 0: 0, 3.8: 0, -1200: 2} {
		assert.Equal(t, want, sigDigits(x), "%v", x)
	}
}

// TestDigitsSwapped checks which two figures differ only by two
// neighbouring digits swapped, at one magnitude.
func TestDigitsSwapped(t *testing.T) {
	tests := []struct {
		a, b float64
		want bool
	}{
		{6.9e6, 9.6e6, true},
		{1472, 1742, true},
		{64, 46, true},
		{1240, 1420, true},
		{41, 46, false},      // one digit changed
		{9, 4, false},        // any two figures of one digit differ by one
		{21, 12000, false},   // another magnitude
		{1472, 7412, false},  // digits apart
		{350e3, 53e3, false}, // another magnitude
		{12, 12, false},
	}
	for _, tt := range tests {
		a, b := qty("a.txt", 0, tt.a), qty("a.txt", 9, tt.b)
		v := Verdict{A: &a, B: &b}
		assert.Equal(t, tt.want, digitsSwapped(&v), "%v ~ %v", tt.a, tt.b)
	}
}

// TestCounterpartDigitsSwapped checks that a summary's figure with two
// digits swapped is set against the body figure it was copied from, not
// a figure nearer in value: "$6.9 million" against "$9.6 million", not
// the "$8.4 million" hammer price.
func TestCounterpartDigitsSwapped(t *testing.T) {
	money := func(c *model.Claim) {
		c.Subject, c.Measure, c.Entities = "money", "cost", []string{"Hallam"}
		c.Value = model.Point(model.Amount, c.Value.Nominal)
		c.Value.Unit = "USD"
		c.Context = model.MakeWords("violin", "sell", "auction")
	}
	res := run(t, DefaultOptions(),
		qty("a.txt", 0, 6.9e6, summary, money),
		qty("a.txt", 100, 9.6e6, money),
		qty("a.txt", 200, 8.4e6, money))
	require.Len(t, res.Discrepancies, 1)
	assert.Equal(t, 9.6e6, res.Discrepancies[0].Claims[1].Value.Nominal)
}

// TestInsideRange checks that a body's range vouches for no summary
// figure strictly inside it: "a pre-sale estimate of $5 million to $7
// million" leaves the summary's "$6.9 million" stated by neither, while
// a range's end, a hedged figure or a bound still restates it.
func TestInsideRange(t *testing.T) {
	money := func(lo, hi float64) func(*model.Claim) {
		return func(c *model.Claim) {
			c.Subject, c.Measure, c.Entities = "money", "cost", []string{"Hallam"}
			c.Value = model.Value{Kind: model.Amount, Unit: "USD", Lo: lo, Hi: hi, Nominal: lo}
			c.Context = model.MakeWords("violin", "sell", "auction")
		}
	}
	tests := []struct {
		name   string
		lo, hi float64
		flag   bool
	}{
		{"a figure inside a range", 5e6, 7e6, true},
		{"a range's end", 6.9e6, 7e6, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := run(t, DefaultOptions(),
				qty("a.txt", 0, 0, summary, money(6.9e6, 6.9e6)),
				qty("a.txt", 100, 0, money(tt.lo, tt.hi)),
				qty("a.txt", 200, 0, money(9.6e6, 9.6e6)))
			assert.Equal(t, tt.flag, len(res.Discrepancies) == 1)
		})
	}
	point := model.Point(model.Amount, 6.9e6)
	assert.True(t, insideRange(point, model.Value{Kind: model.Amount, Lo: 5e6, Hi: 7e6}))
	assert.False(t, insideRange(point, model.Value{Kind: model.Amount, Lo: 5e6, Hi: 7e6, Hedge: "about"}))
	assert.False(t, insideRange(point, model.Value{Kind: model.Amount, Lo: 5e6, Hi: 7e6, LoOpen: true}))
	assert.False(t, insideRange(point, model.Value{Kind: model.Amount, Lo: 0, Hi: 7e6}))
}

// TestOnceEachRole checks that a person's title restated further down an
// article conflicts once with another article's title, at its first
// statement, while another person's conflict stays.
func TestOnceEachRole(t *testing.T) {
	res := run(t, DefaultOptions(),
		role("b.txt", 300, "Oskar Lindqvist", "mayor", ""),
		role("b.txt", 100, "Oskar Lindqvist", "mayor", ""),
		role("c.txt", 50, "Oskar Lindqvist", "deputy mayor", ""),
		role("b.txt", 500, "Dorota Fenn", "mayor", ""),
		role("c.txt", 90, "Dorota Fenn", "deputy mayor", ""))
	require.Len(t, res.Discrepancies, 2)
	var at []int32
	for _, d := range res.Discrepancies {
		for _, c := range d.Claims {
			if c.Span.Source == "b.txt" {
				at = append(at, c.Span.Start.Offset)
			}
		}
	}
	assert.ElementsMatch(t, []int32{100, 500}, at)
}

// TestSupportsHorizon checks that the end of a span confirms no date that
// is not one: "closed until Thursday" is no "Thursday".
func TestSupportsHorizon(t *testing.T) {
	until := model.Value{Kind: model.Weekday, Date: model.DateParts{Weekday: 4, Horizon: true}}
	on := model.Value{Kind: model.Weekday, Date: model.DateParts{Weekday: 4}}
	assert.False(t, supports(until, on, nil))
	assert.False(t, supports(on, until, nil))
	assert.True(t, supports(until, until, nil))
}

// wed makes c a date of a wedding in place, in the summary or the body,
// whose sentence names entities.
func wed(c model.Claim, place string, inSummary bool, entities ...string) model.Claim {
	c.Subject, c.Place, c.Entities = "marry", place, entities
	if inSummary {
		c.Section = model.Summary
	}
	return c
}

// TestOtherArticleStatesFigure checks that a conflict across articles is
// dropped when the other article gives the claim's figure of the same
// thing elsewhere: its other figure is of something else.
func TestOtherArticleStatesFigure(t *testing.T) {
	cars := func(src string, off int, v float64, m string) model.Claim {
		return qty(src, off, v, measure(m), period("day"), hedged("about", v*0.95, v*1.05), func(c *model.Claim) {
			c.Subject, c.Context = "vehicle", model.MakeWords("bridge", "carry", "vehicle")
			c.Entities = []string{"Avern"}
		})
	}
	tests := []struct {
		name  string
		other float64 // what b.txt's other claim gives; 0 = no such claim
		want  []model.Kind
	}{
		{"the other article gives the figure elsewhere", 48000, nil},
		{"the other article gives it under no hedge", 0, []model.Kind{model.QuantityMismatch}},
		{"the other article gives another figure elsewhere", 52000, []model.Kind{model.QuantityMismatch}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claims := map[string][]model.Claim{
				"a.txt": {cars("a.txt", 0, 48000, "carry")},
				"b.txt": {cars("b.txt", 0, 31000, "carry")},
			}
			if tt.other != 0 {
				claims["b.txt"] = append(claims["b.txt"], cars("b.txt", 500, tt.other, ""))
			} else {
				plain := qty("b.txt", 500, 48000, measure(""), period("day"), func(c *model.Claim) { c.Subject = "vehicle" })
				claims["b.txt"] = append(claims["b.txt"], plain)
			}
			opts := DefaultOptions()
			opts.Claims = func(source string) []model.Claim { return claims[source] }
			res := run(t, opts, claims["a.txt"][0], claims["b.txt"][0])
			assert.Equal(t, tt.want, kinds(res))
		})
	}
}

// TestRoundedAt pins when a figure is another rounded to its last place.
func TestRoundedAt(t *testing.T) {
	usd := func(x float64) model.Value { v := model.Point(model.Amount, x); v.Unit = "USD"; return v }
	tests := []struct {
		name string
		r, x float64
		want bool
	}{
		{"a decimal dropped", 531e6, 531.2e6, true},
		{"another figure", 531e6, 513.2e6, false},
		{"two places alike", 5.2e6, 5.6e6, false},
		{"one significant digit", 100000, 140000, false},
		{"a finer figure", 531.2e6, 531e6, false},
		{"too small", 531, 531.2, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, roundedAt(usd(tt.r), usd(tt.x)))
			assert.Equal(t, tt.want, agreeValues(usd(tt.r), usd(tt.x), 0) && tt.want, "agreeValues")
		})
	}
	assert.True(t, agreeValues(usd(531e6), usd(531.2e6), 0))
	assert.False(t, agreeValues(usd(100000), usd(140000), 0))
	// Cents dropped from a figure of three digits or more restate it.
	assert.True(t, agreeValues(usd(388), usd(388.26), 0))
	assert.True(t, agreeValues(usd(388.26), usd(388), 0))
	assert.False(t, agreeValues(usd(5), usd(5.40), 0))
	assert.False(t, agreeValues(usd(5.40), usd(5), 0))
	assert.False(t, agreeValues(usd(389), usd(388.26), 0))
}

// TestAgeOfNoPerson checks that an age no person reaches is not set
// against a person's in the same article.
func TestAgeOfNoPerson(t *testing.T) {
	age := func(off int, x float64, sec model.Section) model.Claim {
		return qty("a.txt", off, x, measure("age"), sentenceAt(int32(off)), func(c *model.Claim) {
			c.Subject, c.Section, c.Value.Kind = "age", sec, model.Age
			c.Context = model.MakeWords("church", "fire", "wednesday")
		})
	}
	opts := DefaultOptions()
	res := run(t, opts, age(10, 146, model.Summary), age(200, 24, model.Body))
	assert.Empty(t, kinds(res), "a church's age against a farmer's")
	res = run(t, opts, age(10, 26, model.Summary), age(200, 24, model.Body))
	assert.Equal(t, []model.Kind{model.SummaryVsBody}, kinds(res), "two people's ages that share their words")
}

// TestYearlyFigure checks that a summary's figure of a year restates the
// body's figure of one year, which then vouches for it.
func TestYearlyFigure(t *testing.T) {
	opts := DefaultOptions()
	opts.Aggregate = map[string]bool{"year": true, "week": true}
	sum := qty("a.txt", 0, 4.7e6, summary, gbp, measure(""), period("year"))
	spent := qty("a.txt", 90, 1.2e6, gbp, measure("cost"))
	assert.Empty(t, kinds(run(t, opts, sum, qty("a.txt", 50, 4.7e6, gbp, measure("cost"), period("last year")), spent)),
		"£4.7million in a year is £4.7million last year")
	assert.Empty(t, kinds(run(t, opts, sum, qty("a.txt", 50, 4.7e6, gbp, measure("cost"), period("2014")), spent)),
		"£4.7million in a year is £4.7million in 2014")
	assert.Equal(t, []model.Kind{model.SummaryVsBody},
		kinds(run(t, opts, sum, qty("a.txt", 50, 4.7e6, gbp, measure("cost"), period("week")), spent)),
		"a week's figure is no year's")
}

// TestFarBelow pins which figures name only some of what a ceiling counts.
func TestFarBelow(t *testing.T) {
	upTo := model.Value{Kind: model.Count, Lo: 0, Hi: 1500, Nominal: 1500, Hedge: "up to"}
	about := func(x float64) model.Value {
		return model.Value{Kind: model.Count, Lo: x * 0.9, Hi: x * 1.1, Nominal: x, Hedge: "about"}
	}
	tests := []struct {
		name string
		b    model.Value
		want bool
	}{
		{"an exact figure far below", model.Point(model.Count, 140), true},
		{"a hedged figure far below", about(140), true},
		{"a figure near the ceiling", about(1200), false},
		{"another ceiling", model.Value{Kind: model.Count, Lo: 0, Hi: 140, Nominal: 140, Hedge: "up to"}, false},
		{"a floor", model.Value{Kind: model.Count, Lo: 140, Hi: math.Inf(1), Nominal: 140, Hedge: "at least"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, farBelow(tt.b, upTo))
		})
	}
}

// TestAgeHolds pins that an age in whole years holds an age in years and
// a part, the way a birthday bounds it.
func TestAgeHolds(t *testing.T) {
	age := func(x float64) model.Value { return model.Point(model.Age, x) }
	tests := []struct {
		name string
		a, b model.Value
		want bool
	}{
		{"a year and a month within", age(26), age(26 + 1.0/12), true},
		{"the same, the other way", age(26 + 1.0/12), age(26), true},
		{"past the next birthday", age(25), age(26 + 1.0/12), false},
		{"two whole years", age(26), age(27), false},
		{"a hedged age bounds nothing", model.Value{Kind: model.Age, Lo: 23.4, Hi: 28.6, Nominal: 26, Hedge: "about"}, age(30.5), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, agreeValues(tt.a, tt.b, 0))
		})
	}
}

// TestTwinFigureFloor checks that a small figure two sentences share
// makes no twins: "three strokes" recurs in a story of four rounds.
func TestTwinFigureFloor(t *testing.T) {
	strokes := func(src string, off int, v float64, sec model.Section) *model.Claim {
		c := qty(src, off, v, measure(""), sentenceAt(int32(off)), func(c *model.Claim) { c.Subject = "stroke"; c.Section = sec })
		return &c
	}
	assert.False(t, twinFigures(strokes("a.txt", 0, 3, model.Summary), strokes("a.txt", 100, 3, model.Body)))
	assert.True(t, twinFigures(strokes("a.txt", 0, 50, model.Summary), strokes("a.txt", 100, 50, model.Body)))
}

// pollMargin is a summary's "3.8-point margin of error" and "Two-point
// lead" against a body that gives the margin (share) in percentage points
// and the gap as a two-point count.
func pollMargin(share float64) []model.Claim {
	return []model.Claim{
		qty("a.txt", 0, 3.8, summary, measure(""), func(c *model.Claim) {
			c.Subject, c.Context = "point", model.MakeWords("error", "lead", "margin", "point")
		}),
		qty("a.txt", 100, share, measure(""), percent, func(c *model.Claim) { c.Subject, c.Context = "", model.MakeWords("error", "gap", "margin", "poll") }),
		qty("a.txt", 150, 2, measure(""), func(c *model.Claim) {
			c.Subject, c.Context = "point", model.MakeWords("error", "gap", "margin", "point", "poll")
		}),
	}
}

// TestSameParty checks the names of one party: the same name, a short form
// and initials, with or without function words.
func TestSameParty(t *testing.T) {
	tests := []struct {
		x, y string
		want bool
	}{
		{"police", "police", true},
		{"interior", "interior ministry", true},
		{"usgs", "u.s. geological survey", true},
		{"dhs", "department of homeland security", true},
		{"dohs", "department of homeland security", true},
		{"emsc", "u.s. geological survey", false},
		{"u", "united nations", false},
		{"un", "united nations", true},
		{"ministry", "interior ministry", false},
		{"seismological bureau", "velmoran seismological bureau", true},
		{"police", "regional police", false},
		{"al bureau", "velmoran seismological bureau", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, sameParty(tt.x, tt.y), "%q %q", tt.x, tt.y)
		assert.Equal(t, tt.want, sameParty(tt.y, tt.x), "%q %q", tt.y, tt.x)
	}
}

// TestSummaryCreditedInFewerWords checks that a summary's attribution in
// fewer words ("police say") costs no confidence against its body's
// fuller one, while two articles' differ.
func TestSummaryCreditedInFewerWords(t *testing.T) {
	credit := func(by string) func(*model.Claim) { return func(c *model.Claim) { c.SaidBy = by } }
	a := inSummary(qty("a.txt", 0, 6, credit("police")))
	b := qty("a.txt", 100, 4, credit("pennsylvania state police trooper megan kohl"))
	v, ok := judge(&a, &b, true, false, DefaultOptions(), &notes{on: true})
	require.True(t, ok)
	assert.NotContains(t, strings.Join(v.Reasons, "; "), "credited to")
	other := qty("b.txt", 100, 4, credit("pennsylvania state police trooper megan kohl"))
	v, ok = judge(&a, &other, false, false, DefaultOptions(), &notes{on: true})
	require.True(t, ok)
	assert.Contains(t, strings.Join(v.Reasons, "; "), "credited to")
	assert.True(t, wordsWithin("state police", "pennsylvania state police trooper"))
	assert.False(t, wordsWithin("police", "policeman"))
}

// TestSameTopic checks which two subjects count the same thing: forms of
// one word do, and so does a word against itself; two words a letter apart
// are two words, since subjects are lemmas and the lexicon's canonical
// names, not names spelled several ways. Two distances are from the same
// thing when both name it by one head noun or one's compound starts with
// the other, or neither names it.
func TestSameTopic(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"people", "people", true},
		{"deliberated", "deliberations", true},
		{"Drone", "drone", true},
		{"county", "country", false},
		{"stated", "station", false},
		{"", "", false},
		{"distance from road", "distance from road", true},
		{"distance from nearest town", "distance from town", true},
		{"distance from finish", "distance from finish line", true},
		{"distance from finish line", "distance from finish", true},
		{"distance from nearest town", "distance from nearest road", false},
		{"distance from road", "distance from verge", false},
		{"distance", "distance from road", false},
		{"distance", "distance", true},
	} {
		assert.Equal(t, tt.want, sameTopic(tt.a, tt.b), "%s vs %s", tt.a, tt.b)
	}
}

// TestWindowDroppedInSummary checks that within one article a summary's
// figure and its body's very figure given with a window ("loses 520
// containers", "lost some 520 containers ... last week") are judged
// together, as a restatement, while two figures that differ are not, nor
// two ages at two times.
func TestWindowDroppedInSummary(t *testing.T) {
	opts := DefaultOptions()
	opts.Aggregate = map[string]bool{"week": true}
	age := func(c *model.Claim) { c.Value.Kind, c.Subject, c.Measure = model.Age, "age", "age" }
	for _, tt := range []struct {
		name string
		a, b model.Claim
		want bool
	}{
		{"the same figure", qty("a.txt", 0, 520, summary), qty("a.txt", 50, 520, period("week")), true},
		{"another figure", qty("a.txt", 0, 580, summary), qty("a.txt", 50, 520, period("week")), false},
		{"an age at another time", qty("a.txt", 0, 92, summary, age), qty("a.txt", 50, 92, period("week"), age), false},
	} {
		ok, _ := context(&tt.a, &tt.b, opts, true, &notes{})
		assert.Equal(t, tt.want, ok, tt.name)
	}
}

// TestVerbatimVersion checks that a summary figure the body gives
// word for word under a version of its own ("At the peak, about 43,000
// customers were without electricity") restates it, and that another
// figure of that version does not.
func TestVerbatimVersion(t *testing.T) {
	sum := inSummary(qty("a.txt", 0, 43000, measure(""), subject("customer"), hedged("about", 40000, 46000), words("lose", "power")))
	peak := qty("a.txt", 100, 43000, measure(""), subject("customer"), hedged("about", 40000, 46000), version(model.PeakVersion), saidBy("company"), words("electricity", "peak"))
	v, ok := judge(&sum, &peak, true, false, DefaultOptions(), &notes{})
	require.True(t, ok)
	assert.True(t, v.Comparable && v.Agree, "%+v", v)
	other := qty("a.txt", 100, 48000, measure(""), subject("customer"), hedged("about", 45000, 51000), version(model.PeakVersion), words("electricity", "peak"))
	v, ok = judge(&sum, &other, true, false, DefaultOptions(), &notes{})
	assert.False(t, ok && v.Comparable, "%+v", v)
}

// TestSaidDay checks that the day of a statement ("the university said
// Friday that ...") contradicts no summary date of the story's events,
// though the same day states one: with it, another act's day is no
// longer taken for the summary's misdated fact.
func TestSaidDay(t *testing.T) {
	sent := inSummary(day("a.txt", 0, 4, "email", "applicant", "reject", "evening"))
	sent.Subject, sent.Measure = "send", "send"
	saidOn := func(wd int) model.Claim {
		c := day("a.txt", 200, wd, "email", "applicant", "reject", "university", "error")
		c.Measure = model.SaidEvent
		return c
	}
	eventless := func(wd int) model.Claim {
		c := saidOn(wd)
		c.Measure = ""
		return c
	}
	// Another act of the story, on a day the summary does not give.
	other := day("a.txt", 400, 5, "email", "applicant", "petition", "evening")
	other.Subject, other.Measure = "start", "start"
	tests := []struct {
		name     string
		body     []model.Claim
		conflict bool
	}{
		{"a day said on is no other date", []model.Claim{saidOn(5)}, false},
		{"a day of no event", []model.Claim{eventless(5)}, true},
		{"another act's day contradicts a summary the body never dates", []model.Claim{other}, true},
		{"the summary's day said on states it", []model.Claim{saidOn(4), other}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := run(t, DefaultOptions(), append([]model.Claim{sent}, tt.body...)...)
			assert.Equal(t, tt.conflict, len(r.Discrepancies) > 0, "%v", r.Discrepancies)
		})
	}
}

// TestLeadMate checks that a summary's span its body never states is set
// against the one span in the unit of the body's first sentence, unless
// that span names another thing or the summary's is bounded below.
func TestLeadMate(t *testing.T) {
	minutes := func(n float64, hedge string) func(*model.Claim) {
		return func(c *model.Claim) {
			d := n / 1440
			c.Value = model.Value{Kind: model.Duration, Unit: "day", Lo: d, Hi: d, Nominal: d, Text: fmt.Sprintf("%g minutes", n)}
			if hedge != "" {
				c.Value.Hedge, c.Value.Hi = hedge, 2*d
			}
		}
	}
	in := func(off int32) func(*model.Claim) {
		return func(c *model.Claim) {
			c.Sentence = model.Range{Start: model.Pos{Offset: off}, End: model.Pos{Offset: off + 80}}
		}
	}
	span := func(off int, n float64, opts ...func(*model.Claim)) model.Claim {
		c := qty("a.txt", off, 0, append([]func(*model.Claim){minutes(n, ""), in(int32(off)), subject(""), measure("")}, opts...)...)
		c.Entities = nil
		return c
	}
	sum := func(n float64, hedge string) model.Claim {
		return span(0, n, summary, minutes(n, hedge), subject("outage"), words("rider", "hung", "upside", "crew", "lowered"))
	}
	tests := []struct {
		name   string
		claims []model.Claim
		want   []model.Kind
	}{
		{"the lead's span", []model.Claim{sum(45, ""), span(100, 35, words("people", "dangle", "loop", "stall")),
			span(500, 120, words("power", "failure", "staircase"))}, []model.Kind{model.SummaryVsBody}},
		{"not past the lead", []model.Claim{sum(45, ""), span(100, 35, words("people", "dangle", "loop", "stall"), in(90)),
			span(500, 120, words("power", "failure", "staircase")), qty("a.txt", 50, 16, in(50))}, nil},
		{"a lead's span of a thing the summary does not name", []model.Claim{span(0, 61, summary, words("lived", "house", "wed", "church")),
			span(100, 75, subject("marriage"), words("couple", "celebrated", "marriage", "sherry")),
			span(500, 120, subject("failure"), words("power", "failure", "staircase"))}, nil},
		{"a summary's floor", []model.Claim{sum(45, "more than"), span(100, 35, words("people", "dangle", "loop", "stall")),
			span(500, 120, words("power", "failure", "staircase"))}, nil},
	}
	opts := DefaultOptions()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, kinds(run(t, opts, tt.claims...)))
		})
	}
}

// TestUnitMateByHedge checks that of several body spans in a summary
// span's unit, the one alone to carry the summary's hedge is its mate:
// "stuck for nearly 7 hours" restates "spent nearly five hours", not
// "after about two hours".
func TestUnitMateByHedge(t *testing.T) {
	hours := func(off int, n float64, hedge string, opts ...func(*model.Claim)) *store.Member {
		c := qty("a.txt", off, 0, append([]func(*model.Claim){subject(""), measure("")}, opts...)...)
		d := n / 24
		c.Value = model.Value{Kind: model.Duration, Unit: "day", Lo: d, Hi: d, Nominal: d, Hedge: hedge, Text: fmt.Sprintf("%g hours", n)}
		return &store.Member{Claim: &c}
	}
	nearly5, about2, about3 := hours(100, 5, "nearly"), hours(200, 2, "about"), hours(300, 3, "about")
	tests := []struct {
		name string
		sum  *store.Member
		body []*store.Member
		want *store.Member
	}{
		{"the one span of the summary's hedge", hours(0, 7, "nearly", summary), []*store.Member{nearly5, about2, about3}, nearly5},
		{"an unhedged summary span", hours(0, 7, "", summary), []*store.Member{nearly5, about2, hours(300, 3, "")}, nil},
		{"a hedge two spans carry", hours(0, 7, "about", summary), []*store.Member{nearly5, about2, about3}, nil},
		{"a hedge no span carries", hours(0, 7, "more than", summary), []*store.Member{nearly5, about2, about3}, nil},
		{"the one span, whatever its hedge", hours(0, 7, "about", summary), []*store.Member{nearly5}, nearly5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := unitMate(tt.sum.Claim, tt.body)
			if tt.want == nil {
				assert.Nil(t, got)
				return
			}
			assert.Same(t, tt.want.Claim, got)
		})
	}
}

// TestTruncates checks that a whole number of a unit agrees with a span
// that adds parts of a unit to it, and with no other.
func TestTruncates(t *testing.T) {
	hours := func(h float64, text string) model.Value {
		d := h / 24
		return model.Value{Kind: model.Duration, Unit: "day", Lo: d, Hi: d, Nominal: d, Text: text}
	}
	tests := []struct {
		name string
		a, b model.Value
		want bool
	}{
		{"five hours of five hours and 20 minutes", hours(5, "5 hours"), hours(5+1.0/3, "5.33 hours"), true},
		{"either way", hours(5+1.0/3, "5.33 hours"), hours(5, "5 hours"), true},
		{"not of six hours", hours(5, "5 hours"), hours(6, "6 hours"), false},
		{"nor of less", hours(5, "5 hours"), hours(4.5, "4.5 hours"), false},
		{"a day is 24 hours", hours(24, "1 day"), hours(30, "30 hours"), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, agreeValues(tt.a, tt.b, 0))
		})
	}
}

// TestSameFigure checks which figures one article gives for one fact
// whatever each side says it counts: precise ones, and sums of money
// with a significant digit fewer.
func TestSameFigure(t *testing.T) {
	tests := []struct {
		name string
		a, b model.Claim
		want bool
	}{
		{"three significant digits", qty("a.txt", 0, 214000, subject("home")), qty("a.txt", 9, 214000, subject("customer")), true},
		{"a count of two", qty("a.txt", 0, 480000, subject("home")), qty("a.txt", 9, 480000, subject("customer")), false},
		{"a sum of two", qty("a.txt", 0, 480000, gbp, subject("money")), qty("a.txt", 9, 480000, gbp, subject("park")), true},
		{"a sum of one", qty("a.txt", 0, 500000, gbp, subject("money")), qty("a.txt", 9, 500000, gbp, subject("park")), false},
		{"sums in two currencies", qty("a.txt", 0, 480000, gbp), qty("a.txt", 9, 480000, gbp, func(c *model.Claim) { c.Value.Unit = "EUR" }), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, sameFigure(&tt.a, &tt.b))
		})
	}
}

// TestSameFactOfPeople checks that people in general are one fact only
// when both sides name what happened to them, or neither does.
func TestSameFactOfPeople(t *testing.T) {
	injured := qty("a.txt", 0, 3, measure("injure"), summary)
	freed := qty("a.txt", 90, 2, measure(""))
	assert.False(t, sameFact(&injured, &freed), "three injured are not two people freed")
	hurt := qty("a.txt", 90, 2, measure("injure"))
	assert.True(t, sameFact(&injured, &hurt))
	unnamed := qty("a.txt", 0, 3, measure(""), summary)
	assert.True(t, sameFact(&unnamed, &freed), "people of no measure on both sides")
}
