package report

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"

	"salesrhythm"
	"salesrhythm/analysis"
)

// ScorecardPath is where the scorecard of the person goes for month m:
// e.g. out/people/M-001 Anna Kovács/scorecard-2026-11.xlsx.
func (o Output) ScorecardPath(m salesrhythm.Month, p analysis.Person) string {
	return filepath.Join(o.People, o.Folder(p.ID+" "+p.Name), "scorecard-"+m.String()+".xlsx")
}

// writeScorecards writes every person's scorecard, each atomically, on
// every core: at a thousand people they are most of the report's work.
func writeScorecards(in Input, out Output) ([]string, error) {
	if out.Folder == nil {
		return nil, fmt.Errorf("report: Output.Folder is not set, so the scorecards in %s have no folder names", out.People)
	}
	cards := analysis.Scorecards(in.Result, in.Earlier)
	return writeEach(len(cards), func(i int) (string, []byte, error) {
		data, err := BuildScorecard(in.Config, cards[i])
		if err != nil {
			return "", nil, fmt.Errorf("the scorecard of %s: %w", cards[i].Person.ID, err)
		}
		return out.ScorecardPath(cards[i].Month, cards[i].Person), data, nil
	})
}

// cardBook is one person's scorecard being built.
type cardBook struct {
	*book
	s     analysis.Scorecard
	sheet string
	row   int
}

// BuildScorecard renders one person's scorecard in memory: one sheet, their
// own figures beside the aggregates of their group and the department.
func BuildScorecard(cfg salesrhythm.Config, s analysis.Scorecard) ([]byte, error) {
	return buildScorecard(cfg, s, true)
}

// buildScorecard is BuildScorecard, with the sheet held or written straight
// in.
func buildScorecard(cfg salesrhythm.Config, s analysis.Scorecard, hold bool) ([]byte, error) {
	f := excelize.NewFile()
	defer f.Close()
	b := &cardBook{book: &book{f: f, in: Input{Config: cfg, Result: analysis.Result{Month: s.Month, AsOf: s.AsOf}}, loc: cfg.Locale}, s: s}
	b.newStyles()
	b.sheet = t("Scorecard", "Egyéni eredménylap").In(b.loc)
	b.check(f.SetSheetName("Sheet1", b.sheet))
	// The sheet is held and written at once, as the monthly workbook's
	// are: at a thousand people the scorecards are most of the report.
	if hold {
		b.holds, b.held = true, b.hold(b.sheet)
	}
	b.header()
	b.fulfilment()
	b.standing()
	b.activity()
	b.timeUse()
	b.compliance()
	b.roles()
	b.competences()
	b.trend()
	b.onePage(b.sheet)
	title := fmt.Sprintf("%s · %s · %s", t("Scorecard", "Egyéni eredménylap").In(b.loc), salesrhythm.FormatMonth(s.Month, b.loc), s.Person.Name)
	return b.bytes(title, "salesrhythm scorecard", s.Month.First())
}

func (b *cardBook) header() {
	l, p := b.loc, b.s.Person
	c := b.canvas(b.sheet)
	c.value(1, 1, fmt.Sprintf("%s · %s · %s (%s)", t("Scorecard", "Egyéni eredménylap").In(l), salesrhythm.FormatMonth(b.s.Month, l), p.Name, p.ID), b.st.title)
	c.height(1, 26)
	parts := []string{b.in.Config.Company, salesrhythm.LabelOf(salesrhythm.Roles, string(p.Role)).In(l)}
	if p.Group != "" {
		parts = append(parts, fmt.Sprintf(t("group: %s", "csoport: %s").In(l), p.Group))
	}
	if b.s.Leader != nil {
		parts = append(parts, fmt.Sprintf(t("your leader: %s", "az Ön vezetője: %s").In(l), b.s.Leader.Name))
	}
	parts = append(parts, fmt.Sprintf(t("%d working days employed", "%d munkanap az állományban").In(l), p.WorkingDays))
	if r := b.in.Result; r.InProgress() {
		parts = append(parts, fmt.Sprintf(t("as of %s: the month is in progress", "állapot: %s – a hónap még tart").In(l), salesrhythm.FormatDate(r.AsOf, l)))
	}
	c.value(1, 2, strings.Join(parts, " · "), b.st.subtitle)
	b.wideNote(b.sheet, 3, 7, fmt.Sprintf(t("For %s only: your own figures, and of others only the sums and means of your group and the department (each shown when it counts at least %d people).",
		"Csak %s számára: az Ön saját adatai, másokról pedig csak a csoportja és az osztály összesített adatai és átlagai (mindegyik csak akkor, ha legalább %d főre vonatkozik).").In(l), p.Name, analysis.MinPeers))
	for i, w := range []float64{30, 16, 16, 14, 14, 14, 14} {
		c.setWidth(i+1, w)
	}
	b.row = 5
}

// section writes a heading and a table below it and moves past them.
func (b *cardBook) section(title salesrhythm.Text, name string, cols []column, rows [][]any) (top int) {
	b.heading(b.sheet, b.row, title.In(b.loc))
	top = b.row + 1
	b.row = b.table(b.sheet, name, top, cols, rows) - 1
	return top
}

func (b *cardBook) fulfilment() {
	p, s := b.s.Person, b.s
	var rows [][]any
	for _, m := range salesrhythm.Measures {
		k := salesrhythm.Measure(m.Key)
		f := p.Measures.Get(k)
		rows = append(rows, []any{m.Label.In(b.loc), b.amount(m.Key, f.Target), b.amount(m.Key, f.Actual), b.banded(f.Fulfilment),
			b.banded(s.Group.Measures.Get(k).Fulfilment), b.banded(s.Department.Measures.Get(k).Fulfilment)})
	}
	top := b.section(t("Your plan fulfilment", "Az Ön tervteljesítése"), "fulfilment", []column{col("Target", "Mutató", 0), col("Your target", "Az Ön célja", 0),
		col("Your actual", "Tény", 0), col("Your fulfilment", "Az Ön teljesítése", 0), col("Your group", "Csoportja", 0), col("Department", "Osztály", 0)}, rows)
	if !hasTargets(p) {
		return
	}
	b.chart(b.sheet, cell(8, top), excelize.Bar, t("Your fulfilment by target", "Az Ön teljesítése célonként"), []excelize.ChartSeries{
		{Name: headerRef(b.sheet, 4, top), Categories: ref(b.sheet, 1, top+1, top+len(rows)), Values: ref(b.sheet, 4, top+1, top+len(rows))},
	}, true, 480, 260)
}

// hasTargets reports whether the plan gives p a target.
func hasTargets(p analysis.Person) bool {
	for _, m := range salesrhythm.Measures {
		if p.Measures.Get(salesrhythm.Measure(m.Key)).Target > 0 {
			return true
		}
	}
	return false
}

func (b *cardBook) standing() {
	l, p := b.loc, b.s.Person
	var text string
	switch {
	case p.Rank != nil:
		format := t("Rank %d of the %d people ranked, %s (%s on the ranking metric).", "Helyezés: %d. (%d rangsorolt munkatárs közül); sáv: %s (rangsorolási mutató: %s).")
		if b.in.Result.InProgress() {
			format = t("Rank %d of the %d people ranked, %s (%s on the ranking metric's pace: the month is in progress).",
				"Helyezés: %d. (%d rangsorolt munkatárs közül); sáv: %s (a rangsorolási mutató üteme: %s, mert a hónap még tart).")
		}
		text = fmt.Sprintf(format.In(l), *p.Rank, b.s.Ranked, bandOf(p, l), b.percent(p.Value))
	default:
		text = fmt.Sprintf(t("Not ranked: %s.", "Rangsoron kívül: %s.").In(l), p.Reason.In(l))
	}
	b.heading(b.sheet, b.row, t("Your standing", "Az Ön helyezése").In(l))
	b.plain(b.row+1, text)
	b.row += 3
	if p.Provisional {
		b.wideNote(b.sheet, b.row-1, 7, fmt.Sprintf(t("Your figures miss values that could not be read: %s. Fix them in your feedback copies and hand them in again.",
			"Az Ön számaiból hiányoznak be nem olvasható értékek: %s. Kérjük, javítsa ki őket a javítandó példányokban, és adja le újra.").In(l),
			Missing(p.Missing, b.in.Config.Currency, l)))
		b.row++
	}
}

// bandOf is p's band as the Rankings sheet and the scorecards name it:
// ", provisional" after it when p's figures miss values; "" for none.
func bandOf(p analysis.Person, l salesrhythm.Locale) string {
	if p.Band == "" {
		return ""
	}
	band := bandWord(p.Band).In(l)
	if p.Provisional && p.Band != analysis.BandProvisional {
		band += t(", provisional", ", előzetes").In(l)
	}
	return band
}

// bandWord names a band, as the Rankings sheet and the scorecards do.
func bandWord(band analysis.Band) salesrhythm.Text {
	switch band {
	case analysis.BandLeader:
		return t("leader", "élenjáró")
	case analysis.BandCore:
		return t("core", "középmezőny")
	case analysis.BandLaggard:
		return t("laggard", "lemaradó")
	case analysis.BandProvisional:
		return t("provisional", "előzetes")
	}
	return t("no band", "nincs sáv")
}

func (b *cardBook) activity() {
	a := b.s.Activity
	if a == nil {
		return
	}
	g, d := b.s.Group, b.s.Department
	rows := [][]any{
		{t("Calls", "Hívások").In(b.loc), a.Calls, "", ""},
		{t("Calls per working day", "Hívás/munkanap").In(b.loc), fracNumber(a.PerWorkingDay), fracNumber(g.CallsPerDay), fracNumber(d.CallsPerDay)},
		{t("Conversations", "Beszélgetések").In(b.loc), a.Conversations, "", ""},
		{t("Meetings set", "Egyeztetett találkozók").In(b.loc), a.MeetingsSet, "", ""},
		{t("Calls → meetings", "Hívás → találkozó").In(b.loc), pct(a.CallsToMeetings), pct(g.CallsToMeetings), pct(d.CallsToMeetings)},
		{t("Meetings → deals", "Találkozó → üzlet").In(b.loc), pct(a.MeetingsToDeals), "", ""},
		{t("Next-contact share", "Következő kapcsolatfelvétel aránya").In(b.loc), pct(a.NextContactShare), pct(g.NextContactShare), pct(d.NextContactShare)},
		{reckoned(b.in.Result, t("Overdue follow-ups at month end", "Elmaradt utánkövetések a hónap végén"), t("Overdue follow-ups", "Elmaradt utánkövetések"), b.loc), len(a.Overdue), "", ""},
		{t("Call registers received", "Beérkezett hívásnaplók").In(b.loc), b.receipt(a.Registers), "", ""},
	}
	b.section(t("Your activity", "Az Ön aktivitása"), "activity", b.meanColumns(), rows)
}

// meanColumns are the columns of a table of one's own figures beside the
// means of the group and the department.
func (b *cardBook) meanColumns() []column {
	return []column{col("Figure", "Mutató", 0), col("You", "Ön", 0), col("Your group's mean", "Csoportja átlaga", 0), col("Department's mean", "Osztály átlaga", 0)}
}

func (b *cardBook) timeUse() {
	u := b.s.TimeUse
	if u == nil {
		return
	}
	g, d := b.s.Group, b.s.Department
	rows := [][]any{
		{t("Active selling share", "Aktív értékesítés aránya").In(b.loc), pct(u.ActiveShare), pct(g.ActiveShare), pct(d.ActiveShare)},
		{t("Plan adherence", "Tervkövetés").In(b.loc), pct(u.Adherence), pct(g.Adherence), pct(d.Adherence)},
		{t("Unfilled slots", "Kitöltetlen idősávok").In(b.loc), u.Unfilled, "", ""},
		{t("Time tables received", "Beérkezett időbeosztások").In(b.loc), b.receipt(u.Tables), "", ""},
	}
	for _, h := range u.Hours {
		if h.Actual > 0 || h.Planned > 0 {
			label := t(h.Activity, h.Activity)
			for _, a := range b.in.Config.TimeTable.Activities {
				if a.Key == h.Activity {
					label = a.Label
				}
			}
			rows = append(rows, []any{fmt.Sprintf(t("%s (h, actual)", "%s (óra, tény)").In(b.loc), label.In(b.loc)), hours(h.Actual), "", ""})
		}
	}
	b.section(t("Your time use", "Az Ön időfelhasználása"), "timeuse", b.meanColumns(), rows)
}

func (b *cardBook) compliance() {
	c := b.s.Compliance
	if c == nil {
		return
	}
	l := b.loc
	rows := [][]any{{t("Compliance", "Normakövetés").In(l), "", "", "", "", b.banded(c.Score), pct(b.s.Department.Compliance)}}
	for _, n := range c.Norms {
		rows = append(rows, []any{n.Label.In(l), n.Required, n.Held, n.OnTime, n.Credited, b.banded(n.Score), ""})
	}
	top := b.section(t("Your meeting compliance", "Az Ön normakövetése"), "compliance", []column{col("Norm", "Norma", 0), col("Required", "Előírt", 0),
		col("Held", "Megtartott", 0), col("On time", "Időben", 0), col("Credited", "Beszámított", 0), col("Score", "Arány", 0), col("Leaders' mean", "Vezetők átlaga", 0)}, rows)
	if c.Reason.En != "" {
		b.note(b.sheet, top+len(rows)+1, c.Reason.In(l))
		b.row++
	}
}

func (b *cardBook) roles() {
	r := b.s.Roles
	if r == nil {
		return
	}
	l := b.loc
	if !r.Received {
		b.heading(b.sheet, b.row, t("Your role scores", "Az Ön vezetői szerepei").In(l))
		text := t("Your self-assessment for the month did not arrive.", "A havi önértékelése nem érkezett meg.")
		if b.in.Result.InProgress() {
			text = t("Your self-assessment for the month is due at its end.", "A havi önértékelése a hónap végén esedékes.")
		}
		b.plain(b.row+1, text.In(l))
		b.row += 3
		return
	}
	var rows [][]any
	for _, x := range r.Roles {
		state := ""
		switch {
		case x.Yes == x.Questions && x.Questions > 0:
			state = t("solid", "erős").In(l)
		case contains(r.Weakest, x.Role):
			state = t("weakest", "leggyengébb").In(l)
		}
		rows = append(rows, []any{x.Label.In(l), x.Yes, x.Questions, x.Change, state})
	}
	top := b.section(t("Your role scores", "Az Ön vezetői szerepei"), "roles", []column{col("Role", "Szerep", 0), col("YES", "IGEN", 0),
		col("Questions", "Kérdések", 0), col("Change since last month", "Változás az előző hónaphoz", 0), col("Solid or weakest", "Erős vagy leggyengébb", 0)}, rows)
	b.chart(b.sheet, cell(8, top), excelize.Radar, t("Role scores (0–3 YES per role)", "Vezetői szerepek pontszáma (szerepenként 0–3 IGEN)"), []excelize.ChartSeries{
		{Name: headerRef(b.sheet, 2, top), Categories: ref(b.sheet, 1, top+1, top+len(rows)), Values: ref(b.sheet, 2, top+1, top+len(rows))},
	}, false, 420, 300)
}

// competences writes the stage each competence had in the person's latest
// one-on-one of the month, beside the means of their group and the
// department.
func (b *cardBook) competences() {
	c := b.s.Competences
	if c == nil {
		return
	}
	l := b.loc
	if c.Rated.IsZero() {
		b.heading(b.sheet, b.row, t("Your competences", "Az Ön kompetenciái").In(l))
		b.plain(b.row+1, t("No one-on-one of the month rated your competences.", "A hónap egyik egyéni beszélgetésén sem értékelték a kompetenciáit.").In(l))
		b.row += 3
		return
	}
	mean := func(cs []analysis.Fraction, i int) any {
		if i >= len(cs) || !cs[i].Valid {
			return b.na()
		}
		return cs[i].Value
	}
	var rows [][]any
	for i, st := range c.Stages {
		var stage any = b.na()
		if st.Stage > 0 {
			stage = st.Stage
		}
		rows = append(rows, []any{salesrhythm.LabelOf(b.in.Config.Competences, st.Competence).In(l), stage, st.Change,
			mean(b.s.Group.Competences, i), mean(b.s.Department.Competences, i)})
	}
	b.section(t("Your competences", "Az Ön kompetenciái"), "competences", []column{col("Competence", "Kompetencia", 0),
		col("Your stage (1–4)", "Az Ön szakasza (1–4)", 0), col("Change", "Változás", 0), col("Your group's mean", "Csoportja átlaga", 0),
		col("Department's mean", "Osztály átlaga", 0)}, rows)
	var stages []string
	for _, st := range salesrhythm.Stages {
		stages = append(stages, st.Label.In(l))
	}
	b.wideNote(b.sheet, b.row, 7, fmt.Sprintf(t("As your one-on-one of %s rated them. Stages: %s.", "Az egyéni beszélgetésen kapott értékelés szerint (dátum: %s). Szakaszok: %s.").In(l),
		salesrhythm.FormatDate(c.Rated, l), strings.Join(stages, "; ")))
	b.row += 2
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func (b *cardBook) trend() {
	l, leader := b.loc, b.s.Person.Role.IsLeader()
	var rows [][]any
	for _, p := range b.s.Trend {
		band := ""
		if p.Band != "" {
			band = bandWord(p.Band).In(l)
		}
		rank := ""
		if p.Rank != nil {
			rank = fmt.Sprintf(t("%d of %d", "%d / %d").In(l), *p.Rank, p.Ranked)
		}
		row := []any{salesrhythm.FormatMonth(p.Month, l), b.banded(p.Measures.Revenue), b.banded(p.Value), rank, band, p.Actual.Calls}
		if leader {
			row = append(row, b.banded(p.Compliance))
		}
		rows = append(rows, row)
	}
	cols := []column{col("Month", "Hónap", 0), col("Revenue fulfilment", "Árbevétel-teljesítés", 0),
		col("Ranking metric", "Rangsorolási mutató", 0), col("Rank", "Helyezés", 0), col("Band", "Sáv", 0), col("Calls", "Hívások", 0)}
	if leader {
		cols = append(cols, col("Compliance", "Normakövetés", 0))
	}
	top := b.section(t("Your months", "Hónapról hónapra"), "trend", cols, rows)
	if len(rows) > 1 {
		b.chart(b.sheet, cell(8, top), excelize.Line, t("Your revenue fulfilment by month", "Az Ön árbevétel-teljesítése havonta"), []excelize.ChartSeries{
			{Name: headerRef(b.sheet, 2, top), Categories: ref(b.sheet, 1, top+1, top+len(rows)), Values: ref(b.sheet, 2, top+1, top+len(rows))},
		}, true, 480, 260)
	}
	b.wideNote(b.sheet, b.row, 7, t("Earlier months are those whose workbooks are still in the inbox.", "A korábbi hónapok azok, amelyek munkafüzetei még az inbox mappában vannak.").In(l))
}

// plain writes a line of plain text in the first column of row.
func (b *cardBook) plain(row int, text string) { b.canvas(b.sheet).value(1, row, text, 0) }
