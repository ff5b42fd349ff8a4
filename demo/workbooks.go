package demo

import (
	"bytes"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/xuri/excelize/v2"

	"salesrhythm"
	"salesrhythm/analysis"
	"salesrhythm/internal/safefile"
	"salesrhythm/internal/zipx"
	"salesrhythm/templates"
)

// book is one workbook to write: the template of spec pre-filled with its
// records and saved by its owner, then any mistakes typed over it.
type book struct {
	spec     templates.Spec
	path     string                         // relative to the inbox, with forward slashes
	mistakes []func(f *excelize.File) error // raw cell overrides, typed over the written workbook
}

// workbooks lists every workbook of the inbox: the plan, then the weekly
// workbooks of the previous month's batch whose week reaches into the month,
// then the month's batch — but for the one-on-one sheets due for talks that
// were not held, which it returns apart.
func (c *company) workbooks() ([]*book, []analysis.Workbook) {
	specs := []templates.Spec{templates.PlanSpec(c.month)}
	for _, s := range templates.Batch(c.plan, c.month.Add(-1), c.cfg) {
		if s.Kind.Weekly() && s.Period.Overlaps(c.month.Period()) && c.month == c.first {
			specs = append(specs, s) // a month before the demo's first has no batch of its own
		}
	}
	specs = append(specs, templates.Batch(c.plan, c.month, c.cfg)...)
	var books []*book
	var unheld []analysis.Workbook
	for _, s := range specs {
		if s.Kind != salesrhythm.KindPlan {
			s.Records = c.records(s)
			// Saved by its owner on the evening of the period's last day.
			s.Saved = s.Period.End.Time().Add(18 * time.Hour)
		}
		if s.Kind == salesrhythm.KindOneOnOne && s.Records == nil {
			unheld = append(unheld, analysis.Workbook{Kind: s.Kind, Person: s.Person.ID, Period: s.Period, Report: s.About.ID})
			continue
		}
		books = append(books, &book{spec: s, path: filepath.ToSlash(templates.Path("", s))})
	}
	return books, unheld
}

// render writes the workbook, as 'salesrhythm template' makes it with its
// records filled in, types the mistakes over it and saves it at its path
// in the inbox.
func (c *company) render(b *book, tw *templates.Writer, inbox string) error {
	var out bytes.Buffer
	if err := tw.Write(&out, b.spec); err != nil {
		return err
	}
	if len(b.mistakes) > 0 {
		f, err := excelize.OpenReader(bytes.NewReader(out.Bytes()))
		if err != nil {
			return err
		}
		defer f.Close()
		for _, m := range b.mistakes {
			if err := m(f); err != nil {
				return err
			}
		}
		out.Reset()
		if err := zipx.Write(&out, f); err != nil {
			return err
		}
	}
	path := filepath.Join(inbox, filepath.FromSlash(b.path))
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return safefile.WriteFile(path, safefile.Replace|safefile.NoSync, out.Bytes())
}

// records returns what the owner of a workbook filled in; nil for a
// one-on-one sheet of a talk that was not held.
func (c *company) records(s templates.Spec) *salesrhythm.Records {
	w := c.week(s.Period)
	switch s.Kind {
	case salesrhythm.KindCallRegister:
		return &salesrhythm.Records{Calls: c.sellerByID[s.Person.ID].weeks[w].calls}
	case salesrhythm.KindTimeTable:
		sw := c.sellerByID[s.Person.ID].weeks[w]
		return &salesrhythm.Records{Slots: slots(sw.plan, sw.actual)}
	case salesrhythm.KindWeeklyReport:
		sw := c.sellerByID[s.Person.ID].weeks[w]
		return &salesrhythm.Records{Deals: sw.deals, Funnels: []salesrhythm.Funnel{sw.funnel}, Outlooks: []salesrhythm.Outlook{sw.outlook}}
	case salesrhythm.KindManagementLog:
		lw := c.leader(s.Person.ID).weeks[w]
		return &salesrhythm.Records{Events: lw.events, Actions: lw.actions}
	case salesrhythm.KindAssessment:
		l := c.leader(s.Person.ID)
		return &salesrhythm.Records{Assessments: []salesrhythm.Assessment{{Answers: l.answers, Notes: l.notes, Ideas: l.ideas}}}
	case salesrhythm.KindClientProfiles:
		return &salesrhythm.Records{Clients: c.sellerByID[s.Person.ID].profiles}
	case salesrhythm.KindOneOnOne:
		return c.leader(s.Person.ID).talkSheet(s.About.ID, s.Talk)
	}
	return nil
}

// slots turns a time table's grids into its slots, by day and time.
func slots(plan, actual grid) []salesrhythm.Slot {
	days := map[salesrhythm.Date]bool{}
	for d := range plan {
		days[d] = true
	}
	for d := range actual {
		days[d] = true
	}
	var out []salesrhythm.Slot
	for _, d := range slices.SortedFunc(maps.Keys(days), salesrhythm.Date.Compare) {
		times := map[salesrhythm.Clock]bool{}
		for t := range plan[d] {
			times[t] = true
		}
		for t := range actual[d] {
			times[t] = true
		}
		for _, t := range slices.Sorted(maps.Keys(times)) {
			out = append(out, salesrhythm.Slot{Date: d, Start: t, Plan: plan[d][t], Actual: actual[d][t]})
		}
	}
	return out
}

// week returns the index of p among the company's weeks.
func (c *company) week(p salesrhythm.Period) int {
	for i, w := range c.weeks {
		if w == p {
			return i
		}
	}
	return -1
}

// leader returns the leader with the given ID.
func (c *company) leader(id string) *leader {
	for _, l := range c.leaders {
		if l.ID == id {
			return l
		}
	}
	return nil
}
