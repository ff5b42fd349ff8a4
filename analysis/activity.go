package analysis

import (
	"cmp"
	"slices"
	"strings"

	"salesrhythm"
)

// Activity is what one person's call registers show for the month.
type Activity struct {
	Person           string         `json:"person"`
	Calls            int            `json:"calls"`
	PerWorkingDay    Fraction       `json:"per_working_day"`    // Calls ÷ working days employed
	Results          map[string]int `json:"results"`            // calls by result key; "" counts the blank results
	MeetingsSet      int            `json:"meetings_set"`       // calls with the result meeting-set
	Deals            int            `json:"deals"`              // deals dated in the month
	CallsToMeetings  Fraction       `json:"calls_to_meetings"`  // MeetingsSet ÷ Calls
	MeetingsToDeals  Fraction       `json:"meetings_to_deals"`  // Deals ÷ MeetingsSet
	Conversations    int            `json:"conversations"`      // calls that reached the client
	WithNextContact  int            `json:"with_next_contact"`  // conversations with a next contact date
	NextContactShare Fraction       `json:"next_contact_share"` // WithNextContact ÷ Conversations
	Overdue          []FollowUp     `json:"overdue"`            // by next contact date, then client
	Registers        Receipt        `json:"registers"`          // call registers due and received for the month
}

// FollowUp is a client whose next contact date passed by the month's end
// with no later call: the latest call to the client and the date it set.
type FollowUp struct {
	Client      string           `json:"client"`
	LastCall    salesrhythm.Date `json:"last_call"`
	NextContact salesrhythm.Date `json:"next_contact"`
	Ref         salesrhythm.Ref  `json:"ref"`
}

// activity returns the call activity of every member who fills call
// registers, and of any other with a call in the month or a follow-up
// overdue at its end, by ID: a manager who sent none is there with nought.
func (r *run) activity(got map[receiptKey]Receipt) []Activity {
	type tally struct {
		a      Activity
		latest salesrhythm.LatestCalls
	}
	of := map[*member]*tally{}
	for c := range r.in.Calls.All() {
		m := r.member(c.Person)
		if m == nil || c.Date.IsZero() || c.Date.After(r.month.End) {
			continue
		}
		t := of[m]
		if t == nil {
			t = &tally{a: Activity{Results: map[string]int{}}}
			of[m] = t
		}
		t.latest.Add(c)
		if !r.inMonth(c.Date) {
			continue
		}
		a := &t.a
		a.Calls++
		bump(a.Results, c.Result)
		if c.Result == salesrhythm.ResultMeetingSet {
			a.MeetingsSet++
		}
		if c.Conversation() {
			a.Conversations++
			if !c.NextContact.IsZero() {
				a.WithNextContact++
			}
		}
	}
	out := []Activity{}
	for _, m := range r.team {
		t := of[m]
		if t == nil {
			t = &tally{a: Activity{Results: map[string]int{}}}
		}
		a := t.a
		a.Person, a.Deals, a.Overdue = m.ID, int(m.actual.Deals), r.overdue(t.latest.Calls())
		a.Registers = got[receiptKey{idKey(m.ID), salesrhythm.KindCallRegister}]
		if a.Calls == 0 && len(a.Overdue) == 0 && !salesrhythm.KindCallRegister.FilledBy(m.Role) {
			continue
		}
		a.PerWorkingDay = Ratio(float64(a.Calls), float64(r.workedSoFar(m)))
		a.CallsToMeetings = Ratio(float64(a.MeetingsSet), float64(a.Calls))
		a.MeetingsToDeals = Ratio(float64(a.Deals), float64(a.MeetingsSet))
		a.NextContactShare = Ratio(float64(a.WithNextContact), float64(a.Conversations))
		out = append(out, a)
	}
	slices.SortFunc(out, func(a, b Activity) int { return compareID(a.Person, b.Person) })
	return out
}

// overdue returns the follow-ups among the latest call to each of one
// person's clients up to the month's end: those whose next contact date is
// on or before the month's last day.
func (r *run) overdue(latest []salesrhythm.LastCall) []FollowUp {
	out := []FollowUp{}
	end := r.reckoning()
	for _, c := range latest {
		if !c.NextContact.IsZero() && !c.NextContact.After(end) {
			out = append(out, FollowUp{Client: c.Client, LastCall: c.Date, NextContact: c.NextContact, Ref: c.Ref})
		}
	}
	slices.SortFunc(out, func(a, b FollowUp) int {
		return cmp.Or(a.NextContact.Compare(b.NextContact), strings.Compare(textKey(a.Client), textKey(b.Client)))
	})
	return out
}
