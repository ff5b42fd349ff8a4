package report

import (
	"strings"

	"salesrhythm"
)

// Workbooks counts the workbooks of a month's report, each count of one
// thing, so that the counts add up: FilesRead = Received + Superseded +
// Context + NotDue + Unplaced.
type Workbooks struct {
	Due         int // expected for the month from the people of the plan
	Received    int // due and received, each once
	Missing     int // due and not received
	NotYetDue   int // the month's, not received, their period not over at the as-of day
	FilesRead   int // files of the inbox read for the month
	Superseded  int // read, and replaced by a later copy of the same workbook
	Context     int // read for the figures, though due in a month next to this one
	NotDue      int // read, and due from nobody this month
	Unplaced    int // read, but with no period to place them by
	OtherMonths int // workbooks for other months, not read
}

// CountWorkbooks counts the month's workbooks.
func CountWorkbooks(in Input) Workbooks {
	s := in.Result.Submissions
	w := Workbooks{Due: len(s.Expected), Received: len(s.Received), Missing: len(s.Missing), NotYetDue: len(s.NotYetDue), Context: len(s.Context), NotDue: len(s.Unexpected)}
	for _, f := range in.Sources {
		switch {
		case f.Status == salesrhythm.StatusRead:
			w.FilesRead++
			if f.SupersededBy != "" {
				w.Superseded++
			}
		case f.Status == salesrhythm.StatusSkipped && f.Period != nil:
			w.OtherMonths++
		}
	}
	w.Unplaced = w.FilesRead - w.Received - w.Superseded - w.Context - w.NotDue
	return w
}

// Describe says what each count counts, e.g. "247 of the 247 due
// received, 0 missing; 248 files read: 247 due, 1 superseded by a later
// copy".
func (w Workbooks) Describe(l salesrhythm.Locale) string {
	due := salesrhythm.Msg("%d of the %d due received, %d missing; ", "a várt %[2]d munkafüzetből %[1]d beérkezett, %[3]d hiányzik; ").In(l,
		w.Received, w.Due, w.Missing)
	if w.NotYetDue > 0 {
		due += salesrhythm.Msg("%d more not due yet; ", "további %d még nem esedékes; ").In(l, w.NotYetDue)
	}
	return due + w.Files(l)
}

// Files says what the files read were, e.g. "248 file(s) read: 247 due, 1
// superseded by a later copy".
func (w Workbooks) Files(l salesrhythm.Locale) string {
	var b strings.Builder
	if w.FilesRead == w.Received && w.OtherMonths == 0 {
		return salesrhythm.Plural(1, salesrhythm.T("%d file read, a workbook due", "%d fájlt olvastunk be, egy várt munkafüzetet"),
			salesrhythm.T("%d files read, all of them workbooks due", "%d fájlt olvastunk be, mind várt munkafüzet")).In(l, w.FilesRead)
	}
	b.WriteString(salesrhythm.Plural(1, salesrhythm.T("%d file read: %d due", "%d fájlt olvastunk be – várt munkafüzet: %d"), salesrhythm.T("%d files read: %d due", "%d fájlt olvastunk be – várt munkafüzet: %d")).In(l, w.FilesRead, w.Received))
	for _, p := range []struct {
		n    int
		text salesrhythm.Message
	}{
		{w.Superseded, salesrhythm.Msg("%d superseded by a later copy", "későbbi példány váltotta fel: %d")},
		{w.Context, salesrhythm.Msg("%d due in a neighbouring month but read for this one", "a szomszédos hónapra esedékes, de ide is számít: %d")},
		{w.NotDue, salesrhythm.Msg("%d due from nobody this month", "ebben a hónapban senkitől sem volt esedékes: %d")},
		{w.Unplaced, salesrhythm.Msg("%d with no period", "időszak nélkül: %d")},
	} {
		if p.n > 0 {
			b.WriteString(", " + p.text.In(l, p.n))
		}
	}
	if w.OtherMonths > 0 {
		b.WriteString(salesrhythm.Msg("; %d of other months, not read", "; %d más hónapra szól, nem olvastuk be").In(l, w.OtherMonths))
	}
	return b.String()
}
