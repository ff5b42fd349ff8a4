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
	week := salesrhythm.Week(salesrhythm.D(2026, 11, 9))
	var calls []salesrhythm.Call
	for i := range 150 {
		calls = append(calls, salesrhythm.Call{Date: week.Start.AddDays(i % 5), Time: salesrhythm.At(9+i%8, (i*7)%60),
			Client: fmt.Sprintf("Client %d Kft.", i%40), Contact: "Kiss Péter", Phone: "+36 30 123 4567",
			Type: salesrhythm.CallTypes[i%4].Key, Purpose: "Offer", Result: salesrhythm.CallResults[i%7].Key,
			NextStep: "Call again", NextContact: week.Start.AddDays(7 + i%5), Comment: "ok"})
	}
	var buf bytes.Buffer
	spec := templates.Spec{Kind: salesrhythm.KindCallRegister, Person: anna, Period: week, Records: &salesrhythm.Records{Calls: calls}}
	if err := templates.Write(&buf, spec, templates.Options{Config: cfg, Schema: sch, Team: p}); err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(b.TempDir(), "big.xlsx")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
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
