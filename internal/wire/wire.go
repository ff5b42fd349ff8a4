// Package wire encodes Go values of plain types — booleans, numbers,
// strings, and the slices, arrays, maps, pointers and structs of them — in
// a compact binary form, by reflection, so that a new record type or field
// needs no new code. It is the records cache's format: fast to decode (a
// string met twice in a value is stored once and decoded once), bounded by
// the bytes it is given (a damaged length never allocates more than the
// input could hold), and never panics on damaged input.
//
// It is not self-describing: a value decodes only into the type it was
// encoded from. Signature names a type's shape, for the reader to check it
// is decoding what was written. Exported struct fields are encoded in
// order; a struct with unexported fields is refused, since they would be
// lost silently (time.Time is one).
package wire

import (
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"reflect"
	"slices"
	"strings"
	"sync"
	"unsafe"
)

// ErrDamaged is returned for input that does not decode as the type.
var ErrDamaged = errors.New("wire: damaged or foreign data")

// Marshal encodes v.
func Marshal(v any) ([]byte, error) {
	rv := reflect.ValueOf(v)
	c, err := codecOf(rv.Type())
	if err != nil {
		return nil, err
	}
	e := &encoder{strs: map[string]uint64{}}
	p := reflect.New(rv.Type())
	p.Elem().Set(rv)
	c.enc(e, p.UnsafePointer())
	return e.buf, nil
}

// Unmarshal decodes data into v, a pointer to a value of the type data was
// encoded from. Strings share the memory of one copy of data. A slice of v
// that is empty but has room for the elements decoded is filled in place,
// so that a caller can decode into memory of its own.
func Unmarshal(data []byte, v any) error { return UnmarshalString(string(data), v) }

// UnmarshalString decodes data as Unmarshal does, without the copy: the
// strings of v share data's memory.
func UnmarshalString(data string, v any) (err error) {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return fmt.Errorf("wire: Unmarshal needs a non-nil pointer, not %T", v)
	}
	c, err := codecOf(rv.Type().Elem())
	if err != nil {
		return err
	}
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("%w (%v)", ErrDamaged, p)
		}
	}()
	d := &decoder{data: data}
	c.dec(d, rv.UnsafePointer())
	if d.err == nil && d.pos != len(d.data) {
		d.err = fmt.Errorf("%w: %d bytes left over", ErrDamaged, len(d.data)-d.pos)
	}
	return d.err
}

// Signature describes the shape of t: two types with the same signature
// encode alike.
func Signature(t reflect.Type) string {
	var b strings.Builder
	signature(&b, t, map[reflect.Type]bool{})
	return b.String()
}

func signature(b *strings.Builder, t reflect.Type, seen map[reflect.Type]bool) {
	switch t.Kind() {
	case reflect.Struct:
		if seen[t] {
			b.WriteString(t.String())
			return
		}
		seen[t] = true
		b.WriteString("{")
		for _, f := range exported(t) {
			b.WriteString(f.Name + ":")
			signature(b, f.Type, seen)
			b.WriteString(";")
		}
		b.WriteString("}")
	case reflect.Slice:
		b.WriteString("[]")
		signature(b, t.Elem(), seen)
	case reflect.Array:
		fmt.Fprintf(b, "[%d]", t.Len())
		signature(b, t.Elem(), seen)
	case reflect.Pointer:
		b.WriteString("*")
		signature(b, t.Elem(), seen)
	case reflect.Map:
		b.WriteString("map[")
		signature(b, t.Key(), seen)
		b.WriteString("]")
		signature(b, t.Elem(), seen)
	default:
		b.WriteString(t.Kind().String())
	}
}

// codec is the compiled encoder and decoder of one type. They work on the
// address of a value: reflect.Value.Field per field and record cost more
// than the decoding itself, so fields are reached by their offsets.
type codec struct {
	enc func(*encoder, unsafe.Pointer)
	dec func(*decoder, unsafe.Pointer)
	min int // the fewest bytes a value of the type encodes to
}

var codecs sync.Map // reflect.Type → *codec

func codecOf(t reflect.Type) (*codec, error) {
	if c, ok := codecs.Load(t); ok {
		return c.(*codec), nil
	}
	c, err := compile(t, map[reflect.Type]*codec{})
	if err != nil {
		return nil, err
	}
	v, _ := codecs.LoadOrStore(t, c)
	return v.(*codec), nil
}

func exported(t reflect.Type) []reflect.StructField {
	var out []reflect.StructField
	for i := range t.NumField() {
		if f := t.Field(i); f.IsExported() {
			out = append(out, f)
		}
	}
	return out
}

// integer returns the codec of a signed (or, with unsigned, unsigned)
// integer of size bytes.
func integer(size uintptr, unsigned bool) *codec {
	get := func(p unsafe.Pointer) uint64 {
		switch size {
		case 1:
			return uint64(*(*uint8)(p))
		case 2:
			return uint64(*(*uint16)(p))
		case 4:
			return uint64(*(*uint32)(p))
		}
		return *(*uint64)(p)
	}
	set := func(p unsafe.Pointer, x uint64) {
		switch size {
		case 1:
			*(*uint8)(p) = uint8(x)
		case 2:
			*(*uint16)(p) = uint16(x)
		case 4:
			*(*uint32)(p) = uint32(x)
		default:
			*(*uint64)(p) = x
		}
	}
	bits := 8 * size
	if unsigned {
		return &codec{min: 1,
			enc: func(e *encoder, p unsafe.Pointer) { e.buf = binary.AppendUvarint(e.buf, get(p)) },
			dec: func(d *decoder, p unsafe.Pointer) {
				x := d.uvarint()
				if bits < 64 && x>>bits != 0 {
					d.fail("integer out of range")
					return
				}
				set(p, x)
			}}
	}
	shift := 64 - bits
	return &codec{min: 1,
		enc: func(e *encoder, p unsafe.Pointer) {
			e.buf = binary.AppendVarint(e.buf, int64(get(p)<<shift)>>shift) // sign-extended
		},
		dec: func(d *decoder, p unsafe.Pointer) {
			x := d.varint()
			if x<<shift>>shift != x {
				d.fail("integer out of range")
				return
			}
			set(p, uint64(x))
		}}
}

// compile builds the codec of t; busy holds the types being compiled, so
// that a recursive type refers to its own codec.
func compile(t reflect.Type, busy map[reflect.Type]*codec) (*codec, error) {
	if c := busy[t]; c != nil {
		return c, nil
	}
	switch t.Kind() {
	case reflect.Bool:
		return &codec{min: 1,
			enc: func(e *encoder, p unsafe.Pointer) {
				b := byte(0)
				if *(*bool)(p) {
					b = 1
				}
				e.buf = append(e.buf, b)
			},
			dec: func(d *decoder, p unsafe.Pointer) { *(*bool)(p) = d.byte() != 0 }}, nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return integer(t.Size(), false), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return integer(t.Size(), true), nil
	case reflect.Float32:
		return &codec{min: 8,
			enc: func(e *encoder, p unsafe.Pointer) {
				e.buf = binary.LittleEndian.AppendUint64(e.buf, math.Float64bits(float64(*(*float32)(p))))
			},
			dec: func(d *decoder, p unsafe.Pointer) { *(*float32)(p) = float32(math.Float64frombits(d.uint64())) }}, nil
	case reflect.Float64:
		return &codec{min: 8,
			enc: func(e *encoder, p unsafe.Pointer) {
				e.buf = binary.LittleEndian.AppendUint64(e.buf, math.Float64bits(*(*float64)(p)))
			},
			dec: func(d *decoder, p unsafe.Pointer) { *(*float64)(p) = math.Float64frombits(d.uint64()) }}, nil
	case reflect.String:
		return &codec{min: 1,
			enc: func(e *encoder, p unsafe.Pointer) { e.string(*(*string)(p)) },
			dec: func(d *decoder, p unsafe.Pointer) { *(*string)(p) = d.string() }}, nil
	case reflect.Pointer:
		c := &codec{min: 1}
		busy[t] = c
		elem, err := compile(t.Elem(), busy)
		if err != nil {
			return nil, err
		}
		c.enc = func(e *encoder, p unsafe.Pointer) {
			q := *(*unsafe.Pointer)(p)
			if q == nil {
				e.buf = append(e.buf, 0)
				return
			}
			e.buf = append(e.buf, 1)
			elem.enc(e, q)
		}
		c.dec = func(d *decoder, p unsafe.Pointer) {
			if d.byte() == 0 {
				*(*unsafe.Pointer)(p) = nil
				return
			}
			q := reflect.New(t.Elem()).UnsafePointer()
			elem.dec(d, q)
			*(*unsafe.Pointer)(p) = q
		}
		return c, nil
	case reflect.Slice:
		return compileSlice(t, busy)
	case reflect.Array:
		elem, err := compile(t.Elem(), busy)
		if err != nil {
			return nil, err
		}
		n, size := t.Len(), t.Elem().Size()
		return &codec{min: n * elem.min,
			enc: func(e *encoder, p unsafe.Pointer) {
				for i := range n {
					elem.enc(e, unsafe.Add(p, uintptr(i)*size))
				}
			},
			dec: func(d *decoder, p unsafe.Pointer) {
				for i := range n {
					elem.dec(d, unsafe.Add(p, uintptr(i)*size))
				}
			}}, nil
	case reflect.Map:
		return compileMap(t, busy)
	case reflect.Struct:
		c := &codec{}
		busy[t] = c
		type part struct {
			off uintptr
			c   *codec
		}
		var parts []part
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				return nil, fmt.Errorf("wire: %s has the unexported field %s, which would be lost", t, f.Name)
			}
			fc, err := compile(f.Type, busy)
			if err != nil {
				return nil, err
			}
			parts = append(parts, part{f.Offset, fc})
			c.min += fc.min
		}
		c.enc = func(e *encoder, p unsafe.Pointer) {
			for _, x := range parts {
				x.c.enc(e, unsafe.Add(p, x.off))
			}
		}
		c.dec = func(d *decoder, p unsafe.Pointer) {
			for _, x := range parts {
				x.c.dec(d, unsafe.Add(p, x.off))
			}
		}
		return c, nil
	}
	return nil, fmt.Errorf("wire: cannot encode a %s (%s)", t.Kind(), t)
}

// compileSlice: the length plus one (0 for nil), then the elements.
func compileSlice(t reflect.Type, busy map[reflect.Type]*codec) (*codec, error) {
	elem, err := compile(t.Elem(), busy)
	if err != nil {
		return nil, err
	}
	size := t.Elem().Size()
	bytes := t.Elem().Kind() == reflect.Uint8
	return &codec{min: 1,
		enc: func(e *encoder, p unsafe.Pointer) {
			v := reflect.NewAt(t, p).Elem()
			if v.IsNil() {
				e.buf = append(e.buf, 0)
				return
			}
			n := v.Len()
			e.buf = binary.AppendUvarint(e.buf, uint64(n)+1)
			if n == 0 {
				return
			}
			data := v.Index(0).Addr().UnsafePointer()
			if bytes {
				e.buf = append(e.buf, unsafe.Slice((*byte)(data), n)...)
				return
			}
			for i := range n {
				elem.enc(e, unsafe.Add(data, uintptr(i)*size))
			}
		},
		dec: func(d *decoder, p unsafe.Pointer) {
			v := reflect.NewAt(t, p).Elem()
			n := d.length(elem.min)
			if n < 0 {
				v.SetZero()
				return
			}
			// A slice with room for the elements, and none yet, is
			// filled in place: the caller decodes into memory of its own.
			s := v
			if v.Len() != 0 || v.Cap() < n || v.IsNil() {
				s = reflect.MakeSlice(t, n, n)
			} else {
				s = v.Slice(0, n)
			}
			if n > 0 {
				data := s.Index(0).Addr().UnsafePointer()
				if bytes {
					copy(unsafe.Slice((*byte)(data), n), d.take(n))
				} else {
					for i := range n {
						elem.dec(d, unsafe.Add(data, uintptr(i)*size))
						if d.err != nil {
							return
						}
					}
				}
			}
			v.Set(s)
		}}, nil
}

// compileMap: the length plus one (0 for nil), then each key and value, in
// key order so that the same map is the same bytes.
func compileMap(t reflect.Type, busy map[reflect.Type]*codec) (*codec, error) {
	key, err := compile(t.Key(), busy)
	if err != nil {
		return nil, err
	}
	elem, err := compile(t.Elem(), busy)
	if err != nil {
		return nil, err
	}
	less, err := keyOrder(t.Key())
	if err != nil {
		return nil, err
	}
	return &codec{min: 1,
		enc: func(e *encoder, p unsafe.Pointer) {
			v := reflect.NewAt(t, p).Elem()
			if v.IsNil() {
				e.buf = append(e.buf, 0)
				return
			}
			keys := v.MapKeys()
			slices.SortFunc(keys, less)
			e.buf = binary.AppendUvarint(e.buf, uint64(len(keys))+1)
			k, x := reflect.New(t.Key()), reflect.New(t.Elem())
			for _, kv := range keys {
				k.Elem().Set(kv)
				x.Elem().Set(v.MapIndex(kv))
				key.enc(e, k.UnsafePointer())
				elem.enc(e, x.UnsafePointer())
			}
		},
		dec: func(d *decoder, p unsafe.Pointer) {
			v := reflect.NewAt(t, p).Elem()
			n := d.length(key.min + elem.min)
			if n < 0 {
				v.SetZero()
				return
			}
			m := reflect.MakeMapWithSize(t, n)
			for range n {
				k, x := reflect.New(t.Key()), reflect.New(t.Elem())
				key.dec(d, k.UnsafePointer())
				elem.dec(d, x.UnsafePointer())
				if d.err != nil {
					return
				}
				m.SetMapIndex(k.Elem(), x.Elem())
			}
			v.Set(m)
		}}, nil
}

// keyOrder orders map keys of type t.
func keyOrder(t reflect.Type) (func(a, b reflect.Value) int, error) {
	switch t.Kind() {
	case reflect.String:
		return func(a, b reflect.Value) int { return strings.Compare(a.String(), b.String()) }, nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return func(a, b reflect.Value) int { return cmp.Compare(a.Int(), b.Int()) }, nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return func(a, b reflect.Value) int { return cmp.Compare(a.Uint(), b.Uint()) }, nil
	}
	return nil, fmt.Errorf("wire: cannot order map keys of type %s", t)
}

type encoder struct {
	buf  []byte
	strs map[string]uint64 // strings written, by their number
}

// string writes s once: a string met again is written as its number. The
// tag is 0 for "", 2n+1 for a new string of n bytes, 2k+2 for the k-th
// string written before.
func (e *encoder) string(s string) {
	if s == "" {
		e.buf = append(e.buf, 0)
		return
	}
	if k, ok := e.strs[s]; ok {
		e.buf = binary.AppendUvarint(e.buf, 2*k+2)
		return
	}
	e.strs[s] = uint64(len(e.strs))
	e.buf = binary.AppendUvarint(e.buf, 2*uint64(len(s))+1)
	e.buf = append(e.buf, s...)
}

type decoder struct {
	data string
	pos  int
	strs []string
	err  error
}

func (d *decoder) fail(msg string) {
	if d.err == nil {
		d.err = fmt.Errorf("%w: %s at byte %d", ErrDamaged, msg, d.pos)
	}
	d.pos = len(d.data) // every later read fails at once
}

func (d *decoder) byte() byte {
	if d.pos >= len(d.data) {
		d.fail("unexpected end")
		return 0
	}
	b := d.data[d.pos]
	d.pos++
	return b
}

func (d *decoder) uvarint() uint64 {
	var x uint64
	for shift := uint(0); shift < 64; shift += 7 {
		if d.pos >= len(d.data) {
			d.fail("unexpected end")
			return 0
		}
		b := d.data[d.pos]
		d.pos++
		x |= uint64(b&0x7f) << shift
		if b < 0x80 {
			return x
		}
	}
	d.fail("varint too long")
	return 0
}

func (d *decoder) varint() int64 {
	u := d.uvarint()
	x := int64(u >> 1)
	if u&1 != 0 {
		x = ^x
	}
	return x
}

func (d *decoder) uint64() uint64 {
	s := d.take(8)
	if len(s) < 8 {
		return 0
	}
	var x uint64
	for i := 7; i >= 0; i-- {
		x = x<<8 | uint64(s[i])
	}
	return x
}

// take returns the next n bytes.
func (d *decoder) take(n int) string {
	if n < 0 || n > len(d.data)-d.pos {
		d.fail("length beyond the end")
		return ""
	}
	s := d.data[d.pos : d.pos+n]
	d.pos += n
	return s
}

// length reads a slice's or map's length, -1 for nil. Each element takes
// at least min bytes, so a length the rest of the input cannot hold is
// damage, not a reason to allocate.
func (d *decoder) length(min int) int {
	u := d.uvarint()
	if u == 0 || d.err != nil {
		return -1
	}
	n := u - 1
	left := uint64(len(d.data) - d.pos)
	if min > 0 && n > left/uint64(min) || min == 0 && n > left+1<<16 {
		d.fail("length beyond the end")
		return -1
	}
	return int(n)
}

func (d *decoder) string() string {
	tag := d.uvarint()
	switch {
	case tag == 0:
		return ""
	case tag&1 == 1:
		s := d.take(int(min(tag>>1, uint64(len(d.data)+1))))
		d.strs = append(d.strs, s)
		return s
	}
	k := tag/2 - 1
	if k >= uint64(len(d.strs)) {
		d.fail("string reference out of range")
		return ""
	}
	return d.strs[k]
}
