package report

import (
	"fmt"
	"path/filepath"
	"time"

	chart "github.com/wcharczuk/go-chart/v2"
	"github.com/xuri/excelize/v2"

	"salesrhythm"
	"salesrhythm/analysis"
)

// A period report sums months — a year to date, or any run of months —
// from each month's own plan: fulfilment over the period per person, group
// and department, the ranking on it, and the months one by one with the
// leaders' compliance and role scores. It is written like a month's
// report: atomically, the same input the same bytes, in the configured
// language.

// PeriodInput is everything a period report shows.
type PeriodInput struct {
	Config   salesrhythm.Config
	Result   analysis.PeriodResult
	Findings []salesrhythm.Finding // of every month of the period, each once
}

// PeriodName names a period's files: 2026 for a calendar year, else
// 2026-01_2026-06.
func PeriodName(from, to salesrhythm.Month) string {
	if from.Month == time.January && to.Month == time.December && from.Year == to.Year {
		return fmt.Sprint(from.Year)
	}
	return from.String() + "_" + to.String()
}

// DefaultPeriodOutput is where a period report goes under the output folder.
func DefaultPeriodOutput(dir string, from, to salesrhythm.Month) Output {
	name := PeriodName(from, to)
	return Output{Workbook: filepath.Join(dir, "salesrhythm-"+name+".xlsx"), Charts: filepath.Join(dir, "charts", name)}
}

// periodBook is a book whose Result is the period's sums: the sheets of a
// month's report that read people, groups, rankings and history serve.
func periodBook(f *excelize.File, in PeriodInput) *book {
	p := in.Result
	r := analysis.Result{Month: p.To, WorkingDays: p.WorkingDays, People: p.People, Groups: p.Groups, Department: p.Department}
	b := &book{f: f, in: Input{Config: in.Config, Result: r, Findings: in.Findings, History: &p.History}, loc: in.Config.Locale}
	b.period = salesrhythm.FormatMonth(p.From, b.loc)
	if p.To != p.From {
		b.period += " – " + salesrhythm.FormatMonth(p.To, b.loc)
	}
	return b
}

// BuildPeriod renders a period report and its chart images in memory.
func BuildPeriod(in PeriodInput) ([]byte, []picture, error) {
	f := excelize.NewFile()
	defer f.Close()
	b := periodBook(f, in)
	b.newStyles()
	var pics []picture
	p, err := b.fulfilmentPicture()
	if err != nil {
		return nil, nil, err
	}
	pics = append(pics, p)
	if p, ok, err := b.trendPicture(); err != nil {
		return nil, nil, err
	} else if ok {
		pics = append(pics, p)
	}
	summary := t("Summary", "Összefoglaló").In(b.loc)
	b.check(f.SetSheetName("Sheet1", summary))
	b.periodFront(summary, pics)
	b.fulfilment()
	b.rankings()
	b.months(t("Months", "Hónapok"), "")
	b.dataQuality()
	b.policy()
	f.SetActiveSheet(0)
	when := in.Result.From.First().Time().Format(time.RFC3339)
	b.check(f.SetDocProps(&excelize.DocProperties{
		Title:   fmt.Sprintf("%s · %s", t("Period sales report", "Időszaki értékesítési jelentés").In(b.loc), b.period),
		Creator: "salesrhythm", LastModifiedBy: "salesrhythm", Subject: in.Config.Company,
		Created: when, Modified: when, Language: string(b.loc), Keywords: "salesrhythm report period",
	}))
	if b.err != nil {
		return nil, nil, b.err
	}
	data, err := writeTidy(f)
	return data, pics, err
}

// WritePeriod builds the period report and writes it and its chart images,
// each to a temporary file renamed into place.
func WritePeriod(in PeriodInput, out Output) (Written, error) {
	if _, err := chart.GetDefaultFont(); err != nil {
		return Written{}, err
	}
	data, pics, err := BuildPeriod(in)
	if err != nil {
		return Written{}, err
	}
	return writeBook(data, pics, out)
}

// periodFront writes a period report's Summary: the period's figures, the
// leaders and laggards on it, and the charts.
func (b *book) periodFront(sheet string, pics []picture) {
	p := b.in.Result
	l := b.loc
	h := b.in.History
	b.check(b.f.SetCellStr(sheet, "A1", t("Period sales report", "Időszaki értékesítési jelentés").In(l)+" · "+b.period))
	b.check(b.f.SetCellStyle(sheet, "A1", "A1", b.st.title))
	b.check(b.f.SetRowHeight(sheet, 1, 26))
	planned := 0
	for _, x := range h.Department.Measures.Revenue {
		if x.Gap != analysis.GapNoPlan {
			planned++
		}
	}
	b.check(b.f.SetCellStr(sheet, "A2", fmt.Sprintf(t("%s · %d months, %d with a plan · %d working days · %d people", "%s · %d hónap, ebből %d tervvel · %d munkanap · %d fő").In(l),
		b.in.Config.Company, len(h.Months), planned, p.WorkingDays, len(p.People))))
	b.check(b.f.SetCellStyle(sheet, "A2", "A2", b.st.subtitle))
	b.widths = []float64{30, 24, 40, 90}
	for i, w := range b.widths {
		b.check(b.f.SetColWidth(sheet, colName(i+1), colName(i+1), w))
	}
	row := 4
	for _, m := range []salesrhythm.Measure{salesrhythm.Revenue, salesrhythm.Deals, salesrhythm.Calls} {
		a := p.Department.Measures.Get(m)
		style := b.st.kpiValue
		target := salesrhythm.FormatNumber(a.Target, l)
		if m == salesrhythm.Revenue {
			style, target = b.st.kpiMoney, salesrhythm.FormatMoney(a.Target, b.in.Config.Currency, l)
		}
		detail := t("no targets set", "nincs megadott cél").In(l)
		if a.Fulfilment.Valid {
			detail = fmt.Sprintf(t("%[2]s of the period's target %[1]s", "az időszak %[1]s céljának %[2]s").In(l), target, b.percent(a.Fulfilment))
		}
		b.kpiRow(sheet, row, salesrhythm.LabelOf(salesrhythm.Measures, string(m)), a.Total, style, detail)
		b.shortfall(sheet, row, m) // what the period's findings keep out of it, as a month's Summary says
		row++
	}
	var leaders, laggards, provisional []string
	for _, x := range p.People {
		switch x.Band {
		case analysis.BandLeader:
			leaders = append(leaders, fmt.Sprintf("%s %s", x.Name, b.percent(x.Value)))
		case analysis.BandLaggard:
			laggards = append(laggards, fmt.Sprintf("%s %s", x.Name, b.percent(x.Value)))
		case analysis.BandProvisional:
			provisional = append(provisional, fmt.Sprintf("%s %s", x.Name, b.percent(x.Value)))
		}
	}
	rk := b.in.Config.Ranking
	b.kpiRow(sheet, row, salesrhythm.Msg("Leaders of the period (≥ %s%%)", "Az időszak élenjárói (≥ %s\u00a0%%)").Text(b.threshold(rk.LeaderPercent)), len(leaders), b.st.kpiValue, list(leaders, 6))
	row++
	b.kpiRow(sheet, row, salesrhythm.Msg("Laggards of the period (< %s%%)", "Az időszak lemaradói (< %s\u00a0%%)").Text(b.threshold(rk.LaggardPercent)), len(laggards), b.st.kpiValue, list(laggards, 6))
	if len(provisional) > 0 {
		b.check(b.f.SetCellStr(sheet, cell(4, row), fmt.Sprintf(provisionalNote.In(l), list(provisional, 6))))
		b.check(b.f.SetCellStyle(sheet, cell(4, row), cell(4, row), b.st.note))
		b.fitRow(sheet, row)
	}
	row++
	errs, warns := salesrhythm.SeverityCount(b.in.Findings, salesrhythm.Error), salesrhythm.SeverityCount(b.in.Findings, salesrhythm.Warning)
	b.kpiRow(sheet, row, t("Data problems", "Adatproblémák"), errorCount.In(l, errs), b.st.kpiValue, warningCount.In(l, warns))
	row += 2
	b.note(sheet, row, t("Targets are each month's plan, pro-rated as its report pro-rates them, summed over the months with a plan; the Months sheet has the months one by one, with the leaders' compliance and role scores.",
		"A célok az egyes hónapok tervéből, a havi jelentés szerinti időarányosítással, a tervvel rendelkező hónapokra összegezve; a Hónapok munkalap hónaponként mutatja őket, a vezetők normakövetésével és szerepeivel.").In(l))
	b.check(b.f.MergeCell(sheet, cell(1, row), cell(4, row)))
	b.check(b.f.SetRowHeight(sheet, row, 32))
	row += 2
	for i, p := range pics {
		at := cell(1+3*(i%2), row+(i/2)*15)
		b.check(b.f.AddPictureFromBytes(sheet, at, &excelize.Picture{Extension: ".png", File: p.png,
			Format: &excelize.GraphicOptions{ScaleX: 0.6, ScaleY: 0.6, AltText: p.title.In(l)}}))
	}
	b.onePage(sheet) // the charts below the figures, the trend's too, on the same page
}

// kpiRow writes one headline figure: its label, value and detail.
func (b *book) kpiRow(sheet string, row int, label salesrhythm.Text, value any, style int, detail string) {
	b.check(b.f.SetCellStr(sheet, cell(1, row), label.In(b.loc)))
	b.check(b.f.SetCellStyle(sheet, cell(1, row), cell(1, row), b.st.kpiLabel))
	switch v := value.(type) {
	case float64:
		b.check(b.f.SetCellFloat(sheet, cell(2, row), v, -1, 64))
	case int:
		b.check(b.f.SetCellInt(sheet, cell(2, row), int64(v)))
	case string:
		b.check(b.f.SetCellStr(sheet, cell(2, row), v))
	default:
		b.check(fmt.Errorf("report: no key figure format for %T", v))
	}
	b.check(b.f.SetCellStyle(sheet, cell(2, row), cell(2, row), style))
	b.check(b.f.SetCellStr(sheet, cell(3, row), detail))
	b.check(b.f.SetCellStyle(sheet, cell(3, row), cell(3, row), b.st.kpiLabel))
	b.check(b.f.SetRowHeight(sheet, row, 22))
}

// PeriodSummary is the stable JSON of a period report (salesrhythm report
// --from … --to … --json). Fields are only ever added to it.
type PeriodSummary struct {
	From        salesrhythm.Month   `json:"from"`
	To          salesrhythm.Month   `json:"to"`
	Company     string              `json:"company"`
	Currency    string              `json:"currency"`
	WorkingDays int                 `json:"working_days"` // of the months with a plan
	Planned     []salesrhythm.Month `json:"planned"`      // the months with a plan; the others are gaps
	Department  Targets             `json:"department"`
	Groups      []GroupSummary      `json:"groups"`
	// People are ranked on the period: rank and band by the ranking policy
	// applied to the period's fulfilment.
	People   []PeriodPerson        `json:"people"`
	Months   analysis.History      `json:"months"`
	Findings []salesrhythm.Finding `json:"findings"`
}

// PeriodPerson is one person's period.
type PeriodPerson struct {
	ID          string            `json:"id"`
	Name        string            `json:"name"`
	Role        salesrhythm.Role  `json:"role"`
	Group       string            `json:"group"`
	WorkingDays int               `json:"working_days"`
	Targets     map[string]Figure `json:"targets"`
	Rank        *int              `json:"rank"`
	Band        analysis.Band     `json:"band"`
	Unranked    string            `json:"unranked_reason"`
	// Provisional and Missing as a month's person has them: what the
	// months' findings keep out of the person's records, summed.
	Provisional bool                   `json:"provisional"`
	Missing     salesrhythm.Exclusions `json:"missing"`
}

// SummarisePeriod builds the JSON of a period report.
func SummarisePeriod(in PeriodInput) PeriodSummary {
	p := in.Result
	s := PeriodSummary{From: p.From, To: p.To, Company: in.Config.Company, Currency: in.Config.Currency, WorkingDays: p.WorkingDays,
		Planned: p.Planned, Department: Targets{Targets: aggregates(p.Department.Measures)}, Groups: []GroupSummary{}, People: []PeriodPerson{},
		Months: p.History, Findings: in.Findings}
	for _, g := range p.Groups {
		s.Groups = append(s.Groups, GroupSummary{Name: g.Name, Members: g.Members, Targets: aggregates(g.Measures)})
	}
	for _, x := range p.People {
		s.People = append(s.People, PeriodPerson{ID: x.ID, Name: x.Name, Role: x.Role, Group: x.Group, WorkingDays: x.WorkingDays,
			Targets: figures(x.Measures), Rank: x.Rank, Band: x.Band, Unranked: x.Reason.En,
			Provisional: x.Provisional, Missing: x.Missing})
		if s.People[len(s.People)-1].Missing == nil {
			s.People[len(s.People)-1].Missing = salesrhythm.Exclusions{}
		}
	}
	if s.Findings == nil {
		s.Findings = []salesrhythm.Finding{}
	}
	return s
}
