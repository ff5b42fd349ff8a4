package export

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/xuri/excelize/v2"

	"salesrhythm"
	"salesrhythm/internal/safefile"
	"salesrhythm/internal/zipx"
)

// maxRows is the most data rows a sheet holds below its header (Excel's
// limit is 1 048 576 rows); a table longer than that goes on in a sheet of
// the same name and a number.
const maxRows = 1<<20 - 1

// workbook writes the tables as sheets, streamed.
type workbook struct {
	path, currency, title string
	loc                   salesrhythm.Locale
	created               time.Time

	f      *excelize.File
	order  []*table
	sheets map[*table]*sheet
	styles map[kind]int
	header int
	tmp    string // excelize's spill folder
}

// sheet is one table's current sheet.
type sheet struct {
	name  string
	part  int // 1, then 2… for the sheets a long table goes on in
	sw    *excelize.StreamWriter
	rows  int
	table string
}

func (w *workbook) open(tables []*table) error {
	if err := os.MkdirAll(filepath.Dir(w.path), 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(filepath.Dir(w.path), ".export-*.tmp")
	if err != nil {
		return err
	}
	w.tmp = tmp
	w.f = excelize.NewFile(excelize.Options{TmpDir: tmp})
	w.sheets, w.styles = map[*table]*sheet{}, map[kind]int{}
	add := func(s *excelize.Style) int {
		id, e := w.f.NewStyle(s)
		if err == nil {
			err = e
		}
		return id
	}
	amount := salesrhythm.CurrencyFormat(w.currency, w.loc)
	w.styles[date] = add(&excelize.Style{CustomNumFmt: ptr(salesrhythm.DateFormat(w.loc))})
	w.styles[clock] = add(&excelize.Style{CustomNumFmt: ptr("hh:mm")})
	w.styles[integer] = add(&excelize.Style{NumFmt: 1})
	w.styles[number] = add(&excelize.Style{CustomNumFmt: ptr("#,##0.##")})
	w.styles[money] = add(&excelize.Style{CustomNumFmt: &amount})
	w.header = add(&excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}})
	if err != nil {
		return err
	}
	for i, tb := range tables {
		s := &sheet{name: tb.name.In(w.loc), part: 1, table: "t_" + tb.key}
		if i == 0 {
			err = w.f.SetSheetName("Sheet1", s.name)
		} else {
			_, err = w.f.NewSheet(s.name)
		}
		if err != nil {
			return err
		}
		w.sheets[tb] = s
		w.order = append(w.order, tb)
		if err := w.start(tb, s); err != nil {
			return err
		}
	}
	return nil
}

func ptr[T any](v T) *T { return &v }

// start begins a table's sheet: column widths, the frozen header row.
func (w *workbook) start(tb *table, s *sheet) error {
	sw, err := w.f.NewStreamWriter(s.name)
	if err != nil {
		return err
	}
	s.sw = sw
	for i, c := range tb.cols {
		width := 14.0
		switch c.kind {
		case text:
			width = 20
		case integer:
			width = 10
		}
		if err := sw.SetColWidth(i+1, i+1, width); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	header := make([]any, len(tb.cols))
	for i, c := range tb.cols {
		header[i] = excelize.Cell{StyleID: w.header, Value: c.label.In(w.loc)}
	}
	return sw.SetRow("A1", header, excelize.RowOpts{Height: 30})
}

func (w *workbook) add(tb *table, r row) error {
	s := w.sheets[tb]
	if s.rows == maxRows {
		if err := w.end(tb, s); err != nil {
			return err
		}
		next := &sheet{name: fmt.Sprintf("%s %d", tb.name.In(w.loc), s.part+1), part: s.part + 1, table: fmt.Sprintf("t_%s_%d", tb.key, s.part+1)}
		if _, err := w.f.NewSheet(next.name); err != nil {
			return err
		}
		w.sheets[tb] = next
		if err := w.start(tb, next); err != nil {
			return err
		}
		s = next
	}
	vals := make([]any, len(r))
	for i, v := range r {
		vals[i] = w.cell(tb.cols[i].kind, v)
	}
	s.rows++
	cell, _ := excelize.CoordinatesToCellName(1, s.rows+1)
	return s.sw.SetRow(cell, vals)
}

// cell is a value as its column's kind writes it; nil for a blank.
func (w *workbook) cell(k kind, v any) any {
	switch x := v.(type) {
	case salesrhythm.Date:
		if x.IsZero() {
			return nil
		}
		return excelize.Cell{StyleID: w.styles[date], Value: float64(salesrhythm.D(1899, 12, 30).DaysUntil(x))}
	case salesrhythm.Clock:
		if !x.Valid() {
			return nil
		}
		return excelize.Cell{StyleID: w.styles[clock], Value: float64(x) / (24 * 60)}
	case int:
		return excelize.Cell{StyleID: w.styles[integer], Value: x}
	case float64:
		style := w.styles[number]
		if k == money {
			style = w.styles[money]
		}
		return excelize.Cell{StyleID: style, Value: x}
	case string:
		if x == "" {
			return nil
		}
		return x // a string cell, never a formula
	}
	return fmt.Sprint(v)
}

// end closes a table's sheet: its rows become an Excel table with a filter.
func (w *workbook) end(tb *table, s *sheet) error {
	last, _ := excelize.CoordinatesToCellName(len(tb.cols), max(2, s.rows+1))
	if err := s.sw.AddTable(&excelize.Table{Range: "A1:" + last, Name: s.table, StyleName: "TableStyleMedium2", ShowRowStripes: ptr(true)}); err != nil {
		return err
	}
	return s.sw.Flush()
}

func (w *workbook) close(commit bool) error {
	defer os.RemoveAll(w.tmp)
	defer w.f.Close()
	if !commit {
		return nil
	}
	for _, tb := range w.order {
		if err := w.end(tb, w.sheets[tb]); err != nil {
			return err
		}
	}
	when := w.created.UTC().Format(time.RFC3339)
	if err := w.f.SetDocProps(&excelize.DocProperties{Title: w.title, Creator: "salesrhythm", LastModifiedBy: "salesrhythm",
		Created: when, Modified: when, Language: string(w.loc), Keywords: "salesrhythm export"}); err != nil {
		return err
	}
	w.f.SetActiveSheet(0)
	zipx.SortDefaults(w.f)
	// excelize writes streamed sheets in map order: the sorting zip writer
	// puts every part in name order, so the same export is the same bytes.
	// The workbook is spooled to a file, then tidied into place as every
	// workbook the program writes is (zipx.Tidy).
	w.f.SetZipWriter(func(out io.Writer) excelize.ZipWriter { return newSortedZip(out, w.tmp) })
	spool, err := os.CreateTemp(w.tmp, "export-*.xlsx")
	if err != nil {
		return err
	}
	defer spool.Close()
	size, err := w.f.WriteTo(spool)
	if err != nil {
		return err
	}
	return safefile.Write(w.path, safefile.Replace, func(out io.Writer) error {
		return zipx.TidyAt(out, spool, size)
	})
}
