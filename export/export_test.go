package export_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"salesrhythm"
	"salesrhythm/export"
	"salesrhythm/importer"
	"salesrhythm/internal/officetest"
	"salesrhythm/internal/testinbox"
	"salesrhythm/schema"
)

// exportInbox exports the test inbox's November into dir.
func exportInbox(t *testing.T, l salesrhythm.Locale, dir string) (testinbox.Inbox, map[string]int) {
	return exportChanged(t, l, dir, nil)
}

// exportChanged exports the test inbox's November into dir, its reading
// first changed by change when not nil.
func exportChanged(t *testing.T, l salesrhythm.Locale, dir string, change func(*importer.Result)) (testinbox.Inbox, map[string]int) {
	t.Helper()
	in := testinbox.Make(t, l)
	cfg := salesrhythm.Default()
	cfg.Locale = l
	res, err := importer.Read(context.Background(), in.Dir, testinbox.Nov, importer.Options{Config: cfg, Schema: schema.New(cfg)})
	if err != nil {
		t.Fatal(err)
	}
	if change != nil {
		change(res)
	}
	x, err := export.New(export.Options{Config: cfg, Schema: schema.New(cfg), Workbook: filepath.Join(dir, "export.xlsx"), CSV: filepath.Join(dir, "csv"),
		Title: "November", Created: testinbox.Nov.First().Time()})
	if err != nil {
		t.Fatal(err)
	}
	findings := append(slices.Clone(res.Findings), salesrhythm.Finding{File: "x.xlsx", Sheet: "Calls", Cell: "C5", Severity: salesrhythm.Warning,
		Code: salesrhythm.CodeNotInList, Raw: "@SUM(A1)", Message: "-1 is not in the list"})
	if err := x.Add(export.Month{Month: testinbox.Nov, Plan: res.Plan, Records: res.Records, Findings: findings, Files: res.Files}); err != nil {
		t.Fatal(err)
	}
	// A finding met again in the next month is exported once.
	if err := x.Add(export.Month{Month: testinbox.Nov.Add(1), Findings: findings[len(findings)-1:]}); err != nil {
		t.Fatal(err)
	}
	if err := x.Close(true); err != nil {
		t.Fatal(err)
	}
	return in, x.Counts()
}

func TestExportWorkbook(t *testing.T) {
	dir := t.TempDir()
	in, counts := exportInbox(t, salesrhythm.English, dir)
	want := map[string]int{"calls": len(in.Want.Calls), "deals": len(in.Want.Deals), "funnels": 1, "outlooks": 1, "slots": len(in.Want.Slots),
		"clients": len(in.Want.Clients), "events": len(in.Want.Events), "action_items": len(in.Want.Actions),
		"one_on_ones": len(in.Want.OneOnOnes), "ratings": len(in.Want.Ratings), "next_steps": len(in.Want.NextSteps),
		"answers": len(salesrhythm.Default().Assessment.Questions), "team": len(in.Want.Plan.Team), "targets": len(in.Want.Plan.Targets), "findings": 1}
	for k, n := range want {
		if counts[k] != n {
			t.Errorf("%s: %d rows, want %d", k, counts[k], n)
		}
	}
	f, err := excelize.OpenFile(filepath.Join(dir, "export.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheets := []string{"Calls", "Deals", "Funnel", "Next week", "Time table", "Clients", "Events", "Action items", "Talks", "Competences", "Next steps",
		"Answers", "Team", "Targets", "Findings"}
	if got := f.GetSheetList(); !slices.Equal(got, sheets) {
		t.Errorf("sheets %q, want %q", got, sheets)
	}
	for _, s := range sheets {
		if tables, _ := f.GetTables(s); len(tables) != 1 {
			t.Errorf("%s: %d tables, want 1", s, len(tables))
		}
		if p, _ := f.GetPanes(s); !p.Freeze || p.YSplit != 1 {
			t.Errorf("%s: header not frozen: %+v", s, p)
		}
	}
	rows, _ := f.GetRows("Calls", excelize.Options{RawCellValue: true})
	header := rows[0]
	at := func(label string) int { return slices.Index(header, label) }
	if at("Person") != 1 || at("Group") != 3 || at("Client") < 0 || at("Source file") < 0 || at("Source row") < 0 {
		t.Fatalf("the header %q", header)
	}
	second := rows[2]
	if second[at("Client")] != `=HYPERLINK("http://x")` || second[at("Group")] != "North" || second[at("Source row")] != "6" {
		t.Errorf("the second call %q", second)
	}
	cell, _ := excelize.CoordinatesToCellName(at("Client")+1, 3)
	if formula, _ := f.GetCellFormula("Calls", cell); formula != "" {
		t.Errorf("a client's name became the formula %q", formula)
	}
	// A one-on-one's ratings take the talk's date and report.
	ratings, _ := f.GetRows("Competences")
	if h := ratings[0]; len(ratings) < 2 || h[4] != "Date" || h[5] != "Direct report (ID)" || ratings[1][4] == "" || ratings[1][5] != in.Want.OneOnOnes[0].Report {
		t.Errorf("the ratings %q", ratings)
	}
	date, _ := excelize.CoordinatesToCellName(at("Date")+1, 2)
	if v, _ := f.GetCellValue("Calls", date, excelize.Options{RawCellValue: true}); v != "46335" { // 2026-11-09
		t.Errorf("the first call's date is %q, want the serial 46335", v)
	}
	if typ, _ := f.GetCellType("Calls", date); typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString {
		t.Error("a date written as text")
	}
}

// TestUnreadValuesLeftBlank: an amount that could not be read is a blank
// cell of the export, not a 0 Ft deal in a pivot table.
func TestUnreadValuesLeftBlank(t *testing.T) {
	dir := t.TempDir()
	var ref salesrhythm.Ref
	exportChanged(t, salesrhythm.English, dir, func(res *importer.Result) {
		d := &res.Records.Deals[0]
		d.Amount, ref = 0, d.Ref
		res.Findings = append(res.Findings, salesrhythm.Finding{File: ref.File, Sheet: ref.Sheet, Cell: fmt.Sprintf("E%d", ref.Row), Field: "amount",
			Severity: salesrhythm.Error, Code: salesrhythm.CodeNotANumber, Raw: "1,5 millió", Message: `"1,5 millió" is not a number`})
	})
	f, err := excelize.OpenFile(filepath.Join(dir, "export.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows("Deals", excelize.Options{RawCellValue: true})
	amount, row := slices.Index(rows[0], "Amount"), slices.Index(rows[0], "Source row")
	blank := 0
	for _, r := range rows[1:] {
		if row < len(r) && r[row] == fmt.Sprint(ref.Row) && (amount >= len(r) || r[amount] == "") {
			blank++
		}
		if amount < len(r) && r[amount] == "0" {
			t.Errorf("a deal exported with amount 0: %q", r)
		}
	}
	if blank != 1 {
		t.Errorf("%d deals of row %d with a blank amount, want 1: %q", blank, ref.Row, rows)
	}
	csvData, err := os.ReadFile(filepath.Join(dir, "csv", "deals.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(csvData), ";0;") || strings.Contains(string(csvData), ",0,") {
		t.Errorf("deals.csv holds a 0 amount:\n%s", csvData)
	}
}

func TestExportCSV(t *testing.T) {
	for _, tc := range []struct {
		l      salesrhythm.Locale
		comma  rune
		amount string
	}{{salesrhythm.English, ',', "1250000"}, {salesrhythm.Hungarian, ';', "1250000"}} {
		t.Run(string(tc.l), func(t *testing.T) {
			dir := t.TempDir()
			exportInbox(t, tc.l, dir)
			data, err := os.ReadFile(filepath.Join(dir, "csv", "calls.csv"))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) {
				t.Error("no byte-order mark")
			}
			r := csv.NewReader(bytes.NewReader(data[3:]))
			r.Comma = tc.comma
			rows, err := r.ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			if len(rows) != 3 || !slices.Contains(rows[2], `'=HYPERLINK("http://x")`) || !slices.Contains(rows[1], "2026-11-09") || !slices.Contains(rows[1], "09:30") {
				t.Errorf("calls.csv: %q", rows)
			}
			if !slices.Contains(rows[1], "'+36 30 123 4567") {
				t.Errorf("a phone number starting with + is not kept as text: %q", rows[1])
			}
			deals, _ := os.ReadFile(filepath.Join(dir, "csv", "deals.csv"))
			if !strings.Contains(string(deals), string(tc.comma)+tc.amount+string(tc.comma)) {
				t.Errorf("deals.csv has no amount %s:\n%s", tc.amount, deals)
			}
			// A one-on-one's talk is a form: its source row is blank, not 0.
			talks, _ := os.ReadFile(filepath.Join(dir, "csv", "one_on_ones.csv"))
			if lines := strings.Split(strings.TrimSpace(string(talks)), "\n"); len(lines) < 2 || !strings.HasSuffix(strings.TrimSpace(lines[1]), string(tc.comma)) {
				t.Errorf("one_on_ones.csv: the source row of a talk is not blank:\n%s", talks)
			}
			findings, _ := os.ReadFile(filepath.Join(dir, "csv", "findings.csv"))
			if !strings.Contains(string(findings), "'@SUM(A1)") || !strings.Contains(string(findings), "'-1 is not in the list") {
				t.Errorf("findings.csv: %s", findings)
			}
		})
	}
}

func TestExportDeterministic(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	exportInbox(t, salesrhythm.Hungarian, a)
	exportInbox(t, salesrhythm.Hungarian, b)
	for _, name := range []string{"export.xlsx", "csv/slots.csv", "csv/team.csv"} {
		x, _ := os.ReadFile(filepath.Join(a, name))
		y, _ := os.ReadFile(filepath.Join(b, name))
		if len(x) == 0 || !bytes.Equal(x, y) {
			t.Errorf("%s differs between two exports of the same inbox", name)
		}
	}
	if left, _ := filepath.Glob(filepath.Join(a, "*.tmp")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

// TestExportAbandoned: an export closed without committing writes nothing
// and leaves nothing.
func TestExportAbandoned(t *testing.T) {
	dir := t.TempDir()
	cfg := salesrhythm.Default()
	x, err := export.New(export.Options{Config: cfg, Schema: schema.New(cfg), Workbook: filepath.Join(dir, "x.xlsx"), CSV: filepath.Join(dir, "csv")})
	if err != nil {
		t.Fatal(err)
	}
	if err := x.Close(false); err != nil {
		t.Fatal(err)
	}
	var left []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if !d.IsDir() {
			left = append(left, p)
		}
		return nil
	})
	if len(left) > 0 {
		t.Errorf("an abandoned export left %v", left)
	}
}

// TestExportPivotInLibreOffice: a pivot table on the Deals table, as a
// user makes one, sums the amounts in LibreOffice.
func TestExportPivotInLibreOffice(t *testing.T) {
	officetest.Soffice(t)
	dir := t.TempDir()
	in, _ := exportInbox(t, salesrhythm.English, dir)
	f, err := excelize.OpenFile(filepath.Join(dir, "export.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := f.GetRows("Deals")
	last, _ := excelize.CoordinatesToCellName(len(rows[0]), len(rows))
	f.NewSheet("Pivot")
	if err := f.AddPivotTable(&excelize.PivotTableOptions{DataRange: "Deals!A1:" + last, PivotTableRange: "Pivot!A3:C20",
		Rows: []excelize.PivotTableField{{Data: "Name"}}, Data: []excelize.PivotTableField{{Data: "Amount", Name: "Revenue", Subtotal: "Sum"}},
		RowGrandTotals: true, ColGrandTotals: true, ShowRowHeaders: true, ShowColHeaders: true}); err != nil {
		t.Fatal(err)
	}
	pivot := filepath.Join(dir, "pivot.xlsx")
	if err := f.SaveAs(pivot); err != nil {
		t.Fatal(err)
	}
	f.Close()
	// Every sheet to CSV, as pivot-<sheet>.csv: LibreOffice computes the
	// pivot table as it loads the workbook.
	profile := t.TempDir()
	cmd := exec.Command(officetest.Soffice(t), "-env:UserInstallation=file://"+filepath.ToSlash(profile), "--headless", "--norestore",
		"--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", dir, pivot)
	cmd.Env = append(os.Environ(), "HOME="+profile)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	sum := 0.0
	for _, d := range in.Want.Deals {
		sum += d.Amount
	}
	got, _ := os.ReadFile(filepath.Join(dir, "pivot-Pivot.csv"))
	if !strings.Contains(string(got), fmt.Sprintf("%.0f", sum)) {
		t.Errorf("the pivot table in LibreOffice does not total %.0f:\n%s", sum, got)
	}
}

// TestColumnsDocumented: the README names every table and column.
func TestColumnsDocumented(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	cfg := salesrhythm.Default()
	for _, line := range export.Columns(schema.New(cfg), cfg) {
		file, rest, _ := strings.Cut(line, " · ")
		if !strings.Contains(string(readme), "`"+file+"`") {
			t.Errorf("the README does not name %s", file)
		}
		_, cols, _ := strings.Cut(rest, ": ")
		for _, c := range strings.Split(cols, "; ") {
			label, _, _ := strings.Cut(c, " (")
			if !strings.Contains(string(readme), label) {
				t.Errorf("the README does not describe the column %q of %s", label, file)
			}
		}
	}
}
