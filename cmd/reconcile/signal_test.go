package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/reconcile-news/reconcile/internal/gen"
)

// cliEnv, set in the environment, makes the test binary run as the
// reconcile command: TestMain hands its arguments to run. Tests start it
// with reconcileCmd to send it real signals.
const cliEnv = "RECONCILE_TEST_RUN_AS_CLI"

func TestMain(m *testing.M) {
	if os.Getenv(cliEnv) == "1" {
		os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// reconcileCmd returns the reconcile command with args, run by the test
// binary, in dir.
func reconcileCmd(dir string, args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), cliEnv+"=1", "CI=1")
	return cmd
}

// syncBuffer is a bytes.Buffer that a goroutine fills while a test reads it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// waitFor polls cond until it holds, failing the test after a minute.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(time.Minute); !cond(); time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
	}
}

// blockedOnPipe reports whether a thread of process pid waits to write
// to a full pipe. Where /proc does not say (not Linux), it reports true
// and the test relies on the size of the report alone.
func blockedOnPipe(pid int) bool {
	tasks, err := os.ReadDir(fmt.Sprintf("/proc/%d/task", pid))
	if err != nil {
		return true
	}
	for _, task := range tasks {
		wchan, err := os.ReadFile(fmt.Sprintf("/proc/%d/task/%s/wchan", pid, task.Name()))
		if err == nil && strings.Contains(string(wchan), "pipe_write") {
			return true
		}
	}
	return false
}

// tempFiles lists the temporary files atomicfile leaves under dir.
func tempFiles(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	require.NoError(t, filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && strings.HasPrefix(d.Name(), ".") && strings.HasSuffix(d.Name(), ".tmp") {
			out = append(out, p)
		}
		return err
	}))
	return out
}

// snapshot returns the content of every regular file under dir but
// temporary files, by path relative to dir.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	require.NoError(t, filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || !d.Type().IsRegular() || strings.HasSuffix(d.Name(), ".tmp") {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out[rel] = string(data)
		return err
	}))
	return out
}

// An interrupted run leaves every file it had not finished in its previous
// state: report files, baselines, corpora. Each case starts a real
// reconcile process, stops it at a known point with a real signal, and
// compares the files with what they were:
//
//   - reading: the input is a FIFO whose writer sends nothing, so the run
//     waits in the read phase;
//   - writing: the JSON report file is written, then a large HTML report
//     goes to a stdout pipe nobody reads, so the run waits between the
//     JSON report file and the SARIF one.
//
// SIGINT and SIGTERM must give exit code 2, a message on stderr, no other
// change than the files finished before the signal, and no temporary file.
// SIGKILL (a crash) must leave the files as they were too; a temporary file
// may remain.
func TestInterruptedRunKeepsPreviousFiles(t *testing.T) {
	if testing.Short() {
		t.Skip("starts reconcile processes")
	}
	articles := t.TempDir()
	c, err := gen.Generate(gen.Options{Articles: 150, Seed: 1})
	require.NoError(t, err)
	for _, f := range c.Files {
		require.NoError(t, os.WriteFile(filepath.Join(articles, f.Name), []byte(f.Text), 0o644))
	}
	const (
		sigint  = "reconcile: interrupt signal received: stopping"
		sigterm = "reconcile: terminated signal received: stopping"
	)
	tests := []struct {
		name    string
		command string // check, baseline or corpus
		phase   string // reading or writing
		sig     syscall.Signal
		stderr  string // what stderr must say, for the signals that can be caught
	}{
		{"check, SIGINT while reading", "check", "reading", syscall.SIGINT, sigint},
		{"check, SIGTERM while reading", "check", "reading", syscall.SIGTERM, sigterm},
		{"check, SIGKILL while reading", "check", "reading", syscall.SIGKILL, ""},
		{"check, SIGINT while writing", "check", "writing", syscall.SIGINT, sigint},
		{"check, SIGTERM while writing", "check", "writing", syscall.SIGTERM, sigterm},
		{"check, SIGKILL while writing", "check", "writing", syscall.SIGKILL, ""},
		{"baseline update, SIGINT", "baseline", "reading", syscall.SIGINT, sigint},
		{"baseline update, SIGTERM", "baseline", "reading", syscall.SIGTERM, sigterm},
		{"baseline update, SIGKILL", "baseline", "reading", syscall.SIGKILL, ""},
		{"corpus add, SIGINT", "corpus", "reading", syscall.SIGINT, sigint},
		{"corpus add, SIGTERM", "corpus", "reading", syscall.SIGTERM, sigterm},
		{"corpus add, SIGKILL", "corpus", "reading", syscall.SIGKILL, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			out := filepath.Join(dir, "out")
			require.NoError(t, os.Mkdir(out, 0o755))
			input := filepath.Join(dir, "wire.txt")
			if tt.phase == "reading" {
				if err := syscall.Mkfifo(input, 0o644); err != nil {
					t.Skipf("no FIFOs here: %v", err)
				}
			} else {
				input = articles
			}
			first, second := filepath.Join(out, "report.json"), filepath.Join(out, "report.sarif")
			var args []string
			switch tt.command {
			case "check":
				require.NoError(t, os.WriteFile(first, []byte("previous json report"), 0o644))
				require.NoError(t, os.WriteFile(second, []byte("previous sarif report"), 0o644))
				args = []string{"check", "--quiet", "--format", "json=" + first, "--format", "html", "--format", "sarif=" + second, input}
			case "baseline":
				b := filepath.Join(out, "baseline.yaml")
				code, _, errs := runCmd("baseline", "create", "--baseline", b, "--reason", "known", fixtures)
				require.Equal(t, exitOK, code, errs)
				args = []string{"baseline", "update", "--quiet", "--baseline", b, "--reason", "new", input}
			case "corpus":
				code, _, errs := runCmd("corpus", "add", "--corpus", out, fixtures)
				require.Equal(t, exitOK, code, errs)
				args = []string{"corpus", "add", "--quiet", "--corpus", out, input}
			}
			before := snapshot(t, out)

			cmd := reconcileCmd(dir, args...)
			var stderr syncBuffer
			cmd.Stderr = &stderr
			stdout, w, err := os.Pipe()
			require.NoError(t, err)
			defer stdout.Close()
			cmd.Stdout = w
			require.NoError(t, cmd.Start())
			w.Close()
			exited := make(chan error, 1)
			go func() { exited <- cmd.Wait() }()
			defer func() {
				cmd.Process.Kill()
				exited <- <-exited // wait, and leave the result for the test
			}()
			drained := make(chan int64, 1)
			drain := func() {
				go func() { n, _ := io.Copy(io.Discard, stdout); drained <- n }()
			}

			switch tt.phase {
			case "reading":
				// Once the run has the FIFO open for reading, a writer can
				// open it without blocking; it then sends nothing.
				var fw *os.File
				waitFor(t, "the run to open its input", func() bool {
					fw, _ = os.OpenFile(input, os.O_WRONLY|syscall.O_NONBLOCK, 0)
					return fw != nil
				})
				defer fw.Close()
				drain()
			case "writing":
				// The JSON report is in place once the file holds JSON; the
				// HTML report then fills the stdout pipe and blocks the run.
				waitFor(t, "the first report file", func() bool {
					data, _ := os.ReadFile(first)
					return json.Valid(data)
				})
				waitFor(t, "the run to block on a full stdout pipe", func() bool { return blockedOnPipe(cmd.Process.Pid) })
			}
			require.NoError(t, cmd.Process.Signal(tt.sig))
			if tt.phase == "writing" {
				if tt.stderr != "" {
					// The run has seen the signal before it may go on.
					waitFor(t, "the interrupt message", func() bool { return strings.Contains(stderr.String(), tt.stderr) })
				}
				drain()
			}
			var werr error
			select {
			case werr = <-exited:
				exited <- werr
			case <-time.After(time.Minute):
				t.Fatal("the run did not stop")
			}
			n := <-drained

			var exit *exec.ExitError
			require.True(t, errors.As(werr, &exit), "run ended with %v; stderr:\n%s", werr, stderr.String())
			if tt.sig == syscall.SIGKILL {
				assert.Equal(t, syscall.SIGKILL, exit.Sys().(syscall.WaitStatus).Signal())
			} else {
				assert.Equal(t, exitError, exit.ExitCode(), "stderr:\n%s", stderr.String())
				assert.Contains(t, stderr.String(), tt.stderr)
				assert.NotContains(t, stderr.String(), "context canceled")
				assert.Empty(t, tempFiles(t, out), "temporary files left behind")
			}
			after := snapshot(t, out)
			if tt.phase == "writing" {
				assert.True(t, json.Valid([]byte(after["report.json"])), "the report written before the signal is complete")
				after["report.json"] = before["report.json"]
				if tt.sig != syscall.SIGKILL {
					assert.Greater(t, n, int64(64<<10), "the HTML report must overflow a pipe for the run to wait")
				}
			} else {
				assert.Zero(t, n, "nothing on stdout")
			}
			assert.Equal(t, before, after, "files not finished before the signal keep their previous content")
		})
	}
}
