package main

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
)

// softLimit is the memory the collector keeps the program within while the
// heap it has to keep is small: a department of a thousand managers peaks
// at a live heap of about 180 MB (its month's records but the calls and
// time slots, which are lent one file at a time, and their packed texts).
const softLimit = 320 << 20

// tuneGC trades memory the batch has to spare for time. Reading thousands
// of workbooks allocates a great deal that lives briefly, so the collector
// runs a quarter as often as by default (GOGC=400), within a soft limit of
// 320 MiB. A larger department's records outgrow any fixed limit, and a
// collector held to one runs without pause; so after each collection the
// limit is raised, where it must be, to leave the heap room for half as
// much again as it still holds live, beside the memory the runtime counts
// that is not objects. The time spent collecting then grows with the
// department, not faster. GOGC and GOMEMLIMIT, when set, win.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetMemoryLimit(softLimit)
	m := []metrics.Sample{
		{Name: "/gc/heap/live:bytes"},
		{Name: "/memory/classes/total:bytes"},
		{Name: "/memory/classes/heap/released:bytes"},
		{Name: "/memory/classes/heap/objects:bytes"},
	}
	afterGC(func() {
		metrics.Read(m)
		for _, s := range m {
			if s.Value.Kind() != metrics.KindUint64 {
				return
			}
		}
		n := func(i int) int64 { return int64(m[i].Value.Uint64()) }
		live, total, released, objects := n(0), n(1), n(2), n(3)
		// What the limit counts besides the objects: the unused parts
		// of the heap's spans, which after the peak of a large month
		// are a hundred megabytes and more, and the runtime's own.
		other := max(0, total-released-objects)
		debug.SetMemoryLimit(max(softLimit, other+live*3/2))
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
