package main

import (
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// rowOf returns the row of sheet whose first cell is id (the second on
// Rankings, after the rank), or nil.
func rowOf(t *testing.T, f *excelize.File, sheet, id string) []string {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		if len(r) > 0 && r[0] == id || sheet == "Rankings" && len(r) > 1 && r[1] == id {
			return r
		}
	}
	return nil
}

// TestEveryPersonOnEverySheet: in the fixture, Béla (M-002, leaving 20
// Nov) sent no call register nor time table, and the director (D-01) no
// self-assessment. They are shown with nought and "none received", not
// left out.
func TestEveryPersonOnEverySheet(t *testing.T) {
	dir := workdir(t)
	// As of the Sunday the month's last week ends: all of its workbooks are due.
	if _, errs, code := cli(t, dir, "report", "--month", "2026-11", "--as-of", "2026-12-06"); code != 0 {
		t.Fatalf("report: exit %d\n%s", code, errs)
	}
	f, err := excelize.OpenFile(filepath.Join(dir, "out", "salesrhythm-2026-11.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	// Béla works the weeks of 2, 9 and 16 Nov: 3 registers and 3 tables due.
	for _, tt := range []struct {
		sheet, id string
		want      []string // the cells after ID and name
	}{
		{"Activity", "M-002", []string{"none received (3 due)", "0", "0"}},
		{"Activity", "M-001", []string{"1 of 5", "2"}},
		{"Time use", "M-002", []string{"none received (3 due)", "n/a", "n/a", "0"}},
		{"Roles", "D-01", nil},
		{"Fulfilment", "M-002", nil},
		{"Rankings", "M-002", nil},
	} {
		row := rowOf(t, f, tt.sheet, tt.id)
		if row == nil {
			t.Errorf("%s is not on the %s sheet", tt.id, tt.sheet)
			continue
		}
		if len(tt.want) > 0 && (len(row) < 2+len(tt.want) || !slices.Equal(row[2:2+len(tt.want)], tt.want)) {
			t.Errorf("%s on %s: %q, want %q after the name", tt.id, tt.sheet, row, tt.want)
		}
	}
	if row := rowOf(t, f, "Roles", "D-01"); row[len(row)-1] != "none received" {
		t.Errorf("the director's row on Roles: %q, want none received at the end", row)
	}
	for _, id := range []string{"D-01", "L-01"} {
		if rowOf(t, f, "Compliance", id) == nil {
			t.Errorf("leader %s is not on the Compliance sheet", id)
		}
	}
}

// TestOneFunnel: every step of the funnel names its source, and deals won
// is the Summary's deals figure: the fixture's 2 Deals rows of November.
func TestOneFunnel(t *testing.T) {
	dir := workdir(t)
	out, errs, code := cli(t, dir, "report", "--month", "2026-11", "--json")
	if code != 0 {
		t.Fatalf("report: exit %d\n%s", code, errs)
	}
	var s struct {
		Department struct {
			Targets map[string]struct{ Actual float64 }
		}
		Funnel []struct {
			Key    string
			Count  int
			Source struct{ En, Hu string }
		}
	}
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatal(err)
	}
	// Anna's calls: 2, one answered (the other no answer), one meeting set;
	// her weekly report's funnel: 6 meetings held, 4 proposals.
	var got []string
	for _, st := range s.Funnel {
		got = append(got, st.Key+" "+itoa(st.Count)+" "+st.Source.En)
		if st.Source.Hu == "" {
			t.Errorf("step %s has no Hungarian source", st.Key)
		}
	}
	want := []string{"calls 2 call registers", "conversations 1 call registers", "meetings-set 1 call registers",
		"meetings-held 6 weekly reports' funnel", "proposals 4 weekly reports' funnel", "deals-won 2 weekly reports' Deals rows"}
	if !slices.Equal(got, want) {
		t.Errorf("funnel %q\nwant   %q", got, want)
	}
	if len(s.Funnel) == 6 && (float64(s.Funnel[5].Count) != s.Department.Targets["deals"].Actual || float64(s.Funnel[3].Count) != s.Department.Targets["meetings"].Actual) {
		t.Errorf("deals won %d, meetings held %d; the Summary's deals %v, meetings %v", s.Funnel[5].Count, s.Funnel[3].Count,
			s.Department.Targets["deals"].Actual, s.Department.Targets["meetings"].Actual)
	}
	f, err := excelize.OpenFile(filepath.Join(dir, "out", "salesrhythm-2026-11.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows("Activity")
	var table []string
	for _, r := range rows {
		if len(r) == 3 && strings.HasSuffix(r[2], "Deals rows") {
			table = append(table, strings.Join(r, " | "))
		}
	}
	if !slices.Equal(table, []string{"Deals won | 2 | weekly reports' Deals rows"}) {
		t.Errorf("the Activity sheet's funnel table: %q", table)
	}
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }
