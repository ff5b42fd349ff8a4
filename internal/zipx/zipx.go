// Package zipx holds what the writers of many workbooks share about zip
// files: a deflate at best speed whose compressors are reused, since a new
// flate.Writer costs more to set up than a small part costs to compress.
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
