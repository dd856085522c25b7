package extract

import (
	"strings"

	"github.com/reconcile-news/reconcile/model"
	"github.com/reconcile-news/reconcile/reconcile/lexicon"
)

// mention is a proper name found in a sentence.
type mention struct {
	i, j   int              // tokens [i, j)
	name   string           // as written, without a possessive
	kind   model.EntityKind // person, place, org or other
	polity string           // the polity it names or implies: "Ukrainian" -> "Ukraine"
	titled bool             // a title stands right before it: "President Putin"
	adj    bool             // a demonym used as an adjective: "Russian drones"
}

// connectors may stand inside a multi-word name: "Secretary of the National
// Security and Defense Council", "Rostov on Don".
var connectors = map[string]bool{"of": true, "for": true, "the": true, "and": true, "de": true, "del": true,
	"da": true, "von": true, "van": true, "der": true, "bin": true, "al": true, "la": true, "le": true, "du": true}

// placePreps introduce a place: "in Cherkasy", "near Odesa".
var placePreps = map[string]bool{"in": true, "near": true, "outside": true, "from": true, "at": true,
	"across": true, "over": true, "to": true, "into": true, "around": true, "toward": true, "towards": true, "within": true}

// isNameWord reports whether a token can be part of a proper name.
func isNameWord(t token) bool {
	return t.kind == tWord && t.upper && t.low != "'s"
}

// findMentions finds the proper names of a sentence. known holds the
// capitalized words seen in the middle of sentences anywhere in the document,
// which tells a name ("Putin said") from a sentence-initial word ("Asked").
func findMentions(lx *lexicon.Lexicon, toks []token, known map[string]bool) []mention {
	var out []mention
	titles := lx.Table(lexicon.Titles)
	places := lx.Table(lexicon.Places)
	lw := lows(toks)
	for i := 0; i < len(toks); {
		if !isNameWord(toks[i]) {
			i++
			continue
		}
		// A title inside a capitalized run splits it: "Ukrainian President Volodymyr Zelenskyy".
		if _, n := titles.Match(lw, i); n > 0 && i+n < len(toks) && allUpper(toks[i:i+n]) {
			i += n
			continue
		}
		j := i + 1
		for j < len(toks) {
			if isNameWord(toks[j]) {
				if _, n := titles.Match(lw, j); n > 0 && j+n < len(toks) && isNameWord(toks[j+n]) && !lx.Has(lexicon.OrgWords, toks[j+n-1].low) {
					break // "Ukrainian President ..." stops before the title
				}
				j++
				continue
			}
			// "of the National Security and Defense Council"
			if connectors[toks[j].low] && !toks[j].upper && j+1 < len(toks) {
				k := j
				for k < len(toks) && connectors[toks[k].low] && !toks[k].upper {
					k++
				}
				if k < len(toks) && isNameWord(toks[k]) && (toks[j].low != "and" || hasOrgWordAhead(lx, toks, k)) && toks[j].low != "the" {
					j = k
					continue
				}
			}
			break
		}
		m := mention{i: i, j: j}
		// Drop a sentence-initial word that is not a name: "Asked", "Recent".
		if i == 0 || isQuoteOrOpen(toks, i) {
			for m.i < m.j && !known[toks[m.i].low] && (lx.Has(lexicon.Starters, toks[m.i].low) || lx.Has(lexicon.Stopwords, toks[m.i].low) || m.j-m.i == 1) {
				if _, isPolity := places.Lookup(toks[m.i].low); isPolity {
					break
				}
				m.i++
			}
		}
		for m.i < m.j && (toks[m.i].low == "the" || lx.Has(lexicon.Stopwords, toks[m.i].low)) {
			m.i++
		}
		if m.i >= m.j {
			i = j
			continue
		}
		m.name = joinTokens(toks[m.i:m.j])
		if m.i > 0 {
			if _, n := titles.MatchEnding(lw, m.i-1); n > 0 {
				m.titled = true
			}
		}
		classifyMention(lx, toks, &m)
		out = append(out, m)
		i = j
	}
	return out
}

func allUpper(toks []token) bool {
	for _, t := range toks {
		if !t.upper {
			return false
		}
	}
	return true
}

func hasOrgWordAhead(lx *lexicon.Lexicon, toks []token, k int) bool {
	for ; k < len(toks) && (isNameWord(toks[k]) || connectors[toks[k].low]); k++ {
		if lx.Has(lexicon.OrgWords, toks[k].low) {
			return true
		}
	}
	return false
}

func isQuoteOrOpen(toks []token, i int) bool {
	if i == 0 {
		return true
	}
	p := toks[i-1]
	return p.kind == tPunct && strings.ContainsAny(p.text, "\"“‘'(—–-:")
}

// joinTokens writes tokens as they stood, with single spaces where the text
// had space and nothing where they were joined.
func joinTokens(toks []token) string {
	var b strings.Builder
	for k, t := range toks {
		if k > 0 && !t.joined {
			b.WriteByte(' ')
		} else if k > 0 && t.joined && t.kind == tWord && toks[k-1].end < t.start {
			b.WriteByte('-')
		}
		b.WriteString(t.text)
	}
	return b.String()
}

// classifyMention decides a mention's kind and polity.
func classifyMention(lx *lexicon.Lexicon, toks []token, m *mention) {
	places := lx.Table(lexicon.Places)
	lw := lows(toks[m.i:m.j])
	whole := strings.Join(lw, " ")
	last := lw[len(lw)-1]
	if p, ok := places.Lookup(whole); ok {
		m.polity = p
		m.kind = model.Place
		if isDemonym(whole, p) {
			m.adj = true
		}
		if lx.Has(lexicon.OrgWords, whole) {
			m.kind = model.Org // "Kremlin", "White House"
		}
		return
	}
	// A polity word inside a longer name: "Russian Defense Ministry".
	for k := range lw {
		if p, n := places.Match(lw, k); n > 0 {
			m.polity = p
			break
		}
	}
	switch {
	case lx.Has(lexicon.OrgWords, last):
		m.kind = model.Org
	case lx.Has(lexicon.PlaceWords, last):
		m.kind = model.Place
	case m.titled:
		m.kind = model.Person
	case m.i > 0 && placePreps[toks[m.i-1].low] && m.j-m.i <= 3:
		m.kind = model.Place
	case m.j-m.i >= 2 && m.j-m.i <= 4 && m.polity == "":
		m.kind = model.Person
	default:
		m.kind = model.Other
	}
}

// isDemonym reports whether w is an adjective or people name for a polity
// rather than its name: "ukrainian" for Ukraine.
func isDemonym(w, polity string) bool {
	p := strings.ToLower(polity)
	if w == p || strings.HasPrefix(p, w) {
		return false
	}
	return strings.HasSuffix(w, "an") || strings.HasSuffix(w, "ans") || strings.HasSuffix(w, "ish") ||
		strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "i") || strings.HasSuffix(w, "is") || strings.HasSuffix(w, "ch")
}

// polityOf returns the polity a token names or implies, if any.
func polityOf(lx *lexicon.Lexicon, lw []string, i int) (string, int) {
	return lx.Table(lexicon.Places).Match(lw, i)
}
