package importer_test

import (
	"fmt"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"salesrhythm"
	"salesrhythm/importer"
	"salesrhythm/schema"
)

// text is a cell stored as a string, number one stored as a number, date
// one stored as a number with a date format.
func text(s string) importer.Cell    { return importer.Cell{Raw: s} }
func number(s string) importer.Cell  { return importer.Cell{Raw: s, Numeric: true} }
func dateFmt(s string) importer.Cell { return importer.Cell{Raw: s, Numeric: true, DateFmt: true} }

// uncalculated is a formula cell that was never calculated.
var uncalculated = importer.Cell{Formula: true}

// code is the problem's code, "" for none.
func code(p *importer.Problem) salesrhythm.Code {
	if p == nil {
		return ""
	}
	return p.Code
}

// parseCase is one cell, the value a parser should read from it and the
// code of the problem it should report, "" for none.
type parseCase[T comparable] struct {
	name string
	cell importer.Cell
	want T
	code salesrhythm.Code
}

// testParse runs parse over the cases, a subtest each.
func testParse[T comparable](t *testing.T, parse func(importer.Cell) (T, *importer.Problem), tests []parseCase[T]) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, p := parse(tt.cell)
			if got != tt.want || code(p) != tt.code {
				t.Errorf("parse(%+v) = %v, %v; want %v, %q", tt.cell, got, p, tt.want, tt.code)
			}
		})
	}
}

func TestParseDate(t *testing.T) {
	nov3 := salesrhythm.D(2026, time.November, 3)
	testParse(t, importer.ParseDate, []parseCase[salesrhythm.Date]{
		{"blank is not given", text("  "), salesrhythm.Date{}, ""},
		{"serial", dateFmt("46329"), nov3, ""},
		{"serial with a time keeps the day", dateFmt("46329.75"), nov3, ""},
		{"first serial is 1900-01-01", dateFmt("1"), salesrhythm.D(1900, time.January, 1), ""},
		{"serial before the fake leap day", dateFmt("59"), salesrhythm.D(1900, time.February, 28), ""},
		{"Excel's fake 29 February 1900 is rejected", dateFmt("60"), salesrhythm.Date{}, salesrhythm.CodeNotADate},
		{"serial after the fake leap day", dateFmt("61"), salesrhythm.D(1900, time.March, 1), ""},
		{"last serial is 9999-12-31", dateFmt("2958465"), salesrhythm.D(9999, time.December, 31), ""},
		{"1904 serial", importer.Cell{Raw: "44867", Numeric: true, DateFmt: true, Date1904: true}, nov3, ""},
		{"1904 serial past 9999 is rejected", importer.Cell{Raw: "2958465", Numeric: true, DateFmt: true, Date1904: true}, salesrhythm.Date{}, salesrhythm.CodeNotADate},
		{"serial below 1 is rejected", dateFmt("0.5"), salesrhythm.Date{}, salesrhythm.CodeNotADate},
		{"negative serial is rejected", dateFmt("-3"), salesrhythm.Date{}, salesrhythm.CodeNotADate},
		{"serial past 9999 is rejected", dateFmt("2958466"), salesrhythm.Date{}, salesrhythm.CodeNotADate},
		{"serial without a date format is read", number("46329"), nov3, ""},
		{"serial typed as text is read", text("46329"), nov3, ""},
		{"year without a date format is rejected", number("2026"), salesrhythm.Date{}, salesrhythm.CodeNotADate},
		{"day number without a date format is rejected", number("3"), salesrhythm.Date{}, salesrhythm.CodeNotADate},
		{"NaN is rejected", number("NaN"), salesrhythm.Date{}, salesrhythm.CodeNotADate},
		{"ISO", text("2026-11-03"), nov3, ""},
		{"ISO with one-digit day", text("2026-11-3"), nov3, ""},
		{"ISO with T and a time", text("2026-11-03T00:00:00"), nov3, ""},
		{"ISO with T, a time and Z", text("2026-11-03T09:30:00Z"), nov3, ""},
		{"ISO with a time", text("2026-11-03 09:30"), nov3, ""},
		{"ISO with a zone", text("2026-11-03T23:30:00+01:00"), nov3, ""},
		{"no-break spaces", text("2026.\u00a011.\u00a003."), nov3, ""},
		{"ISO with an impossible time is rejected", text("2026-11-03 25:30"), salesrhythm.Date{}, salesrhythm.CodeNotADate},
		{"Hungarian dots", text("2026.11.03"), nov3, ""},
		{"Hungarian dots with a final dot", text("2026.11.03."), nov3, ""},
		{"Hungarian dots with spaces", text("2026. 11. 03."), nov3, ""},
		{"Hungarian dots with a time", text("2026.11.03. 9:30"), nov3, ""},
		{"year first with slashes", text("2026/11/03"), nov3, ""},
		{"day first with dots", text("03.11.2026"), nov3, ""},
		{"day first with dots and a final dot", text("3.11.2026."), nov3, ""},
		{"slashes with day over 12 read day first", text("13/11/2026"), salesrhythm.D(2026, time.November, 13), ""},
		{"slashes with day over 12 read month first", text("11/13/2026"), salesrhythm.D(2026, time.November, 13), ""},
		{"slashes with both under 13 are ambiguous", text("3/11/2026"), salesrhythm.Date{}, salesrhythm.CodeAmbiguousDate},
		{"slashes the other way are ambiguous", text("11/3/2026"), salesrhythm.Date{}, salesrhythm.CodeAmbiguousDate},
		{"slashes with the same number twice", text("5/5/2026"), salesrhythm.D(2026, time.May, 5), ""},
		{"dashes with both under 13 are ambiguous", text("03-11-2026"), salesrhythm.Date{}, salesrhythm.CodeAmbiguousDate},
		{"slashes with neither a month are rejected", text("31/13/2026"), salesrhythm.Date{}, salesrhythm.CodeNotADate},
		{"slashes with a day 0 are rejected", text("0/5/2026"), salesrhythm.Date{}, salesrhythm.CodeNotADate},
		{"two-digit year with dots is ambiguous", text("03.11.26"), salesrhythm.Date{}, salesrhythm.CodeAmbiguousDate},
		{"two-digit year with slashes is ambiguous", text("13/11/26"), salesrhythm.Date{}, salesrhythm.CodeAmbiguousDate},
		{"English day month year", text("3 Nov 2026"), nov3, ""},
		{"English full month", text("3 November 2026"), nov3, ""},
		{"English month day, year", text("Nov 3, 2026"), nov3, ""},
		{"English month day year with a time", text("Nov 3, 2026 9:30 AM"), nov3, ""},
		{"Excel's d-mmm-yyyy", text("3-Nov-2026"), nov3, ""},
		{"Hungarian long form", text("2026. november 3."), nov3, ""},
		{"Hungarian abbreviation", text("2026. márc. 3."), salesrhythm.D(2026, time.March, 3), ""},
		{"Hungarian abbreviation without accent", text("2026. szept. 3."), salesrhythm.D(2026, time.September, 3), ""},
		{"month name with a two-digit year is rejected", text("3 Nov 26"), salesrhythm.Date{}, salesrhythm.CodeNotADate},
		{"two-letter month is rejected", text("3 ma 2026"), salesrhythm.Date{}, salesrhythm.CodeNotADate},
		{"impossible month is rejected", text("31.13.2026"), salesrhythm.Date{}, salesrhythm.CodeNotADate},
		{"impossible day is rejected", text("2026-02-30"), salesrhythm.Date{}, salesrhythm.CodeNotADate},
		{"29 February of a leap year", text("2028-02-29"), salesrhythm.D(2028, time.February, 29), ""},
		{"year before 1900 is rejected", text("1899-12-31"), salesrhythm.Date{}, salesrhythm.CodeNotADate},
		{"eight digits are not a date", text("20261103"), salesrhythm.Date{}, salesrhythm.CodeNotADate},
		{"eight digits stored as a number are not a date", number("20261103"), salesrhythm.Date{}, salesrhythm.CodeNotADate},
		{"words are not a date", text("next Monday"), salesrhythm.Date{}, salesrhythm.CodeNotADate},
		{"a time alone is not a date", text("9:30"), salesrhythm.Date{}, salesrhythm.CodeNotADate},
		{"Excel error is not a date", text("#REF!"), salesrhythm.Date{}, salesrhythm.CodeNotADate},
		{"formula without a value", uncalculated, salesrhythm.Date{}, salesrhythm.CodeFormulaNoValue},
		{"formula with a cached value", importer.Cell{Raw: "46329", Numeric: true, DateFmt: true, Formula: true}, nov3, ""},
	})
}

// TestParseDateIn: in the workbook's own period, a date without a year or
// in a short form is read when exactly one of its readings falls within
// the period. The week of Mon 30 Nov 2026 runs to Sun 6 Dec; the week of
// Mon 28 Dec 2026 to Sun 3 Jan 2027, across two years.
func TestParseDateIn(t *testing.T) {
	d := salesrhythm.D
	dec3 := d(2026, time.December, 3)
	week := salesrhythm.Week(d(2026, time.November, 30))
	newYear := salesrhythm.Week(d(2026, time.December, 28))
	december := salesrhythm.Month{Year: 2026, Month: time.December}.Period()
	in := func(p salesrhythm.Period) func(importer.Cell) (salesrhythm.Date, *importer.Problem) {
		return func(c importer.Cell) (salesrhythm.Date, *importer.Problem) {
			return importer.ParseDateIn(c, p, schema.Within)
		}
	}
	testParse(t, in(week), []parseCase[salesrhythm.Date]{
		// 12.03.: 3 December (month first, as Hungarians write it) is in the
		// week; 12 March is not.
		{"month and day with dots", text("12.03."), dec3, ""},
		{"month and day with dots and spaces", text("12. 03."), dec3, ""},
		{"month and day without the last dot", text("12.03"), dec3, ""},
		// Typed as text into a cell formatted as a date: still a day and a
		// month, not the serial 12.03 (12 January 1900).
		{"month and day as text in a date cell", importer.Cell{Raw: "12.03", DateFmt: true}, dec3, ""},
		// 3/12: 3 December day first; 12 March month first is not in the week.
		{"day and month with a slash", text("3/12"), dec3, ""},
		{"day and month with dots", text("3.12."), dec3, ""},
		{"abbreviated Hungarian month", text("dec. 3."), dec3, ""},
		{"Hungarian month", text("december 3."), dec3, ""},
		{"a Hungarian month outside the period", text("márc. 3."), salesrhythm.Date{}, salesrhythm.CodeAmbiguousDate},
		{"day then English month", text("3 Dec"), dec3, ""},
		{"English month then day", text("Dec 3"), dec3, ""},
		{"with a time", text("dec. 3. 9:30"), dec3, ""},
		{"Hungarian standard form", text("2026. 12. 03."), dec3, ""},
		// 3/12/2026 reads two ways; only 3 December is in the week.
		{"ambiguous with a year", text("3/12/2026"), dec3, ""},
		// 03.12.26: 3 December 2026 day first, or 2003-12-26 year first.
		{"two-digit year", text("03.12.26"), dec3, ""},
		// 12.31. is 31 December, not in the week: the problem names it.
		{"no reading in the period", text("12.31."), salesrhythm.Date{}, salesrhythm.CodeAmbiguousDate},
		{"not a date at all", text("next Tuesday"), salesrhythm.Date{}, salesrhythm.CodeNotADate},
		{"an impossible day", text("12.32."), salesrhythm.Date{}, salesrhythm.CodeNotADate},
		{"a stored number is no short date", number("12.03"), salesrhythm.Date{}, salesrhythm.CodeNotADate},
		{"blank", text(""), salesrhythm.Date{}, ""},
	})
	testParse(t, in(newYear), []parseCase[salesrhythm.Date]{
		{"the old year's day", text("12.31."), d(2026, time.December, 31), ""},
		// 1 February, a month off, could be meant too: a note says so.
		{"the new year's day", text("1.2."), d(2027, time.January, 2), salesrhythm.CodeReadAsDate},

		{"a named month in the new year", text("jan. 3."), d(2027, time.January, 3), ""},
	})
	// 12.11 in the week of 9 November is the 12th, and 11 December, a
	// month off, is near enough to name; 12.03 in December's first week
	// is the 3rd, March too far to.
	testParse(t, in(salesrhythm.Week(d(2026, time.November, 9))), []parseCase[salesrhythm.Date]{
		{"a day a month off is named", text("12.11"), d(2026, time.November, 12), salesrhythm.CodeReadAsDate},
	})
	testParse(t, in(december), []parseCase[salesrhythm.Date]{
		// A month holds 12 March or 3 December, never both.
		{"a month's day", text("3/12"), dec3, ""},
		{"a month's day in words", text("december 24."), d(2026, time.December, 24), ""},
		// 12.12. is one day whichever way it is read.
		{"the same either way", text("12.12."), d(2026, time.December, 12), ""},
	})
	// A column that looks ahead (a next contact, a due date) or back (a
	// first contact) reads the nearest year on its side of the workbook's
	// week of Mon 2 – Sun 8 Nov 2026, as the trial's team typed them.
	w45 := salesrhythm.Week(d(2026, time.November, 2))
	reach := func(r schema.Reach) func(importer.Cell) (salesrhythm.Date, *importer.Problem) {
		return func(c importer.Cell) (salesrhythm.Date, *importer.Problem) { return importer.ParseDateIn(c, w45, r) }
	}
	testParse(t, reach(schema.Ahead), []parseCase[salesrhythm.Date]{
		{"a next contact after the week", text("nov. 10."), d(2026, time.November, 10), ""},
		{"a due date after the week", text("nov. 13."), d(2026, time.November, 13), ""},
		{"the Monday after", text("nov. 9."), d(2026, time.November, 9), ""},
		{"a day of the week itself", text("nov. 5."), d(2026, time.November, 5), ""},
		{"next year's month", text("márc. 3."), d(2027, time.March, 3), ""},
		// Typed before the week, by mistake or for an overdue item: this
		// year's, not next year's (the trial's next contact on a call of 16
		// November).
		{"a day shortly before the week", text("okt. 20."), d(2026, time.October, 20), ""},
		// 3 December is 25 days after the week, 12 March 124: far nearer.
		{"day and month, the nearer reading", text("3/12"), dec3, ""},
		{"month and day, the nearer reading", text("12.03."), dec3, ""},
		// 6 May is 179 days after the week, 5 June 209: alike.
		{"two readings alike", text("5/6"), salesrhythm.Date{}, salesrhythm.CodeAmbiguousDate},
	})
	testParse(t, reach(schema.Behind), []parseCase[salesrhythm.Date]{
		{"a first contact before the week", text("okt. 2."), d(2026, time.October, 2), ""},
		{"last year's December", text("dec. 3."), d(2025, time.December, 3), ""},
	})
	_, p := importer.ParseDateIn(text("5/6"), w45, schema.Ahead)
	if p == nil || p.Msg != `"5/6" can mean 2027-05-06 or 2027-06-05, all between three months before and a year after the workbook's period 2026-11-02 – 2026-11-08: write the date in full` {
		t.Errorf("the problem does not name the candidates: %+v", p)
	}
	_, p = importer.ParseDateIn(text("12.31."), week, schema.Within)
	if p == nil || p.Msg != `"12.31." would be 2026-12-31, which is not in the workbook's period 2026-11-30 – 2026-12-06: correct the date, or move a row of another week or month to its workbook` {
		t.Errorf("the problem does not name the candidates: %+v", p)
	}
	_, p = importer.ParseDateIn(text("3/4"), salesrhythm.Period{Start: d(2026, time.March, 1), End: d(2026, time.April, 30)}, schema.Within)
	if p == nil || p.Msg != `"3/4" can mean 2026-03-04 or 2026-04-03, all in the workbook's period 2026-03-01 – 2026-04-30: write the date in full` {
		t.Errorf("the problem does not name the candidates: %+v", p)
	}
}

func TestParseTime(t *testing.T) {
	testParse(t, importer.ParseTime, []parseCase[salesrhythm.Clock]{
		{"hours in words", text("14 óra"), salesrhythm.At(14, 0), ""},
		{"at the hour", text("14 órakor"), salesrhythm.At(14, 0), ""},
		{"hours and minutes in words", text("14 óra 30"), salesrhythm.At(14, 30), ""},
		{"short words", text("9 ó 15 p"), salesrhythm.At(9, 15), ""},
		{"an hour the day lacks", text("25 óra"), salesrhythm.NoClock, salesrhythm.CodeNotATime},
		{"blank is not given", text(""), salesrhythm.NoClock, ""},
		{"hours and minutes", text("9:00"), salesrhythm.At(9, 0), ""},
		{"leading zero", text("09:00"), salesrhythm.At(9, 0), ""},
		{"dot", text("09.00"), salesrhythm.At(9, 0), ""},
		{"dot without a leading zero", text("9.30"), salesrhythm.At(9, 30), ""},
		{"h", text("9h30"), salesrhythm.At(9, 30), ""},
		{"seconds", text("9:00:00"), salesrhythm.At(9, 0), ""},
		{"seconds round down", text("9:00:29"), salesrhythm.At(9, 0), ""},
		{"seconds round up", text("9:00:30"), salesrhythm.At(9, 1), ""},
		{"last half minute rounds to midnight", text("23:59:45"), salesrhythm.At(0, 0), ""},
		{"AM", text("9:00 AM"), salesrhythm.At(9, 0), ""},
		{"pm", text("2:30 pm"), salesrhythm.At(14, 30), ""},
		{"p.m. without a space", text("2:30p.m."), salesrhythm.At(14, 30), ""},
		{"hour and am", text("9 am"), salesrhythm.At(9, 0), ""},
		{"12 am is midnight", text("12:15 am"), salesrhythm.At(0, 15), ""},
		{"12 pm is noon", text("12:15 pm"), salesrhythm.At(12, 15), ""},
		{"13 pm is rejected", text("13:00 pm"), salesrhythm.NoClock, salesrhythm.CodeNotATime},
		{"25:00 is rejected", text("25:00"), salesrhythm.NoClock, salesrhythm.CodeNotATime},
		{"24:00 is rejected", text("24:00"), salesrhythm.NoClock, salesrhythm.CodeNotATime},
		{"9:75 is rejected", text("9:75"), salesrhythm.NoClock, salesrhythm.CodeNotATime},
		{"four digits are rejected", text("0900"), salesrhythm.NoClock, salesrhythm.CodeNotATime},
		{"words are rejected", text("morning"), salesrhythm.NoClock, salesrhythm.CodeNotATime},
		{"date-time text keeps the time", text("2026-11-03 09:30"), salesrhythm.At(9, 30), ""},
		{"date-time text with T keeps the time", text("2026-11-03T14:05:00"), salesrhythm.At(14, 5), ""},
		{"date-time text with an impossible time is rejected", text("2026-11-03 25:00"), salesrhythm.NoClock, salesrhythm.CodeNotATime},
		{"date-time text with an impossible date is rejected", text("2026-13-03 09:00"), salesrhythm.NoClock, salesrhythm.CodeNotATime},
		{"no-break space before pm", text("2:30\u00a0PM"), salesrhythm.At(14, 30), ""},
		{"day fraction", dateFmt("0.375"), salesrhythm.At(9, 0), ""},
		{"day fraction without a format", number("0.375"), salesrhythm.At(9, 0), ""},
		{"day fraction typed as text", text("0.375"), salesrhythm.At(9, 0), ""},
		{"day fraction rounds to the minute", dateFmt("0.37501"), salesrhythm.At(9, 0), ""},
		{"midnight", dateFmt("0"), salesrhythm.At(0, 0), ""},
		{"date-time keeps the time", dateFmt("46329.75"), salesrhythm.At(18, 0), ""},
		{"date-time without a format keeps the time", number("46329.75"), salesrhythm.At(18, 0), ""},
		{"date without a time is rejected", dateFmt("46295"), salesrhythm.NoClock, salesrhythm.CodeNotATime},
		{"whole hour typed in a General cell", number("9"), salesrhythm.At(9, 0), ""},
		{"9.30 typed in a General cell", number("9.3"), salesrhythm.At(9, 30), ""},
		{"9.05 typed in a General cell", number("9.05"), salesrhythm.At(9, 5), ""},
		{"9.75 in a General cell is rejected", number("9.75"), salesrhythm.NoClock, salesrhythm.CodeNotATime},
		{"hours with three decimals are rejected", number("9.125"), salesrhythm.NoClock, salesrhythm.CodeNotATime},
		{"whole number over 24 is rejected", number("900"), salesrhythm.NoClock, salesrhythm.CodeNotATime},
		{"negative is rejected", number("-0.5"), salesrhythm.NoClock, salesrhythm.CodeNotATime},
		{"formula without a value", uncalculated, salesrhythm.NoClock, salesrhythm.CodeFormulaNoValue},
	})
}

func TestParseNumber(t *testing.T) {
	testParse(t, importer.ParseNumber, []parseCase[float64]{
		{"blank is not given", text(""), 0, ""},
		{"stored number", number("12.5"), 12.5, ""},
		{"stored number 1.234 is not thousands", number("1.234"), 1.234, ""},
		{"stored exponent", number("1.5E-3"), 0.0015, ""},
		{"stored NaN is rejected", number("NaN"), 0, salesrhythm.CodeNotANumber},
		{"stored infinity is rejected", number("1E999"), 0, salesrhythm.CodeNotANumber},
		{"whole", text("12"), 12, ""},
		{"space between thousands", text("12 500"), 12500, ""},
		{"no-break space between thousands", text("12\u00a0500"), 12500, ""},
		{"narrow no-break space between thousands", text("12\u202f500"), 12500, ""},
		{"decimal comma", text("12,5"), 12.5, ""},
		{"decimal point", text("12.5"), 12.5, ""},
		{"dots between thousands and Ft", text("1.234.567 Ft"), 1234567, ""},
		{"commas between thousands and a decimal point", text("1,234,567.50"), 1234567.5, ""},
		{"dot between thousands and a decimal comma", text("1.234,56"), 1234.56, ""},
		{"spaces between thousands and a decimal comma", text("12 500,5"), 12500.5, ""},
		{"spaces between thousands and three decimals", text("1 234,567"), 1234.567, ""},
		{"single comma before three digits is thousands", text("1,234"), 1234, ""},
		{"single dot before three digits is thousands", text("1.234"), 1234, ""},
		{"zero before three digits is a decimal", text("0,125"), 0.125, ""},
		{"four digits before three digits is a decimal", text("1234.567"), 1234.567, ""},
		{"four decimals", text("1,2345"), 1.2345, ""},
		{"euro before", text("€ 1 200"), 1200, ""},
		{"euro after without a space", text("1200€"), 1200, ""},
		{"HUF before", text("HUF 12 000"), 12000, ""},
		{"Ft after", text("12 500 Ft"), 12500, ""},
		{"Ft. after", text("12 500 Ft."), 12500, ""},
		{"minus", text("-5"), -5, ""},
		{"minus sign", text("−5"), -5, ""},
		{"plus", text("+5"), 5, ""},
		{"minus before the currency", text("-€5"), -5, ""},
		{"minus after the currency", text("€ -5"), -5, ""},
		{"accounting parentheses", text("(5)"), -5, ""},
		{"parentheses and a minus are rejected", text("(-5)"), 0, salesrhythm.CodeNotANumber},
		{"two signs are rejected", text("-€-5"), 0, salesrhythm.CodeNotANumber},
		{"thousands not in threes are rejected", text("1.2.3"), 0, salesrhythm.CodeNotANumber},
		{"first group over three digits is rejected", text("1234.567.890"), 0, salesrhythm.CodeNotANumber},
		{"doubled separator is rejected", text("1..234"), 0, salesrhythm.CodeNotANumber},
		{"two decimal separators are rejected", text("1,234.5.6"), 0, salesrhythm.CodeNotANumber},
		{"point before comma after it are rejected", text("5.,3"), 0, salesrhythm.CodeNotANumber},
		{"spaces not in threes are rejected", text("12 5"), 0, salesrhythm.CodeNotANumber},
		{"n/a is rejected", text("n/a"), 0, salesrhythm.CodeNotANumber},
		{"dash is rejected", text("-"), 0, salesrhythm.CodeNotANumber},
		{"#REF! is rejected", text("#REF!"), 0, salesrhythm.CodeNotANumber},
		{"#N/A is rejected", text("#N/A"), 0, salesrhythm.CodeNotANumber},
		{"#DIV/0! is rejected", text("#DIV/0!"), 0, salesrhythm.CodeNotANumber},
		{"#VALUE! is rejected", text("#VALUE!"), 0, salesrhythm.CodeNotANumber},
		{"NaN text is rejected", text("NaN"), 0, salesrhythm.CodeNotANumber},
		{"Inf text is rejected", text("Inf"), 0, salesrhythm.CodeNotANumber},
		{"exponent text is rejected", text("1e5"), 0, salesrhythm.CodeNotANumber},
		{"percent is rejected", text("12%"), 0, salesrhythm.CodeNotANumber},
		{"other unit is rejected", text("12 kg"), 0, salesrhythm.CodeNotANumber},
		{"leading point is rejected", text(".5"), 0, salesrhythm.CodeNotANumber},
		{"formula without a value", uncalculated, 0, salesrhythm.CodeFormulaNoValue},
	})
}

func TestParseMoney(t *testing.T) {
	testParse(t, importer.ParseMoney, []parseCase[float64]{
		{"amount", text("12 500 Ft"), 12500, ""},
		{"zero", number("0"), 0, ""},
		{"negative is rejected", text("-5 Ft"), 0, salesrhythm.CodeNegative},
		{"not a number", text("sok"), 0, salesrhythm.CodeNotANumber},
		{"millions", text("1,5 M"), 1_500_000, ""},
		{"millions and Ft", text("1,5 MFt"), 1_500_000, ""},
		{"millió Ft", text("1,2 millió Ft"), 1_200_000, ""},
		{"millió forint", text("3 millió forint"), 3_000_000, ""},
		{"thousands", text("450e"), 450_000, ""},
		{"thousands of Ft", text("1.250 eFt"), 1_250_000, ""},
		{"ezer Ft", text("450 ezer Ft"), 450_000, ""},
		{"k", text("€ 450k"), 450_000, ""},
		{"English millions", text("2.75 million"), 2_750_000, ""},
		{"billions", text("2 mrd"), 2e9, ""},
		{"a scale alone is not a number", text("M"), 0, salesrhythm.CodeNotANumber},
		{"a scale before the number is not a number", text("M 1,5"), 0, salesrhythm.CodeNotANumber},
		{"a negative in millions is rejected", text("-1,5 M"), 0, salesrhythm.CodeNegative},
	})
}

func TestParseMinutes(t *testing.T) {
	testParse(t, importer.ParseMinutes, []parseCase[int]{
		{"blank is not given", text(""), 0, ""},
		{"whole", text("45"), 45, ""},
		{"stored whole", number("45"), 45, ""},
		{"perc", text("25 perc"), 25, ""},
		{"p", text("25p"), 25, ""},
		{"min", text("25 min."), 25, ""},
		{"óra", text("1 óra"), 60, ""},
		{"decimal óra", text("1,5 óra"), 90, ""},
		{"óra without its accent", text("1 ora"), 60, ""},
		{"a negative length is negative", text("-25 perc"), 0, salesrhythm.CodeNegative},
		{"hours and minutes", text("1 óra 30 perc"), 90, ""},
		{"h and min", text("1h 30min"), 90, ""},
		{"clock", text("1:30"), 90, ""},
		{"a time a spreadsheet made", importer.Cell{Raw: "0.0625", Numeric: true, DateFmt: true}, 90, ""},
		{"negative is rejected", number("-1"), 0, salesrhythm.CodeNegative},
		{"a fraction of a minute is rejected", text("1,01 óra"), 0, salesrhythm.CodeNotANumber},
		{"words are rejected", text("sokáig"), 0, salesrhythm.CodeNotANumber},
		{"a unit alone is rejected", text("perc"), 0, salesrhythm.CodeNotANumber},
		{"formula without a value", uncalculated, 0, salesrhythm.CodeFormulaNoValue},
	})
}

func TestParseCount(t *testing.T) {
	testParse(t, importer.ParseCount, []parseCase[int]{
		{"blank is not given", text(""), 0, ""},
		{"whole", text("12"), 12, ""},
		{"stored whole", number("12"), 12, ""},
		{"point zero", text("12.0"), 12, ""},
		{"thousands", text("1 200"), 1200, ""},
		{"pieces", text("5 db"), 5, ""},
		{"pieces with a full stop", text("12db."), 12, ""},
		{"pieces alone are not a count", text("db"), 0, salesrhythm.CodeNotANumber},
		{"rounding error of a formula", number("2.9999999999999996"), 3, ""},
		{"negative is rejected", number("-1"), 0, salesrhythm.CodeNegative},
		{"fraction is rejected", text("2,5"), 0, salesrhythm.CodeNotANumber},
		{"huge is rejected", number("1E300"), 0, salesrhythm.CodeNotANumber},
		{"words are rejected", text("sok"), 0, salesrhythm.CodeNotANumber},
	})
}

func TestParseYesNo(t *testing.T) {
	yes := []string{"Y", "y", "yes", "YES", " Yes ", "igen", "Igen", "I", "i", "x", "X", "✓", "✔", "✔\ufe0f", "☑", "true", "TRUE", "1", "i gen"}
	no := []string{"N", "n", "no", "No", "nem", "NEM", "false", "FALSE", "0", "✗", "✘"}
	// the last is a ✔ split by U+FE0F, found by FuzzParseYesNo
	others := []string{"maybe", "ígen", "2", "-", "#N/A", "\xe2\x9c\ufe0f\x94"}
	// not a definite yes, so NO (DOMAIN.md §5), with a note
	hedges := []string{"partly", "Partly", "sometimes", "not  always", "részben", "néha", "Nem mindig"}
	check := func(cell importer.Cell, want salesrhythm.Answer, wantCode salesrhythm.Code) {
		t.Helper()
		got, p := importer.ParseYesNo(cell)
		if got != want || code(p) != wantCode {
			t.Errorf("ParseYesNo(%+v) = %v, %v; want %v, %q", cell, got, p, want, wantCode)
		}
	}
	t.Run("yes", func(t *testing.T) {
		for _, s := range yes {
			check(text(s), salesrhythm.Yes, "")
		}
	})
	t.Run("no", func(t *testing.T) {
		for _, s := range no {
			check(text(s), salesrhythm.No, "")
		}
	})
	t.Run("hedges are no", func(t *testing.T) {
		for _, s := range hedges {
			check(text(s), salesrhythm.No, salesrhythm.CodeReadAsNo)
		}
	})
	t.Run("other answers are rejected", func(t *testing.T) {
		for _, s := range others {
			check(text(s), salesrhythm.Unanswered, salesrhythm.CodeNotYesNo)
		}
	})
	t.Run("blank is unanswered", func(t *testing.T) { check(text(" "), salesrhythm.Unanswered, "") })
	t.Run("boolean cell", func(t *testing.T) { check(number("1"), salesrhythm.Yes, "") })
	t.Run("formula without a value", func(t *testing.T) {
		check(uncalculated, salesrhythm.Unanswered, salesrhythm.CodeFormulaNoValue)
	})
}

func TestParseChoice(t *testing.T) {
	choices := []salesrhythm.Choice{
		{Key: "call", Label: salesrhythm.T("Call", "Hívás")},
		{Key: "visit", Label: salesrhythm.T("Client visit", "Ügyfél látogatás")},
		{Key: "admin", Label: salesrhythm.T("Admin", "Adminisztráció")},
	}
	tests := []struct {
		name    string
		cell    importer.Cell
		choices []salesrhythm.Choice
		want    string
		code    salesrhythm.Code
	}{
		{"blank is not given", text(""), choices, "", ""},
		{"key", text("visit"), choices, "visit", ""},
		{"English label", text("Client visit"), choices, "visit", ""},
		{"Hungarian label", text("Hívás"), choices, "call", ""},
		{"any case", text("HÍVÁS"), choices, "call", ""},
		{"extra spaces", text("  client   visit "), choices, "visit", ""},
		{"without accents", text("Hivas"), choices, "call", ""},
		{"without some accents", text("Ugyfel látogatás"), choices, "visit", ""},
		{"not in the list", text("Lunch"), choices, "", salesrhythm.CodeNotInList},
		{"the start of a label", text("Ügyfél"), choices, "visit", salesrhythm.CodeReadAsChoice},
		{"the start of a word of a label", text("adminiszt"), choices, "admin", salesrhythm.CodeReadAsChoice},
		{"the first word of a status", text("Leendő"), salesrhythm.ClientStatuses, salesrhythm.ClientProspect, salesrhythm.CodeReadAsChoice},
		{"the start of a compound", text("Közép"), []salesrhythm.Choice{
			{Key: "small", Label: salesrhythm.T("Small business", "Kisvállalkozás")},
			{Key: "mid", Label: salesrhythm.T("Mid-size company", "Középvállalat")},
		}, "mid", salesrhythm.CodeReadAsChoice},
		{"two letters are too few", text("Ad"), choices, "", salesrhythm.CodeNotInList},
		{"the words after a label's mark", text("magas"), []salesrhythm.Choice{
			{Key: "A", Label: salesrhythm.T("A – high", "A – magas")},
			{Key: "B", Label: salesrhythm.T("B – medium", "B – közepes")},
		}, "A", salesrhythm.CodeReadAsChoice},
		{"the start of two labels is rejected", text("Nem"), []salesrhythm.Choice{
			{Key: "no-answer", Label: salesrhythm.T("No answer", "Nem vette fel")},
			{Key: "not-interested", Label: salesrhythm.T("Not interested", "Nem érdekli")},
		}, "", salesrhythm.CodeNotInList},
		{"without accents matching two is rejected", text("Kor"), []salesrhythm.Choice{
			{Key: "circle", Label: salesrhythm.T("Circle", "Kör")},
			{Key: "disease", Label: salesrhythm.T("Disease", "Kór")},
		}, "", salesrhythm.CodeNotInList},
		{"exact match wins over an unaccented one", text("Kór"), []salesrhythm.Choice{
			{Key: "circle", Label: salesrhythm.T("Circle", "Kör")},
			{Key: "disease", Label: salesrhythm.T("Disease", "Kór")},
		}, "disease", ""},
		{"formula without a value", uncalculated, choices, "", salesrhythm.CodeFormulaNoValue},
		{"a stage's number", text("3"), salesrhythm.Stages, "3", ""},
		{"a stage's number with a full stop", text("3."), salesrhythm.Stages, "3", ""},
		{"a stage's number as Hungarians say it", text("3-as"), salesrhythm.Stages, "3", ""},
		{"a stage's number and the start of its text", text("4. rutinból"), salesrhythm.Stages, "4", ""},
		{"a stage by the start of its text", text("Tanulja"), salesrhythm.Stages, "3", ""},
		{"a stage by the start of its English text", text("learning it"), salesrhythm.Stages, "3", ""},
		{"a stage's text without its comma", text("tudja hogy nem tudja"), salesrhythm.Stages, "2", ""},
		{"a stage's whole text with its number", text("1 – Nem tudja, hogy nem tudja"), salesrhythm.Stages, "1", ""},
		{"the start of two stages' texts is rejected", text("Tudja"), []salesrhythm.Choice{
			{Key: "1", Label: salesrhythm.T("1 – A", "1 – Tudja, hogy nem")},
			{Key: "2", Label: salesrhythm.T("2 – B", "2 – Tudja jól")},
		}, "", salesrhythm.CodeNotInList},
		{"a number and another stage's text is rejected", text("2 tanulja"), salesrhythm.Stages, "", salesrhythm.CodeNotInList},
		{"a stage's number out of range", text("5."), salesrhythm.Stages, "", salesrhythm.CodeNotInList},
		{"part of a word is not its start", text("Tan"), salesrhythm.Stages, "", salesrhythm.CodeNotInList},
		{"an unnumbered choice is read by its start, with a note", text("Client"), choices, "visit", salesrhythm.CodeReadAsChoice},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, p := importer.ParseChoice(tt.cell, tt.choices)
			if got != tt.want || code(p) != tt.code {
				t.Errorf("ParseChoice(%+v) = %q, %v; want %q, %q", tt.cell, got, p, tt.want, tt.code)
			}
		})
	}
}

func TestParsePersonIDs(t *testing.T) {
	tests := []struct {
		name string
		raw  string
		want []string
	}{
		{"blank", "", nil},
		{"one ID", "M-001", []string{"M-001"}},
		{"commas", "M-001, M-002", []string{"M-001", "M-002"}},
		{"semicolons and line breaks", "M-001;M-002\nM-003\r\nM-004", []string{"M-001", "M-002", "M-003", "M-004"}},
		{"drop-down form with an em dash", "M-001 — Anna Kovács, M-002 — Béla Nagy", []string{"M-001", "M-002"}},
		{"hyphen with spaces", "M-001 - Anna Kovács", []string{"M-001"}},
		{"en dash without spaces", "M-001–Anna Kovács", []string{"M-001"}},
		{"repeated ID once", "M-001, m-001 — Anna", []string{"M-001"}},
		{"empty items dropped", "M-001,, ;", []string{"M-001"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := importer.ParsePersonIDs(text(tt.raw)); !slices.Equal(got, tt.want) {
				t.Errorf("ParsePersonIDs(%q) = %q; want %q", tt.raw, got, tt.want)
			}
		})
	}
}

func TestParsePersonID(t *testing.T) {
	for raw, want := range map[string]string{
		"M-001":               "M-001",
		" M-001 — Anna ":      "M-001",
		"M-001 - Anna Kovács": "M-001",
		"":                    "",
	} {
		if got := importer.ParsePersonID(text(raw)); got != want {
			t.Errorf("ParsePersonID(%q) = %q; want %q", raw, got, want)
		}
	}
	if got := importer.ParsePersonID(number("1001")); got != "1001" {
		t.Errorf("ParsePersonID(number 1001) = %q; want 1001", got)
	}
}

func TestText(t *testing.T) {
	tests := []struct {
		name string
		cell importer.Cell
		want string
	}{
		{"trimmed", text("  Acme Kft. \n"), "Acme Kft."},
		{"phone number keeps its digits", number("36301234567"), "36301234567"},
		{"stored exponent written out", number("3.6301234567E+10"), "36301234567"},
		{"decimal kept as stored", number("0.1"), "0.1"},
		{"text with an e is kept", text("1e5"), "1e5"},
		{"formula without a value is empty", uncalculated, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := importer.Text(tt.cell); got != tt.want {
				t.Errorf("Text(%+v) = %q; want %q", tt.cell, got, tt.want)
			}
		})
	}
}

func TestBlank(t *testing.T) {
	for _, tt := range []struct {
		cell importer.Cell
		want bool
	}{
		{text(""), true},
		{text(" \t"), true},
		{text("x"), false},
		{number("0"), false},
		{uncalculated, false},
	} {
		if got := tt.cell.Blank(); got != tt.want {
			t.Errorf("%+v.Blank() = %v; want %v", tt.cell, got, tt.want)
		}
	}
}

func ExampleParseDate() {
	for _, raw := range []string{"2026. 11. 03.", "31.13.2026", "3/11/2026", "03.11.26"} {
		d, p := importer.ParseDate(importer.Cell{Raw: raw})
		if p != nil {
			fmt.Printf("%s: %s\n", p.Code, p.Msg)
			continue
		}
		fmt.Println(d)
	}
	// Output:
	// 2026-11-03
	// not-a-date: "31.13.2026" is not a date
	// ambiguous-date: "3/11/2026" is ambiguous: write it as 2026-11-03 or 2026-03-11
	// ambiguous-date: "03.11.26" is ambiguous: write the year in full
}

func ExampleParseNumber() {
	for _, c := range []importer.Cell{
		{Raw: "1.234.567 Ft"},
		{Raw: "12,5"},
		{Raw: "#REF!"},
		{Formula: true},
	} {
		v, p := importer.ParseNumber(c)
		if p != nil {
			fmt.Printf("%s: %s\n", p.Code, p.Msg)
			continue
		}
		fmt.Println(strconv.FormatFloat(v, 'f', -1, 64))
	}
	// Output:
	// 1234567
	// 12.5
	// not-a-number: "#REF!" is not a number
	// formula-without-value: the formula has no value: open the file in Excel or LibreOffice and save it again
}

func ExampleParseChoice() {
	_, p := importer.ParseChoice(importer.Cell{Raw: "Lunch"}, salesrhythm.CallTypes)
	fmt.Printf("%s: %s\n", p.Code, p.Text.En)
	fmt.Printf("%s: %s\n", p.Code, p.Text.Hu)
	// Output:
	// not-in-list: "Lunch" is not in the list: Cold, Follow-up, Incoming, Existing client
	// not-in-list: „Lunch” nem szerepel a listában; választható: Hideghívás, Visszahívás, Bejövő hívás, Meglévő ügyfél
}

// TestParseDateAgreesWithExcelize checks the serial arithmetic against
// excelize's own conversion, in both date systems.
func TestParseDateAgreesWithExcelize(t *testing.T) {
	for serial := 61; serial <= 2950000; serial += 997 {
		for _, date1904 := range []bool{false, true} {
			raw := strconv.Itoa(serial)
			got, p := importer.ParseDate(importer.Cell{Raw: raw, Numeric: true, DateFmt: true, Date1904: date1904})
			want, err := excelize.ExcelDateToTime(float64(serial), date1904)
			if err != nil || p != nil || got != salesrhythm.DateOf(want) {
				t.Fatalf("ParseDate(%s, 1904=%v) = %v, %v; excelize says %v, %v", raw, date1904, got, p, want, err)
			}
		}
	}
}
