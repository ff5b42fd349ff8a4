package main

import (
	"slices"

	"github.com/spf13/cobra"

	"salesrhythm"
	"salesrhythm/analysis"
	"salesrhythm/importer"
)

// earlierMonths analyses the months before cfg.Month, analysis.TrendMonths back,
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
		m, from := f.Period.Start.MonthOf().First(), cfg.Month.Add(-analysis.TrendMonths).First()
		if !m.Before(from) && m.Before(cfg.Month.First()) && !slices.Contains(months, m.MonthOf()) {
			months = append(months, m.MonthOf())
		}
	}
	slices.SortFunc(months, func(a, b salesrhythm.Month) int { return a.First().Compare(b.First()) })
	var out []analysis.Result
	for _, m := range months {
		res, err := a.readMonth(cmd, cfg, m, salesrhythm.KindPlan, salesrhythm.KindCallRegister, salesrhythm.KindWeeklyReport, salesrhythm.KindManagementLog,
			salesrhythm.KindOneOnOne)
		if err != nil {
			return nil, err
		}
		if res.Plan == nil {
			continue
		}
		a.log.Debug("earlier month read for the scorecards' trend", "month", m, "files", len(res.Files))
		c := cfg
		c.Month = m
		out = append(out, analyse(c, res, m.Last().AddDays(1)))
	}
	return out, nil
}
