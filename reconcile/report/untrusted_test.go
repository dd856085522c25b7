package report

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/reconcile-news/reconcile/internal/ptytest"
	"github.com/reconcile-news/reconcile/model"
)

// hostile is article text that tries every trick the formats must defuse.
const hostile = "<script>alert(1)</script> [x](http://evil) ![i](http://e/x.png) @octocat #12 www.evil.com `code` \r\n::error::pwned %0A | cell \xff\xfe end \x1b[31mred\u202Eevil"

// hostileReport puts hostile text in every field that comes from articles.
func hostileReport() *model.Report {
	r := fixedReport()
	r.Sources[0].Title = hostile
	r.Entities[0].Aliases = []string{hostile}
	d := &r.Discrepancies[0]
	d.Subject, d.Message, d.Explanation, d.Reasons = hostile, hostile, hostile, []string{hostile}
	for i := range d.Claims {
		c := d.Claims[i]
		c.Text = "He said " + hostile + " today."
		c.Quote = hostile
		c.Span.Start.Offset = c.Sentence.Start.Offset + int32(len("He said "))
		c.Span.End.Offset = c.Span.Start.Offset + int32(len(hostile))
		c.SaidBy = hostile
		c.Value = model.Value{Text: hostile}
	}
	r.Agreements[0].Value = hostile
	r.Problems[0].Message = hostile
	return r
}

func TestUntrustedText(t *testing.T) {
	tests := []struct {
		format Format
		check  func(t *testing.T, out string)
	}{
		{Text, func(t *testing.T, out string) {
			assert.NotContains(t, out, "\r")
			assert.NotContains(t, out, "\x1b", "terminal escape passed through")
			assert.NotContains(t, out, "\u202E")
			noCommandLines(t, out)
		}},
		{JSON, func(t *testing.T, out string) {
			require.True(t, json.Valid([]byte(out)))
			got, err := ReadJSON(strings.NewReader(out))
			require.NoError(t, err)
			q := got.Discrepancies[0].Claims[0].Quote
			assert.Contains(t, q, "\uFFFD\uFFFD end", "invalid UTF-8 must become U+FFFD")
			assert.Contains(t, q, "<script>alert(1)</script>", "JSON keeps the text, only encoded")
			assert.NotContains(t, out, "<script>", "<, > are escaped as \\u003c, \\u003e")
		}},
		{Markdown, func(t *testing.T, out string) {
			assert.NotContains(t, out, "<script")
			assert.NotContains(t, out, "](http://e")
			assert.NotContains(t, out, "![")
			assert.NotContains(t, out, "[x]")
			assert.NotContains(t, out, "http://", "URL would be autolinked")
			assert.NotContains(t, out, "www.evil", "www. would be autolinked")
			assert.NotRegexp(t, `@[A-Za-z0-9]`, out, "mention")
			assert.NotRegexp(t, `#[0-9]`, out, "issue reference")
			assert.NotContains(t, out, "\r")
			noCommandLines(t, out)
			// Every table row keeps its number of cells.
			unescapedPipe := regexp.MustCompile(`(^|[^\\])\|`)
			var header int
			for _, line := range strings.Split(out, "\n") {
				if !strings.HasPrefix(line, "|") {
					header = 0
					continue
				}
				n := len(unescapedPipe.FindAllString(line, -1))
				if header == 0 {
					header = n
				}
				assert.Equal(t, header, n, "row has a different number of cells: %s", line)
			}
		}},
		{SARIF, func(t *testing.T, out string) {
			require.True(t, json.Valid([]byte(out)))
			assert.Contains(t, out, `\u003cscript\u003e`)
		}},
		{GitHub, func(t *testing.T, out string) {
			lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
			assert.Len(t, lines, 4, "one command per finding, no more")
			cmd := regexp.MustCompile(`^::(error|warning|notice) [^:]*::`)
			for _, l := range lines {
				assert.Regexp(t, cmd, l)
			}
			assert.NotContains(t, out, "\r")
			assert.Contains(t, out, "%250A", "a literal %0A must not decode to a newline")
			assert.Contains(t, out, "`   ::error::pwned", "the quote's CR LF became spaces, so ::error:: stays inside the data")
		}},
		{HTML, func(t *testing.T, out string) {
			assert.NotContains(t, out, "<script>alert")
			assert.Contains(t, out, "&lt;script&gt;alert(1)&lt;/script&gt;")
			assert.NotContains(t, out, `href="http://evil`)
			assert.NotContains(t, out, `src="http`)
			assert.Equal(t, 1, strings.Count(out, "<script>"), "only the page's own script")
		}},
	}
	for _, tt := range tests {
		t.Run(string(tt.format), func(t *testing.T) {
			var buf bytes.Buffer
			require.NoError(t, Write(&buf, tt.format, hostileReport(), DefaultOptions()))
			out := buf.String()
			assert.True(t, utf8.ValidString(out), "output is not valid UTF-8")
			assert.NotContains(t, out, "\xff")
			tt.check(t, out)
		})
	}
}

// noCommandLines asserts that no line could be read by a CI runner as a
// workflow command.
func noCommandLines(t *testing.T, out string) {
	t.Helper()
	for _, line := range strings.Split(out, "\n") {
		assert.False(t, strings.HasPrefix(strings.TrimLeft(line, " \t"), "::"), "line starts a workflow command: %q", line)
	}
}

func TestGitHubEscaping(t *testing.T) {
	assert.Equal(t, "a%25b%0D%0Ac", ghData("a%b\r\nc"))
	assert.Equal(t, "a:b,c", ghData("a:b,c"))
	assert.Equal(t, "a%3Ab%2Cc%25d%0A", ghProperty("a:b,c%d\n"))
}

func TestGitHubMaxAnnotations(t *testing.T) {
	opts := DefaultOptions()
	opts.MaxAnnotations = 2
	var buf bytes.Buffer
	require.NoError(t, WriteGitHub(&buf, fixedReport(), opts))
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	require.Len(t, lines, 3)
	assert.True(t, strings.HasPrefix(lines[0], "::error "), "most severe first")
	assert.True(t, strings.HasPrefix(lines[1], "::warning file=articles/a.txt,line=1,"), "then by confidence")
	assert.Equal(t, "::notice title=reconcile (2 more findings)::2 more findings not annotated (2 shown):"+
		"%0Aarticles/a.txt:12:19: date-mismatch (medium): invasion began on 2022-02-24 in articles/a.txt, 2022-02-20 in articles/b.txt"+
		"%0Aarticles/a.txt:9:1: role-conflict (low): Donald Trump is former president in articles/a.txt, president in articles/b.txt",
		lines[2], "the rest are listed in the summary notice, most important first")
}

// GitHub shows 10 annotations of each level per step and drops the others
// without a word, so the writer never writes more, and keeps a notice's place
// for the summary of the rest.
func TestGitHubLevelLimit(t *testing.T) {
	tests := []struct {
		name           string
		high, med, low int
		max            int
		want           map[string]int // annotations written per command, "summary" for the final notice
		wantListed     int            // findings listed in the summary
		wantMore       string         // the summary's last line, when it does not list them all
	}{
		{"under every limit", 3, 3, 3, 10, map[string]int{"error": 3, "warning": 3, "notice": 3}, 0, ""},
		{"max annotations", 3, 3, 3, 4, map[string]int{"error": 3, "warning": 1, "summary": 1}, 5, ""},
		{"10 errors at most", 12, 0, 2, 30, map[string]int{"error": 10, "notice": 2, "summary": 1}, 2, ""},
		{"10 warnings at most", 0, 11, 0, 30, map[string]int{"warning": 10, "summary": 1}, 1, ""},
		{"exactly 10 notices", 0, 0, 10, 30, map[string]int{"notice": 10}, 0, ""},
		{"a notice makes room for the summary", 0, 0, 12, 30, map[string]int{"notice": 9, "summary": 1}, 3, ""},
		{"long rest is cut", 0, 60, 0, 1, map[string]int{"warning": 1, "summary": 1}, ghRestListed, "and 9 more; see the full report"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			proto := fixedReport().Discrepancies[0]
			r := &model.Report{}
			for _, n := range []struct {
				sev model.Severity
				n   int
			}{{model.High, tt.high}, {model.Medium, tt.med}, {model.Low, tt.low}} {
				for range n.n {
					d := proto
					d.Severity = n.sev
					r.Discrepancies = append(r.Discrepancies, d)
				}
			}
			opts := DefaultOptions()
			opts.MaxAnnotations = tt.max
			var buf bytes.Buffer
			require.NoError(t, WriteGitHub(&buf, r, opts))
			got := map[string]int{}
			var summary string
			for _, line := range strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n") {
				if strings.HasPrefix(line, "::notice title=reconcile (") {
					got["summary"]++
					summary = line
					continue
				}
				cmd, _, _ := strings.Cut(strings.TrimPrefix(line, "::"), " ")
				got[cmd]++
			}
			assert.Equal(t, tt.want, got)
			if tt.wantListed == 0 {
				return
			}
			listed := strings.Split(summary, "%0A")[1:]
			if tt.wantMore != "" {
				require.NotEmpty(t, listed)
				assert.Equal(t, tt.wantMore, listed[len(listed)-1])
				listed = listed[:len(listed)-1]
			}
			assert.Len(t, listed, tt.wantListed)
		})
	}
}

func TestReadJSON(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, WriteJSON(&buf, fixedReport(), DefaultOptions()))
	tests := []struct {
		name, in string
		wantErr  string
	}{
		{"written report", buf.String(), ""},
		{"unknown fields are ignored", `{"version":1,"sources":[],"future":true}`, ""},
		{"version 2", `{"version":2,"sources":[]}`, "unsupported version 2"},
		{"no version", `{"sources":[]}`, "no version field"},
		{"not json", `version: 1`, "read json report"},
		{"wrong type", `{"version":1,"sources":{}}`, "read json report"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadJSON(strings.NewReader(tt.in))
			if tt.wantErr != "" {
				assert.ErrorContains(t, err, tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, 1, got.Version)
		})
	}
	got, err := ReadJSON(bytes.NewReader(buf.Bytes()))
	require.NoError(t, err)
	assert.Equal(t, NewJSONReport(fixedReport()), got, "round trip")
}

// Colour is for people at a terminal: never for a pipe, a file or a buffer,
// and never when NO_COLOR is set to anything but "" or TERM is "dumb".
func TestColorEnabled(t *testing.T) {
	_, tty := ptytest.Open(t)
	devNull, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	require.NoError(t, err)
	defer devNull.Close()
	tests := []struct {
		name string
		w    io.Writer
		env  map[string]string
		want bool
	}{
		{"terminal", tty, nil, true},
		{"terminal, TERM=xterm", tty, map[string]string{"TERM": "xterm-256color"}, true},
		{"terminal, NO_COLOR=1", tty, map[string]string{"NO_COLOR": "1"}, false},
		{"terminal, NO_COLOR=0 still means no colour", tty, map[string]string{"NO_COLOR": "0"}, false},
		{"terminal, NO_COLOR empty", tty, map[string]string{"NO_COLOR": ""}, true},
		{"terminal, TERM=dumb", tty, map[string]string{"TERM": "dumb"}, false},
		{"file", devNull, nil, false},
		{"buffer", &bytes.Buffer{}, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, ColorEnabled(tt.w, func(k string) string { return tt.env[k] }))
		})
	}
}

func TestTextColor(t *testing.T) {
	opts := DefaultOptions()
	opts.Color = true
	var buf bytes.Buffer
	require.NoError(t, WriteText(&buf, fixedReport(), opts))
	assert.Contains(t, buf.String(), "\x1b[31mquantity-mismatch\x1b[0m")
	buf.Reset()
	require.NoError(t, WriteText(&buf, fixedReport(), DefaultOptions()))
	assert.NotContains(t, buf.String(), "\x1b")
	// The first line of each finding is the path:line:col: kind: message contract.
	assert.Contains(t, buf.String(), "\narticles/a.txt:3:39: quantity-mismatch: drones intercepted: 63 in articles/a.txt, 70 in articles/b.txt\n")
}
