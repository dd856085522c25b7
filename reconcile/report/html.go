package report

import (
	_ "embed"
	"html/template"
	"io"
	"strconv"

	"github.com/reconcile-news/reconcile/model"
)

//go:embed html.tmpl
var htmlText string

// htmlTemplate is parsed once per call: parsing is cheap next to a report and
// keeps the package free of init-time work.
func htmlTemplate() (*template.Template, error) {
	return template.New("report").Parse(htmlText)
}

type htmlPage struct {
	Summary     string
	ToolVersion string
	Severities  []htmlCount
	Kinds       []htmlCount
	Findings    []htmlFinding
	Agreements  []model.Agreement
	Sources     []htmlSource
	Problems    []model.InputProblem
}

type htmlCount struct {
	Name  string
	Count int
}

type htmlFinding struct {
	Index       int
	Kind        string
	Severity    string
	Confidence  string
	Message     string
	Explanation string
	Subject     string
	Measure     string
	Fingerprint string
	DocsURL     string
	Claims      []htmlClaim
}

type htmlClaim struct {
	Loc, Section         string
	Before, Quote, After string
	Value, SaidBy        string
}

type htmlSource struct {
	Path, Title string
	Claims      int
}

// WriteHTML writes r as one self-contained HTML page: inline CSS and script,
// no external assets. Each finding shows its claims side by side, each quote
// highlighted within its sentence; checkboxes filter findings by kind and
// severity. All report text is escaped by html/template.
func WriteHTML(w io.Writer, r *model.Report, opts Options) error {
	if err := check(r, opts); err != nil {
		return err
	}
	t, err := htmlTemplate()
	if err != nil {
		return err
	}
	page := htmlPage{Summary: summary(r), ToolVersion: valid(opts.ToolVersion)}
	for _, s := range []model.Severity{model.High, model.Medium, model.Low, model.SeverityUnset} {
		if n := countSeverity(r.Discrepancies, s); n > 0 {
			page.Severities = append(page.Severities, htmlCount{sevName(s), n})
		}
	}
	for _, k := range kindsOf(r.Discrepancies) {
		page.Kinds = append(page.Kinds, htmlCount{valid(string(k)), countKind(r.Discrepancies, k)})
	}
	for i := range r.Discrepancies {
		d := &r.Discrepancies[i]
		f := htmlFinding{
			Index:       i + 1,
			Kind:        valid(string(d.Kind)),
			Severity:    sevName(d.Severity),
			Confidence:  strconv.FormatFloat(d.Confidence, 'f', 2, 64),
			Message:     valid(d.Message),
			Explanation: valid(d.Explanation),
			Subject:     valid(d.Subject),
			Measure:     valid(d.Measure),
			Fingerprint: valid(d.Fingerprint),
			DocsURL:     kindURL(opts, d.Kind),
		}
		for j := range d.Claims {
			c := d.Claims[j]
			before, quote, after := highlight(c)
			f.Claims = append(f.Claims, htmlClaim{
				Loc: valid(c.Span.String()), Section: orDefault(c.Section.String(), "unknown"),
				Before: before, Quote: quote, After: after,
				Value: valid(c.Value.String()), SaidBy: valid(c.SaidBy),
			})
		}
		page.Findings = append(page.Findings, f)
	}
	for _, a := range r.Agreements {
		page.Agreements = append(page.Agreements, model.Agreement{
			Subject: valid(a.Subject), Measure: valid(a.Measure), Value: valid(a.Value), Sources: a.Sources,
		})
	}
	for _, s := range r.Sources {
		page.Sources = append(page.Sources, htmlSource{Path: valid(s.Path), Title: valid(s.Title), Claims: s.Claims})
	}
	for _, p := range r.Problems {
		page.Problems = append(page.Problems, model.InputProblem{Path: valid(p.Path), Message: valid(p.Message)})
	}
	return t.Execute(w, page)
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
