package importer

import (
	"maps"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"salesrhythm"
	"salesrhythm/schema"
)

// Problem is why a cell or a file cannot be read: a code from the finding
// vocabulary and a short plain message that quotes what was found, e.g.
// `"31.13.2026" is not a date`, in every locale (Text) and in English
// (Msg). The caller adds the place.
type Problem struct {
	Code salesrhythm.Code
	Msg  string
	Text salesrhythm.Text
}

// problem makes a Problem from the catalogue's message whose English
// format is format (texts.go).
func problem(code salesrhythm.Code, format string, args ...any) *Problem {
	t := salesrhythm.Tr(format, args...)
	return &Problem{Code: code, Msg: t.En, Text: t}
}

// Cell is one cell as the reader found it in the sheet XML, read with
// excelize's RawCellValue so that no number format has been applied.
type Cell struct {
	// Raw is the stored value: a number as its decimal text, a string as
	// its text, a boolean as 1 or 0, an error as its text (#REF!).
	Raw string
	// Numeric is set when the value is stored as a number: t="n" (as
	// LibreOffice writes it) or no t at all (as Excel and excelize do).
	Numeric bool
	// DateFmt is set when the cell holds a date or a time: stored as one
	// (t="d", an .ods date or time) or a number its format shows as one.
	DateFmt bool
	// Formula is set when the cell has a formula; Raw is then its cached
	// value, "" when the formula was never calculated.
	Formula bool
	// Date1904 is set when the workbook counts dates from 1904.
	Date1904 bool
}

// Blank reports whether c holds nothing: no text and no formula waiting for
// a value. The parsers return the zero value without a problem for a blank
// cell; whether it may be blank is the caller's business.
func (c Cell) Blank() bool { return !c.Formula && strings.TrimSpace(c.Raw) == "" }

// Text returns the cell's text with surrounding space trimmed. A number keeps
// the digits it was stored with: a phone number 36301234567 stays that, and
// only a stored exponent (3.6301234567E+10) is written out in full.
func Text(c Cell) string {
	s := strings.TrimSpace(c.Raw)
	if c.Numeric && strings.ContainsAny(s, "eE") {
		if v, err := strconv.ParseFloat(s, 64); err == nil && finite(v) {
			return strconv.FormatFloat(v, 'f', -1, 64)
		}
	}
	return s
}

// value returns c's text, or a problem for a formula that was never
// calculated.
func value(c Cell) (string, *Problem) {
	if c.Formula && c.Raw == "" {
		return "", problem(salesrhythm.CodeFormulaNoValue,
			"the formula has no value: open the file in Excel or LibreOffice and save it again")
	}
	return Text(c), nil
}

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

// simplify returns s in lower case with every kind of space, no-break ones
// too, as a plain space, so that the patterns need match only that.
func simplify(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return ' '
		}
		return unicode.ToLower(r)
	}, s)
}

// Excel day serials run from 1 (1900-01-01) to 2958465 (9999-12-31).
const maxSerial = 2958465

// bareDatesFrom is the first year a number without a date format is taken
// for: a smaller number in a date column is far likelier a day, a year or a
// count typed in the wrong place (2026 would be 1905-07-18) than a lost
// date format.
const bareDatesFrom = 1950

var (
	// 2026-11-03, 2026.11.03., 2026. 11. 03., 2026/11/03
	yearFirst = regexp.MustCompile(`^(\d{4})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})\.?$`)
	// 03.11.2026: with dots the day comes first (European)
	dayFirst = regexp.MustCompile(`^(\d{1,2})\s*\.\s*(\d{1,2})\s*\.\s*(\d{2}|\d{4})\.?$`)
	// 3/11/2026 or 11/3/2026, also with dashes: the order is unknown
	slashed = regexp.MustCompile(`^(\d{1,2})\s*[/-]\s*(\d{1,2})\s*[/-]\s*(\d{2}|\d{4})$`)
	// a date followed by a time, perhaps with a zone, which is ignored:
	// 2026-11-03T09:30:00, 2026-11-03T09:30:00+01:00, 2026-11-03 09:30
	dateTime = regexp.MustCompile(`^(.+?)(?:t|\s+)(\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[ap]\.?\s*m\.?)?)(?:z|[+-]\d{2}:?\d{2})?$`)
	// a plain decimal number typed as text
	plainNumber = regexp.MustCompile(`^\d+(?:\.\d+)?$`)
)

// ParseDate reads a date: an Excel day serial (1900 or 1904 system; a time
// of day is dropped) or a date typed as text in a common form — 2026-11-03,
// 2026.11.03., 2026. 11. 03., 03.11.2026 (day first), 3 Nov 2026,
// Nov 3, 2026, 2026. november 3., with an optional time after it.
//
// A date with slashes or dashes and both numbers 12 or less (3/11/2026)
// reads two ways and gets an ambiguous-date problem, and so does a two-digit
// year (03.11.26 is 3 November 2026 day first, but 2003-11-26 in the
// Hungarian year-first order). 20261103 is not taken for a date. A number
// without a date format counts as a serial only from 1950 on.
func ParseDate(c Cell) (salesrhythm.Date, *Problem) {
	s, p := value(c)
	if p != nil || s == "" {
		return salesrhythm.Date{}, p
	}
	if c.Numeric || plainNumber.MatchString(s) && !shortNumeric.MatchString(s) {
		// Typed as text, 11.13 is a day and a month (ParseDateIn), not
		// the serial 11.13.
		v, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return notDate(s)
		}
		return serialDate(s, v, c.DateFmt, c.Date1904)
	}
	lower := simplify(s)
	if m := dateTime.FindStringSubmatch(lower); m != nil {
		if _, ok := clockText(m[2]); !ok {
			return notDate(s)
		}
		lower = m[1]
	}
	return textDate(s, lower)
}

// shortNumeric is a day and a month without a year, in either order:
// 12.03., 12. 03., 3/12, 12-03.
var shortNumeric = regexp.MustCompile(`^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*\.?$`)

// ParseDateIn reads a date as ParseDate does, and also, knowing that the
// cell belongs to a workbook for period p (a week, or a month for the
// monthly kinds) and a column whose days lie where reach says against it, a
// date as people type it when the year goes without saying: a day and a
// month in either order (12.03., 12. 03., 3/12) or with the month's name
// (dec. 3., december 3., 3 Dec, Dec 3); and a date that ParseDate finds
// ambiguous (3/11/2026, 03.11.26).
//
// It reads the day those can mean within the column's reach (the period
// for the row's own date; up to a year after it, or three months before
// it, for a next contact or a due date; a year before it for a first
// contact), the one nearest the period
// when it is at most half as far as the next nearest; otherwise the problem
// names the days it can mean.
func ParseDateIn(c Cell, p salesrhythm.Period, reach schema.Reach) (salesrhythm.Date, *Problem) {
	d, prob := ParseDate(c)
	if prob == nil || c.Numeric || prob.Code != salesrhythm.CodeNotADate && prob.Code != salesrhythm.CodeAmbiguousDate {
		return d, prob
	}
	s := Text(c)
	span := reach.Span(p)
	readings := readingsOf(simplify(s), span)
	if len(readings) == 0 {
		return d, prob
	}
	var fit []salesrhythm.Date
	for _, r := range readings {
		if span.Contains(r) {
			fit = append(fit, r)
		}
	}
	slices.SortStableFunc(fit, func(a, b salesrhythm.Date) int { return daysOutside(a, p) - daysOutside(b, p) })
	if len(fit) == 1 || len(fit) > 1 && 2*daysOutside(fit[0], p) < daysOutside(fit[1], p) {
		other := slices.DeleteFunc(slices.Clone(readings), func(r salesrhythm.Date) bool { return r == fit[0] || daysOutside(r, p) > 31 })
		if numericDay(s) && len(other) > 0 {
			// 12.11 in the week of 9 November: the 12th of November,
			// said, since it could be 11 December, a month off. 12.03
			// in December's first week is the 3rd: March is far.
			return fit[0], problem(salesrhythm.CodeReadAsDate, "%q is read as %s, the day it can mean nearest the workbook's period; %s is the other: write the date in full if that was meant", s, fit[0], salesrhythm.Or(other...))
		}
		return fit[0], nil
	}
	where := salesrhythm.Tr("in the workbook's period %s", p)
	switch reach {
	case schema.Ahead:
		where = salesrhythm.Tr("between three months before and a year after the workbook's period %s", p)
	case schema.Behind:
		where = salesrhythm.Tr("in the year up to the end of the workbook's period %s", p)
	}
	names := readings
	if len(fit) == 0 {
		switch {
		case len(names) == 1 && reach == schema.Within:
			return salesrhythm.Date{}, problem(salesrhythm.CodeAmbiguousDate,
				"%q would be %s, which is not %s: correct the date, or move a row of another week or month to its workbook", s, names[0], where)
		case len(names) == 1:
			return salesrhythm.Date{}, problem(salesrhythm.CodeAmbiguousDate,
				"%q has no year, and %s is not %s: write the date in full", s, names[0], where)
		}
		return salesrhythm.Date{}, problem(salesrhythm.CodeAmbiguousDate,
			"%q can mean %s, none of them %s: write the date in full", s, salesrhythm.Or(names...), where)
	}
	slices.SortFunc(fit, salesrhythm.Date.Compare)
	return salesrhythm.Date{}, problem(salesrhythm.CodeAmbiguousDate,
		"%q can mean %s, all %s: write the date in full", s, salesrhythm.Or(fit...), where)
}

// numericDay reports whether s gives its day and month as numbers only
// (12.11, 3/12, 03.11.26), which can be read in either order.
func numericDay(s string) bool {
	return !strings.ContainsFunc(s, unicode.IsLetter)
}

// daysOutside is how many days d lies outside p, 0 within it.
func daysOutside(d salesrhythm.Date, p salesrhythm.Period) int {
	switch {
	case d.Before(p.Start):
		return d.DaysUntil(p.Start)
	case d.After(p.End):
		return p.End.DaysUntil(d)
	}
	return 0
}

// readingsOf returns the days a date typed without a year, or ambiguously,
// can mean, in the years of p, in order and each once.
func readingsOf(lower string, p salesrhythm.Period) []salesrhythm.Date {
	if m := dateTime.FindStringSubmatch(lower); m != nil {
		if _, ok := clockText(m[2]); ok {
			lower = m[1]
		}
	}
	var years []int
	for y := p.Start.Year(); y <= p.End.Year(); y++ {
		years = append(years, y)
	}
	var out []salesrhythm.Date
	add := func(y, m, d int) {
		if date, prob := calendarDate("", y, m, d); prob == nil && !slices.Contains(out, date) {
			out = append(out, date)
		}
	}
	switch m := shortNumeric.FindStringSubmatch(lower); {
	case m != nil:
		a, b := atoi(m[1]), atoi(m[2])
		for _, y := range years {
			add(y, a, b) // the Hungarian order: month, day
			add(y, b, a) // day, month
		}
	case dayFirst.MatchString(lower):
		// 03.11.26: 3 November 2026 day first, or 2003-11-26 year first
		m := dayFirst.FindStringSubmatch(lower)
		if a, b, y := atoi(m[1]), atoi(m[2]), atoi(m[3]); len(m[3]) == 2 {
			add(2000+y, b, a)
			add(2000+a, b, y)
		}
	case slashed.MatchString(lower):
		// 3/11/2026 or 3/11/26: day first or month first
		m := slashed.FindStringSubmatch(lower)
		a, b, y := atoi(m[1]), atoi(m[2]), atoi(m[3])
		if len(m[3]) == 2 {
			y += 2000
		}
		add(y, b, a)
		add(y, a, b)
	default:
		if month, day, ok := namedMonthDay(lower); ok {
			for _, y := range years {
				add(y, month, day)
			}
		}
	}
	slices.SortFunc(out, salesrhythm.Date.Compare)
	return out
}

// namedMonthDay reads a day and a month's name without a year, in either
// order: dec. 3., december 3., 3 dec, 3. december.
func namedMonthDay(lower string) (m, d int, ok bool) {
	words := strings.FieldsFunc(lower, func(r rune) bool {
		return strings.ContainsRune(" .,-/", r)
	})
	if len(words) != 2 {
		return 0, 0, false
	}
	for _, w := range words {
		switch {
		case !isDigits(w):
			m = month(w)
		case len(w) <= 2:
			d = atoi(w)
		}
	}
	return m, d, m != 0 && d != 0
}

// choiceList is the labels of a closed set for a sentence, in the
// reader's language.
func choiceList(labels []salesrhythm.Text) salesrhythm.List { return salesrhythm.Join(labels...) }

func notDate(raw string) (salesrhythm.Date, *Problem) {
	return salesrhythm.Date{}, problem(salesrhythm.CodeNotADate, "%q is not a date", raw)
}

func serialDate(raw string, v float64, dateFmt, date1904 bool) (salesrhythm.Date, *Problem) {
	if !(v >= 1 && v <= maxSerial) {
		return notDate(raw)
	}
	day := int(v)
	var d salesrhythm.Date
	switch {
	case date1904:
		d = salesrhythm.D(1904, time.January, 1+day)
	case day == 60:
		return salesrhythm.Date{}, problem(salesrhythm.CodeNotADate,
			"%q is not a date: it is Excel's 29 February 1900, a day that never was", raw)
	case day < 60:
		d = salesrhythm.D(1899, time.December, 31+day)
	default: // Excel counts the 29 February 1900 that never was
		d = salesrhythm.D(1899, time.December, 30+day)
	}
	if d.Year() > 9999 || !dateFmt && d.Year() < bareDatesFrom {
		return notDate(raw)
	}
	return d, nil
}

// textDate reads a date typed as text; lower is raw in lower case, without
// a trailing time.
func textDate(raw, lower string) (salesrhythm.Date, *Problem) {
	if m := yearFirst.FindStringSubmatch(lower); m != nil {
		return calendarDate(raw, atoi(m[1]), atoi(m[2]), atoi(m[3]))
	}
	if m := dayFirst.FindStringSubmatch(lower); m != nil {
		if len(m[3]) == 2 {
			return twoDigitYear(raw)
		}
		return calendarDate(raw, atoi(m[3]), atoi(m[2]), atoi(m[1]))
	}
	if m := slashed.FindStringSubmatch(lower); m != nil {
		if len(m[3]) == 2 {
			return twoDigitYear(raw)
		}
		a, b, y := atoi(m[1]), atoi(m[2]), atoi(m[3])
		dayMonth, p := calendarDate(raw, y, b, a)
		monthDay, q := calendarDate(raw, y, a, b)
		switch {
		case p == nil && q == nil && dayMonth != monthDay:
			return salesrhythm.Date{}, problem(salesrhythm.CodeAmbiguousDate,
				"%q is ambiguous: write it as %s or %s", raw, dayMonth, monthDay)
		case p == nil:
			return dayMonth, nil
		}
		return monthDay, q
	}
	if y, m, d, ok := namedMonthDate(lower); ok {
		return calendarDate(raw, y, m, d)
	}
	return notDate(raw)
}

func twoDigitYear(raw string) (salesrhythm.Date, *Problem) {
	return salesrhythm.Date{}, problem(salesrhythm.CodeAmbiguousDate,
		"%q is ambiguous: write the year in full", raw)
}

// calendarDate checks that y-m-d is a real day Excel can hold.
func calendarDate(raw string, y, m, d int) (salesrhythm.Date, *Problem) {
	date := salesrhythm.Date{Y: int16(y), M: uint8(m), D: uint8(d)}
	if y < 1900 || y > 9999 || salesrhythm.D(y, time.Month(m), d) != date {
		return notDate(raw)
	}
	return date, nil
}

// monthNames are the months in English and Hungarian, without accents; a
// month is named by any prefix of three letters or more.
var monthNames = [12][2]string{
	{"january", "januar"}, {"february", "februar"}, {"march", "marcius"},
	{"april", "aprilis"}, {"may", "majus"}, {"june", "junius"},
	{"july", "julius"}, {"august", "augusztus"}, {"september", "szeptember"},
	{"october", "oktober"}, {"november", "november"}, {"december", "december"},
}

func month(word string) int {
	word = foldAccents.Replace(word)
	if len(word) < 3 {
		return 0
	}
	for i, names := range monthNames {
		for _, name := range names {
			if strings.HasPrefix(name, word) {
				return i + 1
			}
		}
	}
	return 0
}

// namedMonthDate reads a day, a month name and a four-digit year in any
// order: 3 nov 2026, nov 3, 2026, 2026. november 3., 3-nov-2026.
func namedMonthDate(lower string) (y, m, d int, ok bool) {
	words := strings.FieldsFunc(lower, func(r rune) bool {
		return strings.ContainsRune(" .,-/", r)
	})
	if len(words) != 3 {
		return 0, 0, 0, false
	}
	for _, w := range words {
		switch {
		case !isDigits(w):
			if m != 0 {
				return 0, 0, 0, false
			}
			m = month(w)
		case len(w) == 4:
			y = atoi(w)
		case len(w) <= 2:
			d = atoi(w)
		}
	}
	return y, m, d, y != 0 && m != 0 && d != 0
}

func isDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// atoi converts digits the patterns have already checked.
func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// 9:00, 09.00, 9h30, 9:00:00, 2:30 pm, 2:30 p.m.
var clockPattern = regexp.MustCompile(`^(\d{1,2})(?:\s*[:.h]\s*(\d{2})(?:\s*[:.]\s*(\d{2})(?:[.,]\d+)?)?)?(?:\s*([ap])\.?\s*m\.?)?$`)

// hourWords is a time of day said with the word for hours, as Hungarians
// write it: 14 óra, 14 órakor, 14 óra 30, 14 ó 30 p, 14h.
var hourWords = regexp.MustCompile(`^(\d{1,2})\s*(?:óra(?:kor)?|ora(?:kor)?|ó|h)\.?(?:\s*(\d{1,2})\s*(?:perc(?:kor)?|p|min)?\.?)?$`)

// ParseTime reads a time of day, rounded to the nearest minute: 9:00, 09.00,
// 9h30, 9:00:00, 9:00 AM, 2:30 pm, 14 óra, 14 óra 30; or a day fraction (0.375 is 09:00), of
// which a date-time keeps only the time. A number between 1 and 24 without
// a date format is hours as typed: 9 is 09:00 and 9.3 is 09:30, since that
// is what 9.30 becomes in a General cell. A date with no time is not a time.
func ParseTime(c Cell) (salesrhythm.Clock, *Problem) {
	s, p := value(c)
	if p != nil || s == "" {
		return salesrhythm.NoClock, p
	}
	if !c.Numeric {
		lower := simplify(s)
		if clk, ok := clockText(lower); ok {
			return clk, nil
		}
		if m := hourWords.FindStringSubmatch(lower); m != nil && atoi(m[1]) < 24 && atoi(m[2]) < 60 {
			return salesrhythm.At(atoi(m[1]), atoi(m[2])), nil
		}
		if m := dateTime.FindStringSubmatch(lower); m != nil {
			if clk, ok := clockText(m[2]); ok {
				if _, p := textDate(s, m[1]); p == nil {
					return clk, nil
				}
			}
		}
		if !plainNumber.MatchString(s) {
			return notTime(s)
		}
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || !finite(v) || v < 0 {
		return notTime(s)
	}
	whole := v == math.Trunc(v)
	switch {
	case c.DateFmt && v >= 1 && whole:
		if d, p := serialDate(s, v, true, c.Date1904); p == nil {
			return salesrhythm.NoClock, problem(salesrhythm.CodeNotATime, "%q is a date (%s), not a time", s, d)
		}
		return notTime(s)
	case c.DateFmt || v < 1 || v >= 24 && !whole:
		frac := v - math.Floor(v)
		return salesrhythm.Clock(int(math.Round(frac*24*60)) % (24 * 60)), nil
	case v < 24:
		return hoursAsTyped(s)
	}
	return notTime(s)
}

func notTime(raw string) (salesrhythm.Clock, *Problem) {
	return salesrhythm.NoClock, problem(salesrhythm.CodeNotATime, "%q is not a time", raw)
}

// clockText reads a time typed as text, in lower case. Seconds round to the
// nearest minute, and 23:59:30 to 00:00.
func clockText(lower string) (salesrhythm.Clock, bool) {
	m := clockPattern.FindStringSubmatch(lower)
	if m == nil || m[2] == "" && m[4] == "" {
		return salesrhythm.NoClock, false
	}
	h, min, sec := atoi(m[1]), atoi(m[2]), atoi(m[3])
	if m[4] != "" {
		if h < 1 || h > 12 {
			return salesrhythm.NoClock, false
		}
		h %= 12
		if m[4] == "p" {
			h += 12
		}
	}
	if h > 23 || min > 59 || sec > 59 {
		return salesrhythm.NoClock, false
	}
	if sec >= 30 {
		min++
	}
	return salesrhythm.Clock((h*60 + min) % (24 * 60)), true
}

// hoursAsTyped reads a number below 24 as hours and minutes: 9, 9.3 (typed
// 9.30), 9.05.
func hoursAsTyped(raw string) (salesrhythm.Clock, *Problem) {
	h, min, _ := strings.Cut(raw, ".")
	if len(min) > 2 {
		return notTime(raw)
	}
	for len(min) < 2 {
		min += "0"
	}
	if atoi(min) > 59 {
		return notTime(raw)
	}
	return salesrhythm.At(atoi(h), atoi(min)), nil
}

const currency = `huf|ft\.?|forint|eur|euró|euro|usd|gbp|[€$£]`

// numberPattern is an optional sign and currency, digits with separators
// and an optional currency: -5, € 1 200, HUF 12 000, 12 500 Ft, 1.234,56.
var numberPattern = regexp.MustCompile(`^([-−+]?) *(?:(?:` + currency + `) *)?([-−+]?) *(\d(?:[\d., ]*\d)?) *(?:` + currency + `)?$`)

// ParseNumber reads a number: a stored number as it is, or a number typed as
// text with spaces (also no-break ones) between thousands, a currency (Ft,
// HUF, EUR, €, USD, $, GBP, £) before or after, a sign or accounting
// parentheses for a negative: 12 500 Ft, € 1 200, (5).
//
// A decimal comma or point is told from a thousands separator thus: with
// both, the last one is the decimal separator (1.234,56 and 1,234.56); one
// kind repeated separates thousands (1.234.567); with spaces between
// thousands, a single one is the decimal separator (12 500,5); otherwise a
// single one followed by exactly three digits, after one to three digits
// other than 0, separates thousands, since Hungarians write 1.234 and
// English speakers 1,234 for one thousand two hundred and thirty-four; any
// other single one is the decimal separator (12,5 and 0,125). Thousands
// come in groups of three.
func ParseNumber(c Cell) (float64, *Problem) {
	s, p := value(c)
	if p != nil || s == "" {
		return 0, p
	}
	if c.Numeric {
		v, err := strconv.ParseFloat(s, 64)
		if err != nil || !finite(v) {
			return notNumber(s)
		}
		return v, nil
	}
	t := simplify(s)
	negative := strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")")
	if negative {
		t = strings.TrimSpace(t[1 : len(t)-1])
	}
	m := numberPattern.FindStringSubmatch(t)
	if m == nil || m[1] != "" && m[2] != "" || negative && m[1]+m[2] != "" {
		return notNumber(s)
	}
	digits, ok := decimal(m[3])
	if !ok {
		return notNumber(s)
	}
	v, err := strconv.ParseFloat(digits, 64)
	if err != nil || !finite(v) {
		return notNumber(s)
	}
	if negative || m[1]+m[2] == "-" || m[1]+m[2] == "−" {
		v = -v
	}
	return v, nil
}

func notNumber(raw string) (float64, *Problem) {
	return 0, problem(salesrhythm.CodeNotANumber, "%q is not a number", raw)
}

// thousands splits the whole part of a number into its groups.
var thousands = regexp.MustCompile(`[.,]| +`)

// decimal turns digits with thousands and decimal separators into the form
// strconv reads, or reports that they do not follow ParseNumber's rules.
func decimal(s string) (string, bool) {
	whole, frac := s, ""
	if point := decimalPoint(s); point != "" {
		i := strings.LastIndex(s, point)
		whole, frac = s[:i], "."+s[i+1:]
		if !isDigits(frac[1:]) || strings.Contains(whole, point) {
			return "", false
		}
	}
	groups := thousands.Split(whole, -1)
	for i, g := range groups {
		if !isDigits(g) || len(groups) > 1 && (i == 0 && len(g) > 3 || i > 0 && len(g) != 3) {
			return "", false
		}
	}
	return strings.Join(groups, "") + frac, true
}

// decimalPoint returns the decimal separator of s by ParseNumber's rules, or
// "" when s is a whole number.
func decimalPoint(s string) string {
	dot, comma := strings.LastIndex(s, "."), strings.LastIndex(s, ",")
	switch {
	case dot >= 0 && comma >= 0:
		return s[max(dot, comma) : max(dot, comma)+1]
	case dot < 0 && comma < 0:
		return ""
	}
	sep := s[max(dot, comma) : max(dot, comma)+1]
	whole, frac, _ := strings.Cut(s, sep)
	if strings.Count(s, sep) > 1 ||
		!strings.Contains(s, " ") && len(frac) == 3 && len(whole) <= 3 && whole != "0" {
		return ""
	}
	return sep
}

// ParseMoney reads an amount as ParseNumber does, also in thousands or
// millions as people write them: 450e, 450 eFt, 450k, 1,5 M, 1,5 MFt,
// 1,2 millió Ft, 2 mrd, 1.5 million. A negative amount is a problem.
func ParseMoney(c Cell) (float64, *Problem) {
	v, p := ParseNumber(c)
	if p != nil && !c.Numeric {
		if m := scaled.FindStringSubmatch(simplify(strings.TrimSpace(c.Raw))); m != nil {
			if n, q := ParseNumber(Cell{Raw: m[1]}); q == nil {
				v, p = math.Round(n*scales[m[2]]*100)/100, nil
			}
		}
	}
	if p == nil && v < 0 {
		return 0, negative(c)
	}
	return v, p
}

// scales are the words and letters for thousands, millions and billions
// after an amount, in lower case.
var scales = map[string]float64{
	"e": 1e3, "ezer": 1e3, "k": 1e3, "thousand": 1e3,
	"m": 1e6, "mio": 1e6, "millió": 1e6, "million": 1e6, "mn": 1e6,
	"mrd": 1e9, "milliárd": 1e9, "bn": 1e9, "billion": 1e9,
}

// scaled is an amount with one of the scales after it, then perhaps a
// currency: the number (with any currency before it) and the scale.
var scaled = regexp.MustCompile(`^(.*\d) *(` + strings.Join(slices.Sorted(maps.Keys(scales)), "|") + `) *(?:` + currency + `)?$`)

// maxCount is far above any count a person types, and far below where a
// float64 stops holding whole numbers exactly.
const maxCount = 1e9

// ParseCount reads a whole number of zero or more: 12, 12.0, 1 200, and
// with the Hungarian word for pieces, 12 db. A negative number or a
// fraction is a problem.
func ParseCount(c Cell) (int, *Problem) {
	v, p := ParseNumber(c)
	if p != nil && !c.Numeric {
		if n, ok := strings.CutSuffix(strings.TrimSuffix(simplify(strings.TrimSpace(c.Raw)), "."), "db"); ok && n != "" {
			if w, q := ParseNumber(Cell{Raw: n}); q == nil {
				v, p = w, nil
			}
		}
	}
	switch {
	case p != nil:
		return 0, p
	case v < 0:
		return 0, negative(c)
	case math.Abs(v-math.Round(v)) > 1e-9:
		return 0, problem(salesrhythm.CodeNotANumber, "%q is not a whole number", Text(c))
	case v > maxCount:
		return 0, problem(salesrhythm.CodeNotANumber, "%q is too large for a count", Text(c))
	}
	return int(math.Round(v)), nil
}

// ParseMinutes reads a length in minutes as ParseCount reads a count, or
// with its units as people type it: 45 perc, 45 p, 45 min, 1 óra, 1,5 óra,
// 1 h 30 min, 1 óra 30 perc, 1:30. A time a spreadsheet made of 1:30 (a
// number under a day in a time format) is its minutes too.
func ParseMinutes(c Cell) (int, *Problem) {
	if c.Numeric && c.DateFmt {
		if v, err := strconv.ParseFloat(c.Raw, 64); err == nil && v > 0 && v < 1 {
			return int(math.Round(v * 24 * 60)), nil
		}
	}
	n, p := ParseCount(c)
	if p == nil || c.Numeric || c.Formula {
		return n, p
	}
	t := simplify(strings.TrimSpace(c.Raw))
	if rest, minus := strings.CutPrefix(t, "-"); minus && strings.TrimSpace(rest) != "" {
		if _, q := ParseMinutes(Cell{Raw: rest}); q == nil {
			return 0, negative(c) // a length read, with a minus
		}
	}
	if m := clockLength.FindStringSubmatch(t); m != nil {
		return atoi(m[1])*60 + atoi(m[2]), nil
	}
	if m := lengthPattern.FindStringSubmatch(t); m != nil && (m[1] != "" || m[2] != "") {
		hours, _ := strconv.ParseFloat(strings.Replace(m[1], ",", ".", 1), 64)
		total := hours*60 + float64(atoi(m[2]))
		if math.Abs(total-math.Round(total)) < 1e-9 && total <= maxCount {
			return int(math.Round(total)), nil
		}
	}
	return n, p
}

var (
	// 1:30, hours and minutes
	clockLength = regexp.MustCompile(`^(\d{1,2}):([0-5]\d)$`)
	// 1,5 óra, 1 h 30 min, 45 perc: hours, then minutes, each perhaps absent
	lengthPattern = regexp.MustCompile(`^(?:(\d+(?:[.,]\d+)?) *(?:h|ó|óra|ora|hour|hours|hr|hrs)\.?)? *(?:(\d+) *(?:m|min|mins|minute|minutes|p|perc|')\.?)?$`)
)

func negative(c Cell) *Problem {
	return problem(salesrhythm.CodeNegative, "%q is negative", Text(c))
}

// answers are the yes/no spellings, without spaces and in lower case.
var answers = map[string]salesrhythm.Answer{
	"y": salesrhythm.Yes, "yes": salesrhythm.Yes, "igen": salesrhythm.Yes, "i": salesrhythm.Yes,
	"x": salesrhythm.Yes, "✓": salesrhythm.Yes, "✔": salesrhythm.Yes, "☑": salesrhythm.Yes,
	"true": salesrhythm.Yes, "1": salesrhythm.Yes,
	"n": salesrhythm.No, "no": salesrhythm.No, "nem": salesrhythm.No,
	"false": salesrhythm.No, "0": salesrhythm.No, "✗": salesrhythm.No, "✘": salesrhythm.No,
}

// hedges are the answers that are not a definite yes, which the method
// reads as NO (DOMAIN.md §5), as simplify leaves them.
var hedges = []string{"partly", "sometimes", "not always", "some of the staff", "részben", "néha", "nem mindig", "a munkatársak egy része"}

// ParseYesNo reads a yes/no cell: Y, yes, igen, I, x, ✓, ✔, ☑, true, 1
// (also a TRUE boolean) are yes; N, no, nem, false, 0, ✗, ✘ are no; blank
// is unanswered. Case and spaces do not matter, accents do. A hedge —
// partly, sometimes, not always, részben, néha, nem mindig — is not a
// definite yes, so it is NO, with a read-as-no problem to say so.
func ParseYesNo(c Cell) (salesrhythm.Answer, *Problem) {
	s, p := value(c)
	if p != nil || s == "" {
		return salesrhythm.Unanswered, p
	}
	key := strings.Map(func(r rune) rune {
		// U+FE0F asks for the emoji form of ✔ and ☑; it is not part of the answer.
		if unicode.IsSpace(r) || r == '\ufe0f' {
			return -1
		}
		return unicode.ToLower(r)
	}, s)
	if a, ok := answers[key]; ok {
		return a, nil
	}
	if slices.Contains(hedges, strings.Join(strings.Fields(simplify(s)), " ")) {
		return salesrhythm.No, problem(salesrhythm.CodeReadAsNo, "%q is read as NO: only a definite yes counts as YES", s)
	}
	return salesrhythm.Unanswered, problem(salesrhythm.CodeNotYesNo, "%q is not yes or no", s)
}

// ParseChoice reads one value of a closed set: a choice's key or its label
// in any locale, ignoring case and extra spaces, and then, if that finds
// nothing, ignoring accents too (Hivas for Hívás) when only one choice
// matches that way. A choice numbered in its label ("3 – Learning it, does
// it consciously") is also read as its number written as people write
// one ("3.", "3-as"), with or without the start of its text, or as the start
// of its text alone ("Tanulja") when no other choice's text starts so,
// punctuation aside ("tudja hogy nem tudja"). Last, the start of one
// choice's label alone, of three letters or more, is that choice
// ("Leendő" for "Leendő ügyfél", "Közép" for "Középvállalat"), with a
// read-as-choice problem to say so. It returns the choice's key.
func ParseChoice(c Cell, choices []salesrhythm.Choice) (string, *Problem) {
	s, p := value(c)
	if p != nil || s == "" {
		return "", p
	}
	idx := indexOf(choices)
	if keys := idx.exact[s]; len(keys) == 1 {
		return keys[0], nil
	}
	for i, norm := range []func(string) string{plain, unaccented} {
		if keys := idx.names[i][norm(s)]; len(keys) == 1 {
			return keys[0], nil
		}
	}
	if key, ok := numberedChoice(unaccented(s), choices); ok {
		return key, nil
	}
	if key, ok := startOfChoice(unaccented(s), choices); ok {
		label := choices[slices.IndexFunc(choices, func(ch salesrhythm.Choice) bool { return ch.Key == key })].Label
		return key, problem(salesrhythm.CodeReadAsChoice, "%q is read as %s, the one choice that starts so", s, label)
	}
	labels := make([]salesrhythm.Text, len(choices))
	for i, ch := range choices {
		labels[i] = ch.Label
	}
	return "", problem(salesrhythm.CodeNotInList, "%q is not in the list: %s", s, choiceList(labels))
}

// numbered splits a numbered label or a number as typed, unaccented and in
// lower case: "3 – tanulja, tudatosan csinalja", "3.", "3-as tanulja", "3)".
var numbered = regexp.MustCompile(`^(\d+)(?:-\pL{1,3}\b|\s*[.)–—-])?\s*(.*)$`)

// numberedChoice reads u, unaccented, as a numbered choice: its number, the
// start of its text after the number, or both; "" when none or two match.
func numberedChoice(u string, choices []salesrhythm.Choice) (string, bool) {
	typed := numbered.FindStringSubmatch(u)
	var found []string
	for _, ch := range choices {
		for _, l := range ch.Label.All() {
			label := numbered.FindStringSubmatch(unaccented(l))
			if label == nil || label[1] != ch.Key || label[2] == "" {
				continue // not a numbered label
			}
			text := loose(label[2])
			ok := false
			switch {
			case typed != nil:
				ok = typed[1] == ch.Key && startsWords(text, loose(typed[2]))
			default:
				ok = startsWords(text, loose(u))
			}
			if ok && !slices.Contains(found, ch.Key) {
				found = append(found, ch.Key)
			}
		}
	}
	if len(found) != 1 {
		return "", false
	}
	return found[0], true
}

// markedLabel is a label with a mark of up to three characters before a
// dash: "a – magas", "3 – tanulja, tudatosan csinalja".
var markedLabel = regexp.MustCompile(`^\S{1,3}\s*[–—-]\s*(.+)$`)

// startOfChoice reads u, unaccented, as the start of one choice's label in
// any locale, of three letters or more: "Leendő" for "Leendő ügyfél",
// "Közép" for "Középvállalat", or the whole words after a marked label's
// mark: "magas" for "A – magas"; "" when none or two start so.
func startOfChoice(u string, choices []salesrhythm.Choice) (string, bool) {
	if utf8.RuneCountInString(u) < 3 {
		return "", false
	}
	found := ""
	for _, ch := range choices {
		for _, l := range append(ch.Label.All(), ch.Former...) {
			l = unaccented(l)
			// Or a marked label's words after its mark: "magas" of "A – magas".
			m := markedLabel.FindStringSubmatch(l)
			if strings.HasPrefix(l, u) || m != nil && startsWords(loose(m[1]), loose(u)) {
				if found != "" && found != ch.Key {
					return "", false
				}
				found = ch.Key
			}
		}
	}
	return found, found != ""
}

// loose is s with its punctuation taken for spaces: "tudja hogy" for
// "tudja, hogy".
func loose(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }), " ")
}

// startsWords reports whether text starts with the whole words of start,
// which may be empty.
func startsWords(text, start string) bool {
	if !strings.HasPrefix(text, start) {
		return false
	}
	rest := text[len(start):]
	r, _ := utf8.DecodeRuneInString(rest)
	return start == "" || rest == "" || !unicode.IsLetter(r)
}

// choiceIndex maps a choice's key and labels, normalised plain and without
// accents, to the keys they name; a name that names two keys is ambiguous.
type choiceIndex struct {
	size  int                    // the set's length, to tell a grown set from its cache
	names [2]map[string][]string // by plain, then by unaccented name
	// exact holds, by each name exactly as it is written (as a drop-down
	// enters it), what names[0] holds for it: most cells are read without
	// normalising them.
	exact map[string][]string
}

// indexes caches the index of each closed set by its first element: the
// sets are the schema's and the configuration's, fixed for a run.
var indexes sync.Map // *salesrhythm.Choice → *choiceIndex

func indexOf(choices []salesrhythm.Choice) *choiceIndex {
	if len(choices) == 0 {
		return &choiceIndex{}
	}
	if v, ok := indexes.Load(&choices[0]); ok && v.(*choiceIndex).size == len(choices) {
		return v.(*choiceIndex)
	}
	idx := &choiceIndex{size: len(choices), exact: map[string][]string{}}
	// Each choice by its key, its labels and its former labels.
	names := make([][]string, len(choices))
	for j, ch := range choices {
		names[j] = append(append([]string{ch.Key}, ch.Label.All()...), ch.Former...)
	}
	for i, norm := range []func(string) string{plain, unaccented} {
		idx.names[i] = map[string][]string{}
		for j, ch := range choices {
			for _, n := range names[j] {
				if k := norm(n); n != "" && !slices.Contains(idx.names[i][k], ch.Key) {
					idx.names[i][k] = append(idx.names[i][k], ch.Key)
				}
			}
		}
	}
	for _, ns := range names {
		for _, n := range ns {
			if n != "" {
				idx.exact[n] = idx.names[0][plain(n)]
			}
		}
	}
	indexes.Store(&choices[0], idx)
	return idx
}

// plain is s in lower case with its spaces trimmed and collapsed.
func plain(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

func unaccented(s string) string { return foldAccents.Replace(plain(s)) }

// foldAccents takes the accents off the lower-case letters of Hungarian and
// its neighbours' languages.
var foldAccents = func() *strings.Replacer {
	var pairs []string
	for base, accented := range map[string]string{
		"a": "áàâäãåăą", "c": "çčć", "d": "ď", "e": "éèêëěę", "i": "íìîï",
		"l": "łľĺ", "n": "ñňń", "o": "óòôöõőø", "r": "řŕ", "s": "šśșş",
		"t": "ťțţ", "u": "úùûüűů", "y": "ýÿ", "z": "žźż",
	} {
		for _, r := range accented {
			pairs = append(pairs, string(r), base)
		}
	}
	return strings.NewReplacer(pairs...)
}()

// ParsePersonIDs reads a participants cell: IDs separated by commas,
// semicolons or line breaks, each alone or as the drop-down shows it,
// "M-001 — Anna Kovács". It returns each ID once, in the order given.
func ParsePersonIDs(c Cell) []string {
	var ids []string
	for _, item := range strings.FieldsFunc(Text(c), func(r rune) bool { return strings.ContainsRune(",;\n\r", r) }) {
		id := personID(item)
		if id != "" && !slices.ContainsFunc(ids, func(x string) bool { return salesrhythm.SameID(x, id) }) {
			ids = append(ids, id)
		}
	}
	return ids
}

// ParsePersonID reads a cell with one person: an ID alone or "M-001 — Anna
// Kovács".
func ParsePersonID(c Cell) string { return personID(Text(c)) }

// nameDash is where a name follows the ID: a dash, or a hyphen with a space
// beside it (the hyphen in M-001 has none).
var nameDash = regexp.MustCompile(`[—–]|\s-|-\s`)

func personID(s string) string {
	if i := nameDash.FindStringIndex(s); i != nil {
		s = s[:i[0]]
	}
	return strings.TrimSpace(s)
}
