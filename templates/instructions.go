package templates

import (
	"fmt"
	"strings"
	"unicode/utf8"

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
	add(b.st.heading, "%s", t("How to fill it in", "Hogyan töltse ki").In(l))
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
			add(b.st.body, "• %s — %s", c.Label.In(l), b.fieldHelp(&s, &c))
		}
	}
	if lines := b.appliesHere(); len(lines) > 0 {
		add(0, "")
		add(b.st.heading, "%s", t("What applies to you", "Ami önre vonatkozik").In(l))
		for _, line := range lines {
			add(b.st.body, "• %s", line)
		}
	}
	add(0, "")
	add(b.st.heading, "%s", t("When it is done", "Ha elkészült").In(l))
	add(b.st.body, "%s", b.handIn())

	b.title(sheet)
	for i, p := range ps {
		row := HeaderRow + i
		if p.text == "" {
			continue
		}
		text := p.text
		lines := wrappedLines(text, instructionsWidth)
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

// wrappedLines estimates how many lines text takes in a wrapped column of
// width characters; spreadsheet programs do not grow rows on opening.
func wrappedLines(text string, width int) int {
	lines, n := 1, 0
	for _, word := range strings.Fields(text) {
		w := utf8.RuneCountInString(word)
		if n > 0 && n+1+w > width*9/10 {
			lines++
			n = 0
		}
		if n > 0 {
			n++
		}
		n += w
	}
	return lines
}

func (b *book) steps() []string {
	l := b.loc
	example := salesrhythm.FormatDate(b.spec.Period.Start, l)
	return []string{
		t("Fill in the white cells. Grey and blue cells are filled in for you and locked.",
			"A fehér cellákat töltse ki. A szürke és kék cellákat előre kitöltöttük, ezek zároltak.").In(l),
		t("Where a cell shows a drop-down arrow, pick from the list.",
			"Ahol a cella mellett lenyíló nyíl jelenik meg, válasszon a listából.").In(l),
		fmt.Sprintf(t("Type dates as %s and times as 09:00.", "A dátumot így írja: %s, az időpontot így: 09:00.").In(l), example),
		t("Keep the sheets, the headers and the .xlsx format. The workbook carries its owner and period inside, so the file name does not matter.",
			"A munkalapokat, a fejléceket és az .xlsx formátumot tartsa meg. A munkafüzet magában hordozza, kié és melyik időszakra szól, így a fájlnév nem számít.").In(l),
		t("The sheets are protected without a password so labels are not overwritten by accident; you can still sort, filter and widen columns.",
			"A munkalapok jelszó nélkül védettek, hogy a feliratokat ne lehessen véletlenül felülírni; rendezni, szűrni és oszlopot szélesíteni így is lehet.").In(l),
	}
}

// fieldHelp explains one field: its own help, then what it accepts; a
// field the template fills on carried rows, only its help.
func (b *book) fieldHelp(s *schema.Sheet, c *schema.Column) string {
	l := b.loc
	if c.Carried {
		return c.Help.In(l)
	}
	var what string
	switch c.Type {
	case schema.Text, schema.LongText:
		what = t("text", "szöveg").In(l)
	case schema.Date:
		what = fmt.Sprintf(t("a date, e.g. %s", "dátum, pl. %s").In(l), salesrhythm.FormatDate(b.spec.Period.Start, l))
		if s.Dated == c.Key {
			what += fmt.Sprintf(t(", within %s", ", ebben az időszakban: %s").In(l), salesrhythm.FormatPeriod(b.spec.Period, l))
		}
	case schema.Time:
		what = t("a time of day, e.g. 09:00", "időpont, pl. 09:00").In(l)
	case schema.Count:
		what = t("a whole number", "egész szám").In(l)
	case schema.Minutes:
		what = t("a whole number of minutes", "percek száma egész számmal").In(l)
	case schema.Money:
		what = fmt.Sprintf(t("an amount in %s", "összeg (%s)").In(l), b.o.Config.Currency)
	case schema.Choice:
		what = t("one of: ", "ezek egyike: ").In(l) + strings.Join(labels(c.Choices, l), ", ")
	case schema.YesNo:
		what = strings.Join(labels(salesrhythm.YesNo, l), " / ")
	case schema.Person:
		what = t("a person's ID from the list", "egy munkatárs azonosítója a listából").In(l)
	case schema.People:
		what = t("one or more IDs from the list, separated by commas", "egy vagy több azonosító a listából, vesszővel elválasztva").In(l)
	}
	if c.Required {
		what += t(" (required)", " (kötelező)").In(l)
	}
	what = salesrhythm.Capitalise(what)
	if !strings.HasSuffix(what, ".") {
		what += "."
	}
	if h := c.Help.In(l); h != "" {
		return h + " " + what
	}
	return what
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
	return fmt.Sprintf(t("Each row is a %d-minute slot from %s to %s, each column a working day of the week. Pick one activity per slot: %s. Active selling time: %s.",
		"Minden sor egy %d perces idősáv %s és %s között, minden oszlop a hét egy munkanapja. Idősávonként egy tevékenységet válasszon: %s. Aktív értékesítési idő: %s.").In(l),
		tt.SlotMinutes, tt.DayStart, tt.DayEnd, strings.Join(labels(tt.Choices(), l), ", "), strings.Join(active, ", "))
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
			out = append(out, fmt.Sprintf(t("Call every client of the highest potential (%s) at least once a month.", "Havonta legalább egyszer hívja fel a legmagasabb potenciálú ügyfeleket (potenciál: %s).").In(l), cc.Potentials[0].Label.In(l)))
		}
		out = append(out, fmt.Sprintf(t("A client not contacted for more than %d days counts as dormant.", "Alvónak számít az az ügyfél, akivel több mint %d napja nem volt kapcsolat.").In(l), cc.DormantDays))
	}
	if b.o.Team != nil && p.Role == salesrhythm.Manager {
		out = append(out, holeTargets)
	}
	return out
}

// targetsLine states a manager's targets for the month.
func targetsLine(spec Spec, o Options) string {
	l := o.Config.Locale
	month := salesrhythm.FormatMonth(spec.Period.Start.MonthOf(), l)
	var parts []string
	if o.Team != nil {
		tg := o.Team.Targets[spec.Person.ID]
		for _, m := range salesrhythm.Measures {
			v := tg.Get(salesrhythm.Measure(m.Key))
			switch {
			case v == 0:
			case m.Key == string(salesrhythm.Revenue):
				parts = append(parts, m.Label.In(l)+": "+salesrhythm.FormatMoney(v, o.Config.Currency, l))
			default:
				parts = append(parts, fmt.Sprintf("%s: %g", m.Label.In(l), v))
			}
		}
	}
	if len(parts) == 0 {
		return fmt.Sprintf(t("No targets were set for you for %s.", "Önnek nincs megadott célja erre az időszakra: %s.").In(l), month)
	}
	return fmt.Sprintf(t("Your targets for %s: %s.", "Az ön céljai (%s): %s.").In(l), month, strings.Join(parts, "; "))
}

// handTo names the person a workbook is handed to: the owner's leader.
func handTo(spec Spec, o Options) string {
	if o.Team != nil && spec.Person.ReportsTo != "" {
		if boss, ok := o.Team.Person(spec.Person.ReportsTo); ok {
			return boss.Name + " (" + boss.ID + ")"
		}
	}
	return t("the person who collects the workbooks for the monthly report", "annak, aki a havi jelentéshez összegyűjti a munkafüzeteket").In(o.Config.Locale)
}

// handIn says who gets the workbook and by when.
func (b *book) handIn() string {
	l := b.loc
	if b.spec.Kind == salesrhythm.KindPlan {
		return fmt.Sprintf(t("Save it and put it in the inbox folder before %s starts. Then run 'salesrhythm template all' to make every workbook of the month.",
			"Mentse, és tegye a beérkező mappába %s kezdete előtt. Ezután a 'salesrhythm template all' parancs elkészíti a hónap összes munkafüzetét.").In(l),
			salesrhythm.FormatMonth(b.spec.Period.Start.MonthOf(), l))
	}
	due := b.spec.Period.End.AddDays(1)
	if !b.spec.Kind.Weekly() {
		days := b.o.Config.Calendar.Calendar().WorkingDays(b.spec.Period)
		if len(days) > 0 {
			due = days[len(days)-1]
		}
	}
	return fmt.Sprintf(t("Save it and hand it to %s by %s. Keep filling it in as you go; do not wait for the deadline.",
		"Mentse, és adja le neki: %s, legkésőbb %s. Folyamatosan töltse, ne a határidőre várjon.").In(l),
		holeHandTo, salesrhythm.FormatDate(due, l)+" ("+salesrhythm.WeekdayName(due.Weekday(), l)+")")
}
