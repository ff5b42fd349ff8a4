package report

import (
	"fmt"
	"slices"
	"strings"

	"salesrhythm"
	"salesrhythm/analysis"
)

// submissions writes who owed which workbook for which week, and what came.
func (b *book) submissions() {
	s := b.in.Result.Submissions
	sheet := b.newSheet(t("Submissions", "Leadások"), salesrhythm.Msg("%d of the %d due received", "a várt %[2]d munkafüzetből %[1]d beérkezett").In(b.loc, len(s.Received), len(s.Expected)))
	weeks := salesrhythm.Weeks(b.in.Result.Month)
	cols := []column{col("ID", "Azonosító", 10), col("Name", "Név", 22), col("Workbook", "Munkafüzet", 20)}
	for _, w := range weeks {
		_, n := w.Start.ISOWeek()
		cols = append(cols, column{t(fmt.Sprintf("Week %d (%s)", n, w.Start), fmt.Sprintf("%d. hét (%s)", n, salesrhythm.FormatDate(w.Start, salesrhythm.Hungarian))), 13})
	}
	cols = append(cols, col("Month", "Hónap", 11))

	type key struct {
		person string
		kind   salesrhythm.Kind
	}
	cellText := map[key][]string{}
	var keys []key
	at := func(k key) []string {
		if _, ok := cellText[k]; !ok {
			cellText[k] = make([]string, len(weeks)+1)
			keys = append(keys, k)
		}
		return cellText[k]
	}
	slot := func(w analysis.Workbook) int {
		if !w.Kind.Weekly() {
			return len(weeks)
		}
		for i, wk := range weeks {
			if wk == w.Period {
				return i
			}
		}
		return len(weeks)
	}
	received := t("✓ received", "✓ beérkezett").In(b.loc)
	missing := t("✗ missing", "✗ hiányzik").In(b.loc)
	// The plan is the director's, but a received plan names nobody: show
	// it on one row either way.
	owner := func(person string, k salesrhythm.Kind) string {
		if k == salesrhythm.KindPlan {
			return ""
		}
		return person
	}
	notYet := t("… not due yet", "… még nem esedékes").In(b.loc)
	for _, w := range s.NotYetDue {
		at(key{owner(w.Person, w.Kind), w.Kind})[slot(w)] = notYet
	}
	for _, w := range s.Expected {
		at(key{owner(w.Person, w.Kind), w.Kind})[slot(w)] = missing
	}
	for _, w := range s.Received {
		text := received
		if len(w.Superseded) > 0 {
			text = fmt.Sprintf(t("✓ received %d×", "✓ %d× beérkezett").In(b.loc), len(w.Superseded)+1)
		}
		at(key{owner(w.Person, w.Kind), w.Kind})[slot(analysis.Workbook{Kind: w.Kind, Person: w.Person, Period: w.Period})] = text
	}
	// A leader owes several one-on-one sheets a month: their cell counts them.
	talks := map[key][3]int{} // due, received, not due yet
	count := func(ws []analysis.Workbook, i int) {
		for _, w := range ws {
			if w.Kind.PerTalk() {
				c := talks[key{w.Person, w.Kind}]
				c[i]++
				talks[key{w.Person, w.Kind}] = c
			}
		}
	}
	count(s.Expected, 0)
	count(s.NotYetDue, 2)
	for _, w := range s.Received {
		if w.Kind.PerTalk() {
			c := talks[key{w.Person, w.Kind}]
			c[1]++
			talks[key{w.Person, w.Kind}] = c
		}
	}
	for k, c := range talks {
		mark := "✓"
		if c[1] < c[0] {
			mark = "✗"
		}
		text := mark + " " + fmt.Sprintf(t("%d of %d received", "%d / %d beérkezett").In(b.loc), c[1], c[0])
		switch {
		case c[2] > 0 && c[0] == 0:
			text = notYet
		case c[2] > 0:
			text += fmt.Sprintf(t(", %d not due yet", ", további %d még nem esedékes").In(b.loc), c[2])
		}
		at(k)[len(weeks)] = text
	}
	slices.SortFunc(keys, func(a, b key) int {
		if c := strings.Compare(a.person, b.person); c != 0 {
			return c
		}
		return kindOrder(a.kind) - kindOrder(b.kind)
	})
	var rows [][]any
	for _, k := range keys {
		row := []any{k.person, b.name(k.person), salesrhythm.LabelOf(salesrhythm.Kinds, string(k.kind)).In(b.loc)}
		for _, v := range cellText[k] {
			row = append(row, v)
		}
		rows = append(rows, row)
	}
	next := b.table(sheet, "submissions", headerRow, cols, rows)
	b.freeze(sheet, 3)
	b.heading(sheet, next, t("Received more than once", "Többször beérkezett").In(b.loc))
	var drows [][]any
	for _, d := range s.Duplicates {
		drows = append(drows, []any{d.Person, salesrhythm.LabelOf(salesrhythm.Kinds, string(d.Kind)).In(b.loc), salesrhythm.FormatPeriod(d.Period, b.loc), d.File, strings.Join(d.Superseded, ", ")})
	}
	next = b.table(sheet, "duplicates", next+1, []column{col("ID", "Azonosító", 0), col("Workbook", "Munkafüzet", 0), col("Period", "Időszak", 0),
		col("Counted", "Figyelembe vett", 0), col("Ignored (older)", "Figyelmen kívül hagyva (régebbi)", 30)}, drows)
	listed := func(name string, title salesrhythm.Text, subs []salesrhythm.Submission) {
		b.heading(sheet, next, title.In(b.loc))
		var rows [][]any
		for _, u := range subs {
			rows = append(rows, []any{u.Person, salesrhythm.LabelOf(salesrhythm.Kinds, string(u.Kind)).In(b.loc), salesrhythm.FormatPeriod(u.Period, b.loc), u.File})
		}
		next = b.table(sheet, name, next+1, []column{col("ID", "Azonosító", 0), col("Workbook", "Munkafüzet", 0), col("Period", "Időszak", 0), fileCol(0)}, rows)
	}
	listed("unexpected", t("Not expected", "Nem várt munkafüzetek"), s.Unexpected)
	listed("context", t("Due in a neighbouring month, read for this one", "A szomszédos hónapra esedékes, ehhez is beolvasva"), s.Context)
	b.note(sheet, next, CountWorkbooks(b.in).Describe(b.loc))
}

func kindOrder(k salesrhythm.Kind) int {
	for i, c := range salesrhythm.Kinds {
		if c.Key == string(k) {
			return i
		}
	}
	return len(salesrhythm.Kinds)
}

// dataQuality lists every finding, the costliest first: what each keeps out
// of the figures is in its last column.
func (b *book) dataQuality() {
	notYet := 0
	for _, f := range b.in.Findings {
		if f.Code == salesrhythm.CodeNotYet {
			notYet++
		}
	}
	subtitle := t("no problems found in the workbooks read", "a beolvasott munkafüzetekben nem találtunk problémát").In(b.loc)
	if n := len(b.in.Findings) - notYet; n > 0 {
		subtitle = salesrhythm.Plural(1, salesrhythm.T("%d problem, the costliest first", "%d probléma, a legtöbbe kerülők elöl"), salesrhythm.T("%d problems, the costliest first", "%d probléma, a legtöbbe kerülők elöl")).In(b.loc, n)
	}
	if notYet > 0 {
		subtitle += salesrhythm.Plural(1, salesrhythm.T("; after them, %d sheet's records dated after the as-of day, not counted yet", "; utánuk %d munkalap viszonyítási nap utánra keltezett, még nem számolt tételei"),
			salesrhythm.T("; after them, %d sheets' records dated after the as-of day, not counted yet", "; utánuk %d munkalap viszonyítási nap utánra keltezett, még nem számolt tételei")).In(b.loc, notYet)
	}
	sheet := b.newSheet(t("Data quality", "Adatminőség"), subtitle)
	var rows [][]any
	for _, f := range costOrder(b.in.Findings) {
		rows = append(rows, []any{f.File, f.Sheet, f.CellIn(b.loc), severityWord(f.Severity).In(b.loc), string(f.Code), f.Raw, wrapped(f.Message),
			wrapped(Missing(f.Excluded, b.in.Config.Currency, b.loc))})
	}
	b.table(sheet, "findings", headerRow, []column{fileCol(36), col("Sheet", "Munkalap", 14), col("Cell", "Cella", 8),
		col("Severity", "Súlyosság", 10), col("Code", "Kód", 20), col("Raw value", "Eredeti érték", 18), col("Message", "Üzenet", 80),
		col("Left out of the figures", "Kimaradt a számításból", 30)}, rows)
	b.freeze(sheet, 0)
}

// sources lists every file of the inbox.
func (b *book) sources() {
	sheet := b.newSheet(t("Sources", "Források"), salesrhythm.Plural(1, salesrhythm.T("%d file", "%d fájl"), salesrhythm.T("%d files", "%d fájl")).In(b.loc, len(b.in.Sources)))
	var rows [][]any
	for _, s := range b.in.Sources {
		period := ""
		if s.Period != nil {
			period = salesrhythm.FormatPeriod(*s.Period, b.loc)
		}
		rows = append(rows, []any{s.Path, statusWord(s.Status).In(b.loc), salesrhythm.LabelOf(salesrhythm.Kinds, string(s.Kind)).In(b.loc), s.Person, period, recognisedWord(s.RecognisedBy).In(b.loc), s.Rows,
			s.SupersededBy, s.Reason, s.SHA256})
	}
	b.table(sheet, "sources", headerRow, []column{fileCol(40), col("Status", "Állapot", 10), col("Workbook", "Munkafüzet", 18),
		col("Person", "Munkatárs", 10), col("Period", "Időszak", 22), col("Recognised by", "Felismerés módja", 15), col("Rows", "Sorok", 8),
		col("Superseded by", "Helyette számít", 24), col("Reason", "Indok", 30), col("SHA-256", "SHA-256", 66)}, rows)
	b.freeze(sheet, 1)
}

// policy prints every definition and every threshold applied.
func (b *book) policy() {
	sheet := b.newSheet(t("Policy", "Számítási szabályok"), "")
	var rows [][]any
	for _, r := range analysis.Policy(b.in.Config) {
		rows = append(rows, []any{r.Title.In(b.loc), wrapped(r.Text.In(b.loc))})
	}
	b.table(sheet, "policy", headerRow, []column{col("Rule", "Szabály", 30), col("Definition", "Meghatározás", 120)}, rows)
	for i, r := range rows {
		lines := len(string(r[1].(wrapped)))/140 + 1
		b.canvas(sheet).height(firstRow+i, float64(lines)*15)
	}
}

func severityWord(s salesrhythm.Severity) salesrhythm.Text { return s.Name() }
func statusWord(s string) salesrhythm.Text                 { return salesrhythm.StatusName(s) }
func recognisedWord(s string) salesrhythm.Text             { return salesrhythm.RecognisedName(s) }
