package analysis

import (
	"cmp"
	"slices"
	"strings"

	"salesrhythm"
)

// Submissions compares the workbooks expected for the month with those
// received.
type Submissions struct {
	Expected []Workbook               `json:"expected"` // due by AsOf, or received: Received and Missing
	Received []salesrhythm.Submission `json:"received"` // those that match an expected workbook
	Missing  []Workbook               `json:"missing"`
	// NotYetDue are the month's workbooks not received whose period ends
	// after AsOf: while the month or its last week is in progress, nobody
	// owes them yet.
	NotYetDue  []Workbook               `json:"not_yet_due"`
	Duplicates []salesrhythm.Submission `json:"duplicates"` // received more than once: File counts, Superseded do not
	Unexpected []salesrhythm.Submission `json:"unexpected"`
	// Context are read for the figures though due in a month next to this
	// one: weekly workbooks of a week with no working day in the month, and
	// last month's self-assessments, for the change in role scores.
	Context []salesrhythm.Submission `json:"context"`
}

// Receipt counts the workbooks of one kind due from one person for the
// month, and those received.
type Receipt struct {
	Due      int `json:"due"`
	Received int `json:"received"`
}

type receiptKey struct {
	person string // idKey
	kind   salesrhythm.Kind
}

// receipts counts, by person and kind, the workbooks due and received.
func receipts(s Submissions) map[receiptKey]Receipt {
	out := map[receiptKey]Receipt{}
	for _, w := range s.Expected {
		k := receiptKey{idKey(w.Person), w.Kind}
		r := out[k]
		r.Due++
		out[k] = r
	}
	for _, sub := range s.Received {
		k := receiptKey{idKey(sub.Person), sub.Kind}
		r := out[k]
		r.Received++
		out[k] = r
	}
	return out
}

// Workbook names one workbook due: its kind, who fills it and its period,
// and for a one-on-one sheet the direct report it is for.
type Workbook struct {
	Kind   salesrhythm.Kind   `json:"kind"`
	Person string             `json:"person"`
	Period salesrhythm.Period `json:"period"`
	Report string             `json:"report,omitempty"`
}

// submissions lists what was expected, received, missing, duplicated and
// unexpected, each by person, kind and period.
func (r *run) submissions() Submissions {
	s := Submissions{
		Expected:   r.expected(),
		Received:   []salesrhythm.Submission{},
		Missing:    []Workbook{},
		NotYetDue:  []Workbook{},
		Duplicates: []salesrhythm.Submission{},
		Unexpected: []salesrhythm.Submission{},
		Context:    []salesrhythm.Submission{},
	}
	got := make([]bool, len(s.Expected))
	reports := map[string]string{} // the direct report of each one-on-one sheet, by file
	for _, t := range r.in.OneOnOnes {
		reports[t.Ref.File] = t.Report
	}
	// The workbooks due, by kind, period and person: a thousand managers
	// hand in tens of thousands of workbooks.
	type dueKey struct {
		kind   salesrhythm.Kind
		period salesrhythm.Period
		person string
	}
	key := func(k salesrhythm.Kind, p salesrhythm.Period, person string) dueKey {
		if k == salesrhythm.KindPlan {
			person = ""
		}
		return dueKey{k, p, idKey(person)}
	}
	due := map[dueKey][]int{}
	for j, w := range s.Expected {
		k := key(w.Kind, w.Period, w.Person)
		due[k] = append(due[k], j)
	}
	for _, sub := range r.in.Submissions {
		if len(sub.Superseded) > 0 {
			s.Duplicates = append(s.Duplicates, sub)
		}
		i := -1
		for _, j := range due[key(sub.Kind, sub.Period, sub.Person)] {
			if !got[j] && s.Expected[j].matches(sub, reports[sub.File]) {
				i = j
				break
			}
		}
		switch {
		case i >= 0:
			got[i] = true
			s.Received = append(s.Received, sub)
		case r.neighbours(sub) || r.lastMonth(sub):
			s.Context = append(s.Context, sub)
		default:
			s.Unexpected = append(s.Unexpected, sub)
		}
	}
	owed := []Workbook{}
	for i, w := range s.Expected {
		switch {
		case got[i]:
			owed = append(owed, w)
		case !r.in.AsOf.IsZero() && w.Period.End.After(r.in.AsOf):
			s.NotYetDue = append(s.NotYetDue, w)
		default:
			owed = append(owed, w)
			s.Missing = append(s.Missing, w)
		}
	}
	s.Expected = owed
	for _, subs := range [][]salesrhythm.Submission{s.Received, s.Duplicates, s.Unexpected, s.Context} {
		slices.SortFunc(subs, func(a, b salesrhythm.Submission) int {
			return cmp.Or(compareWorkbook(Workbook{a.Kind, a.Person, a.Period, reports[a.File]}, Workbook{b.Kind, b.Person, b.Period, reports[b.File]}),
				strings.Compare(a.File, b.File))
		})
	}
	return s
}

// expected lists the workbooks due for the month: the weekly ones of each
// week with a working day in the month on which the person was employed,
// each manager's client profiles, each leader's self-assessment and
// one-on-one sheets (for each direct report as many as salesrhythm.TalksDue
// says), and the director's plan.
func (r *run) expected() []Workbook {
	out := []Workbook{}
	director := false
	for _, m := range r.team {
		if m.days == 0 {
			continue
		}
		for _, w := range salesrhythm.Weeks(r.in.Month) {
			if days, _ := overlap(m.employment, w); r.cal.CountWorkingDays(days) == 0 {
				continue
			}
			for _, c := range salesrhythm.Kinds {
				if k := salesrhythm.Kind(c.Key); k.Weekly() && k.FilledBy(m.Role) {
					out = append(out, Workbook{Kind: k, Person: m.ID, Period: w})
				}
			}
		}
		for _, k := range []salesrhythm.Kind{salesrhythm.KindClientProfiles, salesrhythm.KindAssessment} {
			if k.FilledBy(m.Role) {
				out = append(out, Workbook{Kind: k, Person: m.ID, Period: r.month})
			}
		}
		if salesrhythm.KindOneOnOne.FilledBy(m.Role) {
			for _, x := range r.team {
				if x.ReportsTo == "" || !salesrhythm.SameID(x.ReportsTo, m.ID) {
					continue
				}
				for range salesrhythm.TalksDue(r.in.Config.Norms, m.Person, x.Person, r.in.Month, r.cal) {
					out = append(out, Workbook{Kind: salesrhythm.KindOneOnOne, Person: m.ID, Period: r.month, Report: x.ID})
				}
			}
		}
		if m.Role == salesrhythm.Director && !director {
			director = true
			out = append(out, Workbook{Kind: salesrhythm.KindPlan, Person: m.ID, Period: r.month})
		}
	}
	slices.SortFunc(out, compareWorkbook)
	return out
}

// matches reports whether sub is the workbook w: a one-on-one sheet for the
// direct report w is for (report, read from the sheet). The month has one
// plan, whoever's name it bears.
func (w Workbook) matches(sub salesrhythm.Submission, report string) bool {
	return sub.Kind == w.Kind && sub.Period == w.Period &&
		(w.Kind == salesrhythm.KindPlan || salesrhythm.SameID(sub.Person, w.Person)) &&
		(w.Report == "" || salesrhythm.SameID(report, w.Report))
}

// neighbours reports whether sub is a weekly workbook for a week the month
// reads but that has no working day in it: it belongs to the next or the
// previous month, and is neither expected nor unexpected here.
func (r *run) neighbours(sub salesrhythm.Submission) bool {
	if !sub.Kind.Weekly() || !slices.Contains(salesrhythm.Weeks(r.in.Month), sub.Period) {
		return false
	}
	days, _ := overlap(sub.Period, r.month)
	return r.cal.CountWorkingDays(days) == 0
}

// lastMonth reports whether sub is a self-assessment or a one-on-one sheet
// of the month before, which the role scores and competence stages compare
// with.
func (r *run) lastMonth(sub salesrhythm.Submission) bool {
	return (sub.Kind == salesrhythm.KindAssessment || sub.Kind == salesrhythm.KindOneOnOne) && sub.Period.Start.MonthOf() == r.in.Month.Add(-1)
}

func compareWorkbook(a, b Workbook) int {
	kind := func(k salesrhythm.Kind) int {
		return slices.IndexFunc(salesrhythm.Kinds, func(c salesrhythm.Choice) bool { return c.Key == string(k) })
	}
	return cmp.Or(compareID(a.Person, b.Person), cmp.Compare(kind(a.Kind), kind(b.Kind)), a.Period.Start.Compare(b.Period.Start), compareID(a.Report, b.Report))
}
