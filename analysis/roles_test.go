package analysis

import (
	"slices"
	"strings"
	"testing"

	"salesrhythm"
)

// answers reads Y, N and _ (blank) as the answers to questions 1, 2, ….
func answers(s string) []salesrhythm.Answer {
	var out []salesrhythm.Answer
	for _, c := range strings.ReplaceAll(s, " ", "") {
		switch c {
		case 'Y':
			out = append(out, salesrhythm.Yes)
		case 'N':
			out = append(out, salesrhythm.No)
		default:
			out = append(out, salesrhythm.Unanswered)
		}
	}
	return out
}

func TestRoles(t *testing.T) {
	// Question n scores role (n-1) mod 7: strategist 1, 8, 15; coordinator 2,
	// 9, 16; locomotive 3, 10, 17; coach 4, 11, 18; servant 5, 12, 19;
	// innovator 6, 13, 20; head 7, 14, 21. Answers below are in question
	// order, in three rows of seven.
	withBlanks := answers("YYYNY_Y" + "YYNNY_Y" + "YN_NYN") // 20 answers: question 21 missing
	all := answers("YYYYYYY YYYYYYY YYYYYYY")
	october := answers("YNNNNNN YNNNNNN NNNNNNN")
	assessment := func(id string, m salesrhythm.Month, a []salesrhythm.Answer) salesrhythm.Assessment {
		return salesrhythm.Assessment{Person: id, Month: m, Answers: a}
	}
	tests := []struct {
		name        string
		assessments []salesrhythm.Assessment
		yes         []int // per role, in configured order
		unanswered  []int
		change      []int // nil: no earlier assessment
		previous    salesrhythm.Month
		total       int
		answered    int
		complete    bool
		solid       []string
		weakest     []string
	}{
		{
			// Strategist Y Y Y = 3; coordinator Y Y N = 2; locomotive Y N _ = 1;
			// coach N N N = 0; servant Y Y Y = 3; innovator _ _ N = 0; head Y Y
			// and question 21 missing = 2. Total 11; 4 blanks: 17 answered.
			// October: strategist Y Y N = 2, every other role 0.
			// The September one is older and the December one later: neither is
			// compared with. The first November one is replaced by the second.
			name: "assessment with blanks, compared with the month before",
			assessments: []salesrhythm.Assessment{
				assessment("L1", nov2026, all),
				assessment("L1", salesrhythm.Month{Year: 2026, Month: 9}, all),
				assessment("l1", oct2026, october),
				assessment("L1", dec2026, all),
				assessment("L1", nov2026, withBlanks),
			},
			yes:        []int{3, 2, 1, 0, 3, 0, 2},
			unanswered: []int{0, 0, 1, 0, 0, 2, 1},
			change:     []int{1, 2, 1, 0, 3, 0, 2},
			previous:   oct2026,
			total:      11, answered: 17, complete: false,
			solid:   []string{salesrhythm.RoleStrategist, salesrhythm.RoleServant},
			weakest: []string{salesrhythm.RoleCoach, salesrhythm.RoleInnovator},
		},
		{
			// Every role solid: nothing is weakest.
			name:        "every answer yes",
			assessments: []salesrhythm.Assessment{assessment("L1", nov2026, all)},
			yes:         []int{3, 3, 3, 3, 3, 3, 3},
			unanswered:  []int{0, 0, 0, 0, 0, 0, 0},
			total:       21, answered: 21, complete: true,
			solid: []string{
				salesrhythm.RoleStrategist, salesrhythm.RoleCoordinator, salesrhythm.RoleLocomotive, salesrhythm.RoleCoach,
				salesrhythm.RoleServant, salesrhythm.RoleInnovator, salesrhythm.RoleHead,
			},
			weakest: []string{},
		},
		{
			// Nothing answered: every role 0 and all tied for weakest.
			name:        "nothing answered",
			assessments: []salesrhythm.Assessment{assessment("L1", nov2026, nil)},
			yes:         []int{0, 0, 0, 0, 0, 0, 0},
			unanswered:  []int{3, 3, 3, 3, 3, 3, 3},
			total:       0, answered: 0, complete: false,
			solid: []string{},
			weakest: []string{
				salesrhythm.RoleStrategist, salesrhythm.RoleCoordinator, salesrhythm.RoleLocomotive, salesrhythm.RoleCoach,
				salesrhythm.RoleServant, salesrhythm.RoleInnovator, salesrhythm.RoleHead,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := Analyse(Input{
				Month: nov2026, Config: testConfig(),
				Plan:        salesrhythm.Plan{Team: []salesrhythm.Person{person("L1", salesrhythm.Lead, "", "", salesrhythm.Date{}, salesrhythm.Date{})}},
				Assessments: tt.assessments,
			})
			if len(res.Roles) != 1 {
				t.Fatalf("%d role scores, want 1", len(res.Roles))
			}
			got := res.Roles[0]
			var yes, unanswered, change []int
			for _, r := range got.Roles {
				yes = append(yes, r.Yes)
				unanswered = append(unanswered, r.Unanswered)
				if r.Change != nil {
					change = append(change, *r.Change)
				}
				if r.Questions != 3 {
					t.Errorf("%s has %d questions, want 3", r.Role, r.Questions)
				}
			}
			if !slices.Equal(yes, tt.yes) || !slices.Equal(unanswered, tt.unanswered) || !slices.Equal(change, tt.change) {
				t.Errorf("yes %v, unanswered %v, change %v\nwant %v, %v, %v", yes, unanswered, change, tt.yes, tt.unanswered, tt.change)
			}
			if !got.Received || got.Previous != tt.previous || got.Total != tt.total || got.Answered != tt.answered || got.Questions != 21 || got.Complete != tt.complete {
				t.Errorf("previous %v, total %d, answered %d of %d, complete %t; want %v, %d, %d of 21, %t",
					got.Previous, got.Total, got.Answered, got.Questions, got.Complete, tt.previous, tt.total, tt.answered, tt.complete)
			}
			if !slices.Equal(got.Solid, tt.solid) || !slices.Equal(got.Weakest, tt.weakest) {
				t.Errorf("solid %v, weakest %v; want %v, %v", got.Solid, got.Weakest, tt.solid, tt.weakest)
			}
		})
	}
	t.Run("no assessment for the month: listed as not received, no scores", func(t *testing.T) {
		// Every leader of the plan is on the Roles sheet; L1's October
		// assessment does not stand in for November's, and X9 is not in the
		// plan.
		res := Analyse(Input{
			Month: nov2026, Config: testConfig(),
			Plan:        salesrhythm.Plan{Team: []salesrhythm.Person{person("L1", salesrhythm.Lead, "", "", salesrhythm.Date{}, salesrhythm.Date{}), manager("M1", "L1")}},
			Assessments: []salesrhythm.Assessment{assessment("L1", oct2026, all), assessment("X9", nov2026, all)},
		})
		if len(res.Roles) != 1 {
			t.Fatalf("role scores %+v, want L1's only", res.Roles)
		}
		got := res.Roles[0]
		if got.Person != "L1" || got.Received || got.Total != 0 || got.Answered != 0 || !got.Previous.IsZero() || len(got.Solid) != 0 || len(got.Weakest) != 0 {
			t.Errorf("role scores %+v, want L1 not received, nothing scored", got)
		}
	})
}
