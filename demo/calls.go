package demo

import (
	"fmt"
	"math"

	"salesrhythm"
)

// client is a company a manager sells to, and the person they talk to.
type client struct {
	name, contact, phone string
	base                 string // the name without its legal form, unique among the manager's clients
	bought               bool   // has bought from us before: a deal is not a new client
}

// sellerWeek is what one manager did in one week: the call register, the
// weekly report and the time table.
type sellerWeek struct {
	week    salesrhythm.Period
	calls   []salesrhythm.Call
	deals   []salesrhythm.Deal
	funnel  salesrhythm.Funnel
	outlook salesrhythm.Outlook
	plan    grid
	actual  grid
}

// newClients returns a manager's portfolio of n clients who bought before.
func newClients(r rng, n int) []*client {
	seen := map[string]bool{}
	out := make([]*client, n)
	for i := range out {
		out[i] = newClient(r, seen)
		out[i].bought = true
	}
	return out
}

// newClient makes a client whose name, without its legal form, is not in
// seen yet: the report joins client names without it.
func newClient(r rng, seen map[string]bool) *client {
	base := ""
	for base == "" || seen[base] {
		base = pick(r, clientNames)
		if trade := pick(r, clientTrades); trade != "" {
			base += " " + trade
		}
	}
	seen[base] = true
	return &client{
		name:    base + " " + pick(r, legalForms),
		base:    base,
		contact: pick(r, familyNames) + " " + pick(r, givenNames),
		phone:   fmt.Sprintf("+36 %d %03d %04d", pick(r, []int{20, 30, 70}), r.IntN(1000), r.IntN(10000)),
	}
}

// The weights of the call results, in the order of salesrhythm.CallResults
// (no answer, talked, meeting set, proposal sent, deal, refused, call back),
// by call type: nobody closes a deal on a cold call.
var resultWeights = map[string][]float64{
	salesrhythm.CallCold:     {30, 25, 10, 0, 0, 25, 10},
	salesrhythm.CallFollowUp: {15, 22, 14, 18, 7, 10, 14},
	salesrhythm.CallExisting: {15, 35, 5, 15, 6, 4, 20},
	salesrhythm.CallIncoming: {0, 35, 25, 25, 8, 5, 2},
}

var (
	purposes = map[string]salesrhythm.Text{
		salesrhythm.CallCold:     t("Introduce our offer", "Ajánlatunk bemutatása"),
		salesrhythm.CallFollowUp: t("Follow up", "Korábbi beszélgetés folytatása"),
		salesrhythm.CallExisting: t("Check satisfaction, new needs", "Elégedettség, új igények"),
		salesrhythm.CallIncoming: t("Answer an enquiry", "Érdeklődés megválaszolása"),
	}
	nextSteps = map[string]salesrhythm.Text{
		salesrhythm.ResultTalked:       t("Send information", "Tájékoztató küldése"),
		salesrhythm.ResultMeetingSet:   t("Meeting at their office", "Találkozó az irodájukban"),
		salesrhythm.ResultProposalSent: t("Wait for feedback", "Visszajelzésre várunk"),
		salesrhythm.ResultDeal:         t("Arrange delivery", "Szállítás egyeztetése"),
		salesrhythm.ResultCallBack:     t("Call back", "Visszahívás a megbeszélt időpontban"),
	}
	refusals = []salesrhythm.Text{
		t("Has a supplier under contract", "Szerződéses beszállítója van"),
		t("No budget this year", "Idén nincs rá kerete"),
		t("Too expensive", "Túl drága"),
	}
)

// product is a product line and the range of its deal amounts.
type product struct {
	name        salesrhythm.Text
	weight      float64
	least, most float64
	comments    []salesrhythm.Text
}

var products = []product{
	{t("Software", "Szoftver"), 30, 900_000, 4_500_000, []salesrhythm.Text{t("Annual licence", "Éves licenc"), t("Upgrade", "Frissítés")}},
	{t("Support", "Támogatás"), 30, 250_000, 1_200_000, []salesrhythm.Text{t("Framework contract", "Keretszerződés")}},
	{t("Training", "Képzés"), 20, 150_000, 700_000, []salesrhythm.Text{t("On-site course", "Kihelyezett tanfolyam")}},
	{t("Hardware", "Hardver"), 20, 600_000, 3_500_000, []salesrhythm.Text{t("Delivery in two weeks", "Szállítás két héten belül")}},
}

// sell makes a manager's calls, deals and funnels week by week. A next
// contact date set in one week becomes a follow-up call in a later one, so
// the weeks are made in order, each from a stream of its own. About one
// follow-up in twenty-five is forgotten: those the month's end finds
// overdue.
func (c *company) sell(s *seller) {
	due := map[salesrhythm.Date][]*client{}
	s.seen = map[string]bool{}
	for _, cl := range s.clients {
		s.seen[cl.base] = true
	}
	for _, w := range c.weeks {
		r := c.rand(s.ID, "calls", w.Start.String())
		sw := sellerWeek{week: w}
		leads := 0
		for _, d := range c.cal.WorkingDays(w) {
			if !employed(s.Person, d) {
				continue
			}
			queue := due[d]
			delete(due, d)
			for _, at := range callTimes(r, max(3, s.callsPerDay+r.between(-3, 3))) {
				var cl *client
				typ := salesrhythm.CallFollowUp
				switch {
				case len(queue) > 0:
					cl, queue = queue[0], queue[1:]
				case r.chance(0.45):
					cl, typ = pick(r, s.clients), salesrhythm.CallExisting
				default:
					cl, typ = newClient(r, s.seen), salesrhythm.CallCold
					if r.chance(0.2) {
						typ = salesrhythm.CallIncoming
					}
					leads++
				}
				call := c.call(r, s, d, at, cl, typ)
				if again := c.followUp(r, call); !again.IsZero() {
					due[again] = append(due[again], cl)
				}
				if call.Result == salesrhythm.ResultDeal {
					sw.deals = append(sw.deals, c.deal(r, s, d, cl))
				}
				sw.calls = append(sw.calls, call)
			}
			if len(queue) > 0 {
				next := c.addWorkingDays(d, 1)
				due[next] = append(queue, due[next]...)
			}
		}
		sw.funnel = funnel(s.ID, w, sw, leads)
		sw.outlook = c.outlook(r, s, sw)
		c.timeTable(s, &sw)
		s.weeks = append(s.weeks, sw)
	}
}

// callTimes returns n times of day between 08:30 and 17:30, in order.
func callTimes(r rng, n int) []salesrhythm.Clock {
	start, span := salesrhythm.At(8, 30), 9*60
	gap := span / n
	out := make([]salesrhythm.Clock, n)
	for i := range out {
		out[i] = start + salesrhythm.Clock(i*gap+r.IntN(max(1, gap-1)))
	}
	return out
}

// call makes one call: its result depends on the call type and the
// manager's habits, and a conversation mostly ends with a next contact date.
func (c *company) call(r rng, s *seller, d salesrhythm.Date, at salesrhythm.Clock, cl *client, typ string) salesrhythm.Call {
	w := append([]float64(nil), resultWeights[typ]...)
	w[0] /= s.reach
	for i := 2; i <= 4; i++ {
		w[i] *= s.quality
	}
	result := salesrhythm.CallResults[r.weighted(w)].Key
	call := salesrhythm.Call{
		Person: s.ID, Date: d, Time: at, Client: cl.name, Contact: cl.contact, Phone: cl.phone,
		Type: typ, Purpose: purposes[typ].In(c.loc), Result: result, NextStep: nextSteps[result].In(c.loc),
	}
	switch {
	case result == salesrhythm.ResultRefused:
		if r.chance(0.4) {
			call.Comment = pick(r, refusals).In(c.loc)
		}
	case result == salesrhythm.ResultMeetingSet:
		call.NextContact = c.addWorkingDays(d, r.between(2, 6))
	case result == salesrhythm.ResultDeal:
		if r.chance(0.4) {
			call.NextContact = c.addWorkingDays(d, r.between(8, 15))
		}
	case call.Conversation() && r.chance(s.nextShare):
		call.NextContact = c.addWorkingDays(d, r.between(1, 8))
	}
	return call
}

// followUp returns the day the manager calls the client again, or the zero
// Date: on the next contact date unless forgotten, and a few days after a
// call nobody answered.
func (c *company) followUp(r rng, call salesrhythm.Call) salesrhythm.Date {
	switch {
	case call.Result == salesrhythm.ResultNoAnswer && r.chance(0.5):
		return c.addWorkingDays(call.Date, r.between(1, 3))
	case !call.NextContact.IsZero() && !r.chance(0.04):
		return call.NextContact
	}
	return salesrhythm.Date{}
}

// deal closes a deal on the day of the call, of a product line whose amount
// range and the manager's usual deal size set the amount.
func (c *company) deal(r rng, s *seller, d salesrhythm.Date, cl *client) salesrhythm.Deal {
	w := make([]float64, len(products))
	for i, p := range products {
		w[i] = p.weight
	}
	p := products[r.weighted(w)]
	amount := math.Round(r.uniform(p.least, p.most)*s.dealSize/10_000) * 10_000
	deal := salesrhythm.Deal{Person: s.ID, Date: d, Client: cl.name, NewClient: salesrhythm.No, ProductLine: p.name.In(c.loc), Amount: amount}
	if !cl.bought {
		deal.NewClient = salesrhythm.Yes
		cl.bought = true
	}
	if r.chance(0.3) {
		deal.Comment = pick(r, p.comments).In(c.loc)
	}
	return deal
}

// funnel counts the week's calls and deals: the new leads called, the
// conversations, the meetings set (held within days), the proposals sent,
// the deals won and the clients who refused.
func funnel(person string, w salesrhythm.Period, sw sellerWeek, leads int) salesrhythm.Funnel {
	f := salesrhythm.Funnel{Person: person, Week: w, Leads: leads, Won: len(sw.deals)}
	for _, call := range sw.calls {
		if call.Conversation() {
			f.Contacts++
		}
		switch call.Result {
		case salesrhythm.ResultMeetingSet:
			f.Meetings++
		case salesrhythm.ResultProposalSent:
			f.Proposals++
		case salesrhythm.ResultRefused:
			f.Lost++
		}
	}
	return f
}

var helpNeeded = []salesrhythm.Text{
	t("Pricing approval for %s", "Árjóváhagyás: %s"),
	t("A joint visit to %s with my lead", "Közös látogatás a vezetőmmel: %s"),
	t("Reference letter for %s", "Referencialevél: %s"),
}

// outlook writes the week's "next week" box: close the latest proposal,
// follow up the rest, and sometimes ask for help.
func (c *company) outlook(r rng, s *seller, sw sellerWeek) salesrhythm.Outlook {
	o := salesrhythm.Outlook{Person: s.ID, Week: sw.week}
	target, proposals := "", 0
	for _, call := range sw.calls {
		if call.Result == salesrhythm.ResultProposalSent {
			target = call.Client
			proposals++
		}
	}
	if target == "" {
		return o
	}
	o.Priorities = fmt.Sprintf(t("Close %s; follow up %d proposals", "%s lezárása; %d ajánlat utánkövetése").In(c.loc), target, proposals)
	if r.chance(0.4) {
		o.HelpNeeded = fmt.Sprintf(pick(r, helpNeeded).In(c.loc), target)
	}
	return o
}

// addWorkingDays returns the n-th working day after d.
func (c *company) addWorkingDays(d salesrhythm.Date, n int) salesrhythm.Date {
	for n > 0 {
		d = d.AddDays(1)
		if c.cal.IsWorkingDay(d) {
			n--
		}
	}
	return d
}
