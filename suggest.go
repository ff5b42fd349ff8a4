package salesrhythm

import "strings"

// Distance is the Levenshtein distance between a and b, by rune: how many
// letters must be typed, deleted or changed to make one the other.
func Distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	row := make([]int, len(rb)+1)
	for j := range row {
		row[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		prev := row[0]
		row[0] = i
		for j := 1; j <= len(rb); j++ {
			cur := row[j]
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			row[j] = min(row[j]+1, row[j-1]+1, prev+cost)
			prev = cur
		}
	}
	return row[len(rb)]
}

// Suggest returns the one of known that typed most likely meant — the
// closest within two typing slips, or a third of its length, or the only
// one it begins — and "" when none is close: --monht means --month,
// holiday means holidays.
func Suggest(typed string, known []string) string {
	t := strings.ToLower(typed)
	best, bestD := "", 0
	for _, k := range known {
		d := Distance(t, strings.ToLower(k))
		if d == 0 {
			return k
		}
		if limit := max(2, len([]rune(k))/3); d <= limit && (best == "" || d < bestD) {
			best, bestD = k, d
		}
	}
	if best != "" {
		return best
	}
	var prefixed []string
	for _, k := range known {
		if len(t) >= 3 && strings.HasPrefix(strings.ToLower(k), t) {
			prefixed = append(prefixed, k)
		}
	}
	if len(prefixed) == 1 {
		return prefixed[0]
	}
	return ""
}
