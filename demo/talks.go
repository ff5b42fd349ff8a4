package demo

import (
	"cmp"
	"slices"

	"salesrhythm"
	"salesrhythm/analysis"
)

// talk is one one-on-one: the event the management log records (unless the
// leader forgot to log it) and the one-on-one sheet of it.
type talk struct {
	event  salesrhythm.Event
	logged bool
	sheet  salesrhythm.Records // the talk, its ratings and its next steps
}

var (
	situations = []salesrhythm.Text{
		t("Ahead of plan, the funnel is full", "A terv felett, tele a tölcsér"),
		t("Behind on revenue; calls on track", "Árbevételben lemaradás, a hívások rendben"),
		t("A steady month, two large proposals open", "Kiegyensúlyozott hónap, két nagy ajánlat nyitott"),
	}
	goingWell = []salesrhythm.Text{
		t("Cold calls turn into meetings", "A hideghívásokból találkozók lesznek"),
		t("Follow-ups are made on time", "Az utánkövetések időben megvannak"),
		t("Good rapport with the key clients", "Jó a kapcsolat a kulcsügyfelekkel"),
	}
	mentorHelp = []salesrhythm.Text{
		t("Closing large deals", "Nagy üzletek lezárása"),
		t("Handling price objections", "Árkifogások kezelése"),
		t("Asking for the order", "A megrendelés kérése"),
	}
	prospects = []salesrhythm.Text{
		t("Two tenders next month", "Két pályázat a jövő hónapban"),
		t("Renewals of annual licences", "Éves licencek megújítása"),
		t("A new segment: the public sector", "Új szegmens: a közszféra"),
	}
	agreedSteps = []salesrhythm.Text{
		t("A closing call together with the lead", "Közös lezáró hívás a vezetővel"),
		t("Prepare three answers to price objections", "Három válasz előkészítése az árkifogásokra"),
		t("Call every client of potential A this week", "Minden A potenciálú ügyfél felhívása a héten"),
		t("Read the new product sheets", "Az új termékleírások áttanulmányozása"),
	}
)

// holdTalks turns the leader's one-on-ones into talks with their sheets and
// returns the events the log records: the first lead forgets to log the
// first talk of the month, which only its sheet records. Each person's
// competences start from stages of their own; at each later talk of the
// month one or two of them may move up a stage — slowly, as skills do —
// and now and then one is left unrated.
func (c *company) holdTalks(l *leader, events []salesrhythm.Event) []salesrhythm.Event {
	var kept []salesrhythm.Event
	for _, e := range events {
		if e.Type != salesrhythm.EventOneOnOne || !c.month.Period().Contains(e.Date) {
			kept = append(kept, e)
			continue
		}
		l.talks = append(l.talks, &talk{event: e, logged: true})
	}
	slices.SortStableFunc(l.talks, func(a, b *talk) int {
		return cmp.Or(cmp.Compare(a.event.Participants[0], b.event.Participants[0]), a.event.Date.Compare(b.event.Date))
	})
	first := -1
	for i, tk := range l.talks {
		if first < 0 || tk.event.Date.Before(l.talks[first].event.Date) {
			first = i
		}
	}
	if len(c.leaders) > 2 && l.ID == c.lead(0).ID && first >= 0 {
		l.talks[first].logged = false
	}
	for _, tk := range l.talks {
		if tk.logged {
			kept = append(kept, tk.event)
		}
	}
	slices.SortStableFunc(kept, func(a, b salesrhythm.Event) int {
		return cmp.Or(a.Date.Compare(b.Date), cmp.Compare(a.Start, b.Start))
	})
	for i, tk := range l.talks {
		c.fillSheet(l, tk, i > 0 && l.talks[i-1].event.Participants[0] == tk.event.Participants[0])
	}
	return kept
}

// fillSheet writes the one-on-one sheet of a talk: the four topics, the
// ratings and one or two next steps for the report.
func (c *company) fillSheet(l *leader, tk *talk, again bool) {
	e := tk.event
	report := e.Participants[0]
	r := c.rand(l.ID, "talk", report, e.Date.String())
	tk.sheet.OneOnOnes = []salesrhythm.OneOnOne{{Date: e.Date, Minutes: e.Minutes, Report: report,
		Situation: pick(r, situations).In(c.loc), GoingWell: pick(r, goingWell).In(c.loc),
		MentorHelp: pick(r, mentorHelp).In(c.loc), Prospects: pick(r, prospects).In(c.loc)}}
	stages := c.stagesOf(report)
	if again {
		for range r.between(0, 2) {
			if i := r.IntN(len(stages)); stages[i] < 4 {
				stages[i]++
			}
		}
	}
	blank := -1
	if again && r.chance(0.3) {
		blank = r.IntN(len(stages))
	}
	for i, st := range stages {
		rt := salesrhythm.Rating{No: i + 1}
		if i != blank {
			rt.Stage = salesrhythm.Stages[st-1].Key
		}
		tk.sheet.Ratings = append(tk.sheet.Ratings, rt)
	}
	c.rated(report, stages, blank)
	for _, k := range r.Perm(len(agreedSteps))[:r.between(1, 2)] {
		tk.sheet.NextSteps = append(tk.sheet.NextSteps, salesrhythm.NextStep{Step: agreedSteps[k].In(c.loc), Owner: report, Due: c.addWorkingDays(e.Date, r.between(5, 10))})
	}
}

// stagesOf returns a copy of the person's stages as the last talk left
// them: at first, from 1 to 3, a stage higher for a leader of the ranking.
func (c *company) stagesOf(id string) []int {
	if s, ok := c.stages[id]; ok {
		return slices.Clone(s.now)
	}
	r := c.rand(id, "stages")
	s := make([]int, len(c.cfg.Competences))
	for i := range s {
		s[i] = r.between(1, 3)
		if p := c.sellerByID[id]; p != nil && p.band == analysis.BandLeader && s[i] < 4 {
			s[i]++
		}
	}
	return s
}

// ratings is what the month's talks rated of one person, competence by
// competence: the stage now, and the rating before it (0 for none).
type ratings struct {
	now, before []int
	rated       []bool // rated at any talk of the month
}

// rated records a talk's ratings of a person; blank is the competence left
// unrated, -1 for none.
func (c *company) rated(id string, stages []int, blank int) {
	s, ok := c.stages[id]
	if !ok {
		s = &ratings{now: make([]int, len(stages)), before: make([]int, len(stages)), rated: make([]bool, len(stages))}
		c.stages[id] = s
		c.ratedOrder = append(c.ratedOrder, id)
	}
	for i, st := range stages {
		if i == blank {
			continue
		}
		if s.rated[i] {
			s.before[i] = s.now[i]
		}
		s.now[i], s.rated[i] = st, true
	}
}

// ratingsTruth lists every person rated, by ID.
func (c *company) ratingsTruth() []Rated {
	var out []Rated
	for _, id := range c.ratedOrder {
		s := c.stages[id]
		x := Rated{Person: id, Stages: slices.Clone(s.now), Before: slices.Clone(s.before)}
		for i, ok := range s.rated {
			if !ok {
				x.Stages[i] = 0
			}
		}
		out = append(out, x)
	}
	slices.SortFunc(out, func(a, b Rated) int { return cmp.Compare(a.Person, b.Person) })
	return out
}

// talkSheet returns the sheet of the n-th talk of the leader with report
// in the month, nil when there were fewer.
func (l *leader) talkSheet(report string, n int) *salesrhythm.Records {
	for _, tk := range l.talks {
		if tk.event.Participants[0] != report {
			continue
		}
		if n--; n == 0 {
			return &tk.sheet
		}
	}
	return nil
}
