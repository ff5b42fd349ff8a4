package analysis_test

import (
	"fmt"
	"time"

	"salesrhythm"
	"salesrhythm/analysis"
)

func nov(day int) salesrhythm.Date { return salesrhythm.D(2026, time.November, day) }

// A group lead and two managers in November 2026 (21 working days). Béla
// joined on Monday 16 November: 11 working days, so his target of 80 000 is
// pro-rated to 80 000 × 11/21 = 41 904.76, and his 30 000 fulfils 71.6 % of
// it. Anna's 110 000 of 100 000 is 110 %. The department sums the two
// targets, 141 904.76, against 140 000: 98.7 %. The lead has no target.
func ExampleAnalyse() {
	team := []salesrhythm.Person{
		{ID: "LILI", Name: "Lili", Role: salesrhythm.Lead, Group: "North"},
		{ID: "ANNA", Name: "Anna", Role: salesrhythm.Manager, Group: "North", ReportsTo: "LILI"},
		{ID: "BELA", Name: "Béla", Role: salesrhythm.Manager, Group: "North", ReportsTo: "LILI", Start: nov(16)},
	}
	res := analysis.Analyse(analysis.Input{
		Month:  salesrhythm.Month{Year: 2026, Month: time.November},
		AsOf:   salesrhythm.D(2026, time.December, 1),
		Config: salesrhythm.Default(),
		Plan: salesrhythm.Plan{Team: team, Targets: map[string]salesrhythm.Targets{
			"ANNA": {Revenue: 100000},
			"BELA": {Revenue: 80000},
		}},
		Deals: []salesrhythm.Deal{
			{Person: "ANNA", Date: nov(5), Amount: 60000},
			{Person: "ANNA", Date: nov(19), Amount: 50000},
			{Person: "BELA", Date: nov(26), Amount: 30000},
		},
	})
	for _, p := range res.People {
		fmt.Printf("%s %2d days %6s ", p.ID, p.WorkingDays, p.Measures.Revenue.Fulfilment.Percent())
		if p.Rank == nil {
			fmt.Println("unranked:", p.Reason.En)
			continue
		}
		fmt.Printf("#%d %s\n", *p.Rank, p.Band)
	}
	d := res.Department.Measures.Revenue
	fmt.Printf("department: %.0f of %.2f, %s\n", d.Actual, d.Target, d.Fulfilment.Percent())
	// Output:
	// ANNA 21 days 110.0% #1 leader
	// BELA 11 days  71.6% #2 laggard
	// LILI 21 days    n/a unranked: no target
	// department: 140000 of 141904.76, 98.7%
}

// Four managers on a revenue target of 100 000 each, and a fifth who joined
// on Tuesday 24 November, 5 working days before the month's end: fewer than
// the 10 the default policy asks, so listed but not ranked. The two at 90 %
// share rank 2, and the next is 4th. Leaders are at 100 % or above, laggards
// below 80 %.
func ExampleAnalyse_ranking() {
	var team []salesrhythm.Person
	targets := map[string]salesrhythm.Targets{}
	for _, id := range []string{"M1", "M2", "M3", "M4", "M5"} {
		p := salesrhythm.Person{ID: id, Role: salesrhythm.Manager}
		if id == "M5" {
			p.Start = nov(24)
		}
		team = append(team, p)
		targets[id] = salesrhythm.Targets{Revenue: 100000}
	}
	res := analysis.Analyse(analysis.Input{
		Month:  salesrhythm.Month{Year: 2026, Month: time.November},
		Config: salesrhythm.Default(),
		Plan:   salesrhythm.Plan{Team: team, Targets: targets},
		Deals: []salesrhythm.Deal{
			{Person: "M1", Date: nov(10), Amount: 120000},
			{Person: "M2", Date: nov(10), Amount: 90000},
			{Person: "M3", Date: nov(10), Amount: 90000},
			{Person: "M4", Date: nov(10), Amount: 50000},
		},
	})
	for _, p := range res.People {
		if p.Rank == nil {
			fmt.Printf("- %s %s: %s\n", p.ID, p.Value.Percent(), p.Reason.En)
			continue
		}
		fmt.Printf("%d %s %s %s\n", *p.Rank, p.ID, p.Value.Percent(), p.Band)
	}
	// Output:
	// 1 M1 120.0% leader
	// 2 M2 90.0% core
	// 2 M3 90.0% core
	// 4 M4 50.0% laggard
	// - M5 0.0%: 5 working days employed, minimum 10
}

// A lead's self-assessment for November with question 19 left blank: each
// role scores its YES answers out of three, the blank is "not answered"
// rather than NO, and it leaves the assessment incomplete.
func ExampleAnalyse_roleScores() {
	var answers []salesrhythm.Answer
	for _, c := range "YYYYYNY" + "YYNYYNY" + "YNNY_NY" { // questions 1–7, 8–14, 15–21
		answers = append(answers, map[rune]salesrhythm.Answer{'Y': salesrhythm.Yes, 'N': salesrhythm.No}[c])
	}
	res := analysis.Analyse(analysis.Input{
		Month:  salesrhythm.Month{Year: 2026, Month: time.November},
		Config: salesrhythm.Default(),
		Plan:   salesrhythm.Plan{Team: []salesrhythm.Person{{ID: "LILI", Role: salesrhythm.Lead}}},
		Assessments: []salesrhythm.Assessment{
			{Person: "LILI", Month: salesrhythm.Month{Year: 2026, Month: time.November}, Answers: answers},
		},
	})
	s := res.Roles[0]
	for _, r := range s.Roles {
		fmt.Printf("%s %d/%d", r.Label.En, r.Yes, r.Questions)
		if r.Unanswered > 0 {
			fmt.Printf(" (%d not answered)", r.Unanswered)
		}
		fmt.Println()
	}
	fmt.Printf("total %d, answered %d of %d, complete: %t\n", s.Total, s.Answered, s.Questions, s.Complete)
	fmt.Println("solid:", s.Solid)
	fmt.Println("weakest:", s.Weakest)
	// Output:
	// Strategist 3/3
	// Leader-coordinator 2/3
	// Locomotive (mobiliser) 1/3
	// Coach-consultant 3/3
	// Servant leader 2/3 (1 not answered)
	// Critic-innovator 0/3
	// Head, not performer 3/3
	// total 14, answered 20 of 21, complete: false
	// solid: [strategist coach head]
	// weakest: [innovator]
}

// Anna's weekly report has a deal of 40 000 whose date could not be read:
// the importer's not-a-date finding is charged with it, and Anna, at
// 60 000 of 100 000 counted (60 %, under the 80 % of a laggard), is
// provisional, not a laggard.
func ExampleAnalyse_excluded() {
	res := analysis.Analyse(analysis.Input{
		Month:  salesrhythm.Month{Year: 2026, Month: time.November},
		Config: salesrhythm.Default(),
		Plan: salesrhythm.Plan{
			Team:    []salesrhythm.Person{{ID: "ANNA", Name: "Anna", Role: salesrhythm.Manager}},
			Targets: map[string]salesrhythm.Targets{"ANNA": {Revenue: 100000}},
		},
		Deals: []salesrhythm.Deal{
			{Ref: salesrhythm.Ref{File: "anna.xlsx", Sheet: "Deals", Row: 5}, Person: "ANNA", Date: nov(5), Amount: 60000},
			{Ref: salesrhythm.Ref{File: "anna.xlsx", Sheet: "Deals", Row: 6}, Person: "ANNA", Amount: 40000},
		},
		Findings: []salesrhythm.Finding{{File: "anna.xlsx", Sheet: "Deals", Cell: "A6", Field: "date",
			Severity: salesrhythm.Error, Code: salesrhythm.CodeNotADate, Raw: "last Friday", Message: `"last Friday" is not a date`}},
	})
	for _, f := range res.Findings {
		fmt.Println(f)
		for _, x := range f.Excluded {
			fmt.Printf("  not counted: %s %.0f\n", x.Measure, x.Amount)
		}
	}
	p := res.People[0]
	fmt.Printf("%s %s %s\n", p.ID, p.Measures.Revenue.Fulfilment.Percent(), p.Band)
	// Output:
	// anna.xlsx: Deals!A6: error: "last Friday" is not a date
	//   not counted: revenue 40000
	//   not counted: deals 1
	// ANNA 60.0% provisional
}
