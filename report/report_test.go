package report_test

import (
	"archive/zip"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"html"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"salesrhythm"
	"salesrhythm/analysis"
	"salesrhythm/importer"
	"salesrhythm/internal/officetest"
	"salesrhythm/internal/testinbox"
	"salesrhythm/internal/zipx"
	"salesrhythm/report"
	"salesrhythm/schema"

	"github.com/xuri/excelize/v2"
)

// fixture imports the test inbox and analyses it as the report command does.
func fixture(t testing.TB, l salesrhythm.Locale) report.Input {
	t.Helper()
	in := testinbox.Make(t, l)
	cfg := salesrhythm.Default()
	cfg.Locale = l
	res, err := importer.Read(context.Background(), in.Dir, testinbox.Nov, importer.Options{Config: cfg, Schema: schema.New(cfg)})
	if err != nil {
		t.Fatal(err)
	}
	a := analysis.Analyse(analysis.InputOf(testinbox.Nov, salesrhythm.D(2026, 12, 3), cfg, res.Records, res.Lent, res.Submissions, res.Findings))
	return report.Input{Config: cfg, Result: a, Plan: res.Plan, Sources: res.Files,
		Findings: a.Findings, Inbox: in.Dir, Open: importer.Open}
}

var update = flag.Bool("update", false, "rewrite the golden files")

// golden compares got with testdata/name; on a mismatch it writes
// testdata/name.got and shows where they differ.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		os.MkdirAll("testdata", 0o755)
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if bytes.Equal(got, want) {
		os.Remove(path + ".got")
		return
	}
	os.WriteFile(path+".got", got, 0o644)
	g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := range min(len(g), len(w)) {
		if g[i] != w[i] {
			t.Fatalf("%s differs at line %d:\n got %s\nwant %s\n(full output in %s.got; go test -update accepts it)", path, i+1, g[i], w[i], path)
		}
	}
	t.Fatalf("%s differs in length: %d lines, want %d (see %s.got)", path, len(g), len(w), path)
}

func TestSummaryJSON(t *testing.T) {
	in := fixture(t, salesrhythm.English)
	got, err := json.MarshalIndent(report.Summarise(in), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	// The fixture inbox lives in a temporary folder: paths are relative to it.
	golden(t, "summary.golden.json", append(got, '\n'))
}

func TestWorkbook(t *testing.T) {
	for _, l := range salesrhythm.Locales {
		t.Run(string(l), func(t *testing.T) {
			in := fixture(t, l)
			in.Findings = append(in.Findings, salesrhythm.Finding{File: "x.xlsx", Sheet: "Calls", Cell: "C5", Severity: salesrhythm.Warning,
				Code: salesrhythm.CodeNotInList, Raw: "=HYPERLINK(\"http://evil\")", Message: "@SUM(1+1) is not one of the list"})
			out := report.DefaultOutput(t.TempDir(), in.Result.Month)
			w, err := report.Write(in, out)
			if err != nil {
				t.Fatal(err)
			}
			if len(w.Charts) != 4 {
				t.Errorf("%d chart images, want 4", len(w.Charts))
			}
			for _, c := range w.Charts {
				if b, _ := os.ReadFile(c); !bytes.HasPrefix(b, []byte("\x89PNG")) {
					t.Errorf("%s is not a PNG", c)
				}
			}
			f, err := excelize.OpenFile(w.Workbook)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			want := map[salesrhythm.Locale][]string{
				salesrhythm.English: {"Summary", "Fulfilment", "Rankings", "Activity", "Client base", "Time use", "Compliance", "Trainings and visits",
					"Action items", "Roles", "Competences", "Submissions", "Data quality", "Sources", "Policy"},
				salesrhythm.Hungarian: {"Összefoglaló", "Tervteljesítés", "Rangsor", "Aktivitás", "Ügyfélkör", "Időfelhasználás", "Normakövetés", "Képzések és látogatások",
					"Feladatok", "Vezetői szerepek", "Kompetenciák", "Leadások", "Adatminőség", "Források", "Számítási szabályok"},
			}[l]
			dataQuality := want[12]
			if got := f.GetSheetList(); !slices.Equal(got, want) {
				t.Errorf("sheets %q, want %q", got, want)
			}
			found := 0
			for row := 1; row < 60; row++ {
				for _, col := range []string{"A", "D"} {
					if pics, _ := f.GetPictures(want[0], fmt.Sprint(col, row)); len(pics) == 1 {
						found++
					}
				}
			}
			if found != 4 {
				t.Errorf("Summary has %d pictures, want 4", found)
			}
			parts := zipParts(t, w.Workbook)
			charts, media := 0, 0
			for name, body := range parts {
				switch {
				case strings.HasPrefix(name, "xl/charts/chart"):
					charts++
				case strings.HasPrefix(name, "xl/media/"):
					media++
				case strings.HasPrefix(name, "xl/worksheets/sheet") && strings.Contains(body, "<f>"):
					t.Errorf("%s holds a formula: text from the inputs must stay text", name)
				}
			}
			if charts < 6 || media != 4 {
				t.Errorf("%d native charts and %d images, want at least 6 and 4", charts, media)
			}
			// Fulfilment is a percentage, coloured by band.
			style, _ := f.GetCellStyle(want[1], "G5")
			st, _ := f.GetStyle(style)
			if st == nil || st.CustomNumFmt == nil || *st.CustomNumFmt != salesrhythm.PercentFormat(1, l) || len(st.Fill.Color) == 0 {
				t.Errorf("Fulfilment!G5 style %+v, want a coloured percentage", st)
			}
			ref := fmt.Sprintf("F%d", 4+len(in.Findings))
			raw, _ := f.GetCellValue(dataQuality, ref)
			if formula, _ := f.GetCellFormula(dataQuality, ref); raw != `=HYPERLINK("http://evil")` || formula != "" {
				t.Errorf("Data quality!%s = %q (formula %q), want the raw text as text", ref, raw, formula)
			}
		})
	}
}

// opened opens the workbook a build returned, with the build's error,
// closed when the test ends.
func opened(t *testing.T, data []byte, err error) *excelize.File {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func zipParts(t *testing.T, path string) map[string]string {
	t.Helper()
	z, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	out := map[string]string{}
	for _, f := range z.File {
		r, _ := f.Open()
		b, _ := io.ReadAll(r)
		r.Close()
		out[f.Name] = string(b)
	}
	return out
}

func TestDeterministic(t *testing.T) {
	in := fixture(t, salesrhythm.Hungarian)
	a, _, err := report.Build(in, "feedback")
	if err != nil {
		t.Fatal(err)
	}
	for range 3 {
		b, _, _ := report.Build(in, "feedback")
		if !bytes.Equal(a, b) {
			t.Fatal("two builds of the same input differ")
		}
	}
}

// TestSameInboxAnyOrder copies the inbox into a new folder in reverse order
// (so the directory lists it differently) and expects the same report bytes.
func TestSameInboxAnyOrder(t *testing.T) {
	in := fixture(t, salesrhythm.English)
	first, _, err := report.Build(in, "fb")
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	filepath.WalkDir(in.Inbox, func(p string, d os.DirEntry, err error) error {
		if !d.IsDir() {
			files = append(files, p)
		}
		return nil
	})
	other := t.TempDir()
	for _, f := range slices.Backward(files) {
		rel, _ := filepath.Rel(in.Inbox, f)
		os.MkdirAll(filepath.Join(other, filepath.Dir(rel)), 0o755)
		b, _ := os.ReadFile(f)
		os.WriteFile(filepath.Join(other, rel), b, 0o644)
	}
	cfg := in.Config
	res, err := importer.Read(context.Background(), other, testinbox.Nov, importer.Options{Config: cfg, Schema: schema.New(cfg)})
	if err != nil {
		t.Fatal(err)
	}
	again := in
	again.Sources, again.Findings = res.Files, res.Findings
	second, _, _ := report.Build(again, "fb")
	if !bytes.Equal(first, second) {
		t.Fatal("the same inbox in another order gives another report")
	}
}

func TestLibreOfficeOpensTheReport(t *testing.T) {
	officetest.Soffice(t)
	in := fixture(t, salesrhythm.English)
	dir := t.TempDir()
	w, err := report.Write(in, report.DefaultOutput(dir, in.Result.Month))
	if err != nil {
		t.Fatal(err)
	}
	officetest.Convert(t, filepath.Join(dir, "pdf"), "pdf", w.Workbook)
}

// TestFailureKeepsThePreviousReport: when the charts folder cannot be made,
// the report fails, the previous workbook stays as it was and no temporary
// file is left.
func TestFailureKeepsThePreviousReport(t *testing.T) {
	in := fixture(t, salesrhythm.English)
	dir := t.TempDir()
	out := report.DefaultOutput(dir, in.Result.Month)
	if _, err := report.Write(in, out); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(out.Workbook)
	in.Config.Company = "Changed"
	os.RemoveAll(out.Charts)
	os.WriteFile(out.Charts, []byte("a file where the folder should be"), 0o644)
	if _, err := report.Write(in, out); err == nil {
		t.Fatal("no error writing under a file")
	}
	after, _ := os.ReadFile(out.Workbook)
	if !bytes.Equal(before, after) {
		t.Error("the previous report changed")
	}
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if strings.HasSuffix(p, ".tmp") {
			t.Errorf("temporary file left: %s", p)
		}
		return nil
	})
}

// TestFeedbackCopies: an input with findings gets a copy with the cells
// marked and commented; the input itself is untouched.
func TestFeedbackCopies(t *testing.T) {
	in := fixture(t, salesrhythm.English)
	file := "anna/call-register.xlsx"
	src := filepath.Join(in.Inbox, file)
	st0, _ := os.Stat(src)
	sum0 := sha(t, src)
	in.Findings = append(in.Findings,
		salesrhythm.Finding{File: file, Sheet: "Calls", Cell: "A6", Severity: salesrhythm.Error, Code: salesrhythm.CodeNotADate, Raw: "31.13.2026", Message: `"31.13.2026" is not a date`},
		salesrhythm.Finding{File: file, Sheet: "Calls", Cell: "6:6", Severity: salesrhythm.Warning, Code: salesrhythm.CodeOutsidePeriod, Message: "row outside the week"},
		salesrhythm.Finding{File: file, Severity: salesrhythm.Warning, Code: salesrhythm.CodeDuplicate, Message: "also submitted as b.xlsx"})
	dir := t.TempDir()
	out := report.DefaultOutput(dir, in.Result.Month)
	stale := filepath.Join(out.Feedback, "old", "fixed.xlsx")
	os.MkdirAll(filepath.Dir(stale), 0o755)
	os.WriteFile(stale, []byte("from last run"), 0o644)
	w, err := report.Write(in, out)
	if err != nil {
		t.Fatal(err)
	}
	if len(w.Feedback) != 1 || w.Feedback[0] != filepath.Join(out.Feedback, "anna", "call-register.xlsx") {
		t.Fatalf("feedback copies %v", w.Feedback)
	}
	if _, err := os.Stat(stale); err == nil {
		t.Error("a stale feedback copy was kept")
	}
	f, err := excelize.OpenFile(w.Feedback[0])
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if f.GetSheetName(0) != "Feedback" {
		t.Errorf("first sheet %q, want Feedback", f.GetSheetName(0))
	}
	// Each problem with what to do about it, as check says it.
	rows, _ := f.GetRows("Feedback")
	hinted := false
	for _, r := range rows {
		hinted = hinted || len(r) > 4 && r[4] == salesrhythm.HintOf(salesrhythm.CodeNotADate).En && salesrhythm.HintOf(salesrhythm.CodeNotADate).En != ""
	}
	if len(rows) < 3 || len(rows[2]) < 5 || rows[2][4] != "What to do" || !hinted {
		t.Errorf("the Feedback sheet %q lacks what to do about the date", rows)
	}
	// It prints one page wide: its columns are wider than a portrait page.
	if pl, _ := f.GetPageLayout("Feedback"); pl.Orientation == nil || *pl.Orientation != "landscape" || pl.FitToWidth == nil || *pl.FitToWidth != 1 {
		t.Errorf("the Feedback sheet prints %+v, want landscape, one page wide", pl)
	}
	if sp, _ := f.GetSheetProps("Feedback"); sp.FitToPage == nil || !*sp.FitToPage {
		t.Error("the Feedback sheet is not fitted to its page's width")
	}
	comments, _ := f.GetComments("Calls")
	if len(comments) != 1 || comments[0].Cell != "A6" || !strings.Contains(comments[0].Paragraph[0].Text, "not-a-date") ||
		!strings.Contains(comments[0].Paragraph[0].Text, "outside-period") {
		t.Errorf("comments %+v, want one on A6", comments)
	}
	// Each line says what was found and what to do, in words, then the code.
	if len(comments) == 1 && !strings.Contains(comments[0].Paragraph[0].Text,
		`"31.13.2026" is not a date – `+salesrhythm.HintOf(salesrhythm.CodeNotADate).En+" (not-a-date)") {
		t.Errorf("comment %q: want the message, what to do and the code", comments[0].Paragraph[0].Text)
	}
	style, _ := f.GetCellStyle("Calls", "A6")
	if s, _ := f.GetStyle(style); s == nil || len(s.Fill.Color) == 0 || s.CustomNumFmt == nil {
		t.Errorf("A6 style %+v: want highlighted and still a date", s)
	}
	st1, _ := os.Stat(src)
	if sha(t, src) != sum0 || !st1.ModTime().Equal(st0.ModTime()) {
		t.Error("the input changed")
	}
}

// TestNoFeedbackCopyOfASupersededInput: a copy a later one replaced is not
// counted and its author has handed the workbook in again, so it gets no
// feedback copy asking to fix and hand it in; the later copy gets its own.
func TestNoFeedbackCopyOfASupersededInput(t *testing.T) {
	in := fixture(t, salesrhythm.English)
	file := "anna/call-register.xlsx"
	found := false
	for i := range in.Sources {
		if in.Sources[i].Path == file {
			in.Sources[i].SupersededBy, found = "anna/call-register (2).xlsx", true
		}
	}
	if !found {
		t.Fatalf("the fixture has no %s", file)
	}
	in.Findings = append(in.Findings,
		salesrhythm.Finding{File: file, Sheet: "Calls", Cell: "A6", Severity: salesrhythm.Error, Code: salesrhythm.CodeNotADate, Message: "not a date"},
		salesrhythm.Finding{File: file, Severity: salesrhythm.Warning, Code: salesrhythm.CodeDuplicate, Message: "a later copy counts instead"})
	w, err := report.Write(in, report.DefaultOutput(t.TempDir(), in.Result.Month))
	if err != nil {
		t.Fatal(err)
	}
	if len(w.Feedback) != 0 || len(w.Unannotated) != 0 {
		t.Errorf("feedback copies %v, unannotated %v: want none for a superseded input", w.Feedback, w.Unannotated)
	}
}

func sha(t *testing.T, path string) string {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

// TestFeedbackCopyIsMarked: the copy names the input it was made from (its
// sha256) and carries the digest of its own parts, by which the importer
// knows it unchanged when it comes back.
func TestFeedbackCopyIsMarked(t *testing.T) {
	in := fixture(t, salesrhythm.English)
	file := "anna/call-register.xlsx"
	in.Findings = append(in.Findings, salesrhythm.Finding{File: file, Sheet: "Calls", Cell: "A6", Severity: salesrhythm.Error, Code: salesrhythm.CodeNotADate, Message: "not a date"})
	w, err := report.Write(in, report.DefaultOutput(t.TempDir(), in.Result.Month))
	if err != nil || len(w.Feedback) != 1 {
		t.Fatalf("feedback %v, %v", w.Feedback, err)
	}
	f, err := excelize.OpenFile(w.Feedback[0])
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	props, _ := f.GetCustomProps()
	got := map[string]any{}
	for _, p := range props {
		got[p.Name] = p.Value
	}
	if got[salesrhythm.FeedbackOf] != sha(t, filepath.Join(in.Inbox, file)) {
		t.Errorf("%s = %v, want the input's sha256", salesrhythm.FeedbackOf, got[salesrhythm.FeedbackOf])
	}
	data, _ := os.ReadFile(w.Feedback[0])
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	if want := zipx.Digest(z, salesrhythm.FeedbackPartsSkip); got[salesrhythm.FeedbackParts] != want {
		t.Errorf("%s = %v, want the copy's digest %s", salesrhythm.FeedbackParts, got[salesrhythm.FeedbackParts], want)
	}
	if got[schema.MetaKind] != "call-register" || got[schema.MetaPerson] != "M-001" {
		t.Errorf("the copy lost the input's own properties: %v", got)
	}
}

// TestFeedbackOpensInputsThroughTheImportersChecks: an input that turned
// into a zip bomb after it was read, and one that merely changed, get no
// copy, with the reason; the report and the other copies are written.
func TestFeedbackOpensInputsThroughTheImportersChecks(t *testing.T) {
	in := fixture(t, salesrhythm.English)
	bomb, changed, fine := "anna/call-register.xlsx", "anna/time-table.xlsx", "anna/weekly-report.xlsx"
	for _, file := range []string{bomb, changed, fine} {
		in.Findings = append(in.Findings, salesrhythm.Finding{File: file, Sheet: "Calls", Cell: "A6", Severity: salesrhythm.Warning, Code: salesrhythm.CodeNotADate, Message: "not a date"})
	}
	withPart := func(file, name string, data []byte) {
		t.Helper()
		path := filepath.Join(in.Inbox, file)
		src, err := zip.OpenReader(path)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		for _, f := range src.File {
			if err := zw.Copy(f); err != nil {
				t.Fatal(err)
			}
		}
		src.Close()
		w, _ := zw.Create(name)
		w.Write(data)
		zw.Close()
		os.WriteFile(path, buf.Bytes(), 0o644)
	}
	// 8 MiB of zeros pack into about 8 KiB: a thousand times, where a
	// sheet packs at most a hundred.
	withPart(bomb, "xl/media/zeros.bin", make([]byte, 8<<20))
	withPart(changed, "docProps/extra.xml", []byte("<x/>"))
	dir := t.TempDir()
	w, err := report.Write(in, report.DefaultOutput(dir, in.Result.Month))
	if err != nil {
		t.Fatal(err)
	}
	if len(w.Feedback) != 1 || w.Feedback[0] != filepath.Join(dir, "feedback", "2026-11", "anna", "weekly-report.xlsx") {
		t.Errorf("feedback copies %v, want the weekly report's only", w.Feedback)
	}
	reasons := map[string]string{}
	for _, u := range w.Unannotated {
		reasons[u.File] = u.Reason
	}
	if len(reasons) != 2 || !strings.Contains(reasons[bomb], "100 times its packed size") || !strings.Contains(reasons[changed], "changed after it was read") {
		t.Errorf("unannotated %v", w.Unannotated)
	}
	if _, err := os.Stat(w.Workbook); err != nil {
		t.Error(err)
	}
}

// TestFeedbackNeedsTheImportersOpener: without Input.Open no input is
// opened at all, rather than with excelize's own limits.
func TestFeedbackNeedsTheImportersOpener(t *testing.T) {
	in := fixture(t, salesrhythm.English)
	in.Open = nil
	in.Findings = append(in.Findings, salesrhythm.Finding{File: "anna/call-register.xlsx", Severity: salesrhythm.Error, Code: salesrhythm.CodeNotADate, Message: "not a date"})
	if _, err := report.Write(in, report.DefaultOutput(t.TempDir(), in.Result.Month)); err == nil || !strings.Contains(err.Error(), "Input.Open") {
		t.Errorf("err = %v", err)
	}
}

// TestNewSheets: the client base, the competence matrix coloured by stage
// and the role advice, in both languages, from the fixture inbox: Anna's
// two clients (Alfa active, Gamma a prospect), her talk with Lajos rating
// presence 4 and closing 2, and Lajos's self-assessment with every role
// below three YES.
func TestNewSheets(t *testing.T) {
	for _, l := range salesrhythm.Locales {
		t.Run(string(l), func(t *testing.T) {
			in := fixture(t, l)
			data, _, err := report.Build(in, "feedback")
			f := opened(t, data, err)
			name := func(en, hu string) string { return salesrhythm.T(en, hu).In(l) }
			clients, comp, roles := name("Client base", "Ügyfélkör"), name("Competences", "Kompetenciák"), name("Roles", "Vezetői szerepek")
			for _, c := range []struct{ sheet, cell, want string }{
				{clients, "A5", "M-001"}, {clients, "D5", "2"}, {clients, "E5", "1"}, {clients, "F5", "1"},
				{comp, "A5", "M-001"}, {comp, "E5", "4"}, {comp, "L5", "2"}, {comp, "F5", ""},
			} {
				if got, _ := f.GetCellValue(c.sheet, c.cell); got != c.want {
					t.Errorf("%s!%s = %q, want %q", c.sheet, c.cell, got, c.want)
				}
			}
			id, _ := f.GetCellStyle(comp, "E5")
			if st, _ := f.GetStyle(id); st == nil || len(st.Fill.Color) == 0 || st.Fill.Color[0] != "C6EFCE" {
				t.Errorf("stage 4 is not coloured green: %+v", st)
			}
			rows, _ := f.GetRows(roles)
			advice := 0
			for _, r := range rows {
				if len(r) > 6 && r[0] == "L-01" && strings.Contains(r[6], in.Config.Assessment.Questions[1].Text.In(l)) {
					advice++
				}
			}
			if advice != 1 {
				t.Errorf("the Roles sheet lists question 2 among the open ones of L-01 %d times, want once", advice)
			}
			summary, _ := f.GetRows(f.GetSheetName(0))
			weakest := false
			for _, r := range summary {
				weakest = weakest || len(r) > 1 && r[0] == name("Weakest leader role", "Leggyengébb vezetői szerep") && r[1] != ""
			}
			if !weakest {
				t.Error("the Summary does not name the weakest leader role")
			}
		})
	}
}

// TestHeadersFitTheirWords: in both languages, every table header's column
// is wide enough for its longest word, so that a header wraps between words
// and never breaks one ("Üzletkötés|ek %"), and its row is tall enough for
// the lines it wraps to.
func TestHeadersFitTheirWords(t *testing.T) {
	for _, l := range salesrhythm.Locales {
		t.Run(string(l), func(t *testing.T) {
			in := fixture(t, l)
			w, err := report.Write(in, report.DefaultOutput(t.TempDir(), in.Result.Month))
			if err != nil {
				t.Fatal(err)
			}
			f, err := excelize.OpenFile(w.Workbook)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			headers := 0
			for _, sheet := range f.GetSheetList() {
				tables, _ := f.GetTables(sheet)
				for _, tb := range tables {
					from, _, _ := strings.Cut(tb.Range, ":")
					c0, row, _ := excelize.CellNameToCoordinates(from)
					to := tb.Range[strings.Index(tb.Range, ":")+1:]
					c1, _, _ := excelize.CellNameToCoordinates(to)
					height, _ := f.GetRowHeight(sheet, row)
					for c := c0; c <= c1; c++ {
						name, _ := excelize.CoordinatesToCellName(c, row)
						title, _ := f.GetCellValue(sheet, name)
						col, _ := excelize.ColumnNumberToName(c)
						width, _ := f.GetColWidth(sheet, col)
						headers++
						longest := 0
						for _, w := range strings.Fields(title) {
							longest = max(longest, utf8.RuneCountInString(w))
						}
						if width < float64(longest)*1.1+1 {
							t.Errorf("%s!%s %q: width %.1f breaks a word of %d letters", sheet, name, title, width, longest)
						}
						if lines := float64(utf8.RuneCountInString(title)) / width; height < 15*lines {
							t.Errorf("%s!%s %q: row %.0f points tall for about %.1f lines", sheet, name, title, height, lines)
						}
					}
				}
			}
			if headers < 100 {
				t.Errorf("only %d headers checked", headers)
			}
		})
	}
}

// TestFeedbackCopyInItsAuthorsLanguage: a copy goes back to the author of
// a Hungarian workbook in Hungarian — its sheet, headers and comments —
// even from a report run in English.
func TestFeedbackCopyInItsAuthorsLanguage(t *testing.T) {
	in := fixture(t, salesrhythm.Hungarian)
	in.Config.Locale = salesrhythm.English
	file := "anna/call-register.xlsx"
	f0 := salesrhythm.Finding{File: file, Sheet: "Hívások", Cell: "A6", Severity: salesrhythm.Error, Code: salesrhythm.CodeNotADate}
	f0.Say(salesrhythm.Msg("%s is not a date", "%s nem dátum"), salesrhythm.Quote("dec. 3."))
	f0.Localise(salesrhythm.English)
	in.Findings = append(in.Findings, f0)
	w, err := report.Write(in, report.DefaultOutput(t.TempDir(), in.Result.Month))
	if err != nil {
		t.Fatal(err)
	}
	if len(w.Feedback) != 1 {
		t.Fatalf("feedback copies %v", w.Feedback)
	}
	f, err := excelize.OpenFile(w.Feedback[0])
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheet := salesrhythm.FeedbackSheet.Hu
	if f.GetSheetName(0) != sheet {
		t.Errorf("first sheet %q, want %q", f.GetSheetName(0), sheet)
	}
	if v, _ := f.GetCellValue(sheet, "D4"); v != "„dec. 3.” nem dátum" {
		t.Errorf("Feedback!D4 = %q, want the Hungarian message", v)
	}
	if head, _ := f.GetCellValue(sheet, "D3"); head != "Probléma" {
		t.Errorf("Feedback!D3 = %q", head)
	}
	comments, _ := f.GetComments("Hívások")
	if len(comments) != 1 || !strings.Contains(comments[0].Paragraph[0].Text, "„dec. 3.” nem dátum") {
		t.Errorf("comments %+v, want the Hungarian message", comments)
	}
}

// TestSummaryFitsOnePage: the Summary prints on one page, one wide and one
// tall, in both languages, and its figure column holds the weakest role's
// name whole, or wraps it in a row tall enough.
func TestSummaryFitsOnePage(t *testing.T) {
	for _, l := range salesrhythm.Locales {
		in := fixture(t, l)
		w, err := report.Write(in, report.DefaultOutput(t.TempDir(), in.Result.Month))
		if err != nil {
			t.Fatal(err)
		}
		f, err := excelize.OpenFile(w.Workbook)
		if err != nil {
			t.Fatal(err)
		}
		sheet := f.GetSheetName(0)
		pl, err := f.GetPageLayout(sheet)
		if err != nil || pl.FitToWidth == nil || *pl.FitToWidth != 1 || pl.FitToHeight == nil || *pl.FitToHeight != 1 {
			t.Errorf("%s: page layout %+v, want fitted to 1 × 1 page", l, pl)
		}
		width, _ := f.GetColWidth(sheet, "B")
		rows, _ := f.GetRows(sheet)
		found := false
		for i, r := range rows {
			if len(r) < 2 || r[0] != (salesrhythm.Text{En: "Weakest leader role", Hu: "Leggyengébb vezetői szerep"}).In(l) {
				continue
			}
			found = true
			n := float64(utf8.RuneCountInString(r[1]))
			height, _ := f.GetRowHeight(sheet, i+1)
			if width < min(40, n*1.3) || n*1.45 > width && height < 20*n*1.45/width {
				t.Errorf("%s: %q in a column %.0f wide, a row %.0f tall", l, r[1], width, height)
			}
		}
		if !found {
			t.Errorf("%s: no weakest role on the Summary", l)
		}
		f.Close()
	}
}

// TestChartAxesAreFormatted: every value axis of the workbook's native
// charts reads as its cells do, grouped or in per cent, never 14000000.
func TestChartAxesAreFormatted(t *testing.T) {
	for _, l := range []salesrhythm.Locale{salesrhythm.English, salesrhythm.Hungarian} {
		data, _, err := report.Build(fixture(t, l), "feedback")
		if err != nil {
			t.Fatal(err)
		}
		axes := regexp.MustCompile(`(?s)<(?:c:)?valAx>.*?</(?:c:)?valAx>`)
		code := regexp.MustCompile(`<(?:c:)?numFmt formatCode="([^"]*)" sourceLinked="(?:0|false)"`)
		charts := partsOf(t, data, "xl/charts/chart")
		for name, body := range charts {
			for _, ax := range axes.FindAllString(body, -1) {
				m := code.FindStringSubmatch(ax)
				if want := []string{salesrhythm.NumberFormat(0, l), salesrhythm.PercentFormat(0, l)}; m == nil || !slices.Contains(want, html.UnescapeString(m[1])) {
					t.Errorf("%s %s: value axis %.300s…, want the format %q", l, name, ax, want)
				}
			}
		}
		if len(charts) == 0 {
			t.Errorf("%s: no native chart to check", l)
		}
	}
}

// TestPathsFitTheirColumn: a column of file paths grows to fit a path
// longer than other texts may be, so that the path is not cut short.
func TestPathsFitTheirColumn(t *testing.T) {
	in := fixture(t, salesrhythm.English)
	long := "2026-11/L-161 Pintér Krisztina/one-on-one_L-161_2026-11_M-0962_2.xlsx"
	in.Sources[0].Path = long
	data, _, err := report.Build(in, "feedback")
	f := opened(t, data, err)
	if w, _ := f.GetColWidth("Sources", "A"); w < float64(utf8.RuneCountInString(long)) {
		t.Errorf("the Sources sheet's File column is %.0f wide, too narrow for %q", w, long)
	}
	if w, _ := f.GetColWidth("Sources", "I"); w > 48 {
		t.Errorf("the Reason column grew to %.0f, wider than texts do", w)
	}
}

// TestHeldSheetsAreWrittenAsSet builds the monthly workbook with its sheets
// held and streamed, as it is written, and with them written straight in,
// and expects the same cells, styles, sizes, merges, panes and tables.
func TestHeldSheetsAreWrittenAsSet(t *testing.T) {
	in := fixture(t, salesrhythm.Hungarian)
	heldData, _, err := report.Build(in, "feedback")
	held := opened(t, heldData, err)
	colsInOrder(t, heldData)
	straightData, _, err := report.BuildStraight(in, "feedback")
	straight := opened(t, straightData, err)
	if h, s := held.GetSheetList(), straight.GetSheetList(); !slices.Equal(h, s) {
		t.Fatalf("sheets %q, written straight %q", h, s)
	}
	for _, sheet := range held.GetSheetList() {
		hr, _ := held.GetRows(sheet)
		sr, _ := straight.GetRows(sheet)
		if len(hr) != len(sr) {
			t.Errorf("%s: %d rows, written straight %d", sheet, len(hr), len(sr))
			continue
		}
		cols := 0
		for _, r := range sr {
			cols = max(cols, len(r))
		}
		for row := 1; row <= len(sr); row++ {
			if h, s := heightOf(held, sheet, row), heightOf(straight, sheet, row); h != s {
				t.Errorf("%s: row %d is %v high, written straight %v", sheet, row, h, s)
			}
			for col := 1; col <= cols+1; col++ {
				ref, _ := excelize.CoordinatesToCellName(col, row)
				hv, _ := held.GetCellValue(sheet, ref)
				sv, _ := straight.GetCellValue(sheet, ref)
				hs, _ := held.GetCellStyle(sheet, ref)
				ss, _ := straight.GetCellStyle(sheet, ref)
				if hv != sv || hs != ss {
					t.Errorf("%s!%s: %q in style %d, written straight %q in style %d", sheet, ref, hv, hs, sv, ss)
				}
			}
		}
		for col := 1; col <= cols+1; col++ {
			name, _ := excelize.ColumnNumberToName(col)
			hw, _ := held.GetColWidth(sheet, name)
			sw, _ := straight.GetColWidth(sheet, name)
			if hw != sw {
				t.Errorf("%s: column %s is %v wide, written straight %v", sheet, name, hw, sw)
			}
		}
		hm, _ := held.GetMergeCells(sheet)
		sm, _ := straight.GetMergeCells(sheet)
		if fmt.Sprint(hm) != fmt.Sprint(sm) {
			t.Errorf("%s: merged %v, written straight %v", sheet, hm, sm)
		}
		hp, _ := held.GetPanes(sheet)
		sp, _ := straight.GetPanes(sheet)
		if fmt.Sprint(hp) != fmt.Sprint(sp) {
			t.Errorf("%s: panes %v, written straight %v", sheet, hp, sp)
		}
		if h, s := tablesOf(held, sheet), tablesOf(straight, sheet); h != s {
			t.Errorf("%s: tables %s, written straight %s", sheet, h, s)
		}
	}
	sameDrawings(t, "the monthly workbook", heldData, straightData)
}

// TestHeldScorecardIsWrittenAsSet: a scorecard, whose sheet is held, has
// the cells and row heights it has when written straight in, and each
// chart spans as many pixels of the finished sheet as it was added at:
// excelize places a chart's far corner by the widths and heights of the
// cells it spans, so a held sheet adds its charts once they are set.
func TestHeldScorecardIsWrittenAsSet(t *testing.T) {
	in := fixture(t, salesrhythm.Hungarian)
	cards := analysis.Scorecards(in.Result, nil)
	if len(cards) == 0 {
		t.Fatal("no scorecards")
	}
	charts := 0
	for _, c := range cards {
		held, err := report.BuildScorecard(in.Config, c)
		hf := opened(t, held, err)
		straight, err := report.BuildScorecardStraight(in.Config, c)
		sf := opened(t, straight, err)
		sheet := hf.GetSheetList()[0]
		hr, _ := hf.GetRows(sheet)
		sr, _ := sf.GetRows(sheet)
		if fmt.Sprint(hr) != fmt.Sprint(sr) {
			t.Errorf("%s: rows %q, written straight %q", c.Person.ID, hr, sr)
		}
		for row := 1; row <= len(sr); row++ {
			if h, s := heightOf(hf, sheet, row), heightOf(sf, sheet, row); h != s {
				t.Errorf("%s: row %d is %v high, written straight %v", c.Person.ID, row, h, s)
			}
		}
		sizes := chartSizes(t, hf, sheet, held)
		charts += len(sizes)
		for _, sz := range sizes {
			if !slices.Contains([][2]int{{480, 260}, {420, 300}}, sz) {
				t.Errorf("%s: a chart spans %d × %d pixels of its sheet, not the size it was added at", c.Person.ID, sz[0], sz[1])
			}
		}
	}
	if charts == 0 {
		t.Error("no scorecard has a chart")
	}
}

// chartAnchors are the corners of every chart of a workbook's drawings
// (pictures left out): from column, offset, row, offset, then to.
func chartAnchors(t *testing.T, data []byte) [][8]int {
	t.Helper()
	anchor := regexp.MustCompile(`<xdr:from><xdr:col>(\d+)</xdr:col><xdr:colOff>(\d+)</xdr:colOff><xdr:row>(\d+)</xdr:row><xdr:rowOff>(\d+)</xdr:rowOff></xdr:from><xdr:to><xdr:col>(\d+)</xdr:col><xdr:colOff>(\d+)</xdr:colOff><xdr:row>(\d+)</xdr:row><xdr:rowOff>(\d+)</xdr:rowOff></xdr:to>`)
	var out [][8]int
	for _, body := range partsOf(t, data, "xl/drawings/drawing") {
		for _, a := range strings.Split(body, "</xdr:twoCellAnchor>") {
			m := anchor.FindStringSubmatch(a)
			if m == nil || !strings.Contains(a, "<xdr:graphicFrame") { // a picture, not a chart
				continue
			}
			var n [8]int
			for i := range n {
				n[i], _ = strconv.Atoi(m[i+1])
			}
			out = append(out, n)
		}
	}
	return out
}

// chartSizes is how many pixels wide and high each chart of a sheet spans,
// by the widths and heights of the columns and rows its anchor covers, as
// excelize counts them (a column 8 pixels a character, 64 unless set; a
// row 4/3.4 pixels a point).
func chartSizes(t *testing.T, f *excelize.File, sheet string, data []byte) [][2]int {
	t.Helper()
	colPx := func(col int) int {
		name, _ := excelize.ColumnNumberToName(col)
		w, _ := f.GetColWidth(sheet, name)
		if w == 9.140625 { // excelize's default
			return 64
		}
		return int(w*8 + 0.5)
	}
	rowPx := func(row int) int {
		h, _ := f.GetRowHeight(sheet, row)
		return int(math.Ceil(4.0 / 3.4 * h))
	}
	var out [][2]int
	for _, n := range chartAnchors(t, data) {
		const emu = 9525 // a pixel
		w, h := n[5]/emu-n[1]/emu, n[7]/emu-n[3]/emu
		for c := n[0]; c < n[4]; c++ {
			w += colPx(c + 1)
		}
		for row := n[2]; row < n[6]; row++ {
			h += rowPx(row + 1)
		}
		out = append(out, [2]int{w, h})
	}
	return out
}

// farCorner is where a drawing's chart ends.
var farCorner = regexp.MustCompile(`<xdr:to>.*?</xdr:to>`)

// sameDrawings fails unless two workbooks have the same drawings and
// charts, part by part: the cell each chart starts at, and what it shows.
// Where it ends may differ: a held sheet places it by the widths and
// heights the sheet ends with, a sheet written straight by those set when
// the chart was added.
func sameDrawings(t *testing.T, what string, a, b []byte) {
	t.Helper()
	parts := func(data []byte) map[string]string {
		out := partsOf(t, data, "xl/drawings/", "xl/charts/")
		for name, body := range out {
			out[name] = farCorner.ReplaceAllString(body, "")
		}
		return out
	}
	pa, pb := parts(a), parts(b)
	if len(pa) == 0 {
		t.Errorf("%s: no drawings", what)
	}
	for name, body := range pb {
		if pa[name] != body {
			t.Errorf("%s: %s differs from the one written straight:\n%s\nwritten straight:\n%s", what, name, pa[name], body)
		}
	}
	if len(pa) != len(pb) {
		t.Errorf("%s: %d drawing and chart parts, written straight %d", what, len(pa), len(pb))
	}
}

// colsInOrder fails unless every sheet of a workbook lists its columns'
// widths in order, as Excel wants them.
func colsInOrder(t *testing.T, data []byte) {
	t.Helper()
	colMin := regexp.MustCompile(`<col [^>]*?min="(\d+)"`)
	for name, body := range partsOf(t, data, "xl/worksheets/sheet") {
		last := 0
		for _, m := range colMin.FindAllStringSubmatch(body, -1) {
			n, _ := strconv.Atoi(m[1])
			if n <= last {
				t.Errorf("%s: column %d listed after column %d", name, n, last)
			}
			last = n
		}
	}
}

func tablesOf(f *excelize.File, sheet string) string {
	tables, _ := f.GetTables(sheet)
	var out []string
	for _, t := range tables {
		out = append(out, t.Name+" "+t.Range+" "+t.StyleName)
	}
	return strings.Join(out, ", ")
}

func heightOf(f *excelize.File, sheet string, row int) float64 {
	h, _ := f.GetRowHeight(sheet, row)
	return h
}

// partsOf is the body of every part of a workbook whose name starts with
// one of prefixes, by its name.
func partsOf(t *testing.T, data []byte, prefixes ...string) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, p := range officetest.Parts(t, data) {
		if slices.ContainsFunc(prefixes, func(x string) bool { return strings.HasPrefix(p.Name, x) }) {
			out[p.Name] = p.Body
		}
	}
	return out
}

// TestScorecardOfAMonthInProgress: as of a day before the month's end, a
// scorecard says the month is in progress, and that its standing is on
// the pace.
func TestScorecardOfAMonthInProgress(t *testing.T) {
	in := fixture(t, salesrhythm.English)
	in.Result.AsOf = in.Result.Month.First().AddDays(9)
	for _, c := range analysis.Scorecards(in.Result, nil) {
		if c.Person.Rank == nil {
			continue
		}
		data, err := report.BuildScorecard(in.Config, c)
		f := opened(t, data, err)
		rows, _ := f.GetRows(f.GetSheetList()[0])
		text := fmt.Sprint(rows)
		if !strings.Contains(text, "the month is in progress") || !strings.Contains(text, "on the ranking metric's pace") {
			t.Errorf("%s's scorecard as of %s does not say the month is in progress:\n%s", c.Person.ID, in.Result.AsOf, text)
		}
		return
	}
	t.Fatal("no ranked person's scorecard")
}

// TestReportOfAMonthInProgressSaysSo: as of a day before the month's end,
// the monthly workbook's title says it is of the month so far.
func TestReportOfAMonthInProgressSaysSo(t *testing.T) {
	in := fixture(t, salesrhythm.English)
	in.Result.AsOf = in.Result.Month.First().AddDays(9)
	data, _, err := report.Build(in, t.TempDir())
	f := opened(t, data, err)
	if title, _ := f.GetCellValue(f.GetSheetName(0), "A1"); !strings.HasSuffix(title, "so far, as of 2026-11-10") {
		t.Errorf("title %q, want it to say the month so far", title)
	}
}
