package schema

import (
	"slices"
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

// TestColumnsAndFieldsMatch: every column fills a field of its sheet's
// record type, of the Go type its values decode to, and every tagged field
// is filled by a column; adding a column without its field (or a field
// without its column) fails here.
func TestColumnsAndFieldsMatch(t *testing.T) {
	s := New(salesrhythm.Default())
	if err := Check(s.Workbooks()); err != nil {
		t.Fatal(err)
	}
	calls := s.Kind(salesrhythm.KindCallRegister)
	changed := func(edit func(cols []Column) []Column) []*Workbook {
		sh := calls.Sheets[0]
		sh.Columns = edit(slices.Clone(sh.Columns))
		return []*Workbook{{Kind: calls.Kind, Sheets: []Sheet{sh}}}
	}
	for _, tc := range []struct {
		name string
		ws   []*Workbook
		want string
	}{
		{"a column without a field", changed(func(cols []Column) []Column {
			return append(cols, Column{Key: "mood", Label: salesrhythm.T("Mood", "Hangulat"), Type: Text})
		}), "calls.mood reaches no field"},
		{"a field without a column", changed(func(cols []Column) []Column {
			return slices.DeleteFunc(cols, func(c Column) bool { return c.Key == "comment" })
		}), `Comment (col "comment") is filled by no column`},
		{"a field of another type", changed(func(cols []Column) []Column {
			cols[0].Type = Text
			return cols
		}), "calls.date fills salesrhythm.Call.Date"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := Check(tc.ws)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Check: %v, want %q", err, tc.want)
			}
		})
	}
}

// TestLabelsDefinedOnce: the kinds' titles are salesrhythm.Kinds' labels
// and the plan's target columns salesrhythm.Measures'.
func TestLabelsDefinedOnce(t *testing.T) {
	s := New(salesrhythm.Default())
	for _, w := range s.Workbooks() {
		if want := salesrhythm.LabelOf(salesrhythm.Kinds, string(w.Kind)); w.Title != want {
			t.Errorf("%s: title %v, want %v", w.Kind, w.Title, want)
		}
	}
	targets := s.Kind(salesrhythm.KindPlan).Sheet("targets")
	for _, m := range salesrhythm.Measures {
		if c := targets.Column(m.Key); c == nil || c.Label != m.Label {
			t.Errorf("target column %s: %+v, want the label %v", m.Key, c, m.Label)
		}
	}
}
