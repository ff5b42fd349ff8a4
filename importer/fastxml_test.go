package importer

import (
	"bytes"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// record is a handler that writes down every event, attributes and text
// decoded, for comparing the two readers.
func record(out *[]string) handler {
	*out = nil
	return func(e *event) error {
		var sb strings.Builder
		switch e.kind {
		case '<':
			fmt.Fprintf(&sb, "<%s", e.local)
			for _, a := range e.spans {
				fmt.Fprintf(&sb, " %s=%q", a.local, decode(a.value))
			}
			for _, a := range e.attrs {
				fmt.Fprintf(&sb, " %s=%q", a.Name.Local, a.Value)
			}
		case '/':
			fmt.Fprintf(&sb, "</%s", e.local)
		case 't':
			sb.WriteString("text ")
			e.appendText(&sb)
		}
		*out = append(*out, sb.String())
		return nil
	}
}

// agree fails unless, where the lexer reads body, the decoder reads it
// without error to the same events, and the same sheet, shared strings and
// date styles. It reports whether the lexer read it.
func agree(t *testing.T, body []byte) bool {
	t.Helper()
	var lexed, decoded []string
	ok, err := lex(body, record(&lexed))
	if err != nil {
		t.Fatalf("the recording handler failed: %v", err)
	}
	derr := walkReader("p", bytes.NewReader(body), record(&decoded))
	if !ok {
		return false
	}
	if derr != nil || !slices.Equal(lexed, decoded) {
		t.Fatalf("the lexer read %q\nas %q\nbut the decoder as %q, %v", body, lexed, decoded, derr)
	}
	for _, read := range []func(b *book) any{
		func(b *book) any { rows, probs := b.readSheet(sheetRef{part: "p"}); return []any{rows, probs} },
		func(b *book) any { err := b.readSharedStrings("p"); return []any{b.strings, err} },
		func(b *book) any { err := b.readStyles("p"); return []any{b.dateStyle, err} },
	} {
		fast := &book{c: bodies(map[string][]byte{"p": body}), strings: []string{"zero", "one"}}
		slow := &book{c: bodies(map[string][]byte{"p": []byte("<!-- the decoder's -->" + string(body))}), strings: []string{"zero", "one"}}
		if got, want := read(fast), read(slow); !reflect.DeepEqual(got, want) {
			t.Fatalf("%q reads as %+v by the lexer, %+v by the decoder", body, got, want)
		}
	}
	return true
}

// corpus is every XML part of the seed workbooks and the writer corpus.
func corpus(t testing.TB) [][]byte {
	t.Helper()
	var out [][]byte
	for _, p := range corpusFiles(t) {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		c, prob := Check(data)
		if prob != nil {
			t.Fatalf("%s: %s", p, prob.Msg)
		}
		for _, name := range slices.Sorted(maps.Keys(c.files)) {
			if !strings.HasSuffix(name, ".xml") && !strings.HasSuffix(name, ".rels") {
				continue
			}
			body, _, err := c.part(name)
			if err != nil {
				t.Fatalf("%s: %s: %v", p, name, err)
			}
			out = append(out, body)
		}
	}
	return out
}

// bodies is a container of parts already unpacked.
func bodies(parts map[string][]byte) Container {
	return Container{parts: &unpacked{bodies: parts}}
}

// corpusFiles are the seed workbooks and the writer corpus.
func corpusFiles(t testing.TB) []string {
	t.Helper()
	var ps []string
	for _, pattern := range []string{"testdata/workbooks/*.xlsx", "testdata/writers/*.xlsx", "testdata/writers/*.ods"} {
		m, _ := filepath.Glob(pattern)
		ps = append(ps, m...)
	}
	if len(ps) == 0 {
		t.Fatal("no seed workbooks")
	}
	return ps
}

// oddXML are inputs on which a hand scanner and the decoder once disagreed,
// and the constructs at the edge of what the lexer reads.
var oddXML = []string{
	`<worksheet><sheetData><row 0></row></sheetData></worksheet>`,
	`<worksheet><sheetData><row r="1"><c A="00"t="b"><v>1</v></c></row></sheetData></worksheet>`,
	`<worksheet><sheetData><row r="1"><c r="A1"><f><c></f><v>2</v></c></row></sheetData></worksheet>`,
	`<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></row></c></sheetData></worksheet>`,
	`<worksheet><row r="1"><c r="A1"><v>1</v></c></row><sheetData/></worksheet>`,
	`<worksheet><x:sheetData><x:row r="1"><x:c r="A1" x:t="s"><x:v>1</x:v></x:c></x:row></x:sheetData></worksheet>`,
	`<worksheet><sheetData><row r="1"><!-- note --><c r="A1"><v>1</v></c></row></sheetData></worksheet>`,
	`<worksheet><sheetData><row r="1"><c r="A1"><v><![CDATA[1]]></v></c></row></sheetData></worksheet>`,
	`<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c>`,
	`<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a&nbsp;b</t></is></c></row></sheetData></worksheet>`,
	`<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a&amp b</t></is></c></row></sheetData></worksheet>`,
	`<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&#x41;&#66;&#X43;</t></is></c></row></sheetData></worksheet>`,
	`<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&#xD800;</t></is></c></row></sheetData></worksheet>`,
	"<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a\x01b</t></is></c></row></sheetData></worksheet>",
	"<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a\xffb</t></is></c></row></sheetData></worksheet>",
	"<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a\r\nb\rc</t></is></c></row></sheetData></worksheet>",
	`<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>]]></t></is></c></row></sheetData></worksheet>`,
	`<worksheet><sheetData><row r='1' ><c r = 'A1' t ="s" ><v >1</v ></c ></row></sheetData ></worksheet>`,
	`<worksheet><sheetData><row r="1"><c r="A1" s="1" s="2"><v>1</v></c></row></sheetData></worksheet>`,
	`<worksheet><sheetData><row r="1"><c r="A1" t=s><v>1</v></c></row></sheetData></worksheet>`,
	`<worksheet><sheetData><row r="1"><c r="A1" t><v>1</v></c></row></sheetData></worksheet>`,
	`<worksheet><sheetData><row r="1"><c r="A1" t="<"><v>1</v></c></row></sheetData></worksheet>`,
	`<worksheet><sheetData><row r="1"><c/ ></row></sheetData></worksheet>`,
	`<worksheet><sheetData><row r="1"><a:b:c/></row></sheetData></worksheet>`,
	`<worksheet><sheetData><row r="1"><:c r="A1"><v>1</v></:c></row></sheetData></worksheet>`,
	`<worksheet><sheetData><row r="1"><c: r="A1"><v>1</v></c:></row></sheetData></worksheet>`,
	`<worksheet><sheetData><row r="1"><c x:r="B1" r="A1"><v>1</v></c></row></sheetData></worksheet>`,
	`<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><sheetData><row r="2"/></sheetData></worksheet>`,
	`<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><broken</worksheet>`,
	`<worksheet><broken<sheetData><row r="1"/></sheetData></worksheet>`,
	"\ufeff<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<worksheet><sheetData/></worksheet>",
	`<?xml version="1.1"?><worksheet><sheetData/></worksheet>`,
	`<?xml version="1.0" encoding="ISO-8859-2"?><worksheet><sheetData/></worksheet>`,
	`<?xml version='1.0' encoding='utf-8'?><worksheet><sheetData/></worksheet>`,
	`<worksheet><?xml version="1.0"?><sheetData/></worksheet>`,
	`<?mso-application progid="Excel.Sheet"?><worksheet><sheetData/></worksheet>`,
	`<!DOCTYPE worksheet [<!ENTITY e "x">]><worksheet><sheetData><row r="1"><c t="inlineStr"><is><t>&e;</t></is></c></row></sheetData></worksheet>`,
	`<sst count="2"><si><t>a</t><v>1</v></si><si><r><rPr><b/><v/></rPr><t>b</t></r></si></sst>`,
	`<sst><si><t>cut`,
	`<sst><si><t>a</t></si></sst></sst>`,
	`<styleSheet><numFmts><numFmt numFmtId="164" formatCode="yyyy&#x2D;mm"/></numFmts><cellXfs><xf numFmtId="164"/></cellXfs><broken</styleSheet>`,
	`<styleSheet><cellXfs><xf numFmtId="14"/></cellXfs><numFmts><numFmt numFmtId="14" formatCode="0"/></numFmts></styleSheet>`,
}

// TestLexerAgreesWithTheDecoder reads the corpus and the odd inputs both
// ways; the plain form of every writer must not leave the lexer.
func TestLexerAgreesWithTheDecoder(t *testing.T) {
	for i, body := range corpus(t) {
		if !agree(t, body) {
			t.Errorf("part %d: the lexer gave up on %.200q", i, body)
		}
	}
	for _, s := range oddXML {
		agree(t, []byte(s))
	}
	sheet := func(rows string) string {
		return `<?xml version="1.0"?><worksheet xmlns="x"><sheetViews/><sheetData>` + rows + `</sheetData><dataValidations count="1"/></worksheet>`
	}
	for _, plain := range []string{
		sheet(`<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" s="3"><v>46330</v></c><c r="C1" t="inlineStr"><is><t>inline &amp; text</t></is></c></row>`),
		sheet(`<row r="2" spans="1:3" ht="15"><c r="A2" t="inlineStr"><is><r><rPr><b/></rPr><t>Ri</t></r><r><t xml:space="preserve">ch </t></r><rPh sb="0" eb="1"><t>x</t></rPh></is></c>` +
			`<c r="B2"><f>SUM(A1:A2)</f><v>3</v></c><c r="C2"><f>NOW()</f></c><c r="D2" t="b"><v>1</v></c><c r="E2" t="e"><v>#REF!</v></c></row>`),
		sheet(`<row><c><v>1</v></c><c><v>2</v></c></row><row r="7"/><row r='9'><c r='A9' s='2' t='str'><v>x</v></c><c r="B9"/></row>`),
		sheet("\n  <row r=\"3\">\n    <c r=\"A3\" t=\"s\">\n      <v>2</v>\n    </c>\n  </row>\n"),
		sheet(`<row r="4"><c r="A4" t="s"><v>7</v></c><c r="Z9"><v>1</v></c><c r="AA4"><v>5</v></c></row><row r="0"><c r="A0"><v>1</v></c></row>`),
		`<worksheet><sheetData/></worksheet>`,
		`<worksheet><sheetData><row r='1' ><c r = 'A1' t ="s" ><v >1</v ></c ></row></sheetData ></worksheet>`,
		`<worksheet><x:sheetData><x:row r="1"><x:c r="A1" x:t="s"><x:v>1</x:v></x:c></x:row></x:sheetData></worksheet>`,
		"\ufeff<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<worksheet><sheetData/></worksheet>",
		`<?xml version="1.0"?><sst xmlns="x" count="9"><si><t>Cold</t></si><si><t xml:space="preserve"> lead &amp; space </t></si>` +
			`<si><r><rPr><b/></rPr><t>Rich</t></r><r><t> text</t></r></si><si><t>Kovács &lt;Anna&gt; &#233;&#x151;</t></si>` +
			`<si><t>日本</t><rPh sb="0" eb="1"><t>にほん</t></rPh></si><si/><si><t/></si><si><t>line one` + "\r\n" + `line two</t></si>` +
			`<si><t>=HYPERLINK("x")</t></si></sst>`,
		`<x:styleSheet><x:numFmts><x:numFmt numFmtId="164" formatCode="yyyy\.mm\.dd"/></x:numFmts><x:fonts/><x:cellXfs><x:xf numFmtId="0"/><x:xf numFmtId="164"/><x:xf numFmtId="14"/></x:cellXfs></x:styleSheet>`,
	} {
		if !agree(t, []byte(plain)) {
			t.Errorf("the lexer gave up on %q", plain)
		}
	}
	for _, odd := range []string{
		`<worksheet><sheetData><row r="1"><!-- note --><c r="A1"><v>1</v></c></row></sheetData></worksheet>`,
		`<worksheet><sheetData><row r="1"><c r="A1"><v><![CDATA[1]]></v></c></row></sheetData></worksheet>`,
		`<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c>`,
		`<sst><si><t>cut`,
		`<sst><si><t><![CDATA[x]]></t></si></sst>`,
	} {
		if ok, _ := lex([]byte(odd), func(*event) error { return nil }); ok {
			t.Errorf("%q: the lexer should leave it to the decoder", odd)
		}
	}
	seeds, _ := filepath.Glob("testdata/workbooks/*.xlsx")
	for _, p := range seeds {
		data, _ := os.ReadFile(p)
		c, _ := Check(data)
		b := &book{c: c}
		if err := b.readStyles("xl/styles.xml"); err != nil || !slices.Contains(b.dateStyle, true) {
			t.Errorf("%s: date styles %v, %v", p, b.dateStyle, err)
		}
	}
	b := &book{c: bodies(map[string][]byte{"s": []byte(`<x:styleSheet><x:numFmts><x:numFmt numFmtId="164" formatCode="yyyy\.mm\.dd"/></x:numFmts>` +
		`<x:fonts/><x:cellXfs><x:xf numFmtId="0"/><x:xf numFmtId="164"/><x:xf numFmtId="14"/></x:cellXfs></x:styleSheet>`)})}
	if err := b.readStyles("s"); err != nil || !slices.Equal(b.dateStyle, []bool{false, true, true}) {
		t.Errorf("prefixed styles: %v %v", b.dateStyle, err)
	}
}

// FuzzLexer: wherever the lexer reads a part, the decoder reads it to the
// same events, sheet, shared strings and styles. The seeds are the odd
// inputs and every part of the seed workbooks and the writer corpus.
func FuzzLexer(f *testing.F) {
	for _, s := range oddXML {
		f.Add([]byte(s))
	}
	for _, body := range corpus(f) {
		f.Add(body)
	}
	f.Fuzz(func(t *testing.T, body []byte) { agree(t, body) })
}
