package zipx

import (
	"archive/zip"
	"bytes"
	"errors"
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
type tidyWriter struct {
	zw   *zip.Writer
	name string // the part being held, "" when none
	body bytes.Buffer
	err  error
}

func (t *tidyWriter) Create(name string) (io.Writer, error) {
	if err := t.flush(); err != nil {
		return nil, err
	}
	t.name = name
	t.body.Reset()
	return &t.body, nil
}

// AddFS is not used by excelize's workbook writer; it adds the files of fsys
// as they are.
func (t *tidyWriter) AddFS(fsys fs.FS) error {
	if err := t.flush(); err != nil {
		return err
	}
	return t.zw.AddFS(fsys)
}

func (t *tidyWriter) Close() error {
	if err := t.flush(); err != nil {
		return err
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
	var out io.Writer
	if out, t.err = t.zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate}); t.err == nil {
		_, t.err = out.Write(body)
	}
	return t.err
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
