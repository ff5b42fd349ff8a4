package analysis

import (
	"math"
	"testing"
	"time"

	"salesrhythm"
)

// Calendar facts the tests rely on, worked out by hand:
//
//   - Oct 2026 starts on a Thursday; Fri 23 Oct is a holiday. Working days:
//     1–2, 5–9, 12–16, 19–22, 26–30 = 2+5+5+4+5 = 21.
//   - Nov 2026 starts on a Sunday and has no holiday. Working days: 2–6, 9–13,
//     16–20, 23–27, 30 = 21. Weeks(Nov) start Mon 26 Oct, 2, 9, 16, 23, 30 Nov.
//   - Dec 2026 starts on a Tuesday; Thu 24 and Fri 25 Dec are holidays.
//     Working days: 1–4, 7–11, 14–18, 21–23, 28–31 = 4+5+5+3+4 = 21. Fri 1
//     Jan 2027 is a holiday too, so the week of Mon 28 Dec is due Thu 31 Dec.
//   - Feb 2027 starts on a Monday: exactly four weeks, 20 working days.

var (
	oct2026 = salesrhythm.Month{Year: 2026, Month: time.October}
	nov2026 = salesrhythm.Month{Year: 2026, Month: time.November}
	dec2026 = salesrhythm.Month{Year: 2026, Month: time.December}
	feb2027 = salesrhythm.Month{Year: 2027, Month: time.February}
)

func oct(day int) salesrhythm.Date { return salesrhythm.D(2026, time.October, day) }
func nov(day int) salesrhythm.Date { return salesrhythm.D(2026, time.November, day) }
func dec(day int) salesrhythm.Date { return salesrhythm.D(2026, time.December, day) }

// testConfig is the built-in configuration, with Hungary's public holidays
// (Fri 23 Oct, Fri 25 Dec 2026, Fri 1 Jan 2027 …), and the bridge days of
// 2026 as days off: Fri 2 Jan, Fri 21 Aug, Thu 24 Dec; of the Saturdays
// worked in exchange, 10 Jan and 8 Aug (not 12 Dec, so that December keeps
// five working days a week).
func testConfig() salesrhythm.Config {
	cfg := salesrhythm.Default()
	cfg.Calendar.Holidays = []salesrhythm.Date{salesrhythm.D(2026, 1, 2), salesrhythm.D(2026, 8, 21), dec(24)}
	cfg.Calendar.WorkingDays = []salesrhythm.Date{salesrhythm.D(2026, 1, 10), salesrhythm.D(2026, 8, 8)}
	return cfg
}

// person is a team member; start and end may be zero.
func person(id string, role salesrhythm.Role, group, reportsTo string, start, end salesrhythm.Date) salesrhythm.Person {
	return salesrhythm.Person{ID: id, Name: "Name of " + id, Role: role, Group: group, ReportsTo: reportsTo, Start: start, End: end}
}

func manager(id, reportsTo string) salesrhythm.Person {
	return person(id, salesrhythm.Manager, "North", reportsTo, salesrhythm.Date{}, salesrhythm.Date{})
}

// ref is a record's place, numbered so that findings can be told apart.
func ref(file string, row int) salesrhythm.Ref {
	return salesrhythm.Ref{File: file, Sheet: "Sheet", Row: row}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-6 }

// checkFraction fails unless got is n/a when want is NaN, or else near want.
func checkFraction(t *testing.T, what string, got Fraction, want float64) {
	t.Helper()
	switch {
	case math.IsNaN(want) && got.Valid:
		t.Errorf("%s = %v, want n/a", what, got.Value)
	case !math.IsNaN(want) && (!got.Valid || !near(got.Value, want)):
		t.Errorf("%s = %v, want %v", what, got, want)
	}
}

// na is the expected value of an n/a Fraction.
var na = math.NaN()

func intp(n int) *int { return &n }
