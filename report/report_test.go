package report_test

import (
	"context"
	"testing"

	"salesrhythm"
	"salesrhythm/analysis"
	"salesrhythm/importer"
	"salesrhythm/internal/testinbox"
	"salesrhythm/report"
	"salesrhythm/schema"
)

// fixture imports the test inbox and analyses it as the report command does.
func fixture(t testing.TB, l salesrhythm.Locale) report.Input {
	t.Helper()
	in := testinbox.Make(t, l)
	cfg := salesrhythm.Default()
	cfg.Locale = l
	res, err := importer.Read(context.Background(), in.Dir, testinbox.Nov, importer.Options{Config: cfg, Schema: schema.New(cfg)})
	if err != nil {
		t.Fatal(err)
	}
	a := analysis.Analyse(analysis.Input{Month: testinbox.Nov, Today: salesrhythm.D(2026, 12, 3), Config: cfg, Plan: *res.Plan,
		Calls: res.Calls, Deals: res.Deals, Funnels: res.Funnels, Slots: res.Slots, Events: res.Events, Actions: res.Actions,
		Assessments: res.Assessments, Submissions: res.Submissions})
	return report.Input{Config: cfg, Result: a, Plan: res.Plan, Sources: res.Files,
		Findings: append(append([]salesrhythm.Finding{}, res.Findings...), a.Findings...), Inbox: in.Dir}
}
