package main

import (
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"salesrhythm"
	"salesrhythm/importer"
	"salesrhythm/schema"
	"salesrhythm/templates"
)

func checkFindings(t *testing.T, dir string) []salesrhythm.Finding {
	t.Helper()
	out, errs, code := cli(t, dir, "check", "--month", "2026-11", "--json")
	var c struct{ Findings []salesrhythm.Finding }
	if err := json.Unmarshal([]byte(out), &c); err != nil {
		t.Fatalf("check --json: exit %d, %v\n%s%s", code, err, out, errs)
	}
	return c.Findings
}

// TestShortDates: in Anna's call register for the week of Mon 16 – Sun 22
// Nov 2026, dates typed without a year are read when one day of the week
// fits: "nov. 17." and "19 Nov" by the month's name, "11.18." month first,
// "20/11" day first, and "2026. 11. 21." in the Hungarian standard form.
// "12.03." can be 3 December or 12 March, neither in the week: a finding
// names both, and the call is left out. Calls: the fixture's 2 + 5 = 7
// counted, 1 not.
func TestShortDates(t *testing.T) {
	dir := workdir(t)
	week := salesrhythm.Week(salesrhythm.D(2026, 11, 16))
	var calls []salesrhythm.Call
	for range 6 {
		calls = append(calls, salesrhythm.Call{Date: salesrhythm.D(2026, 11, 16), Client: "Alfa Kft.", Result: salesrhythm.ResultTalked})
	}
	addWorkbook(t, dir, templates.Spec{Kind: salesrhythm.KindCallRegister, Person: fixturePerson("M-001"), Period: week}, "anna/calls-w47.xlsx",
		salesrhythm.Records{Calls: calls})
	typed := []string{"nov. 17.", "19 Nov", "11.18.", "20/11", "2026. 11. 21.", "12.03."}
	edit(t, filepath.Join(dir, "inbox", "anna", "calls-w47.xlsx"), func(f *excelize.File) error {
		for i, s := range typed {
			if err := f.SetCellStr("Calls", "A"+itoa(5+i), s); err != nil {
				return err
			}
		}
		return nil
	})
	fs := checkFindings(t, dir)
	var got []string
	for _, f := range fs {
		if f.File == "anna/calls-w47.xlsx" && f.Severity != salesrhythm.Info {
			got = append(got, f.Cell+" "+string(f.Code))
		}
	}
	if !slices.Equal(got, []string{"A10 ambiguous-date"}) {
		t.Errorf("findings %v, want only A10 ambiguous-date", got)
	}
	f, _ := findingAt(fs, "anna/calls-w47.xlsx", "A10", salesrhythm.CodeAmbiguousDate)
	if !strings.Contains(f.Message, "2026-03-12 or 2026-12-03") || !slices.Equal(f.Excluded, []salesrhythm.Exclusion{{Measure: salesrhythm.Calls, Amount: 1}}) {
		t.Errorf("the finding names no candidates or excludes no call: %+v", f)
	}
	if n := callsOf(t, dir, "M-001"); n != 7 {
		t.Errorf("Anna's calls %v, want 7", n)
	}
}

// TestNamesForIDs: person cells that hold a name or a near-miss ID are read
// as the one person of the plan they fit, with a warning; one that fits
// nobody says whom it might mean. In the plan, Béla's reports-to typed
// "L-9" names nobody: an error that says whose norms it changes, and the
// report says so too.
func TestNamesForIDs(t *testing.T) {
	dir := workdir(t)
	d := salesrhythm.D
	oneOnOne := func(day int, who string) salesrhythm.Event {
		return salesrhythm.Event{Date: d(2026, 11, day), Type: salesrhythm.EventOneOnOne, Start: salesrhythm.At(10, 0), Minutes: 20, Participants: []string{who}}
	}
	addLog(t, dir, []salesrhythm.Event{oneOnOne(16, "M-001"), oneOnOne(17, "M-001"), oneOnOne(18, "M-001"), oneOnOne(19, "M-001")})
	edit(t, filepath.Join(dir, "inbox", "lajos", "log-w47.xlsx"), func(f *excelize.File) error {
		return cmpErr(f.SetCellStr("Events", "E5", "Kovács Anna"), f.SetCellStr("Events", "E6", "anna kovacs"),
			f.SetCellStr("Events", "E7", "m01"), f.SetCellStr("Events", "E8", "Kovács"))
	})
	edit(t, filepath.Join(dir, "inbox", "plan.xlsx"), func(f *excelize.File) error {
		return cmpErr(f.SetCellStr("Team", "E8", "L-9"), f.SetCellStr("Targets", "A7", "Anna K."))
	})
	fs := checkFindings(t, dir)
	for _, tt := range []struct {
		file, cell string
		code       salesrhythm.Code
		severity   salesrhythm.Severity
		says       string
	}{
		{"lajos/log-w47.xlsx", "E5", salesrhythm.CodeNameForID, salesrhythm.Warning, `"Kovács Anna" is a name, not an ID: read as M-001 (Anna Kovács)`},
		{"lajos/log-w47.xlsx", "E6", salesrhythm.CodeNameForID, salesrhythm.Warning, "read as M-001 (Anna Kovács)"},
		{"lajos/log-w47.xlsx", "E7", salesrhythm.CodeNearMissID, salesrhythm.Warning, `"m01" is not an ID of the plan, but it can only mean M-001 (Anna Kovács): read as M-001`},
		{"lajos/log-w47.xlsx", "E8", salesrhythm.CodeUnknownPerson, salesrhythm.Warning, "\"Kovács\" is not in the team of the plan for November 2026; did you mean M-001 (Anna Kovács)?"},
		{"plan.xlsx", "A7", salesrhythm.CodeNameForID, salesrhythm.Warning, "read as M-001 (Anna Kovács)"},
		{"plan.xlsx", "E8", salesrhythm.CodeUnknownPerson, salesrhythm.Error,
			`L-9, to whom M-002 (Béla Szabó) reports, is not on the Team sheet, so M-002 (Béla Szabó) is nobody's direct report: the norms "One-on-one with each report" and "Joint client visit with each report" of L-01 leave M-002 out; did you mean L-01 (Lajos Vezető)?`},
	} {
		f, ok := findingAt(fs, tt.file, tt.cell, tt.code)
		if !ok || f.Severity != tt.severity || !strings.Contains(f.Message, tt.says) {
			t.Errorf("%s %s: %+v, want a %s %s saying %q", tt.file, tt.cell, f, tt.severity, tt.code, tt.says)
		}
	}

	s := reportJSON(t, dir)
	// L-01's reports are M-001 alone now. Her one-on-ones: the fixture's
	// one-on-one sheet of 10 Nov; of the four of the week of 16 Nov, three
	// name her (two by name, one by a near-miss ID): held 4, of 2 required,
	// credited 2. Anna's
	// revenue target, typed against "Anna K.", is read: 12,000,000.
	for _, c := range s.Compliance {
		for _, n := range c.Norms {
			if c.ID == "L-01" && n.Norm == "one-on-one" && (n.Required != 2 || n.Held != 4 || n.Credited != 2) {
				t.Errorf("L-01's one-on-ones: %+v, want 2 required, 4 held, 2 credited", n)
			}
		}
	}
	// The one-on-one with "Kovács" counts for no report: neither held (the
	// 4 above leave it out) nor credited, so the finding says 1 event.
	if f, _ := findingAt(s.Findings, "lajos/log-w47.xlsx", "E8", salesrhythm.CodeUnknownPerson); !slices.Equal(f.Excluded, []salesrhythm.Exclusion{{Measure: salesrhythm.Events, Amount: 1}}) {
		t.Errorf("the one-on-one with Kovács excludes %+v, want one event", f.Excluded)
	}
	for _, p := range s.People {
		if p.ID == "M-001" && p.Targets["revenue"].Actual != 1_730_000 {
			t.Errorf("Anna's revenue %v, want the fixture's 1,730,000", p.Targets["revenue"].Actual)
		}
	}

	f, err := excelize.OpenFile(filepath.Join(dir, "out", "salesrhythm-2026-11.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want := "M-002 (Béla Szabó) reports to L-9, who is not in the plan: M-002 is nobody's direct report, so no leader's per-report norms"
	for _, sheet := range []string{"Summary", "Compliance"} {
		rows, _ := f.GetRows(sheet)
		var all []string
		for _, r := range rows {
			all = append(all, strings.Join(r, " | "))
		}
		if !strings.Contains(strings.Join(all, "\n"), want) {
			t.Errorf("%s does not say whose norms the reports-to changes:\n%s", sheet, strings.Join(all, "\n"))
		}
	}
}

// readInbox reads the inbox of dir for November 2026 as the importer does,
// with its findings other than info and the want of a plan.
func readInbox(t *testing.T, dir string) (*importer.Result, []salesrhythm.Finding) {
	t.Helper()
	cfg := salesrhythm.Default()
	res, err := importer.Read(t.Context(), filepath.Join(dir, "inbox"), salesrhythm.Month{Year: 2026, Month: 11}, importer.Options{Config: cfg, Schema: schema.New(cfg)})
	if err != nil {
		t.Fatal(err)
	}
	var problems []salesrhythm.Finding
	for _, f := range res.Findings {
		if f.Severity != salesrhythm.Info && f.Code != salesrhythm.CodeNoPlan {
			problems = append(problems, f)
		}
	}
	return res, problems
}

// TestDatesLookingForwardAndBack: a next contact and a due date lie after
// the row's week and a first contact before the month, so a date typed
// without a year in those columns is read in the nearest year on their
// side, as the trial's Hungarian team typed them. In M-001's register of
// the week of Mon 2 – Sun 8 Nov 2026 the calls of 3 November have next
// contacts "nov. 10." (2026-11-10), "nov. 16." (2026-11-16) and "3/12"
// (3 December is 25 days after the week, 12 March 124: 3 December); "5/6"
// is 6 May (179 days on) or 5 June (209): both alike, a warning naming both
// that says what it costs. L-01's log of the week: due "nov. 13.". M-001's
// client profiles for November: first contact "okt. 2." (2026-10-02), next
// contact "dec. 3." (2026-12-03).
func TestDatesLookingForwardAndBack(t *testing.T) {
	dir := t.TempDir()
	week := salesrhythm.Week(salesrhythm.D(2026, 11, 2))
	nov := salesrhythm.Month{Year: 2026, Month: 11}
	call := salesrhythm.Call{Date: salesrhythm.D(2026, 11, 3), Client: "Alfa Kft.", Result: salesrhythm.ResultTalked}
	addWorkbook(t, dir, templates.Spec{Kind: salesrhythm.KindCallRegister, Person: fixturePerson("M-001"), Period: week}, "calls.xlsx",
		salesrhythm.Records{Calls: []salesrhythm.Call{call, call, call, call}})
	addWorkbook(t, dir, templates.Spec{Kind: salesrhythm.KindManagementLog, Person: fixturePerson("L-01"), Period: week}, "log.xlsx",
		salesrhythm.Records{Actions: []salesrhythm.ActionItem{{RaisedOn: salesrhythm.D(2026, 11, 6), Issue: "Béta Zrt. árazás", Owner: "M-001", Status: salesrhythm.StatusOpen}}})
	addWorkbook(t, dir, templates.Spec{Kind: salesrhythm.KindClientProfiles, Person: fixturePerson("M-001"), Period: nov.Period()}, "clients.xlsx",
		salesrhythm.Records{Clients: []salesrhythm.Client{{Name: "Alfa Kft.", Status: salesrhythm.ClientActive}}})
	typed := map[string]map[string]string{
		"calls.xlsx":   {"J5": "nov. 10.", "J6": "nov. 16.", "J7": "3/12", "J8": "5/6"},
		"log.xlsx":     {"D5": "nov. 13."},
		"clients.xlsx": {"H5": "okt. 2.", "K5": "dec. 3."},
	}
	sheets := map[string]string{"calls.xlsx": "Calls", "log.xlsx": "Action items", "clients.xlsx": "Clients"}
	for file, cells := range typed {
		edit(t, filepath.Join(dir, "inbox", file), func(f *excelize.File) error {
			for ref, s := range cells {
				if err := f.SetCellStr(sheets[file], ref, s); err != nil {
					return err
				}
			}
			return nil
		})
	}
	res, problems := readInbox(t, dir)
	var got []string
	for _, c := range res.Calls {
		got = append(got, c.NextContact.String())
	}
	want := []string{"2026-11-10", "2026-11-16", "2026-12-03", "0001-01-01"}
	if len(res.Calls) != 4 || !slices.Equal(got[:3], want[:3]) || !res.Calls[3].NextContact.IsZero() {
		t.Errorf("next contacts %v, want %v", got, want)
	}
	if len(res.Actions) != 1 || res.Actions[0].Due != salesrhythm.D(2026, 11, 13) {
		t.Errorf("action items %+v, want one due 2026-11-13", res.Actions)
	}
	if len(res.Clients) != 1 || res.Clients[0].FirstContact != salesrhythm.D(2026, 10, 2) || res.Clients[0].NextContact != salesrhythm.D(2026, 12, 3) {
		t.Errorf("clients %+v, want first contact 2026-10-02, next 2026-12-03", res.Clients)
	}
	if len(problems) != 1 || problems[0].Cell != "J8" || problems[0].Severity != salesrhythm.Warning || problems[0].Code != salesrhythm.CodeAmbiguousDate ||
		!strings.Contains(problems[0].Message, "2027-05-06 or 2027-06-05") || !strings.Contains(problems[0].Message, "not carried into next week's register") {
		t.Errorf("findings %v, want one warning at J8 naming 2027-05-06 or 2027-06-05 and what it costs", problems)
	}
}

// TestHedgedAnswers: in Lajos's self-assessment, question 13 answered
// "partly" is NO, as the method says (DOMAIN.md §5), with an info note;
// question 6 answered "maybe" cannot be read, and the Roles sheet says so
// rather than that it was left blank. Both are Critic-innovator questions.
func TestHedgedAnswers(t *testing.T) {
	dir := workdir(t)
	edit(t, filepath.Join(dir, "inbox", "lajos", "assessment.xlsx"), func(f *excelize.File) error {
		return cmpErr(f.SetCellStr("Questions", "C17", "partly"), f.SetCellStr("Questions", "C10", "maybe"))
	})
	fs := checkFindings(t, dir)
	if f, ok := findingAt(fs, "lajos/assessment.xlsx", "C17", salesrhythm.CodeReadAsNo); !ok || f.Severity != salesrhythm.Info {
		t.Errorf("no read-as-no note at C17: %v", fs)
	}
	if _, ok := findingAt(fs, "lajos/assessment.xlsx", "C10", salesrhythm.CodeNotYesNo); !ok {
		t.Errorf("no not-yes-no at C10: %v", fs)
	}
	if _, errs, code := cli(t, dir, "report", "--month", "2026-11"); code > 1 { // 1: the input has errors
		t.Fatalf("report: exit %d\n%s", code, errs)
	}
	f, err := excelize.OpenFile(filepath.Join(dir, "out", "salesrhythm-2026-11.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows("Roles")
	var open string
	for _, r := range rows {
		if len(r) > 6 && r[0] == "L-01" && strings.Contains(r[6], "13. ") {
			open = r[6]
		}
	}
	q6, q13 := "", ""
	for _, line := range strings.Split(open, "\n") {
		switch {
		case strings.HasPrefix(line, "6. "):
			q6 = line
		case strings.HasPrefix(line, "13. "):
			q13 = line
		}
	}
	if !strings.HasSuffix(q6, "(the answer could not be read)") || q13 == "" || strings.HasSuffix(q13, ")") {
		t.Errorf("question 6 %q should say it could not be read, question 13 %q that it is NO", q6, q13)
	}
}

// TestBlankStatusReadAsOpen: an action item whose status is left blank is
// read as Open, with a missing-cell warning that says so; one marked Done
// is not.
func TestBlankStatusReadAsOpen(t *testing.T) {
	dir := t.TempDir()
	week := salesrhythm.Week(salesrhythm.D(2026, 11, 2))
	raised := salesrhythm.D(2026, 11, 6)
	addWorkbook(t, dir, templates.Spec{Kind: salesrhythm.KindManagementLog, Person: fixturePerson("L-01"), Period: week}, "log.xlsx",
		salesrhythm.Records{Actions: []salesrhythm.ActionItem{
			{RaisedOn: raised, Issue: "Price list", Owner: "M-001", Status: salesrhythm.StatusDone, DoneOn: raised},
			{RaisedOn: raised, Issue: "CRM export", Owner: "M-001"},
		}})
	res, problems := readInbox(t, dir)
	if len(res.Actions) != 2 || res.Actions[0].Status != salesrhythm.StatusDone || res.Actions[1].Status != salesrhythm.StatusOpen {
		t.Errorf("action items %+v, want done and open", res.Actions)
	}
	if len(problems) != 1 || problems[0].Cell != "E6" || problems[0].Code != salesrhythm.CodeMissingCell || problems[0].Severity != salesrhythm.Warning ||
		problems[0].Message != "status is empty; read as Open" {
		t.Errorf("findings %v, want a missing-cell warning at E6 read as Open", problems)
	}
}

// TestCopiedSheet: as in the trial, a manager copied the Deals sheet of her
// weekly report ("Move or copy… ▸ copy": "Deals (2)") and typed one more
// deal in the copy. Deals: Alfa 2,400,000 and Béta 800,000. The copy: the
// same two, and Xí Kft. 700,000. The copy's rows are read as deals, its
// two repeats counted once: 3 deals, 3,900,000 Ft, with a copied-sheet
// warning naming the sheet and a duplicate warning on each repeated row.
func TestCopiedSheet(t *testing.T) {
	dir := t.TempDir()
	week := salesrhythm.Week(salesrhythm.D(2026, 11, 2))
	deal := func(day int, client string, amount float64) salesrhythm.Deal {
		return salesrhythm.Deal{Date: salesrhythm.D(2026, 11, day), Client: client, NewClient: salesrhythm.No, Amount: amount}
	}
	addWorkbook(t, dir, templates.Spec{Kind: salesrhythm.KindWeeklyReport, Person: fixturePerson("M-001"), Period: week}, "weekly.xlsx",
		salesrhythm.Records{Deals: []salesrhythm.Deal{deal(3, "Alfa Kft.", 2_400_000), deal(4, "Béta Zrt.", 800_000)}})
	edit(t, filepath.Join(dir, "inbox", "weekly.xlsx"), func(f *excelize.File) error {
		at, err := f.NewSheet("Deals (2)")
		if err != nil {
			return err
		}
		from, _ := f.GetSheetIndex("Deals")
		return cmpErr(f.CopySheet(from, at), f.SetCellStr("Deals (2)", "A7", "2026-11-05"), f.SetCellStr("Deals (2)", "B7", "Xí Kft."),
			f.SetCellFloat("Deals (2)", "E7", 700_000, -1, 64))
	})
	res, problems := readInbox(t, dir)
	total := 0.0
	for _, d := range res.Deals {
		total += d.Amount
	}
	if len(res.Deals) != 3 || total != 3_900_000 || res.Deals[2].Client != "Xí Kft." || res.Deals[2].Sheet != "Deals (2)" {
		t.Errorf("deals %+v, want Alfa, Béta and Xí of the copy: 3,900,000", res.Deals)
	}
	var got []string
	for _, f := range problems {
		got = append(got, f.Sheet+" "+f.Cell+" "+string(f.Code))
	}
	want := []string{"Deals (2) 5:5 duplicate", "Deals (2) 6:6 duplicate", "Deals (2)  copied-sheet"}
	if !slices.Equal(got, want) {
		t.Errorf("findings %q, want %q", got, want)
	}
	if f := problems[len(problems)-1]; !strings.Contains(f.Message, `"Deals (2)" is a copy of "Deals"`) || !strings.Contains(f.Message, "3 rows") {
		t.Errorf("the copy's warning: %q", f.Message)
	}
}

// TestCopiedTeamSheet: a copy of the plan's Team sheet is not read as more
// people (every one would be an ID taken twice): it is reported as a sheet
// whose values were not read, and the plan is read as before.
func TestCopiedTeamSheet(t *testing.T) {
	dir := workdir(t)
	edit(t, filepath.Join(dir, "inbox", "plan.xlsx"), func(f *excelize.File) error {
		at, err := f.NewSheet("Team (2)")
		if err != nil {
			return err
		}
		from, _ := f.GetSheetIndex("Team")
		return f.CopySheet(from, at)
	})
	fs := checkFindings(t, dir)
	var got []string
	for _, f := range fs {
		if f.File == "plan.xlsx" && f.Severity != salesrhythm.Info {
			got = append(got, f.Sheet+" "+string(f.Code))
		}
	}
	if !slices.Equal(got, []string{"Team (2) extra-cell"}) {
		t.Errorf("the plan's findings %q, want only the copy's extra-cell", got)
	}
}
