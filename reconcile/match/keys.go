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

// distanceTopic is the topic of the key of every distance from a thing.
const distanceTopic = "distance_from"

// Keys returns the blocking keys of a claim, sorted: claims that share a
// key are candidate pairs. Quantities are blocked by what they count and
// measure, roles by person and title, dates by the event they date and
// horizons as such. Quantity and date keys are qualified by each of
// anchors (see Anchors): two reports of one event share an anchor, while
// claims about unrelated events that merely count the same thing do not
// share a block, which keeps blocks small as a corpus grows. A claim with
// no anchor is blocked with its own article only.
func Keys(c *model.Claim, anchors []string) []string {
	return AppendKeys(make([]string, 0, len(anchors)+1), c, anchors, DocKey(c.Span.Source))
}

// AppendKeys appends the keys of c (see Keys) to dst and returns the
// extended slice. docKey is DocKey(c.Span.Source), which the claims of a
// source can share.
func AppendKeys(dst []string, c *model.Claim, anchors []string, docKey string) []string {
	start := len(dst)
	switch topic := unanchored(c); {
	case topic == "":
	case c.Kind == model.RoleClaim:
		dst = append(dst, topic) // the person is the anchor
	default:
		for _, a := range anchors {
			dst = append(dst, topic+"|"+a)
		}
	}
	dst = append(dst, docKey)
	keys := dst[start:]
	slices.Sort(keys)
	return dst[:start+len(slices.Compact(keys))]
}

// unanchored returns the key of c before its anchor: for a role, its
// whole key; "" for a claim blocked with its own article only.
func unanchored(c *model.Claim) string {
	switch c.Kind {
	case model.QuantityClaim:
		switch {
		case c.Value.Kind == model.Score && c.Subject == model.VoteTally:
			// "The board voted 5-2": reports of one vote give its tally.
			return keyQuantity + model.VoteTally + "|v:" + Topic(c.Version)
		case c.Value.Kind == model.Ordinal || c.Value.Kind == model.Score:
			// "the third division", "the second half": which one of a
			// thing is ranked only against the article's own body, since
			// other reports of an event often rank other ones; and so is
			// a match result, since they cite other matches.
		case c.Subject != "" && c.Measure != "":
			return keyQuantity + Topic(c.Subject) + "|" + Topic(c.Measure)
		case c.Value.Kind == model.Duration && c.Subject != "" && c.Measure == "":
			// "a three-day visit", "a 30-day ceasefire": a duration that
			// qualifies a noun names the event it lasts.
			return keyQuantity + Topic(c.Subject) + "|dur"
		case c.Value.Kind == model.Amount && c.Subject != "" && c.Subject != "money" && c.Measure == "":
			// "a $2.5 billion aid package": an amount that qualifies a
			// noun names what it is worth.
			return keyQuantity + Topic(c.Subject) + "|amt"
		case c.Value.IsSpeed() && c.Subject != "" && c.Measure == "":
			// "travelling at 112 km/h", "where the limit is 80 km/h": a
			// speed names itself, and a limit is kept apart from it.
			return keyQuantity + Topic(c.Subject) + "|kmh"
		case c.Value.Kind == model.Measurement && c.Subject != "" && c.Measure == "":
			// "1,200 tonnes of ammonium nitrate", "840 metres
			// underground": a measurement names what it measures, in its
			// unit's dimension. Distances from things share one key,
			// since reports name one place in other words ("the finish",
			// "the finish line"); the comparison tells them apart.
			if strings.HasPrefix(c.Subject, model.DistanceFrom) {
				return keyQuantity + distanceTopic + "|u:" + c.Value.Unit
			}
			return keyQuantity + Topic(c.Subject) + "|u:" + c.Value.Unit
		case c.Value.Kind == model.Share && c.Subject != "" && c.Measure == "":
			// "Turnout was 62%", "inflation reached 7.2% in January": a
			// share names what it is a share of.
			return keyQuantity + Topic(c.Subject) + "|pct"
		case c.Subject != "" && c.Version != "" && c.Version != model.Additional:
			// "the revised 20-point plan": a version names one document,
			// whose counts need no verb to be compared; "two more
			// children" names none.
			return keyQuantity + Topic(c.Subject) + "|v:" + Topic(c.Version)
		}
	case model.RoleClaim:
		if c.Subject != "" {
			// A deputy's title is blocked with the title it deputizes,
			// and a company officer's with the other officers', which
			// they conflict with (see compare).
			return keyRole + c.Subject + "|" + RoleFamily(model.Undeputized(c.Role().Title))
		}
	case model.TimeClaim:
		if c.Value.Date.Horizon {
			return keyDate + "h"
		} else if c.Subject != "" {
			return keyDate + Topic(c.Subject)
		}
	}
	return ""
}

// keyLead starts the keys of the dates an article's lead sentence gives a
// day of: a story's first sentence dates the event it reports, whatever
// words it tells it in ("a crowd surge at a turnstile gate outside
// Brennick Park on Saturday, May 17"; "died in a crush outside Brennick
// Park on Sunday, May 18"). A subject cannot collide with it, as a topic
// holds no "@".
const keyLead = keyDate + "@lead|"

// AppendLeadKeys appends to dst the lead keys (see keyLead) of a date
// with the given anchors, and returns the extended slice, sorted from
// start on.
func AppendLeadKeys(dst []string, start int, anchors []string) []string {
	for _, a := range anchors {
		dst = append(dst, keyLead+a)
	}
	slices.Sort(dst[start:])
	return dst
}

// IsLeadKey reports whether a blocking key groups the dates of lead
// sentences (see AppendLeadKeys).
func IsLeadKey(k string) bool { return strings.HasPrefix(k, keyLead) }

// keyLeadCount starts the keys of the counts an article's lead sentence
// gives of a thing with no verb to say what they count: a story's first
// sentence counts what its event left ("About 2,400 bikes sat immobilised
// across Kessmark"; "leaving some 1,900 bikes locked in their docks"),
// where a count elsewhere without a verb may be of anything. As with
// keyLead, no topic holds the "@".
const keyLeadCount = keyQuantity + "@lead|"

// AppendLeadCountKeys appends to dst the lead count keys (see
// keyLeadCount) of c with the given anchors, and returns the extended
// slice, sorted from start on.
func AppendLeadCountKeys(dst []string, start int, c *model.Claim, anchors []string) []string {
	topic := keyLeadCount + Topic(c.Subject) + "|"
	for _, a := range anchors {
		dst = append(dst, topic+a)
	}
	slices.Sort(dst[start:])
	return dst
}

// IsLeadCountKey reports whether a blocking key groups the counts of lead
// sentences (see AppendLeadCountKeys).
func IsLeadCountKey(k string) bool { return strings.HasPrefix(k, keyLeadCount) }

// DocKey returns the blocking key of the claims of one source (see
// IsDocKey).
func DocKey(source string) string { return keyDoc + source }

// Anchors returns the folded, distinct entities that tie c to an event: the
// entities its sentence names, its actor, target and origin, and
// docAnchors, the entities its article is mostly about.
func Anchors(c *model.Claim, docAnchors []string) []string {
	return AppendAnchors(make([]string, 0, len(c.Entities)+len(docAnchors)+3), c, docAnchors, Topic)
}

// AppendAnchors appends the anchors of c (see Anchors) to dst and returns
// the extended slice. topic is Topic, or a function that gives what Topic
// gives: a caller working out the anchors of many claims can keep the
// blocking forms of the names it has met.
func AppendAnchors(dst []string, c *model.Claim, docAnchors []string, topic func(string) string) []string {
	start := len(dst)
	for _, list := range [][]string{c.Entities, docAnchors, {c.Actor, c.Target, c.Origin}} {
		for _, e := range list {
			if e != "" {
				dst = append(dst, topic(e))
			}
		}
	}
	out := dst[start:]
	slices.Sort(out)
	return dst[:start+len(slices.Compact(out))]
}

// Specific keeps the anchors that are specific to an event: those named by
// at most limit articles (df gives the number of articles naming each).
// When none is, it keeps the least common ones, so that a claim naming only
// a country in the news every day still meets its like. A name in every
// tenth article of a large corpus ("Ukraine", a word taken for a name)
// would otherwise put unrelated events into one block.
func Specific(anchors []string, df map[string]int, limit int) []string {
	return AppendSpecific(make([]string, 0, len(anchors)), anchors, df, limit)
}

// AppendSpecific appends the anchors Specific keeps to dst and returns the
// extended slice.
func AppendSpecific(dst, anchors []string, df map[string]int, limit int) []string {
	start := len(dst)
	least := 0
	for _, a := range anchors {
		switch n := df[a]; {
		case n <= limit:
			dst = append(dst, a)
		case least == 0 || n < least:
			least = n
		}
	}
	if len(dst) > start || least == 0 {
		return dst
	}
	for _, a := range anchors {
		if df[a] == least {
			dst = append(dst, a)
		}
	}
	return dst
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

// DocKeySource returns the source whose own block k is; ok is false when
// k is no document key.
func DocKeySource(k string) (source string, ok bool) {
	if !IsDocKey(k) {
		return "", false
	}
	return k[len(keyDoc):], true
}

// IsQuantityKey reports whether k is a quantity claim's blocking key.
func IsQuantityKey(k string) bool { return strings.HasPrefix(k, keyQuantity) }

// AnchorOf returns the anchor of a quantity or date key (see Keys), in its
// blocking form; ok is false for a key with no anchor (a role's, an
// article's).
func AnchorOf(key string) (anchor string, ok bool) {
	if !strings.HasPrefix(key, keyQuantity) && !strings.HasPrefix(key, keyDate) {
		return "", false
	}
	i := strings.LastIndexByte(key, '|')
	return key[i+1:], true
}

// SpelledAlike reports whether two folded names are spellings of one name
// by themselves, without a third: equal, full names whose words are
// spellings of each other (SameName), or a single word that spells the
// last word of a full name. Two different single words are not: the
// resolver links each of them to a full name whose last word it spells,
// so "khorlar" and "kholkar" share a canonical name only because some
// third article names a "Katrin Kholar", and two articles that name
// "Khorlar" and "Kholkar" are no more about one place than without it.
func SpelledAlike(a, b string) bool {
	if a == b {
		return true
	}
	sa, sb := strings.Contains(a, " "), strings.Contains(b, " ")
	switch {
	case sa && sb:
		return SameName(a, b)
	case sa:
		return SameWord(b, a[strings.LastIndexByte(a, ' ')+1:])
	case sb:
		return SameWord(a, b[strings.LastIndexByte(b, ' ')+1:])
	}
	return false
}

// officers are the titles of a company's executive officers: one person
// holds one of them at a time ("chief executive" against "chief operating
// officer" of one airline is a disagreement), while "head" may be said of
// any of them. Every "… director" and "… manager" the titles list names
// ("safety director", "plant manager") is an officer as well.
var officers = map[string]bool{
	"head": true, "chief executive": true, "chief operating officer": true,
	"chief financial officer": true, "chief technology officer": true, "chief medical officer": true,
	"chief scientific officer": true, "chief information officer": true, "chief marketing officer": true,
	"chief information security officer": true, "chief security officer": true,
	"chief investment officer": true, "chief risk officer": true, "chief legal officer": true,
	"chief compliance officer": true, "chief commercial officer": true, "chief strategy officer": true,
	"chief digital officer": true, "chief product officer": true, "chief data officer": true,
	"chief people officer": true, "chief nursing officer": true, "chief revenue officer": true,
}

// RoleFamily returns the title role claims are blocked by: "head" for a
// company officer's title, which conflicts with another officer's, "rank"
// for a military or police rank, which conflicts with another rank, and
// the title itself otherwise.
func RoleFamily(title string) string {
	switch {
	case officers[title], strings.HasSuffix(title, " director"), strings.HasSuffix(title, " manager"):
		return "head"
	case model.IsRank(title):
		return "rank"
	}
	return strings.TrimPrefix(title, VicePrefix)
}

// VicePrefix opens a title that deputizes the title after it: "vice
// president" is the president's deputy, as "deputy governor" is the
// governor's.
const VicePrefix = "vice "
