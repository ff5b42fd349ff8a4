package report

import (
	"maps"
	"testing"

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
