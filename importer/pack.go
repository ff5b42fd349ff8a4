package importer

import (
	"context"
	"fmt"
	"reflect"
	"slices"

	"salesrhythm"
	"salesrhythm/internal/parallel"
	"salesrhythm/internal/wire"
	"salesrhythm/schema"
)

// The records of a file wait, packed, for the month that counts them: from
// the moment the file is read until the month's records are gathered they
// are held encoded (internal/wire), as the records cache holds them on
// disk. A month of a thousand managers is a million records; packed they
// take a fifth of the memory, and the collector has nothing in them to
// trace while the rest of the inbox is read. Gathering unpacks each file
// straight into its place in the month's slices, so that the records are
// never held twice.

// packed is a file's records, encoded, with how many of each kind there
// are.
type packed struct {
	Data   string // shared by the strings of the records unpacked from it
	Counts []int  // by field of Records
}

// pack encodes the records of a file read and lets them go. A plan stays
// as it is: the month's checks read it before anything is gathered. A file
// taken from the cache has its records there, packed already.
func (r *fileResult) pack() {
	if r.Status != StatusRead || r.Kind == salesrhythm.KindPlan || r.packed != nil || r.hit {
		return
	}
	data, err := wire.Marshal(r.Records)
	if err != nil {
		return // a type wire cannot encode: the records stay unpacked
	}
	r.packed = &packed{Data: string(data), Counts: counts(&r.Records)}
	r.Records = Records{}
}

// unpack puts the file's records in rs, whose slices are empty with room
// for them, decoding them there when they are packed.
func (r *fileResult) unpack(rs *Records) error {
	if r.packed != nil {
		return wire.UnmarshalString(r.packed.Data, rs)
	}
	dst, src := reflect.ValueOf(rs).Elem(), reflect.ValueOf(&r.Records).Elem()
	for k := range dst.NumField() {
		if d := dst.Field(k); d.Kind() == reflect.Slice && src.Field(k).Len() > 0 {
			d.Set(reflect.AppendSlice(d, src.Field(k)))
		}
	}
	return nil
}

// sizes returns how many records of each kind the file holds.
func (r *fileResult) sizes() []int {
	if r.packed != nil {
		return r.packed.Counts
	}
	return counts(&r.Records)
}

// counts returns the length of each field of rs that lists records, 0 for
// the others (the plan).
func counts(rs *Records) []int {
	v := reflect.ValueOf(rs).Elem()
	out := make([]int, v.NumField())
	for i := range out {
		if f := v.Field(i); f.Kind() == reflect.Slice {
			out[i] = f.Len()
		}
	}
	return out
}

// Lent are a month's calls and time slots, lent one file at a time.
type Lent = salesrhythm.Lent

// lentKinds are the fields of Records that Lent lends, by name.
var lentKinds = map[string]bool{"Calls": true, "Slots": true}

// gather joins the records of the files that count — read, and not
// superseded — in file order, unpacking the files on every core: the kinds
// Lent lends are left in their files, every other kind is put in one
// allocation of its exact size. Person columns read as a name are renamed
// to the ID it was read as (checkPeople) on the way, and each time a lent
// record is unpacked.
func gather(files []*fileResult, sch *schema.Schema) (Records, Lent) {
	var counting []*fileResult
	for _, f := range files {
		f.refs = nil // checked against the plan already: let them go first
		if f.Status == StatusRead && f.SupersededBy == "" && f.Kind != salesrhythm.KindPlan {
			counting = append(counting, f)
		}
	}
	var all Records
	out := reflect.ValueOf(&all).Elem()
	held := make([]bool, out.NumField())
	for k := range held {
		held[k] = out.Field(k).Kind() == reflect.Slice && !lentKinds[out.Type().Field(k).Name]
	}
	at := make([][]int, len(counting)) // where each file's records of each kind go
	next := make([]int, out.NumField())
	for i, f := range counting {
		at[i] = append([]int(nil), next...)
		for k, n := range f.sizes() {
			next[k] += n
		}
	}
	for k, n := range next {
		if n > 0 && held[k] {
			out.Field(k).Set(reflect.MakeSlice(out.Field(k).Type(), n, n))
		}
	}
	lost := make([]bool, len(counting))
	_ = parallel.For(context.Background(), len(counting), func(i int) {
		f := counting[i]
		// The file's held records are decoded straight into their places;
		// the lent ones are decoded to see that they can be.
		var rs Records
		v := reflect.ValueOf(&rs).Elem()
		sizes := f.sizes()
		for k, n := range sizes {
			if n > 0 && held[k] {
				v.Field(k).Set(out.Field(k).Slice3(at[i][k], at[i][k], at[i][k]+n))
			}
		}
		err := f.unpack(&rs)
		for k, n := range sizes {
			if err == nil && v.Field(k).Kind() == reflect.Slice && v.Field(k).Len() != n {
				err = fmt.Errorf("%d records of kind %d, not %d", v.Field(k).Len(), k, n)
			}
		}
		if err != nil {
			lost[i], f.Rows = true, 0
			f.reject(salesrhythm.CodeCrash, salesrhythm.Tr("the reader crashed on this file (%v); it was not read — please report it with the file", err))
			return
		}
		f.rename(&rs, sch)
	})
	// A file whose records did not unpack (only a fault of the program can
	// make one) leaves its places empty: close them up, from the last.
	for i := len(counting) - 1; i >= 0; i-- {
		if !lost[i] {
			continue
		}
		for k, n := range counting[i].sizes() {
			if n > 0 && held[k] {
				f := out.Field(k)
				reflect.Copy(f.Slice(at[i][k], f.Len()), f.Slice(at[i][k]+n, f.Len()))
				if f.SetLen(f.Len() - n); f.Len() == 0 {
					f.SetZero()
				}
			}
		}
		counting[i] = nil
	}
	counting = slices.DeleteFunc(counting, func(f *fileResult) bool { return f == nil })
	return all, Lent{Calls: lend[salesrhythm.Call](counting, "Calls", sch), Slots: lend[salesrhythm.Slot](counting, "Slots", sch)}
}

// lend returns the records of field name of Records in files, unpacked
// one file at a time each time they are read.
func lend[T any](files []*fileResult, name string, sch *schema.Schema) salesrhythm.Rows[T] {
	field, _ := reflect.TypeFor[Records]().FieldByName(name)
	k := field.Index[0]
	var parts []*fileResult
	n := 0
	for _, f := range files {
		if c := f.sizes()[k]; c > 0 {
			parts = append(parts, f)
			n += c
		}
	}
	return salesrhythm.PackedRows(n, len(parts), func(i int, buf []T) []T {
		f := parts[i]
		var rs Records
		v := reflect.ValueOf(&rs).Elem().Field(k)
		v.Set(reflect.ValueOf(buf[:0]))
		if err := f.unpack(&rs); err != nil {
			// gather unpacked every file once already: the same bytes
			// cannot fail now.
			panic(fmt.Sprintf("importer: %s no longer unpacks: %v", f.Path, err))
		}
		f.rename(&rs, sch)
		return v.Interface().([]T)
	})
}
