package analysis

import (
	"encoding/json"
	"math"
	"strconv"

	"salesrhythm"
)

// Fraction is a ratio that may be "n/a": a zero or missing denominator gives
// an invalid Fraction, never NaN or an infinity. It writes JSON null when
// not valid.
type Fraction struct {
	Value float64
	Valid bool
}

// Ratio returns num ÷ den, or n/a when den is zero or the quotient is not a
// finite number.
func Ratio(num, den float64) Fraction {
	if den == 0 {
		return Fraction{}
	}
	v := num / den
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return Fraction{}
	}
	return Fraction{Value: v, Valid: true}
}

// String formats f with up to four decimals, or "n/a".
func (f Fraction) String() string {
	if !f.Valid {
		return "n/a"
	}
	return strconv.FormatFloat(math.Round(f.Value*1e4)/1e4, 'f', -1, 64)
}

// Percent formats f as a percentage with one decimal, or "n/a".
func (f Fraction) Percent() string {
	if !f.Valid {
		return "n/a"
	}
	return strconv.FormatFloat(f.Value*100, 'f', 1, 64) + "%"
}

// In writes f as a percentage with one decimal in locale l, for a
// sentence: 74.7% or 74,7 %; n/a, "nem értelmezhető", when not valid.
func (f Fraction) In(l salesrhythm.Locale) string {
	if !f.Valid {
		return notApplicable.In(l)
	}
	return salesrhythm.FormatPercent(f.Value, l)
}

var notApplicable = salesrhythm.T("n/a", "nem értelmezhető")

// MarshalJSON writes the value, or null when f is n/a.
func (f Fraction) MarshalJSON() ([]byte, error) {
	if !f.Valid {
		return []byte("null"), nil
	}
	return json.Marshal(f.Value)
}

// UnmarshalJSON reads a number, or null as n/a.
func (f *Fraction) UnmarshalJSON(b []byte) error {
	var v *float64
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	if v == nil {
		*f = Fraction{}
		return nil
	}
	*f = Fraction{Value: *v, Valid: true}
	return nil
}
