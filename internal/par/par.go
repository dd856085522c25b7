// Package par runs a loop's iterations on several goroutines.
package par

import (
	"sync"
	"sync/atomic"
)

// ForEach calls f(worker, i) for every i below n on up to jobs goroutines
// and returns when all calls have. worker, below jobs, tells which
// goroutine calls, so that f can keep scratch data per goroutine. With jobs
// below 2, or n below 2, it calls f in order on the calling goroutine.
func ForEach(n, jobs int, f func(worker, i int)) {
	if jobs < 2 || n < 2 {
		for i := range n {
			f(0, i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := range min(jobs, n) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1)) - 1; i < n; i = int(next.Add(1)) - 1 {
				f(w, i)
			}
		}()
	}
	wg.Wait()
}
