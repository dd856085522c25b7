package report

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/reconcile-news/reconcile/model"
)

// valid returns s with every invalid UTF-8 sequence replaced by U+FFFD.
func valid(s string) string { return strings.ToValidUTF8(s, "\uFFFD") }

// oneLine returns s as a single line of printable text: invalid UTF-8 becomes
// U+FFFD, line breaks and tabs become spaces, and other control characters
// (including the bidirectional overrides of "Trojan source" text) become
// U+FFFD, so that no quote can move the cursor, recolour a terminal or fake
// a line of its own.
func oneLine(s string) string {
	s = valid(s)
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\r' || r == '\t' || r == '\v' || r == '\f' || r == '\u2028' || r == '\u2029' || r == '\u0085':
			return ' '
		case unicode.IsControl(r) || isBidiControl(r):
			return '\uFFFD'
		}
		return r
	}, s)
}

func isBidiControl(r rune) bool {
	return (r >= '\u202A' && r <= '\u202E') || (r >= '\u2066' && r <= '\u2069') || r == '\u200E' || r == '\u200F' || r == '\u061C'
}

// byImportance returns the discrepancies ordered most important first: by
// severity, then confidence, keeping the report's order among equals.
func byImportance(ds []model.Discrepancy) []*model.Discrepancy {
	out := make([]*model.Discrepancy, len(ds))
	for i := range ds {
		out[i] = &ds[i]
	}
	slices.SortStableFunc(out, func(a, b *model.Discrepancy) int {
		if c := cmp.Compare(b.Severity, a.Severity); c != 0 {
			return c
		}
		return cmp.Compare(b.Confidence, a.Confidence)
	})
	return out
}

// primary returns the primary location of d, or a zero span when d has no claims.
func primary(d *model.Discrepancy) model.Span {
	if len(d.Claims) == 0 {
		return model.Span{}
	}
	return d.Claims[0].Span
}

// highlight splits a claim's sentence into the text before the quote, the
// quote and the text after it, using the byte offsets of both spans. When the
// offsets do not fit the sentence it falls back to finding the quote in the
// sentence, and when that fails too the whole sentence comes back as before.
// Each part is valid UTF-8.
func highlight(c *model.Claim) (before, quote, after string) {
	text := c.Text
	sent := c.SentenceSpan()
	lo := int(c.Span.Start.Offset) - int(sent.Start.Offset)
	hi := int(c.Span.End.Offset) - int(sent.Start.Offset)
	ok := c.Span.Source == sent.Source && 0 <= lo && lo <= hi && hi <= len(text) && text[lo:hi] == c.Quote
	if !ok && c.Quote != "" {
		if i := strings.Index(text, c.Quote); i >= 0 {
			lo, hi, ok = i, i+len(c.Quote), true
		}
	}
	if !ok {
		return valid(text), "", ""
	}
	return valid(text[:lo]), valid(text[lo:hi]), valid(text[hi:])
}

// plural returns "n word", the word in its plural form when n is not 1.
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	if strings.HasSuffix(word, "y") {
		word = strings.TrimSuffix(word, "y") + "ie"
	}
	return strconv.Itoa(n) + " " + word + "s"
}

// severityCounts returns how many discrepancies have each severity, high first,
// as "2 high, 1 low"; severities with no findings are left out.
func severityCounts(ds []model.Discrepancy) string {
	n := map[model.Severity]int{}
	for _, d := range ds {
		n[d.Severity]++
	}
	var parts []string
	for _, s := range []model.Severity{model.High, model.Medium, model.Low, model.SeverityUnset} {
		if n[s] > 0 {
			name := s.String()
			if name == "" {
				name = "unset"
			}
			parts = append(parts, strconv.Itoa(n[s])+" "+name)
		}
	}
	return strings.Join(parts, ", ")
}
