package importer_test

import (
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"salesrhythm"
	"salesrhythm/importer"
	"salesrhythm/internal/testinbox"
)

var originals = flag.Bool("originals", false, "rewrite testdata/writers/original from the test inbox (testdata/writers/make.sh does it before it runs the writers)")

// writersDir holds the writer corpus: our filled workbooks in original/,
// and what other programs made of them, one folder per program (see
// testdata/writers/README.md).
const writersDir = "testdata/writers"

// TestWriterCorpus reads every workbook another program wrote from one of
// ours and fails unless it gives exactly the records and problems the
// original gives.
func TestWriterCorpus(t *testing.T) {
	writers, _ := filepath.Glob(filepath.Join(writersDir, "*", "*.*"))
	n := 0
	for _, p := range writers {
		dir, base := filepath.Base(filepath.Dir(p)), filepath.Base(p)
		ext := filepath.Ext(base)
		if dir == "original" || ext != ".xlsx" && ext != ".ods" {
			continue
		}
		n++
		t.Run(dir+"/"+base, func(t *testing.T) {
			orig := filepath.Join(writersDir, "original", strings.TrimSuffix(base, ext)+".xlsx")
			want, got := readOne(t, orig), readOne(t, p)
			for _, f := range got.Files {
				if f.Status != importer.StatusRead {
					t.Fatalf("%s: %s: %s", f.Path, f.Status, f.Reason)
				}
			}
			if g, w := findingsOf(got), findingsOf(want); !slices.Equal(g, w) {
				t.Errorf("problems\n got %q\nwant %q", g, w)
			}
			if !reflect.DeepEqual(withoutFile(got.Records), withoutFile(want.Records)) {
				compare(t, got.Records, want.Records, false)
				t.Error("the records differ from the original's")
			}
		})
	}
	if n < 10 {
		t.Errorf("the writer corpus holds %d workbooks; run testdata/writers/make.sh", n)
	}
}

// readOne reads one file in an inbox with the original plan, so that the
// people it names are checked against the plan.
func readOne(t *testing.T, p string) *importer.Result {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, filepath.Base(p)), mustRead(p), 0o644); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(filepath.Base(p), "plan.") {
		plan := mustRead(filepath.Join(writersDir, "original", "plan.xlsx"))
		if err := os.WriteFile(filepath.Join(dir, "the-plan.xlsx"), plan, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return read(t, dir, salesrhythm.English)
}

// findingsOf lists a result's findings by place and code.
func findingsOf(r *importer.Result) []string {
	var out []string
	for _, f := range r.Findings {
		out = append(out, f.Sheet+"!"+f.Cell+" "+string(f.Code))
	}
	slices.Sort(out)
	return out
}

// withoutFile is r with every record's file name cleared: the corpus
// names the same workbook .xlsx and .ods.
func withoutFile(r importer.Records) importer.Records {
	clearFiles(reflect.ValueOf(&r).Elem())
	return r
}

func clearFiles(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			clearFiles(v.Elem())
		}
	case reflect.Slice:
		c := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		reflect.Copy(c, v)
		for i := range c.Len() {
			clearFiles(c.Index(i))
		}
		if v.CanSet() {
			v.Set(c)
		}
	case reflect.Struct:
		if ref, ok := v.Addr().Interface().(*salesrhythm.Ref); ok {
			ref.File = ""
			return
		}
		for i := range v.NumField() {
			if v.Field(i).CanSet() {
				clearFiles(v.Field(i))
			}
		}
	}
}

// TestOriginals writes the test inbox's workbooks, flattened, as the
// originals the writers start from, when -originals is given.
func TestOriginals(t *testing.T) {
	if !*originals {
		t.Skip("rewrites the writer corpus's originals with -originals")
	}
	in := testinbox.Make(t, salesrhythm.English)
	dir := filepath.Join(writersDir, "original")
	os.RemoveAll(dir)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	filepath.WalkDir(in.Dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			err = os.WriteFile(filepath.Join(dir, filepath.Base(p)), mustRead(p), 0o644)
		}
		return err
	})
}

// TestODSWithoutProperties: an .ods that lost its meta.xml properties is
// recognised by the hidden metadata sheet and reads the same.
func TestODSWithoutProperties(t *testing.T) {
	p := filepath.Join(writersDir, "libreoffice", "call-register.ods")
	var es []entry
	for _, e := range unzipAll(t, mustRead(p)) {
		if e.name == "meta.xml" {
			e.body = regexp.MustCompile(`<meta:user-defined[^>]*>[^<]*</meta:user-defined>`).ReplaceAllString(e.body, "")
		}
		es = append(es, e)
	}
	stripped := filepath.Join(t.TempDir(), "call-register.ods")
	if err := os.WriteFile(stripped, zipAll(t, es, packStore), 0o644); err != nil {
		t.Fatal(err)
	}
	want, got := readOne(t, p), readOne(t, stripped)
	if got.Files[0].RecognisedBy != importer.ByMetaSheet || !reflect.DeepEqual(got.Records, want.Records) {
		t.Errorf("recognised by %q; records\n got %+v\nwant %+v", got.Files[0].RecognisedBy, got.Records, want.Records)
	}
}
