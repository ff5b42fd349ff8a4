package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"runtime/debug"
	"runtime/pprof"
)

func main() {
	tuneGC()
	if path := os.Getenv("PPROF_CPU"); path != "" {
		if f, err := os.Create(path); err == nil {
			_ = pprof.StartCPUProfile(f) // stopped before the exit
		}
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	if err != nil && !isQuiet(err) {
		fmt.Fprintln(os.Stderr, "salesrhythm:", err)
	}
	pprof.StopCPUProfile()
	os.Exit(exitCode(err))
}

// tuneGC trades memory the batch has to spare for time: reading thousands of
// workbooks allocates a great deal that lives briefly, so the collector runs
// a quarter as often as by default, within a soft limit of 768 MiB that keeps
// a department of a thousand under 1 GiB. GOGC and GOMEMLIMIT, when set,
// win.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(768 << 20)
	}
}
