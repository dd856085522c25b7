package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/reconcile-news/reconcile/reconcile/claimio"
)

func TestExtractGolden(t *testing.T) {
	code, out, errs := runCmd("extract", "--format", "text", fixtures)
	require.Equal(t, exitOK, code, errs)
	golden(t, "extract.text", []byte(out))
}

func TestExtractJSONLines(t *testing.T) {
	code, out, errs := runCmd("extract", fixtures)
	require.Equal(t, exitOK, code, errs)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.NotEmpty(t, lines)
	_, text, _ := runCmd("extract", "--format", "text", fixtures)
	assert.Len(t, strings.Split(strings.TrimSuffix(text, "\n"), "\n"), len(lines), "one text line per JSON line")
	for _, l := range lines {
		var m map[string]any
		require.NoError(t, json.Unmarshal([]byte(l), &m), l)
		for _, k := range []string{"id", "kind", "source", "line", "column", "offset", "end", "section", "quote", "sentence", "value", "subject", "measure", "entities", "context"} {
			assert.Contains(t, m, k, l)
		}
	}
	// What extract writes, check --claims reads.
	claims, err := claimio.Read("out.jsonl", strings.NewReader(out))
	require.NoError(t, err)
	assert.Len(t, claims, len(lines))
	_, one, _ := runCmd("extract", "--jobs", "1", fixtures)
	_, four, _ := runCmd("extract", "--jobs", "4", fixtures)
	assert.Equal(t, one, four)
}

func TestExtractErrors(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	require.NoError(t, os.WriteFile(empty, nil, 0o644))
	tests := []struct {
		name    string
		args    []string
		code    int
		wantErr string
	}{
		{"no paths", []string{"extract"}, exitError, "no articles given"},
		{"bad format", []string{"extract", "--format", "csv", fixtures}, exitError, `unknown format "csv"`},
		{"empty file", []string{"extract", empty}, exitError, "empty.txt"},
		{"help", []string{"extract", "--help"}, exitOK, "-format format"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errs := runCmd(tt.args...)
			assert.Equal(t, tt.code, code, errs)
			assert.Contains(t, errs, tt.wantErr)
		})
	}
}

// other70.jsonl is the claim "63 drones intercepted" of fixture 000 as
// another extractor might give it for an article not read in this run,
// other.txt, with 70 instead of 63.
func TestCheckClaims(t *testing.T) {
	code, out, errs := runCmd("check", "--claims", "testdata/claims/other70.jsonl", fixtures)
	require.Equal(t, exitFindings, code, errs)
	assert.Contains(t, out, `"63" (body ../../fixtures/articles/000_7d830a97b6485879.txt:33:203) vs "70" (body other.txt:33:203)`)

	// Claims alone are enough to run.
	code, out, errs = runCmd("check", "--claims", "testdata/claims/other70.jsonl")
	require.Equal(t, exitOK, code, errs)
	assert.Contains(t, out, "0 discrepancies")

	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, []byte(text), 0o644))
		return p
	}
	tests := []struct {
		name    string
		file    string
		wantErr string
	}{
		{"bad json", write("bad.jsonl", "{\"kind\":"), "bad.jsonl:1:9: unexpected end of JSON input"},
		{"unknown kind", write("kind.jsonl", "\n"+`{"kind":"mood","source":"a.txt","quote":"x"}`), `kind.jsonl:2:2: unknown claim kind "mood"`},
		{"missing quote", write("quote.jsonl", `{"kind":"date","source":"a.txt"}`), "quote.jsonl:1:1: missing quote"},
		{"missing source", write("src.jsonl", `{"kind":"date","quote":"x"}`), "src.jsonl:1:1: missing source"},
		{"missing file", filepath.Join(dir, "nope.jsonl"), "nope.jsonl"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errs := runCmd("check", "--claims", tt.file, fixtures)
			assert.Equal(t, exitError, code)
			assert.Contains(t, errs, tt.wantErr)
		})
	}
	// The same claims twice collide on their ids.
	code, _, errs = runCmd("check", "--claims", "testdata/claims/other70.jsonl", "--claims", "testdata/claims/other70.jsonl", fixtures)
	assert.Equal(t, exitError, code)
	assert.Contains(t, errs, "claim other:1: duplicate id")
}
