package salesrhythm

// TalksDue returns how many one-on-ones leader owes report in month m under
// the norms: the most that any one-on-one norm binding the leader's role
// asks of that report over the days both were employed — a monthly norm's
// count pro-rated by those working days ÷ the month's (Prorate), a weekly
// norm's count for each week whose due day both were employed on, a daily
// norm's count for each such working day. The templates issue that many
// one-on-one sheets and the submissions expect them.
func TalksDue(norms []Norm, leader, report Person, m Month, cal Calendar) int {
	a, ok1 := leader.Employment(m.Period())
	b, ok2 := report.Employment(m.Period())
	both := Period{Start: a.Start, End: a.End}
	if b.Start.After(both.Start) {
		both.Start = b.Start
	}
	if b.End.Before(both.End) {
		both.End = b.End
	}
	if !ok1 || !ok2 || both.End.Before(both.Start) {
		return 0
	}
	most := 0
	for _, n := range norms {
		if n.Event != EventOneOnOne || !n.PerReport || n.Count <= 0 || !n.AppliesTo(leader.Role) {
			continue
		}
		due := 0
		switch n.Every {
		case EveryMonth:
			due = Prorate(n.Count, cal.CountWorkingDays(both), cal.CountWorkingDays(m.Period()))
		case EveryWeek:
			weekday, named := n.DueWeekday()
			for _, w := range Weeks(m) {
				var day Date
				if named {
					day, _ = cal.DueDay(w, weekday)
				} else if days := cal.WorkingDays(w); len(days) > 0 {
					day = days[len(days)-1]
				}
				if !day.IsZero() && both.Contains(day) {
					due += n.Count
				}
			}
		case EveryWorkingDay:
			due = n.Count * cal.CountWorkingDays(both)
		}
		most = max(most, due)
	}
	return most
}

// Prorate returns count × days ÷ total, rounded half up; 0 when total is 0:
// what a monthly norm asks of someone employed days of the month's total
// working days.
func Prorate(count, days, total int) int {
	if total == 0 {
		return 0
	}
	return (2*count*days + total) / (2 * total)
}
