package salesrhythm

import (
	"iter"
	"reflect"
	"strings"
)

// Rows are a month's records of one kind, in order. They are held as
// values, or wait packed in the files they were read from and are unpacked
// one file at a time as they are read, so that a large department's month
// (a million calls and time slots) is never all alive as values: reading
// them is All, which lends each record for the time of one step.
type Rows[T any] struct {
	list []T
	n    int
	// parts, when set, are the packed files: part(i, buf) returns the
	// records of the i-th, in buf's memory when it has room.
	parts int
	part  func(i int, buf []T) []T
}

// Lent are a month's calls and time slots — nine in ten of its records —
// as Rows, which a month of a large department lends one file at a time
// rather than holds.
type Lent struct {
	Calls Rows[Call]
	Slots Rows[Slot]
}

// RowsOf holds list as Rows.
func RowsOf[T any](list ...T) Rows[T] { return Rows[T]{list: list, n: len(list)} }

// PackedRows are n records in parts files, each unpacked by part(i, buf):
// the records of the i-th file, in buf's memory when it has room. Reading
// the same file twice must give the same records.
func PackedRows[T any](n, parts int, part func(i int, buf []T) []T) Rows[T] {
	return Rows[T]{n: n, parts: parts, part: part}
}

// Len returns how many records there are.
func (r Rows[T]) Len() int { return r.n }

// All yields every record in order. A record is lent for one step: it is
// overwritten by a later one, so what must be kept is copied; and the
// strings of a packed file's records share the memory of its packed bytes,
// which one string kept keeps alive whole, so a string kept past the step
// is cloned (Own, strings.Clone).
func (r Rows[T]) All() iter.Seq[*T] {
	return func(yield func(*T) bool) {
		for i := range r.list {
			if !yield(&r.list[i]) {
				return
			}
		}
		var buf []T
		for p := range r.parts {
			buf = r.part(p, buf[:0])
			for i := range buf {
				if !yield(&buf[i]) {
					return
				}
			}
			clear(buf) // what a record held is not decoded into again
		}
	}
}

// Values returns every record as a value of its own.
func (r Rows[T]) Values() []T {
	if r.parts == 0 {
		return r.list
	}
	out := make([]T, 0, r.n)
	for x := range r.All() {
		out = append(out, *x)
	}
	return out
}

// Keep returns the records for which keep is true, held as values.
func (r Rows[T]) Keep(keep func(*T) bool) Rows[T] {
	var out []T
	for x := range r.All() {
		if keep(x) {
			out = append(out, *x)
		}
	}
	return RowsOf(out...)
}

// Own makes the strings of *v, in its fields and their fields, copies of
// their own, so that keeping *v keeps no lent record's file alive.
func Own[T any](v *T) { own(reflect.ValueOf(v).Elem()) }

func own(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		v.SetString(strings.Clone(v.String()))
	case reflect.Struct:
		for i := range v.NumField() {
			if f := v.Field(i); f.CanSet() {
				own(f)
			}
		}
	}
}
