package analysis

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"salesrhythm"
)

// CodeProfileContradiction flags a client-profile row that the call
// register or the weekly report contradicts: a client marked lost or a
// prospect who bought in the month, or one marked dormant who was reached.
const CodeProfileContradiction salesrhythm.Code = "profile-contradicts-register"

// ClientBase is one manager's client profiles for the month, joined with
// their call registers and deals by client name (clientKey).
type ClientBase struct {
	Person   string `json:"person"`
	Received bool   `json:"received"` // the month's client profiles arrived
	Clients  int    `json:"clients"`  // profile rows with a client name
	// The rows by status as of the month's end: a client not contacted for
	// more than the configured days is dormant, whatever its status says.
	Active    int `json:"active"`
	Prospects int `json:"prospects"`
	Dormant   int `json:"dormant"`
	Lost      int `json:"lost"`
	NoStatus  int `json:"no_status"`
	// New counts the rows first contacted in the month; NewClients the
	// month's deals marked new client (the plan's measure) and
	// NewClientsTarget its target, as Fulfilment has them.
	New              int     `json:"new"`
	NewClients       int     `json:"new_clients"`
	NewClientsTarget float64 `json:"new_clients_target"`
	// The joins, each list by client name: the clients of new-client deals
	// with no profile row; the clients called in the month with no profile
	// row; the clients of the first (highest) potential, not lost, not
	// called in the month; and the rows whose next contact date passed by
	// the month's end with no contact since.
	NewWithoutProfile    []string         `json:"new_without_profile"`
	CalledWithoutProfile []string         `json:"called_without_profile"`
	TopNotCalled         []string         `json:"top_not_called"`
	Overdue              []ClientFollowUp `json:"overdue"`
}

// ClientFollowUp is a profile row whose next contact date passed by the
// month's end, with the client's last contact, from the profile or the
// call register.
type ClientFollowUp struct {
	Client      string           `json:"client"`
	NextContact salesrhythm.Date `json:"next_contact"`
	LastContact salesrhythm.Date `json:"last_contact"`
	Ref         salesrhythm.Ref  `json:"ref"`
}

// clientSuffixes are the legal forms a client's name may end with, written
// or not: "Alfa Kft.", "ALFA kft" and "Alfa" are one client.
var clientSuffixes = map[string]bool{
	"kft": true, "zrt": true, "nyrt": true, "bt": true, "kkt": true, "rt": true, "ev": true,
	"ltd": true, "limited": true, "inc": true, "llc": true, "plc": true, "corp": true, "co": true,
	"gmbh": true, "ag": true, "sa": true, "srl": true,
}

// clientKey is the form in which client names are joined: without case,
// punctuation and runs of space, and without a trailing legal form.
func clientKey(s string) string {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return unicode.IsSpace(r) || r == '.' || r == ',' || r == '(' || r == ')'
	})
	for len(words) > 1 && clientSuffixes[words[len(words)-1]] {
		words = words[:len(words)-1]
	}
	return strings.Join(words, " ")
}

// contact is what the registers say of one manager's dealings with one
// client up to the month's end.
type contact struct {
	name       string             // as first met
	lastCall   salesrhythm.Date   // the latest call
	lastReach  salesrhythm.Date   // the latest conversation or deal
	calledIn   bool               // called in the month
	callsSince []salesrhythm.Date // every call date, for follow-ups
	deals      []salesrhythm.Deal // in the month
}

// clients returns the client base of every manager of the plan, and of any
// other member whose client profiles arrived, by ID; and flags the rows the
// registers contradict.
func (r *run) clients(people []Person) []ClientBase {
	rows := map[*member][]*salesrhythm.Client{} // not copies: there are a great many
	received := map[*member]bool{}
	type seenKey struct {
		m   *member
		key string
	}
	seen := map[seenKey]int{} // the row of rows[m] a client key was first met on
	for i := range r.in.Clients {
		c := &r.in.Clients[i]
		m := r.member(c.Person)
		if m == nil || c.Month != r.in.Month {
			continue
		}
		received[m] = true
		k := r.clientKey(c.Name)
		if k == "" {
			continue
		}
		if i, dup := seen[seenKey{m, k}]; dup {
			first := rows[m][i]
			r.flag(c.Ref, salesrhythm.CodeDuplicateRow, "%s is in the client profiles twice, on rows %d and %d; the client is counted once, as on row %d",
				strings.TrimSpace(c.Name), first.Row, c.Row, first.Row)
			continue
		}
		seen[seenKey{m, k}] = len(rows[m])
		rows[m] = append(rows[m], c)
	}
	contacts := r.contacts()
	target := map[string]float64{}
	for _, p := range people {
		target[idKey(p.ID)] = p.Measures.NewClients.Target
	}
	out := []ClientBase{}
	for _, m := range r.team {
		if !received[m] && !(salesrhythm.KindClientProfiles.FilledBy(m.Role) && m.employed) {
			continue
		}
		b := r.clientBase(m, rows[m], received[m], contacts[m])
		b.NewClientsTarget = target[idKey(m.ID)]
		out = append(out, b)
	}
	slices.SortFunc(out, func(a, b ClientBase) int { return compareID(a.Person, b.Person) })
	return out
}

// contacts gathers, by member and client key, the calls and deals up to the
// month's end.
func (r *run) contacts() map[*member]map[string]*contact {
	out := map[*member]map[string]*contact{}
	at := func(person, client string) *contact {
		m, k := r.member(person), r.clientKey(client)
		if m == nil || k == "" {
			return nil
		}
		if out[m] == nil {
			out[m] = map[string]*contact{}
		}
		c := out[m][k]
		if c == nil {
			c = &contact{name: strings.Clone(strings.TrimSpace(client))} // client is lent
			out[m][k] = c
		}
		return c
	}
	for call := range r.in.Calls.All() {
		if call.Date.IsZero() || call.Date.After(r.month.End) {
			continue
		}
		c := at(call.Person, call.Client)
		if c == nil {
			continue
		}
		c.lastCall = maxDate(c.lastCall, call.Date)
		if call.Conversation() {
			c.lastReach = maxDate(c.lastReach, call.Date)
		}
		c.calledIn = c.calledIn || r.inMonth(call.Date)
		c.callsSince = append(c.callsSince, call.Date)
	}
	for _, d := range r.in.Deals {
		if d.Date.IsZero() || d.Date.After(r.month.End) {
			continue
		}
		if c := at(d.Person, d.Client); c != nil {
			c.lastReach = maxDate(c.lastReach, d.Date)
			if r.inMonth(d.Date) {
				c.deals = append(c.deals, d)
			}
		}
	}
	return out
}

// clientBase counts one manager's rows and joins them with the registers.
func (r *run) clientBase(m *member, rows []*salesrhythm.Client, received bool, contacts map[string]*contact) ClientBase {
	b := ClientBase{Person: m.ID, Received: received, Clients: len(rows), NewClients: int(m.actual.NewClients),
		NewWithoutProfile: []string{}, CalledWithoutProfile: []string{}, TopNotCalled: []string{}, Overdue: []ClientFollowUp{}}
	cfg := r.in.Config.Clients
	end := r.reckoning()
	profiled := map[string]bool{}
	for _, row := range rows {
		k := r.clientKey(row.Name)
		profiled[k] = true
		c := contacts[k]
		if c == nil {
			c = &contact{}
		}
		last := maxDate(maxDate(row.LastContact, c.lastCall), c.lastReach)
		if last.IsZero() {
			last = row.FirstContact
		}
		dormant := !last.IsZero() && last.DaysUntil(end) > cfg.DormantDays
		switch {
		case row.Status == salesrhythm.ClientLost:
			b.Lost++
		case row.Status == salesrhythm.ClientDormant || dormant:
			b.Dormant++
		case row.Status == salesrhythm.ClientActive:
			b.Active++
		case row.Status == salesrhythm.ClientProspect:
			b.Prospects++
		default:
			b.NoStatus++
		}
		if r.inMonth(row.FirstContact) {
			b.New++
		}
		if len(cfg.Potentials) > 0 && row.Potential == cfg.Potentials[0].Key && row.Status != salesrhythm.ClientLost && !c.calledIn {
			b.TopNotCalled = append(b.TopNotCalled, row.Name)
		}
		if due := row.NextContact; !due.IsZero() && !due.After(end) && row.Status != salesrhythm.ClientLost && last.Before(due) &&
			!slices.ContainsFunc(c.callsSince, func(d salesrhythm.Date) bool { return !d.Before(due) }) {
			b.Overdue = append(b.Overdue, ClientFollowUp{Client: row.Name, NextContact: due, LastContact: last, Ref: row.Ref})
		}
		r.contradictions(row, c)
	}
	for k, c := range contacts {
		if profiled[k] || !received {
			continue
		}
		if c.calledIn {
			b.CalledWithoutProfile = append(b.CalledWithoutProfile, c.name)
		}
		if slices.ContainsFunc(c.deals, func(d salesrhythm.Deal) bool { return d.NewClient == salesrhythm.Yes }) {
			b.NewWithoutProfile = append(b.NewWithoutProfile, c.name)
		}
	}
	for _, l := range [][]string{b.NewWithoutProfile, b.CalledWithoutProfile, b.TopNotCalled} {
		slices.SortFunc(l, func(x, y string) int {
			return cmp.Or(strings.Compare(clientKey(x), clientKey(y)), strings.Compare(x, y))
		})
	}
	slices.SortFunc(b.Overdue, func(x, y ClientFollowUp) int {
		return cmp.Or(x.NextContact.Compare(y.NextContact), strings.Compare(clientKey(x.Client), clientKey(y.Client)))
	})
	return b
}

// contradictions flags a profile row whose status the month's registers
// contradict: lost or a prospect with a deal in the month, or dormant with a
// conversation or a deal in it.
func (r *run) contradictions(row *salesrhythm.Client, c *contact) {
	switch row.Status {
	case salesrhythm.ClientLost, salesrhythm.ClientProspect:
		if len(c.deals) > 0 {
			d := c.deals[0]
			r.flag(row.Ref, CodeProfileContradiction, "%s is marked %s in the client profiles, but the weekly report has a deal with them on %s: a client who bought is active",
				row.Name, salesrhythm.QuoteOf(salesrhythm.LabelOf(salesrhythm.ClientStatuses, row.Status)), d.Date)
		}
	case salesrhythm.ClientDormant:
		if r.inMonth(c.lastReach) {
			r.flag(row.Ref, CodeProfileContradiction, "%s is marked dormant in the client profiles, but the registers show a conversation or a deal with them on %s",
				row.Name, c.lastReach)
		}
	}
}
