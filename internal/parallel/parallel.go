// Package parallel runs the same work over many files on every core.
package parallel

import (
	"context"
	"runtime"
	"sync"
)

// For calls fn(0) … fn(n-1) on all cores, handing out the indexes in order,
// and stops handing them out when ctx is done; it returns the context's
// cause when it stopped early. fn calls run concurrently.
func For(ctx context.Context, n int, fn func(i int)) error {
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range min(n, runtime.GOMAXPROCS(0)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				fn(i)
			}
		}()
	}
feed:
	for i := range n {
		select {
		case jobs <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(jobs)
	wg.Wait()
	return context.Cause(ctx)
}

// Counter counts finished work for a progress callback, safely from every
// core.
type Counter struct {
	mu    sync.Mutex
	done  int
	total int
	fn    func(done, total int)
}

// NewCounter returns a counter towards total that reports to fn (which may
// be nil).
func NewCounter(total int, fn func(done, total int)) *Counter {
	return &Counter{total: total, fn: fn}
}

// Done counts one piece of work.
func (c *Counter) Done() {
	if c.fn == nil {
		return
	}
	c.mu.Lock()
	c.done++
	c.fn(c.done, c.total)
	c.mu.Unlock()
}
