package analysis

import "salesrhythm"

// WeekRevenue is the revenue of the deals dated in the month within one week.
type WeekRevenue struct {
	Week    salesrhythm.Period `json:"week"`
	Revenue float64            `json:"revenue"`
}

// Funnel is the department's sales funnel for the month.
type Funnel struct {
	// From the call registers: the calls dated in the month, those that
	// reached the client, those that set a meeting.
	Calls         int `json:"calls"`
	Conversations int `json:"conversations"`
	MeetingsSet   int `json:"meetings_set"`
	// From the weekly funnels of the weeks that belong to the month.
	Leads        int `json:"leads"`
	Contacts     int `json:"contacts"`
	MeetingsHeld int `json:"meetings_held"`
	Proposals    int `json:"proposals"`
	DealsWon     int `json:"deals_won"`
	DealsLost    int `json:"deals_lost"`
}

// weeklyRevenue sums the team's deals dated in the month by week, over every
// week the month's workbooks cover.
func (r *run) weeklyRevenue() []WeekRevenue {
	weeks := salesrhythm.Weeks(r.in.Month)
	out := make([]WeekRevenue, len(weeks))
	for i, w := range weeks {
		out[i].Week = w
		for _, d := range r.in.Deals {
			if r.member(d.Person) != nil && r.inMonth(d.Date) && w.Contains(d.Date) {
				out[i].Revenue += d.Amount
			}
		}
	}
	return out
}

// funnel adds up the calls of the activity rows and the team's weekly
// funnels of the weeks that belong to the month.
func (r *run) funnel(activity []Activity) Funnel {
	var f Funnel
	for _, a := range activity {
		f.Calls += a.Calls
		f.Conversations += a.Conversations
		f.MeetingsSet += a.MeetingsSet
	}
	for _, w := range r.in.Funnels {
		if r.member(w.Person) == nil || !r.ownsWeek(w.Week) {
			continue
		}
		f.Leads += w.Leads
		f.Contacts += w.Contacts
		f.MeetingsHeld += w.Meetings
		f.Proposals += w.Proposals
		f.DealsWon += w.Won
		f.DealsLost += w.Lost
	}
	return f
}
