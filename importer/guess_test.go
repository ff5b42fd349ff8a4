package importer_test

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"salesrhythm"
	"salesrhythm/importer"
	"salesrhythm/internal/testinbox"
	"salesrhythm/schema"
	"salesrhythm/templates"
)

// metaless writes spec's workbook into dir as name, as it is after someone
// copied its sheets into a new workbook: no document properties of ours,
// no hidden metadata sheet, and the title cells given blanked on every
// sheet (A1 names the owner, A2 the period).
func metaless(t *testing.T, dir, name string, l salesrhythm.Locale, spec templates.Spec, blank ...string) {
	t.Helper()
	cfg := salesrhythm.Default()
	cfg.Locale = l
	var buf bytes.Buffer
	if err := templates.Write(&buf, spec, templates.Options{Config: cfg, Schema: schema.New(cfg), Team: testinbox.Team()}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, filepath.FromSlash(name))
	os.MkdirAll(filepath.Dir(path), 0o755)
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	edit(t, path, func(f *excelize.File) {
		for _, k := range schema.MetaKeys {
			f.SetCustomProps(excelize.CustomProperty{Name: k, Value: nil})
		}
		if err := f.DeleteSheet(schema.MetaSheet); err != nil {
			t.Fatal(err)
		}
		for _, sheet := range f.GetSheetList() {
			for _, c := range blank {
				f.SetCellValue(sheet, c, nil)
			}
		}
	})
}

func TestWithoutMetadata(t *testing.T) {
	d := salesrhythm.D
	p := testinbox.Team()
	anna, _ := p.Person("M-001")
	lajos, _ := p.Person("L-01")
	week, before := salesrhythm.Week(d(2026, 11, 9)), salesrhythm.Week(d(2026, 11, 2))
	report := func(w salesrhythm.Period) templates.Spec {
		return templates.Spec{Kind: salesrhythm.KindWeeklyReport, Person: anna, Period: w,
			Records: &salesrhythm.Records{Funnels: []salesrhythm.Funnel{{Leads: 5}}}}
	}
	// A log that carries an open item raised four weeks before its own.
	log := func(w salesrhythm.Period) templates.Spec {
		return templates.Spec{Kind: salesrhythm.KindManagementLog, Person: lajos, Period: w, Records: &salesrhythm.Records{
			Events:  []salesrhythm.Event{{Date: w.Start.AddDays(1), Type: salesrhythm.EventMorning, Start: salesrhythm.At(9, 0), Minutes: 15}},
			Actions: []salesrhythm.ActionItem{{RaisedOn: d(2026, 10, 12), Issue: "Price list", Status: salesrhythm.StatusOpen}},
		}}
	}
	type want struct {
		by     string
		person string
		period salesrhythm.Period
	}
	for _, tc := range []struct {
		name   string
		l      salesrhythm.Locale
		write  func(dir string)
		want   map[string]want // by file
		differ string          // a metadata-mismatch finding that says this
	}{
		{name: "a weekly report with no dated rows, by its title", l: salesrhythm.English,
			write: func(dir string) { metaless(t, dir, "report.xlsx", salesrhythm.English, report(week)) },
			want:  map[string]want{"report.xlsx": {"signature+title", "M-001", week}}},
		{name: "the same in Hungarian", l: salesrhythm.Hungarian,
			write: func(dir string) { metaless(t, dir, "report.xlsx", salesrhythm.Hungarian, report(week)) },
			want:  map[string]want{"report.xlsx": {"signature+title", "M-001", week}}},
		{name: "a Hungarian assessment, by the month of its title", l: salesrhythm.Hungarian,
			write: func(dir string) {
				metaless(t, dir, "a.xlsx", salesrhythm.Hungarian, templates.Spec{Kind: salesrhythm.KindAssessment, Person: lajos, Period: testinbox.Nov.Period()})
			},
			want: map[string]want{"a.xlsx": {"signature+title", "L-01", testinbox.Nov.Period()}}},
		{name: "logs with old items, by the dates of their events", l: salesrhythm.English,
			write: func(dir string) {
				metaless(t, dir, "log1.xlsx", salesrhythm.English, log(before), "A2")
				metaless(t, dir, "log2.xlsx", salesrhythm.English, log(week), "A2")
			},
			want: map[string]want{"log1.xlsx": {"signature+title+dates", "L-01", before}, "log2.xlsx": {"signature+title+dates", "L-01", week}}},
		{name: "by the file name", l: salesrhythm.English,
			write: func(dir string) {
				metaless(t, dir, filepath.ToSlash(templates.Path("", report(week))), salesrhythm.English, report(week), "A1", "A2")
			},
			want: map[string]want{"2026-11/M-001 Anna Kovács/weekly-report_M-001_2026-11-09.xlsx": {"signature+file-name", "M-001", week}}},
		{name: "guesses that disagree", l: salesrhythm.English,
			write: func(dir string) {
				metaless(t, dir, "weekly-report_M-002_2026-11-02.xlsx", salesrhythm.English, report(week))
			},
			want:   map[string]want{"weekly-report_M-002_2026-11-02.xlsx": {"signature+title", "M-001", week}},
			differ: "(file name: M-002, 2026-11-02 – 2026-11-08)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			tc.write(dir)
			res := read(t, dir, tc.l)
			for _, f := range res.Files {
				w, ok := tc.want[f.Path]
				if !ok {
					t.Errorf("%s: not expected", f.Path)
					continue
				}
				if f.Status != importer.StatusRead || f.RecognisedBy != w.by || f.Person != w.person || f.Period == nil || *f.Period != w.period {
					dump(t, res.Findings)
					t.Errorf("%s: %s by %q as %s's for %v; want read by %q as %s's for %s", f.Path, f.Status, f.RecognisedBy, f.Person, f.Period, w.by, w.person, w.period)
				}
				if f.SupersededBy != "" {
					t.Errorf("%s: superseded by %s", f.Path, f.SupersededBy)
				}
			}
			for _, fu := range res.Funnels {
				if fu.Person != "M-001" || fu.Week != week || fu.Leads != 5 {
					t.Errorf("funnel %+v: want M-001's of %s", fu, week)
				}
			}
			for _, a := range res.Actions {
				if !slices.ContainsFunc(res.Events, func(e salesrhythm.Event) bool { return a.Week.Contains(e.Date) && e.Ref.File == a.Ref.File }) {
					t.Errorf("action item of %s in the week %s, not its log's", a.Ref.File, a.Week)
				}
			}
			mismatch := slices.ContainsFunc(res.Findings, func(f salesrhythm.Finding) bool {
				return f.Code == salesrhythm.CodeMetadataMismatch && f.Severity == salesrhythm.Warning && strings.Contains(f.Message, tc.differ)
			})
			if mismatch != (tc.differ != "") {
				dump(t, res.Findings)
				t.Errorf("a metadata-mismatch finding: %v, want %v (%q)", mismatch, tc.differ != "", tc.differ)
			}
		})
	}
}
