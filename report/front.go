package report

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"salesrhythm"
	"salesrhythm/analysis"
)

// front writes the Summary sheet: the headline figures a director reads
// in ten seconds, what to do next, and the chart images.
func (b *book) front(sheet string, pics []picture, feedbackDir string) {
	r := b.in.Result
	l := b.loc
	title := t("Monthly sales report", "Havi értékesítési jelentés").In(l) + " · " + salesrhythm.FormatMonth(r.Month, l)
	if r.InProgress() {
		title += fmt.Sprintf(t(" · so far, as of %s", " · eddig, állapot: %s").In(l), salesrhythm.FormatDate(r.AsOf, l))
	}
	b.check(b.f.SetCellStr(sheet, "A1", title))
	b.check(b.f.SetCellStyle(sheet, "A1", "A1", b.st.title))
	b.check(b.f.SetRowHeight(sheet, 1, 26))
	b.check(b.f.SetCellStr(sheet, "A2", fmt.Sprintf(t("%s · %d working days · %d people in the plan", "%s · %d munkanap · %d fő a tervben").In(l),
		b.in.Config.Company, r.WorkingDays, len(r.People))))
	b.check(b.f.SetCellStyle(sheet, "A2", "A2", b.st.subtitle))
	role, detail := b.weakestRole()
	// The figure column holds the weakest role's name whole, up to a
	// width that still leaves the page for the rest; longer (several
	// roles tied), it wraps.
	b.widths = slices.Clone(summaryWidths)
	b.widths[1] = min(44, max(b.widths[1], float64(utf8.RuneCountInString(role))*kpiChar+2))
	for c, w := range b.widths {
		b.check(b.f.SetColWidth(sheet, colName(c+1), colName(c+1), w))
	}

	row := 4
	kpi := func(label salesrhythm.Text, value any, style int, detail string) {
		b.kpi(sheet, row, label, value, style, detail)
		row++
	}
	dept := r.Department.Measures
	pace := r.InProgress() && r.Elapsed > 0
	for _, m := range []salesrhythm.Measure{salesrhythm.Revenue, salesrhythm.Deals, salesrhythm.Calls} {
		a := dept.Get(m)
		style := b.st.kpiValue
		if m == salesrhythm.Revenue {
			style = b.st.kpiMoney
		}
		detail := t("no targets set", "nincs megadott cél").In(l)
		if a.Fulfilment.Valid {
			target := salesrhythm.FormatNumber(a.Target, l)
			if m == salesrhythm.Revenue {
				target = salesrhythm.FormatMoney(a.Target, b.in.Config.Currency, l)
			}
			detail = fmt.Sprintf(t("%[2]s of the %[1]s target", "teljesítés: %[2]s (cél: %[1]s)").In(l), target, b.percent(a.Fulfilment))
			amount := func(v float64) string { return salesrhythm.FormatNumber(v, l) }
			if m == salesrhythm.Revenue {
				amount = func(v float64) string { return salesrhythm.FormatMoney(v, b.in.Config.Currency, l) }
			}
			detail += Targeted(a, amount, l)
			if pace && a.Pace.Valid {
				detail += fmt.Sprintf(t("; pace %s as of %s", "; ütem: %s (állapot: %s)").In(l), b.percent(a.Pace), salesrhythm.FormatDate(r.AsOf, l))
			}
		}
		kpi(salesrhythm.LabelOf(salesrhythm.Measures, string(m)), a.Total, style, detail)
		b.shortfall(sheet, row-1, m)
	}
	if note := PaceNote(r, l); note != "" {
		b.note(sheet, row, note)
		b.check(b.f.MergeCell(sheet, cell(1, row), cell(4, row)))
		b.check(b.f.SetRowHeight(sheet, row, 18))
		row++
	}
	// The unranked are not listed here: Rankings lists them, each with
	// the reason.
	var leaders, laggards, provisional []string
	for _, p := range r.People {
		switch {
		case p.Band == analysis.BandLeader:
			leaders = append(leaders, fmt.Sprintf("%s %s", p.Name, b.percent(p.Value)))
		case p.Band == analysis.BandLaggard:
			laggards = append(laggards, fmt.Sprintf("%s %s", p.Name, b.percent(p.Value)))
		case p.Band == analysis.BandProvisional:
			provisional = append(provisional, fmt.Sprintf("%s %s", p.Name, b.percent(p.Value)))
		}
	}
	rk := b.in.Config.Ranking
	leadersLabel := salesrhythm.Msg("Leaders (≥ %s%%)", "Élenjárók (≥ %s\u00a0%%)").Text(b.threshold(rk.LeaderPercent))
	laggardsLabel := salesrhythm.Msg("Laggards (< %s%%)", "Lemaradók (< %s\u00a0%%)").Text(b.threshold(rk.LaggardPercent))
	kpi(leadersLabel, len(leaders), b.st.kpiValue, list(leaders, 6))
	kpi(laggardsLabel, len(laggards), b.st.kpiValue, list(laggards, 6))
	if len(provisional) > 0 {
		b.check(b.f.SetCellStr(sheet, cell(4, row-1), fmt.Sprintf(provisionalNote.In(l), list(provisional, 6))))
		b.check(b.f.SetCellStyle(sheet, cell(4, row-1), cell(4, row-1), b.st.note))
		b.fitRow(sheet, row-1)
	}

	comp, lowest := b.complianceHeadline()
	if comp.Valid {
		kpi(t("Meeting compliance (leaders' mean)", "Normakövetés (a vezetők átlaga)"), comp.Value, b.st.kpiPercent, lowest)
	} else {
		kpi(t("Meeting compliance (leaders' mean)", "Normakövetés (a vezetők átlaga)"), b.na(), b.st.kpiValue, lowest)
	}
	b.shortfall(sheet, row-1, salesrhythm.Events, salesrhythm.Credits)
	if orphans := b.orphans(); len(orphans) > 0 {
		b.note(sheet, row, strings.Join(orphans, " "))
		b.check(b.f.MergeCell(sheet, cell(1, row), cell(4, row)))
		b.check(b.f.SetRowHeight(sheet, row, float64(18*len(orphans))))
		row++
	}
	s := r.Submissions
	var missingPeople []string
	seen := map[string]bool{}
	for _, m := range s.Missing {
		if !seen[m.Person] {
			seen[m.Person] = true
			missingPeople = append(missingPeople, b.name(m.Person))
		}
	}
	subDetail := t("everything due has arrived", "minden várt munkafüzet beérkezett").In(l)
	if len(s.Missing) > 0 {
		subDetail = fmt.Sprintf(t("%d missing, from %s", "%d munkafüzet hiányzik; nem adta le: %s").In(l), len(s.Missing), list(missingPeople, 6))
	}
	if n := len(s.NotYetDue); n > 0 {
		subDetail += fmt.Sprintf(t("; %d more not due yet", "; további %d még nem esedékes").In(l), n)
	}
	subDetail += "; " + CountWorkbooks(b.in).Files(l)
	kpi(t("Due workbooks received", "Beérkezett munkafüzetek"), fmt.Sprintf("%d / %d", len(s.Received), len(s.Expected)), b.st.kpiValue, subDetail)
	errs, warns := salesrhythm.SeverityCount(b.in.Findings, salesrhythm.Error), salesrhythm.SeverityCount(b.in.Findings, salesrhythm.Warning)
	kpi(t("Data problems", "Adatproblémák"), errorCount.In(l, errs), b.st.kpiValue, warningCount.In(l, warns))
	open, overdue := 0, 0
	for _, s := range r.Actions.ByLeader {
		open += s.Open
		overdue += s.Overdue
	}
	kpi(t("Open action items", "Nyitott feladatok"), open, b.st.kpiValue, fmt.Sprintf(reckoned(r, t("%d overdue at month end", "ebből lejárt a hónap végén: %d"), t("%d overdue", "ebből lejárt: %d"), l), overdue))
	kpi(t("Weakest leader role", "Leggyengébb vezetői szerep"), role, b.st.kpiValue, detail)

	row++
	b.heading(sheet, row, t("What to do next", "Javasolt teendők").In(l))
	row++
	for _, line := range b.nextSteps(laggards, provisional, missingPeople, errs, feedbackDir) {
		b.check(b.f.SetCellStr(sheet, cell(1, row), "• "+line))
		b.check(b.f.MergeCell(sheet, cell(1, row), cell(4, row)))
		b.check(b.f.SetCellStyle(sheet, cell(1, row), cell(4, row), b.st.wrapPlain))
		b.check(b.f.SetRowHeight(sheet, row, float64(15*salesrhythm.WrappedLines("• "+line, b.summaryWidth(), 1)+2)))
		row++
	}
	row++
	// Two charts a row: the left one under the figures (columns A–C), the
	// right one in column D.
	for i, p := range pics {
		at := cell(1+3*(i%2), row+(i/2)*15)
		b.check(b.f.AddPictureFromBytes(sheet, at, &excelize.Picture{Extension: ".png", File: p.png,
			Format: &excelize.GraphicOptions{ScaleX: 0.6, ScaleY: 0.6, AltText: p.title.In(l)}}))
	}
	b.onePage(sheet) // the charts below the figures, the trend's too, on the same page
}

// Targeted follows a's total, shown with its fulfilment, with the actual
// that fulfilment counts when it leaves out people without the target
// (amount writes it); "" when it leaves out nobody or there is none.
func Targeted(a analysis.Aggregate, amount func(float64) string, l salesrhythm.Locale) string {
	if !a.Fulfilment.Valid || a.Total == a.Actual {
		return ""
	}
	return targetedNote.In(l, amount(a.Actual))
}

var targetedNote = salesrhythm.Msg("; the fulfilment counts the %s of the people with a target", "; a teljesítés a céllal rendelkezők tényéből (%s) számol")

// summaryWidths are the Summary's columns: label, figure, what it means,
// and notes; the figure column widens for the weakest role's name.
var summaryWidths = []float64{34, 26, 52, 64}

// kpiChar is the width of a character of a headline figure (bold, 14 pt).
const kpiChar = 1.45

func (b *book) summaryWidth() float64 {
	w := 0.0
	for _, x := range b.widths {
		w += x
	}
	return w
}

// fitRow makes a Summary row tall enough for its wrapped figure (B),
// meaning (C) and note (D).
func (b *book) fitRow(sheet string, row int) {
	if b.widths == nil { // a Friday pack's summary
		b.widths = slices.Clone(summaryWidths)
	}
	lines, height := 1, 22.0
	for c := 2; c <= 4; c++ {
		v, _ := b.f.GetCellValue(sheet, cell(c, row))
		if v == "" {
			continue
		}
		if c == 2 {
			if n := salesrhythm.WrappedLines(v, b.widths[1], kpiChar); n > 1 {
				height = max(height, float64(20*n+4))
			}
			continue
		}
		lines = max(lines, salesrhythm.WrappedLines(v, b.widths[c-1], 1.05))
	}
	b.check(b.f.SetRowHeight(sheet, row, max(height, float64(15*lines+4))))
}

// provisionalNote is the Summary's note beside the laggards on those not
// called laggards because their figures miss values.
var provisionalNote = t("Not called laggards because their figures miss values (provisional): %s — see Rankings and Data quality",
	"Nem soroltuk a lemaradók közé, mert a számaikból értékek hiányoznak (előzetes): %s – részletek a Rangsor és az Adatminőség lapon")

var (
	errorCount   = salesrhythm.Plural(1, salesrhythm.T("%d error", "%d hiba"), salesrhythm.T("%d errors", "%d hiba"))
	warningCount = salesrhythm.Plural(1, salesrhythm.T("and %d warning – see Data quality", "és %d figyelmeztetés – részletek az Adatminőség lapon"),
		salesrhythm.T("and %d warnings – see Data quality", "és %d figyelmeztetés – részletek az Adatminőség lapon"))
)

// shortfall writes beside the headline figure in row what the findings
// keep out of its measures, if anything.
func (b *book) shortfall(sheet string, row int, ms ...salesrhythm.Measure) {
	var notes []string
	for _, m := range ms {
		if s, ok := Shortfalls(b.in.Findings, m); ok {
			notes = append(notes, s.Note(b.in.Config.Currency, b.loc))
		}
	}
	if len(notes) == 0 {
		return
	}
	b.check(b.f.SetCellStr(sheet, cell(4, row), strings.Join(notes, "\n")))
	b.check(b.f.SetCellStyle(sheet, cell(4, row), cell(4, row), b.st.note))
	b.fitRow(sheet, row)
}

// kpi writes one headline figure at row: its label, its value in style,
// and a line saying what it means.
func (b *book) kpi(sheet string, row int, label salesrhythm.Text, value any, style int, detail string) {
	b.check(b.f.SetCellStr(sheet, cell(1, row), label.In(b.loc)))
	b.check(b.f.SetCellStyle(sheet, cell(1, row), cell(1, row), b.st.kpiLabel))
	switch v := value.(type) {
	case string:
		b.check(b.f.SetCellStr(sheet, cell(2, row), v))
	case float64:
		if style == b.st.kpiMoney {
			v = salesrhythm.RoundMoney(v, b.in.Config.Currency)
		}
		b.check(b.f.SetCellFloat(sheet, cell(2, row), v, -1, 64))
	case int:
		b.check(b.f.SetCellInt(sheet, cell(2, row), int64(v)))
	}
	b.check(b.f.SetCellStyle(sheet, cell(2, row), cell(2, row), style))
	b.check(b.f.SetCellStr(sheet, cell(3, row), detail))
	b.check(b.f.SetCellStyle(sheet, cell(3, row), cell(3, row), b.st.kpiDetail))
	b.fitRow(sheet, row)
}

// PaceNote says what the pace shown means and as of which day; "" unless
// the month is in progress: over, its pace is its fulfilment.
func PaceNote(r analysis.Result, l salesrhythm.Locale) string {
	if !r.InProgress() {
		return ""
	}
	day := salesrhythm.FormatDate(r.AsOf, l)
	if r.Elapsed == 0 {
		return fmt.Sprintf(t("No pace yet: by the end of %s no working day of the month had passed.",
			"Ütem még nincs: %s végéig a hónapnak egy munkanapja sem telt el.").In(l), day)
	}
	return fmt.Sprintf(t("Pace as of %[1]s: the actual of the records dated up to that day ÷ the target pro-rated to the %[2]d of %[3]d working days passed; 100%% is on course for the target.",
		"Ütem %[1]s szerint: az aznapig keltezett tételek ténye ÷ a cél időarányos része (eltelt munkanapok: %[2]d / %[3]d); 100\u00a0%% esetén a cél teljesítése felé halad.").In(l), day, r.Elapsed, r.WorkingDays)
}

// complianceHeadline is the leaders' mean compliance and the lowest leader.
func (b *book) complianceHeadline() (analysis.Fraction, string) {
	sum, n := 0.0, 0
	low, lowName := 2.0, ""
	for _, c := range b.in.Result.Compliance {
		if !c.Score.Valid {
			continue
		}
		sum += c.Score.Value
		n++
		if c.Score.Value < low {
			low, lowName = c.Score.Value, c.Name
		}
	}
	if n == 0 {
		return analysis.Fraction{}, t("no leader had meetings due", "egyik vezetőre sem vonatkozott előírt vezetői esemény").In(b.loc)
	}
	return analysis.Ratio(sum, float64(n)), fmt.Sprintf(t("lowest: %s (%s)", "legalacsonyabb: %s (%s)").In(b.loc), lowName, b.percent(analysis.Fraction{Value: low, Valid: true}))
}

// nextSteps turns the month's figures into actions for the director.
func (b *book) nextSteps(laggards, provisional, missing []string, errs int, feedbackDir string) []string {
	l := b.loc
	var out []string
	if len(laggards) > 0 {
		out = append(out, fmt.Sprintf(t("Agree a recovery plan with the laggards: %s.", "Egyeztessen felzárkózási tervet a lemaradókkal: %s.").In(l), list(laggards, 8)))
	}
	if len(provisional) > 0 {
		out = append(out, fmt.Sprintf(t("Have the values the report could not read corrected before judging %s: their figures are incomplete (see Data quality).",
			"Mielőtt értékelné őket (%s), javíttassa ki a be nem olvasható értékeket: a számaik hiányosak (részletek az Adatminőség lapon).").In(l), list(provisional, 8)))
	}
	for _, c := range b.in.Result.Compliance {
		// The director reads this: the advice is about the leaders below.
		if c.Score.Valid && c.Score.Value < b.in.Config.Ranking.LaggardPercent/100 && c.Role != salesrhythm.Director {
			out = append(out, fmt.Sprintf(t("Review the management rhythm with %s (compliance %s): see Compliance.", "Beszélje át a vezetési ritmust az érintett vezetővel: %s (normakövetés: %s); részletek a Normakövetés lapon.").In(l), c.Name, b.percent(c.Score)))
		}
	}
	if len(missing) > 0 {
		out = append(out, fmt.Sprintf(t("Ask for the missing workbooks: %s.", "Kérje be a hiányzó munkafüzeteket: %s.").In(l), list(missing, 8)))
	}
	if errs > 0 {
		out = append(out, fmt.Sprintf(t("Send the feedback copies in %s to their authors to fix and resubmit.", "Küldje vissza a javítandó példányokat (%s) a kitöltőiknek, hogy javítsák ki és adják le újra.").In(l), filepath.Base(filepath.Dir(feedbackDir))+"/"+filepath.Base(feedbackDir)))
	}
	if len(out) == 0 {
		out = append(out, t("Nothing urgent: reward the leaders and approve next month's plan.", "Nincs sürgős teendő: jutalmazza az élenjárókat, és hagyja jóvá a jövő havi tervet.").In(l))
	}
	return out
}

// list joins up to n items and says how many more there are.
func list(items []string, n int) string {
	if len(items) == 0 {
		return "—"
	}
	if len(items) <= n {
		return strings.Join(items, ", ")
	}
	return fmt.Sprintf("%s … (+%d)", strings.Join(items[:n], ", "), len(items)-n)
}

// reckoned is a label of what is open or overdue at the month's end, or,
// while the month is in progress, of what is so at the as-of day, which it
// names.
func reckoned(r analysis.Result, atEnd, partial salesrhythm.Text, l salesrhythm.Locale) string {
	if !r.InProgress() {
		return atEnd.In(l)
	}
	return partial.In(l) + fmt.Sprintf(t(" (as of %s)", " (állapot: %s)").In(l), salesrhythm.FormatDate(r.AsOf, l))
}
