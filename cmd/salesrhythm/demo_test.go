package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"salesrhythm"
	"salesrhythm/analysis"
	"salesrhythm/demo"
	"salesrhythm/internal/demotest"
	"salesrhythm/internal/testinbox"
	"salesrhythm/report"
)

// TestDemo runs the demo as a newcomer would, then the report it suggests,
// and checks the report's JSON against the demo's truth; the same seed gives
// the same inputs and the same report, byte for byte.
func TestDemo(t *testing.T) {
	dir := t.TempDir()
	args := []string{"demo", "--managers", "5", "--month", "2026-10", "--seed", "3"}
	out, errs, code := cli(t, dir, append(args, "company")...)
	if code != 0 {
		t.Fatalf("demo: exit %d\n%s", code, errs)
	}
	for _, want := range []string{
		"8 people: a director, a head of sales, a group lead and 5 managers",
		"(not-a-date)", "(not-in-list)", "(duplicate-submission)", "(lock-file)",
		filepath.Join("company", "out", "salesrhythm-2026-10.xlsx"),
		filepath.Join("company", "out", "charts", "2026-10") + string(filepath.Separator),
		filepath.Join("company", "out", "people") + string(filepath.Separator),
		filepath.Join("company", "out", "week", "2026-W41") + string(filepath.Separator),
		"cd company && salesrhythm check",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the demo does not say %q:\n%s", want, out)
		}
	}
	company := filepath.Join(dir, "company")
	first := testinbox.Sums(t, company)
	if _, ok := first["out/salesrhythm-2026-10.xlsx"]; !ok {
		t.Error("the demo wrote no report")
	}

	truth, err := demo.Generate(context.Background(), filepath.Join(dir, "again"), demo.Options{Month: salesrhythm.Month{Year: 2026, Month: 10}, Managers: 5, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	again := testinbox.Sums(t, filepath.Join(dir, "again"))
	for name, sum := range again {
		if first[name] != sum {
			t.Errorf("%s differs between the command and demo.Generate with the same seed", name)
		}
	}

	out, errs, code = cli(t, company, "report", "--json")
	if code != exitInputError {
		t.Errorf("report: exit %d, want 1 for the planted mistakes\n%s", code, errs)
	}
	var s report.Summary
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatalf("report --json: %v\n%s", err, out)
	}
	for _, d := range demotest.Check(truth, s) {
		t.Error(d)
	}
	// The demo's count of files is the report's count of files read, and
	// that is the due ones received plus the copies they superseded plus
	// those due in a neighbouring month.
	if sub := s.Submissions; sub.FilesRead != truth.Workbooks || sub.FilesRead != sub.Received+sub.Superseded+sub.Context+len(sub.Unexpected) {
		t.Errorf("the demo wrote %d workbook files; the report read %d = %d received + %d superseded + %d context + %d unexpected",
			truth.Workbooks, sub.FilesRead, sub.Received, sub.Superseded, sub.Context, len(sub.Unexpected))
	}

	// The Friday packs of the demo's week show what the demo put into it.
	if truth.Week.Week.Start != salesrhythm.D(2026, 10, 5) {
		t.Errorf("the demo's week is %s, want the week of the second weekly meeting, Mon 5 Oct", truth.Week.Week)
	}
	out, errs, code = cli(t, company, "week", "--week", salesrhythm.WeekName(truth.Week.Week.Start), "--json")
	if code != exitInputError {
		t.Errorf("week: exit %d, want 1 for the planted mistakes of the week\n%s", code, errs)
	}
	var w analysis.Week
	if err := json.Unmarshal([]byte(out), &w); err != nil {
		t.Fatalf("week --json: %v\n%s", err, out)
	}
	for _, d := range demotest.CheckWeek(truth, w) {
		t.Error(d)
	}
	namesOnlyTheirOwn(t, company, s, w)

	out, _, code = cli(t, company, "check")
	if code != exitInputError || !strings.Contains(out, "not-a-date") {
		t.Errorf("check in the demo: exit %d, want 1 and the planted mistakes:\n%s", code, out)
	}
	// Each finding's severity starts in one column, however long its place
	// (Deals!A5, Clients, row 5); a lock file is said once, on its file's line.
	column := -1
	for _, line := range strings.Split(out, "\n") {
		sev := strings.Index(line, " error ")
		if sev < 0 {
			sev = strings.Index(line, " warning ")
		}
		if !strings.HasPrefix(line, "  ") || sev < 0 {
			continue
		}
		if n := utf8.RuneCountInString(line[:sev]); column < 0 {
			column = n
		} else if n != column {
			t.Errorf("check: a severity out of line (column %d, not %d):\n%s", n, column, line)
		}
	}
	if strings.Count(out, "the lock file of a workbook someone has open") != 1 {
		t.Errorf("check says the lock file %d times:\n%s", strings.Count(out, "the lock file of a workbook someone has open"), out)
	}

	_, errs, code = cli(t, dir, append(args, "company")...)
	if code != exitUsage || !strings.Contains(errs, "not empty") {
		t.Errorf("demo into a folder that is not empty: exit %d, %q; want 2 and a refusal", code, errs)
	}
	if _, errs, code := cli(t, dir, append(args, "--force", "company")...); code != 0 {
		t.Fatalf("demo --force: exit %d\n%s", code, errs)
	}
	for name, sum := range testinbox.Sums(t, company) {
		if first[name] != sum {
			t.Errorf("%s differs after the demo ran again with the same seed", name)
		}
	}
}

func TestDemoUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"demo", "--managers", "2"},
		{"demo", "--month", "2026-13"},
		{"demo", "--locale", "de"},
		{"demo", "a", "b"},
	} {
		dir := t.TempDir()
		if _, errs, code := cli(t, dir, args...); code != exitUsage {
			t.Errorf("%v: exit %d (%s), want 2", args, code, errs)
		}
		if entries, _ := os.ReadDir(dir); len(entries) > 0 {
			t.Errorf("%v wrote into the folder", args)
		}
	}
}

// namesOnlyTheirOwn checks that no scorecard of the demo names anyone but
// its person, and their leader as "your leader", and that no Friday pack
// names anyone but its leader and their direct reports.
func namesOnlyTheirOwn(t *testing.T, dir string, s report.Summary, w analysis.Week) {
	t.Helper()
	for _, p := range s.People {
		text := partsText(t, filepath.Join(dir, "out", "people", p.ID+" "+p.Name, "scorecard-"+s.Month.String()+".xlsx"))
		for _, q := range s.People {
			switch {
			case q.ID == p.ID:
			case q.ID == p.ReportsTo:
				if strings.Contains(text, q.ID) || strings.Count(text, q.Name) != strings.Count(text, "your leader: "+q.Name) {
					t.Errorf("%s's scorecard names their leader %s other than as their leader", p.ID, q.ID)
				}
			case strings.Contains(text, q.ID) || strings.Contains(text, q.Name):
				t.Errorf("%s's scorecard names %s (%s)", p.ID, q.ID, q.Name)
			}
		}
	}
	if len(w.Packs) == 0 {
		t.Fatal("no Friday packs")
	}
	for _, p := range w.Packs {
		text := partsText(t, filepath.Join(dir, "out", "week", salesrhythm.WeekName(w.Week.Start), p.Leader+" "+p.Name, "friday-pack-"+salesrhythm.WeekName(w.Week.Start)+".xlsx"))
		own := map[string]bool{p.Leader: true}
		for _, r := range p.Direct {
			own[r.ID] = true
		}
		for _, q := range s.People {
			if !own[q.ID] && (strings.Contains(text, q.ID) || strings.Contains(text, q.Name)) {
				t.Errorf("%s's Friday pack names %s (%s), who is not in their team", p.Leader, q.ID, q.Name)
			}
		}
	}
}
