package report

import (
	"testing"

	"salesrhythm"
)

func TestChartAxisInTheLocalesStyle(t *testing.T) {
	for _, c := range []struct {
		v       float64
		percent bool
		l       salesrhythm.Locale
		want    string
	}{
		{30_000_000, false, salesrhythm.English, "30,000,000"},
		{30_000_000, false, salesrhythm.Hungarian, "30 000 000"},
		{0.8, true, salesrhythm.English, "80%"},
		{0.8, true, salesrhythm.Hungarian, "80 %"},
		{1.25, true, salesrhythm.Hungarian, "125 %"},
	} {
		if got := axisLabel(c.v, c.percent, c.l); got != c.want {
			t.Errorf("axisLabel(%g, %v, %s) = %q, want %q", c.v, c.percent, c.l, got, c.want)
		}
	}
}
