// Package demotest checks a demo's report and Friday packs against the
// demo's truth, for the tests of the demo and of the command: it is test
// code, and keeps the demo package from depending on the report.
package demotest

import (
	"fmt"
	"math"
	"slices"

	"salesrhythm"
	"salesrhythm/analysis"
	"salesrhythm/demo"
	"salesrhythm/report"
)

// Check compares a month's report, as its JSON summary has it, with what the
// demo put in, and returns every difference in words: none when the report
// shows the truth. It checks each manager's actuals — what the report
// counts plus what the planted mistakes lost is what was typed —, targets
// and band, each leader's events held by norm, role scores, advice and
// training hours, each manager's client base and joint visits, everyone's
// competence stages, and that the planted mistakes and nothing else were
// found, each at its cell and with what it excludes; a mistake the report
// must read as meant has no finding.
func Check(t *demo.Truth, s report.Summary) []string {
	var out []string
	bad := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }
	people := map[string]report.PersonSummary{}
	for _, p := range s.People {
		people[p.ID] = p
	}
	for _, m := range t.Managers {
		p, ok := people[m.ID]
		if !ok {
			bad("%s is not in the report", m.ID)
			continue
		}
		// What was typed is what the report counts plus what the mistakes
		// lost, to the unit.
		lost := lostBy(t, m.ID)
		for _, f := range []struct {
			measure        salesrhythm.Measure
			actual, target float64
		}{
			{salesrhythm.Revenue, m.Revenue, m.Targets.Revenue},
			{salesrhythm.Deals, float64(m.Deals), m.Targets.Deals},
			{salesrhythm.Calls, float64(m.Calls), m.Targets.Calls},
			{salesrhythm.Meetings, float64(m.Meetings), m.Targets.Meetings},
			{salesrhythm.NewClients, float64(m.NewClients), m.Targets.NewClients},
		} {
			got := p.Targets[string(f.measure)]
			if math.Abs(got.Actual+lost.Get(f.measure)-f.actual) > 0.005 {
				bad("%s: %s %.2f counted + %.2f lost, want %.2f typed", m.ID, f.measure, got.Actual, lost.Get(f.measure), f.actual)
			}
			if m.Start.MonthOf() != t.Month && got.Target != f.target {
				bad("%s: %s target %.2f, want %.2f", m.ID, f.measure, got.Target, f.target)
			}
		}
		if p.Band != m.Band || m.Band == "" && p.Rank != nil {
			bad("%s: band %q, want %q", m.ID, p.Band, m.Band)
		}
	}
	out = append(out, checkClients(t, s)...)
	out = append(out, checkCompetences(t, s)...)
	compliance := map[string]report.ComplianceSummary{}
	for _, c := range s.Compliance {
		compliance[c.ID] = c
	}
	roles := map[string]report.RoleSummary{}
	for _, r := range s.Roles {
		roles[r.ID] = r
	}
	for _, l := range t.Leaders {
		c := compliance[l.ID]
		if len(c.Norms) != len(l.Held) {
			bad("%s: %d norms, want %d", l.ID, len(c.Norms), len(l.Held))
		}
		for _, n := range c.Norms {
			if want, ok := l.Held[n.Norm]; !ok || n.Held != want {
				bad("%s: %s held %d, want %d", l.ID, n.Norm, n.Held, want)
			}
		}
		r := roles[l.ID]
		for role, want := range l.Roles {
			if r.Scores[role] != want {
				bad("%s: %s scores %d, want %d", l.ID, role, r.Scores[role], want)
			}
		}
		if r.Answered != l.Answered {
			bad("%s: %d questions answered, want %d", l.ID, r.Answered, l.Answered)
		}
		below := 0
		for _, yes := range l.Roles {
			if yes < 3 {
				below++
			}
		}
		if len(r.Advice) != below {
			bad("%s: advice on %d roles, want the %d below three YES", l.ID, len(r.Advice), below)
		}
		hours := 0.0
		for _, h := range s.Trainings.Held {
			if h.Leader == l.ID {
				hours += h.Hours
			}
		}
		if math.Abs(hours-l.TrainingHours) > 1e-9 {
			bad("%s: %.2f training hours held, want %.2f", l.ID, hours, l.TrainingHours)
		}
	}
	for _, m := range t.Mistakes {
		i := slices.IndexFunc(s.Findings, func(f salesrhythm.Finding) bool { return is(m, f) })
		switch {
		case m.Code == "":
			// read as meant: nothing to find
		case i < 0:
			bad("%s not found at %s %s!%s (%s)", m.Code, m.File, m.Sheet, m.Cell, m.What.En)
		case !slices.Equal(s.Findings[i].Excluded, m.Excluded):
			bad("%s at %s %s!%s excludes %+v, want %+v (%s)", m.Code, m.File, m.Sheet, m.Cell, s.Findings[i].Excluded, m.Excluded, m.What.En)
		}
	}
	for _, f := range s.Findings {
		if f.Severity != salesrhythm.Info && !slices.ContainsFunc(t.Mistakes, func(m demo.Mistake) bool { return m.Code != "" && is(m, f) }) {
			bad("unexpected finding: %s", f)
		}
	}
	if sub := s.Submissions; !slices.Equal(sub.Missing, t.Unheld) || len(sub.Unexpected) > 0 || len(sub.Duplicates) != 1 {
		bad("submissions: %d missing, %d unexpected, %d sent twice; want the %d one-on-one sheets of talks not held, 0, 1",
			len(sub.Missing), len(sub.Unexpected), len(sub.Duplicates), len(t.Unheld))
	}
	return out
}

// checkClients compares each manager's client base and joint visits.
func checkClients(t *demo.Truth, s report.Summary) []string {
	var out []string
	clients := map[string]analysis.ClientBase{}
	for _, c := range s.Clients {
		clients[c.Person] = c
	}
	visits := map[string]int{}
	for _, v := range s.JointVisits {
		visits[v.Person] = v.Visits
	}
	for _, m := range t.Managers {
		c, ok := clients[m.ID]
		if !ok || !c.Received {
			out = append(out, fmt.Sprintf("%s: no client profiles in the report", m.ID))
			continue
		}
		got := demo.Clients{Rows: c.Clients, Active: c.Active, Prospects: c.Prospects, Dormant: c.Dormant, Lost: c.Lost, New: c.New,
			CalledWithoutProfile: len(c.CalledWithoutProfile), TopNotCalled: len(c.TopNotCalled), Overdue: len(c.Overdue), NewWithoutProfile: len(c.NewWithoutProfile)}
		if got != m.Clients {
			out = append(out, fmt.Sprintf("%s: client base %+v, want %+v", m.ID, got, m.Clients))
		}
		// The new clients of the Deals rows, but those the mistakes lost.
		if want := m.NewClients - int(lostBy(t, m.ID).NewClients); c.NoStatus != 0 || c.NewClients != want {
			out = append(out, fmt.Sprintf("%s: %d rows with no status, %d new clients; want 0, %d", m.ID, c.NoStatus, c.NewClients, want))
		}
		if visits[m.ID] != m.JointVisits {
			out = append(out, fmt.Sprintf("%s: %d joint visits, want %d", m.ID, visits[m.ID], m.JointVisits))
		}
	}
	return out
}

// checkCompetences compares every person's stages and their change, and
// the managers not rated.
func checkCompetences(t *demo.Truth, s report.Summary) []string {
	var out []string
	rows := map[string]analysis.CompetenceRow{}
	for _, r := range s.Competences.People {
		rows[r.Person] = r
	}
	rated := map[string]bool{}
	for _, want := range t.Ratings {
		rated[want.Person] = true
		got, ok := rows[want.Person]
		if !ok || len(got.Stages) != len(want.Stages) {
			out = append(out, fmt.Sprintf("%s: not in the competence matrix", want.Person))
			continue
		}
		for i, st := range got.Stages {
			change := "none"
			if st.Change != nil {
				change = fmt.Sprint(*st.Change)
			}
			wantChange := "none"
			if want.Before[i] > 0 && want.Stages[i] > 0 {
				wantChange = fmt.Sprint(want.Stages[i] - want.Before[i])
			}
			if st.Stage != want.Stages[i] || change != wantChange {
				out = append(out, fmt.Sprintf("%s: %s at stage %d, change %s; want %d, %s", want.Person, st.Competence, st.Stage, change, want.Stages[i], wantChange))
			}
		}
	}
	var unrated []string
	for _, m := range t.Managers {
		if !rated[m.ID] {
			unrated = append(unrated, m.ID)
		}
	}
	if !slices.Equal(s.Competences.Unrated, unrated) && len(unrated)+len(s.Competences.Unrated) > 0 {
		out = append(out, fmt.Sprintf("unrated %v, want %v", s.Competences.Unrated, unrated))
	}
	return out
}

// is reports whether f is the finding the mistake must cause.
func is(m demo.Mistake, f salesrhythm.Finding) bool {
	return f.File == m.File && f.Code == m.Code && f.Sheet == m.Sheet && f.Cell == m.Cell
}

// CheckWeek compares the Friday packs' figures of the demo's week, as
// 'salesrhythm week --json' has them, with what the demo put into that week,
// and returns every difference in words. It checks that every lead and head
// has a pack, each manager's calls, deals, revenue, new clients, client
// meetings and proposals on their leader's pack, each leader's events held
// by norm, their action items (earlier weeks', the week's and the overdue)
// and that nothing was missing.
func CheckWeek(t *demo.Truth, w analysis.Week) []string {
	var out []string
	bad := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }
	if len(t.Week.Managers) == 0 || len(t.Week.Leaders) == 0 {
		bad("the demo's week %s has no managers or leaders to check", t.Week.Week)
	}
	if w.Week != t.Week.Week || !w.Complete {
		bad("the packs are for %s (complete %v), want the whole week %s", w.Week, w.Complete, t.Week.Week)
	}
	packs := map[string]analysis.Pack{}
	rows := map[string]analysis.WeekPerson{}
	for _, p := range w.Packs {
		packs[p.Leader] = p
		for _, r := range p.Reports {
			if r.Role == salesrhythm.Manager {
				rows[r.ID] = r
			}
		}
		if len(p.Missing) > 0 {
			bad("%s: %d workbooks missing, want none: %+v", p.Leader, len(p.Missing), p.Missing)
		}
	}
	for _, m := range t.Week.Managers {
		r, ok := rows[m.ID]
		if !ok {
			bad("%s is on no pack", m.ID)
			continue
		}
		// What was typed is what the pack counts plus what the mistakes
		// planted in the week's weekly report lost.
		lost := lostIn(t, m.ID, m.Report)
		got := []float64{r.Week.Calls.Total, r.Week.Deals.Total + lost.Deals, r.Week.Revenue.Total + lost.Revenue, r.Week.NewClients.Total + lost.NewClients,
			r.Week.Meetings.Total, float64(r.Proposals)}
		want := []float64{float64(m.Calls), float64(m.Deals), m.Revenue, float64(m.NewClients), float64(m.Meetings), float64(m.Proposals)}
		for i, what := range []string{"calls", "deals", "revenue", "new clients", "meetings", "proposals"} {
			if math.Abs(got[i]-want[i]) > 0.005 {
				bad("%s: %s %.2f in the week, want %.2f", m.ID, what, got[i], want[i])
			}
		}
	}
	if len(packs) != len(t.Week.Leaders) {
		bad("%d packs, want one for each of the %d leads and heads", len(packs), len(t.Week.Leaders))
	}
	for _, l := range t.Week.Leaders {
		p, ok := packs[l.ID]
		if !ok {
			bad("%s has no pack", l.ID)
			continue
		}
		for _, n := range p.Norms {
			if want, ok := l.Held[n.Norm]; !ok || n.Held != want {
				bad("%s: %s held %d in the week, want %d", l.ID, n.Norm, n.Held, want)
			}
		}
		if len(p.Norms) != len(l.Held) {
			bad("%s: %d norms, want %d", l.ID, len(p.Norms), len(l.Held))
		}
		overdue := 0
		for _, it := range append(slices.Clone(p.Earlier), p.Raised...) {
			if it.Overdue {
				overdue++
			}
		}
		if len(p.Earlier) != l.Earlier || len(p.Raised) != l.Raised || overdue != l.Overdue {
			bad("%s: action items %d earlier, %d raised, %d overdue; want %d, %d, %d", l.ID, len(p.Earlier), len(p.Raised), overdue, l.Earlier, l.Raised, l.Overdue)
		}
	}
	return out
}

// lostBy adds up what the planted mistakes keep out of manager id's figures.
func lostBy(t *demo.Truth, id string) salesrhythm.Targets {
	return lostIn(t, id, "")
}

// lostIn adds up what the planted mistakes in file (any file when "") keep
// out of manager id's figures.
func lostIn(t *demo.Truth, id, file string) salesrhythm.Targets {
	var lost salesrhythm.Targets
	for _, x := range t.Mistakes {
		if x.Person == id && (file == "" || x.File == file) {
			lost.Revenue += x.Lost.Revenue
			lost.Deals += x.Lost.Deals
			lost.Calls += x.Lost.Calls
			lost.Meetings += x.Lost.Meetings
			lost.NewClients += x.Lost.NewClients
		}
	}
	return lost
}
