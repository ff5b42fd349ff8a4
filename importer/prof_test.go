package importer_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"salesrhythm"
	"salesrhythm/config"
	"salesrhythm/importer"
	"salesrhythm/schema"
)

// BenchmarkDemoInbox reads the inbox of a demo folder named by
// $BENCH_DEMO (made by `salesrhythm demo DIR --month 2026-11`), to
// profile the import at scale:
//
//	BENCH_DEMO=/path/to/demo go test -run - -bench DemoInbox -cpuprofile cpu.out ./importer/
func BenchmarkDemoInbox(b *testing.B) {
	dir := os.Getenv("BENCH_DEMO")
	if dir == "" {
		b.Skip("BENCH_DEMO names no demo folder")
	}
	l, err := config.Load(config.Options{File: filepath.Join(dir, "config.yaml")})
	if err != nil {
		b.Fatal(err)
	}
	o := importer.Options{Config: l.Config, Schema: schema.New(l.Config)}
	for b.Loop() {
		if _, err := importer.Read(context.Background(), l.Config.Paths.Inbox, salesrhythm.Month{Year: 2026, Month: 11}, o); err != nil {
			b.Fatal(err)
		}
	}
}
