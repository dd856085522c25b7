package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBaselineLifecycle(t *testing.T) {
	dir := t.TempDir()
	base := filepath.Join(dir, "baseline.yaml")

	// Accept the findings among 000-003: summary-vs-body in 000, the
	// horizons of 000 and 001, and the role conflict between 002 and 003.
	code, out, errs := runCmd("baseline", "create", "--baseline", base, "--reason", "known before launch", fixtures)
	require.Equal(t, exitOK, code, errs)
	assert.Equal(t, base+": 3 accepted (0 before)\n", out)
	data, err := os.ReadFile(base)
	require.NoError(t, err)
	assert.Equal(t, 3, strings.Count(string(data), "reason: known before launch"))

	// check fails on nothing now and says what the baseline did.
	code, out, errs = runCmd("check", "--baseline", base, fixtures)
	assert.Equal(t, exitOK, code, errs)
	assert.Contains(t, out, "0 discrepancies")
	assert.Contains(t, errs, base+": 3 accepted, 0 new, 0 stale")

	// A run over 000 alone: the role conflict and the horizons are gone,
	// their entries are stale,
	// and a stale entry does not fail the run.
	code, _, errs = runCmd("check", "--baseline", base, fixture("000"))
	assert.Equal(t, exitOK, code, errs)
	assert.Contains(t, errs, "matches no finding (stale")
	assert.Contains(t, errs, "1 accepted, 0 new, 2 stale")

	// A new finding fails, while the accepted one stays hidden.
	code, out, errs = runCmd("check", "--baseline", base, "--claims", "testdata/claims/other70.jsonl", fixtures)
	assert.Equal(t, exitFindings, code, errs)
	assert.Contains(t, out, `vs "70"`)
	assert.NotContains(t, out, "summary-vs-body")
	assert.Contains(t, errs, "3 accepted, 1 new, 0 stale")

	// update adds the new findings with the new reason and keeps the old reasons.
	code, out, errs = runCmd("baseline", "update", "--baseline", base, "--reason", "other.txt is a draft", "--claims", "testdata/claims/other70.jsonl", fixtures)
	require.Equal(t, exitOK, code, errs)
	assert.Equal(t, base+": 4 accepted (3 before)\n", out)
	data, err = os.ReadFile(base)
	require.NoError(t, err)
	assert.Equal(t, 3, strings.Count(string(data), "reason: known before launch"))
	assert.Equal(t, 1, strings.Count(string(data), "reason: other.txt is a draft"))

	// prune over 000 alone keeps only the summary-vs-body entry.
	code, out, errs = runCmd("baseline", "prune", "--baseline", base, fixture("000"))
	require.Equal(t, exitOK, code, errs)
	assert.Equal(t, base+": 1 accepted (4 before)\n", out)
}

func TestBaselineErrors(t *testing.T) {
	dir := t.TempDir()
	exists := filepath.Join(dir, "exists.yaml")
	require.NoError(t, os.WriteFile(exists, []byte("version: 1\naccepted: []\n"), 0o644))
	bad := filepath.Join(dir, "bad.yaml")
	require.NoError(t, os.WriteFile(bad, []byte("version: 1\naccepted:\n  - fingerprint: x\n"), 0o644))
	nope := filepath.Join(dir, "nope.yaml")
	tests := []struct {
		name    string
		args    []string
		code    int
		wantErr string
	}{
		{"no subcommand", []string{"baseline"}, exitError, "Usage"},
		{"unknown subcommand", []string{"baseline", "merge"}, exitError, `unknown command "merge"`},
		{"no file", []string{"baseline", "create", "--reason", "r", fixtures}, exitError, "--baseline is required"},
		{"create without reason", []string{"baseline", "create", "--baseline", nope, fixtures}, exitError, "--reason is required"},
		{"update with blank reason", []string{"baseline", "update", "--baseline", exists, "--reason", "  ", fixtures}, exitError, "--reason is required"},
		{"prune takes no reason", []string{"baseline", "prune", "--baseline", exists, "--reason", "r", fixtures}, exitError, "flag provided but not defined: -reason"},
		{"create over an existing file", []string{"baseline", "create", "--baseline", exists, "--reason", "r", fixtures}, exitError, "already exists"},
		{"update a missing file", []string{"baseline", "update", "--baseline", nope, "--reason", "r", fixtures}, exitError, "nope.yaml"},
		{"no articles", []string{"baseline", "prune", "--baseline", exists}, exitError, "no articles given"},
		{"bad baseline names its line", []string{"baseline", "prune", "--baseline", bad, fixtures}, exitError, "bad.yaml:3: entry x has no reason"},
		{"check with bad baseline", []string{"check", "--baseline", bad, fixtures}, exitError, "bad.yaml:3:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errs := runCmd(tt.args...)
			assert.Equal(t, tt.code, code, errs)
			assert.Contains(t, errs, tt.wantErr)
		})
	}
	_, err := os.Stat(nope)
	assert.ErrorIs(t, err, os.ErrNotExist, "nothing written on error")
}
