package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"salesrhythm"
	"salesrhythm/analysis"
	"salesrhythm/demo"
	"salesrhythm/internal/demotest"
	"salesrhythm/internal/jsonschema"
	"salesrhythm/report"
)

// demoMonths makes a demo of four months, August to November 2026, once
// for the tests that read it.
func demoMonths(t *testing.T) (string, *demo.Truth) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "company")
	truth, err := demo.Generate(context.Background(), dir, demo.Options{Month: salesrhythm.Month{Year: 2026, Month: 11}, Managers: 5, Seed: 4, Months: 4})
	if err != nil {
		t.Fatal(err)
	}
	if len(truth.Earlier) != 3 {
		t.Fatalf("%d earlier months, want 3", len(truth.Earlier))
	}
	return dir, truth
}

func monthJSON(t *testing.T, dir string, args ...string) (report.Summary, string) {
	t.Helper()
	out, errs, code := cli(t, dir, append([]string{"report", "--json"}, args...)...)
	if code != exitInputError {
		t.Fatalf("report %v: exit %d, want 1 for the planted mistakes\n%s", args, code, errs)
	}
	var s report.Summary
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatalf("report --json: %v\n%s", err, out)
	}
	return s, out
}

// TestDemoMonths: every month of a demo of several months reports its own
// truth, and the last month's History shows each month's.
func TestDemoMonths(t *testing.T) {
	schemaPath, _ := filepath.Abs("../../docs/report.schema.json")
	dir, truth := demoMonths(t)
	for _, m := range append(append([]*demo.Truth{}, truth.Earlier...), truth) {
		s, _ := monthJSON(t, dir, "--month", m.Month.String())
		for _, d := range demotest.Check(m, s) {
			t.Errorf("%s: %s", m.Month, d)
		}
	}
	s, raw := monthJSON(t, dir, "--month", "2026-11")
	for _, d := range demotest.CheckHistory(truth, s) {
		t.Error(d)
	}
	// The JSON is what docs/report.schema.json describes.
	var schema jsonschema.Schema
	data, err := os.ReadFile(schemaPath)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &schema); err != nil {
		t.Fatal(err)
	}
	var doc any
	json.Unmarshal([]byte(raw), &doc)
	for _, e := range jsonschema.Validate(schema, doc) {
		t.Errorf("report --json against docs/report.schema.json: %s", e)
	}
	// The manager who joins in November is in no earlier plan: a gap.
	joiner := truth.Managers[len(truth.Managers)-1]
	for _, p := range s.History.People {
		if p.ID == joiner.ID && p.Measures.Revenue[0].Gap != analysis.GapNotInPlan {
			t.Errorf("the joiner in August: %+v", p.Measures.Revenue[0])
		}
	}
}

// TestCacheChangesNoFigure: the report read through a warm cache, a cold
// one and none is the same report, byte for byte, and the same JSON.
func TestCacheChangesNoFigure(t *testing.T) {
	dir, _ := demoMonths(t)
	book := filepath.Join(dir, "out", "salesrhythm-2026-11.xlsx")
	_, cold := monthJSON(t, dir, "--month", "2026-11")
	coldBook, _ := os.ReadFile(book)
	_, warm := monthJSON(t, dir, "--month", "2026-11")
	warmBook, _ := os.ReadFile(book)
	_, none := monthJSON(t, dir, "--month", "2026-11", "--no-cache")
	noneBook, _ := os.ReadFile(book)
	if warm != cold || none != cold {
		t.Error("the JSON differs with the cache warm, cold or ignored")
	}
	if string(warmBook) != string(coldBook) || string(noneBook) != string(coldBook) {
		t.Error("the workbook differs with the cache warm, cold or ignored")
	}
	packs, _ := filepath.Glob(filepath.Join(dir, "out", ".cache", "*.pack"))
	if len(packs) < 4 {
		t.Errorf("the cache holds %v", packs)
	}
}

// TestPeriodReport: a period report sums the months of the demo, each from
// its own plan.
func TestPeriodReport(t *testing.T) {
	dir, truth := demoMonths(t)
	out, errs, code := cli(t, dir, "report", "--from", "2026-08", "--to", "2026-11", "--json")
	if code != exitInputError {
		t.Fatalf("exit %d\n%s", code, errs)
	}
	var s report.PeriodSummary
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatal(err)
	}
	months := append(append([]*demo.Truth{}, truth.Earlier...), truth)
	revenue, target := 0.0, 0.0
	for _, m := range months {
		for _, x := range m.Managers {
			revenue += x.Revenue
		}
		for _, x := range m.Mistakes {
			revenue -= x.Lost.Revenue // not counted
		}
	}
	for _, p := range s.People {
		target += p.Targets["revenue"].Target
	}
	d := s.Department.Targets["revenue"]
	if d.Actual != revenue || d.Target != target || len(s.Planned) != 4 || len(s.Months.Months) != 4 {
		t.Errorf("period: revenue %.0f of %.0f, want %.0f of %.0f; %d months planned", d.Actual, d.Target, revenue, target, len(s.Planned))
	}
	if _, err := os.Stat(filepath.Join(dir, "out", "salesrhythm-2026-08_2026-11.xlsx")); err != nil {
		t.Error(err)
	}
	out, errs, code = cli(t, dir, "report", "--year", "2026")
	if code != exitInputError || !strings.Contains(out, "salesrhythm-2026.xlsx") || !strings.Contains(out, "12, 4 with a plan") {
		t.Errorf("report --year: exit %d\n%s%s", code, out, errs)
	}
	for _, args := range [][]string{{"--from", "2026-11", "--to", "2026-08"}, {"--year", "26x"}, {"--to", "2026-08"}, {"--year", "2026", "--month", "2026-11"}} {
		if _, _, code := cli(t, dir, append([]string{"report"}, args...)...); code != exitUsage {
			t.Errorf("report %v: exit %d, want 2", args, code)
		}
	}
}
