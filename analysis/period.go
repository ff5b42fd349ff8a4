package analysis

import (
	"slices"
	"strings"

	"salesrhythm"
)

// PeriodResult is a run of months summed up: each person's, group's and
// the department's fulfilment over the period — the targets of each
// month's plan, pro-rated as that month's report pro-rates them, summed,
// against the actuals summed — the ranking on the period, and the months
// one by one.
type PeriodResult struct {
	From        salesrhythm.Month `json:"from"`
	To          salesrhythm.Month `json:"to"`
	WorkingDays int               `json:"working_days"` // of the months with a plan
	// People are ranked on the period's fulfilment by the ranking policy;
	// WorkingDays are the days employed over the months with a plan;
	// Missing sums what each month's figures miss of their records, and
	// Provisional follows from it as in a month's ranking.
	People     []Person `json:"people"`
	Groups     []Group  `json:"groups"`
	Department Group    `json:"department"`
	History    History  `json:"months"`
	// Planned lists the months with a plan; the others are gaps.
	Planned []salesrhythm.Month `json:"planned"`
}

// SumPeriod sums months, consecutive and in order, under the ranking
// policy.
func SumPeriod(months []MonthFigures, policy salesrhythm.Ranking) PeriodResult {
	out := PeriodResult{History: Trends(months), Planned: []salesrhythm.Month{}}
	if len(months) > 0 {
		out.From, out.To = months[0].Month, months[len(months)-1].Month
	}
	type acc struct {
		p     Person
		order int
	}
	byID := map[string]*acc{}
	groups := map[string]*Group{}
	for _, m := range months {
		if !m.Plan {
			continue
		}
		out.Planned = append(out.Planned, m.Month)
		out.WorkingDays += m.WorkingDays
		for _, p := range m.People {
			a := byID[idKey(p.ID)]
			if a == nil {
				a = &acc{order: len(byID)}
				byID[idKey(p.ID)] = a
			}
			a.p.ID, a.p.Name, a.p.Role, a.p.Group, a.p.ReportsTo = p.ID, p.Name, p.Role, p.Group, p.ReportsTo
			a.p.WorkingDays += p.WorkingDays
			for _, k := range measures() {
				f, x := a.p.Measures.at(k), p.Measures.Get(k)
				f.Planned += x.Planned
				f.Target += x.Target
				f.Actual += x.Actual
			}
			// What each month's figures miss of the person's records the
			// period's miss too: a provisional month makes the period
			// provisional by the same rule.
			for _, x := range p.Missing {
				a.p.Missing.Add(x)
			}
		}
		addGroup := func(g Group) {
			acc := groups[g.Name]
			if acc == nil {
				acc = &Group{Name: g.Name}
				groups[g.Name] = acc
			}
			for _, id := range g.Members {
				if !slices.ContainsFunc(acc.Members, func(x string) bool { return idKey(x) == idKey(id) }) {
					acc.Members = append(acc.Members, id)
				}
			}
			for _, k := range measures() {
				a, x := acc.Measures.at(k), g.Measures.Get(k)
				a.Target += x.Target
				a.Actual += x.Actual
				a.Total += x.Total
			}
		}
		for _, g := range m.Groups {
			addGroup(g)
		}
		d := m.Department
		d.Name = "\x00department"
		addGroup(d)
	}
	var people []Person
	for _, a := range byID {
		for _, k := range measures() {
			f := a.p.Measures.at(k)
			f.Fulfilment = Ratio(f.Actual, f.Target)
		}
		a.p.Missing = inOrder(append(salesrhythm.Exclusions{}, a.p.Missing...))
		people = append(people, a.p)
	}
	out.People = rank(people, policy, false)
	for _, g := range groups {
		slices.SortFunc(g.Members, compareID)
		for _, k := range measures() {
			a := g.Measures.at(k)
			a.Fulfilment = Ratio(a.Actual, a.Target)
		}
		if g.Name == "\x00department" {
			g.Name = ""
			out.Department = *g
			continue
		}
		out.Groups = append(out.Groups, *g)
	}
	if out.Department.Members == nil {
		out.Department.Members = []string{}
	}
	slices.SortFunc(out.Groups, func(a, b Group) int { return strings.Compare(a.Name, b.Name) })
	if out.Groups == nil {
		out.Groups = []Group{}
	}
	return out
}
