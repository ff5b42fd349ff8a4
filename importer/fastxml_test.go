package importer

import (
	"bytes"
	"os"
	"path/filepath"
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
	return c.parts[name]
}
