package zipx

import (
	"archive/zip"
	"bytes"
	"io"
	"sync"
	"testing"
)

// TestRewriteSharesTheReader rewrites one zip from many goroutines at once
// (run with -race): the reader's headers must not be written to.
func TestRewriteSharesTheReader(t *testing.T) {
	var src bytes.Buffer
	zw := zip.NewWriter(&src)
	for _, name := range []string{"a.xml", "b.xml", "c.bin"} {
		w, _ := zw.Create(name)
		w.Write(bytes.Repeat([]byte(name), 100))
	}
	zw.Close()
	zr, err := zip.NewReader(bytes.NewReader(src.Bytes()), int64(src.Len()))
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var out bytes.Buffer
			err := Rewrite(&out, zr, func(f *zip.File) ([]byte, bool, error) {
				if f.Name == "b.xml" {
					return []byte("changed"), true, nil
				}
				return nil, false, nil
			})
			if err != nil {
				t.Error(err)
				return
			}
			got, err := zip.NewReader(bytes.NewReader(out.Bytes()), int64(out.Len()))
			if err != nil {
				t.Error(err)
				return
			}
			for _, f := range got.File {
				r, _ := f.Open()
				b, err := io.ReadAll(r)
				if err != nil {
					t.Errorf("%s: %v", f.Name, err)
				}
				if (f.Name == "b.xml") != (string(b) == "changed") {
					t.Errorf("%s = %.20q", f.Name, b)
				}
			}
		}()
	}
	wg.Wait()
}

// TestTidy: the core properties get their cp: prefix, each sheet's
// dimension the range of its cells and its relations the r: prefix; other
// parts are copied as they are.
func TestTidy(t *testing.T) {
	parts := map[string]string{
		"docProps/core.xml": `<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<coreProperties xmlns="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
			`<dc:title>a &lt;b&gt;</dc:title><keywords>k</keywords><lastModifiedBy>m</lastModifiedBy></coreProperties>`,
		"xl/worksheets/sheet1.xml": `<worksheet><dimension ref="A1"></dimension><sheetData><row r="2"><c r="C2" s="1"/><c r="AB2"><v>1</v></c></row><row r="17"><c r="D17"><v>2</v></c></row></sheetData></worksheet>`,
		"xl/worksheets/sheet2.xml": `<worksheet><dimension ref="A1:Z99"/><sheetData/></worksheet>`,
		"xl/worksheets/sheet3.xml": `<worksheet><dimension ref="A1"/><sheetData><row r="5"><c r="B5"><v>1</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="B5:E6"/></mergeCells></worksheet>`,
		"xl/worksheets/sheet4.xml": `<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="A1"/><sheetData/>` +
			`<drawing xmlns:relationships="http://schemas.openxmlformats.org/officeDocument/2006/relationships" relationships:id="rId1"></drawing>` +
			`<tableParts count="1"><tablePart xmlns:relationships="http://schemas.openxmlformats.org/officeDocument/2006/relationships" relationships:id="rId2"></tablePart></tableParts></worksheet>`,
		"xl/sharedStrings.xml": `<sst><si><t>&lt;dimension ref="A1"</t></si></sst>`,
	}
	want := map[string]string{
		"docProps/core.xml": `<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
			`<dc:title>a &lt;b&gt;</dc:title><cp:keywords>k</cp:keywords><cp:lastModifiedBy>m</cp:lastModifiedBy></cp:coreProperties>`,
		"xl/worksheets/sheet1.xml": `<worksheet><dimension ref="C2:AB17"></dimension><sheetData><row r="2"><c r="C2" s="1"/><c r="AB2"><v>1</v></c></row><row r="17"><c r="D17"><v>2</v></c></row></sheetData></worksheet>`,
		"xl/worksheets/sheet2.xml": `<worksheet><dimension ref="A1"/><sheetData/></worksheet>`,
		"xl/worksheets/sheet3.xml": `<worksheet><dimension ref="B5:E6"/><sheetData><row r="5"><c r="B5"><v>1</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="B5:E6"/></mergeCells></worksheet>`,
		"xl/worksheets/sheet4.xml": `<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="A1"/><sheetData/>` +
			`<drawing r:id="rId1"></drawing><tableParts count="1"><tablePart r:id="rId2"></tablePart></tableParts></worksheet>`,
		"xl/sharedStrings.xml": parts["xl/sharedStrings.xml"],
	}
	var src bytes.Buffer
	zw := zip.NewWriter(&src)
	for _, name := range []string{"docProps/core.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml", "xl/worksheets/sheet4.xml", "xl/sharedStrings.xml"} {
		w, _ := zw.Create(name)
		io.WriteString(w, parts[name])
	}
	zw.Close()
	var out bytes.Buffer
	if err := Tidy(&out, src.Bytes()); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(out.Bytes()), int64(out.Len()))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		r, _ := f.Open()
		b, _ := io.ReadAll(r)
		if string(b) != want[f.Name] {
			t.Errorf("%s:\n got %s\nwant %s", f.Name, b, want[f.Name])
		}
	}
}
