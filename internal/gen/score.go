package gen

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/reconcile-news/reconcile/model"
)

// Score says how a report on a generated corpus compares with its truth.
//
// A discrepancy flags a case when it sets the case's first side against
// another (see Flags and AtSide). An injected disagreement is found when
// some discrepancy flags it; a lookalike is wrongly flagged when some
// discrepancy flags it.
//
// Every discrepancy falls in exactly one of four classes, tried in order:
//
//   - a hit flags some disagreement;
//   - a cross-cluster discrepancy sets articles of different clusters (different
//     invented events) against each other, which is always wrong;
//   - an on-truth discrepancy has each of its claims at a side of some case
//     (a disagreement or a lookalike) and is wrong: it flags a lookalike, or
//     two statements that the truth says agree;
//   - an off-truth discrepancy is the rest: within one cluster, about a
//     statement the generator made no promise about. Most are errors of the
//     engine, but some follow from injected disagreements across articles
//     (one article's wrong summary figure against another article's body),
//     so they are left out of Precision.
type Score struct {
	Disagreements int              // injected disagreements
	Found         int              // disagreements some discrepancy flags
	ByKind        map[string]Tally // disagreements and lookalikes, by the case kind of gen

	Lookalikes int // lookalikes in the truth
	Flagged    int // lookalikes some discrepancy flags

	Discrepancies int // discrepancies in the report, of the four classes below
	Hits          int // discrepancies that flag a disagreement
	CrossCluster  int // other discrepancies with claims from articles of different clusters
	OnTruth       int // other discrepancies whose claims all stand at sides of cases
	OffTruth      int // the rest

	// Missed and FlaggedCases keep the first few disagreements not found
	// and lookalikes flagged, and Wrong the indexes in the report of the
	// first few cross-cluster and on-truth discrepancies, for messages.
	Missed, FlaggedCases []Case
	Wrong                []int
}

// Tally counts cases of one kind: how many there are, and how many some
// discrepancy flags.
type Tally struct {
	Cases   int
	Flagged int
}

// Recall returns the share of disagreements found, or 1 when there are none.
func (s Score) Recall() float64 { return ratio(s.Found, s.Disagreements) }

// Precision returns the share of hits among the discrepancies the truth
// can judge (all but the off-truth ones), or 1 when there are none.
func (s Score) Precision() float64 { return ratio(s.Hits, s.Judged()) }

// Judged returns the number of discrepancies the truth can judge: hits,
// cross-cluster and on-truth.
func (s Score) Judged() int { return s.Hits + s.CrossCluster + s.OnTruth }

// StrictPrecision returns the share of hits among all discrepancies,
// counting every off-truth discrepancy as wrong; it is 1 when there are none.
func (s Score) StrictPrecision() float64 { return ratio(s.Hits, s.Discrepancies) }

// FlaggedRate returns the share of lookalikes wrongly flagged.
func (s Score) FlaggedRate() float64 {
	if s.Lookalikes == 0 {
		return 0
	}
	return float64(s.Flagged) / float64(s.Lookalikes)
}

func ratio(n, of int) float64 {
	if of == 0 {
		return 1
	}
	return float64(n) / float64(of)
}

// String returns the score on one line.
func (s Score) String() string {
	return fmt.Sprintf("recall %.3f (%d/%d), precision %.3f (%d/%d), strict precision %.3f (%d/%d), "+
		"lookalikes flagged %d/%d; discrepancies: %d hits, %d cross-cluster, %d on truth, %d off truth",
		s.Recall(), s.Found, s.Disagreements, s.Precision(), s.Hits, s.Judged(),
		s.StrictPrecision(), s.Hits, s.Discrepancies, s.Flagged, s.Lookalikes,
		s.Hits, s.CrossCluster, s.OnTruth, s.OffTruth)
}

// keepCases is how many missed or flagged cases a Score keeps.
const keepCases = 10

// ScoreReport compares the discrepancies of r, a report on the corpus that
// truth describes, with the cases of truth. Claims are matched to sides by
// file base name, so the corpus may have been read from any directory.
func ScoreReport(r *model.Report, truth *Truth) Score {
	s := Score{
		Disagreements: len(truth.Disagreements),
		Lookalikes:    len(truth.Lookalikes),
		Discrepancies: len(r.Discrepancies),
		ByKind:        map[string]Tally{},
	}
	// Sides by file and line, to find the sides a claim may stand at.
	type at struct {
		file string
		line int
	}
	sidesAt := map[at][]Side{}
	for _, cases := range [][]Case{truth.Disagreements, truth.Lookalikes} {
		for _, cs := range cases {
			for _, sd := range cs.Sides {
				k := at{sd.File, sd.Line}
				if !slices.Contains(sidesAt[k], sd) {
					sidesAt[k] = append(sidesAt[k], sd)
				}
			}
		}
	}
	onTruth := func(c *model.Claim) bool {
		for _, sd := range sidesAt[at{filepath.Base(c.Span.Source), int(c.Span.Start.Line)}] {
			if AtSide(c, sd) {
				return true
			}
		}
		return false
	}
	// A discrepancy can only flag a case of its claims' files and lines;
	// index the cases by the place of each side.
	caseAt := func(cases []Case) map[at][]int {
		m := map[at][]int{}
		for i, cs := range cases {
			for _, sd := range cs.Sides {
				k := at{sd.File, sd.Line}
				if !slices.Contains(m[k], i) {
					m[k] = append(m[k], i)
				}
			}
		}
		return m
	}
	disAt, lookAt := caseAt(truth.Disagreements), caseAt(truth.Lookalikes)
	found := make([]bool, len(truth.Disagreements))
	flagged := make([]bool, len(truth.Lookalikes))
	for i := range r.Discrepancies {
		d := &r.Discrepancies[i]
		candidates := func(idx map[at][]int) []int {
			var out []int
			for j := range d.Claims {
				c := d.Claims[j]
				for _, k := range idx[at{filepath.Base(c.Span.Source), int(c.Span.Start.Line)}] {
					if !slices.Contains(out, k) {
						out = append(out, k)
					}
				}
			}
			return out
		}
		hit := false
		for _, k := range candidates(disAt) {
			if Flags(d, truth.Disagreements[k]) {
				found[k], hit = true, true
			}
		}
		for _, k := range candidates(lookAt) {
			if Flags(d, truth.Lookalikes[k]) {
				flagged[k] = true
			}
		}
		switch {
		case hit:
			s.Hits++
		case !oneCluster(d, truth.Files):
			s.CrossCluster++
			s.keepWrong(i)
		case allClaims(d, onTruth):
			s.OnTruth++
			s.keepWrong(i)
		default:
			s.OffTruth++
		}
	}
	for i, cs := range truth.Disagreements {
		t := s.ByKind[cs.Kind]
		t.Cases++
		if found[i] {
			s.Found++
			t.Flagged++
		} else if len(s.Missed) < keepCases {
			s.Missed = append(s.Missed, cs)
		}
		s.ByKind[cs.Kind] = t
	}
	for i, cs := range truth.Lookalikes {
		t := s.ByKind[cs.Kind]
		t.Cases++
		if flagged[i] {
			s.Flagged++
			t.Flagged++
			if len(s.FlaggedCases) < keepCases {
				s.FlaggedCases = append(s.FlaggedCases, cs)
			}
		}
		s.ByKind[cs.Kind] = t
	}
	return s
}

func (s *Score) keepWrong(i int) {
	if len(s.Wrong) < keepCases {
		s.Wrong = append(s.Wrong, i)
	}
}

func allClaims(d *model.Discrepancy, ok func(*model.Claim) bool) bool {
	for i := range d.Claims {
		if !ok(d.Claims[i]) {
			return false
		}
	}
	return len(d.Claims) > 0
}

// oneCluster reports whether the claims of d come from articles of one
// cluster; a file that clusters does not know counts as a cluster of its own.
func oneCluster(d *model.Discrepancy, clusters map[string]int) bool {
	first := ""
	for i := range d.Claims {
		f := filepath.Base(d.Claims[i].Span.Source)
		switch {
		case i == 0:
			first = f
		case f == first:
		case clusters[f] == 0 || clusters[f] != clusters[first]:
			return false
		}
	}
	return true
}

// Flags reports whether d sets the first side of cs against another: one
// of its claims stands at cs.Sides[0] and another at one of the other sides.
func Flags(d *model.Discrepancy, cs Case) bool {
	if len(cs.Sides) < 2 {
		return false
	}
	for i := range d.Claims {
		if !AtSide(d.Claims[i], cs.Sides[0]) {
			continue
		}
		for j := range d.Claims {
			if j == i {
				continue
			}
			for _, sd := range cs.Sides[1:] {
				if AtSide(d.Claims[j], sd) {
					return true
				}
			}
		}
	}
	return false
}

// AtSide reports whether claim c stands at side s: its quote starts on the
// side's line of a file with the side's base name, and its quote or its
// value's text and the side's value, compared without case, contain one
// another as whole words ("Bremahesia's former defense minister" stands at
// a side "former defense minister"; "three" at "three").
func AtSide(c *model.Claim, s Side) bool {
	if int(c.Span.Start.Line) != s.Line || filepath.Base(c.Span.Source) != s.File {
		return false
	}
	v := strings.ToLower(s.Value)
	for _, q := range []string{c.Quote, c.Value.Text} {
		q = strings.ToLower(q)
		if q != "" && (containsWords(q, v) || containsWords(v, q)) {
			return true
		}
	}
	return false
}

// containsWords reports whether sub occurs in s as whole words: with no
// letter or digit just before or after it, nor a digit across a thousands
// separator or decimal point ("275" is not in "1,275").
func containsWords(s, sub string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], sub)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(sub)
		if !joined(s, start-1, start-2) && !joined(s, end, end+1) {
			return true
		}
		i = start + 1
	}
}

// joined reports whether the byte at i continues the word next to it: a
// letter or digit (or part of a multi-byte character, which in generated
// text is a letter), or a comma or period with a digit at beyond.
func joined(s string, i, beyond int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	if b := s[i]; b == ',' || b == '.' {
		return beyond >= 0 && beyond < len(s) && s[beyond] >= '0' && s[beyond] <= '9'
	}
	return wordByte(s[i])
}

func wordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}
