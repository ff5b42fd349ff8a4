package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/spf13/cobra"

	"salesrhythm"
)

type paceJSON struct {
	Findings []struct {
		Code     salesrhythm.Code
		Excluded salesrhythm.Exclusions
	}
	AsOf    string `json:"as_of"`
	Elapsed int    `json:"elapsed_working_days"`
	People  []struct {
		ID      string
		Targets map[string]struct {
			Actual       float64  `json:"actual"`
			ToDate       float64  `json:"to_date"`
			ActualToDate float64  `json:"actual_to_date"`
			Pace         *float64 `json:"pace"`
		}
	}
}

// NotYet is the revenue the not-yet notes hold.
func (s paceJSON) NotYet() float64 {
	sum := 0.0
	for _, f := range s.Findings {
		if f.Code == salesrhythm.CodeNotYet {
			sum += f.Excluded.Get(salesrhythm.Revenue).Amount
		}
	}
	return sum
}

// TestPaceAsOf: the fixture's Anna has a revenue target of 12 000 000 and
// deals of 1 250 000 on Wed 11 Nov and 480 000 on Fri 13 Nov.
func TestPaceAsOf(t *testing.T) {
	dir := workdir(t)
	report := func(args ...string) (paceJSON, string) {
		t.Helper()
		out, errs, code := cli(t, dir, append([]string{"report", "--month", "2026-11"}, args...)...)
		if code != 0 {
			t.Fatalf("report %v: exit %d\n%s", args, code, errs)
		}
		var s paceJSON
		if strings.Contains(strings.Join(args, " "), "--json") {
			if err := json.Unmarshal([]byte(out), &s); err != nil {
				t.Fatal(err)
			}
		}
		return s, out
	}
	t.Run("mid-month", func(t *testing.T) {
		// As of Thu 12 Nov: 2–6 and 9–12 Nov, 9 of 21 working days passed.
		// Target to date 12 000 000 × 9/21 = 5 142 857.14; to date only the
		// deal of the 11th: 1 250 000 ÷ 5 142 857.14 = 24.3 %.
		s, _ := report("--as-of", "2026-11-12", "--json")
		anna := s.People[0].Targets["revenue"]
		if s.AsOf != "2026-11-12" || s.Elapsed != 9 || anna.ActualToDate != 1_250_000 || anna.Pace == nil || !near(*anna.Pace, 1_250_000/(12_000_000*9.0/21)) {
			t.Errorf("as of 12 Nov: %+v, Anna %+v", s, anna)
		}
		// The deal of Fri 13 Nov is not the month's yet: the actual is the
		// actual to date, and a note on the Deals sheet says what it holds.
		if anna.Actual != anna.ActualToDate || s.NotYet() != 480_000 {
			t.Errorf("as of 12 Nov, Anna's actual %v, to date %v; not yet counted %v Ft, want 480 000", anna.Actual, anna.ActualToDate, s.NotYet())
		}
		// The department adds Béla's 9 500 000.5 (left 20 Nov: pro-rated to
		// his 15 working days, × 15/21, and to date × 9/15): to date
		// (12 000 000 + 9 500 000.5) × 9/21 = 9 214 285.93, and 1 250 000 ÷
		// that = 13.6 %.
		_, out := report("--as-of", "2026-11-12")
		if !strings.Contains(out, "pace 13.6% as of 2026-11-12") || !strings.Contains(out, "Pace as of 2026-11-12: the actual of the records dated up to that day ÷ the target pro-rated to the 9 of 21 working days passed") {
			t.Errorf("the pace is not shown or not explained:\n%s", out)
		}
	})
	t.Run("before the first working day has ended", func(t *testing.T) {
		// Sunday 1 Nov: no working day of November has passed.
		s, _ := report("--as-of", "2026-11-01", "--json")
		if s.Elapsed != 0 || s.People[0].Targets["revenue"].Pace != nil {
			t.Errorf("as of Sun 1 Nov: %+v", s)
		}
		if _, out := report("--as-of", "2026-11-01"); !strings.Contains(out, "No pace yet: by the end of 2026-11-01 no working day of the month had passed.") || strings.Contains(out, "; pace") {
			t.Errorf("as of Sun 1 Nov:\n%s", out)
		}
	})
	t.Run("after the month", func(t *testing.T) {
		s, _ := report("--as-of", "2026-12-01", "--json")
		if s.Elapsed != 0 || s.People[0].Targets["revenue"].Pace != nil {
			t.Errorf("as of 1 Dec: %+v", s)
		}
		if _, out := report("--as-of", "2026-12-01"); strings.Contains(out, "; pace") || strings.Contains(out, "Pace as of") || strings.Contains(out, "No pace") {
			t.Errorf("a month that is over has a pace:\n%s", out)
		}
	})
	// An as-of day before the month began is said.
	if _, errs, _ := cli(t, dir, "report", "--month", "2026-11", "--as-of", "2026-10-15"); !strings.Contains(errs, "warning: the as-of day 2026-10-15 is before November 2026 began") {
		t.Errorf("--as-of before the month: %q", errs)
	}
	if _, errs, code := cli(t, dir, "report", "--month", "2026-11", "--as-of", "12/11"); code != exitUsage || !strings.Contains(errs, "--as-of") {
		t.Errorf("--as-of 12/11: exit %d, %q", code, errs)
	}
}

// TestAsOfDefaultsToYesterday: run during the first working day, the last
// day that has ended is the day before, and there is no pace yet.
func TestAsOfDefaultsToYesterday(t *testing.T) {
	a := &app{now: func() time.Time { return time.Date(2026, 11, 2, 10, 0, 0, 0, time.Local) }}
	if d, err := a.asOf(&cobra.Command{}); err != nil || d != salesrhythm.D(2026, 11, 1) {
		t.Errorf("as of %v %v, want 2026-11-01", d, err)
	}
	// A day named by its month without its year is the latest such day
	// up to today.
	for typed, want := range map[string]salesrhythm.Date{"okt. 30.": salesrhythm.D(2026, 10, 30), "nov. 2.": salesrhythm.D(2026, 11, 2), "dec. 3.": salesrhythm.D(2025, 12, 3)} {
		cmd := &cobra.Command{}
		cmd.Flags().String("as-of", typed, "")
		if d, err := a.asOf(cmd); err != nil || d != want {
			t.Errorf("--as-of %q: %v %v, want %v", typed, d, err, want)
		}
	}
}

func near(a, b float64) bool { return a-b < 1e-6 && b-a < 1e-6 }

// TestMonthByItsName: --month nov is the November nearest today.
func TestMonthByItsName(t *testing.T) {
	dir := workdir(t)
	t.Chdir(dir)
	var out, errs bytes.Buffer
	a := &app{stdout: &out, stderr: &errs, now: func() time.Time { return time.Date(2027, 2, 10, 9, 0, 0, 0, time.Local) }, locale: salesrhythm.English}
	root := a.rootCommand()
	root.SetArgs([]string{"check", "--month", "nov", "--json"})
	root.SetOut(&out)
	root.SetErr(&errs)
	if _, err := root.ExecuteC(); err != nil {
		t.Fatalf("check --month nov: %v\n%s", err, errs.String())
	}
	if !strings.Contains(out.String(), `"month": "2026-11"`) {
		t.Errorf("check --month nov in February 2027 read %.300s, want November 2026", out.String())
	}
}
