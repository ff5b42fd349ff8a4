package report_test

import (
	"slices"
	"strings"
	"testing"

	"salesrhythm"
	"salesrhythm/analysis"
	"salesrhythm/report"
)

// The period keeps what the months say of missing values: whoever a month
// ranks provisional the period does too, with what the figures miss, and the
// period's Summary says what was left out of its headline figures as a
// month's Summary does.
func TestPeriodProvisionalAndLeftOut(t *testing.T) {
	in := fixture(t, salesrhythm.English)
	this := analysis.Figures(in.Result)
	this.People = slices.Clone(this.People)
	var laggard string
	for i, x := range this.People {
		if x.Band == analysis.BandLaggard {
			laggard = x.ID
			this.People[i].Missing = salesrhythm.Exclusions{{Measure: salesrhythm.Revenue, Unknown: 1}, {Measure: salesrhythm.Deals, Amount: 1}}
			break
		}
	}
	if laggard == "" {
		t.Fatal("the fixture ranks nobody a laggard")
	}
	prev := analysis.Figures(in.Result) // the month before: complete
	prev.Month = in.Result.Month.Add(-1)
	// A deal of the month left out: its date could not be read.
	findings := append(slices.Clone(in.Findings), salesrhythm.Finding{File: "2026-11/weekly-report_M-001_2026-11-02.xlsx", Sheet: "Deals", Cell: "A5",
		Field: "date", Severity: salesrhythm.Error, Code: salesrhythm.CodeNotADate, Message: "“last Friday” is not a date",
		Excluded: salesrhythm.Exclusions{{Measure: salesrhythm.Revenue, Amount: 1_600_000}, {Measure: salesrhythm.Deals, Amount: 1}}})
	in.Findings = findings
	p := report.PeriodInput{Config: in.Config, Findings: findings,
		Result: analysis.SumPeriod([]analysis.MonthFigures{prev, this}, in.Config.Ranking)}
	s := report.SummarisePeriod(p)
	for _, x := range s.People {
		if x.ID == laggard && (x.Band != analysis.BandProvisional || !x.Provisional || x.Missing.Get(salesrhythm.Revenue).Unknown != 1) {
			t.Errorf("%s over the period: band %q, provisional %v, missing %+v; want provisional with the unknown amount", x.ID, x.Band, x.Provisional, x.Missing)
		}
	}
	data, _, err := report.BuildPeriod(p)
	f := opened(t, data, err)
	// The headline figures: revenue, deals and calls in rows 4 to 6, what
	// the findings keep out of each beside it.
	var notes int
	for i, m := range []salesrhythm.Measure{salesrhythm.Revenue, salesrhythm.Deals, salesrhythm.Calls} {
		want := ""
		if s, ok := report.Shortfalls(in.Findings, m); ok {
			want = s.Note(in.Config.Currency, salesrhythm.English)
			notes++
		}
		if got, _ := f.GetCellValue("Summary", "D"+string(rune('4'+i))); got != want {
			t.Errorf("Summary!D%d %q; want what is left out of the %s, %q", 4+i, got, m, want)
		}
	}
	if notes == 0 {
		t.Fatal("the fixture leaves nothing out of the headline figures")
	}
	var said bool
	rows, _ := f.GetRows("Summary")
	for _, r := range rows {
		if strings.Contains(strings.Join(r, " "), "(provisional)") {
			said = true
		}
		// The count of errors is the row's figure, not a blank.
		if len(r) > 0 && r[0] == "Data problems" && (len(r) < 2 || !strings.Contains(r[1], "error")) {
			t.Errorf("the Data problems row %q has no count of errors", r)
		}
	}
	if !said {
		t.Error("the period's Summary does not say who is provisional")
	}
}
