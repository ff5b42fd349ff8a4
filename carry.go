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
	calls []LastCall
	// names are the files' and sheets' names kept, each once: a person's
	// calls of a month come from a few files.
	names map[string]string
}

// LastCall is what is kept of a client's latest call: when and where it
// was, and the next contact and step it set. A department of thousands has
// hundreds of thousands of clients.
type LastCall struct {
	Ref
	Client      string
	Date        Date
	Time        Clock
	NextContact Date
	NextStep    string
}

// Add counts call c, copying what is kept of it (its strings too: it may be
// lent) when it is the latest to its client yet.
func (l *LatestCalls) Add(c *Call) {
	k := TextKey(c.Client)
	if k == "" {
		return
	}
	if l.at == nil {
		l.at, l.names = map[string]int{}, map[string]string{}
	}
	i, ok := l.at[k]
	if ok && compareCalls(c.Date, c.Time, c.Ref, l.calls[i].Date, l.calls[i].Time, l.calls[i].Ref) <= 0 {
		return
	}
	kept := LastCall{Ref: Ref{File: l.name(c.File), Sheet: l.name(c.Sheet), Row: c.Row}, Client: strings.Clone(c.Client),
		Date: c.Date, Time: c.Time, NextContact: c.NextContact, NextStep: strings.Clone(c.NextStep)}
	if ok {
		l.calls[i] = kept
		return
	}
	if k == c.Client {
		k = kept.Client // one copy for both
	} else {
		k = strings.Clone(k)
	}
	l.at[k] = len(l.calls)
	l.calls = append(l.calls, kept)
}

// name is s, kept once.
func (l *LatestCalls) name(s string) string {
	if n, ok := l.names[s]; ok {
		return n
	}
	n := strings.Clone(s)
	l.names[n] = n
	return n
}

// Calls returns the latest call to each client.
func (l *LatestCalls) Calls() []LastCall { return l.calls }

// CompareCalls orders calls by date, time and place.
func CompareCalls(a, b Call) int { return compareCalls(a.Date, a.Time, a.Ref, b.Date, b.Time, b.Ref) }

func compareCalls(ad Date, at Clock, ar Ref, bd Date, bt Clock, br Ref) int {
	return cmp.Or(ad.Compare(bd), cmp.Compare(at, bt),
		strings.Compare(ar.File, br.File), strings.Compare(ar.Sheet, br.Sheet), cmp.Compare(ar.Row, br.Row))
}
