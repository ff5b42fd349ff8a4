package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"salesrhythm"
	"salesrhythm/internal/testinbox"
	"salesrhythm/schema"
	"salesrhythm/templates"
)

// addOctober puts October's plan (the fixture's team and targets) into the
// inbox, and Anna's weekly report of the week of Mon 12 Oct with a deal of
// 6 000 000 on Wed 14 Oct: half her 12 000 000.
func addOctober(t *testing.T, dir string) {
	t.Helper()
	cfg := salesrhythm.Default()
	oct := salesrhythm.Month{Year: 2026, Month: 10}
	var buf bytes.Buffer
	if err := templates.Write(&buf, templates.PlanSpec(oct), templates.Options{Config: cfg, Schema: schema.New(cfg), Carry: testinbox.Team(), CarryTargets: true}); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "inbox", "plan-2026-10.xlsx"), buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	spec := templates.Spec{Kind: salesrhythm.KindWeeklyReport, Person: fixturePerson("M-001"), Period: salesrhythm.Week(salesrhythm.D(2026, 10, 12))}
	addWorkbook(t, dir, spec, "anna/october/weekly-report.xlsx", salesrhythm.Records{
		Deals: []salesrhythm.Deal{{Date: salesrhythm.D(2026, 10, 14), Client: "Alfa Kft.", Amount: 6_000_000}}})
}

// rowWith returns the cells of the first row of sheet whose first cell is
// first.
func rowWith(t *testing.T, path, sheet, first string) []string {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		if len(r) > 0 && r[0] == first {
			return r
		}
	}
	t.Fatalf("%s has no row %q on %s", path, first, sheet)
	return nil
}

const annaCard = "out/people/M-001 Anna Kovács/scorecard-2026-11.xlsx"

// TestScorecards: the November report writes a scorecard for each of the
// four people. Anna's: revenue 1 730 000 of 12 000 000 = 14.4 %; ranked 1
// of 2 (Béla, 0 of his pro-rated target, is 2), a laggard below 80 %. The
// group and the department have two people with a revenue target, too few
// to compare without showing Béla's figures: n/a. Her trend: October, 6 000
// 000 of 12 000 000 = 50 %, rank 1 of 2.
func TestScorecards(t *testing.T) {
	dir := workdir(t)
	addOctober(t, dir)
	out, errs, code := cli(t, dir, "report", "--month", "2026-11")
	if code != 0 {
		t.Fatalf("report: exit %d\n%s", code, errs)
	}
	if !strings.Contains(out, "scorecards:  4, one for each person, in ") {
		t.Errorf("report does not say where the scorecards are:\n%s", out)
	}
	for _, p := range []string{"D-01 Dóra Igazgató", "L-01 Lajos Vezető", "M-001 Anna Kovács", "M-002 Béla Szabó"} {
		if _, err := os.Stat(filepath.Join(dir, "out", "people", p, "scorecard-2026-11.xlsx")); err != nil {
			t.Errorf("no scorecard for %s", p)
		}
	}
	card := filepath.Join(dir, annaCard)
	if r := rowWith(t, card, "Scorecard", "Revenue"); len(r) < 6 || r[1] != "12000000" || r[2] != "1730000" || !strings.HasPrefix(r[3], "0.1441") || r[4] != "n/a" || r[5] != "n/a" {
		t.Errorf("Anna's revenue row %q", r)
	}
	if r := rowWith(t, card, "Scorecard", "Rank 1 of the 2 people ranked, laggard (14.4% on the ranking metric)."); len(r) != 1 {
		t.Errorf("standing %q", r)
	}
	if r := rowWith(t, card, "Scorecard", "October 2026"); len(r) < 5 || r[1] != "0.5" || r[3] != "1 of 2" || r[4] != "laggard" {
		t.Errorf("October in Anna's trend %q", r)
	}
	if r := rowWith(t, card, "Scorecard", "November 2026"); len(r) < 4 || r[3] != "1 of 2" {
		t.Errorf("November in Anna's trend %q", r)
	}
	// Lajos's one-on-one of 10 Nov rated her first competence at stage 4 and
	// her last at 2; only she was rated, so there is no mean to compare.
	if r := rowWith(t, card, "Scorecard", "Confident, friendly, honest"); len(r) < 5 || r[1] != "4" || r[3] != "n/a" || r[4] != "n/a" {
		t.Errorf("Anna's first competence %q", r)
	}
	if r := rowWith(t, card, "Scorecard", "Closes easily"); len(r) < 2 || r[1] != "2" {
		t.Errorf("Anna's last competence %q", r)
	}
	// The same inbox gives the same scorecards.
	first := testinbox.Sums(t, filepath.Join(dir, "out", "people"))
	cli(t, dir, "report", "--month", "2026-11")
	for name, sum := range testinbox.Sums(t, filepath.Join(dir, "out", "people")) {
		if first[name] != sum {
			t.Errorf("%s differs between two runs", name)
		}
	}
}

// TestAScorecardNamesNoOneElse: each scorecard holds its own person's name
// and ID, their leader's name only as "your leader", and no other person's
// name or ID.
func TestAScorecardNamesNoOneElse(t *testing.T) {
	dir := workdir(t)
	addOctober(t, dir)
	if _, errs, code := cli(t, dir, "report", "--month", "2026-11"); code != 0 {
		t.Fatalf("report: exit %d\n%s", code, errs)
	}
	plan := testinbox.Team()
	for _, p := range plan.Team {
		text := partsText(t, filepath.Join(dir, "out", "people", p.ID+" "+p.Name, "scorecard-2026-11.xlsx"))
		for _, q := range plan.Team {
			switch {
			case q.ID == p.ID:
				if !strings.Contains(text, q.Name) || !strings.Contains(text, q.ID) {
					t.Errorf("%s's scorecard does not name them", p.ID)
				}
			case q.ID == p.ReportsTo:
				if strings.Contains(text, q.ID) || strings.Count(text, q.Name) != strings.Count(text, "your leader: "+q.Name) || !strings.Contains(text, "your leader: "+q.Name) {
					t.Errorf("%s's scorecard names their leader %s other than as their leader", p.ID, q.ID)
				}
			case strings.Contains(text, q.ID) || strings.Contains(text, q.Name):
				t.Errorf("%s's scorecard names %s (%s)", p.ID, q.ID, q.Name)
			}
		}
	}
}
