package importer

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"salesrhythm"
)

// People are named by ID, but people type what they know: a name instead
// of the ID (Farkas Bence, Bence Farkas, farkas b.), or the ID not quite as
// the plan has it (L-2 for L-02, m05, M 05). A roster reads such a cell as
// the one person of the plan it can mean, and otherwise says whom it might
// have meant.

// How a typed person was matched.
type match int

const (
	noMatch match = iota
	exactID       // the ID, give or take case and surrounding space
	nearID        // the ID written another way
	byName        // the person's name
)

// roster is the plan's team, for matching what was typed in person cells.
type roster struct {
	team  []salesrhythm.Person
	byID  map[string]int // index in team, by ID without case and space
	canon []string       // canonicalID of each member's ID
	names [][]string     // nameTokens of each member's name
}

func newRoster(team []salesrhythm.Person) *roster {
	r := &roster{team: team, byID: map[string]int{}, canon: make([]string, len(team)), names: make([][]string, len(team))}
	for i, p := range team {
		if k := salesrhythm.IDKey(p.ID); k != "" {
			if _, dup := r.byID[k]; !dup {
				r.byID[k] = i
			}
		}
		r.canon[i], r.names[i] = canonicalID(p.ID), nameTokens(p.Name)
	}
	return r
}

// resolution is what a typed person turned out to be.
type resolution struct {
	how    match
	person salesrhythm.Person // the one person it means, unless noMatch
	// When noMatch: everyone it fits, when more than one does; else
	// whom it might mean. In plan order.
	fits, maybe []salesrhythm.Person
}

// person returns the member whose ID is id, without case and space.
func (r *roster) person(id string) (salesrhythm.Person, bool) {
	i, ok := r.byID[salesrhythm.IDKey(id)]
	if !ok {
		return salesrhythm.Person{}, false
	}
	return r.team[i], true
}

func (r *roster) resolve(typed string) resolution {
	if p, ok := r.person(typed); ok {
		return resolution{how: exactID, person: p}
	}
	var near, named []salesrhythm.Person
	canon := canonicalID(typed)
	tokens := nameTokens(typed)
	for i, p := range r.team {
		if canon != "" && r.canon[i] == canon {
			near = append(near, p)
		}
		if len(tokens) > 0 && namesFit(tokens, r.names[i]) {
			named = append(named, p)
		}
	}
	switch {
	case len(near) == 1:
		return resolution{how: nearID, person: near[0]}
	case len(near) > 1:
		return resolution{fits: near}
	case len(named) == 1:
		return resolution{how: byName, person: named[0]}
	case len(named) > 1:
		return resolution{fits: named}
	}
	return resolution{maybe: r.suggest(typed)}
}

// canonicalID is an ID with its case, spaces, dashes and dots and the
// leading zeros of its numbers taken off: L-02, L-2, l 2 and L02 are all
// L2. It is "" for text with no digit, which is no ID.
func canonicalID(s string) string {
	if !strings.ContainsFunc(s, unicode.IsDigit) {
		return ""
	}
	var b strings.Builder
	var run []rune // the digits of the number being read
	flush := func() {
		for len(run) > 1 && run[0] == '0' {
			run = run[1:]
		}
		b.WriteString(string(run))
		run = run[:0]
	}
	for _, r := range strings.ToUpper(s) {
		switch {
		case unicode.IsDigit(r):
			run = append(run, r)
		case unicode.IsLetter(r):
			flush()
			b.WriteRune(r)
		default:
			flush()
		}
	}
	flush()
	return b.String()
}

// nameTokens are the words of a name, in lower case without accents, dots
// and commas: "Farkas B." is farkas, b. Text with a digit is no name.
func nameTokens(s string) []string {
	if strings.ContainsFunc(s, unicode.IsDigit) {
		return nil
	}
	return strings.FieldsFunc(unaccented(s), func(r rune) bool { return r == ' ' || r == '.' || r == ',' })
}

// namesFit reports whether typed words name a person whose name has the
// given words: at least two words typed (one alone says too little), each
// a word of the name or the initial of one, no word of the name used
// twice, and at least one typed in full.
func namesFit(typed, name []string) bool {
	if len(typed) < 2 || len(typed) > len(name) {
		return false
	}
	used := make([]bool, len(name))
	var fit func(i int, full bool) bool
	fit = func(i int, full bool) bool {
		if i == len(typed) {
			return full
		}
		for j, n := range name {
			if used[j] {
				continue
			}
			whole := typed[i] == n
			if whole || len(typed[i]) == 1 && strings.HasPrefix(n, typed[i]) {
				used[j] = true
				if fit(i+1, full || whole) {
					return true
				}
				used[j] = false
			}
		}
		return false
	}
	return fit(0, false)
}

// suggest returns the people a typed person that matches nobody might
// mean: an ID one keystroke from theirs, or a name that shares a word with
// theirs or is two keystrokes from it; at most three, in plan order.
func (r *roster) suggest(typed string) []salesrhythm.Person {
	canon := canonicalID(typed)
	words := nameTokens(typed)
	whole := strings.Join(words, " ")
	var out []salesrhythm.Person
	for i, p := range r.team {
		name := r.names[i]
		switch {
		case canon != "" && salesrhythm.Distance(canon, r.canon[i]) <= 1:
		case whole != "" && salesrhythm.Distance(whole, strings.Join(name, " ")) <= 2:
		case slices.ContainsFunc(words, func(w string) bool { return len(w) >= 3 && slices.Contains(name, w) }):
		default:
			continue
		}
		out = append(out, p)
		if len(out) == 3 {
			break
		}
	}
	return out
}

// who names a person for a message: "M-05 (Farkas Bence)".
func who(p salesrhythm.Person) string {
	if p.Name == "" {
		return p.ID
	}
	return fmt.Sprintf("%s (%s)", p.ID, p.Name)
}

// didYouMean is the end of a message about a person nobody fits: "; did
// you mean M-05 (Farkas Bence) or M-07 (Farkas Dóra)?", or "" when there
// is nobody to suggest.
func didYouMean(ps []salesrhythm.Person) salesrhythm.Text {
	if len(ps) == 0 {
		return salesrhythm.Text{}
	}
	return salesrhythm.Tr("; did you mean %s?", salesrhythm.Or(whos(ps)...))
}

// whos names each of ps for a message.
func whos(ps []salesrhythm.Person) []string {
	names := make([]string, len(ps))
	for i, p := range ps {
		names[i] = who(p)
	}
	return names
}

// resolvePeople reads every person a file's cells name against the plan:
// each is kept when it is an ID of the plan, read as the one person it can
// mean with a warning when it is a name or a near-miss ID (the record then
// holds the plan's ID), and otherwise reported, with whom it might mean.
// It returns what each typed person became.
func resolvePeople(f *fileResult, ros *roster, notFound func(r personRef, res resolution) salesrhythm.Finding) map[string]string {
	ids := map[string]string{}
	for _, r := range f.refs {
		res := ros.resolve(r.id)
		switch res.how {
		case exactID:
			continue
		case nearID:
			ids[r.id] = res.person.ID
			f.add(salesrhythm.Finding{Sheet: r.sheet, Cell: r.cell, Field: r.field, Severity: salesrhythm.Warning, Code: salesrhythm.CodeNearMissID, Raw: r.id,
				Messages: salesrhythm.Tr("%q is not an ID of the plan, but it can only mean %s: read as %s; type the ID as the plan has it", r.id, who(res.person), res.person.ID)})
		case byName:
			ids[r.id] = res.person.ID
			f.add(salesrhythm.Finding{Sheet: r.sheet, Cell: r.cell, Field: r.field, Severity: salesrhythm.Warning, Code: salesrhythm.CodeNameForID, Raw: r.id,
				Messages: salesrhythm.Tr("%q is a name, not an ID: read as %s, the only person of the plan it fits; type the ID, or pick it from the drop-down", r.id, who(res.person))})
		default:
			f.add(notFound(r, res))
		}
	}
	return ids
}

// notInPlan says that a typed person fits nobody of the plan — of its
// team for the month, or of its Team sheet when month is zero — or more
// than one.
func notInPlan(r personRef, res resolution, month salesrhythm.Month) salesrhythm.Text {
	switch {
	case len(res.fits) > 1:
		return salesrhythm.Tr("%q fits more than one person of the plan, %s: type the ID", r.id, salesrhythm.Or(whos(res.fits)...))
	case month.IsZero():
		return salesrhythm.Tr("%q is not on the Team sheet%s", r.id, didYouMean(res.maybe))
	}
	return salesrhythm.Tr("%q is not in the team of the plan for %s%s", r.id, month, didYouMean(res.maybe))
}
