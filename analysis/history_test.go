package analysis

import (
	"testing"

	"salesrhythm"
)

// threeMonths is October to December 2026 (21 working days each): October
// and December have a plan, November none.
//
//	October:  M-1 target 1 000 000, one deal of 800 000; M-2 target 500 000,
//	          one of 600 000; both sent a weekly report. L-1 leads them and
//	          sent a management log and a self-assessment with questions
//	          1–7 YES (one YES in each of the seven roles).
//	December: M-2 has left the plan; M-3 joins, target 400 000, and sends
//	          nothing; M-1 target 1 000 000, one deal of 1 100 000. L-1 sends
//	          no log, and a self-assessment with questions 1–14 YES (two
//	          in each role).
func threeMonths(t *testing.T) []MonthFigures {
	t.Helper()
	cfg := testConfig()
	lead := person("L-1", salesrhythm.Lead, "North", "", salesrhythm.Date{}, salesrhythm.Date{})
	yes := func(n int) []salesrhythm.Answer {
		a := make([]salesrhythm.Answer, len(cfg.Assessment.Questions))
		for i := range a {
			a[i] = salesrhythm.No
			if i < n {
				a[i] = salesrhythm.Yes
			}
		}
		return a
	}
	sub := func(k salesrhythm.Kind, who string, p salesrhythm.Period) salesrhythm.Submission {
		return salesrhythm.Submission{Kind: k, Person: who, Period: p, File: who + ".xlsx"}
	}
	weekOct, weekDec := salesrhythm.Week(oct(5)), salesrhythm.Week(dec(7))
	october := Analyse(Input{Month: oct2026, Config: cfg,
		Plan: salesrhythm.Plan{Month: oct2026, Team: []salesrhythm.Person{lead, manager("M-1", "L-1"), manager("M-2", "L-1")},
			Targets: map[string]salesrhythm.Targets{"M-1": {Revenue: 1_000_000}, "M-2": {Revenue: 500_000}}},
		Deals:       []salesrhythm.Deal{{Person: "M-1", Date: oct(6), Amount: 800_000}, {Person: "M-2", Date: oct(7), Amount: 600_000}},
		Assessments: []salesrhythm.Assessment{{Person: "L-1", Month: oct2026, Answers: yes(7)}},
		Submissions: []salesrhythm.Submission{sub(salesrhythm.KindWeeklyReport, "M-1", weekOct), sub(salesrhythm.KindWeeklyReport, "M-2", weekOct),
			sub(salesrhythm.KindManagementLog, "L-1", weekOct), sub(salesrhythm.KindAssessment, "L-1", oct2026.Period())},
	})
	december := Analyse(Input{Month: dec2026, Config: cfg,
		Plan: salesrhythm.Plan{Month: dec2026, Team: []salesrhythm.Person{lead, manager("M-1", "L-1"), manager("M-3", "L-1")},
			Targets: map[string]salesrhythm.Targets{"M-1": {Revenue: 1_000_000}, "M-3": {Revenue: 400_000}}},
		Deals:       []salesrhythm.Deal{{Person: "M-1", Date: dec(8), Amount: 1_100_000}},
		Assessments: []salesrhythm.Assessment{{Person: "L-1", Month: dec2026, Answers: yes(14)}},
		Submissions: []salesrhythm.Submission{sub(salesrhythm.KindWeeklyReport, "M-1", weekDec), sub(salesrhythm.KindAssessment, "L-1", dec2026.Period())},
	})
	return []MonthFigures{Figures(october), NoPlan(nov2026), Figures(december)}
}

// revenue returns a series' revenue points.
func revenue(ms Measures[[]Point]) []Point { return ms.Revenue }

func checkPoints(t *testing.T, what string, got []Point, want []struct {
	gap        string
	fulfilment float64 // na for none
	change     float64
}) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d months, want %d", what, len(got), len(want))
	}
	for i, w := range want {
		if got[i].Gap != w.gap {
			t.Errorf("%s %s: gap %q, want %q", what, got[i].Month, got[i].Gap, w.gap)
		}
		checkFraction(t, what+" "+got[i].Month.String()+" fulfilment", got[i].Fulfilment, w.fulfilment)
		checkFraction(t, what+" "+got[i].Month.String()+" change", got[i].Change, w.change)
	}
}

func TestTrends(t *testing.T) {
	h := Trends(threeMonths(t))
	if len(h.Months) != 3 || h.Months[1] != nov2026 {
		t.Fatalf("months %v", h.Months)
	}
	type pt = struct {
		gap        string
		fulfilment float64
		change     float64
	}
	// Department: October 1 400 000 of 1 500 000 = 0.93333; December
	// 1 100 000 of 1 400 000 (M-1 and M-3) = 0.785714; no change across the
	// gap.
	checkPoints(t, "department", revenue(h.Department.Measures), []pt{{"", 1.4 / 1.5, na}, {GapNoPlan, na, na}, {"", 1.1 / 1.4, na}})
	byID := map[string]PersonSeries{}
	for _, p := range h.People {
		byID[p.ID] = p
	}
	if len(h.People) != 4 {
		t.Errorf("%d people, want L-1, M-1, M-2 and M-3", len(h.People))
	}
	checkPoints(t, "M-1", revenue(byID["M-1"].Measures), []pt{{"", 0.8, na}, {GapNoPlan, na, na}, {"", 1.1, na}})
	checkPoints(t, "M-2", revenue(byID["M-2"].Measures), []pt{{"", 1.2, na}, {GapNoPlan, na, na}, {GapNotInPlan, na, na}})
	checkPoints(t, "M-3", revenue(byID["M-3"].Measures), []pt{{GapNotInPlan, na, na}, {GapNoPlan, na, na}, {GapNoData, na, na}})
	if len(h.Compliance) != 1 {
		t.Fatalf("compliance of %d leaders", len(h.Compliance))
	}
	c := h.Compliance[0].Points
	if c[0].Gap != "" || !c[0].Score.Valid || c[1].Gap != GapNoPlan || c[2].Gap != GapNoData {
		t.Errorf("L-1's compliance: %+v; want October scored, November no plan, December no log", c)
	}
	if len(h.Roles) != 1 || len(h.Roles[0].Assessments) != 2 {
		t.Fatalf("roles %+v", h.Roles)
	}
	first, second := h.Roles[0].Assessments[0], h.Roles[0].Assessments[1]
	if second.Previous != oct2026 || first.Previous != (salesrhythm.Month{}) {
		t.Errorf("previous assessments %s and %s, want none and October", first.Previous, second.Previous)
	}
	for i, r := range second.Roles {
		if first.Roles[i].Yes != 1 || first.Roles[i].Change != nil || r.Yes != 2 || r.Change == nil || *r.Change != 1 {
			t.Errorf("%s: %d then %d (change %v); want 1 then 2, +1", r.Role, first.Roles[i].Yes, r.Yes, r.Change)
		}
	}
}

func TestTrendsChangeAgainstTheMonthBefore(t *testing.T) {
	ms := threeMonths(t)
	ms[1] = ms[0] // November as October, relabelled
	ms[1].Month = nov2026
	h := Trends(ms)
	for _, p := range h.People {
		if p.ID != "M-1" {
			continue
		}
		// 0.8, 0.8, then 1.1: changes none, 0, +0.3.
		checkFraction(t, "November change", p.Measures.Revenue[1].Change, 0)
		checkFraction(t, "December change", p.Measures.Revenue[2].Change, 0.3)
	}
}

// TestCompetenceTrends: the stages of a competence over months, a month
// without a rating a gap, the change against the last rating.
func TestCompetenceTrends(t *testing.T) {
	ms := []MonthFigures{NoPlan(oct2026), NoPlan(nov2026), NoPlan(dec2026)}
	ms[0].Competences = []Competence{{Person: "M-1", Competence: "closing", Stage: 2}}
	ms[2].Competences = []Competence{{Person: "M-1", Competence: "closing", Stage: 3}, {Person: "M-1", Competence: "asking", Stage: 1}}
	h := Trends(ms)
	if len(h.Competences) != 2 || h.Competences[0].Competence != "asking" {
		t.Fatalf("%+v", h.Competences)
	}
	closing := h.Competences[1].Points
	if closing[0].Stage != 2 || closing[0].Change != nil || closing[1].Stage != 0 || closing[2].Stage != 3 || closing[2].Change == nil || *closing[2].Change != 1 {
		t.Errorf("closing: %+v; want 2, a gap, then 3 (+1)", closing)
	}
}

func TestSumPeriod(t *testing.T) {
	p := SumPeriod(threeMonths(t), testConfig().Ranking)
	if p.From != oct2026 || p.To != dec2026 || len(p.Planned) != 2 || p.WorkingDays != 42 {
		t.Errorf("period %s–%s, planned %v, %d working days; want October–December, two months, 42", p.From, p.To, p.Planned, p.WorkingDays)
	}
	// Department: targets 1 500 000 + 1 400 000, actuals 1 400 000 +
	// 1 100 000: 2 500 000 / 2 900 000 = 0.862069.
	d := p.Department.Measures.Revenue
	if d.Target != 2_900_000 || d.Actual != 2_500_000 {
		t.Errorf("department %v of %v", d.Actual, d.Target)
	}
	checkFraction(t, "department", d.Fulfilment, 2.5/2.9)
	// M-2 600 000 / 500 000 = 1.2 first; M-1 1 900 000 / 2 000 000 = 0.95;
	// M-3 0 / 400 000 last, a laggard; L-1 has no target.
	want := []struct {
		id   string
		rank int
		f    float64
		band Band
	}{{"M-2", 1, 1.2, BandLeader}, {"M-1", 2, 0.95, BandCore}, {"M-3", 3, 0, BandLaggard}, {"L-1", 0, na, ""}}
	if len(p.People) != len(want) {
		t.Fatalf("%d people", len(p.People))
	}
	for i, w := range want {
		got := p.People[i]
		if got.ID != w.id || w.rank > 0 && (got.Rank == nil || *got.Rank != w.rank) || got.Band != w.band {
			t.Errorf("place %d: %s rank %v band %q, want %s %d %q", i+1, got.ID, got.Rank, got.Band, w.id, w.rank, w.band)
		}
		checkFraction(t, got.ID, got.Measures.Revenue.Fulfilment, w.f)
	}
	if len(p.Groups) != 1 || p.Groups[0].Name != "North" || len(p.Groups[0].Members) != 4 {
		t.Errorf("groups %+v", p.Groups)
	}
}

// A person whose month's figures miss values is provisional over the
// period too, and the period's Missing is the months' summed: the same rule
// as a month's ranking.
func TestSumPeriodProvisional(t *testing.T) {
	months := threeMonths(t)
	for i, p := range months[2].People {
		if p.ID == "M-3" {
			months[2].People[i].Missing = salesrhythm.Exclusions{{Measure: salesrhythm.Revenue, Amount: 300_000}, {Measure: salesrhythm.Deals, Amount: 1}}
		}
	}
	p := SumPeriod(months, testConfig().Ranking)
	for _, x := range p.People {
		switch x.ID {
		case "M-3":
			if x.Band != BandProvisional || !x.Provisional {
				t.Errorf("M-3 band %q provisional %v; want provisional", x.Band, x.Provisional)
			}
			if got := x.Missing.Get(salesrhythm.Revenue).Amount; got != 300_000 || x.Missing.Get(salesrhythm.Deals).Amount != 1 {
				t.Errorf("M-3 missing %+v; want 300 000 in 1 deal", x.Missing)
			}
		case "M-1":
			if x.Provisional || len(x.Missing) != 0 {
				t.Errorf("M-1 provisional %v missing %+v; want neither", x.Provisional, x.Missing)
			}
		}
	}
}
