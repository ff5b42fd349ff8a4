package salesrhythm

import (
	"fmt"
	"regexp"
	"strconv"
)

// WeekName names the week that holds d as ISO 8601 does, e.g. 2026-W49:
// the year is the ISO year, which for the last days of December or the
// first of January may be the neighbouring one.
func WeekName(d Date) string {
	y, w := d.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

var weekName = regexp.MustCompile(`^(\d{4})-?[Ww](\d{1,2})$`)

// ParseWeek reads an ISO 8601 week, 2026-W49 (or 2026W49), and returns its
// Monday-to-Sunday days.
func ParseWeek(s string) (Period, error) {
	m := weekName.FindStringSubmatch(s)
	if m == nil {
		return Period{}, Errorf("%q is not a week (want YYYY-Www, e.g. 2026-W49)", s)
	}
	year, _ := strconv.Atoi(m[1])
	n, _ := strconv.Atoi(m[2])
	// 4 January is always in week 1.
	first := D(year, 1, 4).Monday()
	w := Week(first.AddDays(7 * (n - 1)))
	if y, got := w.Start.ISOWeek(); n < 1 || y != year || got != n {
		return Period{}, Errorf("%q is not a week: %s has no week %d", s, Plain(year), n)
	}
	return w, nil
}
