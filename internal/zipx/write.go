package zipx

import (
	"archive/zip"
	"bytes"
	"cmp"
	"errors"
	"hash/crc32"
	"io"
	"io/fs"
	"sort"

	"github.com/xuri/excelize/v2"
)

// Write writes the workbook f as Tidy puts it right, the same bytes for the
// same workbook. Every workbook the program writes goes through it or, when
// streamed through a file, through SortDefaults and TidyAt. The parts are
// tidied as excelize hands them over and deflated once, at best speed.
func Write(w io.Writer, f *excelize.File) error {
	SortDefaults(f)
	var tw *tidyWriter
	f.SetZipWriter(func(out io.Writer) excelize.ZipWriter {
		tw = &tidyWriter{zw: NewWriter(out)}
		return tw
	})
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		return err
	}
	if tw == nil {
		return errors.New("zipx: the workbook was not written through the tidying writer")
	}
	_, err := buf.WriteTo(w)
	return err
}

// tidyWriter is the zip writer excelize writes a workbook through: it holds
// each part until the next begins, tidies it (tidyPart) and deflates it.
// The deflated parts are written at Close, in reverse order of their names:
// excelize hands over its parts in that order, but those of sheets written
// through its stream writer first, in map order; so the same workbook is
// the same bytes.
type tidyWriter struct {
	zw    *zip.Writer
	name  string // the part being held, "" when none
	body  bytes.Buffer
	parts []deflated
	err   error
}

// deflated is a part, compressed.
type deflated struct {
	header zip.FileHeader
	data   []byte
}

func (t *tidyWriter) Create(name string) (io.Writer, error) {
	if err := t.flush(); err != nil {
		return nil, err
	}
	t.name = name
	t.body.Reset()
	return &t.body, nil
}

// AddFS is not used by excelize's workbook writer.
func (t *tidyWriter) AddFS(fs.FS) error {
	return errors.New("zipx: AddFS is not supported by the tidying writer")
}

func (t *tidyWriter) Close() error {
	if err := t.flush(); err != nil {
		return err
	}
	sort.Slice(t.parts, func(i, j int) bool { return t.parts[i].header.Name > t.parts[j].header.Name })
	for _, p := range t.parts {
		var out io.Writer
		if out, t.err = t.zw.CreateRaw(&p.header); t.err != nil {
			return t.err
		}
		if _, t.err = out.Write(p.data); t.err != nil {
			return t.err
		}
	}
	t.err = t.zw.Close()
	return t.err
}

func (t *tidyWriter) flush() error {
	if t.name == "" || t.err != nil {
		return t.err
	}
	name := t.name
	t.name = ""
	body := t.body.Bytes()
	if fix := tidyPart(name); fix != nil {
		body = fix(body)
	}
	var data bytes.Buffer
	fw, err := fastDeflate(&data)
	if err == nil {
		_, err = fw.Write(body)
		err = cmp.Or(err, fw.Close()) // closed either way: it goes back to the pool
	}
	if err != nil {
		t.err = err
		return err
	}
	// Version 2.0, as zip.Writer's Create writes and CreateRaw does not.
	t.parts = append(t.parts, deflated{zip.FileHeader{Name: name, Method: zip.Deflate, CreatorVersion: 20, ReaderVersion: 20,
		CRC32: crc32.ChecksumIEEE(body), CompressedSize64: uint64(data.Len()), UncompressedSize64: uint64(len(body))}, data.Bytes()})
	return nil
}

// SortDefaults sorts the content-type defaults, which excelize lists in
// map order.
func SortDefaults(f *excelize.File) {
	sort.Slice(f.ContentTypes.Defaults, func(i, j int) bool {
		return f.ContentTypes.Defaults[i].Extension < f.ContentTypes.Defaults[j].Extension
	})
}

// TidyAt is Tidy of a workbook read from r, size bytes long: one streamed
// to a file rather than held in memory.
func TidyAt(w io.Writer, r io.ReaderAt, size int64) error {
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return err
	}
	return tidy(w, zr)
}
