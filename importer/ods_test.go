package importer

import (
	"archive/zip"
	"bytes"
	"reflect"
	"strings"
	"testing"

	"salesrhythm"
)

// odsOf packs an OpenDocument spreadsheet of a body of content.xml and
// meta.xml's properties.
func odsOf(t *testing.T, styles, tables, meta string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, p := range [][2]string{
		{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"},
		{"content.xml", `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ` +
			`xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ` +
			`xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"><office:automatic-styles>` + styles +
			`</office:automatic-styles><office:body><office:spreadsheet>` + tables + `</office:spreadsheet></office:body></office:document-content>`},
		{"meta.xml", `<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" ` +
			`xmlns:dc="http://purl.org/dc/elements/1.1/"><office:meta>` + meta + `</office:meta></office:document-meta>`},
	} {
		w, _ := zw.Create(p[0])
		w.Write([]byte(p[1]))
	}
	zw.Close()
	return b.Bytes()
}

func readODS(t *testing.T, data []byte) *book {
	t.Helper()
	c, p := Check(data)
	if p != nil || !c.ODS {
		t.Fatalf("Check: %+v %v", c, p)
	}
	b, err := openBook(c)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestODSCells(t *testing.T) {
	data := odsOf(t, `<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>`,
		`<table:table table:name="Calls"><table:table-column table:number-columns-repeated="3"/>`+
			`<table:table-header-rows><table:table-row><table:table-cell office:value-type="string"><text:p>Date</text:p></table:table-cell>`+
			`<table:table-cell table:number-columns-repeated="16383"/></table:table-row></table:table-header-rows>`+
			`<table:table-row><table:table-cell office:value-type="date" office:date-value="2026-11-09"><text:p>09.11.26</text:p></table:table-cell>`+
			`<table:table-cell office:value-type="time" office:time-value="PT08H36M00S"><text:p>08:36</text:p></table:table-cell>`+
			`<table:table-cell office:value-type="float" office:value="1250000"><text:p>1 250 000 Ft</text:p></table:table-cell>`+
			`<table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>TRUE</text:p></table:table-cell>`+
			`<table:table-cell office:value-type="date" office:date-value="2026-11-09T09:30:00"/></table:table-row>`+
			`<table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="2" office:value-type="string"><text:p>Calls</text:p></table:table-cell>`+
			`<table:covered-table-cell office:value-type="string"><text:p>hidden by a merge</text:p></table:covered-table-cell>`+
			`<table:table-cell><text:p>Kiss<text:s text:c="2"/>Péter <text:span>Kft.</text:span></text:p><text:p>line<text:line-break/>two<text:tab/>.</text:p>`+
			`<office:annotation><text:p>a comment</text:p></office:annotation></table:table-cell></table:table-row>`+
			`<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>`+
			`<table:table-row><table:table-cell office:value-type="string"><text:p>after the gap</text:p></table:table-cell></table:table-row>`+
			`</table:table><table:table table:name="_salesrhythm" table:style-name="ta2"><table:table-row><table:table-cell office:value-type="string"><text:p>salesrhythm.kind</text:p>`+
			`</table:table-cell><table:table-cell><text:p>call-register</text:p></table:table-cell></table:table-row></table:table>`,
		`<dc:date>2026-11-13T17:00:00</dc:date><meta:user-defined meta:name="salesrhythm.kind">call-register</meta:user-defined>`+
			`<meta:user-defined meta:name="salesrhythm.start" meta:value-type="date">2026-11-09T00:00:00</meta:user-defined>`+
			`<meta:user-defined meta:name="salesrhythm.version" meta:value-type="float">1</meta:user-defined>`)
	b := readODS(t, data)
	if want := []sheetRef{{name: "Calls", part: "content.xml#1"}, {name: "_salesrhythm", part: "content.xml#2", hidden: true}}; !reflect.DeepEqual(b.sheets, want) {
		t.Errorf("sheets %+v, want %+v", b.sheets, want)
	}
	if want := map[string]string{"salesrhythm.kind": "call-register", "salesrhythm.start": "2026-11-09", "salesrhythm.version": "1"}; !reflect.DeepEqual(b.props, want) || b.modified != "2026-11-13T17:00:00" {
		t.Errorf("properties %v, modified %q", b.props, b.modified)
	}
	rows, probs := b.readSheet(b.sheets[0])
	if len(probs) > 0 {
		t.Errorf("problems %v", probs)
	}
	got := cellsOf(rows)
	want := []string{"A1=Date", "A2=46335", "B2=0.35833333333333334", "C2=1250000", "D2=1", "E2=46335.395833333336",
		"A3=Calls", "B3=Calls", "D3=Kiss  Péter Kft.\nline\ntwo\t.", "A4=Calls", "B4=Calls", "D4=Kiss  Péter Kft.\nline\ntwo\t.", "A1048575=after the gap"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("cells\n got %q\nwant %q", got, want)
	}
	date, clock := rows[1].cells[0], rows[1].cells[1]
	if d, p := ParseDate(Cell{Raw: date.raw, Numeric: true, DateFmt: b.isDate(date)}); d != salesrhythm.D(2026, 11, 9) || p != nil {
		t.Errorf("the date reads as %v, %v", d, p)
	}
	if c, p := ParseTime(Cell{Raw: clock.raw, Numeric: true, DateFmt: b.isDate(clock)}); c != salesrhythm.At(8, 36) || p != nil {
		t.Errorf("the time reads as %v, %v", c, p)
	}
}

// TestODSRepetitionIsBounded: a few bytes may ask for billions of cells;
// repetition makes at most maxRepeated of them.
func TestODSRepetitionIsBounded(t *testing.T) {
	data := odsOf(t, "", `<table:table table:name="Bomb"><table:table-row table:number-rows-repeated="1048576">`+
		`<table:table-cell table:number-columns-repeated="16384" office:value-type="float" office:value="1"/></table:table-row></table:table>`, "")
	rows, probs := readODS(t, data).readSheet(sheetRef{part: "content.xml#1"})
	n := 0
	for _, r := range rows {
		n += len(r.cells)
	}
	if n > maxRepeated || len(probs) != 1 || !strings.Contains(probs[0].msg.En, "repeats values") {
		t.Errorf("%d cells in %d rows, problems %v", n, len(rows), probs)
	}
}

func TestISODurations(t *testing.T) {
	for v, want := range map[string]string{"PT08H30M00S": "0.3541666666666667", "PT12H": "0.5", "P1DT6H": "1.25", "PT0H0M30.5S": "0.00035300925925925924"} {
		if got, ok := isoDuration(v); !ok || got != want {
			t.Errorf("%s: %s %v, want %s", v, got, ok, want)
		}
	}
	for _, bad := range []string{"", "P", "PT", "08:30", "-PT1H", "PT1X"} {
		if got, ok := isoDuration(bad); ok {
			t.Errorf("%q reads as %s", bad, got)
		}
	}
}
