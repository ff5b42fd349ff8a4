package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"salesrhythm"
	"salesrhythm/importer"
	"salesrhythm/schema"
	"salesrhythm/templates"
)

func (a *app) templateCommand() *cobra.Command {
	var force bool
	cmd := &cobra.Command{
		Use:   "template",
		Short: a.help("Write the workbooks the team fills in", "A csapat által kitöltendő munkafüzetek elkészítése"),
		Long: a.help(`template writes the Excel workbooks of a month into the output folder
(out/templates/YYYY-MM/, one folder per person): the plan for the director,
and from the completed plan every manager's call register, time table and
weekly report for each week and client profiles for the month, and every
leader's management log for each week, self-assessment for the month and
one-on-one sheets: for each direct report as many as the one-on-one norm
asks (two a month; the director's one), each naming its direct report.

The client profiles are carried over: each manager's new workbook starts
from their latest completed one in the inbox from before the month, so
nobody types the client base again; a manager with none gets a blank one.
Once the owner's workbook of the week before is in the inbox, each call
register starts with the follow-ups due in its week, from the earlier
registers, and each management log with the action items still open in the
log of the week before, each with its item ID ('template week' writes next
week's, with what this week's carry).

A week belongs to the batch of the month its Monday falls in, so no week is
ever issued twice. An existing workbook is never replaced unless --force is
given: a filled-in form must not be overwritten by a blank one. Only one
that is still, byte for byte, the blank one written before is replaced by
one that carries work over into it.`,
			`A template egy hónap Excel-munkafüzeteit írja a kimeneti mappába
(out/templates/ÉÉÉÉ-HH/, munkatársanként egy mappába): a kereskedelmi
igazgatónak a havi tervet, a kitöltött terv alapján pedig minden
értékesítőnek hetenként a hívásnaplót, az időbeosztást és a heti
jelentést, a hónapra az ügyfélnyilvántartást, minden vezetőnek hetenként a
vezetői naplót, a hónapra az önértékelést és az egyéni beszélgetések
feljegyzéseit: minden közvetlen beosztottra annyit, amennyit az egyéni
beszélgetések normája előír (havonta kettőt; az igazgatónál egyet),
mindegyiken a beosztott nevével.

Az ügyfélnyilvántartást a program áthozza az előző hónapról: minden
értékesítő új munkafüzete az inboxban lévő legutóbbi, a hónap előtti
kitöltött példányából indul, így senkinek sem kell újra begépelnie az
ügyfélkört; akinek nincs ilyen, üreset kap. Ha a kitöltő előző heti
munkafüzete már az inboxban van, minden hívásnapló a korábbi naplókból a
hétre eső esedékes utánkövetésekkel indul, minden vezetői napló pedig az
előző heti napló még nyitott feladataival, mindegyik a saját azonosítójával
(a „template week” a következő hét munkafüzeteit írja meg, azzal, amit az e
heti munkafüzetekből áthoz).

Egy hét annak a hónapnak a munkafüzetei közé tartozik, amelyikre a hétfője
esik, így egyetlen hét sem kerül ki kétszer. Meglévő munkafüzetet csak a
--force kapcsolóval ír felül: kitöltött munkafüzet helyére nem kerülhet
üres. Kivétel: azt a munkafüzetet, amelyik bájtra megegyezik a korábban
kiadott üres példánnyal, --force nélkül is lecseréli az áthozott munkát
tartalmazóra.`),
		Example: `  salesrhythm template plan --month 2026-12
  salesrhythm template plan --month 2027-01 --from 2026-12 --with-targets
  salesrhythm template all --month 2026-12
  salesrhythm template week --week 2026-W50
  salesrhythm template call-register --month 2026-12 --person M-001`,
	}
	// A kind mistyped gets cobra's error for a command mistyped, which
	// localError names with the one meant, as for the root's.
	cmd.Args = cobra.ArbitraryArgs
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		if len(args) == 0 {
			return cmd.Help()
		}
		return fmt.Errorf("unknown command %q for %q", args[0], cmd.CommandPath())
	}
	cmd.PersistentFlags().BoolVar(&force, "force", false, a.help("replace workbooks that already exist", "a már meglévő munkafüzetek felülírása"))

	var from string
	var withTargets bool
	plan := &cobra.Command{
		Use:   "plan",
		Short: a.help("Write the plan workbook for a month (Team and Targets)", "Egy hónap tervének munkafüzete (Csapat és Célok)"),
		Example: `  salesrhythm template plan --month 2026-12
  salesrhythm template plan --month 2027-01 --from 2026-12 --with-targets
  salesrhythm template plan --month 2027-01 --from inbox/plan_2026-12.xlsx`,
		Args: cobra.NoArgs,
		RunE: command(func(cmd *cobra.Command, args []string) error {
			cfg, err := a.loadConfigFor(cmd, monthKeys, nextMonth)
			if err != nil {
				return err
			}
			o := templates.Options{Config: cfg, Schema: schema.New(cfg)}
			if from != "" {
				p, err := a.carriedPlan(cmd.Context(), from, cfg, o.Schema)
				if err != nil {
					return err
				}
				o.Carry, o.CarryTargets = p, withTargets
			}
			spec := templates.PlanSpec(cfg.Month)
			if err := a.writeTemplates(cfg, cfg.Month.In(a.locale), []templates.Spec{spec}, o, force); err != nil {
				return err
			}
			if o.Carry != nil {
				team := templates.CarriedTeam(o.Carry, spec.Period.Start)
				targets := a.text("without their targets (--with-targets carries them too)")
				if withTargets {
					targets = a.text("with their targets")
				}
				carried := salesrhythm.Tr("Carried over %d people from the plan for %s", len(team), o.Carry.Month)
				if left := len(o.Carry.Team) - len(team); left > 0 {
					a.say("%s, %s; left before %s, so not carried over: %d.", carried, targets, cfg.Month, left)
				} else {
					a.say("%s, %s.", carried, targets)
				}
			}
			a.say("Next: fill in its team and targets (the director's decisions), put it in the inbox (%s), then write the month's workbooks with 'salesrhythm template all --month %s'.",
				cfg.Paths.Inbox, cfg.Month.String())
			return nil
		}),
	}
	plan.Flags().String("month", "", a.monthUsage(true))
	plan.Flags().StringVar(&from, "from", "", a.help("carry the team over from an earlier month's completed plan: its `FILE`, or its month (YYYY-MM) to take it from the inbox",
		"a csapat átvétele egy korábbi hónap kitöltött tervéből: a `FÁJL`, vagy a hónapja (ÉÉÉÉ-HH), és akkor az inboxból"))
	plan.Flags().BoolVar(&withTargets, "with-targets", false, a.help("with --from: carry the targets over too", "a --from mellett: a célok átvétele is"))

	var planFile string
	all := &cobra.Command{
		Use:   "all",
		Short: a.help("Write every workbook of a month for everyone in the completed plan", "Egy hónap összes munkafüzete a kitöltött terv minden munkatársának"),
		Example: `  salesrhythm template all --month 2026-12
  salesrhythm template all --month 2026-12 --plan inbox/plan_2026-12.xlsx`,
		Args: cobra.NoArgs,
		RunE: command(func(cmd *cobra.Command, args []string) error {
			cfg, p, o, err := a.templateSetup(cmd, planFile)
			if err != nil {
				return err
			}
			cal := cfg.Calendar.Calendar()
			specs := templates.Batch(p, cfg.Month, cfg)
			// The week that starts in the month before and ends in this one
			// was issued with that month's batch — to the people of that
			// month's plan. The others get it now.
			prev, err := a.planOf(cmd.Context(), cfg, o.Schema, cfg.Month.Add(-1))
			if err != nil {
				return err
			}
			if carried := templates.Carryover(p, prev, cfg.Month, cal); len(carried) > 0 {
				why := a.text("the previous month's plan, with which the week was issued, did not have these people")
				if prev == nil {
					why = a.text("with no plan for %s in the inbox, the week was never issued", cfg.Month.Add(-1))
				}
				a.say("The week of %s is written too (%d workbooks), because %s.", carried[0].Period.Start, len(carried), why)
				specs = append(specs, carried...)
			}
			if err := a.carryOver(cmd.Context(), cfg, o.Schema, specs); err != nil {
				return err
			}
			return a.writeTemplates(cfg, cfg.Month.In(a.locale), specs, o, force)
		}),
	}
	all.Flags().String("month", "", a.monthUsage(true))
	all.Flags().StringVar(&planFile, "plan", "", a.planUsage())

	var weekFlag, weekPlan string
	week := &cobra.Command{
		Use: "week",
		Short: a.help("Write one week's workbooks, carrying over the open action items and the follow-ups due",
			"Egy hét munkafüzetei, a nyitott feladatok és az esedékes utánkövetések áthozásával"),
		Long: a.help(`template week writes the weekly workbooks of one week for everyone in the
plan of the month its Monday falls in — call registers, time tables, weekly
reports and management logs — into that month's folder, as 'template all'
does. Once the owner's workbook of the week before is in the inbox, each
leader's management log starts with the action items still open in it, each
with its item ID, and each manager's call register with the follow-ups due
that week (the clients whose latest call in the earlier registers set a next
contact date in it), as rows to complete.

Run it on Friday, once the week's logs and registers are in the inbox. A
workbook of the week that is still the blank one 'template all' wrote is
replaced by the one carrying the work over; one anybody has changed is kept
unless --force is given.`,
			`A template week egy hét heti munkafüzeteit írja meg – hívásnaplók,
időbeosztások, heti jelentések és vezetői naplók – mindenkinek, aki
szerepel annak a hónapnak a tervében, amelyikre a hét hétfője esik,
ugyanabba a mappába, ahová a „template all” is. Ha a kitöltő előző heti
munkafüzete már az inboxban van, minden vezetői napló az abban még nyitott
feladatokkal indul, mindegyik a saját azonosítójával, minden értékesítő
hívásnaplója pedig a hétre esedékes utánkövetésekkel (azokkal az
ügyfelekkel, akiknél a korábbi naplók legutóbbi hívása erre a hétre tűzte
ki a következő kapcsolatfelvételt), kitöltendő sorokként.

Pénteken érdemes futtatni, amikor a hét hívásnaplói és vezetői naplói már
az inboxban vannak. A hét azon munkafüzetét, amely még a „template all”
által írt üres példány, lecseréli az áthozott munkát tartalmazóra;
amelyiken bárki változtatott, azt megtartja, hacsak nincs megadva a
--force.`),
		Example: a.help(`  salesrhythm template week                   # next week
  salesrhythm template week --week 2026-W50`, `  salesrhythm template week                   # a következő hét
  salesrhythm template week --week 2026-W50`),
		Args: cobra.NoArgs,
		RunE: command(func(cmd *cobra.Command, args []string) error {
			w, err := a.nextWeek(weekFlag)
			if err != nil {
				return err
			}
			cfg, err := a.loadConfigFor(cmd, nil, nextMonth)
			if err != nil {
				return err
			}
			cfg.Month = w.Start.MonthOf()
			o := templates.Options{Config: cfg, Schema: schema.New(cfg)}
			specs, err := a.weekSpecs(cmd.Context(), cfg, o.Schema, w, weekPlan, &o)
			if err != nil {
				return err
			}
			if err := a.carryOver(cmd.Context(), cfg, o.Schema, specs); err != nil {
				return err
			}
			_, n := w.Start.ISOWeek()
			return a.writeTemplates(cfg, a.text("Week %d (%s) of the %s batch", n, salesrhythm.FormatPeriod(w, a.locale), cfg.Month), specs, o, force)
		}),
	}
	week.Flags().StringVar(&weekFlag, "week", "", a.help("the week, `YYYY-Www` (default: next week)", "a hét, `ÉÉÉÉ-Whh` (alapértelmezés: a következő hét)"))
	week.Flags().StringVar(&weekPlan, "plan", "", a.help("the completed plan `FILE` of the month the week's Monday is in (default: found in the inbox)", "annak a hónapnak a kitöltött terve (`FÁJL`), amelyikre a hét hétfője esik (alapértelmezés: az inboxban talált)"))
	cmd.AddCommand(plan, all, week)

	for _, k := range salesrhythm.Kinds {
		kind := salesrhythm.Kind(k.Key)
		if kind == salesrhythm.KindPlan {
			continue
		}
		var person string
		var planFile string
		example := "M-001" // the demo's first manager, or its first lead for a leader's form
		if !kind.FilledBy(salesrhythm.Manager) {
			example = "L-01"
		}
		one := &cobra.Command{
			Use:     string(kind),
			Short:   a.kindShort(kind),
			Example: fmt.Sprintf("  salesrhythm template %s --month 2026-12 --person %s", kind, example),
			Args:    cobra.NoArgs,
			RunE: command(func(cmd *cobra.Command, args []string) error {
				cfg, p, o, err := a.templateSetup(cmd, planFile)
				if err != nil {
					return err
				}
				x, ok := p.Person(person)
				if !ok {
					return usageError(a.errorf("%s is not in the plan for %s", person, cfg.Month))
				}
				var specs []templates.Spec
				for _, s := range templates.Batch(p, cfg.Month, cfg) {
					if s.Kind == kind && salesrhythm.SameID(s.Person.ID, x.ID) {
						specs = append(specs, s)
					}
				}
				if len(specs) == 0 {
					return usageError(a.errorf("%s (%s) fills no %s in %s", x.ID, x.Role.Name(), kind.Name(), cfg.Month))
				}
				if err := a.carryOver(cmd.Context(), cfg, o.Schema, specs); err != nil {
					return err
				}
				return a.writeTemplates(cfg, cfg.Month.In(a.locale), specs, o, force)
			}),
		}
		one.Flags().String("month", "", a.monthUsage(true))
		one.Flags().StringVar(&person, "person", "", a.help("the person's `ID` (required)", "a munkatárs azonosítója, `AZONOSÍTÓ` (kötelező)"))
		one.Flags().StringVar(&planFile, "plan", "", a.planUsage())
		one.MarkFlagRequired("person")
		cmd.AddCommand(one)
	}
	return cmd
}

// nextWeek returns the week --week names, by default the week after
// today's.
func (a *app) nextWeek(flag string) (salesrhythm.Period, error) {
	if flag == "" {
		return salesrhythm.Week(salesrhythm.DateOf(a.now()).AddDays(7)), nil
	}
	w, err := salesrhythm.ParseWeek(flag)
	if err != nil {
		return w, usageError(fmt.Errorf("--week: %w", a.words(err)))
	}
	return w, nil
}

// weekSpecs returns the weekly workbooks of week w, from the batch of the
// month its Monday falls in (cfg.Month) and its plan, and, for a week that
// ends in the next month, those that month's batch issues to people the
// earlier one missed — everyone, when there is no plan for the Monday's
// month. It sets o's team to the plan they are made from.
func (a *app) weekSpecs(ctx context.Context, cfg salesrhythm.Config, sch *schema.Schema, w salesrhythm.Period, planFile string, o *templates.Options) ([]templates.Spec, error) {
	var p *salesrhythm.Plan
	var err error
	if planFile != "" {
		p, err = a.readPlanFile(ctx, planFile, cfg, sch, cfg.Month)
	} else {
		p, err = a.planOf(ctx, cfg, sch, cfg.Month)
	}
	if err != nil {
		return nil, err
	}
	var specs []templates.Spec
	if p != nil {
		for _, s := range templates.Batch(p, cfg.Month, cfg) {
			if s.Kind.Weekly() && s.Period == w {
				specs = append(specs, s)
			}
		}
		o.Team = p
	}
	if next := w.End.MonthOf(); next != cfg.Month {
		later, err := a.planOf(ctx, cfg, sch, next)
		if err != nil {
			return nil, err
		}
		if later != nil {
			if specs = append(specs, templates.Carryover(later, p, next, cfg.Calendar.Calendar())...); p == nil {
				o.Team = later
			}
		}
	}
	if o.Team == nil {
		return nil, inputError(a.errorf("no completed plan for %s in %s, the month the week of %s is issued with; put it in the inbox, or name it with --plan",
			cfg.Month, cfg.Paths.Inbox, w.Start))
	}
	return specs, nil
}

// monthKeys binds the --month flag to the config key.
var monthKeys = map[string]string{"month": "month"}

// templateSetup loads the configuration and the completed plan the
// workbooks are made from.
func (a *app) templateSetup(cmd *cobra.Command, planFile string) (salesrhythm.Config, *salesrhythm.Plan, templates.Options, error) {
	cfg, err := a.loadConfigFor(cmd, monthKeys, nextMonth)
	if err != nil {
		return cfg, nil, templates.Options{}, err
	}
	sch := schema.New(cfg)
	var p *salesrhythm.Plan
	if planFile != "" {
		p, err = a.readPlanFile(cmd.Context(), planFile, cfg, sch, cfg.Month)
	} else {
		p, err = a.findPlan(cmd.Context(), cfg, sch)
	}
	if err != nil {
		return cfg, nil, templates.Options{}, err
	}
	return cfg, p, templates.Options{Config: cfg, Schema: sch, Team: p}, nil
}

// readPlanFile reads a completed plan, printing its problems.
func (a *app) readPlanFile(ctx context.Context, path string, cfg salesrhythm.Config, sch *schema.Schema, month salesrhythm.Month) (*salesrhythm.Plan, error) {
	f, findings, err := importer.ReadPlan(path, importer.Options{Config: cfg, Schema: sch})
	if err != nil {
		return nil, err
	}
	a.printPlanFindings(findings)
	if f == nil || len(f.Team) == 0 {
		return nil, inputError(a.errorf("%s: no team could be read from it", path))
	}
	if !month.IsZero() && f.Month != month {
		a.say("note: %s is the plan for %s; using it for %s", path, f.Month, month)
	}
	return f, nil
}

// kindShort is the summary of 'template <kind>': how many workbooks of
// the kind one person gets a month.
func (a *app) kindShort(kind salesrhythm.Kind) string {
	label := strings.ToLower(salesrhythm.LabelOf(salesrhythm.Kinds, string(kind)).In(a.locale))
	switch {
	case kind.Weekly():
		return fmt.Sprintf(a.help("Write one person's %s workbooks of the month, one a week", "Egy munkatárs munkafüzetei a hónapra: %s, hetente egy"), label)
	case kind == salesrhythm.KindOneOnOne:
		return a.help("Write a leader's one-on-one sheets of the month, one for each talk due with each direct report",
			"Egy vezető egyéni beszélgetési feljegyzései a hónapra, minden közvetlen beosztottjával minden esedékes beszélgetésre egy")
	}
	return fmt.Sprintf(a.help("Write one person's %s of the month", "Egy munkatárs munkafüzete a hónapra: %s"), label)
}

// carriedPlan reads the plan a new one carries the team over from: the
// file from names or, when from is a month and no such file exists, that
// month's completed plan in the inbox.
func (a *app) carriedPlan(ctx context.Context, from string, cfg salesrhythm.Config, sch *schema.Schema) (*salesrhythm.Plan, error) {
	m, err := salesrhythm.ParseMonth(from)
	if _, statErr := os.Stat(from); err != nil || statErr == nil {
		return a.readPlanFile(ctx, from, cfg, sch, salesrhythm.Month{})
	}
	p, err := a.planOf(ctx, cfg, sch, m)
	if err != nil {
		return nil, err
	}
	if p == nil {
		return nil, inputError(a.errorf("no completed plan for %s in %s to carry the team over from; name its file with --from", m, cfg.Paths.Inbox))
	}
	return p, nil
}

// findPlan finds the month's completed plan in the inbox.
func (a *app) findPlan(ctx context.Context, cfg salesrhythm.Config, sch *schema.Schema) (*salesrhythm.Plan, error) {
	p, err := a.planOf(ctx, cfg, sch, cfg.Month)
	if err != nil {
		return nil, err
	}
	if p == nil {
		return nil, inputError(a.errorf("no completed plan for %s in %s; fill in the plan workbook ('salesrhythm template plan --month %s') and put it in the inbox, or name it with --plan",
			cfg.Month, cfg.Paths.Inbox, cfg.Month.String()))
	}
	return p, nil
}

// planOf reads the inbox for month m's plan, printing the problems of the
// plan workbooks only (the rest of the inbox is not read); nil when there
// is none.
func (a *app) planOf(ctx context.Context, cfg salesrhythm.Config, sch *schema.Schema, m salesrhythm.Month) (*salesrhythm.Plan, error) {
	if err := inboxExists(cfg); err != nil {
		return nil, err
	}
	res, err := importer.FindPlan(ctx, cfg.Paths.Inbox, m, importer.Options{Config: cfg, Schema: sch, Skip: []string{cfg.Paths.Output}})
	if err != nil {
		return nil, cannotRun(err)
	}
	plans := map[string]bool{}
	for _, f := range res.Files {
		if f.Kind == salesrhythm.KindPlan && f.Status == importer.StatusRead {
			plans[f.Path] = true
		}
	}
	var fs []salesrhythm.Finding
	for _, f := range res.Findings {
		if plans[f.File] {
			fs = append(fs, f)
		}
	}
	a.printPlanFindings(fs)
	return res.Plan, nil
}

// printPlanFindings prints the problems of a completed plan the
// workbooks are made from, and, when there are errors, what they cost.
func (a *app) printPlanFindings(fs []salesrhythm.Finding) {
	a.printFindings(fs)
	if errs := salesrhythm.SeverityCount(fs, salesrhythm.Error); errs > 0 {
		fprintf(a.stderr, "%s\n", a.text("%s in the plan: what could not be read is left out of the workbooks made from it (a target not read is not shown). Fix the plan and write them again with --force.",
			salesrhythm.Tr("%d errors", errs)))
	}
}

// carryOver pre-fills the specs of the kinds that carry over (Kind.
// CarriedOver) from their owners' completed workbooks of the kind in the
// inbox from before each spec's period, printing the problems of the
// latest ones: the client profiles from the latest of an earlier month, the
// management log with the open action items of the log of the week before,
// and the call register with the follow-ups due in its week, from every
// earlier register.
//
// A weekly workbook carries over only once its owner's workbook of the
// week before (or of the last week with a working day) is in the inbox:
// until then the state of a log's items is not known, and carrying them
// from an older log would undo what that week changed; nor are a
// register's follow-ups, some of which that week set. Run again once it is
// in (any Friday), and the blank workbook written before is filled in.
func (a *app) carryOver(ctx context.Context, cfg salesrhythm.Config, sch *schema.Schema, specs []templates.Spec) error {
	var kinds []salesrhythm.Kind
	var before salesrhythm.Date
	for _, s := range specs {
		if s.Kind.CarriedOver() && !slices.Contains(kinds, s.Kind) {
			kinds = append(kinds, s.Kind)
		}
		if s.Kind.CarriedOver() && s.Period.Start.After(before) {
			before = s.Period.Start
		}
	}
	if len(kinds) == 0 {
		return nil
	}
	earlier, err := importer.Latest(ctx, cfg.Paths.Inbox, before, kinds, importer.Options{Config: cfg, Schema: sch, Skip: []string{cfg.Paths.Output}})
	if err != nil {
		return cannotRun(err)
	}
	a.printFindings(earlier.Findings)
	cal := cfg.Calendar.Calendar()
	carried, all, rows := map[salesrhythm.Kind]int{}, map[salesrhythm.Kind]int{}, map[salesrhythm.Kind]int{}
	for i := range specs {
		s := &specs[i]
		if !s.Kind.CarriedOver() {
			continue
		}
		all[s.Kind]++
		past := earlier.Before(s.Kind, s.Person.ID, s.Period.Start)
		if len(past) == 0 {
			continue
		}
		from := past[len(past)-1]
		if s.Kind.Weekly() && !weekBefore(*from.Period, s.Period, cal) {
			continue
		}
		prev := from.Records
		if s.Kind == salesrhythm.KindCallRegister {
			prev = &salesrhythm.Records{}
			for _, p := range past {
				prev.Calls = append(prev.Calls, p.Records.Calls...)
			}
		}
		if s.Records = templates.Carried(*s, prev); s.Records != nil {
			carried[s.Kind]++
			rows[s.Kind] += len(s.Records.Actions) + len(s.Records.Calls)
		}
	}
	for _, k := range kinds {
		name := salesrhythm.LabelOf(salesrhythm.Kinds, string(k))
		var rest any = ""
		if carried[k] < all[k] {
			rest = salesrhythm.Tr(" (the rest start blank)")
		}
		switch {
		case carried[k] == 0:
			a.say("%s: nothing in the inbox to carry over, so all %d start blank.", name, all[k])
		case k == salesrhythm.KindManagementLog:
			a.say("%s: %d of %d carry over %s from their owner's log of the week before in the inbox%s.",
				name, carried[k], all[k], salesrhythm.Tr("%d open action items", rows[k]), rest)
		case k == salesrhythm.KindCallRegister:
			a.say("%s: %d of %d carry over %s from their owner's registers in the inbox, up to the week before%s.",
				name, carried[k], all[k], salesrhythm.Tr("%d follow-ups due in their week", rows[k]), rest)
		default:
			a.say("%s: %d of %d carried over from their owner's latest completed one in the inbox%s.",
				name, carried[k], all[k], rest)
		}
	}
	return nil
}

// weekBefore reports whether week p comes right before week q: no week
// between them has a working day.
func weekBefore(p, q salesrhythm.Period, cal salesrhythm.Calendar) bool {
	for w := salesrhythm.Week(p.End.AddDays(1)); w.Start.Before(q.Start); w = salesrhythm.Week(w.End.AddDays(1)) {
		if cal.CountWorkingDays(w) > 0 {
			return false
		}
	}
	return p.Start.Before(q.Start)
}

// writeTemplates writes specs, which what names (the month, or a week of
// its batch), under the output folder and prints counts.
func (a *app) writeTemplates(cfg salesrhythm.Config, what string, specs []templates.Spec, o templates.Options, force bool) error {
	dir := filepath.Join(cfg.Paths.Output, "templates")
	if err := outsideInbox(cfg, "the output folder, set by --output or paths.output", dir); err != nil {
		return err
	}
	a.log.Debug("writing templates", "count", len(specs), "dir", dir)
	bar := a.progress(a.text("writing"))
	o.Progress = bar.update
	r, err := templates.WriteAll(dir, specs, o, force)
	bar.done()
	if err != nil {
		return cannotRun(err)
	}
	counts := map[salesrhythm.Kind]int{}
	people := map[string]bool{}
	for _, s := range specs {
		counts[s.Kind]++
		people[s.Person.ID] = true
	}
	a.say("%s: %s written, %d kept (already there; --force replaces them) in %s",
		what, salesrhythm.Tr("%d workbooks", len(r.Written)), len(r.Kept), filepath.Join(dir, cfg.Month.String()))
	if len(r.Filled) > 0 {
		a.say("  %d of them replaced the blank workbook written before, to carry work over into it; a workbook anyone has changed is kept.", len(r.Filled))
	}
	width := 0
	for _, k := range salesrhythm.Kinds {
		width = max(width, utf8.RuneCountInString(k.Label.In(a.locale)))
	}
	for _, k := range salesrhythm.Kinds {
		if n := counts[salesrhythm.Kind(k.Key)]; n > 0 {
			a.say("  %-*s %5d", width, k.Label, n)
		}
	}
	if len(r.Written) == 1 {
		a.say("  %s", r.Written[0])
	}
	return nil
}
