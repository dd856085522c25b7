package main

import (
	"math"
	"runtime/debug"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseSize(t *testing.T) {
	tests := []struct {
		in      string
		want    int64
		wantErr string
	}{
		{"800000000", 800_000_000, ""},
		{"1500MB", 1_500_000_000, ""},
		{"1.5GiB", 1536 << 20, ""},
		{"512MiB", 512 << 20, ""},
		{"2GB", 2_000_000_000, ""},
		{"64KiB", 64 << 10, ""},
		{"100B", 100, ""},
		{"off", math.MaxInt64, ""},
		{"OFF", math.MaxInt64, ""},
		{"", 0, "not a size"},
		{"GiB", 0, "not a size"},
		{"1x", 0, `"1x" is not a size`},
		{"-1GiB", 0, "not a size"},
		{"0", 0, "not a size"},
		{"NaNMB", 0, "not a size"},
		{"9000000TiB", 0, `"9000000TiB" is too large a size`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := parseSize(tt.in)
			if tt.wantErr != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestMemoryLimitFlag checks that --memory-limit reaches the runtime and
// that a bad size is a usage error naming the flag.
func TestMemoryLimitFlag(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	t.Cleanup(func() { debug.SetMemoryLimit(before) })

	code, _, errs := runCmd("check", "--quiet", "--memory-limit", "3GiB", fixtures)
	assert.Equal(t, exitFindings, code, "stderr: %s", errs)
	assert.Equal(t, int64(3<<30), debug.SetMemoryLimit(-1))

	code, _, errs = runCmd("extract", "--memory-limit", "lots", fixtures)
	assert.Equal(t, exitError, code)
	assert.Contains(t, errs, `invalid value "lots" for flag -memory-limit`)
}
