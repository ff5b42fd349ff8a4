package importer

import (
	"context"
	"reflect"
	"slices"

	"salesrhythm"
)

// Earlier is what the inbox holds of kinds whose new workbooks start from
// the owner's earlier completed ones: for each kind and person, every such
// workbook and its records.
type Earlier struct {
	Files    []File                // the workbooks found, in path order
	Findings []salesrhythm.Finding // the problems met in each kind's and person's latest
	past     map[earlierKey][]Past // oldest first
}

// Past is one earlier completed workbook and its records.
type Past struct {
	File
	Records *Records
}

type earlierKey struct {
	kind   salesrhythm.Kind
	person string // lower case
}

func earlierOf(kind salesrhythm.Kind, person string) earlierKey {
	return earlierKey{kind, salesrhythm.IDKey(person)}
}

// Of returns the records of person's latest completed workbook of kind,
// nil when the inbox has none.
func (e *Earlier) Of(kind salesrhythm.Kind, person string) *Records {
	if ps := e.past[earlierOf(kind, person)]; len(ps) > 0 {
		return ps[len(ps)-1].Records
	}
	return nil
}

// Before returns person's completed workbooks of kind whose period starts
// before day, oldest first.
func (e *Earlier) Before(kind salesrhythm.Kind, person string, day salesrhythm.Date) []Past {
	ps := e.past[earlierOf(kind, person)]
	n, _ := slices.BinarySearchFunc(ps, day, func(p Past, d salesrhythm.Date) int { return p.Period.Start.Compare(d) })
	return ps[:n:n]
}

// Latest reads the inbox (every month of it: the inbox is the archive) for
// the workbooks of kinds whose period starts before day, and keeps for each
// kind and owner every one, of each period the copy the duplicate rule lets
// count, in the order of their periods. The other workbooks are recognised
// and skipped.
func Latest(ctx context.Context, dir string, before salesrhythm.Date, kinds []salesrhythm.Kind, o Options) (*Earlier, error) {
	// The plans too: the people typed by name in the workbooks are read as
	// the plan's IDs, and carried over as such.
	o.Only = append(slices.Clip(kinds), salesrhythm.KindPlan)
	res, err := Read(ctx, dir, salesrhythm.Month{}, o)
	if err != nil {
		return nil, err
	}
	e := &Earlier{past: map[earlierKey][]Past{}}
	byPath := map[string]*Records{}
	for _, f := range res.Files {
		if f.Status != StatusRead || f.SupersededBy != "" || f.Period == nil || f.Person == "" ||
			!slices.Contains(kinds, f.Kind) || !f.Period.Start.Before(before) {
			continue
		}
		rs := &Records{}
		k := earlierOf(f.Kind, f.Person)
		e.past[k] = append(e.past[k], Past{File: f, Records: rs})
		byPath[f.Path] = rs
		e.Files = append(e.Files, f)
	}
	latest := map[string]bool{}
	for _, ps := range e.past {
		slices.SortStableFunc(ps, func(a, b Past) int { return a.Period.Start.Compare(b.Period.Start) })
		latest[ps[len(ps)-1].Path] = true
	}
	for _, f := range res.Findings {
		if latest[f.File] {
			e.Findings = append(e.Findings, f)
		}
	}
	split(&res.Records, byPath)
	return e, nil
}

// split hands every record of rs to the Records of its file in by, if it
// has one there.
func split(rs *Records, by map[string]*Records) {
	rv := reflect.ValueOf(rs).Elem()
	for i := range rv.NumField() {
		f := rv.Field(i)
		if f.Kind() != reflect.Slice {
			continue
		}
		ref := shapeOf(f.Type().Elem()).ref
		if ref == nil {
			continue
		}
		for j := range f.Len() {
			rec := f.Index(j)
			to := by[rec.FieldByIndex(ref).Interface().(salesrhythm.Ref).File]
			if to == nil {
				continue
			}
			dst := reflect.ValueOf(to).Elem().Field(i)
			dst.Set(reflect.Append(dst, rec))
		}
	}
}
