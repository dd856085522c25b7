package reconcile_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/reconcile-news/reconcile/model"
	"github.com/reconcile-news/reconcile/reconcile"
)

var casesStrict = flag.Bool("cases.strict", false, "fail, instead of skip, the case expectations marked known_failure")

// caseEnd names one side of an expected pair: a claim read from File
// whose quote contains Quote (case-sensitive).
type caseEnd struct {
	File  string `json:"file"`
	Quote string `json:"quote"`
}

// caseExpect is one entry of an expect.json "flag" or "no_flag" list.
type caseExpect struct {
	// Kind is the kind a flag entry must be reported as. On a no_flag entry
	// it is optional and narrows the entry to that kind.
	Kind         model.Kind `json:"kind,omitempty"`
	A            caseEnd    `json:"a"`
	B            caseEnd    `json:"b"`
	Why          string     `json:"why,omitempty"`
	KnownFailure string     `json:"known_failure,omitempty"`
}

// caseSpec is the content of fixtures/cases/<name>/expect.json.
type caseSpec struct {
	Description string       `json:"description"`
	Flag        []caseExpect `json:"flag"`
	NoFlag      []caseExpect `json:"no_flag"`
	// Clean requires the case to report no discrepancy at all.
	Clean             bool   `json:"clean,omitempty"`
	CleanKnownFailure string `json:"clean_known_failure,omitempty"`
}

// caseTally counts the expectations met over all cases.
type caseTally struct {
	flagMet, flags     int // recall: flag entries met
	noFlagMet, noFlags int // lookalikes correctly left alone
	explained, found   int // reported discrepancies that some flag entry expects
	nowPassing         []string
}

// TestCases runs the engine on every fixtures/cases/*/ directory and checks
// its expect.json: one subtest per case and per expectation. Expectations
// marked known_failure are skipped with their reason unless -cases.strict.
func TestCases(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("..", "fixtures", "cases", "*", "expect.json"))
	require.NoError(t, err)
	require.NotEmpty(t, dirs, "no fixtures/cases/*/expect.json")
	opts, err := reconcile.DefaultOptions()
	require.NoError(t, err)

	var tally caseTally
	for _, exp := range dirs {
		dir := filepath.Dir(exp)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			spec := readCaseSpec(t, dir)
			// The articles only: expect.json sits beside them and is itself
			// a readable format.
			articles, err := filepath.Glob(filepath.Join(dir, "*.txt"))
			require.NoError(t, err)
			rep, err := reconcile.Run(context.Background(), articles, opts)
			require.NoError(t, err)

			for i, e := range spec.Flag {
				require.NotEmpty(t, e.Kind, "flag %d: no kind", i)
				ok := caseFound(rep, dir, e, e.Kind)
				tally.flags++
				if ok {
					tally.flagMet++
				}
				t.Run(fmt.Sprintf("flag%d/%s/%s~%s", i, e.Kind, e.A.Quote, e.B.Quote), func(t *testing.T) {
					caseVerdict(t, &tally, ok, e.KnownFailure,
						"want a %s discrepancy between %s %q and %s %q; got:\n%s",
						e.Kind, e.A.File, e.A.Quote, e.B.File, e.B.Quote, caseListing(rep, dir))
				})
			}
			for i, e := range spec.NoFlag {
				ok := !caseFound(rep, dir, e, e.Kind)
				tally.noFlags++
				if ok {
					tally.noFlagMet++
				}
				t.Run(fmt.Sprintf("noflag%d/%s~%s", i, e.A.Quote, e.B.Quote), func(t *testing.T) {
					kind := "discrepancy"
					if e.Kind != "" {
						kind = string(e.Kind) + " discrepancy"
					}
					caseVerdict(t, &tally, ok, e.KnownFailure,
						"want no %s between %s %q and %s %q (%s); got:\n%s",
						kind, e.A.File, e.A.Quote, e.B.File, e.B.Quote, e.Why, caseListing(rep, dir))
				})
			}
			if spec.Clean {
				t.Run("clean", func(t *testing.T) {
					caseVerdict(t, &tally, len(rep.Discrepancies) == 0, spec.CleanKnownFailure,
						"want no discrepancies; got:\n%s", caseListing(rep, dir))
				})
			}
			for _, d := range rep.Discrepancies {
				tally.found++
				for _, e := range spec.Flag {
					if d.Kind == e.Kind && caseMatches(d, dir, e) {
						tally.explained++
						break
					}
				}
			}
		})
	}
	t.Logf("recall: %d/%d flag expectations met (%s)", tally.flagMet, tally.flags, percent(tally.flagMet, tally.flags))
	t.Logf("precision: %d/%d no_flag expectations met (%s); %d/%d reported discrepancies expected by a flag entry (%s)",
		tally.noFlagMet, tally.noFlags, percent(tally.noFlagMet, tally.noFlags),
		tally.explained, tally.found, percent(tally.explained, tally.found))
	for _, n := range tally.nowPassing {
		t.Logf("known failure now passes, remove its known_failure: %s", n)
	}
}

// caseVerdict passes, fails or skips one expectation.
func caseVerdict(t *testing.T, tally *caseTally, ok bool, known string, format string, args ...any) {
	t.Helper()
	switch {
	case ok && known != "":
		tally.nowPassing = append(tally.nowPassing, t.Name())
	case ok:
	case known != "" && !*casesStrict:
		t.Skip("known failure: " + known)
	default:
		if known != "" {
			format = "known failure (" + known + "): " + format
		}
		t.Errorf(format, args...)
	}
}

// readCaseSpec decodes dir/expect.json strictly and checks that every file
// it names exists and holds the quoted words, so that a typo cannot make a
// no_flag entry pass by matching nothing.
func readCaseSpec(t *testing.T, dir string) caseSpec {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(dir, "expect.json"))
	require.NoError(t, err)
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	var spec caseSpec
	require.NoError(t, dec.Decode(&spec), "expect.json")
	require.NotEmpty(t, spec.Description, "expect.json: no description")
	require.True(t, len(spec.Flag)+len(spec.NoFlag) > 0 || spec.Clean, "expect.json: no expectations")
	kinds := map[model.Kind]bool{}
	for _, k := range model.Kinds() {
		kinds[k] = true
	}
	texts := map[string]string{}
	for _, e := range append(append([]caseExpect(nil), spec.Flag...), spec.NoFlag...) {
		require.True(t, e.Kind == "" || kinds[e.Kind], "expect.json: unknown kind %q", e.Kind)
		for _, end := range []caseEnd{e.A, e.B} {
			require.NotEmpty(t, end.Quote, "expect.json: empty quote in %s", end.File)
			text, ok := texts[end.File]
			if !ok {
				b, err := os.ReadFile(filepath.Join(dir, end.File))
				require.NoError(t, err, "expect.json names a missing file")
				text = string(b)
				texts[end.File] = text
			}
			require.Contains(t, text, end.Quote, "expect.json: quote not in %s", end.File)
		}
	}
	return spec
}

// caseFound reports whether rep holds a discrepancy of kind (any kind when
// empty) that matches e.
func caseFound(rep *model.Report, dir string, e caseExpect, kind model.Kind) bool {
	for _, d := range rep.Discrepancies {
		if (kind == "" || d.Kind == kind) && caseMatches(d, dir, e) {
			return true
		}
	}
	return false
}

// caseMatches reports whether two different claims of d match the two ends
// of e.
func caseMatches(d model.Discrepancy, dir string, e caseExpect) bool {
	for i := range d.Claims {
		if !caseEndMatches(d.Claims[i], dir, e.A) {
			continue
		}
		for j := range d.Claims {
			if j != i && caseEndMatches(d.Claims[j], dir, e.B) {
				return true
			}
		}
	}
	return false
}

func caseEndMatches(c *model.Claim, dir string, end caseEnd) bool {
	rel, err := filepath.Rel(dir, c.Span.Source)
	if err != nil {
		return false
	}
	return filepath.ToSlash(rel) == end.File && strings.Contains(c.Quote, end.Quote)
}

// caseListing lists the discrepancies of rep for a failure message.
func caseListing(rep *model.Report, dir string) string {
	if len(rep.Discrepancies) == 0 {
		return "  (none)"
	}
	var b strings.Builder
	for _, d := range rep.Discrepancies {
		fmt.Fprintf(&b, "  %s %s %.2f:", d.Kind, d.Severity, d.Confidence)
		for _, c := range d.Claims {
			rel, _ := filepath.Rel(dir, c.Span.Source)
			fmt.Fprintf(&b, " %s %q", filepath.ToSlash(rel), c.Quote)
		}
		b.WriteByte('\n')
	}
	return strings.TrimRight(b.String(), "\n")
}

func percent(n, of int) string {
	if of == 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.0f%%", 100*float64(n)/float64(of))
}
