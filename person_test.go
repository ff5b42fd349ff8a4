package salesrhythm

import (
	"slices"
	"testing"
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
