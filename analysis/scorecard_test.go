package analysis

import (
	"math"
	"slices"
	"strings"
	"testing"

	"salesrhythm"
)

// scorecardMonth is November 2026: L-01 leads M-001, M-002 and M-003 of
// North and M-004 of South. Revenue targets and deals:
//
//	M-001 10 000 000, deals 5 000 000: 50 %, laggard, rank 4
//	M-002 10 000 000, deals 10 000 000: 100 %, leader, rank 2
//	M-003 20 000 000, deals 30 000 000: 150 %, leader, rank 1
//	M-004 10 000 000, deals 8 000 000: 80 %, core, rank 3
//
// M-001 made 21 calls, one a working day of November's 21; the others none.
// L-01's one-on-ones of 10 Nov rated the first competence of M-001, M-002
// and M-003 at stages 2, 3 and 4, that of 20 Nov M-001's again at 3, and
// M-004's at 1.
func scorecardMonth() Result {
	team := []salesrhythm.Person{
		person("L-01", salesrhythm.Lead, "North", "", salesrhythm.Date{}, salesrhythm.Date{}),
		manager("M-001", "L-01"), manager("M-002", "L-01"), manager("M-003", "L-01"),
		person("M-004", salesrhythm.Manager, "South", "L-01", salesrhythm.Date{}, salesrhythm.Date{}),
	}
	deal := func(id string, amount float64) salesrhythm.Deal {
		return salesrhythm.Deal{Person: id, Date: nov(10), Amount: amount}
	}
	var calls []salesrhythm.Call
	for _, d := range testConfig().Calendar.Calendar().WorkingDays(nov2026.Period()) {
		calls = append(calls, salesrhythm.Call{Person: "M-001", Date: d, Result: salesrhythm.ResultTalked})
	}
	var talks []salesrhythm.OneOnOne
	var ratings []salesrhythm.Rating
	for i, r := range []struct {
		id    string
		day   int
		stage string
	}{{"M-001", 10, "2"}, {"M-002", 10, "3"}, {"M-003", 10, "4"}, {"M-001", 20, "3"}, {"M-004", 10, "1"}} {
		file := "talk-" + string(rune('a'+i))
		talks = append(talks, salesrhythm.OneOnOne{Ref: salesrhythm.Ref{File: file}, Leader: "L-01", Month: nov2026, Date: nov(r.day), Minutes: 20, Report: r.id})
		ratings = append(ratings, salesrhythm.Rating{Ref: salesrhythm.Ref{File: file, Row: 5}, Leader: "L-01", No: 1, Stage: r.stage})
	}
	return Analyse(Input{Month: nov2026, AsOf: dec(1), Config: testConfig(), OneOnOnes: talks, Ratings: ratings,
		Plan: salesrhythm.Plan{Month: nov2026, Team: team, Targets: map[string]salesrhythm.Targets{
			"M-001": {Revenue: 10_000_000}, "M-002": {Revenue: 10_000_000}, "M-003": {Revenue: 20_000_000}, "M-004": {Revenue: 10_000_000}}},
		Deals: []salesrhythm.Deal{deal("M-001", 5_000_000), deal("M-002", 10_000_000), deal("M-003", 30_000_000), deal("M-004", 8_000_000)},
		Calls: salesrhythm.RowsOf(calls...),
	})
}

func TestScorecards(t *testing.T) {
	// October: M-001 alone, 12 000 000 of 10 000 000.
	october := Analyse(Input{Month: oct2026, AsOf: nov(1), Config: testConfig(),
		Plan:        salesrhythm.Plan{Month: oct2026, Team: []salesrhythm.Person{manager("M-001", "L-01")}, Targets: map[string]salesrhythm.Targets{"M-001": {Revenue: 10_000_000}}},
		Deals:       []salesrhythm.Deal{{Person: "M-001", Date: oct(5), Amount: 12_000_000}},
		Submissions: []salesrhythm.Submission{{Kind: salesrhythm.KindWeeklyReport, Person: "M-001", Period: salesrhythm.Week(oct(5)), File: "w.xlsx"}}})
	// The history's figures, in any order: a month with no plan; May, six
	// months back, beyond the trend's reach; and August, when nothing of
	// M-001's arrived — a gap, not a zero: none is in the trend.
	may, august := october, october
	may.Month = salesrhythm.Month{Year: 2026, Month: 5}
	august.Month, august.Submissions.Received = salesrhythm.Month{Year: 2026, Month: 8}, nil
	cards := Scorecards(scorecardMonth(), []MonthFigures{NoPlan(salesrhythm.Month{Year: 2026, Month: 9}), Figures(october), Figures(may), Figures(august)})
	if len(cards) != 5 {
		t.Fatalf("%d scorecards, want one per person", len(cards))
	}
	anna := cards[slices.IndexFunc(cards, func(s Scorecard) bool { return s.Person.ID == "M-001" })]
	if *anna.Person.Rank != 4 || anna.Ranked != 4 || anna.Person.Band != BandLaggard || anna.Leader == nil || anna.Leader.ID != "L-01" {
		t.Errorf("M-001: rank %v of %d, band %s, leader %+v", *anna.Person.Rank, anna.Ranked, anna.Person.Band, anna.Leader)
	}
	// North: three with a revenue target, 45 000 000 of 40 000 000.
	if anna.Group.Peers.Revenue != 3 {
		t.Errorf("North peers %d", anna.Group.Peers.Revenue)
	}
	checkFraction(t, "North's revenue", anna.Group.Measures.Revenue.Fulfilment, 45.0/40)
	// The department: 53 000 000 of 50 000 000.
	checkFraction(t, "the department's revenue", anna.Department.Measures.Revenue.Fulfilment, 53.0/50)
	// Calls a working day: M-001 1, the others 0; North's mean 1/3, the
	// department's 1/4. No time tables: fewer than three active shares.
	checkFraction(t, "North's calls a day", anna.Group.CallsPerDay, 1.0/3)
	checkFraction(t, "the department's calls a day", anna.Department.CallsPerDay, 0.25)
	checkFraction(t, "the department's active share", anna.Department.ActiveShare, math.NaN())
	// M-001's first competence: 3 on 20 Nov, up 1 from 10 Nov; North's
	// mean (3 + 3 + 4) ÷ 3; the department's with M-004's 1, ÷ 4. Who
	// rated them is not said. South's one rating is withheld.
	if c := anna.Competences; c == nil || c.Stages[0].Stage != 3 || c.Stages[0].Change == nil || *c.Stages[0].Change != 1 || c.Leader != "" {
		t.Errorf("M-001's competences %+v", anna.Competences)
	}
	checkFraction(t, "North's first competence", anna.Group.Competences[0], 10.0/3)
	checkFraction(t, "the department's first competence", anna.Department.Competences[0], 11.0/4)
	// The trend: October 120 %, rank 1 of 1; November 50 %, rank 4 of 4.
	if len(anna.Trend) != 2 || anna.Trend[0].Month != oct2026 || *anna.Trend[0].Rank != 1 || anna.Trend[0].Ranked != 1 || *anna.Trend[1].Rank != 4 {
		t.Fatalf("trend %+v", anna.Trend)
	}
	checkFraction(t, "October", anna.Trend[0].Measures.Revenue, 1.2)
	checkFraction(t, "November", anna.Trend[1].Measures.Revenue, 0.5)

	// South has one member: its sums would be M-004's own, so they are
	// withheld.
	south := cards[slices.IndexFunc(cards, func(s Scorecard) bool { return s.Person.ID == "M-004" })]
	if south.Group.Peers.Revenue != 1 || south.Group.Measures.Revenue.Fulfilment.Valid || south.Group.Measures.Revenue.Target != 0 || south.Group.Competences[0].Valid {
		t.Errorf("South %+v", south.Group)
	}
	// The lead's compliance names no direct report.
	lead := cards[slices.IndexFunc(cards, func(s Scorecard) bool { return s.Person.ID == "L-01" })]
	if lead.Compliance == nil || lead.Compliance.Reports != nil || slices.ContainsFunc(lead.Compliance.Norms, func(n NormCompliance) bool { return n.Reports != nil }) {
		t.Errorf("the lead's compliance %+v", lead.Compliance)
	}
	if lead.Leader != nil || lead.Activity != nil {
		t.Errorf("the lead: leader %+v, activity %+v", lead.Leader, lead.Activity)
	}
}

// The policy states the reach of the trend and the fewest peers in words.
func TestScorecardPolicyStatesItsNumbers(t *testing.T) {
	for _, r := range definitions() {
		if r.Key == "scorecards" && (!strings.Contains(r.Text.En, "up to five back") || !strings.Contains(r.Text.En, "fewer than 3 people")) {
			t.Errorf("the scorecards' policy does not say five months and three people: %s", r.Text.En)
		}
	}
	if TrendMonths != 5 || MinPeers != 3 {
		t.Errorf("TrendMonths %d, MinPeers %d: change the policy's words with them", TrendMonths, MinPeers)
	}
}
