package demo

import (
	"fmt"
	"strconv"
	"time"

	"salesrhythm"
	"salesrhythm/analysis"
	"salesrhythm/schema"
)

// company is the demo department: its people, their habits, and what they
// did in the month and the days around it.
type company struct {
	seed    int64
	month   salesrhythm.Month
	cfg     salesrhythm.Config
	cal     salesrhythm.Calendar
	loc     salesrhythm.Locale
	sch     *schema.Schema
	weeks   []salesrhythm.Period // the weeks the month's report reads
	plan    *salesrhythm.Plan
	sellers []*seller // the managers, in ID order
	leaders []*leader // the director, the head, then the leads
	missed  Missed    // the weekly meeting the last lead did not hold
	// contradictions are the client-profile rows planted against the
	// registers.
	contradictions []contradiction
	// stages are the competence stages the one-on-ones gave each person
	// rated, in the order first rated.
	stages     map[string]*ratings
	ratedOrder []string

	sellerByID map[string]*seller
	reports    map[string][]salesrhythm.Person // by leader ID
}

// seller is a manager and the habits that make their numbers.
type seller struct {
	salesrhythm.Person
	band        analysis.Band // leader, core or laggard; "" for the joiner, who is not ranked
	perf        float64       // the revenue fulfilment the story aims at
	callsPerDay int
	quality     float64 // how often a conversation moves on to a meeting, a proposal, a deal
	reach       float64 // how often the client picks up
	nextShare   float64 // the share of conversations given a next contact date
	dealSize    float64
	fieldShare  float64 // the share of days spent out with clients
	keepsPlan   float64 // the share of planned slots spent as planned
	noTargets   bool    // has no targets for client meetings and new clients
	clients     []*client
	seen        map[string]bool      // the bases of every client's name the manager met
	weeks       []sellerWeek         // one per week of the company's weeks
	profiles    []salesrhythm.Client // the client profiles at the month's end
}

// leader is a lead, the head or the director, with the weeks of their
// management log and their self-assessment.
type leader struct {
	salesrhythm.Person
	reports []salesrhythm.Person
	weeks   []leaderWeek // one per week of the company's weeks
	talks   []*talk      // the month's one-on-ones, by report and date
	answers []salesrhythm.Answer
	notes   []string
	ideas   string
}

// rand returns the random stream of one part of the story.
func (c *company) rand(parts ...string) rng { return stream(c.seed, parts...) }

// newCompany makes the team: a director, a head of sales, a lead for every
// five managers, and the managers. Every manager reports to a lead but the
// first, a key-account manager who reports straight to the head; the last
// joins mid-month.
func newCompany(o Options, cfg salesrhythm.Config) *company {
	c := &company{seed: o.Seed, month: o.Month, cfg: cfg, cal: cfg.Calendar.Calendar(), loc: cfg.Locale, sch: schema.New(cfg), weeks: salesrhythm.Weeks(o.Month),
		stages: map[string]*ratings{}}
	nLeads := (o.Managers + 4) / 5
	names := c.names(2 + nLeads + o.Managers)
	r := c.rand("team")
	person := func(id string, role salesrhythm.Role, reportsTo, group string) salesrhythm.Person {
		name := names[0]
		names = names[1:]
		return salesrhythm.Person{ID: id, Name: name, Role: role, Group: group, ReportsTo: reportsTo, Start: c.hired(r), Email: email(name)}
	}
	director := person("D-01", salesrhythm.Director, "", "")
	head := person("H-01", salesrhythm.Head, director.ID, "")
	team := []salesrhythm.Person{director, head}
	var leads []salesrhythm.Person
	width := max(2, len(strconv.Itoa(nLeads)))
	for i := range nLeads {
		l := person(fmt.Sprintf("L-%0*d", width, i+1), salesrhythm.Lead, head.ID, groupName(i))
		leads = append(leads, l)
		team = append(team, l)
	}
	width = max(3, len(strconv.Itoa(o.Managers)))
	for i := range o.Managers {
		id := fmt.Sprintf("M-%0*d", width, i+1)
		var m salesrhythm.Person
		if i == 0 {
			m = person(id, salesrhythm.Manager, head.ID, t("Key accounts", "Kulcsügyfelek").In(c.loc))
		} else {
			lead := leads[(i-1)%nLeads]
			m = person(id, salesrhythm.Manager, lead.ID, lead.Group)
		}
		if i == o.Managers-1 {
			m.Start = c.joinDate()
		}
		team = append(team, m)
		c.sellers = append(c.sellers, &seller{Person: m})
	}
	c.plan = &salesrhythm.Plan{Month: c.month, Team: team, Targets: map[string]salesrhythm.Targets{}}
	c.sellerByID, c.reports = map[string]*seller{}, map[string][]salesrhythm.Person{}
	for _, s := range c.sellers {
		c.sellerByID[s.ID] = s
	}
	for _, p := range team {
		c.reports[p.ReportsTo] = append(c.reports[p.ReportsTo], p)
	}
	for _, p := range append([]salesrhythm.Person{director, head}, leads...) {
		c.leaders = append(c.leaders, &leader{Person: p, reports: c.reports[p.ID]})
	}
	c.missed = c.missedMeeting()
	c.profiles()
	return c
}

// names returns n names of people, all different while they last.
func (c *company) names(n int) []string {
	all := make([]string, 0, len(familyNames)*len(givenNames))
	for _, f := range familyNames {
		for _, g := range givenNames {
			all = append(all, f+" "+g)
		}
	}
	r := c.rand("names")
	r.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
	out := make([]string, n)
	for i := range out {
		out[i] = all[i%len(all)]
	}
	return out
}

// hired returns the start date of someone who joined years before the month.
func (c *company) hired(r rng) salesrhythm.Date {
	first := salesrhythm.D(2015, time.January, 5)
	return first.AddDays(r.IntN(max(1, first.DaysUntil(c.month.First().AddDays(-90)))))
}

// joinDate is the first Monday after the 10th from which fewer working days
// remain in the month than the ranking needs: the joiner is listed, not
// ranked.
func (c *company) joinDate() salesrhythm.Date {
	var last salesrhythm.Date
	for d := c.month.First().AddDays(10); !d.After(c.month.Last()); d = d.AddDays(1) {
		if d.Weekday() != time.Monday {
			continue
		}
		last = d
		if c.cal.CountWorkingDays(salesrhythm.Period{Start: d, End: c.month.Last()}) < c.cfg.Ranking.MinWorkingDays {
			break
		}
	}
	return last
}

// profiles gives each manager the habits of a leader, a laggard or the
// core: a fifth of the established managers (at least two) lead, as many
// lag. The joiner is new and unranked; the second manager has no targets for
// client meetings and new clients.
func (c *company) profiles() {
	established := c.sellers[:len(c.sellers)-1]
	r := c.rand("bands")
	order := r.Perm(len(established))
	k := max(2, len(established)/5)
	for i, at := range order {
		s := established[at]
		switch {
		case i < k:
			s.band, s.perf = analysis.BandLeader, r.uniform(1.1, 1.35)
			s.callsPerDay, s.quality = r.between(16, 25), r.uniform(1.1, 1.4)
		case i < 2*k:
			s.band, s.perf = analysis.BandLaggard, r.uniform(0.5, 0.72)
			s.callsPerDay, s.quality = r.between(8, 13), r.uniform(0.6, 0.85)
		default:
			s.band, s.perf = analysis.BandCore, r.uniform(0.85, 0.97)
			s.callsPerDay, s.quality = r.between(11, 20), r.uniform(0.85, 1.15)
		}
	}
	joiner := c.sellers[len(c.sellers)-1]
	joiner.perf, joiner.callsPerDay, joiner.quality = r.uniform(0.6, 1.1), r.between(8, 12), 0.8
	if len(c.sellers) > 1 {
		c.sellers[1].noTargets = true
	}
	for _, s := range c.sellers {
		r := c.rand(s.ID, "profile")
		s.reach = r.uniform(0.7, 1.3)
		s.nextShare = r.uniform(0.72, 0.95)
		s.dealSize = r.uniform(0.8, 1.3)
		s.fieldShare = r.uniform(0.2, 0.45)
		s.keepsPlan = r.uniform(0.8, 0.92)
		s.clients = newClients(r, r.between(25, 40))
	}
}

// employed reports whether p works on d.
func employed(p salesrhythm.Person, d salesrhythm.Date) bool {
	_, ok := p.Employment(salesrhythm.Period{Start: d, End: d})
	return ok
}
