package zipx

import (
	"archive/zip"
	"bytes"
	"io"
	"regexp"
	"slices"
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
//     mode believes it and sees one cell;
//   - a sheet written through excelize's stream writer names the relation
//     of its drawing and its tables with a prefix declared on each element
//     (xmlns:relationships="…" relationships:id="rId1"), which is valid XML
//     but which exceljs does not find ("Cannot read properties of undefined
//     (reading 'Target')"): it gets the r: its root declares, as excelize
//     gives every other sheet.
//
// Every other part is copied as it is, still compressed.
func Tidy(w io.Writer, data []byte) error {
	return TidyAt(w, bytes.NewReader(data), int64(len(data)))
}

func tidy(w io.Writer, zr *zip.Reader) error {
	return Rewrite(w, zr, func(f *zip.File) ([]byte, bool, error) {
		fix := tidyPart(f.Name)
		if fix == nil {
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

// tidyPart returns what puts the part of a workbook named name right, or nil
// when it needs nothing.
func tidyPart(name string) func([]byte) []byte {
	switch {
	case name == "docProps/core.xml":
		return tidyCore
	case worksheet.MatchString(name):
		return tidySheet
	}
	return nil
}

func tidySheet(body []byte) []byte { return tidyDimension(tidyRelations(body)) }

// inlineRelations is how excelize's stream writer prefixes a relation's ID.
var inlineRelations = []byte(`xmlns:relationships="http://schemas.openxmlformats.org/officeDocument/2006/relationships" relationships:`)

func tidyRelations(body []byte) []byte {
	if !bytes.Contains(body, inlineRelations) {
		return body
	}
	return bytes.ReplaceAll(body, inlineRelations, []byte("r:"))
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

func tidyDimension(body []byte) []byte {
	minCol, minRow, maxCol, maxRow := 0, 0, 0, 0
	see := func(ref []byte) {
		col, row, i := 0, 0, 0
		for ; i < len(ref) && ref[i] >= 'A' && ref[i] <= 'Z'; i++ {
			col = col*26 + int(ref[i]-'A'+1)
		}
		for ; i < len(ref) && ref[i] >= '0' && ref[i] <= '9'; i++ {
			row = row*10 + int(ref[i]-'0')
		}
		if col == 0 || row == 0 {
			return
		}
		if minCol == 0 || col < minCol {
			minCol = col
		}
		if minRow == 0 || row < minRow {
			minRow = row
		}
		maxCol, maxRow = max(maxCol, col), max(maxRow, row)
	}
	// Every cell's reference and both corners of every merged range.
	for _, tag := range [][]byte{[]byte(`<c r="`), []byte(`<mergeCell ref="`)} {
		for rest := body; ; {
			i := bytes.Index(rest, tag)
			if i < 0 {
				break
			}
			rest = rest[i+len(tag):]
			end := bytes.IndexByte(rest, '"')
			if end < 0 {
				break
			}
			from, to, _ := bytes.Cut(rest[:end], []byte(":"))
			see(from)
			if to != nil {
				see(to)
			}
			rest = rest[end:]
		}
	}
	ref := "A1"
	if maxRow > 0 {
		ref = name(minCol, minRow)
		if maxCol != minCol || maxRow != minRow {
			ref += ":" + name(maxCol, maxRow)
		}
	}
	tag := []byte(`<dimension ref="`)
	i := bytes.Index(body, tag)
	if i < 0 {
		return body
	}
	at := i + len(tag)
	end := bytes.IndexByte(body[at:], '"')
	if end < 0 {
		return body
	}
	return slices.Concat(body[:at], []byte(ref), body[at+end:])
}

// name writes column and row as "AB12".
func name(col, row int) string {
	var b []byte
	for ; col > 0; col = (col - 1) / 26 {
		b = append([]byte{byte('A' + (col-1)%26)}, b...)
	}
	return string(b) + strconv.Itoa(row)
}
