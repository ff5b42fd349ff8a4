package importer_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"salesrhythm"
	"salesrhythm/importer"
	"salesrhythm/internal/fill"
	"salesrhythm/internal/testinbox"
	"salesrhythm/schema"
	"salesrhythm/templates"
)

// BenchmarkReadKind reads one completed workbook of each kind, and a call
// register of 150 calls, the size the performance targets are set on.
func BenchmarkReadKind(b *testing.B) {
	in := testinbox.Make(b, salesrhythm.English)
	files := map[string]string{
		"plan": "plan.xlsx", "call-register": "anna/call-register.xlsx", "time-table": "anna/time-table.xlsx",
		"weekly-report": "anna/weekly-report.xlsx", "management-log": "lajos/log.xlsx", "assessment": "lajos/assessment.xlsx",
		"call-register-150": bigCallRegister(b),
	}
	cfg := salesrhythm.Default()
	o := importer.Options{Config: cfg, Schema: schema.New(cfg)}
	for _, name := range []string{"plan", "call-register", "call-register-150", "time-table", "weekly-report", "management-log", "assessment"} {
		b.Run(name, func(b *testing.B) {
			dir := b.TempDir()
			src := files[name]
			if !filepath.IsAbs(src) {
				src = filepath.Join(in.Dir, src)
			}
			data, _ := os.ReadFile(src)
			os.WriteFile(filepath.Join(dir, "w.xlsx"), data, 0o644)
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				res, err := importer.Read(context.Background(), dir, testinbox.Nov, o)
				if err != nil || res.Files[0].Status != importer.StatusRead {
					b.Fatalf("%v %+v", err, res.Files)
				}
			}
		})
	}
}

// bigCallRegister writes a call register with 150 calls and returns its path.
func bigCallRegister(b *testing.B) string {
	cfg := salesrhythm.Default()
	sch := schema.New(cfg)
	p := testinbox.Team()
	anna, _ := p.Person("M-001")
	var buf bytes.Buffer
	week := salesrhythm.Week(salesrhythm.D(2026, 11, 9))
	if err := templates.Write(&buf, templates.Spec{Kind: salesrhythm.KindCallRegister, Person: anna, Period: week}, templates.Options{Config: cfg, Schema: sch, Team: p}); err != nil {
		b.Fatal(err)
	}
	bk, err := fill.Open(&buf, sch.Kind(salesrhythm.KindCallRegister), salesrhythm.English)
	if err != nil {
		b.Fatal(err)
	}
	var rows []map[string]any
	for i := range 150 {
		rows = append(rows, map[string]any{"date": week.Start.AddDays(i % 5), "time": salesrhythm.At(9+i%8, (i*7)%60),
			"client": fmt.Sprintf("Client %d Kft.", i%40), "contact": "Kiss Péter", "phone": "+36 30 123 4567",
			"type": fill.Key(salesrhythm.CallTypes[i%4].Key), "purpose": "Offer", "result": fill.Key(salesrhythm.CallResults[i%7].Key),
			"next_step": "Call again", "next_contact": week.Start.AddDays(7 + i%5), "comment": "ok"})
	}
	if err := bk.Table("calls", rows); err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(b.TempDir(), "big.xlsx")
	f, _ := os.Create(path)
	defer f.Close()
	if err := bk.Write(f); err != nil {
		b.Fatal(err)
	}
	return path
}

// BenchmarkReadInbox reads the whole test inbox: one workbook of each kind.
func BenchmarkReadInbox(b *testing.B) {
	in := testinbox.Make(b, salesrhythm.English)
	cfg := salesrhythm.Default()
	o := importer.Options{Config: cfg, Schema: schema.New(cfg)}
	for b.Loop() {
		if _, err := importer.Read(context.Background(), in.Dir, testinbox.Nov, o); err != nil {
			b.Fatal(err)
		}
	}
}
