package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func writeConfig(t *testing.T, dir, text string) string {
	t.Helper()
	p := filepath.Join(dir, ".reconcile.yaml")
	require.NoError(t, os.WriteFile(p, []byte(text), 0o644))
	return p
}

func TestConfigApplied(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name    string
		config  string
		args    []string
		code    int
		want    []string
		notWant []string
	}{
		{"defaults format", "defaults:\n  format: [json]\n", nil, exitFindings, []string{`"version": 1`}, nil},
		{"flag beats default format", "defaults:\n  format: [json]\n", []string{"--format", "text"}, exitFindings, []string{"3 discrepancies"}, []string{`"version"`}},
		{"defaults fail_on", "defaults:\n  fail_on: high\n", nil, exitFindings, nil, nil},
		{"severity override lowers below fail_on", "severity:\n  summary-vs-body: low\n  role-conflict: low\ndefaults:\n  fail_on: medium\n", nil, exitOK, []string{"3 discrepancies (3 low)"}, nil},
		{"flag beats default fail_on", "severity:\n  summary-vs-body: low\n  role-conflict: low\ndefaults:\n  fail_on: medium\n", []string{"--fail-on", "low"}, exitFindings, nil, nil},
		{"min_severity hides", "defaults:\n  min_severity: high\n", nil, exitFindings, []string{"summary-vs-body"}, []string{"role-conflict"}},
		{"ignore by file name and kind", "ignore:\n  - path: '003_*.txt'\n    kind: role-conflict\n    reason: opinion piece\n", nil, exitFindings, []string{"summary-vs-body"}, []string{"role-conflict"}},
		{"ignore of another kind keeps it", "ignore:\n  - path: '003_*.txt'\n    kind: date-mismatch\n    reason: r\n", nil, exitFindings, []string{"role-conflict"}, nil},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(dir, string(rune('a'+i))+".yaml")
			require.NoError(t, os.WriteFile(p, []byte(tt.config), 0o644))
			code, out, errs := runCmd(append([]string{"check", "--config", p, fixtures}, tt.args...)...)
			assert.Equal(t, tt.code, code, errs)
			for _, w := range tt.want {
				assert.Contains(t, out, w)
			}
			for _, w := range tt.notWant {
				assert.NotContains(t, out, w)
			}
		})
	}
}

func TestConfigFoundUpward(t *testing.T) {
	abs, err := filepath.Abs(fixtures)
	require.NoError(t, err)
	root := t.TempDir()
	writeConfig(t, root, "defaults:\n  format: [json]\n")
	sub := filepath.Join(root, "a", "b")
	require.NoError(t, os.MkdirAll(sub, 0o755))
	t.Chdir(sub)
	_, out, errs := runCmd("check", abs)
	assert.Contains(t, out, `"version": 1`, errs)

	writeConfig(t, sub, "colour: red\n")
	code, _, errs := runCmd("extract", abs)
	assert.Equal(t, exitError, code)
	assert.Contains(t, errs, filepath.Join(sub, ".reconcile.yaml")+":1: field colour not found")
}

func TestConfigErrors(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name    string
		config  string
		wantErr string
	}{
		{"unknown key", "tolerence: 0.1\n", ":1: field tolerence not found"},
		{"bad tolerance", "tolerance: 2\n", ":1: tolerance 2: want a fraction between 0 and 1"},
		{"bad lexicon list", "lexicon:\n  adverbs: {x: [y]}\n", `:2: unknown lexicon list "adverbs"`},
		{"bad severity", "severity:\n  role-conflict: urgent\n", `:2: unknown severity "urgent"`},
		{"unknown kind", "severity:\n  typo: low\n", `:2: unknown finding kind "typo"`},
		{"ignore without reason", "ignore:\n  - path: a.txt\n", ":2: ignore rule has no reason"},
		{"bad default format", "defaults:\n  format: [yaml]\n", `:2: unknown format "yaml"`},
		{"bad default jobs", "defaults:\n  jobs: -1\n", ":2: jobs -1: want at least 1"},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(dir, string(rune('a'+i))+".yaml")
			require.NoError(t, os.WriteFile(p, []byte(tt.config), 0o644))
			for _, cmd := range []string{"check", "extract"} {
				code, _, errs := runCmd(cmd, "--config", p, fixtures)
				assert.Equal(t, exitError, code, errs)
				assert.Contains(t, errs, p+tt.wantErr)
			}
		})
	}
	code, _, errs := runCmd("check", "--config", filepath.Join(dir, "none.yaml"), fixtures)
	assert.Equal(t, exitError, code)
	assert.Contains(t, errs, "none.yaml")
}
