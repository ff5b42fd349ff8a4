package report_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"salesrhythm"
	"salesrhythm/analysis"
	"salesrhythm/report"
)

// The pack's Summary shows beside a pace the figure it is computed from:
// the actual of the reports with the target, the total with the others
// said beside it; and a week running into a month with no plan says so on
// the pack, with the actual the pace counts. The target to date is said
// only while it is not yet the week's.
func TestPackSummaryShowsWhatThePaceCounts(t *testing.T) {
	cfg := salesrhythm.Default()
	dec := salesrhythm.Month{Year: 2026, Month: 12}
	week := salesrhythm.Week(salesrhythm.D(2026, 11, 30))
	agg := func(target, toDate, actual, toDateActual, total float64) analysis.Aggregate {
		return analysis.Aggregate{Target: target, ToDate: toDate, Actual: actual, ActualToDate: toDateActual, Total: total,
			Fulfilment: analysis.Ratio(toDateActual, target), Pace: analysis.Ratio(toDateActual, toDate)}
	}
	var team analysis.WeekPerson
	team.Members = 3
	team.Week.Revenue = agg(8_000_000, 8_000_000, 19_000_000, 4_000_000, 19_000_000)
	team.Week.Calls = agg(100, 60, 300, 90, 300)
	team.Week.Meetings = agg(35, 35, 23, 23, 34)
	w := analysis.Week{Week: week, AsOf: salesrhythm.D(2026, 12, 2), WorkingDays: 5, Elapsed: 3, NoPlan: []salesrhythm.Month{dec},
		Packs: []analysis.Pack{{Leader: "L-01", Name: "Lajos Vezető", Role: salesrhythm.Lead, Team: team}}}
	data, err := report.BuildPack(report.WeekInput{Config: cfg, Week: w}, w.Packs[0])
	f := opened(t, data, err)
	rows, _ := f.GetRows("Summary", excelize.Options{RawCellValue: true})
	find := func(label string) []string {
		for _, r := range rows {
			if len(r) > 2 && r[0] == label {
				return r
			}
		}
		t.Fatalf("no row %q in %q", label, rows)
		return nil
	}
	if m := find("Client meetings"); m[1] != "23" || !strings.Contains(m[2], "pace 65.7%") || !strings.Contains(m[2], "the actual with the reports who have no such target: 34") {
		t.Errorf("meetings %q; want 23, its pace, and the 34 of all the reports beside it", m)
	}
	// Once the week's working days are behind, its target is its target to
	// date: said once.
	if m := find("Client meetings"); !strings.Contains(m[2], "pace 65.7% of the week's target 35") || strings.Contains(m[2], "to date") {
		t.Errorf("meetings %q; want the week's target said once", m)
	}
	if c := find("Calls"); !strings.Contains(c[2], "pace 150.0% (target to date 60); week's target 100") {
		t.Errorf("calls %q; want the target to date beside the week's", c)
	}
	if r := find("Revenue"); r[1] != "19000000" || !strings.Contains(r[2], "pace 50.0%") || !strings.Contains(r[2], "paced on the days with a plan: 4,000,000") {
		t.Errorf("revenue %q; want the pace of the days with a plan and their actual", r)
	}
	var said bool
	for _, r := range rows {
		if len(r) > 0 && strings.HasPrefix(r[0], "No plan for December 2026 (") {
			said = true
		}
	}
	if !said {
		t.Errorf("the Summary does not say December has no plan: %q", rows)
	}
}

// TestPackChartsKeepTheirSizeAboveTheFunnel: the People sheet's charts of a
// leader with many reports span the sizes they were added at, whatever
// heights the rows below get, and the funnel starts below the taller one.
func TestPackChartsKeepTheirSizeAboveTheFunnel(t *testing.T) {
	cfg := salesrhythm.Default()
	week := salesrhythm.Week(salesrhythm.D(2026, 11, 23))
	p := analysis.Pack{Leader: "L-01", Name: "Lajos Vezető", Role: salesrhythm.Lead}
	for i := range 20 {
		r := analysis.WeekPerson{ID: fmt.Sprintf("M-%03d", i+1), Name: fmt.Sprintf("Értékesítő %d", i+1), Members: 1}
		r.Week.Revenue = analysis.Aggregate{Target: 1_000_000, ToDate: 1_000_000, Actual: float64(i) * 100_000}
		r.Week.Calls = analysis.Aggregate{Target: 50, ToDate: 50, Actual: float64(i * 3), Pace: analysis.Ratio(float64(i*3), 50)}
		p.Reports = append(p.Reports, r)
	}
	p.Team.Members = 20
	w := analysis.Week{Week: week, AsOf: week.End, WorkingDays: 5, Elapsed: 5, Packs: []analysis.Pack{p}}
	data, err := report.BuildPack(report.WeekInput{Config: cfg, Week: w}, p)
	f := opened(t, data, err)
	sizes := chartSizes(t, f, "People", data)
	if want := [][2]int{{720, 320}, {560, 20*22 + 80}}; fmt.Sprint(sizes) != fmt.Sprint(want) {
		t.Errorf("the People sheet's charts span %v pixels, want %v", sizes, want)
	}
	rows, _ := f.GetRows("People")
	funnel := 0
	for i, r := range rows {
		if len(r) > 0 && strings.HasPrefix(r[0], "The week's funnel") {
			funnel = i + 1
		}
	}
	bottom := 0 // the last row a chart reaches, from 1
	anchors := chartAnchors(t, data)
	for _, a := range anchors {
		bottom = max(bottom, a[6]+1)
	}
	// One below the other, in the first columns: side by side, the second
	// straddled the two pages the sheet prints on.
	if len(anchors) != 2 || anchors[1][0] != anchors[0][0] || anchors[1][2] <= anchors[0][6] {
		t.Errorf("the charts' anchors %v, want the second below the first, in its columns", anchors)
	}
	if funnel == 0 || funnel <= bottom {
		t.Errorf("the funnel's heading is in row %d, the charts reach row %d", funnel, bottom)
	}
	// Its 24 columns print on two pages side by side, not shrunk onto one;
	// the Summary stays one page.
	if pl, _ := f.GetPageLayout("People"); pl.FitToWidth == nil || *pl.FitToWidth != 2 {
		t.Errorf("the People sheet prints %v pages wide, want 2", pl.FitToWidth)
	}
	if pl, _ := f.GetPageLayout("Summary"); pl.FitToWidth == nil || *pl.FitToWidth != 1 || pl.FitToHeight == nil || *pl.FitToHeight != 1 {
		t.Errorf("the Summary prints %v × %v pages, want 1 × 1", pl.FitToWidth, pl.FitToHeight)
	}
}

// TestPackSaysNotInYetWhileTheWeekRuns: on the Friday of a week still
// going on, its workbooks not handed in are not in yet, not missing; once
// the week is over they are missing. The leader is asked for their own,
// not to ask themself for it.
func TestPackSaysNotInYetWhileTheWeekRuns(t *testing.T) {
	cfg := salesrhythm.Default()
	week := salesrhythm.Week(salesrhythm.D(2026, 11, 9))
	p := analysis.Pack{Leader: "L-01", Name: "Lajos Vezető", Role: salesrhythm.Lead,
		Reports: []analysis.WeekPerson{{ID: "M-001", Name: "Anna Kovács", Role: salesrhythm.Manager}},
		Direct:  []analysis.Member{{ID: "M-001", Name: "Anna Kovács"}},
		Missing: []analysis.Workbook{{Kind: salesrhythm.KindCallRegister, Person: "M-001", Period: week}, {Kind: salesrhythm.KindManagementLog, Person: "L-01", Period: week}}}
	for _, c := range []struct {
		asOf              salesrhythm.Date
		complete          bool
		kpi, cell, agenda string
	}{
		{salesrhythm.D(2026, 11, 13), false, "Workbooks not in yet", "… not in yet", "Remind them of the workbooks not in yet (sheet Submissions): Anna Kovács."},
		{week.End, true, "Workbooks not handed in", "✗ missing", "Ask for the workbooks not handed in (sheet Submissions): Anna Kovács."},
	} {
		w := analysis.Week{Week: week, AsOf: c.asOf, Complete: c.complete, WorkingDays: 5, Elapsed: 5, Packs: []analysis.Pack{p}}
		data, err := report.BuildPack(report.WeekInput{Config: cfg, Week: w}, p)
		f := opened(t, data, err)
		rows, _ := f.GetRows("Summary")
		all := fmt.Sprint(rows)
		for _, want := range []string{c.kpi, c.agenda, "Hand in your own too: management log."} {
			if !strings.Contains(all, want) {
				t.Errorf("as of %s the Summary lacks %q:\n%s", c.asOf, want, all)
			}
		}
		if strings.Contains(all, "Anna Kovács, Lajos Vezető") {
			t.Errorf("as of %s the leader is asked to ask themself:\n%s", c.asOf, all)
		}
		if v, _ := f.GetCellValue("Submissions", "C5"); v != c.cell {
			sub, _ := f.GetRows("Submissions")
			t.Errorf("as of %s Submissions: %q, want %q for Anna's call register", c.asOf, sub, c.cell)
		}
	}
}
