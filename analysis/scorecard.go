package analysis

import (
	"slices"

	"salesrhythm"
)

// TrendMonths is how many months before its own a scorecard's trend
// reaches, as the policy states it.
const TrendMonths = 5

// MinPeers is the fewest people a comparison on a scorecard sums over: with
// fewer, the sum less one's own figure would show a colleague's.
const MinPeers = 3

// Scorecard is one person's month, for them alone: their own figures and
// standing, their trend, and the aggregates of their group and the
// department, never another person's figures or name but their own
// leader's.
type Scorecard struct {
	Month  salesrhythm.Month `json:"month"`
	AsOf   salesrhythm.Date  `json:"as_of"` // Result.AsOf: the month is in progress when it falls before its end
	Person Person            `json:"person"`
	Ranked int               `json:"ranked"` // the people ranked, of whom Person.Rank is one
	Leader *Member           `json:"leader"` // whom the person reports to; nil for none
	// Activity and TimeUse are the person's own, nil when they keep no
	// call register or time table and had none. Overdue follow-ups name
	// only their own clients.
	Activity *Activity `json:"activity"`
	TimeUse  *TimeUse  `json:"time_use"`
	// Compliance is a leader's own meeting compliance, each norm's totals
	// without the tally per direct report; nil for a manager.
	Compliance *Compliance `json:"compliance"`
	Roles      *RoleScores `json:"roles"` // a leader's self-assessment; nil for a manager
	// Competences is the person's row of the competence matrix (DOMAIN.md
	// §6): the stage each competence had in the month's latest one-on-one
	// that rated it, and its change; nil when they are not in the matrix.
	// It does not say who rated them.
	Competences *CompetenceRow `json:"competences"`
	Group       Comparison     `json:"group"`      // the person's group
	Department  Comparison     `json:"department"` // everyone in the plan
	Trend       []TrendPoint   `json:"trend"`      // the earlier months the archive holds, oldest first, then this month
}

// Comparison is what a group of people did, as sums and means that show no
// one's figures: each part is n/a unless it counts MinPeers people or more.
type Comparison struct {
	Name string `json:"name"`
	// Measures are the plan fulfilment summed over the members with a
	// target, as the month's groups are; Peers counts those members.
	Measures Measures[Aggregate] `json:"measures"`
	Peers    Measures[int]       `json:"peers"`
	// Managers counts the activity rows the means are over: calls per
	// working day, calls → meetings set, the next-contact share and the
	// active-selling share, each the mean of the members' own.
	Managers         int      `json:"managers"`
	CallsPerDay      Fraction `json:"calls_per_day"`
	CallsToMeetings  Fraction `json:"calls_to_meetings"`
	NextContactShare Fraction `json:"next_contact_share"`
	ActiveShare      Fraction `json:"active_share"`
	Adherence        Fraction `json:"adherence"`
	// Leaders counts the compliance figures Compliance is the mean of.
	Leaders    int      `json:"leaders"`
	Compliance Fraction `json:"compliance"`
	// Competences are the members' mean stage of each configured
	// competence, over those rated in it in the month.
	Competences []Fraction `json:"competences"`
}

// TrendPoint is the person's standing in one month.
type TrendPoint struct {
	Month      salesrhythm.Month   `json:"month"`
	Measures   Measures[Fraction]  `json:"fulfilment"`
	Value      Fraction            `json:"value"` // the ranking metric
	Rank       *int                `json:"rank"`
	Ranked     int                 `json:"ranked"`
	Band       Band                `json:"band"`
	Actual     salesrhythm.Targets `json:"actual"`
	Compliance Fraction            `json:"compliance"`
}

// Scorecards returns the scorecard of every person of the month's plan, by
// ID; earlier holds the history's figures of earlier months, in any order:
// the trend takes the TrendMonths before the month's own that have a plan.
func Scorecards(res Result, earlier []MonthFigures) []Scorecard {
	from := res.Month.Add(-TrendMonths).First()
	months := keep(slices.Clone(earlier), func(f MonthFigures) bool {
		return f.Plan && !f.Month.First().Before(from) && f.Month.First().Before(res.Month.First())
	})
	slices.SortFunc(months, func(a, b MonthFigures) int { return a.Month.First().Compare(b.Month.First()) })
	months = append(months, Figures(res))
	ranked := 0
	for _, p := range res.People {
		if p.Rank != nil {
			ranked++
		}
	}
	// The department's figures are everyone's, and a group's are its
	// members': worked out once each, not once a person (at a thousand
	// managers that was a million people summed).
	department, groups := comparisons(res)
	// Each person's rows looked up by ID, not searched for: at three
	// thousand people the searches were most of the scorecards' analysis.
	people := firstBy(res.People, func(p Person) string { return p.ID })
	activity := firstBy(res.Activity, func(a Activity) string { return a.Person })
	timeUse := firstBy(res.TimeUse, func(u TimeUse) string { return u.Person })
	compliance := firstBy(res.Compliance, func(c Compliance) string { return c.Leader })
	roles := firstBy(res.Roles, func(r RoleScores) string { return r.Person })
	competences := firstBy(res.Competences.People, func(r CompetenceRow) string { return r.Person })
	monthPeople := make([]map[string]int, len(months))
	for i, m := range months {
		monthPeople[i] = firstBy(m.People, func(x Person) string { return x.ID })
	}
	out := make([]Scorecard, 0, len(res.People))
	for _, p := range res.People {
		s := Scorecard{Month: res.Month, AsOf: res.AsOf, Person: p, Ranked: ranked, Trend: []TrendPoint{}}
		k := idKey(p.ID)
		if i, ok := people[idKey(p.ReportsTo)]; ok && p.ReportsTo != "" {
			s.Leader = &Member{res.People[i].ID, res.People[i].Name}
		}
		if i, ok := activity[k]; ok {
			s.Activity = &res.Activity[i]
		}
		if i, ok := timeUse[k]; ok {
			s.TimeUse = &res.TimeUse[i]
		}
		if i, ok := compliance[k]; ok {
			s.Compliance = own(res.Compliance[i])
		}
		if i, ok := roles[k]; ok {
			s.Roles = &res.Roles[i]
		}
		if i, ok := competences[k]; ok {
			row := res.Competences.People[i]
			row.Leader = ""
			s.Competences = &row
		}
		s.Department = department
		if p.Group != "" {
			s.Group = groups[p.Group]
		}
		for i, m := range months {
			j, ok := monthPeople[i][k]
			// An earlier month without the person's figures is a gap, left
			// out, not a zero; the month's own is always shown.
			if ok && (i == len(months)-1 || m.personGap(m.People[j], true) == "") {
				s.Trend = append(s.Trend, trendPoint(m, &m.People[j]))
			}
		}
		out = append(out, s)
	}
	slices.SortFunc(out, func(a, b Scorecard) int { return compareID(a.Person.ID, b.Person.ID) })
	return out
}

// firstBy indexes xs by their IDs (as SameID compares them), each ID at
// its first element.
func firstBy[T any](xs []T, id func(T) string) map[string]int {
	at := make(map[string]int, len(xs))
	for i, x := range xs {
		k := idKey(id(x))
		if _, seen := at[k]; !seen {
			at[k] = i
		}
	}
	return at
}

// own is a leader's compliance without the direct reports it names.
func own(c Compliance) *Compliance {
	c.Reports = nil
	c.Norms = slices.Clone(c.Norms)
	for i := range c.Norms {
		c.Norms[i].Reports = nil
	}
	return &c
}

// comparisons sums and averages the month over the whole department and
// over each group, going once through each of the month's lists: a group's
// figures are its members', and a record of a person not in the plan
// counts nowhere.
func comparisons(res Result) (department Comparison, groups map[string]Comparison) {
	type tally struct {
		people                                      []Person
		perDay, toMeetings, next, active, adherence []Fraction
		scores                                      []Fraction
		stages                                      [][]Fraction
		managers, leaders                           int
	}
	all := &tally{}
	byGroup := map[string]*tally{}
	var order []string
	in := map[string][]*tally{} // by ID key: the tallies a person's records count in
	for _, p := range res.People {
		all.people = append(all.people, p)
		k := idKey(p.ID)
		if !slices.Contains(in[k], all) {
			in[k] = append(in[k], all)
		}
		if p.Group == "" {
			continue
		}
		g := byGroup[p.Group]
		if g == nil {
			g = &tally{}
			byGroup[p.Group] = g
			order = append(order, p.Group)
		}
		g.people = append(g.people, p)
		if !slices.Contains(in[k], g) {
			in[k] = append(in[k], g)
		}
	}
	for _, a := range res.Activity {
		for _, t := range in[idKey(a.Person)] {
			t.managers++
			t.perDay, t.toMeetings, t.next = append(t.perDay, a.PerWorkingDay), append(t.toMeetings, a.CallsToMeetings), append(t.next, a.NextContactShare)
		}
	}
	for _, u := range res.TimeUse {
		for _, t := range in[idKey(u.Person)] {
			t.active, t.adherence = append(t.active, u.ActiveShare), append(t.adherence, u.Adherence)
		}
	}
	for _, l := range res.Compliance {
		if l.Score.Valid {
			for _, t := range in[idKey(l.Leader)] {
				t.leaders++
				t.scores = append(t.scores, l.Score)
			}
		}
	}
	n := len(res.Competences.Means)
	for _, row := range res.Competences.People {
		for _, t := range in[idKey(row.Person)] {
			if t.stages == nil {
				t.stages = make([][]Fraction, n)
			}
			for i := range min(n, len(row.Stages)) {
				t.stages[i] = append(t.stages[i], Fraction{Value: float64(row.Stages[i].Stage), Valid: row.Stages[i].Stage > 0})
			}
		}
	}
	finish := func(name string, t *tally) Comparison {
		c := Comparison{Name: name, Measures: sum(name, t.people).Measures}
		for _, k := range measures() {
			peers := 0
			for _, p := range t.people {
				if p.Measures.Get(k).Target > 0 {
					peers++
				}
			}
			*c.Peers.at(k) = peers
			if peers < MinPeers {
				*c.Measures.at(k) = Aggregate{}
			}
		}
		c.Managers, c.Leaders = t.managers, t.leaders
		c.CallsPerDay, c.CallsToMeetings, c.NextContactShare = mean(t.perDay), mean(t.toMeetings), mean(t.next)
		c.ActiveShare, c.Adherence = mean(t.active), mean(t.adherence)
		c.Compliance = mean(t.scores)
		c.Competences = make([]Fraction, n)
		for i := range c.Competences {
			if t.stages != nil {
				c.Competences[i] = mean(t.stages[i])
			}
		}
		return c
	}
	groups = make(map[string]Comparison, len(order))
	for _, g := range order {
		groups[g] = finish(g, byGroup[g])
	}
	return finish("", all), groups
}

// mean is the mean of the valid fractions, n/a unless MinPeers of them are.
func mean(fs []Fraction) Fraction {
	var total float64
	n := 0
	for _, f := range fs {
		if f.Valid {
			total += f.Value
			n++
		}
	}
	if n < MinPeers {
		return Fraction{}
	}
	return Ratio(total, float64(n))
}

// trendPoint is the standing of p, of the month res's plan, in that month.
func trendPoint(res MonthFigures, p *Person) TrendPoint {
	t := TrendPoint{Month: res.Month, Value: p.Value, Rank: p.Rank, Band: p.Band}
	for _, x := range res.People {
		if x.Rank != nil {
			t.Ranked++
		}
	}
	for _, k := range measures() {
		*t.Measures.at(k) = p.Measures.Get(k).Fulfilment
	}
	t.Actual = salesrhythm.Targets{Revenue: p.Measures.Revenue.Actual, Deals: p.Measures.Deals.Actual, Calls: p.Measures.Calls.Actual,
		Meetings: p.Measures.Meetings.Actual, NewClients: p.Measures.NewClients.Actual}
	if i := slices.IndexFunc(res.Compliance, func(c Compliance) bool { return salesrhythm.SameID(c.Leader, p.ID) }); i >= 0 {
		t.Compliance = res.Compliance[i].Score
	}
	return t
}
