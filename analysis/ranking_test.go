package analysis

import (
	"fmt"
	"strings"
	"testing"

	"salesrhythm"
)

// standing is a Person with a revenue target of 100 and the given
// fulfilment; a negative fulfilment means no target.
func standing(id string, days int, revenue float64) Person {
	p := Person{ID: id, WorkingDays: days}
	if revenue >= 0 {
		p.Measures.Revenue = Fulfilment{Planned: 100, Target: 100, Actual: 100 * revenue, Fulfilment: Fraction{revenue, true}}
	}
	return p
}

// listing prints each person as "ID rank band" or "ID - reason".
func listing(ps []Person) string {
	var out []string
	for _, p := range ps {
		if p.Rank == nil {
			out = append(out, fmt.Sprintf("%s - %s", p.ID, p.Reason.En))
			continue
		}
		out = append(out, fmt.Sprintf("%s %d %s", p.ID, *p.Rank, p.Band))
	}
	return strings.Join(out, ", ")
}

func TestRank(t *testing.T) {
	revenue := salesrhythm.Default().Ranking // leader ≥ 100 %, laggard < 80 %, 10 days
	score := revenue
	score.Metric = salesrhythm.MetricScore
	tests := []struct {
		name   string
		policy salesrhythm.Ranking
		people []Person
		want   string
	}{
		{
			// Two at 90 % share rank 2; the next is 4th. 120 % leads, 50 % lags.
			name: "ties share a rank and the next is skipped", policy: revenue,
			people: []Person{standing("D", 21, 0.5), standing("C", 21, 0.9), standing("A", 21, 1.2), standing("B", 21, 0.9)},
			want:   "A 1 leader, B 2 core, C 2 core, D 4 laggard",
		},
		{
			name: "all equal share the first rank, listed by ID", policy: revenue,
			people: []Person{standing("m3", 21, 1), standing("M1", 21, 1), standing("m2", 21, 1)},
			want:   "M1 1 leader, m2 1 leader, m3 1 leader",
		},
		{
			// 0.1 + 0.2 is 0.30000000000000004 in floating point: equal to 0.3
			// on paper, so the same rank.
			name: "values equal after rounding tie", policy: revenue,
			people: []Person{standing("A", 21, 0.1+0.2), standing("B", 21, 0.3)},
			want:   "A 1 laggard, B 1 laggard",
		},
		{
			// 100 % is a leader, 80 % is core (laggards are below), 79.9 % lags.
			name: "band thresholds are inclusive for leaders only", policy: revenue,
			people: []Person{standing("A", 21, 1), standing("B", 21, 0.8), standing("C", 21, 0.799)},
			want:   "A 1 leader, B 2 core, C 3 laggard",
		},
		{
			name: "nobody eligible", policy: revenue,
			people: []Person{standing("B", 9, 1.5), standing("A", 21, -1), standing("C", 0, -1)},
			want:   "A - no target, B - 9 working days employed, minimum 10, C - no target",
		},
		{
			// Exactly the minimum of 10 working days is enough.
			name: "unranked listed after the ranked", policy: revenue,
			people: []Person{standing("A", 9, 2), standing("Z", 10, 0.1), standing("B", 21, -1)},
			want:   "Z 1 laggard, A - 9 working days employed, minimum 10, B - no target",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := listing(rank(tt.people, tt.policy, false)); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
	t.Run("score weighs the fulfilments the person has", func(t *testing.T) {
		// Weights revenue 0.6, deals 0.2, calls 0.1, meetings 0.1.
		// A: revenue 100 %, deals 50 %, no calls target, meetings 200 %:
		// (0.6×1 + 0.2×0.5 + 0.1×2) ÷ (0.6 + 0.2 + 0.1) = 0.9 ÷ 0.9 = 1.
		// B: only a calls target, 50 %: 0.1×0.5 ÷ 0.1 = 0.5.
		// C: only a new-clients target, which has no weight: no target.
		a := standing("A", 21, 1)
		a.Measures.Deals = Fulfilment{Planned: 4, Target: 4, Actual: 2, Fulfilment: Fraction{0.5, true}}
		a.Measures.Meetings = Fulfilment{Planned: 5, Target: 5, Actual: 10, Fulfilment: Fraction{2, true}}
		b := standing("B", 21, -1)
		b.Measures.Calls = Fulfilment{Planned: 100, Target: 100, Actual: 50, Fulfilment: Fraction{0.5, true}}
		c := standing("C", 21, -1)
		c.Measures.NewClients = Fulfilment{Planned: 2, Target: 2, Actual: 2, Fulfilment: Fraction{1, true}}
		got := rank([]Person{c, b, a}, score, false)
		if l := listing(got); l != "A 1 leader, B 2 laggard, C - no target" {
			t.Errorf("got %s", l)
		}
		checkFraction(t, "A's score", got[0].Value, 1)
		checkFraction(t, "B's score", got[1].Value, 0.5)
		checkFraction(t, "C's score", got[2].Value, na)
	})
	t.Run("target pro-rated to nothing is no target", func(t *testing.T) {
		// Planned 100 but employed no working day, with a minimum of 0 days.
		p := Person{ID: "A", Measures: Measures[Fulfilment]{Revenue: Fulfilment{Planned: 100}}}
		policy := revenue
		policy.MinWorkingDays = 0
		if l := listing(rank([]Person{p}, policy, false)); l != "A - no target" {
			t.Errorf("got %s", l)
		}
	})
}

// TestRankOnPace: while the month is in progress the bands compare each
// person with the target of the days elapsed, not the whole month's: a
// week in, a fifth of the target on pace is no laggard.
func TestRankOnPace(t *testing.T) {
	policy := salesrhythm.Default().Ranking
	paced := func(id string, fulfilment, pace float64) Person {
		p := standing(id, 21, fulfilment)
		p.Measures.Revenue.Pace = Fraction{pace, true}
		return p
	}
	people := []Person{paced("A", 0.25, 1.1), paced("B", 0.2, 0.9), paced("C", 0.1, 0.5), standing("D", 21, 0)}
	if l := listing(rank(people, policy, false)); l != "A 1 laggard, B 2 laggard, C 3 laggard, D 4 laggard" {
		t.Errorf("on the fulfilment: %s", l)
	}
	// D's pace is n/a: none of D's working days has passed.
	if l := listing(rank(people, policy, true)); l != "A 1 leader, B 2 core, C 3 laggard, D - none of their working days of the month has passed yet" {
		t.Errorf("on the pace: %s", l)
	}
}
