package compare

import (
	"fmt"
	"sort"

	"github.com/reconcile-news/reconcile/model"
	"github.com/reconcile-news/reconcile/reconcile/store"
)

// partsExceedWhole finds totals whose stated parts add up to more than the
// total: "three people were killed, including two crew members and two
// passengers". Parts are claims whose Parent is the total.
// involving, when set, limits the search to the sources it accepts.
func partsExceedWhole(st *store.Store, involving func(string) bool) []model.Discrepancy {
	parts := map[string][]*model.Claim{}
	st.EachClaim(func(c *model.Claim) bool {
		if c.Parent != "" && c.Kind == model.QuantityClaim && c.Value.Kind == model.Count &&
			(involving == nil || involving(c.Span.Source)) {
			parts[c.Parent] = append(parts[c.Parent], c)
		}
		return true
	})
	ids := make([]string, 0, len(parts))
	for id := range parts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var out []model.Discrepancy
	for _, id := range ids {
		whole := st.Claim(id)
		ps := parts[id]
		sort.Slice(ps, func(i, j int) bool { return ps[i].ID < ps[j].ID })
		if whole == nil || whole.Value.Kind != model.Count || len(ps) < 1 {
			continue
		}
		// Parts that are different subsets ("63 of which were intercepted",
		// "10 of which were jammed") need not add up; only parts sharing
		// the whole's measure do.
		var sum float64
		var same []*model.Claim
		for _, p := range ps {
			if p.Measure == whole.Measure && (p.Subject != "" || whole.Subject == "") {
				sum += p.Value.Lo
				same = append(same, p)
			}
		}
		if len(same) == 0 || sum <= whole.Value.Hi {
			continue
		}
		claims := append([]*model.Claim{whole}, same...)
		d := model.Discrepancy{
			Kind: model.PartsExceedWhole, Severity: model.Medium, Confidence: 0.8,
			Reasons: []string{"parts share the total's measure"}, Subject: whole.Subject, Measure: whole.Measure,
			Claims:      claims,
			Message:     fmt.Sprintf("%s %s: parts add up to %s, more than the total %q (%s)", whole.Subject, whole.Measure, model.FormatNumber(sum), whole.Value.String(), whole.Span.String()),
			Explanation: "The parts listed for a total add up to more than the total itself.",
		}
		d.Fingerprint = Fingerprint(d.Kind, d.Subject, d.Measure, d.Claims)
		out = append(out, d)
	}
	return out
}
