package templates

import (
	"cmp"
	"slices"
	"strings"

	"salesrhythm"
)

// Carried returns the records a new workbook of spec's kind starts from,
// given its owner's earlier completed workbooks of the kind (prev, nil when
// there are none): the client profiles every row of the latest, as they
// stood; the management log the action items of the latest log not done,
// each with its ID; the call register the follow-ups due in its week, from
// the calls of every earlier register. Kinds that do not carry over, and an
// owner with nothing to carry, start blank (nil). The rows keep no place:
// they are typed into the new workbook afresh.
func Carried(spec Spec, prev *salesrhythm.Records) *salesrhythm.Records {
	if prev == nil || !spec.Kind.CarriedOver() {
		return nil
	}
	var out salesrhythm.Records
	switch spec.Kind {
	case salesrhythm.KindClientProfiles:
		out.Clients = make([]salesrhythm.Client, len(prev.Clients))
		for i, c := range prev.Clients {
			c.Ref, c.Person, c.Month = salesrhythm.Ref{}, "", salesrhythm.Month{}
			out.Clients[i] = c
		}
	case salesrhythm.KindManagementLog:
		out.Actions = openItems(prev.Actions)
	case salesrhythm.KindCallRegister:
		out.Calls = FollowUps(prev.Calls, spec.Period)
	}
	if len(out.Clients)+len(out.Actions)+len(out.Calls) == 0 {
		return nil
	}
	return &out
}

// openItems returns the action items of a log that are not done, in the
// order of its rows, each once — as its last row has it — with its ID: the
// one it carries, else the one its leader, date raised and issue give
// (salesrhythm.ItemID). An item with no date raised has no ID to give and
// is carried without one. The carried row keeps the issue, owner, due date
// and status; the comment is the new week's to write.
func openItems(rows []salesrhythm.ActionItem) []salesrhythm.ActionItem {
	rows = slices.Clone(rows)
	slices.SortStableFunc(rows, func(a, b salesrhythm.ActionItem) int {
		return cmp.Or(strings.Compare(a.File, b.File), cmp.Compare(a.Row, b.Row))
	})
	var out []salesrhythm.ActionItem
	at := map[string]int{} // by ID, without case
	for _, a := range rows {
		id := strings.TrimSpace(a.ID)
		if id == "" && !a.RaisedOn.IsZero() {
			id = salesrhythm.ItemID(a.Leader, a.RaisedOn, a.Issue)
		}
		it := salesrhythm.ActionItem{ID: id, RaisedOn: a.RaisedOn, Issue: a.Issue, Owner: a.Owner, Due: a.Due, Status: a.Status}
		k := strings.ToLower(id)
		if i, ok := at[k]; ok && id != "" {
			out[i] = it
			continue
		}
		at[k] = len(out)
		out = append(out, it)
	}
	return slices.DeleteFunc(out, func(a salesrhythm.ActionItem) bool { return a.Status == salesrhythm.StatusDone })
}

// FollowUps returns the follow-ups due in week among calls: for each client
// whose latest dated call (salesrhythm.LatestCalls) set a next contact date
// in the week, a row to complete, dated that day, with the client, the
// contact person and phone of the client's latest call that gives them,
// the call type follow-up, the next step as its purpose and, as its marker,
// the date of the call it follows up. By date, then client.
func FollowUps(calls []salesrhythm.Call, week salesrhythm.Period) []salesrhythm.Call {
	calls = slices.DeleteFunc(slices.Clone(calls), func(c salesrhythm.Call) bool { return c.Date.IsZero() })
	contact, phone := map[string]string{}, map[string]string{}
	for _, c := range slices.SortedStableFunc(slices.Values(calls), salesrhythm.CompareCalls) {
		k := salesrhythm.TextKey(c.Client)
		if s := strings.TrimSpace(c.Contact); s != "" {
			contact[k] = s
		}
		if s := strings.TrimSpace(c.Phone); s != "" {
			phone[k] = s
		}
	}
	var latest salesrhythm.LatestCalls
	for i := range calls {
		latest.Add(&calls[i])
	}
	var out []salesrhythm.Call
	for _, c := range latest.Calls() {
		if c.NextContact.IsZero() || !week.Contains(c.NextContact) {
			continue
		}
		k := salesrhythm.TextKey(c.Client)
		out = append(out, salesrhythm.Call{Date: c.NextContact, Time: salesrhythm.NoClock, Client: strings.TrimSpace(c.Client), Contact: contact[k], Phone: phone[k],
			Type: salesrhythm.CallFollowUp, Purpose: c.NextStep, FollowUp: c.Date})
	}
	slices.SortFunc(out, func(a, b salesrhythm.Call) int {
		return cmp.Or(a.Date.Compare(b.Date), strings.Compare(salesrhythm.TextKey(a.Client), salesrhythm.TextKey(b.Client)))
	})
	return out
}
