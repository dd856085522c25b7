//go:build !linux

package ptytest

import (
	"os"
	"testing"
)

// Open skips the test: pseudo-terminals are opened on Linux only.
func Open(t testing.TB) (pty, tty *os.File) {
	t.Helper()
	t.Skip("pseudo-terminals are opened on Linux only")
	return nil, nil
}

// ReadAll is not reached: Open skips the test.
func ReadAll(pty, tty *os.File) func() ([]byte, error) {
	return func() ([]byte, error) { return nil, nil }
}
