package fill_test

import (
	"bytes"
	"testing"

	"salesrhythm"
	"salesrhythm/internal/fill"
	"salesrhythm/schema"
	"salesrhythm/templates"
)

// TestSameValuesSameBytes: the order values are typed in decides the
// shared-strings table, so it must not be map order.
func TestSameValuesSameBytes(t *testing.T) {
	cfg := salesrhythm.Default()
	sch := schema.New(cfg)
	anna := salesrhythm.Person{ID: "M-001", Name: "Kovács Anna", Role: salesrhythm.Manager}
	o := templates.Options{Config: cfg, Schema: sch, Team: &salesrhythm.Plan{Team: []salesrhythm.Person{anna}}}
	week := salesrhythm.Week(salesrhythm.D(2026, 11, 9))
	var tmpl bytes.Buffer
	if err := templates.Write(&tmpl, templates.Spec{Kind: salesrhythm.KindCallRegister, Person: anna, Period: week}, o); err != nil {
		t.Fatal(err)
	}
	row := map[string]any{"date": week.Start, "client": "Alfa Kft.", "contact": "Kiss Péter", "purpose": "Intro",
		"next_step": "Visit", "comment": "Keen", "type": fill.Key(salesrhythm.CallCold), "result": fill.Key(salesrhythm.ResultTalked)}
	var first []byte
	for i := range 10 {
		b, err := fill.Open(bytes.NewReader(tmpl.Bytes()), sch.Kind(salesrhythm.KindCallRegister), cfg.Locale)
		if err != nil {
			t.Fatal(err)
		}
		if err := b.Table("calls", []map[string]any{row}); err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		if err := b.Write(&out); err != nil {
			t.Fatal(err)
		}
		b.Close()
		if i == 0 {
			first = out.Bytes()
		} else if !bytes.Equal(out.Bytes(), first) {
			t.Fatalf("fill %d gave other bytes than the first", i)
		}
	}
}
