package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

const fixtures = "../../fixtures/articles"

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.MkdirAll("testdata", 0o755))
		require.NoError(t, os.WriteFile(path, got, 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run 'go test ./cmd/reconcile -update' to create it")
	assert.Equal(t, string(want), string(got), "golden file %s differs; review and run with -update", path)
}

func runCmd(args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestCheckFixturesGolden(t *testing.T) {
	for _, format := range []string{"text", "json"} {
		t.Run(format, func(t *testing.T) {
			code, out, errs := runCmd("check", "--format", format, fixtures)
			assert.Equal(t, exitFindings, code, errs)
			golden(t, "fixtures."+format, []byte(out))
		})
	}
}

// The example every later change must keep: the Key Takeaways of 000 say
// Ukraine's air defenses intercepted 47 drones; its body says 63 of 82.
func TestCheckFindsSummaryAgainstBody(t *testing.T) {
	_, out, _ := runCmd("check", "--format", "json", fixtures)
	var rep struct {
		Discrepancies []struct {
			Kind   string
			Claims []struct {
				Source, Section, Quote, Sentence string
				Line, Column                     int
			}
		}
	}
	require.NoError(t, json.Unmarshal([]byte(out), &rep))
	found := false
	for _, d := range rep.Discrepancies {
		if d.Kind != "summary-vs-body" {
			continue
		}
		require.GreaterOrEqual(t, len(d.Claims), 2)
		a, b := d.Claims[0], d.Claims[1]
		if strings.HasSuffix(a.Source, "000_7d830a97b6485879.txt") && a.Section == "summary" && a.Quote == "47" &&
			b.Section == "body" && b.Quote == "63" {
			assert.Contains(t, a.Sentence, "Ukraine’s air defenses intercepting 47")
			assert.Contains(t, b.Sentence, "63 of which were intercepted or jammed")
			assert.Equal(t, 44, a.Line)
			assert.Equal(t, 33, b.Line)
			found = true
		}
	}
	assert.True(t, found, "summary-vs-body finding for 47 vs 63 missing:\n%s", out)
}

func TestCheckDeterministicAcrossPathOrder(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(fixtures, "*.txt"))
	require.NoError(t, err)
	require.Len(t, files, 5)
	_, a, _ := runCmd(append([]string{"check", "--format", "json"}, files...)...)
	rev := append([]string(nil), files...)
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	_, b, _ := runCmd(append([]string{"check", "--format", "json"}, rev...)...)
	assert.Equal(t, a, b)
}

func TestCheckSameForAnyJobs(t *testing.T) {
	_, one, _ := runCmd("check", "--format", "json", "--jobs", "1", fixtures)
	_, four, _ := runCmd("check", "--format", "json", "--jobs", "4", fixtures)
	require.NotEmpty(t, one)
	assert.Equal(t, one, four)
}

func TestExitCodesAndErrors(t *testing.T) {
	dir := t.TempDir()
	clean := filepath.Join(dir, "clean.txt")
	require.NoError(t, os.WriteFile(clean, []byte("Storm closes harbor\n\nThe harbor in Velmora closed on Tuesday after a storm.\n"), 0o644))
	empty := filepath.Join(dir, "empty.txt")
	require.NoError(t, os.WriteFile(empty, nil, 0o644))
	tests := []struct {
		name    string
		args    []string
		code    int
		wantOut string
		wantErr string
	}{
		{"no args", nil, exitError, "", "Usage"},
		{"unknown command", []string{"frobnicate"}, exitError, "", `unknown command "frobnicate"`},
		{"version", []string{"version"}, exitOK, "reconcile ", ""},
		{"help", []string{"--help"}, exitOK, "Examples:", ""},
		{"check help", []string{"check", "--help"}, exitOK, "", "-format format"},
		{"no paths", []string{"check"}, exitError, "", "no articles given"},
		{"bad format", []string{"check", "--format", "yaml", clean}, exitError, "", `unknown format "yaml"`},
		{"bad jobs", []string{"check", "--jobs", "0", clean}, exitError, "", "jobs 0: want at least 1"},
		{"bad severity", []string{"check", "--fail-on", "urgent", clean}, exitError, "", "unknown severity"},
		{"missing file", []string{"check", filepath.Join(dir, "nope.txt")}, exitError, "", "nope.txt"},
		{"empty file", []string{"check", empty}, exitError, "", "empty.txt"},
		{"clean", []string{"check", clean}, exitOK, "0 discrepancies", ""},
		{"findings", []string{"check", fixtures}, exitFindings, "summary-vs-body", ""},
		{"fail-on high still fails on the high finding", []string{"check", "--fail-on", "high", fixtures}, exitFindings, "", ""},
		{"flags after paths", []string{"check", fixtures, "--format", "json"}, exitFindings, `"version": 1`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runCmd(tt.args...)
			assert.Equal(t, tt.code, code, "stderr: %s", errs)
			assert.Contains(t, out, tt.wantOut)
			assert.Contains(t, errs, tt.wantErr)
		})
	}
}

func TestFormatToFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "out.sarif")
	code, out, errs := runCmd("check", "--format", "text", "--format", "sarif="+p, fixtures)
	require.Equal(t, exitFindings, code, errs)
	assert.Contains(t, out, "summary-vs-body")
	data, err := os.ReadFile(p)
	require.NoError(t, err)
	assert.Contains(t, string(data), `"version": "2.1.0"`)
}

// Two files with the same text (a syndicated copy) are two sources, not a
// clash of claim ids.
func TestCheckSameTextTwice(t *testing.T) {
	dir := t.TempDir()
	text := []byte("Storm hits harbor\n\nThe storm killed 12 people in Velmora on Tuesday.\n")
	for _, name := range []string{"a.txt", "b.txt"} {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), text, 0o644))
	}
	code, out, errs := runCmd("check", dir)
	assert.Equal(t, exitOK, code, errs)
	assert.Contains(t, out, "2 sources")
}
