package main

import (
	"context"
	"encoding/json"
	"maps"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"salesrhythm"
	"salesrhythm/analysis"
	"salesrhythm/demo"
	"salesrhythm/internal/demotest"
	"salesrhythm/internal/jsonschema"
	"salesrhythm/internal/testinbox"
	"salesrhythm/report"

	"github.com/xuri/excelize/v2"
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
// one and none is the same report, byte for byte, and the same JSON; the
// scorecards, whose trend the cache serves, too.
func TestCacheChangesNoFigure(t *testing.T) {
	dir, _ := demoMonths(t)
	book := filepath.Join(dir, "out", "salesrhythm-2026-11.xlsx")
	people := filepath.Join(dir, "out", "people")
	_, cold := monthJSON(t, dir, "--month", "2026-11")
	coldBook, _ := os.ReadFile(book)
	coldCards := testinbox.Sums(t, people)
	_, warm := monthJSON(t, dir, "--month", "2026-11")
	warmBook, _ := os.ReadFile(book)
	warmCards := testinbox.Sums(t, people)
	_, none := monthJSON(t, dir, "--month", "2026-11", "--no-cache")
	noneBook, _ := os.ReadFile(book)
	noneCards := testinbox.Sums(t, people)
	if warm != cold || none != cold {
		t.Error("the JSON differs with the cache warm, cold or ignored")
	}
	if string(warmBook) != string(coldBook) || string(noneBook) != string(coldBook) {
		t.Error("the workbook differs with the cache warm, cold or ignored")
	}
	if len(coldCards) == 0 || !maps.Equal(warmCards, coldCards) || !maps.Equal(noneCards, coldCards) {
		t.Errorf("the scorecards differ with the cache warm, cold or ignored (%d of them)", len(coldCards))
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

// TestScorecardTrendIsTheHistory: each manager's scorecard shows, for every
// month of the demo's archive they were in the plan, the revenue
// fulfilment the History has for them (which demotest.CheckHistory holds to
// the demo's truth), and nothing for the months before they joined. A
// second run reads every workbook from the records cache, the scorecards'
// months too: nothing is read outside it.
func TestScorecardTrendIsTheHistory(t *testing.T) {
	dir, truth := demoMonths(t)
	s, _ := monthJSON(t, dir, "--month", "2026-11")
	for _, d := range demotest.CheckHistory(truth, s) {
		t.Error(d)
	}
	checked := 0
	for _, m := range truth.Managers {
		i := slices.IndexFunc(s.History.People, func(p analysis.PersonSeries) bool { return p.ID == m.ID })
		if i < 0 {
			t.Fatalf("%s is not in the history", m.ID)
		}
		cards, _ := filepath.Glob(filepath.Join(dir, "out", "people", m.ID+" *", "scorecard-2026-11.xlsx"))
		if len(cards) != 1 {
			t.Fatalf("%s: scorecards %q", m.ID, cards)
		}
		f, err := excelize.OpenFile(cards[0])
		if err != nil {
			t.Fatal(err)
		}
		rows, err := f.GetRows("Scorecard", excelize.Options{RawCellValue: true})
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		for j, pt := range s.History.People[i].Measures.Revenue {
			var r []string
			if k := slices.IndexFunc(rows, func(r []string) bool {
				return len(r) > 0 && r[0] == salesrhythm.FormatMonth(pt.Month, salesrhythm.English)
			}); k >= 0 {
				r = rows[k]
			}
			switch {
			case pt.Gap == analysis.GapNotInPlan:
				if r != nil {
					t.Errorf("%s's scorecard has %s, before they joined: %q", m.ID, pt.Month, r)
				}
			case !pt.Fulfilment.Valid:
				continue
			case len(r) < 2:
				t.Errorf("%s's scorecard has no %s (month %d of the history)", m.ID, pt.Month, j+1)
			default:
				if v, err := strconv.ParseFloat(r[1], 64); err != nil || math.Abs(v-pt.Fulfilment.Value) > 1e-9 {
					t.Errorf("%s's scorecard: %s revenue fulfilment %q, the history %v", m.ID, pt.Month, r[1], pt.Fulfilment.Value)
				}
				checked++
			}
		}
	}
	if checked < 2*len(truth.Earlier) {
		t.Errorf("only %d scorecard months checked against the history", checked)
	}
	// The log names each reading of the inbox: one, all from the cache.
	_, errs, _ := cli(t, dir, "report", "-v", "--month", "2026-11")
	var reads []string
	for _, line := range strings.Split(errs, "\n") {
		if strings.Contains(line, "level=DEBUG") && strings.Contains(line, " read") && !strings.Contains(line, `msg="configuration read"`) {
			reads = append(reads, line)
		}
	}
	if len(reads) != 1 || !strings.Contains(reads[0], `msg="inbox read"`) || !strings.HasSuffix(reads[0], " read=0") {
		t.Errorf("a warm run read the inbox more than once, or not all from the cache:\n%s", strings.Join(reads, "\n"))
	}
}
