package importer

import (
	"archive/zip"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
)

func TestFastSharedStringsMatchTheDecoder(t *testing.T) {
	parts := [][]byte{
		[]byte(`<?xml version="1.0"?><sst xmlns="x" count="9"><si><t>Cold</t></si><si><t xml:space="preserve"> lead &amp; space </t></si>` +
			`<si><r><rPr><b/></rPr><t>Rich</t></r><r><t> text</t></r></si><si><t>Kovács &lt;Anna&gt; &#233;&#x151;</t></si>` +
			`<si><t>日本</t><rPh sb="0" eb="1"><t>にほん</t></rPh></si><si/><si><t/></si><si><t>line one` + "\r\n" + `line two</t></si>` +
			`<si><t>=HYPERLINK("x")</t></si></sst>`),
	}
	for _, p := range seeds(t) {
		parts = append(parts, part(t, p, "xl/sharedStrings.xml"))
	}
	for i, body := range parts {
		fast, ok := fastSharedStrings(body)
		if !ok {
			t.Fatalf("part %d: the fast path gave up", i)
		}
		slow, err := parseSharedStrings("x", bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(fast, slow) {
			t.Errorf("part %d:\nfast %q\nslow %q", i, fast, slow)
		}
	}
	for _, bad := range []string{`<sst><si><t>cut`, `<sst><si><t><![CDATA[x]]></t></si></sst>`} {
		if _, ok := fastSharedStrings([]byte(bad)); ok {
			t.Errorf("%q: the fast path should give up", bad)
		}
	}
}

func TestStylesFromTheirTwoElements(t *testing.T) {
	for _, p := range seeds(t) {
		body := part(t, p, "xl/styles.xml")
		whole, err := parseStyles("s", bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		b := &book{unpacked: map[string][]byte{"s": body}}
		if err := b.readStyles("s"); err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(b.dateStyle, whole) || !slices.Contains(whole, true) {
			t.Errorf("%s: from the elements %v, from the whole part %v", p, b.dateStyle, whole)
		}
	}
	prefixed := []byte(`<x:styleSheet><x:numFmts><x:numFmt numFmtId="164" formatCode="yyyy\.mm\.dd"/></x:numFmts><x:fonts/><x:cellXfs><x:xf numFmtId="0"/><x:xf numFmtId="164"/><x:xf numFmtId="14"/></x:cellXfs></x:styleSheet>`)
	b := &book{unpacked: map[string][]byte{"s": prefixed}}
	if err := b.readStyles("s"); err != nil || !slices.Equal(b.dateStyle, []bool{false, true, true}) {
		t.Errorf("prefixed styles: %v %v", b.dateStyle, err)
	}
}

func seeds(t *testing.T) []string {
	t.Helper()
	ps, _ := filepath.Glob("testdata/workbooks/*.xlsx")
	if len(ps) == 0 {
		t.Fatal("no seed workbooks")
	}
	return ps
}

func part(t *testing.T, path, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	c, p := Check(data)
	if p != nil {
		t.Fatal(p.Msg)
	}
	return c.parts[partName(name)]
}

// TestScanSheetMatchesTheDecoder reads sheets both ways: the seed
// workbooks' sheets and sheets crafted with every construct of the plain
// form. (The round trips through LibreOffice and openpyxl read their
// re-saved sheets with the scanner too.)
func TestScanSheetMatchesTheDecoder(t *testing.T) {
	strs := []string{"zero", "one", "two"}
	var sheets [][]byte
	for _, p := range seeds(t) {
		for _, n := range []int{1, 2, 3, 4} {
			if body := part(t, p, fmt.Sprintf("xl/worksheets/sheet%d.xml", n)); body != nil {
				sheets = append(sheets, body)
			}
		}
	}
	wrap := func(rows string) []byte {
		return []byte(`<?xml version="1.0"?><worksheet xmlns="x"><sheetViews/><sheetData>` + rows + `</sheetData><dataValidations count="1"/></worksheet>`)
	}
	sheets = append(sheets,
		wrap(`<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" s="3"><v>46330</v></c><c r="C1" t="inlineStr"><is><t>inline &amp; text</t></is></c></row>`),
		wrap(`<row r="2" spans="1:3" ht="15"><c r="A2" t="inlineStr"><is><r><rPr><b/></rPr><t>Ri</t></r><r><t xml:space="preserve">ch </t></r><rPh sb="0" eb="1"><t>x</t></rPh></is></c>`+
			`<c r="B2"><f>SUM(A1:A2)</f><v>3</v></c><c r="C2"><f>NOW()</f></c><c r="D2" t="b"><v>1</v></c><c r="E2" t="e"><v>#REF!</v></c></row>`),
		wrap(`<row><c><v>1</v></c><c><v>2</v></c></row><row r="7"/><row r='9'><c r='A9' s='2' t='str'><v>x</v></c><c r="B9"/></row>`),
		wrap("\n  <row r=\"3\">\n    <c r=\"A3\" t=\"s\">\n      <v>2</v>\n    </c>\n  </row>\n"),
		wrap(`<row r="4"><c r="A4" t="s"><v>7</v></c><c r="Z9"><v>1</v></c><c r="AA4"><v>5</v></c></row><row r="0"><c r="A0"><v>1</v></c></row>`),
		[]byte(`<worksheet><sheetData/></worksheet>`),
	)
	for i, body := range sheets {
		fast := &sheetBuilder{b: &book{strings: strs}}
		if !scanSheet(body, fast) {
			t.Errorf("sheet %d: the scanner gave up on the plain form", i)
			continue
		}
		frows, fprobs := fast.finish()
		b := &book{strings: strs, parts: map[string]*zip.File{"s": nil}, unpacked: map[string][]byte{"s": body}}
		drows, dprobs := b.decodeSheet("s")
		if !reflect.DeepEqual(frows, drows) || !reflect.DeepEqual(fprobs, dprobs) {
			t.Errorf("sheet %d:\nscanned %+v %v\ndecoded %+v %v", i, frows, fprobs, drows, dprobs)
		}
	}
	for _, odd := range []string{
		`<worksheet><x:sheetData><x:row r="1"/></x:sheetData></worksheet>`,
		`<worksheet><sheetData><row r="1"><!-- note --><c r="A1"><v>1</v></c></row></sheetData></worksheet>`,
		`<worksheet><sheetData><row r="1"><c r="A1"><v><![CDATA[1]]></v></c></row></sheetData></worksheet>`,
		`<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c>`,
	} {
		if scanSheet([]byte(odd), &sheetBuilder{b: &book{}}) {
			t.Errorf("%q: the scanner should leave it to the decoder", odd)
		}
	}
}
