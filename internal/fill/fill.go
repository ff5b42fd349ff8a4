// Package fill types values into workbooks made by package templates, the
// way a person would in Excel: into the input cells, found by the header
// labels, with drop-down values as their labels. The demo and the tests use
// it to make completed workbooks.
//
// Values are typed in a fixed order (by column key, day and slot), never in
// map order: the order decides the shared-strings table, so the same values
// give the same bytes.
package fill

import (
	"bytes"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"github.com/xuri/excelize/v2"

	"salesrhythm"
	"salesrhythm/internal/zipx"
	"salesrhythm/schema"
)

// Book is a template being filled in.
type Book struct {
	F    *excelize.File
	desc *schema.Workbook
	loc  salesrhythm.Locale
}

// Open opens a template of kind in locale l.
func Open(r io.Reader, desc *schema.Workbook, l salesrhythm.Locale) (*Book, error) {
	f, err := excelize.OpenReader(r)
	if err != nil {
		return nil, err
	}
	return &Book{F: f, desc: desc, loc: l}, nil
}

// Write saves the filled workbook to w.
func (b *Book) Write(w io.Writer) error {
	var buf bytes.Buffer
	if _, err := b.F.WriteTo(&buf); err != nil {
		return err
	}
	return zipx.Tidy(w, buf.Bytes())
}

// Close releases the workbook.
func (b *Book) Close() error { return b.F.Close() }

// Sheet returns the tab name of a sheet by its schema key.
func (b *Book) Sheet(key string) string { return b.desc.Sheet(key).Name.In(b.loc) }

// header finds the header row of a table or grid sheet and the column of
// each label.
func (b *Book) header(sheet string) (int, map[string]int, error) {
	rows, err := b.F.Rows(sheet)
	if err != nil {
		return 0, nil, err
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		n++
		cols, _ := rows.Columns()
		if len(cols) > 1 && cols[0] != "" && cols[1] != "" {
			at := map[string]int{}
			for i, c := range cols {
				at[c] = i + 1
			}
			return n, at, nil
		}
	}
	return 0, nil, fmt.Errorf("%s: no header row", sheet)
}

// Value is what is typed into a cell: a string, a number, a
// salesrhythm.Date, a salesrhythm.Clock, or a Choice key (Key) shown as
// its label.
type Key string

// Table types rows into a table sheet; each row maps column keys to values.
func (b *Book) Table(sheetKey string, rows []map[string]any) error {
	s := b.desc.Sheet(sheetKey)
	sheet := s.Name.In(b.loc)
	hdr, at, err := b.header(sheet)
	if err != nil {
		return err
	}
	for i, r := range rows {
		for _, key := range slices.Sorted(maps.Keys(r)) {
			v := r[key]
			c := s.Column(key)
			if c == nil {
				return fmt.Errorf("%s has no column %q", sheetKey, key)
			}
			col := at[c.Label.In(b.loc)]
			if col == 0 {
				return fmt.Errorf("%s: no header %q", sheet, c.Label.In(b.loc))
			}
			if err := b.Set(sheet, col, hdr+1+i, c, v); err != nil {
				return err
			}
		}
	}
	return nil
}

// Form types values into a form sheet, right of each field's label.
func (b *Book) Form(sheetKey string, values map[string]any) error {
	s := b.desc.Sheet(sheetKey)
	sheet := s.Name.In(b.loc)
	rows, err := b.F.GetRows(sheet)
	if err != nil {
		return err
	}
	for _, key := range slices.Sorted(maps.Keys(values)) {
		v := values[key]
		c := s.Column(key)
		found := false
		for i, r := range rows {
			if len(r) > 0 && r[0] == c.Label.In(b.loc) {
				if err := b.Set(sheet, 2, i+1, c, v); err != nil {
					return err
				}
				found = true
			}
		}
		if !found {
			return fmt.Errorf("%s: no field %q", sheet, c.Label.In(b.loc))
		}
	}
	return nil
}

// Grid types activities (keys) into a time-table grid by day and slot.
func (b *Book) Grid(sheetKey string, cells map[salesrhythm.Date]map[salesrhythm.Clock]string) error {
	s := b.desc.Sheet(sheetKey)
	sheet := s.Name.In(b.loc)
	hdr, at, err := b.header(sheet)
	if err != nil {
		return err
	}
	slots, _ := b.F.GetRows(sheet, excelize.Options{RawCellValue: true})
	act := &s.Columns[1]
	days := slices.SortedFunc(maps.Keys(cells), func(a, b salesrhythm.Date) int { return a.Compare(b) })
	for _, day := range days {
		bySlot := cells[day]
		col := 0
		for label, c := range at {
			if strings.HasPrefix(label, salesrhythm.FormatDate(day, b.loc)) {
				col = c
			}
		}
		if col == 0 {
			return fmt.Errorf("%s: no column for %s", sheet, day)
		}
		for _, slot := range slices.Sorted(maps.Keys(bySlot)) {
			key := bySlot[slot]
			row := 0
			for i := hdr; i < len(slots); i++ {
				var v float64
				if len(slots[i]) > 0 {
					fmt.Sscan(slots[i][0], &v)
				}
				if salesrhythm.Clock(v*24*60+0.5) == slot {
					row = i + 1
				}
			}
			if row == 0 {
				return fmt.Errorf("%s: no row for %s", sheet, slot)
			}
			if err := b.Set(sheet, col, row, act, Key(key)); err != nil {
				return err
			}
		}
	}
	return nil
}

// Set types one value into a cell.
func (b *Book) Set(sheet string, col, row int, c *schema.Column, v any) error {
	ref, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		return err
	}
	x, err := typedValue(c, v, b.loc)
	switch {
	case err != nil:
		return fmt.Errorf("%s: %w", sheet, err)
	case x.blank:
		return nil
	case x.isText:
		return b.F.SetCellStr(sheet, ref, x.text)
	}
	return b.F.SetCellFloat(sheet, ref, x.num, -1, 64)
}

// cellValue is what a person types into a cell: a number or a text.
type cellValue struct {
	num    float64
	text   string
	isText bool
	blank  bool
}

// typedValue turns a Go value into what is typed: dates and times as Excel
// serials, choice keys and answers as their labels in locale l.
func typedValue(c *schema.Column, v any, l salesrhythm.Locale) (cellValue, error) {
	switch x := v.(type) {
	case nil:
		return cellValue{blank: true}, nil
	case salesrhythm.Date:
		if x.IsZero() {
			return cellValue{blank: true}, nil
		}
		return cellValue{num: float64(salesrhythm.D(1899, 12, 30).DaysUntil(x))}, nil
	case salesrhythm.Clock:
		if !x.Valid() {
			return cellValue{blank: true}, nil
		}
		return cellValue{num: float64(x) / (24 * 60)}, nil
	case Key:
		choices := c.Choices
		if c.Type == schema.YesNo {
			choices = salesrhythm.YesNo
		}
		for _, ch := range choices {
			if ch.Key == string(x) {
				return cellValue{text: ch.Label.In(l), isText: true}, nil
			}
		}
		return cellValue{}, fmt.Errorf("%q is not a choice of %s", x, c.Key)
	case salesrhythm.Answer:
		switch x {
		case salesrhythm.Yes:
			return typedValue(c, Key("yes"), l)
		case salesrhythm.No:
			return typedValue(c, Key("no"), l)
		}
		return cellValue{blank: true}, nil
	case string:
		return cellValue{text: x, isText: true}, nil
	case int:
		return cellValue{num: float64(x)}, nil
	case float64:
		return cellValue{num: x}, nil
	}
	return cellValue{}, fmt.Errorf("cannot type a %T", v)
}
