package report

import (
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"

	"github.com/reconcile-news/reconcile/model"
)

// Format names an output format.
type Format string

// The output formats.
const (
	Text     Format = "text"     // human-readable, grouped by subject; the default
	JSON     Format = "json"     // the versioned JSON contract; see WriteJSON
	Markdown Format = "markdown" // for pull-request comments and $GITHUB_STEP_SUMMARY
	SARIF    Format = "sarif"    // SARIF 2.1.0 for code scanning
	GitHub   Format = "github"   // GitHub Actions workflow commands (annotations)
	HTML     Format = "html"     // one self-contained page with filters
)

// Formats lists every format, the default first.
func Formats() []Format { return []Format{Text, JSON, Markdown, SARIF, GitHub, HTML} }

// ParseFormat returns the format named name (case-insensitive), or an error
// that lists the valid names.
func ParseFormat(name string) (Format, error) {
	for _, f := range Formats() {
		if strings.EqualFold(string(f), name) {
			return f, nil
		}
	}
	names := make([]string, 0, len(Formats()))
	for _, f := range Formats() {
		names = append(names, string(f))
	}
	return "", fmt.Errorf("unknown format %q (want %s)", name, strings.Join(names, ", "))
}

// DefaultDocsURL is where the explanation of each finding kind lives; a
// kind's section is at DefaultDocsURL + "#" + kind.
const DefaultDocsURL = "https://github.com/reconcile-news/reconcile/blob/main/docs/findings.md"

// Options control the writers. Use DefaultOptions and change fields.
type Options struct {
	// Color makes the text format use ANSI colours. Decide it with
	// ColorEnabled; no writer looks at the terminal itself.
	Color bool
	// MaxAnnotations is how many findings the github format annotates, most
	// severe first; the rest are counted in one notice. At least 1.
	MaxAnnotations int
	// ToolVersion is the version of reconcile named in SARIF and HTML output;
	// empty leaves it out.
	ToolVersion string
	// DocsURL is the absolute address of the findings documentation; rules
	// link to DocsURL#kind.
	DocsURL string
}

// DefaultOptions returns the options used when the caller sets none.
func DefaultOptions() Options {
	return Options{MaxAnnotations: 10, DocsURL: DefaultDocsURL}
}

// Validate reports what is wrong with the options, or nil.
func (o Options) Validate() error {
	var errs []error
	if o.MaxAnnotations < 1 {
		errs = append(errs, fmt.Errorf("max annotations is %d, want at least 1", o.MaxAnnotations))
	}
	if o.DocsURL == "" {
		errs = append(errs, errors.New("docs URL is empty"))
	}
	return errors.Join(errs...)
}

// Write writes r to w in format f.
func Write(w io.Writer, f Format, r *model.Report, opts Options) error {
	var write func(io.Writer, *model.Report, Options) error
	switch f {
	case Text:
		write = WriteText
	case JSON:
		write = WriteJSON
	case Markdown:
		write = WriteMarkdown
	case SARIF:
		write = WriteSARIF
	case GitHub:
		write = WriteGitHub
	case HTML:
		write = WriteHTML
	default:
		_, err := ParseFormat(string(f))
		return fmt.Errorf("report: %w", err)
	}
	if err := write(w, r, opts); err != nil {
		return fmt.Errorf("write %s report: %w", f, err)
	}
	return nil
}

// kindURL returns the address of the documentation of kind k.
func kindURL(opts Options, k model.Kind) string {
	return opts.DocsURL + "#" + url.PathEscape(string(k))
}

// check is the common precondition of every writer.
func check(r *model.Report, opts Options) error {
	if r == nil {
		return errors.New("nil report")
	}
	return opts.Validate()
}
