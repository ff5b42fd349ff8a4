package templates

import (
	"fmt"
	"io"
	"testing"

	"salesrhythm"
)

func BenchmarkWrite(b *testing.B) {
	o := options(salesrhythm.English)
	for _, spec := range specs(o.Team) {
		b.Run(string(spec.Kind), func(b *testing.B) {
			for b.Loop() {
				if err := Write(io.Discard, spec, o); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkWriteAll is template all for a 200-person team: 160 managers
// under 32 leads, a head and a director, one month.
func BenchmarkWriteAll(b *testing.B) {
	o := options(salesrhythm.English)
	p := &salesrhythm.Plan{Month: nov, Targets: map[string]salesrhythm.Targets{}}
	p.Team = append(p.Team, salesrhythm.Person{ID: "D-1", Name: "Director", Role: salesrhythm.Director},
		salesrhythm.Person{ID: "H-1", Name: "Head", Role: salesrhythm.Head, ReportsTo: "D-1"})
	for i := range 38 {
		p.Team = append(p.Team, salesrhythm.Person{ID: fmt.Sprintf("L-%02d", i), Name: fmt.Sprintf("Lead %d", i), Role: salesrhythm.Lead, ReportsTo: "H-1"})
	}
	for i := range 160 {
		id := fmt.Sprintf("M-%03d", i)
		p.Team = append(p.Team, salesrhythm.Person{ID: id, Name: fmt.Sprintf("Manager %d", i), Role: salesrhythm.Manager, ReportsTo: fmt.Sprintf("L-%02d", i%38)})
		p.Targets[id] = salesrhythm.Targets{Revenue: 1e7, Calls: 400}
	}
	o.Team = p
	specs := Batch(p, nov, o.Config)
	b.ReportMetric(float64(len(specs)), "workbooks")
	for b.Loop() {
		dir := b.TempDir()
		if _, err := WriteAll(dir, specs, o, false); err != nil {
			b.Fatal(err)
		}
	}
}
