package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func fixture(n string) string {
	m, _ := filepath.Glob(filepath.Join(fixtures, n+"_*.txt"))
	if len(m) != 1 {
		panic("no fixture " + n)
	}
	return m[0]
}

func TestCorpusAddStatsCheck(t *testing.T) {
	dir := t.TempDir()
	older := filepath.Join(dir, "older") // 000, 001 and 002
	all := filepath.Join(dir, "all")     // every fixture

	code, out, errs := runCmd("corpus", "add", "--corpus", older, fixture("000"), fixture("001"), fixture("002"))
	require.Equal(t, exitOK, code, errs)
	assert.Equal(t, older+": added 3, skipped 0 already present; 3 articles in all\n", out)
	code, out, errs = runCmd("corpus", "add", "--corpus", older, fixture("002"))
	require.Equal(t, exitOK, code, errs)
	assert.Contains(t, out, "added 0, skipped 1")
	code, _, errs = runCmd("corpus", "add", "--corpus", all, "--jobs", "2", fixtures)
	require.Equal(t, exitOK, code, errs)

	code, out, errs = runCmd("corpus", "stats", "--corpus", older)
	require.Equal(t, exitOK, code, errs)
	assert.Contains(t, out, "articles:")
	assert.Regexp(t, `articles:\s+3\n`, out)

	// 003 against the older corpus: the role conflict with 002 is new; the
	// summary-vs-body finding inside 000 is old news and is not shown.
	code, out, errs = runCmd("check", "--corpus", older, fixture("003"))
	require.Equal(t, exitFindings, code, errs)
	assert.Contains(t, out, "role-conflict")
	assert.NotContains(t, out, "summary-vs-body")
	assert.Contains(t, out, "1 discrepancy")

	// 000 against a corpus that holds it already: the stored copy is left
	// out (same hash), and only findings that touch 000 are shown.
	code, out, errs = runCmd("check", "--corpus", all, "--format", "json", fixture("000"))
	require.Equal(t, exitFindings, code, errs)
	assert.Contains(t, out, "summary-vs-body")
	assert.NotContains(t, out, "role-conflict")

	// 004 brings nothing new against the corpus.
	code, out, errs = runCmd("check", "--corpus", older, fixture("004"))
	assert.Equal(t, exitOK, code, errs)
	assert.Contains(t, out, "0 discrepancies")
}

func TestCorpusErrors(t *testing.T) {
	dir := t.TempDir()
	notCorpus := filepath.Join(dir, "plain")
	require.NoError(t, os.MkdirAll(notCorpus, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(notCorpus, "x.txt"), []byte("x"), 0o644))
	tests := []struct {
		name    string
		args    []string
		code    int
		wantErr string
	}{
		{"no subcommand", []string{"corpus"}, exitError, "Usage"},
		{"unknown subcommand", []string{"corpus", "drop"}, exitError, `unknown command "drop"`},
		{"add without corpus", []string{"corpus", "add", fixtures}, exitError, "--corpus is required"},
		{"add without articles", []string{"corpus", "add", "--corpus", filepath.Join(dir, "c")}, exitError, "no articles given"},
		{"add into a plain directory", []string{"corpus", "add", "--corpus", notCorpus, fixtures}, exitError, notCorpus},
		{"stats of nothing", []string{"corpus", "stats", "--corpus", filepath.Join(dir, "none")}, exitError, "none"},
		{"stats with paths", []string{"corpus", "stats", "--corpus", notCorpus, "x"}, exitError, "unexpected arguments"},
		{"check with missing corpus", []string{"check", "--corpus", filepath.Join(dir, "none"), fixtures}, exitError, "none"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errs := runCmd(tt.args...)
			assert.Equal(t, tt.code, code, errs)
			assert.Contains(t, errs, tt.wantErr)
		})
	}
}
