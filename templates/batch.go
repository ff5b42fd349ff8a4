package templates

import (
	"fmt"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"salesrhythm"
)

// Batch returns every workbook month m's batch needs for the plan's team:
// for each week whose Monday falls in m, a call register, a time table and a
// weekly report for every manager and a management log for every leader
// employed on a working day of that week; for the month, client profiles
// for every manager and an assessment for every leader employed in m, and
// for every leader as many one-on-one sheets for each direct report as the
// norms ask (salesrhythm.TalksDue). A week belongs to the batch of the month
// its Monday falls in, so no week is ever issued twice.
func Batch(plan *salesrhythm.Plan, m salesrhythm.Month, cfg salesrhythm.Config) []Spec {
	cal := cfg.Calendar.Calendar()
	var specs []Spec
	for _, p := range plan.Team {
		for _, week := range salesrhythm.BatchWeeks(m) {
			if !worksIn(p, week, cal) {
				continue
			}
			specs = append(specs, weekly(p, week, m)...)
		}
		if !worksIn(p, m.Period(), cal) {
			continue
		}
		for _, k := range []salesrhythm.Kind{salesrhythm.KindClientProfiles, salesrhythm.KindAssessment} {
			if k.FilledBy(p.Role) {
				specs = append(specs, Spec{Kind: k, Person: p, Period: m.Period(), Batch: m})
			}
		}
		if !salesrhythm.KindOneOnOne.FilledBy(p.Role) {
			continue
		}
		for _, r := range plan.ReportsOf(p.ID) {
			for i := range salesrhythm.TalksDue(cfg.Norms, p, r, m, cal) {
				specs = append(specs, Spec{Kind: salesrhythm.KindOneOnOne, Person: p, Period: m.Period(), Batch: m, About: r, Talk: i + 1})
			}
		}
	}
	return specs
}

// weekly returns the weekly workbooks p fills for week, issued with m.
func weekly(p salesrhythm.Person, week salesrhythm.Period, m salesrhythm.Month) []Spec {
	var specs []Spec
	for _, k := range []salesrhythm.Kind{salesrhythm.KindCallRegister, salesrhythm.KindTimeTable, salesrhythm.KindWeeklyReport, salesrhythm.KindManagementLog} {
		if k.FilledBy(p.Role) {
			specs = append(specs, Spec{Kind: k, Person: p, Period: week, Batch: m})
		}
	}
	return specs
}

// Carryover returns the workbooks of the week that starts in the month
// before m and ends in m — issued with that month's batch — for the people
// that batch did not cover: everyone when there was no plan for it (prev is
// nil: the team's first month), else those not in prev or not employed in
// that week by it. They are issued with m's batch.
func Carryover(plan, prev *salesrhythm.Plan, m salesrhythm.Month, cal salesrhythm.Calendar) []Spec {
	week := salesrhythm.Weeks(m)[0]
	if week.Start.MonthOf() == m {
		return nil
	}
	if days := cal.WorkingDays(week); len(days) == 0 || days[len(days)-1].MonthOf() != m {
		return nil
	}
	var specs []Spec
	for _, p := range plan.Team {
		if !worksIn(p, week, cal) {
			continue
		}
		if prev != nil {
			if before, ok := prev.Person(p.ID); ok && worksIn(before, week, cal) {
				continue
			}
		}
		specs = append(specs, weekly(p, week, m)...)
	}
	return specs
}

// worksIn reports whether p is employed on at least one working day of span.
func worksIn(p salesrhythm.Person, span salesrhythm.Period, cal salesrhythm.Calendar) bool {
	e, ok := p.Employment(span)
	return ok && cal.CountWorkingDays(e) > 0
}

// PlanSpec is the spec of the plan template for month m.
func PlanSpec(m salesrhythm.Month) Spec {
	return Spec{Kind: salesrhythm.KindPlan, Period: m.Period(), Batch: m}
}

// Path returns where spec's workbook goes under dir: one folder per month
// and per person, names safe on Windows, macOS and Linux.
func Path(dir string, spec Spec) string {
	batch := spec.Batch
	if batch.IsZero() {
		batch = spec.Period.Start.MonthOf()
	}
	month := batch.String()
	if spec.Kind == salesrhythm.KindPlan {
		return filepath.Join(dir, month, fmt.Sprintf("plan_%s.xlsx", month))
	}
	folder := SafeName(spec.Person.ID + " " + spec.Person.Name)
	when := month
	if spec.Kind.Weekly() {
		when = spec.Period.Start.String()
	}
	if spec.Kind.PerTalk() {
		when += fmt.Sprintf("_%s_%d", spec.About.ID, spec.Talk)
	}
	return filepath.Join(dir, month, folder, SafeName(fmt.Sprintf("%s_%s_%s", spec.Kind, spec.Person.ID, when))+".xlsx")
}

var reserved = map[string]bool{"CON": true, "PRN": true, "AUX": true, "NUL": true, "CONIN$": true, "CONOUT$": true}

func init() {
	for i := range 10 {
		reserved[fmt.Sprintf("COM%d", i)] = true
		reserved[fmt.Sprintf("LPT%d", i)] = true
	}
}

// SafeName turns any text into a file or folder name every common file
// system accepts: no separators or characters Windows forbids, no control
// characters, no leading or trailing dots and spaces (so never "." or ".."),
// no reserved device names, at most 80 bytes.
func SafeName(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case r == utf8.RuneError || unicode.IsControl(r) || strings.ContainsRune(`<>:"/\|?*`, r):
			r = '_'
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	name := strings.Trim(b.String(), " .")
	for len(name) > 80 {
		_, size := utf8.DecodeLastRuneInString(name)
		name = strings.TrimRight(name[:len(name)-size], " .")
	}
	if name == "" {
		return "_"
	}
	base, _, _ := strings.Cut(name, ".")
	if reserved[strings.ToUpper(strings.TrimSpace(base))] {
		name = "_" + name
	}
	return name
}
