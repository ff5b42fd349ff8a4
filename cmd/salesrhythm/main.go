package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	if err != nil && !isQuiet(err) {
		fmt.Fprintln(os.Stderr, "salesrhythm:", err)
	}
	os.Exit(exitCode(err))
}
