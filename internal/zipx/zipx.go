// Package zipx holds what salesrhythm's writers and readers of workbooks
// share about zip files: a deflate at best speed whose compressors are
// reused, since a new flate.Writer costs more to set up than a small part
// costs to compress; and a digest of a zip's parts read from its directory.
package zipx

import (
	"archive/zip"
	"compress/flate"
	"io"
	"sync"
)

var writers sync.Pool // *flate.Writer

// pooled returns its flate.Writer to the pool when closed.
type pooled struct{ *flate.Writer }

func (p *pooled) Close() error {
	err := p.Writer.Close()
	writers.Put(p.Writer)
	p.Writer = nil
	return err
}

func fastDeflate(w io.Writer) (io.WriteCloser, error) {
	if fw, ok := writers.Get().(*flate.Writer); ok {
		fw.Reset(w)
		return &pooled{fw}, nil
	}
	fw, err := flate.NewWriter(w, flate.BestSpeed)
	return &pooled{fw}, err
}

// NewWriter returns a zip writer that deflates at best speed.
func NewWriter(w io.Writer) *zip.Writer {
	zw := zip.NewWriter(w)
	zw.RegisterCompressor(zip.Deflate, fastDeflate)
	return zw
}

// Rewrite writes the entries of zr to w in their order: an entry change
// gives a new body for is deflated anew; every other one is copied as it
// is, still compressed.
func Rewrite(w io.Writer, zr *zip.Reader, change func(f *zip.File) (body []byte, changed bool, err error)) error {
	zw := NewWriter(w)
	for _, f := range zr.File {
		body, changed, err := change(f)
		if err != nil {
			return err
		}
		if !changed {
			raw, err := f.OpenRaw()
			if err != nil {
				return err
			}
			// CreateRaw changes the header it is given, and the reader
			// may be shared (a master serves many writers at once).
			hdr := f.FileHeader
			out, err := zw.CreateRaw(&hdr)
			if err != nil {
				return err
			}
			if _, err := io.Copy(out, raw); err != nil {
				return err
			}
			continue
		}
		out, err := zw.CreateHeader(&zip.FileHeader{Name: f.Name, Method: zip.Deflate, Modified: f.Modified})
		if err != nil {
			return err
		}
		if _, err := out.Write(body); err != nil {
			return err
		}
	}
	return zw.Close()
}
