package model

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// ValueKind says what dimension a value measures. Values of different kinds
// are never compared with each other.
type ValueKind uint8

// The kinds of value. The zero value means unknown.
const (
	ValueUnknown ValueKind = iota
	Count                  // a number of things: 82 drones, six people
	Amount                 // money; Unit holds an ISO 4217 code and an optional rate ("USD/hour")
	Share                  // a part of a whole in percent: 90 percent, two-thirds, 1 in 16
	Ordinal                // a rank: first, 17th
	Age                    // a person's age in years
	Duration               // a length of time in days: nearly four years, 11-year
	Measurement            // a physical measure; Unit holds the unit: km, mile, kg
	Date                   // a calendar date or range; see Value.Date
	Weekday                // a day of the week with no calendar date; see Value.Date
	Role                   // a title or role held by a person; see Claim.Role
	Score                  // a match result: "4-1"; see ScoreValue
)

var valueKindNames = [...]string{
	ValueUnknown: "", Count: "count", Amount: "amount", Share: "share", Ordinal: "ordinal",
	Age: "age", Duration: "duration", Measurement: "measurement", Date: "date",
	Weekday: "weekday", Role: "role", Score: "score",
}

// MaxHumanAge is the age in years past which an age is no person's: "a
// 146-year-old church" is a building's.
const MaxHumanAge = 120

// String returns the kind's name as used in JSON.
func (k ValueKind) String() string {
	if int(k) < len(valueKindNames) {
		return valueKindNames[k]
	}
	return fmt.Sprintf("valuekind(%d)", k)
}

// ParseValueKind returns the kind named s, or an error.
func ParseValueKind(s string) (ValueKind, error) {
	for i, n := range valueKindNames {
		if n == s && s != "" {
			return ValueKind(i), nil
		}
	}
	return ValueUnknown, fmt.Errorf("unknown value kind %q", s)
}

// IsTemporal reports whether values of the kind are points or ranges in time.
func (k ValueKind) IsTemporal() bool { return k == Date || k == Weekday }

// DateParts holds the calendar fields a text stated, each zero when the text
// left it out: "on the 20th" has only Day, "Saturday" only Weekday,
// "February 2022" Year and Month. Relative is the lower-case phrase of a date
// that depends on when the article was written ("last week"); it is kept even
// after the date was resolved against a publication date.
//
// Every claim holds one, so the fields are as small as their ranges allow,
// and Horizon fills the word the small ones leave: 24 bytes (56 with ints).
// The extractor reads years 1000-2199 only. The JSON form, claimio.Date,
// keeps the order year, month, day, weekday, relative, horizon.
type DateParts struct {
	Year     int32  `json:"year,omitempty"`
	Month    int8   `json:"month,omitempty"`   // 1-12
	Day      int8   `json:"day,omitempty"`     // 1-31
	Weekday  int8   `json:"weekday,omitempty"` // 1 = Monday ... 7 = Sunday
	Horizon  bool   `json:"horizon,omitempty"` // the value is the end of a span: "through 2026"
	Relative string `json:"relative,omitempty"`
}

// IsZero reports whether no field is set.
func (d DateParts) IsZero() bool { return d == DateParts{} }

// Value is what a claim asserts, as an interval so that hedged figures are
// representable: "at least 10" is [10, +Inf), "more than 10" is (10, +Inf),
// "about 1,300" is a band around 1,300, "63" is [63, 63].
//
// For Date values Lo and Hi are days since 1970-01-01 (UTC) and are only
// meaningful when Resolved is true; Date holds what the text said.
//
// The one-byte fields stand together at the start, so that they share one
// word: a Value is 104 bytes (it was 152 with its fields in reading order).
type Value struct {
	Kind   ValueKind
	LoOpen bool // Lo itself is excluded ("more than")
	HiOpen bool // Hi itself is excluded ("fewer than")
	// Resolved reports, for temporal values, that Lo and Hi hold a calendar range.
	Resolved bool
	Unit     string  // currency code, measurement unit or duration unit as written; "" for plain counts
	Lo, Hi   float64 // bounds; -Inf or +Inf when open-ended
	Nominal  float64 // the figure as written, before any hedge widened it
	Hedge    string  // normalized hedge: "at least", "more than", "about", "up to", ... or ""
	Date     DateParts
	Text     string // the value in words for people: "at least 10", "2022-02-24", "former president"
}

// ScoreValue returns the value of a match result, the winner's goals or
// points first whichever side the text puts first ("lost 1-4" is "4-1"):
// the point winner*1000 + loser, so that two results agree only when both
// figures do.
func ScoreValue(a, b int) Value {
	if a < b {
		a, b = b, a
	}
	x := float64(a*scoreBase + b)
	return Value{Kind: Score, Lo: x, Hi: x, Nominal: x, Text: strconv.Itoa(a) + "-" + strconv.Itoa(b)}
}

// scoreBase separates the two figures of a score in its point value.
const scoreBase = 1000

// ScoreSides returns the two figures of a score made by ScoreValue, the
// larger first.
func (v Value) ScoreSides() (a, b int) {
	n := int(v.Nominal)
	return n / scoreBase, n % scoreBase
}

// Point returns an exact value of the given kind.
func Point(kind ValueKind, x float64) Value {
	return Value{Kind: kind, Lo: x, Hi: x, Nominal: x, Text: FormatNumber(x)}
}

// SpeedUnit is the unit of every speed: "70 mph" is read in km/h.
const SpeedUnit = "km/h"

// IsSpeed reports whether v is a speed ("112 km/h", "70 mph").
func (v Value) IsSpeed() bool { return v.Kind == Measurement && v.Unit == SpeedUnit }

// IsPoint reports whether the value is a single number.
func (v Value) IsPoint() bool { return v.Lo == v.Hi && !v.LoOpen && !v.HiOpen }

// Intersects reports whether some number lies in both v and o once each is
// widened by the relative tolerance tol (0.05 widens by 5%). Values of
// different kinds or units never intersect.
func (v Value) Intersects(o Value, tol float64) bool {
	return v.IntersectsWithin(o, tol, tol)
}

// IntersectsWithin is Intersects with each value widened by its own
// tolerance: vtol for v, otol for o. A round figure may stand for a range
// where a precise one stands for itself.
func (v Value) IntersectsWithin(o Value, vtol, otol float64) bool {
	if v.Kind != o.Kind || !strings.EqualFold(v.Unit, o.Unit) {
		return false
	}
	tol := max(vtol, otol)
	alo, ahi := widen(v.Lo, v.Hi, vtol)
	blo, bhi := widen(o.Lo, o.Hi, otol)
	if ahi < blo || bhi < alo {
		return false
	}
	// Touching bounds intersect only if neither side excludes the touching point.
	if ahi == blo && (v.HiOpen || o.LoOpen) && tol == 0 {
		return false
	}
	if bhi == alo && (o.HiOpen || v.LoOpen) && tol == 0 {
		return false
	}
	return true
}

// Contains reports whether x lies in the value's interval.
func (v Value) Contains(x float64) bool {
	if x < v.Lo || x > v.Hi {
		return false
	}
	if (x == v.Lo && v.LoOpen) || (x == v.Hi && v.HiOpen) {
		return false
	}
	return true
}

func widen(lo, hi, tol float64) (float64, float64) {
	if tol <= 0 {
		return lo, hi
	}
	return lo - math.Abs(lo)*tol, hi + math.Abs(hi)*tol
}

// String returns Text, or a rendering of the interval when Text is empty.
func (v Value) String() string {
	if v.Text != "" {
		return v.Text
	}
	switch {
	case v.IsPoint():
		return FormatNumber(v.Lo)
	case math.IsInf(v.Hi, 1):
		if v.LoOpen {
			return "more than " + FormatNumber(v.Lo)
		}
		return "at least " + FormatNumber(v.Lo)
	case math.IsInf(v.Lo, -1) || v.Lo == 0:
		if v.HiOpen {
			return "fewer than " + FormatNumber(v.Hi)
		}
		return "up to " + FormatNumber(v.Hi)
	}
	return FormatNumber(v.Lo) + "–" + FormatNumber(v.Hi)
}

// FormatNumber writes x with thousands separators and without a trailing
// ".0": 1300 -> "1,300", 3.5e6 -> "3,500,000", 9.15 -> "9.15".
func FormatNumber(x float64) string {
	if math.IsInf(x, 0) || math.IsNaN(x) {
		return strconv.FormatFloat(x, 'f', -1, 64)
	}
	s := strconv.FormatFloat(math.Abs(x), 'f', -1, 64)
	intPart, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	if x < 0 {
		b.WriteByte('-')
	}
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if frac != "" {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return b.String()
}
