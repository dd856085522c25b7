package match

import (
	"strings"

	"github.com/reconcile-news/reconcile/model"
)

// The prefixes of blocking keys. Every claim is also blocked with the other
// claims of its own source ("doc|"), so that a summary is checked against
// its body.
const (
	keyQuantity = "q|"
	keyRole     = "r|"
	keyDate     = "d|"
	keyDoc      = "doc|"
)

// Keys returns the blocking keys of a claim: claims that share a key are
// candidate pairs. Quantities are blocked by what they count and measure,
// roles by person and title, dates by the event they date and, for
// horizons, by each word of their context.
func Keys(c *model.Claim) []string {
	var keys []string
	switch c.Kind {
	case model.QuantityClaim:
		if c.Subject != "" && c.Measure != "" {
			keys = append(keys, keyQuantity+Topic(c.Subject)+"|"+Topic(c.Measure))
		}
	case model.RoleClaim:
		if c.Subject != "" {
			keys = append(keys, keyRole+c.Subject+"|"+c.Role.Title)
		}
	case model.TimeClaim:
		if c.Value.Date.Horizon {
			for _, w := range c.Context {
				keys = append(keys, keyDate+"h|"+w)
			}
		} else if c.Subject != "" {
			keys = append(keys, keyDate+Topic(c.Subject))
		}
	}
	return append(keys, keyDoc+c.Span.Source)
}

// Topic folds a counted thing or measure to its blocking form.
func Topic(s string) string {
	return strings.ReplaceAll(Fold(s), " ", "_")
}

// IsDocKey reports whether a blocking key groups one source's claims.
func IsDocKey(k string) bool { return strings.HasPrefix(k, keyDoc) }
