package report_test

import (
	"bytes"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"salesrhythm"
	"salesrhythm/analysis"
	"salesrhythm/internal/officetest"
	"salesrhythm/report"
)

// withHistory gives the fixture's month a history of five months: July
// and September without a plan, August as the month itself relabelled, and
// the month before it the fixture again, so that every month with a plan
// stands alone between gaps but the last two.
func withHistory(t *testing.T, l salesrhythm.Locale) report.Input {
	in := fixture(t, l)
	this := analysis.Figures(in.Result)
	m := in.Result.Month
	aug := this
	aug.Month = m.Add(-3)
	oct := this
	oct.Month = m.Add(-1)
	h := analysis.Trends([]analysis.MonthFigures{analysis.NoPlan(m.Add(-4)), aug, analysis.NoPlan(m.Add(-2)), oct, this})
	in.History = &h
	return in
}

func TestHistorySheet(t *testing.T) {
	in := withHistory(t, salesrhythm.English)
	data, pics, err := report.Build(in, "feedback")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(report.Names(pics), "trend.png") {
		t.Error("no trend image for the Summary")
	}
	f := opened(t, data, nil)
	if sheets := f.GetSheetList(); len(sheets) < 3 || sheets[2] != "Trends" {
		t.Fatalf("sheets %v, want Trends third (Excel reserves the name History)", sheets)
	}
	rows, _ := f.GetRows("Trends")
	var months [][]string
	for _, r := range rows {
		if len(r) > 0 && strings.HasSuffix(r[0], " 2026") && len(r[0]) == 8 {
			months = append(months, r)
		}
	}
	if len(months) != 5 {
		t.Fatalf("%d month rows in the department's table, want 5:\n%v", len(months), rows)
	}
	// July, a month without a plan: blank figures and a note, no zero.
	if july := months[0]; len(july) < 10 || july[1] != "" || july[3] != "" || july[9] != "no plan" {
		t.Errorf("July's row %q, want blanks and 'no plan'", july)
	}
	if nov := months[4]; nov[3] == "" || nov[4] == "" {
		t.Errorf("November's row %q, want a fulfilment and its change against October", nov)
	}
	// The change is in percentage points, as the sheet's note says.
	if change := months[4][4]; !strings.HasSuffix(change, " pp") {
		t.Errorf("November's change %q, want percentage points", change)
	}
	// The leaders' compliance table names the role, and its chart's lines
	// are named by the leaders' names.
	if !slices.ContainsFunc(rows, func(r []string) bool { return len(r) > 2 && r[0] == "ID" && r[2] == "Role" }) {
		t.Error("no compliance table headed ID, Name, Role")
	}
	again, _, _ := report.Build(in, "feedback")
	if !bytes.Equal(data, again) {
		t.Error("two builds of the same history differ")
	}
}

// TestHistoryOfOneMonth: a history of the month alone is a table of one
// row and no trend image.
func TestHistoryOfOneMonth(t *testing.T) {
	in := fixture(t, salesrhythm.Hungarian)
	h := analysis.Trends([]analysis.MonthFigures{analysis.Figures(in.Result)})
	in.History = &h
	_, pics, err := report.Build(in, "feedback")
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(report.Names(pics), "trend.png") {
		t.Error("a trend image of one month")
	}
}

func TestLibreOfficeOpensTheHistoryAndThePeriod(t *testing.T) {
	officetest.Soffice(t)
	in := withHistory(t, salesrhythm.Hungarian)
	dir := t.TempDir()
	w, err := report.Write(in, report.DefaultOutput(dir, in.Result.Month))
	if err != nil {
		t.Fatal(err)
	}
	p := periodInput(in)
	pw, err := report.WritePeriod(p, report.DefaultPeriodOutput(dir, p.Result.From, p.Result.To))
	if err != nil {
		t.Fatal(err)
	}
	officetest.Convert(t, filepath.Join(dir, "pdf"), "pdf", w.Workbook, pw.Workbook)
}

func periodInput(in report.Input) report.PeriodInput {
	this := analysis.Figures(in.Result)
	prev := this
	prev.Month = in.Result.Month.Add(-1)
	return report.PeriodInput{Config: in.Config, Findings: in.Findings,
		Result: analysis.SumPeriod([]analysis.MonthFigures{analysis.NoPlan(in.Result.Month.Add(-2)), prev, this}, in.Config.Ranking)}
}

func TestPeriodWorkbook(t *testing.T) {
	p := periodInput(fixture(t, salesrhythm.English))
	data, _, err := report.BuildPeriod(p)
	f := opened(t, data, err)
	want := []string{"Summary", "Fulfilment", "Rankings", "Months", "Data quality", "Policy"}
	if got := f.GetSheetList(); !slices.Equal(got, want) {
		t.Errorf("sheets %v, want %v", got, want)
	}
	if a, _ := f.GetCellValue("Summary", "A1"); !strings.Contains(a, "September 2026 – November 2026") {
		t.Errorf("Summary!A1 %q", a)
	}
	// The period's revenue is twice the month's: two months of the same.
	got := p.Result.Department.Measures.Revenue
	if m := analysis.Figures(fixture(t, salesrhythm.English).Result).Department.Measures.Revenue; got.Actual != 2*m.Actual || got.Target != 2*m.Target {
		t.Errorf("period revenue %v of %v, want twice %v of %v", got.Actual, got.Target, m.Actual, m.Target)
	}
	again, _, _ := report.BuildPeriod(p)
	if !bytes.Equal(data, again) {
		t.Error("two builds of the same period differ")
	}
	if s := report.SummarisePeriod(p); s.From.String() != "2026-09" || len(s.Planned) != 2 || len(s.People) == 0 {
		t.Errorf("summary %+v", s)
	}
}
