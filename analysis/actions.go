package analysis

import (
	"cmp"
	"slices"
	"strings"

	"salesrhythm"
)

// Actions is the state of the action items at the month's end.
type Actions struct {
	ByOwner  []ActionSummary `json:"by_owner"`  // by owner ID
	ByLeader []ActionSummary `json:"by_leader"` // by the ID of the leader who keeps the log
	Items    []Item          `json:"items"`     // by leader, date raised, issue
}

// ActionSummary counts one person's action items.
type ActionSummary struct {
	Person         string   `json:"person"`
	Raised         int      `json:"raised"`           // raised in the month
	Done           int      `json:"done"`             // done in the month
	Moved          int      `json:"moved"`            // items moved at least once
	TimesMoved     int      `json:"times_moved"`      // moves, all items together
	Open           int      `json:"open"`             // not done at the month's end
	Overdue        int      `json:"overdue"`          // open and due by the month's last day
	ClosureRate    Fraction `json:"closure_rate"`     // Done ÷ (Done + Open)
	MedianOpenDays Fraction `json:"median_open_days"` // median days from raised to the month's last day, over the open items
}

// Item is one action item: its log rows of every week joined, with the
// state of the latest.
type Item struct {
	ID         string           `json:"id"` // as carried over, or as its leader, date raised and issue give it
	Leader     string           `json:"leader"`
	RaisedOn   salesrhythm.Date `json:"raised_on"`
	Issue      string           `json:"issue"`
	Owner      string           `json:"owner"`
	Due        salesrhythm.Date `json:"due"`
	Status     string           `json:"status"`
	DoneOn     salesrhythm.Date `json:"done_on"`
	TimesMoved int              `json:"times_moved"`
	Rows       int              `json:"rows"` // log rows joined into the item
	Done       bool             `json:"done"` // done in the month
	Open       bool             `json:"open"` // not done at the month's end
	Overdue    bool             `json:"overdue"`
	Ref        salesrhythm.Ref  `json:"ref"` // the row of the latest state
}

// actions joins the log rows into items and counts those that belong to the
// month.
func (r *run) actions() Actions {
	items := []Item{}
	rows := r.in.Actions
	if r.inProgress() { // the logs of weeks not begun by the as-of day are not the month's yet
		rows = slices.DeleteFunc(slices.Clone(rows), func(a salesrhythm.ActionItem) bool { return a.Week.Start.After(r.in.AsOf) })
	}
	for _, rs := range joinItems(rows) {
		if it, ok := r.item(rs); ok {
			items = append(items, it)
		}
	}
	slices.SortFunc(items, func(a, b Item) int {
		return cmp.Or(compareID(a.Leader, b.Leader), a.RaisedOn.Compare(b.RaisedOn), strings.Compare(textKey(a.Issue), textKey(b.Issue)), strings.Compare(idKey(a.ID), idKey(b.ID)))
	})
	return Actions{
		ByOwner:  r.summarise(items, func(it Item) string { return it.Owner }),
		ByLeader: r.summarise(items, func(it Item) string { return it.Leader }),
		Items:    items,
	}
}

// itemID is the ID a log row joins its item by: the one it carries, else
// the one its leader, date raised and issue give (salesrhythm.ItemID), ""
// for a row with neither an ID nor a date raised.
func itemID(a salesrhythm.ActionItem) string {
	if id := strings.TrimSpace(a.ID); id != "" {
		return id
	}
	if a.RaisedOn.IsZero() {
		return ""
	}
	return salesrhythm.ItemID(a.Leader, a.RaisedOn, a.Issue)
}

// joinItems joins the log rows into items by leader and item ID, leaving
// out the rows with neither an ID nor a date raised: each item's rows in
// the order of their weeks, then of their places.
func joinItems(actions []salesrhythm.ActionItem) [][]salesrhythm.ActionItem {
	type key struct{ leader, id string }
	rows := map[key][]salesrhythm.ActionItem{}
	for _, a := range actions {
		if id := itemID(a); id != "" {
			k := key{idKey(a.Leader), idKey(id)}
			rows[k] = append(rows[k], a)
		}
	}
	out := make([][]salesrhythm.ActionItem, 0, len(rows))
	for _, rs := range rows {
		slices.SortFunc(rs, func(a, b salesrhythm.ActionItem) int {
			return cmp.Or(a.Week.Start.Compare(b.Week.Start), compareRef(a.Ref, b.Ref))
		})
		out = append(out, rs)
	}
	return out
}

// latest is an item as its last row has it (the date raised and the due
// date of the last row that gives one: a carried row left without its due
// date keeps the one set before), with the times it was moved over all its
// rows.
func latest(rows []salesrhythm.ActionItem) Item {
	last := rows[len(rows)-1]
	it := Item{
		ID: itemID(last), Leader: last.Leader, RaisedOn: last.RaisedOn, Issue: last.Issue, Owner: last.Owner,
		Due: last.Due, Status: last.Status, DoneOn: last.DoneOn, TimesMoved: moves(rows), Rows: len(rows), Ref: last.Ref,
	}
	for _, a := range rows {
		if !a.RaisedOn.IsZero() {
			it.RaisedOn = a.RaisedOn
		}
		if !a.Due.IsZero() {
			it.Due = a.Due
		}
	}
	return it
}

// moves counts the times an item was moved over its rows, in the order of
// their weeks: each change of the due date from one row to the next, and
// each row marked moved whose row before was not (the first row, when it
// is marked moved). A row carried over as it stood is no move, however it
// is marked, and a new due date marked moved is one.
func moves(rows []salesrhythm.ActionItem) int {
	n := 0
	var due salesrhythm.Date
	for i, a := range rows {
		changed := !a.Due.IsZero() && !due.IsZero() && a.Due != due
		marked := a.Status == salesrhythm.StatusMoved && (i == 0 || rows[i-1].Status != salesrhythm.StatusMoved)
		if changed || marked {
			n++
		}
		if !a.Due.IsZero() {
			due = a.Due
		}
	}
	return n
}

// item builds one item from its rows, and reports false when it does not
// belong to the month: raised after it (after the as-of day while it is in
// progress), or done before it began.
func (r *run) item(rows []salesrhythm.ActionItem) (Item, bool) {
	last := rows[len(rows)-1]
	it := latest(rows)
	if it.RaisedOn.After(r.reckoning()) {
		return Item{}, false
	}
	r.sameID(rows)
	switch {
	case last.Status != salesrhythm.StatusDone:
		it.Open = true
	case !last.DoneOn.IsZero() && last.DoneOn.Before(r.month.Start):
		return Item{}, false
	case !last.DoneOn.IsZero():
		it.Done = r.month.Contains(last.DoneOn) && !last.DoneOn.After(r.reckoning())
		it.Open = !it.Done
	case last.Week.Overlaps(r.month):
		it.Done = true
	case last.Week.Start.After(r.month.End): // marked done only in a later month's log
		it.Open = true
	default:
		return Item{}, false
	}
	it.Overdue = it.Open && !it.Due.IsZero() && !it.Due.After(r.reckoning())
	// An owner the importer found in nobody of the plan is its finding's
	// already, at its cell.
	if it.Owner != "" && r.member(it.Owner) == nil && r.ledger.explaining(it.Ref, "owner") == nil {
		r.flag(it.Ref, salesrhythm.CodeUnknownPerson, "action item owner %q is not in the team", it.Owner)
	}
	return it, true
}

// sameID flags the rows of one log that carry the same item ID: the
// template writes each once, so a second is a copy, and both are read as
// the one item.
func (r *run) sameID(rows []salesrhythm.ActionItem) {
	for i, a := range rows[1:] {
		if b := rows[i]; a.File == b.File && strings.TrimSpace(a.ID) != "" && strings.TrimSpace(b.ID) != "" && r.month.Overlaps(a.Week) {
			r.flag(a.Ref, salesrhythm.CodeDuplicateID, "the item ID %s is on row %d of the same log too; both rows are read as one item", strings.TrimSpace(a.ID), b.Row)
		}
	}
}

// summarise counts the items per person, as who names them.
func (r *run) summarise(items []Item, who func(Item) string) []ActionSummary {
	byKey := map[string]*ActionSummary{}
	ages := map[string][]int{}
	end := r.reckoning()
	for _, it := range items {
		k := idKey(who(it))
		s := byKey[k]
		if s == nil {
			s = &ActionSummary{Person: strings.TrimSpace(who(it))}
			if m := r.member(k); m != nil {
				s.Person = m.ID
			}
			byKey[k] = s
		}
		if r.inMonth(it.RaisedOn) {
			s.Raised++
		}
		if it.TimesMoved > 0 {
			s.Moved++
			s.TimesMoved += it.TimesMoved
		}
		switch {
		case it.Done:
			s.Done++
		case it.Open:
			s.Open++
			ages[k] = append(ages[k], it.RaisedOn.DaysUntil(end))
		}
		if it.Overdue {
			s.Overdue++
		}
	}
	out := make([]ActionSummary, 0, len(byKey))
	for k, s := range byKey {
		s.ClosureRate = Ratio(float64(s.Done), float64(s.Done+s.Open))
		s.MedianOpenDays = median(ages[k])
		out = append(out, *s)
	}
	slices.SortFunc(out, func(a, b ActionSummary) int { return compareID(a.Person, b.Person) })
	return out
}

// median returns the middle value, or the mean of the two middle values; n/a
// for none.
func median(xs []int) Fraction {
	if len(xs) == 0 {
		return Fraction{}
	}
	xs = slices.Clone(xs)
	slices.Sort(xs)
	mid := len(xs) / 2
	if len(xs)%2 == 1 {
		return Fraction{Value: float64(xs[mid]), Valid: true}
	}
	return Fraction{Value: float64(xs[mid-1]+xs[mid]) / 2, Valid: true}
}
