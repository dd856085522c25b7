package compare

import (
	"strings"

	"github.com/reconcile-news/reconcile/model"
	"github.com/reconcile-news/reconcile/reconcile/match"
)

// exclusive lists role states that cannot hold at once for the same role.
// The empty state is a sitting holder.
var exclusive = map[[2]string]bool{
	{"", "former"}: true, {"", "late"}: true, {"", "elect"}: true,
	{"former", "elect"}: true, {"late", "elect"}: true, {"late", "acting"}: true,
	{"former", "acting"}: true,
}

// rolesConflict reports whether two role values cannot both hold: the same
// title of the same body in mutually exclusive states ("former President"
// against "President"). Other titles do not conflict: a person may hold
// several roles.
//
// A deputy's title against the title it deputizes ("Deputy Emergency
// Situations Minister" against "Emergency Situations Minister") conflicts
// when both are held now: one person is not the minister and the
// minister's deputy at once. A former deputy may be the minister now. So
// do two executive offices of one company ("chief executive" against
// "chief operating officer"), and two sitting military or police ranks
// ("commodore" against "rear admiral"); one rank is never in conflict
// with itself, since a retired officer keeps it.
func rolesConflict(a, b model.Value) bool {
	sa, sb := roleState(a.Text), roleState(b.Text)
	if sa == "current" {
		sa = ""
	}
	if sb == "current" {
		sb = ""
	}
	ta, tb := roleTitle(a.Text), roleTitle(b.Text)
	if model.IsRank(ta) && model.IsRank(tb) {
		// A retired officer keeps the rank: "retired navy captain Dessa
		// Maruk" is Captain Dessa Maruk.
		return sa == "" && sb == "" && (ranksApart(ta, tb) || deputyOf(ta, tb))
	}
	if !sameRole(ta, tb) {
		return sa == "" && sb == "" && (deputyOf(ta, tb) || officersApart(ta, tb))
	}
	return exclusive[[2]string{sa, sb}] || exclusive[[2]string{sb, sa}]
}

// sameRole reports whether two titles name one role: the same title, or
// a company's head and its chief executive.
func sameRole(a, b string) bool {
	if a > b {
		a, b = b, a
	}
	return a == b || a == "chief executive" && b == "head"
}

// officersApart reports whether two titles are different executive
// offices of a company ("chief executive", "chief operating officer"):
// one person does not hold both at once. "head" is said of any of them.
func officersApart(a, b string) bool {
	return a != b && a != "head" && b != "head" && match.RoleFamily(a) == "head" && match.RoleFamily(b) == "head"
}

// ranksApart reports whether two ranks cannot be one person's at once:
// "commodore" and "rear admiral", "assistant chief constable" and "deputy
// chief constable". A rank of one word is said loosely of the ranks named
// after it, so "general" and "major general" may be one rank; its deputy's
// title is another (see deputyOf).
func ranksApart(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return a != b && (strings.Contains(a, " ") || !strings.HasSuffix(b, " "+a))
}

// roleTitle takes the title back out of a role value's text, without its
// state or whose it is: "former deputy minister of finance" -> "deputy
// minister".
func roleTitle(text string) string {
	if st := roleState(text); st != "" && strings.HasPrefix(text, st+" ") {
		text = text[len(st)+1:]
	}
	title, _, _ := strings.Cut(text, " of ")
	return strings.TrimSuffix(title, "-elect")
}

// deputyOf reports whether one of two titles is the other's deputy:
// "deputy minister" and "minister", "vice president" and "president",
// "assistant commissioner" and "commissioner".
func deputyOf(a, b string) bool {
	return a == model.DeputyPrefix+b || b == model.DeputyPrefix+a || a == match.VicePrefix+b || b == match.VicePrefix+a ||
		a == model.AssistantPrefix+b || b == model.AssistantPrefix+a
}

// roleState takes the state back out of a role value's text: "former
// president", "president-elect of osk".
func roleState(text string) string {
	for _, s := range []string{"former", "late", "elect", "acting", "current"} {
		if strings.HasPrefix(text, s+" ") {
			return s
		}
	}
	if title, _, _ := strings.Cut(text, " of "); strings.HasSuffix(title, "-elect") {
		return "elect"
	}
	return ""
}

// rolesComparable reports whether two role claims are about the same role:
// the same title, or a title and its deputy, and the same body when both
// say whose.
func rolesComparable(a, b *model.Claim) bool {
	ra, rb := a.Role(), b.Role()
	comparable := sameRole(ra.Title, rb.Title) || deputyOf(ra.Title, rb.Title) || officersApart(ra.Title, rb.Title) ||
		model.IsRank(ra.Title) && model.IsRank(rb.Title)
	return comparable && (ra.Of == "" || rb.Of == "" || sameParty(ra.Of, rb.Of))
}

// portfoliosApart reports whether two role claims give one person two
// sitting ministers' titles of two portfolios ("Energy Minister" against
// "Finance Minister"): portfolio tells a portfolio from another body a
// title is of. Nil tells none.
func portfoliosApart(a, b *model.Claim, portfolio func(string) bool) bool {
	ra, rb := a.Role(), b.Role()
	return portfolio != nil && ra.Title == rb.Title && ra.Status == "" && rb.Status == "" &&
		ra.Of != rb.Of && portfolio(ra.Of) && portfolio(rb.Of)
}
