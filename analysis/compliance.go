package analysis

import (
	"slices"

	"salesrhythm"
)

// CodeClash flags an event held on a day it must not share with another
// kind of event: the monthly meeting on a weekly meeting's day.
const CodeClash salesrhythm.Code = "clashing-event"

// Compliance is how one leader kept the management rhythm in the month.
type Compliance struct {
	Leader  string           `json:"leader"`
	Name    string           `json:"name"`
	Role    salesrhythm.Role `json:"role"`
	Reports []string         `json:"reports"`         // direct reports employed in the month, by ID
	Score   Fraction         `json:"score"`           // Σ weight × norm score ÷ Σ weight, over the norms with something required
	Reason  salesrhythm.Text `json:"reason,omitzero"` // why Score is n/a
	Norms   []NormCompliance `json:"norms"`           // the norms that bind the leader, in configured order
}

// NormCompliance is one norm's tally for one leader.
type NormCompliance struct {
	Norm        string             `json:"norm"` // the norm's key
	Label       salesrhythm.Text   `json:"label"`
	Weight      float64            `json:"weight"`
	Required    int                `json:"required"`
	Held        int                `json:"held"`              // events that count, once per report for per-report norms
	Credited    int                `json:"credited"`          // Held, capped per day or week and at Required
	OnTime      *int               `json:"on_time"`           // nil when the norm sets no start, due weekday or day to avoid
	RightLength *int               `json:"right_length"`      // nil when the norm sets no maximum length
	Score       Fraction           `json:"score"`             // Credited ÷ Required
	Reports     []ReportCompliance `json:"reports,omitempty"` // per-report norms: each direct report, by ID
}

// ReportCompliance is a per-report norm's tally for one direct report.
type ReportCompliance struct {
	Person   string `json:"person"`
	Required int    `json:"required"`
	Held     int    `json:"held"`
	Credited int    `json:"credited"`
}

var (
	reasonNoReports   = salesrhythm.T("no direct reports", "nincs közvetlen beosztottja")
	reasonNothingDue  = salesrhythm.T("nothing due in the month", "a hónapban nem volt előírt esemény")
	reasonMonthEnd    = salesrhythm.T("nothing due yet: the monthly norms fall due at the month's end", "még nincs esedékes esemény: a havi normák a hónap végén esedékesek")
	reasonLogNotDue   = salesrhythm.T("nothing to judge yet: the management log of this week, which records its events, is due when the week is over", "még nincs mit értékelni: az e heti eseményeket rögzítő vezetői napló a hét végén esedékes")
	reasonNotEmployed = salesrhythm.T("not employed in the month", "a hónapban nem volt állományban")
)

// compliance returns the compliance of every leader of the plan, by ID: one
// not employed in the month is due nothing and says so.
func (r *run) compliance() []Compliance {
	c := r.newChecker()
	out := []Compliance{}
	for _, l := range r.team {
		switch {
		case !l.Role.IsLeader():
		case l.employed:
			out = append(out, c.leader(l))
		default:
			out = append(out, Compliance{Leader: l.ID, Name: l.Name, Role: l.Role, Reports: []string{}, Norms: []NormCompliance{}, Reason: reasonNotEmployed})
		}
	}
	slices.SortFunc(out, func(a, b Compliance) int { return compareID(a.Leader, b.Leader) })
	return out
}

// checker holds what every leader's tally needs: the events of the weeks
// of the month's workbooks by leader, and the days of the month each type
// of event was held on.
type checker struct {
	*run
	events map[string][]salesrhythm.Event       // by leader ID key
	held   map[string]map[salesrhythm.Date]bool // by event type: the days any leader held one
	logs   map[string][]salesrhythm.Period      // the weeks of the management logs received, by leader ID key
}

// span is the days of the weeks of the month's workbooks: weekly norms
// count the events of their whole due weeks.
func (r *run) span() salesrhythm.Period {
	ws := salesrhythm.Weeks(r.in.Month)
	return salesrhythm.Period{Start: ws[0].Start, End: ws[len(ws)-1].End}
}

// dueWeek is a week of the month's workbooks and the day its weekly event
// is due, which falls in the month.
type dueWeek struct {
	week salesrhythm.Period
	due  salesrhythm.Date
}

func (r *run) newChecker() checker {
	c := checker{run: r, events: map[string][]salesrhythm.Event{}, held: map[string]map[salesrhythm.Date]bool{}, logs: map[string][]salesrhythm.Period{}}
	for _, s := range r.in.Submissions {
		if s.Kind == salesrhythm.KindManagementLog {
			c.logs[idKey(s.Person)] = append(c.logs[idKey(s.Person)], s.Period)
		}
	}
	span := r.span()
	for _, e := range r.events {
		if e.Date.IsZero() || !span.Contains(e.Date) {
			continue
		}
		c.events[idKey(e.Leader)] = append(c.events[idKey(e.Leader)], e)
		if !r.inMonth(e.Date) {
			continue
		}
		if !r.cal.IsWorkingDay(e.Date) {
			r.flag(e.Ref, salesrhythm.CodeNonWorkingDay, "%s on %s %s, not a working day: it counts, but check the date", eventWord(e.Type), e.Date, salesrhythm.Weekday(e.Date.Weekday()))
		}
		if c.held[e.Type] == nil {
			c.held[e.Type] = map[salesrhythm.Date]bool{}
		}
		c.held[e.Type][e.Date] = true
	}
	return c
}

func (c checker) leader(l *member) Compliance {
	out := Compliance{Leader: l.ID, Name: l.Name, Role: l.Role, Reports: []string{}, Norms: []NormCompliance{}}
	var reports []*member // as Plan.ReportsOf, over the team without duplicate IDs
	for _, m := range c.team {
		if m.employed && m.ReportsTo != "" && salesrhythm.SameID(m.ReportsTo, l.ID) {
			reports = append(reports, m)
		}
	}
	slices.SortFunc(reports, func(a, b *member) int { return compareID(a.ID, b.ID) })
	for _, m := range reports {
		out.Reports = append(out.Reports, m.ID)
	}
	var num, den float64
	weekly := false // a daily or weekly norm binds l
	for _, n := range c.in.Config.Norms {
		if n.Count <= 0 || !n.AppliesTo(l.Role) {
			continue
		}
		weekly = weekly || n.Every != salesrhythm.EveryMonth
		row := c.norm(l, reports, n)
		// A monthly norm counts towards the figure once the month is over.
		if row.Required > 0 && (n.Every != salesrhythm.EveryMonth || !c.inProgress()) {
			num += n.Weight * row.Score.Value
			den += n.Weight
		}
		out.Norms = append(out.Norms, row)
	}
	out.Score = Ratio(num, den)
	switch {
	case len(reports) == 0:
		out.Reason = reasonNoReports
	case !out.Score.Valid && weekly && c.seen(l).Before(c.reckoning()):
		out.Reason = reasonLogNotDue
	case !out.Score.Valid && c.inProgress():
		out.Reason = reasonMonthEnd
	case !out.Score.Valid:
		out.Reason = reasonNothingDue
	}
	return out
}

// seen is the last day whose events leader l's compliance is judged on:
// the reckoning day; but while the month is in progress, when l's
// management log of the as-of day's week, which records its events, is
// neither in nor due (the week is not over), the day before that week.
func (c checker) seen(l *member) salesrhythm.Date {
	end := c.reckoning()
	w := salesrhythm.Week(end)
	if !c.inProgress() || !w.End.After(end) || slices.Contains(c.logs[idKey(l.ID)], w) {
		return end
	}
	return w.Start.AddDays(-1)
}

// norm tallies one norm for leader l.
func (c checker) norm(l *member, reports []*member, n salesrhythm.Norm) NormCompliance {
	var mine []salesrhythm.Event
	for _, e := range c.events[idKey(l.ID)] {
		if e.Type == n.Event {
			mine = append(mine, e)
		}
	}
	j := c.judge(n)
	through := c.seen(l)
	row := NormCompliance{Norm: n.Key, Label: n.Label, Weight: n.Weight}
	var counted []salesrhythm.Event
	add := func(t tally) {
		row.Required += t.required
		row.Held += len(t.events)
		row.Credited += t.credited
		counted = append(counted, t.events...)
	}
	if n.PerReport {
		for _, m := range reports {
			both, _ := overlap(l.employment, m.employment)
			t := c.tally(n, j, both, through, withParticipant(mine, m.ID))
			row.Reports = append(row.Reports, ReportCompliance{Person: m.ID, Required: t.required, Held: len(t.events), Credited: t.credited})
			add(t)
		}
	} else {
		add(c.tally(n, j, l.employment, through, mine))
	}
	if len(reports) == 0 { // a leader with nobody to lead is due nothing
		row.Required, row.Credited = 0, 0
	}
	row.Score = Ratio(float64(row.Credited), float64(row.Required))
	for _, e := range counted {
		if n.NotOn != "" && j.clash[e.Date] {
			c.flag(e.Ref, CodeClash, "%s on %s, a day with a %s", eventWord(e.Type), e.Date, eventWord(n.NotOn))
		}
	}
	row.OnTime, row.RightLength = j.count(counted)
	return row
}

// daily returns the credit the events earn a daily norm: those it
// credits, at most its count a day.
func (j judge) daily(events []salesrhythm.Event) int {
	perDay := map[salesrhythm.Date]int{}
	for _, e := range events {
		if j.credits(e) {
			perDay[e.Date]++
		}
	}
	credited := 0
	for _, k := range perDay {
		credited += min(k, j.n.Count)
	}
	return credited
}

// count returns how many of the events were on time and how many of the
// right length, each nil when the norm sets no such rule.
func (j judge) count(events []salesrhythm.Event) (onTime, rightLength *int) {
	t, r := 0, 0
	for _, e := range events {
		if j.onTime(e) {
			t++
		}
		if j.rightLength(e) {
			r++
		}
	}
	if j.timed() {
		onTime = &t
	}
	if j.measured() {
		rightLength = &r
	}
	return onTime, rightLength
}

// judge is how one norm judges a held event: whether it was on time (its
// start within the tolerance, on the due day of a weekly norm with a
// weekday, not on a day of the event type to avoid), whether it was of the
// right length, and so whether it earns credit.
type judge struct {
	n        salesrhythm.Norm
	start    salesrhythm.Clock
	onDueDay bool
	due      map[salesrhythm.Date]salesrhythm.Date // the due day of each due week, by its Monday
	clash    map[salesrhythm.Date]bool             // the days any leader held an event of type n.NotOn
	strict   bool
}

func (c checker) judge(n salesrhythm.Norm) judge {
	j := newJudge(n, c.in.Config.Compliance)
	for _, w := range c.dueWeeks(n) {
		j.due[w.week.Start] = w.due
	}
	if n.NotOn != "" {
		j.clash = c.held[n.NotOn]
	}
	return j
}

// newJudge is the judge of norm n under the credit rule, before the due day
// of each week and the days to avoid are known.
func newJudge(n salesrhythm.Norm, credit salesrhythm.ComplianceConfig) judge {
	_, named := n.DueWeekday()
	return judge{n: n, start: n.StartClock(), onDueDay: n.Every == salesrhythm.EveryWeek && named,
		due: map[salesrhythm.Date]salesrhythm.Date{}, strict: credit.Credit != salesrhythm.CreditHeld}
}

// timed reports whether the norm sets a start, a due day or a day to avoid.
func (j judge) timed() bool { return j.start.Valid() || j.onDueDay || j.n.NotOn != "" }

// measured reports whether the norm sets a length.
func (j judge) measured() bool { return j.n.MaxMinutes > 0 }

func (j judge) onTime(e salesrhythm.Event) bool {
	switch {
	case j.n.NotOn != "" && j.clash[e.Date]:
		return false
	case j.start.Valid() && (!e.Start.Valid() || abs(int(e.Start-j.start)) > j.n.Tolerance):
		return false
	case j.onDueDay && e.Date != j.due[e.Date.Monday()]:
		return false
	}
	return true
}

func (j judge) rightLength(e salesrhythm.Event) bool {
	return e.Minutes > 0 && e.Minutes >= j.n.MinMinutes && e.Minutes <= j.n.MaxMinutes
}

// credits reports whether e earns credit: under the strict rule only when it
// is on time and of the right length, where the norm sets these; under the
// held rule always.
func (j judge) credits(e salesrhythm.Event) bool {
	if !j.strict {
		return true
	}
	return (!j.timed() || j.onTime(e)) && (!j.measured() || j.rightLength(e))
}

// tally is what one norm required over some days, the events that count
// towards it and the credit they earn.
type tally struct {
	required int
	credited int
	events   []salesrhythm.Event
}

// tally counts events against norm n over the days of employed (the days the
// leader, and for per-report norms the report too, were employed; an empty
// period when there are none): every event as held, and those j credits as
// credit, at most the count a day or a week and at most what was due.
func (c checker) tally(n salesrhythm.Norm, j judge, employed salesrhythm.Period, through salesrhythm.Date, events []salesrhythm.Event) tally {
	var t tally
	// While the month is in progress, a daily or weekly norm asks for the
	// days and weeks due through the day the leader's logs show (seen); a
	// monthly one is due at the month's end, and asks for the whole month's
	// count.
	if n.Every != salesrhythm.EveryMonth {
		employed.End = minDate(employed.End, through)
	}
	switch n.Every {
	case salesrhythm.EveryWorkingDay:
		events = c.inMonthOnly(events)
		t.required = n.Count * c.cal.CountWorkingDays(employed)
		t.credited = j.daily(events)
		t.events = events
	case salesrhythm.EveryWeek:
		for _, w := range c.dueWeeks(n) {
			if !employed.Contains(w.due) {
				continue
			}
			t.required += n.Count
			k := 0
			for _, e := range events {
				if w.week.Contains(e.Date) {
					t.events = append(t.events, e)
					if j.credits(e) {
						k++
					}
				}
			}
			t.credited += min(k, n.Count)
		}
	case salesrhythm.EveryMonth:
		events = c.inMonthOnly(events)
		t.required = salesrhythm.Prorate(n.Count, c.cal.CountWorkingDays(employed), c.days)
		for _, e := range events {
			if j.credits(e) {
				t.credited++
			}
		}
		t.events = events
	}
	t.credited = min(t.credited, t.required)
	return t
}

// inMonthOnly keeps the events dated in the month.
func (c checker) inMonthOnly(events []salesrhythm.Event) []salesrhythm.Event {
	var out []salesrhythm.Event
	for _, e := range events {
		if c.inMonth(e.Date) {
			out = append(out, e)
		}
	}
	return out
}

// dueWeeks returns the weeks of the month's workbooks whose day due for a
// weekly norm falls in the month: the norm's weekday, or the last working
// day of the week when that is not a working day or the norm names none.
func (c checker) dueWeeks(n salesrhythm.Norm) []dueWeek {
	weekday, named := n.DueWeekday()
	var out []dueWeek
	for _, w := range salesrhythm.Weeks(c.in.Month) {
		var due salesrhythm.Date
		var ok bool
		if named {
			due, ok = c.cal.DueDay(w, weekday)
		} else if days := c.cal.WorkingDays(w); len(days) > 0 {
			due, ok = days[len(days)-1], true
		}
		if ok && c.month.Contains(due) {
			out = append(out, dueWeek{w, due})
		}
	}
	return out
}

// withParticipant returns the events in which the person took part.
func withParticipant(events []salesrhythm.Event, id string) []salesrhythm.Event {
	var out []salesrhythm.Event
	for _, e := range events {
		if slices.ContainsFunc(e.Participants, func(p string) bool { return salesrhythm.SameID(p, id) }) {
			out = append(out, e)
		}
	}
	return out
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
