package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// partlyBadJSONL writes a JSON Lines file whose lines 2 and 4 are bad.
func partlyBadJSONL(t *testing.T, dir string) string {
	t.Helper()
	p := filepath.Join(dir, "feed.jsonl")
	require.NoError(t, os.WriteFile(p, []byte(
		`{"title": "Storm closes harbor", "body": "The harbor in Velmora closed on Tuesday after a storm killed 12 people."}`+"\n"+
			`{"title": "Broken", "body": "no closing quote}`+"\n"+
			`{"title": "Storm toll rises", "body": "The storm killed 14 people in Velmora on Tuesday, officials said."}`+"\n"+
			`{"title": "Empty", "body": ""}`+"\n"), 0o644))
	return p
}

// A JSON Lines file with bad lines: without --keep-going the run stops at
// the first bad line; with it the good lines are reconciled and every bad
// line is reported, on stderr and in the report, and the exit code is 2.
func TestKeepGoingPartlyBadJSONL(t *testing.T) {
	dir := t.TempDir()
	feed := partlyBadJSONL(t, dir)
	line2 := feed + ":2:47: syntax error: unexpected end of JSON"
	line4 := feed + ":4:20: article body is empty"
	tests := []struct {
		name       string
		args       []string
		wantErr    []string // lines of stderr, in order
		notErr     []string
		wantReport bool
	}{
		{
			name:    "stop at the first bad line",
			args:    []string{"check", "--format", "json", feed},
			wantErr: []string{"reconcile: " + line2},
			notErr:  []string{line4},
		},
		{
			name:       "keep going",
			args:       []string{"check", "--keep-going", "--format", "json", feed},
			wantErr:    []string{"reconcile: skipped " + line2, "reconcile: skipped " + line4},
			wantReport: true,
		},
		{
			name:    "extract keeps going too",
			args:    []string{"extract", "--keep-going", feed},
			wantErr: []string{"reconcile: skipped " + line2, "reconcile: skipped " + line4},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runCmd(tt.args...)
			assert.Equal(t, exitError, code, errs)
			assert.Equal(t, tt.wantErr, strings.Split(strings.TrimSpace(errs), "\n"))
			for _, s := range tt.notErr {
				assert.NotContains(t, errs, s)
			}
			if tt.args[0] == "extract" {
				assert.Contains(t, out, feed+":1", "claims of the good lines are printed")
				assert.Contains(t, out, feed+":3")
				return
			}
			if !tt.wantReport {
				assert.Empty(t, out)
				return
			}
			var rep struct {
				Sources []struct {
					Path string `json:"path"`
				} `json:"sources"`
				Discrepancies []struct {
					Kind string `json:"kind"`
				} `json:"discrepancies"`
				Problems []struct {
					Path    string `json:"path"`
					Message string `json:"message"`
				} `json:"problems"`
			}
			require.NoError(t, json.Unmarshal([]byte(out), &rep), out)
			require.Len(t, rep.Sources, 2)
			assert.Equal(t, feed+":1", rep.Sources[0].Path)
			assert.Equal(t, feed+":3", rep.Sources[1].Path)
			require.Len(t, rep.Problems, 2)
			assert.Equal(t, line2, rep.Problems[0].Message)
			assert.Equal(t, line4, rep.Problems[1].Message)
			assert.NotEmpty(t, rep.Discrepancies, "the good lines disagree (12 and 14 killed)")
		})
	}
}
