package main

import (
	"runtime"
	"sync/atomic"
	"testing"
	"time"
)

// TestAfterGC: the hook the memory limit follows the live heap by runs
// after every collection, not only the first.
func TestAfterGC(t *testing.T) {
	var n atomic.Int32
	afterGC(func() { n.Add(1) })
	for deadline := time.Now().Add(30 * time.Second); n.Load() < 3; {
		if time.Now().After(deadline) {
			t.Fatalf("the hook ran %d times", n.Load())
		}
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
	}
}
