package importer

import (
	"reflect"
	"strings"
	"testing"

	"salesrhythm"
)

// sheetOf reads sheet XML both ways, by the lexer and by the decoder,
// fails unless they agree, and returns the rows.
func sheetOf(t *testing.T, b *book, body string) []xrow {
	t.Helper()
	if !agree(t, []byte(body)) {
		t.Fatalf("the lexer gave up on %s", body)
	}
	b.c = bodies(map[string][]byte{"s": []byte(body)})
	rows, probs := b.readSheet(sheetRef{part: "s"})
	for _, p := range probs {
		t.Errorf("%s: %s", p.cell, p.msg)
	}
	return rows
}

func sheetXML(rows string) string {
	return `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` + rows + `</sheetData></worksheet>`
}

// cellsOf lists a sheet's cells as "A1=text".
func cellsOf(rows []xrow) []string {
	var out []string
	for _, r := range rows {
		for _, c := range r.cells {
			out = append(out, cellName(c.col, r.n)+"="+c.raw)
		}
	}
	return out
}

// TestCellsWithoutReferences: r is optional on cells and rows (ECMA-376
// §18.3.1.4, §18.3.1.73); the implied column follows the previous <c>,
// blank or not, and the implied row the previous <row>.
func TestCellsWithoutReferences(t *testing.T) {
	tests := []struct {
		name, rows string
		want       []string
	}{
		{"a blank cell keeps its column", `<row><c t="inlineStr"><is><t>a</t></is></c><c/><c t="inlineStr"><is><t>b</t></is></c></row>`,
			[]string{"A1=a", "C1=b"}},
		{"a blank cell with a style keeps its column", `<row r="3"><c s="1"/><c s="1"></c><c><v>7</v></c></row>`,
			[]string{"C3=7"}},
		{"after a cell with r", `<row r="2"><c r="D2"><v>1</v></c><c/><c><v>2</v></c></row>`,
			[]string{"D2=1", "F2=2"}},
		{"rows follow the previous row", `<row r="4"><c><v>1</v></c></row><row><c><v>2</v></c></row><row/><row><c><v>3</v></c></row>`,
			[]string{"A4=1", "A5=2", "A7=3"}},
		{"the first row is row 1", `<row><c><v>1</v></c></row>`, []string{"A1=1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := cellsOf(sheetOf(t, &book{}, sheetXML(tt.rows)))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("cells %v, want %v", got, tt.want)
			}
		})
	}
}

// TestISODateCells: t="d" holds an ISO 8601 date, date-time or time; a time
// of day on the 1899-12-30 base (SheetJS with cellDates, the Open XML SDK)
// is a time.
func TestISODateCells(t *testing.T) {
	tests := []struct {
		name, v  string
		date1904 bool
		date     salesrhythm.Date
		clock    salesrhythm.Clock
	}{
		{"a time of day on the 1899-12-30 base", "1899-12-30T08:38:00", false, salesrhythm.Date{}, salesrhythm.At(8, 38)},
		{"a time of day with fractions and a zone", "1899-12-30T08:38:00.000Z", false, salesrhythm.Date{}, salesrhythm.At(8, 38)},
		{"a time alone", "17:05:00", false, salesrhythm.Date{}, salesrhythm.At(17, 5)},
		{"a date", "2026-11-09", false, salesrhythm.D(2026, 11, 9), salesrhythm.NoClock},
		{"a date-time", "2026-11-09T09:30:00", false, salesrhythm.D(2026, 11, 9), salesrhythm.At(9, 30)},
		{"a date-time with an offset", "2026-11-09T09:30:00+01:00", false, salesrhythm.D(2026, 11, 9), salesrhythm.At(9, 30)},
		{"a date before March 1900", "1900-02-28", false, salesrhythm.D(1900, 2, 28), salesrhythm.NoClock},
		{"a date in a 1904 workbook", "2026-11-09", true, salesrhythm.D(2026, 11, 9), salesrhythm.NoClock},
		{"a time in a 1904 workbook", "1899-12-30T14:00:00", true, salesrhythm.Date{}, salesrhythm.At(14, 0)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := &book{date1904: tt.date1904}
			rows := sheetOf(t, b, sheetXML(`<row r="1"><c r="A1" t="d"><v>`+tt.v+`</v></c></row>`))
			if len(rows) != 1 || len(rows[0].cells) != 1 {
				t.Fatalf("rows %+v", rows)
			}
			x := rows[0].cells[0]
			c := Cell{Raw: x.raw, Numeric: x.kind == 'n', DateFmt: b.isDate(x), Date1904: b.date1904}
			d, p := ParseDate(c)
			if tt.date.IsZero() {
				p = nil // a time alone is no date
			}
			clk, q := ParseTime(c)
			if tt.clock == salesrhythm.NoClock {
				q = nil // a date alone is no time
			}
			if d != tt.date && !tt.date.IsZero() || clk != tt.clock && tt.clock != salesrhythm.NoClock || p != nil || q != nil {
				t.Errorf("%s read as %+v: date %v %v, time %v %v", tt.v, c, d, p, clk, q)
			}
		})
	}
	// What is not ISO 8601 stays text, for the field's parser to judge.
	rows := sheetOf(t, &book{}, sheetXML(`<row r="1"><c r="A1" t="d"><v>03.11.2026</v></c></row>`))
	if c := rows[0].cells[0]; c.kind != 's' || c.raw != "03.11.2026" || c.date {
		t.Errorf("a t=d cell that is no ISO date: %+v", c)
	}
}

// TestDateFormats: a number format shows a date or a time by its grammar,
// not by its letters (ECMA-376 §18.8.31).
func TestDateFormats(t *testing.T) {
	// The built-in formats of ECMA-376 §18.8.30, by id.
	builtins := map[int]string{
		0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00",
		12: "# ?/?", 13: "# ??/??", 14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy",
		18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss", 22: "m/d/yy h:mm",
		37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00;(#,##0.00)", 40: "#,##0.00;[Red](#,##0.00)",
		45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
	}
	for id, code := range builtins {
		if builtinDate(id) != isDateFormat(code) {
			t.Errorf("built-in %d %q: builtinDate %v, isDateFormat %v", id, code, builtinDate(id), isDateFormat(code))
		}
	}
	dates := []string{
		// LibreOffice
		"YYYY-MM-DD", `YYYY\-MM\-DD`, "YYYY-MM-DD HH:MM:SS", "HH:MM", "[HH]:MM:SS", "MM/DD/YY", "DD.MM.YYYY",
		`[$-40E]YYYY\.\ MM\.\ DD\.`, `NNNNMMMM\ DD\,\ YYYY`, `[$-F400]HH:MM:SS\ AM/PM`, "MM:SS.00",
		// Excel
		`[$-409]m/d/yy\ h:mm\ AM/PM;@`, `[$-F800]dddd\,\ mmmm\ dd\,\ yyyy`, "yyyy/mm/dd;@", `yyyy\.mm\.dd\.`,
		`[$-40E]yyyy\.\ mmmm\ d\.`, "[h]:mm", "[mm]:ss", "[ss]", "mm:ss.0", "hh:mm;@", "h:mm A/P", `[$-ja-JP]ggge"年"m"月"d"日"`,
		// Google Sheets
		`yyyy"-"mm"-"dd`, "M/d/yyyy", `h":"mm" "am/pm`, "m/d/yyyy h:mm:ss", `dddd", "mmmm d", "yyyy`, "mmmm d, yyyy",
	}
	numbers := []string{
		"General", "general", "GENERAL", "[Red]General", "General;General;@", "0", "0.00", "#,##0", "0%", "0.00E+00", "##0.0E-0", "# ?/?", "@", "",
		// LibreOffice
		`#,##0.00\ [$Ft-40E];[RED]\-#,##0.00\ [$Ft-40E]`, `"TRUE";"TRUE";"FALSE"`, `[$€-407]\ #,##0.00`, `#,##0" Ft"`,
		// Excel
		`_-* #,##0\ "Ft"_-;\-* #,##0\ "Ft"_-;_-* "-"??\ "Ft"_-;_-@_-`, `_("$"* #,##0.00_);_("$"* \(#,##0.00\);_("$"* "-"??_);_(@_)`,
		`#,##0.00 "Ft";[Red]-#,##0.00 "Ft"`, `0" db"`, `[<=9999999]###\-####;\(###\)\ ###\-####`, "[Color10]0.00", `0.0 "days"`, `#\ "hrs"`,
		// Google Sheets
		"#,##0.00[$€]", "[$$]#,##0.00", `"$"#,##0.00`, "0.0%", `#,##0.00 "Ft"`,
	}
	for _, code := range dates {
		if !isDateFormat(code) {
			t.Errorf("%q shows a date or time", code)
		}
	}
	for _, code := range numbers {
		if isDateFormat(code) {
			t.Errorf("%q shows no date", code)
		}
	}
}

// TestLibreOfficeGeneralIsNoDate: LibreOffice writes General as a custom
// format and points most styles at it; a 9 typed in such a cell is 9, not
// 9 January 1900.
func TestLibreOfficeGeneralIsNoDate(t *testing.T) {
	styles := []byte(`<styleSheet><numFmts count="2"><numFmt numFmtId="164" formatCode="General"/><numFmt numFmtId="165" formatCode="HH:MM"/></numFmts>` +
		`<cellXfs count="3"><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="14"/></cellXfs></styleSheet>`)
	b := &book{c: bodies(map[string][]byte{"s": styles})}
	if err := b.readStyles("s"); err != nil {
		t.Fatal(err)
	}
	if want := []bool{false, true, true}; !reflect.DeepEqual(b.dateStyle, want) {
		t.Fatalf("date styles %v, want %v", b.dateStyle, want)
	}
	rows := sheetOf(t, b, sheetXML(`<row r="1"><c r="A1" s="0" t="n"><v>9.3</v></c></row>`))
	x := rows[0].cells[0]
	clk, p := ParseTime(Cell{Raw: x.raw, Numeric: true, DateFmt: b.isDate(x)})
	if clk != salesrhythm.At(9, 30) || p != nil {
		t.Errorf("9.3 in a General cell reads as %v, %v; want 09:30 as typed", clk, p)
	}
}

// TestSheetProblemsAreBounded: a crafted sheet of bad cells lists a
// hundred of them, not millions.
func TestSheetProblemsAreBounded(t *testing.T) {
	b := &book{c: bodies(map[string][]byte{"s": []byte(sheetXML(`<row r="1">` + strings.Repeat(`<c r="A0"/>`, 5000) + `</row>`))})}
	_, probs := b.readSheet(sheetRef{part: "s"})
	if len(probs) != maxProblems+1 {
		t.Errorf("%d problems", len(probs))
	}
}
