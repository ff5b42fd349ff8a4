package analysis

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"salesrhythm"
)

// talkFixture is a head, a lead and three managers, with one-on-one sheets
// of October, November and December and their ratings (competence number →
// stage), and a log that records one of the talks too.
func talkFixture() Input {
	none := salesrhythm.Date{}
	team := []salesrhythm.Person{
		person("H1", salesrhythm.Head, "", "", none, none),
		person("L1", salesrhythm.Lead, "North", "H1", none, none),
		manager("M1", "L1"), manager("M2", "L1"), manager("M3", "L1"),
	}
	in := Input{Month: nov2026, Config: testConfig(), Plan: salesrhythm.Plan{Team: team}}
	sheet := func(file, leader, report string, d salesrhythm.Date, minutes int, stages map[int]string) {
		in.OneOnOnes = append(in.OneOnOnes, salesrhythm.OneOnOne{Ref: salesrhythm.Ref{File: file, Sheet: "Talk"}, Leader: leader,
			Month: d.MonthOf(), Date: d, Minutes: minutes, Report: report})
		for i := range len(in.Config.Competences) {
			in.Ratings = append(in.Ratings, salesrhythm.Rating{Ref: salesrhythm.Ref{File: file, Sheet: "Competences", Row: 5 + i}, Leader: leader, No: i + 1, Stage: stages[i+1]})
		}
	}
	sheet("oct-M1.xlsx", "L1", "M1", oct(20), 20, map[int]string{1: "2", 2: "3", 8: "1"})
	sheet("nov-M1-a.xlsx", "L1", "M1", nov(5), 20, map[int]string{1: "2", 2: "3", 8: "2"})
	sheet("nov-M1-b.xlsx", "L1", "m1", nov(19), 40, map[int]string{1: "3", 3: "2"})
	sheet("nov-M2.xlsx", "L1", "M2", nov(12), 25, map[int]string{1: "4", 2: "1", 8: "1"})
	sheet("nov-L1.xlsx", "H1", "L1", nov(10), 30, map[int]string{1: "3"})
	sheet("dec-M3.xlsx", "L1", "M3", dec(2), 20, map[int]string{1: "1"})
	sheet("nodate-M3.xlsx", "L1", "M3", none, 20, map[int]string{1: "1"})
	in.Month = nov2026
	in.NextSteps = []salesrhythm.NextStep{{Ref: salesrhythm.Ref{File: "nov-M1-b.xlsx", Sheet: "Next steps", Row: 5}, Leader: "L1", Step: "Shadow a closing call", Owner: "M1", Due: nov(27)}}
	// The log records the talk with M2 too, without its length.
	in.Events = []salesrhythm.Event{{Ref: ref("log-L1.xlsx", 5), Leader: "L1", Date: nov(12), Type: salesrhythm.EventOneOnOne, Start: salesrhythm.At(15, 0), Participants: []string{"M2"}}}
	return in
}

func TestCompetences(t *testing.T) {
	c := Analyse(talkFixture()).Competences
	stages := func(row CompetenceRow) string {
		var out []string
		for _, s := range row.Stages {
			if s.Change == nil {
				out = append(out, fmt.Sprintf("%d·", s.Stage))
			} else {
				out = append(out, fmt.Sprintf("%d%+d", s.Stage, *s.Change))
			}
		}
		return strings.Join(out, " ")
	}
	// M1: presence 2 (Oct), 2 (5 Nov), 3 (19 Nov): 3, +1 since 5 Nov;
	// product knowledge 3, 3: 3, +0 since October; company trust only on
	// 19 Nov: 2, no change; closing 1 (Oct), 2 (5 Nov), blank on 19 Nov: 2,
	// +1. M2 rated once, L1 once by the head; M3 only in December and on an
	// undated sheet: unrated.
	want := map[string]string{
		"L1": "3· 0· 0· 0· 0· 0· 0· 0·",
		"M1": "3+1 3+0 2· 0· 0· 0· 0· 2+1",
		"M2": "4· 1· 0· 0· 0· 0· 0· 1·",
		"M3": "0· 0· 0· 0· 0· 0· 0· 0·",
	}
	var ids []string
	for _, row := range c.People {
		ids = append(ids, row.Person)
		if got := stages(row); got != want[row.Person] {
			t.Errorf("%s: %s, want %s", row.Person, got, want[row.Person])
		}
	}
	if !slices.Equal(ids, []string{"L1", "M1", "M2", "M3"}) {
		t.Errorf("rows %v", ids)
	}
	if m1 := c.People[1]; m1.Rated != nov(19) || m1.Leader != "L1" || m1.Previous != nov(5) {
		t.Errorf("M1 rated %s by %s, previous %s; want 19 Nov by L1, previous 5 Nov", m1.Rated, m1.Leader, m1.Previous)
	}
	// Means over the people rated: presence (3 + 4 + 3) ÷ 3; product
	// knowledge (3 + 1) ÷ 2 = 2; company trust 2; closing (2 + 1) ÷ 2 = 1.5,
	// the lowest: the training need. The other four: nobody rated.
	for i, want := range []float64{10.0 / 3, 2, 2, na, na, na, na, 1.5} {
		checkFraction(t, c.Means[i].Competence, c.Means[i].Mean, want)
	}
	if !slices.Equal(c.Weakest, []string{"closing"}) || !slices.Equal(c.Unrated, []string{"M3"}) {
		t.Errorf("weakest %v, unrated %v; want [closing], [M3]", c.Weakest, c.Unrated)
	}
	var talks []string
	for _, tk := range c.Talks {
		talks = append(talks, tk.Ref.File)
	}
	if want := []string{"nov-M1-a.xlsx", "nov-L1.xlsx", "nov-M2.xlsx", "nov-M1-b.xlsx"}; !slices.Equal(talks, want) {
		t.Errorf("talks %v, want %v", talks, want)
	}
	if !c.Talks[2].Logged || c.Talks[0].Logged || len(c.Talks[3].Steps) != 1 {
		t.Errorf("talks %+v: want the one with M2 logged and the second with M1 with its step", c.Talks)
	}
}

// TestTalksCountOnce: the one-on-one sheets count towards the one-on-one
// norm with the log's events, each talk once.
func TestTalksCountOnce(t *testing.T) {
	comp := Analyse(talkFixture()).Compliance
	got := map[string]NormCompliance{}
	for _, c := range comp {
		for _, n := range c.Norms {
			if n.Norm == "one-on-one" {
				got[c.Leader] = n
			}
		}
	}
	// L1, two a month with each of M1, M2, M3, 15–30 minutes: M1's sheets
	// of 5 Nov (20 min, credited) and 19 Nov (40 min, held, too long); M2's
	// sheet and the log's event of 12 Nov are one talk, its length the
	// sheet's 25 min; M3's December and undated sheets count nowhere.
	// Required 6, held 3, credited 2. H1: one sheet with L1 of 30 min.
	for leader, want := range map[string][3]int{"L1": {6, 3, 2}, "H1": {2, 1, 1}} {
		n := got[leader]
		if g := [3]int{n.Required, n.Held, n.Credited}; g != want {
			t.Errorf("%s one-on-ones required, held, credited %v, want %v", leader, g, want)
		}
	}
	var m2 ReportCompliance
	for _, r := range got["L1"].Reports {
		if r.Person == "M2" {
			m2 = r
		}
	}
	if m2.Held != 1 || m2.Credited != 1 {
		t.Errorf("M2 %+v: want the talk held once and credited", m2)
	}
}
