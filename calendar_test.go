package salesrhythm

import (
	"slices"
	"testing"
	"time"
)

var weekdays = []time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday}

func TestWorkingDays(t *testing.T) {
	tests := []struct {
		name     string
		month    Month
		holidays []Date
		extra    []Date
		want     int
	}{
		// Nov 2026 starts on a Sunday: Mon 2–Fri 27 is four full weeks (20),
		// plus Mon 30 = 21.
		{"month starting on a Sunday", Month{2026, time.November}, nil, nil, 21},
		// Feb 2028 (leap, 29 days) starts on a Tuesday: Tue 1–Fri 4 (4), three
		// full weeks (15), Mon 28 and Tue 29 (2) = 21.
		{"leap February", Month{2028, time.February}, nil, nil, 21},
		// Feb 2027 (28 days) starts on a Monday: exactly four weeks = 20.
		{"common February", Month{2027, time.February}, nil, nil, 20},
		// Dec 2026 starts on a Tuesday: 4+5+5+5+4 = 23, less Thu 24 and Fri 25 = 21.
		{"holidays on Thursday and Friday", Month{2026, time.December}, []Date{D(2026, 12, 24), D(2026, 12, 25)}, nil, 21},
		// Aug 2026: 21 weekdays (Sat 1; Mon 3 … Mon 31), less Thu 20 and Fri 21,
		// plus Saturday 8 worked in exchange = 20.
		{"extra Saturday working day", Month{2026, time.August}, []Date{D(2026, 8, 20), D(2026, 8, 21)}, []Date{D(2026, 8, 8)}, 20},
		{"holiday on a weekend changes nothing", Month{2026, time.November}, []Date{D(2026, 11, 1)}, nil, 21},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := NewCalendar(weekdays, tt.holidays, tt.extra)
			days := c.WorkingDays(tt.month.Period())
			if len(days) != tt.want {
				t.Errorf("%s: %d working days, want %d: %v", tt.month, len(days), tt.want, days)
			}
			for _, d := range days {
				if d.MonthOf() != tt.month {
					t.Errorf("%s is not in %s", d, tt.month)
				}
			}
		})
	}
}

func TestWeeks(t *testing.T) {
	mondays := func(ws []Period) []string {
		var out []string
		for _, w := range ws {
			if w.End != w.Start.AddDays(6) || w.Start.Weekday() != time.Monday {
				t.Errorf("%v is not a Monday-to-Sunday week", w)
			}
			out = append(out, w.Start.String())
		}
		return out
	}
	tests := []struct {
		name         string
		month        Month
		weeks, batch []string
	}{
		// Sunday 1 Nov belongs to the week of Monday 26 Oct, issued in October.
		{"month starting on a Sunday", Month{2026, time.November},
			[]string{"2026-10-26", "2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23", "2026-11-30"},
			[]string{"2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23", "2026-11-30"}},
		// The week of Mon 28 Sep – Sun 4 Oct is read for both months, issued with September.
		{"straddling week", Month{2026, time.October},
			[]string{"2026-09-28", "2026-10-05", "2026-10-12", "2026-10-19", "2026-10-26"},
			[]string{"2026-10-05", "2026-10-12", "2026-10-19", "2026-10-26"}},
		{"year boundary", Month{2027, time.January},
			[]string{"2026-12-28", "2027-01-04", "2027-01-11", "2027-01-18", "2027-01-25"},
			[]string{"2027-01-04", "2027-01-11", "2027-01-18", "2027-01-25"}},
		// Feb 2027 starts on a Monday and has exactly four weeks.
		{"month of exactly four weeks", Month{2027, time.February},
			[]string{"2027-02-01", "2027-02-08", "2027-02-15", "2027-02-22"},
			[]string{"2027-02-01", "2027-02-08", "2027-02-15", "2027-02-22"}},
		{"leap February", Month{2028, time.February},
			[]string{"2028-01-31", "2028-02-07", "2028-02-14", "2028-02-21", "2028-02-28"},
			[]string{"2028-02-07", "2028-02-14", "2028-02-21", "2028-02-28"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mondays(Weeks(tt.month)); !slices.Equal(got, tt.weeks) {
				t.Errorf("Weeks = %v, want %v", got, tt.weeks)
			}
			if got := mondays(BatchWeeks(tt.month)); !slices.Equal(got, tt.batch) {
				t.Errorf("BatchWeeks = %v, want %v", got, tt.batch)
			}
		})
	}
}

func TestEveryWeekIssuedOnce(t *testing.T) {
	seen := map[Date]Month{}
	for m := (Month{2025, time.January}); m.Year < 2029; m = m.Add(1) {
		for _, w := range BatchWeeks(m) {
			if prev, ok := seen[w.Start]; ok {
				t.Fatalf("week %s issued in %s and %s", w.Start, prev, m)
			}
			seen[w.Start] = m
		}
	}
	for d := D(2025, 1, 6); d.Year() < 2029; d = d.AddDays(7) {
		if _, ok := seen[d]; !ok {
			t.Fatalf("week %s never issued", d)
		}
	}
}

func TestDueDay(t *testing.T) {
	hol := []Date{D(2026, 12, 24), D(2026, 12, 25), D(2026, 8, 20), D(2026, 8, 21), D(2026, 4, 3), D(2026, 4, 6)}
	c := NewCalendar(weekdays, hol, []Date{D(2026, 8, 8)})
	empty := NewCalendar(nil, nil, nil)
	tests := []struct {
		name    string
		cal     Calendar
		week    Date
		weekday time.Weekday
		want    Date
		ok      bool
	}{
		{"ordinary Friday", c, D(2026, 11, 2), time.Friday, D(2026, 11, 6), true},
		// Christmas week: Thu 24 and Fri 25 are holidays, so Wed 23.
		{"holiday on a Friday", c, D(2026, 12, 21), time.Friday, D(2026, 12, 23), true},
		// Easter 2026: Good Friday 3 Apr, so Thu 2 Apr.
		{"Good Friday", c, D(2026, 3, 30), time.Friday, D(2026, 4, 2), true},
		// Easter Monday 6 Apr: the last working day of that week is Fri 10.
		{"holiday on the Monday named", c, D(2026, 4, 6), time.Monday, D(2026, 4, 10), true},
		// Sat 8 Aug is worked: Friday 7 is still a working day and stays.
		{"extra Saturday does not move Friday", c, D(2026, 8, 3), time.Friday, D(2026, 8, 7), true},
		{"straddling week, due in the next month", c, D(2026, 9, 28), time.Friday, D(2026, 10, 2), true},
		{"week without working days", empty, D(2026, 11, 2), time.Friday, Date{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tt.cal.DueDay(Week(tt.week), tt.weekday)
			if got != tt.want || ok != tt.ok {
				t.Errorf("DueDay = %v %v, want %v %v", got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestISOWeek(t *testing.T) {
	tests := []struct {
		d          Date
		year, week int
	}{
		{D(2026, 1, 1), 2026, 1},    // a Thursday: week 1 of its own year
		{D(2026, 12, 31), 2026, 53}, // 2026 starts on a Thursday, so it has 53 weeks
		{D(2027, 1, 3), 2026, 53},   // Sunday of that week
		{D(2027, 1, 4), 2027, 1},
		{D(2028, 2, 29), 2028, 9},
		{D(2024, 12, 30), 2025, 1}, // Monday of the week that holds 2 Jan 2025
	}
	for _, tt := range tests {
		y, w := tt.d.ISOWeek()
		if y != tt.year || w != tt.week {
			t.Errorf("%s: ISO week %d-W%02d, want %d-W%02d", tt.d, y, w, tt.year, tt.week)
		}
	}
}

func TestDates(t *testing.T) {
	if got := (Month{2026, time.January}).Add(-1); got != (Month{2025, time.December}) {
		t.Errorf("Jan 2026 - 1 = %v", got)
	}
	if got := MonthBefore(time.Date(2026, 1, 15, 12, 0, 0, 0, time.UTC)); got.String() != "2025-12" {
		t.Errorf("MonthBefore = %v", got)
	}
	if got := (Month{2028, time.February}).Last(); got != D(2028, 2, 29) {
		t.Errorf("last of Feb 2028 = %v", got)
	}
	if got := D(2026, 11, 1).Monday(); got != D(2026, 10, 26) {
		t.Errorf("Monday of Sun 1 Nov = %v", got)
	}
	if got := D(2026, 12, 28).DaysUntil(D(2027, 1, 4)); got != 7 {
		t.Errorf("DaysUntil = %d", got)
	}
	if _, err := ParseMonth("2026-13"); err == nil {
		t.Error("2026-13 parsed")
	}
	var c Clock
	if err := c.UnmarshalText([]byte("09:05")); err != nil || c != At(9, 5) || c.String() != "09:05" {
		t.Errorf("clock = %v %v", c, err)
	}
}

func TestEmployment(t *testing.T) {
	nov := Month{2026, time.November}.Period()
	tests := []struct {
		name       string
		start, end Date
		want       Period
		ok         bool
	}{
		{"whole month", D(2025, 1, 1), Date{}, nov, true},
		{"joined mid-month", D(2026, 11, 16), Date{}, Period{D(2026, 11, 16), D(2026, 11, 30)}, true},
		{"left mid-month", Date{}, D(2026, 11, 13), Period{D(2026, 11, 1), D(2026, 11, 13)}, true},
		{"joins next month", D(2026, 12, 1), Date{}, Period{}, false},
		{"left last month", Date{}, D(2026, 10, 31), Period{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := Person{Start: tt.start, End: tt.end}.Employment(nov)
			if ok != tt.ok || (ok && got != tt.want) {
				t.Errorf("Employment = %v %v, want %v %v", got, ok, tt.want, tt.ok)
			}
		})
	}
}
