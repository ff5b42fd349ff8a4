package report

import (
	"archive/zip"
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/xuri/excelize/v2"

	"salesrhythm"
	"salesrhythm/internal/safefile"
	"salesrhythm/internal/zipx"
	"salesrhythm/schema"
)

// Opener opens an input of the inbox for its feedback copy and returns the
// sha256 of the bytes it opened. The command passes importer.Open, so that
// an input is opened only after the importer's container checks pass and
// with its unpack limits, never with excelize's defaults.
type Opener func(path string) (f *excelize.File, sha256 string, err error)

// Unannotated is an input with findings that got no feedback copy, and why.
type Unannotated struct {
	File   string // relative to the inbox, as in Source.Path
	Reason string
}

// writeFeedback writes, for every readable input with findings, a copy
// with the problem cells highlighted, a comment on each giving the message,
// and a Feedback sheet listing them all, so its author can fix and resubmit.
// Inputs are opened read-only, through in.Open, and never saved. An input
// that cannot be annotated costs only its own copy. Copies left from an
// earlier run for inputs that no longer have problems are removed.
func writeFeedback(in Input, dir string) ([]string, []Unannotated, error) {
	byFile := map[string][]salesrhythm.Finding{}
	for _, f := range in.Findings {
		if f.File != "" && f.Severity != salesrhythm.Info {
			byFile[f.File] = append(byFile[f.File], f)
		}
	}
	// The inputs that were read, path → sha256; not those a later copy
	// superseded: its author has handed it in again already.
	read := map[string]string{}
	for _, s := range in.Sources {
		if s.Status == salesrhythm.StatusRead && s.SupersededBy == "" {
			read[s.Path] = s.SHA256
		}
	}
	var written []string
	var failed []Unannotated
	keep := map[string]bool{}
	copies := copyPaths(slices.Collect(maps.Keys(byFile)), in.Result.Month)
	for _, file := range slices.Sorted(maps.Keys(byFile)) {
		sum, ok := read[file]
		if !ok {
			continue
		}
		if in.Open == nil {
			return written, failed, errors.New("report: Input.Open is not set, so no input can be opened for its feedback copy")
		}
		src := filepath.Join(in.Inbox, filepath.FromSlash(file))
		dst := filepath.Join(dir, filepath.FromSlash(copies[file]))
		data, err := feedbackCopy(in.Open, src, sum, byFile[file], in.Config.Locale, in.Config.Currency)
		if err != nil {
			failed = append(failed, Unannotated{File: file, Reason: salesrhythm.ErrorIn(err, in.Config.Locale)})
			continue
		}
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return written, failed, err
		}
		if err := safefile.WriteFile(dst, safefile.Replace, data); err != nil {
			return written, failed, err
		}
		keep[dst] = true
		written = append(written, dst)
	}
	// Remove stale copies of this month.
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		switch {
		case err != nil && p == dir && errors.Is(err, fs.ErrNotExist):
			return nil // no copies, now or before
		case err != nil:
			return err
		case d.IsDir() || !strings.HasSuffix(p, ".xlsx") || keep[p]:
			return nil
		}
		if err := os.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
		return nil
	})
	if err != nil {
		return written, failed, fmt.Errorf("removing stale feedback copies: %w", err)
	}
	return written, failed, nil
}

// copyPaths returns where, under the month's folder of feedback copies,
// the copy of each input goes: at its path in the inbox, less the folder of
// the month the inbox files it in (inbox/2026-11/anna/calls.xlsx is copied
// to feedback/2026-11/anna/calls.xlsx), and always as .xlsx. Inputs that
// would then land on the same copy keep their whole paths.
func copyPaths(files []string, m salesrhythm.Month) map[string]string {
	xlsx := func(p string) string { return strings.TrimSuffix(p, path.Ext(p)) + ".xlsx" }
	out := make(map[string]string, len(files))
	for _, f := range files {
		out[f] = xlsx(strings.TrimPrefix(f, m.String()+"/"))
	}
	for changed := true; changed; { // until no two short paths meet
		changed = false
		uses := map[string]int{}
		for _, f := range files {
			uses[strings.ToLower(out[f])]++
		}
		for _, f := range files {
			if uses[strings.ToLower(out[f])] > 1 && out[f] != xlsx(f) {
				out[f], changed = xlsx(f), true
			}
		}
	}
	return out
}

// feedbackCopy opens src, checks it is the file that was read (its sha256
// is want) and returns the annotated copy, marked as a feedback copy.
func feedbackCopy(open Opener, src, want string, findings []salesrhythm.Finding, l salesrhythm.Locale, currency string) (out []byte, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = salesrhythm.LocalError{Text: salesrhythm.T(fmt.Sprintf("the workbook could not be annotated: %v", p), fmt.Sprintf("a munkafüzethez nem sikerült megjegyzéseket fűzni: %v", p))}
		}
	}()
	f, sum, err := open(src)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if sum != want {
		return nil, salesrhythm.LocalError{Text: t("the file changed after it was read; run the report again", "a fájl a beolvasása óta megváltozott; futtassa újra a jelentést")}
	}
	// A copy is for its author: in the language of the workbook handed
	// out, whatever the report's.
	l = ownerLocale(f, l)
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
		m.lines = append(m.lines, commentLine(x, l))
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
			keepColours(f, old, st)
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
		if err := f.DeleteComment(m.sheet, m.cell); err != nil {
			return nil, err
		}
		if err := f.AddComment(m.sheet, excelize.Comment{Author: "salesrhythm", Cell: m.cell,
			Paragraph: []excelize.RichTextRun{{Text: strings.Join(m.lines, "\n")}}}); err != nil {
			return nil, err
		}
	}
	if err := feedbackSheet(f, findings, l, currency); err != nil {
		return nil, err
	}
	return markFeedback(f, sum)
}

// commentLine is what a cell's comment says of one finding, in its
// author's language: what was found and what to do, then the finding's
// code, by which the report's Data quality sheet lists it too.
func commentLine(x salesrhythm.Finding, l salesrhythm.Locale) string {
	line := x.MessageIn(l)
	if hint := salesrhythm.HintOf(x.Code).In(l); hint != "" {
		line += " – " + hint
	}
	return line + " (" + string(x.Code) + ")"
}

// markFeedback writes the copy with the marks of a feedback copy (see
// salesrhythm.FeedbackOf): the sha256 of its input, and the digest of its
// own parts, which needs the copy written once to be known. Writing sets
// nothing but the properties the second time, so the digest holds for the
// copy returned.
func markFeedback(f *excelize.File, of string) ([]byte, error) {
	if err := f.SetCustomProps(excelize.CustomProperty{Name: salesrhythm.FeedbackOf, Value: of}); err != nil {
		return nil, err
	}
	data, err := writeTidy(f)
	if err != nil {
		return nil, err
	}
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	if err := f.SetCustomProps(excelize.CustomProperty{Name: salesrhythm.FeedbackParts, Value: zipx.Digest(z, salesrhythm.FeedbackPartsSkip)}); err != nil {
		return nil, err
	}
	return writeTidy(f)
}

// writeTidy writes f as zipx.Write does, the same bytes for the same
// workbook.
func writeTidy(f *excelize.File) ([]byte, error) {
	var buf bytes.Buffer
	err := zipx.Write(&buf, f)
	return buf.Bytes(), err
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

// ownerLocale is the locale a workbook was made in, by its metadata; else
// the report's, l.
func ownerLocale(f *excelize.File, l salesrhythm.Locale) salesrhythm.Locale {
	props, _ := f.GetCustomProps()
	for _, p := range props {
		if p.Name != schema.MetaLocale {
			continue
		}
		if s, ok := p.Value.(string); ok {
			if own, err := salesrhythm.ParseLocale(s); err == nil {
				return own
			}
		}
	}
	return l
}

// feedbackSheet adds a first sheet listing every problem of the file, with
// what each keeps out of the month's figures.
func feedbackSheet(f *excelize.File, findings []salesrhythm.Finding, l salesrhythm.Locale, currency string) error {
	name := salesrhythm.FeedbackSheet.In(l)
	// A copy of a copy its author edited: the old list goes.
	for _, old := range salesrhythm.FeedbackSheet.All() {
		if i, _ := f.GetSheetIndex(old); i >= 0 {
			if err := f.DeleteSheet(old); err != nil {
				return err
			}
		}
	}
	if _, err := f.NewSheet(name); err != nil {
		return err
	}
	if err := f.MoveSheet(name, f.GetSheetName(0)); err != nil {
		return err
	}
	rows := [][]any{{t("Please fix these problems and hand the workbook in again. Highlighted cells carry a comment.",
		"Kérjük, javítsa ki ezeket a problémákat, és adja le újra a munkafüzetet. A kiemelt cellákhoz megjegyzés tartozik.").In(l)}, {},
		{t("Sheet", "Munkalap").In(l), t("Cell", "Cella").In(l), t("Severity", "Súlyosság").In(l), t("Problem", "Probléma").In(l), t("What to do", "Teendő").In(l),
			t("Left out of the figures", "Kimaradt a számításból").In(l)}}
	for _, x := range findings {
		rows = append(rows, []any{x.Sheet, x.CellIn(l), severityWord(x.Severity).In(l), x.MessageIn(l), salesrhythm.HintOf(x.Code).In(l), Missing(x.Excluded, currency, l)})
	}
	for i, r := range rows {
		for j, v := range r {
			c, _ := excelize.CoordinatesToCellName(j+1, i+1)
			if err := f.SetCellStr(name, c, fmt.Sprint(v)); err != nil {
				return err
			}
		}
	}
	for _, w := range []struct {
		col   string
		width float64
	}{{"A", 18}, {"B", 10}, {"C", 14}, {"D", 70}, {"E", 50}, {"F", 30}} {
		if err := f.SetColWidth(name, w.col, w.col, w.width); err != nil {
			return err
		}
	}
	// The request spans the table and wraps; messages wrap in their column.
	if err := f.MergeCell(name, "A1", "F1"); err != nil {
		return err
	}
	wrap, err := f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}})
	if err != nil {
		return err
	}
	// In the workbook's own font: a font without a name is drawn in a
	// serif by LibreOffice.
	family, err := f.GetDefaultFont()
	if err != nil {
		return err
	}
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true, Family: family}})
	if err != nil {
		return err
	}
	if err := f.SetCellStyle(name, "A1", "F1", wrap); err != nil {
		return err
	}
	if err := f.SetRowHeight(name, 1, 32); err != nil {
		return err
	}
	if err := f.SetCellStyle(name, "A3", "F3", bold); err != nil {
		return err
	}
	if len(rows) > 3 {
		if err := f.SetCellStyle(name, "A4", fmt.Sprintf("F%d", len(rows)), wrap); err != nil {
			return err
		}
	}
	// Each problem's row is as tall as its wrapped message and advice:
	// LibreOffice does not grow a row to its wrapped text.
	for i, r := range rows[3:] {
		lines := max(salesrhythm.WrappedLines(fmt.Sprint(r[3]), 70, 1.05), salesrhythm.WrappedLines(fmt.Sprint(r[4]), 50, 1.05),
			salesrhythm.WrappedLines(fmt.Sprint(r[5]), 30, 1.05))
		if err := f.SetRowHeight(name, i+4, float64(15*lines+3)); err != nil {
			return err
		}
	}
	f.SetActiveSheet(0)
	// The list is wider than a portrait page: a page's width, landscape.
	return printWide(f, name)
}

// keepColours puts back into st, style id of f, the border and font colours
// excelize's GetStyle drops from a workbook without a theme part, which
// LibreOffice does not write: NewStyle would write each as rgb="FF", a
// colour openpyxl refuses to open.
func keepColours(f *excelize.File, id int, st *excelize.Style) {
	ss := f.Styles
	if f.Theme != nil || ss == nil || ss.CellXfs == nil || id < 0 || id >= len(ss.CellXfs.Xf) {
		return
	}
	xf := ss.CellXfs.Xf[id]
	rgb := map[string]string{} // by border side, and "font"
	if b := xf.BorderID; b != nil && ss.Borders != nil && *b >= 0 && *b < len(ss.Borders.Border) {
		raw := ss.Borders.Border[*b]
		if l := raw.Left; l != nil && l.Color != nil {
			rgb["left"] = l.Color.RGB
		}
		if l := raw.Right; l != nil && l.Color != nil {
			rgb["right"] = l.Color.RGB
		}
		if l := raw.Top; l != nil && l.Color != nil {
			rgb["top"] = l.Color.RGB
		}
		if l := raw.Bottom; l != nil && l.Color != nil {
			rgb["bottom"] = l.Color.RGB
		}
		if l := raw.Diagonal; l != nil && l.Color != nil {
			rgb["diagonalDown"], rgb["diagonalUp"] = l.Color.RGB, l.Color.RGB
		}
	}
	if n := xf.FontID; n != nil && ss.Fonts != nil && *n >= 0 && *n < len(ss.Fonts.Font) {
		if c := ss.Fonts.Font[*n].Color; c != nil {
			rgb["font"] = c.RGB
		}
	}
	for i := range st.Border {
		if b := &st.Border[i]; b.Color == "" && rgb[b.Type] != "" {
			b.Color = f.GetBaseColor(rgb[b.Type], 0, nil)
		}
	}
	if st.Font != nil && st.Font.Color == "" && rgb["font"] != "" {
		st.Font.Color = f.GetBaseColor(rgb["font"], 0, nil)
	}
}
