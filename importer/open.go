package importer

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"

	"github.com/xuri/excelize/v2"

	"salesrhythm"
)

// Open opens a workbook of the inbox to write an annotated copy of it (the
// report's feedback copies) through the same gate as Read: a regular file
// only, ReadFile's size limit, Check's container checks, then excelize with
// OpenOptions' unpack limits — never excelize's defaults, which would
// unpack gigabytes. It returns the sha256 of the bytes it opened, so that
// the caller can tell it is the file that was read. The file is never
// written; excelize's Save must not be called on what Open returns.
func Open(path string) (*excelize.File, string, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, "", err
	}
	if !st.Mode().IsRegular() {
		return nil, "", fmt.Errorf("%s is not a regular file (%s)", path, st.Mode().Type())
	}
	data, err := ReadFile(path)
	if err != nil {
		return nil, "", err
	}
	c, p := Check(data)
	switch {
	case p != nil && p.Text != (salesrhythm.Text{}):
		return nil, "", salesrhythm.LocalError{Text: p.Text}
	case p != nil:
		return nil, "", errors.New(p.Msg)
	case c.ODS:
		return nil, "", salesrhythm.Errorf("an OpenDocument spreadsheet gets no annotated copy: excelize writes only .xlsx")
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), OpenOptions())
	if err != nil {
		return nil, "", err
	}
	sum := sha256.Sum256(data)
	return f, hex.EncodeToString(sum[:]), nil
}
