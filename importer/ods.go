package importer

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"salesrhythm"
)

// An OpenDocument spreadsheet (.ods, what LibreOffice saves by default) is
// read into the same rows and cells as a workbook: its content.xml holds
// every sheet (OpenDocument 1.3 part 3, §9), its meta.xml the custom
// properties our templates carry. Cells say their own type, so dates and
// times need no number format: office:date-value and office:time-value
// become serials of the 1900 date system. Repeated rows and cells
// (table:number-rows-repeated, table:number-columns-repeated) take room only
// when they hold a value, and then at most maxRepeated cells in all; covered
// cells (under a merge) keep their columns but not their text, and
// annotations (comments) are not part of a cell's text.

// maxRepeated is the most cells repetition may make of one workbook: far
// more than any filled in by hand, far fewer than a crafted file can ask
// for in a few bytes.
const maxRepeated = 1 << 18

// openODS reads the sheets and properties of a checked OpenDocument
// spreadsheet.
func openODS(c Container) (*book, error) {
	b := &book{c: c, preread: map[string]sheetResult{}}
	o := &odsReader{b: b, hidden: map[string]bool{}}
	err := b.walk("content.xml", func() handler {
		*o = odsReader{b: b, hidden: map[string]bool{}}
		b.sheets = b.sheets[:0]
		return o.on
	})
	if o.sheet != nil { // the XML broke inside a sheet
		o.sheet.probs = append(o.sheet.probs, sheetProblem{"", salesrhythm.Tr("the sheet's XML is broken after row %d; the rest could not be read (%v)", o.row, errorText(err))})
		o.endTable()
	} else if err != nil {
		return nil, err
	}
	for i := range b.sheets {
		b.sheets[i].hidden = o.hidden[o.styles[i]]
	}
	if len(b.sheets) == 0 {
		return nil, &partError{"content.xml", salesrhythm.Tr("the spreadsheet holds no sheets")}
	}
	b.readODSMeta()
	return b, nil
}

// sheetResult is a sheet read ahead of its use.
type sheetResult struct {
	rows  []xrow
	probs []sheetProblem
}

// odsReader reads content.xml.
type odsReader struct {
	b      *book
	hidden map[string]bool // table styles with table:display="false"
	style  string          // the automatic style being read
	styles []string        // each sheet's style
	made   int             // cells made by repetition so far

	sheet    *sheetResult
	row      int // rows of the sheet so far
	rowRep   int
	cells    []xcell
	col      int // columns of the row so far
	cell     *xcell
	colRep   int
	covered  bool
	paras    int  // paragraphs of the cell's text so far
	inP      bool // in one of them
	inNote   int  // depth inside an annotation
	text     strings.Builder
	hasValue bool
}

func (o *odsReader) on(e *event) error {
	if o.inNote > 0 {
		switch e.kind {
		case '<':
			o.inNote++
		case '/':
			o.inNote--
		}
		return nil
	}
	switch e.kind {
	case '<':
		switch string(e.local) {
		case "style":
			o.style = ""
			if e.attr("family") == "table" {
				o.style = e.attr("name")
			}
		case "table-properties":
			if o.style != "" && e.attr("display") == "false" {
				o.hidden[o.style] = true
			}
		case "table":
			if o.sheet == nil {
				o.b.sheets = append(o.b.sheets, sheetRef{name: e.attr("name"), part: fmt.Sprintf("content.xml#%d", len(o.b.sheets)+1)})
				o.styles = append(o.styles, e.attr("style-name"))
				o.sheet, o.row = &sheetResult{}, 0
			}
		case "table-row":
			if o.sheet != nil {
				o.rowRep, o.cells, o.col = repeat(e.attr("number-rows-repeated")), nil, 0
			}
		case "table-cell", "covered-table-cell":
			if o.sheet != nil {
				o.startCell(e)
			}
		case "annotation":
			o.inNote = 1
		case "p", "h":
			if o.cell != nil && !o.covered {
				if o.paras > 0 {
					o.text.WriteByte('\n')
				}
				o.paras++
				o.inP = true
			}
		case "s":
			if o.cell != nil && !o.covered {
				o.text.WriteString(strings.Repeat(" ", min(repeat(e.attr("c")), 1000)))
			}
		case "tab":
			if o.cell != nil && !o.covered {
				o.text.WriteByte('\t')
			}
		case "line-break":
			if o.cell != nil && !o.covered {
				o.text.WriteByte('\n')
			}
		}
	case 't':
		if o.cell != nil && o.inP {
			// Runs of white space in a paragraph are one space; more are
			// written as text:s (OpenDocument §6.1.2).
			var sb strings.Builder
			e.appendText(&sb)
			o.text.WriteString(spaces.ReplaceAllString(sb.String(), " "))
		}
	case '/':
		switch string(e.local) {
		case "p", "h":
			o.inP = false
		case "table-cell", "covered-table-cell":
			if o.cell != nil {
				o.endCell()
			}
		case "table-row":
			if o.sheet != nil {
				o.endRow()
			}
		case "table":
			if o.sheet != nil {
				o.endTable()
			}
		}
	}
	return nil
}

var spaces = regexp.MustCompile(`[ \t\r\n]+`)

// repeat reads a repetition count; a missing or bad one is 1, and none is
// more than a sheet's rows.
func repeat(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 {
		return 1
	}
	return min(n, maxRow+1)
}

func (o *odsReader) startCell(e *event) {
	o.cell = &xcell{style: -1}
	o.colRep, o.covered = repeat(e.attr("number-columns-repeated")), string(e.local) == "covered-table-cell"
	o.paras, o.hasValue = 0, false
	o.text.Reset()
	if o.covered {
		return
	}
	c := o.cell
	switch typ := e.attr("value-type"); typ {
	case "float", "percentage", "currency":
		c.raw, c.kind = strings.TrimSpace(e.attr("value")), 'n'
	case "date":
		if serial, ok := isoSerial(strings.TrimSpace(e.attr("date-value")), false); ok {
			c.raw, c.kind, c.date = serial, 'n', true
		}
	case "time":
		if serial, ok := isoDuration(strings.TrimSpace(e.attr("time-value"))); ok {
			c.raw, c.kind, c.date = serial, 'n', true
		}
	case "boolean":
		c.raw, c.kind = "0", 'b'
		if v := e.attr("boolean-value"); v == "true" || v == "1" {
			c.raw = "1"
		}
	case "string":
		if v := e.attr("string-value"); v != "" {
			c.raw, c.kind = v, 's'
		}
	case "":
		if e.attr("formula") != "" {
			c.kind = 'f' // a formula never calculated
		}
	}
	o.hasValue = c.kind != 0
}

// endCell places the cell, as many times as it repeats, when it holds a
// value; its text is the value of a string or untyped cell.
func (o *odsReader) endCell() {
	c := *o.cell
	o.cell = nil
	at, n := o.col+1, o.colRep
	o.col += n
	if o.covered {
		return
	}
	if !o.hasValue && o.paras > 0 {
		c.raw, c.kind = o.text.String(), 's'
	}
	if c.kind == 0 || c.kind == 's' && c.raw == "" {
		return
	}
	if at > maxCol {
		o.problem(salesrhythm.Tr("row %d has more than %d cells; the rest were not read", o.row+1, maxCol))
		return
	}
	n = min(n, maxCol-at+1)
	if !o.budget(n * o.rowRep) {
		return
	}
	for i := range n {
		c.col = at + i
		o.cells = append(o.cells, c)
	}
}

// endRow places the row, as many times as it repeats, when it holds cells.
func (o *odsReader) endRow() {
	at, n := o.row+1, o.rowRep
	o.row += n
	if len(o.cells) == 0 {
		return
	}
	if at > maxRow {
		o.problem(salesrhythm.Tr("the sheet has more than %d rows; the rest were not read", maxRow))
		return
	}
	for i := range min(n, maxRow-at+1) {
		o.sheet.rows = append(o.sheet.rows, xrow{n: at + i, cells: o.cells})
	}
	o.cells = nil
}

func (o *odsReader) endTable() {
	o.b.preread[o.b.sheets[len(o.b.sheets)-1].part] = *o.sheet
	o.sheet = nil
}

// budget takes n cells made by repetition from the workbook's allowance.
func (o *odsReader) budget(n int) bool {
	if o.made += n; o.made > maxRepeated {
		o.problem(salesrhythm.Tr("the sheet repeats values over more than %d cells; the rest were not read", maxRepeated))
		return false
	}
	return true
}

// problem records a problem of the sheet, once.
func (o *odsReader) problem(msg salesrhythm.Text) {
	if n := len(o.sheet.probs); n == 0 || o.sheet.probs[n-1].msg != msg {
		o.sheet.probs = append(o.sheet.probs, sheetProblem{"", msg})
	}
}

// isoDuration reads an ISO 8601 duration, office:time-value's form
// (PT08H30M00S, P1DT2H), as a fraction of days.
var durationForm = regexp.MustCompile(`^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$`)

func isoDuration(v string) (string, bool) {
	m := durationForm.FindStringSubmatch(v)
	if m == nil || v == "P" || v == "PT" {
		return "", false
	}
	var parts [4]float64
	for i, s := range m[1:] {
		parts[i], _ = strconv.ParseFloat(strings.Replace(s, ",", ".", 1), 64)
	}
	days := parts[0] + (parts[1]*3600+parts[2]*60+parts[3])/86400
	return strconv.FormatFloat(days, 'f', -1, 64), true
}

// readODSMeta reads the user-defined properties and the modification time
// of meta.xml. A date property keeps only its day, as the templates write
// it.
func (b *book) readODSMeta() {
	props := map[string]string{}
	var sb strings.Builder
	b.walk("meta.xml", func() handler {
		clear(props)
		name, date, in := "", false, ""
		return func(e *event) error {
			switch {
			case e.start("user-defined"):
				name, date, in = e.attr("name"), e.attr("value-type") == "date", "prop"
				sb.Reset()
			case e.start("date"):
				in = "date"
				sb.Reset()
			case e.kind == 't' && in != "":
				e.appendText(&sb)
			case e.end("user-defined") && in == "prop":
				v := sb.String()
				if date {
					v, _, _ = strings.Cut(v, "T")
				}
				props[name], in = v, ""
			case e.end("date") && in == "date":
				b.modified, in = sb.String(), ""
			}
			return nil
		}
	})
	b.props = props
}
