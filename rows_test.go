package salesrhythm

import (
	"slices"
	"testing"
	"unsafe"
)

// Rows read from packed parts yield every record in order, each part in the
// same memory when it fits, stop when asked, and Keep and Values copy out
// what is kept.
func TestRows(t *testing.T) {
	parts := [][]int{{1, 2, 3}, {}, {4}, {5, 6}}
	rows := PackedRows(6, len(parts), func(i int, buf []int) []int {
		return append(buf, parts[i]...)
	})
	var got []int
	var at []*int
	for x := range rows.All() {
		got = append(got, *x)
		at = append(at, x)
	}
	if !slices.Equal(got, []int{1, 2, 3, 4, 5, 6}) || rows.Len() != 6 {
		t.Fatalf("yielded %v (Len %d)", got, rows.Len())
	}
	if at[3] != at[0] || at[4] != at[0] {
		t.Error("a later part that fits was not read into the first part's memory")
	}
	n := 0
	for range rows.All() {
		if n++; n == 2 {
			break
		}
	}
	if n != 2 {
		t.Errorf("All went on after a break: %d", n)
	}
	if v := rows.Values(); !slices.Equal(v, []int{1, 2, 3, 4, 5, 6}) {
		t.Errorf("Values %v", v)
	}
	even := rows.Keep(func(x *int) bool { return *x%2 == 0 })
	if v := even.Values(); !slices.Equal(v, []int{2, 4, 6}) || even.Len() != 3 {
		t.Errorf("Keep %v", v)
	}
	held := RowsOf(7, 8)
	if v := held.Values(); !slices.Equal(v, []int{7, 8}) || held.Len() != 2 {
		t.Errorf("RowsOf %v", v)
	}
	if v := (Rows[int]{}).Values(); len(v) != 0 {
		t.Errorf("no rows yielded %v", v)
	}
}

// TestOwn: a record made its own shares no string with the bytes it was
// lent from, so keeping it keeps no file's packed bytes alive; the latest
// calls kept are made their own.
func TestOwn(t *testing.T) {
	packed := "a.xlsxCallsAcme Kft"
	c := Call{Ref: Ref{File: packed[:6], Sheet: packed[6:11]}, Client: packed[11:]}
	within := func(s string) bool {
		p, start := uintptr(unsafe.Pointer(unsafe.StringData(s))), uintptr(unsafe.Pointer(unsafe.StringData(packed)))
		return s != "" && p >= start && p < start+uintptr(len(packed))
	}
	var latest LatestCalls
	latest.Add(&c)
	Own(&c)
	kept := latest.Calls()[0]
	for _, x := range [][3]string{{c.File, c.Sheet, c.Client}, {kept.File, kept.Sheet, kept.Client}} {
		if x != [3]string{"a.xlsx", "Calls", "Acme Kft"} {
			t.Fatalf("the call changed: %+v", x)
		}
		for _, s := range x {
			if within(s) {
				t.Errorf("%q still shares the packed bytes", s)
			}
		}
	}
}
