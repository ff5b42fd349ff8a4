package analysis

import (
	"cmp"
	"slices"
	"strings"

	"salesrhythm"
)

// Trainings are the month's trainings: what the leaders whose norms ask for
// them held, and what each person attended.
type Trainings struct {
	Held     []TrainingsHeld `json:"held"`     // per leader and training norm, by leader ID
	Attended []Attendance    `json:"attended"` // per member employed in the month, by ID
	Sessions []Session       `json:"sessions"` // every training dated in the month, by date and leader
}

// TrainingsHeld is one leader's trainings under one training norm.
type TrainingsHeld struct {
	Leader    string           `json:"leader"`
	Norm      string           `json:"norm"`
	Label     salesrhythm.Text `json:"label"`
	Required  int              `json:"required"`   // trainings due, as Compliance has them
	Held      int              `json:"held"`       // trainings held in the month
	Hours     float64          `json:"hours"`      // Σ minutes ÷ 60 of those held
	NormHours float64          `json:"norm_hours"` // Required × the norm's length
	Share     Fraction         `json:"share"`      // Hours ÷ NormHours
}

// Attendance is the trainings one person attended.
type Attendance struct {
	Person   string   `json:"person"`
	Sessions int      `json:"sessions"`
	Hours    float64  `json:"hours"`
	Due      float64  `json:"due"`   // the norm hours of the person's direct leader
	Share    Fraction `json:"share"` // Hours ÷ Due
}

// Session is one training.
type Session struct {
	Leader    string           `json:"leader"`
	Date      salesrhythm.Date `json:"date"`
	Topic     string           `json:"topic"`
	Minutes   int              `json:"minutes"`
	Attendees []string         `json:"attendees"`
	Ref       salesrhythm.Ref  `json:"ref"`
}

// normLength is a norm's typical length in hours: midway between its
// shortest and longest right length, or its longest when it sets no
// shortest; 0 when it sets none.
func normLength(n salesrhythm.Norm) float64 {
	if n.MaxMinutes <= 0 {
		return 0
	}
	return float64(n.MinMinutes+n.MaxMinutes) / 2 / 60
}

// norms returns the configured norms by key.
func (r *run) norms() map[string]salesrhythm.Norm {
	out := map[string]salesrhythm.Norm{}
	for _, n := range r.in.Config.Norms {
		out[n.Key] = n
	}
	return out
}

// trainings tallies the trainings against the norms that ask for them.
func (r *run) trainings(comp []Compliance) Trainings {
	out := Trainings{Held: []TrainingsHeld{}, Attended: []Attendance{}, Sessions: []Session{}}
	norms := r.norms()
	byLeader := map[string][]salesrhythm.Event{}
	attended := map[string]*Attendance{}
	for _, e := range r.events {
		if e.Type != salesrhythm.EventTraining || !r.inMonth(e.Date) {
			continue
		}
		byLeader[idKey(e.Leader)] = append(byLeader[idKey(e.Leader)], e)
		out.Sessions = append(out.Sessions, Session{Leader: e.Leader, Date: e.Date, Topic: e.Topic, Minutes: e.Minutes,
			Attendees: append([]string{}, e.Participants...), Ref: e.Ref})
		for _, p := range e.Participants {
			m := r.member(p)
			if m == nil {
				continue
			}
			a := attended[idKey(m.ID)]
			if a == nil {
				a = &Attendance{Person: m.ID}
				attended[idKey(m.ID)] = a
			}
			a.Sessions++
			a.Hours += float64(e.Minutes) / 60
		}
	}
	due := map[string]float64{} // norm hours by leader key
	for _, c := range comp {
		for _, nc := range c.Norms {
			n := norms[nc.Norm]
			if n.Event != salesrhythm.EventTraining {
				continue
			}
			h := TrainingsHeld{Leader: c.Leader, Norm: n.Key, Label: n.Label, Required: nc.Required,
				NormHours: float64(nc.Required) * normLength(n)}
			for _, e := range byLeader[idKey(c.Leader)] {
				h.Held++
				h.Hours += float64(e.Minutes) / 60
			}
			h.Share = Ratio(h.Hours, h.NormHours)
			due[idKey(c.Leader)] += h.NormHours
			out.Held = append(out.Held, h)
		}
	}
	for _, m := range r.team {
		a := attended[idKey(m.ID)]
		if !m.employed && a == nil {
			continue
		}
		if a == nil {
			a = &Attendance{Person: m.ID}
		}
		a.Due = due[idKey(m.ReportsTo)]
		a.Share = Ratio(a.Hours, a.Due)
		out.Attended = append(out.Attended, *a)
	}
	slices.SortFunc(out.Attended, func(a, b Attendance) int { return compareID(a.Person, b.Person) })
	slices.SortFunc(out.Sessions, func(a, b Session) int {
		return cmp.Or(a.Date.Compare(b.Date), compareID(a.Leader, b.Leader), compareRef(a.Ref, b.Ref))
	})
	return out
}

// JointVisits are the joint client visits one manager took part in.
type JointVisits struct {
	Person string  `json:"person"`
	Visits int     `json:"visits"` // held in the month, by any leader
	Due    int     `json:"due"`    // what the per-report norms of the person's direct leader ask, as Compliance has it
	List   []Visit `json:"list"`   // by date
}

// Visit is one joint client visit.
type Visit struct {
	Leader  string           `json:"leader"`
	Date    salesrhythm.Date `json:"date"`
	Client  string           `json:"client"`
	Outcome string           `json:"outcome"`
	Ref     salesrhythm.Ref  `json:"ref"`
}

// jointVisits counts each manager's joint visits, and those of anyone else
// visited with, by ID.
func (r *run) jointVisits(comp []Compliance) []JointVisits {
	norms := r.norms()
	due := map[string]int{} // by person key
	for _, c := range comp {
		for _, nc := range c.Norms {
			if n := norms[nc.Norm]; n.Event == salesrhythm.EventJointVisit && n.PerReport {
				for _, rc := range nc.Reports {
					due[idKey(rc.Person)] += rc.Required
				}
			}
		}
	}
	visits := map[string][]Visit{}
	for _, e := range r.events {
		if e.Type != salesrhythm.EventJointVisit || !r.inMonth(e.Date) {
			continue
		}
		for _, p := range e.Participants {
			if m := r.member(p); m != nil {
				visits[idKey(m.ID)] = append(visits[idKey(m.ID)], Visit{Leader: e.Leader, Date: e.Date, Client: e.Client, Outcome: e.Outcome, Ref: e.Ref})
			}
		}
	}
	out := []JointVisits{}
	for _, m := range r.team {
		k := idKey(m.ID)
		if len(visits[k]) == 0 && !(m.employed && m.Role == salesrhythm.Manager) {
			continue
		}
		v := JointVisits{Person: m.ID, Visits: len(visits[k]), Due: due[k], List: append([]Visit{}, visits[k]...)}
		slices.SortFunc(v.List, func(a, b Visit) int {
			return cmp.Or(a.Date.Compare(b.Date), strings.Compare(a.Client, b.Client), compareRef(a.Ref, b.Ref))
		})
		out = append(out, v)
	}
	slices.SortFunc(out, func(a, b JointVisits) int { return compareID(a.Person, b.Person) })
	return out
}
