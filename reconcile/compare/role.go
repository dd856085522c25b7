package compare

import (
	"strings"

	"github.com/reconcile-news/reconcile/model"
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
// against "President"). Different titles never conflict: a person may hold
// several roles.
func rolesConflict(a, b model.Value) bool {
	sa, sb := roleState(a.Text), roleState(b.Text)
	if sa == "current" {
		sa = ""
	}
	if sb == "current" {
		sb = ""
	}
	return exclusive[[2]string{sa, sb}] || exclusive[[2]string{sb, sa}]
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
// the same title, and the same body when both say whose.
func rolesComparable(a, b *model.Claim) bool {
	ra, rb := a.Role(), b.Role()
	return ra.Title == rb.Title && (ra.Of == "" || rb.Of == "" || ra.Of == rb.Of)
}
