package report

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"salesrhythm"
	"salesrhythm/analysis"
)

var t = salesrhythm.T

// Layout of every detail sheet: a title block, then the table's header.
const (
	headerRow = 4
	firstRow  = 5
)

// book builds the monthly workbook; the first error sticks.
type book struct {
	f   *excelize.File
	in  Input
	loc salesrhythm.Locale
	st  styles
	err error
	// period names what the workbook covers in each sheet's subtitle, and
	// nothing what an empty table says; the month's when "".
	period  string
	nothing salesrhythm.Text
	// widths are the Summary's column widths, as set.
	widths []float64
	// names are the plan's names by ID key, once asked for (name).
	names map[string]string
	// holds says whether each sheet newSheet adds is held until the next
	// (held), and held is the one held now.
	holds    bool
	held     *held
	finished map[string]bool
	// charts are the charts of the sheets written straight in, added
	// when the workbook is written.
	charts []sheetChart
	// pagesWide are the pages side by side the sheets wider than one
	// print on (fitWide).
	pagesWide map[string]int
}

type styles struct {
	title, subtitle, heading, header, text, wrap, integer, decimal, money, percent, date, na, note int
	change, signed                                                                                 int
	band                                                                                           map[analysis.Band]int
	kpiLabel, kpiDetail, wrapPlain, kpiValue, kpiPercent, kpiMoney                                 int
}

func (b *book) check(err error) {
	if b.err == nil && err != nil {
		b.err = err
	}
}

func (b *book) newStyles() {
	add := func(s *excelize.Style) int {
		id, err := b.f.NewStyle(s)
		b.check(err)
		return id
	}
	money := salesrhythm.CurrencyFormat(b.in.Config.Currency, b.loc)
	border := []excelize.Border{{Type: "bottom", Color: "D9D9D9", Style: 1}}
	fill := func(c string) excelize.Fill { return excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{c}} }
	pct := salesrhythm.PercentFormat(1, b.loc)
	grouped := salesrhythm.NumberFormat(0, b.loc)
	b.st = styles{
		title:    add(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 16, Color: "1F3864"}}),
		subtitle: add(&excelize.Style{Font: &excelize.Font{Color: "595959"}}),
		heading:  add(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 12, Color: "1F4E79"}}),
		header: add(&excelize.Style{Font: &excelize.Font{Bold: true, Color: "FFFFFF"}, Fill: fill("1F4E79"),
			Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}}),
		text:      add(&excelize.Style{Border: border, Alignment: &excelize.Alignment{Vertical: "top"}}),
		wrap:      add(&excelize.Style{Border: border, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}),
		integer:   add(&excelize.Style{Border: border, CustomNumFmt: &grouped}),
		decimal:   add(&excelize.Style{Border: border, CustomNumFmt: ptr(salesrhythm.NumberFormat(1, b.loc))}),
		money:     add(&excelize.Style{Border: border, CustomNumFmt: &money}),
		percent:   add(&excelize.Style{Border: border, CustomNumFmt: &pct}),
		date:      add(&excelize.Style{Border: border, CustomNumFmt: ptr(salesrhythm.DateFormat(b.loc))}),
		na:        add(&excelize.Style{Border: border, Font: &excelize.Font{Italic: true, Color: "808080"}, Alignment: &excelize.Alignment{Horizontal: "right"}}),
		note:      add(&excelize.Style{Font: &excelize.Font{Italic: true, Color: "595959"}, Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}}),
		change:    add(&excelize.Style{Border: border, CustomNumFmt: ptr(pointsFormat(b.loc))}),
		signed:    add(&excelize.Style{Border: border, CustomNumFmt: ptr("+0;-0;0")}),
		kpiLabel:  add(&excelize.Style{Font: &excelize.Font{Color: "595959"}, Alignment: &excelize.Alignment{Vertical: "center"}}),
		kpiDetail: add(&excelize.Style{Font: &excelize.Font{Color: "595959"}, Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}}),
		wrapPlain: add(&excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}),
		kpiValue:  add(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 14, Color: "1F3864"}, CustomNumFmt: &grouped, Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "center", WrapText: true}}),
		kpiPercent: add(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 14, Color: "1F3864"}, CustomNumFmt: &pct,
			Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "center"}}),
		kpiMoney: add(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 14, Color: "1F3864"}, CustomNumFmt: &money,
			Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "center"}}),
		band: map[analysis.Band]int{
			analysis.BandLeader:  add(&excelize.Style{Border: border, CustomNumFmt: &pct, Fill: fill("C6EFCE"), Font: &excelize.Font{Color: "006100"}}),
			analysis.BandCore:    add(&excelize.Style{Border: border, CustomNumFmt: &pct, Fill: fill("FFEB9C"), Font: &excelize.Font{Color: "7F6000"}}),
			analysis.BandLaggard: add(&excelize.Style{Border: border, CustomNumFmt: &pct, Fill: fill("FFC7CE"), Font: &excelize.Font{Color: "9C0006"}}),
		},
	}
}

func ptr[T any](v T) *T { return &v }

// pointsFormat is the number format of a change in percentage points,
// signed.
func pointsFormat(l salesrhythm.Locale) string {
	unit := t(` pp`, ` %-pont`).In(l)
	return fmt.Sprintf(`+0"%[1]s";-0"%[1]s";0"%[1]s"`, unit)
}

// Cell values that need a format beyond their Go type.
type (
	money   float64
	hours   float64
	percent struct {
		f    analysis.Fraction
		band analysis.Band // colour when set
	}
	wrapped string
)

// na is what a figure that cannot be computed shows.
func (b *book) na() string { return t("n/a", "–").In(b.loc) }

// percent writes a fraction for a sentence in the locale's style: 91.4% or
// 91,4 %.
func (b *book) percent(f analysis.Fraction) string {
	if !f.Valid {
		return b.na()
	}
	return salesrhythm.FormatPercent(f.Value, b.loc)
}

// threshold writes a percentage threshold of the configuration, such as
// 100 or 95.5, with the locale's decimal mark.
func (b *book) threshold(v float64) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if b.loc == salesrhythm.Hungarian {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// pct shows a fraction as a percentage, n/a when there is none.
func pct(f analysis.Fraction) percent { return percent{f: f} }

// banded shows a fulfilment coloured by the band its value falls in.
func (b *book) banded(f analysis.Fraction) percent {
	p := percent{f: f}
	if f.Valid {
		r := b.in.Config.Ranking
		v := math.Round(f.Value*1e9) / 1e9
		switch {
		case v >= r.LeaderPercent/100:
			p.band = analysis.BandLeader
		case v < r.LaggardPercent/100:
			p.band = analysis.BandLaggard
		default:
			p.band = analysis.BandCore
		}
	}
	return p
}

// set writes one value with the style its type calls for. Text is always
// written as text, never as a formula.
func (b *book) set(sheet string, col, row int, v any) {
	if val, style := b.value(v); style >= 0 {
		b.canvas(sheet).value(col, row, val, style)
	}
}

// value is what a cell holding v is written as: a string, an int64, a
// float64 or nothing (nil), and in which style; no cell at all when the
// style is negative.
func (b *book) value(v any) (any, int) {
	switch x := v.(type) {
	case nil: // a blank, a gap in a history: ruled like its row
		return nil, b.st.text
	case string:
		return x, b.st.text
	case wrapped:
		return string(x), b.st.wrap
	case int:
		return int64(x), b.st.integer
	case float64:
		if x == math.Trunc(x) {
			return x, b.st.integer
		}
		return x, b.st.decimal
	case hours:
		return float64(x), b.st.decimal
	case money:
		return salesrhythm.RoundMoney(float64(x), b.in.Config.Currency), b.st.money
	case percent:
		if !x.f.Valid {
			return b.na(), b.st.na
		}
		if x.band != "" {
			return x.f.Value, b.st.band[x.band]
		}
		return x.f.Value, b.st.percent
	case salesrhythm.Date:
		if x.IsZero() {
			return nil, -1
		}
		return float64(salesrhythm.D(1899, 12, 30).DaysUntil(x)), b.st.date
	case *int:
		if x == nil {
			return "—", b.st.na
		}
		return int64(*x), b.st.integer
	case change:
		if !x.Valid {
			return nil, b.st.text // a blank
		}
		// In whole percentage points, so that -0.4 points is 0, not "-0".
		return math.Round(x.Value*100) + 0, b.st.change
	case signed:
		if x.n == nil {
			return nil, b.st.text // a blank
		}
		return int64(*x.n), b.st.signed
	case bool:
		return yesNo(x).In(b.loc), b.st.text
	}
	b.check(fmt.Errorf("report: no cell format for %T", v))
	return nil, -1
}

func yesNo(v bool) salesrhythm.Text {
	if v {
		return t("yes", "igen")
	}
	return t("no", "nem")
}

// column is one column of a detail table.
type column struct {
	title salesrhythm.Text
	width float64
}

func col(en, hu string, width float64) column { return column{t(en, hu), width} }

// fileCol is a column of paths in the inbox, which grows further than other
// texts to fit them (maxPathWidth): a path cut short names no file.
func fileCol(width float64) column { return column{fileTitle, width} }

var fileTitle = t("File", "Fájl")

// newSheet adds a sheet with its title block. In a book that holds its
// sheets, the sheet before is finished and this one held.
func (b *book) newSheet(name salesrhythm.Text, subtitle string) string {
	sheet := name.In(b.loc)
	_, err := b.f.NewSheet(sheet)
	b.check(err)
	b.printSetup(sheet)
	if b.holds {
		b.finish()
		b.held = b.hold(sheet)
	}
	period := b.period
	if period == "" {
		period = salesrhythm.FormatMonth(b.in.Result.Month, b.loc)
	}
	sub := b.in.Config.Company + " · " + period
	if subtitle != "" {
		sub += " · " + subtitle
	}
	c := b.canvas(sheet)
	c.value(1, 1, name.In(b.loc), b.st.title)
	c.height(1, 24)
	c.value(1, 2, sub, b.st.subtitle)
	return sheet
}

// finish writes the held sheet, if any.
func (b *book) finish() {
	if b.held != nil {
		b.check(b.held.finish())
		if b.finished == nil {
			b.finished = map[string]bool{}
		}
		b.finished[b.held.sheet] = true
		b.held = nil
	}
}

// pageWidth is how many characters of column width an A4 page printed
// landscape holds at a little over half its size, which can still be read:
// LibreOffice fits some 110 on it at full size.
const pageWidth = 200

// fitWide prints a sheet whose table has columns of widths wider than one
// page on as many pages side by side as it needs, rather than shrinking it
// onto one: the 24 columns of a Friday pack's People sheet came out a
// third of their size. A sheet printed on one page (onePage, called after
// its tables) stays one.
func (b *book) fitWide(sheet string, widths []float64) {
	total := 0.0
	for _, w := range widths {
		total += w
	}
	if pages := int(math.Ceil(total / pageWidth)); pages > max(1, b.pagesWide[sheet]) {
		if b.pagesWide == nil {
			b.pagesWide = map[string]int{}
		}
		b.pagesWide[sheet] = pages
		b.check(b.f.SetPageLayout(sheet, &excelize.PageLayoutOptions{FitToWidth: ptr(pages)}))
	}
}

// printSetup prints a sheet landscape on A4, one page wide.
func (b *book) printSetup(sheet string) { b.check(printWide(b.f, sheet)) }

// printWide prints a sheet of f landscape on A4, one page wide.
func printWide(f *excelize.File, sheet string) error {
	if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Size: ptr(9), Orientation: ptr("landscape"), FitToWidth: ptr(1), FitToHeight: ptr(0)}); err != nil {
		return err
	}
	return f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: ptr(true)})
}

// table writes a header at row top and rows below it as an Excel table with
// a filter, and returns the row after it. An empty table gets a note.
func (b *book) table(sheet, name string, top int, cols []column, rows [][]any) int {
	c := b.canvas(sheet)
	l := b.layout(cols, rows, func(i int) float64 { return c.width(i + 1) })
	for i, col := range cols {
		c.value(i+1, top, col.title.In(b.loc), b.st.header)
	}
	b.fitWide(sheet, l.widths)
	for i, w := range l.widths {
		c.setWidth(i+1, w)
	}
	c.height(top, l.headerHeight)
	for i, r := range rows {
		for j, v := range r {
			b.set(sheet, j+1, top+1+i, v)
		}
		if h := l.heights[i]; h > 0 {
			c.height(top+1+i, h)
		}
	}
	if len(rows) == 0 {
		nothing := b.nothing
		if nothing == (salesrhythm.Text{}) {
			nothing = t("Nothing to show for this month.", "Ebben a hónapban nincs megjeleníthető adat.")
		}
		b.note(sheet, top+1, nothing.In(b.loc))
		return top + 3
	}
	c.table(&excelize.Table{
		Range: fmt.Sprintf("%s:%s", cell(1, top), cell(len(cols), top+len(rows))),
		Name:  "t_" + name, StyleName: "TableStyleLight1", ShowRowStripes: ptr(true),
	}, top, len(cols))
	return top + len(rows) + 3
}

// tableLayout is how wide a table's columns are and how tall its rows.
type tableLayout struct {
	widths       []float64
	headerHeight float64
	heights      []float64 // of each row; 0 leaves it as it is
}

// layout sizes a table's columns, which are width(i) wide before it, and
// its rows.
func (b *book) layout(cols []column, rows [][]any, width func(i int) float64) tableLayout {
	l := tableLayout{widths: make([]float64, len(cols)), heights: make([]float64, len(rows))}
	lines := 2
	for i, c := range cols {
		// Wide enough for the header's longest word, so that it wraps
		// between words and never inside one ("Üzletkötés|ek"), in either
		// language.
		title := c.title.In(b.loc)
		l.widths[i] = max(width(i), c.width, salesrhythm.HeaderWidth(title))
		lines = max(lines, salesrhythm.WrappedLines(title, l.widths[i], salesrhythm.BoldChar))
	}
	l.headerHeight = float64(15*lines + 2)
	// A column of short texts (names, norms, labels) is as wide as its
	// longest, up to a limit; longer texts are wrapped where written.
	for _, r := range rows {
		for j, v := range r {
			s, ok := v.(string)
			if !ok || j >= len(cols) {
				continue
			}
			most := float64(maxTextWidth)
			if cols[j].title == fileTitle {
				most = maxPathWidth
			}
			l.widths[j] = max(l.widths[j], min(most, float64(utf8.RuneCountInString(s))+2))
		}
	}
	// A row is as tall as its longest wrapped text, which LibreOffice
	// would otherwise draw over the rows below.
	for i, r := range rows {
		lines := 1
		for j, v := range r {
			if x, ok := v.(wrapped); ok && j < len(cols) {
				lines = max(lines, salesrhythm.WrappedLines(string(x), l.widths[j], 1.05))
			}
		}
		if lines > 1 {
			l.heights[i] = float64(15 * lines)
		}
	}
	return l
}

// maxTextWidth is the widest a table's column grows for its texts, and
// maxPathWidth for the paths of files.
const (
	maxTextWidth = 48
	maxPathWidth = 90
)

// freeze keeps the title block, the header row and the first cols columns
// in view.
func (b *book) freeze(sheet string, cols int) { b.canvas(sheet).panes(b.panes(cols)) }

func (b *book) panes(cols int) *excelize.Panes {
	return &excelize.Panes{Freeze: true, XSplit: cols, YSplit: headerRow, TopLeftCell: cell(cols+1, firstRow), ActivePane: "bottomRight"}
}

// heading writes a bold line.
func (b *book) heading(sheet string, row int, text string) {
	b.canvas(sheet).value(1, row, text, b.st.heading)
}

// note writes an italic remark across the sheet.
func (b *book) note(sheet string, row int, text string) {
	b.canvas(sheet).value(1, row, text, b.st.note)
}

// wideNote writes a remark across the first cols columns, tall enough to
// read.
func (b *book) wideNote(sheet string, row, cols int, text string) {
	b.note(sheet, row, text)
	c := b.canvas(sheet)
	c.merge(row, 1, cols)
	c.height(row, 48)
}

// headerRef is a header cell as a chart series' name.
func headerRef(sheet string, col, row int) string {
	return fmt.Sprintf("%s!$%s$%d", quote(sheet), colName(col), row)
}

func cell(col, row int) string {
	name, _ := excelize.CoordinatesToCellName(col, row)
	return name
}

func colName(col int) string {
	name, _ := excelize.ColumnNumberToName(col)
	return name
}

func quote(sheet string) string { return "'" + strings.ReplaceAll(sheet, "'", "''") + "'" }

// ref is an absolute range on a sheet for chart series.
func ref(sheet string, col, from, to int) string {
	c := colName(col)
	return fmt.Sprintf("%s!$%s$%d:$%s$%d", quote(sheet), c, from, c, to)
}

// name returns a person's name from the plan, or the ID when unknown.
func (b *book) name(id string) string {
	if b.in.Plan == nil {
		return id
	}
	if b.names == nil {
		b.names = map[string]string{}
		for _, p := range slices.Backward(b.in.Plan.Team) { // the first of an ID wins, as in Plan.Person
			b.names[salesrhythm.IDKey(p.ID)] = p.Name
		}
	}
	if n, ok := b.names[salesrhythm.IDKey(id)]; ok {
		return n
	}
	return id
}
