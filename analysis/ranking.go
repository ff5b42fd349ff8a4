package analysis

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"salesrhythm"
)

// Band places a ranked person against the thresholds of the ranking policy.
type Band string

// The bands, from the top. A person below the laggard threshold whose
// figures miss values is provisional: not called a laggard on incomplete
// data.
const (
	BandLeader      Band = "leader"
	BandCore        Band = "core"
	BandLaggard     Band = "laggard"
	BandProvisional Band = "provisional"
)

// rank sets each person's ranking value, rank, band or reason, and returns
// them in listing order: the ranked by rank then ID, then the unranked by ID.
// With onPace, while the month is in progress, the value is taken from the
// paces rather than the fulfilments: a week into the month everybody is
// below the laggard threshold of the whole month's target.
func rank(people []Person, policy salesrhythm.Ranking, onPace bool) []Person {
	ranked, unranked := []Person{}, []Person{}
	for _, p := range people {
		p.Value = value(p, policy, onPace)
		p.Provisional = misses(p, policy)
		switch {
		case !hasTarget(p, policy):
			p.Reason = reasonNoTarget
		case p.WorkingDays < policy.MinWorkingDays:
			p.Reason = salesrhythm.Tr("%d working days employed, minimum %d", p.WorkingDays, policy.MinWorkingDays)
		case !p.Value.Valid && onPace:
			p.Reason = reasonNoDayYet
		case !p.Value.Valid:
			p.Reason = reasonNoTarget
		default:
			ranked = append(ranked, p)
			continue
		}
		unranked = append(unranked, p)
	}
	slices.SortFunc(ranked, func(a, b Person) int {
		return cmp.Or(cmp.Compare(round9(b.Value.Value), round9(a.Value.Value)), compareID(a.ID, b.ID))
	})
	slices.SortFunc(unranked, func(a, b Person) int { return compareID(a.ID, b.ID) })
	for i := range ranked {
		p := &ranked[i]
		n := i + 1
		if i > 0 && round9(ranked[i-1].Value.Value) == round9(p.Value.Value) {
			n = *ranked[i-1].Rank
		}
		p.Rank = &n
		p.Band = band(p.Value.Value, policy)
		if p.Band == BandLaggard && p.Provisional {
			p.Band = BandProvisional
		}
	}
	return append(ranked, unranked...)
}

var (
	reasonNoTarget = salesrhythm.T("no target", "nincs megadott cél")
	reasonNoDayYet = salesrhythm.T("none of their working days of the month has passed yet", "a hónapból még egyetlen munkanapja sem telt el")
)

// value is the ranking metric of p: one target's fulfilment, or the
// weighted mean of the fulfilments p has; with onPace, of the paces.
func value(p Person, policy salesrhythm.Ranking, onPace bool) Fraction {
	if policy.Metric != salesrhythm.MetricScore {
		return p.Measures.Get(salesrhythm.Measure(policy.Metric)).Standing(onPace)
	}
	var num, den float64
	for _, k := range measures() {
		w, f := policy.Weights[string(k)], p.Measures.Get(k).Standing(onPace)
		if w > 0 && f.Valid {
			num += w * f.Value
			den += w
		}
	}
	return Ratio(num, den)
}

// misses reports whether the figures of p the ranking metric uses leave
// values out: a measure it weighs, with a target, of which findings keep
// some of p's records out.
func misses(p Person, policy salesrhythm.Ranking) bool {
	for _, x := range p.Missing {
		f := p.Measures.Get(x.Measure)
		if f.Planned > 0 && (policy.Metric == string(x.Measure) || policy.Metric == salesrhythm.MetricScore && policy.Weights[string(x.Measure)] > 0) {
			return true
		}
	}
	return false
}

// hasTarget reports whether the plan sets p a target the metric uses.
func hasTarget(p Person, policy salesrhythm.Ranking) bool {
	if policy.Metric != salesrhythm.MetricScore {
		return p.Measures.Get(salesrhythm.Measure(policy.Metric)).Planned > 0
	}
	for _, k := range measures() {
		if policy.Weights[string(k)] > 0 && p.Measures.Get(k).Planned > 0 {
			return true
		}
	}
	return false
}

func band(v float64, policy salesrhythm.Ranking) Band {
	switch v = round9(v); {
	case v >= round9(policy.LeaderPercent/100):
		return BandLeader
	case v < round9(policy.LaggardPercent/100):
		return BandLaggard
	}
	return BandCore
}

// round9 rounds to nine decimals, so that values equal on paper compare
// equal whatever order the arithmetic took.
func round9(v float64) float64 { return math.Round(v*1e9) / 1e9 }

// compareID orders person IDs without case, then as written.
func compareID(a, b string) int {
	return cmp.Or(strings.Compare(idKey(a), idKey(b)), strings.Compare(a, b))
}
