package demo

import (
	"slices"
	"time"

	"salesrhythm"
)

// leaderWeek is one week of a leader's management log.
type leaderWeek struct {
	week    salesrhythm.Period
	events  []salesrhythm.Event
	actions []salesrhythm.ActionItem
}

// Caps on what one leader does in a week, so that a head with hundreds of
// leads keeps a log a person could keep (and fails the per-report norms, as
// such a head would).
const (
	visitsPerWeek    = 8
	oneOnOnesPerHalf = 10
)

var (
	meetingNotes = []salesrhythm.Text{
		t("Yesterday's results, today's calls", "Tegnapi eredmények, mai hívások"),
		t("Client problems", "Ügyfélproblémák"),
		t("Discipline: registers filled in", "Fegyelem: hívásnaplók kitöltése"),
	}
	lateNotes = []salesrhythm.Text{
		t("Started late: a client call ran over", "Késve kezdtük: elhúzódott egy ügyfélhívás"),
		t("Started late: traffic", "Késve kezdtük: forgalom"),
	}
	oneOnOneNotes = []salesrhythm.Text{
		t("Pipeline review; coaching on closing", "Tölcsér áttekintése; coaching: üzletzárás"),
		t("What goes well, where a mentor must help", "Mi megy jól, hol kell mentor segítsége"),
		t("Prospects and next month's goals", "Kilátások és a jövő havi célok"),
	}
	trainings = []salesrhythm.Text{
		t("Objection handling", "Kifogáskezelés"),
		t("Negotiation", "Tárgyalástechnika"),
		t("Asking the right questions", "A jó kérdések"),
	}
	issues = []salesrhythm.Text{
		t("Update the Support price list", "A Támogatás árlistájának frissítése"),
		t("Clean up duplicate clients in the CRM", "Kétszer felvett ügyfelek összevonása a CRM-ben"),
		t("Prepare the proposal template for Software", "Szoftver-ajánlatsablon elkészítése"),
		t("Collect references from satisfied clients", "Referenciák gyűjtése elégedett ügyfelektől"),
		t("Agree discount rules with finance", "Kedvezményszabályok egyeztetése a pénzüggyel"),
		t("New cold-call script for Hardware", "Új hideghívás-forgatókönyv a Hardverhez"),
		t("Chase overdue invoices of key clients", "Kulcsügyfelek lejárt számláinak behajtása"),
		t("Plan the trade fair stand", "A vásári stand megtervezése"),
		t("Book the Training product demo room", "Bemutatóterem foglalása a Képzéshez"),
		t("Check delivery times with logistics", "Szállítási határidők egyeztetése a logisztikával"),
		t("Share the best call of the week", "A hét legjobb hívásának megosztása"),
		t("Review lost deals of the month", "A hónap elvesztett üzleteinek áttekintése"),
	}
	outcomes = []salesrhythm.Text{
		t("Proposal requested", "Ajánlatot kértek"),
		t("Second meeting booked", "Második találkozó egyeztetve"),
		t("Order signed", "Megrendelés aláírva"),
		t("Needs assessed; no decision yet", "Igények felmérve, döntés még nincs"),
		{},
	}
	waiting = []salesrhythm.Text{
		t("Waiting for finance", "A pénzügyre várunk"),
		t("Client postponed", "Az ügyfél elhalasztotta"),
		t("More time needed", "Több idő kell"),
	}
)

// weeklyMeetingDay is the weekday of the weekly meeting the norms set.
func weeklyMeetingDay(cfg salesrhythm.Config) time.Weekday {
	for _, n := range cfg.Norms {
		if w, ok := n.DueWeekday(); ok && n.Event == salesrhythm.EventWeekly {
			return w
		}
	}
	return time.Friday
}

// weeklyMeeting returns the day of the week's weekly meeting and whether
// the leader held it: the last lead misses one.
func (c *company) weeklyMeeting(l *leader, w salesrhythm.Period) (salesrhythm.Date, bool) {
	d, ok := c.cal.DueDay(w, weeklyMeetingDay(c.cfg))
	return d, ok && !(l.ID == c.missed.Leader && d == c.missed.Date)
}

// missedMeeting picks the weekly meeting the last lead misses: the second
// one due in the month.
func (c *company) missedMeeting() Missed {
	lead := c.leaders[len(c.leaders)-1]
	n := 0
	for _, w := range c.weeks {
		if d, ok := c.cal.DueDay(w, weeklyMeetingDay(c.cfg)); ok && c.month.Period().Contains(d) {
			if n++; n == 2 {
				return Missed{Leader: lead.ID, Date: d}
			}
		}
	}
	return Missed{}
}

// manage makes a leader's management log, week by week.
func (c *company) manage(l *leader) {
	var events []salesrhythm.Event
	if l.Role == salesrhythm.Director {
		events = c.directorEvents(l)
	} else {
		events = c.leadEvents(l)
	}
	events = c.holdTalks(l, events)
	actions := c.actionItems(l)
	for i, w := range c.weeks {
		lw := leaderWeek{week: w, actions: actions[i]}
		for _, e := range events {
			if w.Contains(e.Date) {
				lw.events = append(lw.events, e)
			}
		}
		l.weeks = append(l.weeks, lw)
	}
}

// leadEvents are the events of a lead or the head: a morning meeting every
// working day, mostly on time (the first lead starts late on Mondays); the
// weekly meeting; a joint visit a week with most reports; in the month, two
// one-on-ones with most reports; and the head's two trainings.
func (c *company) leadEvents(l *leader) []salesrhythm.Event {
	var out []salesrhythm.Event
	late := c.rand(l.ID, "punctuality").uniform(0.03, 0.1)
	for _, w := range c.weeks {
		r := c.rand(l.ID, "events", w.Start.String())
		for _, d := range c.cal.WorkingDays(w) {
			start, minutes := salesrhythm.At(9, r.between(0, 5)), r.between(10, 20)
			notes := ""
			if r.chance(late) || l.ID == c.lead(0).ID && d.Weekday() == time.Monday {
				start = salesrhythm.At(9, r.between(15, 25))
				notes = pick(r, lateNotes).In(c.loc)
			} else if r.chance(0.2) {
				notes = pick(r, meetingNotes).In(c.loc)
			}
			if r.chance(0.08) {
				minutes = r.between(22, 30)
			}
			out = append(out, c.event(l, d, salesrhythm.EventMorning, start, minutes, c.present(l, d), "", notes))
		}
		if d, held := c.weeklyMeeting(l, w); held {
			notes := t("The week's numbers; action items reviewed", "A hét számai; feladatok áttekintése").In(c.loc)
			out = append(out, c.event(l, d, salesrhythm.EventWeekly, salesrhythm.At(17, r.between(0, 10)), r.between(50, 70), c.present(l, d), "", notes))
		}
		out = append(out, c.visits(r, l, w)...)
	}
	out = append(out, c.oneOnOnes(l)...)
	if l.Role == salesrhythm.Head {
		out = append(out, c.trainings(l)...)
	}
	return out
}

// visits are the week's joint client visits, one with most reports, on a
// day of the month the weekly norm counts the week in.
func (c *company) visits(r rng, l *leader, w salesrhythm.Period) []salesrhythm.Event {
	var out []salesrhythm.Event
	due, ok := c.cal.DueDay(w, weeklyMeetingDay(c.cfg))
	if !ok {
		return nil
	}
	p := min(0.88, float64(visitsPerWeek)/float64(max(1, len(l.reports))))
	for _, rep := range l.reports {
		var days []salesrhythm.Date
		for _, d := range c.cal.WorkingDays(w) {
			if d.MonthOf() == due.MonthOf() && employed(rep, d) {
				days = append(days, d)
			}
		}
		if len(days) == 0 || !r.chance(p) {
			continue
		}
		start := salesrhythm.At(10, 0) + salesrhythm.Clock(30*r.between(0, 8))
		e := c.event(l, pick(r, days), salesrhythm.EventJointVisit, start, 15*r.between(4, 10), []string{rep.ID}, c.clientOf(r, rep), "")
		e.Outcome = pick(r, outcomes).In(c.loc)
		out = append(out, e)
	}
	return out
}

// oneOnOnes are the month's one-on-ones: one in each half of the month with
// most reports; the last lead skips the second with their first report.
func (c *company) oneOnOnes(l *leader) []salesrhythm.Event {
	r := c.rand(l.ID, "one-on-ones")
	days := c.cal.WorkingDays(c.month.Period())
	halves := [][]salesrhythm.Date{days[:len(days)/2], days[len(days)/2:]}
	p := min(0.9, float64(oneOnOnesPerHalf)/float64(max(1, len(l.reports))))
	var out []salesrhythm.Event
	for i, rep := range l.reports {
		for h, half := range halves {
			var can []salesrhythm.Date
			for _, d := range half {
				if employed(rep, d) {
					can = append(can, d)
				}
			}
			skip := l.ID == c.missed.Leader && i == 0 && h == 1
			if len(can) == 0 || skip || !r.chance(p) {
				continue
			}
			start := salesrhythm.At(15, 0) + salesrhythm.Clock(30*r.between(0, 3))
			minutes := r.between(15, 30)
			if r.chance(0.1) {
				minutes = r.between(35, 45)
			}
			out = append(out, c.event(l, pick(r, can), salesrhythm.EventOneOnOne, start, minutes, []string{rep.ID}, "", pick(r, oneOnOneNotes).In(c.loc)))
		}
	}
	return out
}

// trainings are the head's two afternoon trainings of the month, for every
// report.
func (c *company) trainings(l *leader) []salesrhythm.Event {
	r := c.rand(l.ID, "trainings")
	var out []salesrhythm.Event
	for _, from := range []int{6, 20} {
		d := c.workingDayFrom(from)
		e := c.event(l, d, salesrhythm.EventTraining, salesrhythm.At(13, 0), pick(r, []int{225, 240, 240}), ids(l.reports), "", "")
		e.Topic = pick(r, trainings).In(c.loc)
		out = append(out, e)
	}
	return out
}

// directorEvents are the director's month: the monthly meeting early in the
// month on a day with no weekly meeting, a one-on-one with each report, four
// joint visits with managers spread over the month, and one classroom
// training.
func (c *company) directorEvents(l *leader) []salesrhythm.Event {
	r := c.rand(l.ID, "month")
	days := c.cal.WorkingDays(c.month.Period())
	var out []salesrhythm.Event
	weekly := weeklyMeetingDay(c.cfg)
	for _, d := range days[1:] {
		if due, _ := c.cal.DueDay(salesrhythm.Week(d), weekly); d != due {
			out = append(out, c.event(l, d, salesrhythm.EventMonthly, salesrhythm.At(10, 0), r.between(95, 115), c.management(), "",
				t("Last month's results; the best rewarded; next month's plan approved", "Az előző hónap eredményei; a legjobbak jutalmazása; a jövő havi terv jóváhagyása").In(c.loc)))
			break
		}
	}
	for _, rep := range l.reports {
		out = append(out, c.event(l, c.workingDayFrom(12), salesrhythm.EventOneOnOne, salesrhythm.At(14, 0), 30, []string{rep.ID}, "", pick(r, oneOnOneNotes).In(c.loc)))
	}
	for q := range 4 {
		d := days[q*len(days)/4+r.IntN(max(1, len(days)/4))]
		var can []*seller
		for _, s := range c.sellers {
			if employed(s.Person, d) {
				can = append(can, s)
			}
		}
		s := pick(r, can)
		e := c.event(l, d, salesrhythm.EventJointVisit, salesrhythm.At(10, 0), 15*r.between(6, 12), []string{s.ID}, pick(r, s.clients).name, "")
		e.Outcome = pick(r, outcomes).In(c.loc)
		out = append(out, e)
	}
	e := c.event(l, c.workingDayFrom(15), salesrhythm.EventTraining, salesrhythm.At(13, 0), 240, c.management(), "", "")
	e.Topic = pick(r, trainings).In(c.loc)
	return append(out, e)
}

func (c *company) event(l *leader, d salesrhythm.Date, typ string, start salesrhythm.Clock, minutes int, participants []string, client, notes string) salesrhythm.Event {
	return salesrhythm.Event{Leader: l.ID, Date: d, Type: typ, Start: start, Minutes: minutes, Participants: participants, Client: client, Notes: notes}
}

// management returns the IDs of the head and the leads.
func (c *company) management() []string {
	var out []string
	for _, l := range c.leaders[1:] {
		out = append(out, l.ID)
	}
	return out
}

// lead returns the i-th lead.
func (c *company) lead(i int) *leader { return c.leaders[2+i] }

// present returns the leader's reports employed on d.
func (c *company) present(l *leader, d salesrhythm.Date) []string {
	var out []string
	for _, p := range l.reports {
		if employed(p, d) {
			out = append(out, p.ID)
		}
	}
	return out
}

// clientOf returns a client of the person's: their own as a manager, one
// of their managers' as a lead.
func (c *company) clientOf(r rng, p salesrhythm.Person) string {
	s := c.sellerByID[p.ID]
	if s == nil {
		if team := c.reports[p.ID]; len(team) > 0 {
			s = c.sellerByID[pick(r, team).ID]
		}
	}
	if s == nil {
		return ""
	}
	return pick(r, s.clients).name
}

// workingDayFrom returns the first working day of the month on or after its
// day-th day, or the month's last working day.
func (c *company) workingDayFrom(day int) salesrhythm.Date {
	days := c.cal.WorkingDays(c.month.Period())
	for _, d := range days {
		if d.Day() >= day {
			return d
		}
	}
	return days[len(days)-1]
}

// item is an action item as the weekly meetings carry it from week to week.
type item struct {
	salesrhythm.ActionItem
	fate []string // the statuses its next reviews give it; random once spent
}

// actionItems keeps the leader's action-item list, week by week, as the
// logs the template carries them into hold it (each item from its second
// week with its ID): at each weekly meeting the items due are reviewed first — done, moved to next
// week, or left open — then new ones are raised. The first lead moves one
// item twice before it is done; the head has one that never moves on and is
// overdue at the month's end. A week without a meeting changes nothing.
func (c *company) actionItems(l *leader) [][]salesrhythm.ActionItem {
	out := make([][]salesrhythm.ActionItem, len(c.weeks))
	if l.Role == salesrhythm.Director || len(l.reports) == 0 {
		return out
	}
	r := c.rand(l.ID, "actions")
	var open []*item
	first := true
	for i, w := range c.weeks {
		meeting, held := c.weeklyMeeting(l, w)
		var still []*item
		for _, it := range open {
			if held && !it.Due.After(meeting) {
				c.review(r, it, w, meeting)
			}
			// Carried over by the template: with the ID it gives.
			it.Week, it.ID = w, salesrhythm.ItemID(it.Leader, it.RaisedOn, it.Issue)
			out[i] = append(out[i], it.ActionItem)
			if it.Status != salesrhythm.StatusDone {
				still = append(still, it)
			}
		}
		if held {
			for _, k := range r.Perm(len(issues))[:r.between(1, 3)] {
				it := &item{ActionItem: salesrhythm.ActionItem{Leader: l.ID, Week: w, RaisedOn: meeting, Issue: issues[k].In(c.loc),
					Owner: pick(r, l.reports).ID, Due: c.addWorkingDays(meeting, 5*r.between(1, 2)), Status: salesrhythm.StatusOpen}}
				if first {
					it.fate = c.fate(l)
					it.Due = c.addWorkingDays(meeting, 5)
					first = false
				}
				out[i] = append(out[i], it.ActionItem)
				still = append(still, it)
			}
		}
		open = still
	}
	return out
}

// fate scripts the first item a leader raises: moved twice, then done, for
// the first lead; never done for the head.
func (c *company) fate(l *leader) []string {
	switch {
	case l.ID == c.lead(0).ID:
		return []string{salesrhythm.StatusMoved, salesrhythm.StatusMoved, salesrhythm.StatusDone}
	case l.Role == salesrhythm.Head:
		return slices.Repeat([]string{salesrhythm.StatusOpen}, len(c.weeks))
	}
	return nil
}

// review decides at the weekly meeting what became of an item due: mostly
// done that week, else moved to next week or left open.
func (c *company) review(r rng, it *item, w salesrhythm.Period, meeting salesrhythm.Date) {
	var status string
	switch x := r.Float64(); {
	case len(it.fate) > 0:
		status, it.fate = it.fate[0], it.fate[1:]
	case x < 0.6:
		status = salesrhythm.StatusDone
	case x < 0.85:
		status = salesrhythm.StatusMoved
	default:
		status = salesrhythm.StatusOpen
	}
	switch status {
	case salesrhythm.StatusMoved:
		it.Status, it.Due = salesrhythm.StatusMoved, c.addWorkingDays(meeting, 5)
		it.Comment = pick(r, waiting).In(c.loc)
	case salesrhythm.StatusOpen:
		it.Comment = t("No progress", "Nincs előrelépés").In(c.loc)
	case salesrhythm.StatusDone:
		it.Status, it.Comment, it.DoneOn = salesrhythm.StatusDone, "", meeting
		if days := c.cal.WorkingDays(salesrhythm.Period{Start: maxDate(w.Start, it.RaisedOn.AddDays(1)), End: meeting}); len(days) > 0 {
			it.DoneOn = pick(r, days)
		}
	}
}

func maxDate(a, b salesrhythm.Date) salesrhythm.Date {
	if b.After(a) {
		return b
	}
	return a
}

// ids returns the people's IDs.
func ids(people []salesrhythm.Person) []string {
	out := make([]string, len(people))
	for i, p := range people {
		out[i] = p.ID
	}
	return out
}
