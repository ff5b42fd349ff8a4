package salesrhythm

import (
	"strings"
	"testing"
	"time"
)

// TestParseDateAndMonth: a flag or a setting takes a date or a month as ISO
// writes it or as Hungarians do, and nothing else.
func TestParseDateAndMonth(t *testing.T) {
	for _, s := range []string{"2026-12-04", "2026.12.04.", "2026. 12. 04.", "2026.12.4", "2026. 12. 4."} {
		if d, err := ParseDate(s); err != nil || d != D(2026, 12, 4) {
			t.Errorf("ParseDate(%q) = %v, %v", s, d, err)
		}
	}
	for _, s := range []string{"04.12.2026", "2026-13-01", "2026.02.30.", "dec. 4.", "20261204", ""} {
		if d, err := ParseDate(s); err == nil {
			t.Errorf("ParseDate(%q) = %v, want an error", s, d)
		}
	}
	// A day the month does not have is named as such.
	if _, err := ParseDate("2026-11-31"); err == nil || !strings.Contains(err.Error(), "its month (November 2026) has only 30 days") {
		t.Errorf("ParseDate(2026-11-31): %v", err)
	}
	for _, s := range []string{"2026-11", "2026.11.", "2026. 11.", "2026.11", "2026. november", "2026 nov.", "November 2026", "Nov 2026", "2026.november"} {
		if m, err := ParseMonth(s); err != nil || m != (Month{2026, 11}) {
			t.Errorf("ParseMonth(%q) = %v, %v", s, m, err)
		}
	}
	if m, err := ParseMonth("2026. majus"); err != nil || m != (Month{2026, 5}) {
		t.Errorf("ParseMonth(2026. majus) = %v, %v", m, err)
	}
	for _, s := range []string{"2026.13.", "11.2026", "nov", "2026-1", "2026. no", "2026. novemberi", "Movember 2026"} {
		if m, err := ParseMonth(s); err == nil {
			t.Errorf("ParseMonth(%q) = %v, want an error", s, m)
		}
	}
}

// TestNearestMonth: a month named without its year is the one nearest now,
// the later of two as near (June, six months either side of December).
func TestNearestMonth(t *testing.T) {
	now := time.Date(2026, 12, 4, 10, 0, 0, 0, time.UTC)
	for s, want := range map[string]Month{"dec": {2026, 12}, "nov.": {2026, 11}, "jan": {2027, 1}, "június": {2027, 6}, "July": {2026, 7}, "majus": {2027, 5}} {
		if m, ok := NearestMonth(s, now); !ok || m != want {
			t.Errorf("NearestMonth(%q) = %v, %v; want %v", s, m, ok, want)
		}
	}
	if _, ok := NearestMonth("de", now); ok {
		t.Error("two letters name no month")
	}
}
