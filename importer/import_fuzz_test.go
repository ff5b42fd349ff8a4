package importer

import (
	"archive/zip"
	"bytes"
	"os"
	"testing"

	"salesrhythm"
	"salesrhythm/schema"
)

// FuzzImport feeds arbitrary bytes to the whole reading of one file: it
// must never panic (the per-file recover is not what this tests), never
// hang, and every record it returns must come from a file it read. Seeds are
// the workbooks under testdata/workbooks and the writer corpus, and damaged
// copies of them.
func FuzzImport(f *testing.F) {
	for _, p := range corpusFiles(f) {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
		f.Add(data[:len(data)/2])
		f.Add(repackPart(data, "xl/sharedStrings.xml", []byte("<sst><si><t>x</t></si>")))
	}
	f.Add([]byte{})
	f.Add([]byte("PK\x03\x04"))
	cfg := salesrhythm.Default()
	o := Options{Config: cfg, Schema: schema.New(cfg)}
	month := salesrhythm.Month{Year: 2026, Month: 11}
	f.Fuzz(func(t *testing.T, data []byte) {
		defer SetTestHook(func(string) {})()
		r := &fileResult{File: File{Path: "fuzz.xlsx"}}
		func() {
			defer func() {
				if p := recover(); p != nil {
					t.Fatalf("panic: %v", p)
				}
			}()
			r.readData(data, scopeOf(month), o)
		}()
		if r.Status == "" || (r.Status != StatusRead && (len(r.Calls)+len(r.Slots)+len(r.Events) > 0)) {
			t.Fatalf("status %q with records", r.Status)
		}
		for _, x := range r.findings {
			if x.File != "fuzz.xlsx" || x.Message == "" || x.Code == "" {
				t.Fatalf("finding without a place, code or message: %+v", x)
			}
		}
	})
}

// repackPart returns a workbook with one part replaced.
func repackPart(data []byte, part string, body []byte) []byte {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return data
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		w, _ := zw.Create(f.Name)
		if f.Name == part {
			w.Write(body)
			continue
		}
		r, _ := f.Open()
		var b bytes.Buffer
		b.ReadFrom(r)
		r.Close()
		w.Write(b.Bytes())
	}
	zw.Close()
	return buf.Bytes()
}
