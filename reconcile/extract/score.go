package extract

import (
	"strconv"

	"github.com/reconcile-news/reconcile/model"
)

// scores appends the match results of s to out: two figures of at most two
// digits joined by a hyphen or a dash ("4-1", "2–0"), with a word of the
// scorewords list near them ("beat Liverpool 4-1", "a 2-0 win"). A result
// counts the thing "score" and is compared only with the results of its
// own article (see compare): reports of one match cite others. With a
// word of voting next to it instead ("voted 5-2", "a 7-2 vote"), the pair
// is a vote's tally (model.VoteTally), which reports of one vote share.
// A run of pairs ("won 4-6 7-5 6-3") is the games of each set: none is
// read.
func (x *Extractor) scores(out []model.Claim, s *sentence, st *docState) []model.Claim {
	for i := 0; i+1 < len(s.toks); i++ {
		a, b, j, ok := scoreAt(s, i)
		vote := false
		if !ok {
			if a, b, j, ok = tallyToAt(s, i); !ok {
				continue
			}
			vote = true // "passed by 151 votes to 146", "The measure passed 153 to 146"
		}
		if end := setsEnd(s, j); end > j {
			// "won 4-6 7-5 6-3": the games of each set, no result of a
			// match, and no tally.
			i = end - 1
			continue
		}
		if !vote && !x.nearScoreWord(s, i, j) {
			if vote = nearVoteWord(s.lw, i, j); !vote {
				continue
			}
		}
		x.frameClaims(s, st)
		c := s.claimBase(model.QuantityClaim, i, j)
		c.Value = model.ScoreValue(a, b)
		c.Subject = "score"
		if vote {
			// "The board voted 5-2", "a 7-2 vote": a tally, compared
			// across reports of the same vote; "At its previous meeting,
			// the board had voted 4-3" tallies an earlier one.
			c.Subject, c.Measure = model.VoteTally, "vote"
			c.Version = x.versionIn(s, 0, i)
			// "voted 7-2 in April to reject": a vote of another month.
			c.Period = x.monthIn(s, j, min(len(s.lw), j+3))
			if c.Period == "" {
				// "a 2023 amendment, approved 79 to 70": a vote of
				// another year.
				c.Period = x.pastYear(s, i-8, i)
			}
		}
		c.Entities = s.entitiesOf(st)
		c.Context = x.contextOf(s, i-10, j+10)
		out = append(out, c)
		i = j - 1
	}
	return out
}

// scoreAt reads a result at token i: "4-1" (the tokenizer swallows the
// hyphen and joins the second figure) or "4–1". j is the token after it.
func scoreAt(s *sentence, i int) (a, b, j int, ok bool) {
	if i+1 >= len(s.toks) {
		return 0, 0, 0, false
	}
	t := s.toks[i]
	if t.kind != tNum || len(t.text) > 2 || i > 0 && t.joined && s.toks[i-1].kind == tNum {
		return 0, 0, 0, false // "5-2" in a formation, "3-5-2"
	}
	k := i + 1
	if u := s.toks[k]; u.kind == tPunct && u.joined && (u.text == "–" || u.text == "—") {
		k++
	}
	if k >= len(s.toks) {
		return 0, 0, 0, false
	}
	u := s.toks[k]
	if u.kind != tNum || !u.joined || len(u.text) > 2 || k+1 < len(s.toks) && s.toks[k+1].joined && s.toks[k+1].kind != tPunct {
		return 0, 0, 0, false // "4-1-2", "2-0s"
	}
	x, err1 := strconv.Atoi(t.text)
	y, err2 := strconv.Atoi(u.text)
	if err1 != nil || err2 != nil {
		return 0, 0, 0, false
	}
	return x, y, k + 1, true
}

// tallyToAt reads a vote's tally written with "to" at token i, after a
// verb of deciding: "passed 153 to 146", "approved by 151 votes to 146";
// or after "by", with "votes": "approved the bill by 112 votes to 87".
// The figures are whole numbers of up to three digits, the first the
// larger or equal. j is the token after the second.
func tallyToAt(s *sentence, i int) (a, b, j int, ok bool) {
	lw := s.lw
	if i < 1 || s.toks[i].kind != tNum {
		return 0, 0, 0, false
	}
	v := i - 1
	by := lw[v] == "by"
	if by && v >= 1 {
		v--
	}
	k := i + 1
	votes := k < len(lw) && (lw[k] == "votes" || lw[k] == "vote")
	if votes {
		k++
	}
	if !decideVerbs[lw[v]] && !(by && votes) {
		// "approved a contested overhaul of teachers' pensions by 112
		// votes to 87": "by" and "votes" tell a tally without the verb.
		return 0, 0, 0, false
	}
	if k+1 >= len(lw) || lw[k] != "to" || s.toks[k+1].kind != tNum {
		return 0, 0, 0, false
	}
	x, err1 := strconv.Atoi(s.toks[i].text)
	y, err2 := strconv.Atoi(s.toks[k+1].text)
	if err1 != nil || err2 != nil || len(s.toks[i].text) > 3 || len(s.toks[k+1].text) > 3 || x < y {
		return 0, 0, 0, false
	}
	return x, y, k + 2, true
}

// decideVerbs decide a vote; a tally "to" another may follow them.
var decideVerbs = map[string]bool{"passed": true, "approved": true, "adopted": true, "rejected": true,
	"defeated": true, "carried": true, "voted": true}

// setsEnd returns the token after a run of pairs that follows the pair
// ending before token j, side by side or with commas ("4-6 7-5 6-3",
// "6-4, 6-2"): the scores of a match's sets. It returns j when no pair
// follows.
func setsEnd(s *sentence, j int) int {
	for {
		k := j
		if k < len(s.lw) && s.lw[k] == "," {
			k++
		}
		if k >= len(s.toks) {
			return j
		}
		_, _, e, ok := scoreAt(s, k)
		if !ok {
			return j
		}
		j = e
	}
}

// nearScoreWord reports whether a word of the scorewords list stands within
// six tokens before the result at [i, j) or four after it.
func (x *Extractor) nearScoreWord(s *sentence, i, j int) bool {
	for k := max(0, i-6); k < len(s.toks) && k < j+4; k++ {
		if s.toks[k].kind == tWord && x.v.scoreWords.Has(s.lw[k]) {
			return true
		}
	}
	return false
}

// nearVoteWord reports whether a word of voting stands right before the
// pair at [i, j) ("voted 5-2", "a vote of 5-2", a court that "split 6-3"
// or "ruled 6-3") or right after it ("a 7-2 vote", "7-2 in favour", "a 6-3
// ruling").
func nearVoteWord(lw []string, i, j int) bool {
	isVote := func(w string) bool { return w == "voted" || w == "vote" || w == "votes" || w == "voting" }
	if i >= 1 && (isVote(lw[i-1]) || tallyVerbs[lw[i-1]]) || i >= 2 && lw[i-1] == "of" && isVote(lw[i-2]) {
		return true
	}
	return j < len(lw) && (isVote(lw[j]) || tallyNouns[lw[j]] || lw[j] == "in" && j+1 < len(lw) && (lw[j+1] == "favor" || lw[j+1] == "favour"))
}

// tallyVerbs say how a bench or a board divided, before its tally; and
// tallyNouns name its decision after it.
var (
	tallyVerbs = map[string]bool{"split": true, "ruled": true, "divided": true, "decided": true}
	tallyNouns = map[string]bool{"ruling": true, "decision": true, "verdict": true, "majority": true}
)
