package report

import (
	"strings"

	"salesrhythm/analysis"
)

// trainings writes the trainings held against the norms, the hours each
// person attended, and the joint client visits of each manager.
func (b *book) trainings() {
	r := b.in.Result
	tr := r.Trainings
	sheet := b.newSheet(t("Trainings and visits", "Képzések és látogatások"), "")
	b.heading(sheet, 3, t("Trainings held against the norms", "Megtartott képzések a normákhoz mérve").In(b.loc))
	var hrows [][]any
	for _, h := range tr.Held {
		hrows = append(hrows, []any{h.Leader, b.name(h.Leader), h.Label.In(b.loc), h.Required, h.Held, hours(h.Hours), hours(h.NormHours), b.banded(h.Share)})
	}
	next := b.table(sheet, "trainingsheld", headerRow, []column{col("ID", "Azonosító", 10), col("Leader", "Vezető", 22), col("Norm", "Norma", 30),
		col("Required", "Előírt", 10), col("Held", "Megtartott", 10), col("Hours held", "Megtartott órák", 12), col("Norm hours", "A norma óraszáma", 12),
		col("Hours ÷ norm", "Órák ÷ norma", 12)}, hrows)

	b.heading(sheet, next, t("Hours attended, against the norms of the direct leader", "Képzésen töltött órák a közvetlen vezető normáihoz mérve").In(b.loc))
	var arows [][]any
	for _, a := range tr.Attended {
		arows = append(arows, []any{a.Person, b.name(a.Person), a.Sessions, hours(a.Hours), hours(a.Due), b.banded(a.Share)})
	}
	next = b.table(sheet, "attended", next+1, []column{col("ID", "Azonosító", 0), col("Name", "Név", 0), col("Trainings attended", "Képzések", 0),
		col("Hours", "Órák", 0), col("Norm hours", "A norma óraszáma", 0), col("Hours ÷ norm", "Órák ÷ norma", 0)}, arows)

	b.heading(sheet, next, t("Trainings of the month", "A hónap képzései").In(b.loc))
	var srows [][]any
	for _, s := range tr.Sessions {
		srows = append(srows, []any{s.Date, b.name(s.Leader), wrapped(s.Topic), hours(float64(s.Minutes) / 60), len(s.Attendees), strings.Join(s.Attendees, ", ")})
	}
	next = b.table(sheet, "sessions", next+1, []column{col("Date", "Dátum", 0), col("Leader", "Vezető", 0), col("Topic", "Téma", 30),
		col("Hours", "Órák", 0), col("Attendees", "Résztvevők", 0), col("Attendees (IDs)", "Résztvevők (azonosítók)", 30)}, srows)

	b.heading(sheet, next, t("Joint client visits per manager", "Közös ügyféllátogatások értékesítőnként").In(b.loc))
	var vrows, lrows [][]any
	for _, v := range r.JointVisits {
		vrows = append(vrows, []any{v.Person, b.name(v.Person), v.Visits, v.Due, b.banded(analysis.Ratio(float64(v.Visits), float64(v.Due)))})
		for _, x := range v.List {
			lrows = append(lrows, []any{x.Date, b.name(x.Leader), v.Person, b.name(v.Person), x.Client, wrapped(x.Outcome)})
		}
	}
	next = b.table(sheet, "visits", next+1, []column{col("ID", "Azonosító", 0), col("Name", "Név", 0), col("Visits", "Látogatások", 0),
		col("Due", "Előírt", 0), col("Visits ÷ due", "Látogatások ÷ előírt", 0)}, vrows)
	b.heading(sheet, next, t("Every joint client visit", "Minden közös ügyféllátogatás").In(b.loc))
	b.table(sheet, "visitlist", next+1, []column{col("Date", "Dátum", 0), col("Leader", "Vezető", 0), col("ID", "Azonosító", 0),
		col("Manager", "Értékesítő", 0), col("Client", "Ügyfél", 0), col("Outcome", "Eredmény", 30)}, lrows)
}
