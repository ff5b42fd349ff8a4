package templates

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"salesrhythm"
	"salesrhythm/internal/officetest"
)

// filled returns the specs of every kind, pre-filled with a few records.
func filled(p *salesrhythm.Plan) []Spec {
	d := salesrhythm.D
	records := map[salesrhythm.Kind]*salesrhythm.Records{
		salesrhythm.KindCallRegister: {Calls: []salesrhythm.Call{
			{Date: d(2026, 11, 3), Time: salesrhythm.At(9, 30), Client: "Alfa Kft.", Type: salesrhythm.CallCold, Result: salesrhythm.ResultTalked, Comment: strings.Repeat("a long comment ", 10)},
			{Date: d(2026, 11, 4), Time: salesrhythm.NoClock, Client: "Béta", Result: salesrhythm.ResultDeal, NextContact: d(2026, 11, 20)},
		}},
		salesrhythm.KindTimeTable: {Slots: []salesrhythm.Slot{
			{Date: d(2026, 11, 2), Start: salesrhythm.At(8, 0), Plan: "calls", Actual: "admin"},
			{Date: d(2026, 11, 6), Start: salesrhythm.At(18, 30), Actual: "calls"},
		}},
		salesrhythm.KindWeeklyReport: {
			Deals:    []salesrhythm.Deal{{Date: d(2026, 11, 5), Client: "Alfa Kft.", NewClient: salesrhythm.Yes, Amount: 1_500_000}},
			Funnels:  []salesrhythm.Funnel{{Leads: 12, Won: 1}},
			Outlooks: []salesrhythm.Outlook{{Priorities: "Close Gamma"}},
		},
		salesrhythm.KindManagementLog: {
			Events:  []salesrhythm.Event{{Date: d(2026, 11, 2), Type: salesrhythm.EventMorning, Start: salesrhythm.At(9, 0), Minutes: 15, Participants: []string{"M-001", "M-002"}}},
			Actions: []salesrhythm.ActionItem{{RaisedOn: d(2026, 10, 30), Issue: "Price list", Owner: "M-001", Status: salesrhythm.StatusOpen}},
		},
		salesrhythm.KindAssessment: {Assessments: []salesrhythm.Assessment{{Answers: []salesrhythm.Answer{salesrhythm.Yes, salesrhythm.No}, Notes: []string{"", "partly"}, Ideas: "Call clinic"}}},
		salesrhythm.KindClientProfiles: {Clients: []salesrhythm.Client{
			{Name: "Alfa Kft.", Contact: "Kiss Péter", Reach: "+36 30 123 4567", Segment: "small", Potential: "A", Status: salesrhythm.ClientActive,
				Source: "Referral", FirstContact: d(2026, 9, 1), LastContact: d(2026, 11, 3), NextStep: "Visit", NextContact: d(2026, 11, 20)},
			{Name: "Béta", Status: salesrhythm.ClientProspect},
		}},
		salesrhythm.KindOneOnOne: {
			OneOnOnes: []salesrhythm.OneOnOne{{Date: d(2026, 11, 10), Minutes: 25, Report: "M-001", Situation: "On track"}},
			Ratings:   []salesrhythm.Rating{{No: 2, Stage: "3"}, {No: 8, Stage: "2", Notes: "Hesitates"}},
			NextSteps: []salesrhythm.NextStep{{Step: "Shadow a closing call", Owner: "M-001", Due: d(2026, 11, 20)}},
		},
	}
	var out []Spec
	for _, s := range specs(p) {
		if s.Kind != salesrhythm.KindPlan {
			s.Records = records[s.Kind]
			out = append(out, s)
		}
	}
	return out
}

// TestPrefilledIsTheTemplateFilledIn: a workbook pre-filled with no records
// shows what the blank template shows, holes filled; with records, the
// values appear in their cells as a person types them.
func TestPrefilledIsTheTemplateFilledIn(t *testing.T) {
	o := options(salesrhythm.English)
	for _, spec := range specs(o.Team)[1:] {
		blank := open(t, spec, o)
		spec.Records = &salesrhythm.Records{}
		empty := open(t, spec, o)
		for _, sheet := range blank.GetSheetList() {
			a, _ := blank.GetRows(sheet)
			b, _ := empty.GetRows(sheet)
			if !reflect.DeepEqual(a, b) {
				t.Errorf("%s %s: pre-filled with nothing\n%q\nwant the template's\n%q", spec.Kind, sheet, b, a)
			}
		}
	}
	for _, tc := range []struct {
		kind        salesrhythm.Kind
		sheet, cell string
		want        string
	}{
		{salesrhythm.KindCallRegister, "Calls", "A5", "46329"},             // 2026-11-03
		{salesrhythm.KindCallRegister, "Calls", "B5", "0.395833333333333"}, // 09:30
		{salesrhythm.KindCallRegister, "Calls", "F5", "Cold"},
		{salesrhythm.KindCallRegister, "Calls", "H6", "Deal"},
		{salesrhythm.KindCallRegister, "Calls", "B6", ""},
		{salesrhythm.KindTimeTable, "Plan", "B5", "Calls"},
		{salesrhythm.KindTimeTable, "Actual", "B5", "Admin"},
		{salesrhythm.KindTimeTable, "Actual", "F26", "Calls"},
		{salesrhythm.KindWeeklyReport, "Deals", "C5", "Yes"},
		{salesrhythm.KindWeeklyReport, "Deals", "E5", "1500000"},
		{salesrhythm.KindWeeklyReport, "Funnel", "B4", "12"},
		{salesrhythm.KindWeeklyReport, "Funnel", "B5", ""},
		{salesrhythm.KindWeeklyReport, "Next week", "B4", "Close Gamma"},
		{salesrhythm.KindManagementLog, "Events", "E5", "M-001, M-002"},
		{salesrhythm.KindManagementLog, "Action items", "C5", "M-001"},
		{salesrhythm.KindAssessment, "Questions", "C5", "Yes"},
		{salesrhythm.KindAssessment, "Questions", "C6", "No"},
		{salesrhythm.KindAssessment, "Questions", "D6", "partly"},
		{salesrhythm.KindAssessment, "Questions", "B7", o.Config.Assessment.Questions[2].Text.En},
		{salesrhythm.KindAssessment, "Ideas and plans", "B4", "Call clinic"},
		{salesrhythm.KindClientProfiles, "Clients", "A5", "Alfa Kft."},
		{salesrhythm.KindClientProfiles, "Clients", "D5", "Small business"},
		{salesrhythm.KindClientProfiles, "Clients", "E5", "A – high"},
		{salesrhythm.KindClientProfiles, "Clients", "F5", "Active"},
		{salesrhythm.KindClientProfiles, "Clients", "H5", "46266"}, // 2026-09-01
		{salesrhythm.KindClientProfiles, "Clients", "F6", "Prospect"},
		{salesrhythm.KindOneOnOne, "Talk", "B4", "46336"}, // 2026-11-10
		{salesrhythm.KindOneOnOne, "Talk", "B5", "25"},
		{salesrhythm.KindOneOnOne, "Talk", "B6", "M-001"},
		{salesrhythm.KindOneOnOne, "Competences", "A5", "1"},
		{salesrhythm.KindOneOnOne, "Competences", "B5", o.Config.Competences[0].Label.En},
		{salesrhythm.KindOneOnOne, "Competences", "C5", ""},
		{salesrhythm.KindOneOnOne, "Competences", "C6", "3 – Learning it, does it consciously"},
		{salesrhythm.KindOneOnOne, "Competences", "D12", "Hesitates"},
		{salesrhythm.KindOneOnOne, "Next steps", "C5", "46346"}, // 2026-11-20
	} {
		i := slices.IndexFunc(filled(o.Team), func(s Spec) bool { return s.Kind == tc.kind })
		f := open(t, filled(o.Team)[i], o)
		if got, _ := f.GetCellValue(tc.sheet, tc.cell, excelize.Options{RawCellValue: true}); got != tc.want {
			t.Errorf("%s %s!%s = %q, want %q", tc.kind, tc.sheet, tc.cell, got, tc.want)
		}
	}
}

func TestPrefillRefusesWhatItCannotType(t *testing.T) {
	o := options(salesrhythm.English)
	spec := specs(o.Team)[1]
	for name, r := range map[string]*salesrhythm.Records{
		"a choice not in the list": {Calls: []salesrhythm.Call{{Client: "Alfa", Result: "maybe"}}},
	} {
		spec.Records = r
		if err := Write(io.Discard, spec, o); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	tt := specs(o.Team)[2]
	tt.Records = &salesrhythm.Records{Slots: []salesrhythm.Slot{{Date: salesrhythm.D(2026, 11, 8), Start: salesrhythm.At(8, 0), Plan: "calls"}}}
	if err := Write(io.Discard, tt, o); err == nil {
		t.Error("a slot on a Sunday: no error")
	}
}

// TestDimensionIsTheCellsWritten: every sheet declares the range of the
// cells it holds, as spreadsheet programs write it; readers such as
// openpyxl's read-only mode trust it.
func TestDimensionIsTheCellsWritten(t *testing.T) {
	o := options(salesrhythm.English)
	for _, spec := range append(specs(o.Team), filled(o.Team)...) {
		var buf bytes.Buffer
		if err := Write(&buf, spec, o); err != nil {
			t.Fatal(err)
		}
		zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range zr.File {
			if !strings.HasPrefix(f.Name, "xl/worksheets/sheet") {
				continue
			}
			r, _ := f.Open()
			dim, got := dimension(t, r)
			r.Close()
			if dim != got {
				t.Errorf("%s %s (records %v): dimension %s, cells %s", spec.Kind, f.Name, spec.Records != nil, dim, got)
			}
		}
	}
}

// dimension returns a sheet's declared dimension and the range of its cells.
func dimension(t *testing.T, r io.Reader) (declared, cells string) {
	d := xml.NewDecoder(r)
	lo, hi := [2]int{1 << 30, 1 << 30}, [2]int{0, 0}
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		for _, a := range se.Attr {
			switch {
			case se.Name.Local == "dimension" && a.Name.Local == "ref":
				declared = a.Value
			case se.Name.Local == "c" && a.Name.Local == "r":
				col, row, err := excelize.CellNameToCoordinates(a.Value)
				if err != nil {
					t.Fatal(err)
				}
				lo = [2]int{min(lo[0], col), min(lo[1], row)}
				hi = [2]int{max(hi[0], col), max(hi[1], row)}
			}
		}
	}
	if hi[0] == 0 {
		return declared, "A1"
	}
	cells = cell(lo[0], lo[1])
	if lo != hi {
		cells += ":" + cell(hi[0], hi[1])
	}
	return declared, cells
}

// TestTableGrowsToItsRecords: more records than a table's input rows make
// the table, its validations and its column formats reach them all.
func TestTableGrowsToItsRecords(t *testing.T) {
	o := options(salesrhythm.English)
	spec := specs(o.Team)[1]
	calls := make([]salesrhythm.Call, 350)
	for i := range calls {
		calls[i] = salesrhythm.Call{Date: salesrhythm.D(2026, 11, 3), Client: "Alfa", Result: salesrhythm.ResultTalked}
	}
	spec.Records = &salesrhythm.Records{Calls: calls}
	f := open(t, spec, o)
	tables, _ := f.GetTables("Calls")
	if len(tables) != 1 || tables[0].Range != "A4:L354" {
		t.Errorf("tables %+v, want one over A4:L354", tables)
	}
	dvs, _ := f.GetDataValidations("Calls")
	if dv := findDV(dvs, "H5:H354"); dv == nil {
		t.Error("no validation over H5:H354, the result column")
	}
	if v, _ := f.GetCellValue("Calls", "C354"); v != "Alfa" {
		t.Errorf("C354 = %q, want the 350th call", v)
	}
}

// TestOpenpyxlReadOnlySeesEveryCell: openpyxl's read-only mode bounds its
// rows by the dimension; with excelize's A1 it saw one cell.
func TestOpenpyxlReadOnlySeesEveryCell(t *testing.T) {
	officetest.Python(t)
	o := options(salesrhythm.English)
	var buf bytes.Buffer
	if err := Write(&buf, filled(o.Team)[0], o); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "calls.xlsx")
	os.WriteFile(path, buf.Bytes(), 0o644)
	out := officetest.Openpyxl(t, `ws = openpyxl.load_workbook(sys.argv[1], read_only=True)["Calls"]
rows = [[c.value for c in r] for r in ws.iter_rows()]
print(ws.max_row, ws.max_column, rows[5][2])
`, path)
	if got := strings.TrimSpace(out); got != "304 12 Béta" {
		t.Errorf("openpyxl read-only sees %q, want the 300 input rows, 12 columns and the second call's client", got)
	}
}
