package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

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

// utf16LE returns s as UTF-16, little-endian, with a byte-order mark.
func utf16LE(s string) []byte {
	out := []byte{0xFF, 0xFE}
	for _, u := range utf16.Encode([]rune(s)) {
		out = append(out, byte(u), byte(u>>8))
	}
	return out
}

// Bad input files stop the command with exit code 2 and a message that names
// the file, and the line and column when the problem has one. Each case is
// checked through the whole command, as a user meets it.
func TestBadInputFiles(t *testing.T) {
	const article = "Storm closes harbor\n\nThe harbor in Velmora closed on Tuesday after a storm killed 12 people.\n"
	tests := []struct {
		name     string
		setup    func(t *testing.T, dir string) string // returns the path to give
		flags    []string
		needUser bool   // a permission test: root reads anything
		code     int    // wanted exit code
		wantErr  string // in stderr, with {dir} for the directory
	}{
		{
			name: "symlink loop in a directory",
			setup: func(t *testing.T, dir string) string {
				writeFile(t, dir, "d/a.txt", article)
				require.NoError(t, os.Symlink("..", filepath.Join(dir, "d", "up")))
				return filepath.Join(dir, "d")
			},
			code:    exitError,
			wantErr: "reconcile: {dir}/d/up/d: symbolic link loop: leads back to {dir}/d\n",
		},
		{
			name: "symlink to itself, given as a file",
			setup: func(t *testing.T, dir string) string {
				p := filepath.Join(dir, "self.txt")
				require.NoError(t, os.Symlink("self.txt", p))
				return p
			},
			code:    exitError,
			wantErr: "reconcile: {dir}/self.txt: symbolic link loop\n",
		},
		{
			name: "UTF-16 with a byte-order mark is read",
			setup: func(t *testing.T, dir string) string {
				return writeFile(t, dir, "utf16.txt", string(utf16LE(article)))
			},
			code: exitOK,
		},
		{
			name: "UTF-16 with an odd number of bytes",
			setup: func(t *testing.T, dir string) string {
				return writeFile(t, dir, "utf16.txt", string(utf16LE(article))+"x")
			},
			code:    exitError,
			wantErr: "reconcile: {dir}/utf16.txt: UTF-16 file has an odd number of bytes\n",
		},
		{
			name: "invalid UTF-8",
			setup: func(t *testing.T, dir string) string {
				return writeFile(t, dir, "latin1.txt", "Storm closes harbor\n\nThe harbor in Vel\xe9mora closed.\n")
			},
			code:    exitError,
			wantErr: "reconcile: {dir}/latin1.txt:3:18: invalid UTF-8 (byte 0xe9 at offset 38)\n",
		},
		{
			name: "file over --max-bytes",
			setup: func(t *testing.T, dir string) string {
				return writeFile(t, dir, "big.txt", article)
			},
			flags:   []string{"--max-bytes", "50"},
			code:    exitError,
			wantErr: "reconcile: {dir}/big.txt: file is larger than the limit of 50 bytes",
		},
		{
			name: "unreadable file",
			setup: func(t *testing.T, dir string) string {
				p := writeFile(t, dir, "secret.txt", article)
				require.NoError(t, os.Chmod(p, 0))
				return p
			},
			needUser: true,
			code:     exitError,
			wantErr:  "reconcile: {dir}/secret.txt: permission denied\n",
		},
		{
			name: "unreadable directory",
			setup: func(t *testing.T, dir string) string {
				writeFile(t, dir, "ok.txt", article)
				writeFile(t, dir, "locked/a.txt", article)
				sub := filepath.Join(dir, "locked")
				require.NoError(t, os.Chmod(sub, 0))
				t.Cleanup(func() { os.Chmod(sub, 0o755) })
				return dir
			},
			needUser: true,
			code:     exitError,
			wantErr:  "reconcile: {dir}/locked: permission denied\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.needUser && os.Geteuid() == 0 {
				t.Skip("root can read anything")
			}
			dir := t.TempDir()
			path := tt.setup(t, dir)
			args := append(append([]string{"check"}, tt.flags...), path)
			code, out, errs := runCmd(args...)
			assert.Equal(t, tt.code, code, "stderr: %s", errs)
			if tt.code == exitError {
				assert.Contains(t, errs, strings.ReplaceAll(tt.wantErr, "{dir}", dir))
				assert.Empty(t, out)
				return
			}
			assert.Empty(t, errs)
			assert.Contains(t, out, "1 source")
		})
	}
}

// writeFile writes content to name under dir, making directories, and
// returns its path.
func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
	require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	return p
}
