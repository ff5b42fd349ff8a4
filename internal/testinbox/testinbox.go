// Package testinbox makes a small inbox of completed workbooks for tests:
// one workbook of every kind, made by package templates pre-filled with
// the records they hold.
package testinbox

import (
	"bytes"
	"crypto/sha256"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"salesrhythm"
	"salesrhythm/importer"
	"salesrhythm/schema"
	"salesrhythm/templates"
)

var (
	// Nov is the fixture month.
	Nov  = salesrhythm.Month{Year: 2026, Month: 11}
	week = salesrhythm.Week(salesrhythm.D(2026, 11, 9))
	d    = salesrhythm.D
)

// Team is the fixture department: a director, a lead and two managers, one
// of whom leaves on 20 November.
func Team() *salesrhythm.Plan {
	return &salesrhythm.Plan{
		Month: Nov,
		Team: []salesrhythm.Person{
			{ID: "D-01", Name: "Dóra Igazgató", Role: salesrhythm.Director},
			{ID: "L-01", Name: "Lajos Vezető", Role: salesrhythm.Lead, ReportsTo: "D-01", Group: "North"},
			{ID: "M-001", Name: "Anna Kovács", Role: salesrhythm.Manager, ReportsTo: "L-01", Group: "North", Start: d(2025, 3, 1)},
			{ID: "M-002", Name: "Béla Szabó", Role: salesrhythm.Manager, ReportsTo: "L-01", Group: "North", End: d(2026, 11, 20), Email: "bela@example.com"},
		},
		Targets: map[string]salesrhythm.Targets{
			"M-001": {Revenue: 12_000_000, Deals: 10, Calls: 400, Meetings: 40, NewClients: 3},
			"M-002": {Revenue: 9_500_000.5, Calls: 380},
		},
	}
}

// Inbox is a set of completed workbooks, one of every kind, and the records
// they were filled with.
type Inbox struct {
	Dir  string
	Want importer.Records
}

// Make writes a workbook of every kind in locale l, as 'salesrhythm
// template' makes it pre-filled with known records, into a fresh inbox.
func Make(t testing.TB, l salesrhythm.Locale) Inbox {
	t.Helper()
	cfg := salesrhythm.Default()
	cfg.Locale = l
	sch := schema.New(cfg)
	o := templates.Options{Config: cfg, Schema: sch, Team: Team()}
	in := Inbox{Dir: t.TempDir()}
	p := Team()
	anna, _ := p.Person("M-001")
	lajos, _ := p.Person("L-01")
	ref := func(file, sheet string, row int) salesrhythm.Ref {
		return salesrhythm.Ref{File: file, Sheet: sch.Kind(kindOf(file)).Sheet(sheet).Name.In(l), Row: row}
	}
	write := func(spec templates.Spec, file string, records salesrhythm.Records) {
		t.Helper()
		o.Carry, o.CarryTargets = nil, false
		if spec.Kind == salesrhythm.KindPlan {
			o.Carry, o.CarryTargets = p, true
		} else {
			spec.Records = &records
		}
		var buf bytes.Buffer
		if err := templates.Write(&buf, spec, o); err != nil {
			t.Fatal(err)
		}
		os.MkdirAll(filepath.Dir(filepath.Join(in.Dir, file)), 0o755)
		if err := os.WriteFile(filepath.Join(in.Dir, file), buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}

	// The plan, carried over by the template from the team above.
	write(templates.PlanSpec(Nov), "plan.xlsx", salesrhythm.Records{})
	in.Want.Plan = p

	in.Want.Calls = []salesrhythm.Call{
		{Ref: ref("anna/call-register.xlsx", "calls", 5), Person: "M-001", Date: d(2026, 11, 9), Time: salesrhythm.At(9, 30), Client: "Alfa Kft.",
			Contact: "Kiss Péter", Phone: "+36 30 123 4567", Type: salesrhythm.CallCold, Purpose: "Intro", Result: salesrhythm.ResultMeetingSet,
			NextStep: "Visit", NextContact: d(2026, 11, 12), Comment: "Keen"},
		{Ref: ref("anna/call-register.xlsx", "calls", 6), Person: "M-001", Date: d(2026, 11, 10), Time: salesrhythm.At(14, 0),
			Client: "=HYPERLINK(\"http://x\")", Phone: "36301234567", Type: salesrhythm.CallFollowUp, Result: salesrhythm.ResultNoAnswer},
	}
	write(templates.Spec{Kind: salesrhythm.KindCallRegister, Person: anna, Period: week}, "anna/call-register.xlsx", salesrhythm.Records{Calls: in.Want.Calls})

	grid := map[salesrhythm.Date]map[salesrhythm.Clock]string{d(2026, 11, 9): {salesrhythm.At(8, 0): "calls", salesrhythm.At(8, 30): "travel"}}
	actual := map[salesrhythm.Date]map[salesrhythm.Clock]string{d(2026, 11, 9): {salesrhythm.At(8, 0): "calls", salesrhythm.At(8, 30): "client-meeting"}}
	for _, day := range cfg.Calendar.Calendar().WorkingDays(week) {
		for i, slot := range cfg.TimeTable.Slots() {
			s := salesrhythm.Slot{Ref: ref("anna/time-table.xlsx", "plan", 5+i), Person: "M-001", Date: day, Start: slot,
				Plan: grid[day][slot], Actual: actual[day][slot]}
			in.Want.Slots = append(in.Want.Slots, s)
		}
	}
	write(templates.Spec{Kind: salesrhythm.KindTimeTable, Person: anna, Period: week}, "anna/time-table.xlsx", salesrhythm.Records{Slots: in.Want.Slots})

	in.Want.Deals = []salesrhythm.Deal{
		{Ref: ref("anna/weekly-report.xlsx", "deals", 5), Person: "M-001", Date: d(2026, 11, 11), Client: "Alfa Kft.", NewClient: salesrhythm.Yes,
			ProductLine: "Software", Amount: 1_250_000, Comment: "First order"},
		{Ref: ref("anna/weekly-report.xlsx", "deals", 6), Person: "M-001", Date: d(2026, 11, 13), Client: "Béta Zrt.", NewClient: salesrhythm.No, Amount: 480_000},
	}
	in.Want.Funnels = []salesrhythm.Funnel{{Ref: ref("anna/weekly-report.xlsx", "funnel", 0), Person: "M-001", Week: week,
		Leads: 30, Contacts: 22, Meetings: 6, Proposals: 4, Won: 2, Lost: 1}}
	in.Want.Outlooks = []salesrhythm.Outlook{{Ref: ref("anna/weekly-report.xlsx", "next_week", 0), Person: "M-001", Week: week,
		Priorities: "Close Gamma", HelpNeeded: "Pricing for Delta"}}
	write(templates.Spec{Kind: salesrhythm.KindWeeklyReport, Person: anna, Period: week}, "anna/weekly-report.xlsx",
		salesrhythm.Records{Deals: in.Want.Deals, Funnels: in.Want.Funnels, Outlooks: in.Want.Outlooks})

	in.Want.Events = []salesrhythm.Event{
		{Ref: ref("lajos/log.xlsx", "events", 5), Leader: "L-01", Date: d(2026, 11, 9), Type: salesrhythm.EventMorning, Start: salesrhythm.At(9, 0), Minutes: 15, Participants: []string{"M-001", "M-002"}},
		{Ref: ref("lajos/log.xlsx", "events", 6), Leader: "L-01", Date: d(2026, 11, 12), Type: salesrhythm.EventJointVisit, Start: salesrhythm.At(11, 0), Minutes: 90, Participants: []string{"M-001"}, Client: "Alfa Kft.", Outcome: "Second meeting booked", Notes: "Went well"},
		{Ref: ref("lajos/log.xlsx", "events", 7), Leader: "L-01", Date: d(2026, 11, 13), Type: salesrhythm.EventTraining, Start: salesrhythm.At(13, 0), Minutes: 240, Participants: []string{"M-001", "M-002"}, Topic: "Objection handling"},
	}
	in.Want.Actions = []salesrhythm.ActionItem{
		{Ref: ref("lajos/log.xlsx", "actions", 5), Leader: "L-01", Week: week, RaisedOn: d(2026, 11, 6), Issue: "Price list", Owner: "M-002", Due: d(2026, 11, 13), Status: salesrhythm.StatusMoved, Comment: "Waiting"},
		{Ref: ref("lajos/log.xlsx", "actions", 6), Leader: "L-01", Week: week, RaisedOn: d(2026, 11, 13), Issue: "CRM export", Owner: "M-001", Due: d(2026, 11, 20), Status: salesrhythm.StatusDone, DoneOn: d(2026, 11, 13)},
	}
	write(templates.Spec{Kind: salesrhythm.KindManagementLog, Person: lajos, Period: week}, "lajos/log.xlsx",
		salesrhythm.Records{Events: in.Want.Events, Actions: in.Want.Actions})

	in.Want.Clients = []salesrhythm.Client{
		{Ref: ref("anna/client-profiles.xlsx", "clients", 5), Person: "M-001", Month: Nov, Name: "Alfa Kft.", Contact: "Kiss Péter", Reach: "+36 30 123 4567",
			Segment: "small", Potential: "A", Status: salesrhythm.ClientActive, Source: "Referral", FirstContact: d(2026, 9, 1), LastContact: d(2026, 11, 11),
			NextStep: "Second order", NextContact: d(2026, 11, 25), Notes: "Pays on time"},
		{Ref: ref("anna/client-profiles.xlsx", "clients", 6), Person: "M-001", Month: Nov, Name: "Gamma Bt.", Reach: "info@gamma.example",
			Potential: "B", Status: salesrhythm.ClientProspect, FirstContact: d(2026, 11, 9)},
	}
	write(templates.Spec{Kind: salesrhythm.KindClientProfiles, Person: anna, Period: Nov.Period()}, "anna/client-profiles.xlsx",
		salesrhythm.Records{Clients: in.Want.Clients})

	talk := "lajos/one-on-one.xlsx"
	in.Want.OneOnOnes = []salesrhythm.OneOnOne{{Ref: ref(talk, "talk", 0), Leader: "L-01", Month: Nov, Date: d(2026, 11, 10), Minutes: 25, Report: "M-001",
		Situation: "Ahead of plan", GoingWell: "Cold calls", MentorHelp: "Closing large deals", Prospects: "Two tenders in December"}}
	for i, c := range cfg.Competences {
		r := salesrhythm.Rating{Ref: ref(talk, "competences", 5+i), Leader: "L-01", No: i + 1, Competence: c.Label.In(l)}
		switch i {
		case 0:
			r.Stage = "4"
		case 7:
			r.Stage, r.Notes = "2", "Hesitates to ask for the order"
		}
		in.Want.Ratings = append(in.Want.Ratings, r)
	}
	in.Want.NextSteps = []salesrhythm.NextStep{{Ref: ref(talk, "next_steps", 5), Leader: "L-01", Step: "Shadow a closing call", Owner: "M-001", Due: d(2026, 11, 20)}}
	write(templates.Spec{Kind: salesrhythm.KindOneOnOne, Person: lajos, Period: Nov.Period(), About: anna, Talk: 1}, talk,
		salesrhythm.Records{OneOnOnes: in.Want.OneOnOnes, Ratings: in.Want.Ratings, NextSteps: in.Want.NextSteps})

	n := len(cfg.Assessment.Questions)
	answers := make([]salesrhythm.Answer, n)
	notes := make([]string, n)
	for i := range n {
		// Every question answered: a blank answer is a warning (see
		// TestBlankAnswerIsAWarning).
		answers[i] = salesrhythm.No
		if i%3 == 0 {
			answers[i] = salesrhythm.Yes
		}
		if i == 4 {
			notes[i] = "Partly"
		}
	}
	in.Want.Assessments = []salesrhythm.Assessment{{Ref: ref("lajos/assessment.xlsx", "questions", 0), Person: "L-01", Month: Nov,
		Answers: answers, Notes: notes, Ideas: "Weekly call clinic"}}
	write(templates.Spec{Kind: salesrhythm.KindAssessment, Person: lajos, Period: Nov.Period()}, "lajos/assessment.xlsx",
		salesrhythm.Records{Assessments: in.Want.Assessments})
	return in
}

func kindOf(file string) salesrhythm.Kind {
	switch {
	case strings.Contains(file, "plan"):
		return salesrhythm.KindPlan
	case strings.Contains(file, "call"):
		return salesrhythm.KindCallRegister
	case strings.Contains(file, "time"):
		return salesrhythm.KindTimeTable
	case strings.Contains(file, "weekly"):
		return salesrhythm.KindWeeklyReport
	case strings.Contains(file, "log"):
		return salesrhythm.KindManagementLog
	case strings.Contains(file, "client"):
		return salesrhythm.KindClientProfiles
	case strings.Contains(file, "one-on-one"):
		return salesrhythm.KindOneOnOne
	}
	return salesrhythm.KindAssessment
}

// Sums returns the sha256 of every file under dir, by slash path: for
// tests that a run changes no input, or makes the same bytes twice.
func Sums(t testing.TB, dir string) map[string][32]byte {
	t.Helper()
	out := map[string][32]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out[filepath.ToSlash(rel)] = sha256.Sum256(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}
