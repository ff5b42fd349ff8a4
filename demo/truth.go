package demo

import (
	"math"
	"slices"

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
	Week      Week              `json:"week"` // the week whose Friday packs the demo writes
	// Unheld are the one-on-one sheets due for talks that were not held,
	// so never handed in: the only workbooks missing.
	Unheld []analysis.Workbook `json:"unheld"`
	// Ratings are the competence stages the month's one-on-ones gave each
	// person rated, by ID.
	Ratings []Rated `json:"ratings"`
	// Earlier are the months before this one a demo of several months
	// made, oldest first; each is the truth of its own month's report.
	Earlier []*Truth `json:"earlier,omitempty"`
}

// Clients is what a manager's client profiles hold at the month's end:
// the rows by status as written, those first contacted in the month, and
// the joins with the registers.
type Clients struct {
	Rows                 int `json:"rows"`
	Active               int `json:"active"`
	Prospects            int `json:"prospects"`
	Dormant              int `json:"dormant"` // every row not contacted for longer than the dormant days is marked dormant
	Lost                 int `json:"lost"`
	New                  int `json:"new"`
	CalledWithoutProfile int `json:"called_without_profile"`
	TopNotCalled         int `json:"top_not_called"`
	Overdue              int `json:"overdue"`
	NewWithoutProfile    int `json:"new_without_profile"`
}

// Rated is one person's competence stages: the latest of the month and the
// one before it (0: none), per configured competence.
type Rated struct {
	Person string `json:"person"`
	Stages []int  `json:"stages"`
	Before []int  `json:"before"`
}

// Week is what the demo put into one week of the month, for the Friday
// packs: the week of the weekly meeting one lead did not hold, which lies
// wholly in the month.
type Week struct {
	Week     salesrhythm.Period `json:"week"`
	Managers []WeekManager      `json:"managers"` // those employed in the week, in ID order
	Leaders  []WeekLeader       `json:"leaders"`  // the head, then the leads
}

// WeekManager is one manager's week as it was typed, before the mistakes
// planted in Report (the week's weekly report, as Mistake.File names it)
// lost some of it.
type WeekManager struct {
	ID         string  `json:"id"`
	Report     string  `json:"report"`
	Calls      int     `json:"calls"`
	Deals      int     `json:"deals"`
	Revenue    float64 `json:"revenue"`
	NewClients int     `json:"new_clients"`
	Meetings   int     `json:"meetings"`  // the week's funnel
	Proposals  int     `json:"proposals"` // the week's funnel
}

// WeekLeader is one lead's or the head's week: the events held for each
// norm that binds them, once for each direct report taking part for a
// per-report norm, and the action items of the week's log: those raised
// before the week (reviewed first), those raised in it, and those still
// open and due by its end.
type WeekLeader struct {
	ID      string         `json:"id"`
	Held    map[string]int `json:"held"`
	Earlier int            `json:"earlier"`
	Raised  int            `json:"raised"`
	Overdue int            `json:"overdue"`
}

// reportsOfTheWeek names each manager's weekly report of the truth's week.
func (t *Truth) reportsOfTheWeek(books []*book) {
	for i := range t.Week.Managers {
		m := &t.Week.Managers[i]
		for _, b := range books {
			if b.spec.Kind == salesrhythm.KindWeeklyReport && b.spec.Person.ID == m.ID && b.spec.Period == t.Week.Week {
				m.Report = b.path
				break
			}
		}
	}
}

// weekTruth counts what the week of the missed weekly meeting holds.
func (c *company) weekTruth() Week {
	i := slices.IndexFunc(c.weeks, func(w salesrhythm.Period) bool { return w.Contains(c.missed.Date) })
	if i < 0 {
		i = min(1, len(c.weeks)-1)
	}
	w := c.weeks[i]
	out := Week{Week: w}
	for _, s := range c.sellers {
		if _, ok := s.Employment(w); !ok {
			continue
		}
		sw := s.weeks[i]
		m := WeekManager{ID: s.ID, Calls: len(sw.calls), Deals: len(sw.deals), Meetings: sw.funnel.Meetings, Proposals: sw.funnel.Proposals}
		for _, d := range sw.deals {
			m.Revenue += d.Amount
			if d.NewClient == salesrhythm.Yes {
				m.NewClients++
			}
		}
		out.Managers = append(out.Managers, m)
	}
	for _, l := range c.leaders {
		if l.Role != salesrhythm.Lead && l.Role != salesrhythm.Head {
			continue
		}
		wl := WeekLeader{ID: l.ID, Held: c.held(l, w)}
		for _, a := range l.weeks[i].actions {
			if a.RaisedOn.Before(w.Start) {
				wl.Earlier++
			} else {
				wl.Raised++
			}
			if a.Status != salesrhythm.StatusDone && !a.Due.After(w.End) {
				wl.Overdue++
			}
		}
		out.Leaders = append(out.Leaders, wl)
	}
	return out
}

// Manager is one manager's month: the plan's targets, and the actuals of
// the rows dated in the month, as typed in the workbooks that count (a
// resubmission's, not the copy it supersedes), values the report cannot
// read included.
type Manager struct {
	ID      string              `json:"id"`
	Name    string              `json:"name"`
	Band    analysis.Band       `json:"band"` // what the story makes of them, provisional when a mistake costs them revenue; "" for the joiner, employed too few days to rank
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
	// Clients is what the client profiles hold; JointVisits counts the
	// month's joint visits the manager took part in.
	Clients     Clients `json:"clients"`
	JointVisits int     `json:"joint_visits"`
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
	// TrainingHours are the hours of the trainings the leader held in the
	// month.
	TrainingHours float64 `json:"training_hours"`
}

// Missed is a weekly meeting a leader did not hold.
type Missed struct {
	Leader string           `json:"leader"`
	Date   salesrhythm.Date `json:"date"`
}

// Mistake is a human mistake planted in a workbook and the finding the
// importer must report for it; Code is "" for one the importer must read
// as meant, with no finding at its cell.
type Mistake struct {
	File  string           `json:"file"` // relative to the inbox, with forward slashes
	Sheet string           `json:"sheet,omitempty"`
	Cell  string           `json:"cell,omitempty"`
	Code  salesrhythm.Code `json:"code"`
	What  salesrhythm.Text `json:"what"` // in every locale
	// Excluded is what the finding must say it keeps out of the figures;
	// Person and Lost are whose values those are and what they come to,
	// the amounts nobody can read included: the manager's actuals in the
	// report are the truth's less what their mistakes lost.
	Excluded salesrhythm.Exclusions `json:"excluded,omitempty"`
	Person   string                 `json:"person,omitempty"`
	Lost     salesrhythm.Targets    `json:"lost,omitzero"`
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

// settleBands bands again the managers whose mistakes lost revenue: on
// what the report counts, and provisional below the laggard threshold,
// since their figures miss values.
func (c *company) settleBands(truth *Truth) {
	for i := range truth.Managers {
		m := &truth.Managers[i]
		lost := 0.0
		for _, x := range truth.Mistakes {
			if x.Person == m.ID {
				lost += x.Lost.Revenue
			}
		}
		if lost == 0 || m.Band == "" || m.Targets.Revenue == 0 {
			continue
		}
		rk := c.cfg.Ranking
		switch v := (m.Revenue - lost) / m.Targets.Revenue; {
		case v >= rk.LeaderPercent/100:
			m.Band = analysis.BandLeader
		case v < rk.LaggardPercent/100:
			m.Band = analysis.BandProvisional
		default:
			m.Band = analysis.BandCore
		}
	}
}

func roundTo(x, unit float64) float64 { return max(unit, math.Round(x/unit)*unit) }

// held counts, by norm key, the events of each norm's type the leader held
// on a day of p, once for each direct report taking part for a per-report
// norm.
func (c *company) held(l *leader, p salesrhythm.Period) map[string]int {
	reports := map[string]bool{}
	for _, r := range l.reports {
		reports[r.ID] = true
	}
	out := map[string]int{}
	// The events the log holds, and the talks only a one-on-one sheet
	// records: both count towards the norms.
	events := [][]salesrhythm.Event{}
	for _, w := range l.weeks {
		events = append(events, w.events)
	}
	for _, tk := range l.talks {
		if !tk.logged {
			events = append(events, []salesrhythm.Event{tk.event})
		}
	}
	for _, n := range c.cfg.Norms {
		if n.Count <= 0 || !n.AppliesTo(l.Role) {
			continue
		}
		out[n.Key] = 0
		for _, w := range events {
			for _, e := range w {
				switch {
				case e.Type != n.Event || !p.Contains(e.Date):
				case !n.PerReport:
					out[n.Key]++
				default:
					for _, id := range e.Participants {
						if reports[id] {
							out[n.Key]++
						}
					}
				}
			}
		}
	}
	return out
}

// leaderTruth counts a leader's events held in the month by norm and the
// YES answers of their self-assessment by role.
func (c *company) leaderTruth(l *leader) Leader {
	out := Leader{ID: l.ID, Name: l.Name, Role: l.Role, Held: c.held(l, c.month.Period()), Roles: map[string]int{}}
	for _, w := range l.weeks {
		for _, e := range w.events {
			if e.Type == salesrhythm.EventTraining && c.month.Period().Contains(e.Date) {
				out.TrainingHours += float64(e.Minutes) / 60
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

// visitsTruth counts each manager's joint visits of the month, with any
// leader.
func (c *company) visitsTruth(managers []Manager) {
	for i := range managers {
		m := &managers[i]
		for _, l := range c.leaders {
			for _, w := range l.weeks {
				for _, e := range w.events {
					if e.Type == salesrhythm.EventJointVisit && c.month.Period().Contains(e.Date) && slices.Contains(e.Participants, m.ID) {
						m.JointVisits++
					}
				}
			}
		}
	}
}
