package importer_test

import (
	"context"
	"reflect"
	"slices"
	"testing"

	"salesrhythm"
	"salesrhythm/importer"
	"salesrhythm/internal/testinbox"
	"salesrhythm/schema"
)

// TestRecordsWaitPacked: from the reading to the month's gathering, every
// file's records but the plan's are held packed, and gathered they are the
// records of the files, in file order, with names read as IDs. A file
// whose packed records do not decode is rejected, named, and the others'
// records keep their places.
func TestRecordsWaitPacked(t *testing.T) {
	in := testinbox.Make(t, salesrhythm.English)
	cfg := salesrhythm.Default()
	o := importer.Options{Config: cfg, Schema: schema.New(cfg)}
	ctx := context.Background()
	a, err := importer.Scan(ctx, in.Dir, []salesrhythm.Month{testinbox.Nov}, o)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	if packed, loose := importer.PackedFiles(a); packed == 0 || loose > 0 {
		t.Fatalf("%d files packed, %d read and left unpacked", packed, loose)
	}
	whole, err := a.Month(ctx, testinbox.Nov)
	if err != nil {
		t.Fatal(err)
	}
	if len(whole.Calls) == 0 || len(whole.Slots) == 0 || len(whole.Clients) == 0 {
		t.Fatalf("gathered %d calls, %d slots, %d clients", len(whole.Calls), len(whole.Slots), len(whole.Clients))
	}
	// The same month, from the same archive, again: gathering leaves the
	// archive's files as they were.
	again, err := a.Month(ctx, testinbox.Nov)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(again.Records, whole.Records) {
		t.Error("a second month assembled from the archive differs from the first")
	}

	const spoilt = "anna/time-table.xlsx"
	importer.DamagePacked(a, spoilt)
	res, err := a.Month(ctx, testinbox.Nov)
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(res.Files, func(f importer.File) bool { return f.Path == spoilt })
	if i < 0 || res.Files[i].Status != importer.StatusRejected || res.Files[i].Rows != 0 {
		t.Fatalf("the spoilt file is %+v, not rejected with no rows", res.Files[i])
	}
	if !slices.ContainsFunc(res.Findings, func(f salesrhythm.Finding) bool {
		return f.File == spoilt && f.Code == salesrhythm.CodeCrash && f.Severity == salesrhythm.Error
	}) {
		t.Error("no finding names the spoilt file")
	}
	others := func(rs importer.Records) importer.Records {
		v := reflect.ValueOf(&rs).Elem()
		for k := range v.NumField() {
			if f := v.Field(k); f.Kind() == reflect.Slice {
				out := reflect.MakeSlice(f.Type(), 0, f.Len())
				for j := range f.Len() {
					if f.Index(j).FieldByName("File").String() != spoilt {
						out = reflect.Append(out, f.Index(j))
					}
				}
				if out.Len() == 0 {
					out = reflect.Zero(f.Type())
				}
				f.Set(out)
			}
		}
		return rs
	}
	want := others(whole.Records)
	if len(want.Slots) == len(whole.Slots) {
		t.Fatalf("%s holds no time slots", spoilt)
	}
	if !reflect.DeepEqual(res.Records, want) {
		t.Errorf("with %s spoilt the other files' records are not those read", spoilt)
	}
}

// TestMonthLends: a month read with Options.Lend holds no calls or time
// slots, and lends the ones a month read without it holds, in the same
// order, the same each time they are read; a file whose records no longer
// unpack lends none.
func TestMonthLends(t *testing.T) {
	in := testinbox.Make(t, salesrhythm.English)
	cfg := salesrhythm.Default()
	ctx := context.Background()
	month := func(lend bool, spoil string) *importer.Result {
		t.Helper()
		o := importer.Options{Config: cfg, Schema: schema.New(cfg), Lend: lend}
		a, err := importer.Scan(ctx, in.Dir, []salesrhythm.Month{testinbox.Nov}, o)
		if err != nil {
			t.Fatal(err)
		}
		defer a.Close()
		if spoil != "" {
			importer.DamagePacked(a, spoil)
		}
		res, err := a.Month(ctx, testinbox.Nov)
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	held, lent := month(false, ""), month(true, "")
	if len(held.Calls) == 0 || len(held.Slots) == 0 {
		t.Fatalf("the test inbox holds %d calls, %d slots", len(held.Calls), len(held.Slots))
	}
	if lent.Calls != nil || lent.Slots != nil {
		t.Errorf("a lending month holds %d calls, %d slots", len(lent.Calls), len(lent.Slots))
	}
	for range 2 {
		if got := lent.Lent.Calls.Values(); !reflect.DeepEqual(got, held.Calls) || lent.Lent.Calls.Len() != len(got) {
			t.Errorf("lent calls %+v, held %+v", got, held.Calls)
		}
		if got := lent.Lent.Slots.Values(); !reflect.DeepEqual(got, held.Slots) || lent.Lent.Slots.Len() != len(got) {
			t.Errorf("lent %d slots, held %d, or not the same", len(got), len(held.Slots))
		}
	}
	if !reflect.DeepEqual(held.Lent.Calls.Values(), held.Calls) {
		t.Error("a holding month's Lent is not its records")
	}
	const spoilt = "anna/time-table.xlsx"
	slots := month(true, spoilt).Lent.Slots
	for _, s := range slots.Values() {
		if s.File == spoilt {
			t.Fatalf("the spoilt %s lends slots", spoilt)
		}
	}
	if n := len(slots.Values()); n != slots.Len() || n == len(held.Slots) {
		t.Errorf("with %s spoilt %d slots are lent (Len %d), of %d", spoilt, n, slots.Len(), len(held.Slots))
	}
}
