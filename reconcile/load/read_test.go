package load

import (
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReadLimited checks that a reader is read whole whatever size it was
// expected to have (a file that grew or shrank since it was opened), in
// one piece or a byte at a time, and refused past the limit.
func TestReadLimited(t *testing.T) {
	text := strings.Repeat("Ukraine's air force said 63 of 82 drones were shot down. ", 40)
	n := int64(len(text))
	tests := []struct {
		name    string
		size    int64 // what the reader was expected to hold
		limit   int64
		tooBig  bool
		oneByte bool
	}{
		{"size known", n, 1 << 20, false, false},
		{"size unknown", 0, 1 << 20, false, false},
		{"grew since", n / 3, 1 << 20, false, false},
		{"shrank since", 2 * n, 1 << 20, false, false},
		{"a byte at a time", n, 1 << 20, false, true},
		{"grew, a byte at a time", 10, 1 << 20, false, true},
		{"exactly the limit", n, n, false, false},
		{"past the limit", n - 5, n - 1, true, false},
		{"past the limit, size unknown", 0, n - 1, true, false},
		{"grew past the limit", n / 2, n - 1, true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var r io.Reader = strings.NewReader(text)
			if tt.oneByte {
				r = iotest.OneByteReader(r)
			}
			got, err := readLimited(r, tt.limit, tt.size)
			if tt.tooBig {
				require.ErrorIs(t, err, ErrTooLarge)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, text, string(got))
		})
	}
	boom := errors.New("device gone")
	_, err := readLimited(iotest.ErrReader(boom), 100, 10)
	assert.ErrorIs(t, err, boom)
}
