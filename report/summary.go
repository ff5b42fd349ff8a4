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
	History  *analysis.History     // the months up to the report's; nil for none
	// Earlier are the months before the report's the archive holds, oldest
	// first, for the scorecards' trend.
	Earlier []analysis.MonthFigures
}

// Summary is the stable JSON summary of a month (salesrhythm report --json).
// Fields are only ever added to it, never renamed or removed.
type Summary struct {
	Month       salesrhythm.Month `json:"month"`
	Company     string            `json:"company"`
	Currency    string            `json:"currency"`
	WorkingDays int               `json:"working_days"`
	// AsOf is the last day the pace runs through; Elapsed the month's
	// working days up to it, 0 when it is outside the month (no pace).
	AsOf       salesrhythm.Date    `json:"as_of"`
	Elapsed    int                 `json:"elapsed_working_days"`
	Department Targets             `json:"department"`
	Groups     []GroupSummary      `json:"groups"`
	People     []PersonSummary     `json:"people"`
	Compliance []ComplianceSummary `json:"compliance"`
	// ComplianceCredit is the rule by which held events earn credit:
	// "strict" (on time and of the right length) or "held".
	ComplianceCredit string            `json:"compliance_credit"`
	ActionItems      []analysis.Item   `json:"action_items"`
	Roles            []RoleSummary     `json:"roles"`
	Submissions      SubmissionSummary `json:"submissions"`
	// Funnel is the department\'s funnel, each step with its source; its
	// deals won is the department\'s deals actual.
	Funnel []analysis.FunnelStep `json:"funnel"`
	// Counted is what the figures count, by measure, and Excluded what the
	// findings keep out of them: together, everything typed for the month.
	Counted  map[salesrhythm.Measure]float64 `json:"counted"`
	Excluded salesrhythm.Exclusions          `json:"excluded"`
	// Findings are every problem, the importer's then the analysis's, each
	// with what it keeps out of the figures.
	Findings []salesrhythm.Finding `json:"findings"`
	// WeakestRoles are the department's weakest leader roles, RoleMeans
	// each role's mean score over the self-assessments received.
	WeakestRoles []string            `json:"weakest_roles"`
	RoleMeans    []analysis.RoleMean `json:"role_means"`
	// Clients is each manager's client base from the client profiles,
	// joined with the registers; Competences the matrix of the one-on-ones;
	// Trainings and JointVisits the trainings and joint visits against the
	// norms.
	Clients     []analysis.ClientBase  `json:"clients"`
	Competences analysis.Competences   `json:"competences"`
	Trainings   analysis.Trainings     `json:"trainings"`
	JointVisits []analysis.JointVisits `json:"joint_visits"`
	// History is the trends of the months up to this one (report.history_months).
	History *analysis.History `json:"history"`
}

// Targets holds one target figure per measure.
type Targets struct {
	Targets map[string]Figure `json:"targets"`
}

// Figure is one measure's target, actual and fulfilment (a fraction, null
// when there is no target), and the pace: the actual of the records dated
// through as_of against the target pro-rated to the working days elapsed
// (null when there is none).
type Figure struct {
	Target       float64           `json:"target"`
	Actual       float64           `json:"actual"`
	Fulfilment   analysis.Fraction `json:"fulfilment"`
	ToDate       float64           `json:"to_date"`
	ActualToDate float64           `json:"actual_to_date"`
	Pace         analysis.Fraction `json:"pace"`
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
	// Provisional is set when the ranking metric misses values of the
	// person's records; Missing is what the findings keep out of them.
	Provisional bool                   `json:"provisional"`
	Missing     salesrhythm.Exclusions `json:"missing"`
	Activity    *ActivitySummary       `json:"activity"`
	Time        *TimeSummary           `json:"time"`
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
	// CallRegisters counts the call registers due and received: a manager
	// who sent none has a row of nought.
	CallRegisters analysis.Receipt `json:"call_registers"`
}

// TimeSummary is a person's time use, hours by activity key.
type TimeSummary struct {
	Planned     map[string]float64 `json:"planned_hours"`
	Actual      map[string]float64 `json:"actual_hours"`
	ActiveShare analysis.Fraction  `json:"active_share"`
	Adherence   analysis.Fraction  `json:"adherence"`
	Unfilled    int                `json:"unfilled_slots"`
	TimeTables  analysis.Receipt   `json:"time_tables"`
}

// ComplianceSummary is a leader's meeting compliance.
type ComplianceSummary struct {
	ID    string            `json:"id"`
	Name  string            `json:"name"`
	Score analysis.Fraction `json:"score"`
	Norms []NormSummary     `json:"norms"`
}

// NormSummary is one norm of a leader: on_time and right_length are null
// where the norm sets no time or length. Under the strict credit rule,
// credited counts only the held events both on time and of the right length.
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
	Received bool           `json:"received"` // false: no self-assessment for the month arrived
	// Advice lists the roles below three YES with the questions not
	// answered YES.
	Advice []analysis.RoleAdvice `json:"advice"`
}

// SubmissionSummary counts the workbooks due and received, and the files
// read: files_read = received + superseded + context + unexpected (+ any
// read with no period).
type SubmissionSummary struct {
	Expected   int                      `json:"expected"` // due from the people of the plan
	Received   int                      `json:"received"` // of those due, received, each once
	Missing    []analysis.Workbook      `json:"missing"`
	NotYetDue  []analysis.Workbook      `json:"not_yet_due"` // the month's, not received, their period not over at the as-of day
	Duplicates []salesrhythm.Submission `json:"duplicates"`
	Unexpected []salesrhythm.Submission `json:"unexpected"` // read, due from nobody this month
	FilesRead  int                      `json:"files_read"` // files of the inbox read for the month
	Superseded int                      `json:"superseded"` // files read and replaced by a later copy
	// Context counts the workbooks read for the figures though due in a
	// month next to this one (weeks with no working day in the month, last
	// month's self-assessments); OtherMonths those of other months, not read.
	Context     int `json:"context"`
	OtherMonths int `json:"other_months"`
}

// Summarise builds the JSON summary.
func Summarise(in Input) Summary {
	r := in.Result
	s := Summary{
		Month:            r.Month,
		Company:          in.Config.Company,
		Currency:         in.Config.Currency,
		WorkingDays:      r.WorkingDays,
		AsOf:             r.AsOf,
		Elapsed:          r.Elapsed,
		Department:       Targets{Targets: aggregates(r.Department.Measures)},
		Groups:           []GroupSummary{},
		People:           []PersonSummary{},
		Compliance:       []ComplianceSummary{},
		ComplianceCredit: in.Config.Compliance.Credit,
		ActionItems:      r.Actions.Items,
		Roles:            []RoleSummary{},
		Findings:         in.Findings,
		Funnel:           r.Funnel.Steps,
		Counted:          r.Counted,
		Excluded:         r.Excluded,
		WeakestRoles:     r.WeakestRoles,
		RoleMeans:        r.RoleMeans,
		Clients:          r.Clients,
		Competences:      r.Competences,
		Trainings:        r.Trainings,
		JointVisits:      r.JointVisits,
		History:          in.History,
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
			Targets: figures(p.Measures), Rank: p.Rank, Band: p.Band, Unranked: p.Reason.En, Provisional: p.Provisional, Missing: p.Missing}
		if a, ok := act[p.ID]; ok {
			ps.Activity = &ActivitySummary{Calls: a.Calls, PerWorkingDay: a.PerWorkingDay, Results: a.Results, MeetingsSet: a.MeetingsSet,
				Deals: a.Deals, CallsToMeetings: a.CallsToMeetings, MeetingsToDeals: a.MeetingsToDeals, NextContactShare: a.NextContactShare,
				OverdueFollowUps: len(a.Overdue), CallRegisters: a.Registers}
		}
		if t, ok := tu[p.ID]; ok {
			ts := &TimeSummary{Planned: map[string]float64{}, Actual: map[string]float64{}, ActiveShare: t.ActiveShare, Adherence: t.Adherence, Unfilled: t.Unfilled, TimeTables: t.Tables}
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
			Answered: rs.Answered, Complete: rs.Complete, Received: rs.Received, Advice: rs.Advice})
	}
	sub := r.Submissions
	wb := CountWorkbooks(in)
	s.Submissions = SubmissionSummary{Expected: len(sub.Expected), Received: len(sub.Received), Missing: sub.Missing, NotYetDue: sub.NotYetDue,
		Duplicates: sub.Duplicates, Unexpected: sub.Unexpected, FilesRead: wb.FilesRead, Superseded: wb.Superseded,
		Context: wb.Context, OtherMonths: wb.OtherMonths}
	if s.Findings == nil {
		s.Findings = []salesrhythm.Finding{}
	}
	if s.Counted == nil {
		s.Counted = map[salesrhythm.Measure]float64{}
	}
	if s.Excluded == nil {
		s.Excluded = salesrhythm.Exclusions{}
	}
	for i := range s.People {
		if s.People[i].Missing == nil {
			s.People[i].Missing = salesrhythm.Exclusions{}
		}
	}
	if s.ActionItems == nil {
		s.ActionItems = []analysis.Item{}
	}
	return s
}

func figures(m analysis.Measures[analysis.Fulfilment]) map[string]Figure {
	return byMeasure(m, func(f analysis.Fulfilment) Figure {
		return Figure{f.Target, f.Actual, f.Fulfilment, f.ToDate, f.ActualToDate, f.Pace}
	})
}

func aggregates(m analysis.Measures[analysis.Aggregate]) map[string]Figure {
	return byMeasure(m, func(a analysis.Aggregate) Figure {
		return Figure{a.Target, a.Actual, a.Fulfilment, a.ToDate, a.ActualToDate, a.Pace}
	})
}

// byMeasure turns one figure per measure into the summary's map.
func byMeasure[T any](m analysis.Measures[T], figure func(T) Figure) map[string]Figure {
	out := map[string]Figure{}
	for _, k := range salesrhythm.Measures {
		out[k.Key] = figure(m.Get(salesrhythm.Measure(k.Key)))
	}
	return out
}
