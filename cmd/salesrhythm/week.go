package main

import (
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"github.com/spf13/cobra"

	"salesrhythm"
	"salesrhythm/analysis"
	"salesrhythm/importer"
	"salesrhythm/report"
	"salesrhythm/schema"
	"salesrhythm/templates"
)

func (a *app) weekCommand() *cobra.Command {
	var weekFlag, dateFlag string
	var asJSON bool
	cmd := &cobra.Command{
		Use: "week",
		Short: a.help("Write each lead's and head's Friday pack for their weekly planning meeting",
			"Minden csoportvezető és értékesítési vezető pénteki összesítője a heti tervezőértekezlethez"),
		Long: a.help(`week reads the inbox for one week and writes, for every group lead and head of
sales, a workbook for the weekly planning meeting about their own direct
reports:

  out/week/YYYY-Www/<ID Name>/friday-pack-YYYY-Www.xlsx

Each holds a one-page Summary; People (each report's calls, client meetings,
proposals and deals of the week against the week's share of their monthly
targets — each working day at its own month's plan — and the month to date);
the week's funnel and active selling share; Next week (what each manager
wrote under Next week in last week's weekly report, beside what this week
brought); Action items (the open and overdue ones of earlier weeks first,
then the week's new ones, each by owner); Your events (the leader's own
events of the week against the norms); and Submissions (who has not handed
in which workbook of the week). A pack names nobody outside the leader's
team. These are the files to hand out; the monthly report stays the
director's.

--week names the week (ISO 8601, e.g. 2026-W49) and the packs count its
records through its Sunday, or through today while it runs. --date names a
day: the week that holds it, counted through that day. With neither, the
week of today, through today. Run before the week is over, every pack says
how far it reaches ("as of"). Every file is written to a temporary file and
renamed into place; the same inbox gives the same bytes. With --json it
prints the week's figures to stdout.

Exit code 1 when the week's workbooks had errors (the packs are still
written), or when no plan covers the week (nothing is written).`,
			`A week egy hét adatait olvassa be az inboxból, és minden csoportvezetőnek és
értékesítési vezetőnek munkafüzetet ír a heti tervezőértekezlethez a saját
közvetlen beosztottairól:

  out/week/ÉÉÉÉ-Whh/<Azonosító Név>/friday-pack-ÉÉÉÉ-Whh.xlsx

Munkalapjai: Összefoglaló (egyoldalas); Munkatársak (minden beosztott
hívásai, ügyféltalálkozói, ajánlatai és üzletkötései a héten, a havi célok
heti részéhez mérve – minden munkanap a saját hónapjának terve szerint –,
és ugyanez a hónap elejétől); a hét értékesítési tölcsére és az aktív
értékesítési idő aránya; Jövő hét (amit az értékesítők a múlt heti
jelentésük Jövő hét munkalapjára írtak, mellette, amit ez a hét hozott);
Feladatok (elöl a korábbi hetek nyitott és lejárt feladatai, utánuk a hét
új feladatai, felelősönként); Az Ön eseményei (a vezető saját heti
eseményei a normákhoz mérve); és Leadások (ki melyik heti munkafüzetét nem
adta le). Az összesítő senkit sem nevez meg a vezető csapatán kívül.
Ezeket lehet kiosztani; a havi jelentés a kereskedelmi igazgatóé marad.

A --week a hetet adja meg (ISO 8601, pl. 2026-W49), és az összesítők a hét
rekordjait vasárnapig számolják, a folyó héten a mai napig. A --date egy
napot ad meg: az azt tartalmazó hetet, eddig a napig számolva. Ha egyik
sincs megadva: az aktuális hetet, a mai napig. A hét vége előtt futtatva
minden összesítő megírja, meddig ér („állapot”). Minden fájlt előbb
ideiglenes fájlba ír, és csak utána nevezi át a végleges nevére; ugyanaz az
inbox bájtra ugyanazt adja. A --json kapcsolóval a hét számait a szabványos
kimenetre írja.

Kilépési kód: 1, ha a hét munkafüzeteiben hiba volt (az összesítők ekkor is
elkészülnek), vagy ha egyik terv sem fedi le a hetet (semmi sem készül).`),
		Example: a.help(`  salesrhythm week                       # this week, as of today
  salesrhythm week --week 2026-W49
  salesrhythm week --date 2026-12-04     # the week of Friday 4 December, through that day
  salesrhythm week --week 2026-W49 --json > week.json`, `  salesrhythm week                       # ez a hét, a mai napig
  salesrhythm week --week 2026-W49
  salesrhythm week --date 2026-12-04     # a 2026. 12. 04. (péntek) napot tartalmazó hét, eddig a napig
  salesrhythm week --week 2026-W49 --json > het.json`),
		Args: cobra.NoArgs,
		RunE: command(func(cmd *cobra.Command, args []string) error {
			week, asOf, err := a.weekOf(weekFlag, dateFlag)
			if err != nil {
				return err
			}
			cfg, err := a.loadConfigFor(cmd, nil, func(time.Time) salesrhythm.Month { return asOf.MonthOf() })
			if err != nil {
				return err
			}
			return a.runWeek(cmd, cfg, week, asOf, asJSON)
		}),
	}
	cmd.Flags().StringVar(&weekFlag, "week", "", a.help("the week, `YYYY-Www` (default: this week)", "a hét, `ÉÉÉÉ-Whh` (alapértelmezés: ez a hét)"))
	cmd.Flags().StringVar(&dateFlag, "date", "", a.help("a day, `YYYY-MM-DD`: the week that holds it, through that day", "egy nap, `ÉÉÉÉ-HH-NN`: az azt tartalmazó hét, eddig a napig"))
	cmd.Flags().BoolVar(&asJSON, "json", false, a.help("print the week's figures as JSON to stdout", "a hét számainak kiírása JSON-ként a szabványos kimenetre"))
	cmd.MarkFlagsMutuallyExclusive("week", "date")
	return cmd
}

// weekOf returns the week the flags name and the day its records count
// through: a named week through its Sunday, or through today while it
// runs; the week of a named day through that day; with neither, the week
// of today through today.
func (a *app) weekOf(weekFlag, dateFlag string) (salesrhythm.Period, salesrhythm.Date, error) {
	today := salesrhythm.DateOf(a.now())
	switch {
	case weekFlag != "":
		w, err := salesrhythm.ParseWeek(weekFlag)
		if err != nil {
			return w, today, usageError(fmt.Errorf("--week: %w", a.words(err)))
		}
		if today.Before(w.Start) {
			return w, today, usageError(a.errorf("--week %s: the week begins on %s, after today; there is nothing to show yet", weekFlag, w.Start))
		}
		if w.Contains(today) {
			return w, today, nil
		}
		return w, w.End, nil
	case dateFlag != "":
		d, err := salesrhythm.ParseDate(dateFlag)
		if err != nil {
			return salesrhythm.Period{}, d, usageError(fmt.Errorf("--date: %w", a.words(err)))
		}
		return salesrhythm.Week(d), d, nil
	}
	return salesrhythm.Week(today), today, nil
}

// runWeek reads the months the week and the week before fall in, analyses
// the week and writes the Friday packs.
func (a *app) runWeek(cmd *cobra.Command, cfg salesrhythm.Config, week salesrhythm.Period, asOf salesrhythm.Date, asJSON bool) error {
	out := report.DefaultWeekOutput(cfg.Paths.Output, week.Start, templates.SafeName)
	if err := outsideInbox(cfg, "the output folder, set by --output or paths.output", out.Dir); err != nil {
		return err
	}
	got, err := a.readWeek(cmd, cfg, week)
	if err != nil {
		return err
	}
	if len(got.plans) == 0 {
		return inputError(a.errorf("no plan in %[1]s for the month of any day of the week %[2]s, so there is no team and no target and nothing was written: put the month's plan in the inbox",
			cfg.Paths.Inbox, salesrhythm.WeekName(week.Start)))
	}
	w := analysis.AnalyseWeek(analysis.WeekInput{Week: week, AsOf: asOf, Config: cfg, Plans: got.plans,
		Calls: got.Calls, Deals: got.Deals, Funnels: got.Funnels, Outlooks: got.Outlooks, Slots: got.Slots,
		Events: got.Events, Actions: got.Actions, OneOnOnes: got.OneOnOnes, Submissions: got.subs, Findings: got.findings})
	written, err := report.WritePacks(report.WeekInput{Config: cfg, Week: w}, out)
	if err != nil {
		return cannotRun(fmt.Errorf("%s: %w %s", a.text("writing the Friday packs"), err, a.text("(packs written before, if any, are unchanged)")))
	}
	if asJSON {
		enc := json.NewEncoder(a.stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(w); err != nil {
			return err
		}
	} else {
		a.printWeek(w, out, written)
	}
	if n := got.errors(week); n > 0 {
		return inputProblems(a.errorf("%d errors in the week's workbooks", n))
	}
	return nil
}

// weekRecords are the records of every month a week reads, each file's
// once.
type weekRecords struct {
	salesrhythm.Records
	plans    []salesrhythm.Plan
	subs     []salesrhythm.Submission
	files    map[string]*salesrhythm.Period // the files read, with their periods
	planned  map[string]bool                // the files read with a month that has a plan
	findings []salesrhythm.Finding
}

// readWeek reads the inbox for each month of the week's days and of the
// week before (whose weekly reports hold last week's Next week), keeping
// each file's records once: a week straddling two months is read with both.
func (a *app) readWeek(cmd *cobra.Command, cfg salesrhythm.Config, week salesrhythm.Period) (*weekRecords, error) {
	var months []salesrhythm.Month
	for _, d := range append([]salesrhythm.Date{week.Start.AddDays(-1)}, week.Days()...) {
		if m := d.MonthOf(); !slices.Contains(months, m) {
			months = append(months, m)
		}
	}
	if err := inboxExists(cfg); err != nil {
		return nil, err
	}
	got := &weekRecords{files: map[string]*salesrhythm.Period{}, planned: map[string]bool{}}
	for _, m := range months {
		res, err := a.readMonth(cmd, cfg, m, salesrhythm.KindPlan, salesrhythm.KindCallRegister, salesrhythm.KindTimeTable,
			salesrhythm.KindWeeklyReport, salesrhythm.KindManagementLog, salesrhythm.KindOneOnOne)
		if err != nil {
			return nil, err
		}
		got.add(res)
	}
	return got, nil
}

// readMonth reads the inbox for month m, only the workbooks of the given
// kinds.
func (a *app) readMonth(cmd *cobra.Command, cfg salesrhythm.Config, m salesrhythm.Month, kinds ...salesrhythm.Kind) (*importer.Result, error) {
	c := cfg
	c.Month = m
	o := importer.Options{Config: c, Schema: schema.New(c), Debug: a.verbose, Skip: []string{cfg.Paths.Output}, Only: kinds}
	bar := a.progress(a.text("reading %s", m))
	o.Progress = bar.update
	res, err := importer.Read(cmd.Context(), cfg.Paths.Inbox, m, o)
	bar.done()
	if err != nil {
		return nil, cannotRun(err)
	}
	return res, nil
}

// add keeps the records of the files res read that no earlier month read,
// or that one read without a plan when res has one: the people typed by
// name in them are then read as the plan's IDs.
func (r *weekRecords) add(res *importer.Result) {
	if res.Plan != nil && res.Plan.Month == res.Month {
		r.plans = append(r.plans, *res.Plan)
	}
	fresh, again := map[string]bool{}, map[string]bool{}
	for _, f := range res.Files {
		_, seen := r.files[f.Path]
		if f.Status != importer.StatusRead || seen && (r.planned[f.Path] || res.Plan == nil) {
			continue
		}
		fresh[f.Path] = true
		if seen {
			again[f.Path] = true
		}
		r.files[f.Path], r.planned[f.Path] = f.Period, res.Plan != nil
	}
	if len(again) > 0 { // what the planless reading kept of them goes
		kept, findings, subs := r.Records, r.findings, r.subs
		r.Records, r.findings, r.subs = salesrhythm.Records{}, nil, nil
		r.take(kept, findings, subs, func(file string) bool { return !again[file] })
	}
	rs := res.Records
	rs.Calls, rs.Slots = res.Lent.Calls.Values(), res.Lent.Slots.Values()
	r.take(rs, res.Findings, res.Submissions, func(file string) bool { return fresh[file] })
}

// take adds to r the records, findings and submissions of the files keep
// is true for.
func (r *weekRecords) take(rs salesrhythm.Records, findings []salesrhythm.Finding, subs []salesrhythm.Submission, keep func(file string) bool) {
	r.Calls = append(r.Calls, only(rs.Calls, func(x salesrhythm.Call) bool { return keep(x.Ref.File) })...)
	r.Deals = append(r.Deals, only(rs.Deals, func(x salesrhythm.Deal) bool { return keep(x.Ref.File) })...)
	r.Funnels = append(r.Funnels, only(rs.Funnels, func(x salesrhythm.Funnel) bool { return keep(x.Ref.File) })...)
	r.Outlooks = append(r.Outlooks, only(rs.Outlooks, func(x salesrhythm.Outlook) bool { return keep(x.Ref.File) })...)
	r.Slots = append(r.Slots, only(rs.Slots, func(x salesrhythm.Slot) bool { return keep(x.Ref.File) })...)
	r.Events = append(r.Events, only(rs.Events, func(x salesrhythm.Event) bool { return keep(x.Ref.File) })...)
	r.Actions = append(r.Actions, only(rs.Actions, func(x salesrhythm.ActionItem) bool { return keep(x.Ref.File) })...)
	r.OneOnOnes = append(r.OneOnOnes, only(rs.OneOnOnes, func(x salesrhythm.OneOnOne) bool { return keep(x.Ref.File) })...)
	r.findings = append(r.findings, only(findings, func(x salesrhythm.Finding) bool { return keep(x.File) })...)
	r.subs = append(r.subs, only(subs, func(x salesrhythm.Submission) bool { return keep(x.File) })...)
}

func only[T any](xs []T, ok func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if ok(x) {
			out = append(out, x)
		}
	}
	return out
}

// errors counts the error findings in the workbooks of the week.
func (r *weekRecords) errors(week salesrhythm.Period) int {
	n := 0
	for _, f := range r.findings {
		if p := r.files[f.File]; f.Severity == salesrhythm.Error && p != nil && *p == week {
			n++
		}
	}
	return n
}

func (a *app) printWeek(w analysis.Week, out report.WeekOutput, written []string) {
	_, n := w.Week.Start.ISOWeek()
	as := ""
	if !w.Complete {
		as = a.text(", as of %s %s", salesrhythm.Weekday(w.AsOf.Weekday()), w.AsOf)
	}
	a.say("Friday packs for week %d (%s)%s: %d in %s", n, w.Week, as, len(written), out.Dir)
	for _, m := range w.NoPlan {
		a.say("  no plan for %s: its days of the week have no target", m)
	}
	for _, p := range w.Packs {
		overdue := 0
		for _, it := range p.Earlier {
			if it.Overdue {
				overdue++
			}
		}
		a.say("  %s %s: %s, %s to review (%d overdue), %s",
			p.Leader, p.Name, salesrhythm.Tr("%d direct reports", len(p.Reports)), salesrhythm.Tr("%d earlier action items", len(p.Earlier)), overdue,
			salesrhythm.Tr("%d workbooks not handed in", len(p.Missing)))
	}
	if len(w.Packs) == 0 {
		a.say("  the plan has no group lead or head of sales employed in the week: no pack to write")
	}
}
