package analysis

import (
	"fmt"
	"slices"
	"testing"

	"salesrhythm"
)

func TestRoleAdvice(t *testing.T) {
	cfg := testConfig()
	team := []salesrhythm.Person{manager("L1", ""), manager("L2", ""), manager("L3", "")}
	for i := range team {
		team[i].Role = salesrhythm.Lead
	}
	// Questions by role: strategist 1, 8, 15; coordinator 2, 9, 16;
	// locomotive 3, 10, 17; the others all YES for L1. L1 in November:
	// strategist Y Y N = 2, locomotive N _ Y = 1; in October strategist Y N
	// N = 1, locomotive N Y Y = 2. L2 answers NO to everything; L3 sent
	// nothing.
	nov := answers("YYNYYYY YYYYYYY NYYYYYY")
	nov[9] = salesrhythm.Unanswered
	oct := answers("YYNYYYY NYYYYYY NYYYYYY")
	no := answers("NNNNNNN NNNNNNN NNNNNNN")
	res := Analyse(Input{Month: nov2026, Config: cfg, Plan: salesrhythm.Plan{Team: team}, Assessments: []salesrhythm.Assessment{
		{Person: "L1", Month: nov2026, Answers: nov}, {Person: "L1", Month: oct2026, Answers: oct}, {Person: "L2", Month: nov2026, Answers: no},
	}})
	l1 := res.Roles[0]
	var got []string
	for _, a := range l1.Advice {
		line := fmt.Sprintf("%s %d %+d:", a.Role, a.Yes, *a.Change)
		for _, q := range a.Open {
			line += fmt.Sprintf(" %d/%v", q.No, q.Answered)
		}
		got = append(got, line)
		if a.Advice != salesrhythm.LabelOf(cfg.Assessment.Advice, a.Role) || a.Advice.En == "" || a.Open[0].Text != cfg.Assessment.Questions[a.Open[0].No-1].Text {
			t.Errorf("%s: the advice or a question's text is not the configured one", a.Role)
		}
	}
	if want := []string{"strategist 2 +1: 15/true", "locomotive 1 -1: 3/true 10/false"}; !slices.Equal(got, want) {
		t.Errorf("L1's advice %q, want %q", got, want)
	}
	if len(res.Roles[1].Advice) != 7 || len(res.Roles[2].Advice) != 0 || res.Roles[2].Received {
		t.Errorf("L2 has advice on %d roles (want all 7), L3 on %d (want none, not received)", len(res.Roles[1].Advice), len(res.Roles[2].Advice))
	}
	// Means over L1 and L2: strategist (2 + 0) ÷ 2 = 1, locomotive (1 + 0)
	// ÷ 2 = 0.5, every other (3 + 0) ÷ 2 = 1.5. The weakest: locomotive.
	for i, want := range []float64{1, 1.5, 0.5, 1.5, 1.5, 1.5, 1.5} {
		checkFraction(t, res.RoleMeans[i].Role, res.RoleMeans[i].Mean, want)
		if res.RoleMeans[i].Leaders != 2 {
			t.Errorf("%s averaged over %d leaders, want 2", res.RoleMeans[i].Role, res.RoleMeans[i].Leaders)
		}
	}
	if !slices.Equal(res.WeakestRoles, []string{salesrhythm.RoleLocomotive}) {
		t.Errorf("weakest roles %v, want locomotive", res.WeakestRoles)
	}
}
