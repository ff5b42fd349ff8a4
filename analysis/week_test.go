package analysis

import (
	"slices"
	"testing"

	"salesrhythm"
)

// The fixture week is Mon 30 Nov – Sun 6 Dec 2026, straddling two months:
// Mon 30 Nov is November's last working day, Tue 1 – Fri 4 Dec are
// December's first four. Both months have 21 working days (helpers_test.go).
//
// The team: H-01 (head) leads L-01 (lead) and M-003; L-01 leads M-001 and
// M-002, who joins on Wed 2 Dec. The plans:
//
//	November: M-001 revenue 21 000 000, calls 420, meetings 21: a day is
//	          1 000 000, 20 calls, 1 meeting. M-003 revenue 21 000 000.
//	December: M-001 revenue 42 000 000, calls 210, meetings 42: a day is
//	          2 000 000, 10 calls, 2 meetings. M-002 revenue 21 000 000,
//	          pro-rated to his 20 of 21 working days: 20 000 000, a day
//	          1 000 000. M-003 revenue 21 000 000.
var weekFixture = salesrhythm.Period{Start: nov(30), End: dec(6)}

func weekTeam(m salesrhythm.Month, targets map[string]salesrhythm.Targets) salesrhythm.Plan {
	team := []salesrhythm.Person{
		person("D-01", salesrhythm.Director, "", "", salesrhythm.Date{}, salesrhythm.Date{}),
		person("H-01", salesrhythm.Head, "", "D-01", salesrhythm.Date{}, salesrhythm.Date{}),
		person("L-01", salesrhythm.Lead, "North", "H-01", salesrhythm.Date{}, salesrhythm.Date{}),
		manager("M-001", "L-01"),
		person("M-003", salesrhythm.Manager, "Key", "H-01", salesrhythm.Date{}, salesrhythm.Date{}),
	}
	if m == dec2026 {
		team = append(team, person("M-002", salesrhythm.Manager, "North", "L-01", dec(2), salesrhythm.Date{}))
	}
	return salesrhythm.Plan{Month: m, Team: team, Targets: targets}
}

func weekInput(asOf salesrhythm.Date) WeekInput {
	w48 := salesrhythm.Week(nov(23))
	log := func(row int, week salesrhythm.Period, raised salesrhythm.Date, issue, owner string, due salesrhythm.Date, status string, done salesrhythm.Date) salesrhythm.ActionItem {
		return salesrhythm.ActionItem{Ref: ref("log-"+week.Start.String(), row), Leader: "L-01", Week: week, RaisedOn: raised, Issue: issue, Owner: owner, Due: due, Status: status, DoneOn: done}
	}
	none := salesrhythm.Date{}
	slot := func(d salesrhythm.Date, at salesrhythm.Clock, actual string) salesrhythm.Slot {
		return salesrhythm.Slot{Person: "M-001", Date: d, Start: at, Actual: actual}
	}
	sub := func(k salesrhythm.Kind, id string) salesrhythm.Submission {
		return salesrhythm.Submission{Kind: k, Person: id, Period: weekFixture, File: string(k) + id}
	}
	return WeekInput{
		Week: weekFixture, AsOf: asOf, Config: testConfig(),
		Plans: []salesrhythm.Plan{
			weekTeam(nov2026, map[string]salesrhythm.Targets{"M-001": {Revenue: 21_000_000, Calls: 420, Meetings: 21}, "M-003": {Revenue: 21_000_000}}),
			weekTeam(dec2026, map[string]salesrhythm.Targets{"M-001": {Revenue: 42_000_000, Calls: 210, Meetings: 42}, "M-002": {Revenue: 21_000_000}, "M-003": {Revenue: 21_000_000}}),
		},
		Deals: []salesrhythm.Deal{
			{Ref: ref("wr", 1), Person: "M-001", Date: nov(30), Client: "Alfa", NewClient: salesrhythm.Yes, Amount: 500_000},
			{Ref: ref("wr", 2), Person: "M-001", Date: dec(2), Client: "Béta", Amount: 1_500_000},
			{Ref: ref("wr", 3), Person: "m-001 ", Date: dec(4), Client: "Gamma", Amount: 2_000_000},
			{Ref: ref("wr", 4), Person: "M-001", Date: nov(27), Client: "Last week", Amount: 9_000_000},
		},
		Calls: []salesrhythm.Call{
			{Person: "M-001", Date: nov(27)},
			{Person: "M-001", Date: nov(30)}, {Person: "M-001", Date: nov(30)}, {Person: "M-001", Date: nov(30)},
			{Person: "M-001", Date: dec(3)}, {Person: "M-001", Date: dec(3)},
			{Person: "M-001", Date: dec(4)},
		},
		Funnels: []salesrhythm.Funnel{
			{Person: "M-001", Week: weekFixture, Leads: 10, Contacts: 8, Meetings: 4, Proposals: 3, Won: 1, Lost: 2},
			{Person: "M-001", Week: w48, Meetings: 7, Proposals: 9},
		},
		Outlooks: []salesrhythm.Outlook{
			{Person: "M-001", Week: w48, Priorities: "Close Gamma", HelpNeeded: "Pricing"},
			{Person: "M-001", Week: weekFixture, Priorities: "Close Delta"},
		},
		Slots: []salesrhythm.Slot{
			slot(nov(30), salesrhythm.At(8, 0), "calls"), slot(nov(30), salesrhythm.At(8, 30), "travel"), slot(nov(30), salesrhythm.At(9, 0), ""),
			slot(dec(1), salesrhythm.At(8, 0), "client-meeting"), slot(dec(1), salesrhythm.At(8, 30), "admin"),
			slot(dec(4), salesrhythm.At(8, 0), "calls"),
		},
		Events: numbered([]salesrhythm.Event{
			ev("L-01", salesrhythm.EventMorning, nov(30), salesrhythm.At(9, 0), 15, "M-001"),
			ev("L-01", salesrhythm.EventMorning, dec(1), salesrhythm.At(9, 20), 15, "M-001"),
			ev("L-01", salesrhythm.EventMorning, dec(2), salesrhythm.At(9, 2), 25, "M-001"),
			ev("L-01", salesrhythm.EventMorning, dec(3), salesrhythm.At(9, 0), 10, "M-001"),
			ev("L-01", salesrhythm.EventMorning, dec(4), salesrhythm.At(9, 0), 10, "M-001"),
			ev("L-01", salesrhythm.EventJointVisit, dec(1), salesrhythm.At(11, 0), 90, "M-001"),
			ev("L-01", salesrhythm.EventOneOnOne, nov(30), salesrhythm.At(15, 0), 20, "M-001"),
			ev("L-01", salesrhythm.EventOneOnOne, dec(2), salesrhythm.At(15, 0), 20, "M-001"),
			ev("L-01", salesrhythm.EventWeekly, nov(27), salesrhythm.At(17, 0), 60, "M-001"),
		}),
		Actions: []salesrhythm.ActionItem{
			log(1, w48, nov(13), "Price list", "M-001", nov(27), salesrhythm.StatusOpen, none),
			log(2, w48, nov(27), "CRM export", "L-01", dec(10), salesrhythm.StatusOpen, none),
			log(3, w48, nov(20), "Old thing", "M-001", nov(27), salesrhythm.StatusDone, nov(25)),
			log(4, w48, nov(27), "Ask finance", "X-99", nov(30), salesrhythm.StatusOpen, none),
			log(1, weekFixture, nov(13), "price  LIST", "M-001", dec(3), salesrhythm.StatusMoved, none),
			log(2, weekFixture, nov(27), "CRM export", "L-01", dec(10), salesrhythm.StatusDone, dec(1)),
			log(3, weekFixture, dec(1), "New script", "M-002", dec(8), salesrhythm.StatusOpen, none),
		},
		// A one-on-one sheet of the talk of 2 Dec the log has too, and one
		// of a talk with M-002 on 3 Dec that only the sheet records.
		OneOnOnes: []salesrhythm.OneOnOne{
			{Ref: ref("1on1-a", 0), Leader: "L-01", Month: dec2026, Date: dec(2), Minutes: 20, Report: "M-001"},
			{Ref: ref("1on1-b", 0), Leader: "L-01", Month: dec2026, Date: dec(3), Minutes: 25, Report: "M-002"},
		},
		// A date M-001 typed as text in the week's call register, and a
		// remark that is no problem.
		Findings: []salesrhythm.Finding{
			{File: string(salesrhythm.KindCallRegister) + "M-001", Severity: salesrhythm.Error, Code: salesrhythm.CodeNotADate},
			{File: string(salesrhythm.KindCallRegister) + "M-001", Severity: salesrhythm.Info, Code: salesrhythm.CodeMacros},
		},
		Submissions: []salesrhythm.Submission{
			sub(salesrhythm.KindCallRegister, "M-001"), sub(salesrhythm.KindTimeTable, "M-001"), sub(salesrhythm.KindWeeklyReport, "M-001"),
			sub(salesrhythm.KindManagementLog, "L-01"),
		},
	}
}

func packOf(t *testing.T, w Week, id string) Pack {
	t.Helper()
	i := slices.IndexFunc(w.Packs, func(p Pack) bool { return p.Leader == id })
	if i < 0 {
		t.Fatalf("no pack for %s in %+v", id, w.Packs)
	}
	return w.Packs[i]
}

func reportOf(t *testing.T, p Pack, id string) WeekPerson {
	t.Helper()
	i := slices.IndexFunc(p.Reports, func(r WeekPerson) bool { return r.ID == id })
	if i < 0 {
		t.Fatalf("%s has no report %s", p.Leader, id)
	}
	return p.Reports[i]
}

func TestWeekFigures(t *testing.T) {
	w := AnalyseWeek(weekInput(dec(3)))
	// As of Thu 3 Dec: Mon 30 Nov – Thu 3 Dec, 4 of the week's 5 working days.
	if w.Complete || w.WorkingDays != 5 || w.Elapsed != 4 || w.Month != dec2026 || len(w.NoPlan) != 0 {
		t.Errorf("week %+v", w)
	}
	if got := []string{w.Packs[0].Leader, w.Packs[1].Leader}; len(w.Packs) != 2 || !slices.Equal(got, []string{"H-01", "L-01"}) {
		t.Fatalf("packs for %v, want the head and the lead", got)
	}
	lead := packOf(t, w, "L-01")
	anna := reportOf(t, lead, "M-001")
	rev := anna.Week.Revenue
	// Week target: 30 Nov at November's 1 000 000 a day, 1–4 Dec at
	// December's 2 000 000: 9 000 000; through Thu 3 Dec 7 000 000. Actual
	// through 3 Dec: 500 000 + 1 500 000 = 2 000 000 (the deal of 4 Dec is
	// after the as-of day, that of 27 Nov last week's).
	if !near(rev.Target, 9_000_000) || !near(rev.ToDate, 7_000_000) || rev.Actual != 2_000_000 {
		t.Errorf("revenue %+v", rev)
	}
	checkFraction(t, "revenue pace", rev.Pace, 2.0/7)
	checkFraction(t, "revenue of the week's target", rev.Fulfilment, 2.0/9)
	// Calls: target 20 + 4 × 10 = 60, to date 50; 3 on 30 Nov and 2 on 3 Dec.
	if c := anna.Week.Calls; !near(c.Target, 60) || !near(c.ToDate, 50) || c.Actual != 5 {
		t.Errorf("calls %+v", c)
	}
	// Meetings come from the week's funnel: 4, against 1 + 3 × 2 = 7 to date.
	// Deals and new clients have no target: Total has them, Actual not.
	checkFraction(t, "meetings pace", anna.Week.Meetings.Pace, 4.0/7)
	if anna.Week.NewClients.Total != 1 || anna.Week.Deals.Total != 2 || anna.Proposals != 3 || anna.Funnel.Leads != 10 || anna.Funnel.Reports != 1 {
		t.Errorf("deals, new clients, proposals, funnel: %+v %+v", anna.Week, anna.Funnel)
	}
	// December to date: 42 000 000 × 3/21 = 6 000 000; the deal of 2 Dec.
	checkFraction(t, "December's pace", anna.Month.Revenue.Pace, 1_500_000/6_000_000.0)
	// Time table through 3 Dec: 4 slots filled, calls and a client meeting
	// active; one unfilled.
	checkFraction(t, "active share", anna.ActiveShare, 0.5)
	if anna.Filled != 4 || anna.Unfilled != 1 {
		t.Errorf("slots filled %d, unfilled %d; want 4, 1", anna.Filled, anna.Unfilled)
	}
	if anna.LastWeek == nil || anna.LastWeek.Priorities != "Close Gamma" || anna.LastWeek.HelpNeeded != "Pricing" || anna.NextWeek == nil || anna.NextWeek.Priorities != "Close Delta" {
		t.Errorf("outlooks %+v %+v", anna.LastWeek, anna.NextWeek)
	}
	if len(anna.Deals) != 2 || anna.Deals[0].Client != "Alfa" || anna.Deals[1].Client != "Béta" || len(anna.Missing) != 0 || anna.Problems != 1 {
		t.Errorf("deals %+v, missing %v, problems %d", anna.Deals, anna.Missing, anna.Problems)
	}
	// M-002 joins on Wed 2 Dec: 1 000 000 a day of December, 2 and 3 Dec to
	// date, 4 Dec too for the week; nothing handed in.
	bela := reportOf(t, lead, "M-002")
	if !near(bela.Week.Revenue.Target, 3_000_000) || !near(bela.Week.Revenue.ToDate, 2_000_000) || len(bela.Missing) != 3 || bela.LastWeek != nil {
		t.Errorf("M-002 %+v", bela)
	}
	// The team: revenue to date 7 000 000 + 2 000 000 against 2 000 000.
	// M-002 has no calls target, so the calls sum is M-001's.
	checkFraction(t, "team revenue pace", lead.Team.Week.Revenue.Pace, 2.0/9)
	if lead.Team.Members != 2 || !near(lead.Team.Week.Calls.Target, 60) || lead.Team.Problems != 1 {
		t.Errorf("team %+v", lead.Team)
	}
	if len(lead.Missing) != 3 || lead.Missing[0].Person != "M-002" {
		t.Errorf("missing %+v", lead.Missing)
	}
	// The head's pack sums L-01's managers on L-01's row; M-003 is 1 000 000
	// a day in both months: 5 000 000 for the week, 4 000 000 to date.
	head := packOf(t, w, "H-01")
	if l := reportOf(t, head, "L-01"); l.Members != 2 || !near(l.Week.Revenue.ToDate, 9_000_000) || l.Week.Revenue.Actual != 2_000_000 || l.LastWeek != nil {
		t.Errorf("L-01 in the head's pack %+v", l)
	}
	if m := reportOf(t, head, "M-003"); !near(m.Week.Revenue.Target, 5_000_000) || !near(m.Week.Revenue.ToDate, 4_000_000) {
		t.Errorf("M-003 %+v", m.Week.Revenue)
	}
	// The head owes a log too; M-003 all three workbooks.
	if len(head.Missing) != 4 || head.Missing[3] != (Workbook{Kind: salesrhythm.KindManagementLog, Person: "H-01", Period: weekFixture}) {
		t.Errorf("head's missing %+v", head.Missing)
	}
}

func TestWeekActionItems(t *testing.T) {
	lead := packOf(t, AnalyseWeek(weekInput(dec(3))), "L-01")
	// Earlier weeks first, by owner: M-001's price list (moved to 3 Dec in
	// this week's log, still open: overdue as of 3 Dec; due 27 Nov then 3
	// Dec, one move), L-01's own CRM export (done 1 Dec), then X-99's, who
	// is not in the team (last in last week's log, due 30 Nov: overdue).
	// "Old thing" was done on 25 Nov, before the week.
	var got []string
	for _, it := range lead.Earlier {
		got = append(got, it.Issue)
	}
	if !slices.Equal(got, []string{"price  LIST", "CRM export", "Ask finance"}) {
		t.Fatalf("earlier items %v", got)
	}
	price, crm, finance := lead.Earlier[0], lead.Earlier[1], lead.Earlier[2]
	if !price.Overdue || price.TimesMoved != 1 || price.Rows != 2 || !crm.Done || crm.Overdue || !finance.Overdue || finance.Rows != 1 {
		t.Errorf("states %+v\n%+v\n%+v", price, crm, finance)
	}
	if len(lead.Raised) != 1 || lead.Raised[0].Issue != "New script" || lead.Raised[0].Overdue || lead.Log != nov(30) {
		t.Errorf("raised %+v, log %s", lead.Raised, lead.Log)
	}
}

func TestWeekNorms(t *testing.T) {
	lead := packOf(t, AnalyseWeek(weekInput(dec(3))), "L-01")
	byKey := map[string]WeekNorm{}
	for _, n := range lead.Norms {
		byKey[n.Norm] = n
	}
	if len(lead.Norms) != 4 {
		t.Errorf("norms %+v, want the lead's four", lead.Norms)
	}
	check := func(key string, required, held, credited int, onTime, rightLength *int, score float64) {
		t.Helper()
		n := byKey[key]
		if n.Required != required || n.Held != held || n.Credited != credited || show(n.OnTime) != show(onTime) || show(n.RightLength) != show(rightLength) {
			t.Errorf("%s: required %d held %d credited %d on time %s right length %s; want %d %d %d %s %s", key,
				n.Required, n.Held, n.Credited, show(n.OnTime), show(n.RightLength), required, held, credited, show(onTime), show(rightLength))
		}
		checkFraction(t, key+" score", n.Score, score)
	}
	// Morning meetings: 5 due in the week, 4 logged by Thu 3 Dec; 1 Dec
	// started 20 minutes late, 2 Dec lasted 25 minutes: 3 on time, 3 of the
	// right length, 2 credited.
	check("morning-meeting", 5, 4, 2, intp(3), intp(3), 2.0/5)
	// The weekly meeting is due Fri 4 Dec; that of 27 Nov was last week's.
	check("weekly-meeting", 1, 0, 0, intp(0), intp(0), 0)
	if byKey["weekly-meeting"].Due != dec(4) {
		t.Errorf("weekly meeting due %s", byKey["weekly-meeting"].Due)
	}
	// Joint visits: one a report by Fri 4 Dec; M-001's on 1 Dec, none with
	// M-002, who is employed by then.
	check("joint-visit", 2, 1, 1, nil, nil, 0.5)
	if w := byKey["joint-visit"].Without; !slices.Equal(w, []string{"M-002"}) {
		t.Errorf("joint visits without %v", w)
	}
	// One-on-ones, two a month a report: in the week 30 Nov and 2 Dec with
	// M-001 (the sheet of 2 Dec is the same talk as the log's) and 3 Dec
	// with M-002 (only on its sheet); in December to date those of 2 and 3
	// Dec, of 2 + 2 due (M-002's 2 × 20/21 rounds to 2).
	n := byKey["one-on-one"]
	if n.Held != 3 || n.MonthRequired != 4 || n.MonthHeld != 2 || n.MonthCredited != 2 || !slices.Equal(n.Without, []string{"M-001", "M-002"}) {
		t.Errorf("one-on-one %+v", n)
	}
	checkFraction(t, "one-on-one score", n.Score, 0.5)
}

func TestWeekWithoutDecembersPlan(t *testing.T) {
	in := weekInput(dec(6))
	in.Plans = in.Plans[:1]
	w := AnalyseWeek(in)
	// Only 30 Nov has a plan: M-001's week target is November's 1 000 000;
	// the week is over and the deal of 4 Dec counts: 4 000 000.
	if len(w.NoPlan) != 1 || w.NoPlan[0] != dec2026 || !w.Month.IsZero() || !w.Complete {
		t.Errorf("week %+v", w)
	}
	anna := reportOf(t, packOf(t, w, "L-01"), "M-001")
	if !near(anna.Week.Revenue.Target, 1_000_000) || anna.Week.Revenue.Actual != 4_000_000 || anna.Month.Revenue.Pace.Valid {
		t.Errorf("M-001 %+v %+v", anna.Week.Revenue, anna.Month.Revenue)
	}
}

// A week running into a month with no plan paces the days with a plan
// only: actuals and target over the same days.
func TestWeekWithoutDecembersPlanPacesThePlannedDays(t *testing.T) {
	in := weekInput(dec(2))
	in.Plans = in.Plans[:1]
	w := AnalyseWeek(in)
	p := packOf(t, w, "L-01")
	anna := reportOf(t, p, "M-001")
	// Mon 30 Nov alone has a target: 1 000 000, 20 calls, 1 meeting. Its
	// actuals: the deal of 500 000 and 3 calls; of the week's funnel of 4
	// meetings, the one planned working day of five takes 0.8. The deal of
	// 1 500 000 of 2 Dec is in the actual, not in the pace.
	wk := anna.Week
	if !near(wk.Revenue.ToDate, 1_000_000) || wk.Revenue.Actual != 2_000_000 || wk.Revenue.ActualToDate != 500_000 {
		t.Errorf("revenue %+v", wk.Revenue)
	}
	checkFraction(t, "revenue pace", wk.Revenue.Pace, 0.5)
	checkFraction(t, "revenue fulfilment", wk.Revenue.Fulfilment, 0.5)
	checkFraction(t, "calls pace", wk.Calls.Pace, 3.0/20)
	checkFraction(t, "meetings pace", wk.Meetings.Pace, 0.8)
	checkFraction(t, "team revenue pace", p.Team.Week.Revenue.Pace, 0.5)
	checkFraction(t, "team revenue fulfilment", p.Team.Week.Revenue.Fulfilment, 0.5)
}
