package salesrhythm

import _ "embed"

// SampleConfig is the repository's commented config.yaml: every setting with
// its default value. `salesrhythm init` writes it into a new working folder,
// or in Hungarian sampleConfigHu, the same settings with locale hu.
//
//go:embed config.yaml
var SampleConfig []byte

//go:embed config.hu.yaml
var sampleConfigHu []byte

// Sample is the sample config.yaml in locale l: its comments in l's
// language, its locale l.
func Sample(l Locale) []byte {
	if l == Hungarian {
		return sampleConfigHu
	}
	return SampleConfig
}
