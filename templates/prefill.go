package templates

import (
	"fmt"
	"reflect"
	"slices"
	"strings"

	"salesrhythm"
	"salesrhythm/schema"
)

// A workbook is pre-filled from records through the schema's field of each
// column, the importer's decoding run backwards: every value is typed into
// its cell as a person types it, so what the importer reads back is the
// records it was filled with.

// records returns the records sheet s is pre-filled with, a slice of
// s.Record, or the zero Value for none. The plan's people and targets come
// from the plan, the question table from the configured questions and the
// assessment's answers, the competence table from the configured
// competences and the ratings, and a one-on-one's direct report from the
// spec when no record names it.
func (b *book) records(s *schema.Sheet) reflect.Value {
	c := b.spec.Records
	if b.spec.Kind == salesrhythm.KindPlan && b.o.Carry != nil {
		c = &salesrhythm.Records{Plan: b.carried()}
	}
	switch s.Record {
	case reflect.TypeFor[salesrhythm.Rating]():
		rows := make([]salesrhythm.Rating, len(b.o.Config.Competences))
		for i, c := range b.o.Config.Competences {
			rows[i] = salesrhythm.Rating{No: i + 1, Competence: c.Label.In(b.loc)}
		}
		if c != nil {
			for _, r := range c.Ratings {
				if r.No >= 1 && r.No <= len(rows) {
					rows[r.No-1].Stage, rows[r.No-1].Notes = r.Stage, r.Notes
				}
			}
		}
		return reflect.ValueOf(rows)
	case reflect.TypeFor[salesrhythm.OneOnOne]():
		if (c == nil || len(c.OneOnOnes) == 0) && b.spec.About.ID != "" {
			return reflect.ValueOf([]salesrhythm.OneOnOne{{Report: PersonEntry(b.spec.About)}}) // as its drop-down offers it
		}
	case reflect.TypeFor[salesrhythm.QuestionRow]():
		var a salesrhythm.Assessment
		if c != nil && len(c.Assessments) > 0 {
			a = c.Assessments[0]
		}
		rows := make([]salesrhythm.QuestionRow, len(b.o.Config.Assessment.Questions))
		for i, q := range b.o.Config.Assessment.Questions {
			rows[i] = salesrhythm.QuestionRow{No: i + 1, Question: q.Text.In(b.loc)}
			if i < len(a.Answers) && i < len(a.Notes) {
				rows[i].Answer, rows[i].Notes = a.Answers[i], a.Notes[i]
			}
		}
		return reflect.ValueOf(rows)
	}
	if c == nil {
		return reflect.Value{}
	}
	switch s.Record {
	case reflect.TypeFor[salesrhythm.Person]():
		if c.Plan != nil {
			return reflect.ValueOf(c.Plan.Team)
		}
	case reflect.TypeFor[salesrhythm.TargetRow]():
		if c.Plan != nil {
			rows := make([]salesrhythm.TargetRow, len(c.Plan.Team))
			for i, p := range c.Plan.Team {
				rows[i] = salesrhythm.TargetRow{Person: p.ID, Name: p.Name, Targets: c.Plan.Targets[p.ID]}
			}
			return reflect.ValueOf(rows)
		}
	default:
		return schema.RecordsOf(c, s.Record)
	}
	return reflect.Value{}
}

// carried is the plan a plan template carries over: the earlier plan's team
// without the people who left before the new month, and its targets if
// asked for.
func (b *book) carried() *salesrhythm.Plan {
	p := &salesrhythm.Plan{Team: CarriedTeam(b.o.Carry, b.spec.Period.Start)}
	if b.o.CarryTargets {
		p.Targets = b.o.Carry.Targets
	}
	return p
}

// CarriedTeam is the team a plan starting on start carries over from an
// earlier plan: its people but those who left before start.
func CarriedTeam(from *salesrhythm.Plan, start salesrhythm.Date) []salesrhythm.Person {
	var out []salesrhythm.Person
	for _, x := range from.Team {
		if x.End.IsZero() || !x.End.Before(start) {
			out = append(out, x)
		}
	}
	return out
}

// prefillTable types the records of a Table sheet into its input rows.
func (b *book) prefillTable(sheet string, rows reflect.Value, s *schema.Sheet) {
	if !rows.IsValid() {
		return
	}
	for i := range rows.Len() {
		lines := 1
		for j := range s.Columns {
			lines = max(lines, b.put(sheet, &s.Columns[j], j+1, FirstRow+i, rows.Index(i).FieldByIndex(s.Field(j))))
		}
		if lines > 1 {
			b.check(b.f.SetRowHeight(sheet, FirstRow+i, float64(lines)*15))
		}
	}
}

// prefillForm types the first record of a Form sheet right of its labels.
func (b *book) prefillForm(sheet string, s *schema.Sheet) {
	if rows := b.records(s); rows.IsValid() && rows.Len() > 0 {
		for i := range s.Columns {
			b.put(sheet, &s.Columns[i], 2, HeaderRow+i, rows.Index(0).FieldByIndex(s.Field(i)))
		}
	}
}

// prefillGrid types each slot's activity into the grid, by its day and time.
func (b *book) prefillGrid(sheet string, s *schema.Sheet, days []salesrhythm.Date, slots []salesrhythm.Clock) {
	rows := b.records(s)
	if !rows.IsValid() {
		return
	}
	for _, sl := range rows.Interface().([]salesrhythm.Slot) {
		d, i := slices.Index(days, sl.Date), slices.Index(slots, sl.Start)
		if d < 0 || i < 0 {
			b.check(fmt.Errorf("the time table of %s has no cell for %s %s", b.spec.Period, sl.Date, sl.Start))
			return
		}
		b.put(sheet, &s.Columns[1], 2+d, FirstRow+i, reflect.ValueOf(sl).FieldByIndex(s.Field(1)))
	}
}

// put types f, the field column c fills, into the cell at col and row:
// dates and times as serials the column formats, choices and answers as
// their labels, people as their IDs. A value "not given" (zero, NoClock,
// Unanswered) leaves the cell blank, as the importer reads a blank. It
// returns the lines a long text takes.
func (b *book) put(sheet string, c *schema.Column, col, row int, f reflect.Value) int {
	switch c.Type {
	case schema.Date:
		if d := f.Interface().(salesrhythm.Date); !d.IsZero() {
			b.num(sheet, col, row, serial(d))
		}
	case schema.Time:
		if t := f.Interface().(salesrhythm.Clock); t.Valid() {
			b.num(sheet, col, row, float64(t)/(24*60))
		}
	case schema.Count, schema.Minutes, schema.Money:
		v := 0.0
		if f.Kind() == reflect.Float64 {
			v = f.Float()
		} else {
			v = float64(f.Int())
		}
		if v != 0 {
			b.num(sheet, col, row, v)
		}
	case schema.Choice:
		b.choice(sheet, c, col, row, c.Choices, f.String())
	case schema.YesNo:
		key := map[salesrhythm.Answer]string{salesrhythm.Yes: "yes", salesrhythm.No: "no"}[f.Interface().(salesrhythm.Answer)]
		b.choice(sheet, c, col, row, salesrhythm.YesNo, key)
	case schema.People:
		if ids := f.Interface().([]string); len(ids) > 0 {
			b.str(sheet, col, row, strings.Join(ids, ", "))
		}
	default:
		if text := f.String(); text != "" {
			b.str(sheet, col, row, text)
			if c.Type == schema.LongText {
				return salesrhythm.WrappedLines(text, c.Width, 1.1)
			}
		}
	}
	return 1
}

// choice types the label of a choice key, as the drop-down offers it.
func (b *book) choice(sheet string, c *schema.Column, col, row int, choices []salesrhythm.Choice, key string) {
	if key == "" {
		return
	}
	i := slices.IndexFunc(choices, func(ch salesrhythm.Choice) bool { return ch.Key == key })
	if i < 0 {
		b.check(fmt.Errorf("%q is not a choice of the column %s", key, c.Key))
		return
	}
	b.str(sheet, col, row, choices[i].Label.In(b.loc))
}

// str, num and style write every cell of a workbook. Its sheets'
// dimensions are put right from the cells written, as every workbook's are,
// by zipx.Tidy.
func (b *book) str(sheet string, col, row int, v string) {
	b.check(b.f.SetCellStr(sheet, cell(col, row), v))
}

func (b *book) num(sheet string, col, row int, v float64) {
	b.check(b.f.SetCellFloat(sheet, cell(col, row), v, -1, 64))
}

func (b *book) style(sheet string, col1, row1, col2, row2, style int) {
	b.check(b.f.SetCellStyle(sheet, cell(col1, row1), cell(col2, row2), style))
}
