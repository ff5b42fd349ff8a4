package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"salesrhythm"
	"salesrhythm/analysis"
	"salesrhythm/internal/officetest"
	"salesrhythm/internal/testinbox"
	"salesrhythm/schema"
	"salesrhythm/templates"
)

// weekJSON runs 'salesrhythm week' with args and --json in dir.
func weekJSON(t *testing.T, dir string, args ...string) analysis.Week {
	t.Helper()
	out, errs, code := cli(t, dir, append([]string{"week", "--json"}, args...)...)
	if code != 0 {
		t.Fatalf("week %v: exit %d\n%s", args, code, errs)
	}
	var w analysis.Week
	if err := json.Unmarshal([]byte(out), &w); err != nil {
		t.Fatalf("week --json: %v\n%s", err, out)
	}
	return w
}

// weekDir is the test inbox with Anna's weekly report of the week before,
// Mon 2 Nov, whose Next week the pack of the week of Mon 9 Nov shows.
func weekDir(t *testing.T) string {
	t.Helper()
	dir := workdir(t)
	spec := templates.Spec{Kind: salesrhythm.KindWeeklyReport, Person: fixturePerson("M-001"), Period: salesrhythm.Week(salesrhythm.D(2026, 11, 2))}
	addWorkbook(t, dir, spec, "anna/weekly-report-w45.xlsx", salesrhythm.Records{
		Outlooks: []salesrhythm.Outlook{{Priorities: "Call Alfa back", HelpNeeded: "A price for Béta"}}})
	return dir
}

const lajosPack = "out/week/2026-W46/L-01 Lajos Vezető/friday-pack-2026-W46.xlsx"

// TestWeek: the test inbox's week of Mon 9 – Sun 15 Nov 2026. November has
// 21 working days, the week 5. Anna (M-001): revenue target 12 000 000,
// calls 400, meetings 40; deals of 1 250 000 on Wed 11 and 480 000 on Fri
// 13 Nov, calls on 9 and 10 Nov, a funnel of 6 meetings and 4 proposals.
// Béla (M-002), 9 500 000.5, leaves on Fri 20 Nov and handed nothing in.
func TestWeek(t *testing.T) {
	dir := weekDir(t)
	w := weekJSON(t, dir, "--date", "2026-11-15")
	if !w.Complete || w.WorkingDays != 5 || w.Elapsed != 5 || len(w.Packs) != 1 || w.Packs[0].Leader != "L-01" {
		t.Fatalf("week %+v", w)
	}
	p := w.Packs[0]
	anna, bela := p.Reports[0], p.Reports[1]
	// Anna's week: 12 000 000 × 5/21 = 2 857 142.86; 1 730 000 of it is 60.55 %.
	rev := anna.Week.Revenue
	if !near(rev.Target, 12_000_000*5/21.0) || rev.Total != 1_730_000 || !near(rev.Pace.Value, 1_730_000/(12_000_000*5/21.0)) {
		t.Errorf("Anna's revenue %+v", rev)
	}
	// Calls: 2 of 400 × 5/21 = 95.24; meetings 6 of 40 × 5/21 = 9.52.
	if !near(anna.Week.Calls.Target, 400*5/21.0) || anna.Week.Calls.Total != 2 || anna.Week.Meetings.Total != 6 || anna.Proposals != 4 {
		t.Errorf("Anna's calls %+v, meetings %+v, proposals %d", anna.Week.Calls, anna.Week.Meetings, anna.Proposals)
	}
	// November to date, 10 working days: 12 000 000 × 10/21 = 5 714 285.71.
	if m := anna.Month.Revenue; !near(m.ToDate, 12_000_000*10/21.0) || m.ActualToDate != 1_730_000 {
		t.Errorf("Anna's November to date %+v", m)
	}
	if anna.LastWeek == nil || anna.LastWeek.Priorities != "Call Alfa back" || anna.LastWeek.HelpNeeded != "A price for Béta" ||
		anna.NextWeek == nil || anna.NextWeek.Priorities != "Close Gamma" || len(anna.Deals) != 2 {
		t.Errorf("Anna's outlooks %+v %+v, deals %+v", anna.LastWeek, anna.NextWeek, anna.Deals)
	}
	// Béla: 9 500 000.5 ÷ 21 a working day (his 15 of November's 21,
	// pro-rated), 5 days: 2 261 905.
	if !near(bela.Week.Revenue.Target, 9_500_000.5*5/21) || len(bela.Missing) != 3 || len(p.Missing) != 3 {
		t.Errorf("Béla %+v; missing %+v", bela.Week.Revenue, p.Missing)
	}
	// The price list, raised on 6 Nov and moved, due 13 Nov: overdue, and
	// first; the CRM export was raised and done on 13 Nov.
	if len(p.Earlier) != 1 || p.Earlier[0].Issue != "Price list" || !p.Earlier[0].Overdue || len(p.Raised) != 1 || !p.Raised[0].Done {
		t.Errorf("action items %+v / %+v", p.Earlier, p.Raised)
	}
	// Lajos held one morning meeting (9 Nov, 09:00, 15 minutes) of 5, no
	// weekly meeting (due Fri 13 Nov), a joint visit with Anna but not Béla,
	// and a one-on-one with Anna on 10 Nov, 25 minutes, on its sheet; in
	// November 2 are due for Anna + 2 × 15/21 = 1 (rounded) for Béla, and
	// that one talk is held and credited: neither has all theirs yet.
	norms := map[string]analysis.WeekNorm{}
	for _, n := range p.Norms {
		norms[n.Norm] = n
	}
	if n := norms["morning-meeting"]; n.Required != 5 || n.Held != 1 || n.Credited != 1 {
		t.Errorf("morning meetings %+v", n)
	}
	if n := norms["weekly-meeting"]; n.Required != 1 || n.Held != 0 || n.Due != salesrhythm.D(2026, 11, 13) {
		t.Errorf("weekly meeting %+v", n)
	}
	if n := norms["joint-visit"]; n.Required != 2 || n.Credited != 1 || !slices.Equal(n.Without, []string{"M-002"}) {
		t.Errorf("joint visits %+v", n)
	}
	if n := norms["one-on-one"]; n.Held != 1 || n.MonthRequired != 3 || n.MonthHeld != 1 || n.MonthCredited != 1 || !slices.Equal(n.Without, []string{"M-001", "M-002"}) {
		t.Errorf("one-on-ones %+v", n)
	}

	f, err := excelize.OpenFile(filepath.Join(dir, lajosPack))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want := []string{"Summary", "People", "Next week", "Action items", "Your events", "Submissions"}
	if got := f.GetSheetList(); !slices.Equal(got, want) {
		t.Errorf("sheets %v, want %v", got, want)
	}
	if a1, _ := f.GetCellValue("Summary", "A1"); a1 != "Friday pack · Week 46 · Lajos Vezető (L-01)" {
		t.Errorf("Summary!A1 = %q", a1)
	}
	if n := picturesOn(t, f, "Summary"); n != 2 {
		t.Errorf("the Summary has %d chart images, want 2", n)
	}
	if a2, _ := f.GetCellValue("Summary", "A2"); strings.Contains(a2, "as of") {
		t.Errorf("a week that is over says %q", a2)
	}
}

// picturesOn counts the pictures anchored anywhere on sheet.
func picturesOn(t *testing.T, f *excelize.File, sheet string) int {
	t.Helper()
	cells, err := f.GetPictureCells(sheet)
	if err != nil {
		t.Fatal(err)
	}
	return len(cells)
}

// TestWeekMidWeek: as of Thu 12 Nov, 4 working days: Anna's deal of Fri 13
// Nov does not count yet; 1 250 000 of 12 000 000 × 4/21 = 2 285 714.29 is
// 54.69 %.
func TestWeekMidWeek(t *testing.T) {
	dir := weekDir(t)
	w := weekJSON(t, dir, "--date", "2026-11-12")
	rev := w.Packs[0].Reports[0].Week.Revenue
	if w.Complete || w.Elapsed != 4 || rev.Total != 1_250_000 || !near(rev.Pace.Value, 1_250_000/(12_000_000*4/21.0)) {
		t.Errorf("as of 12 Nov: %+v, revenue %+v", w, rev)
	}
	f, err := excelize.OpenFile(filepath.Join(dir, lajosPack))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if a2, _ := f.GetCellValue("Summary", "A2"); !strings.Contains(a2, "as of 2026-11-12 (Thursday): the week is not over") {
		t.Errorf("Summary!A2 = %q, want the as-of day", a2)
	}
	out, _, _ := cli(t, dir, "week", "--date", "2026-11-12")
	if !strings.Contains(out, "Friday packs for week 46 (2026-11-09 – 2026-11-15), as of Thursday 2026-11-12: 1 in") {
		t.Errorf("week says:\n%s", out)
	}
}

// TestWeekIsTheSameBytes: the same inbox, its files listed in the opposite
// order, gives the same pack byte for byte, in either language.
func TestWeekIsTheSameBytes(t *testing.T) {
	for _, l := range []string{"en", "hu"} {
		dir := weekDir(t)
		if _, errs, code := cli(t, dir, "week", "--date", "2026-11-15", "--locale", l); code != 0 {
			t.Fatalf("week: exit %d\n%s", code, errs)
		}
		first := testinbox.Sums(t, filepath.Join(dir, "out", "week"))
		// Rename every file so that the inbox lists them the other way round.
		inbox := filepath.Join(dir, "inbox")
		var files []string
		filepath.WalkDir(inbox, func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				files = append(files, p)
			}
			return err
		})
		slices.Sort(files)
		for i, p := range files {
			to := filepath.Join(inbox, "moved", string(rune('z'-i))+"-"+filepath.Base(p))
			os.MkdirAll(filepath.Dir(to), 0o755)
			if err := os.Rename(p, to); err != nil {
				t.Fatal(err)
			}
		}
		if _, errs, code := cli(t, dir, "week", "--date", "2026-11-15", "--locale", l); code != 0 {
			t.Fatalf("week again: exit %d\n%s", code, errs)
		}
		for name, sum := range testinbox.Sums(t, filepath.Join(dir, "out", "week")) {
			if first[name] != sum {
				t.Errorf("%s: %s differs once the inbox lists its files in another order", l, name)
			}
		}
		if l == "hu" {
			f, err := excelize.OpenFile(filepath.Join(dir, "out/week/2026-W46/L-01 Lajos Vezető/friday-pack-2026-W46.xlsx"))
			if err != nil {
				t.Fatal(err)
			}
			if a1, _ := f.GetCellValue("Összefoglaló", "A1"); a1 != "Pénteki összesítő · 46. hét · Lajos Vezető (L-01)" {
				t.Errorf("Összefoglaló!A1 = %q", a1)
			}
			f.Close()
		}
	}
}

func TestWeekRefuses(t *testing.T) {
	dir := weekDir(t)
	// The output folder inside the inbox: nothing is written.
	if _, errs, code := cli(t, dir, "week", "--date", "2026-11-15", "--output", "inbox/out"); code != exitUsage || !strings.Contains(errs, "inside the inbox") {
		t.Errorf("--output inbox/out: exit %d, %q", code, errs)
	}
	if _, err := os.Stat(filepath.Join(dir, "inbox", "out")); err == nil {
		t.Error("week wrote into the inbox")
	}
	// October has no plan in the inbox.
	if _, errs, code := cli(t, dir, "week", "--date", "2026-10-14"); code != exitInputError || !strings.Contains(errs, "no plan") {
		t.Errorf("a week without a plan: exit %d, %q", code, errs)
	}
	for _, args := range [][]string{{"--week", "2026-49"}, {"--date", "4.12.2026"}, {"--week", "2026-W46", "--date", "2026-11-12"}, {"--week", "2099-W01"}} {
		if _, errs, code := cli(t, dir, append([]string{"week"}, args...)...); code != exitUsage {
			t.Errorf("week %v: exit %d (%s), want 2", args, code, errs)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "out", "week")); err == nil {
		t.Error("a refused week wrote packs")
	}
}

// partsText is every part of a workbook as text: its cells, charts,
// properties and names.
func partsText(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, p := range officetest.Parts(t, data) {
		b.WriteString(p.Body)
	}
	return b.String()
}

// TestThePackNamesOnlyTheTeam: Lajos's pack names neither the director who
// leads him nor anyone outside his team.
func TestThePackNamesOnlyTheTeam(t *testing.T) {
	dir := weekDir(t)
	if _, errs, code := cli(t, dir, "week", "--date", "2026-11-15"); code != 0 {
		t.Fatalf("week: exit %d\n%s", code, errs)
	}
	text := partsText(t, filepath.Join(dir, lajosPack))
	for _, s := range []string{"D-01", "Dóra Igazgató"} {
		if strings.Contains(text, s) {
			t.Errorf("Lajos's pack holds %q", s)
		}
	}
	for _, s := range []string{"Anna Kovács", "Béla Szabó", "M-002"} {
		if !strings.Contains(text, s) {
			t.Errorf("Lajos's pack does not name his report %q", s)
		}
	}
}

// TestWeekStraddlingTwoMonths: the week of Mon 30 Nov – Sun 6 Dec 2026
// takes Mon 30 Nov from November's plan (Anna: 12 000 000 over November's
// 21 working days) and Tue 1 – Fri 4 Dec from December's (22 000 000 over
// December's 22: Fri 25 Dec is the only weekday off): 571 428.57 + 4 × 1
// 000 000 = 4 571 428.57. Her deals of 300 000 on 30 Nov and 700 000 on 3
// Dec: 1 000 000, 21.875 %. December to date, 4 of its 22 working days: 22
// 000 000 × 4/22 = 4 000 000, of which the 700 000 is 17.5 %.
func TestWeekStraddlingTwoMonths(t *testing.T) {
	dir := workdir(t)
	cfg := salesrhythm.Default()
	december := testinbox.Team()
	december.Month = salesrhythm.Month{Year: 2026, Month: 12}
	december.Targets["M-001"] = salesrhythm.Targets{Revenue: 22_000_000}
	var buf bytes.Buffer
	if err := templates.Write(&buf, templates.PlanSpec(december.Month), templates.Options{Config: cfg, Schema: schema.New(cfg), Carry: december, CarryTargets: true}); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "inbox", "plan-2026-12.xlsx"), buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	spec := templates.Spec{Kind: salesrhythm.KindWeeklyReport, Person: fixturePerson("M-001"), Period: salesrhythm.Week(salesrhythm.D(2026, 11, 30))}
	addWorkbook(t, dir, spec, "anna/weekly-report-w49.xlsx", salesrhythm.Records{Deals: []salesrhythm.Deal{
		{Date: salesrhythm.D(2026, 11, 30), Client: "Alfa Kft.", Amount: 300_000},
		{Date: salesrhythm.D(2026, 12, 3), Client: "Béta Zrt.", Amount: 700_000}}})
	w := weekJSON(t, dir, "--date", "2026-12-06")
	if len(w.NoPlan) != 0 || w.Month != december.Month || len(w.Packs) != 1 {
		t.Fatalf("week %+v", w)
	}
	p := w.Packs[0]
	rev := p.Reports[0].Week.Revenue
	if p.Reports[0].ID != "M-001" || !near(rev.Target, 12_000_000/21.0+4_000_000) || rev.Total != 1_000_000 || !near(rev.Pace.Value, 1_000_000/(12_000_000/21.0+4_000_000)) {
		t.Errorf("Anna's revenue %+v", rev)
	}
	if m := p.Reports[0].Month.Revenue; !near(m.ToDate, 4_000_000) || !near(m.Pace.Value, 0.175) {
		t.Errorf("Anna's December to date %+v", m)
	}
	// Béla left on 20 Nov: not in the week.
	if len(p.Reports) != 1 {
		t.Errorf("reports %+v", p.Reports)
	}
}

// TestWeekReadsNamesByThePlan: a week straddling a month without a plan
// (October) and one with it (November) reads its workbooks with the plan,
// so that an action owner typed by name is the plan's ID in the pack.
func TestWeekReadsNamesByThePlan(t *testing.T) {
	dir := workdir(t)
	spec := templates.Spec{Kind: salesrhythm.KindManagementLog, Person: fixturePerson("L-01"), Period: salesrhythm.Week(salesrhythm.D(2026, 10, 26))}
	addWorkbook(t, dir, spec, "lajos/log-w44.xlsx", salesrhythm.Records{Actions: []salesrhythm.ActionItem{
		{RaisedOn: salesrhythm.D(2026, 10, 27), Issue: "Tender papers", Owner: "Anna Kovács", Due: salesrhythm.D(2026, 11, 6), Status: salesrhythm.StatusOpen}}})
	w := weekJSON(t, dir, "--date", "2026-11-01")
	if len(w.Packs) != 1 {
		t.Fatalf("%d packs, want L-01's", len(w.Packs))
	}
	if r := w.Packs[0].Raised; len(r) != 1 || r[0].Owner != "M-001" {
		t.Errorf("the week's items %+v, want Tender papers owned by M-001", r)
	}
}

// TestWeekOf: a named week counts through its Sunday, or through today
// while it runs; a date's week through that date; by default this week
// through today; a week that has not begun is refused.
func TestWeekOf(t *testing.T) {
	a := &app{now: func() time.Time { return time.Date(2026, 12, 3, 10, 0, 0, 0, time.Local) }}
	d := salesrhythm.D
	for _, tt := range []struct {
		week, date  string
		start, asOf salesrhythm.Date
	}{
		{"2026-W48", "", d(2026, 11, 23), d(2026, 11, 29)},
		{"2026-W49", "", d(2026, 11, 30), d(2026, 12, 3)},
		{"", "2026-12-04", d(2026, 11, 30), d(2026, 12, 4)},
		{"", "", d(2026, 11, 30), d(2026, 12, 3)},
	} {
		w, asOf, err := a.weekOf(tt.week, tt.date)
		if err != nil || w.Start != tt.start || asOf != tt.asOf {
			t.Errorf("weekOf(%q, %q) = %v, %v, %v; want the week of %v through %v", tt.week, tt.date, w, asOf, err, tt.start, tt.asOf)
		}
	}
	if _, _, err := a.weekOf("2026-W50", ""); exitCode(err) != exitUsage {
		t.Errorf("a week that has not begun: %v", err)
	}
}
