package salesrhythm

import "time"

// Calendar says which days are working days: the working weekdays, minus the
// public holidays of a country and the company's own days off, plus extra
// working days (a Saturday worked in exchange for a bridge day, as Hungarian
// calendars have).
type Calendar struct {
	weekdays [7]bool
	holidays map[Date]bool
	extra    map[Date]bool
	listed   map[int]bool    // the years holidays lists a day of
	public   *publicHolidays // nil without a country
}

// NewCalendar builds a calendar without public holidays: holidays lists
// every day off. Extra working days win over holidays only when a date is in
// both lists, which Config.Validate rejects.
func NewCalendar(weekdays []time.Weekday, holidays, extra []Date) Calendar {
	c := Calendar{holidays: map[Date]bool{}, extra: map[Date]bool{}, listed: map[int]bool{}}
	for _, w := range weekdays {
		c.weekdays[w] = true
	}
	for _, d := range holidays {
		c.holidays[d] = true
		c.listed[d.Year()] = true
	}
	for _, d := range extra {
		c.extra[d] = true
	}
	return c
}

// WithCountry returns the calendar with the public holidays of the country
// (an ISO 3166-1 code, see Countries) added, for any year; a country the
// calendar does not know adds none. An extra working day wins over a public
// holiday: the company works that day.
func (c Calendar) WithCountry(country string) Calendar {
	c.public = newPublicHolidays(country)
	return c
}

// IsWorkingDay reports whether people work on d.
func (c Calendar) IsWorkingDay(d Date) bool {
	if c.extra[d] {
		return true
	}
	return c.weekdays[d.Weekday()] && !c.IsHoliday(d)
}

// IsHoliday reports whether d is a public holiday or a listed day off.
func (c Calendar) IsHoliday(d Date) bool { return c.holidays[d] || c.PublicHoliday(d) != "" }

// PublicHoliday returns the name of the country's public holiday on d, in
// the country's language, or "" when there is none.
func (c Calendar) PublicHoliday(d Date) string {
	if c.public == nil {
		return ""
	}
	return c.public.name(d)
}

// Knows reports whether the calendar can tell the working days of the year:
// it knows a country's public holidays for every year, and without a country
// only the years whose holidays are listed. In a year it does not know,
// every working weekday counts as worked, public holidays included.
func (c Calendar) Knows(year int) bool { return c.public != nil || c.listed[year] }

// WorkingDays returns the working days of p in order.
func (c Calendar) WorkingDays(p Period) []Date {
	var days []Date
	for _, d := range p.Days() {
		if c.IsWorkingDay(d) {
			days = append(days, d)
		}
	}
	return days
}

// CountWorkingDays returns how many working days p has.
func (c Calendar) CountWorkingDays(p Period) int { return len(c.WorkingDays(p)) }

// Weeks returns the Monday-to-Sunday weeks that overlap m, in order: the
// weeks whose workbooks the report for m reads.
func Weeks(m Month) []Period {
	var weeks []Period
	for mon := m.First().Monday(); !mon.After(m.Last()); mon = mon.AddDays(7) {
		weeks = append(weeks, Period{mon, mon.AddDays(6)})
	}
	return weeks
}

// BatchWeeks returns the weeks whose Monday falls in m: the weeks issued with
// m's batch of templates, so that no week is ever issued twice.
func BatchWeeks(m Month) []Period {
	var weeks []Period
	for _, w := range Weeks(m) {
		if w.Start.MonthOf() == m {
			weeks = append(weeks, w)
		}
	}
	return weeks
}

// DueDay returns the day in week on which an event set for weekday is due:
// that weekday when it is a working day, else the last working day of the
// week. It reports false when the week has no working day at all.
func (c Calendar) DueDay(week Period, weekday time.Weekday) (Date, bool) {
	d := week.Start.AddDays((int(weekday) + 6) % 7)
	if c.IsWorkingDay(d) {
		return d, true
	}
	days := c.WorkingDays(week)
	if len(days) == 0 {
		return Date{}, false
	}
	return days[len(days)-1], true
}
