package importer

import (
	"context"
	"reflect"
	"slices"
	"strings"

	"salesrhythm"
)

// Earlier is what the inbox holds of kinds whose new workbooks start from
// the owner's latest completed one: for each kind and person, that
// workbook and its records.
type Earlier struct {
	Files    []File                // the workbooks chosen, in path order
	Findings []salesrhythm.Finding // the problems met in them
	records  map[earlierKey]*Records
}

type earlierKey struct {
	kind   salesrhythm.Kind
	person string // lower case
}

// Of returns the records of person's latest completed workbook of kind,
// nil when the inbox has none.
func (e *Earlier) Of(kind salesrhythm.Kind, person string) *Records {
	return e.records[earlierKey{kind, strings.ToLower(strings.TrimSpace(person))}]
}

// Latest reads the inbox (every month of it: the inbox is the archive) for
// the workbooks of kinds whose period starts before day, and chooses for
// each kind and owner the latest: the one with the latest period, and of
// the copies of that one the one the duplicate rule lets count. The other
// workbooks are recognised and skipped.
func Latest(ctx context.Context, dir string, before salesrhythm.Date, kinds []salesrhythm.Kind, o Options) (*Earlier, error) {
	o.Only = kinds
	res, err := Read(ctx, dir, salesrhythm.Month{}, o)
	if err != nil {
		return nil, err
	}
	chosen := map[earlierKey]File{}
	for _, f := range res.Files {
		if f.Status != StatusRead || f.SupersededBy != "" || f.Period == nil || f.Person == "" ||
			!slices.Contains(kinds, f.Kind) || !f.Period.Start.Before(before) {
			continue
		}
		k := earlierKey{f.Kind, strings.ToLower(f.Person)}
		if cur, ok := chosen[k]; !ok || f.Period.Start.After(cur.Period.Start) {
			chosen[k] = f
		}
	}
	e := &Earlier{records: map[earlierKey]*Records{}}
	byPath := map[string]*Records{}
	for k, f := range chosen {
		rs := &Records{}
		e.records[k], byPath[f.Path] = rs, rs
		e.Files = append(e.Files, f)
	}
	slices.SortFunc(e.Files, func(a, b File) int { return strings.Compare(a.Path, b.Path) })
	for _, f := range res.Findings {
		if byPath[f.File] != nil {
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
