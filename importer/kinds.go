package importer

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"

	"salesrhythm"
	"salesrhythm/schema"
)

// Records are the domain values read from workbooks.
type Records struct {
	Plan        *salesrhythm.Plan
	Calls       []salesrhythm.Call
	Deals       []salesrhythm.Deal
	Funnels     []salesrhythm.Funnel
	Outlooks    []salesrhythm.Outlook
	Slots       []salesrhythm.Slot
	Events      []salesrhythm.Event
	Actions     []salesrhythm.ActionItem
	Assessments []salesrhythm.Assessment
}

// kindReader reads the sheets of one recognised workbook.
type kindReader struct {
	r    *fileResult
	b    *book
	all  []*sheetData
	desc *schema.Workbook
	id   identity
	cfg  salesrhythm.Config
	// dates seen, for guessing the period of a workbook without metadata
	dates []salesrhythm.Date
	title string // the person ID in a title block
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
				Message: fmt.Sprintf("the sheet %q (%s) is missing; nothing of it was read", s.Name.En, s.Name.Hu)})
			continue
		}
		d := k.b.data(at, k.all)
		x := &sheetReader{file: k.r, b: k.b, sheet: d.ref.name}
		for _, p := range d.probs {
			k.r.add(salesrhythm.Finding{Sheet: d.ref.name, Cell: p.cell, Severity: salesrhythm.Error, Code: salesrhythm.CodeCorrupt, Message: p.msg})
		}
		if k.title == "" {
			k.title = titlePerson(d.rows)
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
	if k.desc.Kind == salesrhythm.KindTimeTable {
		k.r.Slots = mergeSlots(k.r.Slots)
	}
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
			Message: fmt.Sprintf("no header row found in the first %d rows; nothing of the sheet was read", headerScan)})
		return
	}
	for i, c := range s.Columns {
		if t.at[i] == 0 && (c.Required || c.Fixed && c.Key != "no") {
			k.r.add(salesrhythm.Finding{Sheet: x.sheet, Cell: fmt.Sprintf("%d:%d", t.header, t.header), Severity: salesrhythm.Error, Code: salesrhythm.CodeMissingColumn,
				Message: fmt.Sprintf("the column %q (%s) is missing", c.Label.En, c.Label.Hu)})
		}
	}
	for _, d := range t.dupes {
		k.r.add(salesrhythm.Finding{Sheet: x.sheet, Severity: salesrhythm.Warning, Code: salesrhythm.CodeDuplicateColumn,
			Message: fmt.Sprintf("the header %s appears twice; the first one was read", d)})
	}
	k.extras(x, t.extras)
	for _, vals := range t.rows {
		r := row{x: x, s: s, vals: vals}
		k.r.Rows++
		k.record(r)
	}
}

// extras reports values the schema has no place for.
func (k *kindReader) extras(x *sheetReader, es []extra) {
	for _, e := range es {
		where := e.cells[0]
		if len(e.cells) > 1 {
			where += ":" + e.cells[len(e.cells)-1]
		}
		msg := fmt.Sprintf("%d value(s) above the header row are outside the table and were not read", len(e.cells))
		if e.col > 0 {
			name := "without a header"
			if e.label != "" {
				name = fmt.Sprintf("%q", e.label)
			}
			msg = fmt.Sprintf("column %s %s is not part of the form; its %d value(s) were not read", colLetters(e.col), name, len(e.cells))
		}
		k.r.add(salesrhythm.Finding{Sheet: x.sheet, Cell: where, Severity: salesrhythm.Warning, Code: salesrhythm.CodeExtraCell, Message: msg})
	}
}

func (k *kindReader) ref(r row) salesrhythm.Ref { return r.ref() }

// record turns one table row into a record of the workbook's kind.
func (k *kindReader) record(r row) {
	p := k.id.person
	period := k.id.period
	r.required()
	switch k.desc.Kind {
	case salesrhythm.KindPlan:
		k.planRow(r)
	case salesrhythm.KindCallRegister:
		c := salesrhythm.Call{Ref: r.ref(), Person: p, Date: r.date("date"), Time: r.clock("time"),
			Client: r.text("client"), Contact: r.text("contact"), Phone: r.text("phone"), Type: r.choice("type"),
			Purpose: r.text("purpose"), Result: r.choice("result"), NextStep: r.text("next_step"),
			NextContact: r.date("next_contact"), Comment: r.text("comment")}
		k.dated(r, c.Date, period)
		k.r.Calls = append(k.r.Calls, c)
	case salesrhythm.KindWeeklyReport:
		d := salesrhythm.Deal{Ref: r.ref(), Person: p, Date: r.date("date"), Client: r.text("client"),
			NewClient: r.yesNo("new_client"), ProductLine: r.text("product_line"), Amount: r.money("amount"), Comment: r.text("comment")}
		k.dated(r, d.Date, period)
		k.r.Deals = append(k.r.Deals, d)
	case salesrhythm.KindManagementLog:
		if r.s.Key == "events" {
			e := salesrhythm.Event{Ref: r.ref(), Leader: p, Date: r.date("date"), Type: r.choice("type"), Start: r.clock("start"),
				Minutes: r.count("minutes"), Participants: r.people("participants"), Client: r.text("client"), Notes: r.text("notes")}
			k.dated(r, e.Date, period)
			k.r.Events = append(k.r.Events, e)
			return
		}
		a := salesrhythm.ActionItem{Ref: r.ref(), Leader: p, Week: period, RaisedOn: r.date("raised_on"), Issue: r.text("issue"),
			Owner: r.person("owner"), Due: r.date("due"), Status: r.choice("status"), DoneOn: r.date("done_on"), Comment: r.text("comment")}
		k.dates = append(k.dates, a.RaisedOn)
		k.r.Actions = append(k.r.Actions, a)
	case salesrhythm.KindAssessment:
		k.answer(r)
	}
}

// dated checks a row's date against the workbook's period.
func (k *kindReader) dated(r row, d salesrhythm.Date, p salesrhythm.Period) {
	k.dates = append(k.dates, d)
	if k.id.by != BySignature {
		r.inPeriod(r.s.Dated, d, p)
	}
}

func (k *kindReader) planRow(r row) {
	plan := k.r.Plan
	if plan == nil {
		plan = &salesrhythm.Plan{Month: k.id.period.Start.MonthOf(), Targets: map[string]salesrhythm.Targets{}}
		k.r.Plan = plan
	}
	if r.s.Key == "team" {
		x := salesrhythm.Person{ID: ParsePersonID(k.r.cellOf(r, "id")), Name: r.text("name"), Role: salesrhythm.Role(r.choice("role")),
			Group: r.text("group"), ReportsTo: r.person("reports_to"), Start: r.date("start"), End: r.date("end"), Email: r.text("email")}
		if x.ID == "" {
			return
		}
		if prev, dup := plan.Person(x.ID); dup {
			r.x.find(r.at("id"), salesrhythm.Error, salesrhythm.CodeDuplicateID, x.ID,
				fmt.Sprintf("the ID %s is already used by %s; IDs must be unique, so this row was not used", x.ID, prev.Name))
			return
		}
		if !x.End.IsZero() && !x.Start.IsZero() && x.End.Before(x.Start) {
			r.x.find(r.at("end"), salesrhythm.Error, salesrhythm.CodeOutsidePeriod, x.End.String(),
				fmt.Sprintf("the end date %s is before the start date %s", x.End, x.Start))
		}
		plan.Team = append(plan.Team, x)
		return
	}
	id := r.person("person")
	if id == "" {
		return
	}
	t := salesrhythm.Targets{Revenue: r.money("revenue"), Deals: float64(r.count("deals")), Calls: float64(r.count("calls")),
		Meetings: float64(r.count("meetings")), NewClients: float64(r.count("new_clients"))}
	if t != (salesrhythm.Targets{}) {
		plan.Targets[id] = t
	}
}

// cellOf returns a cell's Cell value for the parsers that take no finding.
func (r *fileResult) cellOf(rw row, key string) Cell { return rw.x.cell(rw.at(key)) }

func (k *kindReader) answer(r row) {
	n := len(k.cfg.Assessment.Questions)
	if len(k.r.Assessments) == 0 {
		k.r.Assessments = append(k.r.Assessments, salesrhythm.Assessment{Ref: salesrhythm.Ref{File: k.r.Path, Sheet: r.x.sheet},
			Person: k.id.person, Month: k.id.period.Start.MonthOf(), Answers: make([]salesrhythm.Answer, n), Notes: make([]string, n)})
	}
	a := &k.r.Assessments[0]
	no := r.count("no")
	if no < 1 || no > n {
		r.x.find(r.at("no"), salesrhythm.Error, salesrhythm.CodeNotInList, fmt.Sprint(no),
			fmt.Sprintf("question number %d does not exist (1–%d); the answer was not read", no, n))
		return
	}
	a.Answers[no-1] = r.yesNo("answer")
	a.Notes[no-1] = r.text("notes")
}

// form reads a Form sheet: each field's value is right of its label.
func (k *kindReader) form(x *sheetReader, s *schema.Sheet, rows []xrow) {
	fields := formFields(rows, s.Columns)
	get := func(key string) cellAt { return fields[key] }
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
			Message: fmt.Sprintf("%d value(s) are not next to a field label (%s) and were not read", len(stray), strings.Join(first(stray, 5), ", "))})
	}
	ref := salesrhythm.Ref{File: k.r.Path, Sheet: x.sheet}
	week := k.id.period
	switch s.Key {
	case "funnel":
		k.r.Funnels = append(k.r.Funnels, salesrhythm.Funnel{Ref: ref, Person: k.id.person, Week: week,
			Leads: x.count(get("leads")), Contacts: x.count(get("contacts")), Meetings: x.count(get("meetings")),
			Proposals: x.count(get("proposals")), Won: x.count(get("won")), Lost: x.count(get("lost"))})
	case "next_week":
		k.r.Outlooks = append(k.r.Outlooks, salesrhythm.Outlook{Ref: ref, Person: k.id.person, Week: week,
			Priorities: x.text(get("priorities")), HelpNeeded: x.text(get("help_needed"))})
	case "ideas":
		if len(k.r.Assessments) > 0 {
			k.r.Assessments[0].Ideas = x.text(get("ideas"))
		}
	}
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
	for i := range rows {
		if rows[i].n > headerScan {
			break
		}
		for _, c := range rows[i].cells {
			if c.kind == 's' && matches(normal(c.raw), labelsOf(slotCol.Key, slotCol.Label)) {
				header, timeCol = &rows[i], c.col
			}
		}
		if header != nil {
			break
		}
	}
	if header == nil {
		k.r.add(salesrhythm.Finding{Sheet: x.sheet, Severity: salesrhythm.Error, Code: salesrhythm.CodeMissingColumn,
			Message: fmt.Sprintf("no header row with a %q column found; nothing of the sheet was read", slotCol.Label.In(k.locale()))})
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
				fmt.Sprintf("the column header %q is not a date; the column was not read", c.raw))
			continue
		}
		days[c.col] = d
		k.dates = append(k.dates, d)
		if k.id.by != BySignature && !k.id.period.Contains(d) {
			x.find(v, salesrhythm.Warning, salesrhythm.CodeOutsidePeriod, d.String(),
				fmt.Sprintf("the day %s is outside the workbook's week %s; it is kept and counts on its own date", d, k.id.period))
		}
	}
	cols := slices.Sorted(maps.Keys(days))
	act := s.Columns[1]
	plan := s.Key == "plan"
	for _, r := range rows {
		if r.n <= header.n {
			continue
		}
		var start salesrhythm.Clock = salesrhythm.NoClock
		var cells []cellAt
		for _, c := range r.cells {
			v := cellAt{cell: c, col: c.col, row: r.n, present: true}
			switch {
			case c.col == timeCol:
				start = x.clock(v)
			case !days[c.col].IsZero():
				cells = append(cells, v)
			default:
				k.extras(x, []extra{{col: c.col, cells: []string{v.ref()}}})
			}
		}
		if start == salesrhythm.NoClock {
			if len(cells) > 0 {
				x.find(cellAt{col: timeCol, row: r.n}, salesrhythm.Error, salesrhythm.CodeNotATime, "",
					"the row has activities but no valid time slot; it was not read")
			}
			continue
		}
		k.r.Rows++
		filled := map[int]string{}
		for _, v := range cells {
			filled[v.col] = x.choice(v, act.Choices)
		}
		for _, col := range cols {
			d := days[col]
			sl := salesrhythm.Slot{Ref: salesrhythm.Ref{File: k.r.Path, Sheet: x.sheet, Row: r.n}, Person: k.id.person, Date: d, Start: start}
			if plan {
				sl.Plan = filled[col]
			} else {
				sl.Actual = filled[col]
			}
			k.r.Slots = append(k.r.Slots, sl)
		}
	}
}

// dayHeader reads the date of a time-table column header: a date cell, or
// text such as "2026-11-02 Monday" or "2026.11.02. hétfő".
func dayHeader(c Cell) salesrhythm.Date {
	if d, p := ParseDate(c); p == nil && !d.IsZero() {
		return d
	}
	for _, tok := range strings.Fields(c.Raw) {
		if d, p := ParseDate(Cell{Raw: tok}); p == nil && !d.IsZero() {
			return d
		}
	}
	return salesrhythm.Date{}
}

// mergeSlots joins the Plan and Actual grids' slots by day and time.
func mergeSlots(in []salesrhythm.Slot) []salesrhythm.Slot {
	type key struct {
		d salesrhythm.Date
		c salesrhythm.Clock
	}
	at := map[key]int{}
	var out []salesrhythm.Slot
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

// guessIdentity fills in, for a workbook that lost its metadata, the person
// from the title block and the period from the dates it holds.
func (k *kindReader) guessIdentity(month salesrhythm.Month) {
	r := k.r
	r.Person = k.title
	var first salesrhythm.Date
	for _, d := range k.dates {
		if !d.IsZero() && (first.IsZero() || d.Before(first)) {
			first = d
		}
	}
	switch {
	case r.Kind.Weekly() && !first.IsZero():
		p := salesrhythm.Week(first)
		r.Period = &p
	case !r.Kind.Weekly():
		p := month.Period()
		r.Period = &p
	}
	if r.Person == "" && r.Kind != salesrhythm.KindPlan || r.Period == nil {
		r.add(salesrhythm.Finding{Severity: salesrhythm.Error, Code: salesrhythm.CodeUnrecognised,
			Message: fmt.Sprintf("looks like a %s but says neither whose it is nor for when (its metadata is gone); it was not counted — make it again with 'salesrhythm template'", r.Kind)})
		r.Status, r.Reason = StatusRejected, "no owner or period"
		r.Records = Records{}
		return
	}
	r.add(salesrhythm.Finding{Severity: salesrhythm.Info, Code: salesrhythm.CodeUnrecognised,
		Message: fmt.Sprintf("its metadata is gone; recognised by its sheets as the %s of %s for %s", r.Kind, orUnknown(r.Person), *r.Period)})
	k.id.person, k.id.period = r.Person, *r.Period
	for i := range r.Calls {
		r.Calls[i].Person = r.Person
	}
	for i := range r.Deals {
		r.Deals[i].Person = r.Person
	}
	for i := range r.Funnels {
		r.Funnels[i].Person, r.Funnels[i].Week = r.Person, *r.Period
	}
	for i := range r.Outlooks {
		r.Outlooks[i].Person, r.Outlooks[i].Week = r.Person, *r.Period
	}
	for i := range r.Slots {
		r.Slots[i].Person = r.Person
	}
	for i := range r.Events {
		r.Events[i].Leader = r.Person
	}
	for i := range r.Actions {
		r.Actions[i].Leader, r.Actions[i].Week = r.Person, *r.Period
	}
	for i := range r.Assessments {
		r.Assessments[i].Person, r.Assessments[i].Month = r.Person, r.Period.Start.MonthOf()
	}
	if r.Plan != nil {
		r.Plan.Month = r.Period.Start.MonthOf()
	}
	if !relevant(r.Kind, *r.Period, month) {
		r.Status, r.Reason, r.Records = StatusSkipped, fmt.Sprintf("for %s, not %s", *r.Period, month), Records{}
	}
}

func orUnknown(s string) string {
	if s == "" {
		return "(unknown)"
	}
	return s
}
