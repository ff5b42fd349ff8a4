package report

import (
	"strings"
	"testing"

	chart "github.com/wcharczuk/go-chart/v2"

	"salesrhythm"
	"salesrhythm/analysis"
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

// TestTiltedLabelsAreNotWrapped: a crowded chart tilts its labels, each on
// one line; wrapped, a tilted label shows only its first word.
func TestTiltedLabelsAreNotWrapped(t *testing.T) {
	if s := xAxis(16); s.TextRotationDegrees == 0 || s.TextWrap != chart.TextWrapNone {
		t.Errorf("16 bars: %+v, want tilted labels on one line", s)
	}
	if s := xAxis(4); s.TextRotationDegrees != 0 || s.TextWrap == chart.TextWrapNone {
		t.Errorf("4 bars: %+v, want level labels, wrapped", s)
	}
}

// TestBandKey: a chart coloured by band says what each colour means, with
// the thresholds in force.
func TestBandKey(t *testing.T) {
	cfg := salesrhythm.Default()
	cfg.Locale = salesrhythm.Hungarian
	b := &book{in: Input{Config: cfg}, loc: salesrhythm.Hungarian}
	var got []string
	for _, k := range b.bandKey(true) {
		got = append(got, k.text)
	}
	want := []string{"legalább 100\u00a0%", "80–100\u00a0%", "80\u00a0% alatt", "előzetes vagy rangsoron kívül"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("key %q, want %q", got, want)
	}
}

// TestMonthInProgressIsLabelledSoFar: in the trends, the report's month,
// while it is in progress, is labelled as the month so far.
func TestMonthInProgressIsLabelledSoFar(t *testing.T) {
	dec, nov := salesrhythm.Month{Year: 2026, Month: 12}, salesrhythm.Month{Year: 2026, Month: 11}
	b := &book{in: Input{Result: analysis.Result{Month: dec, AsOf: salesrhythm.D(2026, 12, 3)}}, loc: salesrhythm.English}
	if got := b.monthLabel(dec); got != "Dec 2026 (so far)" {
		t.Errorf("December as of 3 December: %q", got)
	}
	if got := b.monthLabel(nov); got != "Nov 2026" {
		t.Errorf("November: %q", got)
	}
	b.in.Result.AsOf = salesrhythm.D(2027, 1, 4)
	if got := b.monthLabel(dec); got != "Dec 2026" {
		t.Errorf("December once over: %q", got)
	}
}
