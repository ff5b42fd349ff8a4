package report

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"

	"salesrhythm"
)

// stageColours colour the competence matrix from red (stage 1) to green
// (stage 4).
var stageColours = []struct{ fill, font string }{
	{"FFC7CE", "9C0006"}, {"FFEB9C", "7F6000"}, {"DDEBF7", "1F4E79"}, {"C6EFCE", "006100"},
}

// competences writes the competence matrix of the one-on-ones, each
// person's change, the training needs, who was not rated and the talks.
func (b *book) competences() {
	c := b.in.Result.Competences
	cs := b.in.Config.Competences
	sheet := b.newSheet(t("Competences", "Kompetenciák"), "")
	var legend []string
	for _, s := range salesrhythm.Stages {
		legend = append(legend, s.Label.In(b.loc))
	}
	b.wideNote(sheet, 3, 8, fmt.Sprintf(t("Learning stage of each competence at the latest one-on-one of the month: %s. Change: since the rating before it, of this month or the last.",
		"Az egyes kompetenciák tanulási szakasza a hónap legutóbbi egyéni beszélgetésén: %s. Változás: az előző értékeléshez képest, ebből vagy az előző hónapból.").In(b.loc), strings.Join(legend, "; ")))
	stage := make([]int, len(stageColours))
	for i, sc := range stageColours {
		id, err := b.f.NewStyle(&excelize.Style{Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{sc.fill}}, Font: &excelize.Font{Bold: true, Color: sc.font},
			Alignment: &excelize.Alignment{Horizontal: "center"}, Border: []excelize.Border{{Type: "bottom", Color: "D9D9D9", Style: 1}}})
		b.check(err)
		stage[i] = id
	}
	head := []column{col("ID", "Azonosító", 10), col("Name", "Név", 22), col("Rated on", "Értékelés napja", 12), col("By", "Értékelte", 20)}
	cols := append([]column{}, head...)
	for _, x := range cs {
		cols = append(cols, column{x.Label, 18})
	}
	var rows, changes [][]any
	for _, p := range c.People {
		by := ""
		if p.Leader != "" {
			by = b.name(p.Leader)
		}
		row := []any{p.Person, b.name(p.Person), p.Rated, by}
		ch := []any{p.Person, b.name(p.Person), p.Previous, by}
		for _, s := range p.Stages {
			var v any
			if s.Stage > 0 {
				v = s.Stage
			}
			row = append(row, v)
			ch = append(ch, s.Change)
		}
		rows = append(rows, row)
		changes = append(changes, ch)
	}
	next := b.table(sheet, "competences", headerRow, cols, rows)
	for i, p := range c.People {
		for j, s := range p.Stages {
			if s.Stage > 0 {
				at := len(head) + 1 + j
				b.canvas(sheet).style(firstRow+i, at, at, stage[min(s.Stage, len(stage))-1])
			}
		}
	}
	b.freeze(sheet, 2)
	b.heading(sheet, next, t("Change since the previous rating", "Változás az előző értékelés óta").In(b.loc))
	ccols := append([]column{col("ID", "Azonosító", 0), col("Name", "Név", 0), col("Previous rating", "Előző értékelés", 12), col("By", "Értékelte", 0)}, cols[len(head):]...)
	next = b.table(sheet, "stagechange", next+1, ccols, changes)

	b.heading(sheet, next, t("Training needs: the team's mean stage", "Képzési igények: a csapat átlagos szakasza").In(b.loc))
	weakest := map[string]bool{}
	for _, k := range c.Weakest {
		weakest[k] = true
	}
	var mrows [][]any
	for _, m := range c.Means {
		mean := fracNumber(m.Mean)
		mrows = append(mrows, []any{m.Label.In(b.loc), mean, m.Rated, weakest[m.Competence]})
	}
	next = b.table(sheet, "trainingneeds", next+1, []column{col("Competence", "Kompetencia", 0), col("Mean stage (1–4)", "Átlagos szakasz (1–4)", 0),
		col("People rated", "Értékelt munkatársak", 0), col("Training need", "Képzési igény", 0)}, mrows)

	b.heading(sheet, next, t("Not rated this month", "A hónapban nem értékelt munkatársak").In(b.loc))
	var urows [][]any
	for _, id := range c.Unrated {
		lead := ""
		if b.in.Plan != nil {
			if p, ok := b.in.Plan.Person(id); ok && p.ReportsTo != "" {
				lead = b.name(p.ReportsTo)
			}
		}
		urows = append(urows, []any{id, b.name(id), lead})
	}
	next = b.table(sheet, "unrated", next+1, []column{col("ID", "Azonosító", 0), col("Name", "Név", 0), col("Direct leader", "Közvetlen vezető", 0)}, urows)

	b.heading(sheet, next, t("One-on-ones of the month", "A hónap egyéni beszélgetései").In(b.loc))
	var trows, srows [][]any
	for _, tk := range c.Talks {
		trows = append(trows, []any{tk.Date, b.name(tk.Leader), tk.Report, b.name(tk.Report), tk.Minutes, tk.Logged,
			wrapped(tk.Situation), wrapped(tk.GoingWell), wrapped(tk.MentorHelp), wrapped(tk.Prospects), tk.Ref.File})
		for _, s := range tk.Steps {
			srows = append(srows, []any{tk.Date, b.name(tk.Leader), b.name(tk.Report), wrapped(s.Step), s.Owner, s.Due})
		}
	}
	next = b.table(sheet, "talks", next+1, []column{col("Date", "Dátum", 0), col("Leader", "Vezető", 0), col("Direct report", "Közvetlen beosztott", 0),
		col("Name", "Név", 0), col("Minutes", "Időtartam (perc)", 0), col("Also in the log", "A naplóban is", 0),
		col("Situation", "Helyzetkép", 30), col("What goes well", "Ami jól megy", 30), col("Where a mentor must help", "Hol kell a mentor segítsége", 30),
		col("Prospects", "Kilátások", 30), fileCol(0)}, trows)
	b.heading(sheet, next, t("Agreed next steps", "Megbeszélt következő lépések").In(b.loc))
	b.table(sheet, "nextsteps", next+1, []column{col("Talk", "Beszélgetés", 0), col("Leader", "Vezető", 0), col("Direct report", "Közvetlen beosztott", 0),
		col("Agreed next step", "Megbeszélt következő lépés", 0), col("Owner", "Felelős", 0), col("Due date", "Határidő", 0)}, srows)
}
