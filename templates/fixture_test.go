package templates

import (
	"salesrhythm"
	"salesrhythm/schema"
)

// team is a small department: a director, a head, a lead with two managers,
// a manager reporting straight to the head, and one who joins mid-month.
func team() *salesrhythm.Plan {
	d := salesrhythm.D
	return &salesrhythm.Plan{
		Month: salesrhythm.Month{Year: 2026, Month: 11},
		Team: []salesrhythm.Person{
			{ID: "D-01", Name: "Dóra Igazgató", Role: salesrhythm.Director},
			{ID: "H-01", Name: "Hanna Fő", Role: salesrhythm.Head, ReportsTo: "D-01", Group: "Sales"},
			{ID: "L-01", Name: "Lajos Vezető", Role: salesrhythm.Lead, ReportsTo: "H-01", Group: "North"},
			{ID: "M-001", Name: "Anna Kovács", Role: salesrhythm.Manager, ReportsTo: "L-01", Group: "North"},
			{ID: "M-002", Name: "Béla Szabó", Role: salesrhythm.Manager, ReportsTo: "L-01", Group: "North"},
			{ID: "M-003", Name: "Cecília Tóth", Role: salesrhythm.Manager, ReportsTo: "H-01", Group: "Key accounts"},
			{ID: "M-004", Name: "Dénes Új", Role: salesrhythm.Manager, ReportsTo: "L-01", Group: "North", Start: d(2026, 11, 16)},
		},
		Targets: map[string]salesrhythm.Targets{
			"M-001": {Revenue: 12_000_000, Deals: 10, Calls: 400, Meetings: 40, NewClients: 3},
			"M-002": {Revenue: 9_000_000, Deals: 8, Calls: 380},
		},
	}
}

func options(l salesrhythm.Locale) Options {
	cfg := salesrhythm.Default()
	cfg.Locale = l
	cfg.Company = "Példa Kft. & Co"
	return Options{Config: cfg, Schema: schema.New(cfg), Team: team()}
}
