package extract

import (
	"strings"

	"github.com/reconcile-news/reconcile/model"
	"github.com/reconcile-news/reconcile/reconcile/lexicon"
)

// beAux are the auxiliaries of a passive or progressive verb.
var beAux = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true, "get": true, "got": true}

// targetPreps introduce the target of an act: "fired 82 drones at Ukraine".
var targetPreps = map[string]bool{"at": true, "against": true, "toward": true, "towards": true, "on": true, "into": true}

// clauseStops end the subject search to the left of a verb: a subordinate
// clause or a new clause starts after them.
var clauseStops = map[string]bool{"that": true, "which": true, "who": true, "while": true, "whereas": true,
	";": true, ":": true, "—": true, "–": true, "but": true, "as": true, "after": true, "when": true, "with": true}

// speaker reads who a sentence is attributed to: "X said", "said X",
// "according to X", "X reported that".
func (x *Extractor) speaker(s *sentence, st *docState) string {
	lw := s.lw
	for i := 0; i < len(lw); i++ {
		if lw[i] == "according" && i+1 < len(lw) && lw[i+1] == "to" {
			return x.npAt(s, st, i+2, +1)
		}
	}
	for i := 0; i < len(lw); i++ {
		if !x.lx.Has(lexicon.SayVerbs, lw[i]) {
			continue
		}
		if sp := x.npAt(s, st, i-1, -1); sp != "" {
			return sp
		}
		if sp := x.npAt(s, st, i+1, +1); sp != "" {
			return sp
		}
	}
	return ""
}

// npAt reads the noun phrase that ends (dir -1) or starts (dir +1) at token
// i: a person's name when it holds one, else its words in lower case.
// Pronouns give "".
func (x *Extractor) npAt(s *sentence, st *docState, i, dir int) string {
	j := i
	n := 0
	for j >= 0 && j < len(s.toks) && n < 7 {
		t := s.toks[j]
		if t.kind != tWord || (x.lx.Has(lexicon.Stopwords, t.low) && t.low != "'s" && !connectors[t.low]) {
			break
		}
		if x.lx.Has(lexicon.SayVerbs, t.low) {
			break
		}
		j += dir
		n++
	}
	a, b := i, j
	if dir < 0 {
		a, b = j+1, i+1
	}
	for a < b && connectors[s.lw[a]] {
		a++
	}
	for b > a && connectors[s.lw[b-1]] {
		b--
	}
	if a >= b {
		return ""
	}
	for _, m := range s.mentions {
		if m.i >= a && m.j <= b && m.kind == model.Person {
			return st.entityKey(m)
		}
	}
	return normKey(joinTokens(s.toks[a:b]))
}

// normKey folds a phrase to a slot key: lower case, straight apostrophes.
func normKey(s string) string {
	return strings.ReplaceAll(strings.ToLower(s), "’", "'")
}

// measureAt returns the canonical measure whose phrase starts at token k.
func (x *Extractor) measureAt(s *sentence, k int) (string, int) {
	return x.lx.Table(lexicon.Measures).Match(s.lw, k)
}

// verbSite is where a figure's measure was found.
type verbSite struct {
	measure string
	at, n   int  // tokens [at, at+n) spell it; at < 0 when none
	passive bool // "were killed": the figure is what was acted on
	subject bool // the figure stands before its verb
}

// findMeasure looks for the predicate of the figure whose noun phrase spans
// tokens [a, c). lo and hi bound the search: the previous and next figure.
func (x *Extractor) findMeasure(s *sentence, a, c, lo, hi int) verbSite {
	// Subject position: "three people were killed", "63 of which were
	// intercepted or jammed", "82 drones hit".
	for k := c; k < hi && k < c+5; k++ {
		if s.toks[k].kind == tPunct && s.toks[k].text != "-" {
			break
		}
		if m, n := x.measureAt(s, k); n > 0 {
			v := verbSite{measure: m, at: k, n: n, subject: true}
			for p := k - 1; p >= c && p >= k-3; p-- {
				if beAux[s.lw[p]] {
					v.passive = true
				}
			}
			return v
		}
		if !beAux[s.lw[k]] && !adverbish(s.lw[k]) && k > c+1 {
			break
		}
	}
	// Object position: the nearest measure to the left.
	for k := a - 1; k >= lo && k >= a-12; k-- {
		if s.lw[k] == ";" {
			break
		}
		if m, n := x.measureAt(s, k); n > 0 && k+n <= a {
			v := verbSite{measure: m, at: k, n: n}
			if k > 0 && beAux[s.lw[k-1]] && strings.HasSuffix(s.lw[k], "ed") {
				v.passive = true
			}
			return v
		}
	}
	// A predicate further right: "the toll of 12 dead", "82 drones of various types were launched".
	for k := c; k < hi && k < c+10; k++ {
		if m, n := x.measureAt(s, k); n > 0 {
			v := verbSite{measure: m, at: k, n: n, subject: true}
			if k > 0 && beAux[s.lw[k-1]] {
				v.passive = true
			}
			return v
		}
		if s.lw[k] == "," || s.lw[k] == ";" {
			break
		}
	}
	return verbSite{at: -1}
}

func adverbish(w string) bool {
	switch w {
	case "also", "reportedly", "all", "have", "has", "had", "not", "were", "was", "then", "later", "allegedly", "being", "been", "eventually", "each", "already":
		return true
	}
	return strings.HasSuffix(w, "ly")
}

// actorOf returns who performed the act at v for the figure at [a, c).
func (x *Extractor) actorOf(s *sentence, st *docState, v verbSite, a, c int) string {
	if v.at < 0 {
		return ""
	}
	if v.passive || v.subject {
		// "killed by Ukrainian drones"
		end := v.at + v.n
		if end < len(s.lw) && s.lw[end] == "by" {
			for _, m := range s.mentions {
				if m.i == end+1 || (m.i > end && m.i <= end+3) {
					return st.entityKey(m)
				}
			}
			return ""
		}
		if v.subject {
			return ""
		}
	}
	// The subject to the left of the verb, within its clause.
	start := 0
	for k := v.at - 1; k >= 0; k-- {
		if clauseStops[s.lw[k]] || x.lx.Has(lexicon.SayVerbs, s.lw[k]) {
			// "drones that targeted infrastructure wounded six": a relative
			// clause between subject and verb is skipped.
			if s.lw[k] == "that" || s.lw[k] == "which" || s.lw[k] == "who" {
				if k > 0 && s.toks[k-1].kind == tWord && !x.lx.Has(lexicon.SayVerbs, s.lw[k-1]) && k-1 > 0 {
					if m, ok := lastMention(s, 0, k, func(m mention) bool { return !x.isPlaceObject(s, m) }); ok && m.j >= k-2 {
						return st.entityKey(m)
					}
				}
			}
			start = k + 1
			break
		}
	}
	for k := v.at - 1; k >= start && k >= v.at-4; k-- {
		switch s.lw[k] {
		case "its", "their", "our":
			return x.speakerPolity(s, st)
		}
	}
	if m, ok := lastMention(s, start, v.at, func(m mention) bool { return !x.isPlaceObject(s, m) }); ok {
		return st.entityKey(m)
	}
	return ""
}

// speakerPolity resolves "its" in "the ministry said its air defenses": the
// polity or name of the sentence's speaker.
func (x *Extractor) speakerPolity(s *sentence, st *docState) string {
	for k := range s.lw {
		if !x.lx.Has(lexicon.SayVerbs, s.lw[k]) {
			continue
		}
		if m, ok := lastMention(s, 0, k, func(m mention) bool { return true }); ok {
			return st.entityKey(m)
		}
	}
	return ""
}

// isPlaceObject reports whether m is the object of a place preposition.
func (x *Extractor) isPlaceObject(s *sentence, m mention) bool {
	k := m.i - 1
	if k >= 0 && s.lw[k] == "the" {
		k--
	}
	return k >= 0 && placePreps[s.lw[k]] && !targetPreps[s.lw[k]]
}

// targetOf reads "at Ukraine", "against Kyiv" in tokens [from, to).
func (x *Extractor) targetOf(s *sentence, st *docState, from, to int) string {
	for _, m := range s.mentions {
		if m.i <= from || m.i >= to {
			continue
		}
		k := m.i - 1
		if s.lw[k] == "the" {
			k--
		}
		if k >= 0 && targetPreps[s.lw[k]] && (m.kind == model.Place || m.polity != "" || m.kind == model.Org) {
			return st.entityKey(m)
		}
	}
	return ""
}

// placeOf reads "in Kryvyi Rih", "near Odesa", "over the Rostov region" in
// tokens [from, to).
func (x *Extractor) placeOf(s *sentence, from, to int) string {
	for _, m := range s.mentions {
		if m.i < from || m.i >= to || m.adj {
			continue
		}
		k := m.i - 1
		if k >= 0 && s.lw[k] == "the" {
			k--
		}
		if k >= 0 && placePreps[s.lw[k]] && !targetPreps[s.lw[k]] && s.lw[k] != "from" && s.lw[k] != "to" &&
			(m.kind == model.Place || m.kind == model.Other) {
			return placeKey(x.lx, m)
		}
	}
	return ""
}

// periodIn reads a period phrase in tokens [from, to).
func (x *Extractor) periodIn(s *sentence, from, to int) string {
	for k := max(0, from); k < to && k < len(s.lw); k++ {
		if p, n := x.lx.Table(lexicon.Periods).Match(s.lw, k); n > 0 {
			return p
		}
	}
	return ""
}

// versionIn reads a version qualifier in tokens [from, to).
func (x *Extractor) versionIn(s *sentence, from, to int) string {
	for k := max(0, from); k < to && k < len(s.lw); k++ {
		if p, n := x.lx.Table(lexicon.Versions).Match(s.lw, k); n > 0 {
			// "earlier this week" and "first time" are times, not drafts.
			if k+n < len(s.lw) && (s.lw[k+n] == "this" || s.lw[k+n] == "time" || s.lw[k+n] == "that") {
				continue
			}
			return p
		}
	}
	return ""
}
