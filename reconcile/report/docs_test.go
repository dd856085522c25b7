package report

import (
	"bufio"
	"bytes"
	"net/url"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/reconcile-news/reconcile/model"
)

// findingsDoc is the page DefaultDocsURL points to, in this repository.
const findingsDoc = "../../docs/findings.md"

// githubSlug returns the anchor GitHub gives a Markdown heading with the
// text s, before duplicates are numbered: lower case, every character that
// is not a letter, mark, digit, connector punctuation, "-" or space dropped,
// and each space turned into "-".
func githubSlug(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(strings.TrimSpace(s)) {
		switch {
		case r == ' ':
			b.WriteByte('-')
		case r == '-' || unicode.In(r, unicode.L, unicode.M, unicode.N, unicode.Pc):
			b.WriteRune(r)
		}
	}
	return b.String()
}

// headingAnchors returns the anchors of the ATX headings of a Markdown
// document, outside fenced code blocks, numbering repeats as GitHub does
// ("a", "a-1", "a-2").
func headingAnchors(md []byte) map[string]bool {
	anchors := map[string]bool{}
	seen := map[string]int{}
	heading := regexp.MustCompile(`^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$`)
	fence := ""
	sc := bufio.NewScanner(bytes.NewReader(md))
	for sc.Scan() {
		line := sc.Text()
		trimmed := strings.TrimLeft(line, " ")
		if fence != "" {
			if strings.HasPrefix(trimmed, fence) {
				fence = ""
			}
			continue
		}
		if strings.HasPrefix(trimmed, "```") || strings.HasPrefix(trimmed, "~~~") {
			fence = trimmed[:3]
			continue
		}
		m := heading.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		slug := githubSlug(m[1])
		if n := seen[slug]; n > 0 {
			anchors[slug+"-"+strconv.Itoa(n)] = true
		} else {
			anchors[slug] = true
		}
		seen[slug]++
	}
	return anchors
}

func TestGitHubSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"summary-vs-body", "summary-vs-body"},
		{"Exit codes", "exit-codes"},
		{"JSON report contract (version 1)", "json-report-contract-version-1"},
		{"The `check` command!", "the-check-command"},
		{"Configuration: .reconcile.yaml", "configuration-reconcileyaml"},
		{"snake_case stays", "snake_case-stays"},
		{"Ärger über Zahlen", "ärger-über-zahlen"},
		{"  padded  ", "padded"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, githubSlug(tt.in))
		})
	}
}

func TestHeadingAnchors(t *testing.T) {
	md := "# Title\n\n## Kind\n\n```\n# not a heading\n```\n\n## Kind\n### Closed ###\n#no-space\n"
	assert.Equal(t, map[string]bool{"title": true, "kind": true, "kind-1": true, "closed": true}, headingAnchors([]byte(md)))
}

// allKindsReport has one finding of every known kind.
func allKindsReport() *model.Report {
	r := fixedReport()
	proto := r.Discrepancies[0]
	r.Discrepancies = nil
	for _, k := range model.Kinds() {
		d := proto
		d.Kind = k
		r.Discrepancies = append(r.Discrepancies, d)
	}
	return r
}

// Every link the writers make into the findings documentation must land on
// a heading of docs/findings.md, or rules and reports link to the top of
// the page (or nowhere) after a heading is renamed.
func TestDocsAnchorsExist(t *testing.T) {
	doc, err := os.ReadFile(findingsDoc)
	require.NoError(t, err)
	anchors := headingAnchors(doc)

	link := regexp.MustCompile(regexp.QuoteMeta(DefaultDocsURL) + `#([^\s"'<>()\[\]]+)`)
	linked := map[string]bool{}
	for _, f := range Formats() {
		out := render(t, f, allKindsReport(), DefaultOptions())
		for _, m := range link.FindAllStringSubmatch(string(out), -1) {
			frag, err := url.PathUnescape(m[1])
			require.NoError(t, err, "%s links to %s", f, m[0])
			linked[frag] = true
			assert.True(t, anchors[frag], "%s links to %s, but %s has no heading with the anchor %q", f, m[0], findingsDoc, frag)
		}
	}
	for _, k := range model.Kinds() {
		assert.True(t, linked[string(k)], "no format links to the documentation of %s", k)
	}

	// Links inside the page itself.
	for _, m := range regexp.MustCompile(`\]\(#([^)\s]+)\)`).FindAllSubmatch(doc, -1) {
		assert.True(t, anchors[string(m[1])], "%s links to #%s, which is not a heading", findingsDoc, m[1])
	}
}

// The default severity each section of docs/findings.md states is the
// defaultConfiguration level of the kind's SARIF rule.
func TestDocsDefaultSeverity(t *testing.T) {
	doc, err := os.ReadFile(findingsDoc)
	require.NoError(t, err)
	sections := map[string]string{}
	var name string
	for _, line := range strings.Split(string(doc), "\n") {
		if s, ok := strings.CutPrefix(line, "## "); ok {
			name = githubSlug(s)
			continue
		}
		if name != "" {
			sections[name] += line + "\n"
		}
	}
	stated := regexp.MustCompile(`\*\*Default severity: (high|medium|low)\.?\*\*`)
	for _, k := range model.Kinds() {
		t.Run(string(k), func(t *testing.T) {
			m := stated.FindStringSubmatch(sections[string(k)])
			require.NotNil(t, m, "the %s section does not state **Default severity: ...**", k)
			assert.Equal(t, kindRules[k].severity.String(), m[1])
		})
	}
}
