package analysis

import (
	"fmt"
	"maps"
	"reflect"
	"slices"
	"testing"

	"salesrhythm"
)

func TestActivity(t *testing.T) {
	c := func(row int, date salesrhythm.Date, at salesrhythm.Clock, client, result string, next salesrhythm.Date) salesrhythm.Call {
		return salesrhythm.Call{Ref: ref("calls.xlsx", row), Person: "M1", Date: date, Time: at, Client: client, Result: result, NextContact: next}
	}
	calls := []salesrhythm.Call{
		c(2, nov(2), salesrhythm.At(9, 0), "Acme Kft", salesrhythm.ResultNoAnswer, salesrhythm.Date{}),
		c(3, nov(2), salesrhythm.At(10, 0), "ACME  kft", salesrhythm.ResultTalked, nov(10)),
		c(4, nov(3), salesrhythm.At(10, 0), "Beta", salesrhythm.ResultMeetingSet, nov(12)),
		c(5, nov(4), salesrhythm.At(10, 0), "Gamma", salesrhythm.ResultMeetingSet, dec(5)),
		c(6, nov(5), salesrhythm.At(10, 0), "Delta", salesrhythm.ResultRefused, salesrhythm.Date{}),
		c(7, nov(6), salesrhythm.At(10, 0), "Epsilon", "", salesrhythm.Date{}),
		c(8, nov(12), salesrhythm.At(10, 0), "Beta", salesrhythm.ResultTalked, salesrhythm.Date{}),
		c(9, nov(20), salesrhythm.At(10, 0), "Acme Kft", salesrhythm.ResultCallBack, nov(30)),
		c(10, nov(20), salesrhythm.At(9, 0), "acme kft", salesrhythm.ResultCallBack, dec(10)),
		c(11, oct(30), salesrhythm.At(10, 0), "Zeta", salesrhythm.ResultTalked, nov(3)),
		c(12, dec(1), salesrhythm.At(10, 0), "Gamma", salesrhythm.ResultTalked, salesrhythm.Date{}),
		c(13, salesrhythm.Date{}, salesrhythm.NoClock, "Eta", salesrhythm.ResultTalked, nov(2)),
	}
	team := []salesrhythm.Person{
		manager("M1", "L1"),
		manager("M2", "L1"), // no calls: a row of nought all the same
		person("M3", salesrhythm.Manager, "North", "L1", salesrhythm.Date{}, oct(31)),
	}
	in := Input{
		Month: nov2026, Config: testConfig(), Plan: salesrhythm.Plan{Team: team},
		Calls: salesrhythm.RowsOf(append(calls, salesrhythm.Call{Person: "M3", Date: nov(2), Result: salesrhythm.ResultTalked})...),
		Deals: []salesrhythm.Deal{deal("M1", nov(25), 5000, salesrhythm.Yes)},
	}
	res := Analyse(in)
	if len(res.Activity) != 3 || res.Activity[0].Person != "M1" || res.Activity[1].Person != "M2" || res.Activity[2].Person != "M3" {
		t.Fatalf("activity rows %+v, want M1, M2 and M3", res.Activity)
	}
	a := res.Activity[0]
	t.Run("a manager who sent no call register", func(t *testing.T) {
		// M2 is due a register for each of the 5 weeks with a November
		// working day and sent none: every count nought, every ratio n/a
		// but calls per working day, 0 ÷ 21.
		m2 := res.Activity[1]
		if m2.Calls != 0 || m2.MeetingsSet != 0 || len(m2.Overdue) != 0 || m2.Registers != (Receipt{Due: 5, Received: 0}) {
			t.Errorf("M2 %+v", m2)
		}
		checkFraction(t, "per working day", m2.PerWorkingDay, 0)
		checkFraction(t, "calls → meetings", m2.CallsToMeetings, na)
	})

	// Rows 2–10 are dated in November: 9 calls. Row 11 is October's, row 12
	// December's, row 13 has no date.
	t.Run("calls dated in the month", func(t *testing.T) {
		if a.Calls != 9 {
			t.Errorf("calls = %d, want 9", a.Calls)
		}
	})
	t.Run("calls per working day", func(t *testing.T) {
		checkFraction(t, "per working day", a.PerWorkingDay, 9.0/21) // 21 working days employed
	})
	t.Run("result mix with blanks apart", func(t *testing.T) {
		want := map[string]int{
			salesrhythm.ResultNoAnswer: 1, salesrhythm.ResultTalked: 2, salesrhythm.ResultMeetingSet: 2,
			salesrhythm.ResultRefused: 1, "": 1, salesrhythm.ResultCallBack: 2,
		}
		if !maps.Equal(a.Results, want) {
			t.Errorf("results = %v, want %v", a.Results, want)
		}
	})
	t.Run("conversion", func(t *testing.T) {
		// Meetings set: rows 4 and 5 = 2; 2 ÷ 9 calls; 1 deal ÷ 2 meetings set.
		if a.MeetingsSet != 2 || a.Deals != 1 {
			t.Errorf("meetings set %d, deals %d; want 2, 1", a.MeetingsSet, a.Deals)
		}
		checkFraction(t, "calls → meetings", a.CallsToMeetings, 2.0/9)
		checkFraction(t, "meetings → deals", a.MeetingsToDeals, 0.5)
	})
	t.Run("next-contact share of conversations", func(t *testing.T) {
		// Conversations: all but row 2 (no answer) and row 7 (blank): rows 3,
		// 4, 5, 6, 8, 9, 10 = 7. With a next contact: 3, 4, 5, 9, 10 = 5.
		if a.Conversations != 7 || a.WithNextContact != 5 {
			t.Errorf("conversations %d, with next contact %d; want 7, 5", a.Conversations, a.WithNextContact)
		}
		checkFraction(t, "share", a.NextContactShare, 5.0/7)
	})
	t.Run("overdue follow-ups", func(t *testing.T) {
		// Acme (rows 2, 3, 9, 10, names differing in case and space): the
		// latest is row 9, 20 Nov 10:00, next contact 30 Nov: overdue. Beta:
		// row 8 is later than row 4 and sets no date. Gamma: row 5 sets 5 Dec
		// (row 12 is after the month). Zeta: called 30 Oct for 3 Nov, never
		// again: overdue. Eta's call has no date.
		want := []FollowUp{
			{Client: "Zeta", LastCall: oct(30), NextContact: nov(3), Ref: ref("calls.xlsx", 11)},
			{Client: "Acme Kft", LastCall: nov(20), NextContact: nov(30), Ref: ref("calls.xlsx", 9)},
		}
		if !slices.Equal(a.Overdue, want) {
			t.Errorf("overdue = %+v\nwant %+v", a.Overdue, want)
		}
	})
	t.Run("no working day employed is n/a per day", func(t *testing.T) {
		// M3 left on 31 Oct but logged a call on 2 Nov.
		m3 := res.Activity[2]
		if m3.Calls != 1 {
			t.Errorf("calls = %d, want 1", m3.Calls)
		}
		checkFraction(t, "per working day", m3.PerWorkingDay, na)
		checkFraction(t, "meetings → deals", m3.MeetingsToDeals, na)
	})
	t.Run("department funnel adds up the calls", func(t *testing.T) {
		// M1's 9 calls, 7 conversations, 2 meetings set, plus M3's one talk.
		f := res.Funnel
		if f.Calls != 10 || f.Conversations != 8 || f.MeetingsSet != 2 {
			t.Errorf("funnel %+v, want 10 calls, 8 conversations, 2 meetings set", f)
		}
	})
}

func TestFunnelAndWeeklyRevenue(t *testing.T) {
	team := []salesrhythm.Person{manager("M1", "L1"), manager("M2", "L1")}
	funnels := []salesrhythm.Funnel{
		// Thursday 29 Oct: October's week, left out.
		{Person: "M1", Week: salesrhythm.Week(oct(26)), Leads: 100, Contacts: 100, Meetings: 100, Proposals: 100, Won: 100, Lost: 100},
		{Person: "M1", Week: salesrhythm.Week(nov(2)), Leads: 10, Contacts: 8, Meetings: 3, Proposals: 2, Won: 1, Lost: 1},
		{Person: "M2", Week: salesrhythm.Week(nov(23)), Leads: 5, Contacts: 4, Meetings: 2, Proposals: 1, Won: 1, Lost: 0},
		// Thursday 3 Dec: December's week, left out.
		{Person: "M2", Week: salesrhythm.Week(nov(30)), Leads: 100, Contacts: 100, Meetings: 100, Proposals: 100, Won: 100, Lost: 100},
		// Not in the plan.
		{Person: "X9", Week: salesrhythm.Week(nov(9)), Leads: 100},
	}
	deals := []salesrhythm.Deal{
		deal("M1", oct(30), 1, salesrhythm.No), // the week of 26 Oct, but October's
		deal("M1", nov(1), 1000, salesrhythm.No),
		deal("M2", nov(3), 2000, salesrhythm.No),
		deal("M1", nov(6), 500, salesrhythm.No),
		deal("M2", nov(30), 700, salesrhythm.No),
		deal("M1", dec(2), 1, salesrhythm.No), // the week of 30 Nov, but December's
		deal("X9", nov(3), 9999, salesrhythm.No),
	}
	res := Analyse(Input{Month: nov2026, Config: testConfig(), Plan: salesrhythm.Plan{Team: team}, Funnels: funnels, Deals: deals})
	t.Run("funnel sums the month's weeks", func(t *testing.T) {
		// The weeks of 2 and 23 Nov: leads 10 + 5, contacts 8 + 4, meetings
		// 3 + 2, proposals 2 + 1, won 1 + 1, lost 1. Deals won is not the
		// funnels' 2 but the 4 Deals rows dated in November (1, 3, 6 and 30
		// Nov), the Summary's deals figure.
		got := res.Funnel
		got.Steps = nil
		want := Funnel{Leads: 15, Contacts: 12, MeetingsHeld: 5, Proposals: 3, DealsWon: 4, ReportedWon: 2, DealsLost: 1}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("funnel %+v\nwant   %+v", got, want)
		}
		if d := res.Department.Measures; float64(res.Funnel.DealsWon) != d.Deals.Total || float64(res.Funnel.MeetingsHeld) != d.Meetings.Total {
			t.Errorf("funnel's deals %d and meetings %d, the department's %v and %v", res.Funnel.DealsWon, res.Funnel.MeetingsHeld, d.Deals.Total, d.Meetings.Total)
		}
	})
	t.Run("every step names its source", func(t *testing.T) {
		var got []string
		for _, st := range res.Funnel.Steps {
			got = append(got, fmt.Sprintf("%s %d %s", st.Key, st.Count, st.Source.En))
		}
		want := []string{"calls 0 call registers", "conversations 0 call registers", "meetings-set 0 call registers",
			"meetings-held 5 weekly reports' funnel", "proposals 3 weekly reports' funnel", "deals-won 4 weekly reports' Deals rows"}
		if !slices.Equal(got, want) {
			t.Errorf("steps %q\nwant  %q", got, want)
		}
		for _, st := range res.Funnel.Steps {
			if st.Label.Hu == "" || st.Source.Hu == "" {
				t.Errorf("step %s has no Hungarian", st.Key)
			}
		}
	})
	t.Run("weekly revenue of deals dated in the month", func(t *testing.T) {
		// Week of 26 Oct: Sun 1 Nov's 1 000. Week of 2 Nov: 2 000 + 500. Week
		// of 30 Nov: 700 (2 Dec is December's).
		want := []float64{1000, 2500, 0, 0, 0, 700}
		var got []float64
		for i, w := range res.WeeklyRevenue {
			got = append(got, w.Revenue)
			if w.Week != salesrhythm.Weeks(nov2026)[i] {
				t.Errorf("week %d is %v", i, w.Week)
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("weekly revenue %v, want %v", got, want)
		}
	})
}
