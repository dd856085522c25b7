package baseline

import (
	"bytes"
	"errors"
	"io"
	"reflect"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
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

// yamlLines counts the lines of data as YAML does: "\n", "\r\n" and a lone
// "\r" each end one.
func yamlLines(data []byte) int {
	return bytes.Count(data, []byte("\n")) + bytes.Count(data, []byte("\r")) - bytes.Count(data, []byte("\r\n")) + 1
}

// FuzzBaseline checks that Parse returns a baseline or an error for any
// bytes, never both and never a panic; that every error is an *Error naming
// the file, with the decoder's line taken out of the message and kept in
// range; that a problem in well-formed YAML is reported at a line (only a
// missing version belongs to the whole file); and that a baseline Parse
// accepts is sorted, has unique fingerprints and reasons, and survives
// Write and Parse unchanged.
func FuzzBaseline(f *testing.F) {
	for _, s := range []string{
		"version: 1\naccepted:\n  - fingerprint: b2\n    kind: date-mismatch\n    subject: invasion\n    message: m2\n    reason: r2\n  - fingerprint: a1\n    reason: r1\n",
		"version: 1\naccepted: []\n",
		"",
		"accepted: []\n",
		"version: 2\n",
		"version: 1\naccepted:\n  - fingerprint: a1\n    reason: r\n  - fingerprint: ' a1 '\n    reason: r\n",
		"version: 1\naccepted:\n  - &e {fingerprint: a1}\n  - *e\n",
		"version: 1\nx: &l [{fingerprint: a}]\n",
		"version: 1\naccepted: &l [{fingerprint: a, reason: r}]\n",
		"version: 1\naccepted:\n  - <<: {fingerprint: a}\n    reason: \"\"\n",
		"version: 1\naccepted:\n  - fingerprint: \"\\u2028\"\n    reason: \"line\\nbreak: 'x' # y\"\n    message: \"\\t\\x01\"\n",
		"version: 1\n---\n: [\n",
		"\x00\x01\x02",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := Parse("b.yaml", data)
		if (b == nil) == (err == nil) {
			t.Fatalf("Parse returned baseline %v and error %v", b, err)
		}
		if err != nil {
			var probe Baseline
			dec := yaml.NewDecoder(bytes.NewReader(data))
			dec.KnownFields(true)
			wellFormed := dec.Decode(&probe) == nil && dec.Decode(new(yaml.Node)) == io.EOF
			lines := yamlLines(data)
			for _, e := range leafErrors(err) {
				var be *Error
				if !errors.As(e, &be) || be.Path != "b.yaml" {
					t.Fatalf("error %q (%T) is not an *Error naming b.yaml", e, e)
				}
				fileLevel := strings.HasPrefix(be.Msg, "missing version") || strings.HasPrefix(be.Msg, "empty file")
				if be.Line < 0 || be.Line > lines+1 || (wellFormed && be.Line == 0 && !fileLevel) {
					t.Fatalf("error %q at line %d of a file of %d lines", e, be.Line, lines)
				}
				if strings.HasPrefix(be.Msg, "yaml:") || strings.HasPrefix(be.Msg, "line ") {
					t.Fatalf("error %q keeps the decoder's prefix in its message", e)
				}
			}
			return
		}
		if b.Version != Version {
			t.Fatalf("accepted version %d", b.Version)
		}
		for i, e := range b.Accepted {
			if e.Fingerprint == "" || strings.TrimSpace(e.Reason) == "" {
				t.Fatalf("accepted entry %d without fingerprint or reason: %+v", i, e)
			}
			if i > 0 && b.Accepted[i-1].Fingerprint >= e.Fingerprint {
				t.Fatalf("entries not sorted or not unique: %q then %q", b.Accepted[i-1].Fingerprint, e.Fingerprint)
			}
		}
		var buf bytes.Buffer
		if err := b.Write(&buf); err != nil {
			t.Fatalf("Write of a parsed baseline: %v", err)
		}
		again, err := Parse("b.yaml", buf.Bytes())
		if err != nil {
			t.Fatalf("written baseline does not parse: %v\n%s", err, buf.Bytes())
		}
		if len(b.Accepted) == 0 {
			b.Accepted = nil
		}
		if len(again.Accepted) == 0 {
			again.Accepted = nil
		}
		if !reflect.DeepEqual(b, again) {
			t.Fatalf("round trip changed the baseline:\n%+v\n%+v\n%s", b, again, buf.Bytes())
		}
	})
}
