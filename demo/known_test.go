package demo_test

import (
	"flag"
	"testing"

	"salesrhythm"
	"salesrhythm/analysis"
)

// The problems the demo met in other packages, shown by tests that fail
// until they are fixed: go test ./demo -run Known -known.
var known = flag.Bool("known", false, "run the tests of known problems in other packages")

// TestKnownWeeklyVisitBeforeTheMonth: a joint visit on Tuesday 29 September
// 2026, in the week whose due Friday is 2 October, counts in neither month.
// September is not due that week (its Friday is in October); October is, but
// counts only events dated in October. A lead who visits every week on a
// Tuesday is short of a visit whenever a month begins mid-week. The demo
// puts each weekly visit in the month of its week's due day so that its
// story holds.
func TestKnownWeeklyVisitBeforeTheMonth(t *testing.T) {
	if !*known {
		t.Skip("a known problem of package analysis; -known shows it")
	}
	d := salesrhythm.D
	plan := salesrhythm.Plan{Team: []salesrhythm.Person{
		{ID: "H-01", Role: salesrhythm.Head},
		{ID: "L-01", Role: salesrhythm.Lead, ReportsTo: "H-01"},
		{ID: "M-001", Role: salesrhythm.Manager, ReportsTo: "L-01"},
	}}
	visit := salesrhythm.Event{Leader: "L-01", Date: d(2026, 9, 29), Type: salesrhythm.EventJointVisit, Participants: []string{"M-001"}}
	credited := 0
	for _, m := range []salesrhythm.Month{{Year: 2026, Month: 9}, {Year: 2026, Month: 10}} {
		r := analysis.Analyse(analysis.Input{Month: m, Config: salesrhythm.Default(), Plan: plan, Events: []salesrhythm.Event{visit}})
		for _, c := range r.Compliance {
			for _, n := range c.Norms {
				if c.Leader == "L-01" && n.Norm == "joint-visit" {
					credited += n.Credited
				}
			}
		}
	}
	if credited != 1 {
		t.Errorf("the visit of 29 September is credited %d times in September and October together, want once", credited)
	}
}
