package salesrhythm

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
)

// Config is every setting of salesrhythm. Default returns the values built
// into the program; the config package overlays a config.yaml file, the
// environment and flags on top, then calls Validate.
type Config struct {
	Company    string           `mapstructure:"company"`
	Currency   string           `mapstructure:"currency"`
	Locale     Locale           `mapstructure:"locale"`
	Month      Month            `mapstructure:"month"` // zero: the month before today
	Paths      Paths            `mapstructure:"paths"`
	Calendar   CalendarConfig   `mapstructure:"calendar"`
	Norms      []Norm           `mapstructure:"norms"`
	Compliance ComplianceConfig `mapstructure:"compliance"`
	Ranking    Ranking          `mapstructure:"ranking"`
	TimeTable  TimeTable        `mapstructure:"time_table"`
	Clients    ClientsConfig    `mapstructure:"clients"`
	// Competences are what the one-on-ones rate by learning stage: the
	// article's eight, in its order (DOMAIN.md §6).
	Competences []Choice         `mapstructure:"competences"`
	Assessment  AssessmentConfig `mapstructure:"assessment"`
	Report      ReportConfig     `mapstructure:"report"`
}

// ClientsConfig shapes the client profiles: the segments and potentials
// their drop-downs offer, and when a client counts as dormant.
type ClientsConfig struct {
	Segments []Choice `mapstructure:"segments"`
	// Potentials are listed from the highest: the first is the potential
	// whose clients must be called every month (A).
	Potentials []Choice `mapstructure:"potentials"`
	// DormantDays: a client not contacted for more than this many days
	// before the month's end counts as dormant, whatever its status says.
	DormantDays int `mapstructure:"dormant_days"`
}

// Paths are the folders of a working folder. The config package makes them
// absolute, relative to the folder of the config file that names them.
type Paths struct {
	Inbox  string `mapstructure:"inbox"`
	Output string `mapstructure:"output"`
}

// CalendarConfig lists the working weekdays, the country whose public
// holidays are days off, the company's other days off (its own, and the
// bridge days a decree swaps for a working Saturday) and the extra working
// days (weekend days worked in exchange for a bridge day).
type CalendarConfig struct {
	Weekdays    []Weekday `mapstructure:"weekdays"`
	Country     string    `mapstructure:"country"` // ISO 3166-1 code; "" for none
	Holidays    []Date    `mapstructure:"holidays"`
	WorkingDays []Date    `mapstructure:"working_days"`
}

// Calendar builds the working-day calendar the settings describe.
func (c CalendarConfig) Calendar() Calendar {
	wd := make([]time.Weekday, len(c.Weekdays))
	for i, w := range c.Weekdays {
		wd[i] = time.Weekday(w)
	}
	return NewCalendar(wd, c.Holidays, c.WorkingDays).WithCountry(c.Country)
}

// Weekday is a day of the week written by its English name in config.yaml.
type Weekday time.Weekday

// UnmarshalText reads a weekday name such as "friday" or "Fri".
func (w *Weekday) UnmarshalText(b []byte) error {
	s := strings.ToLower(strings.TrimSpace(string(b)))
	for d := time.Sunday; d <= time.Saturday; d++ {
		name := strings.ToLower(d.String())
		if s == name || (len(s) >= 3 && strings.HasPrefix(name, s)) {
			*w = Weekday(d)
			return nil
		}
	}
	return fmt.Errorf("%q is not a weekday (monday … sunday)", string(b))
}

// In names the weekday in locale l: "Friday", "péntek".
func (w Weekday) In(l Locale) string { return WeekdayName(time.Weekday(w), l) }

// MarshalText writes the weekday's lower-case English name.
func (w Weekday) MarshalText() ([]byte, error) {
	return []byte(strings.ToLower(time.Weekday(w).String())), nil
}

// How often a norm's events are due.
const (
	EveryWorkingDay = "working-day"
	EveryWeek       = "week"
	EveryMonth      = "month"
)

// Norm is one rule of the management rhythm (DOMAIN.md §2): leaders in Roles
// hold Count events of type Event every working day, week or month — per
// direct report when PerReport — starting at Start within Tolerance minutes
// and lasting MinMinutes to MaxMinutes.
type Norm struct {
	Key        string  `mapstructure:"key"`
	Label      Text    `mapstructure:"label"`
	Roles      []Role  `mapstructure:"roles"`
	Event      string  `mapstructure:"event"`
	Every      string  `mapstructure:"every"`
	PerReport  bool    `mapstructure:"per_report"`
	Count      int     `mapstructure:"count"`
	Weekday    string  `mapstructure:"weekday"`   // weekly norms: the due weekday; "" for the week's last working day
	Start      string  `mapstructure:"start"`     // HH:MM, "" when any time will do
	Tolerance  int     `mapstructure:"tolerance"` // minutes either side of Start
	MinMinutes int     `mapstructure:"min_minutes"`
	MaxMinutes int     `mapstructure:"max_minutes"` // 0: no length rule
	NotOn      string  `mapstructure:"not_on"`      // an event type that must not share the day
	Weight     float64 `mapstructure:"weight"`
}

// StartClock returns the norm's start time, or NoClock when it has none.
func (n Norm) StartClock() Clock {
	if n.Start == "" {
		return NoClock
	}
	c, err := ParseClock(n.Start)
	if err != nil {
		return NoClock
	}
	return c
}

// DueWeekday returns the weekday a weekly norm is due on and whether it
// names one.
func (n Norm) DueWeekday() (time.Weekday, bool) {
	if n.Weekday == "" {
		return 0, false
	}
	var w Weekday
	if err := w.UnmarshalText([]byte(n.Weekday)); err != nil {
		return 0, false
	}
	return time.Weekday(w), true
}

// AppliesTo reports whether the norm binds a person in role r.
func (n Norm) AppliesTo(r Role) bool { return slices.Contains(n.Roles, r) }

// ComplianceConfig says which held events earn a norm credit.
type ComplianceConfig struct {
	Credit string `mapstructure:"credit"` // CreditStrict or CreditHeld
}

// How held events earn credit towards a norm.
const (
	// CreditStrict credits an event only when it meets the norm's start,
	// due day, day to avoid and length, where the norm sets them.
	CreditStrict = "strict"
	// CreditHeld credits every held event.
	CreditHeld = "held"
)

// Ranking is the policy for leaders and laggards (DOMAIN.md §4).
type Ranking struct {
	Metric         string             `mapstructure:"metric"`  // a Measure, or "score"
	Weights        map[string]float64 `mapstructure:"weights"` // by Measure, for "score"
	LeaderPercent  float64            `mapstructure:"leader_at_percent"`
	LaggardPercent float64            `mapstructure:"laggard_below_percent"`
	MinWorkingDays int                `mapstructure:"min_working_days"`
	Prorate        bool               `mapstructure:"prorate"`
}

// MetricScore is the ranking metric that weighs several fulfilments.
const MetricScore = "score"

// TimeTable is the grid of the time-management table: slots of SlotMinutes
// from DayStart to DayEnd, each filled with one of Activities.
type TimeTable struct {
	SlotMinutes int        `mapstructure:"slot_minutes"`
	DayStart    string     `mapstructure:"day_start"`
	DayEnd      string     `mapstructure:"day_end"`
	Activities  []Activity `mapstructure:"activities"`
}

// Slots returns the start of every slot of the day.
func (t TimeTable) Slots() []Clock {
	start, err1 := ParseClock(t.DayStart)
	end, err2 := ParseClock(t.DayEnd)
	if err1 != nil || err2 != nil || t.SlotMinutes <= 0 {
		return nil
	}
	var slots []Clock
	for c := start; c < end; c += Clock(t.SlotMinutes) {
		slots = append(slots, c)
	}
	return slots
}

// Activity is one choice of the time table; Active ones count as selling.
type Activity struct {
	Key    string   `mapstructure:"key"`
	Label  Text     `mapstructure:",squash"`
	Former []string `mapstructure:"former"` // labels of workbooks handed out before, still read
	Active bool     `mapstructure:"active"`
}

// Choices returns the activities as a closed set.
func (t TimeTable) Choices() []Choice {
	out := make([]Choice, len(t.Activities))
	for i, a := range t.Activities {
		out[i] = Choice{Key: a.Key, Label: a.Label, Former: a.Former}
	}
	return out
}

// AssessmentConfig holds the self-assessment's roles and questions; question
// numbers are their positions, from 1.
type AssessmentConfig struct {
	Roles     []Choice   `mapstructure:"roles"`
	Questions []Question `mapstructure:"questions"`
	// Advice is one fixed sentence per role, keyed by the role: what a
	// leader solid in it does. The report shows it beside a role below 3.
	Advice []Choice `mapstructure:"advice"`
}

// Question is one yes/no question and the role it scores.
type Question struct {
	Role string `mapstructure:"role"`
	Text Text   `mapstructure:",squash"`
}

// ReportConfig shapes the monthly report.
type ReportConfig struct {
	Top int `mapstructure:"top"` // people shown at each end of the Summary's charts
	// HistoryMonths is how many months, the report's included, the History
	// sheet shows.
	HistoryMonths int `mapstructure:"history_months"`
}

// Default returns the settings built into the program: the norms of the
// article, a Monday-to-Friday week with Hungary's public holidays, Hungarian
// forint and English labels.
func Default() Config {
	weekdays := []Weekday{Weekday(time.Monday), Weekday(time.Tuesday), Weekday(time.Wednesday), Weekday(time.Thursday), Weekday(time.Friday)}
	return Config{
		Company:    "Example Ltd.",
		Currency:   "HUF",
		Locale:     English,
		Paths:      Paths{Inbox: "inbox", Output: "out"},
		Calendar:   CalendarConfig{Weekdays: weekdays, Country: "HU"},
		Norms:      DefaultNorms(),
		Compliance: ComplianceConfig{Credit: CreditStrict},
		Ranking: Ranking{
			Metric:         string(Revenue),
			Weights:        map[string]float64{string(Revenue): 0.6, string(Deals): 0.2, string(Calls): 0.1, string(Meetings): 0.1},
			LeaderPercent:  100,
			LaggardPercent: 80,
			MinWorkingDays: 10,
			Prorate:        true,
		},
		TimeTable: TimeTable{
			SlotMinutes: 30,
			DayStart:    "08:00",
			DayEnd:      "19:00",
			Activities: []Activity{
				{Key: "calls", Label: T("Calls", "Telefonálás"), Active: true},
				{Key: "client-meeting", Label: T("Client meeting", "Ügyféltalálkozó"), Active: true},
				{Key: "travel", Label: T("Travel", "Utazás")},
				{Key: "proposals", Label: T("Proposals & paperwork", "Ajánlatírás és papírmunka"), Former: []string{"Ajánlatok, papírmunka"}, Active: true},
				{Key: "internal-meeting", Label: T("Internal meeting", "Belső megbeszélés")},
				{Key: "training", Label: T("Training", "Képzés")},
				{Key: "admin", Label: T("Admin", "Adminisztráció")},
				{Key: "break", Label: T("Break / personal", "Szünet / magánügy"), Former: []string{"Szünet / személyes"}},
			},
		},
		Clients: ClientsConfig{
			Segments: []Choice{
				{Key: "small", Label: T("Small business", "Kisvállalkozás")},
				{Key: "mid", Label: T("Mid-size company", "Középvállalat")},
				{Key: "large", Label: T("Large company", "Nagyvállalat")},
				{Key: "public", Label: T("Public sector", "Közszféra")},
			},
			Potentials: []Choice{
				{Key: "A", Label: T("A – high", "A – magas")},
				{Key: "B", Label: T("B – medium", "B – közepes")},
				{Key: "C", Label: T("C – low", "C – alacsony")},
			},
			DormantDays: 60,
		},
		Competences: DefaultCompetences(),
		Assessment:  DefaultAssessment(),
		Report:      ReportConfig{Top: 10, HistoryMonths: 6},
	}
}

// DefaultCompetences returns the article's eight competences of a trained
// seller, in its order (DOMAIN.md §6).
func DefaultCompetences() []Choice {
	return []Choice{
		{Key: "presence", Label: T("Confident, friendly, honest", "Magabiztos, barátságos, őszinte fellépés")},
		{Key: "product-knowledge", Label: T("Knows the products", "Termékismeret")},
		{Key: "company-trust", Label: T("Trusts the company and its goals", "Hisz a cégben és a céljaiban")},
		{Key: "people-interest", Label: T("Interested in people", "Érdeklődés mások iránt")},
		{Key: "emotions", Label: T("Reads emotions", "Érzelmek felismerése és kezelése")},
		{Key: "objections", Label: T("Handles objections", "Kifogáskezelés")},
		{Key: "questions", Label: T("Asks the right questions", "Kérdezéstechnika")},
		{Key: "closing", Label: T("Closes easily", "Üzletzárás")},
	}
}

// DefaultNorms returns the management rhythm of DOMAIN.md §2.
func DefaultNorms() []Norm {
	leaders := []Role{Lead, Head}
	dir := []Role{Director}
	return []Norm{
		{Key: "morning-meeting", Label: T("Morning meeting", "Reggeli megbeszélés"), Roles: leaders, Event: EventMorning, Every: EveryWorkingDay, Count: 1, Start: "09:00", Tolerance: 5, MinMinutes: 10, MaxMinutes: 20, Weight: 1},
		{Key: "weekly-meeting", Label: T("Weekly planning meeting", "Heti tervezőértekezlet"), Roles: leaders, Event: EventWeekly, Every: EveryWeek, Count: 1, Weekday: "friday", Start: "17:00", Tolerance: 15, MinMinutes: 45, MaxMinutes: 75, Weight: 1},
		{Key: "one-on-one", Label: T("One-on-one with each report", "Egyéni beszélgetés minden beosztottal"), Roles: leaders, Event: EventOneOnOne, Every: EveryMonth, PerReport: true, Count: 2, MinMinutes: 15, MaxMinutes: 30, Weight: 1},
		{Key: "joint-visit", Label: T("Joint client visit with each report", "Közös ügyféllátogatás minden beosztottal"), Roles: leaders, Event: EventJointVisit, Every: EveryWeek, PerReport: true, Count: 1, Weight: 1},
		{Key: "training", Label: T("In-house training", "Belső képzés"), Roles: []Role{Head}, Event: EventTraining, Every: EveryMonth, Count: 2, MinMinutes: 210, MaxMinutes: 270, Weight: 1},
		{Key: "monthly-meeting", Label: T("Monthly meeting", "Havi értekezlet"), Roles: dir, Event: EventMonthly, Every: EveryMonth, Count: 1, MinMinutes: 90, MaxMinutes: 120, NotOn: EventWeekly, Weight: 1},
		{Key: "director-one-on-one", Label: T("Director's one-on-one with each report", "Igazgatói egyéni beszélgetés minden beosztottal"), Roles: dir, Event: EventOneOnOne, Every: EveryMonth, PerReport: true, Count: 1, MinMinutes: 20, MaxMinutes: 40, Weight: 1},
		{Key: "director-joint-visit", Label: T("Director's joint client visits", "Igazgatói közös ügyféllátogatások"), Roles: dir, Event: EventJointVisit, Every: EveryMonth, Count: 4, Weight: 1},
		{Key: "director-training", Label: T("Classroom training", "Tantermi képzés"), Roles: dir, Event: EventTraining, Every: EveryMonth, Count: 1, MinMinutes: 210, MaxMinutes: 270, Weight: 1},
	}
}

// Problem is one invalid setting, named by its dotted key.
type Problem struct {
	Key string
	Msg Text // in every locale
}

// Validate returns every impossible or contradictory setting, in the order
// of the file.
func (c Config) Validate() []Problem {
	var ps []Problem
	bad := func(key, format string, args ...any) {
		ps = append(ps, Problem{key, Tr(format, args...)})
	}
	if strings.TrimSpace(c.Company) == "" {
		bad("company", "must not be empty")
	}
	switch code := strings.TrimSpace(c.Currency); {
	case code == "":
		bad("currency", "must not be empty (e.g. HUF, EUR)")
	case len(code) != 3 || strings.IndexFunc(code, func(r rune) bool { return !unicode.IsLetter(r) || r > unicode.MaxASCII }) >= 0:
		bad("currency", "%q is not a currency code: write its three letters (e.g. HUF, EUR)", c.Currency)
	}
	if _, err := ParseLocale(string(c.Locale)); err != nil {
		bad("locale", "%q is not a supported locale (en, hu)", string(c.Locale))
	}
	if c.Paths.Inbox == "" {
		bad("paths.inbox", "must not be empty")
	}
	if c.Paths.Output == "" {
		bad("paths.output", "must not be empty")
	}
	if len(c.Calendar.Weekdays) == 0 {
		bad("calendar.weekdays", "must list at least one working weekday")
	}
	if c.Calendar.Country != "" && !KnownCountry(c.Calendar.Country) {
		bad("calendar.country", "%q is not a country whose public holidays the calendar knows (%s); \"\" for none, with every holiday listed in calendar.holidays",
			c.Calendar.Country, strings.Join(Countries(), ", "))
	}
	holidays := map[Date]bool{}
	for i, d := range c.Calendar.Holidays {
		if d.IsZero() {
			bad(fmt.Sprintf("calendar.holidays[%d]", i), "must be a date (YYYY-MM-DD)")
		}
		holidays[d] = true
	}
	for i, d := range c.Calendar.WorkingDays {
		if holidays[d] {
			bad(fmt.Sprintf("calendar.working_days[%d]", i), "%s is also a holiday", d)
		}
	}
	ps = append(ps, validateNorms(c.Norms)...)
	if c.Compliance.Credit != CreditStrict && c.Compliance.Credit != CreditHeld {
		bad("compliance.credit", "%q is not one of strict, held", c.Compliance.Credit)
	}
	ps = append(ps, c.Ranking.validate()...)
	ps = append(ps, c.TimeTable.validate()...)
	ps = append(ps, c.Clients.validate()...)
	if len(c.Competences) == 0 {
		bad("competences", "must list at least one competence")
	}
	ps = append(ps, validateChoices("competences", c.Competences)...)
	ps = append(ps, c.Assessment.validate()...)
	if c.Report.HistoryMonths < 1 || c.Report.HistoryMonths > 120 {
		bad("report.history_months", "must be 1 to 120, got %d", c.Report.HistoryMonths)
	}
	if c.Report.Top < 1 {
		bad("report.top", "must be at least 1, got %d", c.Report.Top)
	}
	return ps
}

func validateNorms(norms []Norm) []Problem {
	var ps []Problem
	seen := map[string]bool{}
	for i, n := range norms {
		bad := func(field, format string, args ...any) {
			ps = append(ps, Problem{fmt.Sprintf("norms[%d].%s", i, field), Tr(format, args...)})
		}
		switch {
		case n.Key == "":
			bad("key", "must not be empty")
		case seen[n.Key]:
			bad("key", "%q is used by an earlier norm", n.Key)
		}
		seen[n.Key] = true
		if len(n.Roles) == 0 {
			bad("roles", "must list at least one of lead, head, director")
		}
		for j, r := range n.Roles {
			if !r.IsLeader() {
				bad(fmt.Sprintf("roles[%d]", j), "%q is not a leader role (lead, head, director)", r)
			}
		}
		if !hasKey(EventTypes, n.Event) {
			bad("event", "%q is not an event type (%s)", n.Event, keys(EventTypes))
		}
		if n.NotOn != "" && !hasKey(EventTypes, n.NotOn) {
			bad("not_on", "%q is not an event type (%s)", n.NotOn, keys(EventTypes))
		}
		if n.Every != EveryWorkingDay && n.Every != EveryWeek && n.Every != EveryMonth {
			bad("every", "%q is not one of working-day, week, month", n.Every)
		}
		if n.Count < 0 {
			bad("count", "must not be negative, got %d", n.Count)
		}
		if n.Weekday != "" {
			if _, ok := n.DueWeekday(); !ok {
				bad("weekday", "%q is not a weekday (monday … sunday)", n.Weekday)
			}
		}
		if n.Start != "" {
			if _, err := ParseClock(n.Start); err != nil {
				bad("start", "%q is not a time of day (want HH:MM, e.g. 09:00)", n.Start)
			}
		}
		if n.Tolerance < 0 {
			bad("tolerance", "must not be negative, got %d", n.Tolerance)
		}
		if n.MinMinutes < 0 || n.MaxMinutes < 0 {
			bad("min_minutes", "lengths must not be negative")
		} else if n.MaxMinutes > 0 && n.MinMinutes > n.MaxMinutes {
			bad("min_minutes", "%d is above max_minutes %d", n.MinMinutes, n.MaxMinutes)
		}
		if n.Weight < 0 {
			bad("weight", "must not be negative, got %g", n.Weight)
		}
	}
	return ps
}

func (r Ranking) validate() []Problem {
	var ps []Problem
	bad := func(key, format string, args ...any) {
		ps = append(ps, Problem{"ranking." + key, Tr(format, args...)})
	}
	if r.Metric != MetricScore && !hasKey(Measures, r.Metric) {
		bad("metric", "%q is not one of %s, score", r.Metric, keys(Measures))
	}
	total := 0.0
	for k, w := range r.Weights {
		if !hasKey(Measures, k) {
			bad("weights."+k, "%q is not one of %s", k, keys(Measures))
		}
		if w < 0 {
			bad("weights."+k, "must not be negative, got %g", w)
		}
		total += w
	}
	if r.Metric == MetricScore && total <= 0 {
		bad("weights", "metric score needs at least one positive weight")
	}
	if r.LeaderPercent <= 0 {
		bad("leader_at_percent", "must be above 0, got %g", r.LeaderPercent)
	}
	if r.LaggardPercent < 0 {
		bad("laggard_below_percent", "must not be negative, got %g", r.LaggardPercent)
	}
	if r.LaggardPercent > r.LeaderPercent {
		bad("laggard_below_percent", "%g is above leader_at_percent %g: nobody could be in between", r.LaggardPercent, r.LeaderPercent)
	}
	if r.MinWorkingDays < 0 {
		bad("min_working_days", "must not be negative, got %d", r.MinWorkingDays)
	}
	return ps
}

func (t TimeTable) validate() []Problem {
	var ps []Problem
	bad := func(key, format string, args ...any) {
		ps = append(ps, Problem{"time_table." + key, Tr(format, args...)})
	}
	start, err := ParseClock(t.DayStart)
	if err != nil {
		bad("day_start", "%q is not a time of day (want HH:MM, e.g. 09:00)", t.DayStart)
	}
	end, err2 := ParseClock(t.DayEnd)
	if err2 != nil {
		bad("day_end", "%q is not a time of day (want HH:MM, e.g. 09:00)", t.DayEnd)
	}
	switch {
	case t.SlotMinutes <= 0:
		bad("slot_minutes", "must be above 0, got %d", t.SlotMinutes)
	case err == nil && err2 == nil && end <= start:
		bad("day_end", "%s is not after day_start %s", t.DayEnd, t.DayStart)
	case err == nil && err2 == nil && int(end-start)%t.SlotMinutes != 0:
		bad("slot_minutes", "%d does not divide the day %s–%s (%d minutes)", t.SlotMinutes, t.DayStart, t.DayEnd, int(end-start))
	}
	if len(t.Activities) == 0 {
		bad("activities", "must list at least one activity")
	}
	ps = append(ps, validateChoices("time_table.activities", t.Choices())...)
	return ps
}

func (c ClientsConfig) validate() []Problem {
	var ps []Problem
	if len(c.Segments) == 0 {
		ps = append(ps, Problem{"clients.segments", Tr("must list at least one segment")})
	}
	ps = append(ps, validateChoices("clients.segments", c.Segments)...)
	if len(c.Potentials) == 0 {
		ps = append(ps, Problem{"clients.potentials", Tr("must list at least one potential")})
	}
	ps = append(ps, validateChoices("clients.potentials", c.Potentials)...)
	if c.DormantDays < 1 {
		ps = append(ps, Problem{"clients.dormant_days", Tr("must be at least 1, got %d", c.DormantDays)})
	}
	return ps
}

func (a AssessmentConfig) validate() []Problem {
	ps := validateChoices("assessment.roles", a.Roles)
	for i, adv := range a.Advice {
		if !hasKey(a.Roles, adv.Key) {
			ps = append(ps, Problem{fmt.Sprintf("assessment.advice[%d].key", i), Tr("%q is not one of the roles (%s)", adv.Key, keys(a.Roles))})
		}
	}
	if len(a.Questions) == 0 {
		ps = append(ps, Problem{"assessment.questions", Tr("must list at least one question")})
	}
	for i, q := range a.Questions {
		key := fmt.Sprintf("assessment.questions[%d]", i)
		if !hasKey(a.Roles, q.Role) {
			ps = append(ps, Problem{key + ".role", Tr("%q is not one of the roles (%s)", q.Role, keys(a.Roles))})
		}
		if strings.TrimSpace(q.Text.En) == "" {
			ps = append(ps, Problem{key + ".en", Tr("must not be empty")})
		}
	}
	return ps
}

func validateChoices(key string, cs []Choice) []Problem {
	var ps []Problem
	seen := map[string]bool{}
	for i, c := range cs {
		k := fmt.Sprintf("%s[%d]", key, i)
		switch {
		case c.Key == "":
			ps = append(ps, Problem{k + ".key", Tr("must not be empty")})
		case seen[c.Key]:
			ps = append(ps, Problem{k + ".key", Tr("%q is listed twice", c.Key)})
		}
		seen[c.Key] = true
		if strings.TrimSpace(c.Label.En) == "" {
			ps = append(ps, Problem{k + ".en", Tr("must not be empty")})
		}
	}
	return ps
}

func hasKey(cs []Choice, key string) bool {
	return slices.ContainsFunc(cs, func(c Choice) bool { return c.Key == key })
}

func keys(cs []Choice) string {
	ks := make([]string, len(cs))
	for i, c := range cs {
		ks[i] = c.Key
	}
	return strings.Join(ks, ", ")
}

// Describe says in words what the norm asks, e.g. "1 every working day, at
// 09:00 (±5 min), 10–20 minutes"; in Hungarian in the Policy's pattern,
// with no case ending on a time: "minden munkanapon 1 alkalom; kezdés:
// 09:00 (±5 perc); időtartam: 10–20 perc".
func (n Norm) Describe(l Locale) string {
	if l == Hungarian {
		return n.describeHu()
	}
	var b strings.Builder
	every := map[string]string{EveryWorkingDay: "every working day", EveryWeek: "a week", EveryMonth: "a month"}[n.Every]
	if n.PerReport {
		fmt.Fprintf(&b, "%d per direct report %s", n.Count, every)
	} else {
		fmt.Fprintf(&b, "%d %s", n.Count, every)
	}
	if w, ok := n.DueWeekday(); ok {
		fmt.Fprintf(&b, ", on %s", WeekdayName(w, English))
	}
	if n.Start != "" {
		fmt.Fprintf(&b, ", at %s (±%d min)", n.Start, n.Tolerance)
	}
	if n.MaxMinutes > 0 {
		fmt.Fprintf(&b, ", %d–%d minutes", n.MinMinutes, n.MaxMinutes)
	}
	if label, ok := n.notOnLabel(); ok {
		fmt.Fprintf(&b, "; not on the day of a %s", strings.ToLower(label.En))
	}
	return b.String()
}

var onWeekdayHu = [7]string{"vasárnap", "hétfőn", "kedden", "szerdán", "csütörtökön", "pénteken", "szombaton"}

func (n Norm) describeHu() string {
	every := map[string]string{EveryWorkingDay: "minden munkanapon", EveryWeek: "hetente", EveryMonth: "havonta"}[n.Every]
	first := fmt.Sprintf("%s %d alkalom", every, n.Count)
	if n.PerReport {
		// The label often says "minden beosztottal" already.
		first = "beosztottanként " + first
	}
	if w, ok := n.DueWeekday(); ok {
		first += ", " + onWeekdayHu[w]
	}
	parts := []string{first}
	if n.Start != "" {
		parts = append(parts, fmt.Sprintf("kezdés: %s (±%d perc)", n.Start, n.Tolerance))
	}
	if n.MaxMinutes > 0 {
		parts = append(parts, fmt.Sprintf("időtartam: %d–%d perc", n.MinMinutes, n.MaxMinutes))
	}
	if label, ok := n.notOnLabel(); ok {
		parts = append(parts, "nem ugyanazon a napon, mint: "+strings.ToLower(label.Hu))
	}
	return strings.Join(parts, "; ")
}

// notOnLabel is the label of the event type the norm must not share a day
// with, if any.
func (n Norm) notOnLabel() (Text, bool) {
	for _, e := range EventTypes {
		if n.NotOn != "" && e.Key == n.NotOn {
			return e.Label, true
		}
	}
	return Text{}, false
}
