package report

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/xuri/excelize/v2"

	"salesrhythm"
	"salesrhythm/internal/safefile"
	"salesrhythm/internal/zipx"
)

// writeFeedback writes, for every readable input with findings, a copy
// with the problem cells highlighted, a comment on each giving the message,
// and a Feedback sheet listing them all, so its author can fix and resubmit.
// Inputs are opened read-only and never saved. Copies left from an earlier
// run for inputs that no longer have problems are removed.
func writeFeedback(in Input, dir string) ([]string, error) {
	byFile := map[string][]salesrhythm.Finding{}
	for _, f := range in.Findings {
		if f.File != "" && f.Severity != salesrhythm.Info {
			byFile[f.File] = append(byFile[f.File], f)
		}
	}
	readable := map[string]bool{}
	for _, s := range in.Sources {
		readable[s.Path] = s.Status == salesrhythm.StatusRead
	}
	var written []string
	keep := map[string]bool{}
	for _, file := range slices.Sorted(maps.Keys(byFile)) {
		if !readable[file] {
			continue
		}
		src := filepath.Join(in.Inbox, filepath.FromSlash(file))
		dst := filepath.Join(dir, filepath.FromSlash(file))
		if filepath.Ext(dst) != ".xlsx" {
			dst = strings.TrimSuffix(dst, filepath.Ext(dst)) + ".xlsx"
		}
		data, err := feedbackCopy(src, byFile[file], in.Config.Locale)
		if err == errNotXLSX {
			continue // its findings are in the report; excelize cannot annotate it
		}
		if err != nil {
			return written, fmt.Errorf("feedback copy of %s: %w", file, err)
		}
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return written, err
		}
		if err := safefile.WriteFile(dst, safefile.Replace, data); err != nil {
			return written, err
		}
		keep[dst] = true
		written = append(written, dst)
	}
	// Remove stale copies of this month.
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".xlsx") && !keep[p] {
			os.Remove(p)
		}
		return nil
	})
	return written, nil
}

// errNotXLSX is an input excelize cannot open: an OpenDocument spreadsheet,
// which names its type in its first entry.
var errNotXLSX = errors.New("not an .xlsx workbook")

func feedbackCopy(src string, findings []salesrhythm.Finding, l salesrhythm.Locale) (out []byte, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("the workbook could not be annotated: %v", p)
		}
	}()
	data, err := os.ReadFile(src)
	if err != nil {
		return nil, err
	}
	if bytes.Contains(data[:min(len(data), 100)], []byte("application/vnd.oasis.opendocument")) {
		return nil, errNotXLSX
	}
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	slices.SortStableFunc(findings, func(a, b salesrhythm.Finding) int {
		return cmp.Or(strings.Compare(a.Sheet, b.Sheet), strings.Compare(a.Cell, b.Cell))
	})
	sheets := map[string]bool{}
	for _, s := range f.GetSheetList() {
		sheets[s] = true
	}
	// One comment per cell, with every message about it; the fill says the
	// worst severity.
	type mark struct {
		sheet, cell string
		lines       []string
		err         bool
	}
	var marks []*mark
	at := map[string]*mark{}
	for _, x := range findings {
		ref := firstCell(x.Cell)
		if !sheets[x.Sheet] || ref == "" {
			continue
		}
		m := at[x.Sheet+"!"+ref]
		if m == nil {
			m = &mark{sheet: x.Sheet, cell: ref}
			at[x.Sheet+"!"+ref] = m
			marks = append(marks, m)
		}
		m.lines = append(m.lines, string(x.Code)+": "+x.Message)
		m.err = m.err || x.Severity == salesrhythm.Error
	}
	fills := map[[2]int]int{}
	for _, m := range marks {
		// Keep the cell's own format; change only its fill.
		old, err := f.GetCellStyle(m.sheet, m.cell)
		if err != nil {
			continue
		}
		key := [2]int{old, 0}
		if m.err {
			key[1] = 1
		}
		id, ok := fills[key]
		if !ok {
			st, err := f.GetStyle(old)
			if err != nil || st == nil {
				st = &excelize.Style{}
			}
			color := "FFEB9C"
			if m.err {
				color = "FFC7CE"
			}
			st.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{color}}
			if id, err = f.NewStyle(st); err != nil {
				return nil, err
			}
			fills[key] = id
		}
		if err := f.SetCellStyle(m.sheet, m.cell, m.cell, id); err != nil {
			return nil, err
		}
		f.DeleteComment(m.sheet, m.cell)
		if err := f.AddComment(m.sheet, excelize.Comment{Author: "salesrhythm", Cell: m.cell,
			Paragraph: []excelize.RichTextRun{{Text: strings.Join(m.lines, "\n")}}}); err != nil {
			return nil, err
		}
	}
	if err := feedbackSheet(f, findings, l); err != nil {
		return nil, err
	}
	var buf, tidy bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		return nil, err
	}
	if err := zipx.Tidy(&tidy, buf.Bytes()); err != nil {
		return nil, err
	}
	return tidy.Bytes(), nil
}

// firstCell turns a finding's place into one cell: "C7" stays, a whole row
// "12:12" becomes its first cell, "" stays empty.
func firstCell(ref string) string {
	if a, _, ok := strings.Cut(ref, ":"); ok {
		if _, err := fmt.Sscan(a, new(int)); err == nil {
			return "A" + a
		}
		return a
	}
	return ref
}

// feedbackSheet adds a first sheet listing every problem of the file.
func feedbackSheet(f *excelize.File, findings []salesrhythm.Finding, l salesrhythm.Locale) error {
	name := t("Feedback", "Visszajelzés").In(l)
	if _, err := f.NewSheet(name); err != nil {
		return err
	}
	if err := f.MoveSheet(name, f.GetSheetName(0)); err != nil {
		return err
	}
	rows := [][]any{{t("Please fix these problems and hand the workbook in again. Highlighted cells carry a comment.",
		"Kérjük, javítsa ezeket a hibákat, és adja le újra a munkafüzetet. A kiemelt cellákhoz megjegyzés tartozik.").In(l)}, {},
		{t("Sheet", "Munkalap").In(l), t("Cell", "Cella").In(l), t("Severity", "Súlyosság").In(l), t("Problem", "Probléma").In(l)}}
	for _, x := range findings {
		rows = append(rows, []any{x.Sheet, x.Cell, severityWord(x.Severity).In(l), x.Message})
	}
	for i, r := range rows {
		for j, v := range r {
			c, _ := excelize.CoordinatesToCellName(j+1, i+1)
			if err := f.SetCellStr(name, c, fmt.Sprint(v)); err != nil {
				return err
			}
		}
	}
	f.SetColWidth(name, "A", "A", 18)
	f.SetColWidth(name, "D", "D", 100)
	f.SetActiveSheet(0)
	return nil
}
