// Package export writes every record a report used — calls, deals,
// funnels, time slots, events, action items, self-assessment answers, the
// plan's team and targets, and every other kind of record the schema reads
// — with the findings, as flat tables for pivot tables and BI tools: one
// Excel workbook with a table per kind of record (typed columns, a frozen
// header, a filter), and on request one UTF-8 CSV file per kind.
//
// The tables are made from the record types and the schema by reflection —
// a record's `col` fields are its columns, labelled and typed as the schema
// describes them — so a new kind of record is exported without new code.
// Each row names its month, person, the person's name and group in that
// month's plan, and its source: file, sheet and row. Rows stream to disk
// month by month, so memory does not grow with the months exported.
//
// Text is always written as text: in the workbook as a string cell, in CSV
// with a ' before a value that starts with = + - @, a tab or a carriage
// return, so that no spreadsheet takes it for a formula.
package export

import (
	"cmp"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"

	"salesrhythm"
	"salesrhythm/schema"
)

var t = salesrhythm.T

// kind is how a column's values are written.
type kind int

const (
	text kind = iota
	date
	clock
	integer
	number
	money
)

// column is one column of a table.
type column struct {
	key   string
	label salesrhythm.Text
	kind  kind
}

// table is the description of one kind of record's rows.
type table struct {
	key    string // e.g. calls; the CSV file is calls.csv
	name   salesrhythm.Text
	cols   []column
	record reflect.Type // nil for the tables made by hand
	fields []func(m salesrhythm.Month, rec reflect.Value, l salesrhythm.Locale) any
	owner  []int // index path of the owner field; nil when none
	// form is the form sheet of the record's workbook whose date and
	// person a row without a date of its own takes (a one-on-one's
	// ratings, the talk's date and report); nil when it has its own.
	form *formLink
	at   int // the column of the form's values
}

// formLink finds the date and person of a workbook's form record.
type formLink struct {
	record       reflect.Type
	date, person []int // index paths in the form record; nil when it has none
}

// lead are the columns every record table starts with.
func lead() []column {
	return []column{
		{"month", t("Month", "Hónap"), text},
		{"person", t("Person", "Munkatárs"), text},
		{"name", t("Name", "Név"), text},
		{"group", t("Group", "Csoport"), text},
	}
}

// source are the columns every record table ends with.
func source() []column {
	return []column{
		{"file", t("Source file", "Forrásfájl"), text},
		{"sheet", t("Source sheet", "Forrás munkalap"), text},
		{"row", t("Source row", "Forrás sor"), integer},
	}
}

// tables describes a table for every kind of record of Records the schema
// fills a column of: in the order of the Records fields, then the answers
// of the self-assessments, the plan's team and targets, and the findings.
func tables(sch *schema.Schema, cfg salesrhythm.Config) []*table {
	var out []*table
	rt := reflect.TypeFor[salesrhythm.Records]()
	for i := range rt.NumField() {
		f := rt.Field(i)
		if f.Type.Kind() != reflect.Slice {
			continue
		}
		if tb := recordTable(sch, f.Type.Elem()); tb != nil {
			out = append(out, tb)
		}
	}
	return out
}

// recordTable describes the rows of record type rt: its identity, each
// field a column fills, a Date of its own, its source. nil for a type no
// column fills as rows (the self-assessment, folded from its questions).
func recordTable(sch *schema.Schema, rt reflect.Type) *table {
	type col struct {
		c     schema.Column
		field []int
		sheet salesrhythm.Text // the sheet it came from
		alone bool             // no other sheet of the type has it
	}
	var cols []col
	var title salesrhythm.Text
	sheets := 0
	for _, w := range sch.Workbooks() {
		for i := range w.Sheets {
			s := &w.Sheets[i]
			if s.Record != rt || s.Layout == schema.Form && rt == reflect.TypeFor[salesrhythm.Assessment]() {
				continue
			}
			sheets++
			title = cmp.Or(s.Many, s.Name)
			if sheets > 1 {
				title = w.Title // the time table's two grids are one table of slots
			}
			for j, c := range s.Columns {
				if at := slices.IndexFunc(cols, func(x col) bool { return x.c.Key == c.Key }); at >= 0 {
					cols[at].alone = false
					continue
				}
				cols = append(cols, col{c, s.Field(j), s.Name, true})
			}
		}
	}
	if len(cols) == 0 {
		return nil
	}
	tb := &table{key: key(rt), name: title, record: rt, cols: lead()}
	tb.fields = append(tb.fields, nil, nil, nil, nil) // filled from the plan by the writer
	if _, dated := rt.FieldByName("Date"); !dated && !hasPeriod(rt) {
		if fl, dateLabel, personLabel := formOf(sch, rt); fl != nil {
			tb.form, tb.at = fl, len(tb.cols)
			tb.cols = append(tb.cols, column{"date", dateLabel, date}, column{"about", personLabel, text})
			tb.fields = append(tb.fields, nil, nil) // filled from the form by the writer
		}
	}
	for _, f := range reflect.VisibleFields(rt) {
		switch {
		case f.Tag.Get("workbook") == "owner":
			tb.owner = f.Index
		case f.Tag.Get("workbook") == "period" && f.Type == reflect.TypeFor[salesrhythm.Period]():
			idx := f.Index
			tb.cols = append(tb.cols, column{"week", t("Week (Monday)", "Hét (hétfő)"), date})
			tb.fields = append(tb.fields, func(_ salesrhythm.Month, rec reflect.Value, _ salesrhythm.Locale) any {
				return rec.FieldByIndex(idx).Interface().(salesrhythm.Period).Start
			})
		case f.Name == "Date" && f.Type == reflect.TypeFor[salesrhythm.Date]() && f.Tag.Get("col") == "":
			idx := f.Index
			tb.cols = append(tb.cols, column{"date", t("Date", "Dátum"), date})
			tb.fields = append(tb.fields, func(_ salesrhythm.Month, rec reflect.Value, _ salesrhythm.Locale) any {
				return rec.FieldByIndex(idx).Interface()
			})
		}
	}
	for _, c := range cols {
		label := c.c.Label
		if sheets > 1 && c.alone {
			label = c.sheet // the time table's Plan and Actual activity
		}
		tb.cols = append(tb.cols, column{c.c.Key, label, kindOf(c.c.Type)})
		tb.fields = append(tb.fields, cellOf(c.c, c.field))
	}
	tb.cols = append(tb.cols, source()...)
	return tb
}

func hasPeriod(rt reflect.Type) bool {
	for _, f := range reflect.VisibleFields(rt) {
		if f.Tag.Get("workbook") == "period" {
			return true
		}
	}
	return false
}

// formOf finds the form sheet of the workbook whose table rows are of type
// rt, with a date column and a person column: what the rows take as their
// date and whom they are about. It returns their labels.
func formOf(sch *schema.Schema, rt reflect.Type) (*formLink, salesrhythm.Text, salesrhythm.Text) {
	for _, w := range sch.Workbooks() {
		if !slices.ContainsFunc(w.Sheets, func(s schema.Sheet) bool { return s.Record == rt }) {
			continue
		}
		for i := range w.Sheets {
			s := &w.Sheets[i]
			if s.Layout != schema.Form || s.Record == rt {
				continue
			}
			fl := &formLink{record: s.Record}
			var dateLabel, personLabel salesrhythm.Text
			for j, c := range s.Columns {
				switch {
				case c.Type == schema.Date && fl.date == nil:
					fl.date, dateLabel = s.Field(j), c.Label
				case c.Type == schema.Person && fl.person == nil:
					fl.person, personLabel = s.Field(j), c.Label
				}
			}
			if fl.date != nil && fl.person != nil {
				return fl, dateLabel, personLabel
			}
		}
	}
	return nil, salesrhythm.Text{}, salesrhythm.Text{}
}

// key names a record type's table: Call → calls, ActionItem → action_items.
func key(rt reflect.Type) string {
	var b strings.Builder
	for i, r := range rt.Name() {
		if i > 0 && r >= 'A' && r <= 'Z' {
			b.WriteByte('_')
		}
		b.WriteString(strings.ToLower(string(r)))
	}
	return b.String() + "s"
}

func kindOf(t schema.Type) kind {
	switch t {
	case schema.Date:
		return date
	case schema.Time:
		return clock
	case schema.Count, schema.Minutes:
		return integer
	case schema.Money:
		return money
	}
	return text
}

// cellOf returns the value of column c's field of a record, as the column's
// kind writes it: choices and yes/no by their label in the locale.
func cellOf(c schema.Column, idx []int) func(salesrhythm.Month, reflect.Value, salesrhythm.Locale) any {
	return func(_ salesrhythm.Month, rec reflect.Value, l salesrhythm.Locale) any {
		f := rec.FieldByIndex(idx)
		switch v := f.Interface().(type) {
		case salesrhythm.Date:
			return v
		case salesrhythm.Clock:
			return v
		case salesrhythm.Answer:
			switch v {
			case salesrhythm.Yes:
				return salesrhythm.YesNo[0].Label.In(l)
			case salesrhythm.No:
				return salesrhythm.YesNo[1].Label.In(l)
			}
			return ""
		case []string:
			return strings.Join(v, ", ")
		case int:
			return v
		case float64:
			if c.Type == schema.Count || c.Type == schema.Minutes {
				return int(v)
			}
			return v
		}
		s := f.String()
		if c.Type == schema.Choice && s != "" {
			if label := salesrhythm.LabelOf(c.Choices, s); label != (salesrhythm.Text{}) {
				return label.In(l)
			}
		}
		return s
	}
}

// monthOf is the month a record counts in: that of its own date, else
// that of its workbook's period — the month of a week's Thursday, as the
// report counts a week's funnel —, else that of the date it takes from its
// workbook's form, else that of its file's period.
func monthOf(rec reflect.Value, form salesrhythm.Date, file *salesrhythm.Period) (salesrhythm.Month, bool) {
	if m, ok := ownMonth(rec); ok {
		return m, true
	}
	if !form.IsZero() {
		return form.MonthOf(), true
	}
	if file != nil && !file.Start.IsZero() {
		if file.Start.DaysUntil(file.End) <= 6 {
			return file.Start.Monday().AddDays(3).MonthOf(), true // a week
		}
		return file.Start.MonthOf(), true
	}
	return salesrhythm.Month{}, false
}

// ownMonth is the month of a record's own date or period.
func ownMonth(rec reflect.Value) (salesrhythm.Month, bool) {
	rt := rec.Type()
	for _, f := range reflect.VisibleFields(rt) {
		if f.Name == "Date" && f.Type == reflect.TypeFor[salesrhythm.Date]() {
			if d := rec.FieldByIndex(f.Index).Interface().(salesrhythm.Date); !d.IsZero() {
				return d.MonthOf(), true
			}
		}
	}
	for _, f := range reflect.VisibleFields(rt) {
		if f.Tag.Get("workbook") != "period" {
			continue
		}
		switch p := rec.FieldByIndex(f.Index).Interface().(type) {
		case salesrhythm.Period:
			if !p.Start.IsZero() {
				return p.Start.Monday().AddDays(3).MonthOf(), true
			}
		case salesrhythm.Month:
			return p, !p.IsZero()
		}
	}
	return salesrhythm.Month{}, false
}

// refOf returns a record's source.
func refOf(rec reflect.Value) salesrhythm.Ref {
	if f := rec.FieldByName("Ref"); f.IsValid() && f.Type() == reflect.TypeFor[salesrhythm.Ref]() {
		return f.Interface().(salesrhythm.Ref)
	}
	return salesrhythm.Ref{}
}

// Tables made by hand: what the plan and the self-assessments fold.
func answersTable() *table {
	return &table{key: "answers", name: t("Answers", "Válaszok"), cols: append(lead(), []column{
		{"question", t("Question no.", "Kérdés száma"), integer},
		{"role", t("Role", "Szerep"), text},
		{"text", t("Question", "Kérdés"), text},
		{"answer", t("Answer", "Válasz"), text},
		{"notes", t("Notes", "Megjegyzés"), text},
		{"ideas", t("Ideas and plans", "Ötletek és tervek"), text},
	}...)}
}

func teamTable() *table {
	return &table{key: "team", name: t("Team", "Csapat"), cols: append(lead(), []column{
		{"role", t("Role", "Munkakör"), text},
		{"reports_to", t("Reports to", "Közvetlen vezető"), text},
		{"start", t("Start date", "Belépés dátuma"), date},
		{"end", t("End date", "Kilépés dátuma"), date},
		{"email", t("E-mail", "E-mail"), text},
		{"working_days", t("Working days employed", "Foglalkoztatott munkanapok"), integer},
	}...)}
}

func targetsTable() *table {
	cols := lead()
	for _, m := range salesrhythm.Measures {
		k := kind(number)
		if m.Key == string(salesrhythm.Revenue) {
			k = money
		}
		cols = append(cols, column{m.Key, t(m.Label.En+" target", m.Label.Hu+" – cél"), k})
	}
	return &table{key: "targets", name: t("Targets", "Célok"), cols: cols}
}

func findingsTable() *table {
	return &table{key: "findings", name: t("Findings", "Problémák"), cols: []column{
		{"month", t("Month", "Hónap"), text},
		{"file", t("File", "Fájl"), text},
		{"sheet", t("Sheet", "Munkalap"), text},
		{"cell", t("Cell", "Cella"), text},
		{"severity", t("Severity", "Súlyosság"), text},
		{"code", t("Code", "Kód"), text},
		{"raw", t("Raw value", "Eredeti érték"), text},
		{"message", t("Message", "Üzenet"), text},
	}}
}

// Month is what a month's report used: the records of the workbooks that
// counted in it, its plan, and its findings.
type Month struct {
	Month    salesrhythm.Month
	Plan     *salesrhythm.Plan
	Records  salesrhythm.Records
	Findings []salesrhythm.Finding
	// Files are the inbox's files as the month read them: the period of a
	// record's file is the month of a record with no date of its own.
	Files []salesrhythm.Source
}

// row is one row's values, in the order of its table's columns.
type row []any

// rows calls emit for every row month m gives each table, in a fixed
// order: records by source file and row, the plan's people by ID.
func (x *Exporter) rows(m Month, emit func(tb *table, r row) error) error {
	cfg, l := x.cfg, x.cfg.Locale
	who := map[string]salesrhythm.Person{}
	if m.Plan != nil {
		for _, p := range m.Plan.Team {
			who[salesrhythm.IDKey(p.ID)] = p
		}
	}
	person := func(id string) row {
		p := who[salesrhythm.IDKey(id)]
		return row{m.Month.String(), id, p.Name, p.Group}
	}
	rv := reflect.ValueOf(&m.Records).Elem()
	periods := map[string]*salesrhythm.Period{}
	for _, f := range m.Files {
		periods[f.Path] = f.Period
	}
	// of returns the records of type rt.
	of := func(rt reflect.Type) []reflect.Value {
		var out []reflect.Value
		for i := range rv.NumField() {
			if f := rv.Field(i); f.Kind() == reflect.Slice && f.Type().Elem() == rt {
				for j := range f.Len() {
					out = append(out, f.Index(j))
				}
			}
		}
		return out
	}
	type about struct {
		date   salesrhythm.Date
		person string
	}
	// A cell whose value could not be read holds a finding; its record
	// has the field's zero, which the export leaves blank rather than
	// write a 0 Ft deal into a pivot table.
	type cell struct {
		file, sheet string
		row         int
		key         string
	}
	unread := map[cell]bool{}
	for _, f := range m.Findings {
		if f.Field != "" && f.Raw != "" {
			unread[cell{f.File, f.Sheet, f.Row(), f.Field}] = true
		}
	}
	for _, tb := range x.tables {
		if tb.record == nil {
			continue
		}
		forms := map[string]about{} // by file: what its form says
		if tb.form != nil {
			for _, f := range of(tb.form.record) {
				forms[refOf(f).File] = about{f.FieldByIndex(tb.form.date).Interface().(salesrhythm.Date), f.FieldByIndex(tb.form.person).String()}
			}
		}
		var recs []reflect.Value
		for _, rec := range of(tb.record) {
			file := refOf(rec).File
			if mm, ok := monthOf(rec, forms[file].date, periods[file]); ok && mm == m.Month {
				recs = append(recs, rec)
			}
		}
		slices.SortStableFunc(recs, func(a, b reflect.Value) int {
			ra, rb := refOf(a), refOf(b)
			return cmp.Or(strings.Compare(ra.File, rb.File), strings.Compare(ra.Sheet, rb.Sheet), cmp.Compare(ra.Row, rb.Row))
		})
		for _, rec := range recs {
			owner := ""
			if tb.owner != nil {
				owner = rec.FieldByIndex(tb.owner).String()
			}
			r := person(owner)
			for i := len(r); i < len(tb.fields); i++ {
				switch f := tb.fields[i]; {
				case tb.form != nil && i == tb.at:
					a := forms[refOf(rec).File]
					r = append(r, a.date, a.person)
				case f != nil:
					v := f(m.Month, rec, l)
					if ref := refOf(rec); unread[cell{ref.File, ref.Sheet, ref.Row, tb.cols[i].key}] && (v == 0 || v == 0.0) {
						v = ""
					}
					r = append(r, v)
				}
			}
			ref := refOf(rec)
			var row any = ref.Row
			if ref.Row == 0 { // a form's record: its sheet has no row of its own
				row = ""
			}
			if err := emit(tb, append(r, ref.File, ref.Sheet, row)); err != nil {
				return err
			}
		}
	}
	for _, a := range m.Records.Assessments {
		if a.Month != m.Month {
			continue
		}
		for i, q := range cfg.Assessment.Questions {
			ans, note := "", ""
			if i < len(a.Answers) {
				switch a.Answers[i] {
				case salesrhythm.Yes:
					ans = salesrhythm.YesNo[0].Label.In(l)
				case salesrhythm.No:
					ans = salesrhythm.YesNo[1].Label.In(l)
				}
			}
			if i < len(a.Notes) {
				note = a.Notes[i]
			}
			r := append(person(a.Person), i+1, salesrhythm.LabelOf(cfg.Assessment.Roles, q.Role).In(l), q.Text.In(l), ans, note, a.Ideas)
			if err := emit(x.answers, r); err != nil {
				return err
			}
		}
	}
	if m.Plan != nil {
		cal := cfg.Calendar.Calendar()
		team := slices.Clone(m.Plan.Team)
		slices.SortFunc(team, func(a, b salesrhythm.Person) int { return strings.Compare(a.ID, b.ID) })
		for _, p := range team {
			days := 0
			if e, ok := p.Employment(m.Month.Period()); ok {
				days = cal.CountWorkingDays(e)
			}
			r := append(person(p.ID), salesrhythm.LabelOf(salesrhythm.Roles, string(p.Role)).In(l), p.ReportsTo, p.Start, p.End, p.Email, days)
			if err := emit(x.team, r); err != nil {
				return err
			}
		}
		ids := make([]string, 0, len(m.Plan.Targets))
		for id := range m.Plan.Targets {
			ids = append(ids, id)
		}
		slices.Sort(ids)
		for _, id := range ids {
			r := person(id)
			for _, ms := range salesrhythm.Measures {
				r = append(r, m.Plan.Targets[id].Get(salesrhythm.Measure(ms.Key)))
			}
			if err := emit(x.targets, r); err != nil {
				return err
			}
		}
	}
	for _, f := range m.Findings {
		r := row{m.Month.String(), f.File, f.Sheet, f.Cell, severity(f.Severity).In(l), string(f.Code), f.Raw, f.Message}
		if err := emit(x.findings, r); err != nil {
			return err
		}
	}
	return nil
}

func severity(s salesrhythm.Severity) salesrhythm.Text {
	switch s {
	case salesrhythm.Error:
		return t("error", "hiba")
	case salesrhythm.Warning:
		return t("warning", "figyelmeztetés")
	}
	return t("info", "tájékoztatás")
}

// FindingKey tells findings apart by place, code and message: a workbook
// whose week spans two months is read by both, and its problems are the
// same problems, whatever each month's figures lose by them.
func FindingKey(f salesrhythm.Finding) string {
	return strings.Join([]string{f.File, f.Sheet, f.Cell, f.Field, string(f.Severity), string(f.Code), f.Raw, f.Message}, "\x00")
}

// Exporter writes the export of some months, given one month at a time.
type Exporter struct {
	cfg                              salesrhythm.Config
	tables                           []*table // the record tables, then answers, team, targets, findings
	answers, team, targets, findings *table
	sinks                            []sink
	counts                           map[*table]int
	seen                             map[string]bool // findings exported, by place, code and message
}

// sink is where rows go: the workbook, a folder of CSV files.
type sink interface {
	open(tables []*table) error
	add(tb *table, r row) error
	close(commit bool) error
}

// Options say where the export goes.
type Options struct {
	Config salesrhythm.Config
	Schema *schema.Schema
	// Workbook is the path of the workbook, "" for none.
	Workbook string
	// CSV is the folder of the CSV files, "" for none.
	CSV string
	// Title names the export's months, for the workbook's properties.
	Title string
	// Created is the document date written into the workbook, so that the
	// same export is the same bytes: the first day of its first month.
	Created time.Time
}

// New starts an export.
func New(o Options) (*Exporter, error) {
	x := &Exporter{cfg: o.Config, counts: map[*table]int{}, seen: map[string]bool{}}
	x.tables = tables(o.Schema, o.Config)
	x.answers, x.team, x.targets, x.findings = answersTable(), teamTable(), targetsTable(), findingsTable()
	x.tables = append(x.tables, x.answers, x.team, x.targets, x.findings)
	if o.Workbook != "" {
		x.sinks = append(x.sinks, &workbook{path: o.Workbook, loc: o.Config.Locale, currency: o.Config.Currency, title: o.Title, created: o.Created})
	}
	if o.CSV != "" {
		x.sinks = append(x.sinks, &csvFiles{dir: o.CSV, loc: o.Config.Locale})
	}
	for i, s := range x.sinks {
		if err := s.open(x.tables); err != nil {
			for _, s := range x.sinks[:i] {
				s.close(false)
			}
			return nil, err
		}
	}
	return x, nil
}

// Add exports what month m's report used. A finding met again in a later
// month — a workbook whose week spans two months is read by both — is
// exported once.
func (x *Exporter) Add(m Month) error {
	var fs []salesrhythm.Finding
	for _, f := range m.Findings {
		if k := FindingKey(f); !x.seen[k] {
			x.seen[k] = true
			fs = append(fs, f)
		}
	}
	m.Findings = fs
	return x.rows(m, func(tb *table, r row) error {
		x.counts[tb]++
		for _, s := range x.sinks {
			if err := s.add(tb, r); err != nil {
				return err
			}
		}
		return nil
	})
}

// Close writes the export, each file to a temporary file renamed into
// place; with commit false, or on an error, it writes nothing and leaves
// no temporary file.
func (x *Exporter) Close(commit bool) error {
	var first error
	for _, s := range x.sinks {
		if err := s.close(commit && first == nil); err != nil && first == nil {
			first = err
		}
	}
	return first
}

// Counts returns how many rows each table got, by the table's key.
func (x *Exporter) Counts() map[string]int {
	out := map[string]int{}
	for _, tb := range x.tables {
		out[tb.key] = x.counts[tb]
	}
	return out
}

// Rows says how many rows each table got, in the tables' order and the
// locale's names, the counts grouped: "Deals 12", "Calls 4,654".
func (x *Exporter) Rows(l salesrhythm.Locale) []string {
	var out []string
	for _, tb := range x.tables {
		out = append(out, tb.name.In(l)+" "+salesrhythm.FormatNumber(float64(x.counts[tb]), l))
	}
	return out
}

// Columns describes every table and its columns, for the README: table
// key, sheet name, then each column's key, label and kind.
func Columns(sch *schema.Schema, cfg salesrhythm.Config) []string {
	var out []string
	all := append(tables(sch, cfg), answersTable(), teamTable(), targetsTable(), findingsTable())
	for _, tb := range all {
		var cols []string
		for _, c := range tb.cols {
			cols = append(cols, fmt.Sprintf("%s (%s, %s)", c.label.En, c.key, kindName[c.kind]))
		}
		out = append(out, fmt.Sprintf("%s.csv · sheet %q: %s", tb.key, tb.name.En, strings.Join(cols, "; ")))
	}
	return out
}

var kindName = map[kind]string{text: "text", date: "date", clock: "time", integer: "whole number", number: "number", money: "amount"}

// formatNumber writes a number for CSV with the locale's decimal mark.
func formatNumber(v float64, l salesrhythm.Locale) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if l == salesrhythm.Hungarian {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}
