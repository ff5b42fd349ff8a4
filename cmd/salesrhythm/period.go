package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"salesrhythm"
	"salesrhythm/analysis"
	"salesrhythm/export"
	"salesrhythm/report"
)

// runPeriod writes the period report of months: each month analysed with
// its own plan, one at a time, and summed.
func (a *app) runPeriod(cmd *cobra.Command, cfg salesrhythm.Config, months []salesrhythm.Month, out string, asJSON, noCache bool) error {
	from, to := months[0], months[len(months)-1]
	dst, where := report.DefaultPeriodOutput(cfg.Paths.Output, from, to), "the output folder, set by --output or paths.output"
	if out != "" {
		dst, where = report.Output{Workbook: out, Charts: strings.TrimSuffix(out, filepath.Ext(out)) + "-charts"}, "given by --out"
	}
	if err := outsideInbox(cfg, where, dst.Workbook, dst.Charts); err != nil {
		return err
	}
	if err := outsideInbox(cfg, "the records cache in the output folder, set by --output or paths.output", cacheDir(cfg)); err != nil {
		return err
	}
	arch, err := a.scanInbox(cmd, cfg, months, noCache)
	if err != nil {
		return err
	}
	defer arch.Close()
	var figs []analysis.MonthFigures
	var findings []salesrhythm.Finding
	seen := map[string]bool{}
	for _, m := range months {
		res, err := arch.Month(cmd.Context(), m)
		if err != nil {
			return cannotRun(err)
		}
		if res.Plan == nil {
			figs = append(figs, analysis.NoPlan(m))
			continue
		}
		c := cfg
		c.Month = m
		r := analyse(c, res, salesrhythm.Date{})
		// A workbook whose week spans two months is read by both: its
		// problems are listed once.
		for _, f := range r.Findings {
			if k := export.FindingKey(f); !seen[k] {
				seen[k] = true
				findings = append(findings, f)
			}
		}
		figs = append(figs, analysis.Figures(r))
	}
	if !slices.ContainsFunc(figs, func(f analysis.MonthFigures) bool { return f.Plan }) {
		return inputError(fmt.Errorf(salesrhythm.T(
			"no plan for any month from %[1]s to %[2]s in %[3]s, so there is nothing to report and no report was written",
			"az inbox mappában (%[3]s) %[1]s és %[2]s között egyetlen hónapra sincs terv, így nincs miről jelentést írni, és jelentés sem készült").In(cfg.Locale), from, to, cfg.Paths.Inbox))
	}
	in := report.PeriodInput{Config: cfg, Result: analysis.SumPeriod(figs, cfg.Ranking), Findings: findings}
	w, err := report.WritePeriod(in, dst)
	if err != nil {
		return cannotRun(fmt.Errorf("%s: %w %s", a.text("writing the period report"), err, a.text("(the previous report, if any, is unchanged)")))
	}
	errs := salesrhythm.SeverityCount(findings, salesrhythm.Error)
	if asJSON {
		enc := json.NewEncoder(a.stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(report.SummarisePeriod(in)); err != nil {
			return err
		}
	} else {
		p := in.Result
		rev := p.Department.Measures.Revenue
		a.say("Period report %s to %s: %s", from, to, w.Workbook)
		a.say("  charts:   %d images in %s", len(w.Charts), dst.Charts)
		a.say("  months    %d, %d with a plan", len(months), len(p.Planned))
		a.say("  revenue   %s of %s (%s)", salesrhythm.Money{Amount: rev.Total, Currency: cfg.Currency},
			salesrhythm.Money{Amount: rev.Target, Currency: cfg.Currency}, rev.Fulfilment)
		a.say("  problems  %s", a.problems(findings))
	}
	if errs > 0 {
		return inputProblems(a.errorf("%d errors in the input", errs))
	}
	return nil
}
