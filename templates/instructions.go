package templates

import (
	"fmt"
	"math"
	"strings"

	"salesrhythm"
	"salesrhythm/schema"
)

// para is one line of the Instructions sheet.
type para struct {
	style int
	text  string
}

// writeInstructions writes the Instructions sheet: what the workbook is for,
// how to fill it in, what each field means, the norms and targets that apply,
// and who to hand it to.
func (b *book) writeInstructions(sheet string) {
	var ps []para
	add := func(style int, format string, args ...any) {
		ps = append(ps, para{style, fmt.Sprintf(format, args...)})
	}
	l := b.loc
	add(b.st.body, "%s", b.desc.Help.In(l))
	add(0, "")
	add(b.st.heading, "%s", t("How to fill it in", "Kitöltés").In(l))
	for i, step := range b.steps() {
		add(b.st.body, "%d. %s", i+1, step)
	}
	for _, s := range b.desc.Sheets {
		add(0, "")
		add(b.st.heading, "%s: %s", t("Sheet", "Munkalap").In(l), s.Name.In(l))
		if h := s.Help.In(l); h != "" {
			add(b.st.body, "%s", h)
		}
		if s.Layout == schema.Grid {
			add(b.st.body, "%s", b.gridHelp())
			continue
		}
		for _, c := range s.Columns {
			if c.Fixed {
				continue
			}
			add(b.st.body, "• %s %s %s", c.Label.In(l), t("—", "–").In(l), b.fieldHelp(&s, &c))
		}
	}
	if lines := b.appliesHere(); len(lines) > 0 {
		add(0, "")
		add(b.st.heading, "%s", t("What applies to you", "Ami Önre vonatkozik").In(l))
		for _, line := range lines {
			add(b.st.body, "• %s", line)
		}
	}
	add(0, "")
	add(b.st.heading, "%s", t("When it is done", "Leadás").In(l))
	add(b.st.body, "%s", b.handIn())

	b.title(sheet)
	for i, p := range ps {
		row := HeaderRow + i
		if p.text == "" {
			continue
		}
		text := p.text
		lines := salesrhythm.WrappedLines(text, instructionsWidth, 1.1)
		if strings.Contains(text, holeStart) {
			lines = 2 // the text is filled in per person: room for two lines
			if b.holes != nil {
				text = b.holes.Replace(text)
			}
		}
		b.str(sheet, 1, row, text)
		b.style(sheet, 1, row, 1, row, p.style)
		if lines > 1 {
			b.check(b.f.SetRowHeight(sheet, row, float64(lines)*15))
		}
	}
	b.check(b.f.SetColWidth(sheet, "A", "A", instructionsWidth))
	b.protect(sheet)
	b.printSetup(sheet, 0)
}

const instructionsWidth = 110

func (b *book) steps() []string {
	l := b.loc
	steps := []string{
		t("Fill in the white cells. Grey and blue cells are filled in for you and locked.",
			"A fehér cellákat töltse ki. A szürke és a kék cellákat előre kitöltöttük; ezek zárolva vannak.").In(l),
		t("Where a cell shows a drop-down arrow, pick from the list.",
			"Ahol a cella mellett nyíl jelenik meg, válasszon a legördülő listából.").In(l),
	}
	if b.has(schema.Date) || b.has(schema.Time) {
		steps = append(steps, salesrhythm.Msg("Type dates as %s and times as 09:00.", "A dátumot így írja: %s, az időpontot így: 09:00.").In(l, b.spec.Period.Start))
	}
	return append(steps,
		t("Keep the sheets, the headers and the .xlsx format. The workbook carries its owner and period inside, so the file name does not matter.",
			"A munkalapokat, a fejléceket és az .xlsx formátumot tartsa meg. A munkafüzet magában hordozza, kié és melyik időszakra szól, így a fájlnév nem számít.").In(l),
		t("The sheets are protected without a password so labels are not overwritten by accident; you can still sort, filter and widen columns.",
			"A munkalapok jelszó nélkül védettek, hogy a feliratokat ne lehessen véletlenül felülírni; rendezni, szűrni és oszlopot szélesíteni így is lehet.").In(l))
}

// has reports whether a sheet of the workbook has a column of type typ
// that people fill in.
func (b *book) has(typ schema.Type) bool {
	for _, s := range b.desc.Sheets {
		for _, c := range s.Columns {
			if c.Type == typ && !c.Fixed {
				return true
			}
		}
	}
	return false
}

// fieldHelp explains one field: its own help, then what it accepts, then
// whether it is required, each a sentence of its own; a field the template
// fills on carried rows, only its help.
func (b *book) fieldHelp(s *schema.Sheet, c *schema.Column) string {
	l := b.loc
	if c.Carried {
		return c.Help.In(l)
	}
	p := b.spec.Period
	var what string
	switch c.Type {
	case schema.Text, schema.LongText:
		what = t("text", "szöveg").In(l)
	case schema.Date:
		what = salesrhythm.Msg("a date, e.g. %s", "dátum, például: %s").In(l, p.Start)
		if s.Dated == c.Key {
			what = salesrhythm.Msg("a date from %s to %s", "%s és %s közötti dátum").In(l, p.Start, p.End)
		}
	case schema.Time:
		what = t("a time of day, e.g. 09:00", "időpont, például: 09:00").In(l)
	case schema.Count:
		what = t("a whole number", "egész szám").In(l)
	case schema.Minutes:
		what = t("a whole number of minutes", "egész szám, percben").In(l)
	case schema.Money:
		what = salesrhythm.Msg("an amount in %s, without the currency", "összeg, pénznem nélkül (%s)").In(l, salesrhythm.CurrencyName(b.o.Config.Currency, l))
	case schema.Choice:
		what = salesrhythm.Msg("one of: %s", "választható: %s").In(l, salesrhythm.Join(labels(c.Choices, l)...))
	case schema.YesNo:
		what = strings.Join(labels(salesrhythm.YesNo, l), t(" or ", " vagy ").In(l)) // not "Answer — answer: …"
	case schema.Person:
		what = t("a person's ID from the list", "egy munkatárs azonosítója a listából").In(l)
	case schema.People:
		what = t("one or more IDs from the list, separated by commas", "egy vagy több azonosító a listából, vesszővel elválasztva").In(l)
		if c.Help.In(l) != "" {
			what = "" // the column's help says it
		}
	}
	var out []string
	if h := c.Help.In(l); h != "" {
		out = append(out, h)
	}
	if what != "" {
		out = append(out, sentence(what))
	}
	if c.Required {
		out = append(out, t("Required.", "Kötelező.").In(l))
	}
	return strings.Join(out, " ")
}

// sentence is s with a capital and a full stop: one full stop, since a
// Hungarian date already ends with one.
func sentence(s string) string {
	s = salesrhythm.Capitalise(s)
	if !strings.HasSuffix(s, ".") {
		s += "."
	}
	return s
}

func (b *book) gridHelp() string {
	l := b.loc
	tt := b.o.Config.TimeTable
	var active []string
	for _, a := range tt.Activities {
		if a.Active {
			active = append(active, a.Label.In(l))
		}
	}
	return salesrhythm.Msg("Each row is a %d-minute slot from %s to %s, each column a working day of the week. Pick one activity per slot: %s. Active selling time: %s.",
		"Minden sor egy %d perces idősáv %s és %s között, minden oszlop a hét egy munkanapja. Idősávonként egy tevékenységet válasszon: %s. Aktív értékesítési idő: %s.").In(l,
		tt.SlotMinutes, tt.DayStart, tt.DayEnd, salesrhythm.Join(labels(tt.Choices(), l)...), salesrhythm.Join(active...))
}

// appliesHere lists the norms of the person's role and, for managers, the
// person's targets (a hole, filled in per person by stamp).
func (b *book) appliesHere() []string {
	l := b.loc
	var out []string
	p := b.spec.Person
	switch b.spec.Kind {
	case salesrhythm.KindManagementLog, salesrhythm.KindOneOnOne:
		for _, n := range b.o.Config.Norms {
			if n.AppliesTo(p.Role) && n.Count > 0 && (b.spec.Kind == salesrhythm.KindManagementLog || n.Event == salesrhythm.EventOneOnOne) {
				out = append(out, n.Label.In(l)+": "+n.Describe(l))
			}
		}
	case salesrhythm.KindClientProfiles:
		cc := b.o.Config.Clients
		if len(cc.Potentials) > 0 {
			out = append(out, salesrhythm.Msg("Call every client of the highest potential (%s) at least once a month.", "Havonta legalább egyszer hívja fel a legmagasabb potenciálú ügyfeleket (potenciál: %s).").In(l, cc.Potentials[0].Label))
		}
		out = append(out, salesrhythm.Msg("A client not contacted for more than %d days counts as dormant.", "Alvónak számít az az ügyfél, akivel több mint %d napja nem volt kapcsolat.").In(l, cc.DormantDays))
	}
	if b.o.Team != nil && p.Role == salesrhythm.Manager {
		out = append(out, holeTargets)
	}
	return out
}

// targetsLine states a manager's targets for the month of the plan the
// workbook is issued with: December's for the week of 30 November issued
// with December's batch.
func targetsLine(spec Spec, o Options) string {
	l := o.Config.Locale
	m := spec.Period.Start.MonthOf()
	if o.Team != nil && !o.Team.Month.IsZero() {
		m = o.Team.Month
	}
	month := salesrhythm.FormatMonth(m, l)
	var parts []string
	if o.Team != nil {
		tg := o.Team.Targets[spec.Person.ID]
		for _, m := range salesrhythm.Measures {
			v := tg.Get(salesrhythm.Measure(m.Key))
			switch {
			case v == 0:
			case m.Key == string(salesrhythm.Revenue):
				parts = append(parts, strings.ToLower(m.Label.In(l))+": "+salesrhythm.FormatMoney(v, o.Config.Currency, l))
			default:
				parts = append(parts, strings.ToLower(m.Label.In(l))+": "+salesrhythm.FormatDecimal(v, decimals(v), l))
			}
		}
	}
	if len(parts) == 0 {
		return salesrhythm.Msg("No targets were set for you for %s.", "Erre a hónapra (%s) nincs megadott célja.").In(l, month)
	}
	return salesrhythm.Msg("Your targets for %s: %s.", "Az Ön céljai (%s): %s.").In(l, month, strings.Join(parts, "; "))
}

// handTo names the person a workbook is handed to: the owner's leader.
func handTo(spec Spec, o Options) string {
	if o.Team != nil && spec.Person.ReportsTo != "" {
		if boss, ok := o.Team.Person(spec.Person.ReportsTo); ok {
			return boss.Name + " (" + boss.ID + ")"
		}
	}
	return t("the monthly report's organiser", "a havi jelentés összeállítója").In(o.Config.Locale)
}

// handIn says who gets the workbook and by when.
func (b *book) handIn() string {
	l := b.loc
	if b.spec.Kind == salesrhythm.KindPlan {
		return salesrhythm.Msg("Save it and put it in the inbox folder before %s starts. Then run 'salesrhythm template all' to make every workbook of the month.",
			"Mentse el, és még a hónap (%s) kezdete előtt tegye az inbox mappába. Ezután a „salesrhythm template all” parancs elkészíti a hónap összes munkafüzetét.").In(l,
			b.spec.Period.Start.MonthOf())
	}
	due := b.spec.Period.End.AddDays(1)
	if !b.spec.Kind.Weekly() {
		days := b.o.Config.Calendar.Calendar().WorkingDays(b.spec.Period)
		if len(days) > 0 {
			due = days[len(days)-1]
		}
	}
	return salesrhythm.Msg("Save it and hand it to %s by %s (%s). Keep filling it in as you go; do not wait for the deadline.",
		"Mentse el, és adja le. Leadás: %s, határidő: %s (%s). Ne hagyja az utolsó pillanatra: töltse ki folyamatosan.").In(l,
		holeHandTo, due, salesrhythm.Weekday(due.Weekday()))
}

// decimals is how many decimals a target shows: none for a whole number.
func decimals(v float64) int {
	if v == math.Trunc(v) {
		return 0
	}
	return 2
}
