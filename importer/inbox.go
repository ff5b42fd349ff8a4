package importer

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"salesrhythm"
	"salesrhythm/schema"
)

// Options are what the importer needs to know.
type Options struct {
	Config salesrhythm.Config
	Schema *schema.Schema
	// Progress, when set, is called after each file with the count done.
	Progress func(done, total int)
	// Debug adds the stack of a recovered panic to the file's reason.
	Debug bool
	// Only, when set, reads workbooks of these kinds and skips the rest
	// after recognising them.
	Only []salesrhythm.Kind
	// Skip names folders not to read, listed as skipped: salesrhythm's
	// output folder, where it lies inside the inbox.
	Skip []string
	// Cache, when set, keeps what each workbook was read as, so that an
	// unchanged one is not read again (see Cache).
	Cache *Cache
	// Lend leaves a month's calls and time slots in their files, lent by
	// Result.Lent one file at a time each time they are read, and out of
	// Result.Records: for a caller that reads them in order, so that a
	// large department's month is never all alive as values.
	Lend bool
}

// Result is the whole inbox read for one month.
type Result struct {
	Month    salesrhythm.Month
	Files    []File                // every file, in path order
	Findings []salesrhythm.Finding // every problem, in file order
	// Records of the files that count: read, and not superseded by a later
	// submission of the same kind, person and period. Their calls and time
	// slots are also in Lent; with Options.Lend, only there.
	Records
	Lent        Lent
	Submissions []salesrhythm.Submission
}

// Read reads every file under dir (any sub-folder, links followed) for
// month m, on all cores. Inputs are opened read-only and never changed.
// Every entry of the inbox is in the result: each file read, rejected or
// skipped, and each link, folder or special file the walk did not read,
// with why. The result is the same whatever order the file system lists
// the files in.
func Read(ctx context.Context, dir string, m salesrhythm.Month, o Options) (*Result, error) {
	a, err := Scan(ctx, dir, []salesrhythm.Month{m}, o)
	if err != nil {
		return nil, err
	}
	defer a.Close()
	return a.month(ctx, m, true)
}

// assemble does the checks that need every file: duplicate submissions, the
// plan, and the people named against the plan's team.
func assemble(files []*fileResult, m salesrhythm.Month, o Options) *Result {
	res := &Result{Month: m}
	settleCopies(files)
	resolveDuplicates(files)
	var plan, empty *fileResult
	for _, f := range files {
		if f.Status == StatusRead && f.SupersededBy == "" && f.Kind == salesrhythm.KindPlan {
			if f.Plan != nil && len(f.Plan.Team) > 0 {
				// Reading every month (m zero), the plan of the configured
				// month is the one people are read by, when there is one.
				if plan == nil || plan.Plan.Month != o.Config.Month || !m.IsZero() {
					plan = f
				}
			} else {
				empty = f
			}
		}
	}
	if plan != nil {
		checkTeam(plan, o.Config.Norms)
		ros := newRoster(plan.Plan.Team)
		for _, f := range files {
			if f != plan && f.Status == StatusRead {
				checkPeople(f, plan.Plan, ros)
			}
		}
	}
	res.Records, res.Lent = gather(files, o.Schema)
	if !o.Lend {
		res.Calls, res.Slots = res.Lent.Calls.Values(), res.Lent.Slots.Values()
		res.Lent = Lent{Calls: salesrhythm.RowsOf(res.Calls...), Slots: salesrhythm.RowsOf(res.Slots...)}
	}
	if plan != nil {
		res.Plan = plan.Plan
	}
	for _, f := range files {
		res.Files = append(res.Files, f.File)
		if f.Period == nil || !background(f.Kind, *f.Period, m) {
			res.Findings = append(res.Findings, f.findings...)
		}
	}
	switch {
	case plan == nil && empty != nil:
		res.Findings = append(res.Findings, salesrhythm.Finding{File: empty.Path, Severity: salesrhythm.Error, Code: salesrhythm.CodeEmptyPlan,
			Messages: salesrhythm.Tr("the plan for %s lists nobody on its Team sheet: fill in the team and put it in the inbox again", m)})
	case plan == nil:
		res.Findings = append(res.Findings, salesrhythm.Finding{Severity: salesrhythm.Error, Code: salesrhythm.CodeNoPlan,
			Messages: salesrhythm.Tr("no plan for %s in the inbox: make one with 'salesrhythm template plan --month %s', fill it in and put it in the inbox", m, m.String())})
	}
	res.Submissions = submissions(files)
	salesrhythm.Localise(res.Findings, o.Config.Locale)
	for i := range res.Files {
		res.Files[i].Localise(o.Config.Locale)
	}
	return res
}

// textError is an error whose text the importer writes, in every locale.
type textError struct{ text salesrhythm.Text }

func (e textError) Error() string { return e.text.En }

// localError is err in locale l: a textError in l, any other as it is.
func localError(err error, l salesrhythm.Locale) error {
	var te textError
	if errors.As(err, &te) {
		return errors.New(te.text.In(l))
	}
	return err
}

// resolveDuplicates finds workbooks of the same kind, person and period —
// and, for a kind one fills several of a period, the same values of its
// Distinct fields: a one-on-one sheet is a duplicate only of another for the
// same direct report and date. The one that counts is the one saved last by
// its own account (the document's modification time, which Excel and
// LibreOffice set on save), then the newer file, then the later path; the
// others are marked superseded and their records are not counted.
func resolveDuplicates(files []*fileResult) {
	type key struct {
		kind     salesrhythm.Kind
		person   string
		period   salesrhythm.Period
		distinct string
	}
	groups := map[key][]*fileResult{}
	var keys []key
	for _, f := range files {
		if f.Status != StatusRead || f.Period == nil {
			continue
		}
		k := key{f.Kind, strings.ToLower(f.Person), *f.Period, strings.ToLower(strings.Join(f.distinct, "\x00"))}
		if groups[k] == nil {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], f)
	}
	for _, k := range keys {
		g := groups[k]
		if len(g) < 2 {
			continue
		}
		win := slices.MaxFunc(g, func(a, b *fileResult) int {
			return cmp.Or(cmp.Compare(a.modified, b.modified), cmp.Compare(a.mtime, b.mtime), strings.Compare(a.Path, b.Path))
		})
		for _, f := range g {
			if f == win {
				continue
			}
			f.SupersededBy = win.Path
			of := ""
			if len(f.distinct) > 0 {
				of = " (" + strings.Join(f.distinct, ", ") + ")"
			}
			f.add(salesrhythm.Finding{Severity: salesrhythm.Warning, Code: salesrhythm.CodeDuplicate,
				Messages: salesrhythm.Tr("a later copy of this %s%s (%s, %s) counts instead: %s; this one is ignored",
					f.Kind.Name(), of, orUnknown(f.Person), f.Period, win.Path)})
		}
	}
}

// checkTeam checks the plan's own references: reports-to IDs and target
// rows must name people of the team. A name or a near-miss ID is read as
// the one person it means; a reports-to that names nobody is an error, for
// it takes the person out of their leader's per-report norms.
func checkTeam(plan *fileResult, norms []salesrhythm.Norm) {
	p := plan.Plan
	seen := map[string]int{} // reports-to cells met so far, by what they hold
	ids := resolvePeople(plan, newRoster(p.Team), func(r personRef, res resolution) salesrhythm.Finding {
		f := salesrhythm.Finding{Sheet: r.sheet, Cell: r.cell, Field: r.field, Severity: salesrhythm.Warning, Code: salesrhythm.CodeUnknownPerson, Raw: r.id,
			Messages: notInPlan(r, res, salesrhythm.Month{})}
		if r.field == "reports_to" {
			f.Severity = salesrhythm.Error
			f.Messages = orphaned(p, r, seen[r.id], res, norms)
			seen[r.id]++
		}
		return f
	})
	for i := range p.Team {
		if id, ok := ids[p.Team[i].ReportsTo]; ok {
			p.Team[i].ReportsTo = id
		}
	}
	for typed, id := range ids {
		if t, ok := p.Targets[typed]; ok {
			delete(p.Targets, typed)
			p.Targets[id] = t
		}
	}
}

// orphaned says what the nth reports-to cell holding r.id, which names
// nobody on the Team sheet, changes: the person is nobody's direct report,
// so the per-report norms of the leader meant do not count them.
func orphaned(p *salesrhythm.Plan, r personRef, nth int, res resolution, norms []salesrhythm.Norm) salesrhythm.Text {
	msg := salesrhythm.Tr("%s, the reports-to ID of a row, is not on the Team sheet, so the person is nobody's direct report", r.id)
	var id any = salesrhythm.Tr("them")
	for _, x := range p.Team {
		if x.ReportsTo == r.id {
			if nth == 0 {
				msg = salesrhythm.Tr("%s, to whom %s reports, is not on the Team sheet, so %s is nobody's direct report", r.id, who(x), who(x))
				id = x.ID
				break
			}
			nth--
		}
	}
	leaders := res.fits
	if len(leaders) == 0 {
		leaders = res.maybe
	}
	var labels []salesrhythm.Text
	for _, n := range norms {
		if n.PerReport && n.Count > 0 && !slices.Contains(labels, n.Label) &&
			(len(leaders) == 0 || slices.ContainsFunc(leaders, func(l salesrhythm.Person) bool { return n.AppliesTo(l.Role) })) {
			labels = append(labels, n.Label)
		}
	}
	quoted := make([]salesrhythm.Localised, len(labels))
	for i, l := range labels {
		quoted[i] = salesrhythm.QuoteOf(l)
	}
	var more salesrhythm.Text
	switch {
	case len(labels) == 0:
	case len(leaders) == 0:
		more = salesrhythm.Tr(": no leader's norms %[2]s count %[3]s", len(labels), salesrhythm.And(quoted...), id)
	default:
		ids := make([]string, len(leaders))
		for i, l := range leaders {
			ids[i] = l.ID
		}
		more = salesrhythm.Tr(": the norms %[3]s of %[2]s leave %[4]s out", len(labels), salesrhythm.Or(ids...), salesrhythm.And(quoted...), id)
	}
	suggest := didYouMean(res.maybe)
	if len(res.fits) > 1 {
		suggest = didYouMean(res.fits)
	}
	return salesrhythm.T(msg.En+more.En+suggest.En, msg.Hu+more.Hu+suggest.Hu)
}

// checkPeople checks a workbook's owner and every person its cells name
// against the plan's team; a name or a near-miss ID is read as the one
// person it means, in the records too when they are gathered.
func checkPeople(f *fileResult, plan *salesrhythm.Plan, ros *roster) {
	if f.Person != "" {
		if p, ok := ros.person(f.Person); !ok {
			f.add(salesrhythm.Finding{Severity: salesrhythm.Warning, Code: salesrhythm.CodeUnknownPerson, Raw: f.Person,
				Messages: salesrhythm.Tr("the workbook belongs to %s, who is not in the plan for %s; its rows are kept but count for no one", f.Person, plan.Month)})
		} else if !f.Kind.FilledBy(p.Role) {
			f.add(salesrhythm.Finding{Severity: salesrhythm.Info, Code: salesrhythm.CodeUnknownPerson, Raw: f.Person,
				Messages: salesrhythm.Tr("%s is a %s in the plan, who does not usually fill in a %s", p.ID, p.Role.Name(), f.Kind.Name())})
		}
	}
	everyone := everyoneOf(f, plan)
	ids := resolvePeople(f, ros, func(r personRef, res resolution) salesrhythm.Finding {
		if team, ok := everyone[r.id]; ok && r.field == "participants" {
			return salesrhythm.Finding{Sheet: r.sheet, Cell: r.cell, Field: r.field, Severity: salesrhythm.Info, Code: salesrhythm.CodeWholeTeam, Raw: r.id,
				Messages: salesrhythm.Tr("%q is read as everyone who reports to %s: %s", r.id, f.Person, strings.Join(team, ", "))}
		}
		return salesrhythm.Finding{Sheet: r.sheet, Cell: r.cell, Field: r.field, Severity: salesrhythm.Warning, Code: salesrhythm.CodeUnknownPerson, Raw: r.id,
			Messages: notInPlan(r, res, plan.Month)}
	})
	f.ids, f.teams = ids, everyone // the records are renamed as they are gathered

}

// everyWord are the words for the whole team in a participants cell, in
// lower case.
var everyWord = []string{"mindenki", "mind", "összes", "az egész csapat", "egész csapat", "a csapat", "csapat", "everyone", "everybody", "all", "the team", "team", "whole team"}

// everyoneOf maps each participants cell of f that names the whole team
// ("mindenki", "everyone") as typed to the IDs of the direct reports of f's
// person in the plan; none when f has no person or the person no reports.
func everyoneOf(f *fileResult, plan *salesrhythm.Plan) map[string][]string {
	out := map[string][]string{}
	if f.Person == "" {
		return out
	}
	var team []string
	for _, p := range plan.ReportsOf(f.Person) {
		team = append(team, p.ID)
	}
	if len(team) == 0 {
		return out
	}
	for _, r := range f.refs {
		if r.field == "participants" && slices.Contains(everyWord, strings.ToLower(strings.Join(strings.Fields(r.id), " "))) {
			out[r.id] = team
		}
	}
	return out
}

// rename replaces, in every person column of f's records rs, each typed
// person with the ID it was read as, and in a participants column the
// whole team typed ("mindenki") with its members.
func (f *fileResult) rename(rs *Records, sch *schema.Schema) {
	if len(f.ids)+len(f.teams) == 0 || sch == nil {
		return
	}
	w := sch.Kind(f.Kind)
	if w == nil {
		return
	}
	for i := range w.Sheets {
		s := &w.Sheets[i]
		all := schema.RecordsOf(rs, s.Record)
		if !all.IsValid() {
			continue
		}
		for j, c := range s.Columns {
			if c.Type != schema.Person && c.Type != schema.People {
				continue
			}
			for k := range all.Len() {
				switch v := all.Index(k).FieldByIndex(s.Field(j)).Addr().Interface().(type) {
				case *string:
					if id, ok := f.ids[*v]; ok {
						*v = id
					}
				case *[]string:
					var out []string
					for _, typed := range *v {
						ids, ok := f.teams[typed]
						if !ok {
							ids = []string{cmp.Or(f.ids[typed], typed)}
						}
						for _, id := range ids {
							if !slices.ContainsFunc(out, func(x string) bool { return salesrhythm.SameID(x, id) }) {
								out = append(out, id)
							}
						}
					}
					*v = out
				}
			}
		}
	}
}

// submissions lists what was received, with the superseded duplicates.
func submissions(files []*fileResult) []salesrhythm.Submission {
	var out []salesrhythm.Submission
	at := map[string]int{}
	for _, f := range files {
		if f.Status != StatusRead || f.SupersededBy != "" || f.Period == nil {
			continue
		}
		at[f.Path] = len(out)
		out = append(out, salesrhythm.Submission{Kind: f.Kind, Person: f.Person, Period: *f.Period, File: f.Path})
	}
	for _, f := range files {
		// The file that superseded f may have been rejected since, when
		// its records did not unpack (gather): f is then listed nowhere.
		if i, ok := at[f.SupersededBy]; ok && f.SupersededBy != "" {
			out[i].Superseded = append(out[i].Superseded, f.Path)
		}
	}
	return out
}

// Errors counts the findings of severity error.
func (r *Result) Errors() int {
	n := 0
	for _, f := range r.Findings {
		if f.Severity == salesrhythm.Error {
			n++
		}
	}
	return n
}

// FindPlan reads the inbox for month m's plan only: every other workbook is
// recognised by its metadata and skipped, which is quick.
func FindPlan(ctx context.Context, dir string, m salesrhythm.Month, o Options) (*Result, error) {
	o.Only = []salesrhythm.Kind{salesrhythm.KindPlan}
	return Read(ctx, dir, m, o)
}

// ReadPlan reads one completed plan workbook, whatever month it is for.
func ReadPlan(path string, o Options) (*salesrhythm.Plan, []salesrhythm.Finding, error) {
	r := readFile(path, filepath.ToSlash(path), scope{}, o)
	l := o.Config.Locale
	if r.Status == StatusRead && r.Kind == salesrhythm.KindPlan && r.Plan != nil {
		checkTeam(r, o.Config.Norms)
	}
	r.localise(l)
	switch {
	case r.Status == StatusRejected:
		return nil, r.findings, fmt.Errorf("%s: %s", path, r.Reason)
	case r.Kind != salesrhythm.KindPlan:
		return nil, r.findings, errors.New(salesrhythm.Tr("%s is a %s, not a plan", path, r.Kind.Name()).In(l))
	case r.Plan == nil:
		return nil, r.findings, errors.New(salesrhythm.Tr("%s: the plan is empty", path).In(l))
	}
	return r.Plan, r.findings, nil
}
