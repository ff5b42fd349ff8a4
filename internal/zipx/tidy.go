package zipx

import (
	"archive/zip"
	"bytes"
	"io"
	"regexp"
	"strconv"
	"strings"
)

// Tidy writes a workbook as excelize wrote it, with the two things other
// readers trip over put right:
//   - docProps/core.xml names its elements with their cp: prefix; excelize
//     writes <keywords> and <lastModifiedBy> in the default namespace, which
//     is valid XML but which exceljs refuses ("Unexpected xml node in
//     parseOpen: keywords");
//   - each worksheet's <dimension> is the range of the cells it holds and
//     the merged ranges; excelize leaves it at A1, and openpyxl's read-only
//     mode believes it and sees one cell.
//
// Every other part is copied as it is, still compressed.
func Tidy(w io.Writer, data []byte) error {
	return TidyAt(w, bytes.NewReader(data), int64(len(data)))
}

func tidy(w io.Writer, zr *zip.Reader) error {
	return Rewrite(w, zr, func(f *zip.File) ([]byte, bool, error) {
		fix := tidyCore
		switch {
		case f.Name == "docProps/core.xml":
		case worksheet.MatchString(f.Name):
			fix = tidyDimension
		default:
			return nil, false, nil
		}
		r, err := f.Open()
		if err != nil {
			return nil, false, err
		}
		defer r.Close()
		body, err := io.ReadAll(r)
		return fix(body), true, err
	})
}

var worksheet = regexp.MustCompile(`^xl/worksheets/sheet\d+\.xml$`)

const coreNS = `xmlns="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"`

// unprefixed is a tag of an element in the default namespace.
var unprefixed = regexp.MustCompile(`<(/?)([A-Za-z]+[ >/])`)

func tidyCore(body []byte) []byte {
	if !bytes.Contains(body, []byte(coreNS)) {
		return body
	}
	body = bytes.Replace(body, []byte(coreNS), []byte(strings.Replace(coreNS, "xmlns=", "xmlns:cp=", 1)), 1)
	return unprefixed.ReplaceAll(body, []byte("<${1}cp:$2"))
}

var (
	cellRef   = regexp.MustCompile(`<c r="([A-Z]+)(\d+)"|<mergeCell ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"`)
	dimension = regexp.MustCompile(`<dimension ref="[^"]*"`)
)

func tidyDimension(body []byte) []byte {
	minCol, minRow, maxCol, maxRow := 0, 0, 0, 0
	for _, m := range cellRef.FindAllSubmatch(body, -1) {
		for i := 1; i < len(m); i += 2 {
			if m[i] == nil {
				continue
			}
			col := 0
			for _, c := range m[i] {
				col = col*26 + int(c-'A'+1)
			}
			row, _ := strconv.Atoi(string(m[i+1]))
			if minCol == 0 || col < minCol {
				minCol = col
			}
			if minRow == 0 || row < minRow {
				minRow = row
			}
			maxCol, maxRow = max(maxCol, col), max(maxRow, row)
		}
	}
	ref := "A1"
	if maxRow > 0 {
		ref = name(minCol, minRow)
		if maxCol != minCol || maxRow != minRow {
			ref += ":" + name(maxCol, maxRow)
		}
	}
	return dimension.ReplaceAll(body, []byte(`<dimension ref="`+ref+`"`))
}

// name writes column and row as "AB12".
func name(col, row int) string {
	var b []byte
	for ; col > 0; col = (col - 1) / 26 {
		b = append([]byte{byte('A' + (col-1)%26)}, b...)
	}
	return string(b) + strconv.Itoa(row)
}
