package analysis

import (
	"slices"

	"salesrhythm"
)

// TimeUse is what one person's time tables show for the month.
type TimeUse struct {
	Person      string          `json:"person"`
	Slots       int             `json:"slots"`        // slots dated in the month
	Hours       []ActivityHours `json:"hours"`        // the configured activities in order, then any others by key
	ActiveShare Fraction        `json:"active_share"` // actual slots in active activities ÷ actual slots filled in
	Adherence   Fraction        `json:"adherence"`    // slots whose actual equals the plan ÷ slots with a plan
	Unfilled    int             `json:"unfilled"`     // slots with no actual
	Tables      Receipt         `json:"tables"`       // time tables due and received for the month
}

// ActivityHours is the time planned and spent on one activity.
type ActivityHours struct {
	Activity string  `json:"activity"`
	Planned  float64 `json:"planned"`
	Actual   float64 `json:"actual"`
}

// timeUse returns the time use of every member who fills time tables, and
// of any other with a slot in the month, by ID: a manager who sent none is
// there with nought.
func (r *run) timeUse(got map[receiptKey]Receipt) []TimeUse {
	tt := r.in.Config.TimeTable
	hours := float64(tt.SlotMinutes) / 60
	active := map[string]bool{}
	for _, a := range tt.Activities {
		active[a.Key] = a.Active
	}
	type tally struct {
		slots, unfilled, filled, active, withPlan, kept int
		planned, actual                                 map[string]int
	}
	of := map[*member]*tally{}
	for s := range r.in.Slots.All() {
		m := r.member(s.Person)
		if m == nil || !r.inMonth(s.Date) {
			continue
		}
		t := of[m]
		if t == nil {
			t = &tally{planned: map[string]int{}, actual: map[string]int{}}
			of[m] = t
		}
		t.slots++
		if s.Plan != "" {
			bump(t.planned, s.Plan)
			t.withPlan++
			if s.Actual == s.Plan {
				t.kept++
			}
		}
		if s.Actual == "" {
			t.unfilled++
			continue
		}
		bump(t.actual, s.Actual)
		t.filled++
		if active[s.Actual] {
			t.active++
		}
	}
	out := []TimeUse{}
	for _, m := range r.team {
		t := of[m]
		if t == nil {
			if !salesrhythm.KindTimeTable.FilledBy(m.Role) {
				continue
			}
			t = &tally{}
		}
		u := TimeUse{Person: m.ID, Slots: t.slots, Unfilled: t.unfilled, Hours: []ActivityHours{}, Tables: got[receiptKey{idKey(m.ID), salesrhythm.KindTimeTable}]}
		for _, k := range activityKeys(tt, t.planned, t.actual) {
			u.Hours = append(u.Hours, ActivityHours{Activity: k, Planned: float64(t.planned[k]) * hours, Actual: float64(t.actual[k]) * hours})
		}
		u.ActiveShare = Ratio(float64(t.active), float64(t.filled))
		u.Adherence = Ratio(float64(t.kept), float64(t.withPlan))
		out = append(out, u)
	}
	slices.SortFunc(out, func(a, b TimeUse) int { return compareID(a.Person, b.Person) })
	return out
}

// activityKeys lists the configured activities, then any other activity
// found in the slots, by key.
func activityKeys(tt salesrhythm.TimeTable, counts ...map[string]int) []string {
	var keys, other []string
	known := map[string]bool{}
	for _, a := range tt.Activities {
		keys = append(keys, a.Key)
		known[a.Key] = true
	}
	for _, c := range counts {
		for k := range c {
			if !known[k] {
				known[k] = true
				other = append(other, k)
			}
		}
	}
	slices.Sort(other)
	return append(keys, other...)
}
