package schema

import (
	"fmt"
	"reflect"
	"slices"
	"strings"

	"salesrhythm"
)

// A sheet's record type names, on each field a column fills, the column's
// key in a `col` tag: the importer decodes every column into its field and
// the templates writer encodes every field into its column, so a column and
// its field are one line each. Fields the workbook's identity fills (its
// owner and period) carry a `workbook` tag instead.

// Field returns the index path, in the sheet's Record, of the field column i
// fills (for reflect.Value.FieldByIndex).
func (s *Sheet) Field(i int) []int { return s.fields[i] }

// fieldTypes are the Go types a column's values decode to. Count and Minutes
// may also fill a float64 (the plan's targets are numbers).
var fieldTypes = map[Type][]reflect.Type{
	Text:     {reflect.TypeFor[string]()},
	LongText: {reflect.TypeFor[string]()},
	Date:     {reflect.TypeFor[salesrhythm.Date]()},
	Time:     {reflect.TypeFor[salesrhythm.Clock]()},
	Count:    {reflect.TypeFor[int](), reflect.TypeFor[float64]()},
	Minutes:  {reflect.TypeFor[int](), reflect.TypeFor[float64]()},
	Money:    {reflect.TypeFor[float64]()},
	Choice:   {reflect.TypeFor[string]()},
	YesNo:    {reflect.TypeFor[salesrhythm.Answer]()},
	Person:   {reflect.TypeFor[string]()},
	People:   {reflect.TypeFor[[]string]()},
}

// bind finds the field of every column of s in its Record.
func (s *Sheet) bind() error {
	switch {
	case s.Record == nil:
		return fmt.Errorf("sheet %s names no record type", s.Key)
	case s.Layout == Grid && s.Record != reflect.TypeFor[salesrhythm.Slot]():
		return fmt.Errorf("grid %s fills %s; a grid's cells are time slots", s.Key, s.Record)
	}
	byKey := map[string]reflect.StructField{}
	for _, f := range reflect.VisibleFields(s.Record) {
		if key, ok := f.Tag.Lookup("col"); ok {
			byKey[key] = f
		}
	}
	s.fields = make([][]int, len(s.Columns))
	var errs []string
	for i, c := range s.Columns {
		f, ok := byKey[c.Key]
		if !ok {
			errs = append(errs, fmt.Sprintf("column %s.%s reaches no field of %s", s.Key, c.Key, s.Record))
			continue
		}
		t := f.Type
		if t.Kind() == reflect.String && t != reflect.TypeFor[string]() {
			t = reflect.TypeFor[string]() // a string type such as Role
		}
		want := fieldTypes[c.Type]
		if !slices.Contains(want, t) {
			errs = append(errs, fmt.Sprintf("column %s.%s fills %s.%s, a %s, not a %s", s.Key, c.Key, s.Record, f.Name, f.Type, want[0]))
		}
		s.fields[i] = f.Index
	}
	if p := s.Planned; p != nil {
		if c := s.Column(p.Marker); c == nil || !c.Carried || s.Layout != Table {
			errs = append(errs, fmt.Sprintf("sheet %s: a plan's marker %s must be a Carried column of a table", s.Key, p.Marker))
		}
		for _, k := range p.Acted {
			if s.Column(k) == nil {
				errs = append(errs, fmt.Sprintf("sheet %s: a plan is acted on in %s, which is not a column", s.Key, k))
			}
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("%s", strings.Join(errs, "; "))
	}
	return nil
}

// unreached lists the tagged fields of the record types of ws that no
// column of any sheet fills.
func unreached(ws []*Workbook) []string {
	filled := map[reflect.Type]map[string]bool{}
	var types []reflect.Type
	for _, w := range ws {
		for _, s := range w.Sheets {
			if filled[s.Record] == nil {
				filled[s.Record] = map[string]bool{}
				types = append(types, s.Record)
			}
			for _, c := range s.Columns {
				filled[s.Record][c.Key] = true
			}
		}
	}
	var out []string
	for _, t := range types {
		for _, f := range reflect.VisibleFields(t) {
			if key, ok := f.Tag.Lookup("col"); ok && !filled[t][key] {
				out = append(out, fmt.Sprintf("%s.%s (col %q) is filled by no column", t, f.Name, key))
			}
		}
	}
	return out
}

// Check reports every column that reaches no record field and every tagged
// record field that no column fills; New panics on them, as they are
// mistakes in this package or in the record types.
func Check(ws []*Workbook) error {
	var errs []string
	for _, w := range ws {
		for i := range w.Sheets {
			if err := w.Sheets[i].bind(); err != nil {
				errs = append(errs, fmt.Sprintf("%s: %v", w.Kind, err))
			}
		}
	}
	errs = append(errs, unreached(ws)...)
	if len(errs) > 0 {
		return fmt.Errorf("schema: %s", strings.Join(errs, "; "))
	}
	return nil
}

// RecordsOf returns the slice of r that holds records of type t (an
// addressable []t), or the zero Value when r has none of that type: the
// plan's people and targets and the assessment's questions fold into a
// Plan and an Assessment instead.
func RecordsOf(r *salesrhythm.Records, t reflect.Type) reflect.Value {
	i, ok := recordSlices[t]
	if !ok {
		return reflect.Value{}
	}
	return reflect.ValueOf(r).Elem().Field(i)
}

// recordSlices is the field of Records for each record type.
var recordSlices = func() map[reflect.Type]int {
	m := map[reflect.Type]int{}
	rt := reflect.TypeFor[salesrhythm.Records]()
	for i := range rt.NumField() {
		if f := rt.Field(i); f.Type.Kind() == reflect.Slice {
			m[f.Type.Elem()] = i
		}
	}
	return m
}()
