package main

import (
	"fmt"
	"math"
	"runtime/debug"
	"strconv"
	"strings"

	"github.com/KimMachineGun/automemlimit/memlimit"
)

// memoryLimit is the --memory-limit flag: a soft limit on the memory the
// Go runtime holds (debug.SetMemoryLimit). Near the limit the garbage
// collector runs more often instead of letting the heap grow to twice its
// live size, which trades CPU for memory; it never makes a run fail.
type memoryLimit struct {
	bytes int64 // math.MaxInt64 for "off"
	set   bool  // given on the command line
}

func (m *memoryLimit) String() string {
	switch {
	case !m.set:
		return ""
	case m.bytes == math.MaxInt64:
		return "off"
	}
	return strconv.FormatInt(m.bytes, 10)
}

func (m *memoryLimit) Set(s string) error {
	n, err := parseSize(s)
	if err != nil {
		return err
	}
	m.bytes, m.set = n, true
	return nil
}

// apply sets the runtime's soft memory limit: the flag's when given;
// otherwise GOMEMLIMIT when set (the runtime has read it); otherwise 90%
// of the memory limit of the process's cgroup, so that a run in a
// container collects garbage before the container's limit kills it. A
// machine without cgroup limits keeps Go's default, no limit.
func (m *memoryLimit) apply() {
	if m.set {
		debug.SetMemoryLimit(m.bytes)
		return
	}
	// An error means there is no cgroup to read (not Linux, no memory
	// controller): the limit stays as it was, which is the right outcome.
	_, _ = memlimit.Set(memlimit.WithProvider(memlimit.FromCgroup))
}

// sizeUnits are the units parseSize accepts, as in GOMEMLIMIT (KiB, MiB,
// ...) and in decimal (KB, MB, ...).
var sizeUnits = []struct {
	suffix string
	factor float64
}{
	{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30}, {"TiB", 1 << 40},
	{"KB", 1e3}, {"MB", 1e6}, {"GB", 1e9}, {"TB", 1e12},
	{"B", 1},
}

// parseSize reads a number of bytes: "off", or a number with an optional
// unit, as in "1.5GiB", "1500MB" or "800000000".
func parseSize(s string) (int64, error) {
	if strings.EqualFold(s, "off") {
		return math.MaxInt64, nil
	}
	num, factor := s, 1.0
	for _, u := range sizeUnits {
		if n, ok := strings.CutSuffix(s, u.suffix); ok {
			num, factor = n, u.factor
			break
		}
	}
	v, err := strconv.ParseFloat(strings.TrimSpace(num), 64)
	if err != nil || v <= 0 || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, fmt.Errorf("%q is not a size: want a positive number of bytes with an optional unit (B, KiB, MiB, GiB, TiB, KB, MB, GB, TB), or off", s)
	}
	bytes := v * factor
	if bytes >= math.MaxInt64 {
		return 0, fmt.Errorf("%q is too large a size", s)
	}
	return int64(bytes), nil
}
