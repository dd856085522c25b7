package compare

import (
	"fmt"
	"strings"

	"github.com/reconcile-news/reconcile/reconcile/match"
	"github.com/reconcile-news/reconcile/reconcile/store"
)

// namedAlike reports whether two claims of different articles are tied to
// one event by a name both articles spell alike: some anchor they share
// (see match.Keys) is named in one article by a spelling of how the other
// names it (match.SpelledAlike). Names resolve to one canonical entity
// across the whole corpus, so two unrelated place names a letter or two
// apart ("Khorlar", "Kholkar") can each be linked to a third article's
// person ("Katrin Kholar") and end up as one anchor; whether two articles
// meet must not depend on what a third one says. Claims that share no
// anchored key (roles, whose key is the person) are tied by their own
// rule. why names the first shared anchor spelled apart.
func namedAlike(x, y *store.Member, spellings func(source, anchor string) []string) (why string, ok bool) {
	xk, yk := x.Keys, y.Keys
	for i, j := 0, 0; i < len(xk) && j < len(yk); {
		switch {
		case xk[i] < yk[j]:
			i++
			continue
		case xk[i] > yk[j]:
			j++
			continue
		}
		anchor, anchored := match.AnchorOf(xk[i])
		i++
		j++
		if !anchored {
			continue
		}
		sx, sy := spelledAs(spellings, x.Claim.Span.Source, anchor), spelledAs(spellings, y.Claim.Span.Source, anchor)
		if spelledAlike(sx, sy) {
			return "", true
		}
		if why == "" {
			why = fmt.Sprintf("no name spelled alike: %s vs %s", strings.Join(sx, ", "), strings.Join(sy, ", "))
		}
	}
	return why, why == ""
}

// spelledAs returns the folded names by which source names the entity of
// anchor; when spellings has none, the anchor itself.
func spelledAs(spellings func(source, anchor string) []string, source, anchor string) []string {
	if s := spellings(source, anchor); len(s) > 0 {
		return s
	}
	return []string{strings.ReplaceAll(anchor, "_", " ")}
}

// spelledAlike reports whether some name of a is a spelling of some name
// of b.
func spelledAlike(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if match.SpelledAlike(x, y) {
				return true
			}
		}
	}
	return false
}
