package demo

import (
	"context"
	"reflect"

	"salesrhythm"
	"salesrhythm/analysis"
)

// Several consecutive months (Options.Months) are the same company month
// after month, each month's story made as a single month's is, so that the
// last month is the one a single-month demo of it makes. Over the months
// each manager drifts within their band — some improve, some slip — the
// leaders' self-assessments grow by a YES, and the manager who joins in the
// last month is in no earlier plan. A week that spans two months is one
// workbook, issued with the batch of its Monday's month: its rows dated in
// each month come from that month's story, and its funnel, outlook and
// action items from the month that holds its Thursday, as the report
// counts them.

// MaxMonths is the most months a demo makes.
const MaxMonths = 24

// bands are the fulfilment each band's managers keep to over the months.
var bands = map[analysis.Band][2]float64{
	analysis.BandLeader:  {1.06, 1.4},
	analysis.BandCore:    {0.82, 0.98},
	analysis.BandLaggard: {0.45, 0.75},
	"":                   {0.5, 1.2},
}

// drift is a manager's fulfilment in this month: the last month's, less
// their monthly trend for each month before it, within their band.
func (c *company) drift(s *seller) float64 {
	if c.ago == 0 {
		return s.perf
	}
	slope := c.rand(s.ID, "trend").uniform(-0.035, 0.045)
	b := bands[s.band]
	return min(b[1], max(b[0], s.perf-slope*float64(c.ago)))
}

// grown is a leader's role profile in this month: two months or more
// before the last, one YES fewer in one role the leader has since grown in.
func (c *company) grown(l *leader, yes map[string]int) map[string]int {
	if c.ago < 2 {
		return yes
	}
	out := map[string]int{}
	for k, v := range yes {
		out[k] = v
	}
	roles := c.cfg.Assessment.Roles
	from := c.rand(l.ID, "growth").IntN(len(roles))
	for i := range roles {
		if k := roles[(from+i)%len(roles)].Key; out[k] > 0 {
			out[k]--
			break
		}
	}
	return out
}

// months makes o.Months months ending with o.Month and returns the last
// month's truth, with the earlier months' in its Earlier.
func months(ctx context.Context, inbox string, o Options, cfg salesrhythm.Config) (*Truth, error) {
	n := o.Months
	companies := make([]*company, n)
	truths := make([]*Truth, n)
	for i := range n {
		mo := o
		mo.Month, mo.ago = o.Month.Add(i-n+1), n-1-i
		c := cfg
		c.Month = mo.Month
		companies[i] = newCompany(mo, c)
		truths[i] = companies[i].story()
	}
	books := make([][]*book, n)
	total := 0
	for i, c := range companies {
		books[i], truths[i].Unheld = c.workbooks()
		if i+1 < n {
			next := companies[i+1]
			for _, b := range books[i] {
				if b.spec.Kind.Weekly() && b.spec.Period.End.After(c.month.Last()) {
					b.spec.Records = joinWeek(c, next, b.spec.Period, b.spec.Records, next.records(b.spec))
				}
			}
		}
		total += len(books[i]) + 2 // a resubmission and a lock file
	}
	done := 0
	for i, c := range companies {
		progress := func(d, _ int) {
			if o.Progress != nil {
				o.Progress(done+d, total)
			}
		}
		if err := c.finish(ctx, inbox, truths[i], books[i], progress); err != nil {
			return nil, err
		}
		done += truths[i].Workbooks + 1
	}
	for i := n - 1; i > 0; i-- {
		before(truths[i], truths[i-1])
	}
	t := truths[n-1]
	t.Earlier = truths[:n-1]
	return t, nil
}

// before gives each competence rated in a month without an earlier rating
// in it the last month's, the rating its change is against: the report
// reads last month's one-on-ones too (but not to report their mistakes,
// which are last month's).
func before(t, last *Truth) {
	for i := range t.Ratings {
		r := &t.Ratings[i]
		for _, p := range last.Ratings {
			if p.Person != r.Person {
				continue
			}
			for j := range r.Before {
				if r.Before[j] == 0 && j < len(p.Stages) {
					r.Before[j] = p.Stages[j]
				}
			}
		}
	}
}

// joinWeek is the workbook of a week that begins in this month and ends in
// the next: the rows dated in each month from that month's story, and what
// has no date of its own from the month holding the week's Thursday.
func joinWeek(this, next *company, week salesrhythm.Period, mine, theirs *salesrhythm.Records) *salesrhythm.Records {
	out := &salesrhythm.Records{}
	if mine == nil || theirs == nil {
		return mine
	}
	thursday := week.Start.AddDays(3).MonthOf()
	a, b, o := reflect.ValueOf(mine).Elem(), reflect.ValueOf(theirs).Elem(), reflect.ValueOf(out).Elem()
	for i := range o.NumField() {
		if o.Field(i).Kind() != reflect.Slice {
			continue
		}
		for _, src := range []reflect.Value{a.Field(i), b.Field(i)} {
			from := this
			if src == b.Field(i) {
				from = next
			}
			for j := range src.Len() {
				rec := src.Index(j)
				if d, ok := dateOf(rec); ok && d.MonthOf() != from.month || !ok && thursday != from.month {
					continue
				}
				o.Field(i).Set(reflect.Append(o.Field(i), rec))
			}
		}
	}
	return out
}

// dateOf returns a record's own date, its Date field, if it has one.
func dateOf(rec reflect.Value) (salesrhythm.Date, bool) {
	f := rec.FieldByName("Date")
	if !f.IsValid() || f.Type() != reflect.TypeFor[salesrhythm.Date]() {
		return salesrhythm.Date{}, false
	}
	return f.Interface().(salesrhythm.Date), true
}
