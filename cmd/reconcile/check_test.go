package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/reconcile-news/reconcile/internal/ptytest"
)

// The fixtures hold one high finding (summary-vs-body) and one medium
// (role-conflict); the role conflict alone comes from these two articles.
var mediumOnly = []string{
	filepath.Join(fixtures, "002_05c8e702dea443c3.txt"),
	filepath.Join(fixtures, "003_4b48639e0f90224e.txt"),
}

// kindsShown returns the kinds of the findings in a text or JSON report, in
// order.
func kindsShown(t *testing.T, format, out string) []string {
	t.Helper()
	var kinds []string
	switch format {
	case "json":
		var rep struct{ Discrepancies []struct{ Kind string } }
		require.NoError(t, json.Unmarshal([]byte(out), &rep))
		for _, d := range rep.Discrepancies {
			kinds = append(kinds, d.Kind)
		}
	case "text":
		// The first line of a finding: path:line:col: kind: message.
		first := regexp.MustCompile(`(?m)^\S+:\d+:\d+: ([a-z-]+): `)
		for _, m := range first.FindAllStringSubmatch(out, -1) {
			kinds = append(kinds, m[1])
		}
	}
	return kinds
}

// --min-severity decides what is shown, --fail-on what fails the run; neither
// changes the other.
func TestMinSeverityAndFailOn(t *testing.T) {
	tests := []struct {
		name    string
		flags   []string
		paths   []string
		code    int
		shown   []string // kinds in the report, in order
		wantErr string   // on stderr; "" for no word about hidden findings
	}{
		{"defaults show and fail on all", nil, []string{fixtures}, exitFindings,
			[]string{"summary-vs-body", "role-conflict", "date-mismatch"}, ""},
		{"hidden findings still fail", []string{"--min-severity", "high"}, mediumOnly, exitFindings,
			nil, "reconcile: 1 finding below --min-severity high not shown; 1 of them at or above --fail-on low\n"},
		{"shown findings need not fail", []string{"--fail-on", "high"}, mediumOnly, exitOK,
			[]string{"role-conflict"}, ""},
		{"hidden and below fail-on", []string{"--min-severity", "high", "--fail-on", "high"}, mediumOnly, exitOK,
			nil, "reconcile: 1 finding below --min-severity high not shown\n"},
		{"same flags, other order", []string{"--fail-on", "high", "--min-severity", "high"}, mediumOnly, exitOK,
			nil, "reconcile: 1 finding below --min-severity high not shown\n"},
		{"fail-on medium", []string{"--fail-on", "medium"}, mediumOnly, exitFindings,
			[]string{"role-conflict"}, ""},
		{"fail-on above what is shown", []string{"--min-severity", "medium", "--fail-on", "high"}, []string{fixtures}, exitFindings,
			[]string{"summary-vs-body", "role-conflict"}, "reconcile: 1 finding below --min-severity medium not shown\n"},
		{"show high, fail on medium", []string{"--min-severity", "high", "--fail-on", "medium"}, []string{fixtures}, exitFindings,
			[]string{"summary-vs-body"}, "reconcile: 2 findings below --min-severity high not shown; 1 of them at or above --fail-on medium\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, format := range []string{"text", "json"} {
				args := append(append([]string{"check", "--format", format}, tt.flags...), tt.paths...)
				code, out, errs := runCmd(args...)
				assert.Equal(t, tt.code, code, "%s: %s", format, errs)
				assert.Equal(t, tt.shown, kindsShown(t, format, out), format)
				if tt.wantErr == "" {
					assert.NotContains(t, errs, "not shown", format)
				} else {
					assert.Contains(t, errs, tt.wantErr, format)
				}
			}
		})
	}
}

// The text report is coloured only when stdout is a terminal and NO_COLOR
// is not set; reports written to files are never coloured.
func TestTextColorOnlyOnTerminal(t *testing.T) {
	tests := []struct {
		name    string
		noColor string
		term    string
		want    bool
	}{
		{"terminal", "", "xterm-256color", true},
		{"NO_COLOR", "1", "xterm-256color", false},
		{"TERM=dumb", "", "dumb", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("NO_COLOR", tt.noColor)
			t.Setenv("TERM", tt.term)
			pty, tty := ptytest.Open(t)
			read := ptytest.ReadAll(pty, tty)
			file := filepath.Join(t.TempDir(), "report.txt")
			var errb bytes.Buffer
			code := run([]string{"check", "--format", "text", "--format", "text=" + file, fixtures}, tty, &errb)
			require.Equal(t, exitFindings, code, errb.String())
			got, err := read()
			require.NoError(t, err)
			assert.Contains(t, string(got), "summary-vs-body")
			assert.Equal(t, tt.want, strings.Contains(string(got), "\x1b["), "escape codes on the terminal:\n%q", got)
			data, err := os.ReadFile(file)
			require.NoError(t, err)
			assert.NotContains(t, string(data), "\x1b", "a report file is never coloured")
		})
	}
	// Not a terminal: the golden text report (TestCheckFixturesGolden) is
	// written to a buffer and has no escape codes.
	_, out, _ := runCmd("check", fixtures)
	assert.NotContains(t, out, "\x1b")
}
