package extract

import (
	"math"
	"strconv"
	"strings"

	"github.com/reconcile-news/reconcile/model"
	"github.com/reconcile-news/reconcile/reconcile/lexicon"
)

// figure is a number read in a sentence, with the noun phrase it counts.
type figure struct {
	n     number
	a, b  int    // the figure's tokens, hedge included
	c     int    // end of its noun phrase
	thing string // what is counted, canonical
	head  string // the noun phrase's head word as written, when not a known thing
	orig  string // origin: "Ukrainian drones" -> "ukraine"
	of    int    // index of the figure this one is part of, or -1
	which bool   // "63 of which": an ellipsis that refers back
	kind  model.ValueKind
	unit  string
	scale float64
	hedge string
}

// quantities reads the counts, amounts, shares, ages and durations of s.
func (x *Extractor) quantities(s *sentence, st *docState) []model.Claim {
	figs := x.figures(s, st)
	out := make([]model.Claim, 0, len(figs))
	ids := make([]string, len(figs))
	for fi := range figs {
		f := &figs[fi]
		lo, hi := 0, len(s.toks)
		if fi > 0 {
			lo = figs[fi-1].c
		}
		if fi+1 < len(figs) {
			hi = figs[fi+1].a
		}
		c := s.claimBase(model.QuantityClaim, f.a, f.n.j)
		c.ID = "tmp:" + strconv.Itoa(c.Span.Start.Offset)
		ids[fi] = c.ID
		c.Value = x.value(f)
		c.Subject = f.thing
		if c.Subject == "" {
			c.Subject = f.head
		}
		c.Origin = f.orig
		v := x.findMeasure(s, f.a, f.c, lo, hi)
		c.Measure = v.measure
		if f.kind == model.Age {
			c.Measure = "age"
		}
		c.Actor = x.actorOf(s, st, v, f.a, f.c)
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
			if c.Measure == "" {
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
			if c.Place == "" {
				c.Place = parent.Place
			}
		}
		// An ellipsis ("and seven near Odesa", "intercepting 47") takes what
		// the previous figure counted, and its measure when it has none.
		if c.Subject == "" && fi > 0 && f.kind == model.Count {
			prev := &out[fi-1]
			c.Subject = prev.Subject
			if c.Origin == "" && c.Measure != prev.Measure && x.lx.Class(c.Measure) == "defense" {
				c.Origin = prev.Actor
			}
			if c.Measure == "" {
				c.Measure = prev.Measure
				c.Actor = prev.Actor
				c.Target = prev.Target
			}
		}
		if c.Target == "" && v.at >= 0 {
			c.Target = x.targetOf(s, st, min(v.at, f.a), hi)
		}
		if c.Target == "" {
			c.Target = x.targetOf(s, st, f.a, hi)
		}
		if c.Place == "" {
			c.Place = x.placeOf(s, f.c, hi)
		}
		if c.Place == "" && v.at >= 0 && v.at < f.a {
			c.Place = x.placeOf(s, v.at, f.a)
		}
		if c.Place == "" {
			c.Place = s.place
		}
		if p := x.periodIn(s, f.c, hi); p != "" {
			c.Period = p
		} else if p := x.periodIn(s, lo, f.a); p != "" {
			c.Period = p
		} else if c.Period == "" && f.of < 0 {
			c.Period = s.period
		}
		c.Version = x.versionIn(s, max(lo, f.a-3), f.c)
		if c.Actor == c.Target {
			c.Target = ""
		}
		c.Entities = s.entitiesOf(st)
		c.Context = x.contextOf(s, lo-6, hi+6)
		out = append(out, c)
		st.lastQty = &out[len(out)-1]
	}
	return out
}

// figures reads every number of s that states a quantity, skipping years,
// clock times, scores, ordinals and model names.
func (x *Extractor) figures(s *sentence, st *docState) []figure {
	var figs []figure
	for i := 0; i < len(s.toks); {
		n, ok, skip := x.num.read(s.toks, i)
		if !ok {
			i += max(1, skip)
			continue
		}
		if n.j <= i {
			n.j = i + 1
		}
		next := n.j
		if n.year || n.ordinal || (s.taken != nil && s.taken[n.i]) || x.inPeriod(s, n.i) {
			i = next
			continue
		}
		f := figure{n: n, a: n.i, b: n.j, c: n.j, of: -1, kind: model.Count, scale: 1}
		// A hedge before the figure: "at least", "more than", "nearly".
		if h, k := x.lx.Table(lexicon.Hedges).MatchEnding(s.lw, n.i-1); k > 0 {
			f.hedge = h
			f.a = n.i - k
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
		x.nounPhrase(s, &f, figs)
		// "three people were killed, including two crew members": a part.
		if f.of < 0 && len(figs) > 0 {
			if inc := indexOf(s.lw, "including", figs[len(figs)-1].c); inc >= 0 && inc < f.a {
				f.of = len(figs) - 1
			}
		}
		// "one" or "a single" with no counted thing is a pronoun or an
		// article, not a figure: "one of the", "the one".
		if f.kind == model.Count && n.lo == 1 && n.hi == 1 && n.words && f.thing == "" && !f.which {
			i = next
			continue
		}
		figs = append(figs, f)
		i = max(next, f.c)
	}
	return figs
}

// inPeriod reports whether token i lies inside a period phrase: the
// "single" of "in a single week" is a window, not a count.
func (x *Extractor) inPeriod(s *sentence, i int) bool {
	for k := max(0, i-3); k <= i; k++ {
		if _, n := x.lx.Table(lexicon.Periods).Match(s.lw, k); n > 0 && k+n > i {
			return true
		}
	}
	return false
}

// nounPhrase reads what a figure counts, from the words after it.
func (x *Extractor) nounPhrase(s *sentence, f *figure, prev []figure) {
	j := f.n.j
	things := x.lx.Table(lexicon.Things)
	// "63 of which", "52 of 54 seats", "all but two of them"
	if j+1 < len(s.lw) && s.lw[j] == "of" {
		switch s.lw[j+1] {
		case "which", "whom", "them", "those", "these":
			if len(prev) > 0 {
				f.of = len(prev) - 1
				f.which = true
				f.c = j + 2
				return
			}
		}
	}
	// A unit glued by a hyphen: "28-point plan", "92-year-old", "11-year war".
	if j < len(s.toks) && s.toks[j].joined && s.toks[j].kind == tWord {
		u := s.lw[j]
		if strings.HasSuffix(u, "-old") || u == "year-old" {
			f.kind, f.c = model.Age, j+1
			if j+1 < len(s.lw) && (s.lw[j+1] == "-" || s.lw[j+1] == "old") {
				f.c = j + 2
			}
			f.thing = "age"
			return
		}
		first, _, _ := strings.Cut(u, "-")
		base := lexicon.Singular(strings.TrimSuffix(first, "s"))
		if unit, ok := x.lx.Unit(first); ok && unit.IsTime() {
			f.kind, f.unit, f.scale = model.Duration, "day", unit.Factor
			f.c = j + 1
			f.thing = x.headAfter(s, j+1)
			return
		}
		f.thing = lemma(x.lx, base)
		f.c = j + 1
		if h := x.headAfter(s, j+1); h != "" {
			f.head = h
		}
		return
	}
	// "years old"
	if j+1 < len(s.lw) && (s.lw[j] == "years" || s.lw[j] == "year") && s.lw[j+1] == "old" {
		f.kind, f.c, f.thing = model.Age, j+2, "age"
		return
	}
	if f.kind == model.Amount {
		// "€210bn in frozen Russian assets": what the money is.
		if j+1 < len(s.lw) && (s.lw[j] == "in" || s.lw[j] == "of" || s.lw[j] == "for" || s.lw[j] == "worth") {
			if h := x.headAfter(s, j+1); h != "" {
				f.head = h
			}
		}
		return
	}
	if f.kind == model.Share {
		if j+1 < len(s.lw) && s.lw[j] == "of" {
			f.head = x.headAfter(s, j+1)
		}
		return
	}
	k := j
	words := 0
	for k < len(s.toks) && words < 5 {
		t := s.toks[k]
		if t.kind != tWord || t.low == "'s" {
			break
		}
		if canon, n := things.Match(s.lw, k); n > 0 {
			f.thing, f.c = canon, k+n
			return
		}
		if u, ok := x.lx.Unit(t.low); ok {
			f.kind, f.unit, f.scale = model.Measurement, u.Base, u.Factor
			if u.IsTime() {
				f.kind = model.Duration
			}
			f.c = k + 1
			return
		}
		if p, n := polityOf(x.lx, s.lw, k); n > 0 && t.upper {
			f.orig = strings.ToLower(p)
			k += n
			words++
			continue
		}
		if x.lx.Has(lexicon.Stopwords, t.low) || beAux[t.low] || placePreps[t.low] || targetPreps[t.low] {
			break
		}
		if _, n := x.measureAt(s, k); n > 0 {
			// "attack drones": a measure word that modifies a counted noun
			if canon, m := things.Match(s.lw, k+n); m > 0 {
				f.thing, f.c = canon, k+n+m
				return
			}
			break
		}
		if _, n := x.lx.Table(lexicon.Periods).Match(s.lw, k); n > 0 {
			break
		}
		if t.low == "others" || t.low == "more" {
			f.thing, f.c = "people", k+1
			if len(prev) > 0 && t.low == "more" {
				f.thing = prev[len(prev)-1].thing
			}
			return
		}
		f.head = lexicon.Singular(t.low)
		f.c = k + 1
		k++
		words++
		// A head followed by another noun continues the phrase: "crew members".
		if k < len(s.toks) && s.toks[k].kind == tWord && !x.lx.Has(lexicon.Stopwords, s.lw[k]) {
			if _, n := things.Match(s.lw, k); n > 0 {
				continue
			}
			if _, n := x.measureAt(s, k); n == 0 && !s.toks[k].upper {
				continue
			}
		}
		break
	}
	if f.head != "" {
		if canon, ok := things.Lookup(f.head); ok {
			f.thing, f.head = canon, ""
		}
	}
}

// headAfter returns the head noun of the phrase starting at token k,
// skipping articles and adjectives: "in frozen Russian assets" -> "asset".
func (x *Extractor) headAfter(s *sentence, k int) string {
	head := ""
	for n := 0; k < len(s.toks) && n < 4; k, n = k+1, n+1 {
		t := s.toks[k]
		if t.kind != tWord || t.low == "'s" {
			break
		}
		if t.low == "the" || t.low == "a" || t.low == "an" {
			continue
		}
		if x.lx.Has(lexicon.Stopwords, t.low) || beAux[t.low] {
			break
		}
		if _, n := x.measureAt(s, k); n > 0 && head != "" {
			break
		}
		head = lemma(x.lx, t.low)
	}
	return head
}

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
		v.Lo, v.Hi, v.Hedge = lo*0.9, hi*1.1, "about"
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
		num += "%"
	case model.Age:
		num = "aged " + num
	case model.Duration:
		num = model.FormatNumber(v.Nominal) + " days"
	case model.Measurement:
		num = model.FormatNumber(v.Nominal) + " " + f.unit
	}
	if v.Hedge != "" && v.Hedge != "vague" && v.Hedge != "exactly" {
		num = v.Hedge + " " + num
	}
	return num
}
