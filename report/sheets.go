package report

import (
	"fmt"
	"slices"
	"strings"

	"github.com/xuri/excelize/v2"

	"salesrhythm"
	"salesrhythm/analysis"
)

// nativeChartLimit is the most rows a native chart binds to; beyond it the
// chart would be unreadable, and the Summary's top-and-bottom images serve.
const nativeChartLimit = 40

// fulfilment writes every person's and group's targets, actuals and
// fulfilment, coloured by band.
func (b *book) fulfilment() {
	r := b.in.Result
	sheet := b.newSheet(t("Fulfilment", "Tervteljesítés"), "")
	cols := []column{col("ID", "Azonosító", 12), col("Name", "Név", 22), col("Group", "Csoport", 15), col("Working days", "Munkanapok", 15)}
	for _, m := range salesrhythm.Measures {
		cols = append(cols,
			column{t(m.Label.En+" target", m.Label.Hu+" – cél"), 15},
			column{t(m.Label.En+" actual", m.Label.Hu+" – tény"), 15},
			column{t(m.Label.En+" %", m.Label.Hu+" – teljesítés"), 10})
	}
	var rows [][]any
	for _, p := range r.People {
		row := []any{p.ID, p.Name, p.Group, p.WorkingDays}
		for _, m := range salesrhythm.Measures {
			f := p.Measures.Get(salesrhythm.Measure(m.Key))
			row = append(row, b.amount(m.Key, f.Target), b.amount(m.Key, f.Actual), b.banded(f.Fulfilment))
		}
		rows = append(rows, row)
	}
	next := b.table(sheet, "fulfilment", headerRow, cols, rows)
	b.freeze(sheet, 2)

	b.heading(sheet, next, t("Groups and department", "Csoportok és az osztály").In(b.loc))
	gcols := []column{col("Group", "Csoport", 0), col("Members", "Létszám", 0)}
	for _, m := range salesrhythm.Measures {
		gcols = append(gcols, column{t(m.Label.En+" target", m.Label.Hu+" – cél"), 0},
			column{t(m.Label.En+" actual", m.Label.Hu+" – tény"), 0}, column{t(m.Label.En+" %", m.Label.Hu+" – teljesítés"), 0})
	}
	var grows [][]any
	groups := append(append([]analysis.Group{}, r.Groups...), r.Department)
	for i, g := range groups {
		name := g.Name
		if i == len(groups)-1 {
			name = t("Department", "Osztály").In(b.loc)
		}
		row := []any{name, len(g.Members)}
		for _, m := range salesrhythm.Measures {
			a := g.Measures.Get(salesrhythm.Measure(m.Key))
			row = append(row, b.amount(m.Key, a.Target), b.amount(m.Key, a.Actual), b.banded(a.Fulfilment))
		}
		grows = append(grows, row)
	}
	gtop := next + 1
	after := b.table(sheet, "groups", gtop, gcols, grows)
	if who := untargeted(r, b.loc); who != "" {
		b.wideNote(sheet, after, 12, fmt.Sprintf(t("In the rows of the groups and the department, the actual and the fulfilment of a measure count the people with its target. With actuals but no target: %s.",
			"A csoportok és az osztály soraiban egy mutató ténye és teljesítése az adott céllal rendelkezőket számolja. Tényük van, de céljuk nincs: %s.").In(b.loc), who))
		after++
	}

	// Native chart: revenue fulfilment by group, and by person for small teams.
	series := []excelize.ChartSeries{{
		Name:       headerRef(sheet, 5, gtop),
		Categories: ref(sheet, 1, gtop+1, gtop+len(grows)),
		Values:     ref(sheet, 5, gtop+1, gtop+len(grows)),
	}}
	b.chart(sheet, cell(1, after), excelize.Bar, t("Revenue fulfilment by group", "Árbevétel-teljesítés csoportonként"), series, true, 640, 320)
	if n := len(rows); n > 0 && n <= nativeChartLimit {
		series := []excelize.ChartSeries{{
			Name:       headerRef(sheet, 7, headerRow),
			Categories: ref(sheet, 2, firstRow, firstRow+n-1),
			Values:     ref(sheet, 7, firstRow, firstRow+n-1),
		}}
		b.chart(sheet, cell(8, after), excelize.Bar, t("Revenue fulfilment by person", "Árbevétel-teljesítés személyenként"), series, true, 640, max(320, uint(n)*18+80))
	}
}

// untargeted lists the people with an actual but no target of a measure
// that others have a target of, each with those measures: the people the
// groups' fulfilment leaves out. "" when there are none.
func untargeted(r analysis.Result, l salesrhythm.Locale) string {
	var out []string
	for _, p := range r.People {
		var ms []string
		for _, m := range salesrhythm.Measures {
			k := salesrhythm.Measure(m.Key)
			if f := p.Measures.Get(k); f.Target == 0 && f.Actual != 0 && r.Department.Measures.Get(k).Target > 0 {
				ms = append(ms, m.Label.Lower().In(l))
			}
		}
		if len(ms) > 0 {
			out = append(out, fmt.Sprintf("%s (%s)", p.Name, strings.Join(ms, ", ")))
		}
	}
	return strings.Join(out, "; ")
}

// received says whether a monthly workbook (client profiles, a
// self-assessment) is in: received, not due yet while the month is in
// progress, else none received.
func (b *book) received(in bool) string {
	switch {
	case in:
		return t("received", "beérkezett").In(b.loc)
	case b.in.Result.InProgress():
		return t("not due yet", "még nem esedékes").In(b.loc)
	}
	return t("none received", "nem érkezett meg").In(b.loc)
}

// amount is a target or actual in the format of its measure.
func (b *book) amount(measure string, v float64) any {
	if measure == string(salesrhythm.Revenue) {
		return money(v)
	}
	return v
}

// chart adds a native chart bound to ranges of the workbook.
func (b *book) chart(sheet, at string, kind excelize.ChartType, title salesrhythm.Text, series []excelize.ChartSeries, percent bool, w, h uint) {
	c := &excelize.Chart{
		Type:       kind,
		Series:     series,
		Title:      excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: title.In(b.loc)}}},
		Dimension:  excelize.ChartDimension{Width: w, Height: h},
		Legend:     excelize.ChartLegend{Position: "bottom"},
		PlotArea:   excelize.ChartPlotArea{ShowVal: len(series) == 1 && kind != excelize.Radar},
		VaryColors: ptr(false),
	}
	// Dark axis labels: LibreOffice draws the default ones light grey.
	axis := excelize.Font{Color: "262626", Size: 9}
	c.XAxis.Font, c.YAxis.Font = axis, axis
	// The value axis reads as the cells do: 14 000 000, not 14000000.
	c.YAxis.NumFmt = excelize.ChartNumFmt{CustomNumFmt: salesrhythm.NumberFormat(0, b.loc)}
	if percent {
		c.YAxis.NumFmt = excelize.ChartNumFmt{CustomNumFmt: salesrhythm.PercentFormat(0, b.loc)}
	}
	if kind != excelize.Radar {
		c.YAxis.Minimum = ptr(0.0) // bars measured from nought, not from the smallest
	}
	if kind == excelize.Bar {
		c.YAxis.ReverseOrder = false
		c.XAxis.ReverseOrder = true
	}
	b.canvas(sheet).chart(at, c)
}

// rankings writes the ranking with bands and the reasons for the unranked.
func (b *book) rankings() {
	r := b.in.Result
	sheet := b.newSheet(t("Rankings", "Rangsor"), "")
	rk := b.in.Config.Ranking
	metric, paced := rk.Metric, r.InProgress()
	for _, m := range salesrhythm.Measures {
		if m.Key == metric {
			of := t("%s fulfilment", "%s teljesítése")
			if paced {
				of = t("%s pace", "%s üteme")
			}
			metric = fmt.Sprintf(of.In(b.loc), strings.ToLower(m.Label.In(b.loc)))
		}
	}
	if rk.Metric == salesrhythm.MetricScore {
		metric = t("a weighted score of fulfilments", "a teljesítések súlyozott átlaga (pontszám)").In(b.loc)
		if paced {
			metric = t("a weighted score of paces", "az ütemek súlyozott átlaga (pontszám)").In(b.loc)
		}
	}
	if paced {
		metric += fmt.Sprintf(t(", since the month is in progress (as of %s)", ", mert a hónap még tart (állapot: %s)").In(b.loc), salesrhythm.FormatDate(r.AsOf, b.loc))
	}
	b.wideNote(sheet, 3, 7, fmt.Sprintf(t("Ranked on %s. Leader at %s%% or more, laggard below %s%%. At least %d working days employed to be ranked. Targets pro-rated: %s. Ties share a rank (1, 2, 2, 4). Provisional: below the laggard threshold on figures that miss values a problem kept out, so not called a laggard.",
		"Rangsor alapja: %s. Élenjáró: legalább %s\u00a0%%; lemaradó: %s\u00a0%% alatt. A rangsorba az kerül, aki legalább %d munkanapon állományban volt. Időarányos célok: %s. Holtversenyben azonos helyezés (1, 2, 2, 4). Előzetes: a lemaradói küszöb alatt van, de a számaiból egy adatprobléma miatt értékek hiányoznak, ezért nem soroljuk a lemaradók közé.").In(b.loc),
		metric, b.threshold(rk.LeaderPercent), b.threshold(rk.LaggardPercent), rk.MinWorkingDays, yesNo(rk.Prorate).In(b.loc)))
	cols := []column{col("Rank", "Helyezés", 9), col("ID", "Azonosító", 10), col("Name", "Név", 22), col("Group", "Csoport", 14),
		col("Value", "Érték", 10), col("Band", "Sáv", 12), col("Reason not ranked", "Rangsoron kívül, mert", 40),
		col("Figures miss (see Data quality)", "Hiányzik a számaiból (részletek: Adatminőség)", 40)}
	var rows [][]any
	for _, p := range r.People {
		band := bandOf(p, b.loc)
		val := b.banded(p.Value)
		if p.Rank == nil || p.Band == analysis.BandProvisional {
			val = pct(p.Value)
		}
		rows = append(rows, []any{p.Rank, p.ID, p.Name, p.Group, val, band, p.Reason.In(b.loc), Missing(p.Missing, b.in.Config.Currency, b.loc)})
	}
	b.table(sheet, "rankings", headerRow, cols, rows)
	b.freeze(sheet, 3)
}

// activity writes calls, results and conversion per person.
func (b *book) activity() {
	r := b.in.Result
	sheet := b.newSheet(t("Activity", "Aktivitás"), "")
	cols := []column{col("ID", "Azonosító", 10), col("Name", "Név", 22), col("Call registers", "Hívásnaplók", 14), col("Calls", "Hívások", 9), col("Calls per working day", "Hívás/munkanap", 10),
		col("Conversations", "Beszélgetések", 10), col("Meetings set", "Egyeztetett találkozók", 11), col("Deals", "Üzletkötések", 8),
		col("Calls → meetings", "Hívás → találkozó", 10), col("Meetings → deals", "Találkozó → üzlet", 10),
		col("With next contact", "Következő kapcsolatfelvétel megadva", 11), col("Overdue follow-ups", "Elmaradt utánkövetések", 11)}
	for _, res := range salesrhythm.CallResults {
		cols = append(cols, column{res.Label, 10})
	}
	var rows [][]any
	for _, a := range r.Activity {
		row := []any{a.Person, b.name(a.Person), b.receipt(a.Registers), a.Calls, fracNumber(a.PerWorkingDay), a.Conversations, a.MeetingsSet, a.Deals,
			pct(a.CallsToMeetings), pct(a.MeetingsToDeals), pct(a.NextContactShare), len(a.Overdue)}
		for _, res := range salesrhythm.CallResults {
			row = append(row, a.Results[res.Key])
		}
		rows = append(rows, row)
	}
	next := b.table(sheet, "activity", headerRow, cols, rows)
	b.freeze(sheet, 2)
	if n := len(rows); n > 0 && n <= nativeChartLimit {
		b.chart(sheet, cell(1, next), excelize.Col, t("Calls and meetings set", "Hívások és egyeztetett találkozók"), []excelize.ChartSeries{
			{Name: headerRef(sheet, 4, headerRow), Categories: ref(sheet, 2, firstRow, firstRow+n-1), Values: ref(sheet, 4, firstRow, firstRow+n-1)},
			{Name: headerRef(sheet, 7, headerRow), Categories: ref(sheet, 2, firstRow, firstRow+n-1), Values: ref(sheet, 7, firstRow, firstRow+n-1)},
		}, false, 900, 340)
		next += 19
	}
	next = b.funnelTable(sheet, next)
	b.heading(sheet, next, reckoned(r, t("Follow-ups overdue at month end", "Elmaradt utánkövetések a hónap végén"), t("Follow-ups overdue", "Elmaradt utánkövetések"), b.loc))
	var frows [][]any
	for _, a := range r.Activity {
		for _, f := range a.Overdue {
			frows = append(frows, []any{a.Person, b.name(a.Person), f.Client, f.LastCall, f.NextContact, f.Ref.File})
		}
	}
	b.table(sheet, "followups", next+1, []column{col("ID", "Azonosító", 0), col("Name", "Név", 0), col("Client", "Ügyfél", 24),
		col("Last call", "Utolsó hívás", 12), col("Next contact was due", "Tervezett kapcsolatfelvétel", 12), fileCol(0)}, frows)
}

// funnelTable writes the department's funnel at row top, each step with
// its source, and returns the row after it.
func (b *book) funnelTable(sheet string, top int) int {
	f := b.in.Result.Funnel
	b.heading(sheet, top, t("The funnel", "Az értékesítési tölcsér").In(b.loc))
	var rows [][]any
	for _, s := range f.Steps {
		rows = append(rows, []any{s.Label.In(b.loc), s.Count, s.Source.In(b.loc)})
	}
	next := b.table(sheet, "funnel", top+1, []column{col("Step", "Lépés", 0), col("Count", "Darab", 0), col("Source", "Forrás", 0)}, rows)
	if f.ReportedWon != f.DealsWon {
		b.note(sheet, next-1, fmt.Sprintf(t("Deals won counts the Deals rows dated in the month, as the Summary does; the weekly funnels report %d won.",
			"A megkötött üzletek a hónapra keltezett üzletkötési sorok, ahogy az Összefoglalóban; a heti tölcsérek szerint %d.").In(b.loc), f.ReportedWon))
		next++
	}
	return next
}

// receipt says how many of the workbooks due from a person arrived: "3 of
// 5", "none received", or "none due".
func (b *book) receipt(r analysis.Receipt) string {
	switch {
	case r.Due == 0 && r.Received == 0:
		return t("none due", "nem volt esedékes").In(b.loc)
	case r.Received == 0:
		return fmt.Sprintf(t("none received (%d due)", "egy sem érkezett (%d esedékes)").In(b.loc), r.Due)
	}
	return fmt.Sprintf(t("%d of %d", "%d / %d").In(b.loc), r.Received, r.Due)
}

// fracNumber shows a ratio that is not a percentage, e.g. calls per day.
func fracNumber(f analysis.Fraction) any {
	if !f.Valid {
		return percent{f: f}
	}
	return f.Value
}

// timeUse writes hours per activity, active share and adherence.
func (b *book) timeUse() {
	r := b.in.Result
	sheet := b.newSheet(t("Time use", "Időfelhasználás"), "")
	acts := b.in.Config.TimeTable.Activities
	cols := []column{col("ID", "Azonosító", 10), col("Name", "Név", 22), col("Time tables", "Időbeosztások", 14), col("Active selling share", "Aktív értékesítés aránya", 11),
		col("Plan adherence", "Tervkövetés", 10), col("Unfilled slots", "Kitöltetlen idősávok", 10)}
	for _, a := range acts {
		cols = append(cols, column{t(a.Label.En+" (h)", a.Label.Hu+" (óra)"), 11})
	}
	planned := make([]float64, len(acts))
	actual := make([]float64, len(acts))
	var rows [][]any
	for _, u := range r.TimeUse {
		row := []any{u.Person, b.name(u.Person), b.receipt(u.Tables), pct(u.ActiveShare), pct(u.Adherence), u.Unfilled}
		byKey := map[string]analysis.ActivityHours{}
		for _, h := range u.Hours {
			byKey[h.Activity] = h
		}
		for i, a := range acts {
			row = append(row, hours(byKey[a.Key].Actual))
			planned[i] += byKey[a.Key].Planned
			actual[i] += byKey[a.Key].Actual
		}
		rows = append(rows, row)
	}
	next := b.table(sheet, "timeuse", headerRow, cols, rows)
	b.freeze(sheet, 2)
	b.heading(sheet, next, t("Department: hours planned and actual", "Osztály: tervezett és tényleges órák").In(b.loc))
	var trows [][]any
	for i, a := range acts {
		trows = append(trows, []any{a.Label.In(b.loc), hours(planned[i]), hours(actual[i]), yesNo(a.Active).In(b.loc)})
	}
	top := next + 1
	after := b.table(sheet, "timetotals", top, []column{col("Activity", "Tevékenység", 24), col("Planned (h)", "Tervezett (óra)", 0),
		col("Actual (h)", "Tényleges (óra)", 0), col("Active selling", "Aktív értékesítés", 0)}, trows)
	if len(trows) > 0 {
		b.chart(sheet, cell(1, after), excelize.Bar, t("Hours by activity", "Órák tevékenységenként"), []excelize.ChartSeries{
			{Name: headerRef(sheet, 2, top), Categories: ref(sheet, 1, top+1, top+len(trows)), Values: ref(sheet, 2, top+1, top+len(trows))},
			{Name: headerRef(sheet, 3, top), Categories: ref(sheet, 1, top+1, top+len(trows)), Values: ref(sheet, 3, top+1, top+len(trows))},
		}, false, 640, 360)
	}
}

// compliance writes each leader's score and every norm's figures.
func (b *book) compliance() {
	r := b.in.Result
	sheet := b.newSheet(t("Compliance", "Normakövetés"), "")
	norms := b.in.Config.Norms
	cols := []column{col("ID", "Azonosító", 10), col("Leader", "Vezető", 22), col("Direct reports", "Közvetlen beosztottak", 10), col("Compliance", "Normakövetés", 12)}
	for _, n := range norms {
		cols = append(cols, column{n.Label, 13})
	}
	cols = append(cols, col("No figure because", "Nincs mutató, mert", 24))
	var rows [][]any
	for _, c := range r.Compliance {
		row := []any{c.Leader, c.Name, len(c.Reports), b.banded(c.Score)}
		byNorm := map[string]analysis.NormCompliance{}
		for _, n := range c.Norms {
			byNorm[n.Norm] = n
		}
		for _, n := range norms {
			nc, ok := byNorm[n.Key]
			if !ok {
				row = append(row, "")
				continue
			}
			row = append(row, b.banded(nc.Score))
		}
		rows = append(rows, append(row, c.Reason.In(b.loc)))
	}
	notes := b.orphans()
	if r.InProgress() {
		notes = append(notes, fmt.Sprintf(t("The month is in progress (as of %s): the daily and weekly norms ask for the days and weeks due so far, those of this week only from a leader whose log of it is in; the monthly norms fall due at the month's end, so they are shown but not yet in the compliance figure.",
			"A hónap még tart (állapot: %s): a napi és a heti normák az eddig esedékes napokra és hetekre vonatkoznak, az e heti napokra csak annál a vezetőnél, akinek e heti naplója már beérkezett; a havi normák a hónap végén esedékesek, ezért szerepelnek, de még nem számítanak bele a normakövetési mutatóba.").In(b.loc), salesrhythm.FormatDate(r.AsOf, b.loc)))
	}
	if len(notes) > 0 {
		b.wideNote(sheet, 3, 9, strings.Join(notes, " "))
	}
	next := b.table(sheet, "compliance", headerRow, cols, rows)
	b.freeze(sheet, 2)
	if n := len(rows); n > 0 && n <= nativeChartLimit {
		b.chart(sheet, cell(1, next), excelize.Bar, t("Compliance by leader", "Normakövetés vezetőnként"), []excelize.ChartSeries{
			{Name: headerRef(sheet, 4, headerRow), Categories: ref(sheet, 2, firstRow, firstRow+n-1), Values: ref(sheet, 4, firstRow, firstRow+n-1)},
		}, true, 640, max(280, uint(n)*22+80))
		next += 20
	}
	b.heading(sheet, next, t("Every norm in detail", "Normák részletesen").In(b.loc))
	b.wideNote(sheet, next+1, 9, creditNote(b.in.Config.Compliance).In(b.loc))
	var drows [][]any
	for _, c := range r.Compliance {
		for _, n := range c.Norms {
			drows = append(drows, []any{c.Leader, c.Name, n.Label.In(b.loc), n.Required, n.Held, n.OnTime, n.RightLength, n.Credited, b.banded(n.Score)})
		}
	}
	b.table(sheet, "normdetail", next+2, []column{col("ID", "Azonosító", 0), col("Leader", "Vezető", 0), col("Norm", "Norma", 36),
		col("Required", "Előírt", 0), col("Held", "Megtartott", 0), col("On time", "Időben", 0),
		col("Right length", "Megfelelő hosszúságú", 0), col("Credited", "Beszámított", 0), col("Score", "Arány", 0)}, drows)
}

// orphans says, for each person of the plan whose reports-to names nobody
// on its Team sheet, whose norms that changes: no leader's per-report norms
// count the person.
func (b *book) orphans() []string {
	if b.in.Plan == nil {
		return nil
	}
	var norms []string
	for _, n := range b.in.Config.Norms {
		if n.PerReport && n.Count > 0 && !slices.Contains(norms, n.Label.In(b.loc)) {
			norms = append(norms, n.Label.In(b.loc))
		}
	}
	var out []string
	for _, p := range b.in.Plan.Team {
		if p.ReportsTo == "" {
			continue
		}
		if _, ok := b.in.Plan.Person(p.ReportsTo); ok {
			continue
		}
		out = append(out, fmt.Sprintf(t("%[1]s (%[2]s) reports to %[3]s, who is not in the plan: %[1]s is nobody's direct report, so no leader's per-report norms (%[4]s) are due for %[1]s or count %[1]s — see Data quality.",
			"%[1]s (%[2]s) közvetlen vezetőjeként a tervben nem szereplő %[3]s áll: így %[1]s senkinek sem közvetlen beosztottja, és a beosztottanként előírt normák (%[4]s) egyetlen vezetőnél sem számolnak vele; részletek az Adatminőség lapon.").In(b.loc),
			p.ID, p.Name, p.ReportsTo, strings.Join(norms, "; ")))
	}
	return out
}

// creditNote says which held events the Credited column counts.
func creditNote(c salesrhythm.ComplianceConfig) salesrhythm.Text {
	if c.Credit == salesrhythm.CreditHeld {
		return t("Credited: every held event (compliance.credit: held), at most the count a day or a week and what was due. On time and right length are shown, not required. — means the norm sets no such rule.",
			"Beszámított: minden megtartott esemény (compliance.credit: held), naponta vagy hetente legfeljebb a megadott szám, összesen legfeljebb az esedékes mennyiség. Az időben és a megfelelő hosszúság csak tájékoztató. A — jelentése: a norma nem ír elő ilyet.")
	}
	return t("Credited: the held events that were on time and of the right length where the norm sets these (compliance.credit: strict), at most the count a day or a week and what was due: a meeting held late or too long is held, not credited. — means the norm sets no such rule.",
		"Beszámított: azok a megtartott események, amelyek időben voltak és megfelelő hosszúak, amennyiben a norma ezeket előírja (compliance.credit: strict), naponta vagy hetente legfeljebb a megadott szám, összesen legfeljebb az esedékes mennyiség: a későn kezdett vagy túl hosszú értekezlet megtartott, de nem beszámított. A — jelentése: a norma nem ír elő ilyet.")
}

// actions writes the action items and their summaries.
func (b *book) actions() {
	a := b.in.Result.Actions
	sheet := b.newSheet(t("Action items", "Feladatok"), "")
	summary := func(name string, top int, title salesrhythm.Text, rows []analysis.ActionSummary) int {
		b.heading(sheet, top, title.In(b.loc))
		var out [][]any
		for _, s := range rows {
			out = append(out, []any{s.Person, b.name(s.Person), s.Raised, s.Done, s.Moved, s.TimesMoved, s.Open, s.Overdue, pct(s.ClosureRate), fracNumber(s.MedianOpenDays)})
		}
		return b.table(sheet, name, top+1, []column{col("ID", "Azonosító", 10), col("Name", "Név", 22), col("Raised", "Felvett", 9), col("Done", "Kész", 9),
			col("Moved", "Átütemezett", 10), col("Times moved", "Átütemezések száma", 10), col("Open", "Nyitott", 9), col("Overdue", "Lejárt", 9),
			col("Closure rate", "Lezárási arány", 10), col("Median age of open (days)", "Nyitott feladatok kora, medián (nap)", 12)}, out)
	}
	b.wideNote(sheet, 3, 10, t("Raised: the items raised in the month. Done: those done in the month, whenever they were raised. Open: those not done by the month's end (by the as-of day while the month is in progress), whenever raised. So an owner may have more done than raised: items carried over from earlier months.",
		"Felvett: a hónapban felvett feladatok. Kész: a hónapban elvégzettek, bármikor vették is fel őket. Nyitott: a hónap végéig (amíg a hónap tart, a viszonyítási napig) el nem végzettek, bármikor vették is fel őket. Így egy felelősnél több lehet a kész, mint a felvett: a korábbi hónapokból áthozott feladatok miatt.").In(b.loc))
	next := summary("byowner", 5, t("By owner", "Felelősönként"), a.ByOwner)
	next = summary("byleader", next, t("By leader", "Naplót vezető szerint"), a.ByLeader)
	b.heading(sheet, next, t("Every item, as of its latest log", "Minden feladat, a legutóbbi napló szerint").In(b.loc))
	var rows [][]any
	for _, it := range a.Items {
		rows = append(rows, []any{it.Leader, it.RaisedOn, wrapped(it.Issue), it.Owner, it.Due, salesrhythm.LabelOf(salesrhythm.Statuses, it.Status).In(b.loc),
			it.DoneOn, it.TimesMoved, it.Overdue, it.Ref.File, it.ID})
	}
	b.table(sheet, "items", next+1, []column{col("Leader", "Vezető", 0), col("Raised on", "Felvétel dátuma", 12), col("Issue", "Feladat", 36),
		col("Owner", "Felelős", 0), col("Due", "Határidő", 12), col("Status", "Állapot", 0), col("Done on", "Elvégzés dátuma", 12),
		col("Times moved", "Átütemezések száma", 0), col("Overdue", "Lejárt", 0), fileCol(30), col("Item ID", "Feladat-azonosító", 24)}, rows)
}

// roles writes each leader's role scores with a radar chart.
func (b *book) roles() {
	r := b.in.Result
	sheet := b.newSheet(t("Roles", "Vezetői szerepek"), "")
	b.wideNote(sheet, 3, 9, t("A role is solid with all three of its questions answered with a definite YES; \"sometimes\", \"partly\" and \"some of the staff\" are NO. The method: continue until every role has three solid YES.",
		"Erős a szerep, ha mindhárom kérdésére határozott IGEN a válasz; a „néha”, a „részben” és „a munkatársak egy része” NEM-nek számít. A módszer: addig kell folytatni, amíg minden szerep mellett három határozott IGEN áll.").In(b.loc))
	roles := b.in.Config.Assessment.Roles
	cols := []column{col("ID", "Azonosító", 10), col("Leader", "Vezető", 22)}
	for _, ro := range roles {
		cols = append(cols, column{ro.Label, 12})
	}
	cols = append(cols, col("Total YES", "IGEN összesen", 9), col("Answered", "Megválaszolva", 10), col("Complete", "Hiánytalan", 9),
		col("Solid roles", "Erős szerepek", 24), col("Weakest roles", "Leggyengébb szerepek", 24), col("Compared with", "Korábbi önértékelés", 12),
		col("Self-assessment", "Önértékelés", 16))
	var rows [][]any
	for _, rs := range r.Roles {
		row := []any{rs.Person, rs.Name}
		for _, ro := range roles {
			v := 0
			for _, x := range rs.Roles {
				if x.Role == ro.Key {
					v = x.Yes
				}
			}
			row = append(row, v)
		}
		since := ""
		if !rs.Previous.IsZero() {
			since = salesrhythm.FormatMonth(rs.Previous, b.loc)
		}
		row = append(row, rs.Total, fmt.Sprintf("%d/%d", rs.Answered, rs.Questions), rs.Complete,
			b.roleNames(rs.Solid), b.roleNames(rs.Weakest), since, b.received(rs.Received))
		rows = append(rows, row)
	}
	next := b.table(sheet, "roles", headerRow, cols, rows)
	b.freeze(sheet, 2)
	// One series per leader who sent a self-assessment, up to eight, over
	// the seven roles.
	var series []excelize.ChartSeries
	for i, rs := range r.Roles {
		if rs.Received && len(series) < 8 {
			row := firstRow + i
			series = append(series, excelize.ChartSeries{
				Name:       fmt.Sprintf("%s!$B$%d", quote(sheet), row),
				Categories: fmt.Sprintf("%s!$C$%d:$%s$%d", quote(sheet), headerRow, colName(2+len(roles)), headerRow),
				Values:     fmt.Sprintf("%s!$C$%d:$%s$%d", quote(sheet), row, colName(2+len(roles)), row),
			})
		}
	}
	if len(series) > 0 {
		b.chart(sheet, cell(1, next), excelize.Radar, t("Role scores (0–3 YES per role)", "Vezetői szerepek pontszáma (szerepenként 0–3 IGEN)"), series, false, 720, 440)
		next += 24
	}
	b.roleAdvice(sheet, next)
}

func (b *book) roleNames(keys []string) string {
	var out []string
	for _, k := range keys {
		out = append(out, salesrhythm.LabelOf(b.in.Config.Assessment.Roles, k).In(b.loc))
	}
	return strings.Join(out, ", ")
}
