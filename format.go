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

// FormatDate writes d for a sentence: 2026-12-03 in English, and in
// Hungarian with a space after each full stop, 2026. 12. 03., as Hungarian
// text writes it (cells show 2026.12.03., by DateFormat).
func FormatDate(d Date, l Locale) string {
	if d.IsZero() {
		return ""
	}
	if l == Hungarian {
		return fmt.Sprintf("%04d.\u00a0%02d.\u00a0%02d.", d.Year(), int(d.Month()), d.Day())
	}
	return d.String()
}

// FormatPercent writes a fraction as a percentage with one decimal for a
// sentence: 74.7% in English, 74,7 % in Hungarian (a no-break space before
// the sign).
func FormatPercent(f float64, l Locale) string {
	s := fmt.Sprintf("%.1f", f*100)
	if l == Hungarian {
		return strings.Replace(s, ".", ",", 1) + "\u00a0%"
	}
	return s + "%"
}

// hungarianFormat marks an Excel number format as Hungarian ([$-40E], the
// language code of Hungarian), so that LibreOffice groups with spaces and
// writes a decimal comma whatever the reader's own settings; Excel takes
// the separators from the system and keeps the rest of the format.
const hungarianFormat = "[$-40E]"

// PercentFormat is the Excel number format for a percentage with decimals
// places: 0.0% in English, 0,0 % in Hungarian.
func PercentFormat(decimals int, l Locale) string {
	f := "0"
	if decimals > 0 {
		f += "." + strings.Repeat("0", decimals)
	}
	if l == Hungarian {
		return hungarianFormat + f + `\ %`
	}
	return f + "%"
}

// NumberFormat is the Excel number format for a grouped number with
// decimals places: 1,250,000 in English, 1 250 000 in Hungarian.
func NumberFormat(decimals int, l Locale) string {
	f := "#,##0"
	if decimals > 0 {
		f += "." + strings.Repeat("0", decimals)
	}
	if l == Hungarian {
		return hungarianFormat + f
	}
	return f
}

// FormatDecimal writes v with the given decimals in the locale's style:
// 1,234.5 or 1 234,5.
func FormatDecimal(v float64, decimals int, l Locale) string {
	sign := ""
	if v < 0 {
		sign, v = "-", -v
	}
	return sign + groupThousands(fmt.Sprintf("%.*f", decimals, v), l)
}

// FormatPeriod writes p as "start – end" in locale l, a one-day period as
// its day.
func FormatPeriod(p Period, l Locale) string {
	if p.Start == p.End {
		return FormatDate(p.Start, l) // one day, said once
	}
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
	if m.Month < time.January || m.Month > time.December {
		return m.String()
	}
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
	code = CurrencyCode(code)
	if c, ok := currencies[code]; ok {
		return c
	}
	return currency{code, false, 2}
}

// currencyNames are the names and symbols people write for a currency
// instead of its code, in lower case.
var currencyNames = map[string]string{
	"forint": "HUF", "ft": "HUF", "ft.": "HUF",
	"euro": "EUR", "euró": "EUR", "€": "EUR",
	"dollar": "USD", "dollár": "USD", "$": "USD",
	"pound": "GBP", "font": "GBP", "£": "GBP",
}

// CurrencyCode is the code of the currency s names: its code in capitals,
// or the code of a name or symbol people write for it (forint, Ft, €).
func CurrencyCode(s string) string {
	s = strings.TrimSpace(s)
	if code, ok := currencyNames[strings.ToLower(s)]; ok {
		return code
	}
	return strings.ToUpper(s)
}

// CurrencyName names a currency in a sentence: the code (HUF, EUR), but
// Ft, the symbol everyone uses, for the forint in Hungarian.
func CurrencyName(code string, l Locale) string {
	code = CurrencyCode(code)
	if l == Hungarian && code == "HUF" {
		return currencyOf(code).symbol
	}
	return code
}

// CurrencyFormat is the Excel number format for amounts in the currency code.
func CurrencyFormat(code string, l Locale) string {
	c := currencyOf(code)
	num := NumberFormat(c.places, l)
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
