package compare

import (
	"math"
	"strconv"
	"strings"

	"github.com/reconcile-news/reconcile/model"
)

// ageHolds reports whether age a, in whole years and unhedged, holds age
// b, in years and a part: one is 26 until the 27th birthday.
func ageHolds(a, b model.Value) bool {
	n := a.Nominal
	return a.Hedge == "" && a.Lo == n && a.Hi == n && n >= 1 && n == math.Trunc(n) &&
		b.Nominal != math.Trunc(b.Nominal) && b.Lo >= n && b.Hi < n+1
}

// agreeValues reports whether two values can both hold. Figures written
// the same way agree whatever their hedges ("over four regions" and "four
// key regions" are one figure); round figures carry a rounding tolerance,
// unless hedged: a hedge ("about 3,800", "more than 4,100") states its own
// reach, and rounding on top of it would let the two meet.
func agreeValues(a, b model.Value, tol float64) bool {
	if a.Kind.IsTemporal() && b.Kind.IsTemporal() {
		return !datesConflict(a, b)
	}
	if a.Kind != b.Kind {
		return false
	}
	if a.Kind == model.Role {
		return !rolesConflict(a, b)
	}
	if a.Kind == model.Score {
		return a.Nominal == b.Nominal // "4-1" is no round 4,001
	}
	if a.Kind == model.Age && (ageHolds(a, b) || ageHolds(b, a)) {
		return true // "a 26-year-old" is "26 years and one month old"
	}
	if a.Nominal == b.Nominal && a.Nominal != 0 && sameUnit(a, b) {
		return true
	}
	if (a.Kind == model.Share || a.Kind == model.Measurement) && sameUnit(a, b) && (roundsTo(a, b) || roundsTo(b, a)) {
		return true // "44%" for "44.2%"
	}
	if (a.Kind == model.Amount || a.Kind == model.Count) && sameUnit(a, b) && (roundedAt(a, b) || roundedAt(b, a)) {
		return true // "$531 million" for "$531.2 million"
	}
	if a.Kind == model.Amount && sameUnit(a, b) && (roundsTo(a, b) && b.Nominal >= 100 || roundsTo(b, a) && a.Nominal >= 100) {
		return true // "$388" for "$388.26"; not "$5" for "$5.40"
	}
	if a.Kind == model.Duration && sameUnit(a, b) && (truncates(a, b) || truncates(b, a)) {
		return true // "68 days" for "68 days, four hours and 12 minutes"
	}
	if loosely(a, b) || loosely(b, a) {
		return true
	}
	if floor(a) && floor(b) && sameUnit(a, b) && !roundish(a.Nominal) && !roundish(b.Nominal) {
		// "at least 23" and "At least 32": two floors of one toll that
		// both hold, yet a report gives the toll it has confirmed, and
		// two that confirm different tolls disagree. A round floor
		// ("more than 1,000") is a rounding, which a higher one meets.
		return a.Nominal == b.Nominal
	}
	if ceiling(a) && ceiling(b) && sameUnit(a, b) && (a.Kind == model.Amount || a.Kind == model.Count) {
		// "could impose a fine of up to $52 million" and "of up to $25
		// million": two caps of one thing, each stating the cap. A
		// reading's top ("gusts of up to 90 km/h") varies with where and
		// when it was taken.
		return a.Nominal == b.Nominal
	}
	if floor(a) && !roundish(a.Nominal) && !floor(b) && b.Lo > 3*a.Nominal || floor(b) && !roundish(b.Nominal) && !floor(a) && a.Lo > 3*b.Nominal {
		// "at least 31 injured" holds "about 6,800", yet no report puts
		// a toll it knows to be far higher at "at least 31"; "more than
		// a thousand" is a rounding that says little more than "many".
		return false
	}
	if a.Hedge == "" && b.Hedge == "" && sameUnit(a, b) && round(a.Nominal) && round(b.Nominal) &&
		lastPlace(a.Nominal) == lastPlace(b.Nominal) && !converted(a, b) {
		// "5.2 million" and "5.6 million": two figures rounded to the same
		// place are two counts, whatever rounding lets each stand for.
		return false
	}
	if aboutRounded(a, b) {
		// So are "about 420 jobs" and "around 380 jobs", or "about $8.1
		// million" and "about $8.4 million", whatever the hedge lets
		// each reach.
		return false
	}
	// A round figure ("340 million") may stand for any figure within 5% of
	// it, a precise one ("312 million") for itself only; figures written
	// in different units are both likely converted and rounded. Not
	// against "about" a figure rounded to the same place ("about $7.8
	// billion" against "$7.3 billion"): the hedge already reaches as far
	// as that rounding does.
	ta, tb := tol, tol
	if round(a.Nominal) && a.Hedge == "" && !aboutSamePlace(b, a) || converted(a, b) {
		ta = math.Max(ta, 0.05)
	}
	if round(b.Nominal) && b.Hedge == "" && !aboutSamePlace(a, b) || converted(a, b) {
		tb = math.Max(tb, 0.05)
	}
	return a.IntersectsWithin(b, ta, tb)
}

func sameUnit(a, b model.Value) bool { return a.Unit == b.Unit }

// aboutRounded reports whether a and b are "about" two whole figures in
// one unit, each rounded to the same place, tens or coarser: two
// estimates, not one figure either hedge reaches.
func aboutRounded(a, b model.Value) bool {
	whole := func(v model.Value) bool { return v.Nominal >= 10 && v.Nominal == math.Trunc(v.Nominal) }
	return a.Hedge == "about" && b.Hedge == "about" && sameUnit(a, b) && whole(a) && whole(b) && !converted(a, b) &&
		lastPlace(a.Nominal) >= 10 && lastPlace(a.Nominal) == lastPlace(b.Nominal)
}

// aboutSamePlace reports whether v is "about" a figure rounded to the
// place o's last digit stands at: "about $7.8 billion" for "$7.3 billion".
func aboutSamePlace(v, o model.Value) bool {
	return v.Hedge == "about" && sameUnit(v, o) && round(v.Nominal) && lastPlace(v.Nominal) == lastPlace(o.Nominal)
}

// lastPlace returns the place value of the last significant digit of a
// whole figure: 100,000 for 5,200,000, 1,000 for 45,000.
func lastPlace(x float64) float64 {
	p := 1.0
	for x >= 10 && math.Mod(x, 10) == 0 {
		x /= 10
		p *= 10
	}
	return p
}

// converted reports whether two measurements were written in different
// units ("6 miles", "10 km"): one is likely the other converted and
// rounded, and gets the rounding tolerance.
func converted(a, b model.Value) bool {
	if a.Kind != model.Measurement || b.Kind != model.Measurement {
		return false
	}
	unitWord := func(v model.Value) string { return v.Text[strings.LastIndexByte(v.Text, ' ')+1:] }
	return unitWord(a) != unitWord(b)
}

// loosely reports whether v, a vague magnitude ("thousands", "dozens"),
// holds for o all the same: such a word is written for a floor more than
// a ceiling, so "thousands marched" does not deny a police count of
// 25,000, up to three times its nominal top. A figure below the floor
// ("hundreds" against 80) still conflicts.
func loosely(v, o model.Value) bool {
	return v.Hedge == "vague" && o.Hedge != "vague" && sameUnit(v, o) && o.Lo >= v.Lo && o.Hi <= 3*v.Hi
}

// roundsTo reports whether x, a figure with decimals, rounds to the whole
// figure r: a share or a measure given to fewer places ("44%" for the
// "44.2%" of a fuller count). Both must be points, with no hedge.
func roundsTo(x, r model.Value) bool {
	if x.Lo != x.Hi || r.Lo != r.Hi || x.Hedge != "" || r.Hedge != "" {
		return false
	}
	return r.Nominal == math.Trunc(r.Nominal) && x.Nominal != math.Trunc(x.Nominal) && math.Round(x.Nominal) == r.Nominal
}

// roundedAt reports whether figure r is figure x rounded to the last
// place r is written to, a coarser one than x's, with three significant
// digits or more: "$531 million" of "$531.2 million", not of "$513.2
// million", nor "5.2 million" of "5.6 million", nor "£100,000" of
// "£140,000". Neither may be hedged, and r is at least 1,000.
func roundedAt(r, x model.Value) bool {
	if x.Lo != x.Hi || r.Lo != r.Hi || x.Hedge != "" || r.Hedge != "" || r.Nominal < 1000 {
		return false
	}
	rv, xv := math.Round(r.Nominal), math.Round(x.Nominal)
	p := lastPlace(rv)
	return p > 1 && rv/p >= 100 && lastPlace(xv) < p && math.Round(xv/p)*p == rv
}

// round reports whether x looks rounded: 1,300 or 2.5 million.
func round(x float64) bool {
	if x < 1000 || x != math.Trunc(x) {
		return false
	}
	// A round figure has at most two significant digits: 1,300, 45,000
	// and 2.7 million are estimates; 2,745,000 is a count.
	for x >= 100 && math.Mod(x, 10) == 0 {
		x /= 10
	}
	return x < 100
}

// comparableValues reports whether two values measure the same dimension.
func comparableValues(a, b model.Value) bool {
	if a.Kind != b.Kind {
		return a.Kind.IsTemporal() && b.Kind.IsTemporal()
	}
	return a.Kind.IsTemporal() || a.Kind == model.Role || sameUnit(a, b)
}

// ceiling reports whether v is an upper bound with no bottom: "up to $52
// million", "as many as 300".
func ceiling(v model.Value) bool {
	return (math.IsInf(v.Lo, -1) || v.Lo == 0) && v.Hi == v.Nominal && v.Nominal > 0 && v.Hedge != "vague" && v.Hedge != ""
}

// floor reports whether v is a lower bound with no top: "at least 23",
// "more than 40".
func floor(v model.Value) bool {
	return math.IsInf(v.Hi, 1) && v.Hedge != "vague" && v.Hedge != ""
}

// truncates reports whether span a, a whole number of the unit it is
// written in ("5 hours") with no hedge, is span b with the parts of a
// unit dropped: "a five-hour halt" of one that lasted "five hours and 20
// minutes". The unit's size is what a's figure and its text tell.
func truncates(a, b model.Value) bool {
	n, err := strconv.ParseFloat(strings.TrimSpace(strings.SplitN(a.Text, " ", 2)[0]), 64)
	if err != nil || n <= 0 || n != math.Trunc(n) || a.Hedge != "" || b.Hedge != "" || !a.IsPoint() || !b.IsPoint() {
		return false
	}
	unit := a.Nominal / n
	return b.Nominal > a.Nominal && b.Nominal < a.Nominal+unit
}

// floorRestated reports whether one of two counts is a floor and the
// other a figure with no hedge, neither of them round, that differ: "At
// least seven people were killed" in an article whose summary says "Nine
// people killed". The floor is the toll the article confirms; a summary
// that gives another has not restated it, though across articles a
// higher count meets a floor.
func floorRestated(a, b model.Value) bool {
	return (floor(a) && exact(b) || floor(b) && exact(a)) && a.Kind == model.Count && sameUnit(a, b) &&
		!roundish(a.Nominal) && !roundish(b.Nominal) && a.Nominal != b.Nominal
}

// exact reports whether v is a figure with no hedge: "nine", "23".
func exact(v model.Value) bool {
	return v.Hedge == "" && v.Lo == v.Hi
}

// roundish reports whether x reads as rounded for a floor: a round figure
// (see round), or a multiple of ten from 100 up ("more than 120").
func roundish(x float64) bool {
	return round(x) || x >= 100 && math.Mod(x, 10) == 0
}

// scaleApart reports whether two counts or amounts are so far apart that
// they cannot be reports of one figure: a hundred times and more, and no
// power of ten apart (a slip of "million" for "billion", of a digit or a
// decimal point, keeps its ratio).
func scaleApart(a, b model.Value) bool {
	if a.Kind != b.Kind || a.Kind != model.Count && a.Kind != model.Amount || a.Hedge == "vague" || b.Hedge == "vague" ||
		floor(a) || floor(b) {
		return false // "at least 31" is a count far from done, which a floor says
	}
	lo, hi := min(a.Nominal, b.Nominal), max(a.Nominal, b.Nominal)
	if lo <= 0 || math.IsInf(hi, 0) || hi < minScaleGap*lo {
		return false
	}
	r := hi / lo
	slip := r / math.Pow(10, math.Round(math.Log10(r)))
	return math.Abs(slip-1) > 0.02
}

// spansApart reports whether two lengths of time lie more than ten times
// apart.
func spansApart(a, b model.Value) bool {
	if a.Kind != model.Duration || b.Kind != model.Duration {
		return false
	}
	lo, hi := min(a.Nominal, b.Nominal), max(a.Nominal, b.Nominal)
	return lo > 0 && !math.IsInf(hi, 0) && hi > 10*lo
}

// minScaleGap is how many times apart two figures are before scaleApart
// looks for a slip between them.
const minScaleGap = 100
