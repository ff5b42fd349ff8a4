package report_test

import (
	"testing"

	"salesrhythm"
	"salesrhythm/analysis"
	"salesrhythm/report"
)

// BenchmarkScorecard builds one person's scorecard: at a thousand people
// the scorecards are most of a report's writing.
func BenchmarkScorecard(b *testing.B) {
	in := fixture(b, salesrhythm.Hungarian)
	cards := analysis.Scorecards(in.Result, nil)
	for b.Loop() {
		for _, c := range cards {
			if _, err := report.BuildScorecard(in.Config, c); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(len(cards)), "cards")
}
