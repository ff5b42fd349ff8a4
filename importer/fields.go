package importer

import (
	"reflect"
	"strings"

	"salesrhythm"
	"salesrhythm/schema"
)

// sheetReader turns one sheet's cells into values, recording a finding for
// every cell it cannot read. A bad cell leaves its field "not given"; the row
// is kept.
type sheetReader struct {
	file  *fileResult
	b     *book
	sheet string // the sheet's name in the file
	field string // the key of the column being decoded, for its findings
	// period is the workbook's own, for dates typed without a year; nil
	// when the workbook lost its metadata and its period is not known yet.
	period *salesrhythm.Period
}

func (x *sheetReader) cell(v cellAt) Cell {
	c := v.cell
	return Cell{Raw: c.raw, Numeric: c.kind == 'n', DateFmt: x.b.isDate(c), Formula: c.kind == 'f', Date1904: x.b.date1904}
}

func (x *sheetReader) find(v cellAt, sev salesrhythm.Severity, code salesrhythm.Code, raw string, msg salesrhythm.Text) {
	x.findField(v, x.field, sev, code, raw, msg)
}

// findField records a finding at cell v of the column with key field.
func (x *sheetReader) findField(v cellAt, field string, sev salesrhythm.Severity, code salesrhythm.Code, raw string, msg salesrhythm.Text) {
	x.file.add(salesrhythm.Finding{Sheet: x.sheet, Cell: v.ref(), Field: field, Severity: sev, Code: code, Raw: raw, Message: msg.En, Messages: msg})
}

func (x *sheetReader) problem(v cellAt, p *Problem) {
	if p != nil {
		x.find(v, salesrhythm.Error, p.Code, v.cell.raw, p.Text)
	}
}

func (x *sheetReader) text(v cellAt) string {
	if !v.present {
		return ""
	}
	if v.cell.kind == 'f' {
		x.find(v, salesrhythm.Warning, salesrhythm.CodeFormulaNoValue, "", salesrhythm.Tr("the cell holds a formula that was never calculated; open the file in Excel and save it again"))
		return ""
	}
	return Text(x.cell(v))
}

// parse reads a present cell with a parser; a blank or unreadable cell
// gives none, the "not given" value, and an unreadable one a finding.
func parse[T any](x *sheetReader, v cellAt, none T, parser func(Cell) (T, *Problem)) T {
	return noted(x, v, none, parser, "")
}

// noted reads cell v with parser as parse does, but a problem of code note
// keeps the value read, with an info note: a hedge read as NO, a choice
// read by the start of its label.
func noted[T any](x *sheetReader, v cellAt, none T, parser func(Cell) (T, *Problem), note salesrhythm.Code) T {
	if !v.present {
		return none
	}
	val, p := parser(x.cell(v))
	switch {
	case p == nil:
	case note != "" && p.Code == note:
		x.find(v, salesrhythm.Info, p.Code, v.cell.raw, p.Text)
	default:
		x.problem(v, p)
		return none
	}
	return val
}

// date reads a date of column c. An unreadable one the column says costs
// no counted figure is a warning that says what it does cost.
func (x *sheetReader) date(v cellAt, c *schema.Column) salesrhythm.Date {
	if !v.present {
		return salesrhythm.Date{}
	}
	read := ParseDate
	if x.period != nil {
		read = func(cell Cell) (salesrhythm.Date, *Problem) { return ParseDateIn(cell, *x.period, c.Reach) }
	}
	d, p := read(x.cell(v))
	switch {
	case p == nil:
		return d
	case p.Code == salesrhythm.CodeReadAsDate:
		x.find(v, salesrhythm.Info, p.Code, v.cell.raw, p.Text)
		return d
	case c.Lost != (salesrhythm.Text{}):
		x.find(v, salesrhythm.Warning, p.Code, v.cell.raw, salesrhythm.T(p.Text.En+"; "+c.Lost.En, p.Text.Hu+"; "+c.Lost.Hu))
	default:
		x.problem(v, p)
	}
	return salesrhythm.Date{}
}

func (x *sheetReader) clock(v cellAt) salesrhythm.Clock {
	return parse(x, v, salesrhythm.NoClock, ParseTime)
}

func (x *sheetReader) count(v cellAt) int { return parse(x, v, 0, ParseCount) }

func (x *sheetReader) minutes(v cellAt) int { return parse(x, v, 0, ParseMinutes) }

func (x *sheetReader) money(v cellAt) float64 { return parse(x, v, 0, ParseMoney) }

// yesNo reads a yes/no cell; a hedge is NO, with a note.
func (x *sheetReader) yesNo(v cellAt) salesrhythm.Answer {
	return noted(x, v, salesrhythm.Unanswered, ParseYesNo, salesrhythm.CodeReadAsNo)
}

// choice reads a value of a closed set; the start of one choice's label
// is that choice, with a note.
func (x *sheetReader) choice(v cellAt, choices []salesrhythm.Choice) string {
	return noted(x, v, "", func(c Cell) (string, *Problem) { return ParseChoice(c, choices) }, salesrhythm.CodeReadAsChoice)
}

// person reads one person ID and remembers where it was for the check
// against the plan.
func (x *sheetReader) person(v cellAt) string {
	if !v.present {
		return ""
	}
	id := ParsePersonID(x.cell(v))
	x.file.refs = append(x.file.refs, personRef{id: id, sheet: x.sheet, cell: v.ref(), field: x.field})
	return id
}

func (x *sheetReader) people(v cellAt) []string {
	if !v.present {
		return nil
	}
	ids := ParsePersonIDs(x.cell(v))
	for _, id := range ids {
		x.file.refs = append(x.file.refs, personRef{id: id, sheet: x.sheet, cell: v.ref(), field: x.field})
	}
	return ids
}

// row gives access to one table row by column key.
type row struct {
	x    *sheetReader
	s    *schema.Sheet
	vals []cellAt
}

func (r row) at(key string) cellAt {
	for i, c := range r.s.Columns {
		if c.Key == key {
			return r.vals[i]
		}
	}
	panic("schema has no column " + key)
}

func (r row) n() int {
	for _, v := range r.vals {
		if v.row > 0 {
			return v.row
		}
	}
	return 0
}

func (r row) ref() salesrhythm.Ref {
	return salesrhythm.Ref{File: r.x.file.Path, Sheet: r.x.sheet, Row: r.n()}
}

// decode reads cell v into f, the field column c fills, by the column's
// type. A blank or unreadable cell leaves the field "not given"; an
// unreadable one adds a finding.
func (x *sheetReader) decode(c *schema.Column, v cellAt, f reflect.Value) {
	x.field = c.Key
	defer func() { x.field = "" }()
	switch c.Type {
	case schema.Date:
		*f.Addr().Interface().(*salesrhythm.Date) = x.date(v, c)
	case schema.Time:
		*f.Addr().Interface().(*salesrhythm.Clock) = x.clock(v)
	case schema.Count, schema.Minutes:
		n := 0
		if c.Type == schema.Minutes {
			n = x.minutes(v)
		} else {
			n = x.count(v)
		}
		if f.Kind() == reflect.Float64 {
			f.SetFloat(float64(n))
		} else {
			f.SetInt(int64(n))
		}
	case schema.Money:
		f.SetFloat(x.money(v))
	case schema.Choice:
		f.SetString(x.choice(v, c.Choices))
		if c.Blank != "" && !v.present && v.col > 0 {
			x.find(v, salesrhythm.Warning, salesrhythm.CodeMissingCell, "",
				salesrhythm.Tr("%s is empty; read as %s", required(c.Label), salesrhythm.LabelOf(c.Choices, c.Blank)))
			f.SetString(c.Blank)
		}
	case schema.YesNo:
		*f.Addr().Interface().(*salesrhythm.Answer) = x.yesNo(v)
	case schema.Person:
		f.SetString(x.person(v))
	case schema.People:
		*f.Addr().Interface().(*[]string) = x.people(v)
	default:
		f.SetString(x.text(v))
	}
}

// decodeRow fills rec, a record of the sheet's type, from the cells of one
// row (or form) in the order of the sheet's columns.
func (x *sheetReader) decodeRow(s *schema.Sheet, vals []cellAt, rec reflect.Value) {
	for i := range s.Columns {
		x.decode(&s.Columns[i], vals[i], rec.FieldByIndex(s.Field(i)))
	}
}

// required reports every required field left blank in a row that has data.
func (r row) required() {
	for i, c := range r.s.Columns {
		if c.Required && !r.vals[i].present && r.vals[i].col > 0 {
			msg := salesrhythm.Tr("%s is required but empty", required(c.Label))
			if c.Lost != (salesrhythm.Text{}) {
				msg = salesrhythm.T(msg.En+"; "+c.Lost.En, msg.Hu+"; "+c.Lost.Hu)
			}
			r.x.findField(r.vals[i], c.Key, salesrhythm.Warning, salesrhythm.CodeMissingCell, "", msg)
		}
	}
}

// required is a required field's label for its message: lower case in
// English, where it starts the sentence ("result is required but empty"),
// as the header writes it in Hungarian, where it ends it.
func required(label salesrhythm.Text) salesrhythm.Text {
	return salesrhythm.T(strings.ToLower(label.En), label.Hu)
}

// plan reports whether the row is a plan the template carried over and
// nobody acted on (schema.Planned): it is not a record, so it is not read.
func (r row) plan() bool {
	p := r.s.Planned
	if p == nil || !r.at(p.Marker).present {
		return false
	}
	for _, k := range p.Acted {
		if r.at(k).present {
			return false
		}
	}
	return true
}

// inPeriod warns about a row dated outside the workbook's period; the row
// is kept and counts in the month of its own date.
//
// A month's report reads the workbooks whose period overlaps it, so a row
// dated in a month the workbook's period does not touch is read by no
// report: that is an error, not a warning.
func (r row) inPeriod(key string, d salesrhythm.Date, p salesrhythm.Period) {
	if d.IsZero() || p.Contains(d) {
		return
	}
	m := d.MonthOf()
	if p.Overlaps(m.Period()) {
		r.x.findField(r.at(key), key, salesrhythm.Warning, salesrhythm.CodeOutsidePeriod, d.String(),
			salesrhythm.Tr("%s is outside the workbook's period %s; the row is kept and counts in %s, on its own date", d, p, m))
		return
	}
	r.x.findField(r.at(key), key, salesrhythm.Error, salesrhythm.CodeOutsidePeriod, d.String(),
		salesrhythm.Tr("%s is outside the workbook's period %s, in %s, whose report does not read this workbook: the row counts in no month; correct the date or move the row to the workbook of its week", d, p, m))
}
