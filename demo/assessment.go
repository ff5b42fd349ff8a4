package demo

import (
	"fmt"
	"slices"

	"github.com/xuri/excelize/v2"

	"salesrhythm"
	"salesrhythm/schema"
	"salesrhythm/templates"
)

// Role profiles of the self-assessment: how many of each role's questions a
// leader answers YES. The director is a strong strategist; the head runs the
// department well but coaches nobody.
var (
	strategistProfile = map[string]int{
		salesrhythm.RoleStrategist: 3, salesrhythm.RoleCoordinator: 2, salesrhythm.RoleLocomotive: 2, salesrhythm.RoleCoach: 1,
		salesrhythm.RoleServant: 2, salesrhythm.RoleInnovator: 3, salesrhythm.RoleHead: 3,
	}
	weakCoachProfile = map[string]int{
		salesrhythm.RoleStrategist: 2, salesrhythm.RoleCoordinator: 3, salesrhythm.RoleLocomotive: 3, salesrhythm.RoleCoach: 0,
		salesrhythm.RoleServant: 2, salesrhythm.RoleInnovator: 1, salesrhythm.RoleHead: 2,
	}
	partly = []salesrhythm.Text{
		t("Only partly", "Csak részben"),
		t("Not with everyone", "Nem mindenkivel"),
		t("Sometimes", "Néha"),
	}
	ideas = []salesrhythm.Text{
		t("A weekly call clinic: one recorded call discussed together.", "Heti hívásklinika: egy rögzített hívás közös megbeszélése."),
		t("Share the best proposals in a common folder.", "A legjobb ajánlatok megosztása egy közös mappában."),
		t("A mentor for every new manager in their first month.", "Minden új értékesítő mellé mentor az első hónapjára."),
	}
)

// assess fills in the leader's self-assessment by a role profile: the
// director's and the head's fixed, each lead strong in one role and weak in
// another. The second lead leaves two questions blank.
func (c *company) assess(l *leader) {
	r := c.rand(l.ID, "assessment")
	yes := c.grown(l, c.profile(r, l))
	qs := c.cfg.Assessment.Questions
	byRole := map[string][]int{}
	for i, q := range qs {
		byRole[q.Role] = append(byRole[q.Role], i)
	}
	l.answers, l.notes = make([]salesrhythm.Answer, len(qs)), make([]string, len(qs))
	var noes []int
	for _, role := range c.cfg.Assessment.Roles {
		at := byRole[role.Key]
		for j, k := range r.Perm(len(at)) {
			i := at[k]
			l.answers[i] = salesrhythm.No
			if j < yes[role.Key] {
				l.answers[i] = salesrhythm.Yes
				continue
			}
			noes = append(noes, i)
			if r.chance(0.4) {
				l.notes[i] = pick(r, partly).In(c.loc)
			}
		}
	}
	if l.ID == c.lead(min(1, len(c.leaders)-3)).ID {
		for _, i := range noes[:min(2, len(noes))] {
			l.answers[i], l.notes[i] = salesrhythm.Unanswered, ""
		}
	}
	l.ideas = pick(r, ideas).In(c.loc)
}

// blankAnswers records the questions a leader left blank on their
// self-assessment, each with the finding it must cause at its answer's
// cell: the answer is required.
func (c *company) blankAnswers(books []*book) []*Mistake {
	s := c.sch.Kind(salesrhythm.KindAssessment).Sheet("questions")
	col, _ := excelize.ColumnNumberToName(slices.IndexFunc(s.Columns, func(x schema.Column) bool { return x.Key == "answer" }) + 1)
	var out []*Mistake
	for _, b := range books {
		if b.spec.Kind != salesrhythm.KindAssessment {
			continue
		}
		for i, a := range c.leader(b.spec.Person.ID).answers {
			if a == salesrhythm.Unanswered {
				out = append(out, &Mistake{File: b.path, Sheet: s.Name.In(c.loc), Cell: fmt.Sprintf("%s%d", col, templates.FirstRow+i),
					Code: salesrhythm.CodeMissingCell, What: salesrhythm.Tr("question %d of the self-assessment left blank", i+1)})
			}
		}
	}
	return out
}

// profile returns how many YES each role gets.
func (c *company) profile(r rng, l *leader) map[string]int {
	switch l.Role {
	case salesrhythm.Director:
		return strategistProfile
	case salesrhythm.Head:
		return weakCoachProfile
	}
	roles := c.cfg.Assessment.Roles
	strong, weak := r.IntN(len(roles)), r.IntN(len(roles))
	out := map[string]int{}
	for i, role := range roles {
		switch i {
		case strong:
			out[role.Key] = 3
		case weak:
			out[role.Key] = 0
		default:
			out[role.Key] = r.between(1, 2)
		}
	}
	return out
}
