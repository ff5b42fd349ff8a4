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
