package analysis

import "salesrhythm"

// WeekRevenue is the revenue of the deals dated in the month within one week.
type WeekRevenue struct {
	Week    salesrhythm.Period `json:"week"`
	Revenue float64            `json:"revenue"`
}

// Funnel is the department's sales funnel for the month: Steps, each with
// its source, and the counts they are made of.
type Funnel struct {
	// From the call registers: the calls dated in the month, those that
	// reached the client, those that set a meeting.
	Calls         int `json:"calls"`
	Conversations int `json:"conversations"`
	MeetingsSet   int `json:"meetings_set"`
	// From the weekly funnels of the weeks that belong to the month, as the
	// client meetings of the plan are counted.
	Leads        int `json:"leads"`
	Contacts     int `json:"contacts"`
	MeetingsHeld int `json:"meetings_held"`
	Proposals    int `json:"proposals"`
	DealsLost    int `json:"deals_lost"`
	// DealsWon is the deals dated in the month, from the weekly reports'
	// Deals rows: the deals figure of the plan and the Summary.
	DealsWon int `json:"deals_won"`
	// ReportedWon is the deals won the weekly funnels report, which the
	// figures do not count: it differs from DealsWon when people's funnels
	// and Deals rows disagree.
	ReportedWon int          `json:"reported_won"`
	Steps       []FunnelStep `json:"steps"`
}

// FunnelStep is one step of the funnel and where its count comes from.
type FunnelStep struct {
	Key    string           `json:"key"`
	Label  salesrhythm.Text `json:"label"`
	Count  int              `json:"count"`
	Source salesrhythm.Text `json:"source"`
}

// Sources of the funnel's steps.
var (
	fromCalls   = salesrhythm.T("call registers", "hívásnaplók")
	fromFunnels = salesrhythm.T("weekly reports' funnel", "heti jelentések tölcsére")
	fromDeals   = salesrhythm.T("weekly reports' Deals rows", "heti jelentések üzletkötései")
)

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

// funnel adds up the calls of the activity rows, the team's weekly funnels
// of the weeks that belong to the month, and the team's deals dated in the
// month: each step counted where the month's other figures count it.
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
		f.ReportedWon += w.Won
		f.DealsLost += w.Lost
	}
	for _, m := range r.team {
		f.DealsWon += int(m.actual.Deals)
	}
	f.Steps = []FunnelStep{
		{"calls", salesrhythm.T("Calls", "Hívások"), f.Calls, fromCalls},
		{"conversations", salesrhythm.T("Conversations", "Beszélgetések"), f.Conversations, fromCalls},
		{"meetings-set", salesrhythm.T("Meetings set", "Egyeztetett találkozók"), f.MeetingsSet, fromCalls},
		{"meetings-held", salesrhythm.T("Meetings held", "Megtartott találkozók"), f.MeetingsHeld, fromFunnels},
		{"proposals", salesrhythm.T("Proposals", "Ajánlatok"), f.Proposals, fromFunnels},
		{"deals-won", salesrhythm.T("Deals won", "Megkötött üzletek"), f.DealsWon, fromDeals},
	}
	return f
}
