package salesrhythm

import (
	"strings"
	"testing"
)

// TestSampleWith: a line of the sample set otherwise, in either language;
// a line the sample no longer has is an error, not a silent no-op.
func TestSampleWith(t *testing.T) {
	for _, l := range []Locale{English, Hungarian} {
		text, err := SampleWith(l, [2]string{"  country: HU", "  country: DE"})
		if err != nil || !strings.Contains(string(text), "\n  country: DE\n") || strings.Contains(string(text), "\n  country: HU\n") {
			t.Errorf("%s: %v, country HU not set to DE", l, err)
		}
		if _, err := SampleWith(l, [2]string{"  country: XX", "  country: DE"}); err == nil {
			t.Errorf("%s: a line the sample does not have was set without an error", l)
		}
	}
}
