package config

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/reconcile-news/reconcile/reconcile"
)

// leafErrors flattens errors joined with errors.Join.
func leafErrors(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, leafErrors(e)...)
		}
		return out
	}
	return []error{err}
}

// FuzzConfig checks that Parse returns a configuration or an error for any
// bytes, never both and never a panic; that every error is an *Error naming
// the file, with the decoder's line taken out of the message and kept in
// range; that a problem in well-formed YAML (a bad value, an unknown list)
// is reported at a line; and that a configuration Parse accepts applies to
// the default options and leaves them valid.
func FuzzConfig(f *testing.F) {
	for _, s := range []string{
		full,
		"",
		"# nothing yet\n",
		"aliases:\n  Zelensky: \"\"\n",
		"lexicon:\n  colours:\n    red: [crimson]\n",
		"lexicon:\n  measures:\n    intercept: [\"\"]\n",
		"tolerance: 2\nseverity:\n  weather: high\n  quantity-mismatch: urgent\n",
		"ignore:\n  - path: \"[\"\n    kind: nope\n  - {}\n",
		"ignore:\n  - &r {path: \"[\", reason: r}\n  - *r\n",
		"defaults:\n  format: [yaml]\n  min_severity: x\n  fail_on: y\n  jobs: 0\n",
		"a: 1\n---\nb: 2\n",
		"aliases: {}\n---\n: : [\n",
		"aliases: [1, 2\n",
		"aliases:\n  <<: {Zelensky: \"\"}\n",
		"tolerance: .nan\n",
		"\t- x\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Parse("c.yaml", data)
		if (c == nil) == (err == nil) {
			t.Fatalf("Parse returned config %v and error %v", c, err)
		}
		if err != nil {
			// Whether the YAML itself is fine and fits the schema: then
			// every problem is one of Parse's own checks, at a key.
			var probe Config
			dec := yaml.NewDecoder(bytes.NewReader(data))
			dec.KnownFields(true)
			wellFormed := dec.Decode(&probe) == nil && dec.Decode(new(yaml.Node)) == io.EOF
			// YAML breaks lines at "\n", "\r\n" and a lone "\r".
			lines := bytes.Count(bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n")), []byte("\n")) +
				bytes.Count(data, []byte("\r")) - bytes.Count(data, []byte("\r\n")) + 1
			for _, e := range leafErrors(err) {
				var ce *Error
				if !errors.As(e, &ce) || ce.Path != "c.yaml" {
					t.Fatalf("error %q (%T) is not an *Error naming c.yaml", e, e)
				}
				if ce.Line < 0 || ce.Line > lines+1 || (wellFormed && ce.Line == 0) {
					t.Fatalf("error %q at line %d of a file of %d lines", e, ce.Line, lines)
				}
				if strings.HasPrefix(ce.Msg, "yaml:") || strings.HasPrefix(ce.Msg, "line ") {
					t.Fatalf("error %q keeps the decoder's prefix in its message", e)
				}
			}
			return
		}
		opts, err := reconcile.DefaultOptions()
		if err != nil {
			t.Fatal(err)
		}
		if err := c.Apply(&opts); err != nil {
			t.Fatalf("Parse accepted a configuration that Apply refuses: %v", err)
		}
		if err := opts.Validate(); err != nil {
			t.Fatalf("Parse accepted a configuration that leaves the options invalid: %v", err)
		}
	})
}
