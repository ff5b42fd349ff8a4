package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"salesrhythm"
)

// TestCatalogue reads the program's source and checks that every message
// rendered by its English format — Tr, Lookup, the importer's problem, the
// console's say, text and errorf — is in the catalogue with its Hungarian,
// so that none is left English in a Hungarian run; and that no English
// format was registered with two Hungarian ones.
func TestCatalogue(t *testing.T) {
	// The format's argument position, by the function's name.
	calls := map[string]int{"Tr": 0, "Lookup": 0, "problem": 1, "flag": 2, "say": 0, "text": 0, "errorf": 0}
	root := filepath.Join("..", "..")
	fset := token.NewFileSet()
	checked := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && path != root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			var name string
			switch fn := call.Fun.(type) {
			case *ast.Ident:
				name = fn.Name
			case *ast.SelectorExpr:
				name = fn.Sel.Name
			}
			i, ok := calls[name]
			if !ok || len(call.Args) <= i {
				return true
			}
			lit, ok := call.Args[i].(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			format, err := strconv.Unquote(lit.Value)
			// A layout of verbs, or one word (a flag or a field looked up by
			// name), says nothing to translate.
			if err != nil || !strings.Contains(format, " ") || !letters.MatchString(verb.ReplaceAllString(format, "")) {
				return true
			}
			checked++
			if !salesrhythm.Lookup(format).Registered() {
				t.Errorf("%s: %q has no Hungarian in the catalogue", fset.Position(lit.Pos()), format)
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked < 300 {
		t.Errorf("only %d messages checked", checked)
	}
	for _, c := range salesrhythm.Conflicts() {
		t.Errorf("registered twice: %s", c)
	}
}

var letters = regexp.MustCompile(`\pL{2,}`)

// TestEveryCodeHasBothLanguages: each finding code of the vocabulary has a
// hint in English and in Hungarian.
func TestEveryCodeHasBothLanguages(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), filepath.Join("..", "..", "finding.go"), nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	codes := 0
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST {
			continue
		}
		for _, s := range g.Specs {
			v := s.(*ast.ValueSpec)
			for i, n := range v.Names {
				if !strings.HasPrefix(n.Name, "Code") || i >= len(v.Values) {
					continue
				}
				lit, ok := v.Values[i].(*ast.BasicLit)
				if !ok {
					continue
				}
				code, _ := strconv.Unquote(lit.Value)
				codes++
				h := salesrhythm.HintOf(salesrhythm.Code(code))
				if h.En == "" || h.Hu == "" || h.En == h.Hu {
					t.Errorf("%s (%s): hint %q / %q, want one in each language", n.Name, code, h.En, h.Hu)
				}
			}
		}
	}
	if codes < 30 {
		t.Errorf("only %d codes found in finding.go", codes)
	}
}
