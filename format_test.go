package salesrhythm

import (
	"testing"
	"time"
)

func TestFormats(t *testing.T) {
	tests := []struct{ got, want string }{
		{FormatDate(D(2026, 11, 3), English), "2026-11-03"},
		{FormatDate(D(2026, 11, 3), Hungarian), "2026.\u00a011.\u00a003."},
		{FormatPercent(0.7466, Hungarian), "74,7\u00a0%"},
		{FormatPercent(0.7466, English), "74.7%"},
		{FormatMonth(Month{2026, time.November}, English), "November 2026"},
		{FormatMonth(Month{2026, time.November}, Hungarian), "2026. november"},
		{CurrencyFormat("HUF", English), `#,##0 "Ft"`},
		{CurrencyFormat("EUR", English), `"€"#,##0.00`},
		{CurrencyFormat("EUR", Hungarian), `[$-40E]#,##0.00 "€"`},
		{NumberFormat(0, Hungarian), `[$-40E]#,##0`},
		{NumberFormat(1, English), `#,##0.0`},
		{PercentFormat(1, Hungarian), `[$-40E]0.0\ %`},
		{CurrencyFormat("sek", English), `#,##0.00 "SEK"`},
		{FormatMoney(1250000, "HUF", English), "1,250,000 Ft"},
		{FormatMoney(1250000, "HUF", Hungarian), "1\u00a0250\u00a0000 Ft"},
		{FormatMoney(-999.5, "EUR", English), "-€999.50"},
		// Half a forint rounds up, as the Summary's cell shows it; Go's %.0f
		// would round it to even, 9,100,000.
		{FormatMoney(9_100_000.5, "HUF", English), "9,100,001 Ft"},
		{FormatMoney(1_700_000.5, "HUF", Hungarian), "1\u00a0700\u00a0001 Ft"},
		{FormatMoney(-0.5, "HUF", English), "-1 Ft"},
		{FormatMoney(0.125, "EUR", English), "€0.13"},
		{FormatMoney(12.5, "EUR", Hungarian), "12,50 €"},
		{WeekdayName(time.Friday, Hungarian), "péntek"},
		{FormatNumber(4739, English), "4,739"},
		{FormatNumber(4739, Hungarian), "4\u00a0739"},
		{FormatNumber(-12.6, English), "-13"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

func TestNormDescribe(t *testing.T) {
	ns := DefaultNorms()
	tests := []struct {
		n    Norm
		l    Locale
		want string
	}{
		{ns[0], English, "1 every working day, at 09:00 (±5 min), 10–20 minutes"},
		{ns[1], English, "1 a week, on Friday, at 17:00 (±15 min), 45–75 minutes"},
		{ns[2], English, "2 per direct report a month, 15–30 minutes"},
		{ns[5], English, "1 a month, 90–120 minutes; not on the day of a weekly meeting"},
		{ns[0], Hungarian, "minden munkanapon 1 alkalom; kezdés: 09:00 (±5 perc); időtartam: 10–20 perc"},
		{ns[1], Hungarian, "hetente 1 alkalom, pénteken; kezdés: 17:00 (±15 perc); időtartam: 45–75 perc"},
		{ns[3], Hungarian, "beosztottanként hetente 1 alkalom"},
	}
	for _, tt := range tests {
		if got := tt.n.Describe(tt.l); got != tt.want {
			t.Errorf("%s/%s: got %q, want %q", tt.n.Key, tt.l, got, tt.want)
		}
	}
}

func TestSuggest(t *testing.T) {
	flags := []string{"month", "json", "inbox", "output", "locale", "config"}
	tests := []struct {
		typed string
		known []string
		want  string
	}{
		{"monht", flags, "month"},
		{"mont", flags, "month"},
		{"jsno", flags, "json"},
		{"out", flags, "output"},
		{"xyz", flags, ""},
		{"holiday", []string{"calendar.holidays", "calendar.weekdays"}, ""},
		{"holiday", []string{"holidays", "weekdays", "country"}, "holidays"},
	}
	for _, tt := range tests {
		if got := Suggest(tt.typed, tt.known); got != tt.want {
			t.Errorf("Suggest(%q) = %q, want %q", tt.typed, got, tt.want)
		}
	}
}

func TestWrappedLines(t *testing.T) {
	for _, c := range []struct {
		text        string
		width, char float64
		want        int
	}{
		{"Üzletkötések – teljesítés", 16, 1, 2},
		{"Üzletkötések – teljesítés", 30, 1, 1},
		{"", 10, 1, 1},
		{"one\ntwo", 40, 1, 2},
		{"kapcsolatfelvétel", 9, 1, 3},
	} {
		if got := WrappedLines(c.text, c.width, c.char); got != c.want {
			t.Errorf("WrappedLines(%q, %g) = %d, want %d", c.text, c.width, got, c.want)
		}
	}
	if w := HeaderWidth("Következő kapcsolatfelvétel"); w < 17*1.1 {
		t.Errorf("HeaderWidth = %g, too narrow for kapcsolatfelvétel", w)
	}
}
