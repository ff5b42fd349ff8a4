package templates

import (
	"slices"
	"strings"
	"testing"

	"salesrhythm"
)

func TestCarriedStartsFromTheLatest(t *testing.T) {
	dec := salesrhythm.Month{Year: 2026, Month: 12}
	spec := Spec{Kind: salesrhythm.KindClientProfiles, Person: team().Team[3], Period: dec.Period()}
	prev := &salesrhythm.Records{Clients: []salesrhythm.Client{
		{Ref: salesrhythm.Ref{File: "inbox/cp.xlsx", Sheet: "Clients", Row: 5}, Person: "M-001", Month: nov, Name: "Alfa Kft.", Status: salesrhythm.ClientActive},
	}}
	got := Carried(spec, prev)
	want := salesrhythm.Client{Name: "Alfa Kft.", Status: salesrhythm.ClientActive}
	if got == nil || len(got.Clients) != 1 || got.Clients[0] != want {
		t.Fatalf("carried %+v, want the row without its place, owner and month", got)
	}
	if prev.Clients[0].Person != "M-001" {
		t.Error("the earlier records were changed")
	}
	for name, c := range map[string]struct {
		spec Spec
		prev *salesrhythm.Records
	}{
		"nothing earlier":         {spec, nil},
		"an empty client base":    {spec, &salesrhythm.Records{}},
		"a kind that is not kept": {Spec{Kind: salesrhythm.KindCallRegister}, prev},
	} {
		if got := Carried(c.spec, c.prev); got != nil {
			t.Errorf("%s: carried %+v, want a blank workbook", name, got)
		}
	}
}

func TestCarriedActionItems(t *testing.T) {
	d := salesrhythm.D
	w := salesrhythm.Week(d(2026, 11, 23))
	spec := Spec{Kind: salesrhythm.KindManagementLog, Person: team().Team[1], Period: w}
	at := func(row int) salesrhythm.Ref {
		return salesrhythm.Ref{File: "inbox/log.xlsx", Sheet: "Action items", Row: row}
	}
	known := "L-01/2026-11-02/ABCDEF"
	prev := &salesrhythm.Records{Actions: []salesrhythm.ActionItem{
		{Ref: at(7), Leader: "L-01", RaisedOn: d(2026, 11, 17), Issue: "Call  Gamma", Owner: "M-001", Due: d(2026, 11, 27), Comment: "New"},
		{Ref: at(5), Leader: "L-01", ID: known, RaisedOn: d(2026, 11, 2), Issue: "Price list, reworded", Owner: "M-002", Due: d(2026, 11, 20), Status: salesrhythm.StatusMoved, Comment: "Waiting"},
		{Ref: at(6), Leader: "L-01", RaisedOn: d(2026, 11, 9), Issue: "CRM export", Status: salesrhythm.StatusDone, DoneOn: d(2026, 11, 18)},
		{Ref: at(8), Leader: "L-01", Issue: "No date raised", Status: salesrhythm.StatusOpen},
	}}
	got := Carried(spec, prev)
	want := []salesrhythm.ActionItem{
		{ID: known, RaisedOn: d(2026, 11, 2), Issue: "Price list, reworded", Owner: "M-002", Due: d(2026, 11, 20), Status: salesrhythm.StatusMoved},
		{ID: salesrhythm.ItemID("L-01", d(2026, 11, 17), "call gamma"), RaisedOn: d(2026, 11, 17), Issue: "Call  Gamma", Owner: "M-001", Due: d(2026, 11, 27)},
		{Issue: "No date raised", Status: salesrhythm.StatusOpen},
	}
	if got == nil || !slices.Equal(got.Actions, want) {
		t.Fatalf("carried %+v\nwant     %+v: the open items in row order, with their IDs, without comments", got, want)
	}
	if id := got.Actions[1].ID; !strings.HasPrefix(id, "L-01/2026-11-17/") || len(id) != len("L-01/2026-11-17/")+6 {
		t.Errorf("ID %q, want the leader, the date raised and six hex digits", id)
	}
}

func TestCarriedFollowUps(t *testing.T) {
	d := salesrhythm.D
	w := salesrhythm.Week(d(2026, 11, 23))
	spec := Spec{Kind: salesrhythm.KindCallRegister, Person: team().Team[3], Period: w}
	at := func(file string, row int) salesrhythm.Ref {
		return salesrhythm.Ref{File: file, Sheet: "Calls", Row: row}
	}
	prev := &salesrhythm.Records{Calls: []salesrhythm.Call{
		// Delta: the number is from the first call, the next step and date
		// from the latest; due Tue 24 Nov.
		{Ref: at("w46.xlsx", 5), Date: d(2026, 11, 10), Client: "Delta Kft.", Contact: "Nagy Éva", Phone: "+36 1 234 5678", Result: salesrhythm.ResultTalked, NextContact: d(2026, 11, 17)},
		{Ref: at("w47.xlsx", 5), Date: d(2026, 11, 17), Time: salesrhythm.At(10, 0), Client: "delta kft. ", Contact: "Nagy Éva", Result: salesrhythm.ResultTalked, NextStep: "Send the proposal", NextContact: d(2026, 11, 24)},
		// Epsilon: due on the 25th, but called again since.
		{Ref: at("w47.xlsx", 6), Date: d(2026, 11, 18), Client: "Epsilon Zrt.", Result: salesrhythm.ResultCallBack, NextContact: d(2026, 11, 25)},
		{Ref: at("w47.xlsx", 7), Date: d(2026, 11, 19), Client: "Epsilon Zrt.", Result: salesrhythm.ResultMeetingSet},
		// Alfa: due the week before; Zeta: the week after; Beta: on Monday,
		// the week's first day; an undated call is no call to follow up.
		{Ref: at("w46.xlsx", 6), Date: d(2026, 11, 11), Client: "Alfa Kft.", NextContact: d(2026, 11, 20)},
		{Ref: at("w47.xlsx", 8), Date: d(2026, 11, 20), Client: "Zeta", NextContact: d(2026, 11, 30)},
		{Ref: at("w47.xlsx", 9), Date: d(2026, 11, 20), Client: "Beta", NextStep: "Ask for the order", NextContact: d(2026, 11, 23)},
		{Ref: at("w47.xlsx", 10), Client: "Undated", NextContact: d(2026, 11, 24)},
	}}
	got := Carried(spec, prev)
	want := []salesrhythm.Call{
		{Date: d(2026, 11, 23), Time: salesrhythm.NoClock, Client: "Beta", Type: salesrhythm.CallFollowUp, Purpose: "Ask for the order", FollowUp: d(2026, 11, 20)},
		{Date: d(2026, 11, 24), Time: salesrhythm.NoClock, Client: "delta kft.", Contact: "Nagy Éva", Phone: "+36 1 234 5678", Type: salesrhythm.CallFollowUp,
			Purpose: "Send the proposal", FollowUp: d(2026, 11, 17)},
	}
	if got == nil || !slices.Equal(got.Calls, want) {
		t.Fatalf("carried %+v\nwant     %+v", got, want)
	}
	if Carried(Spec{Kind: salesrhythm.KindCallRegister, Period: salesrhythm.Week(d(2026, 12, 7))}, prev) != nil {
		t.Error("a week nothing is due in carries rows")
	}
}
