package importer_test

import (
	"context"
	"testing"

	"salesrhythm"
	"salesrhythm/config"
	"salesrhythm/importer"
	"salesrhythm/schema"
)

func BenchmarkDemoInbox(b *testing.B) {
	l, err := config.Load(config.Options{File: "/tmp/b200/config.yaml"})
	if err != nil {
		b.Fatal(err)
	}
	o := importer.Options{Config: l.Config, Schema: schema.New(l.Config)}
	for b.Loop() {
		importer.Read(context.Background(), l.Config.Paths.Inbox, salesrhythm.Month{Year: 2026, Month: 11}, o)
	}
}
