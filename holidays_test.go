package salesrhythm

import (
	"slices"
	"testing"
	"time"
)

func TestHungarianPublicHolidays(t *testing.T) {
	hu := NewCalendar(weekdays, nil, nil).WithCountry("HU")
	t.Run("every day of 2026", func(t *testing.T) {
		// The Labour Code's list for 2026, Easter Sunday being 5 April:
		// Thu 1 Jan, Sun 15 Mar, Good Friday 3 Apr, Easter Sunday and Monday
		// 5–6 Apr, Fri 1 May, Whit Sunday and Monday 24–25 May (Easter + 49
		// and 50 days), Thu 20 Aug, Fri 23 Oct, Sun 1 Nov, Fri 25 and Sat 26
		// Dec. Thu 24 Dec is not on it: it is a bridge day of the decree.
		want := []Date{D(2026, 1, 1), D(2026, 3, 15), D(2026, 4, 3), D(2026, 4, 5), D(2026, 4, 6), D(2026, 5, 1),
			D(2026, 5, 24), D(2026, 5, 25), D(2026, 8, 20), D(2026, 10, 23), D(2026, 11, 1), D(2026, 12, 25), D(2026, 12, 26)}
		var got []Date
		for d := D(2026, 1, 1); d.Year() == 2026; d = d.AddDays(1) {
			if hu.PublicHoliday(d) != "" {
				got = append(got, d)
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("public holidays of 2026\n got %v\nwant %v", got, want)
		}
		if name := hu.PublicHoliday(D(2026, 4, 3)); name != "Nagypéntek" {
			t.Errorf("3 April 2026 is %q, want Nagypéntek", name)
		}
	})
	t.Run("Easter-based days of several years", func(t *testing.T) {
		// Easter Sunday: 27 Mar 2016, 31 Mar 2024, 20 Apr 2025, 28 Mar 2027,
		// 16 Apr 2028. Good Friday is two days before (a holiday only since
		// 2017), Easter Monday the day after, Whit Monday 50 days after.
		tests := []struct {
			year                     int
			goodFriday, easterMonday Date
			whitMonday               Date
		}{
			{2016, Date{}, D(2016, 3, 28), D(2016, 5, 16)},
			{2024, D(2024, 3, 29), D(2024, 4, 1), D(2024, 5, 20)},
			{2025, D(2025, 4, 18), D(2025, 4, 21), D(2025, 6, 9)},
			{2027, D(2027, 3, 26), D(2027, 3, 29), D(2027, 5, 17)},
			{2028, D(2028, 4, 14), D(2028, 4, 17), D(2028, 6, 5)},
		}
		for _, tt := range tests {
			for _, d := range []Date{tt.goodFriday, tt.easterMonday, tt.whitMonday} {
				if !d.IsZero() && hu.IsWorkingDay(d) {
					t.Errorf("%d: %s %s is a working day", tt.year, d.Weekday(), d)
				}
			}
			if tt.goodFriday.IsZero() {
				// 25 Mar 2016, Good Friday before it was a holiday.
				if !hu.IsWorkingDay(D(2016, 3, 25)) {
					t.Errorf("Good Friday 2016 is a day off; it became a holiday in 2017")
				}
			}
		}
	})
	t.Run("the turn of the year", func(t *testing.T) {
		// 1 Jan 2027 is a Friday: not a working day, so the week of Mon 28
		// Dec 2026 has its Friday meeting due on Thu 31 Dec, in December.
		if hu.IsWorkingDay(D(2027, 1, 1)) {
			t.Error("1 January 2027 is a working day")
		}
		if !hu.IsWorkingDay(D(2026, 12, 31)) {
			t.Error("31 December 2026 is not a working day")
		}
		due, ok := hu.DueDay(Week(D(2026, 12, 28)), time.Friday)
		if !ok || due != D(2026, 12, 31) || due.MonthOf() != (Month{2026, time.December}) {
			t.Errorf("the week of 28 Dec 2026 is due %v %v, want Thu 2026-12-31", due, ok)
		}
		// Jan 2027: Fri 1 off, then 4–8, 11–15, 18–22, 25–29 = 20.
		if n := hu.CountWorkingDays(Month{2027, time.January}.Period()); n != 20 {
			t.Errorf("January 2027 has %d working days, want 20", n)
		}
	})
	t.Run("the company's days off and swapped Saturdays", func(t *testing.T) {
		// The 2026 decree: Thu 24 Dec off, Sat 12 Dec worked. Dec 2026:
		// 23 weekdays less Thu 24 and Fri 25 (Christmas), plus Sat 12 = 22.
		c := NewCalendar(weekdays, []Date{D(2026, 12, 24)}, []Date{D(2026, 12, 12)}).WithCountry("HU")
		if n := c.CountWorkingDays(Month{2026, time.December}.Period()); n != 22 {
			t.Errorf("December 2026 has %d working days, want 22", n)
		}
		// A working day listed on a public holiday: the company works it.
		w := NewCalendar(weekdays, nil, []Date{D(2026, 10, 23)}).WithCountry("HU")
		if !w.IsWorkingDay(D(2026, 10, 23)) {
			t.Error("an extra working day on a public holiday is not worked")
		}
	})
}

func TestCalendarKnows(t *testing.T) {
	listed := NewCalendar(weekdays, []Date{D(2026, 12, 24)}, nil)
	if !listed.Knows(2026) || listed.Knows(2027) {
		t.Errorf("without a country the calendar knows 2026 %v and 2027 %v; want only the listed year", listed.Knows(2026), listed.Knows(2027))
	}
	if hu := listed.WithCountry("hu"); !hu.Knows(2027) || !hu.Knows(2031) {
		t.Error("with a country the calendar does not know every year")
	}
	if unknown := listed.WithCountry("XX"); unknown.Knows(2027) || unknown.PublicHoliday(D(2027, 1, 1)) != "" {
		t.Error("an unknown country gave public holidays")
	}
}

func TestObservedHolidays(t *testing.T) {
	// 1 Jan 2028 is a Saturday: the US observe it on Friday 31 Dec 2027, a
	// day of the year before.
	us := NewCalendar(weekdays, nil, nil).WithCountry("US")
	if us.IsWorkingDay(D(2027, 12, 31)) {
		t.Error("Fri 31 Dec 2027 is a working day in the US")
	}
	// Christmas 2027 is a Saturday and Boxing Day a Sunday: Britain takes
	// Monday 27 and Tuesday 28 December off.
	gb := NewCalendar(weekdays, nil, nil).WithCountry("GB")
	for _, d := range []Date{D(2027, 12, 27), D(2027, 12, 28)} {
		if gb.IsWorkingDay(d) {
			t.Errorf("%s %s is a working day in Britain", d.Weekday(), d)
		}
	}
}

func TestCountries(t *testing.T) {
	cs := Countries()
	if !slices.IsSorted(cs) || !slices.Contains(cs, "HU") || !slices.Contains(cs, "DE") || !KnownCountry(" gb ") || KnownCountry("") {
		t.Errorf("countries %v", cs)
	}
}
