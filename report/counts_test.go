package report

import (
	"testing"

	"salesrhythm"
	"salesrhythm/analysis"
)

// TestWorkbooksDescribe: the counts read as the rest of the report's
// numbers do, grouped by thousands in each language.
func TestWorkbooksDescribe(t *testing.T) {
	if got := (Workbooks{Due: 61, Received: 10, Missing: 51, FilesRead: 10}).Describe(salesrhythm.Hungarian); got != "a várt 61 munkafüzetből 10 beérkezett, 51 hiányzik; 10 fájlt olvastunk be, mind várt munkafüzet" {
		t.Errorf("every file due: %q", got)
	}
	w := Workbooks{Due: 19604, Received: 19034, Missing: 570, FilesRead: 22234, Superseded: 1, Context: 3199}
	for l, want := range map[salesrhythm.Locale]string{
		salesrhythm.English:   "19,034 of the 19,604 due received, 570 missing; 22,234 files read: 19,034 due, 1 superseded by a later copy, 3,199 due in a neighbouring month but read for this one",
		salesrhythm.Hungarian: "a várt 19\u00a0604 munkafüzetből 19\u00a0034 beérkezett, 570 hiányzik; 22\u00a0234 fájlt olvastunk be – várt munkafüzet: 19\u00a0034, későbbi példány váltotta fel: 1, a szomszédos hónapra esedékes, de ide is számít: 3\u00a0199",
	} {
		if got := w.Describe(l); got != want {
			t.Errorf("%s: %q\nwant %q", l, got, want)
		}
	}
}

// TestUntargeted: the Fulfilment sheet names who has an actual but not the
// target of a measure others have a target of; the groups' rows leave them
// out of that measure.
func TestUntargeted(t *testing.T) {
	var r analysis.Result
	r.Department.Measures.Revenue = analysis.Aggregate{Target: 10, Actual: 6, Total: 9}
	r.People = []analysis.Person{{Name: "Kiss Anna"}, {Name: "Tóth Júlia"}, {Name: "Nagy Ede"}}
	r.People[0].Measures.Revenue = analysis.Fulfilment{Target: 10, Actual: 6}
	r.People[1].Measures.Revenue = analysis.Fulfilment{Actual: 3}
	r.People[1].Measures.Calls = analysis.Fulfilment{Actual: 40} // nobody has a calls target
	if got, want := untargeted(r, salesrhythm.Hungarian), "Tóth Júlia (árbevétel)"; got != want {
		t.Errorf("untargeted = %q, want %q", got, want)
	}
	r.People[1].Measures.Revenue.Actual = 0
	if got := untargeted(r, salesrhythm.English); got != "" {
		t.Errorf("untargeted = %q with nobody left out", got)
	}
}
