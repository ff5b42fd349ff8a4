package salesrhythm

import (
	_ "embed"
	"fmt"
	"strings"
)

// SampleConfig is the repository's commented config.yaml: every setting with
// its default value. `salesrhythm init` writes it into a new working folder,
// or in Hungarian sampleConfigHu, the same settings with locale hu.
//
//go:embed config.yaml
var SampleConfig []byte

//go:embed config.hu.yaml
var sampleConfigHu []byte

// SampleCompany is the company the sample config.yaml of locale l names,
// an example in l's language.
func SampleCompany(l Locale) string {
	if l == Hungarian {
		return "Példa Kft."
	}
	return Default().Company
}

// Sample is the sample config.yaml in locale l: its comments in l's
// language, its locale l and SampleCompany.
func Sample(l Locale) []byte {
	if l == Hungarian {
		return sampleConfigHu
	}
	return SampleConfig
}

// SampleWith is Sample with lines of it set otherwise: each pair is a
// whole line of the sample and the line to put in its place. It fails when
// the sample no longer has one of the lines, exactly once.
func SampleWith(l Locale, lines ...[2]string) ([]byte, error) {
	text := string(Sample(l))
	for _, e := range lines {
		old := "\n" + e[0] + "\n"
		if strings.Count(text, old) != 1 {
			return nil, fmt.Errorf("the sample config.yaml no longer has the line %q", strings.TrimSpace(e[0]))
		}
		text = strings.Replace(text, old, "\n"+e[1]+"\n", 1)
	}
	return []byte(text), nil
}
