package importer

import (
	"slices"
	"testing"

	"salesrhythm"
)

// team is a plan's team with two Farkases, to tell a name that fits one
// from one that fits two.
var team = newRoster([]salesrhythm.Person{
	{ID: "L-02", Name: "Nagy Lilla", Role: salesrhythm.Lead},
	{ID: "M-05", Name: "Farkas Bence", Role: salesrhythm.Manager},
	{ID: "M-07", Name: "Farkas Dóra", Role: salesrhythm.Manager},
	{ID: "M-17", Name: "Kiss Péter", Role: salesrhythm.Manager},
	{ID: "M-001", Name: "Kovács Anna", Role: salesrhythm.Manager},
})

func TestResolve(t *testing.T) {
	tests := []struct {
		name, typed string
		how         match
		want        string   // the ID it is read as
		maybe       []string // whom it might mean, or whom it fits
	}{
		{"the ID", "M-05", exactID, "M-05", nil},
		{"the ID in lower case with spaces", " m-05 ", exactID, "M-05", nil},
		{"the number without its zero", "L-2", nearID, "L-02", nil},
		{"no dash", "m05", nearID, "M-05", nil},
		{"a space for the dash", "M 05", nearID, "M-05", nil},
		{"more zeros", "M-0001", nearID, "M-001", nil},
		{"family name first", "Farkas Bence", byName, "M-05", nil},
		{"given name first", "Bence Farkas", byName, "M-05", nil},
		{"an initial", "farkas b.", byName, "M-05", nil},
		{"without accents", "Farkas Dora", byName, "M-07", nil},
		{"an initial first", "D. Farkas", byName, "M-07", nil},
		// Two Farkases: the family name alone says too little, and both fit.
		{"one name of two people", "Farkas", noMatch, "", []string{"M-05", "M-07"}},
		{"initials only", "F. B.", noMatch, "", nil},
		// M15 is one keystroke from M5, M17 and M1 (M-001 without its zeros).
		{"a typo in the number", "M-15", noMatch, "", []string{"M-05", "M-17", "M-001"}},
		{"a typo in the name", "Kis Péter", noMatch, "", []string{"M-17"}},
		{"nobody", "X-99", noMatch, "", nil},
		{"blank", "", noMatch, "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := team.resolve(tt.typed)
			var maybe []string
			for _, p := range append(r.fits, r.maybe...) {
				maybe = append(maybe, p.ID)
			}
			if r.how != tt.how || r.person.ID != tt.want || !slices.Equal(maybe, tt.maybe) {
				t.Errorf("resolve(%q) = %v %q, maybe %v; want %v %q, maybe %v", tt.typed, r.how, r.person.ID, maybe, tt.how, tt.want, tt.maybe)
			}
		})
	}
}

func TestCanonicalID(t *testing.T) {
	for typed, want := range map[string]string{"L-02": "L2", "l 2": "L2", "M-001": "M1", "M-0": "M0", "M-100": "M100", "X": "", "2026-00-01": "202601"} {
		if got := canonicalID(typed); got != want {
			t.Errorf("canonicalID(%q) = %q, want %q", typed, got, want)
		}
	}
}

// FuzzResolve: every person of the plan is found by their own ID; a typed
// person read as someone is read as one of the team, whose ID or name it
// fits.
func FuzzResolve(f *testing.F) {
	for _, s := range []string{"L-2", "m05", "M 05", "Farkas Bence", "Bence Farkas", "farkas b.", "Farkas", "M-15", "Kis Péter", "", "0-0", "ő. Ő"} {
		f.Add(s)
	}
	for _, p := range team.team {
		if r := team.resolve(p.ID); r.how != exactID || r.person.ID != p.ID {
			f.Fatalf("%s resolves to %+v", p.ID, r)
		}
	}
	f.Fuzz(func(t *testing.T, typed string) {
		r := team.resolve(typed)
		switch r.how {
		case noMatch:
			if r.person.ID != "" || len(r.fits) == 1 || len(r.maybe) > 3 {
				t.Fatalf("%q: %+v", typed, r)
			}
		case exactID:
			if !salesrhythm.SameID(r.person.ID, typed) {
				t.Fatalf("%q is read as %s", typed, r.person.ID)
			}
		case nearID:
			if canonicalID(typed) != canonicalID(r.person.ID) {
				t.Fatalf("%q is read as %s", typed, r.person.ID)
			}
		case byName:
			if !namesFit(nameTokens(typed), nameTokens(r.person.Name)) {
				t.Fatalf("%q is read as %s", typed, r.person.Name)
			}
		}
		if r.how != noMatch && !slices.ContainsFunc(team.team, func(p salesrhythm.Person) bool { return p.ID == r.person.ID }) {
			t.Fatalf("%q is read as %s, who is not in the team", typed, r.person.ID)
		}
	})
}
