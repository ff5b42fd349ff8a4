package demotest

import (
	"fmt"
	"math"

	"salesrhythm"
	"salesrhythm/analysis"
	"salesrhythm/demo"
	"salesrhythm/report"
)

// CheckHistory compares the trends of a report of a demo of several months
// with what the demo put into each month, and returns every difference in
// words: that the History holds every month, each manager's revenue and
// deals actual and target in every month they were in the plan and a gap
// in the others, the department's actuals, the change against the month
// before, each leader's role scores per assessment with their change, and
// each person's competence stages month by month.
func CheckHistory(t *demo.Truth, s report.Summary) []string {
	var out []string
	bad := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }
	h := s.History
	if h == nil {
		return []string{"the report has no history"}
	}
	months := append(append([]*demo.Truth{}, t.Earlier...), t)
	if len(h.Months) != len(months) {
		return []string{fmt.Sprintf("the history has %d months, want %d", len(h.Months), len(months))}
	}
	people := map[string]analysis.PersonSeries{}
	for _, p := range h.People {
		people[p.ID] = p
	}
	for i, m := range months {
		if h.Months[i] != m.Month {
			bad("month %d of the history is %s, want %s", i+1, h.Months[i], m.Month)
			continue
		}
		revenue, deals := 0.0, 0
		in := map[string]bool{}
		for _, x := range m.Managers {
			in[x.ID] = true
			// What the planted mistakes lose is not counted.
			lost := lostBy(m, x.ID)
			x.Revenue -= lost.Revenue
			x.Deals -= int(lost.Deals)
			revenue += x.Revenue
			deals += x.Deals
			p, ok := people[x.ID]
			if !ok {
				bad("%s is not in the history", x.ID)
				continue
			}
			for _, f := range []struct {
				measure        string
				got            analysis.Point
				actual, target float64
			}{
				{"revenue", p.Measures.Revenue[i], x.Revenue, x.Targets.Revenue},
				{"deals", p.Measures.Deals[i], float64(x.Deals), x.Targets.Deals},
			} {
				switch {
				case f.got.Gap != "":
					bad("%s %s: %s is a gap (%s)", m.Month, x.ID, f.measure, f.got.Gap)
				case math.Abs(f.got.Actual-f.actual) > 0.005:
					bad("%s %s: %s %.2f, want %.2f", m.Month, x.ID, f.measure, f.got.Actual, f.actual)
				case x.Start.MonthOf() != m.Month && f.got.Target != f.target:
					bad("%s %s: %s target %.2f, want %.2f", m.Month, x.ID, f.measure, f.got.Target, f.target)
				}
			}
		}
		for _, p := range h.People {
			if pt := p.Measures.Revenue[i]; p.Role == salesrhythm.Manager && !in[p.ID] && pt.Gap != analysis.GapNotInPlan {
				bad("%s %s: not in the month's plan, but the history shows %+v", m.Month, p.ID, pt)
			}
		}
		d := h.Department.Measures
		if math.Abs(d.Revenue[i].Actual-revenue) > 0.005 || d.Deals[i].Actual != float64(deals) {
			bad("%s: the department's revenue %.2f and deals %.0f, want %.2f and %d", m.Month, d.Revenue[i].Actual, d.Deals[i].Actual, revenue, deals)
		}
		for _, s := range append(append([]analysis.PersonSeries{}, h.People...), analysis.PersonSeries{ID: "department", Measures: d}) {
			pts := s.Measures.Revenue
			if i == 0 || !pts[i].Fulfilment.Valid || !pts[i-1].Fulfilment.Valid {
				continue
			}
			if want := pts[i].Fulfilment.Value - pts[i-1].Fulfilment.Value; !pts[i].Change.Valid || math.Abs(pts[i].Change.Value-want) > 1e-9 {
				bad("%s %s: revenue change %v, want %.4f", m.Month, s.ID, pts[i].Change, want)
			}
		}
	}
	roles := map[string]analysis.RoleSeries{}
	for _, r := range h.Roles {
		roles[r.ID] = r
	}
	for i, m := range months {
		for _, l := range m.Leaders {
			r := roles[l.ID]
			if len(r.Assessments) != len(months) {
				bad("%s: %d self-assessments in the history, want %d", l.ID, len(r.Assessments), len(months))
				continue
			}
			a := r.Assessments[i]
			for _, x := range a.Roles {
				if x.Yes != l.Roles[x.Role] {
					bad("%s %s: %s scores %d, want %d", m.Month, l.ID, x.Role, x.Yes, l.Roles[x.Role])
				}
				if i == 0 {
					continue
				}
				prev := 0
				for _, b := range months[i-1].Leaders {
					if b.ID == l.ID {
						prev = b.Roles[x.Role]
					}
				}
				if x.Change == nil || *x.Change != l.Roles[x.Role]-prev {
					bad("%s %s: %s change %v, want %+d", m.Month, l.ID, x.Role, x.Change, l.Roles[x.Role]-prev)
				}
			}
		}
	}
	// Competences, in the configured order of the month's matrix.
	var keys []string
	for _, m := range s.Competences.Means {
		keys = append(keys, m.Competence)
	}
	stage := map[[2]string]analysis.CompetenceSeries{}
	for _, c := range h.Competences {
		stage[[2]string{c.Person, c.Competence}] = c
	}
	for i, m := range months {
		for _, r := range m.Ratings {
			for j, want := range r.Stages {
				if want == 0 || j >= len(keys) {
					continue
				}
				c, ok := stage[[2]string{r.Person, keys[j]}]
				if !ok || c.Points[i].Stage != want {
					bad("%s %s: %s at stage %v in the history, want %d", m.Month, r.Person, keys[j], c.Points, want)
				}
			}
		}
	}
	return out
}
