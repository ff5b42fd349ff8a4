package templates

import "salesrhythm"

// Carried returns the records a new workbook of spec's kind starts from,
// given its owner's latest completed workbook of the kind (prev, nil when
// there is none): the client profiles every row, as they stood. Kinds that
// do not carry over, and an owner with nothing to carry, start blank (nil).
// The rows keep no place: they are typed into the new workbook afresh.
func Carried(spec Spec, prev *salesrhythm.Records) *salesrhythm.Records {
	if prev == nil || !spec.Kind.CarriedOver() {
		return nil
	}
	switch spec.Kind {
	case salesrhythm.KindClientProfiles:
		if len(prev.Clients) == 0 {
			return nil
		}
		out := &salesrhythm.Records{Clients: make([]salesrhythm.Client, len(prev.Clients))}
		for i, c := range prev.Clients {
			c.Ref, c.Person, c.Month = salesrhythm.Ref{}, "", salesrhythm.Month{}
			out.Clients[i] = c
		}
		return out
	}
	return nil
}
