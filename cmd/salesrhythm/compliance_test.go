package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"salesrhythm"
	"salesrhythm/internal/testinbox"
	"salesrhythm/schema"
	"salesrhythm/templates"
)

// addWorkbook writes the workbook of spec, made by package templates from
// the fixture's plan with records typed in, into the inbox at name.
func addWorkbook(t *testing.T, dir string, spec templates.Spec, name string, records salesrhythm.Records) {
	t.Helper()
	cfg := salesrhythm.Default()
	spec.Records = &records
	var out bytes.Buffer
	if err := templates.Write(&out, spec, templates.Options{Config: cfg, Schema: schema.New(cfg), Team: testinbox.Team()}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "inbox", filepath.FromSlash(name))
	os.MkdirAll(filepath.Dir(path), 0o755)
	if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// fixturePerson is a person of the fixture's plan.
func fixturePerson(id string) salesrhythm.Person {
	p, _ := testinbox.Team().Person(id)
	return p
}

// addLog writes L-01's management log for the week of Mon 16 Nov 2026,
// holding events, into the working folder's inbox.
func addLog(t *testing.T, dir string, events []salesrhythm.Event) {
	t.Helper()
	spec := templates.Spec{Kind: salesrhythm.KindManagementLog, Person: fixturePerson("L-01"), Period: salesrhythm.Week(salesrhythm.D(2026, 11, 16))}
	addWorkbook(t, dir, spec, "lajos/log-w47.xlsx", salesrhythm.Records{Events: events})
}

type normJSON struct {
	Norm                     string
	Required, Held, Credited int
	OnTime                   *int `json:"on_time"`
	RightLength              *int `json:"right_length"`
}

// morningOf returns L-01's morning-meeting row of the month's report.
func morningOf(t *testing.T, dir string) (normJSON, string) {
	t.Helper()
	out, errs, code := cli(t, dir, "report", "--month", "2026-11", "--json")
	if code != 0 {
		t.Fatalf("report: exit %d\n%s", code, errs)
	}
	var s struct {
		Credit     string `json:"compliance_credit"`
		Compliance []struct {
			ID    string
			Norms []normJSON
		}
	}
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatal(err)
	}
	for _, c := range s.Compliance {
		for _, n := range c.Norms {
			if c.ID == "L-01" && n.Norm == "morning-meeting" {
				return n, s.Credit
			}
		}
	}
	t.Fatal("no morning meetings for L-01")
	return normJSON{}, ""
}

// TestStrictCredit: a stand-up at 09:20 lasting 30 minutes is held, but
// neither on time (09:00 ± 5) nor of the right length (10–20 minutes), so
// the strict rule, the default, does not credit it; held credits it.
func TestStrictCredit(t *testing.T) {
	dir := workdir(t)
	addLog(t, dir, []salesrhythm.Event{
		{Date: salesrhythm.D(2026, 11, 16), Type: salesrhythm.EventMorning, Start: salesrhythm.At(9, 20), Minutes: 30, Participants: []string{"M-001"}},
		{Date: salesrhythm.D(2026, 11, 17), Type: salesrhythm.EventMorning, Start: salesrhythm.At(9, 0), Minutes: 15, Participants: []string{"M-001"}},
	})
	// With the fixture's stand-up of Mon 9 Nov (09:00, 15 minutes): held 3,
	// on time 2, right length 2; credited 2 of the 21 working days.
	n, credit := morningOf(t, dir)
	if credit != "strict" || n.Required != 21 || n.Held != 3 || *n.OnTime != 2 || *n.RightLength != 2 || n.Credited != 2 {
		t.Errorf("strict: %s %+v; want required 21, held 3, on time 2, right length 2, credited 2", credit, n)
	}
	cfg := filepath.Join(dir, "config.yaml")
	b, _ := os.ReadFile(cfg)
	os.WriteFile(cfg, bytes.Replace(b, []byte("\n  credit: strict\n"), []byte("\n  credit: held\n"), 1), 0o644)
	if n, credit = morningOf(t, dir); credit != "held" || n.Held != 3 || n.Credited != 3 {
		t.Errorf("held: %s %+v; want credited 3", credit, n)
	}
	os.WriteFile(cfg, bytes.Replace(b, []byte("\n  credit: strict\n"), []byte("\n  credit: loose\n"), 1), 0o644)
	if _, errs, code := cli(t, dir, "report", "--month", "2026-11"); code != exitUsage || !strings.Contains(errs, `compliance.credit: "loose" is not one of strict, held`) {
		t.Errorf("credit: loose: exit %d, %q", code, errs)
	}
}
