package salesrhythm

import (
	"cmp"
	"fmt"
	"hash/fnv"
	"strings"
)

// ItemID is the ID of an action item: the leader, the date it was raised
// and six hex digits of a hash of its issue as first carried over (compared
// without case and extra space), e.g. L-01/2026-11-06/3FA91C. The template
// writes it on the rows it carries into the next week's log and it stays
// with the item when the issue is reworded; a row without one — an item
// not yet carried over, or a log from before IDs — is joined by the ID its
// own leader, date and issue give, which is the one carrying it over would
// write.
func ItemID(leader string, raised Date, issue string) string {
	leader = strings.TrimSpace(leader)
	h := fnv.New32a()
	fmt.Fprintf(h, "%s\x00%s\x00%s", strings.ToLower(leader), raised, TextKey(issue))
	return fmt.Sprintf("%s/%s/%06X", leader, raised, h.Sum32()&0xFFFFFF)
}

// TextKey is the form in which typed names and issues are compared: without
// case and with runs of space folded to one.
func TextKey(s string) string { return strings.Join(strings.Fields(strings.ToLower(s)), " ") }

// LatestCalls keeps the latest call to each client among the calls added
// (client names compared by TextKey; calls without a client left out), by
// date, then time, then place, in the order of the clients' first calls.
type LatestCalls struct {
	at    map[string]int
	calls []Call
}

// Add counts call c, copying it (its strings too: it may be lent) when it
// is the latest to its client yet.
func (l *LatestCalls) Add(c *Call) {
	k := TextKey(c.Client)
	if k == "" {
		return
	}
	if l.at == nil {
		l.at = map[string]int{}
	}
	i, ok := l.at[k]
	switch {
	case !ok:
		l.at[strings.Clone(k)] = len(l.calls)
		l.calls = append(l.calls, *c)
		Own(&l.calls[len(l.calls)-1])
	case CompareCalls(*c, l.calls[i]) > 0:
		l.calls[i] = *c
		Own(&l.calls[i])
	}
}

// Calls returns the latest call to each client.
func (l *LatestCalls) Calls() []Call { return l.calls }

// CompareCalls orders calls by date, time and place.
func CompareCalls(a, b Call) int {
	return cmp.Or(a.Date.Compare(b.Date), cmp.Compare(a.Time, b.Time),
		strings.Compare(a.File, b.File), strings.Compare(a.Sheet, b.Sheet), cmp.Compare(a.Row, b.Row))
}
