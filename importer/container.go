package importer

// Provisional container check; the full one (CFB directory, zip limits,
// CRC) lands from the importer-base branch.

import (
	"archive/zip"
	"bytes"

	"salesrhythm"
)

// CheckContainer looks at a file's bytes before the workbook is parsed.
func CheckContainer(data []byte) *Problem {
	switch {
	case len(data) == 0:
		return problem(salesrhythm.CodeNotWorkbook, "the file is empty")
	case bytes.HasPrefix(data, []byte{0xD0, 0xCF, 0x11, 0xE0}):
		return problem(salesrhythm.CodeLegacyFormat, "legacy .xls workbook or password-protected workbook: save it as .xlsx without a password")
	case !bytes.HasPrefix(data, []byte("PK")):
		return problem(salesrhythm.CodeNotWorkbook, "not an Excel workbook")
	}
	if _, err := zip.NewReader(bytes.NewReader(data), int64(len(data))); err != nil {
		return problem(salesrhythm.CodeCorrupt, "the file is cut short or corrupt")
	}
	return nil
}
