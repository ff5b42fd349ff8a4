package salesrhythm

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Date is a calendar day without a time or a zone. The zero Date means "not
// given", which is how a blank or unreadable date cell reaches the analysis.
//
// A Date is four bytes, since a month of a large department holds millions
// of them: the year, the month and the day, read by Year, Month and Day.
type Date struct {
	Y int16
	M uint8
	D uint8
}

// Year returns the year of d.
func (d Date) Year() int { return int(d.Y) }

// Month returns the month of d.
func (d Date) Month() time.Month { return time.Month(d.M) }

// Day returns the day of the month of d.
func (d Date) Day() int { return int(d.D) }

// D builds a Date, normalising out-of-range days as time.Date does.
func D(year int, month time.Month, day int) Date {
	return DateOf(time.Date(year, month, day, 0, 0, 0, 0, time.UTC))
}

// DateOf returns the calendar day of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{int16(y), uint8(m), uint8(d)}
}

// ParseDate reads an ISO date, 2006-01-02, or one as Hungarians write it:
// 2006.01.02., 2006. 01. 02.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err == nil {
		return DateOf(t), nil
	}
	if m := dottedDate.FindStringSubmatch(s); m != nil {
		if t, err := time.Parse("2006-1-2", m[1]+"-"+m[2]+"-"+m[3]); err == nil {
			return DateOf(t), nil
		}
	}
	// A date of the right shape whose day the month does not have says so.
	if m := shapedDate.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		d, _ := strconv.Atoi(m[3])
		if month := (Month{y, time.Month(mo)}); mo >= 1 && mo <= 12 && d > month.Period().End.Day() {
			return Date{}, Errorf("%q is not a date: its month (%s) has only %d days", s, month, month.Period().End.Day())
		}
	}
	return Date{}, Errorf("%q is not a date (want YYYY-MM-DD, e.g. 2026-11-03)", s)
}

// shapedDate is a year, a month and a day as ISO or Hungarians write them.
var shapedDate = regexp.MustCompile(`^(\d{4})[-.]\s*(\d{1,2})[-.]\s*(\d{1,2})\.?$`)

// dottedDate and dottedMonth are a date and a month as Hungarians write
// them: 2026.11.03., 2026. 11. 03., 2026. 11.
var (
	dottedDate  = regexp.MustCompile(`^(\d{4})\.\s*(\d{1,2})\.\s*(\d{1,2})\.?$`)
	dottedMonth = regexp.MustCompile(`^(\d{4})\.\s*(\d{1,2})\.?$`)
)

// IsZero reports whether d is the zero Date, "not given".
func (d Date) IsZero() bool { return d == Date{} }

// Time returns midnight UTC of d.
func (d Date) Time() time.Time { return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC) }

// AddDays returns d moved by n days.
func (d Date) AddDays(n int) Date { return D(d.Year(), d.Month(), d.Day()+n) }

// Weekday returns the day of the week of d.
func (d Date) Weekday() time.Weekday { return d.Time().Weekday() }

// Before reports whether d is earlier than e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// After reports whether d is later than e.
func (d Date) After(e Date) bool { return d.Compare(e) > 0 }

// Compare returns -1, 0 or +1 as d is before, equal to or after e.
func (d Date) Compare(e Date) int {
	switch {
	case d.Year() != e.Year():
		return cmpInt(d.Year(), e.Year())
	case d.Month() != e.Month():
		return cmpInt(int(d.Month()), int(e.Month()))
	default:
		return cmpInt(d.Day(), e.Day())
	}
}

// DaysUntil returns the number of days from d to e (negative when e is earlier).
func (d Date) DaysUntil(e Date) int {
	return int(e.Time().Sub(d.Time()).Hours() / 24)
}

// Monday returns the Monday of d's week (weeks run Monday to Sunday).
func (d Date) Monday() Date {
	return d.AddDays(-((int(d.Weekday()) + 6) % 7))
}

// ISOWeek returns the ISO 8601 year and week number of d.
func (d Date) ISOWeek() (year, week int) { return d.Time().ISOWeek() }

// MonthOf returns the month d falls in.
func (d Date) MonthOf() Month { return Month{d.Year(), d.Month()} }

// String formats d as YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year(), int(d.Month()), d.Day())
}

// MarshalText writes d as YYYY-MM-DD.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads YYYY-MM-DD; an empty text is the zero Date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// Month is a calendar month, the unit of the monthly batch.
type Month struct {
	Year  int
	Month time.Month
}

// ParseMonth reads YYYY-MM, or YYYY. MM. as Hungarians write it.
func ParseMonth(s string) (Month, error) {
	t, err := time.Parse("2006-01", s)
	if m := dottedMonth.FindStringSubmatch(s); err != nil && m != nil {
		t, err = time.Parse("2006-1", m[1]+"-"+m[2])
	}
	if err != nil {
		if m, ok := namedMonth(s); ok {
			return m, nil
		}
		return Month{}, Errorf("%q is not a month (want YYYY-MM, e.g. 2026-11, or November 2026)", s)
	}
	return Month{t.Year(), t.Month()}, nil
}

// yearAndName is a year and a month's name in either order, as FormatMonth
// writes them and people type them: "2026. december", "2026. dec.",
// "December 2026", "Dec 2026".
var yearAndName = regexp.MustCompile(`^(?:(\d{4})\.?\s*(\pL+)\.?|(\pL+)\.?\s*(\d{4}))$`)

// namedMonth reads s as a year and a month named in English or Hungarian,
// in full or by the first three letters or more of its name.
func namedMonth(s string) (Month, bool) {
	m := yearAndName.FindStringSubmatch(strings.ToLower(strings.TrimSpace(s)))
	if m == nil {
		return Month{}, false
	}
	year, name := m[1]+m[4], m[2]+m[3]
	y, err := strconv.Atoi(year)
	if err != nil || utf8.RuneCountInString(name) < 3 {
		return Month{}, false
	}
	for i, n := range monthNames {
		for _, full := range n.All() {
			if strings.HasPrefix(bareLetters.Replace(strings.ToLower(full)), bareLetters.Replace(name)) {
				return Month{y, time.Month(i + 1)}, true
			}
		}
	}
	return Month{}, false
}

// NearestMonth reads s as a month named without its year ("dec", "nov.",
// "december", "majus"), the one of that name nearest to t's month, the later
// of two as near; false when s names no month.
func NearestMonth(s string, t time.Time) (Month, bool) {
	now := DateOf(t).MonthOf()
	m, ok := namedMonth(fmt.Sprintf("%d %s", now.Year, strings.TrimSpace(s)))
	if !ok {
		return Month{}, false
	}
	best := m
	for _, y := range []int{now.Year - 1, now.Year + 1} {
		c := Month{y, m.Month}
		if d, b := abs(c.index()-now.index()), abs(best.index()-now.index()); d < b || d == b && c.index() > best.index() {
			best = c
		}
	}
	return best, true
}

func (m Month) index() int { return m.Year*12 + int(m.Month) - 1 }

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// bareLetters takes the accents off the Hungarian letters: "majus" is
// május typed without them.
var bareLetters = strings.NewReplacer("á", "a", "é", "e", "í", "i", "ó", "o", "ö", "o", "ő", "o", "ú", "u", "ü", "u", "ű", "u")

// MonthBefore returns the calendar month before the one t falls in: the
// default report month, since a month is reported once it is over.
func MonthBefore(t time.Time) Month {
	return DateOf(t).MonthOf().Add(-1)
}

// IsZero reports whether m is unset.
func (m Month) IsZero() bool { return m == Month{} }

// First returns the first day of m.
func (m Month) First() Date { return Date{int16(m.Year), uint8(m.Month), 1} }

// Last returns the last day of m.
func (m Month) Last() Date { return D(m.Year, m.Month+1, 0) }

// Period returns the days of m as a period.
func (m Month) Period() Period { return Period{m.First(), m.Last()} }

// Add returns the month n months after m.
func (m Month) Add(n int) Month { return D(m.Year, m.Month+time.Month(n), 1).MonthOf() }

// String formats m as YYYY-MM.
func (m Month) String() string {
	if m.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d", m.Year, int(m.Month))
}

// MarshalText writes m as YYYY-MM.
func (m Month) MarshalText() ([]byte, error) { return []byte(m.String()), nil }

// UnmarshalText reads YYYY-MM; an empty text is the zero Month.
func (m *Month) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*m = Month{}
		return nil
	}
	v, err := ParseMonth(string(b))
	if err != nil {
		return err
	}
	*m = v
	return nil
}

// Period is a closed range of days, Start to End inclusive.
type Period struct {
	Start Date `json:"start"`
	End   Date `json:"end"`
}

// Week returns the Monday-to-Sunday week that contains d.
func Week(d Date) Period {
	m := d.Monday()
	return Period{m, m.AddDays(6)}
}

// Contains reports whether d lies within p.
func (p Period) Contains(d Date) bool { return !d.Before(p.Start) && !d.After(p.End) }

// Overlaps reports whether p and q share at least one day.
func (p Period) Overlaps(q Period) bool { return !p.End.Before(q.Start) && !q.End.Before(p.Start) }

// Days returns every day of p in order.
func (p Period) Days() []Date {
	var days []Date
	for d := p.Start; !d.After(p.End); d = d.AddDays(1) {
		days = append(days, d)
	}
	return days
}

// String formats p as "start..end".
func (p Period) String() string { return p.Start.String() + ".." + p.End.String() }

// Clock is a time of day in minutes after midnight; -1 means "not given".
type Clock int32

// NoClock is the Clock of a blank or unreadable time cell.
const NoClock Clock = -1

// At returns the Clock h:m.
func At(h, m int) Clock { return Clock(h*60 + m) }

// ParseClock reads HH:MM (24-hour).
func ParseClock(s string) (Clock, error) {
	t, err := time.Parse("15:04", s)
	if err != nil {
		return NoClock, fmt.Errorf("%q is not a time of day (want HH:MM, e.g. 09:00)", s)
	}
	return At(t.Hour(), t.Minute()), nil
}

// Valid reports whether c is a time of day.
func (c Clock) Valid() bool { return c >= 0 && c < 24*60 }

// String formats c as HH:MM, or "" when not given.
func (c Clock) String() string {
	if !c.Valid() {
		return ""
	}
	return fmt.Sprintf("%02d:%02d", int(c)/60, int(c)%60)
}

// MarshalText writes c as HH:MM.
func (c Clock) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// UnmarshalText reads HH:MM; an empty text is NoClock.
func (c *Clock) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*c = NoClock
		return nil
	}
	v, err := ParseClock(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
