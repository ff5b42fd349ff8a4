package importer

import (
	"bytes"
	"cmp"
	"errors"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"salesrhythm"
)

// The importer reads .xlsx parts itself (and .ods ones, see ods.go), by
// the lexer of fastxml.go or encoding/xml: it needs only values, shared
// strings, which styles show dates, sheet names and document properties,
// and reading them directly is several times faster than excelize's general
// reader. It also lets every oddity of a hand-made file — a bad
// shared-string index, an impossible row number, XML cut short — become a
// finding instead of a silently dropped or invented value. excelize remains
// the writer.

// Limits on what one sheet may hold; Excel's own grid is 1,048,576 × 16,384.
const (
	maxRow = 1 << 20
	maxCol = 1 << 14
)

// book is the parts of one workbook the importer reads.
type book struct {
	c         Container
	sheets    []sheetRef
	strings   []string
	dateStyle []bool // by cell style index: does the number format show a date or time?
	date1904  bool
	props     map[string]string      // custom document properties, as text
	modified  string                 // docProps/core.xml dcterms:modified, as written
	warnings  []salesrhythm.Text     // parts that could not be read but did not stop the reading
	preread   map[string]sheetResult // sheets read with the part that holds them all (.ods), by sheetRef.part
}

// sheetRef is one sheet of the workbook, in tab order.
type sheetRef struct {
	name   string
	part   string
	hidden bool
}

// xcell is one stored cell.
type xcell struct {
	col   int    // 1-based
	raw   string // the stored value, shared strings resolved
	kind  byte   // 'n' number, 's' string, 'b' boolean, 'e' error, 'f' formula never calculated
	style int
	date  bool // stored as a date or time (t="d"), whatever its style: raw is then its serial
}

// xrow is one stored row, cells in column order.
type xrow struct {
	n     int // 1-based
	cells []xcell
}

// partError is a problem inside one part of the workbook.
type partError struct {
	part string
	msg  salesrhythm.Text
}

func (e *partError) Error() string { return e.part + ": " + e.msg.En }

func (e *partError) missing() bool { return e.msg == missingPart }

// partText is err for a message in every locale: a partError's words in
// each, any other error as Go writes it.
func partText(err error) salesrhythm.Text {
	var pe *partError
	if errors.As(err, &pe) {
		return salesrhythm.T(pe.part+": "+pe.msg.En, pe.part+": "+pe.msg.Hu)
	}
	return salesrhythm.T(err.Error(), err.Error())
}

// In writes the error in locale l, so that it can be a message's argument.
func (e *partError) In(l salesrhythm.Locale) string { return e.part + ": " + e.msg.In(l) }

// missingPart is the partError's message for a part that is not there.
var missingPart = salesrhythm.Tr("missing")

// openBook reads the workbook-level parts of a checked container, so errors
// here are about the XML. Each part is found as the Open Packaging
// Conventions say: the workbook by the package's relationships, the others
// by the workbook's, their names compared without regard to case.
func openBook(c Container) (*book, error) {
	if c.ODS {
		return openODS(c)
	}
	b := &book{c: c}
	root := b.rels("_rels/.rels", "")
	wbPath := "xl/workbook.xml"
	if target, ok := root.ofType("/officeDocument"); ok {
		wbPath = target
	}
	rels := b.rels(relsPath(wbPath), path.Dir(wbPath))
	if err := b.readWorkbook(wbPath, rels); err != nil {
		return nil, err
	}
	if p, ok := rels.ofType("/sharedStrings"); ok {
		if err := b.readSharedStrings(p); err != nil {
			return nil, err
		}
	}
	if p, ok := rels.ofType("/styles"); ok {
		// Styles only tell which numbers are dates; without them the
		// values can still be read.
		v, err := c.remember(&styles, partName(p), func() (any, error) {
			err := b.readStyles(p)
			return b.dateStyle, err
		})
		b.dateStyle, _ = v.([]bool)
		if err != nil {
			b.dateStyle = nil
			b.warnings = append(b.warnings, salesrhythm.Tr("%s; dates stored as numbers are read as serial dates where a date is expected", errorText(err)))
		}
	}
	b.readProps(root)
	return b, nil
}

// styles remembers the date styles of the styles parts read.
var styles memo

func relsPath(part string) string {
	return path.Join(path.Dir(part), "_rels", path.Base(part)+".rels")
}

// walk feeds the events of a part to the handler begin returns (see
// walkBytes): a part small enough to keep unpacked by the lexer where it
// can, a larger one streamed through the decoder. It returns a partError
// when the part is missing, fails the container's checks, or its XML is
// broken or cut short.
func (b *book) walk(part string, begin func() handler) error {
	part = partName(part)
	body, stream, err := b.c.part(part)
	switch {
	case errors.Is(err, errMissing):
		return &partError{part, missingPart}
	case err != nil:
		return &partError{part, salesrhythm.T(err.Error(), err.Error())}
	case !stream:
		return walkBytes(part, body, begin)
	}
	r, err := b.c.files[part].Open()
	if err != nil {
		return &partError{part, salesrhythm.T(err.Error(), err.Error())}
	}
	defer r.Close()
	return walkReader(part, r, begin())
}

// relation is one relationship of a part: its ID, type and target, the
// target resolved against the part's folder.
type relation struct{ id, typ, target string }

type relations []relation

// rels reads a relationships part; a missing or broken one has none.
func (b *book) rels(part, base string) relations {
	body, _, _ := b.c.part(partName(part))
	return readRels(body, base)
}

// readRels reads the relationships of a part in base, its targets resolved
// to part names. External targets (links to web pages) are left out.
func readRels(body []byte, base string) relations {
	var out relations
	err := walkBytes("", body, func() handler {
		out = nil
		return func(e *event) error {
			if e.start("Relationship") && e.attr("TargetMode") != "External" {
				out = append(out, relation{e.attr("Id"), e.attr("Type"), resolve(base, e.attr("Target"))})
			}
			return nil
		}
	})
	if err != nil {
		return nil
	}
	return out
}

// contentType returns the content type [Content_Types].xml gives a part:
// its Override, else the Default for its extension.
func contentType(types []byte, part string) string {
	var override, byExt string
	ext := strings.TrimPrefix(path.Ext(part), ".")
	walkBytes("", types, func() handler {
		override, byExt = "", ""
		return func(e *event) error {
			switch {
			case e.start("Override") && partName(e.attr("PartName")) == part:
				override = e.attr("ContentType")
			case e.start("Default") && strings.EqualFold(e.attr("Extension"), ext):
				byExt = e.attr("ContentType")
			}
			return nil
		}
	})
	return cmp.Or(override, byExt)
}

// ofType returns the target of the first relationship whose type ends with
// typ.
func (rs relations) ofType(typ string) (string, bool) {
	for _, r := range rs {
		if strings.HasSuffix(r.typ, typ) {
			return r.target, true
		}
	}
	return "", false
}

// resolve returns the part name of a relationship's target, absolute or
// relative to base.
func resolve(base, target string) string {
	if strings.HasPrefix(target, "/") || strings.HasPrefix(target, `\`) {
		return partName(target)
	}
	return partName(path.Join(base, strings.ReplaceAll(target, `\`, "/")))
}

func (b *book) readWorkbook(part string, rels relations) error {
	type pending struct{ name, rid, state string }
	var sheets []pending
	err := b.walk(part, func() handler {
		sheets, b.date1904 = nil, false
		return func(e *event) error {
			switch {
			case e.start("workbookPr"):
				v := e.attr("date1904")
				b.date1904 = v == "1" || v == "true"
			case e.start("sheet"):
				sheets = append(sheets, pending{e.attr("name"), e.attr("id"), e.attr("state")})
			}
			return nil
		}
	})
	if err != nil {
		return err
	}
	targets := map[string]string{}
	for _, r := range rels {
		targets[r.id] = r.target
	}
	for _, s := range sheets {
		b.sheets = append(b.sheets, sheetRef{name: s.name, part: targets[s.rid], hidden: s.state == "hidden" || s.state == "veryHidden"})
	}
	if len(b.sheets) == 0 {
		return &partError{part, salesrhythm.Tr("the workbook lists no sheets")}
	}
	return nil
}

// readSharedStrings reads the <si> items of a shared-strings part: the text
// of their <t> elements outside phonetic runs.
func (b *book) readSharedStrings(part string) error {
	var sb strings.Builder
	return b.walk(part, func() handler {
		b.strings = b.strings[:0]
		inSI, inT, inPhonetic := false, false, false
		return func(e *event) error {
			switch e.kind {
			case '<':
				switch string(e.local) {
				case "si":
					inSI = true
					sb.Reset()
				case "t":
					inT = true
				case "rPh":
					inPhonetic = true
				}
			case '/':
				switch string(e.local) {
				case "si":
					inSI = false
					b.strings = append(b.strings, sb.String())
				case "t":
					inT = false
				case "rPh":
					inPhonetic = false
				}
			case 't':
				if inSI && inT && !inPhonetic {
					e.appendText(&sb)
				}
			}
			return nil
		}
	})
}

// readStyles learns, for each cell format (cellXfs), whether its number
// format shows a date or time. The number formats come before the cell
// formats (ECMA-376 §18.8.39), so the reading stops after them.
func (b *book) readStyles(part string) error {
	return b.walk(part, func() handler {
		custom := map[int]string{}
		inXfs := false
		b.dateStyle = b.dateStyle[:0]
		return func(e *event) error {
			switch {
			case e.start("numFmt"):
				if id, err := strconv.Atoi(e.attr("numFmtId")); err == nil {
					custom[id] = e.attr("formatCode")
				}
			case e.start("cellXfs"):
				inXfs = true
			case e.start("xf") && inXfs:
				id, _ := strconv.Atoi(e.attr("numFmtId"))
				code, ok := custom[id]
				b.dateStyle = append(b.dateStyle, ok && isDateFormat(code) || !ok && builtinDate(id))
			case e.end("cellXfs"):
				return errStop
			}
			return nil
		}
	})
}

// builtinDate reports whether a built-in number format id shows a date or
// a time (ECMA-376 §18.8.30, plus the East Asian ids Excel uses).
func builtinDate(id int) bool {
	return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58)
}

// isDateFormat reports whether a number format code shows a date or a
// time, read by the grammar of ECMA-376 §18.8.31 rather than by its
// letters: in the first section (the one for positive numbers), a date or
// time token — d, m, y, h, s, e (the era year), AM/PM, A/P — outside quoted
// text, escaped characters (\x, _x, *x) and bracketed parts (colours,
// conditions, locales, of which only the elapsed times [h], [mm], [ss]
// count). General, which LibreOffice writes as a custom format, is no date
// for all its e; neither is the E+ of scientific notation.
func isDateFormat(code string) bool {
	for i := 0; i < len(code); i++ {
		rest := code[i:]
		switch c := code[i]; {
		case c == ';':
			return false
		case c == '"':
			j := strings.IndexByte(rest[1:], '"')
			if j < 0 {
				return false
			}
			i += j + 1
		case c == '\\' || c == '_' || c == '*':
			i++
		case c == '[':
			j := strings.IndexByte(rest, ']')
			if j < 0 {
				return false
			}
			if inner := strings.ToLower(rest[1:j]); inner != "" &&
				(strings.Trim(inner, "h") == "" || strings.Trim(inner, "m") == "" || strings.Trim(inner, "s") == "") {
				return true
			}
			i += j
		case hasPrefixFold(rest, "general"):
			i += len("general") - 1
		case (c == 'e' || c == 'E') && len(rest) > 1 && (rest[1] == '+' || rest[1] == '-'):
			i++
		case strings.IndexByte("dDmMyYhHsSeE", c) >= 0, hasPrefixFold(rest, "am/pm"), hasPrefixFold(rest, "a/p"):
			return true
		}
	}
	return false
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// readProps reads the custom properties and the modification time, found
// by the package's relationships. Broken or absent properties are not an
// error: the hidden metadata sheet and the sheet signatures are the
// fall-backs. A property's value is the text of its child, a vt:lpwstr,
// vt:i4 or vt:filetime whatever its prefix.
func (b *book) readProps(root relations) {
	custom, ok := root.ofType("/custom-properties")
	if !ok {
		custom, ok = root.ofType("/customProperties") // ISO 29500 Strict
	}
	if !ok {
		custom = "docProps/custom.xml"
	}
	core, ok := root.ofType("/metadata/core-properties")
	if !ok {
		core = "docProps/core.xml"
	}
	props := map[string]string{}
	var sb strings.Builder
	err := b.walk(custom, func() handler {
		clear(props)
		name, depth := "", 0
		return func(e *event) error {
			switch {
			case e.start("property"):
				name, depth = e.attr("name"), 0
			case e.kind == '<' && name != "":
				if depth == 0 {
					sb.Reset()
				}
				depth++
			case e.kind == 't' && depth > 0:
				e.appendText(&sb)
			case e.kind == '/' && depth > 0:
				if depth--; depth == 0 {
					props[name], name = sb.String(), ""
				}
			}
			return nil
		}
	})
	if err != nil {
		props = map[string]string{}
	}
	b.props = props
	b.walk(core, func() handler {
		in := false
		return func(e *event) error {
			switch {
			case e.start("modified"):
				in = true
				sb.Reset()
			case e.kind == 't' && in:
				e.appendText(&sb)
			case e.end("modified"):
				b.modified = sb.String()
				return errStop
			}
			return nil
		}
	})
}

// sheetProblem is a cell or row the sheet reader could not take, reported as
// a finding by the caller.
type sheetProblem struct {
	cell string
	msg  salesrhythm.Text
}

// readSheet returns a sheet's stored rows in row order, with the cells it
// could not take. A broken part yields the rows read before the break and a
// problem saying so.
func (b *book) readSheet(s sheetRef) ([]xrow, []sheetProblem) {
	if r, ok := b.preread[s.part]; ok {
		return r.rows, r.probs
	}
	// Room for the rows and the cells with a value at once, counted in the
	// unpacked XML (a sheet that uses a namespace prefix gets none, and
	// grows as it is read). A crafted part of bare tags gets no more room
	// than the smallest real rows and cells its size could hold
	// (<row></row>, <c><v>1</v></c>).
	var rowsHint, cellsHint int
	if body, stream, err := b.c.part(partName(s.part)); err == nil && !stream {
		rows, cells := countTags(body)
		rowsHint, cellsHint = min(rows, len(body)/11), min(cells, len(body)/15)
	}
	var sb *sheetBuilder
	err := b.walk(s.part, func() handler {
		sb = &sheetBuilder{b: b, rows: make([]xrow, 0, rowsHint), cells: make([]xcell, 0, cellsHint)}
		return sb.on
	})
	var pe *partError
	switch {
	case errors.As(err, &pe) && pe.missing():
		return nil, []sheetProblem{{"", salesrhythm.Tr("the sheet's data (%s) is missing", s.part)}}
	case sb == nil: // the part failed the container's checks
		return nil, []sheetProblem{{"", partText(err)}}
	case err != nil && sb.lastRow > 0:
		sb.probs = append(sb.probs, sheetProblem{"", salesrhythm.Tr("the sheet's XML is broken after row %d; the rest could not be read (%v)", sb.lastRow, errorText(err))})
	case err != nil:
		sb.probs = append(sb.probs, sheetProblem{"", salesrhythm.Tr("the sheet's XML is broken after its start; the rest could not be read (%v)", errorText(err))})
	}
	return sb.finish()
}

// countTags counts, in one pass, the <row tags of a sheet's XML and the
// <v> and <is> tags of its cells with a value.
func countTags(body []byte) (rows, cells int) {
	for i := 0; ; {
		j := bytes.IndexByte(body[i:], '<')
		if j < 0 {
			return rows, cells
		}
		i += j + 1
		switch rest := body[i:]; {
		case bytes.HasPrefix(rest, []byte("row")):
			rows++
		case bytes.HasPrefix(rest, []byte("v>")), bytes.HasPrefix(rest, []byte("is>")):
			cells++
		}
	}
}

// sheetBuilder collects the rows and cells of one sheet from the events of
// its part.
type sheetBuilder struct {
	b        *book
	rows     []xrow
	cells    []xcell // every row's cells, one after the other
	probs    []sheetProblem
	row      *xrow
	rowStart int // where the row's cells start in cells
	lastRow  int
	nextCol  int // the column of a cell without r: the one after the previous <c>, blank or not
	c        xcell
	typ      string
	inData   bool // in <sheetData>
	inCell   bool
	hasValue bool
	formula  bool
	val      []byte

	inValue, inInline, inT, inPhonetic bool
}

// on takes one event of the sheet's XML. Only <sheetData> holds cells; the
// validations, print settings and the rest that follow it are not read.
func (sb *sheetBuilder) on(e *event) error {
	switch e.kind {
	case '<':
		switch string(e.local) {
		case "sheetData":
			sb.inData = true
		case "row":
			if sb.inData {
				sb.startRow(e.attrBytes("r"))
			}
		case "c":
			if sb.row != nil {
				sb.startCell(e.attrBytes("r"), e.attrBytes("s"), e.attrBytes("t"))
			}
		case "v":
			sb.inValue = true
			sb.hasValue = sb.inCell
		case "f":
			sb.formula = sb.inCell
		case "is":
			sb.inInline = true
			sb.hasValue = sb.inCell
		case "t":
			sb.inT = sb.inInline
		case "rPh":
			sb.inPhonetic = true
		}
	case 't':
		if sb.inCell && (sb.inValue || sb.inInline && sb.inT && !sb.inPhonetic) {
			sb.val = e.appendBytes(sb.val)
		}
	case '/':
		switch string(e.local) {
		case "v":
			sb.inValue = false
		case "is":
			sb.inInline = false
		case "t":
			sb.inT = false
		case "rPh":
			sb.inPhonetic = false
		case "c":
			sb.endCell()
		case "row":
			sb.endRow()
		case "sheetData":
			return errStop
		}
	}
	return nil
}

// startRow starts a row; one without r follows the previous row
// (ECMA-376 §18.3.1.73).
func (sb *sheetBuilder) startRow(r []byte) {
	sb.endRow()
	n := sb.lastRow + 1
	if len(r) > 0 {
		var err error
		n, err = atoiBytes(r)
		if err != nil || n < 1 || n > maxRow {
			sb.problem("", salesrhythm.Tr("a row is numbered %q, which no sheet can have; it was not read", r))
			return
		}
	} else if n > maxRow {
		sb.problem("", salesrhythm.Tr("the sheet has more than %d rows; the rest were not read", maxRow))
		return
	}
	sb.rows = append(sb.rows, xrow{n: n})
	sb.row = &sb.rows[len(sb.rows)-1]
	sb.rowStart = len(sb.cells)
	sb.lastRow = n
	sb.nextCol = 1
}

// endRow ends the current row, and any cell left open in it.
func (sb *sheetBuilder) endRow() {
	if sb.row != nil && len(sb.cells) > sb.rowStart {
		sb.row.cells = sb.cells[sb.rowStart:len(sb.cells):len(sb.cells)]
	}
	sb.row, sb.inCell = nil, false
}

// atoiBytes is strconv.Atoi of b, without making a string of it.
func atoiBytes(b []byte) (int, error) {
	if len(b) > 0 && len(b) < 10 {
		n := 0
		for _, c := range b {
			if c < '0' || c > '9' {
				return strconv.Atoi(string(b))
			}
			n = n*10 + int(c-'0')
		}
		return n, nil
	}
	return strconv.Atoi(string(b))
}

// cellType is a cell's t attribute as a string, the usual ones without
// allocating.
func cellType(t []byte) string {
	switch string(t) {
	case "":
		return ""
	case "s":
		return "s"
	case "n":
		return "n"
	case "str":
		return "str"
	case "inlineStr":
		return "inlineStr"
	case "b":
		return "b"
	case "e":
		return "e"
	case "d":
		return "d"
	}
	return string(t)
}

func (sb *sheetBuilder) startCell(r, s, t []byte) {
	sb.inCell, sb.hasValue, sb.formula = true, false, false
	sb.inValue, sb.inInline, sb.inT, sb.inPhonetic = false, false, false, false
	sb.typ = cellType(t)
	sb.c = xcell{style: -1}
	if len(s) > 0 {
		sb.c.style, _ = atoiBytes(s)
	}
	// A cell without r follows the previous <c> of its row, whatever that
	// held (ECMA-376 §18.3.1.4).
	col := sb.nextCol
	sb.nextCol++
	if len(r) > 0 {
		cc, rr, ok := splitRef(string(r))
		if !ok || rr != sb.row.n {
			sb.problem("", salesrhythm.Tr("a cell is addressed %q in row %d; it was not read", r, sb.row.n))
			sb.inCell = false
			return
		}
		col, sb.nextCol = cc, cc+1
	} else if col > maxCol {
		sb.problem("", salesrhythm.Tr("row %d has more than %d cells; the rest were not read", sb.row.n, maxCol))
		sb.inCell = false
		return
	}
	sb.c.col = col
	sb.val = sb.val[:0]
}

func (sb *sheetBuilder) endCell() {
	if !sb.inCell {
		return
	}
	sb.inCell = false
	if p := sb.b.finishCell(&sb.c, sb.typ, sb.hasValue, sb.formula, sb.val); p != (salesrhythm.Text{}) {
		sb.problem(cellName(sb.c.col, sb.row.n), p)
		return
	}
	if sb.c.kind != 0 {
		sb.cells = append(sb.cells, sb.c)
	}
}

// maxProblems is the most problems listed for one sheet: a crafted sheet
// can have a million bad cells in a few megabytes, and nobody reads past
// the first hundred.
const maxProblems = 100

// problem records a cell or row that could not be taken.
func (sb *sheetBuilder) problem(cell string, msg salesrhythm.Text) {
	switch n := len(sb.probs); {
	case n < maxProblems:
		sb.probs = append(sb.probs, sheetProblem{cell, msg})
	case n == maxProblems:
		sb.probs = append(sb.probs, sheetProblem{"", salesrhythm.Tr("the sheet has more such problems; they are not listed")})
	}
}

func (sb *sheetBuilder) finish() ([]xrow, []sheetProblem) {
	sb.endRow()
	slices.SortStableFunc(sb.rows, func(a, b xrow) int { return a.n - b.n })
	for i := range sb.rows {
		slices.SortStableFunc(sb.rows[i].cells, func(a, b xcell) int { return a.col - b.col })
	}
	return sb.rows, sb.probs
}

// finishCell sets the cell's kind and value from its type attribute; it
// returns a problem when the stored value cannot be trusted. Empty cells
// keep kind 0.
func (b *book) finishCell(c *xcell, typ string, hasValue, formula bool, v []byte) salesrhythm.Text {
	switch {
	case formula && (!hasValue || (typ == "" || typ == "n") && len(bytes.TrimSpace(v)) == 0):
		// No value, or an empty number (openpyxl writes <v></v> for every
		// formula): never calculated. An empty text result (t="str") is
		// the formula's answer.
		c.kind = 'f'
		return salesrhythm.Text{}
	case !hasValue && typ != "inlineStr":
		return salesrhythm.Text{}
	}
	switch typ {
	case "s":
		i, err := atoiBytes(bytes.TrimSpace(v))
		if err != nil || i < 0 || i >= len(b.strings) {
			return salesrhythm.Tr("the cell points at shared string %q, which the workbook does not have; its value is unknown", v)
		}
		c.raw, c.kind = b.strings[i], 's'
	case "inlineStr", "str":
		c.raw, c.kind = string(v), 's'
	case "b":
		c.raw, c.kind = string(v), 'b'
	case "e":
		c.raw, c.kind = string(v), 'e'
	case "d":
		// An ISO 8601 date, date-time or time becomes the serial a number
		// cell would hold; text that is none of them stays text, for the
		// field's parser to judge.
		if serial, ok := isoSerial(string(bytes.TrimSpace(v)), b.date1904); ok {
			c.raw, c.kind, c.date = serial, 'n', true
		} else {
			c.raw, c.kind = string(v), 's'
		}
	default:
		c.raw, c.kind = string(bytes.TrimSpace(v)), 'n'
	}
	if c.kind == 's' && c.raw == "" {
		c.kind = 0
	}
	return salesrhythm.Text{}
}

// isDate reports whether the cell holds a date or time: stored as one, or
// a number its style shows as one.
func (b *book) isDate(c xcell) bool {
	return c.date || c.style >= 0 && c.style < len(b.dateStyle) && b.dateStyle[c.style]
}

// isoForms are the ISO 8601 forms a t="d" cell holds (ECMA-376 §18.17.4),
// without their zone: a date-time with or without seconds and fractions, a
// date, or a time alone.
var isoForms = []string{"2006-01-02T15:04:05.999999999", "2006-01-02T15:04", "2006-01-02", "15:04:05.999999999", "15:04"}

// isoZone is the zone at the end of an ISO 8601 time.
var isoZone = regexp.MustCompile(`(?:[Zz]|[+-]\d\d(?::?\d\d)?)$`)

// isoSerial turns an ISO 8601 date or time into a day serial of the
// workbook's date system. A time of day alone, or on the 1899-12-30 that
// day serial 0 stands for (as SheetJS and the Open XML SDK write it), is
// the fraction of a day. The zone is dropped: a cell shows wall time.
func isoSerial(v string, date1904 bool) (string, bool) {
	if strings.Contains(v, ":") {
		v = isoZone.ReplaceAllString(v, "")
	}
	for _, form := range isoForms {
		t, err := time.Parse(form, v)
		if err != nil {
			continue
		}
		day := t.Truncate(24 * time.Hour)
		frac := t.Sub(day).Hours() / 24
		zero, base := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC), time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
		if date1904 {
			base = time.Date(1904, 1, 1, 0, 0, 0, 0, time.UTC)
		}
		days := int(day.Sub(base).Hours() / 24)
		switch {
		case form[0] == '1' || day.Equal(zero):
			days = 0
		case date1904 && days < 0, !date1904 && days < 2:
			return "", false
		case !date1904 && days <= 60: // Excel counts a 29 February 1900 that never was
			days--
		}
		return strconv.FormatFloat(float64(days)+frac, 'f', -1, 64), true
	}
	return "", false
}

// splitRef splits "AB12" into column 28 and row 12.
func splitRef(ref string) (col, row int, ok bool) {
	i := 0
	for i < len(ref) && ref[i] >= 'A' && ref[i] <= 'Z' {
		col = col*26 + int(ref[i]-'A'+1)
		if col > maxCol {
			return 0, 0, false
		}
		i++
	}
	if i == 0 || i == len(ref) {
		return 0, 0, false
	}
	row, err := strconv.Atoi(ref[i:])
	if err != nil || row < 1 || row > maxRow {
		return 0, 0, false
	}
	return col, row, true
}

// cellName writes column and row as "AB12".
func cellName(col, row int) string {
	return colLetters(col) + strconv.Itoa(row)
}

func colLetters(col int) string {
	var b []byte
	for col > 0 {
		col--
		b = append(b, byte('A'+col%26))
		col /= 26
	}
	slices.Reverse(b)
	return string(b)
}
