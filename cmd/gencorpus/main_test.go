package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRun(t *testing.T) {
	tmp := t.TempDir()
	full := filepath.Join(tmp, "full")
	require.NoError(t, os.MkdirAll(full, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(full, "x.txt"), nil, 0o644))
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantOut    string
		wantErr    string
		wantArticl int
	}{
		{"writes", []string{"-articles", "12", "-seed", "5", "-out", filepath.Join(tmp, "a")}, 0, "wrote 12 articles", "", 12},
		{"no out", []string{"-articles", "3"}, 2, "", "usage: gencorpus", 0},
		{"bad flag", []string{"-nope"}, 2, "", "flag provided but not defined", 0},
		{"zero articles", []string{"-articles", "0", "-out", filepath.Join(tmp, "b")}, 2, "", "articles must be at least 1", 0},
		{"not empty", []string{"-out", full}, 2, "", "output directory is not empty", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(tt.args, &stdout, &stderr)
			assert.Equal(t, tt.wantCode, code, stderr.String())
			assert.Contains(t, stdout.String(), tt.wantOut)
			assert.Contains(t, stderr.String(), tt.wantErr)
			if tt.wantArticl > 0 {
				out := tt.args[len(tt.args)-1]
				entries, err := os.ReadDir(filepath.Join(out, "articles"))
				require.NoError(t, err)
				assert.Len(t, entries, tt.wantArticl)
				assert.FileExists(t, filepath.Join(out, "truth.json"))
			}
		})
	}
}
