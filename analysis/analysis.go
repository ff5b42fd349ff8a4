package analysis

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"salesrhythm"
)

// Input is everything the analysis of one month reads. The month and the run
// date are inputs, so the analysis never looks at a clock.
type Input struct {
	Month salesrhythm.Month
	// AsOf is the last day whose end the figures have reached: pace counts
	// the working days and the records through it, and there is pace only
	// when it falls within Month. The command's default is the day before
	// the run, so that no pace is given before the first working day ends.
	AsOf   salesrhythm.Date
	Config salesrhythm.Config
	Plan   salesrhythm.Plan
	// Calls and Slots are read in order, once per figure that counts them
	// (Rows.All): a large month lends them one file at a time.
	Calls       salesrhythm.Rows[salesrhythm.Call]
	Deals       []salesrhythm.Deal
	Funnels     []salesrhythm.Funnel
	Slots       salesrhythm.Rows[salesrhythm.Slot]
	Events      []salesrhythm.Event
	Actions     []salesrhythm.ActionItem
	Assessments []salesrhythm.Assessment // may include earlier months: used for the change against the previous one
	Clients     []salesrhythm.Client     // the client profiles' rows
	// The one-on-one sheets, with their competence ratings and agreed next
	// steps (joined to their talk by Ref.File); may include earlier months,
	// for the change in competence stages.
	OneOnOnes   []salesrhythm.OneOnOne
	Ratings     []salesrhythm.Rating
	NextSteps   []salesrhythm.NextStep
	Submissions []salesrhythm.Submission // what the importer received, duplicates resolved
	// Findings are the importer's: the records a problem keeps out of the
	// figures are charged to them.
	Findings []salesrhythm.Finding
}

// InputOf returns the input of month m's analysis as of a day from what
// the importer read: its records, with the calls and time slots as lent,
// the submissions it received and its findings. A month without a plan
// gets an empty one.
func InputOf(m salesrhythm.Month, asOf salesrhythm.Date, cfg salesrhythm.Config, rec salesrhythm.Records, lent salesrhythm.Lent, subs []salesrhythm.Submission, findings []salesrhythm.Finding) Input {
	in := Input{Month: m, AsOf: asOf, Config: cfg,
		Calls: lent.Calls, Deals: rec.Deals, Funnels: rec.Funnels, Slots: lent.Slots, Events: rec.Events,
		Actions: rec.Actions, Assessments: rec.Assessments, Clients: rec.Clients, OneOnOnes: rec.OneOnOnes, Ratings: rec.Ratings,
		NextSteps: rec.NextSteps, Submissions: subs, Findings: findings}
	if rec.Plan != nil {
		in.Plan = *rec.Plan
	}
	return in
}

// Result is the month's analysis. Every list is in a fixed order, so the
// same input always gives the same Result and the same JSON.
type Result struct {
	Month       salesrhythm.Month `json:"month"`
	WorkingDays int               `json:"working_days"`         // working days of the month
	AsOf        salesrhythm.Date  `json:"as_of"`                // Input.AsOf
	Elapsed     int               `json:"elapsed_working_days"` // working days through AsOf; 0 unless AsOf is in the month
	People      []Person          `json:"people"`               // ranked by rank then ID, then the unranked by ID
	Groups      []Group           `json:"groups"`               // by name
	Department  Group             `json:"department"`
	Activity    []Activity        `json:"activity"`   // by ID
	TimeUse     []TimeUse         `json:"time_use"`   // by ID
	Compliance  []Compliance      `json:"compliance"` // by leader ID
	Actions     Actions           `json:"actions"`
	Roles       []RoleScores      `json:"roles"` // by ID
	// RoleMeans are each role's mean score over the leaders' self-
	// assessments; WeakestRoles the roles with the lowest, the department's
	// weakest.
	RoleMeans     []RoleMean    `json:"role_means"`
	WeakestRoles  []string      `json:"weakest_roles"`
	Clients       []ClientBase  `json:"clients"` // by ID
	Competences   Competences   `json:"competences"`
	Trainings     Trainings     `json:"trainings"`
	JointVisits   []JointVisits `json:"joint_visits"` // by ID
	Submissions   Submissions   `json:"submissions"`
	WeeklyRevenue []WeekRevenue `json:"weekly_revenue"` // one per week of salesrhythm.Weeks(Month)
	Funnel        Funnel        `json:"funnel"`
	// Counted is what the figures count, by measure: the revenue, deals,
	// new clients and calls of the team's records dated in the month, the
	// client meetings of the team's weekly funnels of the month's weeks, the
	// events of the team's leaders dated in the month with a type, and the
	// time-table cells of the team filled in for days of the month.
	Counted map[salesrhythm.Measure]float64 `json:"counted"`
	// Excluded adds up, by measure, what the findings keep out of the
	// figures: with Counted, it is everything typed for the month.
	Excluded salesrhythm.Exclusions `json:"excluded"`
	// Findings are the importer's, in their order, each with what it keeps
	// out of the figures, then the analysis's own by file, sheet, row and
	// code.
	Findings []salesrhythm.Finding `json:"findings"`
}

// Analyse computes the month's figures from the records of the input.
func Analyse(in Input) Result {
	r := newRun(in)
	people := r.people()
	groups, department := r.groups(people)
	subs := r.submissions()
	got := receipts(subs)
	activity := r.activity(got)
	compliance := r.compliance()
	roles := r.roles()
	means, weakest := r.roleMeans(roles)
	res := Result{
		Month:         in.Month,
		AsOf:          in.AsOf,
		WorkingDays:   r.days,
		Elapsed:       r.elapsed(r.month),
		People:        rank(people, in.Config.Ranking, r.inProgress()),
		Groups:        groups,
		Department:    department,
		Activity:      activity,
		TimeUse:       r.timeUse(got),
		Compliance:    compliance,
		Actions:       r.actions(),
		Roles:         roles,
		RoleMeans:     means,
		WeakestRoles:  weakest,
		Clients:       r.clients(people),
		Competences:   r.competences(),
		Trainings:     r.trainings(compliance),
		JointVisits:   r.jointVisits(compliance),
		Submissions:   subs,
		WeeklyRevenue: r.weeklyRevenue(),
		Funnel:        r.funnel(activity),
	}
	res.Counted = r.counted
	res.Findings = append(append([]salesrhythm.Finding{}, r.ledger.fs...), r.sortedFindings()...)
	res.Excluded = totals(res.Findings)
	return res
}

// InProgress reports whether the month was still going on at AsOf, one of
// its days before the last: then the ranking is on the pace.
func (res Result) InProgress() bool {
	p := res.Month.Period()
	return !res.AsOf.IsZero() && p.Contains(res.AsOf) && res.AsOf.Before(p.End)
}

// run is one analysis: the input with the calendar and the team resolved.
type run struct {
	in    Input
	cal   salesrhythm.Calendar
	month salesrhythm.Period
	// counts is the days of the month whose records count: the month's,
	// through AsOf while it is in progress (a record dated after it is not
	// the month's yet).
	counts   salesrhythm.Period
	days     int // working days of the month
	team     []*member
	byID     map[string]*member
	typed    map[string]*member // member's answers by the ID as typed
	keys     map[string]string  // clientKey's answers by the name as typed
	findings []flagged
	ledger   *ledger                         // the importer's findings, charged with what they keep out
	periods  map[string]salesrhythm.Period   // each workbook's period, by file
	counted  map[salesrhythm.Measure]float64 // what the figures count
	// events are the logs' events with the one-on-one sheets' talks, each
	// talk once (mergeEvents).
	events []salesrhythm.Event
	logged map[talkKey]bool // the one-on-one sheets the logs record too
}

// flagged is a finding with the place of its record, for sorting.
type flagged struct {
	ref salesrhythm.Ref
	salesrhythm.Finding
}

// member is a person of the plan with their employment in the month.
type member struct {
	salesrhythm.Person
	employment salesrhythm.Period     // the days of the month employed
	employed   bool                   // employed at least one day of the month
	days       int                    // working days employed in the month
	actual     salesrhythm.Targets    // the five measured quantities, as Targets holds them
	toDate     salesrhythm.Targets    // the same, of the records through AsOf
	missing    salesrhythm.Exclusions // what the figures leave out of the member's records
}

func newRun(in Input) *run {
	r := &run{
		in:      in,
		cal:     in.Config.Calendar.Calendar(),
		month:   in.Month.Period(),
		counts:  in.Month.Period(),
		byID:    map[string]*member{},
		typed:   map[string]*member{},
		keys:    map[string]string{},
		ledger:  newLedger(in.Findings),
		periods: map[string]salesrhythm.Period{},
		counted: map[salesrhythm.Measure]float64{},
	}
	if r.inProgress() {
		r.counts.End = in.AsOf
	}
	for _, s := range in.Submissions {
		r.periods[s.File] = s.Period
		for _, f := range s.Superseded {
			r.periods[f] = s.Period
		}
	}
	r.days = r.cal.CountWorkingDays(r.month)
	for _, p := range in.Plan.Team {
		k := idKey(p.ID)
		if _, dup := r.byID[k]; dup {
			continue
		}
		m := &member{Person: p}
		m.employment, m.employed = p.Employment(r.month)
		if m.employed {
			m.days = r.cal.CountWorkingDays(m.employment)
		}
		r.team = append(r.team, m)
		r.byID[k] = m
	}
	r.measure()
	r.events = r.mergeEvents()
	r.countEvents()
	r.slots()
	return r
}

// member returns the team member with the given ID, or nil.
// Hundreds of thousands of records name a few thousand people and their
// clients: each ID and name as typed is keyed once.
func (r *run) member(id string) *member {
	m, ok := r.typed[id]
	if !ok {
		m = r.byID[idKey(id)]
		r.typed[id] = m
	}
	return m
}

// clientKey is the package's clientKey of name, remembered.
func (r *run) clientKey(name string) string {
	k, ok := r.keys[name]
	if !ok {
		k = clientKey(name)
		r.keys[name] = k
	}
	return k
}

// inMonth reports whether d is given and falls within the month, through
// AsOf while the month is in progress (r.counts).
func (r *run) inMonth(d salesrhythm.Date) bool { return !d.IsZero() && r.counts.Contains(d) }

// inProgress reports whether the month is still going on: AsOf is one of
// its days before the last.
func (r *run) inProgress() bool { return Result{Month: r.in.Month, AsOf: r.in.AsOf}.InProgress() }

// workedSoFar is how many of m's working days of the month have passed:
// all of them once the month is over.
func (r *run) workedSoFar(m *member) int {
	if !r.inProgress() {
		return m.days
	}
	if !m.employed {
		return 0
	}
	return r.elapsed(m.employment)
}

// reckoning is the day the month's state is taken at — what is open,
// overdue or dormant: its last day, or AsOf while it is in progress.
func (r *run) reckoning() salesrhythm.Date {
	if r.inProgress() {
		return r.in.AsOf
	}
	return r.month.End
}

// elapsed returns the working days of p from its start through AsOf, or 0
// when AsOf is not in the month.
func (r *run) elapsed(p salesrhythm.Period) int {
	if !r.inMonth(r.in.AsOf) || r.in.AsOf.Before(p.Start) {
		return 0
	}
	p.End = minDate(p.End, r.in.AsOf)
	return r.cal.CountWorkingDays(p)
}

// toDate reports whether a record dated d counts towards pace: dated in the
// month, on or before AsOf, which is in the month.
func (r *run) toDate(d salesrhythm.Date) bool {
	return r.inMonth(r.in.AsOf) && r.inMonth(d) && !d.After(r.in.AsOf)
}

// flag records a warning about the record at ref, in the words of the
// catalogue's message whose English format is format (texts.go).
func (r *run) flag(ref salesrhythm.Ref, code salesrhythm.Code, format string, args ...any) {
	r.flagText(ref, code, salesrhythm.Tr(format, args...))
}

// flagText records a warning about the record at ref that says msg.
func (r *run) flagText(ref salesrhythm.Ref, code salesrhythm.Code, msg salesrhythm.Text) {
	f := salesrhythm.Finding{
		File:     ref.File,
		Sheet:    ref.Sheet,
		Severity: salesrhythm.Warning,
		Code:     code,
		Messages: msg,
	}
	if ref.Row > 0 { // a form's record has no row: the finding is the sheet's
		f.Cell = fmt.Sprintf("%d:%d", ref.Row, ref.Row)
	}
	f.Localise(r.in.Config.Locale)
	r.findings = append(r.findings, flagged{ref, f})
}

// sortedFindings returns the findings in order of place and code, each once:
// an event two norms look at is flagged once.
func (r *run) sortedFindings() []salesrhythm.Finding {
	slices.SortFunc(r.findings, func(a, b flagged) int {
		return cmp.Or(
			compareRef(a.ref, b.ref),
			strings.Compare(string(a.Code), string(b.Code)),
			strings.Compare(a.Messages.En, b.Messages.En),
		)
	})
	fs := make([]salesrhythm.Finding, 0, len(r.findings))
	for _, f := range r.findings {
		if len(fs) == 0 || !sameFinding(fs[len(fs)-1], f.Finding) {
			fs = append(fs, f.Finding)
		}
	}
	return fs
}

// sameFinding reports whether a and b say the same of the same place.
func sameFinding(a, b salesrhythm.Finding) bool {
	return a.File == b.File && a.Sheet == b.Sheet && a.Cell == b.Cell && a.Field == b.Field &&
		a.Severity == b.Severity && a.Code == b.Code && a.Raw == b.Raw && a.Messages == b.Messages
}

// bump counts one more k in m, keeping a copy of a new k: it may be a
// lent record's (salesrhythm.Rows).
func bump(m map[string]int, k string) {
	if _, ok := m[k]; !ok {
		k = strings.Clone(k)
	}
	m[k]++
}

// idKey is the form of a person ID that SameID compares.
func idKey(id string) string { return salesrhythm.IDKey(id) }

// textKey is the form in which typed names and issues are compared: without
// case and with runs of space folded to one.
func textKey(s string) string { return salesrhythm.TextKey(s) }

// overlap returns the days p and q share, and false when they share none.
func overlap(p, q salesrhythm.Period) (salesrhythm.Period, bool) {
	o := salesrhythm.Period{Start: maxDate(p.Start, q.Start), End: minDate(p.End, q.End)}
	return o, !o.End.Before(o.Start)
}

func minDate(a, b salesrhythm.Date) salesrhythm.Date {
	if b.Before(a) {
		return b
	}
	return a
}

func maxDate(a, b salesrhythm.Date) salesrhythm.Date {
	if b.After(a) {
		return b
	}
	return a
}

// compareRef orders records by file, sheet and row.
func compareRef(a, b salesrhythm.Ref) int {
	return cmp.Or(strings.Compare(a.File, b.File), strings.Compare(a.Sheet, b.Sheet), cmp.Compare(a.Row, b.Row))
}
