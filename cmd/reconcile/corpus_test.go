package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/reconcile-news/reconcile/internal/gen"
	"github.com/reconcile-news/reconcile/reconcile/extract"
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
	assert.Contains(t, errs, "corpus format raised from version 1 to 3")
	assert.Contains(t, errs, "3 articles stored by format version 1 have no entities")

	code, out, errs = runCmd("corpus", "stats", "--corpus", dir)
	require.Equal(t, exitOK, code, errs)
	assert.Regexp(t, `format version:\s+3\n`, out)
	assert.Regexp(t, `articles without entities:\s+3 `, out)
}

// stripStamps removes the stamps from the MANIFEST of the corpus at dir,
// as an older reconcile that adds to it does.
func stripStamps(t *testing.T, dir string) {
	t.Helper()
	p := filepath.Join(dir, "MANIFEST")
	b, err := os.ReadFile(p)
	require.NoError(t, err)
	stripped := regexp.MustCompile(`(?m)^\s*"stamp": .*\n`).ReplaceAll(b, nil)
	require.NotEqual(t, string(b), string(stripped), "no stamp to strip")
	require.NoError(t, os.WriteFile(p, stripped, 0o644))
}

// TestCorpusStamps checks against corpora whose articles were read as this
// reconcile reads them, otherwise, or by an older reconcile: a check says
// so once on stderr, even with --quiet, and reports what it reports
// against a corpus read as it reads, with the same exit code.
// stampPrefix is how a stamp of this reconcile's reading starts.
var stampPrefix = fmt.Sprintf("extract %d, ", extract.Version)

func TestCorpusStamps(t *testing.T) {
	dir := t.TempDir()
	same := filepath.Join(dir, "same") // 000, 001 and 002, read as this reconcile reads
	code, _, errs := runCmd("corpus", "add", "--corpus", same, fixture("000"), fixture("001"), fixture("002"))
	require.Equal(t, exitOK, code, errs)
	assert.Empty(t, errs)
	older := filepath.Join(dir, "older") // the same, added by an older reconcile
	require.NoError(t, os.CopyFS(older, os.DirFS(same)))
	stripStamps(t, older)
	mixed := filepath.Join(dir, "mixed") // older, and 003 read as this reconcile reads
	require.NoError(t, os.CopyFS(mixed, os.DirFS(older)))
	code, out, errs := runCmd("corpus", "add", "--corpus", mixed, fixture("002"), fixture("003"))
	require.Equal(t, exitOK, code, errs)
	assert.Contains(t, out, "added 1, skipped 1 already present; 4 articles in all")
	assert.Equal(t, "reconcile: "+mixed+": 3 of the 3 articles already stored were added by an older reconcile, which did not record how it read them; "+
		"an article already stored is skipped, not read again: to read them as this reconcile does ("+stampPrefix+"lexicon ", errs[:strings.Index(errs, "lexicon ")+8])
	sameMixed := filepath.Join(dir, "same-mixed") // the articles of mixed, read as this reconcile reads
	require.NoError(t, os.CopyFS(sameMixed, os.DirFS(same)))
	code, _, errs = runCmd("corpus", "add", "--corpus", sameMixed, fixture("003"))
	require.Equal(t, exitOK, code, errs)
	assert.Empty(t, errs)
	cfg := filepath.Join(dir, "words.yaml") // a configuration that adds a word
	require.NoError(t, os.WriteFile(cfg, []byte("lexicon:\n  measures:\n    intercept: [swat down]\n"), 0o644))

	tests := []struct {
		name   string
		args   []string // with CORPUS for the corpus
		corpus string
		want   string // the warning, from the corpus path to the stamp; "" for none
	}{
		{"same reading", []string{"check", "--corpus", "CORPUS", fixture("003")}, same, ""},
		{"added by an older reconcile", []string{"check", "--corpus", "CORPUS", fixture("003")}, older,
			"3 of 3 stored articles were added by an older reconcile, which did not record how it read them"},
		{"--quiet still warns", []string{"check", "--quiet", "--format", "json", "--corpus", "CORPUS", fixture("004")}, older,
			"3 of 3 stored articles were added by an older reconcile, which did not record how it read them"},
		{"other word lists", []string{"check", "--config", cfg, "--corpus", "CORPUS", fixture("003")}, same,
			"3 of 3 stored articles were read with other extraction rules or word lists"},
		{"partly older", []string{"check", "--corpus", "CORPUS", fixture("004")}, mixed,
			"3 of 4 stored articles were added by an older reconcile, which did not record how it read them"},
		{"partly older, partly other word lists", []string{"check", "--config", cfg, "--corpus", "CORPUS", fixture("004")}, mixed,
			"4 of 4 stored articles were read with other extraction rules or word lists (1) or added by an older reconcile, which did not record how it read them (3)"},
		{"baseline", []string{"baseline", "create", "--reason", "known", "--baseline", filepath.Join(dir, "b.yaml"), "--corpus", "CORPUS", fixture("003")}, older,
			"3 of 3 stored articles were added by an older reconcile, which did not record how it read them"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := slices.Clone(tt.args)
			args[slices.Index(args, "CORPUS")] = tt.corpus
			code, out, errs := runCmd(args...)
			require.Contains(t, []int{exitOK, exitFindings}, code, errs)
			if tt.want == "" {
				assert.NotContains(t, errs, "stored articles")
			} else {
				prefix := "reconcile: " + tt.corpus + ": " + tt.want + ", so their claims can differ from what this reconcile reads (" + stampPrefix + "lexicon "
				assert.Equal(t, 1, strings.Count(errs, prefix), "one warning on stderr:\n%s", errs)
				assert.Regexp(t, `lexicon [0-9a-f]{16}\) and this check from a full check of the same articles; `+
					`to read them anew, add the original articles to a new corpus: reconcile corpus add --corpus NEWDIR PATH...\n`, errs)
				assert.NotContains(t, out, "stored articles", "the warning is not in the report")
			}
			if tt.args[0] == "baseline" {
				return
			}
			// The same run against the same articles read as this reconcile reads.
			args[slices.Index(args, tt.corpus)] = map[string]string{same: same, older: same, mixed: sameMixed}[tt.corpus]
			wantCode, wantOut, _ := runCmd(args...)
			assert.Equal(t, wantCode, code)
			assert.Equal(t, wantOut, out)
		})
	}

	code, out, errs = runCmd("corpus", "stats", "--corpus", mixed)
	require.Equal(t, exitOK, code, errs)
	assert.Regexp(t, `stamps:\s+2\n\s+\(unknown\):\s+3 \(not recorded: stored by an older reconcile\)\n\s+`+stampPrefix+`lexicon [0-9a-f]{16}:\s+1 \(as this reconcile reads\)\n`, out)
	code, out, errs = runCmd("corpus", "stats", "--config", cfg, "--corpus", mixed)
	require.Equal(t, exitOK, code, errs)
	assert.Regexp(t, `stamps:\s+2, none as this reconcile reads \(`+stampPrefix+`lexicon [0-9a-f]{16}\)\n\s+\(unknown\):\s+3 .*\n\s+`+stampPrefix+`lexicon [0-9a-f]{16}:\s+1\n`, out)
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
