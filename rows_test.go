package salesrhythm

import (
	"slices"
	"testing"
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
