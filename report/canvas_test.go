package report

import (
	"testing"

	"github.com/xuri/excelize/v2"

	"salesrhythm"
)

// TestFinishedSheetTakesNoMore: a held sheet is finished when the next one
// begins; a cell written to it after is an error, not a cell lost.
func TestFinishedSheetTakesNoMore(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	b := &book{f: f, in: Input{Config: salesrhythm.Default()}, holds: true}
	b.newStyles()
	first := b.newSheet(t0("First"), "")
	b.set(first, 1, 5, "kept")
	b.newSheet(t0("Second"), "")
	if b.err != nil {
		t.Fatal(b.err)
	}
	b.set(first, 1, 6, "lost")
	if b.err == nil {
		t.Error("a cell written to a finished sheet was taken without an error")
	}
}

func t0(s string) salesrhythm.Text { return salesrhythm.T(s, s) }
