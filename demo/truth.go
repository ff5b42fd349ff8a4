package demo

import (
	"math"

	"salesrhythm"
	"salesrhythm/analysis"
)

// Truth is what the demo put into the workbooks: the figures the month's
// report must show, and the mistakes it must catch.
type Truth struct {
	Month     salesrhythm.Month `json:"month"`
	Seed      int64             `json:"seed"`
	Company   string            `json:"company"`
	Workbooks int               `json:"workbooks"` // workbooks written to the inbox, a resubmission included
	Managers  []Manager         `json:"managers"`  // in ID order
	Leaders   []Leader          `json:"leaders"`   // the director, the head, then the leads
	Missed    Missed            `json:"missed"`    // the weekly meeting one lead did not hold
	Mistakes  []Mistake         `json:"mistakes"`
	// Earlier are the months before this one a demo of several months
	// made, oldest first; each is the truth of its own month's report.
	Earlier []*Truth `json:"earlier,omitempty"`
}

// Manager is one manager's month: the plan's targets, and the actuals of
// the rows dated in the month, as the workbooks that count hold them (a
// resubmission's, not the copy it supersedes).
type Manager struct {
	ID      string              `json:"id"`
	Name    string              `json:"name"`
	Band    analysis.Band       `json:"band"` // what the story makes of them; "" for the joiner, employed too few days to rank
	Start   salesrhythm.Date    `json:"start"`
	Targets salesrhythm.Targets `json:"targets"`
	Revenue float64             `json:"revenue"` // the deals' amounts
	Deals   int                 `json:"deals"`
	Calls   int                 `json:"calls"`
	// NewClients counts the deals with a client who never bought before.
	NewClients int `json:"new_clients"`
	// Meetings are the client meetings of the weekly funnels of the weeks
	// whose Thursday falls in the month (each week counts in one month).
	Meetings int `json:"meetings"`
}

// Leader is one leader's month: the events held for each norm that binds
// them, and their self-assessment.
type Leader struct {
	ID   string           `json:"id"`
	Name string           `json:"name"`
	Role salesrhythm.Role `json:"role"`
	// Held counts, by norm key, the events of the norm's type the leader
	// held on a day of the month, once for each direct report taking part
	// for a per-report norm. Every per-report event has one participant, a
	// direct report, and the generator puts each weekly event in the month
	// of its week's due day, so this is what the analysis calls held.
	Held map[string]int `json:"held"`
	// Roles counts the YES answers by role key.
	Roles    map[string]int `json:"roles"`
	Answered int            `json:"answered"` // questions answered YES or NO; the rest are blank
}

// Missed is a weekly meeting a leader did not hold.
type Missed struct {
	Leader string           `json:"leader"`
	Date   salesrhythm.Date `json:"date"`
}

// Mistake is a human mistake planted in a workbook and the finding the
// importer must report for it.
type Mistake struct {
	File  string           `json:"file"` // relative to the inbox, with forward slashes
	Sheet string           `json:"sheet,omitempty"`
	Cell  string           `json:"cell,omitempty"`
	Code  salesrhythm.Code `json:"code"`
	What  string           `json:"what"`
}

// actuals counts what a manager's weeks hold for the month.
func (c *company) actuals(s *seller) Manager {
	m := Manager{ID: s.ID, Name: s.Name, Band: s.band, Start: s.Start}
	in := c.month.Period()
	for _, w := range s.weeks {
		for _, call := range w.calls {
			if in.Contains(call.Date) {
				m.Calls++
			}
		}
		for _, d := range w.deals {
			if in.Contains(d.Date) {
				m.Revenue += d.Amount
				m.Deals++
				if d.NewClient == salesrhythm.Yes {
					m.NewClients++
				}
			}
		}
		if w.week.Start.AddDays(3).MonthOf() == c.month {
			m.Meetings += w.funnel.Meetings
		}
	}
	return m
}

// setTargets writes the plan's targets from the actuals, so that each
// manager ends the month where the story puts them: revenue at the
// fulfilment their band aims at, the other targets near what they did. The
// joiner's targets are for a whole month, as a plan states them; the
// analysis pro-rates them.
func (c *company) setTargets(managers []Manager) {
	days := float64(c.cal.CountWorkingDays(c.month.Period()))
	for i := range managers {
		m := &managers[i]
		s := c.sellerByID[m.ID]
		r := c.rand(s.ID, "targets")
		e, _ := s.Employment(c.month.Period())
		scale := days / float64(max(1, c.cal.CountWorkingDays(e)))
		revenue := m.Revenue / s.perf
		if revenue == 0 {
			revenue = 5_000_000
		}
		m.Targets = salesrhythm.Targets{
			Revenue:    roundTo(revenue*scale, 10_000),
			Deals:      max(1, math.Round(float64(m.Deals)/(s.perf*r.uniform(0.9, 1.1))*scale)),
			Calls:      roundTo(float64(m.Calls)/r.uniform(0.9, 1.1)*scale, 10),
			Meetings:   max(1, math.Round(float64(m.Meetings)/r.uniform(0.8, 1.2)*scale)),
			NewClients: max(1, math.Round(float64(m.NewClients)/r.uniform(0.7, 1.3)*scale)),
		}
		if s.noTargets {
			m.Targets.Meetings, m.Targets.NewClients = 0, 0
		}
		c.plan.Targets[m.ID] = m.Targets
	}
}

func roundTo(x, unit float64) float64 { return max(unit, math.Round(x/unit)*unit) }

// leaderTruth counts a leader's events held in the month by norm and the
// YES answers of their self-assessment by role.
func (c *company) leaderTruth(l *leader) Leader {
	out := Leader{ID: l.ID, Name: l.Name, Role: l.Role, Held: map[string]int{}, Roles: map[string]int{}}
	reports := map[string]bool{}
	for _, p := range l.reports {
		reports[p.ID] = true
	}
	for _, n := range c.cfg.Norms {
		if n.Count <= 0 || !n.AppliesTo(l.Role) {
			continue
		}
		out.Held[n.Key] = 0
		for _, w := range l.weeks {
			for _, e := range w.events {
				if e.Type != n.Event || !c.month.Period().Contains(e.Date) {
					continue
				}
				if !n.PerReport {
					out.Held[n.Key]++
					continue
				}
				for _, p := range e.Participants {
					if reports[p] {
						out.Held[n.Key]++
					}
				}
			}
		}
	}
	for _, role := range c.cfg.Assessment.Roles {
		out.Roles[role.Key] = 0
	}
	for i, q := range c.cfg.Assessment.Questions {
		if l.answers[i] == salesrhythm.Yes {
			out.Roles[q.Role]++
		}
		if l.answers[i] != salesrhythm.Unanswered {
			out.Answered++
		}
	}
	return out
}
