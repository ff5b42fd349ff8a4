// Package schema describes every workbook kind once, as data: its sheets,
// their layout, and their columns with a stable key, a label in every
// locale, a type and the closed set a drop-down offers. The templates
// package renders these descriptions and the importer reads by them, so the
// two cannot drift apart; a new column is one line here.
//
// It does no I/O and knows nothing of excelize.
package schema

import (
	"reflect"

	"salesrhythm"
)

// Version is the template version written into every workbook's metadata.
// Raise it when a change to a description would make older workbooks read
// differently.
const Version = 1

// Type is what a cell holds, which decides its validation, number format and
// how the importer parses it.
type Type int

// The cell types.
const (
	Text     Type = iota // free text on one line
	LongText             // free text, wrapped
	Date                 // a calendar day
	Time                 // a time of day
	Count                // a whole number ≥ 0
	Minutes              // a whole number of minutes ≥ 0
	Money                // an amount ≥ 0 in the configured currency
	Choice               // one of Column.Choices
	YesNo                // yes or no
	Person               // one person ID of the team
	People               // one or more person IDs, comma-separated
)

// Column is one field: a table column, a form row or a grid cell.
type Column struct {
	Key      string
	Label    salesrhythm.Text
	Type     Type
	Choices  []salesrhythm.Choice // for Choice
	Required bool                 // a row with data must fill it
	Fixed    bool                 // pre-filled by the template and locked
	Width    float64              // column width in characters
	Help     salesrhythm.Text     // the input message and the Instructions line
	// Former are labels the column had in workbooks handed out before,
	// which the importer still reads.
	Former []string

	// Carried: filled by the template on the rows it carries over from an
	// earlier workbook, and locked; a workbook from before the column
	// exists reads as if it were blank.
	Carried bool

	// Reach, for a Date column, is where its days lie against the
	// workbook's period, which decides the year of a date typed without
	// one.
	Reach Reach
	// Blank, for a Choice, is the key a row with data reads the column's
	// blank cell as, with a warning that says so.
	Blank string
	// Lost says what an unreadable value of the column costs when it
	// keeps nothing out of a counted figure ("the follow-up is not
	// carried"); the finding is then a warning that says so. A Required
	// column's warning for a blank cell says it too.
	Lost salesrhythm.Text
	// Reports, for a Person column, says it names one of the owner's
	// direct reports: its drop-down offers them alone.
	Reports bool
}

// Reach is where the days of a date column lie against the workbook's
// period.
type Reach int

// The reaches.
const (
	// Within: the row's own date, a day of the period.
	Within Reach = iota
	// Ahead: a day to come, up to a year after the period's end — a next
	// contact, a due date — or one gone by a little, up to three months
	// before its start (an overdue item's due date, a next contact typed
	// before the call's day by mistake), so that "nov. 10." on a call of 16
	// November is this year's, not next year's.
	Ahead
	// Behind: a day gone, from a year before the period's start to its
	// end — a first or last contact, a day a thing was raised or done.
	Behind
)

// Span returns the days a date of the column can fall on for a workbook
// of period p.
func (r Reach) Span(p salesrhythm.Period) salesrhythm.Period {
	switch r {
	case Ahead:
		p.Start = salesrhythm.D(p.Start.Year(), p.Start.Month()-3, p.Start.Day())
		p.End = salesrhythm.D(p.End.Year()+1, p.End.Month(), p.End.Day())
	case Behind:
		p.Start = salesrhythm.D(p.Start.Year()-1, p.Start.Month(), p.Start.Day())
	}
	return p
}

// Layout is how a sheet arranges its fields.
type Layout int

// The layouts.
const (
	// Table: a header row of column labels, then one record a row.
	Table Layout = iota
	// Form: one field a row, the label in the first column and the value in
	// the second.
	Form
	// Grid: the time table — a row a time slot, a column a working day of
	// the week, every cell one activity.
	Grid
)

// Sheet is one sheet of a workbook.
type Sheet struct {
	Key     string
	Name    salesrhythm.Text // the tab's name in each locale
	Many    salesrhythm.Text // a Form's name for many of its records, as the export's table of them; Name when blank
	Former  []string         // names the sheet had before, still read
	Layout  Layout
	Columns []Column
	Rows    int    // Table: the input rows the template provides
	Dated   string // the key of the column that dates each row; rows dated outside the workbook's period are flagged
	Help    salesrhythm.Text
	// Record is the type a row (Table, Grid) or the sheet (Form) fills:
	// each column fills the field whose `col` tag is its key.
	Record reflect.Type
	// Planned, when set, tells the rows the template carries into a Table
	// as plans for the person to act on from the records they become.
	Planned *Planned

	fields [][]int // by column: the index path of its field in Record
}

// Planned describes the rows a template carries into a table as plans: a
// due follow-up in the call register is a call to make, not a call made.
// A row whose Marker column is filled and whose Acted columns are all blank
// is a plan not acted on, and is not read as a record; once any Acted column
// is filled it is a record like any other.
type Planned struct {
	Marker string   // the key of the Carried column the template fills on a plan
	Acted  []string // the keys of the columns the person fills on acting on it
}

// Workbook describes one kind.
type Workbook struct {
	Kind   salesrhythm.Kind
	Title  salesrhythm.Text
	Sheets []Sheet
	Help   salesrhythm.Text // what the workbook is for, for the Instructions sheet
	// Distinct are the keys of form fields that tell apart the workbooks
	// one person fills for one period (a one-on-one sheet for each talk:
	// the direct report and the date). The importer's duplicate rule
	// compares them with the kind, the person and the period.
	Distinct []string
}

// Sheet returns the sheet with the given key.
func (w *Workbook) Sheet(key string) *Sheet {
	for i := range w.Sheets {
		if w.Sheets[i].Key == key {
			return &w.Sheets[i]
		}
	}
	return nil
}

// Column returns the column with the given key.
func (s *Sheet) Column(key string) *Column {
	for i := range s.Columns {
		if s.Columns[i].Key == key {
			return &s.Columns[i]
		}
	}
	return nil
}

// Schema is the description of every kind under one configuration: the
// activity list and the assessment questions come from config.yaml.
type Schema struct {
	kinds map[salesrhythm.Kind]*Workbook
	order []salesrhythm.Kind
}

// Kind returns the description of kind k, or nil for an unknown kind.
func (s *Schema) Kind(k salesrhythm.Kind) *Workbook { return s.kinds[k] }

// Workbooks returns every description in the order of salesrhythm.Kinds.
func (s *Schema) Workbooks() []*Workbook {
	out := make([]*Workbook, len(s.order))
	for i, k := range s.order {
		out[i] = s.kinds[k]
	}
	return out
}

// Metadata keys, written as custom document properties and as rows of the
// hidden metadata sheet.
const (
	MetaKind    = "salesrhythm.kind"
	MetaVersion = "salesrhythm.version"
	MetaPerson  = "salesrhythm.person"
	MetaName    = "salesrhythm.name"
	MetaStart   = "salesrhythm.start"
	MetaEnd     = "salesrhythm.end"
	MetaLocale  = "salesrhythm.locale"
)

// MetaKeys lists the metadata keys in the order the hidden sheet holds them.
var MetaKeys = []string{MetaKind, MetaVersion, MetaPerson, MetaName, MetaStart, MetaEnd, MetaLocale}

// Names of the sheets every workbook has besides its own.
const (
	MetaSheet  = "_salesrhythm" // hidden: the metadata again, for files whose properties were lost
	ListsSheet = "_lists"       // hidden: the drop-down lists
)

// InstructionsSheet is the tab name of the instructions in each locale.
var InstructionsSheet = salesrhythm.T("Instructions", "Útmutató")
