package templates

import (
	"testing"

	"salesrhythm"
)

func TestCarriedStartsFromTheLatest(t *testing.T) {
	dec := salesrhythm.Month{Year: 2026, Month: 12}
	spec := Spec{Kind: salesrhythm.KindClientProfiles, Person: team().Team[3], Period: dec.Period()}
	prev := &salesrhythm.Records{Clients: []salesrhythm.Client{
		{Ref: salesrhythm.Ref{File: "inbox/cp.xlsx", Sheet: "Clients", Row: 5}, Person: "M-001", Month: nov, Name: "Alfa Kft.", Status: salesrhythm.ClientActive},
	}}
	got := Carried(spec, prev)
	want := salesrhythm.Client{Name: "Alfa Kft.", Status: salesrhythm.ClientActive}
	if got == nil || len(got.Clients) != 1 || got.Clients[0] != want {
		t.Fatalf("carried %+v, want the row without its place, owner and month", got)
	}
	if prev.Clients[0].Person != "M-001" {
		t.Error("the earlier records were changed")
	}
	for name, c := range map[string]struct {
		spec Spec
		prev *salesrhythm.Records
	}{
		"nothing earlier":         {spec, nil},
		"an empty client base":    {spec, &salesrhythm.Records{}},
		"a kind that is not kept": {Spec{Kind: salesrhythm.KindCallRegister}, prev},
	} {
		if got := Carried(c.spec, c.prev); got != nil {
			t.Errorf("%s: carried %+v, want a blank workbook", name, got)
		}
	}
}
