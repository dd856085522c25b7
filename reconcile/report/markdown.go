package report

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/reconcile-news/reconcile/model"
)

// WriteMarkdown writes r as GitHub-flavoured Markdown for a pull-request
// comment or $GITHUB_STEP_SUMMARY: counts by severity and kind, one table row
// per finding with its first two quotes, and the details of each finding in a
// collapsed <details> block.
//
// All text from articles and paths goes through mdEscape, so it cannot open
// links or images, inject HTML, mention users, reference issues or break the
// table.
func WriteMarkdown(w io.Writer, r *model.Report, opts Options) error {
	if err := check(r, opts); err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(bw, format, args...) }

	p("## reconcile: %s\n\n", summary(r))
	if len(r.Discrepancies) > 0 {
		p("| Severity | Count |\n|---|---:|\n")
		for _, s := range []model.Severity{model.High, model.Medium, model.Low} {
			if n := countSeverity(r.Discrepancies, s); n > 0 {
				p("| %s | %d |\n", s, n)
			}
		}
		p("\n| Kind | Count |\n|---|---:|\n")
		for _, k := range kindsOf(r.Discrepancies) {
			p("| [%s](%s) | %d |\n", mdEscape(string(k)), kindURL(opts, k), countKind(r.Discrepancies, k))
		}
		p("\n| | Finding | Claim | Other claim |\n|---|---|---|---|\n")
		for i := range r.Discrepancies {
			d := &r.Discrepancies[i]
			cells := [2]string{}
			for j := 0; j < len(d.Claims) && j < 2; j++ {
				cells[j] = mdClaim(d.Claims[j])
			}
			if len(d.Claims) > 2 {
				cells[1] += fmt.Sprintf(" (and %d more)", len(d.Claims)-2)
			}
			p("| %s | **%s**: %s | %s | %s |\n", severityIcon(d.Severity), mdEscape(string(d.Kind)), mdEscape(d.Message), cells[0], cells[1])
		}
		p("\n<details><summary>Details of %s</summary>\n\n", plural(len(r.Discrepancies), "finding"))
		for i := range r.Discrepancies {
			d := &r.Discrepancies[i]
			p("#### %d. %s (%s, confidence %s)\n\n", i+1, mdEscape(string(d.Kind)), sevName(d.Severity), strconv.FormatFloat(d.Confidence, 'f', 2, 64))
			p("%s\n\n", mdEscape(d.Message))
			for j := range d.Claims {
				c := d.Claims[j]
				p("- %s: %s\n", mdCode(c.Span.String()), mdEscape(c.Text))
			}
			if d.Explanation != "" {
				p("\n%s\n", mdEscape(d.Explanation))
			}
			if len(d.Reasons) > 0 {
				p("\nReasons: %s\n", mdEscape(strings.Join(d.Reasons, "; ")))
			}
			if d.Fingerprint != "" {
				p("\nFingerprint: %s\n", mdCode(d.Fingerprint))
			}
			p("\n")
		}
		p("</details>\n")
	}
	if len(r.Agreements) > 0 {
		p("\n<details><summary>%s</summary>\n\n| Subject | Measure | Value | Sources |\n|---|---|---|---:|\n", plural(len(r.Agreements), "agreement"))
		for _, a := range r.Agreements {
			p("| %s | %s | %s | %d |\n", mdEscape(a.Subject), mdEscape(a.Measure), mdEscape(a.Value), a.Sources)
		}
		p("\n</details>\n")
	}
	if len(r.Problems) > 0 {
		p("\n**Unreadable inputs**\n\n")
		for _, pr := range r.Problems {
			p("- %s: %s\n", mdCode(pr.Path), mdEscape(pr.Message))
		}
	}
	return bw.Flush()
}

func mdClaim(c *model.Claim) string {
	return mdCode(c.Span.String()) + " " + mdEscape(string('\u201C')+c.Quote+string('\u201D'))
}

func severityIcon(s model.Severity) string {
	switch s {
	case model.High:
		return "🔴 high"
	case model.Medium:
		return "🟠 medium"
	case model.Low:
		return "🔵 low"
	}
	return "unset"
}

func sevName(s model.Severity) string {
	if s == model.SeverityUnset {
		return "unset"
	}
	return s.String()
}

func countSeverity(ds []model.Discrepancy, s model.Severity) int {
	n := 0
	for _, d := range ds {
		if d.Severity == s {
			n++
		}
	}
	return n
}

func countKind(ds []model.Discrepancy, k model.Kind) int {
	n := 0
	for _, d := range ds {
		if d.Kind == k {
			n++
		}
	}
	return n
}

// kindsOf returns the kinds present in ds: known kinds in documentation
// order, then any others in order of first appearance.
func kindsOf(ds []model.Discrepancy) []model.Kind {
	var out []model.Kind
	seen := map[model.Kind]bool{}
	for _, k := range model.Kinds() {
		if countKind(ds, k) > 0 {
			out = append(out, k)
			seen[k] = true
		}
	}
	for _, d := range ds {
		if !seen[d.Kind] {
			out = append(out, d.Kind)
			seen[d.Kind] = true
		}
	}
	return out
}

// mdEscape makes untrusted text inert in GitHub-flavoured Markdown, inside a
// paragraph or a table cell. The text stays on one line; Markdown
// punctuation that could start a link, image, emphasis, code span, math or
// table cell is backslash-escaped, as are "-", "+" and "=" at the start;
// HTML-significant characters become entities; a zero-width joiner after
// "@" and "#" stops mentions, e-mail autolinks and issue references; and the
// ":" of "://" and the "." of "www." are escaped so that no URL is autolinked.
func mdEscape(s string) string {
	s = oneLine(s)
	var b strings.Builder
	for i, r := range s {
		switch r {
		case '\\', '`', '*', '_', '{', '}', '[', ']', '(', ')', '!', '|', '~', '$':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '-', '+', '=':
			if i == 0 {
				b.WriteByte('\\')
			}
			b.WriteRune(r)
		case ':':
			if strings.HasPrefix(s[i+1:], "/") {
				b.WriteByte('\\')
			}
			b.WriteRune(r)
		case '.':
			if i >= 3 && strings.EqualFold(s[i-3:i], "www") {
				b.WriteByte('\\')
			}
			b.WriteRune(r)
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '&':
			b.WriteString("&amp;")
		case '"':
			b.WriteString("&quot;")
		case '@', '#':
			b.WriteRune(r)
			b.WriteRune('\u200d')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// mdCode returns s as an inline code span, for paths and fingerprints. The
// fence is longer than any run of backticks in s, and "|" is escaped because
// GitHub splits table cells before it reads code spans.
func mdCode(s string) string {
	s = strings.ReplaceAll(oneLine(s), "|", "\\|")
	longest, run := 0, 0
	for _, r := range s {
		if r == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", longest+1)
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") || s == "" {
		return fence + " " + s + " " + fence
	}
	return fence + s + fence
}
