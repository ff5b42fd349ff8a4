package report

import (
	"fmt"
	"strconv"
	"strings"

	"salesrhythm"
	"salesrhythm/analysis"
)

// roleAdvice writes, under the Roles sheet's table and chart at row top,
// what "solid" means, each leader's roles below three YES with the
// questions not answered YES, and the department's mean by role.
func (b *book) roleAdvice(sheet string, top int) {
	r := b.in.Result
	b.heading(sheet, top, t("What to work on: the roles below three YES", "Min dolgozzon: a három IGEN alatti szerepek").In(b.loc))
	var rows [][]any
	for _, rs := range r.Roles {
		for _, a := range rs.Advice {
			var open []string
			for _, q := range a.Open {
				line := q.Text.In(b.loc)
				switch {
				case q.Unreadable:
					line += " " + t("(the answer could not be read)", "(a válasz nem olvasható)").In(b.loc)
				case !q.Answered:
					line += " " + t("(left blank)", "(üresen hagyta)").In(b.loc)
				}
				open = append(open, fmt.Sprintf("%d. %s", q.No, line))
			}
			rows = append(rows, []any{rs.Person, rs.Name, a.Label.In(b.loc), a.Yes, a.Change, wrapped(a.Advice.In(b.loc)), wrapped(strings.Join(open, "\n"))})
		}
	}
	next := b.table(sheet, "roleadvice", top+1, []column{col("ID", "Azonosító", 10), col("Leader", "Vezető", 22), col("Role", "Szerep", 22),
		col("YES (0–3)", "IGEN (0–3)", 9), col("Change", "Változás", 9), col("A solid one", "Ha erős a szerep", 50),
		col("Questions not answered YES", "Nem IGEN-nel megválaszolt kérdések", 80)}, rows)
	for i, row := range rows {
		lines := strings.Count(string(row[6].(wrapped)), "\n") + 1
		b.canvas(sheet).height(top+2+i, float64(max(2, 2*lines))*15)
	}
	b.heading(sheet, next, t("The department's roles", "Az osztály vezetői szerepei").In(b.loc))
	weakest := map[string]bool{}
	for _, k := range r.WeakestRoles {
		weakest[k] = true
	}
	var mrows [][]any
	for _, m := range r.RoleMeans {
		mrows = append(mrows, []any{m.Label.In(b.loc), fracNumber(m.Mean), m.Leaders, weakest[m.Role]})
	}
	b.table(sheet, "rolemeans", next+1, []column{col("Role", "Szerep", 24), col("Mean YES (0–3)", "Átlagos IGEN (0–3)", 0),
		col("Self-assessments", "Önértékelések", 0), col("Weakest", "Leggyengébb", 0)}, mrows)
}

// weakestRole names the department's weakest leader roles for the Summary,
// with their mean score.
func (b *book) weakestRole() (string, string) {
	r := b.in.Result
	switch {
	case len(r.WeakestRoles) == 0 && r.InProgress():
		return "—", t("the self-assessments are due at the month's end", "az önértékelések a hónap végén esedékesek").In(b.loc)
	case len(r.WeakestRoles) == 0:
		return "—", t("no self-assessment arrived", "egy önértékelés sem érkezett meg").In(b.loc)
	}
	var mean analysis.Fraction
	leaders := 0
	for _, m := range r.RoleMeans {
		if m.Role == r.WeakestRoles[0] {
			mean, leaders = m.Mean, m.Leaders
		}
	}
	value := strconv.FormatFloat(mean.Value, 'f', 1, 64)
	if b.loc == salesrhythm.Hungarian {
		value = strings.Replace(value, ".", ",", 1)
	}
	return b.roleNames(r.WeakestRoles), salesrhythm.Plural(2, salesrhythm.T("mean %s YES of 3 over %d self-assessment – see Roles", "átlag: %s IGEN a 3-ból, %d önértékelés alapján – részletek a Vezetői szerepek lapon"), salesrhythm.T("mean %s YES of 3 over %d self-assessments – see Roles", "átlag: %s IGEN a 3-ból, %d önértékelés alapján – részletek a Vezetői szerepek lapon")).In(b.loc, value, leaders)
}
