package analysis

import (
	"slices"
	"strings"
	"testing"

	"salesrhythm"
)

func TestClientKey(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Alfa Kft.", "alfa"},
		{"ALFA  kft", "alfa"},
		{"alfa", "alfa"},
		{"Béta Zrt", "béta"},
		{"Gamma Co. Ltd.", "gamma"},
		{"Delta (Hungary) Kft.", "delta hungary"},
		{"  Omega, Inc. ", "omega"},
		{"Kft.", "kft"}, // a name that is only a legal form keeps it
		{"Rába Nyrt", "rába"},
		{"", ""},
	} {
		if got := clientKey(tt.in); got != tt.want {
			t.Errorf("clientKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestClients: one manager's client base joined with the registers, every
// figure worked out by hand below; a second manager sent no profiles.
func TestClients(t *testing.T) {
	d := salesrhythm.D
	none := salesrhythm.Date{}
	row := func(n int, name, status, potential string, first, last, next salesrhythm.Date) salesrhythm.Client {
		return salesrhythm.Client{Ref: ref("cp-M1.xlsx", n), Person: "M1", Month: nov2026, Name: name, Status: status, Potential: potential,
			FirstContact: first, LastContact: last, NextContact: next}
	}
	clients := []salesrhythm.Client{
		row(5, "Alfa Kft.", salesrhythm.ClientActive, "A", d(2025, 5, 1), nov(3), none),
		// Last contact 15 Sep: 76 days before 30 Nov, more than 60: dormant.
		row(6, "Béta Zrt.", salesrhythm.ClientActive, "A", d(2024, 1, 1), d(2026, 9, 15), none),
		// New in November; its next contact, 20 Nov, passed with no call.
		row(7, "Gamma Bt.", salesrhythm.ClientProspect, "B", nov(9), nov(9), nov(20)),
		// Lost, but a deal on 12 Nov: a contradiction.
		row(8, "Delta", salesrhythm.ClientLost, "A", d(2023, 3, 1), d(2026, 6, 1), none),
		// A prospect who bought on 16 Nov: a contradiction. New in November.
		row(9, "Epszilon", salesrhythm.ClientProspect, "C", nov(2), none, none),
		// Dormant, but talked to on 18 Nov: a contradiction; next contact 25
		// Nov passed with no call on or after it.
		row(10, "Zéta", salesrhythm.ClientDormant, "B", d(2022, 1, 1), d(2026, 1, 10), nov(25)),
		row(11, "Éta", "", "B", d(2025, 1, 1), nov(25), none),
		// October's profiles count in no figure of November.
		{Ref: ref("cp-M1-oct.xlsx", 5), Person: "M1", Month: oct2026, Name: "Old", Status: salesrhythm.ClientActive},
	}
	call := func(n int, who string, day salesrhythm.Date, client, result string) salesrhythm.Call {
		return salesrhythm.Call{Ref: ref("calls-"+who+".xlsx", n), Person: who, Date: day, Client: client, Result: result}
	}
	calls := []salesrhythm.Call{
		call(5, "M1", nov(3), "ALFA kft", salesrhythm.ResultTalked),
		call(6, "M1", nov(18), "Zéta", salesrhythm.ResultTalked),
		call(7, "M1", nov(19), "Théta Nyrt.", salesrhythm.ResultTalked),
		call(8, "M1", nov(20), "théta", salesrhythm.ResultNoAnswer),
		call(5, "M2", nov(5), "Omega", salesrhythm.ResultTalked),
	}
	deal := func(n int, day salesrhythm.Date, client string, isNew salesrhythm.Answer) salesrhythm.Deal {
		return salesrhythm.Deal{Ref: ref("weekly-M1.xlsx", n), Person: "M1", Date: day, Client: client, NewClient: isNew, Amount: 100_000}
	}
	deals := []salesrhythm.Deal{
		deal(5, nov(12), "Delta Kft.", salesrhythm.No),
		deal(6, nov(16), "Epszilon", salesrhythm.Yes),
		deal(7, nov(17), "Kappa Kft.", salesrhythm.Yes),
	}
	plan := salesrhythm.Plan{Team: []salesrhythm.Person{manager("M1", "L1"), manager("M2", "L1")},
		Targets: map[string]salesrhythm.Targets{"M1": {NewClients: 3}}}
	res := Analyse(Input{Month: nov2026, Config: testConfig(), Plan: plan, Clients: clients, Calls: salesrhythm.RowsOf(calls...), Deals: deals})
	if len(res.Clients) != 2 {
		t.Fatalf("%d client bases, want M1's and M2's", len(res.Clients))
	}
	b := res.Clients[0]
	// Active: Alfa. Prospects: Gamma, Epszilon. Dormant: Béta (76 days),
	// Zéta (marked). Lost: Delta. No status: Éta. New: Gamma (9 Nov),
	// Epszilon (2 Nov). New clients by the deals: Epszilon and Kappa.
	counts := []int{b.Clients, b.Active, b.Prospects, b.Dormant, b.Lost, b.NoStatus, b.New, b.NewClients}
	if want := []int{7, 1, 2, 2, 1, 1, 2, 2}; !b.Received || !slices.Equal(counts, want) {
		t.Errorf("M1: received %v, counts %v, want true, %v", b.Received, counts, want)
	}
	if b.NewClientsTarget != 3 {
		t.Errorf("new clients target %v, want 3", b.NewClientsTarget)
	}
	for _, c := range []struct {
		what      string
		got, want []string
	}{
		{"new without a profile", b.NewWithoutProfile, []string{"Kappa Kft."}},
		{"called without a profile", b.CalledWithoutProfile, []string{"Théta Nyrt."}},
		// A potential, not lost: Alfa was called, Béta not; Delta is lost.
		{"A not called", b.TopNotCalled, []string{"Béta Zrt."}},
	} {
		if !slices.Equal(c.got, c.want) {
			t.Errorf("%s: %q, want %q", c.what, c.got, c.want)
		}
	}
	var overdue []string
	for _, f := range b.Overdue {
		overdue = append(overdue, f.Client+" "+f.NextContact.String()+" "+f.LastContact.String())
	}
	if want := []string{"Gamma Bt. 2026-11-20 2026-11-09", "Zéta 2026-11-25 2026-11-18"}; !slices.Equal(overdue, want) {
		t.Errorf("overdue %q, want %q", overdue, want)
	}
	if m2 := res.Clients[1]; m2.Person != "M2" || m2.Received || m2.Clients != 0 || len(m2.CalledWithoutProfile) != 0 {
		t.Errorf("M2, who sent no profiles: %+v", m2)
	}
	var rows []int
	for _, f := range res.Findings {
		if f.Code == CodeProfileContradiction {
			rows = append(rows, atoiRow(f.Cell))
		}
	}
	if want := []int{8, 9, 10}; !slices.Equal(rows, want) {
		t.Errorf("contradictions on rows %v, want Delta, Epszilon and Zéta (8, 9, 10)", rows)
	}
}

// atoiRow reads the row of a finding's "n:n" cell.
func atoiRow(cell string) int {
	n := 0
	for _, r := range cell {
		if r == ':' {
			break
		}
		n = 10*n + int(r-'0')
	}
	return n
}

// TestClientTypedTwice: the trial's M-01 typed Alfa Kft. on rows 5 and 9 of
// her client profiles, both active. Rows 5 (Alfa, active), 6 (Béta,
// prospect), 7 (Gamma, lost), 8 (Delta, prospect) and 9 ("ALFA kft",
// active): 4 clients, 1 active, and a duplicate warning on row 9 naming both.
func TestClientTypedTwice(t *testing.T) {
	row := func(n int, name, status string) salesrhythm.Client {
		return salesrhythm.Client{Ref: ref("cp-M1.xlsx", n), Person: "M1", Month: nov2026, Name: name, Contact: "Kiss Anna", Status: status,
			FirstContact: nov(2)}
	}
	clients := []salesrhythm.Client{
		row(5, "Alfa Kft.", salesrhythm.ClientActive), row(6, "Béta", salesrhythm.ClientProspect), row(7, "Gamma", salesrhythm.ClientLost),
		row(8, "Delta", salesrhythm.ClientProspect), row(9, "ALFA kft", salesrhythm.ClientActive),
	}
	plan := salesrhythm.Plan{Team: []salesrhythm.Person{manager("M1", "L1")}}
	res := Analyse(Input{Month: nov2026, Config: testConfig(), Plan: plan, Clients: clients})
	if b := res.Clients[0]; b.Clients != 4 || b.Active != 1 || b.Prospects != 2 || b.Lost != 1 || b.New != 4 {
		t.Errorf("client base %+v, want 4 clients, 1 active, 2 prospects, 1 lost, 4 new", b)
	}
	var dupes []salesrhythm.Finding
	for _, f := range res.Findings {
		if f.Code == salesrhythm.CodeDuplicateRow {
			dupes = append(dupes, f)
		}
	}
	if len(dupes) != 1 || dupes[0].Cell != "9:9" || dupes[0].Severity != salesrhythm.Warning || !strings.Contains(dupes[0].Message, "rows 5 and 9") {
		t.Errorf("duplicates %v, want one warning on row 9 naming rows 5 and 9", dupes)
	}
}
