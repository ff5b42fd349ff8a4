package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"salesrhythm"
	"salesrhythm/demo"
	"salesrhythm/report"
	"salesrhythm/templates"
)

func (a *app) demoCommand() *cobra.Command {
	var month string
	var managers, months int
	var seed int64
	var force bool
	cmd := &cobra.Command{
		Use: a.help("demo [DIR]", "demo [MAPPA]"),
		Short: a.help("Make a demo company's month and its report, to see the product work",
			"Egy kitalált cég hónapja a jelentésével együtt: így látható, hogyan működik a program"),
		Long: a.help(`demo makes a working folder (DIR, default ./salesrhythm-demo) holding a
realistic month of a sales department: a config.yaml, and in inbox/ the
director's plan and every call register, time table, weekly report, client
profiles workbook, management log, one-on-one sheet and self-assessment the
month's report reads, each made as 'salesrhythm template' makes it and filled
in with plausible data. The company has a director, a head of sales, a lead
for every five managers and the managers. A few human mistakes are planted
for the report to catch: a date typed as text, a value outside a drop-down,
a workbook sent twice, an Office lock file, a deal whose date and another
whose amount cannot be read (the Summary says what they cost), a date typed
without its year and a name typed for an ID (both read as meant). Then it
runs the report (with every person's scorecard) and the Friday packs of the
week of the month's second weekly meeting, and says where they are.

With --months N it makes N consecutive months ending with --month, the
archive a team's inbox becomes: each month with its own plan (the manager
who joins in the last month is in no earlier one), managers whose
fulfilment drifts from month to month, leaders whose self-assessments
grow; the report's Trends sheet shows the trends.

The same --seed makes the same files, byte for byte. DIR must be new or empty
unless --force is given: then the demo's files replace those of the same name
and everything else in DIR stays (workbooks left in its inbox are read too).
The demo reads the config.yaml it writes; --config is not used.`,
			`A demo munkamappát készít (MAPPA, alapértelmezés: ./salesrhythm-demo) egy
értékesítési osztály életszerű hónapjával: egy config.yaml fájllal, az
inbox/ mappában pedig az igazgató havi tervével és minden hívásnaplóval,
időbeosztással, heti jelentéssel, ügyfélnyilvántartással, vezetői naplóval,
egyéni beszélgetésről készült feljegyzéssel és önértékeléssel, amelyeket a
havi jelentés beolvas; mindegyik úgy készül, ahogy a „salesrhythm template”
készíti, és hihető adatokkal van kitöltve. A cégben van kereskedelmi
igazgató, értékesítési vezető, minden öt értékesítőre egy csoportvezető és
az értékesítők. Néhány emberi hibát is elrejt benne, hogy a jelentés
kiszűrje: szövegként beírt dátumot, a legördülő listán kívüli értéket,
kétszer leadott munkafüzetet, Office zárolási fájlt, két üzletkötést, az
egyiknek a dátuma, a másiknak az összege nem olvasható (az Összefoglaló
megírja, mennyi marad ki emiatt a számításból), évszám nélkül beírt dátumot
és azonosító helyett beírt nevet (ezt a kettőt úgy olvassa be, ahogy
szánták). Ezután elkészíti a jelentést (mindenki egyéni eredménylapjával) és
a hónap második heti tervezőértekezletének hetére a pénteki összesítőket, és
megírja, hol találhatók.

A --months N kapcsolóval N egymást követő hónapot készít, a --month
hónappal bezárólag, ahogy egy csapat inbox mappájában idővel összegyűlnek a
hónapok: minden hónapnak saját terve van (az utolsó hónapban belépő
értékesítő egyik korábbiban sem szerepel), az értékesítők teljesítése
hónapról hónapra változik, a vezetők önértékelése javul; a jelentés
Trendek munkalapja mutatja a számok alakulását.

Ugyanaz a --seed bájtra ugyanazokat a fájlokat adja. A MAPPA legyen új vagy
üres, hacsak nincs megadva a --force: ekkor a demó fájljai felülírják az
azonos nevűeket, minden más marad a mappában (az inbox mappájában hagyott
munkafüzeteket is beolvassa). A demó az általa írt config.yaml fájlt
olvassa; a --config kapcsolót nem használja.`),
		Example: a.help(`  salesrhythm demo
  salesrhythm demo big-company --managers 500 --month 2026-11 --seed 7
  salesrhythm demo --months 6 year-so-far
  salesrhythm demo --locale hu demo-hu`, `  salesrhythm demo
  salesrhythm demo nagyceg --managers 500 --month 2026-11 --seed 7
  salesrhythm demo --months 6 ev-eddig
  salesrhythm demo --locale hu demo-hu`),
		Args: cobra.MaximumNArgs(1),
		RunE: command(func(cmd *cobra.Command, args []string) error {
			dir := "salesrhythm-demo"
			if len(args) == 1 {
				dir = args[0]
			}
			o := demo.Options{Month: salesrhythm.MonthBefore(a.now()), Managers: managers, Seed: seed, Locale: salesrhythm.English, Months: months}
			if month != "" {
				m, err := salesrhythm.ParseMonth(month)
				if err != nil {
					return usageError(fmt.Errorf("--month: %w", a.words(err)))
				}
				o.Month = m
			}
			if months < 1 || months > demo.MaxMonths {
				return usageError(a.errorf("--months %d: from 1 to %d", months, demo.MaxMonths))
			}
			if managers < demo.MinManagers {
				return usageError(a.errorf("--managers %d: the demo needs at least %d", managers, demo.MinManagers))
			}
			loc, err := a.localeAsked(cmd)
			if err != nil {
				return err
			}
			o.Locale, a.locale = loc, loc
			if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 && !force {
				return usageError(a.errorf("%s is not empty; name a new folder, or use --force to write the demo into it", dir))
			}
			return a.demo(cmd, dir, o)
		}),
	}
	cmd.Flags().StringVar(&month, "month", "", a.help("the month, `YYYY-MM` (default: last month)", "a hónap, `ÉÉÉÉ-HH` (alapértelmezés: az előző hónap)"))
	cmd.Flags().IntVar(&managers, "managers", demo.DefaultManagers, a.help("`N` managers in the company, with a lead for every five", "`N` értékesítő a cégben; minden ötre jut egy csoportvezető"))
	cmd.Flags().Int64Var(&seed, "seed", 1, a.help("the random seed `N`: the same seed makes the same files", "a véletlenszám-generátor kezdőértéke, `N`: ugyanaz az érték ugyanazokat a fájlokat adja"))
	cmd.Flags().IntVar(&months, "months", 1, a.help("`N` consecutive months to make, ending with --month", "`N` egymást követő hónap készül, a --month hónappal bezárólag"))
	cmd.Flags().BoolVar(&force, "force", false, a.help("write into a DIR that is not empty", "írás akkor is, ha a MAPPA nem üres"))
	return cmd
}

// demo makes the demo in dir, runs the report on it and says what to try.
func (a *app) demo(cmd *cobra.Command, dir string, o demo.Options) error {
	bar := a.progress(a.text("making workbooks"))
	o.Progress = bar.update
	truth, err := demo.Generate(cmd.Context(), dir, o)
	bar.done()
	if err != nil {
		return err
	}
	roles := map[salesrhythm.Role]int{}
	for _, l := range truth.Leaders {
		roles[l.Role]++
	}
	var span salesrhythm.Localised = truth.Month
	workbooks := truth.Workbooks
	if len(truth.Earlier) > 0 {
		span = salesrhythm.Tr("%s to %s", truth.Earlier[0].Month, truth.Month)
		for _, e := range truth.Earlier {
			workbooks += e.Workbooks
		}
	}
	a.say("Made a demo of %s for %s in %s:", truth.Company, span, dir)
	a.say("  %d people: a director, a head of sales, %s and %s", len(truth.Leaders)+len(truth.Managers),
		salesrhythm.Tr("%d group leads", roles[salesrhythm.Lead]), salesrhythm.Tr("%d managers", len(truth.Managers)))
	a.say("  %s written to %s (the report below says which are due), with %s in %s for the report to catch:",
		salesrhythm.Tr("%d workbook files", workbooks), filepath.Join(dir, "inbox"), salesrhythm.Tr("%d planted mistakes", len(truth.Mistakes)), truth.Month)
	for _, m := range truth.Mistakes {
		place := m.File
		if m.Cell != "" {
			place += ", " + a.place(salesrhythm.Finding{Sheet: m.Sheet, Cell: m.Cell})
		}
		code := string(m.Code)
		if code == "" {
			code = a.text("no finding")
		}
		a.say("    %s (%s)", m.What, code)
		a.say("      %s", place)
	}

	if a.configFile, err = filepath.Abs(filepath.Join(dir, "config.yaml")); err != nil {
		return err
	}
	cfg, err := a.loadConfig(cmd, nil)
	if err != nil {
		return err
	}
	// The planted mistakes are errors in the input on purpose: a report that
	// finished and lists them is what the demo is for.
	if err := a.runReport(cmd, cfg, "", false, false); err != nil && exitCode(err) != exitInputError {
		return err
	}
	week := truth.Week.Week
	if err := a.runWeek(cmd, cfg, week, week.End, false); err != nil && exitCode(err) != exitInputError {
		return err
	}
	out := report.DefaultOutput(cfg.Paths.Output, cfg.Month)
	packs := report.DefaultWeekOutput(cfg.Paths.Output, week.Start, templates.SafeName)
	a.say("")
	outputs := [][2]string{
		{a.text("The report:"), a.text("%s   (for the director)", shortPath(out.Workbook))},
		{a.text("Its charts:"), shortPath(out.Charts) + string(filepath.Separator)},
		{a.text("Scorecards:"), a.text("%s   (one for each person, to hand out)", shortPath(filepath.Join(cfg.Paths.Output, "people"))+string(filepath.Separator))},
		{a.text("Friday packs:"), a.text("%s   (one for each lead and head, to hand out)", shortPath(packs.Dir)+string(filepath.Separator))},
	}
	labels := 0
	for _, o := range outputs {
		labels = max(labels, utf8.RuneCountInString(o[0]))
	}
	for _, o := range outputs {
		a.say("%-*s  %s", labels, o[0], o[1])
	}
	a.say("")
	a.tryNext(dir, salesrhythm.WeekName(week.Start.AddDays(7)))
	return nil
}

// tryNext suggests the commands to run next on the demo in dir, spelled as
// the user can run them: by the name on the PATH or the path of the binary
// they ran, or, under 'go run', once installed.
func (a *app) tryNext(dir, nextWeek string) {
	name, installed := a.self()
	check, another := name+" check", name+" week --week "+nextWeek
	if !here(dir) {
		check = "cd " + dir + " && " + check
	}
	width := max(utf8.RuneCountInString(check), utf8.RuneCountInString(another))
	if installed {
		a.say("Try next:")
	} else {
		a.say("Try next, once the command is installed (go install ./cmd/salesrhythm, in the source folder):")
	}
	a.say("  %-*s   every workbook read, and each mistake with its cell", width, check)
	a.say("  %-*s   the month's report again", width, name+" report")
	a.say("  %-*s   the Friday packs of another week", width, another)
}

// self is how the user runs this program: "salesrhythm" when that is the
// command installed on the PATH, else the executable's absolute path (the
// commands suggested start with a cd); and whether it can be run as such.
// A program run by 'go run' or a test is not installed: the user must
// install it first.
func (a *app) self() (string, bool) {
	if a.executable != nil {
		return a.executable()
	}
	exe, err := os.Executable()
	if err != nil {
		return "salesrhythm", false
	}
	if real, err := filepath.EvalSymlinks(exe); err == nil {
		exe = real
	}
	if found, err := exec.LookPath("salesrhythm"); err == nil {
		if real, err := filepath.EvalSymlinks(found); err == nil && real == exe {
			return "salesrhythm", true
		}
	}
	if strings.Contains(exe, "go-build") || strings.HasSuffix(exe, ".test") {
		return "salesrhythm", false
	}
	return exe, true
}

// shortPath returns p relative to the current folder when it lies inside it.
func shortPath(p string) string {
	wd, err := os.Getwd()
	if err != nil {
		return p
	}
	if rel, err := filepath.Rel(wd, p); err == nil && !strings.HasPrefix(rel, "..") {
		return rel
	}
	return p
}
