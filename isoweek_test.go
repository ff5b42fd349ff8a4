package salesrhythm

import "testing"

func TestParseWeek(t *testing.T) {
	tests := []struct {
		in, name string
		start    Date
	}{
		{"2026-W49", "2026-W49", D(2026, 11, 30)},
		{"2026W01", "2026-W01", D(2025, 12, 29)},  // 4 Jan 2026 is a Sunday: week 1 starts on Mon 29 Dec 2025
		{"2026-w53", "2026-W53", D(2026, 12, 28)}, // 2026 starts on a Thursday: it has 53 weeks
		{"2027-W53", "", Date{}},                  // 2027 has 52
		{"2026-W00", "", Date{}},
		{"2026-49", "", Date{}},
	}
	for _, tt := range tests {
		got, err := ParseWeek(tt.in)
		if tt.name == "" {
			if err == nil {
				t.Errorf("ParseWeek(%q) = %v, want an error", tt.in, got)
			}
			continue
		}
		if err != nil || got.Start != tt.start || got.End != tt.start.AddDays(6) {
			t.Errorf("ParseWeek(%q) = %v, %v; want the week of %v", tt.in, got, err, tt.start)
		}
		if n := WeekName(got.Start.AddDays(6)); n != tt.name {
			t.Errorf("WeekName(%s) = %s, want %s", got.End, n, tt.name)
		}
	}
}
