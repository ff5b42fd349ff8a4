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
	// Advice lists the roles not solid, in configured order: for each the
	// questions not answered YES and the role's sentence.
	Advice []RoleAdvice `json:"advice"`
}

// RoleAdvice is one role below three solid YES: the handbook's own
// questions that were not answered YES, and the configured sentence on
// what a leader solid in it does.
type RoleAdvice struct {
	Role   string           `json:"role"`
	Label  salesrhythm.Text `json:"label"`
	Yes    int              `json:"yes"`
	Change *int             `json:"change"`
	Advice salesrhythm.Text `json:"advice"`
	Open   []OpenQuestion   `json:"open"` // by number
}

// OpenQuestion is a question answered NO, left blank, or answered in a way
// that could not be read.
type OpenQuestion struct {
	No         int              `json:"no"`
	Text       salesrhythm.Text `json:"text"`
	Answered   bool             `json:"answered"`             // NO; false when left blank or unreadable
	Unreadable bool             `json:"unreadable,omitempty"` // an answer typed that could not be read
}

// RoleMean is the leaders' mean score of one role over the month's
// self-assessments received.
type RoleMean struct {
	Role    string           `json:"role"`
	Label   salesrhythm.Text `json:"label"`
	Mean    Fraction         `json:"mean"`    // Σ YES ÷ leaders; n/a when none arrived
	Leaders int              `json:"leaders"` // the self-assessments received
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
				s.Person, s.Name, s.Solid, s.Weakest, s.Advice = m.ID, m.Name, []string{}, []string{}, []RoleAdvice{}
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
		s.Advice = advise(r.in.Config.Assessment, s, *this)
		out = append(out, s)
	}
	slices.SortFunc(out, func(a, b RoleScores) int { return compareID(a.Person, b.Person) })
	return out
}

// advise lists the roles of s below a solid score with their questions not
// answered YES.
func advise(cfg salesrhythm.AssessmentConfig, s RoleScores, this salesrhythm.Assessment) []RoleAdvice {
	out := []RoleAdvice{}
	for _, rs := range s.Roles {
		if rs.Questions == 0 || rs.Yes == rs.Questions {
			continue
		}
		a := RoleAdvice{Role: rs.Role, Label: rs.Label, Yes: rs.Yes, Change: rs.Change, Advice: salesrhythm.LabelOf(cfg.Advice, rs.Role), Open: []OpenQuestion{}}
		if !slices.ContainsFunc(cfg.Advice, func(c salesrhythm.Choice) bool { return c.Key == rs.Role }) {
			a.Advice = salesrhythm.Text{}
		}
		for i, q := range cfg.Questions {
			ans := salesrhythm.Unanswered
			if i < len(this.Answers) {
				ans = this.Answers[i]
			}
			if q.Role == rs.Role && ans != salesrhythm.Yes {
				a.Open = append(a.Open, OpenQuestion{No: i + 1, Text: q.Text, Answered: ans == salesrhythm.No,
					Unreadable: i < len(this.Unread) && this.Unread[i]})
			}
		}
		out = append(out, a)
	}
	return out
}

// roleMeans averages each role's score over the self-assessments received,
// and names the weakest roles: those with the lowest mean.
func (r *run) roleMeans(scores []RoleScores) ([]RoleMean, []string) {
	means := []RoleMean{}
	for i, c := range r.in.Config.Assessment.Roles {
		sum, n := 0, 0
		for _, s := range scores {
			if s.Received && i < len(s.Roles) {
				sum += s.Roles[i].Yes
				n++
			}
		}
		means = append(means, RoleMean{Role: c.Key, Label: c.Label, Mean: Ratio(float64(sum), float64(n)), Leaders: n})
	}
	weakest := []string{}
	fs := make([]Fraction, len(means))
	for i, m := range means {
		fs[i] = m.Mean
	}
	for _, i := range lowest(fs) {
		weakest = append(weakest, means[i].Role)
	}
	return means, weakest
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
