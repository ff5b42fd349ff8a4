package importer_test

import (
	"archive/zip"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"salesrhythm"
	"salesrhythm/importer"
	"salesrhythm/internal/officetest"
	"salesrhythm/internal/testinbox"
	"salesrhythm/schema"
	"salesrhythm/templates"
)

func read(t *testing.T, dir string, l salesrhythm.Locale) *importer.Result {
	t.Helper()
	cfg := salesrhythm.Default()
	cfg.Locale = l
	res, err := importer.Read(context.Background(), dir, testinbox.Nov, importer.Options{Config: cfg, Schema: schema.New(cfg)})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// compare checks the records read against what was filled in. Refs are
// compared by file and row only when exact is set: a re-save renames files.
func compare(t *testing.T, got importer.Records, want importer.Records, exact bool) {
	t.Helper()
	if !exact {
		got, want = stripRefs(got), stripRefs(want)
	}
	if !reflect.DeepEqual(got.Plan, want.Plan) {
		t.Errorf("plan:\n got %+v\nwant %+v", got.Plan, want.Plan)
	}
	for _, c := range []struct {
		name      string
		got, want any
	}{
		{"calls", got.Calls, want.Calls}, {"deals", got.Deals, want.Deals}, {"funnels", got.Funnels, want.Funnels},
		{"outlooks", got.Outlooks, want.Outlooks}, {"slots", got.Slots, want.Slots}, {"events", got.Events, want.Events},
		{"actions", got.Actions, want.Actions}, {"assessments", got.Assessments, want.Assessments},
		{"clients", got.Clients, want.Clients}, {"one-on-ones", got.OneOnOnes, want.OneOnOnes},
		{"ratings", got.Ratings, want.Ratings}, {"next steps", got.NextSteps, want.NextSteps},
	} {
		g, w := reflect.ValueOf(c.got), reflect.ValueOf(c.want)
		if g.Len() != w.Len() {
			t.Errorf("%s: %d records, want %d", c.name, g.Len(), w.Len())
		}
		for i := range min(g.Len(), w.Len()) {
			if !reflect.DeepEqual(g.Index(i).Interface(), w.Index(i).Interface()) {
				t.Errorf("%s[%d]:\n got %+v\nwant %+v", c.name, i, g.Index(i).Interface(), w.Index(i).Interface())
				break
			}
		}
	}
}

func TestRoundTrip(t *testing.T) {
	for _, l := range salesrhythm.Locales {
		t.Run(string(l), func(t *testing.T) {
			in := testinbox.Make(t, l)
			roundTrip(t, in, l)
		})
	}
}

func roundTrip(t *testing.T, in testinbox.Inbox, l salesrhythm.Locale) {
	t.Helper()
	res := read(t, in.Dir, l)
	for _, f := range res.Findings {
		t.Errorf("unexpected finding: %s", f)
	}
	compare(t, res.Records, in.Want, true)
	for _, f := range res.Files {
		if f.Status != importer.StatusRead || f.RecognisedBy != importer.ByProperties {
			t.Errorf("%s: %s by %q", f.Path, f.Status, f.RecognisedBy)
		}
	}
}

// TestLibreOfficeResave: what LibreOffice re-saves imports identically.
func TestLibreOfficeResave(t *testing.T) {
	officetest.Soffice(t)
	resave(t, testinbox.Make(t, salesrhythm.Hungarian))
}

func resave(t *testing.T, in testinbox.Inbox) {
	out := t.TempDir()
	var srcs []string
	filepath.WalkDir(in.Dir, func(p string, d os.DirEntry, err error) error {
		if !d.IsDir() {
			srcs = append(srcs, p)
		}
		return nil
	})
	for i, p := range srcs {
		// LibreOffice names outputs by base name; keep them apart.
		flat := filepath.Join(t.TempDir(), strings.ReplaceAll(must(filepath.Rel(in.Dir, p)), "/", "_"))
		os.WriteFile(flat, mustRead(p), 0o644)
		srcs[i] = flat
	}
	officetest.Convert(t, out, "xlsx:Calc MS Excel 2007 XML", srcs...)
	res := read(t, out, salesrhythm.Hungarian)
	for _, f := range res.Findings {
		t.Errorf("unexpected finding after the re-save: %s", f)
	}
	compare(t, res.Records, in.Want, false)
}

// TestOpenpyxlRewrite: what openpyxl loads and saves imports identically.
func TestOpenpyxlRewrite(t *testing.T) {
	officetest.Python(t)
	in := testinbox.Make(t, salesrhythm.English)
	var files []string
	filepath.WalkDir(in.Dir, func(p string, d os.DirEntry, err error) error {
		if !d.IsDir() {
			files = append(files, p)
		}
		return nil
	})
	officetest.Openpyxl(t, "for p in sys.argv[1:]:\n    wb = openpyxl.load_workbook(p)\n    wb.save(p)\n", files...)
	res := read(t, in.Dir, salesrhythm.English)
	for _, f := range res.Findings {
		t.Errorf("unexpected finding after openpyxl: %s", f)
	}
	compare(t, res.Records, in.Want, true)
}

func stripRefs(r importer.Records) importer.Records {
	clear := func(v reflect.Value) {
		for i := range v.Len() {
			f := v.Index(i).FieldByName("Ref")
			f.Set(reflect.Zero(f.Type()))
		}
	}
	for _, s := range []any{&r.Calls, &r.Deals, &r.Funnels, &r.Outlooks, &r.Slots, &r.Clients, &r.Events, &r.Actions, &r.OneOnOnes, &r.Ratings, &r.NextSteps, &r.Assessments} {
		v := reflect.ValueOf(s).Elem()
		c := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		reflect.Copy(c, v)
		clear(c)
		v.Set(c)
	}
	return r
}

func must(s string, err error) string {
	if err != nil {
		panic(err)
	}
	return s
}

func mustRead(p string) []byte {
	b, err := os.ReadFile(p)
	if err != nil {
		panic(err)
	}
	return b
}

// TestBlankAnswerIsAWarning: a self-assessment question left blank reads
// as not answered, and a warning at its cell tells the leader, in their
// language, that the answer is required.
func TestBlankAnswerIsAWarning(t *testing.T) {
	for _, l := range salesrhythm.Locales {
		in := testinbox.Make(t, l)
		sheet := schema.New(salesrhythm.Default()).Kind(salesrhythm.KindAssessment).Sheet("questions").Name.In(l)
		at := fmt.Sprintf("C%d", templates.FirstRow+1) // the second question's answer
		edit(t, filepath.Join(in.Dir, "lajos", "assessment.xlsx"), func(f *excelize.File) {
			if err := f.SetCellValue(sheet, at, nil); err != nil {
				t.Fatal(err)
			}
		})
		res := read(t, in.Dir, l)
		if len(res.Findings) != 1 {
			t.Fatalf("%s: findings %v, want the blank answer's", l, res.Findings)
		}
		f := res.Findings[0]
		want := map[salesrhythm.Locale]string{salesrhythm.English: "answer is required but empty; the question counts as not answered: choose Yes or No",
			salesrhythm.Hungarian: "kötelező kitölteni, de üres: Válasz; a kérdés megválaszolatlannak számít: válassza az Igen vagy a Nem választ"}[l]
		if f.Sheet != sheet || f.Cell != at || f.Code != salesrhythm.CodeMissingCell || f.Severity != salesrhythm.Warning || f.Message != want {
			t.Errorf("%s: finding %s, want a warning %q at %s!%s", l, f, want, sheet, at)
		}
		if got := res.Records.Assessments[0].Answers; got[1] != salesrhythm.Unanswered || got[0] != salesrhythm.Yes {
			t.Errorf("%s: answers %v, want the second not answered", l, got)
		}
		// December reads November's assessment for the change in role
		// scores, not to report its problems a second time.
		cfg := salesrhythm.Default()
		cfg.Locale = l
		dec, err := importer.Read(context.Background(), in.Dir, testinbox.Nov.Add(1), importer.Options{Config: cfg, Schema: schema.New(cfg)})
		if err != nil {
			t.Fatal(err)
		}
		if len(dec.Records.Assessments) != 1 {
			t.Errorf("%s: December read %d assessments, want November's", l, len(dec.Records.Assessments))
		}
		for _, f := range dec.Findings {
			if f.File != "" {
				t.Errorf("%s: December's findings hold November's %s", l, f)
			}
		}
	}
}

// TestFormulaOpenpyxlNeverCalculated: openpyxl saves a formula it was given
// with an empty value, <f>…</f><v></v>. That is a formula never calculated,
// whose amount is unknown, not a deal of 0.
func TestFormulaOpenpyxlNeverCalculated(t *testing.T) {
	in := testinbox.Make(t, salesrhythm.English)
	path := filepath.Join(in.Dir, "anna", "weekly-report.xlsx")
	amount := regexp.MustCompile(`<c r="E5"([^>]*)><v>1250000</v></c>`)
	product := regexp.MustCompile(`<c r="D5"[^>]*>.*?</c>`) // "Software"
	found := false
	for i := 1; i <= 20 && !found; i++ {
		repack(t, path, fmt.Sprintf("xl/worksheets/sheet%d.xml", i), func(b []byte) []byte {
			if found = amount.Match(b); !found {
				return b
			}
			// A text formula whose answer is empty (t="str") is that answer.
			b = product.ReplaceAll(b, []byte(`<c r="D5" t="str"><f>""</f><v></v></c>`))
			return amount.ReplaceAll(b, []byte(`<c r="E5"$1><f>2*625000</f><v></v></c>`))
		}, func(*zip.FileHeader) {})
	}
	if !found {
		t.Fatal("no sheet of the weekly report holds the deal's amount at E5")
	}
	res := read(t, in.Dir, salesrhythm.English)
	if !has(res.Findings, "anna/weekly-report.xlsx", salesrhythm.CodeFormulaNoValue, "E5") || has(res.Findings, "anna/weekly-report.xlsx", salesrhythm.CodeFormulaNoValue, "D5") {
		t.Errorf("findings %v, want the formula at E5 never calculated, and D5's empty text its answer", res.Findings)
	}
	if len(res.Records.Deals) == 0 || res.Records.Deals[0].ProductLine != "" {
		t.Errorf("deals %+v, want the first with no product line", res.Records.Deals)
	}
}

// TestEveryoneAmongTheParticipants: "mindenki" typed among an event's
// participants is every direct report of the log's leader, with a note.
func TestEveryoneAmongTheParticipants(t *testing.T) {
	in := testinbox.Make(t, salesrhythm.Hungarian)
	sheet := schema.New(salesrhythm.Default()).Kind(salesrhythm.KindManagementLog).Sheet("events").Name.In(salesrhythm.Hungarian)
	edit(t, filepath.Join(in.Dir, "lajos", "log.xlsx"), func(f *excelize.File) {
		if err := f.SetCellValue(sheet, "E5", "Mindenki"); err != nil {
			t.Fatal(err)
		}
	})
	res := read(t, in.Dir, salesrhythm.Hungarian)
	if got := res.Records.Events[0].Participants; !slices.Equal(got, []string{"M-001", "M-002"}) {
		t.Errorf("the morning meeting's participants %v, want L-01's reports M-001 and M-002", got)
	}
	if len(res.Findings) != 1 || res.Findings[0].Code != salesrhythm.CodeWholeTeam || res.Findings[0].Severity != salesrhythm.Info || res.Findings[0].Cell != "E5" {
		t.Errorf("findings %v, want the whole-team note at E5", res.Findings)
	}
}

// TestAnActivityTypedByItsStartCostsNothing: "Ügyfél" typed for
// Ügyféltalálkozó in a time table is that activity, with a note that keeps
// nothing out of the figures.
func TestAnActivityTypedByItsStartCostsNothing(t *testing.T) {
	in := testinbox.Make(t, salesrhythm.Hungarian)
	sheet := schema.New(salesrhythm.Default()).Kind(salesrhythm.KindTimeTable).Sheet("actual").Name.In(salesrhythm.Hungarian)
	at := fmt.Sprintf("B%d", templates.FirstRow+1) // Monday 9 November, 08:30: a client meeting
	edit(t, filepath.Join(in.Dir, "anna", "time-table.xlsx"), func(f *excelize.File) {
		if err := f.SetCellValue(sheet, at, "Ügyfél"); err != nil {
			t.Fatal(err)
		}
	})
	res := read(t, in.Dir, salesrhythm.Hungarian)
	if len(res.Findings) != 1 || res.Findings[0].Code != salesrhythm.CodeReadAsChoice || res.Findings[0].Cell != at || len(res.Findings[0].Excluded) > 0 {
		t.Fatalf("findings %+v, want the read-as-choice note at %s, costing nothing", res.Findings, at)
	}
	compare(t, res.Records, in.Want, false)
}
