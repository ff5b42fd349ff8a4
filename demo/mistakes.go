package demo

import (
	"fmt"
	"path"
	"strings"
	"time"
	"unicode"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"

	"salesrhythm"
	"salesrhythm/internal/fill"
)

// lockFile is the file Office leaves beside a workbook someone has open.
type lockFile struct {
	path string // relative to the inbox, with forward slashes
	data []byte
}

// plant makes the human mistakes the report must catch, in the workbooks of
// four established managers and weeks within the month, and records each in
// the truth with the finding it must cause:
//
//   - a next contact date typed as words (not-a-date at that cell; the rest
//     of the row is read);
//   - a call result outside the drop-down, in a copy that lost its sheet
//     protection and its validation (not-in-list);
//   - a weekly report sent again with an amount corrected and saved later
//     (duplicate-submission on the first one, whose rows do not count);
//   - the lock file of a call register left open in Excel (lock-file).
//
// It returns the workbooks with the resubmission added, the mistakes (whose
// cells are known once their workbooks are written) and the lock file.
func (c *company) plant(books []*book) ([]*book, []*Mistake, lockFile) {
	r := c.rand("mistakes")
	var inner []int // the weeks that lie wholly in the month
	for i, w := range c.weeks {
		if w.Start.MonthOf() == c.month && w.End.MonthOf() == c.month {
			inner = append(inner, i)
		}
	}
	who := c.sellers[:len(c.sellers)-1]
	order := r.Perm(len(who))
	find := func(kind salesrhythm.Kind, s *seller, w int) *book {
		for _, b := range books {
			if b.spec.Kind == kind && b.spec.Person.ID == s.ID && b.spec.Period == c.weeks[w] {
				return b
			}
		}
		panic(fmt.Sprintf("demo: no %s of %s for %s", kind, s.ID, c.weeks[w]))
	}
	var planted []*Mistake
	add := func(b *book, sheet string, code salesrhythm.Code, what string) *Mistake {
		m := &Mistake{File: b.path, Sheet: sheet, Code: code, What: what}
		planted = append(planted, m)
		return m
	}
	calls := c.sch.Kind(salesrhythm.KindCallRegister).Sheet("calls").Name.In(c.loc)

	s, w := who[order[0]], inner[0]
	b := find(salesrhythm.KindCallRegister, s, w)
	i := firstCall(s.weeks[w].calls, func(x salesrhythm.Call) bool { return !x.NextContact.IsZero() })
	words := t("next Tuesday", "jövő kedden").In(c.loc)
	m := add(b, calls, salesrhythm.CodeNotADate, fmt.Sprintf("a next contact date typed as %q", words))
	b.steps = append(b.steps, c.retype(salesrhythm.KindCallRegister, "calls", "next_contact", i, words, &m.Cell, false))

	s, w = who[order[1]], inner[1%len(inner)]
	b = find(salesrhythm.KindCallRegister, s, w)
	i = firstCall(s.weeks[w].calls, func(x salesrhythm.Call) bool {
		return x.Result == salesrhythm.ResultTalked || x.Result == salesrhythm.ResultCallBack
	})
	words = t("Maybe later", "Talán később").In(c.loc)
	m = add(b, calls, salesrhythm.CodeNotInList, fmt.Sprintf("%q typed as a call result in a copy that lost its drop-downs", words))
	b.steps = append(b.steps, c.retype(salesrhythm.KindCallRegister, "calls", "result", i, words, &m.Cell, true))

	var dup *book
	for _, k := range order[2:] {
		for _, w := range inner {
			if dup == nil && len(who[k].weeks[w].deals) > 0 {
				dup = find(salesrhythm.KindWeeklyReport, who[k], w)
			}
		}
	}
	if dup != nil {
		again := *dup
		again.path = strings.TrimSuffix(dup.path, ".xlsx") + " (corrected).xlsx"
		again.modified = dup.modified.Add(14*time.Hour + 30*time.Minute)
		books = append(books, &again)
		amount := c.sellerByID[dup.spec.Person.ID].weeks[c.week(dup.spec.Period)].deals[0].Amount
		add(dup, "", salesrhythm.CodeDuplicate, fmt.Sprintf("a weekly report sent again, a deal's amount corrected from %.0f to %.0f", amount*10, amount))
		var cell string
		dup.steps = append(dup.steps, c.retype(salesrhythm.KindWeeklyReport, "deals", "amount", 0, amount*10, &cell, false))
	}

	s, w = who[order[len(order)-1]], inner[len(inner)-1]
	b = find(salesrhythm.KindCallRegister, s, w)
	dir, base := path.Split(b.path)
	lock := lockFile{path: dir + "~$" + base, data: ownerFile(s.Name)}
	add(&book{path: lock.path}, "", salesrhythm.CodeLockFile, "the lock file of a call register left open in Excel")
	return books, planted, lock
}

// firstCall returns the index of the first call that matches, or 0.
func firstCall(calls []salesrhythm.Call, match func(salesrhythm.Call) bool) int {
	for i, x := range calls {
		if match(x) {
			return i
		}
	}
	return 0
}

// retype overtypes the cell of column key in the i-th row of a table sheet
// with v and records where it is. Unprotected, it first takes the sheet's
// protection and the column's drop-down away, as a copy made outside Excel
// loses them.
func (c *company) retype(kind salesrhythm.Kind, sheetKey, key string, i int, v any, at *string, unprotected bool) func(*fill.Book) error {
	label := c.sch.Kind(kind).Sheet(sheetKey).Column(key).Label.In(c.loc)
	return func(b *fill.Book) error {
		sheet := b.Sheet(sheetKey)
		cell, err := cellOf(b.F, sheet, label, i)
		if err != nil {
			return err
		}
		*at = cell
		if unprotected {
			if err := b.F.UnprotectSheet(sheet); err != nil {
				return err
			}
			col := strings.TrimRightFunc(cell, unicode.IsDigit)
			dvs, err := b.F.GetDataValidations(sheet)
			if err != nil {
				return err
			}
			for _, dv := range dvs {
				if strings.HasPrefix(dv.Sqref, col) && unicode.IsDigit(rune(dv.Sqref[len(col)])) {
					if err := b.F.DeleteDataValidation(sheet, dv.Sqref); err != nil {
						return err
					}
				}
			}
		}
		return b.F.SetCellValue(sheet, cell, v)
	}
}

// cellOf finds the cell of the i-th row below the header label of a table
// sheet, as a person finds it.
func cellOf(f *excelize.File, sheet, label string, i int) (string, error) {
	rows, err := f.GetRows(sheet)
	if err != nil {
		return "", err
	}
	for r, row := range rows {
		for col, v := range row {
			if v == label {
				return excelize.CoordinatesToCellName(col+1, r+2+i)
			}
		}
	}
	return "", fmt.Errorf("%s: no column %q", sheet, label)
}

// ownerFile is what Office writes into a lock file: the user's name after
// its length, padded to 54 bytes, then the name again in UTF-16, padded to
// 162 bytes in all.
func ownerFile(name string) []byte {
	name = asciiFold.Replace(name)
	name = name[:min(53, len(name))]
	b := append([]byte{byte(len(name))}, name...)
	for len(b) < 54 {
		b = append(b, ' ')
	}
	u := utf16.Encode([]rune(name))
	b = append(b, byte(len(u)), 0)
	for _, x := range u {
		b = append(b, byte(x), byte(x>>8))
	}
	for len(b) < 162 {
		b = append(b, ' ', 0)
	}
	return b[:162]
}
