package importer

import (
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"salesrhythm"
	"salesrhythm/schema"
)

// headerScan is how many rows from the top are searched for a header row.
const headerScan = 30

// normal folds a label for matching: lower case, single spaces, no
// surrounding punctuation people add (a colon, an asterisk for "required").
func normal(s string) string {
	if isNormal(s) {
		return s
	}
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	return strings.TrimFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == ':' || r == '*' })
}

// isNormal reports whether s is as normal makes it, at a glance: ASCII
// without capitals, runs of spaces or other white space, and nothing to
// trim at its ends. Most labels and cell texts are.
func isNormal(s string) bool {
	if s == "" {
		return true
	}
	if trim := " :*"; strings.IndexByte(trim, s[0]) >= 0 || strings.IndexByte(trim, s[len(s)-1]) >= 0 {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf, 'A' <= c && c <= 'Z', c < ' ':
			return false
		case c == ' ' && s[i+1] == ' ':
			return false
		}
	}
	return true
}

// columnLabels is labelsOf each column.
func columnLabels(cols []schema.Column) [][]string {
	out := make([][]string, len(cols))
	for i, col := range cols {
		out[i] = labelsOf(col.Key, col.Label, col.Former)
	}
	return out
}

// labelsOf returns every text that names a column or sheet, normalised:
// its labels in each locale, its key, and the labels it had before (former),
// which workbooks handed out earlier still carry. They are cached: headers
// are matched against them for every cell of every header row.
func labelsOf(key string, t salesrhythm.Text, former []string) []string {
	k := labelKey{key, t, strings.Join(former, "\x00")}
	if v, ok := labelCache.Load(k); ok {
		return v.([]string)
	}
	v := []string{normal(t.En), normal(t.Hu), normal(key), normal(strings.ReplaceAll(key, "_", " "))}
	for _, f := range former {
		v = append(v, normal(f))
	}
	labelCache.Store(k, v)
	return v
}

type labelKey struct {
	key    string
	t      salesrhythm.Text
	former string
}

var labelCache sync.Map // labelKey → []string

// sheetData is one sheet of the file, read on first use.
type sheetData struct {
	ref   sheetRef
	rows  []xrow
	probs []sheetProblem
	read  bool
	taken bool // claimed by a schema sheet
}

// files' sheets, read lazily.
func (b *book) data(i int, all []*sheetData) *sheetData {
	s := all[i]
	if !s.read {
		s.rows, s.probs = b.readSheet(s.ref)
		s.read = true
	}
	return s
}

// headerMatch finds the row among the first headerScan rows whose cells
// name the most of cols, and returns its position and the column of each
// schema column (0 when absent).
func headerMatch(rows []xrow, cols []schema.Column) (row int, at []int, hits int) {
	at = make([]int, len(cols))
	names := columnLabels(cols)
	for _, r := range rows {
		if r.n > headerScan {
			break
		}
		cand := make([]int, len(cols))
		n := 0
		for _, c := range r.cells {
			if c.kind != 's' {
				continue
			}
			label := normal(c.raw)
			for i := range cols {
				if cand[i] == 0 && matches(label, names[i]) {
					cand[i] = c.col
					n++
					break
				}
			}
		}
		if n > hits {
			row, at, hits = r.n, cand, n
		}
	}
	return row, at, hits
}

func matches(label string, names []string) bool {
	for _, n := range names {
		if n != "" && label == n {
			return true
		}
	}
	return false
}

// findSheet returns the file's sheet for a schema sheet: by its name in
// either locale, else (renamed tabs) the unclaimed visible sheet whose
// header names the most of its columns. It returns -1 when none fits.
func (b *book) findSheet(s *schema.Sheet, all []*sheetData) int {
	names := labelsOf(s.Key, s.Name, s.Former)
	for i, d := range all {
		if !d.taken && matches(normal(d.ref.name), names) {
			d.taken = true
			return i
		}
	}
	best, bestHits := -1, 0
	for i, d := range all {
		if d.taken || d.ref.hidden {
			continue
		}
		d = b.data(i, all)
		hits := 0
		switch s.Layout {
		case schema.Form:
			hits = len(formFields(d.rows, s.Columns))
		default:
			_, _, hits = headerMatch(d.rows, s.Columns)
		}
		// A renamed sheet must show at least half its columns (two for the
		// grid, whose other columns are dates).
		need := max(2, (len(s.Columns)+1)/2)
		if s.Layout == schema.Grid {
			need = 1
		}
		if hits >= need && hits > bestHits {
			best, bestHits = i, hits
		}
	}
	if best >= 0 {
		all[best].taken = true
	}
	return best
}

// formFields maps each field of a Form sheet to its value cell: the cell
// right of the label, wherever the label is in the first three columns.
func formFields(rows []xrow, cols []schema.Column) map[string]cellAt {
	out := map[string]cellAt{}
	names := columnLabels(cols)
	for _, r := range rows {
		for j, c := range r.cells {
			if c.col > 3 || c.kind != 's' {
				continue
			}
			label := normal(c.raw)
			for i, col := range cols {
				if _, done := out[col.Key]; done || !matches(label, names[i]) {
					continue
				}
				v := cellAt{col: c.col + 1, row: r.n, labelCol: c.col}
				if j+1 < len(r.cells) && r.cells[j+1].col == c.col+1 {
					v.cell = r.cells[j+1]
					v.present = true
				}
				out[col.Key] = v
			}
		}
	}
	return out
}

// cellAt is a stored cell with its place; present is false for a blank.
type cellAt struct {
	cell     xcell
	col, row int
	labelCol int
	present  bool
}

func (c cellAt) ref() string { return cellName(c.col, c.row) }

// tableRows reads a Table or Grid sheet by its header: every row below the
// header with at least one value in a schema column becomes one []cellAt
// in schema column order. Values in columns the schema does not know, and
// anything typed above the header outside the title block, are returned as
// extras so they can be reported rather than lost.
type table struct {
	header int   // the header row, 0 when none was found
	at     []int // column of each schema column, 0 when absent
	rows   [][]cellAt
	extras []extra
	dupes  []string // schema columns whose header appears twice
}

type extra struct {
	label string
	col   int
	cells []string // refs of the values
}

func readTable(rows []xrow, cols []schema.Column) table {
	var t table
	t.header, t.at, _ = headerMatch(rows, cols)
	if t.header == 0 {
		return t
	}
	// known is the schema column at each sheet column, -1 for none.
	last := 0
	for _, c := range t.at {
		last = max(last, c)
	}
	known := make([]int, last+1)
	for i := range known {
		known[i] = -1
	}
	for i, c := range t.at {
		if c > 0 {
			known[c] = i
		}
	}
	schemaCol := func(col int) (int, bool) {
		if col < len(known) && known[col] >= 0 {
			return known[col], true
		}
		return 0, false
	}
	// The rows' values are kept in chunks of a few dozen rows, and a row
	// that holds none (a template's styled empty rows) costs nothing.
	vals := make([]cellAt, len(cols))
	var chunk []cellAt
	extras := map[int]*extra{}
	var order []int
	addExtra := func(col int, label, ref string) {
		e := extras[col]
		if e == nil {
			e = &extra{label: label, col: col}
			extras[col] = e
			order = append(order, col)
		}
		if ref != "" {
			e.cells = append(e.cells, ref)
		}
	}
	for _, r := range rows {
		switch {
		case r.n < t.header:
			for _, c := range r.cells {
				if r.n > 2 || c.col > 1 { // the title block is A1:A2
					addExtra(-c.col, "", cellName(c.col, r.n))
				}
			}
		case r.n == t.header:
			for _, c := range r.cells {
				if _, ok := schemaCol(c.col); ok {
					continue
				}
				label := normal(c.raw)
				for i, col := range cols {
					if matches(label, labelsOf(col.Key, col.Label, col.Former)) && t.at[i] != c.col {
						t.dupes = append(t.dupes, fmt.Sprintf("%s (%s)", c.raw, cellName(c.col, r.n)))
					}
				}
				addExtra(c.col, c.raw, "")
			}
		default:
			clear(vals)
			any := false
			for _, c := range r.cells {
				i, ok := schemaCol(c.col)
				if !ok {
					addExtra(c.col, "", cellName(c.col, r.n))
					continue
				}
				vals[i] = cellAt{cell: c, col: c.col, row: r.n, present: true}
				any = true
			}
			if !any {
				continue
			}
			for i := range vals {
				if !vals[i].present {
					vals[i].col, vals[i].row = t.at[i], r.n
				}
			}
			if cap(chunk)-len(chunk) < len(vals) {
				chunk = make([]cellAt, 0, 32*len(vals))
			}
			chunk = append(chunk, vals...)
			t.rows = append(t.rows, chunk[len(chunk)-len(vals):len(chunk):len(chunk)])
		}
	}
	for _, col := range order {
		if e := extras[col]; len(e.cells) > 0 {
			t.extras = append(t.extras, *e)
		}
	}
	return t
}
