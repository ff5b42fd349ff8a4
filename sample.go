package salesrhythm

import _ "embed"

// SampleConfig is the repository's commented config.yaml: every setting with
// its default value. `salesrhythm init` writes it into a new working folder.
//
//go:embed config.yaml
var SampleConfig []byte
