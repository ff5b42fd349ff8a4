package importer

import (
	"cmp"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"
	"time"

	"salesrhythm"
	"salesrhythm/schema"
)

// Records are the domain values read from workbooks.
type Records = salesrhythm.Records

// kindReader reads the sheets of one recognised workbook.
type kindReader struct {
	r    *fileResult
	b    *book
	all  []*sheetData
	desc *schema.Workbook
	id   identity
	cfg  salesrhythm.Config
	// dates of the kind's own period columns, for guessing the period of
	// a workbook without metadata
	dates []salesrhythm.Date
	title title // the title block of the first sheet found
}

func (k *kindReader) readAll() {
	for i := range k.desc.Sheets {
		s := &k.desc.Sheets[i]
		at := k.b.findSheet(s, k.all)
		if at < 0 {
			sev := salesrhythm.Error
			if s.Layout == schema.Form {
				sev = salesrhythm.Warning
			}
			k.r.add(salesrhythm.Finding{Sheet: s.Name.In(k.locale()), Severity: sev, Code: salesrhythm.CodeMissingSheet,
				Messages: salesrhythm.Tr("the sheet %q (%s) is missing; nothing of it was read", s.Name, salesrhythm.T(s.Name.Hu, s.Name.En))})
			continue
		}
		d := k.b.data(at, k.all)
		x := k.sheetReader(d)
		for _, p := range d.probs {
			k.r.add(salesrhythm.Finding{Sheet: d.ref.name, Cell: p.cell, Severity: salesrhythm.Error, Code: salesrhythm.CodeCorrupt, Messages: p.msg})
		}
		if k.title == (title{}) {
			k.title = titleBlock(d.rows)
		}
		switch s.Layout {
		case schema.Table:
			k.table(x, s, d.rows)
		case schema.Form:
			k.form(x, s, d.rows)
		case schema.Grid:
			k.grid(x, s, d.rows)
		}
	}
	k.copies()
	if k.desc.Kind == salesrhythm.KindTimeTable {
		k.r.Slots = mergeSlots(k.r.Slots)
	}
}

func (k *kindReader) sheetReader(d *sheetData) *sheetReader {
	x := &sheetReader{file: k.r, b: k.b, sheet: d.ref.name}
	if k.id.by != BySignature {
		x.period = &k.id.period
	}
	return x
}

// copies reads a visible sheet the kind does not claim whose header names
// as many of a table's columns as a renamed tab must — a copy Excel's or
// LibreOffice's "Move or copy" made, "Deals (2)", "Copy of Deals" — as
// more rows of that table, with a warning naming it. A row that repeats a
// row read before is counted once, with a duplicate warning. Any other
// sheet is left to reportUnclaimed.
func (k *kindReader) copies() {
	for i, d := range k.all {
		if d.taken || d.ref.hidden || slices.ContainsFunc(schema.InstructionsSheet.All(), func(n string) bool { return strings.EqualFold(d.ref.name, n) }) {
			continue
		}
		for j := range k.desc.Sheets {
			s := &k.desc.Sheets[j]
			// A copy of a table whose rows fold into one value (the
			// plan's team, the questions) is reported, not read.
			if s.Layout != schema.Table || !schema.RecordsOf(&k.r.Records, s.Record).IsValid() {
				continue
			}
			if _, _, hits := headerMatch(k.b.data(i, k.all).rows, s.Columns); hits < max(2, (len(s.Columns)+1)/2) {
				continue
			}
			d.taken = true
			k.copy(k.sheetReader(d), s, d.rows)
			break
		}
	}
}

// copy reads sheet x, a copy of table s, and drops the rows that repeat
// one read before.
func (k *kindReader) copy(x *sheetReader, s *schema.Sheet, rows []xrow) {
	all := schema.RecordsOf(&k.r.Records, s.Record)
	before := all.Len()
	k.table(x, s, rows)
	ref := refOf(s.Record)
	bare := func(v reflect.Value) any {
		c := reflect.New(v.Type()).Elem()
		c.Set(v)
		if ref != nil {
			c.FieldByIndex(ref).SetZero()
		}
		return c.Interface()
	}
	kept, dupes := before, 0
	for i := before; i < all.Len(); i++ {
		rec := all.Index(i)
		orig := -1
		for j := range kept {
			if reflect.DeepEqual(bare(all.Index(j)), bare(rec)) {
				orig = j
				break
			}
		}
		if orig < 0 {
			all.Index(kept).Set(rec)
			kept++
			continue
		}
		dupes++
		var at, was salesrhythm.Ref
		if ref != nil {
			at, was = rec.FieldByIndex(ref).Interface().(salesrhythm.Ref), all.Index(orig).FieldByIndex(ref).Interface().(salesrhythm.Ref)
		}
		f := salesrhythm.Finding{Sheet: x.sheet, Cell: fmt.Sprintf("%d:%d", at.Row, at.Row), Severity: salesrhythm.Warning, Code: salesrhythm.CodeDuplicateRow}
		f.Say(salesrhythm.Lookup("the row repeats row %d of %q; it is counted once"), was.Row, was.Sheet)
		f.Localise(salesrhythm.English)
		k.r.add(f)
	}
	all.SetLen(kept)
	name := s.Name.In(k.locale())
	f := salesrhythm.Finding{Sheet: x.sheet, Severity: salesrhythm.Warning, Code: salesrhythm.CodeCopiedSheet}
	f.Say(salesrhythm.Lookup("the sheet %q is a copy of %q (the same header): its %d rows were read as rows of %q, %d of them repeating a row and counted once; move new rows to %q and delete the copy"),
		x.sheet, name, all.Len()-before+dupes, name, dupes, name)
	f.Localise(salesrhythm.English)
	k.r.add(f)
}

func (k *kindReader) locale() salesrhythm.Locale {
	if k.id.locale == salesrhythm.Hungarian {
		return salesrhythm.Hungarian
	}
	return salesrhythm.English
}

// table reads a Table sheet row by row into the kind's records.
func (k *kindReader) table(x *sheetReader, s *schema.Sheet, rows []xrow) {
	t := readTable(rows, s.Columns)
	if t.header == 0 {
		k.r.add(salesrhythm.Finding{Sheet: x.sheet, Severity: salesrhythm.Error, Code: salesrhythm.CodeMissingColumn,
			Messages: salesrhythm.Tr("no header row found in the first %d rows; nothing of the sheet was read", headerScan)})
		return
	}
	for i, c := range s.Columns {
		if t.at[i] == 0 && (c.Required || c.Fixed && c.Key != "no") {
			k.r.add(salesrhythm.Finding{Sheet: x.sheet, Cell: fmt.Sprintf("%d:%d", t.header, t.header), Field: c.Key, Severity: salesrhythm.Error, Code: salesrhythm.CodeMissingColumn,
				Messages: salesrhythm.Tr("the column %q (%s) is missing", c.Label, salesrhythm.T(c.Label.Hu, c.Label.En))})
		}
	}
	for _, d := range t.dupes {
		k.r.add(salesrhythm.Finding{Sheet: x.sheet, Severity: salesrhythm.Warning, Code: salesrhythm.CodeDuplicateColumn,
			Messages: salesrhythm.Tr("the header %s appears twice; the first one was read", d)})
	}
	k.extras(x, t.extras)
	rec := reflect.New(s.Record).Elem()
	ref := refOf(s.Record)
	dated := slices.IndexFunc(s.Columns, func(c schema.Column) bool { return c.Key == s.Dated })
	// Room for every row at once, rather than growing the slice by
	// doubling, record by record.
	if all := schema.RecordsOf(&k.r.Records, s.Record); all.IsValid() {
		all.Grow(len(t.rows))
	}
	for _, vals := range t.rows {
		r := row{x: x, s: s, vals: vals}
		if r.plan() {
			continue
		}
		k.r.Rows++
		r.required()
		rec.SetZero()
		if ref != nil {
			*rec.FieldByIndex(ref).Addr().Interface().(*salesrhythm.Ref) = r.ref()
		}
		x.decodeRow(s, vals, rec)
		if dated >= 0 {
			k.dated(r, *rec.FieldByIndex(s.Field(dated)).Addr().Interface().(*salesrhythm.Date))
		}
		k.keep(r, rec)
	}
}

// extras reports values the schema has no place for.
func (k *kindReader) extras(x *sheetReader, es []extra) {
	for _, e := range es {
		where := e.cells[0]
		if len(e.cells) > 1 {
			where += ":" + e.cells[len(e.cells)-1]
		}
		msg := salesrhythm.Tr("%d values above the header row are outside the table and were not read", len(e.cells))
		if e.col > 0 {
			var name salesrhythm.Localised = salesrhythm.Tr("without a header")
			if e.label != "" {
				name = salesrhythm.Quote(e.label)
			}
			msg = salesrhythm.Tr("column %s %s is not part of the form; its %d values were not read", colLetters(e.col), name, len(e.cells))
		}
		k.r.add(salesrhythm.Finding{Sheet: x.sheet, Cell: where, Severity: salesrhythm.Warning, Code: salesrhythm.CodeExtraCell, Messages: msg})
	}
}

// keep puts a decoded record where it belongs: the plan's people and
// targets into the plan, the assessment's questions and ideas into the
// assessment, every other record into the Records of its type.
func (k *kindReader) keep(r row, rec reflect.Value) {
	switch v := rec.Addr().Interface().(type) {
	case *salesrhythm.Person:
		k.teamMember(r, *v)
	case *salesrhythm.TargetRow:
		if plan := k.plan(); v.Person != "" && v.Targets != (salesrhythm.Targets{}) {
			plan.Targets[v.Person] = v.Targets
		}
	case *salesrhythm.QuestionRow:
		k.answer(r, *v)
	case *salesrhythm.Assessment:
		if len(k.r.Assessments) > 0 {
			k.r.Assessments[0].Ideas = v.Ideas
		}
	default:
		all := schema.RecordsOf(&k.r.Records, rec.Type())
		all.Set(reflect.Append(all, rec))
	}
}

// dated checks a row's date against the workbook's period and keeps it for
// guessing the period of a workbook without metadata.
func (k *kindReader) dated(r row, d salesrhythm.Date) {
	k.dates = append(k.dates, d)
	if k.id.by != BySignature {
		r.inPeriod(r.s.Dated, d, k.id.period)
	}
}

func (k *kindReader) plan() *salesrhythm.Plan {
	if k.r.Plan == nil {
		k.r.Plan = &salesrhythm.Plan{Targets: map[string]salesrhythm.Targets{}}
	}
	return k.r.Plan
}

// teamMember adds a row of the Team sheet to the plan, unless its ID is
// blank or taken.
func (k *kindReader) teamMember(r row, x salesrhythm.Person) {
	plan := k.plan()
	if x.ID = personID(x.ID); x.ID == "" {
		return
	}
	if prev, dup := plan.Person(x.ID); dup {
		r.x.find(r.at("id"), salesrhythm.Error, salesrhythm.CodeDuplicateID, x.ID,
			salesrhythm.Tr("the ID %s is already used by %s; IDs must be unique, so this row was not used", x.ID, prev.Name))
		return
	}
	if !x.End.IsZero() && !x.Start.IsZero() && x.End.Before(x.Start) {
		r.x.find(r.at("end"), salesrhythm.Error, salesrhythm.CodeOutsidePeriod, x.End.String(),
			salesrhythm.Tr("the end date %s is before the start date %s", x.End, x.Start))
	}
	plan.Team = append(plan.Team, x)
}

// answer folds a row of the question table into the assessment.
func (k *kindReader) answer(r row, q salesrhythm.QuestionRow) {
	n := len(k.cfg.Assessment.Questions)
	if len(k.r.Assessments) == 0 {
		k.r.Assessments = append(k.r.Assessments, salesrhythm.Assessment{Ref: salesrhythm.Ref{File: k.r.Path, Sheet: r.x.sheet},
			Answers: make([]salesrhythm.Answer, n), Notes: make([]string, n)})
	}
	a := &k.r.Assessments[0]
	if q.No < 1 || q.No > n {
		r.x.find(r.at("no"), salesrhythm.Error, salesrhythm.CodeNotInList, fmt.Sprint(q.No),
			salesrhythm.Tr("question number %d does not exist (1–%d); the answer was not read", q.No, n))
		return
	}
	a.Answers[q.No-1] = q.Answer
	a.Notes[q.No-1] = q.Notes
	if q.Answer == salesrhythm.Unanswered && r.at("answer").present {
		if a.Unread == nil {
			a.Unread = make([]bool, n)
		}
		a.Unread[q.No-1] = true
	}
}

// form reads a Form sheet: each field's value is right of its label.
func (k *kindReader) form(x *sheetReader, s *schema.Sheet, rows []xrow) {
	fields := formFields(rows, s.Columns)
	claimed := map[string]bool{}
	for _, f := range fields {
		claimed[cellName(f.labelCol, f.row)] = true
		claimed[f.ref()] = true
	}
	var stray []string
	for _, r := range rows {
		for _, c := range r.cells {
			if ref := cellName(c.col, r.n); !claimed[ref] && !(r.n <= 2 && c.col == 1) {
				stray = append(stray, ref)
			}
		}
	}
	if len(stray) > 0 {
		k.r.add(salesrhythm.Finding{Sheet: x.sheet, Cell: stray[0], Severity: salesrhythm.Warning, Code: salesrhythm.CodeExtraCell,
			Messages: salesrhythm.Tr("%d values are not next to a field label (%s) and were not read", len(stray), strings.Join(first(stray, 5), ", "))})
	}
	rec := reflect.New(s.Record).Elem()
	if ref := refOf(s.Record); ref != nil {
		*rec.FieldByIndex(ref).Addr().Interface().(*salesrhythm.Ref) = salesrhythm.Ref{File: k.r.Path, Sheet: x.sheet}
	}
	vals := make([]cellAt, len(s.Columns))
	for i, c := range s.Columns {
		vals[i] = fields[c.Key]
	}
	x.decodeRow(s, vals, rec)
	r := row{x: x, s: s, vals: vals}
	if slices.ContainsFunc(vals, func(v cellAt) bool { return v.present }) {
		r.required()
	}
	for i, c := range s.Columns {
		f := rec.FieldByIndex(s.Field(i))
		if c.Key == s.Dated {
			k.dated(r, f.Interface().(salesrhythm.Date))
		}
		if slices.Contains(k.desc.Distinct, c.Key) {
			k.r.distinct = append(k.r.distinct, fmt.Sprint(f.Interface()))
		}
	}
	k.keep(r, rec)
}

func first(s []string, n int) []string {
	if len(s) > n {
		return append(s[:n:n], "…")
	}
	return s
}

// grid reads a time-table grid: the header row holds the Time label and one
// date per column; each row below is a slot.
func (k *kindReader) grid(x *sheetReader, s *schema.Sheet, rows []xrow) {
	slotCol := s.Columns[0]
	var header *xrow
	timeCol := 0
	slotLabels := labelsOf(slotCol.Key, slotCol.Label, slotCol.Former)
	for i := range rows {
		if rows[i].n > headerScan {
			break
		}
		for _, c := range rows[i].cells {
			if c.kind == 's' && matches(normal(c.raw), slotLabels) {
				header, timeCol = &rows[i], c.col
			}
		}
		if header != nil {
			break
		}
	}
	if header == nil {
		k.r.add(salesrhythm.Finding{Sheet: x.sheet, Severity: salesrhythm.Error, Code: salesrhythm.CodeMissingColumn,
			Messages: salesrhythm.Tr("no header row with a %q column found; nothing of the sheet was read", slotCol.Label)})
		return
	}
	days := map[int]salesrhythm.Date{}
	for _, c := range header.cells {
		if c.col == timeCol {
			continue
		}
		v := cellAt{cell: c, col: c.col, row: header.n, present: true}
		d := dayHeader(x.cell(v))
		if d.IsZero() {
			x.find(v, salesrhythm.Error, salesrhythm.CodeNotADate, c.raw,
				salesrhythm.Tr("the column header %q is not a date; the column was not read", c.raw))
			continue
		}
		days[c.col] = d
		k.dates = append(k.dates, d)
		if k.id.by != BySignature && !k.id.period.Contains(d) {
			x.find(v, salesrhythm.Warning, salesrhythm.CodeOutsidePeriod, d.String(),
				salesrhythm.Tr("the day %s is outside the workbook's week %s; it is kept and counts on its own date", d, k.id.period))
		}
	}
	cols := slices.Sorted(maps.Keys(days))
	at := make(map[int]int, len(cols)) // a day's column → its place in cols
	for i, col := range cols {
		at[col] = i
	}
	k.r.Slots = slices.Grow(k.r.Slots, len(rows)*len(cols))
	var sl salesrhythm.Slot
	rec := reflect.ValueOf(&sl).Elem()
	cells := make([]cellAt, len(cols)) // the row's cells by day
	for _, r := range rows {
		if r.n <= header.n {
			continue
		}
		var slot cellAt
		clear(cells)
		filled := false
		for _, c := range r.cells {
			v := cellAt{cell: c, col: c.col, row: r.n, present: true}
			i, day := at[c.col]
			switch {
			case c.col == timeCol:
				slot = v
			case day:
				cells[i], filled = v, true
			default:
				k.extras(x, []extra{{col: c.col, cells: []string{v.ref()}}})
				k.costs(salesrhythm.Exclusion{Measure: salesrhythm.Slots, Amount: 1})
			}
		}
		sl = salesrhythm.Slot{Ref: salesrhythm.Ref{File: k.r.Path, Sheet: x.sheet, Row: r.n}}
		x.decode(&s.Columns[0], slot, rec.FieldByIndex(s.Field(0)))
		if sl.Start == salesrhythm.NoClock {
			if filled {
				x.find(cellAt{col: timeCol, row: r.n}, salesrhythm.Error, salesrhythm.CodeNotATime, "",
					salesrhythm.Tr("the row has activities but no valid time slot; it was not read"))
				var on []salesrhythm.Date
				for i, v := range cells {
					if v.present {
						on = append(on, days[cols[i]])
					}
				}
				k.costsOn(on)
			}
			continue
		}
		k.r.Rows++
		for i, col := range cols {
			sl.Date = days[col]
			before := len(k.r.findings)
			x.decode(&s.Columns[1], cells[i], rec.FieldByIndex(s.Field(1)))
			// A cell not read costs its slot; one read with a note (an
			// activity typed by its start) costs nothing.
			if len(k.r.findings) > before && rec.FieldByIndex(s.Field(1)).String() == "" {
				k.costsOn([]salesrhythm.Date{sl.Date})
			}
			k.r.Slots = append(k.r.Slots, sl)
		}
	}
}

// costsOn charges the last finding with a time slot for each of days, in
// the month of each day: reading does not depend on the month, so the
// month assembled charges the days in it (datedCost.charge).
func (k *kindReader) costsOn(days []salesrhythm.Date) {
	if len(days) > 0 && len(k.r.findings) > 0 {
		slices.SortFunc(days, salesrhythm.Date.Compare)
		k.r.dated = append(k.r.dated, datedCost{Finding: len(k.r.findings) - 1, Days: days})
	}
}

// costs charges what the last finding keeps out of the month's figures:
// grid cells never become records, so the importer charges them itself.
func (k *kindReader) costs(x salesrhythm.Exclusion) {
	if x.Amount != 0 && len(k.r.findings) > 0 {
		k.r.findings[len(k.r.findings)-1].Exclude(x)
	}
}

// dayHeader reads the date of a time-table column header: a date cell, or
// text such as "2026-11-02 Monday" or "2026.11.02. hétfő".
func dayHeader(c Cell) salesrhythm.Date {
	words := strings.Fields(c.Raw)
	// The date and its weekday, as the templates write them ("2026-11-09
	// Monday", "2026. 11. 09. hétfő"): the date read once, without the day.
	if n := len(words); n > 1 && !c.Numeric {
		for _, x := range []struct {
			day  string
			date []string
		}{{words[n-1], words[:n-1]}, {words[0], words[1:]}} {
			if weekdays[strings.ToLower(strings.Trim(x.day, ",."))] {
				if d, p := ParseDate(Cell{Raw: strings.Join(x.date, " ")}); p == nil && !d.IsZero() {
					return d
				}
			}
		}
	}
	if d, p := ParseDate(c); p == nil && !d.IsZero() {
		return d
	}
	// Else the longest run of words at either end that reads as a date
	// (the Hungarian date has spaces of its own).
	for n := len(words); n > 0; n-- {
		for _, part := range [][]string{words[:n], words[len(words)-n:]} {
			if d, p := ParseDate(Cell{Raw: strings.Join(part, " ")}); p == nil && !d.IsZero() {
				return d
			}
		}
	}
	return salesrhythm.Date{}
}

// weekdays are the names of the days in lower case, in every language.
var weekdays = func() map[string]bool {
	out := map[string]bool{}
	for d := time.Sunday; d <= time.Saturday; d++ {
		for _, l := range []salesrhythm.Locale{salesrhythm.English, salesrhythm.Hungarian} {
			out[strings.ToLower(salesrhythm.WeekdayName(d, l))] = true
		}
	}
	return out
}()

// mergeSlots joins the Plan and Actual grids' slots by day and time.
func mergeSlots(in []salesrhythm.Slot) []salesrhythm.Slot {
	type key struct {
		d salesrhythm.Date
		c salesrhythm.Clock
	}
	// The Plan and Actual grids have a slot each for every day and time.
	at := make(map[key]int, len(in)/2)
	out := make([]salesrhythm.Slot, 0, len(in)/2)
	for _, s := range in {
		k := key{s.Date, s.Start}
		i, ok := at[k]
		if !ok {
			at[k] = len(out)
			out = append(out, s)
			continue
		}
		if s.Plan != "" {
			out[i].Plan = s.Plan
		}
		if s.Actual != "" {
			out[i].Actual = s.Actual
		}
	}
	slices.SortStableFunc(out, func(a, b salesrhythm.Slot) int {
		return cmp.Or(a.Date.Compare(b.Date), cmp.Compare(a.Start, b.Start))
	})
	return out
}

func orUnknown(s string) any {
	if s == "" {
		return salesrhythm.Tr("unknown")
	}
	return s
}
