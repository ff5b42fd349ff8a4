package zipx

import (
	"archive/zip"
	"bytes"
	"io"
	"sort"

	"github.com/xuri/excelize/v2"
)

// Write writes the workbook f as Tidy puts it right, the same bytes for the
// same workbook. Every workbook the program writes goes through it or, when
// streamed through a file, through SortDefaults and TidyAt.
func Write(w io.Writer, f *excelize.File) error {
	SortDefaults(f)
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		return err
	}
	return Tidy(w, buf.Bytes())
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
