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
		{FormatMoney(12.5, "EUR", Hungarian), "12,50 €"},
		{WeekdayName(time.Friday, Hungarian), "péntek"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}
