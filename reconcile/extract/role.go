package extract

import (
	"strings"

	"github.com/reconcile-news/reconcile/model"
	"github.com/reconcile-news/reconcile/reconcile/lexicon"
)

// facilityWords end the name of a building or a works, which a title word
// inside it ("Head", "King") does not make a person's. Words that are
// also surnames ("Park", "Dam") are left out: "President Park said".
var facilityWords = map[string]bool{"plant": true, "lighthouse": true, "station": true, "stadium": true, "refinery": true,
	"reservoir": true, "tunnel": true, "works": true, "mill": true, "mine": true, "arena": true}

// roles reads the titles and roles given to people in s: a title before a
// name ("former President Donald Trump", "Kremlin spokesman Dmitry Peskov",
// "Trump's son-in-law Jared Kushner"), an appositive after it ("Kirill
// Dmitriev, head of Russia's sovereign wealth fund,") or before it
// ("Ukraine's Secretary of the Council, Rustem Umerov,"). The claims are
// appended to out.
func (x *Extractor) roles(out []model.Claim, s *sentence, st *docState) []model.Claim {
	titles := x.v.titles
	for _, m := range s.mentions {
		if m.kind != model.Person && !m.titled || m.kind == model.Org {
			continue // "the Premier League": a title word that starts an organization's name
		}
		if m.titled && (s.is(m.j-1, cPlaceWord) || facilityWords[s.lw[m.j-1]]) {
			continue // "Kestrel Head Desalination Plant", "Prince Edward Island": a title word inside a place's name
		}
		// A name is a person's when it has a given name and a surname, or
		// links to one; a headline's capitals prove nothing.
		if _, ok := st.persons[m.low]; !ok && (s.sec == model.Headline || (m.j-m.i < 2 && !m.titled)) {
			continue
		}
		if _, n := titles.at(s, m.j); n > 0 && startsPerson(s, m.j+n) {
			continue // "Deputy Emergency Situations Minister Teodor Vask": a portfolio
		}
		person := st.entityKey(m)
		// A title and its state in one word, or the state after the
		// title: "Ex-president", "President-elect", "President elect".
		if r, a, ok := x.statedTitle(s, m.i); ok {
			r.Of = x.roleOwner(s, st, a)
			if r.Of != "" && a > 0 {
				a = x.ownerStart(s, a)
			}
			out = append(out, x.roleClaim(s, st, person, r, a, m.j))
			continue
		}
		// A title of a portfolio before the name: "Deputy Minister of Mines
		// Ilse Varnholm".
		if r, a, ok := x.titleOfPortfolio(s, m.i); ok {
			out = append(out, x.roleClaim(s, st, person, r, a, m.j))
			continue
		}
		// Title before the name.
		if title, n := titles.ending(s, m.i-1); n > 0 {
			a := m.i - n
			if outer, k := titles.ending(s, a-1); k > 0 && outer != deputy && model.IsRank(title) && !model.IsRank(outer) {
				// "Air Force spokesman Colonel Idris Venn": the role is
				// the spokesman's, and the rank is no part of the name.
				title, a = outer, a-k
			}
			if d, k := titles.ending(s, a-1); k > 0 && d == deputy && title != deputy {
				title, a = deputyPrefix(s.lw[a-k])+title, a-k // "Deputy Prime Minister"
			}
			r := model.RoleInfo{Title: title}
			held := "" // a portfolio written in lower case before the title
			// "U.S. special envoy": the qualifier in the title phrase
			if status, k := x.v.statuses.ending(s, a-1); k > 0 {
				r.Status, a = status, a-k
			} else if a > 0 && strings.HasSuffix(s.lw[a-1], "-") {
				a--
			} else if status, k, j := x.statusBeforePortfolio(s, a); k > 0 {
				// "former finance minister", "former maritime affairs
				// minister": the state stands before the portfolio, which
				// is read as "Former Finance Minister" is: a minister.
				held = x.portfolio(s.lw[a-j : a])
				r.Status, a = status, a-j-k
			} else if _, k, j := x.deputyBeforePortfolio(s, a); k > 0 && !deputized(r.Title) {
				// "former deputy trade minister": a deputy of the
				// portfolio's minister, and the state before it.
				held = x.portfolio(s.lw[a-j : a])
				r.Title, a = model.DeputyPrefix+r.Title, a-j-k
				if status, k := x.v.statuses.ending(s, a-1); k > 0 {
					r.Status, a = status, a-k
				}
			}
			r.Of = x.roleOwner(s, st, a)
			if r.Of == "" && r.Status == "" {
				p := x.portfolioStart(s, a) // "Sports Minister Kelda Marrin"
				held, a = x.portfolio(s.lw[p:a]), p
			}
			if p, ok := x.lx.Table(lexicon.Portfolios).Lookup(r.Of); ok {
				r.Of = p // "Internal Affairs Minister": the interior's
			} else if r.Of == "" && held != "" && strings.TrimPrefix(r.Title, model.DeputyPrefix) == ministerTitle {
				r.Of = held
			}
			if r.Of != "" && a > 0 {
				a = x.ownerStart(s, a)
				from := a // where a deputy's title would end
				if from >= 2 && s.lw[from-1] == "chief" {
					from-- // "Deputy Chief Mine Inspector": the chief's deputy
				}
				if d, k := titles.ending(s, from-1); k > 0 && d == deputy && !deputized(r.Title) && r.Status == "" {
					// "Deputy Emergency Situations Minister": the deputy of
					// the portfolio's minister.
					r.Title, a = deputyPrefix(s.lw[from-k])+r.Title, from-k
					if status, k := x.v.statuses.ending(s, a-1); k > 0 {
						r.Status, a = status, a-k
					}
				}
			}
			out = append(out, x.roleClaim(s, st, person, r, a, m.j))
			continue
		}
		// Appositive after the name: ", head of X," / ", Trump's son-in-law,"
		if m.j+1 < len(s.lw) && s.lw[m.j] == "," {
			k := m.j + 1
			r := model.RoleInfo{}
			if status, n := x.v.statuses.at(s, k); n > 0 {
				r.Status, k = status, k+n
			}
			owner := ""
			if k+2 < len(s.lw) && s.lw[k] == "the" && s.lw[k+2] == "'s" && !s.toks[k+1].upper {
				// "Ilsa Vennard, the service's deputy director": the
				// owner is a noun that refers back to a name, and names
				// no body of its own.
				k += 3
			} else if k+1 < len(s.lw) && s.lw[k+1] == "'s" {
				// possessive owner: "Trump's son-in-law", "Russia's envoy"
				owner = x.ownerKey(s, st, k)
				k += 2
			} else if k+2 < len(s.lw) && s.lw[k+2] == "'s" && s.toks[k+1].upper {
				owner = x.ownerKey(s, st, k+1)
				k += 3
			}
			if r.Status == "" && owner != "" && k < len(s.lw) {
				// "Bremahesia's former defense minister"
				if status, n := x.v.statuses.at(s, k); n > 0 {
					r.Status, k = status, k+n
				}
			}
			if k < len(s.lw) && (s.lw[k] == "the" || s.lw[k] == "a" || s.lw[k] == "an") {
				k++
			}
			if title, n := titles.at(s, k); n > 0 {
				if t, m := titles.at(s, k+n); m > 0 && title == deputy && t != deputy {
					title, n = deputyPrefix(s.lw[k])+t, n+m // ", the deputy prime minister,"
				}
				r.Title = title
				end := k + n
				if end < len(s.toks) && s.toks[end].kind == tWord && !s.toks[end].upper && !s.is(end, cStop) {
					continue // "the service's chief forecaster": a title the table does not hold
				}
				if end < len(s.toks) && s.toks[end].kind == tWord && s.toks[end].upper && startsPersonAt(s, end) {
					continue // "Speaking to the Herald Sun, Inspector Rankin said": the title of the name after it
				}
				if owner == "" && end+1 < len(s.lw) && (s.lw[end] == "of" || s.lw[end] == "for" || s.lw[end] == "at") {
					e := end + 1
					for e < len(s.toks) && s.lw[e] != "," && s.lw[e] != "." && s.lw[e] != ";" && e-end < 8 {
						e++
					}
					owner = normKey(joinTokens(s.doc.Text, s.toks[end+1:e]))
					end = e
				}
				r.Of = owner
				out = append(out, x.roleClaim(s, st, person, r, m.i, end))
				continue
			}
		}
		// Appositive before the name: "Ukraine's Secretary of the ... Council, Rustem Umerov,"
		if m.i >= 2 && s.lw[m.i-1] == "," {
			for k := m.i - 2; k >= 0 && k >= m.i-12; k-- {
				if title, n := titles.at(s, k); n > 0 && (k == 0 || s.lw[k-1] == "'s" || s.lw[k-1] == "the" || s.toks[k-1].upper) {
					r := model.RoleInfo{Title: title}
					if k+n < m.i-1 && (s.lw[k+n] == "of" || s.lw[k+n] == "for") {
						r.Of = normKey(joinTokens(s.doc.Text, s.toks[k+n+1:m.i-1]))
					}
					a := k
					if r.Of == "" && k >= 2 && s.lw[k-1] == "'s" {
						// "Halden Bay's chief executive, Teodor Vasse": the
						// quote takes in the owner.
						r.Of, a = x.ownerKey(s, st, k-2), x.ownerStart(s, k)
					}
					out = append(out, x.roleClaim(s, st, person, r, a, m.j))
					break
				}
				if s.lw[k] == "," || s.lw[k] == "." {
					break
				}
			}
		}
	}
	return out
}

// titleOfPortfolio reads a title and the portfolio it holds, written
// with "of" before the name that starts at token i: "Minister of Mines",
// "Deputy Minister of Finance", "former Minister of Health". It returns
// the role and the token where it starts; ok is false when no title of a
// known portfolio stands there.
func (x *Extractor) titleOfPortfolio(s *sentence, i int) (r model.RoleInfo, a int, ok bool) {
	for j := 1; j <= 3 && i-j-2 >= 0; j++ {
		if !s.toks[i-j].upper || s.lw[i-j-1] != "of" {
			continue
		}
		held := x.portfolio(s.lw[i-j : i])
		if held == "" {
			continue
		}
		title, n := x.v.titles.ending(s, i-j-2)
		if n == 0 || strings.TrimPrefix(title, model.DeputyPrefix) != ministerTitle {
			return r, 0, false
		}
		r.Title, r.Of, a = title, held, i-j-1-n
		if d, k := x.v.titles.ending(s, a-1); k > 0 && d == deputy && !deputized(r.Title) {
			r.Title, a = deputyPrefix(s.lw[a-k])+r.Title, a-k
		}
		if status, k := x.v.statuses.ending(s, a-1); k > 0 {
			r.Status, a = status, a-k
		}
		return r, a, true
	}
	return r, 0, false
}

// statusBeforePortfolio returns the state that stands before a portfolio
// of one to three words before the title at token a ("former maritime
// affairs minister", "former cabin crew union president"), its length k
// in tokens and the portfolio's j; k is 0 for none.
func (x *Extractor) statusBeforePortfolio(s *sentence, a int) (status string, k, j int) {
	for j = 1; j <= 3 && a-j >= 1 && x.portfolioWord(s, a-j); j++ {
		if status, k := x.v.statuses.ending(s, a-j-1); k > 0 {
			return status, k, j
		}
	}
	return "", 0, 0
}

// startsPersonAt reports whether a person's name s mentions starts at
// token k.
func startsPersonAt(s *sentence, k int) bool {
	for _, m := range s.mentions {
		if m.i == k && m.kind == model.Person {
			return true
		}
	}
	return false
}

// deputyBeforePortfolio returns the deputy's title that stands before a
// lower-case portfolio of one to three words before the title at token a
// ("deputy trade minister"), its length k in tokens and the portfolio's j;
// k is 0 for none.
func (x *Extractor) deputyBeforePortfolio(s *sentence, a int) (title string, k, j int) {
	titles := x.v.titles
	for j = 1; j <= 3 && a-j >= 1 && x.portfolioWord(s, a-j) && !s.toks[a-j].upper; j++ {
		if d, k := titles.ending(s, a-j-1); k > 0 && d == deputy {
			return d, k, j
		}
	}
	return "", 0, 0
}

// portfolioWord reports whether token k may name what a title is of, between
// a state and the title: "finance" in "former finance minister", "US" in
// "former US President" (an abbreviation in capitals, though "us" is a
// stopword).
func (x *Extractor) portfolioWord(s *sentence, k int) bool {
	if k < 1 {
		return false
	}
	t := s.toks[k]
	if t.kind != tWord || t.cls&cStatuses != 0 || strings.HasSuffix(t.low, "'s") {
		return false
	}
	if _, n := x.v.titles.at(s, k); n > 0 {
		return false // a title is read here; "plant", which only starts "plant manager", is none
	}
	return t.cls&cStop == 0 || capitals(t.text)
}

// portfolioStart returns where a title starting at token a starts with
// the capitalized words of its portfolio before it: "Sports Minister",
// "Foreign Affairs Minister", which name no owner of their own. A date
// word is no portfolio ("On Monday Finance Minister ...").
func (x *Extractor) portfolioStart(s *sentence, a int) int {
	for k := a - 1; k >= 0 && k >= a-2; k-- {
		t := s.toks[k]
		if !t.upper || t.kind != tWord || strings.HasSuffix(t.low, "'s") ||
			t.cls&(cStop|cStatuses|cWeekdays|cMonths|cRelDates|cDatePreps) != 0 {
			break
		}
		if _, n := x.v.titles.at(s, k); n > 0 {
			if _, ok := x.lx.Table(lexicon.Portfolios).Lookup(t.low); !ok {
				break // a title is no portfolio, unless the list holds it: "Justice Minister"
			}
		}
		a = k
	}
	return a
}

// capitals reports whether w is an abbreviation written in capitals, of
// two letters or more: "US", "UK", "U.S.".
func capitals(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			n++
		case r != '.':
			return false
		}
	}
	return n >= 2
}

// startsPerson reports whether a person's name starts at token k.
func startsPerson(s *sentence, k int) bool {
	for _, m := range s.mentions {
		if m.i == k {
			return m.kind == model.Person
		}
	}
	return false
}

// deputy is the title of a deputy ("deputy", "vice", "assistant"), which
// makes a title of its own with the title after it: "deputy mayor".
const deputy = "deputy"

// deputized reports whether title is already a deputy's or an
// assistant's.
func deputized(title string) bool {
	return strings.HasPrefix(title, deputy) || strings.HasPrefix(title, model.AssistantPrefix)
}

// deputyPrefix returns the prefix a deputy's title word w gives the title
// after it: an assistant's ("Assistant Chief Constable") is a rank of its
// own, below a deputy's.
func deputyPrefix(w string) string {
	if w == "assistant" {
		return model.AssistantPrefix
	}
	return model.DeputyPrefix
}

// statedTitle reads a title that carries its state right before the name
// at token i: in one hyphenated word, the state first ("ex-president") or
// last ("president-elect", "minister-designate"), or a state that follows
// its title ("President elect"). a is where the title starts.
func (x *Extractor) statedTitle(s *sentence, i int) (r model.RoleInfo, a int, ok bool) {
	k := i - 1
	if k < 0 {
		return r, 0, false
	}
	if s.toks[k].hyphen {
		if t, st, ok := x.v.statedTitle(s.lw[k]); ok {
			return model.RoleInfo{Title: t, Status: st}, k, true
		}
		return r, 0, false
	}
	if st := x.v.statuses.word(s.lw[k]); st == "elect" && k > 0 {
		if t, n := x.v.titles.ending(s, k-1); n > 0 {
			return model.RoleInfo{Title: t, Status: st}, k - n, true
		}
	}
	return r, 0, false
}

// roleOwner reads whose title stands before position a: "Kremlin
// spokesman", "Ukrainian President", "Trump's son-in-law".
func (x *Extractor) roleOwner(s *sentence, st *docState, a int) string {
	if a <= 0 {
		return ""
	}
	if s.lw[a-1] == "'s" && a >= 2 {
		return x.ownerKey(s, st, a-2)
	}
	for _, m := range s.mentions {
		if m.j == a {
			return st.entityKey(m)
		}
	}
	return ""
}

// ownerStart returns where the owner phrase ending before a starts.
func (x *Extractor) ownerStart(s *sentence, a int) int {
	end := a
	if s.lw[a-1] == "'s" {
		end = a - 1
	}
	for _, m := range s.mentions {
		if m.j == end {
			return m.i
		}
	}
	return a
}

// ownerKey returns the entity key of the mention ending at token k.
func (x *Extractor) ownerKey(s *sentence, st *docState, k int) string {
	for _, m := range s.mentions {
		if m.j-1 == k {
			return st.entityKey(m)
		}
	}
	return s.lw[k]
}

func (x *Extractor) roleClaim(s *sentence, st *docState, person string, r model.RoleInfo, a, b int) model.Claim {
	x.frameClaims(s, st)
	c := s.claimBase(model.RoleClaim, max(0, a), min(b, len(s.toks)))
	c.Subject = person
	c.Measure = r.Title
	c.SetRole(r)
	text := r.Title
	switch r.Status {
	case "":
	case "elect":
		text += "-elect" // "president-elect"
	default:
		text = r.Status + " " + text
	}
	if r.Of != "" {
		text += " of " + r.Of
	}
	c.Value = model.Value{Kind: model.Role, Text: text}
	c.Entities = s.entitiesOf(st)
	c.Context = x.contextOf(s, a-4, b+4)
	return c
}

// ministerTitle is the title whose portfolio a word before it names.
const ministerTitle = "minister"

// portfolio returns the canonical name of the portfolio the words name
// ("internal affairs" -> "interior"), or "" when they are no portfolio of
// the lexicon's list.
func (x *Extractor) portfolio(words []string) string {
	if len(words) == 0 {
		return ""
	}
	t := x.lx.Table(lexicon.Portfolios)
	if c, n := t.Match(words, 0); n == len(words) {
		return c
	}
	return ""
}
