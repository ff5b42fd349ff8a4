package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"salesrhythm"
	"salesrhythm/analysis"
	"salesrhythm/importer"
	"salesrhythm/report"
	"salesrhythm/schema"
	"salesrhythm/templates"
)

func (a *app) reportCommand() *cobra.Command {
	var asJSON bool
	var out string
	var period periodFlags
	var noCache *bool
	cmd := &cobra.Command{
		Use:   "report",
		Short: a.help("Read the inbox and write the monthly report with charts", "Az inbox beolvasása és a havi jelentés elkészítése diagramokkal"),
		Long: a.help(`report reads the month's workbooks from the inbox, analyses them and writes:

  out/salesrhythm-YYYY-MM.xlsx    the monthly workbook for the director
  out/charts/YYYY-MM/*.png        every Summary chart as an image
  out/feedback/YYYY-MM/...        for each input with problems, a copy with the
                                  problem cells highlighted and commented
  out/people/<ID Name>/scorecard-YYYY-MM.xlsx
                                  each person's private scorecard: their own
                                  figures and trend, beside their group's and
                                  the department's sums; to hand out

The scorecards' trend reads the earlier months, up to five back, whose plan
is still in the inbox. Every file is written to a temporary file and renamed
into place: a failure leaves the previous report intact (exit code 3). The
monthly workbook names everyone and is for the director; the scorecards and
the Friday packs of 'salesrhythm week' are the files to hand out. No output
may be the inbox, a file in it or anything inside it: such an --out or
output folder is refused with exit code 2 before anything is written. With
--json it prints a stable JSON summary to stdout (see the README).

Run during the month, the Summary shows the pace: the actual of the records
dated up to the --as-of day (default yesterday, the last day that has ended)
against the target pro-rated to the working days that had passed by then.
There is no pace before the month's first working day has ended, nor once
the month is over.

With --from and --to (or --year) it writes a period report instead:
out/salesrhythm-YYYY.xlsx for a calendar year, else
out/salesrhythm-YYYY-MM_YYYY-MM.xlsx, with the period's fulfilment summed
over the months with a plan, its rankings and each month's figures.

Exit code 1 when the input had errors; the report is still written. A month
with no plan in the inbox has nothing to report: exit code 1, and nothing is
written.`,
			`A report beolvassa a hónap munkafüzeteit az inbox mappából, elemzi őket, és
ezeket írja meg:

  out/salesrhythm-ÉÉÉÉ-HH.xlsx    a havi értékesítési jelentés a
                                  kereskedelmi igazgatónak
  out/charts/ÉÉÉÉ-HH/*.png        az Összefoglaló minden diagramja képként
  out/feedback/ÉÉÉÉ-HH/...        minden problémás leadott munkafüzetről egy
                                  javítandó példány, a problémás cellák
                                  kiemelve és megjegyzéssel ellátva
  out/people/<Azonosító Név>/scorecard-ÉÉÉÉ-HH.xlsx
                                  mindenki bizalmas egyéni eredménylapja: a
                                  saját számai és azok alakulása, mellettük
                                  a csoportja és az osztály összesítései;
                                  ezeket lehet kiosztani

Az eredménylapokon a számok alakulása a legfeljebb öt korábbi hónapból
azokat veszi figyelembe, amelyek terve még az inboxban van. Minden fájlt
előbb ideiglenes fájlba ír, és csak utána nevezi át a végleges nevére: hiba
esetén a korábbi jelentés érintetlen marad (kilépési kód: 3). A havi
jelentés mindenkit név szerint említ, és a kereskedelmi igazgatónak szól;
az egyéni eredménylapokat és a „salesrhythm week” pénteki összesítőit lehet
kiosztani. Egyik kimenet sem lehet maga az inbox, egy benne lévő fájl vagy
bármi, ami benne van: az ilyen --out vagy kimeneti mappát 2-es kilépési
kóddal elutasítja, mielőtt bármit írna. A --json kapcsolóval állandó
szerkezetű JSON-összesítést ír a szabványos kimenetre (lásd a README-t).

A hónap közben futtatva az Összefoglaló az ütemet (időarányos teljesítést)
is mutatja: a --as-of napig (alapértelmezés: tegnap, az utolsó lezárult
nap) keltezett rekordok tényleges értékét az addig eltelt munkanapok
szerint időarányos célhoz mérve. Ütem nincs, amíg a hónap első munkanapja
le nem zárult, és akkor sem, ha a hónap már véget ért.

A --from és a --to (vagy a --year) kapcsolóval helyette időszaki jelentést
ír: naptári évre out/salesrhythm-ÉÉÉÉ.xlsx, különben
out/salesrhythm-ÉÉÉÉ-HH_ÉÉÉÉ-HH.xlsx néven, a tervvel rendelkező hónapokra
összegzett időszaki teljesítéssel, rangsorral és a hónapok számaival.

Kilépési kód: 1, ha a beolvasott adatokban hiba volt; a jelentés ekkor is
elkészül. Ha a hónap terve nincs az inboxban, nincs miről jelentést
készíteni: a kilépési kód 1, és semmi sem készül.`),
		Example: a.help(`  salesrhythm report --month 2026-11
  salesrhythm report --month 2026-12 --as-of 2026-12-10
  salesrhythm report --json > summary.json
  salesrhythm report --out board/november.xlsx`, `  salesrhythm report --month 2026-11
  salesrhythm report --month 2026-12 --as-of 2026-12-10
  salesrhythm report --json > osszesito.json
  salesrhythm report --out igazgatosag/november.xlsx`),
		Args: cobra.NoArgs,
		RunE: command(func(cmd *cobra.Command, args []string) error {
			cfg, err := a.loadConfig(cmd, monthKeys)
			if err != nil {
				return err
			}
			if period.set() {
				months, err := period.months(a)
				if err != nil {
					return err
				}
				return a.runPeriod(cmd, cfg, months, out, asJSON, *noCache)
			}
			return a.runReport(cmd, cfg, out, asJSON, *noCache)
		}),
	}
	cmd.Flags().String("month", "", a.monthUsage(false))
	cmd.Flags().StringVar(&out, "out", "", a.help("the report workbook `NAME.xlsx`, its charts and feedback copies beside it in NAME-charts/ and NAME-feedback/ (default: out/salesrhythm-YYYY-MM.xlsx)",
		"a jelentés munkafüzete, `NÉV.xlsx`; diagramjai és a javítandó példányok mellette, a NÉV-charts/ és a NÉV-feedback/ mappában (alapértelmezés: out/salesrhythm-ÉÉÉÉ-HH.xlsx)"))
	cmd.Flags().BoolVar(&asJSON, "json", false, a.help("print the JSON summary to stdout", "a JSON-összesítés kiírása a szabványos kimenetre"))
	cmd.Flags().String("as-of", "", a.help("the last day the figures have reached, `YYYY-MM-DD`: pace runs through it (default: yesterday)", "a nap, `ÉÉÉÉ-HH-NN`, amelyikig (azt is beleértve) az ütemet számolja (alapértelmezés: tegnap)"))
	period.add(a, cmd)
	noCache = a.noCacheFlag(cmd)
	return cmd
}

// asOf is the day pace runs through: --as-of, else yesterday, the last day
// that has ended, so that there is no pace before the month's first working
// day is over.
func (a *app) asOf(cmd *cobra.Command) (salesrhythm.Date, error) {
	if f := cmd.Flags().Lookup("as-of"); f != nil && f.Value.String() != "" {
		d, err := salesrhythm.ParseDate(f.Value.String())
		if err != nil {
			// A day named by its month without its year (dec. 3.) is the
			// latest such day up to today, as a cell that looks back reads
			// it; numbers alone (12/11) may be read two ways, and are not.
			today, v := salesrhythm.DateOf(a.now()), f.Value.String()
			if strings.ContainsFunc(v, unicode.IsLetter) {
				if past, p := importer.ParseDateIn(importer.Cell{Raw: v}, salesrhythm.Period{Start: today, End: today}, schema.Behind); p == nil {
					return past, nil
				}
			}
			return salesrhythm.Date{}, usageError(fmt.Errorf("--as-of: %w", a.words(err)))
		}
		return d, nil
	}
	return salesrhythm.DateOf(a.now()).AddDays(-1), nil
}

// runReport imports, analyses and writes the month's report.
func (a *app) runReport(cmd *cobra.Command, cfg salesrhythm.Config, out string, asJSON, noCache bool) error {
	asOf, err := a.asOf(cmd)
	if err != nil {
		return err
	}
	dst, from := report.DefaultOutput(cfg.Paths.Output, cfg.Month), "the output folder, set by --output or paths.output"
	if out != "" {
		// Another workbook keeps its charts and feedback copies beside it,
		// leaving the month's usual ones alone.
		base := strings.TrimSuffix(out, filepath.Ext(out))
		dst, from = report.Output{Workbook: out, Charts: base + "-charts", Feedback: base + "-feedback", People: base + "-people"}, "given by --out"
	}
	if dst.People == "" {
		dst.People = filepath.Join(cfg.Paths.Output, "people")
	}
	dst.Folder = templates.SafeName
	if err := outsideInbox(cfg, from, dst.Workbook, dst.Charts, dst.Feedback, dst.People); err != nil {
		return err
	}
	if err := outsideInbox(cfg, "the records cache in the output folder, set by --output or paths.output", cacheDir(cfg)); err != nil {
		return err
	}
	if asOf.Before(cfg.Month.First()) && !a.quiet {
		fprintf(a.stderr, "%s\n", a.text("warning: the as-of day %s is before %s began: the report counts every record of the month as typed, with no pace; give --as-of a day of the month for the month so far",
			asOf, salesrhythm.FormatMonth(cfg.Month, a.locale)))
	}
	months := historyMonths(cfg, cfg.Month)
	arch, err := a.scanInbox(cmd, cfg, months, noCache)
	if err != nil {
		return err
	}
	defer arch.Close()
	res, err := arch.Month(cmd.Context(), cfg.Month)
	if err != nil {
		return cannotRun(err)
	}
	if err := planReady(cfg, res); err != nil {
		return err
	}
	a.log.Debug("month assembled", "files", len(res.Files))
	result := analyse(cfg, res, asOf)
	a.log.Debug("month analysed")
	res.Records, res.Lent = importer.Records{Plan: res.Plan}, importer.Lent{} // the month's records are analysed; the earlier months need the memory
	hist, earlier, err := history(cmd.Context(), arch, cfg, held(arch, months), result)
	if err != nil {
		return err
	}
	a.log.Debug("history analysed", "months", len(earlier))
	// Every month wanted is analysed: the files read, several hundred MB
	// in a large department, are not needed while the report is written.
	arch.Close()
	rin := report.Input{Config: cfg, Result: result, Plan: res.Plan, Sources: res.Files,
		Findings: result.Findings, Inbox: cfg.Paths.Inbox, Open: importer.Open, History: hist, Earlier: earlier}
	w, err := report.Write(rin, dst)
	a.log.Debug("report written", "scorecards", len(w.Scorecards), "feedback", len(w.Feedback))
	if err != nil {
		return cannotRun(fmt.Errorf("%s: %w %s", a.text("writing the report"), err, a.text("(the previous report, if any, is unchanged)")))
	}
	for _, u := range w.Unannotated {
		if !a.quiet {
			fprintf(a.stderr, "%s\n", a.text("warning: no feedback copy of %s: %s", u.File, u.Reason))
		}
	}
	errs := salesrhythm.SeverityCount(rin.Findings, salesrhythm.Error)
	if asJSON {
		enc := json.NewEncoder(a.stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(report.Summarise(rin)); err != nil {
			return err
		}
	} else {
		a.printReport(rin, dst, w, errs)
	}
	if errs > 0 {
		return inputProblems(a.errorf("%d errors in the input", errs))
	}
	return nil
}

func (a *app) printReport(in report.Input, dst report.Output, w report.Written, errs int) {
	r := in.Result
	l := a.locale
	cur := in.Config.Currency
	a.say("Report for %s: %s", r.Month, w.Workbook)
	var files [][2]string
	files = append(files, [2]string{a.text("charts:"), a.text("%d images in %s", len(w.Charts), dst.Charts)})
	if len(w.Feedback) > 0 {
		files = append(files, [2]string{a.text("feedback:"), a.text("%d copies with their problems marked, in %s", len(w.Feedback), dst.Feedback)})
	}
	files = append(files, [2]string{a.text("scorecards:"), a.text("%d, one for each person, in %s", len(w.Scorecards), dst.People)})
	a.table(files)
	rev := r.Department.Measures.Revenue
	a.say("")
	var lines [][2]string
	pace := ""
	if rev.Pace.Valid && r.InProgress() {
		pace = a.text("; pace %s as of %s", rev.Pace, r.AsOf)
	}
	pace = report.Targeted(rev, func(v float64) string { return salesrhythm.FormatMoney(v, cur, l) }, l) + pace
	lines = append(lines, [2]string{a.text("revenue"), a.text("%s of %s (%s)%s", salesrhythm.Money{Amount: rev.Total, Currency: cur},
		salesrhythm.Money{Amount: rev.Target, Currency: cur}, rev.Fulfilment, pace)})
	if note := report.PaceNote(r, l); note != "" {
		lines = append(lines, [2]string{"", note})
	}
	head := a.text("left out")
	for _, m := range []salesrhythm.Measure{salesrhythm.Revenue, salesrhythm.Deals, salesrhythm.Calls, salesrhythm.Meetings} {
		if s, ok := report.Shortfalls(in.Findings, m); ok {
			lines = append(lines, [2]string{head, a.text("%s: %s", salesrhythm.LabelOf(salesrhythm.Measures, string(m)).Lower(), s.Note(cur, l))})
			head = ""
		}
	}
	leaders, laggards, provisional := 0, 0, 0
	for _, p := range r.People {
		switch p.Band {
		case analysis.BandLeader:
			leaders++
		case analysis.BandLaggard:
			laggards++
		case analysis.BandProvisional:
			provisional++
		}
	}
	people := a.text("%d in the plan: %s, %s", len(r.People), salesrhythm.Tr("%d leaders", leaders), salesrhythm.Tr("%d laggards", laggards))
	if provisional > 0 {
		people += a.text(", %d provisional (below the laggards' threshold on figures that miss values)", provisional)
	}
	lines = append(lines,
		[2]string{a.text("people"), people},
		[2]string{a.text("workbooks"), report.CountWorkbooks(in).Describe(l)},
		[2]string{a.text("problems"), a.problems(in.Findings)})
	a.table(lines)
}

// problems counts the errors and warnings of fs, as the Summary does: an
// info note (a record not the month's yet, a hedge read as NO) is no
// problem.
func (a *app) problems(fs []salesrhythm.Finding) string {
	return a.text("%s and %s — see the Data quality sheet", salesrhythm.Tr("%d errors", salesrhythm.SeverityCount(fs, salesrhythm.Error)),
		salesrhythm.Tr("%d warnings", salesrhythm.SeverityCount(fs, salesrhythm.Warning)))
}

// table prints label and value pairs, the values lined up after the
// longest label in the app's language.
func (a *app) table(rows [][2]string) {
	w := 0
	for _, r := range rows {
		w = max(w, utf8.RuneCountInString(r[0]))
	}
	for _, r := range rows {
		a.say("  %-*s  %s", w, r[0], r[1])
	}
}

// analyse computes the month's figures from what the inbox held. Its
// findings are the importer's, each charged with what it keeps out of the
// figures, then the analysis's own.
func analyse(cfg salesrhythm.Config, res *importer.Result, asOf salesrhythm.Date) analysis.Result {
	return analysis.Analyse(analysis.InputOf(cfg.Month, asOf, cfg, res.Records, res.Lent, res.Submissions, res.Findings))
}

// planReady refuses a month without a plan, or with a plan that names
// nobody: its report would be empty figures and empty charts.
func planReady(cfg salesrhythm.Config, res *importer.Result) error {
	m := cfg.Month.String()
	// A plan read with nobody in it is no plan to the importer.
	empty := slices.ContainsFunc(res.Findings, func(f salesrhythm.Finding) bool { return f.Code == salesrhythm.CodeEmptyPlan })
	switch plan := res.Plan; {
	case plan == nil && !empty:
		return inputError(errors.New(salesrhythm.Tr(
			"no plan for %[1]s in %[2]s, so there is nothing to report and no report was written: make the plan with 'salesrhythm template plan --month %[3]s', fill in its team and targets (the director's decisions), and put it in the inbox",
			cfg.Month, cfg.Paths.Inbox, m).In(cfg.Locale)))
	case plan == nil || len(plan.Team) == 0:
		return inputError(errors.New(salesrhythm.Tr(
			"the plan for %[1]s lists nobody on its Team sheet, so there is nothing to report and no report was written: fill in the team and put the plan back in the inbox",
			cfg.Month).In(cfg.Locale)))
	}
	return nil
}
