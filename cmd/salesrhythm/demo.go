package main

import (
	"fmt"
	"os"
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
	var managers int
	var seed int64
	var force bool
	cmd := &cobra.Command{
		Use:   "demo [DIR]",
		Short: "Make a demo company's month and its report, to see the product work",
		Long: `demo makes a working folder (DIR, default ./salesrhythm-demo) holding a
realistic month of a sales department: a config.yaml, and in inbox/ the
director's plan and every call register, time table, weekly report,
management log and self-assessment the month's report reads, each made as
'salesrhythm template' makes it and filled in with plausible data. The company
has a director, a head of sales, a lead for every five managers and the
managers. A few human mistakes are planted for the report to catch: a date
typed as text, a value outside a drop-down, a workbook sent twice, an Office
lock file, a deal whose date and another whose amount cannot be read (the
Summary says what they cost), a date typed without its year and a name typed
for an ID (both read as meant). Then it runs the report (with every person's
scorecard) and the Friday packs of the week of the month's second weekly
meeting, and says where they are.

The same --seed makes the same files, byte for byte. DIR must be new or empty
unless --force is given: then the demo's files replace those of the same name
and everything else in DIR stays (workbooks left in its inbox are read too).
The demo reads the config.yaml it writes; --config is not used.`,
		Example: `  salesrhythm demo
  salesrhythm demo big-company --managers 500 --month 2026-11 --seed 7
  salesrhythm demo --locale hu demo-hu`,
		Args: cobra.MaximumNArgs(1),
		RunE: command(func(cmd *cobra.Command, args []string) error {
			dir := "salesrhythm-demo"
			if len(args) == 1 {
				dir = args[0]
			}
			o := demo.Options{Month: salesrhythm.MonthBefore(a.now()), Managers: managers, Seed: seed, Locale: salesrhythm.English}
			if month != "" {
				m, err := salesrhythm.ParseMonth(month)
				if err != nil {
					return usageError(fmt.Errorf("--month: %w", err))
				}
				o.Month = m
			}
			if managers < demo.MinManagers {
				return usageError(fmt.Errorf("--managers %d: the demo needs at least %d", managers, demo.MinManagers))
			}
			if l, _ := cmd.Flags().GetString("locale"); l != "" {
				loc, err := salesrhythm.ParseLocale(l)
				if err != nil {
					return usageError(fmt.Errorf("--locale: %w", err))
				}
				o.Locale = loc
			}
			if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 && !force {
				return usageError(fmt.Errorf("%s is not empty; name a new folder, or use --force to write the demo into it", dir))
			}
			return a.demo(cmd, dir, o)
		}),
	}
	cmd.Flags().StringVar(&month, "month", "", "the month, YYYY-MM (default: last month)")
	cmd.Flags().IntVar(&managers, "managers", demo.DefaultManagers, "managers in the company, with a lead for every five")
	cmd.Flags().Int64Var(&seed, "seed", 1, "the random seed: the same seed makes the same files")
	cmd.Flags().BoolVar(&force, "force", false, "write into a DIR that is not empty")
	return cmd
}

// demo makes the demo in dir, runs the report on it and says what to try.
func (a *app) demo(cmd *cobra.Command, dir string, o demo.Options) error {
	bar := a.progress("making workbooks")
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
	a.say("Made a demo of %s for %s in %s:", truth.Company, salesrhythm.FormatMonth(truth.Month, salesrhythm.English), dir)
	leads := fmt.Sprintf("%d group leads", roles[salesrhythm.Lead])
	if roles[salesrhythm.Lead] == 1 {
		leads = "a group lead"
	}
	a.say("  %d people: a director, a head of sales, %s and %d managers", len(truth.Leaders)+len(truth.Managers), leads, len(truth.Managers))
	a.say("  %d workbook files written to %s (the report below says which are due), with %d mistakes for the report to catch:", truth.Workbooks, filepath.Join(dir, "inbox"), len(truth.Mistakes))
	for _, m := range truth.Mistakes {
		place := m.File
		if m.Cell != "" {
			place += ", " + m.Sheet + "!" + m.Cell
		}
		code := string(m.Code)
		if code == "" {
			code = "no finding"
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
	if err := a.runReport(cmd, cfg, "", false); err != nil && exitCode(err) != exitInputError {
		return err
	}
	week := truth.Week.Week
	if err := a.runWeek(cmd, cfg, week, week.End, false); err != nil && exitCode(err) != exitInputError {
		return err
	}
	out := report.DefaultOutput(cfg.Paths.Output, cfg.Month)
	packs := report.DefaultWeekOutput(cfg.Paths.Output, week.Start, templates.SafeName)
	a.say("")
	a.say("The report:    %s   (for the director)", shortPath(out.Workbook))
	a.say("Its charts:    %s", shortPath(out.Charts)+string(filepath.Separator))
	a.say("Scorecards:    %s   (one for each person, to hand out)", shortPath(filepath.Join(cfg.Paths.Output, "people"))+string(filepath.Separator))
	a.say("Friday packs:  %s   (one for each lead and head, to hand out)", shortPath(packs.Dir)+string(filepath.Separator))
	a.say("")
	check, another := "cd "+dir+" && salesrhythm check", "salesrhythm week --week "+salesrhythm.WeekName(week.Start.AddDays(7))
	width := max(utf8.RuneCountInString(check), utf8.RuneCountInString(another))
	a.say("Try next (install the command first with: go install ./cmd/salesrhythm):")
	a.say("  %-*s   every workbook read, and each mistake with its cell", width, check)
	a.say("  %-*s   the month's report again", width, "salesrhythm report")
	a.say("  %-*s   the Friday packs of another week", width, another)
	return nil
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
