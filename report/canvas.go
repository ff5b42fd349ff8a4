package report

import (
	"fmt"
	"maps"
	"slices"

	"github.com/xuri/excelize/v2"
)

// canvas is where the table helpers (set, table, heading, note, freeze)
// write a sheet: straight into the workbook, or held and written at once
// through excelize's stream writer (held).
type canvas interface {
	// value writes v, a string, an int64, a float64 or nil (a blank), in a
	// style.
	value(col, row int, v any, style int)
	// style restyles the cells of row from col to the column last.
	style(row, col, last, style int)
	height(row int, h float64)
	width(col int) float64
	setWidth(col int, w float64)
	merge(row, col, last int)
	// table adds t, whose header is row top from the first column to the
	// column last.
	table(t *excelize.Table, top, last int)
	panes(p *excelize.Panes)
	// chart adds c with its top left corner at the cell at. Its other
	// corner is found from the widths and heights of the columns and rows
	// it spans, so it is added once they are set: when a held sheet is
	// finished, or when the workbook is written.
	chart(at string, c *excelize.Chart)
}

// canvas is where sheet is written: the held sheet's, when it is held. A
// sheet held and finished is written: what came after would be lost.
func (b *book) canvas(sheet string) canvas {
	if b.held != nil && b.held.sheet == sheet {
		return b.held
	}
	if b.finished[sheet] {
		b.check(fmt.Errorf("report: the %s sheet was finished before all of it was written", sheet))
	}
	return direct{b, sheet}
}

// direct writes a sheet's cells into the workbook as they come.
type direct struct {
	b     *book
	sheet string
}

func (d direct) value(col, row int, v any, style int) {
	f, ref := d.b.f, cell(col, row)
	switch x := v.(type) {
	case string:
		d.b.check(f.SetCellStr(d.sheet, ref, x))
	case int64:
		d.b.check(f.SetCellInt(d.sheet, ref, x))
	case float64:
		d.b.check(f.SetCellFloat(d.sheet, ref, x, -1, 64))
	}
	d.b.check(f.SetCellStyle(d.sheet, ref, ref, style))
}

func (d direct) style(row, col, last, style int) {
	d.b.check(d.b.f.SetCellStyle(d.sheet, cell(col, row), cell(last, row), style))
}

func (d direct) height(row int, h float64) { d.b.check(d.b.f.SetRowHeight(d.sheet, row, h)) }

func (d direct) width(col int) float64 {
	w, _ := d.b.f.GetColWidth(d.sheet, colName(col))
	return w
}

func (d direct) setWidth(col int, w float64) {
	d.b.check(d.b.f.SetColWidth(d.sheet, colName(col), colName(col), w))
}

func (d direct) merge(row, col, last int) {
	d.b.check(d.b.f.MergeCell(d.sheet, cell(col, row), cell(last, row)))
}

func (d direct) table(t *excelize.Table, _, _ int) { d.b.check(d.b.f.AddTable(d.sheet, t)) }

func (d direct) panes(p *excelize.Panes) { d.b.check(d.b.f.SetPanes(d.sheet, p)) }

// chart holds c until the workbook is written (book.bytes), when the
// widths and heights of the cells it spans are set.
func (d direct) chart(at string, c *excelize.Chart) {
	d.b.charts = append(d.b.charts, sheetChart{d.sheet, heldChart{at, c}})
}

// sheetChart is a chart of a sheet written straight in, held until the
// workbook is written.
type sheetChart struct {
	sheet string
	heldChart
}

// held is a sheet whose cells are held, a few words each, until it is
// finished and written through excelize's stream writer, which keeps the
// sheet as its XML: excelize holds a cell written into the workbook in some
// 250 bytes until the whole workbook is written, and the monthly workbook
// of a large department has millions. Its charts are held too, and added
// once the columns' widths and the rows' heights they span are set.
type held struct {
	b       *book
	sheet   string
	rows    map[int][]heldCell // by row, then column - 1
	heights map[int]float64
	widths  map[int]float64
	merges  [][2]string
	tables  []heldTable
	pane    *excelize.Panes
	charts  []heldChart
}

// heldChart is a chart of a held sheet, its top left corner at the cell at.
type heldChart struct {
	at string
	*excelize.Chart
}

// heldTable is a table of a held sheet, its header row top from the first
// column to the column last.
type heldTable struct {
	*excelize.Table
	top, last int
}

type heldCell struct {
	v     any
	style int
	set   bool
}

func (b *book) hold(sheet string) *held {
	return &held{b: b, sheet: sheet, rows: map[int][]heldCell{}, heights: map[int]float64{}, widths: map[int]float64{}}
}

func (h *held) at(col, row int) *heldCell {
	r := h.rows[row]
	if len(r) < col {
		r = append(r, make([]heldCell, col-len(r))...)
		h.rows[row] = r
	}
	return &r[col-1]
}

func (h *held) value(col, row int, v any, style int) {
	*h.at(col, row) = heldCell{v, style, true}
}

func (h *held) style(row, col, last, style int) {
	for c := col; c <= last; c++ {
		x := h.at(c, row)
		x.style, x.set = style, true
	}
}

func (h *held) height(row int, v float64) { h.heights[row] = v }

func (h *held) width(col int) float64 {
	if w, ok := h.widths[col]; ok {
		return w
	}
	w, _ := h.b.f.GetColWidth(h.sheet, colName(col))
	return w
}

func (h *held) setWidth(col int, w float64) { h.widths[col] = w }

func (h *held) merge(row, col, last int) {
	h.merges = append(h.merges, [2]string{cell(col, row), cell(last, row)})
}

func (h *held) table(t *excelize.Table, top, last int) {
	h.tables = append(h.tables, heldTable{t, top, last})
}

func (h *held) panes(p *excelize.Panes) { h.pane = p }

func (h *held) chart(at string, c *excelize.Chart) { h.charts = append(h.charts, heldChart{at, c}) }

// finish writes the held sheet. Its column widths go into the workbook
// first, and with its charts the heights of its rows, which excelize
// places a chart's far corner by; then its tables, each from its header
// row, which excelize names the table's columns by (and renames, when two
// are the same). The stream writer keeps all of them and writes the rows.
func (h *held) finish() error {
	f := h.b.f
	// Each column set goes before those set already, and Excel wants them
	// in order: set the last first.
	for _, col := range slices.Backward(slices.Sorted(maps.Keys(h.widths))) {
		if err := f.SetColWidth(h.sheet, colName(col), colName(col), h.widths[col]); err != nil {
			return err
		}
	}
	if len(h.charts) > 0 {
		for row, ht := range h.heights {
			if err := f.SetRowHeight(h.sheet, row, ht); err != nil {
				return err
			}
		}
		for _, c := range h.charts {
			if err := f.AddChart(h.sheet, c.at, c.Chart); err != nil {
				return err
			}
		}
	}
	// The lowest header first: excelize gives each row it adds above the
	// cell written room for as many cells as the last row has, and keeps
	// them.
	for _, t := range slices.Backward(h.tables) {
		for col := 1; col <= t.last; col++ {
			if v, ok := h.at(col, t.top).v.(string); ok {
				if err := f.SetCellStr(h.sheet, cell(col, t.top), v); err != nil {
					return err
				}
			}
		}
	}
	for _, t := range h.tables {
		if err := f.AddTable(h.sheet, t.Table); err != nil {
			return err
		}
		for col := 1; col <= t.last; col++ {
			if x := h.at(col, t.top); x.set {
				v, err := f.GetCellValue(h.sheet, cell(col, t.top))
				if err != nil {
					return err
				}
				x.v = v
			}
		}
	}
	sw, err := f.NewStreamWriter(h.sheet)
	if err != nil {
		return err
	}
	if h.pane != nil {
		if err := sw.SetPanes(h.pane); err != nil {
			return err
		}
	}
	var values []any
	for _, row := range slices.Sorted(maps.Keys(h.rowSet())) {
		values = values[:0]
		for _, c := range h.rows[row] {
			if !c.set {
				values = append(values, nil)
				continue
			}
			values = append(values, excelize.Cell{StyleID: c.style, Value: c.v})
		}
		var opts []excelize.RowOpts
		if ht, ok := h.heights[row]; ok {
			opts = append(opts, excelize.RowOpts{Height: ht})
		}
		if err := sw.SetRow(cell(1, row), values, opts...); err != nil {
			return err
		}
	}
	for _, m := range h.merges {
		if err := sw.MergeCell(m[0], m[1]); err != nil {
			return err
		}
	}
	return sw.Flush()
}

// rowSet is every row with a cell or a height.
func (h *held) rowSet() map[int]bool {
	rows := make(map[int]bool, len(h.rows)+len(h.heights))
	for r := range h.rows {
		rows[r] = true
	}
	for r := range h.heights {
		rows[r] = true
	}
	return rows
}
