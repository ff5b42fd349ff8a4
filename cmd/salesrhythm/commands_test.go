package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"salesrhythm"
	"salesrhythm/importer"
	"salesrhythm/internal/testinbox"
	"salesrhythm/schema"
)

// workdir is a working folder whose inbox holds the test inbox.
func workdir(t *testing.T) string {
	t.Helper()
	in := testinbox.Make(t, salesrhythm.English)
	dir := t.TempDir()
	if _, _, code := cli(t, dir, "init", "."); code != 0 {
		t.Fatal("init failed")
	}
	os.Remove(filepath.Join(dir, "inbox"))
	if err := os.Rename(in.Dir, filepath.Join(dir, "inbox")); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestCheck(t *testing.T) {
	dir := workdir(t)
	out, errs, code := cli(t, dir, "check", "--month", "2026-11")
	if code != 0 {
		t.Fatalf("check: exit %d\n%s%s", code, out, errs)
	}
	for _, want := range []string{"8 files — 8 read, 0 rejected, 0 skipped; 0 errors", "anna/call-register.xlsx  read · call register · M-001"} {
		if !strings.Contains(out, want) {
			t.Errorf("check output lacks %q:\n%s", want, out)
		}
	}
	os.WriteFile(filepath.Join(dir, "inbox", "notes.xlsx"), []byte("%PDF-1.4 not a workbook"), 0o644)
	out, _, code = cli(t, dir, "check", "--month", "2026-11", "--json")
	if code != exitInputError {
		t.Errorf("check with a bad file: exit %d, want 1", code)
	}
	var got struct {
		Files []struct {
			Path, Status, Kind, Person string
			RecognisedBy               string `json:"recognised_by"`
			Rows                       int
			SHA256                     string
		}
		Findings []struct{ File, Sheet, Cell, Severity, Code, Message string }
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("check --json is not JSON: %v\n%s", err, out)
	}
	if len(got.Files) != 9 || got.Files[7].Path != "notes.xlsx" || got.Files[7].Status != "rejected" || got.Files[0].RecognisedBy != "properties" {
		t.Errorf("files %+v", got.Files)
	}
	if len(got.Findings) != 1 || got.Findings[0].File != "notes.xlsx" || got.Findings[0].Severity != "error" {
		t.Errorf("findings %+v", got.Findings)
	}
}

func TestReport(t *testing.T) {
	dir := workdir(t)
	out, errs, code := cli(t, dir, "report", "--month", "2026-11")
	if code != 0 {
		t.Fatalf("report: exit %d\n%s%s", code, out, errs)
	}
	for _, p := range []string{"out/salesrhythm-2026-11.xlsx", "out/charts/2026-11/fulfilment.png"} {
		if _, err := os.Stat(filepath.Join(dir, p)); err != nil {
			t.Errorf("report did not write %s", p)
		}
	}
	out, _, code = cli(t, dir, "report", "--month", "2026-11", "--json", "--out", "board.xlsx")
	var s struct {
		Month  string
		People []struct {
			ID      string
			Targets map[string]struct {
				Target, Actual float64
				Fulfilment     *float64
			}
			Rank *int
		}
	}
	if err := json.Unmarshal([]byte(out), &s); err != nil || code != 0 {
		t.Fatalf("report --json: exit %d, %v\n%s", code, err, out)
	}
	if s.Month != "2026-11" || len(s.People) != 4 {
		t.Errorf("summary %+v", s)
	}
	if _, err := os.Stat(filepath.Join(dir, "board.xlsx")); err != nil {
		t.Error("--out was not honoured")
	}
}

func TestReportCannotWrite(t *testing.T) {
	dir := workdir(t)
	os.RemoveAll(filepath.Join(dir, "out"))
	os.WriteFile(filepath.Join(dir, "out"), []byte("a file, not a folder"), 0o644)
	_, errs, code := cli(t, dir, "report", "--month", "2026-11")
	if code != exitCannotRun || !strings.Contains(errs, "writing the report") {
		t.Errorf("exit %d, stderr %q; want 3 and a clear message", code, errs)
	}
}

func TestConfigErrorStopsEveryCommand(t *testing.T) {
	dir := workdir(t)
	os.WriteFile(filepath.Join(dir, "config.yaml"), []byte("locale: en\nranking:\n  laggard_below_percent: 120\n"), 0o644)
	for _, args := range [][]string{{"check"}, {"report"}, {"template", "plan"}} {
		_, errs, code := cli(t, dir, args...)
		if code != exitUsage || !strings.Contains(errs, "config.yaml:3: ranking.laggard_below_percent: 120 is above leader_at_percent 100") {
			t.Errorf("%v: exit %d, stderr %q", args, code, errs)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "out", "salesrhythm-2026-11.xlsx")); err == nil {
		t.Error("a report was written despite the bad config")
	}
}

func TestTemplateAllFromTheInbox(t *testing.T) {
	dir := workdir(t)
	out, errs, code := cli(t, dir, "template", "all", "--month", "2026-11")
	if code != 0 {
		t.Fatalf("template all: exit %d\n%s%s", code, out, errs)
	}
	// The fixture plan: a director and a lead (5 logs each, 2 assessments)
	// and two managers, Béla leaving on Fri 20 Nov (weeks of 2, 9, 16 Nov)
	// and Anna all five weeks: (5+3) × 3 = 24; 2 client profiles; one-on-ones:
	// the director's 1 with L-01, the lead's 2 with Anna and, Béla employed
	// 15 of November's 21 working days, 2 × 15 ÷ 21 = 1.4, rounded 1 with
	// Béla. 10 + 2 + 24 + 2 + 4 = 42.
	if !strings.Contains(out, "42 workbooks written") {
		t.Errorf("output:\n%s", out)
	}
	out, _, code = cli(t, dir, "template", "call-register", "--month", "2026-11", "--person", "M-001", "--force")
	if code != 0 || !strings.Contains(out, "5 workbooks written") {
		t.Errorf("one kind for one person: exit %d\n%s", code, out)
	}
	_, errs, code = cli(t, dir, "template", "call-register", "--month", "2026-11", "--person", "L-01")
	if code != exitUsage || !strings.Contains(errs, "fills no call register") {
		t.Errorf("a lead's call register: exit %d, %q", code, errs)
	}
}

// decemberPlan reads the December plan template written under dir, and
// the IDs of its team.
func decemberPlan(t *testing.T, dir string) (*salesrhythm.Plan, []string) {
	t.Helper()
	cfg := salesrhythm.Default()
	p, _, err := importer.ReadPlan(filepath.Join(dir, "out/templates/2026-12/plan_2026-12.xlsx"), importer.Options{Config: cfg, Schema: schema.New(cfg)})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, x := range p.Team {
		ids = append(ids, x.ID)
	}
	return p, ids
}

func TestTemplatePlanFromLastMonth(t *testing.T) {
	dir := workdir(t)
	out, errs, code := cli(t, dir, "template", "plan", "--month", "2026-12", "--from", "inbox/plan.xlsx", "--with-targets")
	if code != 0 {
		t.Fatalf("exit %d\n%s%s", code, out, errs)
	}
	// Béla left on 20 November: December's plan carries the other three.
	p, ids := decemberPlan(t, dir)
	if strings.Join(ids, " ") != "D-01 L-01 M-001" || p.Month.String() != "2026-12" {
		t.Errorf("December's team %v (%s)", ids, p.Month)
	}
	if p.Targets["M-001"].Revenue != 12_000_000 {
		t.Errorf("targets not carried: %+v", p.Targets)
	}
	// A second run keeps the plan the director may have started filling.
	out, _, code = cli(t, dir, "template", "plan", "--month", "2026-12")
	if code != 0 || !strings.Contains(out, "0 workbooks written, 1 kept") {
		t.Errorf("second plan: exit %d\n%s", code, out)
	}
}

// TestTemplatePlanFromAMonth: --from takes a month too, whose completed
// plan is found in the inbox; a month with none is named.
func TestTemplatePlanFromAMonth(t *testing.T) {
	dir := workdir(t)
	out, errs, code := cli(t, dir, "template", "plan", "--month", "2026-12", "--from", "2026-11")
	if code != 0 {
		t.Fatalf("exit %d\n%s%s", code, out, errs)
	}
	p, ids := decemberPlan(t, dir)
	if strings.Join(ids, " ") != "D-01 L-01 M-001" || len(p.Targets) != 0 {
		t.Errorf("December's team %v, targets %v: want November's team carried over without its targets", ids, p.Targets)
	}
	// It says what it carried over and what to do next.
	for _, want := range []string{"Carried over 3 people from the plan for November 2026, without their targets (--with-targets carries them too); left before December 2026, so not carried over: 1.",
		"Next: fill in its team and targets (the director's decisions), put it in the inbox"} {
		if !strings.Contains(out, want) {
			t.Errorf("template plan --from says\n%s\nwant %q", out, want)
		}
	}
	_, errs, code = cli(t, dir, "template", "plan", "--month", "2026-12", "--from", "2026-09", "--force")
	if code != exitInputError || !strings.Contains(errs, "no completed plan for September 2026") {
		t.Errorf("a month without a plan: exit %d, %q", code, errs)
	}
}

// TestTemplateAllCarriesTheClientBase: December's client profiles start
// from each manager's latest completed ones, November's in the inbox (Béla
// left in November: Anna is December's only manager).
func TestTemplateAllCarriesTheClientBase(t *testing.T) {
	dir := workdir(t)
	if _, errs, code := cli(t, dir, "template", "plan", "--month", "2026-12", "--from", "inbox/plan.xlsx", "--with-targets"); code != 0 {
		t.Fatalf("December's plan: exit %d\n%s", code, errs)
	}
	os.Rename(filepath.Join(dir, "out/templates/2026-12/plan_2026-12.xlsx"), filepath.Join(dir, "inbox", "plan_2026-12.xlsx"))
	out, errs, code := cli(t, dir, "template", "all", "--month", "2026-12")
	if code != 0 {
		t.Fatalf("template all: exit %d\n%s%s", code, out, errs)
	}
	if !strings.Contains(out, "Client profiles: 1 of 1 carried over") {
		t.Errorf("output:\n%s", out)
	}
	cfg := salesrhythm.Default()
	dec := salesrhythm.Month{Year: 2026, Month: 12}
	res, err := importer.Read(t.Context(), filepath.Join(dir, "out/templates/2026-12"), dec, importer.Options{Config: cfg, Schema: schema.New(cfg)})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, c := range res.Clients {
		if c.Person != "M-001" || c.Month != dec {
			t.Errorf("%s's client %s for %s in the December workbook", c.Person, c.Name, c.Month)
		}
		names = append(names, c.Name)
	}
	if strings.Join(names, "; ") != "Alfa Kft.; Gamma Bt." {
		t.Errorf("December's client profiles hold %q, want Anna's November clients", names)
	}
}

// TestTemplateAllCarriesTheFirstWeekOver: December 2026 starts in the week
// of Mon 30 Nov, issued with November's batch. With no November plan in the
// inbox that batch never ran, so December's issues it too.
func TestTemplateAllCarriesTheFirstWeekOver(t *testing.T) {
	dir := workdir(t)
	os.Rename(filepath.Join(dir, "inbox", "plan.xlsx"), filepath.Join(dir, "plan.xlsx"))
	out, errs, code := cli(t, dir, "template", "all", "--month", "2026-12", "--plan", "plan.xlsx")
	if code != 0 {
		t.Fatalf("exit %d\n%s%s", code, out, errs)
	}
	// Employed in that week: D-01 and L-01 (a log each) and Anna (three);
	// Béla left on 20 November.
	if !strings.Contains(out, "The week of 2026-11-30 is written too (5 workbooks), because with no plan for November 2026 in the inbox, the week was never issued.") {
		t.Errorf("output:\n%s", out)
	}
	if _, err := os.Stat(filepath.Join(dir, "out/templates/2026-12/M-001 Anna Kovács/call-register_M-001_2026-11-30.xlsx")); err != nil {
		t.Errorf("the carried-over call register is not in December's folder: %v", err)
	}
}

// TestEmptyPlan: a blank plan handed in is named as the plan that lists
// nobody, by check and by report, not taken for a plan missing.
func TestEmptyPlan(t *testing.T) {
	dir := workdir(t)
	if _, errs, code := cli(t, dir, "template", "plan", "--month", "2027-01"); code != 0 {
		t.Fatalf("template plan: exit %d\n%s", code, errs)
	}
	if err := os.Rename(filepath.Join(dir, "out/templates/2027-01/plan_2027-01.xlsx"), filepath.Join(dir, "inbox", "plan_2027-01.xlsx")); err != nil {
		t.Fatal(err)
	}
	out, _, code := cli(t, dir, "check", "--month", "2027-01")
	if code != exitInputError || !strings.Contains(out, "plan_2027-01.xlsx") || !strings.Contains(out, "empty-plan") || strings.Contains(out, "no-plan") {
		t.Errorf("check: exit %d\n%s", code, out)
	}
	_, errs, code := cli(t, dir, "report", "--month", "2027-01")
	if code != exitInputError || !strings.Contains(errs, "the plan for January 2027 lists nobody on its Team sheet") {
		t.Errorf("report: exit %d\n%s", code, errs)
	}
}

// TestTemplateAllSaysWhatThePlansErrorsCost: a target typed as text is an
// error of the plan; the workbooks are written without it, and template
// all says so after the problem itself.
func TestTemplateAllSaysWhatThePlansErrorsCost(t *testing.T) {
	dir := workdir(t)
	plan := filepath.Join(dir, "inbox", "plan.xlsx")
	f, err := excelize.OpenFile(plan)
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := f.GetRows("Targets")
	f.Close()
	cell := ""
	for i, r := range rows {
		if len(r) > 2 && r[0] == "M-001" {
			cell = fmt.Sprintf("C%d", i+1)
		}
	}
	if cell == "" {
		t.Fatalf("no target row for M-001 in %q", rows)
	}
	fill(t, plan, plan, "Targets", map[string]any{cell: "thirty million"})
	_, errs, code := cli(t, dir, "template", "all", "--month", "2026-11")
	if code != 0 || !strings.Contains(errs, "Targets!"+cell+": error:") ||
		!strings.Contains(errs, "1 error in the plan: what could not be read is left out of the workbooks made from it") {
		t.Errorf("template all: exit %d\n%s", code, errs)
	}
}
