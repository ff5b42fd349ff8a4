package analysis

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"salesrhythm"
)

func TestActions(t *testing.T) {
	none := salesrhythm.Date{}
	row := 1
	a := func(leader string, week, raised salesrhythm.Date, issue, owner string, due salesrhythm.Date, status string, doneOn salesrhythm.Date) salesrhythm.ActionItem {
		row++
		return salesrhythm.ActionItem{
			Ref: ref("log-"+leader+".xlsx", row), Leader: leader, Week: salesrhythm.Week(week),
			RaisedOn: raised, Issue: issue, Owner: owner, Due: due, Status: status, DoneOn: doneOn,
		}
	}
	open, done, moved := salesrhythm.StatusOpen, salesrhythm.StatusDone, salesrhythm.StatusMoved
	rows := []salesrhythm.ActionItem{
		// A: moved twice (due 6 → 13 → 20 Nov), still open and overdue.
		a("L1", nov(2), nov(2), "Fix CRM export", "M1", nov(6), open, none),
		a("L1", nov(9), nov(2), "fix crm  export", "M1", nov(13), moved, none),
		a("L1", nov(16), nov(2), "Fix CRM export", "M1", nov(20), moved, none),
		a("L1", nov(23), nov(2), "Fix CRM export ", "M1", nov(20), open, none),
		// B: done on 10 Nov.
		a("L1", nov(2), nov(3), "Call Beta back", "M2", nov(10), open, none),
		a("L1", nov(9), nov(3), "Call Beta back", "M2", nov(10), done, nov(10)),
		// C: done on 30 Oct: not November's.
		a("L1", oct(19), oct(20), "Old issue", "M1", oct(30), open, none),
		a("L1", oct(26), oct(20), "Old issue", "M1", oct(30), done, oct(30)),
		// D: raised in October, open, due in December.
		a("L1", oct(26), oct(21), "Carried over", "M1", dec(4), open, none),
		a("L1", nov(2), oct(21), "Carried over", "M1", dec(4), open, none),
		// E: marked done without a date in the week of 16 Nov.
		a("L1", nov(9), nov(9), "Done without date", "M2", nov(13), open, none),
		a("L1", nov(16), nov(9), "Done without date", "M2", nov(13), done, none),
		// F: owner not in the team; done on 2 Dec, so open at November's end.
		a("L1", nov(23), nov(23), "Done in December", "X9", nov(27), open, none),
		a("L1", nov(30), nov(23), "Done in December", "X9", nov(27), done, dec(2)),
		// G: raised in December. H: no date raised. J: done without a date in
		// an October week.
		a("L1", nov(30), dec(1), "Raised in December", "M1", dec(4), open, none),
		a("L1", nov(2), none, "No date", "M1", nov(6), open, none),
		a("L1", oct(5), oct(5), "Done long ago", "M1", oct(9), done, none),
		// K: marked done without a date only in a December week's log.
		a("L1", nov(23), nov(25), "Done in a later log", "M2", nov(27), open, none),
		a("L1", dec(7), nov(25), "Done in a later log", "M2", nov(27), done, none),
		// L2's items: I moved once with the same due date; Hire open.
		a("L2", nov(2), nov(4), "Price list", "M2", nov(10), open, none),
		a("L2", nov(9), nov(4), "Price list", "M2", nov(10), moved, none),
		a("L2", nov(9), nov(10), "Hire a manager", "M1", dec(15), open, none),
	}
	team := []salesrhythm.Person{
		person("L1", salesrhythm.Lead, "", "", none, none), person("L2", salesrhythm.Lead, "", "", none, none),
		manager("M1", "L1"), manager("M2", "L1"),
	}
	res := Analyse(Input{Month: nov2026, Config: testConfig(), Plan: salesrhythm.Plan{Team: team}, Actions: rows})

	t.Run("overdue at the as-of day while the month is in progress", func(t *testing.T) {
		// As of 15 November, Fix CRM export (due 20 Nov) is not overdue
		// yet; Price list (due 10 Nov) is.
		mid := Analyse(Input{Month: nov2026, AsOf: nov(15), Config: testConfig(), Plan: salesrhythm.Plan{Team: team}, Actions: rows})
		overdue := map[string]bool{}
		for _, it := range mid.Actions.Items {
			overdue[strings.TrimSpace(it.Issue)] = it.Overdue
		}
		if overdue["Fix CRM export"] || !overdue["Price list"] {
			t.Errorf("overdue as of 15 Nov: %v", overdue)
		}
		// Items raised after the as-of day are not the month's yet, and no
		// open item is younger than nought days.
		for _, it := range mid.Actions.Items {
			if it.RaisedOn.After(nov(15)) {
				t.Errorf("%q, raised on %s, counts as of 15 Nov", it.Issue, it.RaisedOn)
			}
		}
		for _, s := range mid.Actions.ByOwner {
			if s.MedianOpenDays.Valid && s.MedianOpenDays.Value < 0 {
				t.Errorf("%s's open items are %v days old", s.Person, s.MedianOpenDays.Value)
			}
		}
		// The logs of weeks not begun by the 15th are not read yet: Fix CRM
		// export has its rows of 2 and 9 November, and Done without date,
		// marked done only in the log of 16 November, is still open.
		for _, it := range mid.Actions.Items {
			switch strings.TrimSpace(it.Issue) {
			case "Fix CRM export":
				if it.Rows != 2 || it.TimesMoved != 1 {
					t.Errorf("Fix CRM export as of 15 Nov: %d rows, moved %d times; want 2 and 1", it.Rows, it.TimesMoved)
				}
			case "Done without date":
				if it.Done || !it.Open {
					t.Errorf("Done without date as of 15 Nov: done %t, open %t; want open", it.Done, it.Open)
				}
			}
		}
	})

	t.Run("items of the month in order", func(t *testing.T) {
		// In scope: A, B, D, E, F, K (L1) and I, Hire (L2), by leader and date.
		var got []string
		for _, it := range res.Actions.Items {
			got = append(got, fmt.Sprintf("%s %s %s moved=%d rows=%d done=%t open=%t overdue=%t",
				it.Leader, it.RaisedOn, strings.TrimSpace(it.Issue), it.TimesMoved, it.Rows, it.Done, it.Open, it.Overdue))
		}
		want := []string{
			"L1 2026-10-21 Carried over moved=0 rows=2 done=false open=true overdue=false",
			"L1 2026-11-02 Fix CRM export moved=2 rows=4 done=false open=true overdue=true",
			"L1 2026-11-03 Call Beta back moved=0 rows=2 done=true open=false overdue=false",
			"L1 2026-11-09 Done without date moved=0 rows=2 done=true open=false overdue=false",
			"L1 2026-11-23 Done in December moved=0 rows=2 done=false open=true overdue=true",
			"L1 2026-11-25 Done in a later log moved=0 rows=2 done=false open=true overdue=true",
			"L2 2026-11-04 Price list moved=1 rows=2 done=false open=true overdue=true",
			"L2 2026-11-10 Hire a manager moved=0 rows=1 done=false open=true overdue=false",
		}
		if !slices.Equal(got, want) {
			t.Errorf("items\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	})
	// Ages at 30 Nov of the open items: A (2 Nov) 28, D (21 Oct) 40, F (23
	// Nov) 7, K (25 Nov) 5, I (4 Nov) 26, Hire (10 Nov) 20.
	tests := []struct {
		name    string
		got     []ActionSummary
		want    []ActionSummary
		closure []float64
		median  []float64
	}{
		{
			// M1: A, D, Hire — raised 2 (not D), all open, A overdue and moved
			// twice; ages 20, 28, 40 → 28. M2: B, E done; K, I open and overdue;
			// I moved once; closure 2 ÷ 4; ages 5, 26 → 15.5. X9: F.
			name: "per owner",
			got:  res.Actions.ByOwner,
			want: []ActionSummary{
				{Person: "M1", Raised: 2, Done: 0, Moved: 1, TimesMoved: 2, Open: 3, Overdue: 1},
				{Person: "M2", Raised: 4, Done: 2, Moved: 1, TimesMoved: 1, Open: 2, Overdue: 2},
				{Person: "X9", Raised: 1, Done: 0, Moved: 0, TimesMoved: 0, Open: 1, Overdue: 1},
			},
			closure: []float64{0, 0.5, 0},
			median:  []float64{28, 15.5, 7},
		},
		{
			// L1: raised A, B, E, F, K = 5; done B, E; open A, D, F, K; overdue
			// A, F, K; closure 2 ÷ 6; ages 5, 7, 28, 40 → (7 + 28) ÷ 2 = 17.5.
			// L2: I, Hire open; I overdue and moved; ages 20, 26 → 23.
			name: "per leader",
			got:  res.Actions.ByLeader,
			want: []ActionSummary{
				{Person: "L1", Raised: 5, Done: 2, Moved: 1, TimesMoved: 2, Open: 4, Overdue: 3},
				{Person: "L2", Raised: 2, Done: 0, Moved: 1, TimesMoved: 1, Open: 2, Overdue: 1},
			},
			closure: []float64{2.0 / 6, 0},
			median:  []float64{17.5, 23},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if len(tt.got) != len(tt.want) {
				t.Fatalf("got %+v\nwant %+v", tt.got, tt.want)
			}
			for i, g := range tt.got {
				checkFraction(t, g.Person+" closure rate", g.ClosureRate, tt.closure[i])
				checkFraction(t, g.Person+" median age", g.MedianOpenDays, tt.median[i])
				g.ClosureRate, g.MedianOpenDays = Fraction{}, Fraction{}
				if g != tt.want[i] {
					t.Errorf("got  %+v\nwant %+v", g, tt.want[i])
				}
			}
		})
	}
	t.Run("owner not in the team is flagged", func(t *testing.T) {
		// F's latest row is the 14th of the list: row 15.
		want := []salesrhythm.Finding{{
			File: "log-L1.xlsx", Sheet: "Sheet", Cell: "15:15", Severity: salesrhythm.Warning,
			Code: salesrhythm.CodeUnknownPerson, Message: `action item owner "X9" is not in the team`,
			Messages: salesrhythm.T(`action item owner "X9" is not in the team`, "a feladat felelőse nem szerepel a csapatban: „X9”"),
			Hint:     salesrhythm.HintOf(salesrhythm.CodeUnknownPerson).En,
		}}
		if !reflect.DeepEqual(res.Findings, want) {
			t.Errorf("findings %+v\nwant %+v", res.Findings, want)
		}
		// The importer's finding at the owner's cell says it already.
		imported := salesrhythm.Finding{File: "log-L1.xlsx", Sheet: "Sheet", Cell: "C15", Field: "owner", Severity: salesrhythm.Warning, Code: salesrhythm.CodeUnknownPerson}
		again := Analyse(Input{Month: nov2026, Config: testConfig(), Plan: salesrhythm.Plan{Team: team}, Actions: rows, Findings: []salesrhythm.Finding{imported}})
		if len(again.Findings) != 1 || again.Findings[0].Cell != "C15" {
			t.Errorf("with the importer's finding at the owner's cell: %+v, want it alone", again.Findings)
		}
	})
}

func TestMedian(t *testing.T) {
	tests := []struct {
		name string
		xs   []int
		want float64
	}{
		{"none is n/a", nil, na},
		{"one", []int{7}, 7},
		{"odd count takes the middle", []int{40, 20, 28}, 28},
		{"even count takes the mean of the middle two", []int{40, 5, 28, 7}, 17.5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFraction(t, "median", median(tt.xs), tt.want) })
	}
}

// TestItemsAcrossWeeks: rows join by item ID, a row without one by the ID
// its leader, date raised and issue give — the one carrying it over
// writes — and a move counts once per change between consecutive weeks.
func TestItemsAcrossWeeks(t *testing.T) {
	none := salesrhythm.Date{}
	open, done, moved := salesrhythm.StatusOpen, salesrhythm.StatusDone, salesrhythm.StatusMoved
	raised := nov(2)
	carried := salesrhythm.ItemID("L1", raised, "Fix CRM export")
	type row struct {
		week        salesrhythm.Date
		id, issue   string
		due         salesrhythm.Date
		status      string
		raisedOnRow bool
	}
	r := func(week salesrhythm.Date, id, issue string, due salesrhythm.Date, status string) row {
		return row{week, id, issue, due, status, true}
	}
	tests := []struct {
		name string
		rows []row
		want []string // each item: issue, times moved, rows
	}{
		{"a Moved row copied week after week is one move",
			[]row{r(nov(2), "", "Fix CRM export", nov(13), open), r(nov(9), carried, "Fix CRM export", nov(20), moved),
				r(nov(16), carried, "Fix CRM export", nov(20), moved), r(nov(23), carried, "Fix CRM export", nov(20), moved)},
			[]string{"Fix CRM export moved=1 rows=4"}},
		{"each new due date is a move, marked moved or not",
			[]row{r(nov(2), "", "Fix CRM export", nov(6), open), r(nov(9), carried, "Fix CRM export", nov(13), moved),
				r(nov(16), carried, "Fix CRM export", nov(20), moved), r(nov(23), carried, "Fix CRM export", nov(27), open)},
			[]string{"Fix CRM export moved=3 rows=4"}},
		{"marked moved without a new date is a move; back to open is none",
			[]row{r(nov(2), "", "Fix CRM export", nov(13), open), r(nov(9), carried, "Fix CRM export", nov(13), moved),
				r(nov(16), carried, "Fix CRM export", nov(13), open), r(nov(23), carried, "Fix CRM export", none, done)},
			[]string{"Fix CRM export moved=1 rows=4"}},
		{"a first row marked moved was moved before the log shows it",
			[]row{r(nov(9), "", "Fix CRM export", nov(20), moved), r(nov(16), salesrhythm.ItemID("L1", raised, "fix crm export"), "Fix CRM export", nov(20), moved)},
			[]string{"Fix CRM export moved=1 rows=2"}},
		{"a carried item reworded is one item",
			[]row{r(nov(2), "", "Fix CRM export", nov(13), open), r(nov(9), carried, "Fix the CRM export to finance", nov(13), open),
				r(nov(16), carried, "CRM export for finance", nov(13), done)},
			[]string{"CRM export for finance moved=0 rows=3"}},
		{"the ID joins even when the date raised was cleared",
			[]row{r(nov(2), "", "Fix CRM export", nov(13), open), {nov(9), carried, "Fix CRM export", nov(13), open, false}},
			[]string{"Fix CRM export moved=0 rows=2"}},
		{"reworded without an ID, as before IDs, leaves the old wording behind",
			[]row{r(nov(2), "", "Fix CRM export", nov(13), open), r(nov(9), "", "Fix the CRM export", nov(13), open)},
			[]string{"Fix CRM export moved=0 rows=1", "Fix the CRM export moved=0 rows=1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var rows []salesrhythm.ActionItem
			for i, x := range tt.rows {
				a := salesrhythm.ActionItem{Ref: ref("log-"+x.week.String()+".xlsx", 5+i), Leader: "L1", Week: salesrhythm.Week(x.week),
					ID: x.id, Issue: x.issue, Owner: "M1", Due: x.due, Status: x.status}
				if x.raisedOnRow {
					a.RaisedOn = raised
				}
				rows = append(rows, a)
			}
			team := []salesrhythm.Person{person("L1", salesrhythm.Lead, "", "", none, none), manager("M1", "L1")}
			res := Analyse(Input{Month: nov2026, Config: testConfig(), Plan: salesrhythm.Plan{Team: team}, Actions: rows})
			var got []string
			for _, it := range res.Actions.Items {
				got = append(got, fmt.Sprintf("%s moved=%d rows=%d", it.Issue, it.TimesMoved, it.Rows))
				if it.RaisedOn != raised {
					t.Errorf("%s raised on %s, want %s", it.Issue, it.RaisedOn, raised)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("items %q, want %q", got, tt.want)
			}
		})
	}
	t.Run("two rows of one log with the same ID are flagged", func(t *testing.T) {
		rows := []salesrhythm.ActionItem{
			{Ref: ref("log.xlsx", 5), Leader: "L1", Week: salesrhythm.Week(nov(9)), ID: carried, RaisedOn: raised, Issue: "Fix CRM export", Status: open},
			{Ref: ref("log.xlsx", 6), Leader: "L1", Week: salesrhythm.Week(nov(9)), ID: carried, RaisedOn: raised, Issue: "Export for finance", Status: open},
		}
		res := Analyse(Input{Month: nov2026, Config: testConfig(), Actions: rows})
		if len(res.Actions.Items) != 1 || len(res.Findings) != 1 || res.Findings[0].Code != salesrhythm.CodeDuplicateID || res.Findings[0].Cell != "6:6" {
			t.Errorf("items %+v, findings %+v; want one item and a duplicate-id on row 6", res.Actions.Items, res.Findings)
		}
	})
}

// TestDueKeptFromAnEarlierRow: the trial's item raised 6 Nov, due 13 Nov in
// the week of 2 Nov, carried into the week of 9 Nov without its due date
// and still open: it is due 13 Nov, so overdue at November's end.
func TestDueKeptFromAnEarlierRow(t *testing.T) {
	item := func(week salesrhythm.Date, row int, due salesrhythm.Date) salesrhythm.ActionItem {
		return salesrhythm.ActionItem{Ref: ref("log-L1.xlsx", row), Leader: "L1", Week: salesrhythm.Week(week), ID: "L1/2026-11-06/1",
			RaisedOn: nov(6), Issue: "Béta Zrt. árazás", Owner: "M1", Due: due, Status: salesrhythm.StatusOpen}
	}
	team := []salesrhythm.Person{person("L1", salesrhythm.Lead, "", "", salesrhythm.Date{}, salesrhythm.Date{}), manager("M1", "L1")}
	res := Analyse(Input{Month: nov2026, Config: testConfig(), Plan: salesrhythm.Plan{Team: team},
		Actions: []salesrhythm.ActionItem{item(nov(2), 5, nov(13)), item(nov(9), 6, salesrhythm.Date{})}})
	if len(res.Actions.Items) != 1 || res.Actions.Items[0].Due != nov(13) || !res.Actions.Items[0].Overdue {
		t.Errorf("items %+v, want one due 2026-11-13 and overdue", res.Actions.Items)
	}
}
