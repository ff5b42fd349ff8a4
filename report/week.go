package report

import (
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	chart "github.com/wcharczuk/go-chart/v2"
	"github.com/xuri/excelize/v2"

	"salesrhythm"
	"salesrhythm/analysis"
	"salesrhythm/internal/parallel"
	"salesrhythm/internal/safefile"
)

// WeekInput is what the Friday packs show: the week's analysis.
type WeekInput struct {
	Config salesrhythm.Config
	Week   analysis.Week
}

// WeekOutput says where the Friday packs go: each leader's in a folder of
// its own under Dir, named by Folder from "ID Name".
type WeekOutput struct {
	Dir    string
	Folder func(string) string
}

// DefaultWeekOutput is where the packs of the week that holds d go under the
// output folder: out/week/2026-W49.
func DefaultWeekOutput(dir string, d salesrhythm.Date, folder func(string) string) WeekOutput {
	return WeekOutput{Dir: filepath.Join(dir, "week", salesrhythm.WeekName(d)), Folder: folder}
}

// PackPath is where the pack of p goes: e.g.
// out/week/2026-W49/L-01 Lajos Vezető/friday-pack-2026-W49.xlsx.
func (o WeekOutput) PackPath(w analysis.Week, p analysis.Pack) string {
	name := salesrhythm.WeekName(w.Week.Start)
	return filepath.Join(o.Dir, o.Folder(p.Leader+" "+p.Name), "friday-pack-"+name+".xlsx")
}

// WritePacks writes every leader's Friday pack, each atomically, and
// returns their paths in the order of the packs.
func WritePacks(in WeekInput, out WeekOutput) ([]string, error) {
	if _, err := chart.GetDefaultFont(); err != nil {
		return nil, err
	}
	return writeEach(len(in.Week.Packs), func(i int) (string, []byte, error) {
		p := in.Week.Packs[i]
		data, err := BuildPack(in, p)
		if err != nil {
			return "", nil, fmt.Errorf("the Friday pack of %s: %w", p.Leader, err)
		}
		return out.PackPath(in.Week, p), data, nil
	})
}

// writeEach builds n workbooks on every core and writes each atomically
// where build says; it returns the paths in order, up to the first that
// failed, and that failure.
func writeEach(n int, build func(i int) (path string, data []byte, err error)) ([]string, error) {
	paths := make([]string, n)
	errs := make([]error, n)
	_ = parallel.For(context.Background(), n, func(i int) {
		path, data, err := build(i)
		if err == nil {
			err = writeInto(path, data)
		}
		paths[i], errs[i] = path, err
	})
	for i, err := range errs {
		if err != nil {
			return paths[:i], err
		}
	}
	return paths, nil
}

// writeInto writes data to path atomically, making its folder first.
func writeInto(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return safefile.WriteFile(path, safefile.Replace, data)
}

// packBook is one leader's Friday pack being built.
type packBook struct {
	*book
	w analysis.Week
	p analysis.Pack
}

// BuildPack renders one leader's Friday pack in memory: a one-page
// Summary, then People, Next week, Action items, the leader's events and
// Submissions.
func BuildPack(in WeekInput, p analysis.Pack) ([]byte, error) {
	f := excelize.NewFile()
	defer f.Close()
	b := &packBook{book: &book{f: f, in: Input{Config: in.Config}, loc: in.Config.Locale,
		nothing: t("Nothing to show for this week.", "Ezen a héten nincs megjeleníthető adat.")}, w: in.Week, p: p}
	b.period = b.weekTitle() + " · " + salesrhythm.FormatPeriod(in.Week.Week, b.loc)
	b.newStyles()
	summary := t("Summary", "Összefoglaló").In(b.loc)
	b.check(f.SetSheetName("Sheet1", summary))
	b.packSummary(summary)
	b.people()
	b.nextWeek()
	b.items()
	b.events()
	b.handedIn()
	title := fmt.Sprintf("%s · %s · %s", t("Friday pack", "Pénteki összesítő").In(b.loc), b.weekTitle(), p.Name)
	return b.bytes(title, "salesrhythm friday-pack", in.Week.Week.Start)
}

// weekTitle is "Week 49" or "49. hét".
func (b *packBook) weekTitle() string {
	_, n := b.w.Week.Start.ISOWeek()
	return fmt.Sprintf(t("Week %d", "%d. hét").In(b.loc), n)
}

// asOf says how far the figures reach: "as of Thursday 2026-12-03, the
// week is not over", or "" for a week that is over.
func (b *packBook) asOf() string {
	if b.w.Complete {
		return ""
	}
	return fmt.Sprintf(t("as of %s (%s): the week is not over", "állapot: %s (%s) – a hét még nem zárult le").In(b.loc),
		salesrhythm.FormatDate(b.w.AsOf, b.loc), salesrhythm.WeekdayName(b.w.AsOf.Weekday(), b.loc))
}

// notIn is over once the week is over, else yet: a workbook of a week
// still going on is not in yet, not missing.
func (b *packBook) notIn(over, yet salesrhythm.Text) salesrhythm.Text {
	if b.w.Complete {
		return over
	}
	return yet
}

// name returns the name of the leader or a direct report, "" for anyone
// else: a pack names nobody outside the leader's team.
func (b *packBook) name(id string) string {
	if salesrhythm.SameID(id, b.p.Leader) {
		return b.p.Name
	}
	for _, r := range b.p.Direct {
		if salesrhythm.SameID(id, r.ID) {
			return r.Name
		}
	}
	return ""
}

// names joins the names of the given IDs.
func (b *packBook) names(ids []string) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = b.name(id)
	}
	return out
}

// money formats an amount for a sentence.
func (b *packBook) money(v float64) string {
	return salesrhythm.FormatMoney(v, b.in.Config.Currency, b.loc)
}

// figure says how a measure of the week stands: "pace 28.6% (target to date
// 7,000,000 Ft); week's target 9,000,000 Ft", or once the week's working
// days are behind, "pace 98.0% of the week's target 9,000,000 Ft".
func (b *packBook) figure(m salesrhythm.Measure, a analysis.Aggregate) string {
	if a.Target == 0 {
		return t("no target this week", "erre a hétre nincs cél").In(b.loc)
	}
	amount := func(v float64) string {
		if m == salesrhythm.Revenue {
			return b.money(v)
		}
		return salesrhythm.FormatNumber(v, b.loc)
	}
	var out string
	if a.ToDate == a.Target { // the week's working days are all behind
		out = fmt.Sprintf(t("pace %s of the week's target %s", "ütem: %s (heti cél: %s)").In(b.loc), b.percent(a.Pace), amount(a.Target))
	} else {
		out = fmt.Sprintf(t("pace %s (target to date %s); week's target %s", "ütem: %s (időarányos cél: %s); heti cél: %s").In(b.loc),
			b.percent(a.Pace), amount(a.ToDate), amount(a.Target))
	}
	if a.ActualToDate != a.Actual {
		out += fmt.Sprintf(t("; paced on the days with a plan: %s", "; az ütem a tervvel rendelkező napok ténye alapján: %s").In(b.loc), amount(a.ActualToDate))
	}
	if a.Total != a.Actual {
		out += fmt.Sprintf(t("; the actual with the reports who have no such target: %s", "; a tény az ilyen céllal nem rendelkező beosztottakéval együtt: %s").In(b.loc), amount(a.Total))
	}
	return out
}

// counted is the actual a week's figure shows: with a target, that of the
// members who have it, the figure its pace is computed from; without, all
// of them.
func counted(a analysis.Aggregate) float64 {
	if a.Target > 0 {
		return a.Actual
	}
	return a.Total
}

// noPlanNote says which days of the week have no plan, and so no target;
// "" when every day has one.
func (b *packBook) noPlanNote() string {
	var days []string
	for _, m := range b.w.NoPlan {
		p := m.Period()
		if p.Start.Before(b.w.Week.Start) {
			p.Start = b.w.Week.Start
		}
		if p.End.After(b.w.Week.End) {
			p.End = b.w.Week.End
		}
		days = append(days, fmt.Sprintf("%s (%s)", salesrhythm.FormatMonth(m, b.loc), salesrhythm.FormatPeriod(p, b.loc)))
	}
	if len(days) == 0 {
		return ""
	}
	return fmt.Sprintf(t("No plan for %s: those days of the week have no target. The week's targets and the pace cover only the days with a plan; the actuals shown count every day. Put the plan in the inbox and run the week again.",
		"Nincs terv: %s – a hét ezen napjaira nincs cél. A heti cél és az ütem csak a tervvel rendelkező napokra vonatkozik; a tény minden nap tételeit tartalmazza. Tegye a tervet az inbox mappába, és készítse el újra a heti összesítőt.").In(b.loc), strings.Join(days, ", "))
}

func (b *packBook) packSummary(sheet string) {
	l := b.loc
	p, w := b.p, b.w
	b.check(b.f.SetCellStr(sheet, "A1", fmt.Sprintf("%s · %s · %s (%s)", t("Friday pack", "Pénteki összesítő").In(l), b.weekTitle(), p.Name, p.Leader)))
	b.check(b.f.SetCellStyle(sheet, "A1", "A1", b.st.title))
	b.check(b.f.SetRowHeight(sheet, 1, 26))
	sub := fmt.Sprintf(t("%s · %s · %d working days · %d direct reports", "%s · %s · %d munkanap · %d közvetlen beosztott").In(l),
		b.in.Config.Company, salesrhythm.FormatPeriod(w.Week, l), w.WorkingDays, len(p.Reports))
	if as := b.asOf(); as != "" {
		sub += " · " + as
	}
	b.check(b.f.SetCellStr(sheet, "A2", sub))
	b.check(b.f.SetCellStyle(sheet, "A2", "A2", b.st.subtitle))
	// The widths fitRow wraps by: label, figure, meaning, notes.
	b.widths = []float64{30, 24, 62, 12}
	b.check(b.f.SetColWidth(sheet, "A", "A", 30))
	b.check(b.f.SetColWidth(sheet, "B", "B", 24))
	b.check(b.f.SetColWidth(sheet, "C", "C", 62))
	b.check(b.f.SetColWidth(sheet, "D", "H", 12))

	row := 4
	team := p.Team.Week
	for _, m := range []salesrhythm.Measure{salesrhythm.Revenue, salesrhythm.Calls, salesrhythm.Meetings, salesrhythm.Deals} {
		a := team.Get(m)
		style := b.st.kpiValue
		if m == salesrhythm.Revenue {
			style = b.st.kpiMoney
		}
		b.kpi(sheet, row, salesrhythm.LabelOf(salesrhythm.Measures, string(m)), counted(a), style, b.figure(m, a))
		row++
	}
	if note := b.noPlanNote(); note != "" {
		b.note(sheet, row, note)
		b.check(b.f.MergeCell(sheet, cell(1, row), cell(4, row)))
		b.check(b.f.SetCellStyle(sheet, cell(1, row), cell(4, row), b.st.note))
		b.check(b.f.SetRowHeight(sheet, row, float64(15*salesrhythm.WrappedLines(note, 30+24+62+12, 1.05)+4)))
		row++
	}
	b.kpi(sheet, row, t("Proposals sent", "Elküldött ajánlatok"), p.Team.Proposals, b.st.kpiValue,
		fmt.Sprintf(t("from %d of %d weekly reports", "%d / %d heti jelentés alapján").In(l), p.Team.Funnel.Reports, p.Team.Members))
	row++
	if !w.Month.IsZero() {
		mr := p.Team.Month.Revenue
		b.kpi(sheet, row, t("Revenue, month to date", "Árbevétel, a hónap eddig"), mr.Total, b.st.kpiMoney,
			fmt.Sprintf(t("%s: pace %s (target to date %s)", "%s: ütem: %s (időarányos cél: %s)").In(l),
				salesrhythm.FormatMonth(w.Month, l), b.percent(mr.Pace), b.money(mr.ToDate)))
		row++
	}
	open, overdue := 0, 0
	for _, it := range p.Earlier {
		if it.Open {
			open++
		}
		if it.Overdue {
			overdue++
		}
	}
	b.kpi(sheet, row, t("Earlier action items to review", "Korábbi feladatok áttekintésre"), len(p.Earlier), b.st.kpiValue,
		fmt.Sprintf(t("%d still open, %d overdue; %d raised this week", "%d még nyitott, %d lejárt; a héten felvett: %d").In(l), open, overdue, len(p.Raised)))
	row++
	var late []string
	for _, m := range p.Missing {
		late = append(late, fmt.Sprintf("%s (%s)", b.name(m.Person), strings.ToLower(salesrhythm.LabelOf(salesrhythm.Kinds, string(m.Kind)).In(l))))
	}
	b.kpi(sheet, row, b.notIn(t("Workbooks not handed in", "Le nem adott munkafüzetek"), t("Workbooks not in yet", "Még be nem érkezett munkafüzetek")), len(p.Missing), b.st.kpiValue, list(late, 4))
	row++
	credited, required := 0, 0
	for _, n := range p.Norms {
		if n.Every != salesrhythm.EveryMonth {
			credited += n.Credited
			required += n.Required
		}
	}
	b.kpi(sheet, row, t("Your events this week", "Az Ön eseményei a héten"), fmt.Sprintf("%d / %d", credited, required), b.st.kpiValue,
		t("credited of required by the weekly and daily norms — see Your events", "beszámított / előírt a napi és heti normák szerint – lásd: Az Ön eseményei").In(l))
	row += 2

	b.heading(sheet, row, t("For the weekly planning meeting", "Javasolt teendők a heti tervezőértekezletre").In(l))
	row++
	for _, line := range b.agenda() {
		b.check(b.f.SetCellStr(sheet, cell(1, row), "• "+line))
		b.check(b.f.MergeCell(sheet, cell(1, row), cell(8, row)))
		row++
	}
	row++
	for i, pic := range b.packPictures() {
		b.check(b.f.AddPictureFromBytes(sheet, cell(1+2*i, row), &excelize.Picture{Extension: ".png", File: pic.png,
			Format: &excelize.GraphicOptions{ScaleX: 0.5, ScaleY: 0.5, OffsetX: 240 * i, AltText: pic.title.In(l)}}))
	}
	b.onePage(sheet)
}

// onePage prints a sheet landscape on one A4 page.
func (b *book) onePage(sheet string) {
	b.check(b.f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Size: ptr(9), Orientation: ptr("landscape"), FitToWidth: ptr(1), FitToHeight: ptr(1)}))
	b.check(b.f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: ptr(true)}))
}

// agenda is what the meeting goes through, in the method's order: the
// earlier action items first, then the week's figures, the help asked for
// and what is missing.
func (b *packBook) agenda() []string {
	l, p := b.loc, b.p
	var out []string
	if len(p.Earlier) > 0 {
		var owners []string
		for _, it := range p.Earlier {
			if it.Open {
				owners = appendOnce(owners, b.owner(it.Owner))
			}
		}
		out = append(out, fmt.Sprintf(t("First follow up the %d action items of earlier weeks (sheet Action items); still open with: %s.",
			"Először a korábbi hetek feladatait tekintse át (%d db, Feladatok munkalap); még nyitott: %s.").In(l), len(p.Earlier), list(owners, 6)))
	}
	var behind []string
	for _, r := range p.Reports {
		if f := r.Week.Revenue.Pace; f.Valid && f.Value < b.in.Config.Ranking.LaggardPercent/100 {
			behind = append(behind, fmt.Sprintf("%s %s", r.Name, b.percent(f)))
		}
	}
	if len(behind) > 0 {
		out = append(out, fmt.Sprintf(t("Below %g%% of the week's revenue pace: %s.", "A heti árbevétel-ütem %g %% alatt: %s.").In(l),
			b.in.Config.Ranking.LaggardPercent, list(behind, 6)))
	}
	for _, r := range p.Reports {
		if r.LastWeek != nil && r.LastWeek.HelpNeeded != "" {
			out = append(out, fmt.Sprintf(t("%s asked last week for help: %s", "Segítséget kért a múlt héten – %s: %s").In(l), r.Name, r.LastWeek.HelpNeeded))
		}
	}
	for _, n := range p.Norms {
		if len(n.Without) > 0 && n.Every == salesrhythm.EveryWeek {
			out = append(out, fmt.Sprintf(t("%s – none this week with: %s.", "%s – a héten nem volt velük: %s.").In(l), n.Label.In(l), list(b.names(n.Without), 6)))
		}
	}
	var doubtful []string
	for _, r := range p.Reports {
		if r.Problems > 0 {
			doubtful = append(doubtful, fmt.Sprintf("%s (%d)", r.Name, r.Problems))
		}
	}
	if len(doubtful) > 0 {
		out = append(out, fmt.Sprintf(t("Workbooks of the week with problems, which may keep values out of these figures: %s; 'salesrhythm check' says which.",
			"A hét hibás munkafüzetei, amelyekből értékek hiányozhatnak a fenti számokból: %s; a „salesrhythm check” megmutatja, melyek.").In(l), list(doubtful, 6)))
	}
	var missing, own []string
	for _, m := range p.Missing {
		if salesrhythm.SameID(m.Person, p.Leader) {
			own = appendOnce(own, strings.ToLower(salesrhythm.LabelOf(salesrhythm.Kinds, string(m.Kind)).In(l)))
			continue
		}
		missing = appendOnce(missing, b.name(m.Person))
	}
	if len(missing) > 0 {
		out = append(out, fmt.Sprintf(b.notIn(t("Ask for the workbooks not handed in (sheet Submissions): %s.", "Kérje be a le nem adott munkafüzeteket (Leadások munkalap): %s."),
			t("Remind them of the workbooks not in yet (sheet Submissions): %s.", "Emlékeztesse őket a még be nem érkezett munkafüzetekre (Leadások munkalap): %s.")).In(l), list(missing, 6)))
	}
	if len(own) > 0 {
		out = append(out, fmt.Sprintf(t("Hand in your own too: %s.", "A saját munkafüzetét is adja le: %s.").In(l), list(own, 6)))
	}
	if len(out) == 0 {
		out = append(out, t("Nothing overdue, nothing missing: agree next week's priorities (sheet Next week).", "Nincs lejárt feladat, nincs hiány: egyeztesse a jövő heti prioritásokat (Jövő hét munkalap).").In(l))
	}
	return out
}

func appendOnce(xs []string, x string) []string {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}

// owner names an action item's owner: the leader, a direct report, or
// someone outside the team, whom the pack does not name.
func (b *packBook) owner(id string) string {
	if n := b.name(id); n != "" {
		return n
	}
	return t("outside your team", "nem az Ön csapatából").In(b.loc)
}

// packPictures renders the Summary's charts: each report's pace of the
// week's revenue and calls targets.
func (b *packBook) packPictures() []picture {
	var out []picture
	for _, m := range []struct {
		measure salesrhythm.Measure
		file    string
		title   salesrhythm.Text
	}{
		{salesrhythm.Revenue, "revenue-pace.png", t("Revenue: pace of the week's target", "Árbevétel: a heti cél időarányos teljesítése")},
		{salesrhythm.Calls, "calls-pace.png", t("Calls: pace of the week's target", "Hívások: a heti cél időarányos teljesítése")},
	} {
		var bars []namedFraction
		for _, r := range b.p.Reports {
			if f := r.Week.Get(m.measure).Pace; f.Valid {
				bars = append(bars, namedFraction{label: r.Name, v: f})
			}
		}
		values, _ := b.fractionBars(bars)
		pic, err := b.barPicture(m.file, m.title, m.title.In(b.loc), values, true, []float64{1}, b.bandKey(false)...)
		b.check(err)
		out = append(out, pic)
	}
	return out
}

// people writes each direct report's week against the week's targets, and
// the team's.
func (b *packBook) people() {
	p := b.p
	sheet := b.newSheet(t("People", "Munkatársak"), b.asOf())
	cols := []column{col("ID", "Azonosító", 10), col("Name", "Név", 22), col("Managers summed", "Összegzett értékesítők", 12)}
	shown := []salesrhythm.Measure{salesrhythm.Revenue, salesrhythm.Calls, salesrhythm.Meetings, salesrhythm.Deals, salesrhythm.NewClients}
	for _, m := range shown {
		lbl := salesrhythm.LabelOf(salesrhythm.Measures, string(m))
		cols = append(cols, column{t(lbl.En+" – week's target", lbl.Hu+" – heti cél"), 14}, column{t(lbl.En+" – actual", lbl.Hu+" – tény"), 13},
			column{t(lbl.En+" – pace", lbl.Hu+" – ütem"), 10})
	}
	cols = append(cols, col("Proposals sent", "Elküldött ajánlatok", 11), col("Active selling share", "Aktív értékesítés aránya", 11),
		col("Revenue – month's pace", "Árbevétel – havi ütem", 11), col("Calls – month's pace", "Hívások – havi ütem", 11),
		col("Not handed in", "Nem adta le", 30), col("Problems in the week's workbooks", "Hibák a hét munkafüzeteiben", 12))
	line := func(r analysis.WeekPerson, id, name string) []any {
		row := []any{id, name, r.Members}
		for _, m := range shown {
			a := r.Week.Get(m)
			row = append(row, b.amount(string(m), a.Target), b.amount(string(m), counted(a)), b.banded(a.Pace))
		}
		var kinds []string
		for _, k := range r.Missing {
			kinds = append(kinds, salesrhythm.LabelOf(salesrhythm.Kinds, string(k)).In(b.loc))
		}
		return append(row, r.Proposals, pct(r.ActiveShare), b.banded(r.Month.Revenue.Pace), b.banded(r.Month.Calls.Pace), strings.Join(kinds, ", "), r.Problems)
	}
	var rows [][]any
	for _, r := range p.Reports {
		rows = append(rows, line(r, r.ID, r.Name))
	}
	n := len(rows)
	if n > 0 {
		rows = append(rows, line(p.Team, "", t("Team", "Csapat összesen").In(b.loc)))
	}
	next := b.table(sheet, "people", headerRow, cols, rows)
	b.freeze(sheet, 2)
	b.wideNote(sheet, next-1, 12, t("Week's target: the month's target of each working day of the week, summed (a week straddling two months takes each day from its own month's plan). Pace: the actual of the records dated in the week up to the as-of day ÷ the week's target of the working days up to it. Meetings and proposals come from the week's weekly report.",
		"Heti cél: a hét minden munkanapjára jutó havi cél összege (a két hónapra átnyúló hét minden napja a saját hónapja tervéből). Ütem: a héten, a viszonyítási napig keltezett tételek ténye ÷ az addigi munkanapokra jutó heti cél. A találkozók és az ajánlatok a hét heti jelentéséből származnak.").In(b.loc)+" "+
		t("A row summing several managers counts, under a target, the actual of those who have that target, as its pace does.",
			"A több értékesítőt összegző sor tényében egy célnál csak azok szerepelnek, akiknek van ilyen céljuk – ahogy az ütemben is.").In(b.loc))
	if note := b.noPlanNote(); note != "" {
		b.wideNote(sheet, next, 12, note)
		next++
	}
	funnelAt := next + 1
	if n > 0 && n <= nativeChartLimit {
		calls := max(280, uint(n)*22+80)
		// One chart below the other, and the funnel below them, a row
		// apart: side by side, the second straddled the two pages the
		// sheet prints on. The rows between keep the default height, 15
		// points, which excelize takes for 15 × 4/3.4 pixels.
		rowsOf := func(px uint) int { return int(math.Ceil(float64(px) * 3.4 / 4 / 15)) }
		callsAt := next + 1 + rowsOf(320) + 1
		funnelAt = callsAt + rowsOf(calls) + 1
		b.chart(sheet, cell(1, next+1), excelize.Col, t("Revenue this week: target and actual", "Árbevétel a héten: cél és tény"), []excelize.ChartSeries{
			{Name: headerRef(sheet, 4, headerRow), Categories: ref(sheet, 2, firstRow, firstRow+n-1), Values: ref(sheet, 4, firstRow, firstRow+n-1)},
			{Name: headerRef(sheet, 5, headerRow), Categories: ref(sheet, 2, firstRow, firstRow+n-1), Values: ref(sheet, 5, firstRow, firstRow+n-1)},
		}, false, 720, 320)
		b.chart(sheet, cell(1, callsAt), excelize.Bar, t("Calls: pace of the week's target", "Hívások: a heti cél időarányos teljesítése"), []excelize.ChartSeries{
			{Name: headerRef(sheet, 9, headerRow), Categories: ref(sheet, 2, firstRow, firstRow+n-1), Values: ref(sheet, 9, firstRow, firstRow+n-1)},
		}, true, 560, calls)
	}
	b.funnel(sheet, funnelAt)
}

// funnel writes the week's funnel of each report at row top.
func (b *packBook) funnel(sheet string, top int) {
	b.heading(sheet, top, t("The week's funnel, from the weekly reports", "A hét tölcsére a heti jelentések alapján").In(b.loc))
	var rows [][]any
	add := func(r analysis.WeekPerson, id, name string) {
		f := r.Funnel
		rows = append(rows, []any{id, name, f.Reports, f.Leads, f.Contacts, f.Meetings, f.Proposals, f.Won, f.Lost})
	}
	for _, r := range b.p.Reports {
		add(r, r.ID, r.Name)
	}
	if len(rows) > 0 {
		add(b.p.Team, "", t("Team", "Csapat összesen").In(b.loc))
	}
	b.table(sheet, "funnel", top+1, []column{col("ID", "Azonosító", 0), col("Name", "Név", 0), col("Weekly reports", "Heti jelentések", 0),
		col("Leads", "Érdeklődők", 0), col("Contacts made", "Kapcsolatfelvételek", 0), col("Client meetings held", "Megtartott ügyféltalálkozók", 0),
		col("Proposals sent", "Elküldött ajánlatok", 0), col("Deals won", "Megkötött üzletek", 0), col("Deals lost", "Elvesztett üzletek", 0)}, rows)
}

// nextWeek puts what each manager planned last week beside what the week
// brought, and their plan for next week.
func (b *packBook) nextWeek() {
	sheet := b.newSheet(t("Next week", "Jövő hét"), b.asOf())
	var rows [][]any
	for _, r := range b.p.Reports {
		if r.Role != salesrhythm.Manager {
			continue
		}
		var last, lastHelp, next, nextHelp string
		if r.LastWeek != nil {
			last, lastHelp = r.LastWeek.Priorities, r.LastWeek.HelpNeeded
		}
		if r.NextWeek != nil {
			next, nextHelp = r.NextWeek.Priorities, r.NextWeek.HelpNeeded
		}
		rows = append(rows, []any{r.ID, r.Name, wrapped(last), wrapped(lastHelp), wrapped(b.brought(r)), wrapped(next), wrapped(nextHelp)})
	}
	cols := []column{col("ID", "Azonosító", 10), col("Name", "Név", 20),
		col("Priorities (last week's report)", "Prioritások (a múlt heti jelentésből)", 34), col("Help needed (last week's report)", "Szükséges segítség (a múlt heti jelentésből)", 30),
		col("What this week brought", "A hét eredménye", 44), col("Priorities for next week", "Prioritások a jövő hétre", 34),
		col("Help needed next week", "Szükséges segítség a jövő héten", 30)}
	b.table(sheet, "nextweek", headerRow, cols, rows)
	b.fitRows(sheet, firstRow, cols, rows)
	b.freeze(sheet, 2)
}

// fitRows makes each table row tall enough for its wrapped text, which
// spreadsheet programs do not measure on opening.
func (b *packBook) fitRows(sheet string, top int, cols []column, rows [][]any) {
	for i, r := range rows {
		lines := 1
		for j, v := range r {
			if s, ok := v.(wrapped); ok && j < len(cols) && cols[j].width > 0 {
				per := max(1, int(cols[j].width*1.1))
				lines = max(lines, (utf8.RuneCountInString(string(s))+per-1)/per)
			}
		}
		b.check(b.f.SetRowHeight(sheet, top+i, float64(lines)*15))
	}
}

// brought sums up a manager's week: the deals with their clients and
// amounts, the meetings and proposals of the weekly report.
func (b *packBook) brought(r analysis.WeekPerson) string {
	l := b.loc
	var deals []string
	for _, d := range r.Deals {
		deals = append(deals, fmt.Sprintf("%s %s", d.Client, b.money(d.Amount)))
	}
	s := salesrhythm.Plural(1, salesrhythm.T("%d deal", "%d üzletkötés"), salesrhythm.T("%d deals", "%d üzletkötés")).In(l, len(r.Deals))
	if len(deals) > 0 {
		s += ": " + strings.Join(deals, "; ")
	}
	if r.Funnel.Reports == 0 {
		return s + "; " + t("no weekly report yet", "heti jelentés még nincs").In(l)
	}
	return s + "; " + salesrhythm.Plural(1, salesrhythm.T("%d client meeting held", "%d megtartott ügyféltalálkozó"), salesrhythm.T("%d client meetings held", "%d megtartott ügyféltalálkozó")).In(l, r.Funnel.Meetings) + ", " + salesrhythm.Plural(1, salesrhythm.T("%d proposal sent", "%d elküldött ajánlat"), salesrhythm.T("%d proposals sent", "%d elküldött ajánlat")).In(l, r.Funnel.Proposals)
}

// items lists the action items: earlier weeks' first, as the method
// orders, each by owner.
func (b *packBook) items() {
	l := b.loc
	sheet := b.newSheet(t("Action items", "Feladatok"), "")
	from := t("no management log of this week or an earlier one arrived", "ehhez vagy korábbi héthez nem érkezett vezetői napló").In(l)
	if !b.p.Log.IsZero() {
		from = fmt.Sprintf(t("as the management log of the week of %s has them", "a %s kezdetű hét vezetői naplója szerint").In(l), salesrhythm.FormatDate(b.p.Log, l))
	}
	b.note(sheet, 3, from)
	cols := []column{col("Owner", "Felelős", 10), col("Owner's name", "Felelős neve", 22), col("Issue", "Feladat", 40), col("Raised on", "Felvétel dátuma", 12),
		col("Due", "Határidő", 12), col("Status", "Állapot", 12), col("Done on", "Elvégzés dátuma", 12), col("Times moved", "Átütemezések száma", 11),
		col("Overdue", "Lejárt", 9)}
	rows := func(items []analysis.Item) [][]any {
		var out [][]any
		for _, it := range items {
			id := it.Owner
			if b.name(id) == "" {
				id = "—"
			}
			out = append(out, []any{id, b.owner(it.Owner), wrapped(it.Issue), it.RaisedOn, it.Due,
				salesrhythm.LabelOf(salesrhythm.Statuses, it.Status).In(l), it.DoneOn, it.TimesMoved, it.Overdue})
		}
		return out
	}
	b.heading(sheet, headerRow, t("Earlier weeks: review these first", "Korábbi hetek: először ezeket tekintse át").In(l))
	earlier := rows(b.p.Earlier)
	next := b.table(sheet, "earlier", headerRow+1, cols, earlier)
	b.fitRows(sheet, headerRow+2, cols, earlier)
	b.heading(sheet, next, t("Raised this week", "A héten felvett feladatok").In(l))
	raised := rows(b.p.Raised)
	b.table(sheet, "raised", next+1, cols, raised)
	b.fitRows(sheet, next+2, cols, raised)
}

// events writes the leader's own events of the week against the norms.
func (b *packBook) events() {
	l := b.loc
	sheet := b.newSheet(t("Your events", "Az Ön eseményei"), b.asOf())
	norms := map[string]salesrhythm.Norm{}
	for _, n := range b.in.Config.Norms {
		norms[n.Key] = n
	}
	var rows [][]any
	for _, n := range b.p.Norms {
		month := ""
		if n.Every == salesrhythm.EveryMonth {
			month = fmt.Sprintf(t("%s to date: %d held, %d of %d credited", "%s eddig: %d megtartott, %d / %d beszámított").In(l),
				salesrhythm.FormatMonth(b.w.Month, l), n.MonthHeld, n.MonthCredited, n.MonthRequired)
		}
		var required, credited any = n.Required, n.Credited
		if n.Every == salesrhythm.EveryMonth {
			required, credited = "", ""
		}
		rows = append(rows, []any{n.Label.In(l), norms[n.Norm].Describe(l), n.Due, required, n.Held, n.OnTime, n.RightLength, credited,
			b.banded(n.Score), month, strings.Join(b.names(n.Without), ", ")})
	}
	next := b.table(sheet, "norms", headerRow, []column{col("Norm", "Norma", 30), col("What it asks", "Előírás", 40), col("Due", "Esedékesség napja", 12),
		col("Required this week", "Előírt a héten", 10), col("Held", "Megtartott", 10), col("On time", "Időben", 9),
		col("Right length", "Megfelelő hosszúságú", 11), col("Credited", "Beszámított", 10), col("Score", "Arány", 9),
		col("Monthly norm", "Havi norma", 36), col("Still due with", "Akikkel még hátravan", 30)}, rows)
	b.wideNote(sheet, next-1, 10, t("Required: what the norm asks of the whole week. Held, on time, right length and credited: the events of your management log dated in the week up to the as-of day. A monthly norm is shown for its month to date. — means the norm sets no such rule.",
		"Előírt: amit a norma az egész hétre előír. Megtartott, időben kezdődött, megfelelő hosszúságú és beszámított: a vezetői napló héten, a viszonyítási napig keltezett eseményei. A havi normát a hónap eddigi része szerint mutatjuk. A — jelentése: a norma nem ír elő ilyet.").In(l))
}

// handedIn writes which of the week's workbooks arrived from whom.
func (b *packBook) handedIn() {
	l := b.loc
	sheet := b.newSheet(t("Submissions", "Leadások"), b.asOf())
	var kinds []salesrhythm.Kind
	cols := []column{col("ID", "Azonosító", 10), col("Name", "Név", 22)}
	for _, c := range salesrhythm.Kinds {
		if k := salesrhythm.Kind(c.Key); k.Weekly() {
			kinds = append(kinds, k)
			cols = append(cols, column{c.Label, 16})
		}
	}
	missing := map[string]bool{}
	for _, m := range b.p.Missing {
		missing[strings.ToLower(m.Person)+"|"+string(m.Kind)] = true
	}
	line := func(id, name string, role salesrhythm.Role) []any {
		row := []any{id, name}
		for _, k := range kinds {
			switch {
			case !k.FilledBy(role):
				row = append(row, "")
			case missing[strings.ToLower(id)+"|"+string(k)]:
				row = append(row, b.notIn(t("✗ missing", "✗ hiányzik"), t("… not in yet", "… még nem érkezett be")).In(l))
			default:
				row = append(row, t("✓ received", "✓ beérkezett").In(l))
			}
		}
		return row
	}
	var rows [][]any
	for _, r := range b.p.Reports {
		rows = append(rows, line(r.ID, r.Name, r.Role))
	}
	rows = append(rows, line(b.p.Leader, b.p.Name, b.p.Role))
	b.table(sheet, "handedin", headerRow, cols, rows)
	b.freeze(sheet, 2)
}
