package main

import (
	"bytes"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/reconcile-news/reconcile/reconcile"
)

func TestProgressOff(t *testing.T) {
	noEnv := func(string) string { return "" }
	ci := func(k string) string {
		if k == "CI" {
			return "true"
		}
		return ""
	}
	tests := []struct {
		name     string
		terminal bool
		quiet    bool
		env      func(string) string
	}{
		{"not a terminal", false, false, noEnv},
		{"quiet", true, true, noEnv},
		{"in CI", true, false, ci},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			assert.Nil(t, newProgress(&buf, tt.terminal, tt.quiet, tt.env, time.Now))
		})
	}
}

func TestProgressBar(t *testing.T) {
	var buf bytes.Buffer
	clock := time.Unix(0, 0)
	now := func() time.Time { return clock }
	p := newProgress(&buf, true, false, func(string) string { return "" }, now)
	require.NotNil(t, p)

	// A run that ends within the delay shows nothing.
	clock = clock.Add(100 * time.Millisecond)
	p(reconcile.Progress{Files: 1, Total: 10, Bytes: 1e6})
	assert.Empty(t, buf.String())

	// Past the delay the bar appears with the file count and the rate.
	clock = clock.Add(900 * time.Millisecond)
	p(reconcile.Progress{Files: 5, Total: 10, Bytes: 5e6})
	assert.Contains(t, buf.String(), "5/10")
	assert.Contains(t, buf.String(), "5.0 MB/s")
	p(reconcile.Progress{Files: 10, Total: 10, Bytes: 10e6})

	// A fast run is never shown.
	buf.Reset()
	clock = time.Unix(0, 0)
	q := newProgress(&buf, true, false, func(string) string { return "" }, now)
	clock = clock.Add(time.Second)
	q(reconcile.Progress{Files: 3, Total: 3, Bytes: 1})
	assert.Empty(t, buf.String(), "the last file ends the run: no bar")
}

func TestCheckQuietFlag(t *testing.T) {
	code, _, errs := runCmd("check", "--quiet", fixtures)
	assert.Equal(t, exitFindings, code)
	assert.Empty(t, errs, "test stderr is not a terminal: no progress")
}
