package importer_test

import (
	"archive/zip"
	"bytes"
	"cmp"
	"compress/flate"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"

	"salesrhythm"
	"salesrhythm/importer"
	"salesrhythm/internal/officetest"
)

// workbook returns a real .xlsx written by excelize, with rows of calls.
func workbook(t testing.TB, rows int) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for r := 1; r <= rows; r++ {
		row := []any{46329 + r%30, "Acme Kft.", "+36 30 123 4567", r % 7, "Meeting set"}
		if err := f.SetSheetRow("Sheet1", fmt.Sprintf("A%d", r), &row); err != nil {
			t.Fatal(err)
		}
	}
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// part is one zip entry; a nil header makes a plain deflated entry of data.
type part struct {
	name   string
	data   string
	header *zip.FileHeader // written raw: data is then the packed bytes
}

// zipOf builds a zip of the parts, in order.
func zipOf(t *testing.T, parts ...part) []byte {
	t.Helper()
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	for _, p := range parts {
		var err error
		if p.header != nil {
			p.header.Name = p.name
			var raw io.Writer
			if raw, err = w.CreateRaw(p.header); err == nil {
				_, err = io.WriteString(raw, p.data)
			}
		} else {
			var fw io.Writer
			if fw, err = w.Create(p.name); err == nil {
				_, err = io.WriteString(fw, p.data)
			}
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// withParts returns the zip data with the parts added after its own.
func withParts(t *testing.T, data []byte, parts ...part) []byte {
	t.Helper()
	var all []part
	for _, p := range officetest.Parts(t, data) {
		all = append(all, part{name: p.Name, data: p.Body})
	}
	return zipOf(t, append(all, parts...)...)
}

// deflated packs data as a zip entry does.
func deflated(t *testing.T, data []byte) string {
	t.Helper()
	var b bytes.Buffer
	w, err := flate.NewWriter(&b, flate.BestCompression)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// rawPart is a deflated part whose header says what the test wants it to;
// the packed size is the real one unless the header gives another.
func rawPart(t *testing.T, name string, data []byte, header zip.FileHeader) part {
	t.Helper()
	packed := deflated(t, data)
	header.Method = zip.Deflate
	header.CompressedSize64 = cmp.Or(header.CompressedSize64, uint64(len(packed)))
	return part{name: name, data: packed, header: &header}
}

// renameStream renames a stream of an OLE compound file in place by
// rewriting its directory entry: a 64-byte UTF-16 name, then its length.
func renameStream(t *testing.T, data []byte, from, to string) []byte {
	t.Helper()
	utf16le := func(s string) []byte {
		var b []byte
		for _, u := range utf16.Encode([]rune(s + "\x00")) {
			b = binary.LittleEndian.AppendUint16(b, u)
		}
		return b
	}
	out := bytes.Clone(data)
	at := bytes.Index(out, utf16le(from))
	if at < 0 {
		t.Fatalf("no stream %s", from)
	}
	name := utf16le(to)
	copy(out[at:at+64], make([]byte, 64))
	copy(out[at:], name)
	binary.LittleEndian.PutUint16(out[at+64:], uint16(len(name)))
	return out
}

func legacyXLS(t testing.TB) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "legacy.xls"))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func encryptedXLSX(t *testing.T) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetCellValue("Sheet1", "A1", "secret figures"); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := f.Write(&b, excelize.Options{Password: "secret"}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestCheckReadable(t *testing.T) {
	book := workbook(t, 300)
	ods := zipOf(t,
		part{name: "mimetype", data: "application/vnd.oasis.opendocument.spreadsheet"},
		part{name: "content.xml", data: "<office:document-content/>"},
	)
	tests := []struct {
		name   string
		data   []byte
		macros bool
	}{
		{"workbook", book, false},
		{"OpenDocument spreadsheet", ods, false},
		{"OpenDocument spreadsheet with macros", withParts(t, ods, part{name: "Basic/Standard/Module1.xml", data: "<script:module/>"}), true},
		{"workbook with macros", withParts(t, book, part{name: "xl/vbaProject.bin", data: "\xd0\xcf\x11\xe0 VBA"}), true},
		{"workbook with a large part that packs like XML", withParts(t, book, part{
			name: "xl/worksheets/sheet2.xml",
			data: styledRows(25000),
		}), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, p := importer.Check(tt.data)
			if p != nil || c.Macros != tt.macros {
				t.Fatalf("Check = %+v, %v; want Macros %v and no problem", c, p, tt.macros)
			}
		})
	}
}

func TestCheckRejects(t *testing.T) {
	book := workbook(t, 3)
	xls := legacyXLS(t)
	zeros := bytes.Repeat([]byte{0}, 2*importer.RatioFrom)
	kib := bytes.Repeat([]byte("<c/>"), 256)
	tests := []struct {
		name string
		data []byte
		code salesrhythm.Code
		msg  string // a part of the message
	}{
		{"empty file", nil, salesrhythm.CodeNotWorkbook, "the file is empty"},
		{"file of zero bytes", make([]byte, 4096), salesrhythm.CodeCorrupt, "only zero bytes"},
		{"file too large", make([]byte, importer.MaxFileSize+1), salesrhythm.CodeTooLarge, "over 32 MiB"},
		{"PDF named .xlsx", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), salesrhythm.CodeNotWorkbook, "the file is a PDF"},
		{"CSV named .xlsx", []byte("Date;Calls\r\n2026-11-03;12\r\n"), salesrhythm.CodeNotWorkbook, "plain text"},
		{"random bytes", []byte("\x89\x01\x02\x03\xff\xfe\x00\x10binary"), salesrhythm.CodeNotWorkbook, "not a workbook"},
		{"workbook cut short", book[:len(book)/2], salesrhythm.CodeCorrupt, "cut short"},
		{"workbook cut after its first bytes", book[:4], salesrhythm.CodeCorrupt, "cut short"},
		{"zip with a damaged directory", bytes.ReplaceAll(book, []byte("PK\x01\x02"), []byte("PK\x01\x09")), salesrhythm.CodeCorrupt, "damaged"},
		{"legacy .xls, whatever its name", xls, salesrhythm.CodeLegacyFormat, "legacy .xls workbook: open it and save it as Excel Workbook (.xlsx)"},
		{"legacy .xls cut short", xls[:1024], salesrhythm.CodeCorrupt, "Office 97-2003 file that is damaged"},
		{"Word 97-2003 document", renameStream(t, xls, "Workbook", "WordDocument"), salesrhythm.CodeNotWorkbook, "Word 97-2003 document"},
		{"other Office 97-2003 file", renameStream(t, xls, "Workbook", "Contents"), salesrhythm.CodeNotWorkbook, "not a workbook"},
		{"password-protected workbook", encryptedXLSX(t), salesrhythm.CodeEncrypted,
			"password-protected workbook: remove the password (File ▸ Info ▸ Protect Workbook) and save again"},
		{"password-protected OpenDocument spreadsheet", zipOf(t,
			part{name: "mimetype", data: "application/vnd.oasis.opendocument.spreadsheet"},
			part{name: "content.xml", data: "\x8f\x12 encrypted"},
			part{name: "META-INF/manifest.xml", data: `<manifest:manifest><manifest:file-entry manifest:full-path="content.xml">` +
				`<manifest:encryption-data manifest:checksum-type="SHA1/1K"/></manifest:file-entry></manifest:manifest>`},
		), salesrhythm.CodeEncrypted, "password-protected spreadsheet"},
		{"OpenDocument spreadsheet without its content", zipOf(t,
			part{name: "mimetype", data: "application/vnd.oasis.opendocument.spreadsheet"},
		), salesrhythm.CodeCorrupt, "no content.xml"},
		{"OpenDocument text", zipOf(t,
			part{name: "mimetype", data: "application/vnd.oasis.opendocument.text"},
		), salesrhythm.CodeNotWorkbook, "OpenDocument file"},
		{"binary workbook", zipOf(t,
			part{name: "[Content_Types].xml", data: "<Types/>"},
			part{name: "xl/workbook.bin", data: "\x83\x01\x00"},
		), salesrhythm.CodeLegacyFormat, "binary workbook (.xlsb)"},
		{"Word document", zipOf(t,
			part{name: "[Content_Types].xml", data: "<Types/>"},
			part{name: "word/document.xml", data: "<w:document/>"},
		), salesrhythm.CodeNotWorkbook, "a Word document"},
		{"PowerPoint presentation", zipOf(t,
			part{name: "ppt/presentation.xml", data: "<p:presentation/>"},
		), salesrhythm.CodeNotWorkbook, "a PowerPoint presentation"},
		{"other zip", zipOf(t, part{name: "notes.txt", data: "hello"}), salesrhythm.CodeNotWorkbook, "a zip archive"},
		{"too many parts", withParts(t, book, manyParts(importer.MaxParts)...), salesrhythm.CodeTooLarge, "parts"},
		{"part twice", withParts(t, book, part{name: "xl/workbook.xml", data: "<workbook/>"}), salesrhythm.CodeCorrupt, "holds part xl/workbook.xml twice"},
		{"part twice in other case and slashes", withParts(t, book, part{name: `XL\Workbook.xml`, data: "<workbook/>"}), salesrhythm.CodeCorrupt, "twice"},
		{"part over the part limit", withParts(t, book, rawPart(t, "xl/worksheets/sheet2.xml", kib,
			zip.FileHeader{UncompressedSize64: importer.MaxPartSize + 1})), salesrhythm.CodeTooLarge, "part xl/worksheets/sheet2.xml unpacks to more than 128 MiB"},
		{"parts over the total limit", withParts(t, book,
			rawPart(t, "xl/media/a.bin", kib, zip.FileHeader{UncompressedSize64: 100 << 20, CompressedSize64: 10 << 20}),
			rawPart(t, "xl/media/b.bin", kib, zip.FileHeader{UncompressedSize64: 100 << 20, CompressedSize64: 10 << 20}),
			rawPart(t, "xl/media/c.bin", kib, zip.FileHeader{UncompressedSize64: 100 << 20, CompressedSize64: 10 << 20}),
		), salesrhythm.CodeTooLarge, "the parts are over 256 MiB unpacked"},
		{"zip bomb", withParts(t, book, part{name: "xl/worksheets/sheet2.xml", data: string(zeros)}), salesrhythm.CodeTooLarge,
			"part xl/worksheets/sheet2.xml unpacks to over 100 times its packed size"},
		{"part holding more than it claims", withParts(t, book, rawPart(t, "xl/worksheets/sheet2.xml", bytes.Repeat(kib, 10),
			zip.FileHeader{UncompressedSize64: 1024, CRC32: crc32.ChecksumIEEE(kib)})), salesrhythm.CodeCorrupt,
			"part xl/worksheets/sheet2.xml holds more than the 1 KiB it claims"},
		{"part holding less than it claims", withParts(t, book, rawPart(t, "xl/worksheets/sheet2.xml", kib,
			zip.FileHeader{UncompressedSize64: 2048, CRC32: crc32.ChecksumIEEE(kib)})), salesrhythm.CodeCorrupt,
			"part xl/worksheets/sheet2.xml is cut short"},
		{"part with a bad checksum", withParts(t, book, rawPart(t, "xl/worksheets/sheet2.xml", kib,
			zip.FileHeader{UncompressedSize64: 1024, CRC32: crc32.ChecksumIEEE(kib) ^ 1})), salesrhythm.CodeCorrupt,
			"part xl/worksheets/sheet2.xml is corrupt (checksum mismatch)"},
		{"part with a checksum of 0", withParts(t, book, rawPart(t, "xl/worksheets/sheet2.xml", kib,
			zip.FileHeader{UncompressedSize64: 1024})), salesrhythm.CodeCorrupt,
			"part xl/worksheets/sheet2.xml is corrupt (checksum mismatch)"},
		{"part with damaged packing", withParts(t, book, part{name: "xl/worksheets/sheet2.xml", data: "\xff\xff\xff\xff",
			header: &zip.FileHeader{Method: zip.Deflate, UncompressedSize64: 1024, CompressedSize64: 4}}), salesrhythm.CodeCorrupt,
			"part xl/worksheets/sheet2.xml is corrupt (flate"},
		{"part packed an unknown way", withParts(t, book, part{name: "xl/worksheets/sheet2.xml", data: "data",
			header: &zip.FileHeader{Method: 99, UncompressedSize64: 4, CompressedSize64: 4}}), salesrhythm.CodeCorrupt,
			"part xl/worksheets/sheet2.xml cannot be unpacked"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, p := importer.Check(tt.data)
			if p == nil || p.Code != tt.code || !strings.Contains(p.Msg, tt.msg) {
				t.Fatalf("Check = %+v, %v; want %s with %q", c, p, tt.code, tt.msg)
			}
		})
	}
}

// styledRows is sheet XML of n empty rows with a style, as Google Sheets
// writes them: about 60 bytes a row, which pack about 25 times.
func styledRows(n int) string {
	var b strings.Builder
	for r := 1; r <= n; r++ {
		fmt.Fprintf(&b, `<row r="%d" spans="1:13" s="1" customFormat="1" ht="15.75"/>`, r)
	}
	return b.String()
}

// manyParts returns n small parts.
func manyParts(n int) []part {
	parts := make([]part, n)
	for i := range parts {
		parts[i] = part{name: fmt.Sprintf("xl/media/image%d.png", i), data: "png"}
	}
	return parts
}

func TestCheckName(t *testing.T) {
	tests := []struct {
		name string
		lock bool
	}{
		{"~$Calls.xlsx", true},
		{filepath.Join("inbox", "week 45", "~$Calls.xlsx"), true},
		{".~lock.Calls.xlsx#", true},
		{"Calls.xlsx", false},
		{"~Calls.xlsx", false},
		{".~lock.Calls.xlsx", false},
		{"$Calls.xlsx", false},
	}
	for _, tt := range tests {
		p := importer.CheckName(tt.name)
		if (p != nil) != tt.lock || p != nil && p.Code != salesrhythm.CodeLockFile {
			t.Errorf("CheckName(%q) = %v; want lock file %v", tt.name, p, tt.lock)
		}
	}
}

func TestReadFileLeavesTheFileAsItWas(t *testing.T) {
	path := filepath.Join(t.TempDir(), "Calls.xlsx")
	book := workbook(t, 3)
	if err := os.WriteFile(path, book, 0o444); err != nil {
		t.Fatal(err)
	}
	before, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	data, err := importer.ReadFile(path)
	if err != nil || !bytes.Equal(data, book) {
		t.Fatalf("ReadFile = %d bytes, %v; want the %d bytes written", len(data), err, len(book))
	}
	after, err := os.Stat(path)
	if err != nil || !after.ModTime().Equal(before.ModTime()) || after.Mode() != before.Mode() {
		t.Errorf("after ReadFile: %v, %v; want it as before: %v", after, err, before)
	}
}

func TestReadFileStopsPastTheLimit(t *testing.T) {
	path := filepath.Join(t.TempDir(), "huge.xlsx")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(4 * importer.MaxFileSize); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	data, err := importer.ReadFile(path)
	if err != nil || len(data) != importer.MaxFileSize+1 {
		t.Fatalf("ReadFile = %d bytes, %v; want %d", len(data), err, importer.MaxFileSize+1)
	}
	if _, p := importer.Check(data); p == nil || p.Code != salesrhythm.CodeTooLarge {
		t.Errorf("Check = %v; want %s", p, salesrhythm.CodeTooLarge)
	}
}

func TestReadFileOfAMissingFileFails(t *testing.T) {
	if _, err := importer.ReadFile(filepath.Join(t.TempDir(), "gone.xlsx")); err == nil {
		t.Error("ReadFile of a missing file: no error")
	}
}

func TestOpenOptionsOpenACheckedWorkbook(t *testing.T) {
	data := workbook(t, 3)
	if _, p := importer.Check(data); p != nil {
		t.Fatal(p)
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), importer.OpenOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got, err := f.GetCellValue("Sheet1", "A1"); err != nil || got != "46330" {
		t.Errorf("A1 = %q, %v; want the raw serial 46330", got, err)
	}
}
