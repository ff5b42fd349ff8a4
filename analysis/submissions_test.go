package analysis

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"salesrhythm"
)

func TestSubmissions(t *testing.T) {
	none := salesrhythm.Date{}
	team := []salesrhythm.Person{
		person("D1", salesrhythm.Director, "", "", none, none),
		person("L1", salesrhythm.Lead, "", "D1", none, none),
		manager("M1", "L1"),
		person("M2", salesrhythm.Manager, "North", "L1", nov(30), none), // joins Mon 30 Nov
		person("M3", salesrhythm.Manager, "North", "L1", none, nov(2)),  // leaves Mon 2 Nov
	}
	week := salesrhythm.Week
	month := nov2026.Period()
	sub := func(k salesrhythm.Kind, who string, p salesrhythm.Period, superseded ...string) salesrhythm.Submission {
		return salesrhythm.Submission{Kind: k, Person: who, Period: p, File: fmt.Sprintf("%s-%s-%s.xlsx", k, who, p.Start), Superseded: superseded}
	}
	// talk is a one-on-one sheet of leader's with report, its file named
	// "one-on-one/REPORT/DATE.xlsx".
	talk := func(leader, report string, d salesrhythm.Date) salesrhythm.Submission {
		return salesrhythm.Submission{Kind: salesrhythm.KindOneOnOne, Person: leader, Period: d.MonthOf().Period(), File: fmt.Sprintf("one-on-one/%s/%s.xlsx", report, d)}
	}
	var subs []salesrhythm.Submission
	for _, d := range []int{2, 9, 16, 23, 30} {
		subs = append(subs, sub(salesrhythm.KindCallRegister, "M1", week(nov(d))), sub(salesrhythm.KindWeeklyReport, "M1", week(nov(d))))
		if d != 16 {
			subs = append(subs, sub(salesrhythm.KindTimeTable, "m1", week(nov(d))))
		}
		if d != 30 {
			subs = append(subs, sub(salesrhythm.KindManagementLog, "L1", week(nov(d))))
		}
	}
	subs[0].Superseded = []string{"calls-old.xlsx"}
	subs = append(subs,
		sub(salesrhythm.KindCallRegister, "M2", week(nov(30))),
		sub(salesrhythm.KindTimeTable, "M2", week(nov(30))),
		sub(salesrhythm.KindWeeklyReport, "M2", week(nov(30))),
		sub(salesrhythm.KindAssessment, "L1", month),
		sub(salesrhythm.KindPlan, "", month),
		// Context, neither expected nor unexpected: the week of 26 Oct has no
		// working day in November; October's assessment gives the change in
		// role scores.
		sub(salesrhythm.KindCallRegister, "M1", week(oct(26))),
		sub(salesrhythm.KindAssessment, "L1", oct2026.Period()),
		// Unexpected: a person not in the plan, a kind the role does not
		// fill, a week the month does not read.
		sub(salesrhythm.KindCallRegister, "X9", week(nov(2))),
		sub(salesrhythm.KindManagementLog, "M1", week(nov(2))),
		sub(salesrhythm.KindCallRegister, "M1", week(dec(7))),
		// Client profiles from M1; one-on-one sheets of L1 with M1 (one of
		// the two due), with M3 (who worked one day: none due, so
		// unexpected) and, as context for the change in stages, October's.
		sub(salesrhythm.KindClientProfiles, "M1", month),
		talk("L1", "M1", nov(10)), talk("L1", "M3", nov(2)), talk("L1", "M1", oct(20)),
	)
	var talks []salesrhythm.OneOnOne
	for _, x := range subs {
		if x.Kind == salesrhythm.KindOneOnOne {
			talks = append(talks, salesrhythm.OneOnOne{Ref: salesrhythm.Ref{File: x.File}, Leader: x.Person, Report: strings.Split(x.File, "/")[1]})
		}
	}
	res := Analyse(Input{Month: nov2026, Config: testConfig(), Plan: salesrhythm.Plan{Team: team}, Submissions: subs, OneOnOnes: talks})
	s := res.Submissions

	show := func(ws []Workbook) string {
		var out []string
		for _, w := range ws {
			out = append(out, fmt.Sprintf("%s %s %s", w.Person, w.Kind, w.Period.Start))
		}
		return strings.Join(out, "\n")
	}
	t.Run("expected", func(t *testing.T) {
		// Weeks with a November working day: 2, 9, 16, 23, 30 Nov (the week of
		// 26 Oct has only Sunday 1 Nov). D1: 5 logs, an assessment, the plan,
		// a one-on-one with L1 (the director's norm: 1) = 8. L1: 5 logs, an
		// assessment, 2 one-on-ones with M1; with M2 and M3, each employed 1
		// of the 21 working days, 2 × 1 ÷ 21 = 0.1, rounded 0 = 8. M1: 3
		// kinds × 5 weeks and client profiles = 16. M2 works Mon 30 Nov only:
		// 3 + 1. M3 works Mon 2 Nov only: 3 + 1. 40 in all.
		if len(s.Expected) != 40 {
			t.Errorf("%d expected, want 40:\n%s", len(s.Expected), show(s.Expected))
		}
	})
	t.Run("missing", func(t *testing.T) {
		want := strings.Join([]string{
			"D1 management-log 2026-11-02", "D1 management-log 2026-11-09", "D1 management-log 2026-11-16",
			"D1 management-log 2026-11-23", "D1 management-log 2026-11-30", "D1 one-on-one 2026-11-01", "D1 assessment 2026-11-01",
			"L1 management-log 2026-11-30", "L1 one-on-one 2026-11-01",
			"M1 time-table 2026-11-16",
			"M2 client-profiles 2026-11-01",
			"M3 call-register 2026-11-02", "M3 time-table 2026-11-02", "M3 weekly-report 2026-11-02", "M3 client-profiles 2026-11-01",
		}, "\n")
		if got := show(s.Missing); got != want {
			t.Errorf("missing\n%s\nwant\n%s", got, want)
		}
	})
	t.Run("received", func(t *testing.T) {
		// 40 expected less 15 missing. The plan bears no person's ID and
		// still counts; "m1" is M1.
		if len(s.Received) != 25 {
			t.Errorf("%d received, want 25", len(s.Received))
		}
	})
	t.Run("duplicates", func(t *testing.T) {
		if len(s.Duplicates) != 1 || !slices.Equal(s.Duplicates[0].Superseded, []string{"calls-old.xlsx"}) {
			t.Errorf("duplicates %+v, want M1's call register of 2 Nov", s.Duplicates)
		}
	})
	t.Run("unexpected", func(t *testing.T) {
		var got []string
		for _, u := range s.Unexpected {
			got = append(got, fmt.Sprintf("%s %s %s", u.Person, u.Kind, u.Period.Start))
		}
		want := []string{"L1 one-on-one 2026-11-01", "M1 call-register 2026-12-07", "M1 management-log 2026-11-02", "X9 call-register 2026-11-02"}
		if !slices.Equal(got, want) {
			t.Errorf("unexpected %v\nwant %v", got, want)
		}
	})
	t.Run("context", func(t *testing.T) {
		var got []string
		for _, u := range s.Context {
			got = append(got, fmt.Sprintf("%s %s %s", u.Person, u.Kind, u.Period.Start))
		}
		want := []string{"L1 one-on-one 2026-10-01", "L1 assessment 2026-10-01", "M1 call-register 2026-10-26"}
		if !slices.Equal(got, want) {
			t.Errorf("context %v\nwant %v", got, want)
		}
	})
	t.Run("no director, no plan expected", func(t *testing.T) {
		res := Analyse(Input{Month: nov2026, Config: testConfig(), Plan: salesrhythm.Plan{Team: team[1:]}})
		for _, w := range res.Submissions.Expected {
			if w.Kind == salesrhythm.KindPlan {
				t.Errorf("plan expected from %s", w.Person)
			}
		}
	})
}
