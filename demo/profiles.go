package demo

import (
	"fmt"
	"slices"

	"salesrhythm"
	"salesrhythm/analysis"
	"salesrhythm/templates"
)

var (
	sources = []salesrhythm.Text{
		t("Referral", "Ajánlás"), t("Website", "Weboldal"), t("Trade fair", "Kiállítás"), t("Existing contract", "Meglévő szerződés"),
	}
	dormantNotes = []salesrhythm.Text{
		t("Budget frozen until next year", "Jövő évig befagyasztott keret"),
		t("Contact person left", "A kapcsolattartó távozott"),
	}
	lostNotes = []salesrhythm.Text{
		t("Went to a competitor", "Versenytárshoz ment"),
		t("Closed down", "Megszűnt"),
	}
)

// met is what a manager's calls and deals up to the month's end say of one
// client.
type met struct {
	name, contact, phone string
	typ                  string // the first call's type
	first, last          salesrhythm.Date
	latest               salesrhythm.Call // the latest call
	talked               bool             // a conversation at all
	talkedIn             bool             // a conversation dated in the month
	calledIn             bool             // a call dated in the month
	dealt                bool             // a deal up to the month's end
	dealIn               bool             // a deal dated in the month
	newDeal              bool             // a deal in the month marked new client
	refused              bool             // the latest call was refused
}

// clientProfiles fills in the manager's client profiles as they stand at the
// month's end: the clients who bought before, kept active, with a few
// dormant and lost ones nobody called; and every new client the month's
// calls reached, added as they came — active once they bought, lost when
// they refused, else a prospect. A client called but never reached has no
// row. Three managers slip: one forgets to add a new client who bought, one
// marks lost a client who bought in the month, one marks dormant a client
// talked to in it; the last two are the findings the report must make.
func (c *company) clientProfiles(s *seller) Clients {
	r := c.rand(s.ID, "profiles")
	end := c.month.Last()
	byName := map[string]*met{}
	var order []*met
	for _, w := range s.weeks {
		for _, call := range w.calls {
			if call.Date.After(end) {
				continue
			}
			m := byName[call.Client]
			if m == nil {
				m = &met{name: call.Client, contact: call.Contact, phone: call.Phone, typ: call.Type, first: call.Date}
				byName[call.Client] = m
				order = append(order, m)
			}
			m.last, m.latest = call.Date, call
			in := c.month.Period().Contains(call.Date)
			m.talked = m.talked || call.Conversation()
			m.talkedIn = m.talkedIn || in && call.Conversation()
			m.calledIn = m.calledIn || in
			m.refused = call.Result == salesrhythm.ResultRefused
		}
		for _, d := range w.deals {
			m := byName[d.Client]
			if m == nil || d.Date.After(end) {
				continue
			}
			m.dealt = true
			if c.month.Period().Contains(d.Date) {
				m.dealIn = true
				m.newDeal = m.newDeal || d.NewClient == salesrhythm.Yes
			}
		}
	}
	potential := func(weights []float64) string { return c.cfg.Clients.Potentials[r.weighted(weights)].Key }
	segment := func() string { return pick(r, c.cfg.Clients.Segments).Key }
	row := func(name, contact, phone string) salesrhythm.Client {
		return salesrhythm.Client{Name: name, Contact: contact, Reach: phone, Segment: segment()}
	}
	var rows []salesrhythm.Client
	for _, cl := range s.clients {
		x := row(cl.name, cl.contact, cl.phone)
		x.Potential, x.Status, x.Source = potential([]float64{25, 45, 30}), salesrhythm.ClientActive, pick(r, sources).In(c.loc)
		x.FirstContact = c.month.First().AddDays(-r.between(200, 2000))
		// Not called this month: last contacted before it, within the
		// days after which a client counts as dormant.
		x.LastContact = end.AddDays(-r.between(end.Day(), max(end.Day(), c.cfg.Clients.DormantDays-1)))
		if m := byName[cl.name]; m != nil {
			x.LastContact, x.NextStep, x.NextContact = m.last, m.latest.NextStep, m.latest.NextContact
		}
		rows = append(rows, x)
	}
	// Bought once, not contacted for months: dormant; and lost.
	for i := range r.between(2, 4) {
		cl := newClient(r, s.seen)
		x := row(cl.name, cl.contact, cl.phone)
		x.Potential = potential([]float64{0, 50, 50})
		if i == 0 {
			x.Potential = c.cfg.Clients.Potentials[0].Key
		}
		x.Status, x.Source, x.Notes = salesrhythm.ClientDormant, pick(r, sources).In(c.loc), pick(r, dormantNotes).In(c.loc)
		x.LastContact = end.AddDays(-r.between(c.cfg.Clients.DormantDays+10, 300))
		x.FirstContact = x.LastContact.AddDays(-r.between(100, 900))
		rows = append(rows, x)
	}
	for range r.between(1, 2) {
		cl := newClient(r, s.seen)
		x := row(cl.name, cl.contact, cl.phone)
		x.Potential, x.Status, x.Notes = potential([]float64{20, 40, 40}), salesrhythm.ClientLost, pick(r, lostNotes).In(c.loc)
		x.LastContact = end.AddDays(-r.between(90, 400))
		x.FirstContact = x.LastContact.AddDays(-r.between(100, 900))
		rows = append(rows, x)
	}
	portfolio := map[string]bool{}
	for _, cl := range s.clients {
		portfolio[cl.name] = true
	}
	forgets := c.slip(1) == s
	for _, m := range order {
		if portfolio[m.name] || !m.talked {
			continue
		}
		if forgets && m.newDeal {
			forgets = false
			continue
		}
		x := row(m.name, m.contact, m.phone)
		x.Potential, x.FirstContact, x.LastContact = potential([]float64{15, 45, 40}), m.first, m.last
		x.NextStep, x.NextContact = m.latest.NextStep, m.latest.NextContact
		x.Source = t("Cold call", "Hideghívás").In(c.loc)
		if m.typ == salesrhythm.CallIncoming {
			x.Source = t("Incoming call", "Bejövő hívás").In(c.loc)
		}
		switch {
		case m.dealt:
			x.Status = salesrhythm.ClientActive
		case m.refused:
			x.Status = salesrhythm.ClientLost
		default:
			x.Status = salesrhythm.ClientProspect
		}
		rows = append(rows, x)
	}
	s.profiles = rows
	c.contradict(s, byName)
	return c.clientsTruth(s, byName)
}

// slip returns the manager who makes the client-profile slip number i.
func (c *company) slip(i int) *seller { return c.sellers[(2+i)%len(c.sellers)] }

// contradict plants the two rows the registers contradict: a client who
// bought in the month marked lost, and one talked to in it marked dormant.
func (c *company) contradict(s *seller, byName map[string]*met) {
	for i, status := range []string{salesrhythm.ClientLost, salesrhythm.ClientDormant} {
		if c.slip(2+i) != s {
			continue
		}
		for j := range s.profiles {
			x := &s.profiles[j]
			m := byName[x.Name]
			if x.Status != salesrhythm.ClientActive || m == nil || (status == salesrhythm.ClientLost) != m.dealIn || !m.talkedIn {
				continue
			}
			x.Status = status
			c.contradictions = append(c.contradictions, contradiction{seller: s, row: j, status: status})
			break
		}
	}
}

// contradiction is a client-profile row the registers contradict.
type contradiction struct {
	seller *seller
	row    int
	status string
}

// clientsTruth counts what the report must find in the profiles.
func (c *company) clientsTruth(s *seller, byName map[string]*met) Clients {
	out := Clients{Rows: len(s.profiles)}
	in := c.month.Period()
	rows := map[string]bool{}
	for _, x := range s.profiles {
		rows[x.Name] = true
		switch x.Status {
		case salesrhythm.ClientActive:
			out.Active++
		case salesrhythm.ClientProspect:
			out.Prospects++
		case salesrhythm.ClientDormant:
			out.Dormant++
		case salesrhythm.ClientLost:
			out.Lost++
		}
		if in.Contains(x.FirstContact) {
			out.New++
		}
		m := byName[x.Name]
		if x.Potential == c.cfg.Clients.Potentials[0].Key && x.Status != salesrhythm.ClientLost && (m == nil || !m.calledIn) {
			out.TopNotCalled++
		}
		// The row's last contact is its latest call: the next contact it
		// set is overdue when it has come by the month's end.
		if x.Status != salesrhythm.ClientLost && !x.NextContact.IsZero() && !x.NextContact.After(in.End) && x.NextContact.After(x.LastContact) {
			out.Overdue++
		}
	}
	for name, m := range byName {
		if rows[name] {
			continue
		}
		if m.calledIn {
			out.CalledWithoutProfile++
		}
		if m.newDeal {
			out.NewWithoutProfile++
		}
	}
	return out
}

// profileMistakes records the contradictions planted, each with the
// finding it must cause on its row.
func (c *company) profileMistakes(books []*book) []*Mistake {
	sheet := c.sch.Kind(salesrhythm.KindClientProfiles).Sheet("clients").Name.In(c.loc)
	var out []*Mistake
	for _, x := range c.contradictions {
		i := slices.IndexFunc(books, func(b *book) bool {
			return b.spec.Kind == salesrhythm.KindClientProfiles && b.spec.Person.ID == x.seller.ID
		})
		row := templates.FirstRow + x.row
		out = append(out, &Mistake{File: books[i].path, Sheet: sheet, Cell: fmt.Sprintf("%d:%d", row, row), Code: analysis.CodeProfileContradiction,
			What: salesrhythm.Tr("%s marked %s in the client profiles against the registers", x.seller.profiles[x.row].Name, salesrhythm.QuoteOf(salesrhythm.LabelOf(salesrhythm.ClientStatuses, x.status)))})
	}
	return out
}
