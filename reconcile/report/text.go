package report

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/mattn/go-isatty"

	"github.com/reconcile-news/reconcile/model"
)

// ColorEnabled reports whether output to w should be coloured: w must be a
// terminal, NO_COLOR (https://no-color.org) must be unset or empty, and TERM
// must not be "dumb". env looks up environment variables (os.Getenv).
func ColorEnabled(w io.Writer, env func(string) string) bool {
	if env("NO_COLOR") != "" || env("TERM") == "dumb" {
		return false
	}
	f, ok := w.(interface{ Fd() uintptr })
	if !ok {
		return false
	}
	return isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd())
}

const (
	ansiReset  = "\x1b[0m"
	ansiBold   = "\x1b[1m"
	ansiRed    = "\x1b[31m"
	ansiYellow = "\x1b[33m"
	ansiCyan   = "\x1b[36m"
	ansiDim    = "\x1b[2m"
)

// WriteText writes r for people reading a terminal. Findings are grouped by
// subject, in the order the subjects first occur in the report. Each finding
// starts with a line of the form
//
//	path:line:col: kind: message
//
// which editors and CI log parsers can match, followed by its severity and
// confidence, each claim's quote as "  path:line:col [section] "quote"", and
// the explanation. The last line counts what was found.
func WriteText(w io.Writer, r *model.Report, opts Options) error {
	if err := check(r, opts); err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	t := textWriter{w: bw, color: opts.Color}

	var subjects []string
	groups := map[string][]*model.Discrepancy{}
	for i := range r.Discrepancies {
		d := &r.Discrepancies[i]
		if _, ok := groups[d.Subject]; !ok {
			subjects = append(subjects, d.Subject)
		}
		groups[d.Subject] = append(groups[d.Subject], d)
	}
	for i, subj := range subjects {
		if i > 0 {
			t.line("")
		}
		name := subj
		if name == "" {
			name = "(no subject)"
		}
		t.line(t.paint(ansiBold, "# "+oneLine(name)))
		for _, d := range groups[subj] {
			t.finding(d)
		}
	}
	for _, p := range r.Problems {
		// Messages usually start with their own position ("a.txt:1:1: ...").
		msg := oneLine(p.Message)
		if !strings.HasPrefix(p.Message, p.Path+":") {
			msg = oneLine(p.Path) + ": " + msg
		}
		t.line(t.paint(ansiRed, "error") + ": " + msg)
	}
	if len(subjects) > 0 || len(r.Problems) > 0 {
		t.line("")
	}
	t.line(summary(r))
	return bw.Flush()
}

// summary is the one-line count at the end of the text report.
func summary(r *model.Report) string {
	s := plural(len(r.Discrepancies), "discrepancy")
	if len(r.Discrepancies) > 0 {
		s += " (" + severityCounts(r.Discrepancies) + ")"
	}
	s += ", " + plural(len(r.Agreements), "agreement")
	s += ", " + plural(len(r.Sources), "source")
	if len(r.Problems) > 0 {
		s += ", " + plural(len(r.Problems), "unreadable input")
	}
	return s
}

type textWriter struct {
	w     *bufio.Writer
	color bool
}

// line writes one line. A line that would start, after its indentation, with
// "::" is prefixed with ". " so that CI runners never take it for a
// workflow command.
func (t *textWriter) line(s string) {
	if strings.HasPrefix(strings.TrimLeft(s, " \t"), "::") {
		s = ". " + s
	}
	t.w.WriteString(s)
	t.w.WriteByte('\n')
}

func (t *textWriter) paint(code, s string) string {
	if !t.color {
		return s
	}
	return code + s + ansiReset
}

func (t *textWriter) finding(d *model.Discrepancy) {
	sevColor := ansiCyan
	switch d.Severity {
	case model.High:
		sevColor = ansiRed
	case model.Medium:
		sevColor = ansiYellow
	}
	t.line(t.paint(ansiBold, oneLine(primary(d).String())) + ": " + t.paint(sevColor, oneLine(string(d.Kind))) + ": " + oneLine(d.Message))
	sev := d.Severity.String()
	if sev == "" {
		sev = "unset"
	}
	t.line("  severity " + sev + ", confidence " + strconv.FormatFloat(d.Confidence, 'f', 2, 64))
	for i := range d.Claims {
		c := d.Claims[i]
		sec := c.Section.String()
		if sec == "" {
			sec = "unknown"
		}
		line := fmt.Sprintf("  %s [%s] %q", oneLine(c.Span.String()), sec, oneLine(c.Quote))
		if c.SaidBy != "" {
			line += " (" + oneLine(c.SaidBy) + ")"
		}
		t.line(line)
	}
	if d.Explanation != "" {
		t.line(t.paint(ansiDim, "  = "+oneLine(d.Explanation)))
	}
}
