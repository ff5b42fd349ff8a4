package report

import (
	"salesrhythm"
	"salesrhythm/analysis"
)

// Names returns the file names of chart images.
func Names(pics []picture) []string {
	var out []string
	for _, p := range pics {
		out = append(out, p.name)
	}
	return out
}

// BuildStraight is Build with every sheet written straight into the
// workbook, none held.
func BuildStraight(in Input, feedbackDir string) ([]byte, []picture, error) {
	return build(in, feedbackDir, false)
}

// BuildScorecardStraight is BuildScorecard with its sheet written straight
// into the workbook, not held.
func BuildScorecardStraight(cfg salesrhythm.Config, s analysis.Scorecard) ([]byte, error) {
	return buildScorecard(cfg, s, false)
}
