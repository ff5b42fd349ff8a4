package templates

import (
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
