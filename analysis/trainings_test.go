package analysis

import (
	"slices"
	"strings"
	"testing"

	"salesrhythm"
)

// trainingFixture: the director, the head, a lead and two managers — M0
// reports to the head, M1 to the lead — with the month's trainings and
// joint visits.
func trainingFixture() Input {
	none := salesrhythm.Date{}
	team := []salesrhythm.Person{
		person("D1", salesrhythm.Director, "", "", none, none),
		person("H1", salesrhythm.Head, "", "D1", none, none),
		person("L1", salesrhythm.Lead, "North", "H1", none, none),
		manager("M0", "H1"), manager("M1", "L1"),
	}
	ev := func(n int, leader string, d salesrhythm.Date, typ string, minutes int, who []string, client, outcome, topic string) salesrhythm.Event {
		return salesrhythm.Event{Ref: ref("log-"+leader+".xlsx", n), Leader: leader, Date: d, Type: typ, Start: salesrhythm.At(13, 0), Minutes: minutes,
			Participants: who, Client: client, Outcome: outcome, Topic: topic}
	}
	tr, jv := salesrhythm.EventTraining, salesrhythm.EventJointVisit
	events := []salesrhythm.Event{
		ev(5, "H1", nov(6), tr, 225, []string{"L1", "M0"}, "", "", "Objection handling"),
		ev(6, "H1", nov(20), tr, 240, []string{"L1", "M0", "M1"}, "", "", "Closing"),
		ev(7, "H1", oct(30), tr, 240, []string{"L1"}, "", "", "October's: not counted"),
		ev(5, "D1", nov(16), tr, 240, []string{"H1", "L1"}, "", "", "Negotiation"),
		ev(8, "L1", nov(3), jv, 90, []string{"M1"}, "Alfa Kft.", "Order of 2 licences", ""),
		ev(9, "L1", nov(10), jv, 60, []string{"M1"}, "Béta Zrt.", "", ""),
		ev(6, "D1", nov(12), jv, 120, []string{"M1"}, "Gamma Bt.", "Invited to the tender", ""),
		ev(8, "H1", nov(4), jv, 90, []string{"M0"}, "Delta", "", ""),
	}
	return Input{Month: nov2026, Config: testConfig(), Plan: salesrhythm.Plan{Team: team}, Events: events}
}

func TestTrainings(t *testing.T) {
	tr := Analyse(trainingFixture()).Trainings
	// A training norm's length is midway between 210 and 270 minutes: 4 h.
	// D1: 1 due, 1 held of 240 min: 4 h of 4. H1: 2 due, held 225 + 240 min
	// = 7.75 h of 8; the October one is not November's.
	want := map[string][4]float64{"D1": {1, 1, 4, 4}, "H1": {2, 2, 7.75, 8}}
	for _, h := range tr.Held {
		w, ok := want[h.Leader]
		if got := [4]float64{float64(h.Required), float64(h.Held), h.Hours, h.NormHours}; !ok || got != w {
			t.Errorf("%s %s: required, held, hours, norm hours %v, want %v", h.Leader, h.Norm, got, w)
		}
		checkFraction(t, h.Leader+" share", h.Share, w[2]/w[3])
		delete(want, h.Leader)
	}
	if len(want) > 0 {
		t.Errorf("no trainings held for %v", want)
	}
	// Attended, against the norm hours of their direct leader: D1 none, due
	// nothing; H1 D1's 4 h of 4; L1 H1's 7.75 h and D1's 4 h = 11.75 h of
	// H1's 8; M0 7.75 h of H1's 8; M1 H1's second, 4 h, due nothing (a lead
	// holds no training).
	for _, c := range []struct {
		id             string
		sessions       int
		hours, due, sh float64
	}{
		{"D1", 0, 0, 0, na}, {"H1", 1, 4, 4, 1}, {"L1", 3, 11.75, 8, 11.75 / 8}, {"M0", 2, 7.75, 8, 7.75 / 8}, {"M1", 1, 4, 0, na},
	} {
		i := slices.IndexFunc(tr.Attended, func(a Attendance) bool { return a.Person == c.id })
		if i < 0 {
			t.Errorf("%s not listed", c.id)
			continue
		}
		a := tr.Attended[i]
		if a.Sessions != c.sessions || !near(a.Hours, c.hours) || !near(a.Due, c.due) {
			t.Errorf("%s: %d sessions, %v h of %v; want %d, %v of %v", c.id, a.Sessions, a.Hours, a.Due, c.sessions, c.hours, c.due)
		}
		checkFraction(t, c.id+" share", a.Share, c.sh)
	}
	var topics []string
	for _, s := range tr.Sessions {
		topics = append(topics, s.Topic)
	}
	if got := strings.Join(topics, "; "); got != "Objection handling; Negotiation; Closing" {
		t.Errorf("sessions %q", got)
	}
}

func TestJointVisits(t *testing.T) {
	vs := Analyse(trainingFixture()).JointVisits
	// The weekly joint-visit norm is due on Fridays: 6, 13, 20 and 27 Nov
	// (30 Oct and 4 Dec are not November's), so 4 with each direct report.
	// M1: L1's two and the director's one; M0: the head's one.
	var got []string
	for _, v := range vs {
		var clients []string
		for _, x := range v.List {
			clients = append(clients, x.Client+"/"+x.Outcome)
		}
		got = append(got, strings.Join(append([]string{v.Person, string(rune('0' + v.Visits)), string(rune('0' + v.Due))}, clients...), " "))
	}
	want := []string{"M0 1 4 Delta/", "M1 3 4 Alfa Kft./Order of 2 licences Béta Zrt./ Gamma Bt./Invited to the tender"}
	if !slices.Equal(got, want) {
		t.Errorf("joint visits\n%q\nwant\n%q", got, want)
	}
}
