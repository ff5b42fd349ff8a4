package analysis

import (
	"slices"
	"testing"

	"salesrhythm"
)

// TestLeftOutIsCharged: every record of November the figures leave out is
// charged to the finding that explains it, or to a not-counted finding of
// its own; records of another month are not.
func TestLeftOutIsCharged(t *testing.T) {
	x := func(m salesrhythm.Measure, amount float64, unknown int) salesrhythm.Exclusion {
		return salesrhythm.Exclusion{Measure: m, Amount: amount, Unknown: unknown}
	}
	weekOct26 := salesrhythm.Week(oct(26)) // 26 Oct – 1 Nov: October's and November's reports both read it
	weekNov9 := salesrhythm.Week(nov(9))
	in := Input{
		Month: nov2026, Config: testConfig(),
		Plan: salesrhythm.Plan{Team: []salesrhythm.Person{person("L1", salesrhythm.Lead, "North", "", salesrhythm.Date{}, salesrhythm.Date{}), manager("M1", "L1"), manager("M2", "L1")},
			Targets: map[string]salesrhythm.Targets{"M1": {Revenue: 1_000_000}, "M2": {Revenue: 1_000_000}}},
		Deals: []salesrhythm.Deal{
			// Counted: 400,000 for M1.
			{Ref: ref("w-M1.xlsx", 5), Person: "M1", Date: nov(10), Amount: 400_000},
			// No readable date: the date's not-a-date finding is charged.
			{Ref: ref("w-M1.xlsx", 6), Person: "M1", Amount: 250_000, NewClient: salesrhythm.Yes},
			// Counted with nought: its amount's finding is charged an unknown.
			{Ref: ref("w-M1.xlsx", 7), Person: "M1", Date: nov(11)},
			// Dated 2025-11-12 in a week of 2026: no report reading the
			// workbook counts it; the outside-period finding is charged.
			{Ref: ref("w-M1.xlsx", 8), Person: "M1", Date: salesrhythm.D(2025, 11, 12), Amount: 90_000},
			// Dated Fri 30 Oct in the week of 26 Oct: October's, not lost.
			{Ref: ref("w-M2-w44.xlsx", 5), Person: "M2", Date: oct(30), Amount: 700_000},
			// A workbook of X9, not in the plan: the file's finding is charged.
			{Ref: ref("w-X9.xlsx", 5), Person: "X9", Date: nov(12), Amount: 60_000},
			{Ref: ref("w-X9.xlsx", 6), Person: "X9", Date: nov(13), Amount: 40_000},
		},
		Calls: salesrhythm.RowsOf([]salesrhythm.Call{
			// No date and no finding to say so (a hand-made input): a
			// not-counted finding of its own.
			{Ref: ref("c-M2.xlsx", 5), Person: "M2"},
			{Ref: ref("c-M2.xlsx", 6), Person: "M2", Date: nov(10)},
		}...),
		Events: []salesrhythm.Event{
			// A one-on-one with M2, a report of L1, as it should be.
			{Ref: ref("log-L1.xlsx", 5), Leader: "L1", Date: nov(10), Type: salesrhythm.EventOneOnOne, Start: salesrhythm.At(10, 0), Minutes: 20, Participants: []string{"M2"}},
			// Naming nobody of L1's reports: held for no report, so the
			// compliance counts it neither held nor credited; the event is
			// left out.
			{Ref: ref("log-L1.xlsx", 6), Leader: "L1", Date: nov(11), Type: salesrhythm.EventOneOnOne, Start: salesrhythm.At(10, 0), Minutes: 20, Participants: []string{"Q7"}},
			// No readable type.
			{Ref: ref("log-L1.xlsx", 7), Leader: "L1", Date: nov(12)},
		},
		OneOnOnes: []salesrhythm.OneOnOne{
			// A one-on-one sheet with M1: a talk of its own, counted.
			{Ref: ref("talk-L1-M1.xlsx", 5), Leader: "L1", Date: nov(17), Minutes: 20, Report: "M1"},
			// A sheet about L1, who is in the plan but no report of L1's:
			// held for no report, so left out, with a finding of its own.
			{Ref: ref("talk-L1-L1.xlsx", 5), Leader: "L1", Date: nov(18), Minutes: 20, Report: "L1"},
		},
		Submissions: []salesrhythm.Submission{
			{Kind: salesrhythm.KindWeeklyReport, Person: "M1", Period: weekNov9, File: "w-M1.xlsx"},
			{Kind: salesrhythm.KindWeeklyReport, Person: "M2", Period: weekOct26, File: "w-M2-w44.xlsx"},
			{Kind: salesrhythm.KindWeeklyReport, Person: "X9", Period: weekNov9, File: "w-X9.xlsx"},
		},
		Findings: []salesrhythm.Finding{
			{File: "w-M1.xlsx", Sheet: "Sheet", Cell: "A6", Field: "date", Severity: salesrhythm.Error, Code: salesrhythm.CodeNotADate},
			{File: "w-M1.xlsx", Sheet: "Sheet", Cell: "E7", Field: "amount", Severity: salesrhythm.Error, Code: salesrhythm.CodeNotANumber},
			{File: "w-M1.xlsx", Sheet: "Sheet", Cell: "A8", Field: "date", Severity: salesrhythm.Error, Code: salesrhythm.CodeOutsidePeriod},
			{File: "w-X9.xlsx", Severity: salesrhythm.Warning, Code: salesrhythm.CodeUnknownPerson},
			{File: "log-L1.xlsx", Sheet: "Sheet", Cell: "E6", Field: "participants", Severity: salesrhythm.Warning, Code: salesrhythm.CodeUnknownPerson},
			{File: "log-L1.xlsx", Sheet: "Sheet", Cell: "B7", Field: "type", Severity: salesrhythm.Warning, Code: salesrhythm.CodeMissingCell},
		},
	}
	res := Analyse(in)
	want := map[string][]salesrhythm.Exclusion{
		"w-M1.xlsx A6 not-a-date":         {x(salesrhythm.Revenue, 250_000, 0), x(salesrhythm.Deals, 1, 0), x(salesrhythm.NewClients, 1, 0)},
		"w-M1.xlsx E7 not-a-number":       {x(salesrhythm.Revenue, 0, 1)},
		"w-M1.xlsx A8 outside-period":     {x(salesrhythm.Revenue, 90_000, 0), x(salesrhythm.Deals, 1, 0)},
		"w-X9.xlsx  unknown-person":       {x(salesrhythm.Revenue, 100_000, 0), x(salesrhythm.Deals, 2, 0)},
		"log-L1.xlsx E6 unknown-person":   {x(salesrhythm.Events, 1, 0)},
		"log-L1.xlsx B7 missing-cell":     {x(salesrhythm.Events, 1, 0)},
		"c-M2.xlsx 5:5 not-counted":       {x(salesrhythm.Calls, 1, 0)},
		"talk-L1-L1.xlsx 5:5 not-counted": {x(salesrhythm.Events, 1, 0)},
	}
	got := map[string][]salesrhythm.Exclusion{}
	for _, f := range res.Findings {
		got[f.File+" "+f.Cell+" "+string(f.Code)] = f.Excluded
	}
	for k, w := range want {
		if !slices.Equal(got[k], w) {
			t.Errorf("%s excludes %+v, want %+v", k, got[k], w)
		}
	}
	if len(got) != len(want) {
		t.Errorf("findings %v, want those of %v", got, want)
	}

	// Counted: revenue 400,000 + 0 (M1); deals 2; calls 1; events 2 (the
	// one-on-ones with M2 and M1). Excluded: 250,000 + 90,000 + 100,000 =
	// 440,000 and one unknown; deals 1 + 1 + 2 = 4; new clients 1; calls 1;
	// events 3 (no type, no report twice). October's 700,000 is in neither.
	wantCounted := map[salesrhythm.Measure]float64{salesrhythm.Revenue: 400_000, salesrhythm.Deals: 2, salesrhythm.Calls: 1, salesrhythm.Events: 2}
	for m, w := range wantCounted {
		if res.Counted[m] != w {
			t.Errorf("counted %s %v, want %v", m, res.Counted[m], w)
		}
	}
	wantExcluded := []salesrhythm.Exclusion{x(salesrhythm.Revenue, 440_000, 1), x(salesrhythm.Deals, 4, 0), x(salesrhythm.Calls, 1, 0),
		x(salesrhythm.NewClients, 1, 0), x(salesrhythm.Events, 3, 0)}
	if !slices.Equal(res.Excluded, wantExcluded) {
		t.Errorf("excluded %+v\nwant     %+v", res.Excluded, wantExcluded)
	}
	// What the findings say is what the compliance shows: L1's one-on-ones
	// held are the log's with M2 and the sheet with M1, not those naming
	// Q7 or L1.
	held := -1
	for _, c := range res.Compliance {
		for _, n := range c.Norms {
			if c.Leader == "L1" && n.Norm == "one-on-one" {
				held = n.Held
			}
		}
	}
	if held != 2 {
		t.Errorf("L1's one-on-ones held %d, want 2", held)
	}

	// M1: 400,000 of 1,000,000 = 40 %, a laggard on the figures read, but
	// missing 250,000 + 90,000 Ft and an unknown amount: provisional. M2:
	// 0 %, missing a call, which revenue fulfilment does not use: a laggard.
	for _, p := range res.People {
		switch p.ID {
		case "M1":
			if p.Band != BandProvisional || !p.Provisional || p.Rank == nil ||
				!slices.Equal(p.Missing, []salesrhythm.Exclusion{x(salesrhythm.Revenue, 340_000, 1), x(salesrhythm.Deals, 2, 0), x(salesrhythm.NewClients, 1, 0)}) {
				t.Errorf("M1: band %q, provisional %v, missing %+v", p.Band, p.Provisional, p.Missing)
			}
		case "M2":
			if p.Band != BandLaggard || p.Provisional || !slices.Equal(p.Missing, []salesrhythm.Exclusion{x(salesrhythm.Calls, 1, 0)}) {
				t.Errorf("M2: band %q, provisional %v, missing %+v", p.Band, p.Provisional, p.Missing)
			}
		}
	}
}

// TestProvisionalByTheMetric: under the weighted score a missing call
// makes the ranking provisional when calls carry weight and a target.
func TestProvisionalByTheMetric(t *testing.T) {
	cfg := testConfig()
	cfg.Ranking.Metric = salesrhythm.MetricScore
	cfg.Ranking.Weights = map[string]float64{"revenue": 1, "calls": 1}
	in := Input{
		Month: nov2026, Config: cfg,
		Plan:  salesrhythm.Plan{Team: []salesrhythm.Person{manager("M1", "")}, Targets: map[string]salesrhythm.Targets{"M1": {Revenue: 1_000_000, Calls: 100}}},
		Calls: salesrhythm.RowsOf([]salesrhythm.Call{{Ref: ref("c.xlsx", 5), Person: "M1"}}...),
	}
	// Score (0 + 0) ÷ 2 = 0, below 80 %, missing a call: provisional.
	if p := Analyse(in).People[0]; p.Band != BandProvisional {
		t.Errorf("band %q, want provisional", p.Band)
	}
	cfg.Ranking.Weights = map[string]float64{"revenue": 1}
	in.Config = cfg
	if p := Analyse(in).People[0]; p.Band != BandLaggard || p.Provisional {
		t.Errorf("with calls unweighted: band %q, provisional %v; want laggard", p.Band, p.Provisional)
	}
}
