package demo

import (
	"hash/fnv"
	"math/rand/v2"
)

// rng is one part of the story's random stream.
type rng struct{ *rand.Rand }

// stream returns the random numbers of one part of the story, named by parts
// (a person, what is made, a week). Each part has a generator of its own,
// derived from the seed and the name, so the parts come out the same in any
// order and on any core.
func stream(seed int64, parts ...string) rng {
	h := fnv.New64a()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return rng{rand.New(rand.NewPCG(uint64(seed), h.Sum64()))}
}

// between returns a whole number from lo to hi, both included.
func (r rng) between(lo, hi int) int { return lo + r.IntN(hi-lo+1) }

// uniform returns a number from lo up to hi.
func (r rng) uniform(lo, hi float64) float64 { return lo + (hi-lo)*r.Float64() }

// chance reports true with probability p.
func (r rng) chance(p float64) bool { return r.Float64() < p }

// weighted returns an index of weights with probability proportional to
// its weight.
func (r rng) weighted(weights []float64) int {
	total := 0.0
	for _, w := range weights {
		total += w
	}
	x := r.Float64() * total
	for i, w := range weights {
		if x < w {
			return i
		}
		x -= w
	}
	return len(weights) - 1
}

func pick[T any](r rng, xs []T) T { return xs[r.IntN(len(xs))] }
