package analysis

import (
	"fmt"
	"slices"
	"strings"

	"salesrhythm"
)

// What the figures leave out. The analysis knows every record it counts;
// each one of the month it leaves out — no readable date, a date no
// month's report counts, a person not in the plan, an amount that could not
// be read — is charged to the finding that explains it, at the record's
// place, and when no finding does, to a not-counted finding of its own. So
// what the figures count plus what the findings exclude is what was typed.

// belonging is which month a record counts in, as seen from this month.
type belonging int

const (
	thisMonth  belonging = iota // dated in the month: counts here
	otherMonth                  // dated in a month whose own report reads its workbook
	lost                        // no date, or a date no report that reads its workbook counts
	notYet                      // dated in the month in progress, after the as-of day
)

// belongs says where a record of the workbook at ref dated d counts. A
// record dated outside the month counts in its own month when that month's
// report reads the workbook too (a week straddling two months); when it
// does not, or the date could not be read, the record counts nowhere and
// this month's figures must say what it cost.
func (r *run) belongs(ref salesrhythm.Ref, d salesrhythm.Date) belonging {
	switch {
	case d.IsZero():
		return lost
	case r.inMonth(d):
		return thisMonth
	case r.month.Contains(d):
		return notYet
	}
	if p, ok := r.periods[ref.File]; ok && !p.Overlaps(d.MonthOf().Period()) {
		return lost
	}
	return otherMonth
}

// place is where a finding points: a cell of one column of one row, or of a
// form (row 0).
type place struct {
	file, sheet string
	row         int
	field       string
}

// ledger holds the importer's findings, indexed by place, and the
// exclusions charged to them.
type ledger struct {
	fs      []salesrhythm.Finding
	at      map[place][]int  // by file, sheet, row and field; and by file, sheet and field with row 0
	columns map[place][]int  // missing-column findings, by file, sheet and field
	files   map[string][]int // findings about a whole file, by file
	made    map[string]int   // the analysis's own not-counted findings, by place and message: index in run.findings
}

func newLedger(fs []salesrhythm.Finding) *ledger {
	l := &ledger{fs: slices.Clone(fs), at: map[place][]int{}, columns: map[place][]int{}, files: map[string][]int{}, made: map[string]int{}}
	for i := range l.fs {
		f := &l.fs[i]
		f.Excluded = slices.Clone(f.Excluded)
		switch {
		case f.Sheet == "":
			l.files[f.File] = append(l.files[f.File], i)
		case f.Field == "":
		case f.Code == salesrhythm.CodeMissingColumn:
			k := place{f.File, f.Sheet, 0, f.Field}
			l.columns[k] = append(l.columns[k], i)
		default:
			k := place{f.File, f.Sheet, f.Row(), f.Field}
			l.at[k] = append(l.at[k], i)
			if k.row != 0 {
				k.row = 0
				l.at[k] = append(l.at[k], i)
			}
		}
	}
	return l
}

// explaining returns the finding about field of the record at ref: at its
// cell, or the column missing from its sheet; nil when there is none.
func (l *ledger) explaining(ref salesrhythm.Ref, field string) *salesrhythm.Finding {
	if is := l.at[place{ref.File, ref.Sheet, ref.Row, field}]; len(is) > 0 {
		return &l.fs[is[0]]
	}
	if is := l.columns[place{ref.File, ref.Sheet, 0, field}]; len(is) > 0 {
		return &l.fs[is[0]]
	}
	return nil
}

// about returns the finding with code about the whole file, or nil.
func (l *ledger) about(file string, code salesrhythm.Code) *salesrhythm.Finding {
	for _, i := range l.files[file] {
		if l.fs[i].Code == code {
			return &l.fs[i]
		}
	}
	return nil
}

// leave charges what one record of member m (nil when not in the plan) costs
// the figures to f, the finding that explains it, or, when f is nil, to a
// not-counted finding at the record's row that says why.
func (r *run) leave(f *salesrhythm.Finding, ref salesrhythm.Ref, m *member, why salesrhythm.Text, xs ...salesrhythm.Exclusion) {
	if f == nil {
		f = r.notCounted(ref, why)
	}
	for _, x := range xs {
		if x.Amount == 0 && x.Unknown == 0 {
			continue
		}
		f.Exclude(x)
		if m != nil {
			m.missing.Add(x)
		}
	}
}

// notCounted returns the analysis's finding that the record at ref is left
// out because why, making it the first time.
func (r *run) notCounted(ref salesrhythm.Ref, why salesrhythm.Text) *salesrhythm.Finding {
	key := fmt.Sprintf("%s\x00%s\x00%d\x00%s", ref.File, ref.Sheet, ref.Row, why.En)
	if i, ok := r.ledger.made[key]; ok {
		return &r.findings[i].Finding
	}
	salesrhythm.Own(&ref) // the finding outlives a lent record
	r.flagText(ref, salesrhythm.CodeNotCounted, why)
	r.ledger.made[key] = len(r.findings) - 1
	return &r.findings[len(r.findings)-1].Finding
}

// pending returns the analysis's note that the rows of the sheet at ref
// dated after the as-of day, in the month in progress, are not counted
// yet, making it the first time: one note a sheet, an info, charged with
// what they hold, which no member misses.
func (r *run) pending(ref salesrhythm.Ref) *salesrhythm.Finding {
	key := fmt.Sprintf("%s\x00%s\x00pending", ref.File, ref.Sheet)
	if i, ok := r.ledger.made[key]; ok {
		return &r.findings[i].Finding
	}
	salesrhythm.Own(&ref) // the finding outlives a lent record
	ref.Row = 0           // the sheet's
	r.flagText(ref, salesrhythm.CodeNotYet, salesrhythm.Tr("rows dated after %s, the day the report is as of, are not counted yet; a report as of a later day counts them", r.in.AsOf))
	i := len(r.findings) - 1
	r.findings[i].Severity = salesrhythm.Info
	r.ledger.made[key] = i
	return &r.findings[i].Finding
}

// ownerMissing is the finding that the workbook at ref belongs to nobody
// of the plan, or nil.
func (r *run) ownerMissing(ref salesrhythm.Ref) *salesrhythm.Finding {
	return r.ledger.about(ref.File, salesrhythm.CodeUnknownPerson)
}

func cost(m salesrhythm.Measure, amount float64) salesrhythm.Exclusion {
	return salesrhythm.Exclusion{Measure: m, Amount: amount}
}

func unknown(m salesrhythm.Measure) salesrhythm.Exclusion {
	return salesrhythm.Exclusion{Measure: m, Unknown: 1}
}

// dealCost is what leaving deal d out costs: its amount (unknown when the
// amount could not be read), the deal, and a new client when it was one.
func (r *run) dealCost(d salesrhythm.Deal) []salesrhythm.Exclusion {
	revenue := cost(salesrhythm.Revenue, d.Amount)
	if r.ledger.explaining(d.Ref, "amount") != nil {
		revenue = unknown(salesrhythm.Revenue)
	}
	xs := []salesrhythm.Exclusion{revenue, cost(salesrhythm.Deals, 1)}
	if d.NewClient == salesrhythm.Yes {
		xs = append(xs, cost(salesrhythm.NewClients, 1))
	}
	return xs
}

// measureOrder orders the planned measures as reports show them, then
// events, credits and slots.
func measureOrder(m salesrhythm.Measure) int {
	for i, k := range excludable {
		if k == m {
			return i
		}
	}
	return len(excludable)
}

// excludable lists every measure a finding can exclude from, in order.
var excludable = append(measures(), salesrhythm.Events, salesrhythm.Credits, salesrhythm.Slots)

// countEvents counts the events the meeting compliance reads (the
// management logs' and the one-on-one sheets', r.events), and charges what
// it leaves out: events of the month with no readable date or type, of a
// leader not in the plan, or per-report events naming no direct report of
// their leader (events), and, under the strict rule, held events denied
// credit because a value the norm judges could not be read (credits).
func (r *run) countEvents() {
	strict := r.in.Config.Compliance.Credit != salesrhythm.CreditHeld
	for _, e := range r.events {
		m := r.member(e.Leader)
		switch r.belongs(e.Ref, e.Date) {
		case otherMonth:
			continue
		case notYet:
			r.leave(r.pending(e.Ref), e.Ref, nil, salesrhythm.Text{}, cost(salesrhythm.Events, 1))
			continue
		case lost:
			r.leave(r.ledger.explaining(e.Ref, "date"), e.Ref, m, salesrhythm.Tr("the %s has no date that can be read, so it counts in no month", eventWord(e.Type)), cost(salesrhythm.Events, 1))
			continue
		}
		switch {
		case m == nil:
			r.leave(r.ownerMissing(e.Ref), e.Ref, nil, salesrhythm.Tr("the %s of %s, who is not in the plan, counts for no leader", eventWord(e.Type), e.Leader), cost(salesrhythm.Events, 1))
			continue
		case e.Type == "":
			r.leave(r.ledger.explaining(e.Ref, "type"), e.Ref, m, salesrhythm.Tr("the event has no type that can be read, so no norm counts it"), cost(salesrhythm.Events, 1))
			continue
		}
		var norms []salesrhythm.Norm
		for _, n := range r.in.Config.Norms {
			if n.Count > 0 && n.Event == e.Type && n.AppliesTo(m.Role) {
				norms = append(norms, n)
			}
		}
		// A per-report event naming no direct report is held for nobody:
		// the compliance counts it neither held nor credited.
		if i := slices.IndexFunc(norms, func(n salesrhythm.Norm) bool { return n.PerReport }); i >= 0 && !r.namesAReport(e, m) {
			r.leave(r.ledger.explaining(e.Ref, "participants"), e.Ref, m,
				salesrhythm.Tr("the %s names no direct report of %s employed in the month (%s), so it counts towards no report's %s", eventWord(e.Type), m.ID, orNone(e.Participants), salesrhythm.QuoteOf(norms[i].Label)),
				cost(salesrhythm.Events, 1))
			continue
		}
		r.counted[salesrhythm.Events]++
		for _, n := range norms {
			if f, denied := r.denied(n, e, strict); denied {
				r.leave(f, e.Ref, m, salesrhythm.Text{}, cost(salesrhythm.Credits, 1))
				break
			}
		}
	}
}

// namesAReport reports whether event e of leader m names a direct report of
// m employed in the month.
func (r *run) namesAReport(e salesrhythm.Event, m *member) bool {
	return slices.ContainsFunc(e.Participants, func(p string) bool {
		x := r.member(p)
		return x != nil && x.employed && x.ReportsTo != "" && salesrhythm.SameID(x.ReportsTo, m.ID)
	})
}

// denied reports whether norm n denies held event e credit for want of a
// value: under the strict rule, a start or a length it judges that could
// not be read. It returns the finding that explains it.
func (r *run) denied(n salesrhythm.Norm, e salesrhythm.Event, strict bool) (*salesrhythm.Finding, bool) {
	if strict && n.StartClock().Valid() {
		if f := r.ledger.explaining(e.Ref, "start"); f != nil {
			return f, true
		}
	}
	if strict && n.MaxMinutes > 0 {
		if f := r.ledger.explaining(e.Ref, "minutes"); f != nil {
			return f, true
		}
	}
	return nil, false
}

// eventWord is an event type's label for a sentence.
func eventWord(key string) salesrhythm.Text {
	if key == "" {
		return salesrhythm.Tr("event")
	}
	return salesrhythm.LabelOf(salesrhythm.EventTypes, key).Lower()
}

func orNone(ids []string) salesrhythm.Text {
	if len(ids) == 0 {
		return salesrhythm.Tr("no participant")
	}
	return salesrhythm.Tr("participants: %s", strings.Join(ids, ", "))
}

// slots counts the time-table cells of the month the time use reads, and
// charges the cells of people not in the plan.
func (r *run) slots() {
	for s := range r.in.Slots.All() {
		filled := 0
		for _, a := range []string{s.Plan, s.Actual} {
			if a != "" {
				filled++
			}
		}
		if !r.inMonth(s.Date) {
			if filled > 0 && r.belongs(s.Ref, s.Date) == notYet {
				r.leave(r.pending(s.Ref), s.Ref, nil, salesrhythm.Text{}, cost(salesrhythm.Slots, float64(filled)))
			}
			continue
		}
		if r.member(s.Person) == nil {
			r.leave(r.ownerMissing(s.Ref), s.Ref, nil, salesrhythm.Tr("the time table of %s, who is not in the plan, counts for no one", s.Person), cost(salesrhythm.Slots, float64(filled)))
			continue
		}
		r.counted[salesrhythm.Slots] += float64(filled)
	}
}

// totals adds up what the findings exclude, by measure in order.
func totals(fs []salesrhythm.Finding) salesrhythm.Exclusions {
	out := salesrhythm.Exclusions{}
	for _, f := range fs {
		for _, x := range f.Excluded {
			out.Add(x)
		}
	}
	return inOrder(out)
}

// inOrder sorts exclusions by measure as reports show them.
func inOrder(xs salesrhythm.Exclusions) salesrhythm.Exclusions {
	slices.SortStableFunc(xs, func(a, b salesrhythm.Exclusion) int { return measureOrder(a.Measure) - measureOrder(b.Measure) })
	return xs
}
