package salesrhythm

import (
	"testing"
	"time"
)

func TestFormats(t *testing.T) {
	tests := []struct{ got, want string }{
		{FormatDate(D(2026, 11, 3), English), "2026-11-03"},
		{FormatDate(D(2026, 11, 3), Hungarian), "2026.11.03."},
		{FormatMonth(Month{2026, time.November}, English), "November 2026"},
		{FormatMonth(Month{2026, time.November}, Hungarian), "2026. november"},
		{CurrencyFormat("HUF", English), `#,##0 "Ft"`},
		{CurrencyFormat("EUR", English), `"€"#,##0.00`},
		{CurrencyFormat("EUR", Hungarian), `#,##0.00 "€"`},
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
		{ns[0], Hungarian, "munkanaponként 1, 09:00-kor (±5 perc), 10–20 perc"},
		{ns[1], Hungarian, "hetente 1, pénteki napon, 17:00-kor (±15 perc), 45–75 perc"},
		{ns[3], Hungarian, "beosztottanként hetente 1"},
	}
	for _, tt := range tests {
		if got := tt.n.Describe(tt.l); got != tt.want {
			t.Errorf("%s/%s: got %q, want %q", tt.n.Key, tt.l, got, tt.want)
		}
	}
}
