package analysis

import (
	"cmp"
	"slices"
	"strings"

	"salesrhythm"
)

// Competences is what the one-on-one sheets say of the competences of a
// trained seller (DOMAIN.md §6).
type Competences struct {
	// People are the rows of the matrix: everyone rated in the month and
	// every manager employed in it, by ID.
	People []CompetenceRow `json:"people"`
	// Means are the team's mean stage of each configured competence, in
	// order, over the people rated in it in the month.
	Means []CompetenceMean `json:"means"`
	// Weakest are the competences with the lowest mean: the training needs.
	Weakest []string `json:"weakest"`
	// Unrated are the managers employed in the month whom no one-on-one of
	// the month rated, by ID.
	Unrated []string `json:"unrated"`
	// Talks are the month's one-on-one sheets, by date, leader and report.
	Talks []Talk `json:"talks"`
}

// CompetenceRow is one person's competences.
type CompetenceRow struct {
	Person string `json:"person"`
	// Rated is the date of the person's latest talk of the month that rated
	// a competence, and Leader who held it; Previous the date of the latest
	// earlier rating, of this month or the last. Zero when there is none.
	Rated    salesrhythm.Date `json:"rated,omitzero"`
	Leader   string           `json:"leader,omitempty"`
	Previous salesrhythm.Date `json:"previous,omitzero"`
	Stages   []Stage          `json:"stages"` // per configured competence, in order
}

// Stage is one competence of one person.
type Stage struct {
	Competence string `json:"competence"`
	Stage      int    `json:"stage"`  // 1–4: the latest rating in the month; 0 when not rated in it
	Change     *int   `json:"change"` // Stage less the competence's rating before it; nil when either is missing
}

// CompetenceMean is the team's mean stage of one competence.
type CompetenceMean struct {
	Competence string           `json:"competence"`
	Label      salesrhythm.Text `json:"label"`
	Mean       Fraction         `json:"mean"`  // Σ stage ÷ people rated; n/a when nobody was
	Rated      int              `json:"rated"` // people rated in the month
}

// Talk is one one-on-one sheet of the month.
type Talk struct {
	Leader     string                 `json:"leader"`
	Report     string                 `json:"report"`
	Date       salesrhythm.Date       `json:"date"`
	Minutes    int                    `json:"minutes"`
	Logged     bool                   `json:"logged"` // the management log records the same talk
	Situation  string                 `json:"situation"`
	GoingWell  string                 `json:"going_well"`
	MentorHelp string                 `json:"mentor_help"`
	Prospects  string                 `json:"prospects"`
	Steps      []salesrhythm.NextStep `json:"steps"`
	Ref        salesrhythm.Ref        `json:"ref"`
}

// rated is one rating of one competence of one person.
type rated struct {
	date   salesrhythm.Date
	level  int
	leader string
	file   string
}

// competences builds the matrix: for each person and competence the latest
// rating of the month and its change since the rating before it.
func (r *run) competences() Competences {
	cs := r.in.Config.Competences
	talks := map[string]salesrhythm.OneOnOne{}
	for _, t := range r.in.OneOnOnes {
		talks[t.Ref.File] = t
	}
	byPerson := map[string][][]rated{} // by report key: per competence, every rating
	ids := map[string]string{}         // report key → the ID as first written
	for _, rt := range r.in.Ratings {
		t, ok := talks[rt.Ref.File]
		level := rt.Level()
		if !ok || t.Date.IsZero() || idKey(t.Report) == "" || level == 0 || rt.No < 1 || rt.No > len(cs) || t.Date.After(r.month.End) {
			continue
		}
		k := idKey(t.Report)
		if byPerson[k] == nil {
			byPerson[k] = make([][]rated, len(cs))
			ids[k] = strings.TrimSpace(t.Report)
		}
		byPerson[k][rt.No-1] = append(byPerson[k][rt.No-1], rated{t.Date, level, t.Leader, t.Ref.File})
	}
	for _, x := range r.team {
		if _, ok := ids[idKey(x.ID)]; x.employed && x.Role == salesrhythm.Manager && !ok {
			ids[idKey(x.ID)] = x.ID
		}
	}
	for k, id := range ids {
		if p := r.member(id); p != nil {
			ids[k] = p.ID // the plan's spelling
		}
	}
	out := Competences{People: []CompetenceRow{}, Weakest: []string{}, Unrated: []string{}, Talks: r.talks(talks)}
	sums, counts := make([]int, len(cs)), make([]int, len(cs))
	for k, id := range ids {
		row := CompetenceRow{Person: id, Stages: make([]Stage, len(cs))}
		for i, c := range cs {
			row.Stages[i] = Stage{Competence: c.Key}
			all := byPerson[k]
			if all == nil {
				continue
			}
			rs := slices.Clone(all[i])
			slices.SortStableFunc(rs, func(a, b rated) int { return cmp.Or(a.date.Compare(b.date), strings.Compare(a.file, b.file)) })
			last := -1
			for j, x := range rs {
				if r.inMonth(x.date) {
					last = j
				}
			}
			if last < 0 {
				continue
			}
			cur := rs[last]
			row.Stages[i].Stage = cur.level
			sums[i] += cur.level
			counts[i]++
			if cur.date.After(row.Rated) {
				row.Rated, row.Leader = cur.date, cur.leader
			}
			if last > 0 {
				prev := rs[last-1]
				d := cur.level - prev.level
				row.Stages[i].Change = &d
				row.Previous = maxDate(row.Previous, prev.date)
			}
		}
		if row.Rated.IsZero() {
			if p := r.member(id); p != nil && p.Role == salesrhythm.Manager {
				out.Unrated = append(out.Unrated, id)
			}
		}
		out.People = append(out.People, row)
	}
	slices.SortFunc(out.People, func(a, b CompetenceRow) int { return compareID(a.Person, b.Person) })
	slices.SortFunc(out.Unrated, compareID)
	var means []Fraction
	for i, c := range cs {
		m := CompetenceMean{Competence: c.Key, Label: c.Label, Rated: counts[i], Mean: Ratio(float64(sums[i]), float64(counts[i]))}
		out.Means = append(out.Means, m)
		means = append(means, m.Mean)
	}
	for _, i := range lowest(means) {
		out.Weakest = append(out.Weakest, out.Means[i].Competence)
	}
	return out
}

// lowest returns the positions of the lowest of the valid fractions, all
// of them when several are equal to nine decimals.
func lowest(fs []Fraction) []int {
	low := -1
	for i, f := range fs {
		if f.Valid && (low < 0 || f.Value < fs[low].Value-1e-9) {
			low = i
		}
	}
	var out []int
	for i, f := range fs {
		if low >= 0 && f.Valid && f.Value-fs[low].Value < 1e-9 {
			out = append(out, i)
		}
	}
	return out
}

// talks lists the month's one-on-one sheets with their next steps.
func (r *run) talks(byFile map[string]salesrhythm.OneOnOne) []Talk {
	steps := map[string][]salesrhythm.NextStep{}
	for _, s := range r.in.NextSteps {
		steps[s.Ref.File] = append(steps[s.Ref.File], s)
	}
	out := []Talk{}
	for file, t := range byFile {
		if !r.inMonth(t.Date) {
			continue
		}
		out = append(out, Talk{Leader: t.Leader, Report: t.Report, Date: t.Date, Minutes: t.Minutes,
			Logged:    r.logged[talkKey{idKey(t.Leader), idKey(t.Report), t.Date}],
			Situation: t.Situation, GoingWell: t.GoingWell, MentorHelp: t.MentorHelp, Prospects: t.Prospects,
			Steps: append([]salesrhythm.NextStep{}, steps[file]...), Ref: t.Ref})
	}
	slices.SortFunc(out, func(a, b Talk) int {
		return cmp.Or(a.Date.Compare(b.Date), compareID(a.Leader, b.Leader), compareID(a.Report, b.Report), compareRef(a.Ref, b.Ref))
	})
	return out
}
