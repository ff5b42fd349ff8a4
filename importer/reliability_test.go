package importer_test

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"context"
	"crypto/sha256"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"salesrhythm"
	"salesrhythm/importer"
	"salesrhythm/internal/testinbox"
	"salesrhythm/schema"
	"salesrhythm/templates"
)

// patchZip rewrites one part of a workbook with edit, under a true header.
func patchZip(t *testing.T, path, part string, edit func(string) string) {
	t.Helper()
	repack(t, path, part, func(b []byte) []byte { return []byte(edit(string(b))) }, func(*zip.FileHeader) {})
}

// edit opens a workbook with excelize, lets fn change it and saves it.
func edit(t *testing.T, path string, fn func(f *excelize.File)) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	fn(f)
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	f.Close()
}

// sheetPart returns the part name of a sheet.
func sheetPart(t *testing.T, path, sheet string) string {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for i, name := range f.GetSheetList() {
		if name == sheet {
			return "xl/worksheets/sheet" + string(rune('1'+i)) + ".xml"
		}
	}
	t.Fatalf("no sheet %s", sheet)
	return ""
}

// has reports whether findings hold one with the code at the file and cell.
func has(fs []salesrhythm.Finding, file string, code salesrhythm.Code, cell string) bool {
	for _, f := range fs {
		if f.File == file && f.Code == code && (cell == "" || f.Cell == cell) {
			return true
		}
	}
	return false
}

func dump(t *testing.T, fs []salesrhythm.Finding) {
	t.Helper()
	for _, f := range fs {
		t.Logf("  %s!%s %s %s", f.Sheet, f.Cell, f.Code, f.Message)
	}
}

func TestRenamedReorderedRetypedSheets(t *testing.T) {
	in := testinbox.Make(t, salesrhythm.English)
	path := filepath.Join(in.Dir, "anna/call-register.xlsx")
	edit(t, path, func(f *excelize.File) {
		f.UnprotectSheet("Calls")
		f.SetSheetName("Calls", "My calls")
		f.MoveSheet("My calls", "Instructions")
		f.InsertCols("My calls", "C", 1) // an extra column…
		f.SetCellStr("My calls", "C4", "Mood")
		f.SetCellStr("My calls", "C5", "good")
		f.SetCellStr("My calls", "A4", "Dátum") // …a header in Hungarian…
		f.SetCellStr("My calls", "L4", "  RESULT ")
		f.InsertRows("My calls", 6, 1) // …and a blank row between the calls
	})
	res := read(t, in.Dir, salesrhythm.English)
	got := stripRefs(res.Records).Calls
	want := stripRefs(in.Want).Calls
	if len(got) != 2 || got[0].Client != want[0].Client || got[1].Date != want[1].Date || got[0].Result != want[0].Result {
		t.Fatalf("calls %+v\nwant %+v", got, want)
	}
	if !has(res.Findings, "anna/call-register.xlsx", salesrhythm.CodeExtraCell, "C5") {
		dump(t, res.Findings)
		t.Error("the extra column's value was not reported")
	}
	for _, f := range res.Findings {
		if f.Severity == salesrhythm.Error {
			t.Errorf("unexpected error: %s", f)
		}
	}
}

func TestRowOutsideThePeriod(t *testing.T) {
	// The workbook is for Mon 9 – Sun 15 November 2026.
	tests := []struct {
		name     string
		date     salesrhythm.Date
		severity salesrhythm.Severity
	}{
		// Another week of November: November's report reads this workbook.
		{"in a month the week touches", salesrhythm.D(2026, 11, 20), salesrhythm.Warning},
		// December's report does not read a week of 9–15 November.
		{"in a month no report of this workbook reads", salesrhythm.D(2026, 12, 2), salesrhythm.Error},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := testinbox.Make(t, salesrhythm.English)
			path := filepath.Join(in.Dir, "anna/call-register.xlsx")
			edit(t, path, func(f *excelize.File) {
				f.SetCellFloat("Calls", "A6", float64(salesrhythm.D(1899, 12, 30).DaysUntil(tt.date)), -1, 64)
			})
			res := read(t, in.Dir, salesrhythm.English)
			found := false
			for _, f := range res.Findings {
				if f.Code == salesrhythm.CodeOutsidePeriod && f.Cell == "A6" {
					found = f.Severity == tt.severity
				}
			}
			if !found {
				dump(t, res.Findings)
				t.Errorf("no outside-period %s at A6", tt.severity)
			}
			if len(res.Calls) != 2 || res.Calls[1].Date != tt.date {
				t.Errorf("the row was not kept with its own date: %+v", res.Calls)
			}
		})
	}
}

func TestUnknownPeople(t *testing.T) {
	in := testinbox.Make(t, salesrhythm.English)
	edit(t, filepath.Join(in.Dir, "lajos/log.xlsx"), func(f *excelize.File) {
		f.SetCellStr("Events", "E6", "M-001, Z-999")
	})
	edit(t, filepath.Join(in.Dir, "anna/call-register.xlsx"), func(f *excelize.File) {
		f.SetCustomProps(excelize.CustomProperty{Name: "salesrhythm.person", Value: "M-777"})
		f.SetCellStr("_salesrhythm", "B3", "M-777")
	})
	res := read(t, in.Dir, salesrhythm.English)
	if !has(res.Findings, "lajos/log.xlsx", salesrhythm.CodeUnknownPerson, "E6") {
		dump(t, res.Findings)
		t.Error("participant Z-999 not reported")
	}
	if !has(res.Findings, "anna/call-register.xlsx", salesrhythm.CodeUnknownPerson, "") {
		t.Error("a workbook of someone not in the plan was not reported")
	}
}

func TestDuplicateSubmission(t *testing.T) {
	in := testinbox.Make(t, salesrhythm.English)
	first := filepath.Join(in.Dir, "anna/call-register.xlsx")
	second := filepath.Join(in.Dir, "anna/call-register (corrected).xlsx")
	b, _ := os.ReadFile(first)
	os.WriteFile(second, b, 0o644)
	edit(t, second, func(f *excelize.File) {
		f.SetCellStr("Calls", "C5", "Alfa Kft. (corrected)")
		f.SetDocProps(&excelize.DocProperties{Modified: "2026-11-16T08:00:00Z", Created: "2026-11-09T00:00:00Z"})
	})
	res := read(t, in.Dir, salesrhythm.English)
	if !has(res.Findings, "anna/call-register.xlsx", salesrhythm.CodeDuplicate, "") {
		dump(t, res.Findings)
		t.Fatal("no duplicate-submission finding on the older file")
	}
	for _, f := range res.Findings {
		if f.Code == salesrhythm.CodeDuplicate && !strings.Contains(f.Message, "call-register (corrected).xlsx") {
			t.Errorf("the finding does not name the other file: %s", f.Message)
		}
	}
	if len(res.Calls) != 2 || res.Calls[0].Client != "Alfa Kft. (corrected)" {
		t.Errorf("the later submission should count, once: %+v", res.Calls)
	}
}

func TestMalformedParts(t *testing.T) {
	tests := []struct {
		name  string
		part  string // "" for the Calls sheet
		patch func(string) string
		code  salesrhythm.Code
		check func(t *testing.T, res *importer.Result)
	}{
		{"shared string index out of range", "", func(s string) string {
			// The client of the first call points past the shared strings.
			i := strings.Index(s, `<c r="C5"`)
			j := strings.Index(s[i:], "<v>") + i + 3
			k := strings.Index(s[j:], "</v>") + j
			return s[:j] + "99999" + s[k:]
		}, salesrhythm.CodeCorrupt, func(t *testing.T, res *importer.Result) {
			for _, c := range res.Calls {
				if c.Date == salesrhythm.D(2026, 11, 9) && c.Client != "" {
					t.Errorf("a value was invented for the broken cell: %q", c.Client)
				}
			}
		}},
		{"huge row number", "", func(s string) string { return strings.Replace(s, `<row r="6"`, `<row r="2147483647"`, 1) }, salesrhythm.CodeCorrupt, nil},
		{"negative row number", "", func(s string) string { return strings.Replace(s, `<row r="6"`, `<row r="-1"`, 1) }, salesrhythm.CodeCorrupt, nil},
		{"sheet XML cut short", "", func(s string) string { return s[:strings.Index(s, `<row r="6"`)+40] }, salesrhythm.CodeCorrupt,
			func(t *testing.T, res *importer.Result) {
				if len(res.Calls) != 1 {
					t.Errorf("%d calls, want the one before the break", len(res.Calls))
				}
			}},
		{"broken styles", "xl/styles.xml", func(s string) string { return s[:len(s)/2] }, salesrhythm.CodeCorrupt, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in, path, part := callRegister(t, tt.part)
			patchZip(t, path, part, tt.patch)
			res := read(t, in.Dir, salesrhythm.English)
			if !has(res.Findings, "anna/call-register.xlsx", tt.code, "") {
				dump(t, res.Findings)
				t.Errorf("no %s finding", tt.code)
			}
			if len(res.Deals) != 2 {
				t.Errorf("the other files were not read: %d deals", len(res.Deals))
			}
			if tt.check != nil {
				tt.check(t, res)
			}
		})
	}
}

func TestPanicIsRecoveredPerFile(t *testing.T) {
	in := testinbox.Make(t, salesrhythm.English)
	defer importer.SetTestHook(func(rel string) {
		if rel == "anna/weekly-report.xlsx" {
			panic("boom")
		}
	})()
	res := read(t, in.Dir, salesrhythm.English)
	if !has(res.Findings, "anna/weekly-report.xlsx", salesrhythm.CodeCrash, "") {
		dump(t, res.Findings)
		t.Fatal("the panic was not reported with the file")
	}
	if len(res.Calls) != 2 || len(res.Deals) != 0 {
		t.Errorf("want the other files read and none of the crashed one: %d calls, %d deals", len(res.Calls), len(res.Deals))
	}
}

func TestMacroWorkbookIsRead(t *testing.T) {
	in := testinbox.Make(t, salesrhythm.English)
	path := filepath.Join(in.Dir, "anna/call-register.xlsx")
	patchZip(t, path, "[Content_Types].xml", func(s string) string {
		return strings.Replace(s, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml", 1)
	})
	os.Rename(path, strings.TrimSuffix(path, ".xlsx")+".xlsm")
	res := read(t, in.Dir, salesrhythm.English)
	if len(res.Calls) != 2 {
		dump(t, res.Findings)
		t.Errorf("%d calls read from the .xlsm, want 2", len(res.Calls))
	}
}

// TestInputsAreNeverChanged: every input keeps its bytes and modification
// time after a read.
func TestInputsAreNeverChanged(t *testing.T) {
	in := testinbox.Make(t, salesrhythm.English)
	os.WriteFile(filepath.Join(in.Dir, "~$call-register.xlsx"), []byte("\x05Annaxxxx"), 0o644)
	type stamp struct {
		sum [32]byte
		mod time.Time
	}
	snap := func() map[string]stamp {
		out := map[string]stamp{}
		filepath.WalkDir(in.Dir, func(p string, d os.DirEntry, err error) error {
			if !d.IsDir() {
				b, _ := os.ReadFile(p)
				st, _ := os.Stat(p)
				out[p] = stamp{sha256.Sum256(b), st.ModTime()}
			}
			return nil
		})
		return out
	}
	before := snap()
	res := read(t, in.Dir, salesrhythm.English)
	after := snap()
	if len(before) != len(after) {
		t.Fatalf("%d files before, %d after", len(before), len(after))
	}
	for p, s := range before {
		if after[p] != s {
			t.Errorf("%s changed", p)
		}
	}
	if !has(res.Findings, "~$call-register.xlsx", salesrhythm.CodeLockFile, "") {
		t.Error("the lock file was not skipped")
	}
}

// repack rewrites one part of a workbook, deflated, under a header that
// says what header makes of the real one: a wrong size or checksum.
func repack(t *testing.T, path, part string, body func([]byte) []byte, header func(h *zip.FileHeader)) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	found := false
	for _, f := range zr.File {
		if f.Name != part {
			if err := zw.Copy(f); err != nil {
				t.Fatal(err)
			}
			continue
		}
		found = true
		r, _ := f.Open()
		content, _ := io.ReadAll(r)
		r.Close()
		content = body(content)
		var packed bytes.Buffer
		fw, _ := flate.NewWriter(&packed, flate.BestCompression)
		fw.Write(content)
		fw.Close()
		h := &zip.FileHeader{Name: f.Name, Method: zip.Deflate, CRC32: crc32.ChecksumIEEE(content),
			CompressedSize64: uint64(packed.Len()), UncompressedSize64: uint64(len(content))}
		header(h)
		w, err := zw.CreateRaw(h)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(packed.Bytes())
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if !found {
		t.Fatalf("%s has no part %s", path, part)
	}
	os.WriteFile(path, buf.Bytes(), 0o644)
}

// TestDamagedPartsAreRejected: the reader verifies each part it reads as
// it first reads it, so a file whose data lies about its size or fails its
// checksum is rejected naming the part, and nothing read from it counts; a
// bomb is refused by its directory before anything is unpacked. A part the
// reader never reads (the theme) is never unpacked, and its damage does not
// cost the data.
func TestDamagedPartsAreRejected(t *testing.T) {
	same := func(b []byte) []byte { return b }
	tests := []struct {
		name   string
		part   string // "" for the Calls sheet
		body   func([]byte) []byte
		header func(h *zip.FileHeader)
		code   salesrhythm.Code
		msg    string // "" when the file is read
		sheet  string // the sheet the finding names, if any
	}{
		{"sheet with a bad checksum", "", same, func(h *zip.FileHeader) { h.CRC32 ^= 1 }, salesrhythm.CodeCorrupt, `the sheet "Calls" is damaged: part xl/worksheets/`, "Calls"},
		{"sheet holding more than it claims", "", same, func(h *zip.FileHeader) { h.UncompressedSize64 /= 2 }, salesrhythm.CodeCorrupt, "holds more than", "Calls"},
		{"sheet holding less than it claims", "", same, func(h *zip.FileHeader) { h.UncompressedSize64 *= 2 }, salesrhythm.CodeCorrupt, "is cut short", "Calls"},
		{"shared strings with a bad checksum", "xl/sharedStrings.xml", same, func(h *zip.FileHeader) { h.CRC32 ^= 1 }, salesrhythm.CodeCorrupt,
			"part xl/sharedStrings.xml is corrupt (checksum mismatch)", ""},
		{"styles with a bad checksum past the part read", "xl/styles.xml", same, func(h *zip.FileHeader) { h.CRC32 ^= 1 }, salesrhythm.CodeCorrupt,
			"part xl/styles.xml is corrupt", ""},
		{"sheet that is a zip bomb", "", func(b []byte) []byte { return append(b, make([]byte, 4*importer.RatioFrom)...) }, func(*zip.FileHeader) {},
			salesrhythm.CodeTooLarge, "times its packed size", ""},
		{"theme with a bad checksum, never read", "xl/theme/theme1.xml", same, func(h *zip.FileHeader) { h.CRC32 ^= 1 }, "", "", ""},
		{"app properties cut short, never read", "docProps/app.xml", same, func(h *zip.FileHeader) { h.UncompressedSize64 *= 2 }, "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in, path, part := callRegister(t, tt.part)
			repack(t, path, part, tt.body, tt.header)
			res := read(t, in.Dir, salesrhythm.English)
			var f importer.File
			for _, g := range res.Files {
				if g.Path == "anna/call-register.xlsx" {
					f = g
				}
			}
			if tt.msg == "" {
				if f.Status != importer.StatusRead || len(res.Calls) != 2 {
					t.Fatalf("%s: %s, %d calls; want it read", f.Status, f.Reason, len(res.Calls))
				}
				// Check, which vets a file before excelize opens it for a
				// feedback copy, still verifies every part.
				data, err := importer.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				if _, p := importer.Check(data); p == nil || p.Code != salesrhythm.CodeCorrupt || !strings.Contains(p.Msg, tt.part) {
					t.Errorf("Check: %v; want %s naming %s", p, salesrhythm.CodeCorrupt, tt.part)
				}
				return
			}
			if !sheetFinding(res.Findings, f.Path, tt.code, tt.sheet) {
				dump(t, res.Findings)
				t.Errorf("no %s finding on %s naming sheet %q", tt.code, f.Path, tt.sheet)
			}
			if f.Status != importer.StatusRejected || !strings.Contains(f.Reason, tt.msg) || !has(res.Findings, f.Path, tt.code, "") {
				dump(t, res.Findings)
				t.Fatalf("%s: %s; want it rejected with %s %q", f.Status, f.Reason, tt.code, tt.msg)
			}
			if len(res.Calls) != 0 || f.Rows != 0 {
				t.Errorf("%d calls, %d rows counted from a rejected file", len(res.Calls), f.Rows)
			}
			if len(res.Deals) != 2 {
				t.Errorf("the other files were not read: %d deals", len(res.Deals))
			}
		})
	}
}

// sheetFinding reports whether fs has a finding of code on file that names
// sheet (or no sheet, when sheet is "").
func sheetFinding(fs []salesrhythm.Finding, file string, code salesrhythm.Code, sheet string) bool {
	for _, f := range fs {
		if f.File == file && f.Code == code && f.Sheet == sheet {
			return true
		}
	}
	return false
}

// callRegister makes a test inbox and returns it with the path of Anna's
// call register and the name of its part, part or, when part is "", its
// Calls sheet's.
func callRegister(t *testing.T, part string) (testinbox.Inbox, string, string) {
	t.Helper()
	in := testinbox.Make(t, salesrhythm.English)
	path := filepath.Join(in.Dir, "anna/call-register.xlsx")
	if part == "" {
		part = sheetPart(t, path, "Calls")
	}
	return in, path, part
}

// TestLockFilesBelongToTheirWorkbooksMonth: the lock file of a workbook
// someone has open is noted in the months that read the workbook, not in
// every month's — Excel's ~$ in front of the name (or of all but its first
// two letters, for a longer one) and LibreOffice's .~lock.NAME#.
func TestLockFilesBelongToTheirWorkbooksMonth(t *testing.T) {
	in := testinbox.Make(t, salesrhythm.English)
	cfg := salesrhythm.Default()
	anna, _ := testinbox.Team().Person("M-001")
	var buf bytes.Buffer
	october := salesrhythm.Week(salesrhythm.D(2026, time.October, 5))
	if err := templates.Write(&buf, templates.Spec{Kind: salesrhythm.KindCallRegister, Person: anna, Period: october},
		templates.Options{Config: cfg, Schema: schema.New(cfg), Team: testinbox.Team()}); err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Join(in.Dir, "oct"), 0o755)
	os.WriteFile(filepath.Join(in.Dir, "oct", "call-register.xlsx"), buf.Bytes(), 0o644)
	for _, lock := range []string{"oct/~$call-register.xlsx", "oct/~$ll-register.xlsx", "anna/.~lock.call-register.xlsx#"} {
		os.WriteFile(filepath.Join(in.Dir, filepath.FromSlash(lock)), []byte("\x05Annaxxxx"), 0o644)
	}
	locks := func(m salesrhythm.Month) []string {
		res, err := importer.Read(context.Background(), in.Dir, m, importer.Options{Config: cfg, Schema: schema.New(cfg)})
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, f := range res.Findings {
			if f.Code == salesrhythm.CodeLockFile {
				out = append(out, f.File)
			}
		}
		slices.Sort(out)
		return out
	}
	if got := locks(testinbox.Nov); !slices.Equal(got, []string{"anna/.~lock.call-register.xlsx#"}) {
		t.Errorf("November's lock files %v, want Anna's November register's only", got)
	}
	if got := locks(salesrhythm.Month{Year: 2026, Month: time.October}); !slices.Equal(got, []string{"oct/~$call-register.xlsx", "oct/~$ll-register.xlsx"}) {
		t.Errorf("October's lock files %v", got)
	}
}

// TestAWorkbookNamedLikeALockFileIsRead: "~$plan.xlsx" holding a whole
// workbook is a copy someone named so, not Excel's lock file: it is read,
// not skipped with its values.
func TestAWorkbookNamedLikeALockFileIsRead(t *testing.T) {
	in := testinbox.Make(t, salesrhythm.English)
	if err := os.Rename(filepath.Join(in.Dir, "anna", "weekly-report.xlsx"), filepath.Join(in.Dir, "anna", "~$weekly-report.xlsx")); err != nil {
		t.Fatal(err)
	}
	res := read(t, in.Dir, salesrhythm.English)
	if has(res.Findings, "anna/~$weekly-report.xlsx", salesrhythm.CodeLockFile, "") || len(res.Records.Deals) != len(in.Want.Deals) {
		t.Errorf("a workbook named ~$weekly-report.xlsx: findings %v, %d deals read; want it read, with its %d deals", res.Findings, len(res.Records.Deals), len(in.Want.Deals))
	}
}
