package main

import (
	"slices"

	"github.com/spf13/cobra"

	"salesrhythm"
	"salesrhythm/analysis"
	"salesrhythm/importer"
	"salesrhythm/schema"
)

// trendMonths is how many months before the reported one the scorecards'
// trend reaches.
const trendMonths = 5

// earlierMonths analyses the months before cfg.Month, trendMonths back,
// whose plan the inbox still holds (the inbox is the archive): the
// scorecards' trend. The month's own import lists those plans among the
// files of other months, so only the months that have one are read, and
// only the workbooks the trend counts.
func (a *app) earlierMonths(cmd *cobra.Command, cfg salesrhythm.Config, files []importer.File) ([]analysis.Result, error) {
	var months []salesrhythm.Month
	for _, f := range files {
		if f.Kind != salesrhythm.KindPlan || f.Period == nil || f.Status != importer.StatusSkipped {
			continue
		}
		m, from := f.Period.Start.MonthOf().First(), cfg.Month.Add(-trendMonths).First()
		if !m.Before(from) && m.Before(cfg.Month.First()) && !slices.Contains(months, m.MonthOf()) {
			months = append(months, m.MonthOf())
		}
	}
	slices.SortFunc(months, func(a, b salesrhythm.Month) int { return a.First().Compare(b.First()) })
	var out []analysis.Result
	for _, m := range months {
		c := cfg
		c.Month = m
		o := importer.Options{Config: c, Schema: schema.New(c), Debug: a.verbose, Skip: []string{cfg.Paths.Output},
			Only: []salesrhythm.Kind{salesrhythm.KindPlan, salesrhythm.KindCallRegister, salesrhythm.KindWeeklyReport, salesrhythm.KindManagementLog}}
		bar := a.progress("reading " + m.String())
		o.Progress = bar.update
		res, err := importer.Read(cmd.Context(), cfg.Paths.Inbox, m, o)
		bar.done()
		if err != nil {
			return nil, cannotRun(err)
		}
		if res.Plan == nil {
			continue
		}
		a.log.Debug("earlier month read for the scorecards' trend", "month", m, "files", len(res.Files))
		out = append(out, analysis.Analyse(analysis.Input{Month: m, AsOf: m.Last().AddDays(1), Config: c, Plan: *res.Plan,
			Calls: res.Calls, Deals: res.Deals, Funnels: res.Funnels, Events: res.Events, Actions: res.Actions, Submissions: res.Submissions}))
	}
	return out, nil
}
