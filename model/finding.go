package model

import (
	"fmt"
	"strings"
)

// Kind names a kind of discrepancy. Each kind is a stable constant: it is the
// SARIF rule id and the anchor of its section in the README.
type Kind string

// The kinds of discrepancy.
const (
	// SummaryVsBody: a headline or summary states a value that its own
	// article's body contradicts.
	SummaryVsBody Kind = "summary-vs-body"
	// QuantityMismatch: two sources give incompatible figures for the same
	// count or amount in the same context.
	QuantityMismatch Kind = "quantity-mismatch"
	// DateMismatch: two sources date the same event differently, or give
	// horizons that cannot both hold.
	DateMismatch Kind = "date-mismatch"
	// RoleConflict: a person is given mutually exclusive titles or states,
	// such as "former President" against a sitting president.
	RoleConflict Kind = "role-conflict"
	// UpdatedFigure: a figure was later revised ("rose to"); shown, not an error.
	UpdatedFigure Kind = "updated-figure"
	// PartsExceedWhole: parts of a total add up to more than the total.
	PartsExceedWhole Kind = "parts-exceed-whole"
)

// Kinds lists every kind of discrepancy, in the order the README explains them.
func Kinds() []Kind {
	return []Kind{SummaryVsBody, QuantityMismatch, DateMismatch, RoleConflict, PartsExceedWhole, UpdatedFigure}
}

// Severity ranks findings. The zero value means unset.
type Severity uint8

// The severities, in increasing order.
const (
	SeverityUnset Severity = iota
	Low
	Medium
	High
)

var severityNames = [...]string{SeverityUnset: "", Low: "low", Medium: "medium", High: "high"}

// String returns the severity's name: low, medium or high.
func (s Severity) String() string {
	if int(s) < len(severityNames) {
		return severityNames[s]
	}
	return fmt.Sprintf("severity(%d)", s)
}

// ParseSeverity returns the severity named s (case-insensitive), or an error.
func ParseSeverity(s string) (Severity, error) {
	for i, n := range severityNames {
		if n != "" && strings.EqualFold(n, s) {
			return Severity(i), nil
		}
	}
	return SeverityUnset, fmt.Errorf("unknown severity %q (want low, medium or high)", s)
}

// Discrepancy is a place where sources disagree. It is a result, never an
// error. Claims[0] is the primary location; the others are related.
type Discrepancy struct {
	Kind        Kind
	Severity    Severity
	Confidence  float64  // 0..1: how likely the claims describe the same thing
	Reasons     []string // what raised or lowered the confidence
	Subject     string   // what the claims are about: "drones", "Donald Trump"
	Measure     string   // the predicate: "intercept", "president"
	Message     string   // one line naming both values and both places
	Explanation string   // the rule that fired and the normalized context of each side
	Claims      []*Claim // at least two, as read, not copies; the first is the primary location
	// Support gives, for each claim of a pair, how many sources state its
	// value: the claim's own and those of the claims agreeing with it.
	// Empty when the finding is not a pair (parts that exceed a whole).
	Support     []int
	Fingerprint string // stable id: survives moved lines, reordered files, other directories
}

// Agreement records a value that several claims state consistently, and how
// many independent sources stand behind it.
type Agreement struct {
	Subject string
	Measure string
	Value   string
	Sources int // number of distinct sources stating the value
	// Claims are the claims read, not copies: a large corpus has about
	// one agreeing claim in three, and copying them took a fifth of the
	// memory of comparing it.
	Claims []*Claim
}

// NearMiss is a pair of claims that looked alike but was not flagged, with
// the reason; reported by --explain.
type NearMiss struct {
	Claims     [2]*Claim // as read, not copies
	Similarity float64
	Reason     string
}
