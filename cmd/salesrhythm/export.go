package main

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"salesrhythm"
	"salesrhythm/export"
	"salesrhythm/report"
	"salesrhythm/schema"
)

func (a *app) exportCommand() *cobra.Command {
	var out, csvDir string
	var period periodFlags
	var noCache *bool
	cmd := &cobra.Command{
		Use: "export",
		Short: a.help("Write every record a report used as tables for pivot tables and BI tools",
			"A jelentés minden rekordja táblázatokként, kimutatásokhoz és BI-eszközökhöz"),
		Long: a.help(`export writes every record the month's report used — calls, deals, funnels,
time slots, events, action items, self-assessment answers, the plan's team
and targets, every other kind of record the workbooks hold — and every
finding, each row with its month, person, the person's name and group in
that month's plan, and its source file, sheet and row:

  out/salesrhythm-export-YYYY-MM.xlsx   one sheet per kind of record, each an
                                        Excel table: typed columns, a frozen
                                        header, a filter

With --csv DIR it also writes one CSV file per kind into DIR: UTF-8 with a
byte-order mark, so that Excel reads accented letters right, with the
locale's separator (a comma in English, a semicolon in Hungarian) and
decimal mark; a value that starts with = + - @, a tab or a carriage return
gets a ' before it, so that no spreadsheet runs it as a formula. The
README lists every column.

With --from and --to (or --year) it exports the months of a period, each
record once, in the month it counts in. A sheet longer than Excel's
1 048 576 rows goes on in a second sheet; the CSV files have no limit.
Every file is written to a temporary file and renamed into place. No
output may be in the inbox (exit code 2).

Exit code 1 when the input had errors; the export is still written.`,
			`Az export kiírja a hónap jelentése által felhasznált összes rekordot –
hívásokat, üzletkötéseket, értékesítési tölcsért, az időbeosztás
idősávjait, eseményeket, feladatokat, önértékelési válaszokat, a terv
csapatát és céljait, a munkafüzetek minden más rekordtípusát – és minden
problémát; minden sorban ott a hónap, a munkatárs azonosítója, neve és
csoportja az adott hónap tervében, valamint a forrásfájl, a munkalap és a
sor:

  out/salesrhythm-export-ÉÉÉÉ-HH.xlsx   rekordtípusonként egy munkalap,
                                        mindegyik Excel-táblázat: típusos
                                        oszlopok, rögzített fejléc, szűrő

A --csv MAPPA kapcsolóval rekordtípusonként egy CSV-fájlt is ír a megadott mappába:
UTF-8 kódolással, bájtsorrend-jellel, hogy az Excel jól olvassa az ékezetes
betűket, a nyelv elválasztójával (angolul vessző, magyarul pontosvessző) és
tizedesjelével; az = + - @ jellel, tabulátorral vagy kocsivissza-jellel
kezdődő érték elé ' kerül, hogy egyetlen táblázatkezelő se futtassa
képletként. A README minden oszlopot felsorol.

A --from és a --to (vagy a --year) kapcsolóval egy időszak hónapjait
exportálja, minden rekordot egyszer, abban a hónapban, amelyikben számít. Az
Excel 1 048 576 soránál hosszabb munkalap egy második munkalapon
folytatódik; a CSV-fájloknak nincs ilyen korlátja. Minden fájlt előbb
ideiglenes fájlba ír, és csak utána nevezi át a végleges nevére. Egyik
kimenet sem lehet az inboxban (kilépési kód: 2).

Kilépési kód: 1, ha a beolvasott adatokban hiba volt; az export ekkor is
elkészül.`),
		Example: `  salesrhythm export --month 2026-11
  salesrhythm export --year 2026 --csv out/csv-2026
  salesrhythm export --from 2026-01 --to 2026-06 --out board/h1.xlsx`,
		Args: cobra.NoArgs,
		RunE: command(func(cmd *cobra.Command, args []string) error {
			cfg, err := a.loadConfig(cmd, monthKeys)
			if err != nil {
				return err
			}
			months := []salesrhythm.Month{cfg.Month}
			if period.set() {
				if months, err = period.months(a); err != nil {
					return err
				}
			}
			return a.runExport(cmd, cfg, months, out, csvDir, *noCache)
		}),
	}
	cmd.Flags().String("month", "", a.monthUsage(false))
	cmd.Flags().StringVar(&out, "out", "", a.help("the export workbook `NAME.xlsx` (default: out/salesrhythm-export-YYYY-MM.xlsx)", "az exportált munkafüzet, `NÉV.xlsx` (alapértelmezés: out/salesrhythm-export-ÉÉÉÉ-HH.xlsx)"))
	cmd.Flags().StringVar(&csvDir, "csv", "", a.help("also write one CSV file per kind of record into `DIR`", "rekordtípusonként egy CSV-fájl írása is a megadott mappába (`MAPPA`)"))
	period.add(a, cmd)
	noCache = a.noCacheFlag(cmd)
	return cmd
}

// runExport exports the months, one at a time.
func (a *app) runExport(cmd *cobra.Command, cfg salesrhythm.Config, months []salesrhythm.Month, out, csvDir string, noCache bool) error {
	from, to := months[0], months[len(months)-1]
	name := from.String()
	if len(months) > 1 {
		name = report.PeriodName(from, to)
	}
	where := "given by --out"
	if out == "" {
		out, where = filepath.Join(cfg.Paths.Output, "salesrhythm-export-"+name+".xlsx"), "the output folder, set by --output or paths.output"
	}
	if err := outsideInbox(cfg, where, out); err != nil {
		return err
	}
	if csvDir != "" {
		if err := outsideInbox(cfg, "given by --csv", csvDir); err != nil {
			return err
		}
	}
	if err := outsideInbox(cfg, "the records cache in the output folder, set by --output or paths.output", cacheDir(cfg)); err != nil {
		return err
	}
	arch, err := a.scanInbox(cmd, cfg, months, noCache)
	if err != nil {
		return err
	}
	defer arch.Close()
	title := salesrhythm.FormatMonth(from, cfg.Locale)
	if len(months) > 1 {
		title += " – " + salesrhythm.FormatMonth(to, cfg.Locale)
	}
	x, err := export.New(export.Options{Config: cfg, Schema: schema.New(cfg), Workbook: out, CSV: csvDir,
		Title: salesrhythm.T("salesrhythm export", "salesrhythm-export").In(cfg.Locale) + " · " + title, Created: from.First().Time()})
	if err != nil {
		return cannotRun(fmt.Errorf("%s: %w", a.text("writing the export"), err))
	}
	errs := 0
	for _, m := range months {
		res, err := arch.Month(cmd.Context(), m)
		if err != nil {
			x.Close(false)
			return cannotRun(err)
		}
		findings := res.Findings
		if res.Plan != nil {
			c := cfg
			c.Month = m
			findings = analyse(c, res, salesrhythm.Date{}).Findings
		}
		errs += salesrhythm.SeverityCount(findings, salesrhythm.Error)
		rec := res.Records
		rec.Calls, rec.Slots = res.Lent.Calls.Values(), res.Lent.Slots.Values()
		if err := x.Add(export.Month{Month: m, Plan: res.Plan, Records: rec, Findings: findings, Files: res.Files}); err != nil {
			x.Close(false)
			return cannotRun(fmt.Errorf("%s: %w", a.text("writing the export"), err))
		}
	}
	if err := x.Close(true); err != nil {
		return cannotRun(fmt.Errorf("%s: %w %s", a.text("writing the export"), err, a.text("(the previous export, if any, is unchanged)")))
	}
	a.say("Export of %s: %s", title, out)
	if csvDir != "" {
		a.say("  CSV files: %s", csvDir)
	}
	a.say("  rows: %s", strings.Join(x.Rows(a.locale), ", "))
	if errs > 0 {
		return inputProblems(a.errorf("%d errors in the input", errs))
	}
	return nil
}
