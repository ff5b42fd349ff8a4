package fill_test

import (
	"archive/zip"
	"bytes"
	"io"
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

// TestTypistWritesCleanRows: the typist keeps the template's row tags as
// they are — no stray characters between elements.
func TestTypistWritesCleanRows(t *testing.T) {
	cfg := salesrhythm.Default()
	sch := schema.New(cfg)
	o := templates.Options{Config: cfg, Schema: sch}
	spec := templates.Spec{Kind: salesrhythm.KindCallRegister, Person: salesrhythm.Person{ID: "M-1", Name: "A"},
		Period: salesrhythm.Week(salesrhythm.D(2026, 11, 2))}
	var buf bytes.Buffer
	if err := templates.Write(&buf, spec, o); err != nil {
		t.Fatal(err)
	}
	ty, err := fill.Fast(buf.Bytes(), spec, o)
	if err != nil {
		t.Fatal(err)
	}
	if err := ty.Table("calls", []map[string]any{{"client": "Alfa", "date": salesrhythm.D(2026, 11, 3)}}); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := ty.Write(&out); err != nil {
		t.Fatal(err)
	}
	zr, _ := zip.NewReader(bytes.NewReader(out.Bytes()), int64(out.Len()))
	for _, f := range zr.File {
		if f.Name != "xl/worksheets/sheet2.xml" {
			continue
		}
		r, _ := f.Open()
		body, _ := io.ReadAll(r)
		if bytes.Contains(body, []byte(">>")) {
			t.Errorf("stray '>' in the sheet: %s", body[bytes.Index(body, []byte(">>"))-40:][:80])
		}
		if !bytes.Contains(body, []byte(`<row r="5"><c r="A5"`)) {
			t.Errorf("no typed row 5 in %s", body)
		}
	}
}
