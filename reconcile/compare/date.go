package compare

import (
	"math"
	"strconv"
	"strings"

	"github.com/reconcile-news/reconcile/model"
)

// datesConflict reports whether two temporal values cannot both hold.
// Resolved dates conflict when their ranges are disjoint; otherwise, and
// for two horizons, which resolve to the last day of what each states,
// the fields both texts state must agree: "until 2021" is a summary's
// "until November 2021".
func datesConflict(a, b model.Value) bool {
	da, db := a.Date, b.Date
	if a.Resolved && b.Resolved && !(da.Horizon && db.Horizon) {
		return a.Hi < b.Lo || b.Hi < a.Lo
	}
	if da.Horizon != db.Horizon {
		return false // "through 2026" and "in 2026" say different things
	}
	if da.Relative != "" || db.Relative != "" {
		// A horizon relative to an unknown publication date against a
		// calendar one: they name different ends unless the article was
		// written at a fitting time; flagged, at low severity.
		return da.Horizon && db.Horizon && da.Relative != db.Relative
	}
	if da.Year != 0 && db.Year != 0 && da.Year != db.Year {
		return true
	}
	if da.Month != 0 && db.Month != 0 && da.Month != db.Month && (da.Year == db.Year || da.Year == 0 || db.Year == 0) {
		return true
	}
	if da.Day != 0 && db.Day != 0 && da.Day != db.Day && da.Month == db.Month {
		return true
	}
	if da.Weekday != 0 && db.Weekday != 0 && da.Weekday != db.Weekday && da.Day == 0 && db.Day == 0 {
		return true
	}
	return false
}

// dateResolved reports whether both sides could be placed on the calendar.
func dateResolved(a, b model.Value) bool { return a.Resolved && b.Resolved }

// agoApart reports whether two dates counted back from an unknown
// publication day ("three years ago", "five years ago") cannot both hold
// when they are counted from the same day, as one article's are: each
// stands for its span, give or take half a unit (or a fiftieth of a long
// span, as the extractor places them when the day is known). Two spans
// under the same hedge ("more than 640 million years ago" against "more
// than 540 million years ago") are read without it, as rehedged reads
// figures: a summary that keeps its body's hedge and not its span
// restates the span wrongly. Spans under one hedge only ("about three
// years ago" against "five years ago") and dates already on the calendar
// are left to datesConflict.
func agoApart(a, b model.Value, unit func(string) (float64, bool)) bool {
	alo, ahi, blo, bhi, ok := agoSpans(a, b, unit)
	return ok && (ahi < blo || bhi < alo)
}

// agoSpans reads two dates counted back from an unknown publication day as
// the days before it each may lie (agoBack), without the hedge they share
// (see agoApart); ok is false unless both can be read so.
func agoSpans(a, b model.Value, unit func(string) (float64, bool)) (alo, ahi, blo, bhi float64, ok bool) {
	if unit == nil || a.Resolved || b.Resolved {
		return 0, 0, 0, 0, false
	}
	ra, rb := a.Date.Relative, b.Date.Relative
	if h := a.Hedge; h != "" && h == b.Hedge && h != "vague" {
		ra, rb = strings.TrimPrefix(ra, h+" "), strings.TrimPrefix(rb, h+" ")
	}
	if alo, ahi, ok = agoBack(ra, unit); !ok {
		return 0, 0, 0, 0, false
	}
	blo, bhi, ok = agoBack(rb, unit)
	return alo, ahi, blo, bhi, ok
}

// agoBack reads "N units ago" or "N–M units ago" as the days before
// publication it may lie, fewest first.
func agoBack(rel string, unit func(string) (float64, bool)) (lo, hi float64, ok bool) {
	f := strings.Fields(rel)
	if len(f) != 3 || f[2] != "ago" {
		return 0, 0, false
	}
	days, ok := unit(f[1])
	if !ok {
		return 0, 0, false
	}
	n, m, _ := strings.Cut(f[0], "–")
	if m == "" {
		m = n
	}
	x, err1 := strconv.ParseFloat(strings.ReplaceAll(n, ",", ""), 64)
	y, err2 := strconv.ParseFloat(strings.ReplaceAll(m, ",", ""), 64)
	if err1 != nil || err2 != nil {
		return 0, 0, false
	}
	lo, hi = x*days, y*days
	half := math.Floor(max(days/2, hi/50))
	return math.Max(0, math.Floor(lo-half)), math.Ceil(hi + half), true
}
