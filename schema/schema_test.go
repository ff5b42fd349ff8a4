package schema

import (
	"strings"
	"testing"

	"salesrhythm"
)

// TestDescriptions checks what Excel and the importer need of every
// description: valid, distinct sheet names, and labels that tell columns
// apart in either locale.
func TestDescriptions(t *testing.T) {
	s := New(salesrhythm.Default())
	if len(s.Workbooks()) != len(salesrhythm.Kinds) {
		t.Fatalf("%d kinds described, want %d", len(s.Workbooks()), len(salesrhythm.Kinds))
	}
	for _, w := range s.Workbooks() {
		names := map[string]bool{}
		for _, sh := range w.Sheets {
			for _, name := range sh.Name.All() {
				if len(name) == 0 || len([]rune(name)) > 31 || strings.ContainsAny(name, `[]:*?/\`) {
					t.Errorf("%s: sheet name %q is not valid in Excel", w.Kind, name)
				}
				if names[strings.ToLower(name)] && name != sh.Name.En {
					t.Errorf("%s: sheet name %q used twice", w.Kind, name)
				}
				names[strings.ToLower(name)] = true
			}
			labels := map[string]string{}
			keys := map[string]bool{}
			for _, c := range sh.Columns {
				if keys[c.Key] {
					t.Errorf("%s/%s: key %q twice", w.Kind, sh.Key, c.Key)
				}
				keys[c.Key] = true
				for _, l := range c.Label.All() {
					n := strings.ToLower(l)
					if other, ok := labels[n]; ok && other != c.Key {
						t.Errorf("%s/%s: label %q names both %s and %s", w.Kind, sh.Key, l, other, c.Key)
					}
					labels[n] = c.Key
				}
				if c.Type == Choice && len(c.Choices) == 0 {
					t.Errorf("%s/%s: %s is a choice without choices", w.Kind, sh.Key, c.Key)
				}
			}
			if sh.Dated != "" && sh.Column(sh.Dated) == nil {
				t.Errorf("%s/%s: dated by a column it does not have: %s", w.Kind, sh.Key, sh.Dated)
			}
		}
	}
}
