package main

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"salesrhythm/internal/officetest"
)

// written makes every template of a month, a filled copy of each kind (the
// test inbox, one with a mistake), the report, the mistake's feedback copy,
// the scorecards, a Friday pack, a period report and the export, and returns their paths: one template
// of each kind first, then the filled copies and every output, then the
// other templates; and how many come before the other templates.
func written(t *testing.T) ([]string, int) {
	t.Helper()
	dir := workdir(t)
	f, err := excelize.OpenFile(filepath.Join(dir, "inbox", "anna", "call-register.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellStr("Calls", "A5", "31.13.2026"); err != nil || f.Save() != nil {
		t.Fatal(err)
	}
	f.Close()
	for _, args := range [][]string{{"template", "all", "--month", "2026-11"}, {"template", "plan", "--month", "2026-12"}, {"report", "--month", "2026-11"},
		{"week", "--date", "2026-11-15"}, {"report", "--from", "2026-10", "--to", "2026-11"}, {"export", "--month", "2026-11"}} {
		// The mistake makes the report and the week exit 1, having written everything.
		if out, errs, code := cli(t, dir, args...); code != 0 && !(args[0] != "template" && code == exitInputError) {
			t.Fatalf("%v: exit %d\n%s%s", args, code, out, errs)
		}
	}
	var first, filled, rest []string
	kinds := map[string]bool{}
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(p) != ".xlsx" {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		kind, _, _ := strings.Cut(filepath.Base(p), "_")
		switch {
		case !strings.HasPrefix(rel, filepath.Join("out", "templates")):
			filled = append(filled, p)
		case !kinds[kind]:
			kinds[kind] = true
			first = append(first, p)
		default:
			rest = append(rest, p)
		}
		return nil
	})
	if len(first) < 6 || len(filled) < 13 {
		t.Fatalf("templates %v, filled copies and the outputs %v", first, filled)
	}
	return append(append(first, filled...), rest...), len(first) + len(filled)
}

// TestOtherReadersOpenWhatWeWrite: every template, the filled copies, the
// report, a feedback copy, the scorecards, a Friday pack, a period report and
// the export open without error in LibreOffice, openpyxl,
// exceljs and SheetJS, and each sheet's dimension is the range of the cells
// it holds (openpyxl's read-only mode, which believes it, sees what a full
// load does). Each reader is skipped where it is not installed; CI installs
// them.
func TestOtherReadersOpenWhatWeWrite(t *testing.T) {
	files, n := written(t)
	t.Run("LibreOffice", func(t *testing.T) {
		officetest.Convert(t, t.TempDir(), "xlsx:Calc MS Excel 2007 XML", files[:n]...)
	})
	t.Run("openpyxl", func(t *testing.T) {
		out := officetest.Openpyxl(t, `
for p in sys.argv[1:]:
    full = openpyxl.load_workbook(p)
    lazy = openpyxl.load_workbook(p, read_only=True)
    for ws in full.worksheets:
        want, got = ws.calculate_dimension(), lazy[ws.title].calculate_dimension()
        if want != got and not (want == "A1:A1" and got == "A1"):
            print(p, ws.title, "dimension", got, "but the cells span", want)
`, files...)
		if out != "" {
			t.Error(out)
		}
	})
	t.Run("exceljs", func(t *testing.T) {
		officetest.Node(t, `
const ExcelJS = require('exceljs');
(async () => {
  let bad = 0;
  for (const p of process.argv.slice(1)) {
    try {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(p);
      if (wb.worksheets.length === 0) throw new Error('no sheets');
    } catch (e) { bad++; console.log(p + ': ' + e.message); }
  }
  process.exit(bad ? 1 : 0);
})();`, []string{"exceljs"}, files...)
	})
	t.Run("SheetJS", func(t *testing.T) {
		officetest.Node(t, `
const XLSX = require('xlsx');
let bad = 0;
for (const p of process.argv.slice(1)) {
  try {
    const wb = XLSX.readFile(p);
    if (wb.SheetNames.length === 0) throw new Error('no sheets');
  } catch (e) { bad++; console.log(p + ': ' + e.message); }
}
process.exit(bad ? 1 : 0);`, []string{"xlsx"}, files...)
	})
}

// TestReportOverAnODS: an .ods with a problem is reported, and gets no
// feedback copy, which excelize cannot write; the report is written.
func TestReportOverAnODS(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "importer", "testdata", "writers", "libreoffice", "call-register.ods"))
	if err != nil {
		t.Fatal(err)
	}
	dir := workdir(t)
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		r, _ := f.Open()
		body, _ := io.ReadAll(r)
		r.Close()
		if f.Name == "content.xml" {
			body = regexp.MustCompile(`office:value-type="date" office:date-value="2026-11-09"[^>]*><text:p>[^<]*`).
				ReplaceAll(body, []byte(`office:value-type="string"><text:p>31.13.2026`))
		}
		w, _ := zw.CreateHeader(&zip.FileHeader{Name: f.Name, Method: f.Method})
		w.Write(body)
	}
	zw.Close()
	os.Remove(filepath.Join(dir, "inbox", "anna", "call-register.xlsx"))
	if err := os.WriteFile(filepath.Join(dir, "inbox", "anna", "call-register.ods"), out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	stdout, errs, _ := cli(t, dir, "report", "--month", "2026-11")
	if _, err := os.Stat(filepath.Join(dir, "out", "salesrhythm-2026-11.xlsx")); err != nil || !strings.Contains(stdout, "1 error and 0 warnings") {
		t.Fatalf("no report over an .ods with a problem:\n%s%s", stdout, errs)
	}
	if copies, _ := filepath.Glob(filepath.Join(dir, "out", "feedback", "*", "anna", "*")); len(copies) > 0 {
		t.Errorf("feedback copies %v", copies)
	}
}
