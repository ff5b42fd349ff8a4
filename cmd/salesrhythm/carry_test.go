package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"salesrhythm"
	"salesrhythm/importer"
	"salesrhythm/schema"
)

// The test inbox's November: L-01's log of the week of 9 November holds
// "Price list" (raised Fri 6 Nov, owner M-002, due 13 Nov, moved) and "CRM
// export" (done); M-001's register of that week holds a call to Alfa Kft.
// whose next contact, 12 November, fell in the same week.
const (
	lajosFolder = "out/templates/2026-11/L-01 Lajos Vezető"
	annaFolder  = "out/templates/2026-11/M-001 Anna Kovács"
)

// fill opens the workbook at src as a person would, types the cells given
// by sheet and cell, and saves it as dst — into the inbox.
func fill(t *testing.T, src, dst, sheet string, cells map[string]any) {
	t.Helper()
	f, err := excelize.OpenFile(src)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for ref, v := range cells {
		if err := f.SetCellValue(sheet, ref, v); err != nil {
			t.Fatal(err)
		}
	}
	os.MkdirAll(filepath.Dir(dst), 0o755)
	if err := f.SaveAs(dst); err != nil {
		t.Fatal(err)
	}
}

// readOne reads one workbook as the importer reads the inbox.
func readOne(t *testing.T, path string) *importer.Result {
	t.Helper()
	cfg := salesrhythm.Default()
	dir := t.TempDir()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, filepath.Base(path)), data, 0o644)
	res, err := importer.Read(t.Context(), dir, salesrhythm.Month{Year: 2026, Month: 11}, importer.Options{Config: cfg, Schema: schema.New(cfg)})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range res.Findings {
		if f.Severity != salesrhythm.Info && f.Code != salesrhythm.CodeNoPlan {
			t.Errorf("%s: %s", filepath.Base(path), f)
		}
	}
	return res
}

func day(d int) time.Time { return time.Date(2026, 11, d, 0, 0, 0, 0, time.UTC) }

// carrySummary is what these tests read of report --json.
type carrySummary struct {
	ActionItems []struct {
		ID         string
		Leader     string
		Issue      string
		Status     string
		Due        salesrhythm.Date
		TimesMoved int `json:"times_moved"`
		Rows       int
		Done       bool
	} `json:"action_items"`
	People []struct {
		ID       string
		Activity *struct {
			Calls            int
			OverdueFollowUps int `json:"overdue_follow_ups"`
		}
	}
	Findings []salesrhythm.Finding
}

func carryReport(t *testing.T, dir string) carrySummary {
	t.Helper()
	out, errs, code := cli(t, dir, "report", "--month", "2026-11", "--json", "-q")
	var s carrySummary
	if err := json.Unmarshal([]byte(out), &s); err != nil || code > 1 {
		t.Fatalf("report --json: exit %d, %v\n%s", code, err, errs)
	}
	return s
}

// TestTemplateWeekCarriesTheActionItems: a log with an open item → next
// week's template holds it with its ID, locked → filled (reworded, moved)
// and re-imported, it is one item → the week after carries it again, left
// as it stood → the item has its three weeks' rows and two moves: marked
// moved in its first log, then a new due date; the copied Moved row is no
// move.
func TestTemplateWeekCarriesTheActionItems(t *testing.T) {
	dir := workdir(t)
	out, errs, code := cli(t, dir, "template", "week", "--week", "2026-W47")
	if code != 0 {
		t.Fatalf("template week: exit %d\n%s%s", code, out, errs)
	}
	// The director's and the lead's logs; only the lead has a log before.
	if !strings.Contains(out, "Management log: 1 of 2 carry over 1 open action item from their owner's log of the week before") {
		t.Errorf("output:\n%s", out)
	}
	w47 := filepath.Join(dir, lajosFolder, "management-log_L-01_2026-11-16.xlsx")
	id := salesrhythm.ItemID("L-01", salesrhythm.D(2026, 11, 6), "Price list")
	res := readOne(t, w47)
	if len(res.Actions) != 1 {
		t.Fatalf("next week's log holds %+v, want the open item", res.Actions)
	}
	a := res.Actions[0]
	if a.ID != id || a.Issue != "Price list" || a.Owner != "M-002" || a.Due != salesrhythm.D(2026, 11, 13) || a.Status != salesrhythm.StatusMoved || a.Comment != "" {
		t.Errorf("carried %+v, want Price list with ID %s, its owner, due date and status", a, id)
	}
	f, err := excelize.OpenFile(w47)
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := f.GetCellValue("Action items", "H5"); v != id {
		t.Errorf("H5 = %q, want the item ID %s", v, id)
	}
	st, _ := f.GetCellStyle("Action items", "H5")
	if s, _ := f.GetStyle(st); s.Protection == nil || !s.Protection.Locked {
		t.Error("the carried item's ID is not locked")
	}
	f.Close()

	// Until the log of 16 November is in, the week after starts blank: its
	// items' state is not known.
	out, _, _ = cli(t, dir, "template", "week", "--week", "2026-W48")
	if !strings.Contains(out, "Management log: nothing in the inbox to carry over, so all 2 start blank.") {
		t.Errorf("W48 before W47's log is in:\n%s", out)
	}
	// The leader rewords the item and moves it to 20 November, and adds one,
	// typing its owner's name.
	fill(t, w47, filepath.Join(dir, "inbox/lajos/log-w47.xlsx"), "Action items", map[string]any{
		"B5": "Price list for 2027", "D5": day(20),
		"A6": day(17), "B6": "Call Gamma", "C6": "Anna Kovács", "D6": day(27), "E6": "Open",
	})
	// On Friday, with it in the inbox, the blank W48 log is filled in.
	out, errs, code = cli(t, dir, "template", "week", "--week", "2026-W48")
	if code != 0 || !strings.Contains(out, "Management log: 1 of 2 carry over 2 open action items from their owner's log of the week before") ||
		!strings.Contains(out, "1 of them replaced the blank workbook") {
		t.Fatalf("template week W48: exit %d\n%s%s", code, out, errs)
	}
	w48 := filepath.Join(dir, lajosFolder, "management-log_L-01_2026-11-23.xlsx")
	res = readOne(t, w48)
	gamma := salesrhythm.ItemID("L-01", salesrhythm.D(2026, 11, 17), "Call Gamma")
	if len(res.Actions) != 2 || res.Actions[0].ID != id || res.Actions[0].Issue != "Price list for 2027" || res.Actions[1].ID != gamma {
		t.Fatalf("W48 carries %+v, want the reworded item with its ID and the new one with %s", res.Actions, gamma)
	}
	if o := res.Actions[1].Owner; o != "M-001" {
		t.Errorf("W48 carries Call Gamma's owner as %q, want the plan's ID M-001 for the name typed", o)
	}
	// Price list is left as it stood, copied Moved row and all; Gamma done.
	fill(t, w48, filepath.Join(dir, "inbox/lajos/log-w48.xlsx"), "Action items", map[string]any{"E6": "Done", "F6": day(24)})

	s := carryReport(t, dir)
	var got []string
	for _, it := range s.ActionItems {
		if it.Leader == "L-01" {
			got = append(got, it.Issue)
		}
		switch it.ID {
		case id:
			// Rows: 9, 16 and 23 November. Moves: marked moved on 9 Nov (its
			// first row), due 13 → 20 Nov on the 16th; the 23rd changes nothing.
			if it.Issue != "Price list for 2027" || it.Rows != 3 || it.TimesMoved != 2 || it.Due != salesrhythm.D(2026, 11, 20) {
				t.Errorf("Price list: %+v, want 3 rows, moved twice, due 20 Nov, under its new wording", it)
			}
		case gamma:
			if !it.Done || it.Rows != 2 || it.TimesMoved != 0 {
				t.Errorf("Call Gamma: %+v, want done, 2 rows, never moved", it)
			}
		}
	}
	if strings.Join(got, "; ") != "Price list for 2027; CRM export; Call Gamma" {
		t.Errorf("L-01's items %q, want three: no ghost of the old wording", got)
	}
}

// TestTemplateWeekCarriesTheFollowUpsDue: a register with a next contact
// date next week → next week's register holds the follow-up row → left
// untouched it counts no call and the follow-up stays overdue; with its
// result filled in it is a call, and the follow-up is made.
func TestTemplateWeekCarriesTheFollowUpsDue(t *testing.T) {
	dir := workdir(t)
	if _, errs, code := cli(t, dir, "template", "all", "--month", "2026-11"); code != 0 {
		t.Fatalf("template all: exit %d\n%s", code, errs)
	}
	// Anna's register of the week of 16 November: Delta due on Tue 24 Nov;
	// Epsilon's follow-up of the 25th made already on the 19th.
	w47 := filepath.Join(dir, annaFolder, "call-register_M-001_2026-11-16.xlsx")
	fill(t, w47, filepath.Join(dir, "inbox/anna/calls-w47.xlsx"), "Calls", map[string]any{
		"A5": day(17), "C5": "Delta Kft.", "D5": "Nagy Éva", "E5": "+36 1 234 5678", "F5": "Cold", "H5": "Talked", "I5": "Send the proposal", "J5": day(24),
		"A6": day(18), "C6": "Epsilon Zrt.", "H6": "Call back", "J6": day(25),
		"A7": day(19), "C7": "epsilon zrt. ", "E7": "+36 1 555 0000", "H7": "Meeting set",
	})
	before := carryReport(t, dir)

	out, errs, code := cli(t, dir, "template", "week", "--week", "2026-W48")
	if code != 0 {
		t.Fatalf("template week: exit %d\n%s%s", code, out, errs)
	}
	// The blank register 'template all' wrote is replaced; the others of
	// the week (time tables, reports, logs with nothing open) are kept.
	if !strings.Contains(out, "Call register: 1 of 1 carry over 1 follow-up due in their week from their owner's registers in the inbox, up to the week before") ||
		!strings.Contains(out, "1 of them replaced the blank workbook written before") {
		t.Errorf("output:\n%s", out)
	}
	w48 := filepath.Join(dir, annaFolder, "call-register_M-001_2026-11-23.xlsx")
	if calls := readOne(t, w48).Calls; len(calls) != 0 {
		t.Errorf("the untouched template reads as calls %+v, want none: a follow-up not made is a plan", calls)
	}
	f, err := excelize.OpenFile(w48)
	if err != nil {
		t.Fatal(err)
	}
	var row []string
	for _, c := range []string{"A5", "C5", "D5", "E5", "F5", "G5", "H5", "L5", "C6"} {
		v, _ := f.GetCellValue("Calls", c)
		row = append(row, v)
	}
	f.Close()
	if want := "2026-11-24|Delta Kft.|Nagy Éva|+36 1 234 5678|Follow-up|Send the proposal||2026-11-17|"; strings.Join(row, "|") != want {
		t.Errorf("follow-up row %q, want %q", strings.Join(row, "|"), want)
	}

	// Handed in untouched: no call, and Delta's follow-up is still overdue.
	fill(t, w48, filepath.Join(dir, "inbox/anna/calls-w48.xlsx"), "Calls", nil)
	untouched := carryReport(t, dir)
	// Then with the result typed on the carried row.
	fill(t, w48, filepath.Join(dir, "inbox/anna/calls-w48.xlsx"), "Calls", map[string]any{"H5": "Proposal sent"})
	made := carryReport(t, dir)

	anna := func(s carrySummary) (int, int) {
		for _, p := range s.People {
			if p.ID == "M-001" && p.Activity != nil {
				return p.Activity.Calls, p.Activity.OverdueFollowUps
			}
		}
		t.Fatal("no activity for M-001")
		return 0, 0
	}
	// Before: the test inbox's 2 calls and the 3 of W47; overdue at month
	// end: Alfa (12 Nov) and Delta (24 Nov).
	b, bo := anna(before)
	u, uo := anna(untouched)
	m, mo := anna(made)
	if b != 5 || bo != 2 || u != b || uo != bo || m != b+1 || mo != bo-1 {
		t.Errorf("calls, overdue follow-ups: before %d, %d; untouched %d, %d; made %d, %d; want 5, 2; 5, 2; 6, 1", b, bo, u, uo, m, mo)
	}
	for _, f := range append(untouched.Findings, made.Findings...) {
		if strings.Contains(f.File, "calls-w48") {
			t.Errorf("finding on the follow-up register: %s", f)
		}
	}
}

// TestLogsWithoutItemIDsStillRead: a log from before the ID column reads
// as before, and its items join the carried rows by the ID they would have
// been given.
func TestLogsWithoutItemIDsStillRead(t *testing.T) {
	dir := workdir(t)
	if _, errs, code := cli(t, dir, "template", "week", "--week", "2026-W47"); code != 0 {
		t.Fatalf("template week: exit %d\n%s", code, errs)
	}
	// Last week's log again, as an old template had it: no ID column.
	src := filepath.Join(dir, "inbox/lajos/log.xlsx")
	f, err := excelize.OpenFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := f.GetCellValue("Action items", "H4"); v != "Item ID (carried over)" {
		t.Fatalf("H4 = %q, want the ID column's header", v)
	}
	f.RemoveCol("Action items", "H")
	old := filepath.Join(t.TempDir(), "log.xlsx")
	if err := f.SaveAs(old); err != nil {
		t.Fatal(err)
	}
	f.Close()
	res := readOne(t, old)
	if len(res.Actions) != 2 || res.Actions[0].ID != "" || res.Actions[0].Issue != "Price list" {
		t.Fatalf("the old log reads %+v", res.Actions)
	}
	os.Rename(old, src)
	fill(t, filepath.Join(dir, lajosFolder, "management-log_L-01_2026-11-16.xlsx"), filepath.Join(dir, "inbox/lajos/log-w47.xlsx"), "Action items",
		map[string]any{"B5": "Price list, reworded", "E5": "Done", "F5": day(18)})
	for _, it := range carryReport(t, dir).ActionItems {
		if it.Leader == "L-01" && strings.HasPrefix(it.Issue, "Price list") && (it.Issue != "Price list, reworded" || it.Rows != 2 || !it.Done) {
			t.Errorf("%+v, want one item of two rows, done, under its new wording", it)
		}
	}
}

// TestTemplateWeekNeedsAPlan: a week is issued with the plan of the month
// its Monday falls in; with none in the inbox nothing is written.
func TestTemplateWeekNeedsAPlan(t *testing.T) {
	dir := workdir(t)
	_, errs, code := cli(t, dir, "template", "week", "--week", "2027-W03")
	if code != exitInputError || !strings.Contains(errs, "no completed plan for January 2027") {
		t.Errorf("exit %d, %q", code, errs)
	}
	if _, err := os.Stat(filepath.Join(dir, "out/templates/2027-01")); err == nil {
		t.Error("workbooks were written without a plan")
	}
}
