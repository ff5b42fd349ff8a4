package importer

// Provisional cell parsers; the full set (more text forms, fuzzing) lands
// from the importer-base branch.

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"salesrhythm"
)

// Cell is one stored cell value as the sheet holds it.
type Cell struct {
	Raw      string
	Numeric  bool
	DateFmt  bool
	Formula  bool
	Date1904 bool
}

// Problem is why a cell could not be read.
type Problem struct {
	Code salesrhythm.Code
	Msg  string
}

func problem(code salesrhythm.Code, format string, args ...any) *Problem {
	return &Problem{code, fmt.Sprintf(format, args...)}
}

// Text returns the cell's text, trimmed.
func Text(c Cell) string { return strings.TrimSpace(c.Raw) }

func serialDate(v float64, d1904 bool) (salesrhythm.Date, bool) {
	if v < 1 || v > 2958465 {
		return salesrhythm.Date{}, false
	}
	day := int(math.Floor(v))
	if d1904 {
		return salesrhythm.D(1904, 1, 1+day), true
	}
	if day >= 60 {
		day-- // Excel's fictional 29 February 1900
	}
	return salesrhythm.D(1899, 12, 31+day), true
}

var dateLayouts = []string{"2006-01-02", "2006.01.02", "2006.01.02.", "2006. 01. 02.", "02.01.2006", "2006/01/02", "2006-01-02T15:04:05", "2006-01-02 15:04"}

// ParseDate reads a date cell.
func ParseDate(c Cell) (salesrhythm.Date, *Problem) {
	s := strings.TrimSpace(c.Raw)
	if s == "" {
		return salesrhythm.Date{}, nil
	}
	if c.Formula && s == "" {
		return salesrhythm.Date{}, problem(salesrhythm.CodeFormulaNoValue, "the formula was never calculated")
	}
	if c.Numeric {
		if v, err := strconv.ParseFloat(s, 64); err == nil {
			if d, ok := serialDate(v, c.Date1904); ok {
				return d, nil
			}
		}
		return salesrhythm.Date{}, problem(salesrhythm.CodeNotADate, "%q is not a date", s)
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return salesrhythm.DateOf(t), nil
		}
	}
	if strings.Count(s, "/") == 2 {
		parts := strings.Split(s, "/")
		a, e1 := strconv.Atoi(parts[0])
		b, e2 := strconv.Atoi(parts[1])
		y, e3 := strconv.Atoi(parts[2])
		if e1 == nil && e2 == nil && e3 == nil && y > 999 {
			switch {
			case a > 12 && b <= 12:
				return checkDate(y, b, a, s)
			case b > 12 && a <= 12:
				return checkDate(y, a, b, s)
			case a == b:
				return checkDate(y, a, b, s)
			default:
				return salesrhythm.Date{}, problem(salesrhythm.CodeAmbiguousDate, "%q could be %d %s or %d %s; type it as YYYY-MM-DD", s, a, time.Month(b), b, time.Month(a))
			}
		}
	}
	return salesrhythm.Date{}, problem(salesrhythm.CodeNotADate, "%q is not a date", s)
}

func checkDate(y, m, d int, raw string) (salesrhythm.Date, *Problem) {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return salesrhythm.Date{}, problem(salesrhythm.CodeNotADate, "%q is not a date", raw)
	}
	date := salesrhythm.D(y, time.Month(m), d)
	if date.Day != d {
		return salesrhythm.Date{}, problem(salesrhythm.CodeNotADate, "%q is not a date", raw)
	}
	return date, nil
}

// ParseTime reads a time-of-day cell.
func ParseTime(c Cell) (salesrhythm.Clock, *Problem) {
	s := strings.TrimSpace(c.Raw)
	if s == "" {
		return salesrhythm.NoClock, nil
	}
	if c.Numeric {
		v, err := strconv.ParseFloat(s, 64)
		if err == nil && v >= 0 {
			_, frac := math.Modf(v)
			m := int(math.Round(frac * 24 * 60))
			return salesrhythm.Clock(m % (24 * 60)), nil
		}
	}
	s = strings.Replace(s, ".", ":", 1)
	for _, l := range []string{"15:04", "15:04:05", "3:04 PM", "3:04 pm", "3:04PM"} {
		if t, err := time.Parse(l, s); err == nil {
			return salesrhythm.At(t.Hour(), t.Minute()), nil
		}
	}
	return salesrhythm.NoClock, problem(salesrhythm.CodeNotATime, "%q is not a time of day", c.Raw)
}

// ParseNumber reads a number typed in any common way.
func ParseNumber(c Cell) (float64, *Problem) {
	s := strings.TrimSpace(c.Raw)
	if s == "" {
		return 0, nil
	}
	if c.Numeric {
		if v, err := strconv.ParseFloat(s, 64); err == nil && !math.IsNaN(v) && !math.IsInf(v, 0) {
			return v, nil
		}
	}
	t := strings.Map(func(r rune) rune {
		switch {
		case r >= '0' && r <= '9', r == '.', r == ',', r == '-':
			return r
		case r == ' ' || r == '\u00a0' || r == '\u202f':
			return -1
		}
		if r > 127 || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || r == '$' {
			return -1
		}
		return r
	}, s)
	hasLetters := strings.IndexFunc(strings.ToLower(s), func(r rune) bool { return r >= 'a' && r <= 'z' }) >= 0
	if t == "" || strings.HasPrefix(s, "#") || (hasLetters && !strings.ContainsAny(s, "0123456789")) {
		return 0, problem(salesrhythm.CodeNotANumber, "%q is not a number", s)
	}
	lastDot, lastComma := strings.LastIndex(t, "."), strings.LastIndex(t, ",")
	switch {
	case lastDot >= 0 && lastComma >= 0:
		if lastDot > lastComma {
			t = strings.ReplaceAll(t, ",", "")
		} else {
			t = strings.ReplaceAll(strings.ReplaceAll(t, ".", ""), ",", ".")
		}
	case strings.Count(t, ",") > 1:
		t = strings.ReplaceAll(t, ",", "")
	case strings.Count(t, ".") > 1:
		t = strings.ReplaceAll(t, ".", "")
	case lastComma >= 0:
		if len(t)-lastComma-1 == 3 {
			t = strings.ReplaceAll(t, ",", "")
		} else {
			t = strings.ReplaceAll(t, ",", ".")
		}
	case lastDot >= 0 && len(t)-lastDot-1 == 3:
		t = strings.ReplaceAll(t, ".", "")
	}
	v, err := strconv.ParseFloat(t, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, problem(salesrhythm.CodeNotANumber, "%q is not a number", s)
	}
	return v, nil
}

// ParseMoney reads an amount ≥ 0.
func ParseMoney(c Cell) (float64, *Problem) {
	v, p := ParseNumber(c)
	if p == nil && v < 0 {
		return 0, problem(salesrhythm.CodeNegative, "%q is below zero", c.Raw)
	}
	return v, p
}

// ParseCount reads a whole number ≥ 0.
func ParseCount(c Cell) (int, *Problem) {
	v, p := ParseMoney(c)
	if p != nil {
		return 0, p
	}
	if v != math.Trunc(v) || v > 1e12 {
		return 0, problem(salesrhythm.CodeNotANumber, "%q is not a whole number", c.Raw)
	}
	return int(v), nil
}

// ParseYesNo reads a yes/no cell.
func ParseYesNo(c Cell) (salesrhythm.Answer, *Problem) {
	switch strings.ToLower(strings.TrimSpace(c.Raw)) {
	case "":
		return salesrhythm.Unanswered, nil
	case "y", "yes", "igen", "i", "x", "✓", "✔", "☑", "true", "1":
		return salesrhythm.Yes, nil
	case "n", "no", "nem", "false", "0", "✗", "✘":
		return salesrhythm.No, nil
	}
	return salesrhythm.Unanswered, problem(salesrhythm.CodeNotYesNo, "%q is not yes or no", c.Raw)
}

// ParseChoice reads one value of a closed set by key or label, any case.
func ParseChoice(c Cell, choices []salesrhythm.Choice) (string, *Problem) {
	s := normal(c.Raw)
	if s == "" {
		return "", nil
	}
	var names []string
	for _, ch := range choices {
		if s == normal(ch.Key) || s == normal(ch.Label.En) || s == normal(ch.Label.Hu) {
			return ch.Key, nil
		}
		names = append(names, ch.Label.En)
	}
	return "", problem(salesrhythm.CodeNotInList, "%q is not one of: %s", strings.TrimSpace(c.Raw), strings.Join(names, ", "))
}

// ParsePersonID reads one person ID: "M-001" or "M-001 — Anna Kovács".
func ParsePersonID(c Cell) string {
	s := strings.TrimSpace(c.Raw)
	for _, sep := range []string{" — ", " – ", " - "} {
		if i := strings.Index(s, sep); i > 0 {
			s = s[:i]
		}
	}
	return strings.TrimSpace(s)
}

// ParsePersonIDs reads a list of person IDs separated by commas,
// semicolons or new lines.
func ParsePersonIDs(c Cell) []string {
	var out []string
	for _, part := range strings.FieldsFunc(c.Raw, func(r rune) bool { return r == ',' || r == ';' || r == '\n' }) {
		if id := ParsePersonID(Cell{Raw: part}); id != "" {
			out = append(out, id)
		}
	}
	return out
}
