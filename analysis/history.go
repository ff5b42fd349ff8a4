package analysis

import (
	"cmp"
	"slices"

	"salesrhythm"
)

// The history is the same figures for the months the archive holds: each
// month analysed alone, with its own plan — people who joined or left are
// in the months they were there — and summed up (MonthFigures) before the
// next is read, so that memory holds one month's records at a time. A
// month with no plan, or with nothing received, is a gap, not a zero.

// MonthFigures is one month as the trends read it: what the month's
// Result says, without the records behind it.
type MonthFigures struct {
	Month salesrhythm.Month `json:"month"`
	// Plan is false for a month whose plan the archive does not hold:
	// every figure of it is a gap.
	Plan bool `json:"plan"`
	// Data is false when no workbook of the month arrived: a gap too.
	Data        bool         `json:"data"`
	WorkingDays int          `json:"working_days"`
	People      []Person     `json:"people"`
	Groups      []Group      `json:"groups"`
	Department  Group        `json:"department"`
	Compliance  []Compliance `json:"compliance"` // the score of each leader, without the norms
	Roles       []RoleScores `json:"roles"`      // the self-assessments received
	Competences []Competence `json:"competences"`
	// sent holds the ID keys of the people from whom a workbook of each
	// kind arrived, for telling a month without data from a zero.
	sent map[salesrhythm.Kind]map[string]bool
}

// Competence is one person's learning stage (1–4, DOMAIN.md §6) of one
// competence in a month: the latest the month's one-on-ones gave.
type Competence struct {
	Person     string `json:"person"`
	Name       string `json:"name"`
	Competence string `json:"competence"` // the competence's key
	Stage      int    `json:"stage"`
}

// NoPlan is the month of an archive that holds no plan for it.
func NoPlan(m salesrhythm.Month) MonthFigures { return MonthFigures{Month: m} }

// Figures sums up a month's Result for the history.
func Figures(r Result) MonthFigures {
	f := MonthFigures{Month: r.Month, Plan: true, Data: len(r.Submissions.Received) > 0, WorkingDays: r.WorkingDays,
		People: r.People, Groups: r.Groups, Department: r.Department, Roles: []RoleScores{},
		sent: map[salesrhythm.Kind]map[string]bool{}}
	for _, s := range r.Submissions.Received {
		if f.sent[s.Kind] == nil {
			f.sent[s.Kind] = map[string]bool{}
		}
		f.sent[s.Kind][idKey(s.Person)] = true
	}
	for _, c := range r.Compliance {
		c.Norms = nil
		f.Compliance = append(f.Compliance, c)
	}
	for _, rs := range r.Roles {
		if rs.Received {
			f.Roles = append(f.Roles, rs)
		}
	}
	names := map[string]string{}
	for _, p := range r.People {
		names[idKey(p.ID)] = p.Name
	}
	for _, row := range r.Competences.People {
		for _, st := range row.Stages {
			if st.Stage > 0 {
				f.Competences = append(f.Competences, Competence{Person: row.Person, Name: names[idKey(row.Person)], Competence: st.Competence, Stage: st.Stage})
			}
		}
	}
	return f
}

// Point is one month of a fulfilment series. A gap has no figures and says
// why: GapNoPlan, GapNotInPlan or GapNoData.
type Point struct {
	Month      salesrhythm.Month `json:"month"`
	Gap        string            `json:"gap,omitempty"`
	Target     float64           `json:"target"`
	Actual     float64           `json:"actual"`
	Fulfilment Fraction          `json:"fulfilment"` // null for a gap and for no target
	Change     Fraction          `json:"change"`     // Fulfilment less the month before's, in fractions of the target; null when either is missing
}

// Why a month of a series has no figure.
const (
	GapNoPlan    = "no-plan"     // the archive holds no plan for the month
	GapNotInPlan = "not-in-plan" // the person or group is not in the month's plan, or was not employed in it
	GapNoData    = "no-data"     // none of the workbooks the figure counts arrived
)

// ScorePoint is one month of a leader's compliance.
type ScorePoint struct {
	Month  salesrhythm.Month `json:"month"`
	Gap    string            `json:"gap,omitempty"`
	Score  Fraction          `json:"score"`
	Change Fraction          `json:"change"` // Score less the month before's
}

// RolePoint is one self-assessment of a leader: the scores by role, each
// with its change against the leader's assessment before it in the
// history.
type RolePoint struct {
	Month    salesrhythm.Month `json:"month"`
	Roles    []RoleScore       `json:"roles"`
	Total    int               `json:"total"`
	Solid    []string          `json:"solid"`
	Previous salesrhythm.Month `json:"previous,omitzero"`
}

// StagePoint is one month of a competence's learning stage; Stage 0 is a
// month without a rating.
type StagePoint struct {
	Month  salesrhythm.Month `json:"month"`
	Stage  int               `json:"stage"`
	Change *int              `json:"change"` // against the last rating before it; nil without one
}

// PersonSeries is one person's months.
type PersonSeries struct {
	ID       string            `json:"id"`
	Name     string            `json:"name"`
	Role     salesrhythm.Role  `json:"role"`
	Group    string            `json:"group"`
	Measures Measures[[]Point] `json:"measures"`
}

// GroupSeries is a group's months, or the department's.
type GroupSeries struct {
	Name     string            `json:"name"`
	Measures Measures[[]Point] `json:"measures"`
}

// ComplianceSeries is a leader's compliance month by month.
type ComplianceSeries struct {
	ID     string           `json:"id"`
	Name   string           `json:"name"`
	Role   salesrhythm.Role `json:"role"`
	Points []ScorePoint     `json:"months"`
}

// RoleSeries is a leader's self-assessments in the history.
type RoleSeries struct {
	ID          string      `json:"id"`
	Name        string      `json:"name"`
	Assessments []RolePoint `json:"assessments"`
}

// CompetenceSeries is one person's stage of one competence, month by month.
type CompetenceSeries struct {
	Person     string       `json:"person"`
	Name       string       `json:"name"`
	Competence string       `json:"competence"`
	Points     []StagePoint `json:"months"`
}

// History is the trends of the months given, in order.
type History struct {
	Months      []salesrhythm.Month `json:"months"`
	Department  GroupSeries         `json:"department"`
	Groups      []GroupSeries       `json:"groups"`      // by name
	People      []PersonSeries      `json:"people"`      // everyone in a month's plan, by ID
	Compliance  []ComplianceSeries  `json:"compliance"`  // every leader of a month's plan, by ID
	Roles       []RoleSeries        `json:"roles"`       // every leader who sent a self-assessment, by ID
	Competences []CompetenceSeries  `json:"competences"` // by person ID, then competence
}

// Trends builds the history of months, which must be consecutive and in
// order.
func Trends(months []MonthFigures) History {
	h := History{Months: []salesrhythm.Month{}, Groups: []GroupSeries{}, People: []PersonSeries{}, Compliance: []ComplianceSeries{},
		Roles: []RoleSeries{}, Competences: []CompetenceSeries{}}
	for _, m := range months {
		h.Months = append(h.Months, m.Month)
	}
	h.Department = GroupSeries{Measures: series(months, func(m MonthFigures) (Measures[Aggregate], string) {
		switch {
		case !m.Plan:
			return Measures[Aggregate]{}, GapNoPlan
		case !m.Data:
			return Measures[Aggregate]{}, GapNoData
		}
		return m.Department.Measures, ""
	})}
	for _, name := range names(months, func(m MonthFigures) []string {
		var out []string
		for _, g := range m.Groups {
			out = append(out, g.Name)
		}
		return out
	}) {
		h.Groups = append(h.Groups, GroupSeries{Name: name, Measures: series(months, func(m MonthFigures) (Measures[Aggregate], string) {
			if !m.Plan {
				return Measures[Aggregate]{}, GapNoPlan
			}
			i := slices.IndexFunc(m.Groups, func(g Group) bool { return g.Name == name })
			if i < 0 {
				return Measures[Aggregate]{}, GapNotInPlan
			}
			return m.Groups[i].Measures, ""
		})})
	}
	h.People = people(months)
	h.Compliance = compliance(months)
	h.Roles = roleSeries(months)
	h.Competences = competences(months)
	return h
}

// series makes one series per measure from each month's aggregate, or the
// reason it has none.
func series(months []MonthFigures, at func(MonthFigures) (Measures[Aggregate], string)) Measures[[]Point] {
	var out Measures[[]Point]
	for _, k := range measures() {
		var prev Fraction
		pts := []Point{}
		for i, m := range months {
			a, gap := at(m)
			p := Point{Month: m.Month, Gap: gap}
			if gap == "" {
				x := a.Get(k)
				p.Target, p.Actual, p.Fulfilment = x.Target, x.Actual, x.Fulfilment
				if i > 0 && prev.Valid && p.Fulfilment.Valid {
					p.Change = Fraction{Value: p.Fulfilment.Value - prev.Value, Valid: true}
				}
			}
			prev = p.Fulfilment
			pts = append(pts, p)
		}
		*out.at(k) = pts
	}
	return out
}

// names lists, in order, the names the months give.
func names(months []MonthFigures, of func(MonthFigures) []string) []string {
	var out []string
	for _, m := range months {
		for _, n := range of(m) {
			if !slices.Contains(out, n) {
				out = append(out, n)
			}
		}
	}
	slices.Sort(out)
	return out
}

// people makes every person's series: a person is in the months whose plan
// lists them and employs them; a month they sent nothing in is a gap.
func people(months []MonthFigures) []PersonSeries {
	type who struct {
		p  Person
		at map[salesrhythm.Month]Person
	}
	byID := map[string]*who{}
	for _, m := range months {
		for _, p := range m.People {
			w := byID[idKey(p.ID)]
			if w == nil {
				w = &who{at: map[salesrhythm.Month]Person{}}
				byID[idKey(p.ID)] = w
			}
			w.p, w.at[m.Month] = p, p // the newest month names them
		}
	}
	out := []PersonSeries{}
	for _, w := range byID {
		ps := PersonSeries{ID: w.p.ID, Name: w.p.Name, Role: w.p.Role, Group: w.p.Group}
		ps.Measures = series(months, func(m MonthFigures) (Measures[Aggregate], string) {
			p, ok := w.at[m.Month]
			if gap := m.personGap(p, ok); gap != "" {
				return Measures[Aggregate]{}, gap
			}
			var a Measures[Aggregate]
			for _, k := range measures() {
				f := p.Measures.Get(k)
				*a.at(k) = Aggregate{Target: f.Target, Actual: f.Actual, Total: f.Actual, Fulfilment: f.Fulfilment}
			}
			return a, ""
		})
		out = append(out, ps)
	}
	slices.SortFunc(out, func(a, b PersonSeries) int { return compareID(a.ID, b.ID) })
	return out
}

// personGap says why the month has no figures for person p (ok false when
// the month's plan does not list them): GapNoPlan, GapNotInPlan for one not
// employed in it, GapNoData for a manager from whom neither a weekly report
// nor a call register arrived; "" when it has them.
func (m MonthFigures) personGap(p Person, ok bool) string {
	switch {
	case !m.Plan:
		return GapNoPlan
	case !ok || p.WorkingDays == 0:
		return GapNotInPlan
	case p.Role == salesrhythm.Manager && !m.sent[salesrhythm.KindWeeklyReport][idKey(p.ID)] && !m.sent[salesrhythm.KindCallRegister][idKey(p.ID)]:
		return GapNoData
	}
	return ""
}

// compliance makes every leader's compliance series; a month without a
// management log from the leader is a gap.
func compliance(months []MonthFigures) []ComplianceSeries {
	byID := map[string]*ComplianceSeries{}
	at := map[string]map[salesrhythm.Month]Compliance{}
	for _, m := range months {
		for _, c := range m.Compliance {
			k := idKey(c.Leader)
			if byID[k] == nil {
				byID[k], at[k] = &ComplianceSeries{}, map[salesrhythm.Month]Compliance{}
			}
			*byID[k] = ComplianceSeries{ID: c.Leader, Name: c.Name, Role: c.Role}
			at[k][m.Month] = c
		}
	}
	out := []ComplianceSeries{}
	for k, s := range byID {
		var prev Fraction
		for _, m := range months {
			c, ok := at[k][m.Month]
			p := ScorePoint{Month: m.Month}
			switch {
			case !m.Plan:
				p.Gap = GapNoPlan
			case !ok || c.Reason == reasonNotEmployed:
				p.Gap = GapNotInPlan
			case !m.sent[salesrhythm.KindManagementLog][k]:
				p.Gap = GapNoData
			default:
				p.Score = c.Score
				if prev.Valid && p.Score.Valid {
					p.Change = Fraction{Value: p.Score.Value - prev.Value, Valid: true}
				}
			}
			prev = p.Score
			s.Points = append(s.Points, p)
		}
		out = append(out, *s)
	}
	slices.SortFunc(out, func(a, b ComplianceSeries) int { return compareID(a.ID, b.ID) })
	return out
}

// roleSeries lists each leader's self-assessments, each role's change
// against the leader's assessment before it.
func roleSeries(months []MonthFigures) []RoleSeries {
	byID := map[string]*RoleSeries{}
	for _, m := range months {
		for _, rs := range m.Roles {
			k := idKey(rs.Person)
			s := byID[k]
			if s == nil {
				s = &RoleSeries{}
				byID[k] = s
			}
			s.ID, s.Name = rs.Person, rs.Name
			p := RolePoint{Month: m.Month, Roles: slices.Clone(rs.Roles), Total: rs.Total, Solid: rs.Solid}
			if n := len(s.Assessments); n > 0 {
				before := s.Assessments[n-1]
				p.Previous = before.Month
				for i := range p.Roles {
					if j := slices.IndexFunc(before.Roles, func(x RoleScore) bool { return x.Role == p.Roles[i].Role }); j >= 0 {
						d := p.Roles[i].Yes - before.Roles[j].Yes
						p.Roles[i].Change = &d
					}
				}
			} else {
				for i := range p.Roles {
					p.Roles[i].Change = nil
				}
			}
			s.Assessments = append(s.Assessments, p)
		}
	}
	out := []RoleSeries{}
	for _, s := range byID {
		out = append(out, *s)
	}
	slices.SortFunc(out, func(a, b RoleSeries) int { return compareID(a.ID, b.ID) })
	return out
}

// competences makes each person's series of each competence rated.
func competences(months []MonthFigures) []CompetenceSeries {
	type key struct{ person, competence string }
	byKey := map[key]*CompetenceSeries{}
	at := map[key]map[salesrhythm.Month]int{}
	for _, m := range months {
		for _, c := range m.Competences {
			k := key{idKey(c.Person), c.Competence}
			if byKey[k] == nil {
				byKey[k], at[k] = &CompetenceSeries{}, map[salesrhythm.Month]int{}
			}
			*byKey[k] = CompetenceSeries{Person: c.Person, Name: c.Name, Competence: c.Competence}
			at[k][m.Month] = c.Stage
		}
	}
	out := []CompetenceSeries{}
	for k, s := range byKey {
		last := 0
		for _, m := range months {
			p := StagePoint{Month: m.Month, Stage: at[k][m.Month]}
			if p.Stage > 0 {
				if last > 0 {
					d := p.Stage - last
					p.Change = &d
				}
				last = p.Stage
			}
			s.Points = append(s.Points, p)
		}
		out = append(out, *s)
	}
	slices.SortFunc(out, func(a, b CompetenceSeries) int {
		return cmp.Or(compareID(a.Person, b.Person), cmp.Compare(a.Competence, b.Competence))
	})
	return out
}
