package demo

import (
	"salesrhythm"
)

// grid is a time table's activities by day and slot.
type grid = map[salesrhythm.Date]map[salesrhythm.Clock]string

// block is a stretch of a planned day given to one activity.
type block struct {
	from, to salesrhythm.Clock
	activity string
}

// An office day is mostly calls; a field day has two client meetings and
// the travel between them. Both start with the morning meeting at 09:00.
var (
	officeDay = []block{
		{salesrhythm.At(8, 0), salesrhythm.At(8, 30), "admin"},
		{salesrhythm.At(8, 30), salesrhythm.At(9, 0), "calls"},
		{salesrhythm.At(9, 0), salesrhythm.At(9, 30), "internal-meeting"},
		{salesrhythm.At(9, 30), salesrhythm.At(11, 30), "calls"},
		{salesrhythm.At(11, 30), salesrhythm.At(12, 0), "proposals"},
		{salesrhythm.At(12, 0), salesrhythm.At(12, 30), "break"},
		{salesrhythm.At(12, 30), salesrhythm.At(14, 30), "calls"},
		{salesrhythm.At(14, 30), salesrhythm.At(15, 30), "proposals"},
		{salesrhythm.At(15, 30), salesrhythm.At(17, 0), "calls"},
		{salesrhythm.At(17, 0), salesrhythm.At(17, 30), "admin"},
	}
	fieldDay = []block{
		{salesrhythm.At(8, 0), salesrhythm.At(8, 30), "admin"},
		{salesrhythm.At(8, 30), salesrhythm.At(9, 0), "calls"},
		{salesrhythm.At(9, 0), salesrhythm.At(9, 30), "internal-meeting"},
		{salesrhythm.At(9, 30), salesrhythm.At(10, 0), "travel"},
		{salesrhythm.At(10, 0), salesrhythm.At(11, 30), "client-meeting"},
		{salesrhythm.At(11, 30), salesrhythm.At(12, 0), "travel"},
		{salesrhythm.At(12, 0), salesrhythm.At(12, 30), "break"},
		{salesrhythm.At(12, 30), salesrhythm.At(13, 30), "calls"},
		{salesrhythm.At(13, 30), salesrhythm.At(14, 0), "travel"},
		{salesrhythm.At(14, 0), salesrhythm.At(15, 0), "client-meeting"},
		{salesrhythm.At(15, 0), salesrhythm.At(15, 30), "travel"},
		{salesrhythm.At(15, 30), salesrhythm.At(16, 30), "proposals"},
		{salesrhythm.At(16, 30), salesrhythm.At(17, 30), "calls"},
	}
	// The weekly meeting closes the week.
	weeklyMeeting = block{salesrhythm.At(17, 0), salesrhythm.At(18, 0), "internal-meeting"}
	// What a day turns into when it does not go to plan.
	detours = []string{"calls", "proposals", "admin", "client-meeting", "travel", "break"}
)

// timeTable plans every working day of the week the manager works, and
// fills in the actual day: mostly as planned, sometimes otherwise, with a
// few slots left blank and now and then some overtime.
func (c *company) timeTable(s *seller, sw *sellerWeek) {
	r := c.rand(s.ID, "time-table", sw.week.Start.String())
	sw.plan, sw.actual = grid{}, grid{}
	weekly, _ := c.cal.DueDay(sw.week, weeklyMeetingDay(c.cfg))
	for _, d := range c.cal.WorkingDays(sw.week) {
		if !employed(s.Person, d) {
			continue
		}
		day := officeDay
		if r.chance(s.fieldShare) {
			day = fieldDay
		}
		if d == weekly {
			day = append(day[:len(day):len(day)], weeklyMeeting)
		}
		sw.plan[d], sw.actual[d] = map[salesrhythm.Clock]string{}, map[salesrhythm.Clock]string{}
		for _, slot := range c.cfg.TimeTable.Slots() {
			planned := activityAt(day, slot)
			actual := planned
			switch {
			case planned == "" && r.chance(0.1):
				actual = pick(r, detours[:3])
			case planned == "":
			case r.chance(s.keepsPlan):
			case r.chance(0.7):
				actual = pick(r, detours)
			default:
				actual = ""
			}
			if planned != "" {
				sw.plan[d][slot] = planned
			}
			if actual != "" {
				sw.actual[d][slot] = actual
			}
		}
	}
}

// activityAt returns the activity of the block that covers slot; a later
// block wins, "" when none covers it.
func activityAt(day []block, slot salesrhythm.Clock) string {
	a := ""
	for _, b := range day {
		if slot >= b.from && slot < b.to {
			a = b.activity
		}
	}
	return a
}
