package importer

import (
	"testing"

	"salesrhythm"
)

// TestDayHeader: a time table's day header is read as a date cell, as the
// templates write it in either language, the weekday first or last, and as
// other texts with a date in them.
func TestDayHeader(t *testing.T) {
	nov9 := salesrhythm.D(2026, 11, 9)
	for _, c := range []struct {
		cell Cell
		want salesrhythm.Date
	}{
		{Cell{Raw: "46335", Numeric: true, DateFmt: true}, nov9},
		{Cell{Raw: "2026-11-09 Monday"}, nov9},
		{Cell{Raw: "2026. 11. 09. hétfő"}, nov9},
		{Cell{Raw: "Hétfő, 2026. 11. 09."}, nov9},
		{Cell{Raw: "monday 2026-11-09"}, nov9},
		{Cell{Raw: "2026-11-09"}, nov9},
		{Cell{Raw: "2026.11.09. hétfő"}, nov9},
		{Cell{Raw: "Monday"}, salesrhythm.Date{}},
		{Cell{Raw: ""}, salesrhythm.Date{}},
	} {
		if got := dayHeader(c.cell); got != c.want {
			t.Errorf("dayHeader(%q) = %v, want %v", c.cell.Raw, got, c.want)
		}
	}
}
