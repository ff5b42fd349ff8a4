package analysis

import (
	"slices"

	"salesrhythm"
)

// mergeEvents returns the management events the norms count: the management
// logs' events, and each one-on-one sheet as a one-on-one of its leader with
// its direct report on its date. A sheet is the same talk as a log's
// one-on-one of the same leader on the same date with the report among its
// participants: the talk counts once, as the log's event, with the sheet's
// minutes when the log gives none (and is marked logged). Two sheets of one
// talk count once too. A sheet with no date counts nowhere (the import
// reports it).
func (r *run) mergeEvents() []salesrhythm.Event {
	r.logged = map[talkKey]bool{}
	out := slices.Clone(r.in.Events)
	logged := map[talkKey]int{} // the first matching log event, by talk
	for i, e := range out {
		if e.Type != salesrhythm.EventOneOnOne {
			continue
		}
		for _, p := range e.Participants {
			k := talkKey{idKey(e.Leader), idKey(p), e.Date}
			if _, ok := logged[k]; !ok {
				logged[k] = i
			}
		}
	}
	for _, t := range r.in.OneOnOnes {
		if t.Date.IsZero() || idKey(t.Report) == "" {
			continue
		}
		k := talkKey{idKey(t.Leader), idKey(t.Report), t.Date}
		if i, ok := logged[k]; ok {
			if out[i].Minutes == 0 {
				out[i].Minutes = t.Minutes
			}
			if i < len(r.in.Events) {
				r.logged[k] = true
			}
			continue
		}
		logged[k] = len(out)
		out = append(out, salesrhythm.Event{Ref: t.Ref, Leader: t.Leader, Date: t.Date, Type: salesrhythm.EventOneOnOne,
			Start: salesrhythm.NoClock, Minutes: t.Minutes, Participants: []string{t.Report}})
	}
	return out
}

// talkKey names one talk: the leader, the direct report and the date.
type talkKey struct {
	leader, report string
	date           salesrhythm.Date
}
