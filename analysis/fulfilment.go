package analysis

import (
	"slices"
	"strings"

	"salesrhythm"
)

// Measures holds one figure for each of the five planned quantities; JSON
// lists them in the order reports show them.
type Measures[T any] struct {
	Revenue    T `json:"revenue"`
	Deals      T `json:"deals"`
	Calls      T `json:"calls"`
	Meetings   T `json:"meetings"`
	NewClients T `json:"new_clients"`
}

// Get returns the figure for m, or the zero figure for an unknown measure.
func (ms Measures[T]) Get(m salesrhythm.Measure) T {
	if p := ms.at(m); p != nil {
		return *p
	}
	var zero T
	return zero
}

func (ms *Measures[T]) at(m salesrhythm.Measure) *T {
	switch m {
	case salesrhythm.Revenue:
		return &ms.Revenue
	case salesrhythm.Deals:
		return &ms.Deals
	case salesrhythm.Calls:
		return &ms.Calls
	case salesrhythm.Meetings:
		return &ms.Meetings
	case salesrhythm.NewClients:
		return &ms.NewClients
	}
	return nil
}

// measures lists the five planned quantities in the order reports show them.
func measures() []salesrhythm.Measure {
	ms := make([]salesrhythm.Measure, len(salesrhythm.Measures))
	for i, c := range salesrhythm.Measures {
		ms[i] = salesrhythm.Measure(c.Key)
	}
	return ms
}

// Fulfilment is one person's plan fulfilment for one target.
type Fulfilment struct {
	Planned    float64  `json:"planned"`    // the plan's target; 0 when none
	Target     float64  `json:"target"`     // Planned, pro-rated by working days employed when pro-rating is on
	Actual     float64  `json:"actual"`     // from the records dated in the month
	Fulfilment Fraction `json:"fulfilment"` // Actual ÷ Target
	ToDate     float64  `json:"to_date"`    // Target pro-rated to the working days elapsed; 0 unless AsOf is in the month
	// ActualToDate is Actual of the records dated through AsOf.
	ActualToDate float64  `json:"actual_to_date"`
	Pace         Fraction `json:"pace"` // ActualToDate ÷ ToDate
}

// Standing is what a person's standing is taken on: the fulfilment, or
// with onPace, while the month is in progress, the pace.
func (f Fulfilment) Standing(onPace bool) Fraction {
	if onPace {
		return f.Pace
	}
	return f.Fulfilment
}

// Aggregate is the plan fulfilment of a group or the department for one
// target, summed over the members who have that target.
type Aggregate struct {
	Target     float64  `json:"target"`     // Σ Target over the members with a target
	Actual     float64  `json:"actual"`     // Σ Actual over the members with a target
	Total      float64  `json:"total"`      // Σ Actual over all members
	Fulfilment Fraction `json:"fulfilment"` // Actual ÷ Target
	ToDate     float64  `json:"to_date"`    // Σ ToDate over the members with a target
	// ActualToDate is Σ ActualToDate over the members with a target.
	ActualToDate float64  `json:"actual_to_date"`
	Pace         Fraction `json:"pace"` // ActualToDate ÷ ToDate
}

// Person is one member of the plan with their fulfilment and standing.
type Person struct {
	ID          string               `json:"id"`
	Name        string               `json:"name"`
	Role        salesrhythm.Role     `json:"role"`
	Group       string               `json:"group"`
	ReportsTo   string               `json:"reports_to"`
	WorkingDays int                  `json:"working_days"` // working days employed in the month
	Measures    Measures[Fulfilment] `json:"measures"`
	Value       Fraction             `json:"value"` // the ranking metric
	Rank        *int                 `json:"rank"`  // nil when unranked
	Band        Band                 `json:"band"`  // "" when unranked
	Reason      salesrhythm.Text     `json:"reason,omitzero"`
	// Missing is what the figures leave out of the person's own records,
	// by measure, as the findings charge it.
	Missing salesrhythm.Exclusions `json:"missing"`
	// Provisional is set when the ranking metric misses values of the
	// person's records: the rank stands on the figures read, but a
	// laggard is banded provisional, not laggard.
	Provisional bool `json:"provisional"`
}

// Group is the plan fulfilment of the members of one group, or of the
// whole department.
type Group struct {
	Name     string              `json:"name"`
	Members  []string            `json:"members"` // IDs in order
	Measures Measures[Aggregate] `json:"measures"`
}

// measure adds up each member's actuals from the records dated in the
// month, and apart those through AsOf, and charges to the findings what it
// leaves out: a deal, call or funnel of the month of someone not in the
// plan, one with no readable date or dated where no report counts it, and
// the amount, new-client answer or meetings of a counted one that could not
// be read.
func (r *run) measure() {
	add := func(m *member, toDate bool, f func(*salesrhythm.Targets)) {
		f(&m.actual)
		if toDate {
			f(&m.toDate)
		}
	}
	for _, d := range r.in.Deals {
		m := r.member(d.Person)
		switch r.belongs(d.Ref, d.Date) {
		case otherMonth:
			continue
		case notYet:
			r.leave(r.pending(d.Ref), d.Ref, nil, salesrhythm.Text{}, r.dealCost(d)...)
			continue
		case lost:
			r.leave(r.ledger.explaining(d.Ref, "date"), d.Ref, m, salesrhythm.Tr("the deal has no date that can be read, so it counts in no month"), r.dealCost(d)...)
			continue
		}
		if m == nil {
			r.leave(r.ownerMissing(d.Ref), d.Ref, nil, salesrhythm.Tr("the deal of %s, who is not in the plan, counts for no one", d.Person), r.dealCost(d)...)
			continue
		}
		add(m, r.toDate(d.Date), func(t *salesrhythm.Targets) {
			t.Revenue += d.Amount
			t.Deals++
			if d.NewClient == salesrhythm.Yes {
				t.NewClients++
			}
		})
		if f := r.ledger.explaining(d.Ref, "amount"); f != nil {
			r.leave(f, d.Ref, m, salesrhythm.Text{}, unknown(salesrhythm.Revenue))
		}
		if f := r.ledger.explaining(d.Ref, "new_client"); f != nil && d.NewClient == salesrhythm.Unanswered {
			r.leave(f, d.Ref, m, salesrhythm.Text{}, unknown(salesrhythm.NewClients))
		}
	}
	for c := range r.in.Calls.All() {
		m := r.member(c.Person)
		switch r.belongs(c.Ref, c.Date) {
		case otherMonth:
			continue
		case notYet:
			r.leave(r.pending(c.Ref), c.Ref, nil, salesrhythm.Text{}, cost(salesrhythm.Calls, 1))
			continue
		case lost:
			r.leave(r.ledger.explaining(c.Ref, "date"), c.Ref, m, salesrhythm.Tr("the call has no date that can be read, so it counts in no month"), cost(salesrhythm.Calls, 1))
			continue
		}
		if m == nil {
			r.leave(r.ownerMissing(c.Ref), c.Ref, nil, salesrhythm.Tr("the call of %s, who is not in the plan, counts for no one", c.Person), cost(salesrhythm.Calls, 1))
			continue
		}
		add(m, r.toDate(c.Date), func(t *salesrhythm.Targets) { t.Calls++ })
	}
	for _, f := range r.in.Funnels {
		if !r.ownsWeek(f.Week) {
			continue
		}
		m := r.member(f.Person)
		if f.Week.Start.After(r.counts.End) { // a week not begun by the as-of day
			r.leave(r.pending(f.Ref), f.Ref, nil, salesrhythm.Text{}, cost(salesrhythm.Meetings, float64(f.Meetings)))
			continue
		}
		if m == nil {
			r.leave(r.ownerMissing(f.Ref), f.Ref, nil, salesrhythm.Tr("the funnel of %s, who is not in the plan, counts for no one", f.Person), cost(salesrhythm.Meetings, float64(f.Meetings)))
			continue
		}
		// A week's funnel has no dates of its own: it counts to date once
		// its week has begun by AsOf.
		toDate := r.inMonth(r.in.AsOf) && !f.Week.Start.After(r.in.AsOf)
		add(m, toDate, func(t *salesrhythm.Targets) { t.Meetings += float64(f.Meetings) })
		if x := r.ledger.explaining(f.Ref, "meetings"); x != nil {
			r.leave(x, f.Ref, m, salesrhythm.Text{}, unknown(salesrhythm.Meetings))
		}
	}
	for _, m := range r.team {
		for _, k := range measures() {
			r.counted[k] += m.actual.Get(k)
		}
	}
}

// ownsWeek reports whether a funnel's week belongs to the month: the month
// that holds its Thursday, as ISO 8601 assigns weeks to years.
func (r *run) ownsWeek(w salesrhythm.Period) bool {
	return !w.Start.IsZero() && w.Start.Monday().AddDays(3).MonthOf() == r.in.Month
}

// people returns every member of the plan with their fulfilment, in plan
// order; rank orders them.
func (r *run) people() []Person {
	targets := r.targets()
	out := make([]Person, len(r.team))
	for i, m := range r.team {
		p := Person{
			ID: m.ID, Name: m.Name, Role: m.Role, Group: m.Group, ReportsTo: m.ReportsTo,
			WorkingDays: m.days, Missing: inOrder(append(salesrhythm.Exclusions{}, m.missing...)),
		}
		share := 1.0
		if r.in.Config.Ranking.Prorate && m.employment != r.month && r.days > 0 {
			share = float64(m.days) / float64(r.days)
		}
		elapsed := 0
		if m.employed {
			elapsed = r.elapsed(m.employment)
		}
		for _, k := range measures() {
			f := p.Measures.at(k)
			f.Planned = targets[idKey(m.ID)].Get(k)
			f.Target = f.Planned * share
			f.Actual = m.actual.Get(k)
			f.Fulfilment = Ratio(f.Actual, f.Target)
			if m.days > 0 {
				f.ToDate = f.Target * float64(elapsed) / float64(m.days)
			}
			f.ActualToDate = m.toDate.Get(k)
			f.Pace = Ratio(f.ActualToDate, f.ToDate)
		}
		out[i] = p
	}
	return out
}

// targets returns the plan's targets by ID key; of two IDs that differ only
// in case or space the first in order wins.
func (r *run) targets() map[string]salesrhythm.Targets {
	ids := make([]string, 0, len(r.in.Plan.Targets))
	for id := range r.in.Plan.Targets {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	out := map[string]salesrhythm.Targets{}
	for _, id := range ids {
		if _, ok := out[idKey(id)]; !ok {
			out[idKey(id)] = r.in.Plan.Targets[id]
		}
	}
	return out
}

// groups sums the fulfilment of each named group and of the department.
// People with no group count in the department only.
func (r *run) groups(people []Person) ([]Group, Group) {
	byName := map[string][]Person{}
	for _, p := range people {
		if strings.TrimSpace(p.Group) != "" {
			byName[p.Group] = append(byName[p.Group], p)
		}
	}
	names := make([]string, 0, len(byName))
	for n := range byName {
		names = append(names, n)
	}
	slices.Sort(names)
	groups := make([]Group, len(names))
	for i, n := range names {
		groups[i] = sum(n, byName[n])
	}
	return groups, sum("", people)
}

func sum(name string, people []Person) Group {
	g := Group{Name: name, Members: make([]string, len(people))}
	for i, p := range people {
		g.Members[i] = p.ID
		for _, k := range measures() {
			a, f := g.Measures.at(k), p.Measures.Get(k)
			a.Total += f.Actual
			if f.Target > 0 {
				a.Target += f.Target
				a.Actual += f.Actual
				a.ToDate += f.ToDate
				a.ActualToDate += f.ActualToDate
			}
		}
	}
	slices.SortFunc(g.Members, compareID)
	for _, k := range measures() {
		a := g.Measures.at(k)
		a.Fulfilment = Ratio(a.Actual, a.Target)
		a.Pace = Ratio(a.ActualToDate, a.ToDate)
	}
	return g
}
