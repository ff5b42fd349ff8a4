package analysis

import (
	"encoding/json"
	"math"
	"slices"
	"testing"

	"salesrhythm"
)

func TestRatio(t *testing.T) {
	tests := []struct {
		name     string
		num, den float64
		want     Fraction
		text     string
		percent  string
		json     string
	}{
		{"ratio", 1, 4, Fraction{0.25, true}, "0.25", "25.0%", "0.25"},
		{"above one", 44000, 40000, Fraction{1.1, true}, "1.1", "110.0%", "1.1"},
		{"zero numerator", 0, 5, Fraction{0, true}, "0", "0.0%", "0"},
		{"zero denominator is n/a", 5, 0, Fraction{}, "n/a", "n/a", "null"},
		{"nothing over nothing is n/a", 0, 0, Fraction{}, "n/a", "n/a", "null"},
		{"overflow is n/a, not infinity", math.MaxFloat64, 0.5, Fraction{}, "n/a", "n/a", "null"},
		{"not a number in is n/a out", math.NaN(), 1, Fraction{}, "n/a", "n/a", "null"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Ratio(tt.num, tt.den)
			if got != tt.want {
				t.Errorf("Ratio(%v, %v) = %+v, want %+v", tt.num, tt.den, got, tt.want)
			}
			if got.String() != tt.text || got.Percent() != tt.percent {
				t.Errorf("formats as %q and %q, want %q and %q", got.String(), got.Percent(), tt.text, tt.percent)
			}
			b, err := json.Marshal(got)
			if err != nil || string(b) != tt.json {
				t.Fatalf("JSON %s (%v), want %s", b, err, tt.json)
			}
			var back Fraction
			if err := json.Unmarshal(b, &back); err != nil || back != got {
				t.Errorf("JSON round trip gave %+v (%v), want %+v", back, err, got)
			}
		})
	}
}

// An empty month still marshals: lists are empty rather than null, n/a is
// null, and nothing is NaN or infinite (encoding/json refuses both).
func TestAnalyseEmptyInputMarshals(t *testing.T) {
	res := Analyse(Input{Month: nov2026, Config: testConfig()})
	b, err := json.Marshal(res)
	if err != nil {
		t.Fatal(err)
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(b, &fields); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"people", "groups", "activity", "time_use", "compliance", "roles", "findings"} {
		if string(fields[k]) != "[]" {
			t.Errorf("%s = %s, want []", k, fields[k])
		}
	}
	if res.WorkingDays != 21 || len(res.WeeklyRevenue) != 6 || len(res.Submissions.Expected) != 0 {
		t.Errorf("working days %d, weeks %d, expected %d; want 21, 6, 0", res.WorkingDays, len(res.WeeklyRevenue), len(res.Submissions.Expected))
	}
}

// The same records in another order give the same result.
func TestAnalyseIgnoresInputOrder(t *testing.T) {
	in := Input{
		Month: nov2026, Config: testConfig(), Plan: salesrhythm.Plan{Team: novemberTeam()},
		Events: novemberEvents(),
		Deals: []salesrhythm.Deal{
			deal("M1", nov(2), 1000, salesrhythm.Yes), deal("M2", nov(20), 3000, salesrhythm.No), deal("M9", nov(3), 2000, salesrhythm.No),
		},
	}
	reversed := in
	reversed.Events = slices.Clone(in.Events)
	slices.Reverse(reversed.Events)
	reversed.Deals = slices.Clone(in.Deals)
	slices.Reverse(reversed.Deals)
	reversed.Plan.Team = slices.Clone(in.Plan.Team)
	slices.Reverse(reversed.Plan.Team)
	a, _ := json.Marshal(Analyse(in))
	b, _ := json.Marshal(Analyse(reversed))
	if string(a) != string(b) {
		t.Errorf("results differ:\n%s\n%s", a, b)
	}
}
