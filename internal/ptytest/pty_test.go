package ptytest

import (
	"testing"

	"github.com/mattn/go-isatty"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestOpen(t *testing.T) {
	pty, tty := Open(t)
	assert.True(t, isatty.IsTerminal(tty.Fd()), "tty is a terminal")
	read := ReadAll(pty, tty)
	_, err := tty.WriteString("hello")
	require.NoError(t, err)
	got, err := read()
	require.NoError(t, err)
	assert.Equal(t, "hello", string(got))
}
