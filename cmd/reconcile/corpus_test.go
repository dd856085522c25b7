package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/reconcile-news/reconcile/internal/gen"
	"github.com/reconcile-news/reconcile/reconcile/report"
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

// TestCorpusAddToVersion1 adds to a corpus written by format version 1: the
// corpus is raised to version 2, and the run says so.
func TestCorpusAddToVersion1(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "v1")
	require.NoError(t, os.CopyFS(dir, os.DirFS("../../reconcile/corpus/testdata/v1")))
	code, out, errs := runCmd("corpus", "add", "--corpus", dir, fixture("000"))
	require.Equal(t, exitOK, code, errs)
	assert.Contains(t, out, "added 1, skipped 0 already present; 4 articles in all")
	assert.Contains(t, errs, "corpus format raised from version 1 to 2")
	assert.Contains(t, errs, "3 articles stored by format version 1 have no entities")

	code, out, errs = runCmd("corpus", "stats", "--corpus", dir)
	require.Equal(t, exitOK, code, errs)
	assert.Regexp(t, `format version:\s+2\n`, out)
	assert.Regexp(t, `articles without entities:\s+3 `, out)
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

// TestCorpusCheckMatchesFullCheck checks that a batch run over a corpus finds
// what a full check of the stored and the new articles together finds,
// restricted to the findings that involve a new article.
func TestCorpusCheckMatchesFullCheck(t *testing.T) {
	if testing.Short() {
		t.Skip("generates and checks 300 articles")
	}
	const n, m = 260, 40 // stored and new articles
	dir := t.TempDir()
	_, err := gen.Write(filepath.Join(dir, "gen"), gen.Options{Articles: n + m, Seed: 1})
	require.NoError(t, err)
	src := filepath.Join(dir, "gen", gen.ArticleDir)
	stored, fresh := filepath.Join(dir, "stored"), filepath.Join(dir, "new")
	require.NoError(t, os.MkdirAll(stored, 0o755))
	require.NoError(t, os.MkdirAll(fresh, 0o755))
	entries, err := os.ReadDir(src)
	require.NoError(t, err)
	require.Len(t, entries, n+m)
	for i, e := range entries { // sorted by name
		to := stored
		if i >= n {
			to = fresh
		}
		require.NoError(t, os.Rename(filepath.Join(src, e.Name()), filepath.Join(to, e.Name())))
	}
	isNew := func(path string) bool { return filepath.Dir(path) == fresh }

	corpusDir := filepath.Join(dir, "corpus")
	code, _, errs := runCmd("corpus", "add", "--corpus", corpusDir, "--jobs", "2", stored)
	require.Equal(t, exitOK, code, errs)

	check := func(args ...string) report.JSONReport {
		t.Helper()
		code, out, errs := runCmd(append([]string{"check", "--format", "json", "--jobs", "2"}, args...)...)
		require.Contains(t, []int{exitOK, exitFindings}, code, errs)
		var rep report.JSONReport
		require.NoError(t, json.Unmarshal([]byte(out), &rep))
		return rep
	}
	involvingNew := func(rep report.JSONReport) map[string]report.JSONDiscrepancy {
		out := map[string]report.JSONDiscrepancy{}
		for _, d := range rep.Discrepancies {
			if slices.ContainsFunc(d.Claims, func(c report.JSONClaim) bool { return isNew(c.Source) }) {
				out[d.Fingerprint] = d
			}
		}
		return out
	}
	fullRep := check(stored, fresh)
	batchRep := check("--corpus", corpusDir, fresh)
	full, batch := involvingNew(fullRep), involvingNew(batchRep)
	require.NotEmpty(t, full, "the generated articles should disagree somewhere")
	assert.Equal(t, fullRep.Entities, batchRep.Entities, "check --corpus and a full check name different entities")
	for fp, d := range full {
		if assert.Contains(t, batch, fp, "check --corpus misses %s: %s", d.Kind, d.Message) {
			// The same finding, down to how many sources agree with each side.
			assert.Equal(t, d, batch[fp])
		}
	}
	var agreeing []report.JSONAgreement
	for _, a := range fullRep.Agreements {
		if slices.ContainsFunc(a.Claims, func(c report.JSONClaim) bool { return isNew(c.Source) }) {
			agreeing = append(agreeing, a)
		}
	}
	assert.Equal(t, agreeing, batchRep.Agreements, "check --corpus and a full check list different agreements")

	// Nor more: a summary figure its own body contradicts is reported once,
	// as summary-vs-body, not against a new article (compare.dropKnockOn),
	// which needs the stored articles' own document blocks compared too.
	for fp, d := range batch {
		assert.Contains(t, full, fp, "check --corpus finds what a full check does not: %s: %s", d.Kind, d.Message)
	}
}
