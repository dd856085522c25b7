package report

import (
	"bufio"
	"io"
	"strconv"
	"strings"

	"github.com/reconcile-news/reconcile/model"
)

// GitHub shows at most ghPerLevel annotations of each level (error,
// warning, notice) for one step and silently drops the others.
const ghPerLevel = 10

// ghRestListed is how many of the findings left without an annotation the
// summary notice lists one per line.
const ghRestListed = 50

// WriteGitHub writes r as GitHub Actions workflow commands: one ::error,
// ::warning or ::notice annotation (for high, medium and low severity) per
// finding, most important first. It writes at most opts.MaxAnnotations
// annotations, and at most ghPerLevel (10) of each level, the number GitHub
// shows for one step. The findings left over are listed in one final ::notice,
// one "path:line:col: kind (severity): message" line each, up to
// ghRestListed of them; a notice is left out to make room for it when there
// would be ghPerLevel notices already.
//
// Properties and data are escaped as GitHub's actions/toolkit escapes them,
// so article text can neither end a property nor start a command of its own.
func WriteGitHub(w io.Writer, r *model.Report, opts Options) error {
	if err := check(r, opts); err != nil {
		return err
	}
	ranked := byImportance(r.Discrepancies)
	annotate := make([]bool, len(ranked))
	perLevel := map[string]int{}
	n := 0
	for i, d := range ranked {
		if c := ghCommand(d.Severity); n < opts.MaxAnnotations && perLevel[c] < ghPerLevel {
			annotate[i] = true
			perLevel[c]++
			n++
		}
	}
	if n < len(ranked) && perLevel["notice"] == ghPerLevel {
		// The summary is a notice too: give it the last notice's place.
		for i := len(ranked) - 1; i >= 0; i-- {
			if annotate[i] && ghCommand(ranked[i].Severity) == "notice" {
				annotate[i] = false
				n--
				break
			}
		}
	}

	bw := bufio.NewWriter(w)
	var rest []*model.Discrepancy
	for i, d := range ranked {
		if !annotate[i] {
			rest = append(rest, d)
			continue
		}
		var props []string
		if len(d.Claims) > 0 {
			sp := d.Claims[0].Span
			props = append(props, "file="+ghProperty(sp.Source))
			if sp.Start.IsValid() {
				props = append(props, "line="+strconv.Itoa(int(sp.Start.Line)), "col="+strconv.Itoa(int(sp.Start.Column)))
				if sp.End.IsValid() {
					props = append(props, "endLine="+strconv.Itoa(int(sp.End.Line)), "endColumn="+strconv.Itoa(int(sp.End.Column)))
				}
			}
		}
		props = append(props, "title="+ghProperty("reconcile "+string(d.Kind)+" ("+sevName(d.Severity)+")"))
		bw.WriteString("::" + ghCommand(d.Severity) + " " + strings.Join(props, ",") + "::" + ghData(ghMessage(d)) + "\n")
	}
	if len(rest) > 0 {
		lines := []string{plural(len(rest), "more finding") + " not annotated (" + strconv.Itoa(n) + " shown):"}
		for i, d := range rest {
			if i == ghRestListed {
				lines = append(lines, "and "+strconv.Itoa(len(rest)-i)+" more; see the full report")
				break
			}
			lines = append(lines, oneLine(primary(d).String())+": "+oneLine(string(d.Kind))+" ("+sevName(d.Severity)+"): "+oneLine(d.Message))
		}
		bw.WriteString("::notice title=" + ghProperty("reconcile ("+plural(len(rest), "more finding")+")") + "::" + ghData(strings.Join(lines, "\n")) + "\n")
	}
	return bw.Flush()
}

// ghMessage is the body of an annotation: the message, each claim's place and
// quote, and the explanation, one per line.
func ghMessage(d *model.Discrepancy) string {
	lines := []string{oneLine(d.Message)}
	for i := range d.Claims {
		c := d.Claims[i]
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
