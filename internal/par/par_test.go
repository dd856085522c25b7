package par

import (
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestForEach checks that every index is called once, on the workers
// asked for, whatever the number of jobs.
func TestForEach(t *testing.T) {
	for _, tt := range []struct{ n, jobs int }{{0, 4}, {1, 4}, {5, 1}, {100, 3}, {3, 8}} {
		calls := make([]atomic.Int32, tt.n)
		var maxWorker atomic.Int32
		ForEach(tt.n, tt.jobs, func(w, i int) {
			calls[i].Add(1)
			for {
				m := maxWorker.Load()
				if int32(w) <= m || maxWorker.CompareAndSwap(m, int32(w)) {
					break
				}
			}
		})
		for i := range calls {
			assert.Equal(t, int32(1), calls[i].Load(), "n=%d jobs=%d index %d", tt.n, tt.jobs, i)
		}
		assert.Less(t, int(maxWorker.Load()), max(1, min(tt.jobs, tt.n)), "worker numbers stay below the goroutines started")
	}
}
