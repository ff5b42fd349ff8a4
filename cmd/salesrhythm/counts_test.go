package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"salesrhythm"
	"salesrhythm/templates"
)

// TestReportWithoutAPlan: a month with no plan has nothing to report; an
// empty report with four empty charts would look like a month of zeros.
func TestReportWithoutAPlan(t *testing.T) {
	dir := workdir(t)
	os.Remove(filepath.Join(dir, "inbox", "plan.xlsx"))
	out, errs, code := cli(t, dir, "report", "--month", "2026-11")
	if code != exitInputError || !strings.Contains(errs, "no plan for November 2026 in") || !strings.Contains(errs, "no report was written") ||
		!strings.Contains(errs, "salesrhythm template plan --month 2026-11") {
		t.Errorf("exit %d, stdout %q, stderr %q; want 1 and what to do", code, out, errs)
	}
	if _, err := os.Stat(filepath.Join(dir, "out", "salesrhythm-2026-11.xlsx")); err == nil {
		t.Error("a report was written without a plan")
	}
	if _, errs, code := cli(t, dir, "--locale", "hu", "report", "--month", "2026-11"); code != exitInputError || !strings.Contains(errs, "nincs terv erre a hónapra: 2026. november") {
		t.Errorf("in Hungarian: exit %d, %q", code, errs)
	}
}

// TestCountsAgree: besides the fixture's eight workbooks, 8 of the 43 due for
// November (TestTemplateAllFromTheInbox counts the 42 templates, and the plan
// makes 43), the inbox holds Anna's call register for the week of Mon 26 Oct,
// whose only November day is Sunday 1 Nov (due in October, read for its
// rows of November), and one for the week of Mon 7 Dec (December's, not
// read). Every count says what it counts, and they add up: 9 files read =
// 8 due + 1 of a neighbouring month; 1 of another month.
func TestCountsAgree(t *testing.T) {
	dir := workdir(t)
	calls := func(monday salesrhythm.Date, name string) {
		spec := templates.Spec{Kind: salesrhythm.KindCallRegister, Person: fixturePerson("M-001"), Period: salesrhythm.Week(monday)}
		addWorkbook(t, dir, spec, name, salesrhythm.Records{})
	}
	calls(salesrhythm.D(2026, 10, 26), "anna/calls-w44.xlsx")
	calls(salesrhythm.D(2026, 12, 7), "anna/calls-w50.xlsx")

	out, errs, code := cli(t, dir, "report", "--month", "2026-11", "--as-of", "2026-12-06")
	want := "workbooks  8 of the 43 due received, 35 missing; 9 files read: 8 due, 1 due in a neighbouring month but read for this one; 1 of other months, not read"
	if code != 0 || !strings.Contains(out, want) {
		t.Errorf("report: exit %d\n%s%s\nwant %q", code, out, errs, want)
	}
	// Before the Sunday that ends the week of Mon 30 Nov, the week's five
	// workbooks are not due yet: neither due nor missing.
	out, errs, code = cli(t, dir, "report", "--month", "2026-11", "--as-of", "2026-12-03")
	want = "workbooks  8 of the 38 due received, 30 missing; 5 more not due yet; 9 files read:"
	if code != 0 || !strings.Contains(out, want) {
		t.Errorf("report before the last week is over: exit %d\n%s%s\nwant %q", code, out, errs, want)
	}
	out, _, _ = cli(t, dir, "report", "--month", "2026-11", "--json", "--as-of", "2026-12-06")
	var s struct {
		Submissions struct {
			Expected, Received  int
			FilesRead           int `json:"files_read"`
			Superseded, Context int
			OtherMonths         int `json:"other_months"`
			Unexpected          []any
		}
	}
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatal(err)
	}
	if sub := s.Submissions; sub.Expected != 43 || sub.Received != 8 || sub.FilesRead != 9 || sub.Context != 1 || sub.OtherMonths != 1 ||
		sub.FilesRead != sub.Received+sub.Superseded+sub.Context+len(sub.Unexpected) {
		t.Errorf("submissions %+v", sub)
	}

	out, _, code = cli(t, dir, "check", "--month", "2026-11")
	without, others, _ := strings.Cut(out[strings.Index(out, "Without problems:"):], "\nNot for ")
	if code != 0 || strings.Contains(without, "calls-w50.xlsx") || !strings.Contains(without, "anna/calls-w44.xlsx") ||
		!strings.HasPrefix(others, "November 2026: 1 workbook of another month (December 2026), not read; check it with --month.") {
		t.Errorf("check: exit %d\n%s", code, out)
	}
	if out, _, _ = cli(t, dir, "check", "--month", "2026-11", "--verbose"); !strings.Contains(out[strings.Index(out, "Not for"):], "anna/calls-w50.xlsx  skipped") {
		t.Errorf("check --verbose does not name the file of another month:\n%s", out)
	}
}

// TestMoneyRoundsOneWay: Béla's deal of 1,000,000.5 Ft takes the fixture's
// revenue (1,250,000 + 480,000 of Anna's) to 2,730,000.5 Ft, which rounds
// half up to 2,730,001 Ft, on the console and on the Summary alike.
func TestMoneyRoundsOneWay(t *testing.T) {
	dir := workdir(t)
	addWorkbook(t, dir, templates.Spec{Kind: salesrhythm.KindWeeklyReport, Person: fixturePerson("M-002"), Period: salesrhythm.Week(salesrhythm.D(2026, 11, 16))},
		"bela/weekly-w47.xlsx", salesrhythm.Records{Deals: []salesrhythm.Deal{{Date: salesrhythm.D(2026, 11, 17), Client: "Omega Kft.", Amount: 1_000_000.5}}})
	out, errs, code := cli(t, dir, "report", "--month", "2026-11")
	if code > 1 {
		t.Fatalf("report: exit %d\n%s", code, errs)
	}
	if !strings.Contains(out, " 2,730,001 Ft of") {
		t.Errorf("the console does not say 2,730,001 Ft:\n%s", out)
	}
	f, err := excelize.OpenFile(filepath.Join(dir, "out", "salesrhythm-2026-11.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if v, _ := f.GetCellValue("Summary", "B4", excelize.Options{RawCellValue: true}); v != "2730001" {
		t.Errorf("Summary!B4 holds %q, want 2730001", v)
	}
}
