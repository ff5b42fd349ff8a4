package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
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
