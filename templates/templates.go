package templates

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"salesrhythm"
	"salesrhythm/internal/zipx"
	"salesrhythm/schema"
)

// Spec names one workbook: its kind, for whom, for which days.
type Spec struct {
	Kind   salesrhythm.Kind
	Person salesrhythm.Person // zero for a plan
	Period salesrhythm.Period // a week, or a month for the plan and the assessment
	Batch  salesrhythm.Month  // the month whose batch issues it; zero: its period's first month
	// About is the direct report a one-on-one sheet is for, and Talk its
	// number among the sheets issued for that report in the period, from 1.
	About salesrhythm.Person
	Talk  int
	// Records, when set, pre-fill the input rows and fields: the calls of a
	// call register, the slots of a time table, a weekly report's deals,
	// funnel and outlook, and so on.
	Records *salesrhythm.Records
	// Saved, when set, is when the owner last saved the workbook, as its
	// document properties say; else the period's first day.
	Saved time.Time
}

// Options are what every workbook of a batch shares.
type Options struct {
	Config salesrhythm.Config
	Schema *schema.Schema
	// Team is the completed plan: the people offered in drop-downs, the
	// names of leaders to hand forms to, and each person's targets. Nil for
	// a plan template.
	Team *salesrhythm.Plan
	// Carry pre-fills a plan template's Team sheet (and, with CarryTargets,
	// its Targets) from an earlier month's completed plan.
	Carry        *salesrhythm.Plan
	CarryTargets bool
	// Progress, when set, is called by WriteAll after each workbook.
	Progress func(done, total int)
}

// Layout of every input sheet: a title block, then the header row; a
// table's or a grid's first input row follows it, a form's fields start on
// it.
const (
	titleRow  = 1
	periodRow = 2
	HeaderRow = 4
	FirstRow  = 5
)

// Write renders the workbook spec describes to w.
func Write(w io.Writer, spec Spec, o Options) error {
	return NewWriter(o).Write(w, spec)
}

// render renders spec's workbook with excelize; offer, when set, is who its
// person drop-downs offer.
func render(w io.Writer, spec Spec, o Options, offer *offer) error {
	desc := o.Schema.Kind(spec.Kind)
	if desc == nil {
		return fmt.Errorf("unknown workbook kind %q", spec.Kind)
	}
	f := excelize.NewFile()
	defer f.Close()
	// Deflate at best speed: a batch writes thousands of workbooks.
	f.SetZipWriter(func(w io.Writer) excelize.ZipWriter { return zipx.NewWriter(w) })
	st, err := newStyles(f, o.Config)
	if err != nil {
		return err
	}
	b := &book{f: f, st: st, spec: spec, o: o, desc: desc, loc: o.Config.Locale, offer: offer}
	if spec.Person.ID != holeID {
		b.holes = strings.NewReplacer(holeTargets, targetsLine(spec, o), holeHandTo, handTo(spec, o))
	}
	if err := b.render(); err != nil {
		return fmt.Errorf("%s for %s: %w", spec.Kind, spec.Person.ID, err)
	}
	return zipx.Write(w, f)
}

// book renders one workbook; the first error sticks and ends the work.
type book struct {
	f    *excelize.File
	st   *styles
	spec Spec
	o    Options
	desc *schema.Workbook
	loc  salesrhythm.Locale
	err  error
	// lists are the drop-down sources on the hidden lists sheet, by name.
	lists map[string]string
	// holes fills the per-person texts of a workbook rendered for its
	// owner; nil for a master, whose holes are filled when it is stamped.
	holes *strings.Replacer
	// offer, when set, is who the person drop-downs offer: a master's
	// holes; else they offer whom offered says.
	offer *offer
}

func (b *book) check(err error) {
	if b.err == nil && err != nil {
		b.err = err
	}
}

func (b *book) render() error {
	instr := schema.InstructionsSheet.In(b.loc)
	b.check(b.f.SetSheetName("Sheet1", instr))
	for _, s := range b.desc.Sheets {
		_, err := b.f.NewSheet(s.Name.In(b.loc))
		b.check(err)
	}
	b.writeLists()
	b.writeMeta()
	b.writeInstructions(instr)
	for i := range b.desc.Sheets {
		s := &b.desc.Sheets[i]
		switch s.Layout {
		case schema.Table:
			b.writeTable(s)
		case schema.Form:
			b.writeForm(s)
		case schema.Grid:
			b.writeGrid(s)
		}
	}
	b.f.SetActiveSheet(0)
	b.check(b.f.SetSheetVisible(schema.ListsSheet, false, true))
	b.check(b.f.SetSheetVisible(schema.MetaSheet, false, true))
	b.writeProperties()
	return b.err
}

// title writes the locked title block every input sheet opens with.
func (b *book) title(sheet string) {
	title := b.desc.Title.In(b.loc)
	if p := b.spec.Person; p.ID != "" {
		title += " · " + p.Name + " (" + p.ID + ")"
	}
	b.str(sheet, 1, titleRow, title)
	b.style(sheet, 1, titleRow, 1, titleRow, b.st.title)
	b.str(sheet, 1, periodRow, b.periodText()+" · "+b.o.Config.Company)
	b.style(sheet, 1, periodRow, 1, periodRow, b.st.subtitle)
	b.check(b.f.SetRowHeight(sheet, titleRow, 24))
}

func (b *book) periodText() string {
	p := b.spec.Period
	if b.spec.Kind.Weekly() {
		_, wk := p.Start.ISOWeek()
		week := fmt.Sprintf(t("Week %d", "%d. hét").In(b.loc), wk)
		return week + ": " + salesrhythm.FormatPeriod(p, b.loc)
	}
	return salesrhythm.FormatMonth(p.Start.MonthOf(), b.loc)
}

// protect locks the sheet without a password, leaving people free to select,
// sort, filter and resize.
func (b *book) protect(sheet string) {
	b.check(b.f.ProtectSheet(sheet, &excelize.SheetProtectionOptions{
		SelectLockedCells:   true,
		SelectUnlockedCells: true,
		Sort:                true,
		AutoFilter:          true,
		FormatColumns:       true,
		FormatRows:          true,
	}))
}

// printSetup prints the sheet landscape, one page wide, with the title
// block and header repeated on every page.
func (b *book) printSetup(sheet string, repeatRows int) {
	b.check(b.f.SetPageLayout(sheet, &excelize.PageLayoutOptions{
		Size: ptr(9), Orientation: ptr("landscape"), FitToWidth: ptr(1), FitToHeight: ptr(0),
	}))
	b.check(b.f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: ptr(true)}))
	if repeatRows > 0 {
		b.check(b.f.SetDefinedName(&excelize.DefinedName{
			Name: "_xlnm.Print_Titles", Scope: sheet,
			RefersTo: fmt.Sprintf("%s!$1:$%d", quoteSheet(sheet), repeatRows),
		}))
	}
	b.check(b.f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{
		OddFooter: "&L" + escapeHF(b.o.Config.Company) + "&C&A&R&P / &N",
	}))
}

func quoteSheet(name string) string { return "'" + strings.ReplaceAll(name, "'", "''") + "'" }

func escapeHF(s string) string { return strings.ReplaceAll(s, "&", "&&") }

func cell(col, row int) string {
	name, _ := excelize.CoordinatesToCellName(col, row)
	return name
}

func colName(col int) string {
	name, _ := excelize.ColumnNumberToName(col)
	return name
}

// offer is who a workbook's person drop-downs offer, by ID. The first
// Reports of People are the owner's direct reports, whom the columns that
// name one (schema.Column.Reports) offer alone.
type offer struct {
	People  []salesrhythm.Person
	Reports int
}

// offered returns the people the person drop-downs of spec's workbook
// offer: in a form of someone in the plan, the people their meetings,
// visits and next steps name — themselves, whoever they report to and
// everyone below them (a leader's team, a head's groups); anyone else may
// still be typed, with a warning. The whole team in a form of no one in
// the plan. In a workbook with a column naming a direct report, the
// owner's direct reports come first. Only workbooks with person columns
// carry the list, and a form's list does not grow with the department: the
// whole department's would be most of a leader's workbook at a thousand
// people.
func offered(spec Spec, o Options) offer {
	desc := o.Schema.Kind(spec.Kind)
	if o.Team == nil || !hasPeople(desc) {
		return offer{}
	}
	people := o.Team.CircleOf(spec.Person.ID)
	if len(people) == 0 {
		people = slices.Clone(o.Team.Team)
	}
	byID := func(x, y salesrhythm.Person) int { return strings.Compare(x.ID, y.ID) }
	slices.SortFunc(people, byID)
	if !namesReports(desc) {
		return offer{People: people}
	}
	reports := o.Team.ReportsOf(spec.Person.ID)
	slices.SortFunc(reports, byID)
	rest := slices.DeleteFunc(people, func(p salesrhythm.Person) bool {
		return slices.ContainsFunc(reports, func(r salesrhythm.Person) bool { return r.ID == p.ID })
	})
	return offer{People: append(reports, rest...), Reports: len(reports)}
}

// namesReports reports whether the workbook has a column naming one of
// the owner's direct reports.
func namesReports(desc *schema.Workbook) bool {
	for _, s := range desc.Sheets {
		for _, c := range s.Columns {
			if c.Type == schema.Person && c.Reports {
				return true
			}
		}
	}
	return false
}

// hasPeople reports whether the workbook has a column of person IDs.
func hasPeople(desc *schema.Workbook) bool {
	for _, s := range desc.Sheets {
		for _, c := range s.Columns {
			if c.Type == schema.Person || c.Type == schema.People {
				return true
			}
		}
	}
	return false
}

// PersonEntry is how a person appears in drop-downs: the ID, which the
// importer reads, then the name for people to recognise.
func PersonEntry(p salesrhythm.Person) string {
	if p.Name == "" {
		return p.ID
	}
	return p.ID + " — " + p.Name
}
