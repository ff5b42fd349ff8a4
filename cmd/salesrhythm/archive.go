package main

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"

	"github.com/spf13/cobra"

	"salesrhythm"
	"salesrhythm/analysis"
	"salesrhythm/importer"
	"salesrhythm/schema"
)

// cacheDir is where the records cache lives: in the output folder, so that
// it goes with the reports it made and never lands in the inbox.
func cacheDir(cfg salesrhythm.Config) string { return filepath.Join(cfg.Paths.Output, ".cache") }

// noCacheFlag adds --no-cache to a command that reads the archive.
func (a *app) noCacheFlag(cmd *cobra.Command) *bool {
	return cmd.Flags().Bool("no-cache", false, a.help("read every workbook again instead of taking unchanged ones from the records cache (out/.cache), and rebuild the cache",
		"minden munkafüzet újraolvasása a gyorsítótár (out/.cache) helyett, a változatlanoké is, és a gyorsítótár újraépítése"))
}

// scanInbox reads the inbox for months through the records cache.
func (a *app) scanInbox(cmd *cobra.Command, cfg salesrhythm.Config, months []salesrhythm.Month, noCache bool) (*importer.Archive, error) {
	if err := inboxExists(cfg); err != nil {
		return nil, err
	}
	cache := importer.NewCache(cacheDir(cfg), noCache)
	o := importer.Options{Config: cfg, Schema: schema.New(cfg), Debug: a.verbose, Skip: []string{cfg.Paths.Output}, Cache: cache, Lend: true}
	bar := a.progress("reading")
	o.Progress = bar.update
	arch, err := importer.Scan(cmd.Context(), cfg.Paths.Inbox, months, o)
	bar.done()
	if err != nil {
		return nil, cannotRun(err)
	}
	hits, reads := cache.Stats()
	a.log.Debug("inbox read", "months", len(months), "from cache", hits, "read", reads)
	if err := cache.Err(); err != nil && !a.quiet {
		fprintf(a.stderr, "warning: %v; every workbook was read, nothing is lost but time\n", err)
	}
	return arch, nil
}

// historyMonths are the months month m's report reads, ending with m:
// report.history_months of them, for the Trends sheet and the
// scorecards' trend (which reaches analysis.TrendMonths back at most).
func historyMonths(cfg salesrhythm.Config, m salesrhythm.Month) []salesrhythm.Month {
	n := max(1, cfg.Report.HistoryMonths)
	out := make([]salesrhythm.Month, n)
	for i := range out {
		out[i] = m.Add(i - n + 1)
	}
	return out
}

// held drops the months before the first whose plan the archive holds:
// the history starts where the archive does.
func held(arch *importer.Archive, months []salesrhythm.Month) []salesrhythm.Month {
	have := arch.Plans()
	if len(have) == 0 {
		return months
	}
	first := have[0]
	for len(months) > 1 && months[0].First().Before(first.First()) {
		months = months[1:]
	}
	return months
}

// monthFigures analyses one month of the archive for a history: with no
// pace, and with no plan a gap.
func monthFigures(ctx context.Context, arch *importer.Archive, cfg salesrhythm.Config, m salesrhythm.Month) (analysis.MonthFigures, error) {
	res, err := arch.Month(ctx, m)
	if err != nil {
		return analysis.MonthFigures{}, cannotRun(err)
	}
	if res.Plan == nil {
		return analysis.NoPlan(m), nil
	}
	c := cfg
	c.Month = m
	return analysis.Figures(analyse(c, res, salesrhythm.Date{})), nil
}

// history analyses the months before the report's, one at a time, and
// returns the trends with the report's own month last, and the figures of
// the earlier months, for the scorecards' trend.
func history(ctx context.Context, arch *importer.Archive, cfg salesrhythm.Config, months []salesrhythm.Month, this analysis.Result) (*analysis.History, []analysis.MonthFigures, error) {
	var figs []analysis.MonthFigures
	for _, m := range months[:len(months)-1] {
		f, err := monthFigures(ctx, arch, cfg, m)
		if err != nil {
			return nil, nil, err
		}
		figs = append(figs, f)
	}
	h := analysis.Trends(append(slices.Clone(figs), analysis.Figures(this)))
	return &h, figs, nil
}

// periodFlags are --from, --to and --year.
type periodFlags struct{ from, to, year string }

func (p *periodFlags) add(a *app, cmd *cobra.Command) {
	cmd.Flags().StringVar(&p.from, "from", "", a.help("the first month of a period, `YYYY-MM`", "az időszak első hónapja, `ÉÉÉÉ-HH`"))
	cmd.Flags().StringVar(&p.to, "to", "", a.help("the last month of a period, `YYYY-MM` (default: --from's year's December)", "az időszak utolsó hónapja, `ÉÉÉÉ-HH` (alapértelmezés: a --from évének decembere)"))
	cmd.Flags().StringVar(&p.year, "year", "", a.help("a whole year, `YYYY`: --from YYYY-01 --to YYYY-12", "egy teljes év, `ÉÉÉÉ`: --from ÉÉÉÉ-01 --to ÉÉÉÉ-12"))
	cmd.MarkFlagsMutuallyExclusive("year", "from")
	cmd.MarkFlagsMutuallyExclusive("year", "to")
	cmd.MarkFlagsMutuallyExclusive("year", "month")
	cmd.MarkFlagsMutuallyExclusive("from", "month")
	cmd.MarkFlagsMutuallyExclusive("to", "month")
}

// set reports whether a period is asked for.
func (p periodFlags) set() bool { return p.from != "" || p.to != "" || p.year != "" }

// months returns the months of the period asked for.
func (p periodFlags) months(a *app) ([]salesrhythm.Month, error) {
	var from, to salesrhythm.Month
	var err error
	switch {
	case p.year != "":
		if from, err = salesrhythm.ParseMonth(p.year + "-01"); err != nil {
			return nil, usageError(a.errorf("--year %q is not a year (want YYYY, e.g. 2026)", p.year))
		}
		to = from.Add(11)
	case p.from == "":
		return nil, usageError(a.errorf("--to needs --from"))
	default:
		if from, err = salesrhythm.ParseMonth(p.from); err != nil {
			return nil, usageError(fmt.Errorf("--from: %w", a.words(err)))
		}
		to = salesrhythm.Month{Year: from.Year, Month: 12}
		if p.to != "" {
			if to, err = salesrhythm.ParseMonth(p.to); err != nil {
				return nil, usageError(fmt.Errorf("--to: %w", a.words(err)))
			}
		}
	}
	if to.First().Before(from.First()) {
		return nil, usageError(a.errorf("the period ends (%s) before it begins (%s)", to, from))
	}
	var out []salesrhythm.Month
	for m := from; !to.First().Before(m.First()); m = m.Add(1) {
		if len(out) == 120 {
			return nil, usageError(a.errorf("a period of more than 120 months (%s to %s)", from, to))
		}
		out = append(out, m)
	}
	return out, nil
}
