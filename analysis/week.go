package analysis

import (
	"cmp"
	"slices"
	"strings"

	"salesrhythm"
)

// WeekInput is everything the analysis of one week reads: the week, the
// last day its records count through, the plans of the months its days fall
// in, and the records of those months and of the week before (last week's
// outlook, the action items of earlier weeks, the month to date).
type WeekInput struct {
	Week salesrhythm.Period // Monday to Sunday
	// AsOf is the last day whose records count, within the week: its
	// Sunday for a week that is over.
	AsOf     salesrhythm.Date
	Config   salesrhythm.Config
	Plans    []salesrhythm.Plan // a month of the week without one gives its days no target
	Calls    []salesrhythm.Call
	Deals    []salesrhythm.Deal
	Funnels  []salesrhythm.Funnel
	Outlooks []salesrhythm.Outlook
	Slots    []salesrhythm.Slot
	Events   []salesrhythm.Event
	Actions  []salesrhythm.ActionItem
	// OneOnOnes are the one-on-one sheets: each a talk that counts towards
	// the one-on-one norm with the logs' events, once, as for the month.
	OneOnOnes   []salesrhythm.OneOnOne
	Submissions []salesrhythm.Submission
	// Findings are the importer's: a report's are counted on their row, as
	// what may keep values out of their figures.
	Findings []salesrhythm.Finding
}

// Week is one week's figures for the weekly planning meeting of every lead
// and head (DOMAIN.md §2): a Pack each, about their own direct reports.
type Week struct {
	Week        salesrhythm.Period `json:"week"`
	AsOf        salesrhythm.Date   `json:"as_of"`
	Complete    bool               `json:"complete"`             // AsOf is the week's Sunday
	WorkingDays int                `json:"working_days"`         // of the week
	Elapsed     int                `json:"elapsed_working_days"` // of the week, through AsOf
	// Month is the month of AsOf, whose position to date each pack shows;
	// zero when there is no plan for it.
	Month salesrhythm.Month `json:"month"`
	// NoPlan lists the months of the week's working days with no plan: those
	// days have no target.
	NoPlan []salesrhythm.Month `json:"no_plan"`
	Packs  []Pack              `json:"packs"` // by leader ID
}

// Pack is what one leader's weekly planning meeting reviews: each direct
// report's week, the action items (earlier weeks' first), the workbooks not
// handed in, and the leader's own events against the norms.
type Pack struct {
	Leader  string           `json:"leader"`
	Name    string           `json:"name"`
	Role    salesrhythm.Role `json:"role"`
	Group   string           `json:"group"`
	Reports []WeekPerson     `json:"reports"` // the direct reports employed in the week, by ID
	// Direct are all the leader's direct reports in the plan, employed in
	// the week or not: the people a pack may name.
	Direct []Member   `json:"direct"`
	Team   WeekPerson `json:"team"` // the reports' figures summed
	// Earlier are the items raised before the week and not done before it
	// began, reviewed first; Raised those raised in the week. Each by owner,
	// then overdue first, then due date.
	Earlier []Item           `json:"earlier"`
	Raised  []Item           `json:"raised"`
	Missing []Workbook       `json:"missing"` // the week's workbooks due from the reports and the leader, not received
	Norms   []WeekNorm       `json:"norms"`   // the norms that bind the leader, in configured order
	Log     salesrhythm.Date `json:"log"`     // the week of the log the action items come from; zero when none
}

// Member names a person of the plan.
type Member struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// WeekPerson is one direct report's week: a manager's own figures, or, for a
// leader, the sums of the managers below them.
type WeekPerson struct {
	ID      string           `json:"id"`
	Name    string           `json:"name"`
	Role    salesrhythm.Role `json:"role"`
	Members int              `json:"members"` // the managers whose figures are summed: 1 for a manager
	// Week holds, per measure, the week's target (the month's target of each
	// working day of the week, summed), its part through AsOf (ToDate), the
	// actual of the records dated in the week through AsOf, and the pace.
	// When some days of the week have no plan (NoPlan), the targets cover
	// only the days with one, and so do ActualToDate, the fulfilment and the
	// pace: the records dated on those days (of a funnel's meetings, the
	// days' share by working days); Actual and Total keep every record.
	Week Measures[Aggregate] `json:"week"`
	// Month is the position in the month of AsOf, to date.
	Month     Measures[Aggregate] `json:"month"`
	Proposals int                 `json:"proposals"` // from the week's funnel
	Funnel    WeekFunnel          `json:"funnel"`
	// ActiveShare is the actual slots in active selling ÷ the actual slots
	// filled in, of the week's time tables through AsOf.
	ActiveShare Fraction `json:"active_share"`
	Filled      int      `json:"filled_slots"`
	Unfilled    int      `json:"unfilled_slots"`
	// LastWeek is what the manager wrote under Next week in last week's
	// weekly report; NextWeek what they wrote in this week's.
	LastWeek *Outlook           `json:"last_week"`
	NextWeek *Outlook           `json:"next_week"`
	Deals    []WeekDeal         `json:"deals"` // the week's deals through AsOf, by date and client
	Missing  []salesrhythm.Kind `json:"missing"`
	// Problems counts the errors and warnings found in the week's
	// workbooks of the managers summed.
	Problems int `json:"problems"`
}

// Outlook is what a manager wrote under Next week in a weekly report.
type Outlook struct {
	Priorities string          `json:"priorities"`
	HelpNeeded string          `json:"help_needed"`
	Ref        salesrhythm.Ref `json:"ref"`
}

// WeekDeal is one deal closed in the week.
type WeekDeal struct {
	Date      salesrhythm.Date `json:"date"`
	Client    string           `json:"client"`
	NewClient bool             `json:"new_client"`
	Amount    float64          `json:"amount"`
	Ref       salesrhythm.Ref  `json:"ref"`
}

// WeekFunnel is the funnel of the week's weekly reports; Reports counts the
// reports it sums.
type WeekFunnel struct {
	Reports   int `json:"reports"`
	Leads     int `json:"leads"`
	Contacts  int `json:"contacts"`
	Meetings  int `json:"meetings"`
	Proposals int `json:"proposals"`
	Won       int `json:"won"`
	Lost      int `json:"lost"`
}

// WeekNorm is one norm's tally for the leader in the week. Required is what
// the norm asks of the whole week (nought for a monthly norm); Held, OnTime,
// RightLength and Credited count the events logged in the week through
// AsOf. A monthly norm is shown for the month of AsOf to date instead.
type WeekNorm struct {
	Norm        string           `json:"norm"`
	Label       salesrhythm.Text `json:"label"`
	Every       string           `json:"every"`
	Due         salesrhythm.Date `json:"due,omitzero"` // a weekly norm's due day
	Required    int              `json:"required"`
	Held        int              `json:"held"`
	OnTime      *int             `json:"on_time"`
	RightLength *int             `json:"right_length"`
	Credited    int              `json:"credited"`
	// Score is Credited ÷ Required, or for a monthly norm MonthCredited ÷
	// MonthRequired.
	Score         Fraction `json:"score"`
	MonthRequired int      `json:"month_required"`
	MonthHeld     int      `json:"month_held"`
	MonthCredited int      `json:"month_credited"`
	// Without lists, for a per-report norm, the direct reports not yet
	// credited with what is due: in the week, or in the month to date.
	Without []string `json:"without"`
}

// AnalyseWeek computes the week's figures from the records of the input.
func AnalyseWeek(in WeekInput) Week {
	w := newWeekRun(in)
	out := Week{Week: in.Week, AsOf: in.AsOf, Complete: in.AsOf == in.Week.End, NoPlan: []salesrhythm.Month{}, Packs: []Pack{},
		WorkingDays: w.cal.CountWorkingDays(in.Week), Elapsed: w.cal.CountWorkingDays(w.toDate)}
	for _, m := range w.months {
		if days, _ := overlap(in.Week, m.Period()); w.plans[m] == nil && w.cal.CountWorkingDays(days) > 0 {
			out.NoPlan = append(out.NoPlan, m)
		}
	}
	if w.roster == nil {
		return out
	}
	if w.mtd != nil {
		out.Month = w.mtd.Month
	}
	for _, l := range w.roster.Team {
		if (l.Role == salesrhythm.Lead || l.Role == salesrhythm.Head) && w.employed(l) && !slices.ContainsFunc(out.Packs, func(p Pack) bool { return salesrhythm.SameID(p.Leader, l.ID) }) {
			out.Packs = append(out.Packs, w.pack(l))
		}
	}
	slices.SortFunc(out.Packs, func(a, b Pack) int { return compareID(a.Leader, b.Leader) })
	return out
}

// weekRun is one week's analysis: the input with the plans, the team, the
// targets of each day and the month to date resolved.
type weekRun struct {
	in     WeekInput
	cal    salesrhythm.Calendar
	toDate salesrhythm.Period  // the week's days through AsOf
	prev   salesrhythm.Period  // the week before
	months []salesrhythm.Month // of the week's days, in order
	plans  map[salesrhythm.Month]*salesrhythm.Plan
	roster *salesrhythm.Plan                    // the team: the plan of AsOf's month, else of the week's other month
	daily  map[string]Measures[Fulfilment]      // by ID key: Target is the week's, ToDate its part through AsOf
	mtd    *Result                              // the month of AsOf through AsOf; nil without its plan
	people map[string]Person                    // mtd's people by ID key
	active map[string]bool                      // activity keys that count as active selling
	of     map[string]*weekRecords              // the week's records by person (owner or leader) ID key
	clash  map[string]map[salesrhythm.Date]bool // by event type: the days of the week any leader held one
}

// weekRecords are one person's records that the week shows: of the week
// through AsOf, or for outlooks of the week before too, or for action items
// of the logs up to the week's.
type weekRecords struct {
	deals []salesrhythm.Deal
	calls int
	// plannedCalls are the calls dated on a day whose month has a plan.
	plannedCalls int
	funnels      []salesrhythm.Funnel
	outlooks     []salesrhythm.Outlook
	slots        []salesrhythm.Slot
	events       []salesrhythm.Event
	actions      []salesrhythm.ActionItem
	handedIn     map[salesrhythm.Kind]bool
	problems     int
}

// index files the records of the input by person.
func (w *weekRun) index() {
	at := func(id string) *weekRecords {
		k := idKey(id)
		if w.of[k] == nil {
			w.of[k] = &weekRecords{handedIn: map[salesrhythm.Kind]bool{}}
		}
		return w.of[k]
	}
	for _, d := range w.in.Deals {
		if w.inWeek(d.Date) {
			at(d.Person).deals = append(at(d.Person).deals, d)
		}
	}
	for _, c := range w.in.Calls {
		if w.inWeek(c.Date) {
			at(c.Person).calls++
			if w.planned(c.Date) {
				at(c.Person).plannedCalls++
			}
		}
	}
	for _, f := range w.in.Funnels {
		if f.Week == w.in.Week {
			at(f.Person).funnels = append(at(f.Person).funnels, f)
		}
	}
	for _, o := range w.in.Outlooks {
		if o.Week == w.in.Week || o.Week == w.prev {
			at(o.Person).outlooks = append(at(o.Person).outlooks, o)
		}
	}
	for _, sl := range w.in.Slots {
		if w.inWeek(sl.Date) {
			at(sl.Person).slots = append(at(sl.Person).slots, sl)
		}
	}
	talks := &run{in: Input{Events: w.in.Events, OneOnOnes: w.in.OneOnOnes}}
	for _, e := range talks.mergeEvents() {
		if !w.inWeek(e.Date) {
			continue
		}
		at(e.Leader).events = append(at(e.Leader).events, e)
		if w.clash[e.Type] == nil {
			w.clash[e.Type] = map[salesrhythm.Date]bool{}
		}
		w.clash[e.Type][e.Date] = true
	}
	for _, a := range w.in.Actions {
		if !a.Week.Start.After(w.in.Week.Start) {
			at(a.Leader).actions = append(at(a.Leader).actions, a)
		}
	}
	owner := map[string]string{} // the week's workbooks' owners, by file
	for _, sub := range w.in.Submissions {
		if sub.Period == w.in.Week {
			at(sub.Person).handedIn[sub.Kind] = true
			owner[sub.File] = sub.Person
			for _, f := range sub.Superseded {
				owner[f] = sub.Person
			}
		}
	}
	for _, f := range w.in.Findings {
		if id, ok := owner[f.File]; ok && f.Severity != salesrhythm.Info {
			at(id).problems++
		}
	}
}

// records returns the week's records of the person, empty when none.
func (w *weekRun) records(id string) *weekRecords {
	if r := w.of[idKey(id)]; r != nil {
		return r
	}
	return &weekRecords{handedIn: map[salesrhythm.Kind]bool{}}
}

func newWeekRun(in WeekInput) *weekRun {
	w := &weekRun{in: in, cal: in.Config.Calendar.Calendar(), toDate: salesrhythm.Period{Start: in.Week.Start, End: in.AsOf},
		prev: salesrhythm.Week(in.Week.Start.AddDays(-1)), plans: map[salesrhythm.Month]*salesrhythm.Plan{},
		daily: map[string]Measures[Fulfilment]{}, people: map[string]Person{}, active: map[string]bool{},
		of: map[string]*weekRecords{}, clash: map[string]map[salesrhythm.Date]bool{}}
	for _, d := range in.Week.Days() {
		if m := d.MonthOf(); !slices.Contains(w.months, m) {
			w.months = append(w.months, m)
		}
	}
	for i := range in.Plans {
		if m := in.Plans[i].Month; w.plans[m] == nil {
			w.plans[m] = &in.Plans[i]
		}
	}
	for _, m := range []salesrhythm.Month{in.AsOf.MonthOf(), w.months[len(w.months)-1], w.months[0]} {
		if w.roster == nil {
			w.roster = w.plans[m]
		}
	}
	for _, a := range in.Config.TimeTable.Activities {
		w.active[a.Key] = a.Active
	}
	w.targets()
	w.index()
	if p := w.plans[in.AsOf.MonthOf()]; p != nil {
		res := Analyse(w.monthToDate(*p))
		w.mtd = &res
		for _, x := range res.People {
			w.people[idKey(x.ID)] = x
		}
	}
	return w
}

// targets gives each person of each month's plan the week's share of their
// targets: for each working day of the week they were employed on, the
// month's target (pro-rated as the month's figures pro-rate it) ÷ their
// working days employed in that month.
func (w *weekRun) targets() {
	for _, m := range w.months {
		plan := w.plans[m]
		if plan == nil {
			continue
		}
		r := newRun(Input{Month: m, Config: w.in.Config, Plan: *plan})
		people := r.people()
		for i, mem := range r.team {
			p := people[i]
			if mem.days == 0 {
				continue
			}
			days, ok := overlap(mem.employment, w.in.Week)
			if !ok {
				continue
			}
			var week, toDate int
			for _, d := range w.cal.WorkingDays(days) {
				week++
				if !d.After(w.in.AsOf) {
					toDate++
				}
			}
			k := idKey(mem.ID)
			t := w.daily[k]
			for _, ms := range measures() {
				f, per := t.at(ms), p.Measures.Get(ms).Target/float64(mem.days)
				f.Target += per * float64(week)
				f.ToDate += per * float64(toDate)
			}
			w.daily[k] = t
		}
	}
}

// monthToDate is the input of the month of AsOf with only the records dated
// (or, for weekly funnels and logs, begun) through AsOf.
func (w *weekRun) monthToDate(plan salesrhythm.Plan) Input {
	upTo := func(d salesrhythm.Date) bool { return !d.After(w.in.AsOf) }
	return Input{
		Month: w.in.AsOf.MonthOf(), AsOf: w.in.AsOf, Config: w.in.Config, Plan: plan,
		Calls:       salesrhythm.RowsOf(keep(w.in.Calls, func(c salesrhythm.Call) bool { return upTo(c.Date) })...),
		Deals:       keep(w.in.Deals, func(d salesrhythm.Deal) bool { return upTo(d.Date) }),
		Funnels:     keep(w.in.Funnels, func(f salesrhythm.Funnel) bool { return upTo(f.Week.Start) }),
		Slots:       salesrhythm.RowsOf(keep(w.in.Slots, func(s salesrhythm.Slot) bool { return upTo(s.Date) })...),
		Events:      keep(w.in.Events, func(e salesrhythm.Event) bool { return upTo(e.Date) }),
		OneOnOnes:   keep(w.in.OneOnOnes, func(o salesrhythm.OneOnOne) bool { return upTo(o.Date) }),
		Actions:     keep(w.in.Actions, func(a salesrhythm.ActionItem) bool { return upTo(a.Week.Start) }),
		Submissions: w.in.Submissions,
	}
}

func keep[T any](xs []T, ok func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if ok(x) {
			out = append(out, x)
		}
	}
	return out
}

// inWeek reports whether d is in the week and on or before AsOf.
func (w *weekRun) inWeek(d salesrhythm.Date) bool { return !d.IsZero() && w.toDate.Contains(d) }

// planned reports whether day d's month has a plan: whether the week's
// targets cover it.
func (w *weekRun) planned(d salesrhythm.Date) bool { return w.plans[d.MonthOf()] != nil }

// plannedShare is the share of the week's working days whose month has a
// plan: 1 for a week within planned months.
func (w *weekRun) plannedShare() float64 {
	all, planned := 0, 0
	for _, d := range w.cal.WorkingDays(w.in.Week) {
		all++
		if w.planned(d) {
			planned++
		}
	}
	if all == 0 {
		return 1
	}
	return float64(planned) / float64(all)
}

// employed reports whether p works on a day of the week, by the roster.
func (w *weekRun) employed(p salesrhythm.Person) bool {
	_, ok := p.Employment(w.in.Week)
	return ok
}

// reports returns the leader's direct reports employed in the week, by ID.
func (w *weekRun) reports(id string) []salesrhythm.Person {
	var out []salesrhythm.Person
	for _, p := range w.roster.ReportsOf(id) {
		if w.employed(p) && !salesrhythm.SameID(p.ID, id) {
			out = append(out, p)
		}
	}
	slices.SortFunc(out, func(a, b salesrhythm.Person) int { return compareID(a.ID, b.ID) })
	return out
}

// sellers returns the managers whose figures a report's row shows: the
// report, when a manager, else the managers below them employed in the week.
func (w *weekRun) sellers(p salesrhythm.Person) []salesrhythm.Person {
	var out []salesrhythm.Person
	seen := map[string]bool{}
	var walk func(p salesrhythm.Person)
	walk = func(p salesrhythm.Person) {
		if seen[idKey(p.ID)] {
			return
		}
		seen[idKey(p.ID)] = true
		if p.Role == salesrhythm.Manager {
			out = append(out, p)
			return
		}
		for _, r := range w.reports(p.ID) {
			walk(r)
		}
	}
	walk(p)
	return out
}

func (w *weekRun) pack(l salesrhythm.Person) Pack {
	p := Pack{Leader: l.ID, Name: l.Name, Role: l.Role, Group: l.Group, Reports: []WeekPerson{}, Direct: []Member{}, Missing: []Workbook{}}
	for _, r := range w.roster.ReportsOf(l.ID) {
		p.Direct = append(p.Direct, Member{r.ID, r.Name})
	}
	slices.SortFunc(p.Direct, func(a, b Member) int { return compareID(a.ID, b.ID) })
	reports := w.reports(l.ID)
	var all []salesrhythm.Person
	for _, r := range reports {
		row := w.row(r, w.sellers(r))
		row.Missing = w.missing(r)
		for _, k := range row.Missing {
			p.Missing = append(p.Missing, Workbook{Kind: k, Person: r.ID, Period: w.in.Week})
		}
		p.Reports = append(p.Reports, row)
		all = append(all, w.sellers(r)...)
	}
	p.Team = w.row(salesrhythm.Person{}, all)
	p.Team.Missing = []salesrhythm.Kind{}
	for _, k := range w.missing(l) {
		p.Missing = append(p.Missing, Workbook{Kind: k, Person: l.ID, Period: w.in.Week})
	}
	p.Earlier, p.Raised, p.Log = w.items(l, reports)
	p.Norms = w.norms(l, reports)
	return p
}

// row sums the week of the sellers under the name of p.
func (w *weekRun) row(p salesrhythm.Person, sellers []salesrhythm.Person) WeekPerson {
	row := WeekPerson{ID: p.ID, Name: p.Name, Role: p.Role, Members: len(sellers), Deals: []WeekDeal{}}
	var week, month []Person
	for _, s := range sellers {
		k := idKey(s.ID)
		week = append(week, Person{ID: s.ID, Measures: w.actual(s.ID)})
		if x, ok := w.people[k]; ok {
			month = append(month, x)
		}
	}
	row.Week, row.Month = sum("", week).Measures, sum("", month).Measures
	for _, m := range measures() {
		a := row.Week.at(m) // the days with a plan, as each person's
		a.Fulfilment = Ratio(a.ActualToDate, a.Target)
	}
	active := 0
	for _, s := range sellers {
		r := w.records(s.ID)
		row.Problems += r.problems
		for _, d := range r.deals {
			row.Deals = append(row.Deals, WeekDeal{Date: d.Date, Client: d.Client, NewClient: d.NewClient == salesrhythm.Yes, Amount: d.Amount, Ref: d.Ref})
		}
		for _, f := range r.funnels {
			row.Funnel.Reports++
			row.Funnel.Leads += f.Leads
			row.Funnel.Contacts += f.Contacts
			row.Funnel.Meetings += f.Meetings
			row.Funnel.Proposals += f.Proposals
			row.Funnel.Won += f.Won
			row.Funnel.Lost += f.Lost
		}
		for _, sl := range r.slots {
			switch {
			case sl.Actual == "":
				row.Unfilled++
			case w.active[sl.Actual]:
				active++
				row.Filled++
			default:
				row.Filled++
			}
		}
	}
	slices.SortFunc(row.Deals, func(a, b WeekDeal) int {
		return cmp.Or(a.Date.Compare(b.Date), strings.Compare(textKey(a.Client), textKey(b.Client)), compareRef(a.Ref, b.Ref))
	})
	row.Proposals = row.Funnel.Proposals
	row.ActiveShare = Ratio(float64(active), float64(row.Filled))
	if p.Role == salesrhythm.Manager {
		row.LastWeek, row.NextWeek = w.outlook(p.ID, w.prev), w.outlook(p.ID, w.in.Week)
	}
	return row
}

// actual is one seller's week: the targets of targets with the actuals of
// the records dated in the week through AsOf.
func (w *weekRun) actual(id string) Measures[Fulfilment] {
	ms, r := w.daily[idKey(id)], w.records(id)
	// got is every record of the week through AsOf; planned only those
	// dated on a day whose month has a plan, the days the targets cover,
	// so that the pace compares actual and target over the same days.
	got := salesrhythm.Targets{Calls: float64(r.calls)}
	planned := salesrhythm.Targets{Calls: float64(r.plannedCalls)}
	for _, d := range r.deals {
		for _, t := range []*salesrhythm.Targets{&got, &planned} {
			if t == &planned && !w.planned(d.Date) {
				continue
			}
			t.Revenue += d.Amount
			t.Deals++
			if d.NewClient == salesrhythm.Yes {
				t.NewClients++
			}
		}
	}
	for _, f := range r.funnels {
		got.Meetings += float64(f.Meetings)
	}
	// A funnel counts the whole week's meetings, undated: the days with a
	// plan take their share of them by working days.
	planned.Meetings = got.Meetings * w.plannedShare()
	for _, m := range measures() {
		f := ms.at(m)
		f.Actual, f.ActualToDate = got.Get(m), planned.Get(m)
		f.Fulfilment, f.Pace = Ratio(planned.Get(m), f.Target), Ratio(f.ActualToDate, f.ToDate)
	}
	return ms
}

// outlook returns what the person wrote under Next week in the weekly
// report of week, or nil.
func (w *weekRun) outlook(id string, week salesrhythm.Period) *Outlook {
	for _, o := range w.records(id).outlooks {
		if o.Week == week && (o.Priorities != "" || o.HelpNeeded != "") {
			return &Outlook{Priorities: o.Priorities, HelpNeeded: o.HelpNeeded, Ref: o.Ref}
		}
	}
	return nil
}

// missing returns the weekly workbooks p owes for the week and has not
// handed in: due when p was employed on one of its working days.
func (w *weekRun) missing(p salesrhythm.Person) []salesrhythm.Kind {
	out := []salesrhythm.Kind{}
	days, ok := p.Employment(w.in.Week)
	if !ok || w.cal.CountWorkingDays(days) == 0 {
		return out
	}
	for _, c := range salesrhythm.Kinds {
		k := salesrhythm.Kind(c.Key)
		if !k.Weekly() || !k.FilledBy(p.Role) {
			continue
		}
		if !w.records(p.ID).handedIn[k] {
			out = append(out, k)
		}
	}
	return out
}

// items returns the leader's action items as the latest log of the week or
// an earlier one has them: those raised before the week and not done before
// it began, and those raised in it; and the week of that log.
func (w *weekRun) items(l salesrhythm.Person, reports []salesrhythm.Person) (earlier, raised []Item, log salesrhythm.Date) {
	earlier, raised = []Item{}, []Item{}
	for _, rs := range joinItems(w.records(l.ID).actions) {
		last := rs[len(rs)-1]
		if last.Week.Start.After(log) {
			log = last.Week.Start
		}
		it := latest(rs)
		closed := it.Status == salesrhythm.StatusDone &&
			(!it.DoneOn.IsZero() && it.DoneOn.Before(w.in.Week.Start) || it.DoneOn.IsZero() && last.Week.Start.Before(w.in.Week.Start))
		if closed || it.RaisedOn.After(w.in.Week.End) {
			continue
		}
		it.Done = it.Status == salesrhythm.StatusDone
		it.Open = !it.Done
		it.Overdue = it.Open && !it.Due.IsZero() && !it.Due.After(w.in.AsOf)
		if it.RaisedOn.Before(w.in.Week.Start) {
			earlier = append(earlier, it)
		} else {
			raised = append(raised, it)
		}
	}
	order := func(a, b Item) int {
		return cmp.Or(compareOwner(a.Owner, b.Owner, l, reports), -cmpBool(a.Overdue, b.Overdue), compareDue(a.Due, b.Due),
			a.RaisedOn.Compare(b.RaisedOn), strings.Compare(textKey(a.Issue), textKey(b.Issue)))
	}
	slices.SortFunc(earlier, order)
	slices.SortFunc(raised, order)
	return earlier, raised, log
}

// compareOwner orders owners as the meeting goes round the table: the
// direct reports by ID, then the leader, then anyone else by what was typed.
func compareOwner(a, b string, l salesrhythm.Person, reports []salesrhythm.Person) int {
	at := func(id string) int {
		if i := slices.IndexFunc(reports, func(p salesrhythm.Person) bool { return salesrhythm.SameID(p.ID, id) }); i >= 0 {
			return i
		}
		if salesrhythm.SameID(id, l.ID) {
			return len(reports)
		}
		return len(reports) + 1
	}
	return cmp.Or(cmp.Compare(at(a), at(b)), compareID(a, b))
}

// compareDue orders due dates, a missing one last.
func compareDue(a, b salesrhythm.Date) int {
	switch {
	case a.IsZero() || b.IsZero():
		return cmpBool(a.IsZero(), b.IsZero())
	}
	return a.Compare(b)
}

func cmpBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

// norms tallies the leader's events of the week against each norm that binds
// them.
func (w *weekRun) norms(l salesrhythm.Person, reports []salesrhythm.Person) []WeekNorm {
	mine := w.records(l.ID).events
	var month *Compliance
	if w.mtd != nil {
		if i := slices.IndexFunc(w.mtd.Compliance, func(c Compliance) bool { return salesrhythm.SameID(c.Leader, l.ID) }); i >= 0 {
			month = &w.mtd.Compliance[i]
		}
	}
	out := []WeekNorm{}
	for _, n := range w.in.Config.Norms {
		if n.Count <= 0 || !n.AppliesTo(l.Role) {
			continue
		}
		var events []salesrhythm.Event
		for _, e := range mine {
			if e.Type == n.Event {
				events = append(events, e)
			}
		}
		out = append(out, w.norm(n, l, reports, events, w.clash[n.NotOn], month))
	}
	return out
}

func (w *weekRun) norm(n salesrhythm.Norm, l salesrhythm.Person, reports []salesrhythm.Person, events []salesrhythm.Event,
	clash map[salesrhythm.Date]bool, month *Compliance) WeekNorm {
	row := WeekNorm{Norm: n.Key, Label: n.Label, Every: n.Every, Without: []string{}}
	j := newJudge(n, w.in.Config.Compliance)
	j.clash = clash
	due, hasDue := w.dueDay(n)
	if hasDue {
		j.due[w.in.Week.Start] = due
	}
	var counted []salesrhythm.Event
	switch {
	case n.Every == salesrhythm.EveryWorkingDay:
		if days, ok := l.Employment(w.in.Week); ok && len(reports) > 0 {
			row.Required = n.Count * w.cal.CountWorkingDays(days)
		}
		row.Credited = j.daily(events)
		counted = events
	case n.Every == salesrhythm.EveryWeek && n.PerReport:
		row.Due = due
		for _, r := range reports {
			theirs := withParticipant(events, r.ID)
			counted = append(counted, theirs...)
			if !hasDue || !employedOn(l, due) || !employedOn(r, due) {
				continue
			}
			k := 0
			for _, e := range theirs {
				if j.credits(e) {
					k++
				}
			}
			row.Required += n.Count
			row.Credited += min(k, n.Count)
			if k < n.Count {
				row.Without = append(row.Without, r.ID)
			}
		}
	case n.Every == salesrhythm.EveryWeek:
		row.Due = due
		if hasDue && employedOn(l, due) && len(reports) > 0 {
			row.Required = n.Count
		}
		for _, e := range events {
			if j.credits(e) {
				row.Credited++
			}
		}
		counted = events
	default: // monthly: the month to date
		counted = events
		if n.PerReport {
			counted = nil
			for _, r := range reports {
				counted = append(counted, withParticipant(events, r.ID)...)
			}
		}
		if month != nil {
			if i := slices.IndexFunc(month.Norms, func(x NormCompliance) bool { return x.Norm == n.Key }); i >= 0 {
				m := month.Norms[i]
				row.MonthRequired, row.MonthHeld, row.MonthCredited = m.Required, m.Held, m.Credited
				for _, rc := range m.Reports {
					if rc.Credited < rc.Required {
						row.Without = append(row.Without, rc.Person)
					}
				}
			}
		}
		row.Score = Ratio(float64(row.MonthCredited), float64(row.MonthRequired))
	}
	row.Held = len(counted)
	if n.Every != salesrhythm.EveryMonth {
		row.Credited = min(row.Credited, row.Required)
		row.Score = Ratio(float64(row.Credited), float64(row.Required))
	}
	row.OnTime, row.RightLength = j.count(counted)
	return row
}

// dueDay returns the day a weekly norm is due in the week: its weekday, or
// the week's last working day when that is not a working day or it names
// none.
func (w *weekRun) dueDay(n salesrhythm.Norm) (salesrhythm.Date, bool) {
	if weekday, named := n.DueWeekday(); named {
		return w.cal.DueDay(w.in.Week, weekday)
	}
	days := w.cal.WorkingDays(w.in.Week)
	if len(days) == 0 {
		return salesrhythm.Date{}, false
	}
	return days[len(days)-1], true
}

func employedOn(p salesrhythm.Person, d salesrhythm.Date) bool {
	_, ok := p.Employment(salesrhythm.Period{Start: d, End: d})
	return ok
}
