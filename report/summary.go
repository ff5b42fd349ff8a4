package report

import (
	"salesrhythm"
	"salesrhythm/analysis"
)

// Input is everything the report shows.
type Input struct {
	Config   salesrhythm.Config
	Result   analysis.Result
	Plan     *salesrhythm.Plan
	Sources  []salesrhythm.Source
	Findings []salesrhythm.Finding // the importer's, then the analysis's
	Inbox    string                // the folder Sources' paths are relative to
	Open     Opener                // opens an input for its feedback copy: importer.Open
}

// Summary is the stable JSON summary of a month (salesrhythm report --json).
// Fields are only ever added to it, never renamed or removed.
type Summary struct {
	Month       salesrhythm.Month     `json:"month"`
	Company     string                `json:"company"`
	Currency    string                `json:"currency"`
	WorkingDays int                   `json:"working_days"`
	Department  Targets               `json:"department"`
	Groups      []GroupSummary        `json:"groups"`
	People      []PersonSummary       `json:"people"`
	Compliance  []ComplianceSummary   `json:"compliance"`
	ActionItems []analysis.Item       `json:"action_items"`
	Roles       []RoleSummary         `json:"roles"`
	Submissions SubmissionSummary     `json:"submissions"`
	Findings    []salesrhythm.Finding `json:"findings"`
}

// Targets holds one target figure per measure.
type Targets struct {
	Targets map[string]Figure `json:"targets"`
}

// Figure is one measure's target, actual and fulfilment (a fraction, null
// when there is no target).
type Figure struct {
	Target     float64           `json:"target"`
	Actual     float64           `json:"actual"`
	Fulfilment analysis.Fraction `json:"fulfilment"`
}

// GroupSummary is a group's figures.
type GroupSummary struct {
	Name    string            `json:"name"`
	Members []string          `json:"members"`
	Targets map[string]Figure `json:"targets"`
}

// PersonSummary is one person's month.
type PersonSummary struct {
	ID          string            `json:"id"`
	Name        string            `json:"name"`
	Role        salesrhythm.Role  `json:"role"`
	Group       string            `json:"group"`
	ReportsTo   string            `json:"reports_to"`
	WorkingDays int               `json:"working_days"`
	Targets     map[string]Figure `json:"targets"`
	Rank        *int              `json:"rank"`
	Band        analysis.Band     `json:"band"`
	Unranked    string            `json:"unranked_reason"`
	Activity    *ActivitySummary  `json:"activity"`
	Time        *TimeSummary      `json:"time"`
}

// ActivitySummary is a person's calls.
type ActivitySummary struct {
	Calls            int               `json:"calls"`
	PerWorkingDay    analysis.Fraction `json:"per_working_day"`
	Results          map[string]int    `json:"results"`
	MeetingsSet      int               `json:"meetings_set"`
	Deals            int               `json:"deals"`
	CallsToMeetings  analysis.Fraction `json:"calls_to_meetings"`
	MeetingsToDeals  analysis.Fraction `json:"meetings_to_deals"`
	NextContactShare analysis.Fraction `json:"next_contact_share"`
	OverdueFollowUps int               `json:"overdue_follow_ups"`
}

// TimeSummary is a person's time use, hours by activity key.
type TimeSummary struct {
	Planned     map[string]float64 `json:"planned_hours"`
	Actual      map[string]float64 `json:"actual_hours"`
	ActiveShare analysis.Fraction  `json:"active_share"`
	Adherence   analysis.Fraction  `json:"adherence"`
	Unfilled    int                `json:"unfilled_slots"`
}

// ComplianceSummary is a leader's meeting compliance.
type ComplianceSummary struct {
	ID    string            `json:"id"`
	Name  string            `json:"name"`
	Score analysis.Fraction `json:"score"`
	Norms []NormSummary     `json:"norms"`
}

// NormSummary is one norm of a leader: on_time and right_length are null
// where the norm sets no time or length.
type NormSummary struct {
	Norm        string            `json:"norm"`
	Required    int               `json:"required"`
	Held        int               `json:"held"`
	Credited    int               `json:"credited"`
	OnTime      *int              `json:"on_time"`
	RightLength *int              `json:"right_length"`
	Score       analysis.Fraction `json:"score"`
}

// RoleSummary is a leader's self-assessment.
type RoleSummary struct {
	ID       string         `json:"id"`
	Name     string         `json:"name"`
	Scores   map[string]int `json:"scores"`
	Solid    []string       `json:"solid"`
	Weakest  []string       `json:"weakest"`
	Answered int            `json:"answered"`
	Complete bool           `json:"complete"`
}

// SubmissionSummary counts the workbooks due and received.
type SubmissionSummary struct {
	Expected   int                      `json:"expected"`
	Received   int                      `json:"received"`
	Missing    []analysis.Workbook      `json:"missing"`
	Duplicates []salesrhythm.Submission `json:"duplicates"`
	Unexpected []salesrhythm.Submission `json:"unexpected"`
}

// Summarise builds the JSON summary.
func Summarise(in Input) Summary {
	r := in.Result
	s := Summary{
		Month:       r.Month,
		Company:     in.Config.Company,
		Currency:    in.Config.Currency,
		WorkingDays: r.WorkingDays,
		Department:  Targets{Targets: aggregates(r.Department.Measures)},
		Groups:      []GroupSummary{},
		People:      []PersonSummary{},
		Compliance:  []ComplianceSummary{},
		ActionItems: r.Actions.Items,
		Roles:       []RoleSummary{},
		Findings:    in.Findings,
	}
	for _, g := range r.Groups {
		s.Groups = append(s.Groups, GroupSummary{Name: g.Name, Members: g.Members, Targets: aggregates(g.Measures)})
	}
	act := map[string]analysis.Activity{}
	for _, a := range r.Activity {
		act[a.Person] = a
	}
	tu := map[string]analysis.TimeUse{}
	for _, t := range r.TimeUse {
		tu[t.Person] = t
	}
	for _, p := range r.People {
		ps := PersonSummary{ID: p.ID, Name: p.Name, Role: p.Role, Group: p.Group, ReportsTo: p.ReportsTo, WorkingDays: p.WorkingDays,
			Targets: figures(p.Measures), Rank: p.Rank, Band: p.Band, Unranked: p.Reason.En}
		if a, ok := act[p.ID]; ok {
			ps.Activity = &ActivitySummary{Calls: a.Calls, PerWorkingDay: a.PerWorkingDay, Results: a.Results, MeetingsSet: a.MeetingsSet,
				Deals: a.Deals, CallsToMeetings: a.CallsToMeetings, MeetingsToDeals: a.MeetingsToDeals, NextContactShare: a.NextContactShare,
				OverdueFollowUps: len(a.Overdue)}
		}
		if t, ok := tu[p.ID]; ok {
			ts := &TimeSummary{Planned: map[string]float64{}, Actual: map[string]float64{}, ActiveShare: t.ActiveShare, Adherence: t.Adherence, Unfilled: t.Unfilled}
			for _, h := range t.Hours {
				ts.Planned[h.Activity], ts.Actual[h.Activity] = h.Planned, h.Actual
			}
			ps.Time = ts
		}
		s.People = append(s.People, ps)
	}
	for _, c := range r.Compliance {
		cs := ComplianceSummary{ID: c.Leader, Name: c.Name, Score: c.Score, Norms: []NormSummary{}}
		for _, n := range c.Norms {
			cs.Norms = append(cs.Norms, NormSummary{Norm: n.Norm, Required: n.Required, Held: n.Held, Credited: n.Credited,
				OnTime: n.OnTime, RightLength: n.RightLength, Score: n.Score})
		}
		s.Compliance = append(s.Compliance, cs)
	}
	for _, rs := range r.Roles {
		sc := map[string]int{}
		for _, x := range rs.Roles {
			sc[x.Role] = x.Yes
		}
		s.Roles = append(s.Roles, RoleSummary{ID: rs.Person, Name: rs.Name, Scores: sc, Solid: rs.Solid, Weakest: rs.Weakest,
			Answered: rs.Answered, Complete: rs.Complete})
	}
	sub := r.Submissions
	s.Submissions = SubmissionSummary{Expected: len(sub.Expected), Received: len(sub.Received), Missing: sub.Missing,
		Duplicates: sub.Duplicates, Unexpected: sub.Unexpected}
	if s.Findings == nil {
		s.Findings = []salesrhythm.Finding{}
	}
	if s.ActionItems == nil {
		s.ActionItems = []analysis.Item{}
	}
	return s
}

func figures(m analysis.Measures[analysis.Fulfilment]) map[string]Figure {
	return byMeasure(m, func(f analysis.Fulfilment) Figure { return Figure{f.Target, f.Actual, f.Fulfilment} })
}

func aggregates(m analysis.Measures[analysis.Aggregate]) map[string]Figure {
	return byMeasure(m, func(a analysis.Aggregate) Figure { return Figure{a.Target, a.Actual, a.Fulfilment} })
}

// byMeasure turns one figure per measure into the summary's map.
func byMeasure[T any](m analysis.Measures[T], figure func(T) Figure) map[string]Figure {
	out := map[string]Figure{}
	for _, k := range salesrhythm.Measures {
		out[k.Key] = figure(m.Get(salesrhythm.Measure(k.Key)))
	}
	return out
}
