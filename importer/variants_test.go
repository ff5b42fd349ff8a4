package importer_test

import (
	"archive/zip"
	"bytes"
	"cmp"
	"compress/flate"
	"encoding/xml"
	"fmt"
	"hash/crc32"
	"html"
	"io"
	"math"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"salesrhythm"
	"salesrhythm/internal/officetest"
	"salesrhythm/internal/testinbox"
)

// entry is one zip entry of a workbook.
type entry struct {
	name string
	body string
}

// unzipAll returns a workbook's entries in order.
func unzipAll(t *testing.T, data []byte) []entry {
	t.Helper()
	var out []entry
	for _, p := range officetest.Parts(t, data) {
		out = append(out, entry{p.Name, p.Body})
	}
	return out
}

// How zipAll packs entries.
const (
	packDeflate    = iota // with data descriptors after the data, as archive/zip writes them
	packStore             // not compressed, with data descriptors
	packNoTrailers        // deflated, sizes and checksum in the local header
)

// zipAll packs entries.
func zipAll(t *testing.T, entries []entry, packing int) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, e := range entries {
		var w io.Writer
		var err error
		switch packing {
		case packNoTrailers:
			var packed bytes.Buffer
			fw, _ := flate.NewWriter(&packed, flate.DefaultCompression)
			io.WriteString(fw, e.body)
			fw.Close()
			w, err = zw.CreateRaw(&zip.FileHeader{Name: e.name, Method: zip.Deflate, CRC32: crc32.ChecksumIEEE([]byte(e.body)),
				CompressedSize64: uint64(packed.Len()), UncompressedSize64: uint64(len(e.body))})
			if err == nil {
				_, err = w.Write(packed.Bytes())
			}
		default:
			h := &zip.FileHeader{Name: e.name, Method: zip.Deflate}
			if packing == packStore {
				h.Method = zip.Store
			}
			if w, err = zw.CreateHeader(h); err == nil {
				_, err = io.WriteString(w, e.body)
			}
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// variant is a change to a workbook that the file format allows: it must
// import to exactly the records of the original.
type variant struct {
	name    string
	change  func(t *testing.T, es []entry) []entry
	packing int
}

// eachPart applies fn to the body of every part whose name matches.
func eachPart(pattern string, fn func(name, body string) string) func(*testing.T, []entry) []entry {
	re := regexp.MustCompile(pattern)
	return func(t *testing.T, es []entry) []entry {
		for i, e := range es {
			if re.MatchString(e.name) {
				es[i].body = fn(e.name, e.body)
			}
		}
		return es
	}
}

// packageVariants are the ways the Open Packaging Conventions let a
// package name and find its parts.
var packageVariants = []variant{
	{name: "part names in another case", change: func(t *testing.T, es []entry) []entry {
		// The zip says xl/SharedStrings.xml, the relationship sharedStrings.xml
		// (OPC §6.2.2.3: part names compare without regard to case).
		for i, e := range es {
			switch e.name {
			case "xl/sharedStrings.xml":
				es[i].name = "xl/SharedStrings.xml"
			case "xl/worksheets/sheet2.xml":
				es[i].name = "XL/Worksheets/Sheet2.XML"
			}
		}
		return es
	}},
	{name: "backslashes in entry names", change: func(t *testing.T, es []entry) []entry {
		for i := range es {
			es[i].name = strings.ReplaceAll(es[i].name, "/", `\`)
		}
		return es
	}},
	{name: "absolute relationship targets", change: eachPart(`\.rels$`, func(name, body string) string {
		dir := path.Dir(path.Dir(name)) // xl/_rels/workbook.xml.rels → xl
		return regexp.MustCompile(`Target="([^"/][^"]*)"`).ReplaceAllStringFunc(body, func(m string) string {
			target := strings.TrimSuffix(strings.TrimPrefix(m, `Target="`), `"`)
			return `Target="` + path.Join("/", dir, target) + `"`
		})
	})},
	{name: "the workbook at the package root", change: func(t *testing.T, es []entry) []entry {
		// A minimal package: workbook.xml, its sheets and the rest at the
		// root, found by _rels/.rels and the workbook's relationships.
		moved := map[string]string{}
		for i, e := range es {
			if rest, ok := strings.CutPrefix(e.name, "xl/"); ok {
				to := strings.ReplaceAll(strings.ReplaceAll(rest, "worksheets/_rels/", "_rels/"), "worksheets/", "")
				moved["/"+e.name], es[i].name = "/"+to, to
			}
		}
		for i, e := range es {
			switch {
			case e.name == "[Content_Types].xml":
				for from, to := range moved {
					e.body = strings.ReplaceAll(e.body, `"`+from+`"`, `"`+to+`"`)
				}
			case e.name == "_rels/.rels":
				e.body = strings.ReplaceAll(e.body, `Target="xl/workbook.xml"`, `Target="workbook.xml"`)
			case e.name == "_rels/workbook.xml.rels":
				e.body = strings.ReplaceAll(strings.ReplaceAll(e.body, `Target="worksheets/`, `Target="`), `"/xl/`, `"/`)
			case strings.HasPrefix(e.name, "_rels/sheet"):
				e.body = strings.ReplaceAll(e.body, `Target="../tables/`, `Target="tables/`)
			}
			es[i] = e
		}
		return es
	}},
}

// testVariants imports every workbook of a test inbox changed by each
// variant, and fails unless the records are exactly the original's.
func testVariants(t *testing.T, variants []variant) {
	in := testinbox.Make(t, salesrhythm.English)
	want := read(t, in.Dir, salesrhythm.English)
	for _, v := range variants {
		t.Run(v.name, func(t *testing.T) {
			dir := t.TempDir()
			filepath.WalkDir(in.Dir, func(p string, d os.DirEntry, err error) error {
				if d.IsDir() {
					return nil
				}
				rel, _ := filepath.Rel(in.Dir, p)
				out := filepath.Join(dir, rel)
				os.MkdirAll(filepath.Dir(out), 0o755)
				change := v.change
				if change == nil {
					change = func(t *testing.T, es []entry) []entry { return es }
				}
				data := zipAll(t, change(t, unzipAll(t, mustRead(p))), v.packing)
				if err := os.WriteFile(out, data, 0o644); err != nil {
					t.Fatal(err)
				}
				return nil
			})
			got := read(t, dir, salesrhythm.English)
			for _, f := range got.Findings {
				t.Errorf("unexpected finding: %s", f)
			}
			for i, f := range got.Files {
				if f.Status != want.Files[i].Status || f.RecognisedBy != want.Files[i].RecognisedBy {
					t.Errorf("%s: %s by %s, want %s by %s", f.Path, f.Status, f.RecognisedBy, want.Files[i].Status, want.Files[i].RecognisedBy)
				}
			}
			if !reflect.DeepEqual(got.Records, want.Records) {
				compare(t, got.Records, want.Records, true)
				t.Error("the records differ from the original's")
			}
		})
	}
}

func TestPackageVariants(t *testing.T) { testVariants(t, packageVariants) }

// xmlEdit rewrites a part token by token: names, attributes and text may
// change, and how text and the gaps between tags are written.
type xmlEdit struct {
	elem   func(name xml.Name, attrs []xml.Attr) (xml.Name, []xml.Attr)
	escape func(s string) string // text and attribute values; xml.EscapeText's by default
	quote  byte                  // around attribute values; " by default
	gap    string                // written between two tags, never inside an element's text
}

func (x xmlEdit) apply(t *testing.T, body string) string {
	t.Helper()
	esc := x.escape
	if esc == nil {
		esc = func(s string) string {
			var b strings.Builder
			xml.EscapeText(&b, []byte(s))
			return b.String()
		}
	}
	q := string(cmp.Or(x.quote, '"'))
	qname := func(n xml.Name) string {
		if n.Space != "" {
			return n.Space + ":" + n.Local
		}
		return n.Local
	}
	d := xml.NewDecoder(strings.NewReader(body))
	var b strings.Builder
	last := ""
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			return b.String()
		}
		if err != nil {
			t.Fatal(err)
		}
		switch tk := tok.(type) {
		case xml.ProcInst:
			fmt.Fprintf(&b, "<?%s %s?>", tk.Target, tk.Inst)
		case xml.StartElement:
			if last != "" {
				b.WriteString(x.gap)
			}
			name, attrs := tk.Name, tk.Attr
			if x.elem != nil {
				name, attrs = x.elem(name, attrs)
			}
			b.WriteString("<" + qname(name))
			for _, a := range attrs {
				b.WriteString(" " + qname(a.Name) + "=" + q + strings.ReplaceAll(esc(a.Value), q, map[string]string{`"`: "&quot;", "'": "&apos;"}[q]) + q)
			}
			b.WriteString(">")
			last = "start"
		case xml.EndElement:
			if last == "end" {
				b.WriteString(x.gap)
			}
			name := tk.Name
			if x.elem != nil {
				name, _ = x.elem(name, nil)
			}
			b.WriteString("</" + qname(name) + ">")
			last = "end"
		case xml.CharData:
			b.WriteString(esc(string(tk)))
			last = ""
		}
	}
}

// xmlParts applies an edit to the XML parts whose names match.
func xmlParts(pattern string, x xmlEdit) func(*testing.T, []entry) []entry {
	re := regexp.MustCompile(pattern)
	return func(t *testing.T, es []entry) []entry {
		for i, e := range es {
			if re.MatchString(e.name) {
				es[i].body = x.apply(t, e.body)
			}
		}
		return es
	}
}

// then applies changes one after another.
func then(changes ...func(*testing.T, []entry) []entry) func(*testing.T, []entry) []entry {
	return func(t *testing.T, es []entry) []entry {
		for _, c := range changes {
			es = c(t, es)
		}
		return es
	}
}

// prefixed puts the elements of the default namespace under the prefix x,
// as the Open XML SDK writes them.
var prefixed = xmlEdit{elem: func(n xml.Name, attrs []xml.Attr) (xml.Name, []xml.Attr) {
	if n.Space == "" {
		n.Space = "x"
	}
	out := make([]xml.Attr, len(attrs))
	for i, a := range attrs {
		if a.Name.Space == "" && a.Name.Local == "xmlns" {
			a.Name = xml.Name{Space: "xmlns", Local: "x"}
		}
		out[i] = a
	}
	return n, out
}}

// strict are the namespaces and relationship types of ISO 29500 Strict in
// place of the transitional ones, the specific before the general.
var strict = strings.NewReplacer(
	"http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main",
	"http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties", "http://purl.oclc.org/ooxml/officeDocument/relationships/customProperties",
	"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties", "http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties",
	"http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships",
	"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties", "http://purl.oclc.org/ooxml/officeDocument/customProperties",
	"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties", "http://purl.oclc.org/ooxml/officeDocument/extendedProperties",
	"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes", "http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes",
	"http://schemas.openxmlformats.org/drawingml/2006/main", "http://purl.oclc.org/ooxml/drawingml/main",
	"<workbook ", `<workbook conformance="strict" `,
)

// sharedStrings returns a workbook's shared strings.
func sharedStrings(t *testing.T, es []entry) []string {
	t.Helper()
	var sst struct {
		SI []struct {
			T string `xml:"t"`
			R []struct {
				T string `xml:"t"`
			} `xml:"r"`
		} `xml:"si"`
	}
	for _, e := range es {
		if e.name == "xl/sharedStrings.xml" {
			if err := xml.Unmarshal([]byte(e.body), &sst); err != nil {
				t.Fatal(err)
			}
		}
	}
	var out []string
	for _, si := range sst.SI {
		s := si.T
		for _, r := range si.R {
			s += r.T
		}
		out = append(out, s)
	}
	return out
}

// dateStyles returns which cell styles of a workbook show dates or times,
// as our templates write them.
func dateStyles(es []entry) map[string]bool {
	out := map[string]bool{}
	for _, e := range es {
		if e.name != "xl/styles.xml" {
			continue
		}
		custom := map[string]string{}
		for _, m := range regexp.MustCompile(`<numFmt numFmtId="(\d+)" formatCode="([^"]*)"`).FindAllStringSubmatch(e.body, -1) {
			custom[m[1]] = m[2]
		}
		xfs := e.body[strings.Index(e.body, "<cellXfs"):]
		for i, m := range regexp.MustCompile(`<xf numFmtId="(\d+)"`).FindAllStringSubmatch(xfs, -1) {
			id, _ := strconv.Atoi(m[1])
			code, ok := custom[m[1]]
			out[strconv.Itoa(i)] = ok && strings.ContainsAny(code, "ydh") || !ok && (id >= 14 && id <= 22 || id >= 45 && id <= 47)
		}
	}
	return out
}

var (
	cellPattern = regexp.MustCompile(`<c r="([A-Z]+)(\d+)"((?: [a-z]+="[^"]*")*)(/>|>(.*?)</c>)`)
	rowPattern  = regexp.MustCompile(`<row r="(\d+)"((?: [A-Za-z]+="[^"]*")*)(/>|>(.*?)</row>)`)
	valuePart   = regexp.MustCompile(`^<v>([^<]*)</v>$`)
)

// eachCell rewrites every cell of every sheet: fn sees a cell's column,
// row, attributes (as written, r apart) and content, and returns the whole
// cell anew.
func eachCell(fn func(es []entry, col, row, attrs, content string) string) func(*testing.T, []entry) []entry {
	return func(t *testing.T, es []entry) []entry {
		for i, e := range es {
			if strings.HasPrefix(e.name, "xl/worksheets/sheet") {
				es[i].body = cellPattern.ReplaceAllStringFunc(e.body, func(c string) string {
					m := cellPattern.FindStringSubmatch(c)
					return fn(es, m[1], m[2], m[3], m[5])
				})
			}
		}
		return es
	}
}

func attrOf(attrs, name string) string {
	if m := regexp.MustCompile(` ` + name + `="([^"]*)"`).FindStringSubmatch(attrs); m != nil {
		return m[1]
	}
	return ""
}

func withoutAttr(attrs, name string) string {
	return regexp.MustCompile(` `+name+`="[^"]*"`).ReplaceAllString(attrs, "")
}

func escapeText(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

// sharedAsText rewrites every shared-string cell as a string of type typ:
// inline (<is>) or a formula's string result (t="str").
func sharedAsText(t *testing.T, typ string) func(*testing.T, []entry) []entry {
	return func(t *testing.T, es []entry) []entry {
		strs := sharedStrings(t, es)
		return eachCell(func(es []entry, col, row, attrs, content string) string {
			m := valuePart.FindStringSubmatch(content)
			if attrOf(attrs, "t") != "s" || m == nil {
				return `<c r="` + col + row + `"` + attrs + cellEnd(content)
			}
			n, _ := strconv.Atoi(m[1])
			attrs = withoutAttr(attrs, "t") + ` t="` + typ + `"`
			if typ == "inlineStr" {
				return `<c r="` + col + row + `"` + attrs + `><is><t xml:space="preserve">` + escapeText(strs[n]) + `</t></is></c>`
			}
			return `<c r="` + col + row + `"` + attrs + `><v>` + escapeText(strs[n]) + `</v></c>`
		})(t, es)
	}
}

func cellEnd(content string) string {
	if content == "" {
		return "/>"
	}
	return ">" + content + "</c>"
}

// datesAs rewrites every number of a date style by fn (serial in, value and
// type out).
func datesAs(fn func(serial float64) (v, typ string)) func(*testing.T, []entry) []entry {
	return func(t *testing.T, es []entry) []entry {
		dates := dateStyles(es)
		return eachCell(func(es []entry, col, row, attrs, content string) string {
			m := valuePart.FindStringSubmatch(content)
			if m == nil || attrOf(attrs, "t") != "" || !dates[attrOf(attrs, "s")] {
				return `<c r="` + col + row + `"` + attrs + cellEnd(content)
			}
			serial, _ := strconv.ParseFloat(m[1], 64)
			v, typ := fn(serial)
			if typ != "" {
				attrs += ` t="` + typ + `"`
			}
			return `<c r="` + col + row + `"` + attrs + `><v>` + v + `</v></c>`
		})(t, es)
	}
}

// isoDate writes a serial as t="d" does: ISO 8601, a time of day on
// 1899-12-30.
func isoDate(serial float64) (string, string) {
	day := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
	at := day.Add(time.Duration(math.Round(serial*86400)) * time.Second)
	return at.Format("2006-01-02T15:04:05"), "d"
}

// withoutRefs drops r from every row and cell, writing a blank <c/> or
// <row/> for each one skipped, as some libraries do.
func withoutRefs(t *testing.T, es []entry) []entry {
	for i, e := range es {
		if !strings.HasPrefix(e.name, "xl/worksheets/sheet") {
			continue
		}
		prev := 0
		es[i].body = rowPattern.ReplaceAllStringFunc(e.body, func(r string) string {
			m := rowPattern.FindStringSubmatch(r)
			n, _ := strconv.Atoi(m[1])
			out := strings.Repeat("<row/>", n-prev-1) + "<row" + m[2]
			prev = n
			if m[3] == "/>" {
				return out + "/>"
			}
			col := 0
			cells := cellPattern.ReplaceAllStringFunc(m[4], func(c string) string {
				cm := cellPattern.FindStringSubmatch(c)
				at := 0
				for _, l := range cm[1] {
					at = at*26 + int(l-'A'+1)
				}
				gap := strings.Repeat("<c/>", at-col-1)
				col = at
				return gap + "<c" + cm[3] + cellEnd(cm[5])
			})
			return out + ">" + cells + "</row>"
		})
	}
	return es
}

// xmlVariants are what the XML of a workbook may look like and still say
// the same.
var xmlVariants = []variant{
	{name: "namespace prefixes", change: xmlParts(`^(xl/.*\.xml|docProps/custom\.xml)$`, prefixed)},
	{name: "Strict (ISO 29500) namespaces", change: eachPart(`\.(xml|rels)$`, func(_, body string) string { return strict.Replace(body) })},
	{name: "inline strings", change: sharedAsText(nil, "inlineStr")},
	{name: "formula strings (t=str)", change: sharedAsText(nil, "str")},
	{name: "rich-text and phonetic shared strings", change: eachPart(`^xl/sharedStrings\.xml$`, func(_, body string) string {
		return regexp.MustCompile(`<si><t>([^<]*)</t></si>`).ReplaceAllStringFunc(body, func(si string) string {
			text := []rune(html.UnescapeString(regexp.MustCompile(`<si><t>([^<]*)</t></si>`).FindStringSubmatch(si)[1]))
			half := len(text) / 2
			return `<si><r><rPr><b/><sz val="11"/><rFont val="Calibri"/></rPr><t xml:space="preserve">` + escapeText(string(text[:half])) +
				`</t></r><r><t xml:space="preserve">` + escapeText(string(text[half:])) + `</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh><phoneticPr fontId="1"/></si>`
		})
	})},
	{name: "ISO dates (t=d)", change: datesAs(isoDate)},
	{name: "1904 dates", change: then(
		eachPart(`^xl/workbook\.xml$`, func(_, body string) string {
			return strings.Replace(body, "<workbookPr ", `<workbookPr date1904="1" `, 1)
		}),
		datesAs(func(serial float64) (string, string) {
			if serial >= 1 {
				serial -= 1462
			}
			return strconv.FormatFloat(serial, 'f', -1, 64), ""
		}))},
	{name: "cells and rows without r", change: withoutRefs},
	{name: "the Open XML SDK's habits: prefixes, no r", change: then(withoutRefs, xmlParts(`^xl/.*\.xml$`, prefixed))},
	{name: "byte-order marks", change: eachPart(`\.(xml|rels)$`, func(_, body string) string { return "\ufeff" + body })},
	{name: "entities and character references", change: xmlParts(`^(xl/.*\.xml|docProps/.*\.xml)$`, xmlEdit{quote: '\'', escape: func(s string) string {
		var b strings.Builder
		for _, r := range s {
			switch {
			case r == 'a' || r == 'A' || r == '1':
				fmt.Fprintf(&b, "&#%d;", r)
			case r == 'e' || r == 'ő' || r == '—':
				fmt.Fprintf(&b, "&#x%X;", r)
			case r == '\'':
				b.WriteString("&apos;")
			case r == '"':
				b.WriteString("&quot;")
			default:
				xml.EscapeText(&b, []byte(string(r)))
			}
		}
		return b.String()
	}})},
	{name: "line breaks and indentation between tags", change: xmlParts(`\.(xml|rels)$`, xmlEdit{gap: "\r\n  "})},
	{name: "comments and CDATA, which only the decoder reads", change: then(
		eachPart(`\.(xml|rels)$`, func(_, body string) string {
			return regexp.MustCompile(`^(<\?xml[^>]*\?>)?`).ReplaceAllString(body, "$1<!-- written by hand -->")
		}),
		eachPart(`^xl/sharedStrings\.xml$`, func(_, body string) string {
			return regexp.MustCompile(`<t>([^<]*)</t>`).ReplaceAllStringFunc(body, func(t string) string {
				return "<t><![CDATA[" + html.UnescapeString(t[3:len(t)-4]) + "]]></t>"
			})
		}))},
	{name: "stored entries", packing: packStore},
	{name: "entries without data descriptors", packing: packNoTrailers},
}

func TestXMLVariants(t *testing.T) { testVariants(t, xmlVariants) }
