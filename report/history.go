package report

import (
	"bytes"
	"fmt"
	"math"
	"slices"

	chart "github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
	"github.com/xuri/excelize/v2"

	"salesrhythm"
	"salesrhythm/analysis"
)

// The Trends sheet shows the months before the report's as the archive
// holds them: fulfilment by month for the department, each group and each
// person, the leaders' compliance and role scores, and competence stages
// where one-on-ones rate them. A month without a figure — no plan, not in
// the plan, nothing received — is a blank cell, which the native charts
// draw as a gap, never as a zero.

// chartSeriesLimit is the most series a trend chart draws.
const chartSeriesLimit = 8

// monthLabel is a month as a column header: "Nov 2026"; the report's own
// month, while it is in progress, "Dec 2026 (so far)".
func (b *book) monthLabel(m salesrhythm.Month) string {
	name := salesrhythm.FormatMonth(m, b.loc)
	if r := []rune(name); len(r) > 3 && b.loc == salesrhythm.English {
		name = string(r[:3]) + " " + fmt.Sprint(m.Year)
	}
	if r := b.in.Result; m == r.Month && r.InProgress() {
		name += t(" (so far)", " (eddig)").In(b.loc)
	}
	return name
}

// gapWord says why a month has no figure.
func gapWord(gap string) salesrhythm.Text {
	switch gap {
	case analysis.GapNoPlan:
		return t("no plan", "nincs terv")
	case analysis.GapNotInPlan:
		return t("not in the plan", "nincs a tervben")
	case analysis.GapNoData:
		return t("nothing received", "nem érkezett adat")
	}
	return salesrhythm.Text{}
}

// fraction is a fulfilment for a chart-bound cell: a number, or a blank
// for none.
func fraction(f analysis.Fraction) any {
	if !f.Valid {
		return nil
	}
	return percent{f: f}
}

// change is a change in a fraction, signed; a blank when invalid.
type change analysis.Fraction

// history writes the Trends sheet.
func (b *book) history() {
	if h := b.in.History; h != nil && len(h.Months) > 0 {
		// Not "History": Excel reserves that sheet name (exceljs refuses it).
		b.months(t("Trends", "Trendek"), fmt.Sprintf(t("the last %d months", "az utolsó %d hónap").In(b.loc), len(h.Months)))
	}
}

// months writes the months of the history on a sheet of that name.
func (b *book) months(name salesrhythm.Text, subtitle string) {
	h := b.in.History
	sheet := b.newSheet(name, subtitle)
	b.wideNote(sheet, 3, 12, t("Each month with its own plan. A blank is a month without a figure — no plan, not in the plan, or nothing received — not a zero. Change: against the month before, in percentage points of the target.",
		"Minden hónap a saját tervével. Az üres cella adat nélküli hónap — nincs terv, nincs a tervben, vagy nem érkezett adat —, nem nulla. Változás: az előző hónaphoz képest, a cél százalékpontjaiban.").In(b.loc))
	row := b.departmentTrend(sheet, headerRow, h)
	row = b.seriesTable(sheet, row, "history_groups", t("Groups: revenue fulfilment", "Csoportok: árbevétel-teljesítés"), h, groupRows(h, salesrhythm.Revenue), 1)
	row = b.seriesTable(sheet, row, "history_group_deals", t("Groups: deals fulfilment", "Csoportok: üzletkötés-teljesítés"), h, groupRows(h, salesrhythm.Deals), 1)
	row = b.seriesTable(sheet, row, "history_people", t("People: revenue fulfilment", "Munkatársak: árbevétel-teljesítés"), h, personRows(h, salesrhythm.Revenue), 3)
	row = b.seriesTable(sheet, row, "history_people_deals", t("People: deals fulfilment", "Munkatársak: üzletkötés-teljesítés"), h, personRows(h, salesrhythm.Deals), 3)
	row = b.complianceTrend(sheet, row, h)
	row = b.roleTrend(sheet, row, h)
	b.competenceTrend(sheet, row, h)
}

// departmentTrend writes the department's months as rows, with a line
// chart of revenue and deals fulfilment, and returns the next free row.
func (b *book) departmentTrend(sheet string, top int, h *analysis.History) int {
	b.heading(sheet, top, t("Department", "Osztály").In(b.loc))
	top++
	cols := []column{col("Month", "Hónap", 12)}
	for _, m := range []salesrhythm.Measure{salesrhythm.Revenue, salesrhythm.Deals} {
		l := salesrhythm.LabelOf(salesrhythm.Measures, string(m))
		cols = append(cols, column{t(l.En+" target", l.Hu+" – cél"), 15}, column{t(l.En+" actual", l.Hu+" – tény"), 15},
			column{t(l.En+" %", l.Hu+" %"), 10}, column{t(l.En+" change", l.Hu+" – változás"), 11})
	}
	cols = append(cols, col("Note", "Megjegyzés", 18))
	var rows [][]any
	for i, m := range h.Months {
		r := []any{b.monthLabel(m)}
		gap := ""
		for _, k := range []salesrhythm.Measure{salesrhythm.Revenue, salesrhythm.Deals} {
			p := h.Department.Measures.Get(k)[i]
			gap = p.Gap
			if p.Gap != "" {
				r = append(r, nil, nil, nil, nil)
				continue
			}
			r = append(r, b.amount(string(k), p.Target), b.amount(string(k), p.Actual), fraction(p.Fulfilment), change(p.Change))
		}
		rows = append(rows, append(r, gapWord(gap).In(b.loc)))
	}
	after := b.table(sheet, "history_department", top, cols, rows)
	n := len(h.Months)
	series := []excelize.ChartSeries{
		{Name: headerRef(sheet, 4, top), Categories: ref(sheet, 1, top+1, top+n), Values: ref(sheet, 4, top+1, top+n)},
		{Name: headerRef(sheet, 8, top), Categories: ref(sheet, 1, top+1, top+n), Values: ref(sheet, 8, top+1, top+n)},
	}
	b.chart(sheet, cell(1, after), excelize.Line, t("Department fulfilment by month", "Az osztály teljesítése havonta"), series, true, 640, 300)
	return after + 17
}

// trendRow is one row of a months-as-columns table: its leading cells and
// a point per month.
type trendRow struct {
	lead   []any
	points []analysis.Point
}

func groupRows(h *analysis.History, m salesrhythm.Measure) []trendRow {
	var out []trendRow
	for _, g := range h.Groups {
		out = append(out, trendRow{lead: []any{g.Name}, points: g.Measures.Get(m)})
	}
	return out
}

// personRows lists the people with a target for the measure in some month.
func personRows(h *analysis.History, m salesrhythm.Measure) []trendRow {
	var out []trendRow
	for _, p := range h.People {
		pts := p.Measures.Get(m)
		for _, x := range pts {
			if x.Target > 0 {
				out = append(out, trendRow{lead: []any{p.ID, p.Name, p.Group}, points: pts})
				break
			}
		}
	}
	return out
}

// seriesTable writes one row per group or person, a column per month and
// the last month's change, with a line chart of the first rows when they
// are few; lead is how many leading columns name the row.
func (b *book) seriesTable(sheet string, top int, name string, title salesrhythm.Text, h *analysis.History, rows []trendRow, lead int) int {
	var cols []column
	if lead == 1 {
		cols = []column{col("Group", "Csoport", 16)}
	} else {
		cols = []column{col("ID", "Azonosító", 12), col("Name", "Név", 22), col("Group", "Csoport", 16)}
	}
	return b.trendTable(sheet, top, name, title, h, rows, cols)
}

// trendTable is seriesTable with the leading columns heads; a chart's line
// is named by the row's name (the second of three heads, else the first).
func (b *book) trendTable(sheet string, top int, name string, title salesrhythm.Text, h *analysis.History, rows []trendRow, heads []column) int {
	b.heading(sheet, top, title.In(b.loc))
	top++
	cols, lead := slices.Clone(heads), len(heads)
	named := 1
	if lead == 3 {
		named = 2
	}
	for _, m := range h.Months {
		cols = append(cols, column{salesrhythm.Text{En: b.monthLabel(m), Hu: b.monthLabel(m)}, 11})
	}
	cols = append(cols, col("Change", "Változás", 11))
	var cells [][]any
	for _, r := range rows {
		row := append([]any{}, r.lead...)
		for _, p := range r.points {
			row = append(row, fraction(p.Fulfilment))
		}
		cells = append(cells, append(row, change(r.points[len(r.points)-1].Change)))
	}
	after := b.table(sheet, name, top, cols, cells)
	if len(cells) > 0 && len(cells) <= chartSeriesLimit && len(h.Months) > 1 {
		var series []excelize.ChartSeries
		first, last := lead+1, lead+len(h.Months)
		for i := range cells {
			series = append(series, excelize.ChartSeries{
				Name:       fmt.Sprintf("%s!$%s$%d", quote(sheet), colName(named), top+1+i),
				Categories: fmt.Sprintf("%s!$%s$%d:$%s$%d", quote(sheet), colName(first), top, colName(last), top),
				Values:     fmt.Sprintf("%s!$%s$%d:$%s$%d", quote(sheet), colName(first), top+1+i, colName(last), top+1+i),
			})
		}
		b.chart(sheet, cell(1, after), excelize.Line, title, series, true, 640, 300)
		after += 17
	}
	return after
}

// complianceTrend writes each leader's compliance by month.
func (b *book) complianceTrend(sheet string, top int, h *analysis.History) int {
	var rows []trendRow
	for _, c := range h.Compliance {
		pts := make([]analysis.Point, len(c.Points))
		for i, s := range c.Points {
			pts[i] = analysis.Point{Month: s.Month, Gap: s.Gap, Fulfilment: s.Score, Change: s.Change}
		}
		rows = append(rows, trendRow{lead: []any{c.ID, c.Name, salesrhythm.LabelOf(salesrhythm.Roles, string(c.Role)).In(b.loc)}, points: pts})
	}
	heads := []column{col("ID", "Azonosító", 12), col("Name", "Név", 22), col("Role", "Munkakör", 16)}
	return b.trendTable(sheet, top, "history_compliance", t("Leaders: meeting compliance", "Vezetők: vezetési normák követése"), h, rows, heads)
}

// roleTrend writes each leader's role scores by assessment.
func (b *book) roleTrend(sheet string, top int, h *analysis.History) int {
	b.heading(sheet, top, t("Leaders: role scores (YES of 3)", "Vezetők: szerepek pontszáma (IGEN a 3-ból)").In(b.loc))
	top++
	cols := []column{col("ID", "Azonosító", 12), col("Leader", "Vezető", 22), col("Role", "Szerep", 22)}
	for _, m := range h.Months {
		cols = append(cols, column{salesrhythm.Text{En: b.monthLabel(m), Hu: b.monthLabel(m)}, 11})
	}
	cols = append(cols, col("Change", "Változás", 11))
	var rows [][]any
	for _, s := range h.Roles {
		for _, role := range b.in.Config.Assessment.Roles {
			row := []any{s.ID, s.Name, role.Label.In(b.loc)}
			var last *int
			for _, m := range h.Months {
				var v any
				for _, a := range s.Assessments {
					if a.Month != m {
						continue
					}
					for _, x := range a.Roles {
						if x.Role == role.Key {
							v, last = x.Yes, x.Change
						}
					}
				}
				row = append(row, v)
			}
			rows = append(rows, append(row, signed{last}))
		}
	}
	return b.table(sheet, "history_roles", top, cols, rows)
}

// competenceTrend writes each person's competence stages by month, where
// one-on-ones rate them.
func (b *book) competenceTrend(sheet string, top int, h *analysis.History) {
	if len(h.Competences) == 0 {
		return
	}
	b.heading(sheet, top, t("Competences: learning stage (1–4)", "Kompetenciák: tanulási szakasz (1–4)").In(b.loc))
	top++
	cols := []column{col("ID", "Azonosító", 12), col("Name", "Név", 22), col("Competence", "Kompetencia", 22)}
	for _, m := range h.Months {
		cols = append(cols, column{salesrhythm.Text{En: b.monthLabel(m), Hu: b.monthLabel(m)}, 11})
	}
	cols = append(cols, col("Change", "Változás", 11))
	var rows [][]any
	for _, c := range h.Competences {
		label := salesrhythm.LabelOf(b.in.Config.Competences, c.Competence).In(b.loc)
		if label == "" {
			label = c.Competence
		}
		row := []any{c.Person, c.Name, label}
		var last *int
		for _, p := range c.Points {
			var v any
			if p.Stage > 0 {
				v, last = p.Stage, p.Change
			}
			row = append(row, v)
		}
		rows = append(rows, append(row, signed{last}))
	}
	b.table(sheet, "history_competences", top, cols, rows)
}

// signed is a whole-number change shown with its sign, blank when there
// is none.
type signed struct{ n *int }

// trendPicture draws the department's revenue and deals fulfilment by
// month for the Summary; a month without a figure breaks the line.
func (b *book) trendPicture() (picture, bool, error) {
	h := b.in.History
	if h == nil || len(h.Months) < 2 {
		return picture{}, false, nil
	}
	title := t("Department fulfilment by month", "Az osztály teljesítése havonta")
	hi := 1.0
	var lines []chart.Series
	for i, k := range []salesrhythm.Measure{salesrhythm.Revenue, salesrhythm.Deals} {
		color := []drawing.Color{blue, amber}[i]
		name := salesrhythm.LabelOf(salesrhythm.Measures, string(k)).In(b.loc)
		// One series per unbroken run of months: go-chart has no gaps.
		var xs, ys []float64
		flush := func() {
			if len(xs) == 0 {
				return
			}
			s := chart.ContinuousSeries{Name: name, XValues: xs, YValues: ys,
				Style: chart.Style{StrokeColor: color, StrokeWidth: 3, DotColor: color, DotWidth: 5}}
			if len(lines) > 0 && lines[len(lines)-1].GetName() == name {
				s.Name = "" // one legend entry per measure
			}
			lines = append(lines, s)
			xs, ys = nil, nil
		}
		for j, p := range h.Department.Measures.Get(k) {
			if !p.Fulfilment.Valid {
				flush()
				continue
			}
			xs, ys = append(xs, float64(j)), append(ys, p.Fulfilment.Value)
			hi = math.Max(hi, p.Fulfilment.Value)
		}
		flush()
	}
	if len(lines) == 0 {
		return picture{}, false, nil
	}
	ticks, top := niceTicks(hi*1.1, true, b.loc)
	var xticks []chart.Tick
	for i, m := range h.Months {
		xticks = append(xticks, chart.Tick{Value: float64(i), Label: b.monthLabel(m)})
	}
	c := chart.Chart{
		Title:      title.In(b.loc),
		TitleStyle: chart.Style{FontSize: 13, FontColor: drawing.ColorFromHex("1F3864")},
		Width:      960, Height: 420,
		Background: chart.Style{Padding: chart.Box{Top: 48, Left: 110, Right: 24, Bottom: 16}},
		XAxis: chart.XAxis{Range: &chart.ContinuousRange{Min: -0.3, Max: float64(len(h.Months)) - 0.7}, Ticks: xticks,
			Style: chart.Style{FontSize: 8}},
		YAxis: chart.YAxis{Range: &chart.ContinuousRange{Min: 0, Max: top}, Ticks: ticks, Style: chart.Style{FontSize: 8},
			ValueFormatter: func(v any) string { f, _ := v.(float64); return axisLabel(f, true, b.loc) }},
		Series: lines,
	}
	c.Elements = []chart.Renderable{chart.LegendLeft(&c), referenceLine(1, top)}
	var buf bytes.Buffer
	if err := c.Render(chart.PNG, &buf); err != nil {
		return picture{}, false, fmt.Errorf("chart trend.png: %w", err)
	}
	return picture{name: "trend.png", title: title, png: buf.Bytes()}, true, nil
}
