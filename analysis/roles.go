package analysis

import (
	"slices"

	"salesrhythm"
)

// RoleScores is one leader's self-assessment for the month, scored by role
// (DOMAIN.md §5).
type RoleScores struct {
	Person    string            `json:"person"`
	Name      string            `json:"name"`
	Roles     []RoleScore       `json:"roles"`     // in configured order
	Total     int               `json:"total"`     // YES answers
	Answered  int               `json:"answered"`  // questions answered YES or NO
	Questions int               `json:"questions"` // questions asked
	Complete  bool              `json:"complete"`  // every question answered
	Solid     []string          `json:"solid"`     // role keys whose every question is YES
	Weakest   []string          `json:"weakest"`   // role keys, not solid, with the lowest score
	Previous  salesrhythm.Month `json:"previous,omitzero"`
	Ref       salesrhythm.Ref   `json:"ref"`
	// Received is false for a leader whose self-assessment for the month
	// did not arrive: every score is then nought and nothing is solid or
	// weakest.
	Received bool `json:"received"`
}

// RoleScore is the score of one role.
type RoleScore struct {
	Role       string           `json:"role"`
	Label      salesrhythm.Text `json:"label"`
	Questions  int              `json:"questions"`
	Yes        int              `json:"yes"`
	Unanswered int              `json:"unanswered"`
	Change     *int             `json:"change"` // Yes less Yes in the Previous assessment; nil without one
}

// roles scores the month's self-assessment of every member who sent one,
// and lists every other member who fills one as not received, by ID.
func (r *run) roles() []RoleScores {
	out := []RoleScores{}
	for _, m := range r.team {
		var this, prev *salesrhythm.Assessment
		for i, a := range r.in.Assessments {
			switch {
			case !salesrhythm.SameID(a.Person, m.ID):
			case a.Month == r.in.Month:
				this = &r.in.Assessments[i]
			case a.Month.First().Before(r.in.Month.First()) && (prev == nil || !a.Month.First().Before(prev.Month.First())):
				prev = &r.in.Assessments[i]
			}
		}
		if this == nil {
			if salesrhythm.KindAssessment.FilledBy(m.Role) {
				s := score(r.in.Config.Assessment, nil)
				s.Person, s.Name, s.Solid, s.Weakest = m.ID, m.Name, []string{}, []string{}
				out = append(out, s)
			}
			continue
		}
		s := score(r.in.Config.Assessment, this.Answers)
		s.Person, s.Name, s.Ref, s.Received = m.ID, m.Name, this.Ref, true
		if prev != nil {
			before := score(r.in.Config.Assessment, prev.Answers)
			s.Previous = prev.Month
			for i := range s.Roles {
				d := s.Roles[i].Yes - before.Roles[i].Yes
				s.Roles[i].Change = &d
			}
		}
		out = append(out, s)
	}
	slices.SortFunc(out, func(a, b RoleScores) int { return compareID(a.Person, b.Person) })
	return out
}

// score counts the answers by role: question i scores the role the
// configuration gives it, and a missing answer is unanswered.
func score(cfg salesrhythm.AssessmentConfig, answers []salesrhythm.Answer) RoleScores {
	s := RoleScores{Solid: []string{}, Weakest: []string{}}
	at := map[string]*RoleScore{}
	s.Roles = make([]RoleScore, len(cfg.Roles))
	for i, c := range cfg.Roles {
		s.Roles[i] = RoleScore{Role: c.Key, Label: c.Label}
		at[c.Key] = &s.Roles[i]
	}
	for i, q := range cfg.Questions {
		a := salesrhythm.Unanswered
		if i < len(answers) {
			a = answers[i]
		}
		rs := at[q.Role]
		if rs == nil {
			continue
		}
		rs.Questions++
		s.Questions++
		switch a {
		case salesrhythm.Yes:
			rs.Yes++
			s.Total++
			s.Answered++
		case salesrhythm.No:
			s.Answered++
		default:
			rs.Unanswered++
		}
	}
	s.Complete = s.Answered == s.Questions
	lowest := -1
	for _, rs := range s.Roles {
		switch {
		case rs.Questions == 0:
		case rs.Yes == rs.Questions:
			s.Solid = append(s.Solid, rs.Role)
		case lowest < 0 || rs.Yes < lowest:
			lowest = rs.Yes
		}
	}
	for _, rs := range s.Roles {
		if rs.Questions > 0 && rs.Yes < rs.Questions && rs.Yes == lowest {
			s.Weakest = append(s.Weakest, rs.Role)
		}
	}
	return s
}
