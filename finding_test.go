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

// TestFindingPlace: a whole row is named as a row, in each language; a
// cell as Sheet!C7.
func TestFindingPlace(t *testing.T) {
	row := Finding{Sheet: "Ügyfelek", Cell: "5:5"}
	if got := row.PlaceIn(Hungarian); got != "Ügyfelek, 5. sor" {
		t.Errorf("PlaceIn(hu) = %q", got)
	}
	if got := row.CellIn(English); got != "row 5" {
		t.Errorf("CellIn(en) = %q", got)
	}
	for _, f := range []Finding{{Sheet: "Calls", Cell: "C7"}, {Sheet: "Calls", Cell: "5:7"}} {
		if got := f.PlaceIn(English); got != "Calls!"+f.Cell {
			t.Errorf("PlaceIn(%s) = %q", f.Cell, got)
		}
	}
	if got := (Finding{Sheet: "Calls"}).PlaceIn(English); got != "Calls" {
		t.Errorf("a sheet's finding: %q", got)
	}
}
