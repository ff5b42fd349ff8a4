package salesrhythm

import (
	"slices"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestCircleOf(t *testing.T) {
	p := &Plan{Team: []Person{
		{ID: "D-1"},
		{ID: "H-1", ReportsTo: "D-1"},
		{ID: "L-1", ReportsTo: "h-1 "}, // as typed: case and spaces aside
		{ID: "M-1", ReportsTo: "L-1"},
		{ID: "L-2", ReportsTo: "H-1"},
		{ID: "M-2", ReportsTo: "L-2"},
		{ID: "X-1", ReportsTo: "X-2"}, // a loop
		{ID: "X-2", ReportsTo: "X-1"},
	}}
	ids := func(ps []Person) []string {
		var out []string
		for _, x := range ps {
			out = append(out, x.ID)
		}
		return out
	}
	for id, want := range map[string][]string{
		"L-1":    {"H-1", "L-1", "M-1"},
		"H-1":    {"D-1", "H-1", "L-1", "M-1", "L-2", "M-2"},
		"D-1":    {"D-1", "H-1", "L-1", "M-1", "L-2", "M-2"},
		"M-2":    {"L-2", "M-2"},
		"X-1":    {"X-1", "X-2"},
		"nobody": nil,
		" l-2":   {"H-1", "L-2", "M-2"},
	} {
		if got := ids(p.CircleOf(id)); !slices.Equal(got, want) {
			t.Errorf("CircleOf(%q) = %v, want %v", id, got, want)
		}
	}
}

// IDKey keys two IDs alike exactly when SameID says they are the same: every
// rune is keyed alike with every rune of its fold orbit, and by a rune of
// that orbit, so that runes of two orbits never share a key.
func TestIDKeyIsSameID(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		key := func(r rune) string { return IDKey("x" + string(r) + "x") } // a space inside stays
		k := key(r)
		orbit := []rune{r}
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			orbit = append(orbit, f)
		}
		for _, f := range orbit[1:] {
			if key(f) != k {
				t.Fatalf("%U and %U: SameID says the same, IDKey keys %q and %q", r, f, k, key(f))
			}
		}
		if key, _ := utf8.DecodeRuneInString(k[1:]); !slices.Contains(orbit, key) {
			t.Fatalf("%U is keyed by %U, not a rune of its orbit", r, key)
		}
	}
	for _, c := range [][2]string{{"M-001", " m-001 "}, {"\u212a-1", "k-1"}, {"İ-1", "i-1"}, {"ſ", "S"}, {"Σ", "ς"}, {"ǅ", "ǆ"}, {"ANNA", "anna"}} {
		if same, keyed := SameID(c[0], c[1]), IDKey(c[0]) == IDKey(c[1]); same != keyed {
			t.Errorf("%q and %q: SameID %t, IDKey alike %t", c[0], c[1], same, keyed)
		}
	}
}
