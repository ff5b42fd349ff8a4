package main

import (
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"salesrhythm"
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
		{"lajos/log-w47.xlsx", "E8", salesrhythm.CodeUnknownPerson, salesrhythm.Warning, "Kovács is not in the team of the plan for 2026-11; did you mean M-001 (Anna Kovács)?"},
		{"plan.xlsx", "A7", salesrhythm.CodeNameForID, salesrhythm.Warning, "read as M-001 (Anna Kovács)"},
		{"plan.xlsx", "E8", salesrhythm.CodeUnknownPerson, salesrhythm.Error,
			`L-9, to whom M-002 (Béla Szabó) reports, is not on the Team sheet, so M-002 (Béla Szabó) is nobody's direct report: L-01's norms "One-on-one with each report" and "Joint client visit with each report" leave M-002 out; did you mean L-01 (Lajos Vezető)?`},
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
	// The one-on-one with "Kovács" counts for no report: not credited.
	if f, _ := findingAt(s.Findings, "lajos/log-w47.xlsx", "E8", salesrhythm.CodeUnknownPerson); !slices.Equal(f.Excluded, []salesrhythm.Exclusion{{Measure: salesrhythm.Credits, Amount: 1}}) {
		t.Errorf("the one-on-one with Kovács excludes %+v, want one credit", f.Excluded)
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
