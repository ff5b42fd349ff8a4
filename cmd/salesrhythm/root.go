package main

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"salesrhythm"
	"salesrhythm/config"
)

// app is what every subcommand shares: the output streams, the logger and
// the global flags.
type app struct {
	stdout, stderr io.Writer
	log            *slog.Logger
	configFile     string
	quiet, verbose bool
	now            func() time.Time
	// locale is the language of what the program says: the configuration's
	// once it is read, before that what --locale, the environment or the
	// config file ask for.
	locale salesrhythm.Locale
	// executable, when set, replaces how self finds the program (tests).
	executable func() (string, bool)
}

// run executes the command line args. Tests call it directly.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	a := &app{stdout: stdout, stderr: stderr, now: time.Now, locale: peekLocale(args)}
	root := a.rootCommand()
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(stderr)
	cmd, err := root.ExecuteContextC(ctx)
	return a.localError(root, cmd, err)
}

func (a *app) rootCommand() *cobra.Command {
	root := &cobra.Command{
		Use:   "salesrhythm",
		Short: a.help("Monthly sales-management batch for teams that live in Excel", "Havi értékesítésvezetési munkafüzetek Excelben dolgozó csapatoknak"),
		Long: a.help(`salesrhythm turns a sales-management rhythm — morning meetings, weekly planning
meetings, one-on-ones, joint client visits, call registers, time tables, a
monthly plan and a leader self-assessment — into a monthly batch of Excel
workbooks, and reads them back at month end into a report for the director.

Settings come from config.yaml (see 'salesrhythm init'); environment
variables SALESRHYTHM_<KEY> and flags override it.`, `A salesrhythm az értékesítésvezetés ritmusát – reggeli megbeszélés, heti
tervezőértekezlet, egyéni beszélgetés, közös ügyféllátogatás, hívásnapló,
időbeosztás, havi terv és vezetői önértékelés – havonta kiadott
Excel-munkafüzetekké alakítja, a hónap végén pedig visszaolvassa őket, és
jelentést készít belőlük a kereskedelmi igazgatónak.

A beállítások a config.yaml fájlban vannak (lásd: „salesrhythm init”); a
SALESRHYTHM_<KULCS> környezeti változók és a kapcsolók felülírják őket.`),
		Example: a.help(`  salesrhythm demo                          # a made-up month, end to end
  salesrhythm init my-team && cd my-team     # a working folder for a real team
  salesrhythm template plan --month 2026-12  # the plan for the director
  salesrhythm template all --month 2026-12   # every workbook of the month
  salesrhythm check --month 2026-12          # what is wrong where in the inbox
  salesrhythm report --month 2026-12         # the monthly report and the scorecards
  salesrhythm week --week 2026-W49           # the Friday packs of the leads and heads`,
			`  salesrhythm demo                          # egy kitalált hónap, elejétől a végéig
  salesrhythm init csapat && cd csapat       # munkamappa egy valódi csapatnak
  salesrhythm template plan --month 2026-12  # a havi terv az igazgatónak
  salesrhythm template all --month 2026-12   # a hónap összes munkafüzete
  salesrhythm check --month 2026-12          # mi hibás és hol az inbox mappában
  salesrhythm report --month 2026-12         # a havi jelentés és az egyéni eredménylapok
  salesrhythm week --week 2026-W49           # a csoportvezetők és az értékesítési vezetők pénteki összesítői`),
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRun: func(cmd *cobra.Command, args []string) {
			a.setupLog()
		},
	}
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return usageError(localised{a.flagError(cmd, err) + a.seeHelp(cmd.CommandPath()), err})
	})
	pf := root.PersistentFlags()
	pf.StringVar(&a.configFile, "config", "", a.help("the settings `FILE` (default: ./config.yaml when present)", "a beállításokat tartalmazó `FÁJL` (alapértelmezés: ./config.yaml, ha van)"))
	pf.BoolVarP(&a.quiet, "quiet", "q", false, a.help("print only errors", "csak a hibák kiírása"))
	pf.BoolVarP(&a.verbose, "verbose", "v", false, a.help("log each step to stderr", "minden lépés naplózása a hibakimenetre"))
	root.MarkFlagsMutuallyExclusive("quiet", "verbose")

	pf.String("inbox", "", a.help("the inbox, the `DIR` of completed workbooks (default: paths.inbox of the config)", "az inbox: a kitöltött munkafüzeteket tartalmazó `MAPPA` (alapértelmezés: a beállítások paths.inbox értéke)"))
	pf.String("output", "", a.help("the output `DIR` (default: paths.output of the config)", "a kimeneti `MAPPA` (alapértelmezés: a beállítások paths.output értéke)"))
	pf.String("locale", "", a.help("the language of templates and report, `en|hu` (default: locale of the config)",
		"a sablonok és a jelentés nyelve, `en|hu` (alapértelmezés: a beállítások locale értéke)"))

	root.AddCommand(a.demoCommand(), a.initCommand(), a.templateCommand(), a.checkCommand(), a.reportCommand(), a.exportCommand(), a.weekCommand(),
		a.versionCommand())
	a.localHelp(root)
	return root
}

func (a *app) setupLog() {
	level := slog.LevelWarn
	switch {
	case a.quiet:
		level = slog.LevelError
	case a.verbose:
		level = slog.LevelDebug
	}
	a.log = slog.New(slog.NewTextHandler(a.stderr, &slog.HandlerOptions{Level: level}))
}

// say prints a line for people on stdout unless --quiet, in the words of
// the catalogue's message whose English format is format (texts.go).
func (a *app) say(format string, args ...any) {
	if !a.quiet {
		fprintf(a.stdout, "%s\n", a.text(format, args...))
	}
}

// text renders the catalogue's message whose English format is format in
// the app's locale.
func (a *app) text(format string, args ...any) string {
	return salesrhythm.Lookup(format).In(a.locale, args...)
}

// errorf is an error in the words of the catalogue's message whose English
// format is format.
func (a *app) errorf(format string, args ...any) error { return errors.New(a.text(format, args...)) }

// globalKeys binds the global flags to their config keys.
var globalKeys = map[string]string{"paths.inbox": "inbox", "paths.output": "output", "locale": "locale"}

// loadConfig reads the configuration; flags maps config keys to the flags
// of cmd that set them. With no month given, the month is the one before
// today: the month to report.
func (a *app) loadConfig(cmd *cobra.Command, keys map[string]string) (salesrhythm.Config, error) {
	return a.loadConfigFor(cmd, keys, salesrhythm.MonthBefore)
}

// nextMonth is the default month of the templates: the month being
// prepared.
func nextMonth(t time.Time) salesrhythm.Month { return salesrhythm.DateOf(t).MonthOf().Add(1) }

// loadConfigFor is loadConfig with another default month.
func (a *app) loadConfigFor(cmd *cobra.Command, keys map[string]string, month func(time.Time) salesrhythm.Month) (salesrhythm.Config, error) {
	flags := map[string]*pflag.Flag{}
	for key, name := range globalKeys {
		if f := cmd.Flags().Lookup(name); f != nil {
			flags[key] = f
		}
	}
	for key, name := range keys {
		if f := cmd.Flags().Lookup(name); f != nil {
			flags[key] = f
		}
	}
	// A month named without its year (--month dec) is the one of that name
	// nearest today.
	if f := flags["month"]; f != nil && f.Changed {
		if _, err := salesrhythm.ParseMonth(f.Value.String()); err != nil {
			if m, ok := salesrhythm.NearestMonth(f.Value.String(), a.now()); ok {
				_ = f.Value.Set(m.String())
			}
		}
	}
	l, err := config.Load(config.Options{File: a.configFile, Flags: flags, System: config.SystemLanguage()})
	if err != nil {
		return salesrhythm.Config{}, usageError(err)
	}
	a.locale = l.Config.Locale
	if l.File != "" {
		a.log.Debug("configuration read", "file", l.File)
	} else {
		a.log.Debug("no config file; using the built-in defaults")
	}
	if l.Config.Month.IsZero() {
		l.Config.Month = month(a.now())
	}
	a.warnHolidays(l.Config)
	return l.Config, nil
}

// command wraps a RunE so that an error without an exit code means the
// command could not run (exit 3) rather than a usage error.
func command(f func(cmd *cobra.Command, args []string) error) func(*cobra.Command, []string) error {
	return func(cmd *cobra.Command, args []string) error {
		err := f(cmd, args)
		var e *exitError
		if err != nil && !errors.As(err, &e) {
			return cannotRun(err)
		}
		return err
	}
}

// warnHolidays warns when the weeks of the month reach a year whose holidays
// the calendar does not know (no country is set and calendar.holidays lists
// none in it): its public holidays would count as working days.
func (a *app) warnHolidays(cfg salesrhythm.Config) {
	cal := cfg.Calendar.Calendar()
	weeks := salesrhythm.Weeks(cfg.Month)
	for y := weeks[0].Start.Year(); y <= weeks[len(weeks)-1].End.Year(); y++ {
		if cal.Knows(y) || a.quiet {
			continue
		}
		fprintf(a.stderr, "%s\n", a.text("warning: the calendar does not know the holidays of %[1]s, which the weeks of %[2]s reach: calendar.country is not set and calendar.holidays lists no day of %[1]s, so every weekday of %[1]s counts as a working day; set calendar.country (e.g. HU) or list the year's holidays in config.yaml",
			salesrhythm.Plain(y), cfg.Month))
	}
}

// localised is an error said in the user's language that still wraps the
// error it says.
type localised struct {
	msg string
	err error
}

func (e localised) Error() string { return e.msg }

// words is err in the user's language when it is said in every locale
// (salesrhythm.LocalError), else err.
func (a *app) words(err error) error {
	if s := salesrhythm.ErrorIn(err, a.locale); s != err.Error() {
		return localised{s, err}
	}
	return err
}
func (e localised) Unwrap() error { return e.err }
