package salesrhythm

import "testing"

// TestFindingIn: a finding printed for people names its severity and says
// its message in their language.
func TestFindingIn(t *testing.T) {
	f := Finding{File: "plan.xlsx", Sheet: "Célok", Cell: "C5", Severity: Error, Messages: T(`"30 millió" is not a number`, "„30 millió” nem szám")}
	if got, want := f.In(Hungarian), "plan.xlsx: Célok!C5: hiba: „30 millió” nem szám"; got != want {
		t.Errorf("In(Hungarian) = %q, want %q", got, want)
	}
	if got, want := f.In(English), `plan.xlsx: Célok!C5: error: "30 millió" is not a number`; got != want {
		t.Errorf("In(English) = %q, want %q", got, want)
	}
}
