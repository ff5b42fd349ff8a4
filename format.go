package salesrhythm

import (
	"fmt"
	"math"
	"strings"
	"time"
)

// DateFormat is the Excel number format for dates in locale l: ISO for
// English, the Hungarian standard 2026.11.03. for Hungarian.
func DateFormat(l Locale) string {
	if l == Hungarian {
		return `yyyy\.mm\.dd\.`
	}
	return "yyyy-mm-dd"
}

// FormatDate writes d the way DateFormat shows it.
func FormatDate(d Date, l Locale) string {
	if d.IsZero() {
		return ""
	}
	if l == Hungarian {
		return fmt.Sprintf("%04d.%02d.%02d.", d.Year, int(d.Month), d.Day)
	}
	return d.String()
}

// FormatPeriod writes p as "start – end" in locale l.
func FormatPeriod(p Period, l Locale) string {
	return FormatDate(p.Start, l) + " – " + FormatDate(p.End, l)
}

var weekdayNames = [7]Text{
	T("Sunday", "vasárnap"), T("Monday", "hétfő"), T("Tuesday", "kedd"), T("Wednesday", "szerda"),
	T("Thursday", "csütörtök"), T("Friday", "péntek"), T("Saturday", "szombat"),
}

// WeekdayName returns the name of w in locale l.
func WeekdayName(w time.Weekday, l Locale) string { return weekdayNames[w].In(l) }

var monthNames = [12]Text{
	T("January", "január"), T("February", "február"), T("March", "március"), T("April", "április"),
	T("May", "május"), T("June", "június"), T("July", "július"), T("August", "augusztus"),
	T("September", "szeptember"), T("October", "október"), T("November", "november"), T("December", "december"),
}

// FormatMonth writes m as "November 2026" or "2026. november".
func FormatMonth(m Month, l Locale) string {
	name := monthNames[m.Month-1].In(l)
	if l == Hungarian {
		return fmt.Sprintf("%d. %s", m.Year, name)
	}
	return fmt.Sprintf("%s %d", name, m.Year)
}

// currency is how an amount is shown: a symbol before or after, decimals.
type currency struct {
	symbol string
	before bool
	places int
}

var currencies = map[string]currency{
	"HUF": {"Ft", false, 0},
	"EUR": {"€", true, 2},
	"USD": {"$", true, 2},
	"GBP": {"£", true, 2},
	"CHF": {"CHF", true, 2},
	"PLN": {"zł", false, 2},
	"CZK": {"Kč", false, 2},
	"RON": {"lei", false, 2},
}

func currencyOf(code string) currency {
	if c, ok := currencies[strings.ToUpper(code)]; ok {
		return c
	}
	return currency{strings.ToUpper(code), false, 2}
}

// CurrencyFormat is the Excel number format for amounts in the currency code.
func CurrencyFormat(code string, l Locale) string {
	c := currencyOf(code)
	num := "#,##0"
	if c.places > 0 {
		num += "." + strings.Repeat("0", c.places)
	}
	sym := `"` + c.symbol + `"`
	if c.before && l != Hungarian {
		return sym + num
	}
	return num + ` ` + sym
}

// RoundMoney rounds an amount to the places the currency shows (the
// forint, the cent), half away from zero as Excel's and LibreOffice's
// number formats do: 9,100,000.5 Ft is 9,100,001 Ft. Every amount shown —
// in a sentence, a cell, on the console — goes through it, so one figure
// never shows two ways.
func RoundMoney(v float64, code string) float64 {
	p := math.Pow10(currencyOf(code).places)
	return math.Round(v*p) / p
}

// FormatMoney writes an amount for a sentence, e.g. "1,250,000 Ft".
func FormatMoney(v float64, code string, l Locale) string {
	c := currencyOf(code)
	v = RoundMoney(v, code)
	sign := ""
	if v < 0 {
		sign, v = "-", -v
	}
	s := groupThousands(fmt.Sprintf("%.*f", c.places, v), l)
	if c.before && l != Hungarian {
		return sign + c.symbol + s
	}
	return sign + s + " " + c.symbol
}

// groupThousands inserts thousands separators into a plain decimal number:
// commas in English, (non-breaking) spaces and a decimal comma in Hungarian.
func groupThousands(s string, l Locale) string {
	intPart, frac, _ := strings.Cut(s, ".")
	sep, dec := ",", "."
	if l == Hungarian {
		sep, dec = "\u00a0", ","
	}
	var b strings.Builder
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(r)
	}
	if frac != "" {
		b.WriteString(dec + frac)
	}
	return b.String()
}

// FormatNumber writes a whole number for a sentence: 4,739 or 4 739.
func FormatNumber(v float64, l Locale) string {
	sign := ""
	if v < 0 {
		sign, v = "-", -v
	}
	return sign + groupThousands(fmt.Sprintf("%.0f", v), l)
}
