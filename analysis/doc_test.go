package analysis

import (
	"go/parser"
	"go/token"
	"strings"
	"testing"
)

// The report prints Policy as the rules in force, so its definitions must
// say word for word what the package documentation says.
func TestPolicyMatchesDoc(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", nil, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil {
		t.Fatal(err)
	}
	doc := strings.Join(strings.Fields(f.Doc.Text()), " ")
	for _, r := range definitions() {
		if want := "# " + r.Title.En; !strings.Contains(doc, want) {
			t.Errorf("doc.go has no heading %q", want)
		}
		if want := strings.Join(strings.Fields(r.Text.En), " "); !strings.Contains(doc, want) {
			t.Errorf("doc.go does not say, under %q:\n%s", r.Title.En, want)
		}
		if r.Text.Hu == "" || r.Title.Hu == "" {
			t.Errorf("rule %q has no Hungarian text", r.Key)
		}
	}
}
