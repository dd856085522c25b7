package extract

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/reconcile-news/reconcile/model"
	"github.com/reconcile-news/reconcile/reconcile/lexicon"
	"github.com/reconcile-news/reconcile/reconcile/load"
)

// claimsDir holds invented articles with the quantity claims a careful
// editor reads in them; fixtures/README.md describes the format.
const claimsDir = "../../fixtures/claims"

// minClaimScore is the precision and recall the extractor must reach over
// all of fixtures/claims.
const minClaimScore = 0.9

// claimsFile is the content of fixtures/claims/<name>.expect.json.
type claimsFile struct {
	Description string          `json:"description"`
	Claims      []expectedClaim `json:"claims"`
}

// expectedClaim is one quantity claim of an article. Value, thing, measure
// and actor decide whether an extracted claim is right; the optional slots
// (nil when not given) are checked and tallied apart.
type expectedClaim struct {
	Line  int    `json:"line"`          // 1-based line of the quote
	Nth   int    `json:"nth,omitempty"` // which occurrence of the quote on the line, from 1
	Quote string `json:"quote"`

	Value *float64  `json:"value,omitempty"` // the figure as written, scale applied
	Range []float64 `json:"range,omitempty"` // [lo, hi] for ranges and vague amounts
	Hedge string    `json:"hedge,omitempty"` // "at least", "more than", "about", "nearly", "up to", "fewer than"
	Unit  string    `json:"unit,omitempty"`  // currency code, "%", a base unit ("km", "day")

	Thing   *string `json:"thing"`
	Measure *string `json:"measure"`
	Actor   *string `json:"actor"`

	Target  *string `json:"target,omitempty"`
	Origin  *string `json:"origin,omitempty"`
	Place   *string `json:"place,omitempty"`
	Period  *string `json:"period,omitempty"`
	Version *string `json:"version,omitempty"`
	SaidBy  *string `json:"said_by,omitempty"`
	Section *string `json:"section,omitempty"`

	start, end int // byte span of the quote in the article
}

// hedgeNames are the hedges an expected claim may give, as model.Value
// spells them.
var hedgeNames = []string{"at least", "more than", "about", "nearly", "up to", "fewer than"}

// claimScore counts matches for precision and recall.
type claimScore struct {
	expected, extracted, right int
	slots, slotsRight          int // optional slots given, and met
}

func (s *claimScore) add(o claimScore) {
	s.expected += o.expected
	s.extracted += o.extracted
	s.right += o.right
	s.slots += o.slots
	s.slotsRight += o.slotsRight
}

func (s claimScore) precision() float64 { return ratio(s.right, s.extracted) }
func (s claimScore) recall() float64    { return ratio(s.right, s.expected) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func (s claimScore) String() string {
	return fmt.Sprintf("expected %3d  extracted %3d  right %3d  precision %.3f  recall %.3f  optional slots %d/%d",
		s.expected, s.extracted, s.right, s.precision(), s.recall(), s.slotsRight, s.slots)
}

// TestClaimsPrecisionRecall extracts every article of fixtures/claims and
// matches its quantity claims to the expected ones by quote span. A claim
// is right when its value, counted thing, measure and actor all match. It
// logs the figures per article and in total, with every miss, and fails
// when total precision or recall is below minClaimScore.
func TestClaimsPrecisionRecall(t *testing.T) {
	lx, err := lexicon.Default()
	require.NoError(t, err)
	x := New(lx)
	articles, err := filepath.Glob(filepath.Join(claimsDir, "*.txt"))
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(articles), 12, "fixtures/claims holds at least 12 articles")

	var total claimScore
	for _, path := range articles {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		data, err := os.ReadFile(path)
		require.NoError(t, err)
		spec := readClaimsFile(t, strings.TrimSuffix(path, ".txt")+".expect.json", string(data))
		docs, err := load.New(lx).Parse(path, ".txt", data)
		require.NoError(t, err)
		require.Len(t, docs, 1)
		var got []model.Claim
		for _, c := range x.Extract(docs[0]).Claims {
			if c.Kind == model.QuantityClaim {
				got = append(got, c)
			}
		}
		score, misses := scoreClaims(spec.Claims, got)
		total.add(score)
		t.Logf("%-20s %s", name, score)
		for _, m := range misses {
			t.Logf("    %s", m)
		}
	}
	t.Logf("%-20s %s", "TOTAL", total)
	if total.precision() < minClaimScore || total.recall() < minClaimScore {
		t.Errorf("precision %.3f, recall %.3f: want both at least %.2f", total.precision(), total.recall(), minClaimScore)
	}
}

// readClaimsFile reads and checks an expect.json against its article text:
// every claim has a value or a range, its three required slots and a quote
// found on its line.
func readClaimsFile(t *testing.T, path, text string) claimsFile {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var f claimsFile
	require.NoError(t, dec.Decode(&f), path)
	require.NotEmpty(t, f.Description, "%s: description", path)
	lines := strings.SplitAfter(text, "\n")
	for i := range f.Claims {
		e := &f.Claims[i]
		where := fmt.Sprintf("%s: claim %d (line %d %q)", path, i+1, e.Line, e.Quote)
		require.True(t, (e.Value == nil) != (e.Range == nil), "%s: give value or range", where)
		require.True(t, e.Range == nil || len(e.Range) == 2 && e.Range[0] <= e.Range[1], "%s: range is [lo, hi]", where)
		require.True(t, e.Hedge == "" || slices.Contains(hedgeNames, e.Hedge), "%s: hedge %q, want one of %q", where, e.Hedge, hedgeNames)
		require.True(t, e.Thing != nil && e.Measure != nil && e.Actor != nil, "%s: thing, measure and actor are required (\"\" for none)", where)
		require.True(t, e.Line >= 1 && e.Line <= len(lines), "%s: no such line", where)
		off := 0
		for _, l := range lines[:e.Line-1] {
			off += len(l)
		}
		line := lines[e.Line-1]
		nth := max(e.Nth, 1)
		at, from := -1, 0
		for k := 0; k < nth; k++ {
			j := strings.Index(line[from:], e.Quote)
			require.True(t, j >= 0, "%s: quote not on the line (occurrence %d)", where, k+1)
			at, from = from+j, from+j+len(e.Quote)
		}
		if e.Nth == 0 {
			require.Equal(t, -1, strings.Index(line[from:], e.Quote), "%s: quote occurs twice on the line; give nth", where)
		}
		e.start, e.end = off+at, off+at+len(e.Quote)
	}
	return f
}

// scoreClaims matches expected to extracted claims one to one by the
// overlap of their quotes and counts the right ones. It returns a line for
// every expected claim missed or read wrongly, and every extracted claim
// that no expected one accounts for.
func scoreClaims(want []expectedClaim, got []model.Claim) (claimScore, []string) {
	s := claimScore{expected: len(want), extracted: len(got)}
	var misses []string
	taken := make([]bool, len(got))
	for _, e := range want {
		best, overlap := -1, 0
		for k, c := range got {
			o := min(e.end, int(c.Span.End.Offset)) - max(e.start, int(c.Span.Start.Offset))
			if !taken[k] && o > overlap {
				best, overlap = k, o
			}
		}
		if best < 0 {
			misses = append(misses, fmt.Sprintf("line %d %q: not extracted", e.Line, e.Quote))
			continue
		}
		taken[best] = true
		c := got[best]
		var wrong []string
		if !valueMatches(e, c.Value) {
			wrong = append(wrong, fmt.Sprintf("value %s want %s", c.Value.Text, expectedValueText(e)))
		}
		for _, f := range []struct {
			name      string
			want, got string
		}{{"thing", *e.Thing, c.Subject}, {"measure", *e.Measure, c.Measure}, {"actor", *e.Actor, c.Actor}} {
			if !strings.EqualFold(f.want, f.got) {
				wrong = append(wrong, fmt.Sprintf("%s %q want %q", f.name, f.got, f.want))
			}
		}
		if len(wrong) == 0 {
			s.right++
		}
		for _, f := range []struct {
			name string
			want *string
			got  string
		}{
			{"target", e.Target, c.Target}, {"origin", e.Origin, c.Origin}, {"place", e.Place, c.Place},
			{"period", e.Period, c.Period}, {"version", e.Version, c.Version}, {"said_by", e.SaidBy, c.SaidBy},
			{"section", e.Section, c.Section.String()},
		} {
			if f.want == nil {
				continue
			}
			s.slots++
			if strings.EqualFold(*f.want, f.got) {
				s.slotsRight++
			} else {
				wrong = append(wrong, fmt.Sprintf("(%s %q want %q)", f.name, f.got, *f.want))
			}
		}
		if len(wrong) > 0 {
			misses = append(misses, fmt.Sprintf("line %d %q: %s", e.Line, e.Quote, strings.Join(wrong, ", ")))
		}
	}
	for k, c := range got {
		if !taken[k] {
			misses = append(misses, fmt.Sprintf("line %d %q: extracted, not expected (%s %s/%s actor=%q)",
				c.Span.Start.Line, c.Quote, c.Value.Text, c.Subject, c.Measure, c.Actor))
		}
	}
	return s, misses
}

// valueMatches reports whether v states the expected figure: the same
// unit and hedge, and the figure as written (a hedge's nominal value) or
// the range.
func valueMatches(e expectedClaim, v model.Value) bool {
	if !strings.EqualFold(e.Unit, v.Unit) {
		return false
	}
	hedge := v.Hedge
	if hedge == "exactly" || hedge == "vague" {
		hedge = ""
	}
	if hedge != e.Hedge {
		return false
	}
	lo, hi := v.Lo, v.Hi
	if hedge != "" {
		lo, hi = v.Nominal, v.Nominal
	}
	wlo, whi := 0.0, 0.0
	if e.Value != nil {
		wlo, whi = *e.Value, *e.Value
	} else {
		wlo, whi = e.Range[0], e.Range[1]
	}
	return near(lo, wlo) && near(hi, whi)
}

func near(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b)) }

func expectedValueText(e expectedClaim) string {
	var v string
	if e.Value != nil {
		v = model.FormatNumber(*e.Value)
	} else {
		v = model.FormatNumber(e.Range[0]) + "–" + model.FormatNumber(e.Range[1])
	}
	if e.Unit != "" {
		v += " " + e.Unit
	}
	if e.Hedge != "" {
		v = e.Hedge + " " + v
	}
	return v
}
