package demo

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"salesrhythm"
	"salesrhythm/internal/fill"
	"salesrhythm/internal/safefile"
	"salesrhythm/templates"
)

// book is one workbook to write: the template of spec, typed in step by
// step, saved by its owner at modified.
type book struct {
	spec     templates.Spec
	path     string // relative to the inbox, with forward slashes
	steps    []func(fill.Typer) error
	excelize bool // a step needs the workbook opened with excelize (the mistakes do)
	modified time.Time
}

// workbooks lists every workbook of the inbox: the plan, then the weekly
// workbooks of the previous month's batch whose week reaches into the month,
// then the month's batch.
func (c *company) workbooks() []*book {
	specs := []templates.Spec{templates.PlanSpec(c.month)}
	for _, s := range templates.Batch(c.plan, c.month.Add(-1), c.cal) {
		if s.Kind.Weekly() && s.Period.Overlaps(c.month.Period()) {
			specs = append(specs, s)
		}
	}
	specs = append(specs, templates.Batch(c.plan, c.month, c.cal)...)
	books := make([]*book, len(specs))
	for i, s := range specs {
		books[i] = &book{spec: s, path: filepath.ToSlash(templates.Path("", s)), steps: c.typeIn(s)}
		if s.Kind != salesrhythm.KindPlan {
			// Saved by its owner on the evening of the period's last day.
			books[i].modified = s.Period.End.Time().Add(18 * time.Hour)
		}
	}
	return books
}

// render types the workbook into its template, as 'salesrhythm template'
// makes it, and saves it at its path in the inbox.
func (c *company) render(b *book, tw *templates.Writer, inbox string) error {
	var out bytes.Buffer
	if b.excelize {
		var blank bytes.Buffer
		if err := tw.Write(&blank, b.spec); err != nil {
			return err
		}
		if err := c.renderExcelize(b, blank.Bytes(), &out); err != nil {
			return err
		}
	} else {
		// Most workbooks are typed in by the fast typist, straight from the
		// template's master: it edits the XML where excelize would re-write
		// every part, and fills the master's holes on the way.
		master, holes, err := tw.Master(b.spec)
		if err != nil {
			return err
		}
		f, err := fill.FastFrom(master, holes, b.spec, templates.Options{Config: c.cfg, Schema: c.sch, Team: c.plan})
		if err != nil {
			return fmt.Errorf("%s: %w", b.path, err)
		}
		for _, step := range b.steps {
			if err := step(f); err != nil {
				return fmt.Errorf("%s: %w", b.path, err)
			}
		}
		if !b.modified.IsZero() {
			f.Saved(b.modified, b.spec.Person.Name)
		}
		if err := f.Write(&out); err != nil {
			return err
		}
	}
	path := filepath.Join(inbox, filepath.FromSlash(b.path))
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return safefile.WriteFile(path, safefile.Replace|safefile.NoSync, out.Bytes())
}

// renderExcelize types the workbook in with excelize, for the steps that
// change more than values (the planted mistakes).
func (c *company) renderExcelize(b *book, blank []byte, out *bytes.Buffer) error {
	f, err := fill.Open(bytes.NewReader(blank), c.sch.Kind(b.spec.Kind), c.loc)
	if err != nil {
		return err
	}
	defer f.Close()
	for _, step := range b.steps {
		if err := step(f); err != nil {
			return fmt.Errorf("%s: %w", b.path, err)
		}
	}
	if !b.modified.IsZero() {
		props := &excelize.DocProperties{Modified: b.modified.Format(time.RFC3339), LastModifiedBy: b.spec.Person.Name}
		if err := f.F.SetDocProps(props); err != nil {
			return err
		}
	}
	return f.Write(out)
}

// typeIn returns the steps that type a workbook's content in.
func (c *company) typeIn(s templates.Spec) []func(fill.Typer) error {
	w := c.week(s.Period)
	switch s.Kind {
	case salesrhythm.KindCallRegister:
		sw := c.sellerByID[s.Person.ID].weeks[w]
		return steps(func(b fill.Typer) error { return b.Table("calls", c.callRows(sw.calls)) })
	case salesrhythm.KindTimeTable:
		sw := c.sellerByID[s.Person.ID].weeks[w]
		return steps(
			func(b fill.Typer) error { return b.Grid("plan", sw.plan) },
			func(b fill.Typer) error { return b.Grid("actual", sw.actual) },
		)
	case salesrhythm.KindWeeklyReport:
		return c.weeklyReport(c.sellerByID[s.Person.ID].weeks[w])
	case salesrhythm.KindManagementLog:
		lw := c.leader(s.Person.ID).weeks[w]
		return steps(
			func(b fill.Typer) error { return b.Table("events", c.eventRows(lw.events)) },
			func(b fill.Typer) error { return b.Table("actions", c.actionRows(lw.actions)) },
		)
	case salesrhythm.KindAssessment:
		l := c.leader(s.Person.ID)
		rows := make([]map[string]any, len(l.answers))
		for i, a := range l.answers {
			rows[i] = typed(map[string]any{"answer": a, "notes": l.notes[i]})
		}
		return steps(
			func(b fill.Typer) error { return b.Table("questions", rows) },
			func(b fill.Typer) error { return b.Form("ideas", map[string]any{"ideas": l.ideas}) },
		)
	}
	return nil
}

func steps(fs ...func(fill.Typer) error) []func(fill.Typer) error { return fs }

// weeklyReport types a manager's week: the deals, the funnel, next week.
func (c *company) weeklyReport(sw sellerWeek) []func(fill.Typer) error {
	deals := make([]map[string]any, len(sw.deals))
	for i, d := range sw.deals {
		deals[i] = typed(map[string]any{"date": d.Date, "client": d.Client, "new_client": d.NewClient,
			"product_line": d.ProductLine, "amount": d.Amount, "comment": d.Comment})
	}
	f := sw.funnel
	return steps(
		func(b fill.Typer) error { return b.Table("deals", deals) },
		func(b fill.Typer) error {
			return b.Form("funnel", map[string]any{"leads": f.Leads, "contacts": f.Contacts, "meetings": f.Meetings,
				"proposals": f.Proposals, "won": f.Won, "lost": f.Lost})
		},
		func(b fill.Typer) error {
			return b.Form("next_week", typed(map[string]any{"priorities": sw.outlook.Priorities, "help_needed": sw.outlook.HelpNeeded}))
		},
	)
}

func (c *company) callRows(calls []salesrhythm.Call) []map[string]any {
	rows := make([]map[string]any, len(calls))
	for i, x := range calls {
		rows[i] = typed(map[string]any{"date": x.Date, "time": x.Time, "client": x.Client, "contact": x.Contact,
			"phone": x.Phone, "type": fill.Key(x.Type), "purpose": x.Purpose, "result": fill.Key(x.Result),
			"next_step": x.NextStep, "next_contact": x.NextContact, "comment": x.Comment})
	}
	return rows
}

func (c *company) eventRows(events []salesrhythm.Event) []map[string]any {
	rows := make([]map[string]any, len(events))
	for i, e := range events {
		rows[i] = typed(map[string]any{"date": e.Date, "type": fill.Key(e.Type), "start": e.Start, "minutes": e.Minutes,
			"participants": strings.Join(e.Participants, ", "), "client": e.Client, "notes": e.Notes})
	}
	return rows
}

// actionRows types the action items; owners are picked from the drop-down,
// which shows the ID and the name.
func (c *company) actionRows(items []salesrhythm.ActionItem) []map[string]any {
	rows := make([]map[string]any, len(items))
	for i, a := range items {
		owner, _ := c.plan.Person(a.Owner)
		rows[i] = typed(map[string]any{"raised_on": a.RaisedOn, "issue": a.Issue, "owner": templates.PersonEntry(owner),
			"due": a.Due, "status": fill.Key(a.Status), "done_on": a.DoneOn, "comment": a.Comment})
	}
	return rows
}

// typed leaves out the fields left blank: nobody types an empty text.
func typed(m map[string]any) map[string]any {
	for k, v := range m {
		if v == "" {
			delete(m, k)
		}
	}
	return m
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
