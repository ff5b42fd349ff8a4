package salesrhythm

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Role is what a person does in the department (DOMAIN.md §1).
type Role string

// The four roles. Leaders are everyone but managers.
const (
	Manager  Role = "manager"
	Lead     Role = "lead"
	Head     Role = "head"
	Director Role = "director"
)

// Roles lists the roles with their labels, from the field up.
var Roles = []Choice{
	{Key: string(Manager), Label: T("Sales manager", "Értékesítő")},
	{Key: string(Lead), Label: T("Group lead", "Csoportvezető")},
	{Key: string(Head), Label: T("Head of sales", "Értékesítési vezető")},
	{Key: string(Director), Label: T("Commercial director", "Kereskedelmi igazgató")},
}

// Name is the role's label for a sentence: "group lead", "csoportvezető".
func (r Role) Name() Text { return LabelOf(Roles, string(r)).Lower() }

// IsLeader reports whether r runs meetings and keeps a management log.
func (r Role) IsLeader() bool { return r == Lead || r == Head || r == Director }

// Person is one member of the team, as the plan's Team sheet lists them.
type Person struct {
	ID        string `json:"id" col:"id"`
	Name      string `json:"name" col:"name"`
	Role      Role   `json:"role" col:"role"`
	Group     string `json:"group" col:"group"`
	ReportsTo string `json:"reports_to" col:"reports_to"`
	Start     Date   `json:"start" col:"start"`
	End       Date   `json:"end" col:"end"`
	Email     string `json:"email,omitempty" col:"email"`
}

// Employment returns the days of p that the person was employed, and false
// when the person was not employed at all during p.
func (x Person) Employment(p Period) (Period, bool) {
	e := p
	if !x.Start.IsZero() && x.Start.After(e.Start) {
		e.Start = x.Start
	}
	if !x.End.IsZero() && x.End.Before(e.End) {
		e.End = x.End
	}
	return e, !e.End.Before(e.Start)
}

// SameID reports whether two person IDs name the same person. IDs are
// compared without case and surrounding space, since people type them.
func SameID(a, b string) bool {
	return strings.EqualFold(strings.TrimSpace(a), strings.TrimSpace(b))
}

// IDKey is the form in which person IDs are looked up in a map: without
// case and surrounding space, exactly as SameID compares them, so that two
// IDs have the same key if and only if SameID says they are the same.
// strings.EqualFold counts runes the same when unicode.SimpleFold leads
// from one to the other, which strings.ToLower does not follow for a few
// (K, the Kelvin sign, is k; İ is not i): each rune is keyed by one rune of
// its fold orbit, the lower-case ASCII letter when the orbit has one.
func IDKey(id string) string {
	id = strings.TrimSpace(id)
	for i := 0; i < len(id); i++ {
		if id[i] >= utf8.RuneSelf {
			return strings.Map(foldKey, id)
		}
	}
	return strings.ToLower(id)
}

// foldKey is the rune that stands for r's fold orbit: its lower-case ASCII
// letter when it has one, else its smallest rune.
func foldKey(r rune) rune {
	key := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		key = min(key, f)
	}
	if key < utf8.RuneSelf {
		return unicode.ToLower(key)
	}
	return key
}

// Targets are one person's goals for the month. A zero target means "none".
type Targets struct {
	Revenue    float64 `json:"revenue" col:"revenue"`
	Deals      float64 `json:"deals" col:"deals"`
	Calls      float64 `json:"calls" col:"calls"`
	Meetings   float64 `json:"meetings" col:"meetings"`
	NewClients float64 `json:"new_clients" col:"new_clients"`
}

// TargetRow is one row of the plan's Targets sheet: a person's targets,
// with the name for the reader's reference.
type TargetRow struct {
	Person string `col:"person"`
	Name   string `col:"name"`
	Targets
}

// Measure names one of the five planned quantities.
type Measure string

// The planned quantities, in the order reports show them.
const (
	Revenue    Measure = "revenue"
	Deals      Measure = "deals"
	Calls      Measure = "calls"
	Meetings   Measure = "meetings"
	NewClients Measure = "new_clients"
)

// What the figures count besides the planned quantities, for the
// exclusions of findings: events the meeting compliance reads, held events
// denied credit for want of a readable value, and time-table cells (a
// planned or an actual activity of one slot).
const (
	Events  Measure = "events"
	Credits Measure = "credits"
	Slots   Measure = "slots"
)

// Measures lists the planned quantities with their labels.
var Measures = []Choice{
	{Key: string(Revenue), Label: T("Revenue", "Árbevétel")},
	{Key: string(Deals), Label: T("Deals", "Üzletkötések")},
	{Key: string(Calls), Label: T("Calls", "Hívások")},
	{Key: string(Meetings), Label: T("Client meetings", "Ügyféltalálkozók")},
	{Key: string(NewClients), Label: T("New clients", "Új ügyfelek")},
}

// Get returns the target for m.
func (t Targets) Get(m Measure) float64 {
	switch m {
	case Revenue:
		return t.Revenue
	case Deals:
		return t.Deals
	case Calls:
		return t.Calls
	case Meetings:
		return t.Meetings
	case NewClients:
		return t.NewClients
	}
	return 0
}

// Plan is the director's plan for a month: the team and its targets.
type Plan struct {
	Ref     Ref
	Month   Month `workbook:"period"`
	Team    []Person
	Targets map[string]Targets // by person ID as written in the Team sheet
}

// Person returns the team member with the given ID.
func (p *Plan) Person(id string) (Person, bool) {
	for _, x := range p.Team {
		if SameID(x.ID, id) {
			return x, true
		}
	}
	return Person{}, false
}

// CircleOf returns the people a form of id names: id, whoever id reports
// to, and everyone below id, directly or not, in plan order. It is empty
// when id is not in the team.
func (p *Plan) CircleOf(id string) []Person {
	me, ok := p.Person(id)
	if !ok {
		return nil
	}
	below := map[string][]int{}
	for i, x := range p.Team {
		if x.ReportsTo != "" {
			below[IDKey(x.ReportsTo)] = append(below[IDKey(x.ReportsTo)], i)
		}
	}
	in := map[string]bool{IDKey(me.ID): true, IDKey(me.ReportsTo): me.ReportsTo != ""}
	// A reporting line that loops back is followed once.
	for next := []string{IDKey(me.ID)}; len(next) > 0; {
		boss := next[0]
		next = next[1:]
		for _, i := range below[boss] {
			if k := IDKey(p.Team[i].ID); !in[k] {
				in[k] = true
				next = append(next, k)
			}
		}
	}
	var out []Person
	for _, x := range p.Team {
		if in[IDKey(x.ID)] {
			out = append(out, x)
		}
	}
	return out
}

// ReportsOf returns the people who report directly to id, in plan order.
func (p *Plan) ReportsOf(id string) []Person {
	var out []Person
	for _, x := range p.Team {
		if x.ReportsTo != "" && SameID(x.ReportsTo, id) {
			out = append(out, x)
		}
	}
	return out
}
