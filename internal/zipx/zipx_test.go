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
