package importer_test

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"salesrhythm"
	"salesrhythm/importer"
	"salesrhythm/schema"
)

// The seed corpora live in testdata/fuzz/<target>, where every plain go test
// replays them along with any input a fuzzer once failed on.

func cell(raw string, numeric, dateFmt, date1904 bool) importer.Cell {
	return importer.Cell{Raw: raw, Numeric: numeric, DateFmt: dateFmt, Date1904: date1904}
}

// checkProblem fails unless a problem has one of the codes and a message,
// and a cell without a problem and without a value is blank.
func checkProblem(t *testing.T, c importer.Cell, p *importer.Problem, hasValue bool, codes ...salesrhythm.Code) {
	t.Helper()
	switch {
	case p != nil && (hasValue || p.Msg == "" || !slices.Contains(codes, p.Code)):
		t.Fatalf("%+v: value %v with problem %+v", c, hasValue, p)
	case p == nil && !hasValue && importer.Text(c) != "":
		t.Fatalf("%+v: neither a value nor a problem", c)
	}
}

// FuzzParseDate: a date read is a real day from 1900 to 9999 that reads back
// from its ISO form.
func FuzzParseDate(f *testing.F) {
	f.Fuzz(func(t *testing.T, raw string, numeric, dateFmt, date1904 bool) {
		c := cell(raw, numeric, dateFmt, date1904)
		d, p := importer.ParseDate(c)
		checkProblem(t, c, p, !d.IsZero(), salesrhythm.CodeNotADate, salesrhythm.CodeAmbiguousDate)
		if d.IsZero() {
			return
		}
		if d.Year() < 1900 || d.Year() > 9999 || salesrhythm.D(d.Year(), d.Month(), d.Day()) != d {
			t.Fatalf("%+v: %v is not a day from 1900 to 9999", c, d)
		}
		if back, p := importer.ParseDate(importer.Cell{Raw: d.String()}); back != d || p != nil {
			t.Fatalf("%+v: %v reads back as %v, %v", c, d, back, p)
		}
	})
}

// FuzzParseDateIn: within a period, a date ParseDate reads is read the
// same; one only ParseDateIn reads falls within the column's reach.
func FuzzParseDateIn(f *testing.F) {
	f.Fuzz(func(t *testing.T, raw string, numeric bool, year, month, day, days int) {
		reach := schema.Reach(abs(days) % 3)
		start := salesrhythm.D(1900+abs(year)%8000, time.Month(1+abs(month)%12), 1+abs(day)%28)
		p := salesrhythm.Period{Start: start, End: start.AddDays(abs(days) % 31)}
		c := cell(raw, numeric, false, false)
		d, prob := importer.ParseDateIn(c, p, reach)
		if prob != nil && prob.Code == salesrhythm.CodeReadAsDate { // a note beside the day read
			if d.IsZero() {
				t.Fatalf("%+v: a read-as-date note without a day", c)
			}
			prob = nil
		}
		checkProblem(t, c, prob, !d.IsZero(), salesrhythm.CodeNotADate, salesrhythm.CodeAmbiguousDate)
		plain, plainProb := importer.ParseDate(c)
		switch {
		case plainProb == nil && d != plain:
			t.Fatalf("%+v in %v: %v, but ParseDate reads %v", c, p, d, plain)
		case plainProb != nil && !d.IsZero() && !reach.Span(p).Contains(d):
			t.Fatalf("%+v in %v: %v is outside the reach %d", c, p, d, reach)
		}
	})
}

func abs(n int) int {
	if n < 0 {
		return -(n + 1) // never overflows
	}
	return n
}

// FuzzParseTime: a time read is a time of day that reads back from its
// HH:MM form.
func FuzzParseTime(f *testing.F) {
	f.Fuzz(func(t *testing.T, raw string, numeric, dateFmt bool) {
		c := cell(raw, numeric, dateFmt, false)
		clk, p := importer.ParseTime(c)
		checkProblem(t, c, p, clk != salesrhythm.NoClock, salesrhythm.CodeNotATime)
		if clk == salesrhythm.NoClock {
			return
		}
		if !clk.Valid() {
			t.Fatalf("%+v: %d is not a time of day", c, clk)
		}
		if back, p := importer.ParseTime(importer.Cell{Raw: clk.String()}); back != clk || p != nil {
			t.Fatalf("%+v: %v reads back as %v, %v", c, clk, back, p)
		}
	})
}

// FuzzParseNumber: a number read is finite and reads back as a stored
// number; ParseMoney and ParseCount agree with it.
func FuzzParseNumber(f *testing.F) {
	f.Fuzz(func(t *testing.T, raw string, numeric bool) {
		c := cell(raw, numeric, false, false)
		v, p := importer.ParseNumber(c)
		checkProblem(t, c, p, p == nil && !c.Blank(), salesrhythm.CodeNotANumber)
		if math.IsNaN(v) || math.IsInf(v, 0) || p != nil && v != 0 {
			t.Fatalf("%+v: %v, %v", c, v, p)
		}
		if p != nil || c.Blank() {
			return
		}
		stored := importer.Cell{Raw: strconv.FormatFloat(v, 'g', -1, 64), Numeric: true}
		if back, p := importer.ParseNumber(stored); back != v || p != nil {
			t.Fatalf("%+v: %v reads back as %v, %v", c, v, back, p)
		}
		if m, p := importer.ParseMoney(c); v >= 0 && (m != v || p != nil) || v < 0 && code(p) != salesrhythm.CodeNegative {
			t.Fatalf("%+v: number %v but money %v, %v", c, v, m, p)
		}
		if n, p := importer.ParseCount(c); p == nil && math.Abs(float64(n)-v) > 1e-9 {
			t.Fatalf("%+v: number %v but count %d", c, v, n)
		}
	})
}

// FuzzParseYesNo: an answer does not depend on case or surrounding space.
func FuzzParseYesNo(f *testing.F) {
	f.Fuzz(func(t *testing.T, raw string, numeric bool) {
		c := cell(raw, numeric, false, false)
		a, p := importer.ParseYesNo(c)
		if p != nil && p.Code == salesrhythm.CodeReadAsNo {
			if a != salesrhythm.No {
				t.Fatalf("%+v: a hedge read as %v, not NO", c, a)
			}
			return
		}
		checkProblem(t, c, p, a != salesrhythm.Unanswered, salesrhythm.CodeNotYesNo)
		if a != salesrhythm.Unanswered && a != salesrhythm.Yes && a != salesrhythm.No {
			t.Fatalf("%+v: answer %d", c, a)
		}
		if a == salesrhythm.Unanswered {
			return
		}
		for _, variant := range []string{strings.ToUpper(raw), " " + raw + "\t"} {
			if b, p := importer.ParseYesNo(cell(variant, numeric, false, false)); b != a || p != nil {
				t.Fatalf("%q is %v but %q is %v, %v", raw, a, variant, b, p)
			}
		}
	})
}

// FuzzCheck: any bytes get a verdict without a panic, from the container
// vocabulary.
func FuzzCheck(f *testing.F) {
	f.Add(workbook(f, 3))
	f.Add(legacyXLS(f))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, p := importer.Check(data)
		if p != nil && !slices.Contains([]salesrhythm.Code{salesrhythm.CodeNotWorkbook, salesrhythm.CodeLegacyFormat,
			salesrhythm.CodeEncrypted, salesrhythm.CodeCorrupt, salesrhythm.CodeTooLarge}, p.Code) {
			t.Fatalf("Check: %+v", p)
		}
	})
}
