// Package jsonschema derives the JSON Schema (draft 2020-12) of the JSON a
// Go type marshals to, with a description of every property, and checks
// JSON documents against such a schema. It serves the tests that keep
// docs/*.schema.json true to the program's output; it knows the subset of
// JSON Schema it writes — types, properties, required, additional
// properties, items, $ref, pattern, anyOf — and no more.
package jsonschema

import (
	"encoding"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"

	"salesrhythm"
)

// Schema is a JSON Schema as a JSON value.
type Schema = map[string]any

// Describer returns the description of field f of struct type t, "" for
// none.
type Describer func(t reflect.Type, f reflect.StructField, key string) string

// Comments reads the comments of the struct fields of the Go packages in
// dirs: the field's doc comment, else its line comment, by "Type.Field".
func Comments(dirs ...string) (map[string]string, error) {
	out := map[string]string{}
	for _, d := range dirs {
		names, err := filepath.Glob(filepath.Join(d, "*.go"))
		if err != nil {
			return nil, err
		}
		fset := token.NewFileSet()
		for _, name := range names {
			f, err := parser.ParseFile(fset, name, nil, parser.ParseComments)
			if err != nil {
				return nil, err
			}
			ast.Inspect(f, func(n ast.Node) bool {
				ts, ok := n.(*ast.TypeSpec)
				if !ok {
					return true
				}
				st, ok := ts.Type.(*ast.StructType)
				if !ok {
					return true
				}
				for _, fl := range st.Fields.List {
					c := fl.Doc.Text()
					if c == "" {
						c = fl.Comment.Text()
					}
					for _, n := range fl.Names {
						out[ts.Name.Name+"."+n.Name] = strings.Join(strings.Fields(c), " ")
					}
				}
				return true
			})
		}
	}
	return out, nil
}

// Of returns the schema of the JSON that values of t marshal to, titled
// title, each property described by describe.
func Of(t reflect.Type, title string, describe Describer) (Schema, error) {
	g := &gen{defs: map[string]Schema{}, describe: describe}
	root := g.schema(t)
	if g.err != nil {
		return nil, g.err
	}
	out := Schema{"$schema": "https://json-schema.org/draft/2020-12/schema", "title": title}
	for k, v := range root {
		out[k] = v
	}
	out["$defs"] = g.defs
	return out, nil
}

type gen struct {
	defs     map[string]Schema
	describe Describer
	err      error
}

var (
	textMarshaler = reflect.TypeFor[encoding.TextMarshaler]()
	jsonMarshaler = reflect.TypeFor[json.Marshaler]()
	defName       = regexp.MustCompile(`[^A-Za-z0-9_]+`)
)

// patterns are the forms of the domain's text values.
var patterns = map[reflect.Type]string{
	reflect.TypeFor[salesrhythm.Date]():  `^(\d{4}-\d{2}-\d{2})?$`,
	reflect.TypeFor[salesrhythm.Month](): `^(\d{4}-\d{2})?$`,
	reflect.TypeFor[salesrhythm.Clock](): `^(\d{2}:\d{2})?$`,
}

func (g *gen) schema(t reflect.Type) Schema {
	if p, ok := patterns[t]; ok {
		return Schema{"type": "string", "pattern": p}
	}
	switch {
	case t.Implements(jsonMarshaler) && t.Kind() == reflect.Struct:
		// Fraction: a number, or null for n/a.
		return Schema{"type": []any{"number", "null"}}
	case t.Implements(textMarshaler):
		return Schema{"type": "string"}
	}
	switch t.Kind() {
	case reflect.Bool:
		return Schema{"type": "boolean"}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64, reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return Schema{"type": "integer"}
	case reflect.Float32, reflect.Float64:
		return Schema{"type": "number"}
	case reflect.String:
		return Schema{"type": "string"}
	case reflect.Pointer:
		return Schema{"anyOf": []any{g.schema(t.Elem()), Schema{"type": "null"}}}
	case reflect.Slice, reflect.Array:
		return Schema{"type": []any{"array", "null"}, "items": g.schema(t.Elem())}
	case reflect.Map:
		return Schema{"type": []any{"object", "null"}, "additionalProperties": g.schema(t.Elem())}
	case reflect.Struct:
		name := defName.ReplaceAllString(t.Name(), "_")
		if _, ok := g.defs[name]; !ok {
			g.defs[name] = Schema{} // a placeholder, for recursive types
			g.defs[name] = g.object(t)
		}
		return Schema{"$ref": "#/$defs/" + name}
	}
	g.err = fmt.Errorf("jsonschema: no schema for %s", t)
	return Schema{}
}

// object is the schema of a struct: its JSON properties, those without
// omitempty or omitzero required.
func (g *gen) object(t reflect.Type) Schema {
	props := Schema{}
	var required []any
	var add func(t reflect.Type)
	add = func(t reflect.Type) {
		for i := range t.NumField() {
			f := t.Field(i)
			tag := f.Tag.Get("json")
			if tag == "-" || !f.IsExported() && !f.Anonymous {
				continue
			}
			key, opts, _ := strings.Cut(tag, ",")
			if f.Anonymous && key == "" && f.Type.Kind() == reflect.Struct {
				add(f.Type) // an embedded struct's fields are the outer's
				continue
			}
			if key == "" {
				key = f.Name
			}
			s := g.schema(f.Type)
			desc := g.describe(t, f, key)
			if desc == "" && g.err == nil {
				g.err = fmt.Errorf("jsonschema: %s.%s (%q) has no description", t.Name(), f.Name, key)
			}
			s = withDescription(s, desc)
			props[key] = s
			if !strings.Contains(opts, "omitempty") && !strings.Contains(opts, "omitzero") {
				required = append(required, key)
			}
		}
	}
	add(t)
	sort.Slice(required, func(i, j int) bool { return required[i].(string) < required[j].(string) })
	out := Schema{"type": "object", "properties": props, "additionalProperties": false}
	if len(required) > 0 {
		out["required"] = required
	}
	return out
}

// withDescription adds a description beside a $ref, which draft 2020-12
// allows.
func withDescription(s Schema, desc string) Schema {
	out := Schema{"description": desc}
	for k, v := range s {
		out[k] = v
	}
	return out
}

// Validate checks doc, a decoded JSON value, against schema and returns
// every violation with its JSON path.
func Validate(schema Schema, doc any) []string {
	v := &validator{root: schema}
	v.check(schema, doc, "$")
	return v.errs
}

type validator struct {
	root Schema
	errs []string
}

func (v *validator) fail(path, format string, args ...any) {
	v.errs = append(v.errs, path+": "+fmt.Sprintf(format, args...))
}

func (v *validator) check(s Schema, doc any, path string) {
	if ref, ok := s["$ref"].(string); ok {
		defs, _ := v.root["$defs"].(map[string]any)
		target, ok := defs[strings.TrimPrefix(ref, "#/$defs/")].(map[string]any)
		if !ok {
			v.fail(path, "no definition %s", ref)
			return
		}
		v.check(target, doc, path)
	}
	if alts, ok := s["anyOf"].([]any); ok {
		for _, alt := range alts {
			sub := &validator{root: v.root}
			sub.check(alt.(map[string]any), doc, path)
			if len(sub.errs) == 0 {
				return
			}
		}
		v.fail(path, "matches none of its alternatives")
		return
	}
	if t, ok := s["type"]; ok {
		var types []string
		switch x := t.(type) {
		case string:
			types = []string{x}
		case []any:
			for _, y := range x {
				types = append(types, y.(string))
			}
		}
		if got := jsonType(doc); !slices.Contains(types, got) && !(got == "integer" && slices.Contains(types, "number")) {
			v.fail(path, "%s, want %s", got, strings.Join(types, " or "))
			return
		}
	}
	switch x := doc.(type) {
	case string:
		if p, ok := s["pattern"].(string); ok && !regexp.MustCompile(p).MatchString(x) {
			v.fail(path, "%q does not match %s", x, p)
		}
	case []any:
		if items, ok := s["items"].(map[string]any); ok {
			for i, e := range x {
				v.check(items, e, fmt.Sprintf("%s[%d]", path, i))
			}
		}
	case map[string]any:
		props, _ := s["properties"].(map[string]any)
		for _, r := range asList(s["required"]) {
			if _, ok := x[r]; !ok {
				v.fail(path, "%s is missing", r)
			}
		}
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if p, ok := props[k].(map[string]any); ok {
				v.check(p, x[k], path+"."+k)
				continue
			}
			switch extra := s["additionalProperties"].(type) {
			case bool:
				if !extra {
					v.fail(path, "%s is not described", k)
				}
			case map[string]any:
				v.check(extra, x[k], path+"."+k)
			}
		}
	}
}

func asList(v any) []string {
	var out []string
	if l, ok := v.([]any); ok {
		for _, x := range l {
			out = append(out, x.(string))
		}
	}
	return out
}

func jsonType(doc any) string {
	switch x := doc.(type) {
	case nil:
		return "null"
	case bool:
		return "boolean"
	case float64:
		if x == float64(int64(x)) {
			return "integer"
		}
		return "number"
	case json.Number:
		if _, err := x.Int64(); err == nil {
			return "integer"
		}
		return "number"
	case string:
		return "string"
	case []any:
		return "array"
	case map[string]any:
		return "object"
	}
	return fmt.Sprintf("%T", doc)
}
