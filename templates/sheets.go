package templates

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"

	"salesrhythm"
	"salesrhythm/schema"
)

var t = salesrhythm.T

// writeTable renders a Table sheet: title block, header row, Rows input
// rows (more when it is pre-filled with more records) as an Excel table with
// a validation on every column.
//
// Input columns carry their style (unlocked, number format) as a column
// style rather than on every empty cell, which keeps the file small and
// quick to read; the rows of the title block are kept locked by a row style.
func (b *book) writeTable(s *schema.Sheet) {
	sheet := s.Name.In(b.loc)
	records := b.records(s)
	last := FirstRow + s.Rows - 1
	if records.IsValid() {
		last = max(last, FirstRow+records.Len()-1)
	}
	for i, c := range s.Columns {
		if !c.Fixed && !c.Carried {
			b.check(b.f.SetColStyle(sheet, colName(i+1), b.st.column[c.Type]))
		}
	}
	b.check(b.f.SetRowStyle(sheet, titleRow, HeaderRow-1, b.st.plain))
	b.title(sheet)
	lines := 2
	for i, c := range s.Columns {
		col := i + 1
		label := c.Label.In(b.loc)
		b.str(sheet, col, HeaderRow, label)
		// Wide enough for the label's longest word in this language, so
		// that it wraps between words ("Következő kapcsolatfelvétel").
		width := max(c.Width, salesrhythm.HeaderWidth(label))
		b.check(b.f.SetColWidth(sheet, colName(col), colName(col), width))
		lines = max(lines, salesrhythm.WrappedLines(label, width, salesrhythm.BoldChar))
		switch {
		case c.Fixed:
			b.style(sheet, col, FirstRow, col, last, b.st.fixed)
		case c.Carried:
			b.style(sheet, col, FirstRow, col, last, b.st.carried[c.Type])
		default:
			b.validate(sheet, s, &c, fmt.Sprintf("%s:%s", cell(col, FirstRow), cell(col, last)))
		}
	}
	lastCol := len(s.Columns)
	b.style(sheet, 1, HeaderRow, lastCol, HeaderRow, b.st.header)
	b.check(b.f.SetRowHeight(sheet, HeaderRow, float64(15*lines+2)))
	b.prefillTable(sheet, records, s)
	b.check(b.f.AddTable(sheet, &excelize.Table{
		Range:          fmt.Sprintf("%s:%s", cell(1, HeaderRow), cell(lastCol, last)),
		Name:           "tbl_" + s.Key,
		StyleName:      "TableStyleLight9",
		ShowRowStripes: ptr(true),
	}))
	b.check(b.f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: HeaderRow, TopLeftCell: cell(1, FirstRow), ActivePane: "bottomLeft"}))
	b.protect(sheet)
	b.printSetup(sheet, HeaderRow)
}

// writeForm renders a Form sheet: one field a row, label then value.
func (b *book) writeForm(s *schema.Sheet) {
	sheet := s.Name.In(b.loc)
	b.title(sheet)
	width := 12.0
	for i, c := range s.Columns {
		row := HeaderRow + i
		b.str(sheet, 1, row, c.Label.In(b.loc))
		b.style(sheet, 1, row, 1, row, b.st.label)
		b.style(sheet, 2, row, 2, row, b.st.input[c.Type])
		if c.Type == schema.LongText {
			b.check(b.f.SetRowHeight(sheet, row, 90))
		}
		width = max(width, c.Width)
		b.validate(sheet, s, &c, cell(2, row))
	}
	b.prefillForm(sheet, s)
	b.check(b.f.SetColWidth(sheet, "A", "A", 32))
	b.check(b.f.SetColWidth(sheet, "B", "B", width))
	b.protect(sheet)
	b.printSetup(sheet, 0)
}

// writeGrid renders the time table: a row per slot, a column per working day
// of the week, every cell an activity.
func (b *book) writeGrid(s *schema.Sheet) {
	sheet := s.Name.In(b.loc)
	b.title(sheet)
	slotCol, act := s.Columns[0], &s.Columns[1]
	slots := b.o.Config.TimeTable.Slots()
	days := b.o.Config.Calendar.Calendar().WorkingDays(b.spec.Period)
	last := FirstRow + len(slots) - 1
	b.str(sheet, 1, HeaderRow, slotCol.Label.In(b.loc))
	b.check(b.f.SetColWidth(sheet, "A", "A", slotCol.Width))
	for i, slot := range slots {
		b.num(sheet, 1, FirstRow+i, float64(slot)/(24*60))
	}
	b.style(sheet, 1, FirstRow, 1, last, b.st.slot)
	for i, d := range days {
		col := i + 2
		b.str(sheet, col, HeaderRow, DayHeader(d, b.loc))
		b.check(b.f.SetColWidth(sheet, colName(col), colName(col), act.Width))
	}
	lastCol := len(days) + 1
	b.style(sheet, 1, HeaderRow, lastCol, HeaderRow, b.st.header)
	b.check(b.f.SetRowHeight(sheet, HeaderRow, 30))
	if len(days) > 0 {
		body := fmt.Sprintf("%s:%s", cell(2, FirstRow), cell(lastCol, last))
		b.style(sheet, 2, FirstRow, lastCol, last, b.st.input[schema.Choice])
		b.validate(sheet, s, act, body)
	}
	b.prefillGrid(sheet, s, days, slots)
	b.check(b.f.AddTable(sheet, &excelize.Table{
		Range:          fmt.Sprintf("%s:%s", cell(1, HeaderRow), cell(lastCol, last)),
		Name:           "tbl_" + s.Key,
		StyleName:      "TableStyleLight9",
		ShowRowStripes: ptr(true),
	}))
	b.check(b.f.SetPanes(sheet, &excelize.Panes{Freeze: true, XSplit: 1, YSplit: HeaderRow, TopLeftCell: cell(2, FirstRow), ActivePane: "bottomRight"}))
	b.protect(sheet)
	b.printSetup(sheet, HeaderRow)
}

// DayHeader is the header of a time-table day column: the date, which the
// importer reads, and the weekday for people.
func DayHeader(d salesrhythm.Date, l salesrhythm.Locale) string {
	return salesrhythm.FormatDate(d, l) + " " + salesrhythm.WeekdayName(d.Weekday(), l)
}

// serial is d as an Excel serial date (1900 system).
func serial(d salesrhythm.Date) float64 {
	return float64(salesrhythm.D(1899, 12, 30).DaysUntil(d))
}

// validate adds the column's data validation over ref, with an input
// message and an error message in the workbook's language.
func (b *book) validate(sheet string, s *schema.Sheet, c *schema.Column, ref string) {
	dv := excelize.NewDataValidation(true)
	dv.Sqref = ref
	help := c.Help.In(b.loc)
	title := c.Label.In(b.loc)
	var err error
	switch c.Type {
	case schema.Date:
		lo, hi := salesrhythm.D(2000, 1, 1), salesrhythm.D(2099, 12, 31)
		p := b.spec.Period
		style, msg := excelize.DataValidationErrorStyleStop, salesrhythm.Msg("Type a date, e.g. %s.", "Írjon be dátumot, például: %s").In(b.loc, p.Start)
		if s.Dated == c.Key {
			lo, hi = p.Start, p.End
			style = excelize.DataValidationErrorStyleWarning
			msg = salesrhythm.Msg("The date is not from %s to %s. Is it right?", "A dátum nem %s és %s közé esik. Biztosan jó?").In(b.loc, p.Start, p.End)
			help = joinHelp(help, salesrhythm.Msg("A date from %s to %s.", "Dátum %s és %s között.").In(b.loc, p.Start, p.End))
		}
		err = dv.SetRange(serial(lo), serial(hi), excelize.DataValidationTypeDate, excelize.DataValidationOperatorBetween)
		dv.SetError(style, title, msg)
	case schema.Time:
		err = dv.SetRange(0.0, float64(24*60-1)/(24*60), excelize.DataValidationTypeTime, excelize.DataValidationOperatorBetween)
		dv.SetError(excelize.DataValidationErrorStyleStop, title, t("Type a time of day as hh:mm, e.g. 09:00.", "Írjon be időpontot óó:pp alakban, pl. 09:00.").In(b.loc))
	case schema.Count, schema.Minutes:
		limit := 1000000
		if c.Type == schema.Minutes {
			limit = 24 * 60
		}
		err = dv.SetRange(0, limit, excelize.DataValidationTypeWhole, excelize.DataValidationOperatorBetween)
		dv.SetError(excelize.DataValidationErrorStyleStop, title, salesrhythm.Msg("Type a whole number from 0 to %d.", "Írjon be egész számot 0 és %d között.").In(b.loc, limit))
	case schema.Money:
		err = dv.SetRange(0.0, 1e12, excelize.DataValidationTypeDecimal, excelize.DataValidationOperatorBetween)
		dv.SetError(excelize.DataValidationErrorStyleStop, title, salesrhythm.Msg("Type an amount in %s, 0 or more, without the currency.", "Írjon be 0 vagy nagyobb összeget, pénznem nélkül (%s).").In(b.loc, salesrhythm.CurrencyName(b.o.Config.Currency, b.loc)))
	case schema.Choice, schema.YesNo:
		dv.SetSqrefDropList(b.list(c))
		dv.SetError(excelize.DataValidationErrorStyleStop, title, t("Pick a value from the list.", "Válasszon a listából.").In(b.loc))
	case schema.Person, schema.People:
		dv.SetSqrefDropList(b.personList(c))
		style := excelize.DataValidationErrorStyleWarning
		msg := t("This ID is not in the drop-down list. Keep it anyway?", "Ez az azonosító nem szerepel a legördülő listában. Mégis megtartja?")
		if c.Reports {
			msg = t("This ID is not one of your direct reports. Keep it anyway?", "Nincs ilyen azonosítójú közvetlen beosztottja. Mégis megtartja?")
		}
		if c.Type == schema.People {
			style = excelize.DataValidationErrorStyleInformation
			msg = t("Several IDs separated by commas are fine.", "Több azonosító vesszővel elválasztva is megadható.")
		}
		dv.SetError(style, title, msg.In(b.loc))
	default:
		if help == "" {
			return
		}
	}
	b.check(err)
	if help != "" {
		dv.SetInput(title, help)
	}
	b.check(b.f.AddDataValidation(sheet, dv))
}

func joinHelp(a, b string) string {
	return strings.TrimSpace(a + " " + b)
}
