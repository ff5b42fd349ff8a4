package report

import (
	"maps"
	"testing"

	"github.com/xuri/excelize/v2"

	"salesrhythm"
)

// A feedback copy sits at its input's path less the month's folder, which
// the folder of the month's copies names already; inputs that would then
// meet keep their whole paths, and every copy is an .xlsx.
func TestCopyPathsLeaveOutTheMonthFolder(t *testing.T) {
	m := salesrhythm.Month{Year: 2026, Month: 11}
	got := copyPaths([]string{
		"2026-11/anna/calls.xlsx",
		"2026-10/anna/weekly.xlsx", // another month's folder stays
		"2026-11/bela/time.ods",
		"2026-11/csaba/plan.xlsx", "csaba/plan.xlsx", // would meet
		"2026-110/x.xlsx", // not the month's folder
		"loose.xlsm",
	}, m)
	want := map[string]string{
		"2026-11/anna/calls.xlsx":  "anna/calls.xlsx",
		"2026-10/anna/weekly.xlsx": "2026-10/anna/weekly.xlsx",
		"2026-11/bela/time.ods":    "bela/time.xlsx",
		"2026-11/csaba/plan.xlsx":  "2026-11/csaba/plan.xlsx",
		"csaba/plan.xlsx":          "csaba/plan.xlsx",
		"2026-110/x.xlsx":          "2026-110/x.xlsx",
		"loose.xlsm":               "loose.xlsx",
	}
	if !maps.Equal(got, want) {
		t.Errorf("copy paths\n got %v\nwant %v", got, want)
	}
}

// TestKeepColours: a workbook LibreOffice saved has no theme part, and
// excelize's GetStyle then drops every border colour; keepColours puts
// them back, so that a feedback copy's highlighted cells keep their
// borders and write no rgb="FF", which openpyxl refuses.
func TestKeepColours(t *testing.T) {
	f, err := excelize.OpenFile("../importer/testdata/writers/libreoffice/time-table.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	bordered := 0
	for id := range 40 {
		st, err := f.GetStyle(id)
		if err != nil || st == nil {
			continue
		}
		keepColours(f, id, st)
		for _, b := range st.Border {
			bordered++
			if len(b.Color) != 6 {
				t.Errorf("style %d: the %s border's colour is %q, want its RGB", id, b.Type, b.Color)
			}
		}
	}
	if bordered == 0 {
		t.Fatal("no style of the LibreOffice time table has a border")
	}
}
