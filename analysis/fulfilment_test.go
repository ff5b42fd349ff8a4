package analysis

import (
	"testing"

	"salesrhythm"
)

func deal(id string, date salesrhythm.Date, amount float64, newClient salesrhythm.Answer) salesrhythm.Deal {
	return salesrhythm.Deal{Person: id, Date: date, Amount: amount, NewClient: newClient, Client: "Client"}
}

func call(id string, date salesrhythm.Date) salesrhythm.Call {
	return salesrhythm.Call{Person: id, Date: date, Time: salesrhythm.NoClock, Client: "Client", Result: salesrhythm.ResultTalked}
}

func TestFulfilment(t *testing.T) {
	full := manager("M1", "L1")
	tests := []struct {
		name    string
		person  salesrhythm.Person
		targets map[string]salesrhythm.Targets
		prorate bool
		deals   []salesrhythm.Deal
		calls   []salesrhythm.Call
		funnels []salesrhythm.Funnel
		measure salesrhythm.Measure
		want    Fulfilment // Pace is checked apart
		wantF   float64
	}{
		{
			// 60 000 + 40 000 = 100 000 against 100 000: 100 %.
			name: "target met over the full month", person: full, prorate: true,
			targets: map[string]salesrhythm.Targets{"M1": {Revenue: 100000}},
			deals:   []salesrhythm.Deal{deal("M1", nov(3), 60000, salesrhythm.No), deal("M1", nov(30), 40000, salesrhythm.No)},
			measure: salesrhythm.Revenue,
			want:    Fulfilment{Planned: 100000, Target: 100000, Actual: 100000}, wantF: 1,
		},
		{
			name: "zero target is n/a", person: full, prorate: true,
			targets: map[string]salesrhythm.Targets{"M1": {Revenue: 0, Deals: 5}},
			deals:   []salesrhythm.Deal{deal("M1", nov(3), 60000, salesrhythm.No)},
			measure: salesrhythm.Revenue,
			want:    Fulfilment{Actual: 60000}, wantF: na,
		},
		{
			name: "missing target is n/a", person: full, prorate: true,
			targets: map[string]salesrhythm.Targets{"M2": {Revenue: 100000}},
			deals:   []salesrhythm.Deal{deal("M1", nov(3), 60000, salesrhythm.No)},
			measure: salesrhythm.Revenue,
			want:    Fulfilment{Actual: 60000}, wantF: na,
		},
		{
			// Anna joined Mon 16 Nov: 16–20, 23–27, 30 = 11 of 21 working days.
			// Target 110 000 × 11/21 = 57 619.047619; 44 000 ÷ 57 619.047619 =
			// 44 000 × 21 ÷ 1 210 000 = 0.763636.
			name: "joined mid-month: target pro-rated", prorate: true,
			person:  person("ANNA", salesrhythm.Manager, "North", "L1", nov(16), salesrhythm.Date{}),
			targets: map[string]salesrhythm.Targets{"ANNA": {Revenue: 110000}},
			deals:   []salesrhythm.Deal{deal("anna ", nov(20), 44000, salesrhythm.No)},
			measure: salesrhythm.Revenue,
			want:    Fulfilment{Planned: 110000, Target: 57619.047619, Actual: 44000}, wantF: 0.763636,
		},
		{
			// Left Fri 13 Nov: 2–6, 9–13 = 10 of 21 working days. 21 deals × 10/21
			// = 10; 5 deals ÷ 10 = 50 %.
			name: "left mid-month: target pro-rated", prorate: true,
			person:  person("M1", salesrhythm.Manager, "North", "L1", salesrhythm.Date{}, nov(13)),
			targets: map[string]salesrhythm.Targets{"M1": {Deals: 21}},
			deals: []salesrhythm.Deal{
				deal("M1", nov(2), 1, salesrhythm.No), deal("M1", nov(3), 1, salesrhythm.No), deal("M1", nov(4), 1, salesrhythm.No),
				deal("M1", nov(5), 1, salesrhythm.No), deal("M1", nov(13), 1, salesrhythm.No),
			},
			measure: salesrhythm.Deals,
			want:    Fulfilment{Planned: 21, Target: 10, Actual: 5}, wantF: 0.5,
		},
		{
			// Without pro-rating the joiner keeps the whole 110 000: 44 000 ÷
			// 110 000 = 40 %.
			name: "pro-rating off keeps the whole target", prorate: false,
			person:  person("ANNA", salesrhythm.Manager, "North", "L1", nov(16), salesrhythm.Date{}),
			targets: map[string]salesrhythm.Targets{"ANNA": {Revenue: 110000}},
			deals:   []salesrhythm.Deal{deal("ANNA", nov(20), 44000, salesrhythm.No)},
			measure: salesrhythm.Revenue,
			want:    Fulfilment{Planned: 110000, Target: 110000, Actual: 44000}, wantF: 0.4,
		},
		{
			// Only the deal of 5 Nov counts: 30 Oct and 1 Dec lie in weeks the
			// month reads but outside it, one has no date, one is another
			// person's. 1 000 ÷ 10 000 = 10 %.
			name: "only records dated in the month count", person: full, prorate: true,
			targets: map[string]salesrhythm.Targets{"M1": {Revenue: 10000}},
			deals: []salesrhythm.Deal{
				deal("M1", oct(30), 5000, salesrhythm.No), deal("M1", nov(5), 1000, salesrhythm.No),
				deal("M1", dec(1), 7000, salesrhythm.No), deal("M1", salesrhythm.Date{}, 9000, salesrhythm.No),
				deal("X9", nov(5), 3000, salesrhythm.No),
			},
			measure: salesrhythm.Revenue,
			want:    Fulfilment{Planned: 10000, Target: 10000, Actual: 1000}, wantF: 0.1,
		},
		{
			// Calls of 2 and 30 Nov count; 31 Oct and 1 Dec do not. 2 ÷ 4 = 50 %.
			name: "calls dated in the month", person: full, prorate: true,
			targets: map[string]salesrhythm.Targets{"M1": {Calls: 4}},
			calls:   []salesrhythm.Call{call("M1", oct(31)), call("M1", nov(2)), call("M1", nov(30)), call("M1", dec(1))},
			measure: salesrhythm.Calls,
			want:    Fulfilment{Planned: 4, Target: 4, Actual: 2}, wantF: 0.5,
		},
		{
			// Week of Mon 26 Oct: Thursday 29 Oct, October's. Week of Mon 2 Nov:
			// November's. Week of Mon 30 Nov: Thursday 3 Dec, December's. Only 3
			// meetings count; 3 ÷ 6 = 50 %.
			name: "meetings from the funnel weeks whose Thursday is in the month", person: full, prorate: true,
			targets: map[string]salesrhythm.Targets{"M1": {Meetings: 6}},
			funnels: []salesrhythm.Funnel{
				{Person: "M1", Week: salesrhythm.Week(oct(26)), Meetings: 5},
				{Person: "M1", Week: salesrhythm.Week(nov(2)), Meetings: 3},
				{Person: "M1", Week: salesrhythm.Week(nov(30)), Meetings: 4},
			},
			measure: salesrhythm.Meetings,
			want:    Fulfilment{Planned: 6, Target: 6, Actual: 3}, wantF: 0.5,
		},
		{
			// Of three deals only one is marked a new client: 1 ÷ 2 = 50 %.
			name: "new clients are deals marked new", person: full, prorate: true,
			targets: map[string]salesrhythm.Targets{"M1": {NewClients: 2}},
			deals: []salesrhythm.Deal{
				deal("M1", nov(3), 1, salesrhythm.Yes), deal("M1", nov(4), 1, salesrhythm.No), deal("M1", nov(5), 1, salesrhythm.Unanswered),
			},
			measure: salesrhythm.NewClients,
			want:    Fulfilment{Planned: 2, Target: 2, Actual: 1}, wantF: 0.5,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := testConfig()
			cfg.Ranking.Prorate = tt.prorate
			res := Analyse(Input{
				Month: nov2026, Config: cfg,
				Plan:  salesrhythm.Plan{Team: []salesrhythm.Person{tt.person}, Targets: tt.targets},
				Deals: tt.deals, Calls: salesrhythm.RowsOf(tt.calls...), Funnels: tt.funnels,
			})
			got := res.People[0].Measures.Get(tt.measure)
			if !near(got.Planned, tt.want.Planned) || !near(got.Target, tt.want.Target) || !near(got.Actual, tt.want.Actual) {
				t.Errorf("planned, target, actual = %v, %v, %v; want %v, %v, %v",
					got.Planned, got.Target, got.Actual, tt.want.Planned, tt.want.Target, tt.want.Actual)
			}
			checkFraction(t, "fulfilment", got.Fulfilment, tt.wantF)
			checkFraction(t, "pace after the month", got.Pace, na)
		})
	}
}

func TestPace(t *testing.T) {
	tests := []struct {
		name        string
		person      salesrhythm.Person
		today       salesrhythm.Date
		calls       int
		wantElapsed int // of the month
		wantToDate  float64
		wantPace    float64
	}{
		// Wed 11 Nov: 2–6 and 9–11 = 8 working days elapsed. Target 21 × 8/21
		// = 8; 10 calls ÷ 8 = 1.25.
		{"ahead of pace mid-month", manager("M1", "L1"), nov(11), 10, 8, 8, 1.25},
		// Sunday 1 Nov: no working day has passed, so nothing is due yet.
		{"no working day elapsed is n/a", manager("M1", "L1"), nov(1), 0, 0, 0, na},
		// Joined Mon 16 Nov (11 working days, target 21 × 11/21 = 11); on Fri
		// 20 Nov 5 of them have passed: 11 × 5/11 = 5; 4 calls ÷ 5 = 0.8. The
		// month has 2–6, 9–13, 16–20 = 15 working days elapsed.
		{"joiner paced on own working days", person("M1", salesrhythm.Manager, "North", "L1", nov(16), salesrhythm.Date{}), nov(20), 4, 15, 5, 0.8},
		// Joins Mon 23 Nov, run on Fri 20 Nov: nothing elapsed for them.
		{"not yet joined is n/a", person("M1", salesrhythm.Manager, "North", "L1", nov(23), salesrhythm.Date{}), nov(20), 0, 15, 0, na},
		// Run on 1 Dec, after the month: no pace.
		{"month over is n/a", manager("M1", "L1"), dec(1), 21, 0, 0, na},
		// As of Mon 2 Nov the first working day has ended: 21 × 1/21 = 1;
		// 3 calls ÷ 1 = 3.
		{"the first working day ended", manager("M1", "L1"), nov(2), 3, 1, 1, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var calls []salesrhythm.Call
			for range tt.calls {
				calls = append(calls, call("M1", nov(2)))
			}
			res := Analyse(Input{
				Month: nov2026, AsOf: tt.today, Config: testConfig(),
				Plan:  salesrhythm.Plan{Team: []salesrhythm.Person{tt.person}, Targets: map[string]salesrhythm.Targets{"M1": {Calls: 21}}},
				Calls: salesrhythm.RowsOf(calls...),
			})
			if res.Elapsed != tt.wantElapsed {
				t.Errorf("elapsed = %d, want %d", res.Elapsed, tt.wantElapsed)
			}
			got := res.People[0].Measures.Calls
			if !near(got.ToDate, tt.wantToDate) {
				t.Errorf("target to date = %v, want %v", got.ToDate, tt.wantToDate)
			}
			checkFraction(t, "pace", got.Pace, tt.wantPace)
		})
	}
}

// TestPaceCountsRecordsUpToTheDay: pace compares the records dated up to
// the as-of day with the target to that day; those dated later are not the
// month's yet, and a not-yet note says what they hold.
func TestPaceCountsRecordsUpToTheDay(t *testing.T) {
	week := func(d salesrhythm.Date) salesrhythm.Period { return salesrhythm.Week(d) }
	res := Analyse(Input{
		Month: nov2026, AsOf: nov(11), Config: testConfig(),
		Plan: salesrhythm.Plan{Team: []salesrhythm.Person{manager("M1", "L1")},
			Targets: map[string]salesrhythm.Targets{"M1": {Revenue: 2_100_000, Calls: 210, Meetings: 21}}},
		// 4 calls on Tue 10 Nov, 6 on Thu 12 Nov; deals of 400 000 on Wed 11
		// and 600 000 on Fri 13; funnels of the weeks of 2 Nov (3 meetings)
		// and 16 Nov (5 meetings, a week not yet begun on the 11th).
		Calls: salesrhythm.RowsOf([]salesrhythm.Call{call("M1", nov(10)), call("M1", nov(10)), call("M1", nov(10)), call("M1", nov(10)),
			call("M1", nov(12)), call("M1", nov(12)), call("M1", nov(12)), call("M1", nov(12)), call("M1", nov(12)), call("M1", nov(12))}...),
		Deals:   []salesrhythm.Deal{deal("M1", nov(11), 400_000, salesrhythm.No), deal("M1", nov(13), 600_000, salesrhythm.No)},
		Funnels: []salesrhythm.Funnel{{Person: "M1", Week: week(nov(2)), Meetings: 3}, {Person: "M1", Week: week(nov(16)), Meetings: 5}},
	})
	// As of Wed 11 Nov, 8 of 21 working days have passed (2–6, 9–11).
	m := res.People[0].Measures
	for _, tt := range []struct {
		name                   string
		got                    Fulfilment
		actual, toDate, target float64
		pace                   float64
	}{
		// 210 × 8/21 = 80; 4 calls to date ÷ 80 = 0.05.
		{"calls", m.Calls, 4, 4, 80, 0.05},
		// 2 100 000 × 8/21 = 800 000; 400 000 to date ÷ 800 000 = 0.5.
		{"revenue", m.Revenue, 400_000, 400_000, 800_000, 0.5},
		// 21 × 8/21 = 8; the week of 2 Nov has begun, that of 16 Nov not: 3 ÷ 8.
		{"meetings", m.Meetings, 3, 3, 8, 0.375},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if !near(tt.got.Actual, tt.actual) || !near(tt.got.ActualToDate, tt.toDate) || !near(tt.got.ToDate, tt.target) {
				t.Errorf("actual %v, to date %v, target to date %v; want %v, %v, %v", tt.got.Actual, tt.got.ActualToDate, tt.got.ToDate, tt.actual, tt.toDate, tt.target)
			}
			checkFraction(t, "pace", tt.got.Pace, tt.pace)
		})
	}
	checkFraction(t, "department's revenue pace", res.Department.Measures.Revenue.Pace, 0.5)
	// What the later records hold is charged to not-yet notes, which are
	// no member's missing values.
	for measure, want := range map[salesrhythm.Measure]float64{salesrhythm.Calls: 6, salesrhythm.Revenue: 600_000, salesrhythm.Deals: 1, salesrhythm.Meetings: 5} {
		if got := res.Excluded.Get(measure).Amount; !near(got, want) {
			t.Errorf("%s excluded %v, want %v", measure, got, want)
		}
	}
	for _, f := range res.Findings {
		if f.Code != salesrhythm.CodeNotYet || f.Severity != salesrhythm.Info || f.Cell != "" {
			t.Errorf("finding %s, want only sheets' not-yet notes", f)
		}
	}
	if p := res.People[0]; p.Provisional || len(p.Missing) > 0 {
		t.Errorf("M1 is provisional or misses %v: records not the month's yet are not missing", p.Missing)
	}
}

func TestGroups(t *testing.T) {
	team := []salesrhythm.Person{
		person("A", salesrhythm.Manager, "North", "L1", salesrhythm.Date{}, salesrhythm.Date{}),
		person("B", salesrhythm.Manager, "North", "L1", salesrhythm.Date{}, salesrhythm.Date{}),
		person("C", salesrhythm.Manager, "North", "L1", salesrhythm.Date{}, salesrhythm.Date{}),
		person("D", salesrhythm.Manager, "South", "L1", salesrhythm.Date{}, salesrhythm.Date{}),
		person("E", salesrhythm.Manager, "West", "L1", salesrhythm.Date{}, salesrhythm.Date{}),
		person("L1", salesrhythm.Lead, "", "", salesrhythm.Date{}, salesrhythm.Date{}),
	}
	targets := map[string]salesrhythm.Targets{"A": {Revenue: 100000}, "C": {Revenue: 50000}, "D": {Revenue: 40000}}
	deals := []salesrhythm.Deal{
		deal("A", nov(2), 80000, salesrhythm.No), deal("B", nov(2), 30000, salesrhythm.No),
		deal("C", nov(2), 70000, salesrhythm.No), deal("D", nov(2), 10000, salesrhythm.No),
		deal("E", nov(2), 5000, salesrhythm.No), deal("L1", nov(2), 1000, salesrhythm.No),
	}
	res := Analyse(Input{Month: nov2026, Config: testConfig(), Plan: salesrhythm.Plan{Team: team, Targets: targets}, Deals: deals})
	tests := []struct {
		name                  string
		got                   Group
		wantName              string
		target, actual, total float64
		fulfilment            float64
	}{
		// North: A and C have targets, 150 000; their actuals 80 000 + 70 000 =
		// 150 000 → 100 %. B's 30 000 counts in the total only: 180 000.
		{"group sums members with a target", res.Groups[0], "North", 150000, 150000, 180000, 1},
		// South: 10 000 ÷ 40 000 = 25 %.
		{"one-member group", res.Groups[1], "South", 40000, 10000, 10000, 0.25},
		// West: nobody has a target: n/a, the total still 5 000.
		{"group without targets is n/a", res.Groups[2], "West", 0, 0, 5000, na},
		// Department: targets 190 000, actuals with target 160 000 → 0.842105;
		// total 80 + 30 + 70 + 10 + 5 + 1 = 196 000 with B, E and the lead (who
		// has no group).
		{"department", res.Department, "", 190000, 160000, 196000, 160000.0 / 190000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := tt.got.Measures.Revenue
			if tt.got.Name != tt.wantName || !near(a.Target, tt.target) || !near(a.Actual, tt.actual) || !near(a.Total, tt.total) {
				t.Errorf("%q: target %v actual %v total %v; want %q: %v %v %v", tt.got.Name, a.Target, a.Actual, a.Total, tt.wantName, tt.target, tt.actual, tt.total)
			}
			checkFraction(t, "fulfilment", a.Fulfilment, tt.fulfilment)
		})
	}
	if len(res.Groups) != 3 {
		t.Errorf("%d groups, want North, South, West", len(res.Groups))
	}
}

func TestPlanListingAnIDTwice(t *testing.T) {
	// The importer reports the duplicate; the analysis keeps the first row,
	// whose target the second's records also count towards.
	team := []salesrhythm.Person{manager("M1", "L1"), person("m1 ", salesrhythm.Manager, "South", "L1", nov(16), salesrhythm.Date{})}
	res := Analyse(Input{
		Month: nov2026, Config: testConfig(),
		Plan:  salesrhythm.Plan{Team: team, Targets: map[string]salesrhythm.Targets{"M1": {Revenue: 1000}}},
		Deals: []salesrhythm.Deal{deal("m1", nov(2), 500, salesrhythm.No)},
	})
	if len(res.People) != 1 || res.People[0].Group != "North" || res.People[0].WorkingDays != 21 {
		t.Fatalf("people %+v, want M1 of North, 21 days", res.People)
	}
	checkFraction(t, "fulfilment", res.People[0].Measures.Revenue.Fulfilment, 0.5)
}
