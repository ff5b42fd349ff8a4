package importer_test

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"salesrhythm"
	"salesrhythm/internal/testinbox"
)

// entry is one zip entry of a workbook.
type entry struct {
	name string
	body string
}

// unzipAll returns a workbook's entries in order.
func unzipAll(t *testing.T, data []byte) []entry {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var out []entry
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		body, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, entry{f.Name, string(body)})
	}
	return out
}

// zipAll packs entries, deflated with data descriptors as archive/zip
// writes them, or stored when store is set.
func zipAll(t *testing.T, entries []entry, store bool) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, e := range entries {
		h := &zip.FileHeader{Name: e.name, Method: zip.Deflate}
		if store {
			h.Method = zip.Store
		}
		w, err := zw.CreateHeader(h)
		if err == nil {
			_, err = io.WriteString(w, e.body)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// variant is a change to a workbook that the file format allows: it must
// import to exactly the records of the original.
type variant struct {
	name   string
	change func(t *testing.T, es []entry) []entry
	store  bool
}

// eachPart applies fn to the body of every part whose name matches.
func eachPart(pattern string, fn func(name, body string) string) func(*testing.T, []entry) []entry {
	re := regexp.MustCompile(pattern)
	return func(t *testing.T, es []entry) []entry {
		for i, e := range es {
			if re.MatchString(e.name) {
				es[i].body = fn(e.name, e.body)
			}
		}
		return es
	}
}

// packageVariants are the ways the Open Packaging Conventions let a
// package name and find its parts.
var packageVariants = []variant{
	{name: "part names in another case", change: func(t *testing.T, es []entry) []entry {
		// The zip says xl/SharedStrings.xml, the relationship sharedStrings.xml
		// (OPC §6.2.2.3: part names compare without regard to case).
		for i, e := range es {
			switch e.name {
			case "xl/sharedStrings.xml":
				es[i].name = "xl/SharedStrings.xml"
			case "xl/worksheets/sheet2.xml":
				es[i].name = "XL/Worksheets/Sheet2.XML"
			}
		}
		return es
	}},
	{name: "backslashes in entry names", change: func(t *testing.T, es []entry) []entry {
		for i := range es {
			es[i].name = strings.ReplaceAll(es[i].name, "/", `\`)
		}
		return es
	}},
	{name: "absolute relationship targets", change: eachPart(`\.rels$`, func(name, body string) string {
		dir := path.Dir(path.Dir(name)) // xl/_rels/workbook.xml.rels → xl
		return regexp.MustCompile(`Target="([^"/][^"]*)"`).ReplaceAllStringFunc(body, func(m string) string {
			target := strings.TrimSuffix(strings.TrimPrefix(m, `Target="`), `"`)
			return `Target="` + path.Join("/", dir, target) + `"`
		})
	})},
	{name: "the workbook at the package root", change: func(t *testing.T, es []entry) []entry {
		// A minimal package: workbook.xml, its sheets and the rest at the
		// root, found by _rels/.rels and the workbook's relationships.
		moved := map[string]string{}
		for i, e := range es {
			if rest, ok := strings.CutPrefix(e.name, "xl/"); ok {
				to := strings.ReplaceAll(strings.ReplaceAll(rest, "worksheets/_rels/", "_rels/"), "worksheets/", "")
				moved["/"+e.name], es[i].name = "/"+to, to
			}
		}
		for i, e := range es {
			switch {
			case e.name == "[Content_Types].xml":
				for from, to := range moved {
					e.body = strings.ReplaceAll(e.body, `"`+from+`"`, `"`+to+`"`)
				}
			case e.name == "_rels/.rels":
				e.body = strings.ReplaceAll(e.body, `Target="xl/workbook.xml"`, `Target="workbook.xml"`)
			case e.name == "_rels/workbook.xml.rels":
				e.body = strings.ReplaceAll(strings.ReplaceAll(e.body, `Target="worksheets/`, `Target="`), `"/xl/`, `"/`)
			case strings.HasPrefix(e.name, "_rels/sheet"):
				e.body = strings.ReplaceAll(e.body, `Target="../tables/`, `Target="tables/`)
			}
			es[i] = e
		}
		return es
	}},
}

// testVariants imports every workbook of a test inbox changed by each
// variant, and fails unless the records are exactly the original's.
func testVariants(t *testing.T, variants []variant) {
	in := testinbox.Make(t, salesrhythm.English)
	want := read(t, in.Dir, salesrhythm.English)
	for _, v := range variants {
		t.Run(v.name, func(t *testing.T) {
			dir := t.TempDir()
			filepath.WalkDir(in.Dir, func(p string, d os.DirEntry, err error) error {
				if d.IsDir() {
					return nil
				}
				rel, _ := filepath.Rel(in.Dir, p)
				out := filepath.Join(dir, rel)
				os.MkdirAll(filepath.Dir(out), 0o755)
				data := zipAll(t, v.change(t, unzipAll(t, mustRead(p))), v.store)
				if err := os.WriteFile(out, data, 0o644); err != nil {
					t.Fatal(err)
				}
				return nil
			})
			got := read(t, dir, salesrhythm.English)
			for _, f := range got.Findings {
				t.Errorf("unexpected finding: %s", f)
			}
			for i, f := range got.Files {
				if f.Status != want.Files[i].Status || f.RecognisedBy != want.Files[i].RecognisedBy {
					t.Errorf("%s: %s by %s, want %s by %s", f.Path, f.Status, f.RecognisedBy, want.Files[i].Status, want.Files[i].RecognisedBy)
				}
			}
			if !reflect.DeepEqual(got.Records, want.Records) {
				compare(t, got.Records, want.Records, true)
				t.Error("the records differ from the original's")
			}
		})
	}
}

func TestPackageVariants(t *testing.T) { testVariants(t, packageVariants) }
