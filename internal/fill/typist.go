package fill

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"maps"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/xuri/excelize/v2"

	"salesrhythm"
	"salesrhythm/internal/zipx"
	"salesrhythm/schema"
	"salesrhythm/templates"
)

// Typer types a workbook's content in: a Book (excelize, any workbook) or
// a Typist (our fresh templates, fast).
type Typer interface {
	Table(sheetKey string, rows []map[string]any) error
	Form(sheetKey string, values map[string]any) error
	Grid(sheetKey string, cells map[salesrhythm.Date]map[salesrhythm.Clock]string) error
}

// Typist fills a fresh template made by package templates, for making
// thousands of completed workbooks quickly: it knows where the template
// puts each input cell, edits the sheet XML directly and copies every other
// part as it is. The result is what typing in Excel gives: values in the
// input cells with the cells' own styles, texts in the shared strings.
type Typist struct {
	*template
	desc    *schema.Workbook
	spec    templates.Spec
	o       templates.Options
	edits   map[string]map[[2]int]cellValue
	strs    []string // strings to add to the shared strings
	strAt   map[string]int
	saved   time.Time
	savedBy string
	holes   templates.Holes
}

// template is a template's zip opened for typing in: where each sheet is,
// how many shared strings it has, and its parts unpacked as they are needed.
// A master serves many typists, so it is opened once.
type template struct {
	zip    *zip.Reader
	parts  map[string]string // sheet name → part
	base   int               // shared strings in the template
	mu     sync.Mutex
	bodies map[string][]byte // unpacked parts; never changed once read
}

// masters caches the opened masters by their bytes' address: a
// templates.Writer keeps each master's bytes for the whole batch.
var masters sync.Map // *byte → *template

func openTemplate(data []byte) (*template, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	tp := &template{zip: zr, parts: map[string]string{}, bodies: map[string][]byte{}}
	return tp, tp.index()
}

// Fast opens the fresh template of spec (its bytes as templates.Write made
// them) for typing in.
func Fast(data []byte, spec templates.Spec, o templates.Options) (*Typist, error) {
	return FastFrom(data, templates.Holes{}, spec, o)
}

// FastFrom opens a master template (templates.Writer.Master) and fills its
// holes while writing: one pass from the master to the completed workbook.
func FastFrom(data []byte, holes templates.Holes, spec templates.Spec, o templates.Options) (*Typist, error) {
	if len(data) == 0 {
		return nil, fmt.Errorf("no template")
	}
	var tp *template
	if holes.Fill == nil {
		var err error
		if tp, err = openTemplate(data); err != nil {
			return nil, err
		}
	} else if v, ok := masters.Load(&data[0]); ok {
		tp = v.(*template)
	} else {
		var err error
		if tp, err = openTemplate(data); err != nil {
			return nil, err
		}
		masters.Store(&data[0], tp)
	}
	return &Typist{template: tp, desc: o.Schema.Kind(spec.Kind), spec: spec, o: o,
		edits: map[string]map[[2]int]cellValue{}, strAt: map[string]int{}, holes: holes}, nil
}

// index finds each sheet's part and counts the shared strings.
func (t *template) index() error {
	var wb struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			ID   string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	var rels struct {
		Rels []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if err := t.unmarshal("xl/workbook.xml", &wb); err != nil {
		return err
	}
	if err := t.unmarshal("xl/_rels/workbook.xml.rels", &rels); err != nil {
		return err
	}
	for _, s := range wb.Sheets {
		for _, r := range rels.Rels {
			if r.ID == s.ID {
				t.parts[s.Name] = path.Join("xl", r.Target)
			}
		}
	}
	sst, err := t.read("xl/sharedStrings.xml")
	if err != nil {
		return err
	}
	t.base = bytes.Count(sst, []byte("<si>")) + bytes.Count(sst, []byte("<si/>"))
	return nil
}

// read returns a part unpacked; the bytes are shared and must not change.
func (t *template) read(part string) ([]byte, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if b, ok := t.bodies[part]; ok {
		return b, nil
	}
	for _, f := range t.zip.File {
		if f.Name == part {
			r, err := f.Open()
			if err != nil {
				return nil, err
			}
			defer r.Close()
			b, err := io.ReadAll(r)
			if err == nil {
				t.bodies[part] = b
			}
			return b, err
		}
	}
	return nil, fmt.Errorf("the template has no %s", part)
}

func (t *template) unmarshal(part string, v any) error {
	b, err := t.read(part)
	if err != nil {
		return err
	}
	return xml.Unmarshal(b, v)
}

// set records a value for the cell at col and row of a sheet.
func (t *Typist) set(s *schema.Sheet, col, row int, c *schema.Column, v any) error {
	x, err := typedValue(c, v, t.o.Config.Locale)
	if err != nil || x.blank {
		return err
	}
	sheet := s.Name.In(t.o.Config.Locale)
	if t.edits[sheet] == nil {
		t.edits[sheet] = map[[2]int]cellValue{}
	}
	t.edits[sheet][[2]int{row, col}] = x
	return nil
}

// Table types rows into a table sheet: the schema's columns in order, from
// the template's first input row.
func (t *Typist) Table(sheetKey string, rows []map[string]any) error {
	s := t.desc.Sheet(sheetKey)
	for i, r := range rows {
		for _, key := range slices.Sorted(maps.Keys(r)) {
			at := slices.IndexFunc(s.Columns, func(c schema.Column) bool { return c.Key == key })
			if at < 0 {
				return fmt.Errorf("%s has no column %q", sheetKey, key)
			}
			if err := t.set(s, at+1, templates.FirstRow+i, &s.Columns[at], r[key]); err != nil {
				return err
			}
		}
	}
	return nil
}

// Form types values right of their fields' labels.
func (t *Typist) Form(sheetKey string, values map[string]any) error {
	s := t.desc.Sheet(sheetKey)
	for _, key := range slices.Sorted(maps.Keys(values)) {
		at := slices.IndexFunc(s.Columns, func(c schema.Column) bool { return c.Key == key })
		if at < 0 {
			return fmt.Errorf("%s has no field %q", sheetKey, key)
		}
		if err := t.set(s, 2, templates.HeaderRow+at, &s.Columns[at], values[key]); err != nil {
			return err
		}
	}
	return nil
}

// Grid types activities (keys) into a time table by day and slot.
func (t *Typist) Grid(sheetKey string, cells map[salesrhythm.Date]map[salesrhythm.Clock]string) error {
	s := t.desc.Sheet(sheetKey)
	days := t.o.Config.Calendar.Calendar().WorkingDays(t.spec.Period)
	slots := t.o.Config.TimeTable.Slots()
	for _, day := range slices.SortedFunc(maps.Keys(cells), salesrhythm.Date.Compare) {
		d := slices.Index(days, day)
		if d < 0 {
			return fmt.Errorf("%s: no column for %s", sheetKey, day)
		}
		for _, slot := range slices.Sorted(maps.Keys(cells[day])) {
			i := slices.Index(slots, slot)
			if i < 0 {
				return fmt.Errorf("%s: no row for %s", sheetKey, slot)
			}
			if err := t.set(s, 2+d, templates.FirstRow+i, &s.Columns[1], Key(cells[day][slot])); err != nil {
				return err
			}
		}
	}
	return nil
}

// Saved sets when and by whom the workbook was last saved, as Excel does.
func (t *Typist) Saved(when time.Time, by string) { t.saved, t.savedBy = when, by }

// Write writes the completed workbook.
func (t *Typist) Write(w io.Writer) error {
	changed := map[string][]byte{}
	for _, sheet := range slices.Sorted(maps.Keys(t.edits)) {
		part := t.parts[sheet]
		body, err := t.read(part)
		if err != nil {
			return err
		}
		if changed[part], err = t.typeInto(body, t.edits[sheet]); err != nil {
			return fmt.Errorf("%s: %w", sheet, err)
		}
	}
	if len(t.strs) > 0 {
		sst, err := t.read("xl/sharedStrings.xml")
		if err != nil {
			return err
		}
		var add strings.Builder
		for _, s := range t.strs {
			add.WriteString(`<si><t xml:space="preserve">`)
			xml.EscapeText(&add, []byte(s))
			add.WriteString(`</t></si>`)
		}
		n := strconv.Itoa(t.base + len(t.strs))
		root := bytes.Index(sst, []byte("<sst"))
		head := root + bytes.IndexByte(sst[root:], '>') + 1
		var out bytes.Buffer
		out.Write(sst[:root])
		out.Write(countAttrs.ReplaceAll(sst[root:head], []byte(`${1}="`+n+`"`)))
		tail := sst[head:]
		out.Write(tail[:bytes.LastIndex(tail, []byte("</sst>"))])
		out.WriteString(add.String())
		out.WriteString("</sst>")
		changed["xl/sharedStrings.xml"] = out.Bytes()
	}
	if !t.saved.IsZero() {
		core, err := t.read("docProps/core.xml")
		if err != nil {
			return err
		}
		core = modifiedAt.ReplaceAll(core, []byte("${1}"+t.saved.UTC().Format(time.RFC3339)+"${2}"))
		var by bytes.Buffer
		xml.EscapeText(&by, []byte(t.savedBy))
		core = modifiedBy.ReplaceAll(core, []byte("${1}"+strings.ReplaceAll(by.String(), "$", "$$")+"${2}"))
		changed["docProps/core.xml"] = core
	}
	for part := range t.holes.Parts {
		body, ok := changed[part]
		if !ok {
			var err error
			if body, err = t.read(part); err != nil {
				return err
			}
		}
		changed[part] = t.holes.Fill(body)
	}
	return zipx.Rewrite(w, t.zip, func(f *zip.File) ([]byte, bool, error) {
		body, ok := changed[f.Name]
		return body, ok, nil
	})
}

var (
	countAttrs = regexp.MustCompile(`(count|uniqueCount)="\d+"`)
	modifiedAt = regexp.MustCompile(`(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)`)
	modifiedBy = regexp.MustCompile(`(<cp:lastModifiedBy>)[^<]*(</cp:lastModifiedBy>)`)
	styleAttr  = regexp.MustCompile(`\ss="(\d+)"`)
	colTag     = regexp.MustCompile(`<col [^>]*>`)
)

// typeInto writes the values into a sheet's XML as excelize writes it: rows
// and cells in order, each value cell with the style of the cell it
// replaces, or of its column.
func (t *Typist) typeInto(body []byte, edits map[[2]int]cellValue) ([]byte, error) {
	start := bytes.Index(body, []byte("<sheetData>"))
	end := bytes.Index(body, []byte("</sheetData>"))
	if start < 0 || end < 0 {
		return nil, fmt.Errorf("no sheet data")
	}
	colStyle := map[int]string{}
	for _, m := range colTag.FindAll(body[:start], -1) {
		lo, hi, style := attrInt(m, "min"), attrInt(m, "max"), attrOf(m, "style")
		for c := lo; c <= hi && style != ""; c++ {
			colStyle[c] = style
		}
	}
	// The template's rows: each cell's XML by column.
	type row struct {
		open  string
		cells map[int]string
	}
	rows := map[int]*row{}
	data := string(body[start+len("<sheetData>") : end])
	for len(data) > 0 {
		tag, rest, ok := startTag(data, "<row")
		if !ok {
			return nil, fmt.Errorf("unexpected sheet data %.40q", data)
		}
		n, _ := strconv.Atoi(attrOf([]byte(tag), "r"))
		r := &row{open: tag, cells: map[int]string{}}
		if strings.HasSuffix(tag, "/>") {
			r.open = strings.TrimSuffix(tag, "/>") + ">"
			rows[n], data = r, rest
			continue
		}
		rows[n] = r
		close := strings.Index(rest, "</row>")
		if close < 0 {
			return nil, fmt.Errorf("a row without its end")
		}
		inner := rest[:close]
		data = rest[close+len("</row>"):]
		for len(inner) > 0 {
			ctag, crest, ok := startTag(inner, "<c ")
			if !ok {
				return nil, fmt.Errorf("unexpected row data %.40q", inner)
			}
			col, _, _ := excelize.SplitCellName(attrOf([]byte(ctag), "r"))
			num, _ := excelize.ColumnNameToNumber(col)
			stop := len(inner) - len(crest)
			if !strings.HasSuffix(ctag, "/>") {
				stop = strings.Index(inner, "</c>") + len("</c>")
			}
			r.cells[num] = inner[:stop]
			inner = inner[stop:]
		}
	}
	for _, at := range slices.SortedFunc(maps.Keys(edits), func(a, b [2]int) int { return cmpPair(a, b) }) {
		n, col := at[0], at[1]
		r := rows[n]
		if r == nil {
			r = &row{open: fmt.Sprintf(`<row r="%d">`, n), cells: map[int]string{}}
			rows[n] = r
		}
		style := colStyle[col]
		if old, ok := r.cells[col]; ok {
			if m := styleAttr.FindStringSubmatch(old); m != nil {
				style = m[1]
			}
		}
		r.cells[col] = t.cellXML(col, n, style, edits[at])
	}
	var out bytes.Buffer
	out.Write(body[:start])
	out.WriteString("<sheetData>")
	for _, n := range slices.Sorted(maps.Keys(rows)) {
		r := rows[n]
		out.WriteString(r.open)
		for _, c := range slices.Sorted(maps.Keys(r.cells)) {
			out.WriteString(r.cells[c])
		}
		out.WriteString("</row>")
	}
	out.Write(body[end:])
	return out.Bytes(), nil
}

// cellXML writes one value cell; texts go to the shared strings.
func (t *Typist) cellXML(col, row int, style string, v cellValue) string {
	ref, _ := excelize.CoordinatesToCellName(col, row)
	s := ""
	if style != "" {
		s = ` s="` + style + `"`
	}
	if !v.isText {
		return `<c r="` + ref + `"` + s + `><v>` + strconv.FormatFloat(v.num, 'f', -1, 64) + `</v></c>`
	}
	i, ok := t.strAt[v.text]
	if !ok {
		i = t.base + len(t.strs)
		t.strAt[v.text] = i
		t.strs = append(t.strs, v.text)
	}
	return `<c r="` + ref + `"` + s + ` t="s"><v>` + strconv.Itoa(i) + `</v></c>`
}

// attrOf returns the value of attribute name in a start tag.
func attrOf(tag []byte, name string) string {
	i := bytes.Index(tag, []byte(" "+name+`="`))
	if i < 0 {
		return ""
	}
	v := tag[i+len(name)+3:]
	if j := bytes.IndexByte(v, '"'); j >= 0 {
		return string(v[:j])
	}
	return ""
}

// startTag splits the start tag that opens s (it must begin with prefix)
// from the rest.
func startTag(s, prefix string) (tag, rest string, ok bool) {
	if !strings.HasPrefix(s, prefix) {
		return "", "", false
	}
	gt := strings.IndexByte(s, '>')
	if gt < 0 {
		return "", "", false
	}
	return s[:gt+1], s[gt+1:], true
}

func attrInt(tag []byte, name string) int {
	n, _ := strconv.Atoi(attrOf(tag, name))
	return n
}

func cmpPair(a, b [2]int) int {
	if a[0] != b[0] {
		return a[0] - b[0]
	}
	return a[1] - b[1]
}
