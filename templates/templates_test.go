package templates

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"salesrhythm"
	"salesrhythm/internal/officetest"
	"salesrhythm/schema"
)

var (
	nov  = salesrhythm.Month{Year: 2026, Month: 11}
	week = salesrhythm.Week(salesrhythm.D(2026, 11, 2))
)

// specs returns one workbook of every kind.
func specs(p *salesrhythm.Plan) []Spec {
	person := func(id string) salesrhythm.Person { x, _ := p.Person(id); return x }
	return []Spec{
		PlanSpec(nov),
		{Kind: salesrhythm.KindCallRegister, Person: person("M-001"), Period: week},
		{Kind: salesrhythm.KindTimeTable, Person: person("M-001"), Period: week},
		{Kind: salesrhythm.KindWeeklyReport, Person: person("M-001"), Period: week},
		{Kind: salesrhythm.KindClientProfiles, Person: person("M-001"), Period: nov.Period()},
		{Kind: salesrhythm.KindManagementLog, Person: person("L-01"), Period: week},
		{Kind: salesrhythm.KindOneOnOne, Person: person("L-01"), Period: nov.Period(), About: person("M-001"), Talk: 1},
		{Kind: salesrhythm.KindAssessment, Person: person("L-01"), Period: nov.Period()},
	}
}

func open(t *testing.T, spec Spec, o Options) *excelize.File {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, spec, o); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func TestEveryKindInBothLocales(t *testing.T) {
	for _, l := range salesrhythm.Locales {
		o := options(l)
		for _, spec := range specs(o.Team) {
			t.Run(fmt.Sprintf("%s/%s", l, spec.Kind), func(t *testing.T) {
				f := open(t, spec, o)
				checkMetadata(t, f, spec, l)
				checkSheets(t, f, o.Schema.Kind(spec.Kind), l)
				for _, s := range o.Schema.Kind(spec.Kind).Sheets {
					name := s.Name.In(l)
					checkProtected(t, f, name)
					switch s.Layout {
					case schema.Table:
						checkTable(t, f, &s, l)
					case schema.Form:
						checkForm(t, f, &s, l)
					}
				}
			})
		}
	}
}

func checkMetadata(t *testing.T, f *excelize.File, spec Spec, l salesrhythm.Locale) {
	t.Helper()
	props, err := f.GetCustomProps()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]any{}
	for _, p := range props {
		got[p.Name] = p.Value
	}
	want := Meta(spec, l)
	for k, v := range want {
		if k == schema.MetaVersion {
			// A number; LibreOffice may re-save it as another numeric type.
			if fmt.Sprint(got[k]) != fmt.Sprint(schema.Version) {
				t.Errorf("property %s = %#v, want %d", k, got[k], schema.Version)
			}
			continue
		}
		if got[k] != v {
			t.Errorf("property %s = %#v, want %q", k, got[k], v)
		}
	}
	for i, k := range schema.MetaKeys {
		key, _ := f.GetCellValue(schema.MetaSheet, cell(1, i+1))
		val, _ := f.GetCellValue(schema.MetaSheet, cell(2, i+1))
		if key != k || val != want[k] {
			t.Errorf("metadata sheet row %d = %q %q, want %q %q", i+1, key, val, k, want[k])
		}
	}
	for _, hidden := range []string{schema.MetaSheet, schema.ListsSheet} {
		if visible, err := f.GetSheetVisible(hidden); err != nil || visible {
			t.Errorf("sheet %s visible = %v (%v), want hidden", hidden, visible, err)
		}
	}
	title, _ := f.GetCellValue(f.GetSheetName(1), "A1")
	if spec.Person.ID != "" && !strings.Contains(title, spec.Person.Name+" ("+spec.Person.ID+")") {
		t.Errorf("title %q does not name %s", title, spec.Person.ID)
	}
}

func checkSheets(t *testing.T, f *excelize.File, w *schema.Workbook, l salesrhythm.Locale) {
	t.Helper()
	want := []string{schema.InstructionsSheet.In(l)}
	for _, s := range w.Sheets {
		want = append(want, s.Name.In(l))
	}
	want = append(want, schema.ListsSheet, schema.MetaSheet)
	if got := f.GetSheetList(); !slices.Equal(got, want) {
		t.Errorf("sheets %q, want %q", got, want)
	}
	if f.GetActiveSheetIndex() != 0 {
		t.Errorf("active sheet %d, want the instructions", f.GetActiveSheetIndex())
	}
	text, _ := f.GetCellValue(schema.InstructionsSheet.In(l), cell(1, HeaderRow))
	if text == "" {
		t.Errorf("instructions are empty")
	}
}

func checkProtected(t *testing.T, f *excelize.File, sheet string) {
	t.Helper()
	p, err := f.GetSheetProtection(sheet)
	if err != nil {
		t.Fatalf("%s: %v", sheet, err)
	}
	if !p.SelectLockedCells || !p.SelectUnlockedCells || !p.Sort || !p.AutoFilter || p.Password != "" {
		t.Errorf("%s protection %+v: want select, sort and filter allowed, no password", sheet, p)
	}
}

func checkTable(t *testing.T, f *excelize.File, s *schema.Sheet, l salesrhythm.Locale) {
	t.Helper()
	sheet := s.Name.In(l)
	last := FirstRow + s.Rows - 1
	for i, c := range s.Columns {
		if got, _ := f.GetCellValue(sheet, cell(i+1, HeaderRow)); got != c.Label.In(l) {
			t.Errorf("%s header %d = %q, want %q", sheet, i+1, got, c.Label.In(l))
		}
		for _, row := range []int{FirstRow, last} {
			locked := isLocked(t, f, sheet, cell(i+1, row))
			if locked != (c.Fixed || c.Carried) {
				t.Errorf("%s!%s locked = %v, want %v", sheet, cell(i+1, row), locked, c.Fixed || c.Carried)
			}
		}
	}
	if !isLocked(t, f, sheet, cell(1, HeaderRow)) || !isLocked(t, f, sheet, "A1") {
		t.Errorf("%s: labels are not locked", sheet)
	}
	tables, _ := f.GetTables(sheet)
	wantRange := fmt.Sprintf("A%d:%s", HeaderRow, cell(len(s.Columns), last))
	if len(tables) != 1 || tables[0].Range != wantRange {
		t.Errorf("%s tables %+v, want one over %s", sheet, tables, wantRange)
	}
	panes, _ := f.GetPanes(sheet)
	if !panes.Freeze || panes.YSplit != HeaderRow {
		t.Errorf("%s panes %+v, want the header frozen", sheet, panes)
	}
	dvs, _ := f.GetDataValidations(sheet)
	for i, c := range s.Columns {
		if c.Fixed || c.Carried || c.Type == schema.Text || c.Type == schema.LongText {
			continue
		}
		ref := fmt.Sprintf("%s:%s", cell(i+1, FirstRow), cell(i+1, last))
		dv := findDV(dvs, ref)
		if dv == nil {
			t.Errorf("%s: no validation over %s (%s)", sheet, ref, c.Key)
			continue
		}
		if dv.ErrorTitle == nil || *dv.ErrorTitle == "" {
			t.Errorf("%s %s: validation without an error message", sheet, c.Key)
		}
		if c.Type == schema.Choice || c.Type == schema.YesNo {
			checkList(t, f, dv.Formula1, c, l)
		}
	}
}

func checkForm(t *testing.T, f *excelize.File, s *schema.Sheet, l salesrhythm.Locale) {
	t.Helper()
	sheet := s.Name.In(l)
	for i, c := range s.Columns {
		row := HeaderRow + i
		if got, _ := f.GetCellValue(sheet, cell(1, row)); got != c.Label.In(l) {
			t.Errorf("%s label row %d = %q, want %q", sheet, row, got, c.Label.In(l))
		}
		if !isLocked(t, f, sheet, cell(1, row)) || isLocked(t, f, sheet, cell(2, row)) {
			t.Errorf("%s row %d: want label locked and value unlocked", sheet, row)
		}
	}
}

// checkList checks that a drop-down's source range holds the choices' labels.
func checkList(t *testing.T, f *excelize.File, formula string, c schema.Column, l salesrhythm.Locale) {
	t.Helper()
	choices := c.Choices
	if c.Type == schema.YesNo {
		choices = salesrhythm.YesNo
	}
	sheetPart, rng, ok := strings.Cut(formula, "!")
	if !ok || strings.Trim(sheetPart, "'") != schema.ListsSheet {
		t.Errorf("%s: drop-down source %q is not on the lists sheet", c.Key, formula)
		return
	}
	from, _, _ := strings.Cut(strings.ReplaceAll(rng, "$", ""), ":")
	col, row, _ := excelize.CellNameToCoordinates(from)
	for i, ch := range choices {
		if got, _ := f.GetCellValue(schema.ListsSheet, cell(col, row+i)); got != ch.Label.In(l) {
			t.Errorf("%s list item %d = %q, want %q", c.Key, i, got, ch.Label.In(l))
		}
	}
}

func findDV(dvs []*excelize.DataValidation, ref string) *excelize.DataValidation {
	for _, dv := range dvs {
		if dv.Sqref == ref {
			return dv
		}
	}
	return nil
}

func isLocked(t *testing.T, f *excelize.File, sheet, ref string) bool {
	t.Helper()
	id, err := f.GetCellStyle(sheet, ref)
	if err != nil {
		t.Fatal(err)
	}
	st, err := f.GetStyle(id)
	if err != nil {
		t.Fatal(err)
	}
	// Excel's default is locked; only an explicit Locked: false unlocks.
	return st.Protection == nil || st.Protection.Locked
}

func TestTimeTableGrid(t *testing.T) {
	o := options(salesrhythm.English)
	o.Config.Calendar.Holidays = []salesrhythm.Date{salesrhythm.D(2026, 12, 24), salesrhythm.D(2026, 12, 25)}
	anna, _ := o.Team.Person("M-001")
	// Christmas week: Mon 21–Wed 23 are the only working days.
	f := open(t, Spec{Kind: salesrhythm.KindTimeTable, Person: anna, Period: salesrhythm.Week(salesrhythm.D(2026, 12, 21))}, o)
	for _, sheet := range []string{"Plan", "Actual"} {
		rows, _ := f.GetRows(sheet)
		header := rows[HeaderRow-1]
		want := []string{"Time", "2026-12-21 Monday", "2026-12-22 Tuesday", "2026-12-23 Wednesday"}
		if !slices.Equal(header, want) {
			t.Errorf("%s header %q, want %q", sheet, header, want)
		}
		// 08:00–19:00 in 30-minute slots: 22 rows, the first 08:00, the last 18:30.
		first, _ := f.GetCellValue(sheet, "A5", excelize.Options{RawCellValue: true})
		lastSlot, _ := f.GetCellValue(sheet, "A26", excelize.Options{RawCellValue: true})
		if !near(first, 8.0/24) || !near(lastSlot, 18.5/24) {
			t.Errorf("%s slots %s..%s, want 08:00..18:30", sheet, first, lastSlot)
		}
		if v, _ := f.GetCellValue(sheet, "A27"); v != "" {
			t.Errorf("%s has a slot after 18:30: %q", sheet, v)
		}
		dvs, _ := f.GetDataValidations(sheet)
		if findDV(dvs, "B5:D26") == nil {
			t.Errorf("%s: no activity drop-down over B5:D26", sheet)
		}
		if isLocked(t, f, sheet, "B5") || !isLocked(t, f, sheet, "A5") {
			t.Errorf("%s: want the time column locked and the day cells unlocked", sheet)
		}
	}
}

func near(raw string, want float64) bool {
	var v float64
	_, err := fmt.Sscan(raw, &v)
	return err == nil && math.Abs(v-want) < 1e-9
}

func TestPlanCarriesTheTeamOver(t *testing.T) {
	o := options(salesrhythm.English)
	earlier := team()
	earlier.Team[4].End = salesrhythm.D(2026, 11, 30) // Béla leaves at the end of November
	o.Team, o.Carry = nil, earlier
	dec := salesrhythm.Month{Year: 2026, Month: 12}
	for _, withTargets := range []bool{false, true} {
		o.CarryTargets = withTargets
		f := open(t, PlanSpec(dec), o)
		ids := column(f, "Team", 1)
		want := []string{"D-01", "H-01", "L-01", "M-001", "M-003", "M-004"}
		if !slices.Equal(ids, want) {
			t.Errorf("team %q, want %q (Béla left)", ids, want)
		}
		if got, _ := f.GetCellValue("Team", "C8"); got != "Sales manager" {
			t.Errorf("role shown as %q, want its label", got)
		}
		if got, _ := f.GetCellValue("Team", "F10", excelize.Options{RawCellValue: true}); got != "46342" {
			t.Errorf("Dénes's start date serial = %q, want 46342 (2026-11-16)", got)
		}
		if got := column(f, "Targets", 1); !slices.Equal(got, want) {
			t.Errorf("targets rows %q, want %q", got, want)
		}
		revenue, _ := f.GetCellValue("Targets", "C8", excelize.Options{RawCellValue: true})
		if withTargets != (revenue == "12000000") {
			t.Errorf("with targets %v: Anna's revenue target %q", withTargets, revenue)
		}
	}
}

func column(f *excelize.File, sheet string, col int) []string {
	var out []string
	for row := FirstRow; ; row++ {
		v, _ := f.GetCellValue(sheet, cell(col, row))
		if v == "" {
			return out
		}
		out = append(out, v)
	}
}

func TestAssessmentQuestionsPrefilled(t *testing.T) {
	for _, l := range salesrhythm.Locales {
		o := options(l)
		l1, _ := o.Team.Person("L-01")
		f := open(t, Spec{Kind: salesrhythm.KindAssessment, Person: l1, Period: nov.Period()}, o)
		sheet := o.Schema.Kind(salesrhythm.KindAssessment).Sheet("questions").Name.In(l)
		for i, q := range o.Config.Assessment.Questions {
			no, _ := f.GetCellValue(sheet, cell(1, FirstRow+i))
			text, _ := f.GetCellValue(sheet, cell(2, FirstRow+i))
			if no != fmt.Sprint(i+1) || text != q.Text.In(l) {
				t.Errorf("%s question %d = %q %q", l, i+1, no, text)
			}
		}
	}
}

func TestInstructionsSayWhatApplies(t *testing.T) {
	want := map[salesrhythm.Locale]map[salesrhythm.Kind][]string{
		salesrhythm.English: {
			salesrhythm.KindManagementLog: {"Morning meeting: 1 every working day, at 09:00", "hand it to Hanna Fő (H-01) by 2026-11-09 (Monday)"},
			salesrhythm.KindCallRegister:  {"calls: 400", "revenue: 12,000,000 Ft", "Lajos Vezető (L-01)"},
		},
		// No case ending on an inserted name or date: "Leadás: X, határidő: D".
		salesrhythm.Hungarian: {
			salesrhythm.KindManagementLog: {"Leadás: Hanna Fő (H-01), határidő: 2026.\u00a011.\u00a009. (hétfő)"},
			salesrhythm.KindCallRegister:  {"Az Ön céljai", "hívások: 400", "árbevétel: 12\u00a0000\u00a0000 Ft", "Lajos Vezető (L-01)"},
		},
	}
	for _, l := range salesrhythm.Locales {
		o := options(l)
		for _, spec := range specs(o.Team) {
			f := open(t, spec, o)
			rows, _ := f.GetRows(schema.InstructionsSheet.In(l))
			var text []string
			for _, r := range rows {
				text = append(text, r...)
			}
			all := strings.Join(text, "\n")
			for _, w := range want[l][spec.Kind] {
				if !strings.Contains(all, w) {
					t.Errorf("%s %s instructions lack %q", l, spec.Kind, w)
				}
			}
		}
	}
}

// TestDeterministic: the same spec gives the same bytes, pre-filled or not
// (records are typed in a fixed order, which decides the shared strings).
func TestDeterministic(t *testing.T) {
	o := options(salesrhythm.Hungarian)
	for _, spec := range append(specs(o.Team), filled(o.Team)...) {
		var a, b bytes.Buffer
		if err := Write(&a, spec, o); err != nil {
			t.Fatal(err)
		}
		Write(&b, spec, o)
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("%s: two renders differ", spec.Kind)
		}
	}
}

func TestBatch(t *testing.T) {
	p := team()
	got := map[salesrhythm.Kind]int{}
	people := map[string]int{}
	for _, s := range Batch(p, nov, salesrhythm.Default()) {
		got[s.Kind]++
		people[s.Person.ID]++
		if s.Kind.Weekly() && s.Period.Start.MonthOf() != nov {
			t.Errorf("%s week %s issued with November", s.Kind, s.Period)
		}
	}
	// November 2026's batch has the five weeks whose Monday is in November
	// (2, 9, 16, 23, 30). Managers M-001..M-003 need all five, M-004 joins on
	// Mon 16: three. 18 manager-weeks × 3 kinds; 3 leaders × 5 logs; 3
	// assessments; 4 client profiles. One-on-ones: the director 1 with H-01;
	// the head 2 each with L-01 and M-003; L-01 2 each with M-001 and M-002,
	// and with M-004, employed 11 of November's 21 working days, 2 × 11 ÷ 21
	// = 1.05, rounded 1: 10 in all.
	want := map[salesrhythm.Kind]int{
		salesrhythm.KindCallRegister: 18, salesrhythm.KindTimeTable: 18, salesrhythm.KindWeeklyReport: 18,
		salesrhythm.KindManagementLog: 15, salesrhythm.KindAssessment: 3, salesrhythm.KindClientProfiles: 4,
		salesrhythm.KindOneOnOne: 10,
	}
	for k, n := range want {
		if got[k] != n {
			t.Errorf("%s: %d workbooks, want %d", k, got[k], n)
		}
	}
	if people["M-004"] != 10 {
		t.Errorf("M-004 gets %d workbooks, want 10", people["M-004"])
	}
	if people["L-01"] != 5+1+5 {
		t.Errorf("L-01 gets %d workbooks, want 11", people["L-01"])
	}
}

// TestOneOnOnesApart: the sheets of one leader's talks have a name each,
// for the direct report and the talk's number, and each names its report,
// written as the drop-down offers it.
func TestOneOnOnesApart(t *testing.T) {
	o := options(salesrhythm.English)
	paths := map[string]bool{}
	for _, s := range Batch(o.Team, nov, o.Config) {
		if s.Kind != salesrhythm.KindOneOnOne || s.Person.ID != "L-01" {
			continue
		}
		paths[Path("out", s)] = true
		if s.About.ID == "M-002" && s.Talk == 2 {
			if got, want := Path("out", s), filepath.Join("out", "2026-11", "L-01 Lajos Vezető", "one-on-one_L-01_2026-11_M-002_2.xlsx"); got != want {
				t.Errorf("path %s, want %s", got, want)
			}
			f := open(t, s, o)
			// As its drop-down offers the report, so that the cell is one of
			// the list's (Excel's Circle Invalid Data circles no other).
			if got, _ := f.GetCellValue("Talk", "B6"); got != PersonEntry(s.About) || !strings.HasPrefix(got, "M-002 — ") {
				t.Errorf("the sheet names %q, want the report M-002 as its drop-down offers it", got)
			}
		}
	}
	if len(paths) != 5 {
		t.Errorf("%d paths for L-01's 5 one-on-ones", len(paths))
	}
}

func TestSafeName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"M-001 Anna Kovács", "M-001 Anna Kovács"},
		{"a/b\\c:d*e?f\"g<h>i|j", "a_b_c_d_e_f_g_h_i_j"},
		{"..", "_"},
		{"../../etc/passwd", "_.._etc_passwd"},
		{" .hidden. ", "hidden"},
		{"CON", "_CON"},
		{"lpt1.txt", "_lpt1.txt"},
		{"tab\there\nnewline", "tab here newline"},
		{"", "_"},
		{strings.Repeat("é", 60), strings.Repeat("é", 40)},
	}
	for _, tt := range tests {
		if got := SafeName(tt.in); got != tt.want {
			t.Errorf("SafeName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestWriteAllNeverReplacesAFilledForm(t *testing.T) {
	dir := t.TempDir()
	o := options(salesrhythm.English)
	ss := specs(o.Team)[1:3]
	r, err := WriteAll(dir, ss, o, false)
	if err != nil || len(r.Written) != 2 {
		t.Fatalf("first run: %+v %v", r, err)
	}
	filled := r.Written[0]
	os.WriteFile(filled, []byte("filled in by Anna"), 0o644)
	r, err = WriteAll(dir, ss, o, false)
	if err != nil || len(r.Written) != 0 || len(r.Kept) != 2 {
		t.Fatalf("second run: %+v %v", r, err)
	}
	if b, _ := os.ReadFile(filled); string(b) != "filled in by Anna" {
		t.Fatal("a filled form was replaced")
	}
	r, err = WriteAll(dir, ss, o, true)
	if err != nil || len(r.Written) != 2 {
		t.Fatalf("--force: %+v %v", r, err)
	}
	if strings.Contains(filepath.Base(filled), "/") || filepath.Dir(filepath.Dir(filled)) != filepath.Join(dir, "2026-11") {
		t.Errorf("unexpected layout %s", filled)
	}
}

func TestWriteAllReportsFailures(t *testing.T) {
	dir := t.TempDir()
	blocker := filepath.Join(dir, "2026-11")
	os.WriteFile(blocker, nil, 0o644) // a file where the month folder should be
	o := options(salesrhythm.English)
	if _, err := WriteAll(dir, specs(o.Team)[1:2], o, false); err == nil || errors.Is(err, os.ErrExist) {
		t.Fatalf("err = %v, want a failure to make the folder", err)
	}
}

// TestLibreOffice opens every kind in both locales with LibreOffice: it must
// convert to PDF without error, and a re-save as .xlsx must keep the
// metadata (properties and hidden sheet).
func TestLibreOffice(t *testing.T) {
	officetest.Soffice(t)
	dir := t.TempDir()
	var srcs []string
	var want []Spec
	for _, l := range salesrhythm.Locales {
		o := options(l)
		for _, spec := range specs(o.Team) {
			p := filepath.Join(dir, fmt.Sprintf("%s-%s.xlsx", spec.Kind, l))
			var buf bytes.Buffer
			if err := Write(&buf, spec, o); err != nil {
				t.Fatal(err)
			}
			os.WriteFile(p, buf.Bytes(), 0o644)
			srcs = append(srcs, p)
			want = append(want, spec)
		}
	}
	officetest.Convert(t, filepath.Join(dir, "pdf"), "pdf", srcs...)
	resaved := officetest.Convert(t, filepath.Join(dir, "resaved"), "xlsx:Calc MS Excel 2007 XML", srcs...)
	for i, p := range resaved {
		f, err := excelize.OpenFile(p)
		if err != nil {
			t.Fatal(err)
		}
		l := salesrhythm.Locales[i/len(specs(team()))]
		checkMetadata(t, f, want[i], l)
		f.Close()
	}
}

func TestCarryover(t *testing.T) {
	cal := salesrhythm.Default().Calendar.Calendar()
	dec := salesrhythm.Month{Year: 2026, Month: 12}
	straddle := salesrhythm.Week(salesrhythm.D(2026, 11, 30)) // Mon 30 Nov – Sun 6 Dec
	p := team()
	people := func(specs []Spec) map[string]int {
		out := map[string]int{}
		for _, s := range specs {
			if s.Period != straddle || s.Batch != dec {
				t.Errorf("%s for %s in batch %s, want the week of 30 Nov in December's", s.Kind, s.Period, s.Batch)
			}
			out[s.Person.ID]++
		}
		return out
	}
	// A team's first month: November's batch never ran, so everyone gets the
	// week: 4 managers × 3 workbooks, 3 leaders × 1 log.
	if got := people(Carryover(p, nil, dec, cal)); len(got) != 7 || got["M-001"] != 3 || got["L-01"] != 1 {
		t.Errorf("first month: %v", got)
	}
	// November's plan had everyone but M-004: only M-004 is new.
	prev := team()
	prev.Team = slices.DeleteFunc(prev.Team, func(x salesrhythm.Person) bool { return x.ID == "M-004" })
	if got := people(Carryover(p, prev, dec, cal)); len(got) != 1 || got["M-004"] != 3 {
		t.Errorf("with November's plan: %v", got)
	}
	// November 2026 starts on a Sunday: its first week (26 Oct) has no
	// working day in November, so there is nothing to carry over.
	if got := Carryover(p, nil, nov, cal); len(got) != 0 {
		t.Errorf("November: %d workbooks", len(got))
	}
	if got := Path("out", Carryover(p, nil, dec, cal)[0]); !strings.HasPrefix(got, filepath.Join("out", "2026-12")) {
		t.Errorf("carried-over workbook at %s, want under December's folder", got)
	}
}

// TestEveryTextIsValidUTF8 opens every part of every kind's template in both
// locales: no invalid byte sequence and no replacement character, wherever a
// text lands (cells, validation messages, properties). Capitalising the
// first byte of "összeg" once made "\xc3sszeg" out of it.
func TestEveryTextIsValidUTF8(t *testing.T) {
	for _, l := range salesrhythm.Locales {
		o := options(l)
		for _, spec := range specs(o.Team) {
			var buf bytes.Buffer
			if err := Write(&buf, spec, o); err != nil {
				t.Fatal(err)
			}
			for _, p := range officetest.Parts(t, buf.Bytes()) {
				data := p.Body
				if !utf8.ValidString(data) {
					t.Errorf("%s %s: %s is not valid UTF-8", l, spec.Kind, p.Name)
				}
				if i := strings.IndexRune(data, utf8.RuneError); i >= 0 {
					t.Errorf("%s %s: %s has a replacement character near %q", l, spec.Kind, p.Name, data[max(0, i-40):min(len(data), i+10)])
				}
			}
		}
	}
}

// TestPersonListIsTheCircle: a form's drop-down of people holds its owner,
// whoever they report to and everyone below them, not the department, so
// that a leader picks from their team and a form does not grow with the
// department; a form of someone not in the plan offers the whole team.
func TestPersonListIsTheCircle(t *testing.T) {
	o := options(salesrhythm.English)
	offered := func(s Spec) []string {
		t.Helper()
		f := open(t, s, o)
		rows, err := f.GetRows(schema.ListsSheet, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, r := range rows {
			for _, v := range r {
				if id, _, ok := strings.Cut(v, " — "); ok {
					ids = append(ids, id)
				}
			}
		}
		return ids
	}
	person := func(id string) salesrhythm.Person { x, _ := o.Team.Person(id); return x }
	for _, c := range []struct {
		spec Spec
		want []string
	}{
		{Spec{Kind: salesrhythm.KindManagementLog, Person: person("L-01"), Period: week}, []string{"H-01", "L-01", "M-001", "M-002", "M-004"}},
		// A one-on-one offers the direct reports first (see TestOneOnOneOffersTheDirectReports).
		{Spec{Kind: salesrhythm.KindOneOnOne, Person: person("L-01"), Period: nov.Period(), About: person("M-002"), Talk: 1}, []string{"M-001", "M-002", "M-004", "H-01", "L-01"}},
		{Spec{Kind: salesrhythm.KindManagementLog, Person: person("H-01"), Period: week}, []string{"D-01", "H-01", "L-01", "M-001", "M-002", "M-003", "M-004"}},
		{Spec{Kind: salesrhythm.KindManagementLog, Person: salesrhythm.Person{ID: "L-99", Name: "Új Vezető"}, Period: week}, []string{"D-01", "H-01", "L-01", "M-001", "M-002", "M-003", "M-004"}},
	} {
		if got := offered(c.spec); !slices.Equal(got, c.want) {
			t.Errorf("%s of %s offers %v, want %v", c.spec.Kind, c.spec.Person.ID, got, c.want)
		}
	}
}

// TestOneOnOneOffersTheDirectReports: the one-on-one's Direct report
// drop-down offers the leader's direct reports alone, not the leader and
// their boss, and warns of any other ID; its next steps' owner may be
// anyone of the leader's circle.
func TestOneOnOneOffersTheDirectReports(t *testing.T) {
	for _, l := range salesrhythm.Locales {
		o := options(l)
		lead, _ := o.Team.Person("L-01")
		about, _ := o.Team.Person("M-002")
		for _, w := range []func(io.Writer, Spec) error{
			func(w io.Writer, s Spec) error { return Write(w, s, o) },
			NewWriter(o).Write, // stamped from a master
		} {
			var buf bytes.Buffer
			if err := w(&buf, Spec{Kind: salesrhythm.KindOneOnOne, Person: lead, Period: nov.Period(), About: about, Talk: 1}); err != nil {
				t.Fatal(err)
			}
			f, err := excelize.OpenReader(&buf)
			if err != nil {
				t.Fatal(err)
			}
			desc := o.Schema.Kind(salesrhythm.KindOneOnOne)
			people := map[string][]string{} // the IDs each person column offers, by key
			warns := map[string]string{}
			for _, sh := range desc.Sheets {
				dvs, err := f.GetDataValidations(sh.Name.In(l))
				if err != nil {
					t.Fatal(err)
				}
				for i, c := range sh.Columns {
					if c.Type != schema.Person {
						continue
					}
					at := cell(2, HeaderRow+i) // a form's value cell
					if sh.Layout == schema.Table {
						at = cell(i+1, FirstRow) + ":"
					}
					for _, dv := range dvs {
						if dv.Sqref != at && !strings.HasPrefix(dv.Sqref, at) {
							continue
						}
						list := strings.TrimPrefix(strings.TrimSuffix(dv.Formula1, "</formula1>"), "<formula1>")
						sheet, rng, _ := strings.Cut(list, "!")
						from, to, _ := strings.Cut(strings.ReplaceAll(rng, "$", ""), ":")
						col, r1, err1 := excelize.SplitCellName(from)
						_, r2, err2 := excelize.SplitCellName(to)
						if err1 != nil || err2 != nil {
							t.Fatalf("%s: the drop-down is not a range: %q", c.Key, dv.Formula1)
						}
						for r := r1; r <= r2; r++ {
							v, _ := f.GetCellValue(strings.Trim(sheet, "'"), col+strconv.Itoa(r))
							id, _, _ := strings.Cut(v, " — ")
							people[c.Key] = append(people[c.Key], id)
						}
						if dv.Error != nil {
							warns[c.Key] = *dv.Error
						}
					}
				}
			}
			if want := []string{"M-001", "M-002", "M-004"}; !slices.Equal(people["report"], want) {
				t.Errorf("%s: Direct report offers %v, want %v", l, people["report"], want)
			}
			if want := []string{"M-001", "M-002", "M-004", "H-01", "L-01"}; !slices.Equal(people["owner"], want) {
				t.Errorf("%s: a next step's owner offers %v, want %v", l, people["owner"], want)
			}
			if warns["report"] == warns["owner"] || warns["report"] == "" {
				t.Errorf("%s: Direct report warns %q, as the owner does", l, warns["report"])
			}
			f.Close()
		}
	}
}

// TestTargetsAreThePlansMonth: the week of 30 November, issued with
// December's batch, states December's targets as December's.
func TestTargetsAreThePlansMonth(t *testing.T) {
	o := options(salesrhythm.English)
	o.Team.Month = nov.Add(1)
	anna, _ := o.Team.Person("M-001")
	f := open(t, Spec{Kind: salesrhythm.KindCallRegister, Person: anna, Period: salesrhythm.Week(salesrhythm.D(2026, 11, 30))}, o)
	rows, _ := f.GetRows(schema.InstructionsSheet.In(salesrhythm.English))
	var all []string
	for _, r := range rows {
		all = append(all, r...)
	}
	if text := strings.Join(all, "\n"); !strings.Contains(text, "Your targets for December 2026: revenue") {
		t.Errorf("the instructions of the week of 30 November:\n%s", text)
	}
}
