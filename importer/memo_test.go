package importer

import (
	"archive/zip"
	"bytes"
	"errors"
	"testing"
)

// TestMemoIsByPackedBytesAndHeader: a part packed byte for byte as one read
// before, with the same size and checksum, is not read again; one that
// differs in any of them is, and a failed reading is not remembered.
func TestMemoIsByPackedBytesAndHeader(t *testing.T) {
	container := func(data string, edit func(h *zip.FileHeader)) Container {
		var b bytes.Buffer
		zw := zip.NewWriter(&b)
		w, _ := zw.Create("xl/workbook.xml")
		w.Write([]byte(data))
		zw.Close()
		zr, err := zip.NewReader(bytes.NewReader(b.Bytes()), int64(b.Len()))
		if err != nil {
			t.Fatal(err)
		}
		edit(&zr.File[0].FileHeader)
		return Container{data: b.Bytes(), zip: zr, files: map[string]*zip.File{"xl/workbook.xml": zr.File[0]}, parts: &unpacked{}}
	}
	same := func(*zip.FileHeader) {}
	var m memo
	reads := 0
	read := func(v any, err error) func() (any, error) {
		return func() (any, error) { reads++; return v, err }
	}
	if _, err := container("<a/>", same).remember(&m, "xl/workbook.xml", read(nil, errors.New("broken"))); err == nil {
		t.Fatal("the failure was lost")
	}
	for _, tt := range []struct {
		name  string
		c     Container
		reads int
	}{
		{"first", container("<a/>", same), 2},
		{"the same again", container("<a/>", same), 2},
		{"other bytes", container("<b/>", same), 3},
		{"another checksum", container("<a/>", func(h *zip.FileHeader) { h.CRC32 ^= 1 }), 4},
		{"another size", container("<a/>", func(h *zip.FileHeader) { h.UncompressedSize64++ }), 5},
	} {
		v, err := tt.c.remember(&m, "xl/workbook.xml", read("read", nil))
		if v != "read" || err != nil || reads != tt.reads {
			t.Errorf("%s: %v, %v after %d readings; want %d", tt.name, v, err, reads, tt.reads)
		}
	}
}
