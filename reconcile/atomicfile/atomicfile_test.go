package atomicfile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWriteFileReplaces(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "out.json")
	require.NoError(t, os.WriteFile(p, []byte("old"), 0o600))
	require.NoError(t, WriteBytes(p, 0o644, []byte("new content")))
	got, err := os.ReadFile(p)
	require.NoError(t, err)
	assert.Equal(t, "new content", string(got))
	fi, err := os.Stat(p)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o600), fi.Mode().Perm(), "keeps the mode of the file it replaces")
	assertNoTemp(t, dir)
}

func TestWriteFileFailureKeepsOld(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "baseline.yaml")
	require.NoError(t, os.WriteFile(p, []byte("accepted"), 0o644))
	boom := errors.New("boom")
	err := WriteFile(p, 0o644, func(w io.Writer) error {
		// A large partial write, then a failure: nothing may reach p.
		if _, err := w.Write(make([]byte, 1<<20)); err != nil {
			return err
		}
		return boom
	})
	require.ErrorIs(t, err, boom)
	got, rerr := os.ReadFile(p)
	require.NoError(t, rerr)
	assert.Equal(t, "accepted", string(got))
	assertNoTemp(t, dir)
}

func TestWriteFileNewFileMode(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "new.txt")
	require.NoError(t, WriteBytes(p, 0o640, []byte("x")))
	fi, err := os.Stat(p)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o640), fi.Mode().Perm())
}

func TestWriteFileErrors(t *testing.T) {
	dir := t.TempDir()
	err := WriteBytes(filepath.Join(dir, "missing", "x"), 0o644, nil)
	assert.Error(t, err)
	err = WriteBytes(dir, 0o644, nil)
	assert.ErrorContains(t, err, "not a regular file")
}

func assertNoTemp(t *testing.T, dir string) {
	t.Helper()
	ents, err := os.ReadDir(dir)
	require.NoError(t, err)
	for _, e := range ents {
		assert.NotRegexp(t, `\.tmp$`, e.Name(), "temporary file left behind")
	}
}
