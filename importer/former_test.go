package importer_test

import (
	"path/filepath"
	"regexp"
	"testing"

	"github.com/xuri/excelize/v2"

	"salesrhythm"
	"salesrhythm/internal/testinbox"
	"salesrhythm/schema"
)

// TestFormerLabels reads Hungarian workbooks as they were handed out before
// the labels were renamed (Hideg for Hideghívás, Áthelyezve for Átütemezve,
// the sheet Üzletek, the header Szerepkör, dates as 2026.11.09.): every
// header, sheet and drop-down value must still be read as meant.
func TestFormerLabels(t *testing.T) {
	cfg := salesrhythm.Default()
	cfg.Locale = salesrhythm.Hungarian
	sch := schema.New(cfg)
	// Each sheet's renamed labels: its headers and its drop-downs' values,
	// today's label → the one it replaced.
	old := map[string]map[string]string{}
	sheets := map[string]string{}
	n := 0
	for _, k := range sch.Workbooks() {
		for _, s := range k.Sheets {
			if len(s.Former) > 0 {
				sheets[s.Name.Hu] = s.Former[0]
			}
			m := old[s.Name.Hu]
			if m == nil {
				m = map[string]string{}
				old[s.Name.Hu] = m
			}
			add := func(label string, former []string) {
				if len(former) > 0 {
					m[label] = former[0]
					n++
				}
			}
			for _, c := range s.Columns {
				add(c.Label.Hu, c.Former)
				for _, ch := range c.Choices {
					add(ch.Label.Hu, ch.Former)
				}
			}
		}
	}
	if n < 15 || len(sheets) == 0 {
		t.Fatalf("only %d renamed labels and %d sheets: the test no longer covers the renames", n, len(sheets))
	}
	spaced := regexp.MustCompile(`(\d{4})\.\x{00a0}(\d{2})\.\x{00a0}(\d{2})\.`)

	in := testinbox.Make(t, salesrhythm.Hungarian)
	files, _ := filepath.Glob(filepath.Join(in.Dir, "*", "*.xlsx"))
	if len(files) == 0 {
		t.Fatal("no workbooks made")
	}
	renamed := 0
	for _, path := range files {
		f, err := excelize.OpenFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, sheet := range f.GetSheetList() {
			rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
			if err != nil {
				t.Fatal(err)
			}
			for r, row := range rows {
				for c, v := range row {
					was, ok := old[sheet][v]
					if !ok && spaced.MatchString(v) {
						was, ok = spaced.ReplaceAllString(v, "$1.$2.$3."), true
					}
					if !ok {
						continue
					}
					cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
					if err := f.SetCellStr(sheet, cell, was); err != nil {
						t.Fatal(err)
					}
					renamed++
				}
			}
			if was, ok := sheets[sheet]; ok {
				if err := f.SetSheetName(sheet, was); err != nil {
					t.Fatal(err)
				}
			}
		}
		if err := f.Save(); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
	if renamed < 20 {
		t.Fatalf("only %d cells given their former labels", renamed)
	}
	res := read(t, in.Dir, salesrhythm.Hungarian)
	for _, f := range res.Findings {
		t.Errorf("unexpected finding: %s", f)
	}
	compare(t, res.Records, in.Want, false)
}
