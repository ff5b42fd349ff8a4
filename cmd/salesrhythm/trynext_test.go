package main

import (
	"bytes"
	"strings"
	"testing"

	"salesrhythm"
)

// TestDemoSuggestsCommandsAsRun: a user who ran the installed command is
// told to run it, not to install it; one who ran the demo by 'go run' is
// told how to install it first; either in their language.
func TestDemoSuggestsCommandsAsRun(t *testing.T) {
	for _, c := range []struct {
		name       string
		locale     salesrhythm.Locale
		exe        string
		installed  bool
		want, lack []string
	}{
		{"installed", salesrhythm.English, "salesrhythm", true,
			[]string{"Try next:\n", "cd company && salesrhythm check", "salesrhythm week --week 2026-W47"}, []string{"install"}},
		{"a binary by its path", salesrhythm.English, "/opt/sr/bin/salesrhythm", true,
			[]string{"cd company && /opt/sr/bin/salesrhythm check", "/opt/sr/bin/salesrhythm report"}, []string{"install"}},
		{"go run", salesrhythm.English, "salesrhythm", false,
			[]string{"once the command is installed (go install ./cmd/salesrhythm", "cd company && salesrhythm check"}, nil},
		{"installed, in Hungarian", salesrhythm.Hungarian, "salesrhythm", true,
			[]string{"Próbálja ki ezeket is:\n", "a havi jelentés újra"}, []string{"telepít"}},
		{"go run, in Hungarian", salesrhythm.Hungarian, "salesrhythm", false,
			[]string{"miután telepítette a parancsot"}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			var out bytes.Buffer
			a := &app{stdout: &out, locale: c.locale, executable: func() (string, bool) { return c.exe, c.installed }}
			a.tryNext("company", "2026-W47")
			for _, w := range c.want {
				if !strings.Contains(out.String(), w) {
					t.Errorf("lacks %q:\n%s", w, out.String())
				}
			}
			for _, w := range c.lack {
				if strings.Contains(out.String(), w) {
					t.Errorf("says %q:\n%s", w, out.String())
				}
			}
		})
	}
}
