package match

import (
	"slices"
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

// Keys returns the blocking keys of a claim, sorted: claims that share a
// key are candidate pairs. Quantities are blocked by what they count and
// measure, roles by person and title, dates by the event they date and
// horizons as such. Quantity and date keys are qualified by an anchor: an
// entity the claim's sentence names or its slots hold, or one of docAnchors,
// the entities its article is mostly about. Two reports of one event share
// an anchor; claims about unrelated events that merely count the same
// thing do not share a block, which keeps blocks small as a corpus grows.
func Keys(c *model.Claim, docAnchors []string) []string {
	var topics []string
	switch c.Kind {
	case model.QuantityClaim:
		if c.Subject != "" && c.Measure != "" {
			topics = append(topics, keyQuantity+Topic(c.Subject)+"|"+Topic(c.Measure))
		}
	case model.RoleClaim:
		if c.Subject != "" {
			topics = append(topics, keyRole+c.Subject+"|"+c.Role.Title)
		}
	case model.TimeClaim:
		if c.Value.Date.Horizon {
			topics = append(topics, keyDate+"h")
		} else if c.Subject != "" {
			topics = append(topics, keyDate+Topic(c.Subject))
		}
	}
	keys := make([]string, 0, 8)
	for _, t := range topics {
		if c.Kind == model.RoleClaim {
			keys = append(keys, t) // the person is the anchor
			continue
		}
		for _, a := range anchors(c, docAnchors) {
			keys = append(keys, t+"|"+a)
		}
	}
	keys = append(keys, keyDoc+c.Span.Source)
	slices.Sort(keys)
	return slices.Compact(keys)
}

// anchors returns the folded, distinct entities that tie c to an event.
func anchors(c *model.Claim, docAnchors []string) []string {
	out := make([]string, 0, len(c.Entities)+len(docAnchors)+3)
	for _, list := range [][]string{c.Entities, docAnchors, {c.Actor, c.Target, c.Origin}} {
		for _, e := range list {
			if e != "" {
				out = append(out, Topic(e))
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// FirstShared returns the first key, in sorted order, that two sorted key
// lists share, skipping document keys when cross is set and keeping only
// them otherwise. A pair that shares several blocks is compared in that
// block only.
func FirstShared(a, b []string, cross bool) string {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			if IsDocKey(a[i]) != cross {
				return a[i]
			}
			i++
			j++
		}
	}
	return ""
}

// Topic folds a counted thing or measure to its blocking form.
func Topic(s string) string {
	return strings.ReplaceAll(Fold(s), " ", "_")
}

// IsDocKey reports whether a blocking key groups one source's claims.
func IsDocKey(k string) bool { return strings.HasPrefix(k, keyDoc) }
