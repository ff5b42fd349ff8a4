package analysis

import (
	"slices"
	"testing"

	"salesrhythm"
)

func TestTimeUse(t *testing.T) {
	s := func(date salesrhythm.Date, start salesrhythm.Clock, plan, actual string) salesrhythm.Slot {
		return salesrhythm.Slot{Person: "M1", Date: date, Start: start, Plan: plan, Actual: actual}
	}
	slots := []salesrhythm.Slot{
		s(nov(2), salesrhythm.At(8, 0), "calls", "calls"),
		s(nov(2), salesrhythm.At(8, 30), "calls", "admin"),
		s(nov(2), salesrhythm.At(9, 0), "client-meeting", "client-meeting"),
		s(nov(2), salesrhythm.At(9, 30), "", "travel"),
		s(nov(2), salesrhythm.At(10, 0), "admin", ""),
		s(nov(2), salesrhythm.At(10, 30), "", ""),
		s(nov(3), salesrhythm.At(8, 0), "", "calls"),
		s(nov(30), salesrhythm.At(8, 0), "proposals", "proposals"),
		s(nov(30), salesrhythm.At(8, 30), "calls", "coffee"),
		s(oct(30), salesrhythm.At(8, 0), "calls", "calls"), // October's
	}
	res := Analyse(Input{
		Month: nov2026, Config: testConfig(),
		Plan:  salesrhythm.Plan{Team: []salesrhythm.Person{manager("M1", "L1"), manager("M2", "L1")}},
		Slots: salesrhythm.RowsOf(slots...),
	})
	if len(res.TimeUse) != 2 || res.TimeUse[1].Person != "M2" {
		t.Fatalf("time use of %d people, want M1 and M2", len(res.TimeUse))
	}
	u := res.TimeUse[0]
	t.Run("a manager who sent no time table", func(t *testing.T) {
		// M2 is due 5 time tables, one for each week with a November working
		// day, and sent none: no slot, no hour, no share.
		m2 := res.TimeUse[1]
		if m2.Slots != 0 || m2.Unfilled != 0 || m2.Tables != (Receipt{Due: 5}) {
			t.Errorf("M2 %+v", m2)
		}
		for _, h := range m2.Hours {
			if h.Planned != 0 || h.Actual != 0 {
				t.Errorf("M2 has hours %+v", h)
			}
		}
		checkFraction(t, "active share", m2.ActiveShare, na)
	})
	t.Run("slots dated in the month", func(t *testing.T) {
		if u.Slots != 9 {
			t.Errorf("slots = %d, want 9", u.Slots)
		}
	})
	t.Run("hours per activity planned and actual", func(t *testing.T) {
		// 30-minute slots. Planned: calls ×3 = 1.5 h, client meeting, admin,
		// proposals ×1 = 0.5 h. Actual: calls ×2 = 1 h; admin, client meeting,
		// travel, proposals and the unlisted "coffee" ×1 = 0.5 h.
		want := []ActivityHours{
			{"calls", 1.5, 1}, {"client-meeting", 0.5, 0.5}, {"travel", 0, 0.5}, {"proposals", 0.5, 0.5},
			{"internal-meeting", 0, 0}, {"training", 0, 0}, {"admin", 0.5, 0.5}, {"break", 0, 0},
			{"coffee", 0, 0.5},
		}
		if !slices.Equal(u.Hours, want) {
			t.Errorf("hours %v\nwant  %v", u.Hours, want)
		}
	})
	t.Run("active-selling share of filled slots", func(t *testing.T) {
		// Filled: 7 (all but 10:00 and 10:30 on 2 Nov). Active: calls ×2,
		// client meeting, proposals = 4. 4 ÷ 7.
		checkFraction(t, "active share", u.ActiveShare, 4.0/7)
	})
	t.Run("adherence over slots with a plan", func(t *testing.T) {
		// With a plan: 6. Actual = plan: 8:00 calls, 9:00 client meeting,
		// 30 Nov proposals = 3. 3 ÷ 6.
		checkFraction(t, "adherence", u.Adherence, 0.5)
	})
	t.Run("unfilled slots", func(t *testing.T) {
		if u.Unfilled != 2 {
			t.Errorf("unfilled = %d, want 2", u.Unfilled)
		}
	})
}
