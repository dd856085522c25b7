package report

import (
	"bufio"
	"io"
	"strconv"
	"strings"

	"github.com/reconcile-news/reconcile/model"
)

// WriteGitHub writes r as GitHub Actions workflow commands: one ::error,
// ::warning or ::notice annotation (for high, medium and low severity) per
// finding, most important first, at most opts.MaxAnnotations of them; the
// rest are counted in a final ::notice line.
//
// Properties and data are escaped as GitHub's actions/toolkit escapes them,
// so article text can neither end a property nor start a command of its own.
func WriteGitHub(w io.Writer, r *model.Report, opts Options) error {
	if err := check(r, opts); err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	ranked := byImportance(r.Discrepancies)
	shown := ranked[:min(len(ranked), opts.MaxAnnotations)]
	for _, d := range shown {
		var props []string
		if len(d.Claims) > 0 {
			sp := d.Claims[0].Span
			props = append(props, "file="+ghProperty(sp.Source))
			if sp.Start.IsValid() {
				props = append(props, "line="+strconv.Itoa(sp.Start.Line), "col="+strconv.Itoa(sp.Start.Column))
				if sp.End.IsValid() {
					props = append(props, "endLine="+strconv.Itoa(sp.End.Line), "endColumn="+strconv.Itoa(sp.End.Column))
				}
			}
		}
		props = append(props, "title="+ghProperty("reconcile "+string(d.Kind)+" ("+sevName(d.Severity)+")"))
		bw.WriteString("::" + ghCommand(d.Severity) + " " + strings.Join(props, ",") + "::" + ghData(ghMessage(d)) + "\n")
	}
	if rest := len(ranked) - len(shown); rest > 0 {
		bw.WriteString("::notice title=" + ghProperty("reconcile") + "::" +
			ghData(plural(rest, "more finding")+" not annotated ("+strconv.Itoa(opts.MaxAnnotations)+" shown); see the full report") + "\n")
	}
	return bw.Flush()
}

// ghMessage is the body of an annotation: the message, each claim's place and
// quote, and the explanation, one per line.
func ghMessage(d *model.Discrepancy) string {
	lines := []string{oneLine(d.Message)}
	for i := range d.Claims {
		c := &d.Claims[i]
		lines = append(lines, oneLine(c.Span.String())+" \u201C"+oneLine(c.Quote)+"\u201D")
	}
	if d.Explanation != "" {
		lines = append(lines, oneLine(d.Explanation))
	}
	return strings.Join(lines, "\n")
}

func ghCommand(s model.Severity) string {
	switch s {
	case model.High:
		return "error"
	case model.Medium:
		return "warning"
	}
	return "notice"
}

// ghData escapes a command's data as actions/toolkit's escapeData does.
func ghData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(valid(s))
}

// ghProperty escapes a command property as actions/toolkit's escapeProperty does.
func ghProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(valid(s))
}
