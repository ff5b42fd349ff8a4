package main

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
)

// softLimit is the memory the collector keeps the program within while the
// heap it has to keep is small: a department of a thousand managers peaks
// at a live heap of about 350 MB, its month's records.
const softLimit = 512 << 20

// tuneGC trades memory the batch has to spare for time. Reading thousands
// of workbooks allocates a great deal that lives briefly, so the collector
// runs a quarter as often as by default (GOGC=400), within a soft limit of
// 512 MiB. A larger department's records outgrow any fixed limit, and a
// collector held to one runs without pause; so after each collection the
// limit is raised to half as much again as the heap still live, and the
// time spent collecting grows with the department, not faster. GOGC and
// GOMEMLIMIT, when set, win.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetMemoryLimit(softLimit)
	live := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	afterGC(func() {
		metrics.Read(live)
		if live[0].Value.Kind() == metrics.KindUint64 {
			debug.SetMemoryLimit(max(softLimit, int64(live[0].Value.Uint64())*3/2))
		}
	})
}

// afterGC calls fn after each collection, on the goroutine that runs
// finalizers: the finalizer of an object nobody holds runs after the
// collection that found it unreachable, and sets itself on a new one.
func afterGC(fn func()) {
	type marker struct{ _ [32]byte } // not so small that the allocator batches it with others
	var again func(*marker)
	again = func(*marker) {
		fn()
		runtime.SetFinalizer(new(marker), again)
	}
	runtime.SetFinalizer(new(marker), again)
}
