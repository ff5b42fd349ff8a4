package report

import (
	"testing"

	"salesrhythm"
)

// TestWorkbooksDescribe: the counts read as the rest of the report's
// numbers do, grouped by thousands in each language.
func TestWorkbooksDescribe(t *testing.T) {
	w := Workbooks{Due: 19604, Received: 19034, Missing: 570, FilesRead: 22234, Superseded: 1, Context: 3199}
	for l, want := range map[salesrhythm.Locale]string{
		salesrhythm.English:   "19,034 of the 19,604 due received, 570 missing; 22,234 files read: 19,034 due, 1 superseded by a later copy, 3,199 due in a neighbouring month but read for this one",
		salesrhythm.Hungarian: "a várt 19\u00a0604 munkafüzetből 19\u00a0034 beérkezett, 570 hiányzik; 22\u00a0234 beolvasott fájl: 19\u00a0034 várt, későbbi példány váltotta fel: 1, a szomszédos hónapra esedékes, de ide is számít: 3\u00a0199",
	} {
		if got := w.Describe(l); got != want {
			t.Errorf("%s: %q\nwant %q", l, got, want)
		}
	}
}
