package atomicfile

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"syscall"
	"testing"
	"time"

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

// A run cancelled before the rename leaves the previous content and no
// temporary file, wherever the cancellation finds the write.
func TestWriteFileContextCancelled(t *testing.T) {
	tests := []struct {
		name   string
		before bool // cancel before calling; else while writing
	}{
		{"before writing", true},
		{"while writing", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			p := filepath.Join(dir, "report.json")
			require.NoError(t, os.WriteFile(p, []byte("previous"), 0o644))
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			if tt.before {
				cancel()
			}
			called := false
			err := WriteFileContext(ctx, p, 0o644, func(w io.Writer) error {
				called = true
				if _, err := w.Write(make([]byte, 1<<20)); err != nil {
					return err
				}
				cancel() // the signal arrives while the content is written
				_, err := io.WriteString(w, "end")
				return err
			})
			require.ErrorIs(t, err, context.Canceled)
			assert.Equal(t, !tt.before, called)
			got, rerr := os.ReadFile(p)
			require.NoError(t, rerr)
			assert.Equal(t, "previous", string(got))
			assertNoTemp(t, dir)
		})
	}
}

// crashHelperEnv names the file TestCrashMidWrite's child process writes.
const crashHelperEnv = "ATOMICFILE_CRASH_HELPER"

// A process killed in the middle of writing leaves the previous content in
// place; only its temporary file, named .NAME.*.tmp, remains. The test runs
// itself as the child that writes, and kills it with SIGKILL once it has
// written a megabyte.
func TestCrashMidWrite(t *testing.T) {
	if p := os.Getenv(crashHelperEnv); p != "" {
		err := WriteFile(p, 0o644, func(w io.Writer) error {
			if _, err := w.Write(make([]byte, 1<<20)); err != nil {
				return err
			}
			fmt.Println("writing")
			_, err := io.Copy(io.Discard, os.Stdin) // wait to be killed
			return err
		})
		fmt.Println("not killed:", err)
		os.Exit(0)
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "report.json")
	require.NoError(t, os.WriteFile(p, []byte("previous"), 0o644))
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashMidWrite$")
	cmd.Env = append(os.Environ(), crashHelperEnv+"="+p)
	stdin, err := cmd.StdinPipe()
	require.NoError(t, err)
	defer stdin.Close()
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	line := make(chan string, 1)
	go func() {
		l, _ := bufio.NewReader(stdout).ReadString('\n')
		line <- l
	}()
	select {
	case l := <-line:
		require.Equal(t, "writing\n", l)
	case <-time.After(time.Minute):
		cmd.Process.Kill()
		t.Fatal("the child did not start writing")
	}
	require.NoError(t, cmd.Process.Signal(syscall.SIGKILL))
	err = cmd.Wait()
	var exit *exec.ExitError
	require.ErrorAs(t, err, &exit)
	assert.Equal(t, syscall.SIGKILL, exit.Sys().(syscall.WaitStatus).Signal())

	got, err := os.ReadFile(p)
	require.NoError(t, err)
	assert.Equal(t, "previous", string(got), "the destination keeps its previous content")
	ents, err := os.ReadDir(dir)
	require.NoError(t, err)
	var temps []string
	for _, e := range ents {
		if regexp.MustCompile(`^\.report\.json\..+\.tmp$`).MatchString(e.Name()) {
			temps = append(temps, e.Name())
		}
	}
	assert.Len(t, temps, 1, "the crashed write's temporary file: %v", ents)
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
