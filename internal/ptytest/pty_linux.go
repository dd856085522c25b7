package ptytest

import (
	"errors"
	"io"
	"os"
	"strconv"
	"syscall"
	"testing"
	"unsafe"
)

// Open opens a pseudo-terminal and returns its two sides: tty is the
// terminal a program writes to, and everything written there can be read
// from pty. Both are closed when the test ends. The test is skipped when no
// pseudo-terminal can be opened.
func Open(t testing.TB) (pty, tty *os.File) {
	t.Helper()
	pty, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY|syscall.O_CLOEXEC, 0)
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	t.Cleanup(func() { pty.Close() })
	var unlock int32
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, pty.Fd(), syscall.TIOCSPTLCK, uintptr(unsafe.Pointer(&unlock))); e != 0 {
		t.Skipf("unlock pseudo-terminal: %v", e)
	}
	var n uint32
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, pty.Fd(), syscall.TIOCGPTN, uintptr(unsafe.Pointer(&n))); e != 0 {
		t.Skipf("pseudo-terminal number: %v", e)
	}
	tty, err = os.OpenFile("/dev/pts/"+strconv.FormatUint(uint64(n), 10), os.O_RDWR|syscall.O_NOCTTY|syscall.O_CLOEXEC, 0)
	if err != nil {
		t.Skipf("open pseudo-terminal: %v", err)
	}
	t.Cleanup(func() { tty.Close() })
	return pty, tty
}

// ReadAll starts reading pty and returns a function that closes tty and
// returns everything written to it. Reading runs while the program writes,
// so that a full terminal buffer cannot block it.
func ReadAll(pty, tty *os.File) func() ([]byte, error) {
	type result struct {
		data []byte
		err  error
	}
	done := make(chan result, 1)
	go func() {
		data, err := io.ReadAll(pty)
		// Linux reports the closing of the terminal side as EIO.
		var pe *os.PathError
		if errors.As(err, &pe) && errors.Is(pe.Err, syscall.EIO) {
			err = nil
		}
		done <- result{data, err}
	}()
	return func() ([]byte, error) {
		if err := tty.Close(); err != nil {
			return nil, err
		}
		r := <-done
		return r.data, r.err
	}
}
