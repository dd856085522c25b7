package config

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/reconcile-news/reconcile/model"
	"github.com/reconcile-news/reconcile/reconcile"
)

const full = `aliases:
  Zelensky: Volodymyr Zelenskyy
lexicon:
  measures:
    intercept: [shoot down]
tolerance: 0.05
severity:
  updated-figure: medium
ignore:
  - path: "drafts/*.txt"
    kind: quantity-mismatch
    reason: drafts are checked by hand
defaults:
  format: [json, sarif=out.sarif]
  min_severity: medium
  fail_on: high
  jobs: 3
`

func TestParseAndApply(t *testing.T) {
	c, err := Parse("c.yaml", []byte(full))
	require.NoError(t, err)
	opts, err := reconcile.DefaultOptions()
	require.NoError(t, err)
	require.NoError(t, c.Apply(&opts))
	assert.Equal(t, "Volodymyr Zelenskyy", opts.Aliases["Zelensky"])
	assert.Equal(t, 0.05, opts.Compare.Tolerance)
	assert.Equal(t, model.Medium, opts.Severity[model.UpdatedFigure])
	assert.Equal(t, []reconcile.Ignore{{Path: "drafts/*.txt", Kind: model.QuantityMismatch, Reason: "drafts are checked by hand"}}, opts.Ignore)
	assert.Equal(t, 3, opts.Jobs)
	canon, ok := opts.Lexicon.Table("measures").Lookup("shot down")
	assert.True(t, ok, "measure surfaces are inflected")
	assert.Equal(t, "intercept", canon)
	assert.Equal(t, Defaults{Format: []string{"json", "sarif=out.sarif"}, MinSeverity: "medium", FailOn: "high", Jobs: 3}, c.Defaults)
	require.NoError(t, opts.Validate())
}

func TestParseEmpty(t *testing.T) {
	c, err := Parse("c.yaml", []byte("# nothing yet\n"))
	require.NoError(t, err)
	opts, err := reconcile.DefaultOptions()
	require.NoError(t, err)
	jobs := opts.Jobs
	require.NoError(t, c.Apply(&opts))
	assert.Equal(t, jobs, opts.Jobs)
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		wantErr string
	}{
		{"unknown key", "tolerance: 0.1\ncolour: red\n", "c.yaml:2: field colour not found"},
		{"unknown nested key", "defaults:\n  jobs: 2\n  fromat: [json]\n", "c.yaml:3: field fromat not found"},
		{"bad yaml", "aliases: [\n", "c.yaml:1: did not find expected node content"},
		{"wrong type", "tolerance: lots\n", "c.yaml:1: cannot unmarshal"},
		{"tolerance out of range", "tolerance: 1.5\n", "c.yaml:1: tolerance 1.5: want a fraction between 0 and 1"},
		{"unknown lexicon list", "lexicon:\n  adverbs:\n    x: [y]\n", `c.yaml:2: unknown lexicon list "adverbs"`},
		{"bad lexicon word", "lexicon:\n  measures:\n    kill: ['=']\n", `c.yaml:3: lexicon measures: empty surface for "kill"`},
		{"bad multiplier", "lexicon:\n  multipliers:\n    lots: [heaps]\n", `c.yaml:3: lexicon multipliers: multiplier "lots" is not a positive number`},
		{"empty alias", "aliases:\n  Zelensky: ''\n", `c.yaml:2: alias "Zelensky"`},
		{"unknown severity kind", "severity:\n  typo: low\n", `c.yaml:2: unknown finding kind "typo"`},
		{"bad severity", "severity:\n  role-conflict: urgent\n", `c.yaml:2: unknown severity "urgent"`},
		{"ignore without reason", "ignore:\n  - path: a.txt\n", "c.yaml:2: ignore rule has no reason"},
		{"ignore without path", "ignore:\n  - reason: r\n", "c.yaml:2: ignore rule has no path"},
		{"ignore bad glob", "ignore:\n  - path: '[a'\n    reason: r\n", `c.yaml:2: ignore path "[a": syntax error in pattern`},
		{"ignore bad kind", "ignore:\n  - path: a.txt\n    kind: typo\n    reason: r\n", `c.yaml:3: unknown finding kind "typo"`},
		{"bad default format", "defaults:\n  format: [text, yaml]\n", `c.yaml:2: unknown format "yaml"`},
		{"bad min severity", "defaults:\n  min_severity: some\n", `c.yaml:2: unknown severity "some"`},
		{"bad fail on", "defaults:\n  fail_on: never\n", `c.yaml:2: unknown severity "never"`},
		{"bad jobs", "defaults:\n  jobs: 0\n", "c.yaml:2: jobs 0: want at least 1"},
		{"two documents", "tolerance: 0\n---\ntolerance: 1\n", "c.yaml:2: more than one YAML document"},
		{"bad second document", "tolerance: 0\n---\naliases: [\n", "c.yaml:3: did not find expected node content"},
		{"merged key", "tolerance: 0\naliases:\n  <<: {Zelensky: ''}\n", `c.yaml:2: alias "Zelensky"`},
		{"aliased rule", "ignore:\n  - &r {path: '[a', reason: r}\n  - *r\n", `c.yaml:3: ignore path "[a"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("c.yaml", []byte(tt.in))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.wantErr)
		})
	}
}

func TestFind(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "a", "b")
	require.NoError(t, os.MkdirAll(deep, 0o755))
	p, err := Find(deep)
	require.NoError(t, err)
	assert.Equal(t, "", p, "none above a fresh temp dir")
	want := filepath.Join(root, "a", FileName)
	require.NoError(t, os.WriteFile(want, []byte("tolerance: 0\n"), 0o644))
	p, err = Find(deep)
	require.NoError(t, err)
	assert.Equal(t, want, p)
}
