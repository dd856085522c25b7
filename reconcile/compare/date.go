package compare

import "github.com/reconcile-news/reconcile/model"

// datesConflict reports whether two temporal values cannot both hold.
// Resolved dates conflict when their ranges are disjoint; otherwise the
// fields both texts state must agree.
func datesConflict(a, b model.Value) bool {
	if a.Resolved && b.Resolved {
		return a.Hi < b.Lo || b.Hi < a.Lo
	}
	da, db := a.Date, b.Date
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
