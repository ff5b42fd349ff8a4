package zipx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"io"
	"testing"
)

func zipOf(t *testing.T, level int, parts ...string) *zip.Reader {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) { return flate.NewWriter(w, level) })
	for i := 0; i < len(parts); i += 2 {
		w, err := zw.Create(parts[i])
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(parts[i+1]))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	return zr
}

func TestDigest(t *testing.T) {
	a := Digest(zipOf(t, flate.BestSpeed, "x.xml", "<x/>", "custom.xml", "one", "y.xml", "<y/>"), "custom.xml")
	tests := []struct {
		name string
		zip  *zip.Reader
		same bool
	}{
		{"the same parts in another order and compression", zipOf(t, flate.BestCompression, "y.xml", "<y/>", "x.xml", "<x/>", "custom.xml", "one"), true},
		{"only the skipped part changed", zipOf(t, flate.BestSpeed, "x.xml", "<x/>", "custom.xml", "two", "y.xml", "<y/>"), true},
		{"a part changed", zipOf(t, flate.BestSpeed, "x.xml", "<x a='1'/>", "custom.xml", "one", "y.xml", "<y/>"), false},
		{"a part added", zipOf(t, flate.BestSpeed, "x.xml", "<x/>", "custom.xml", "one", "y.xml", "<y/>", "z.xml", ""), false},
		{"a part renamed", zipOf(t, flate.BestSpeed, "x.xml", "<x/>", "custom.xml", "one", "z.xml", "<y/>"), false},
	}
	for _, tt := range tests {
		if got := Digest(tt.zip, "custom.xml"); (got == a) != tt.same {
			t.Errorf("%s: same digest %v, want %v", tt.name, got == a, tt.same)
		}
	}
}
