package importer

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"fmt"
	"hash/crc32"
	"hash/maphash"
	"io"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/richardlehane/mscfb"
	"github.com/xuri/excelize/v2"

	"salesrhythm"
)

// Limits on a workbook file. A hand-filled workbook is well under 1 MiB, a
// large one with pictures under 10 MiB; its biggest part, a sheet, is about
// 100 KiB of XML for 300 rows. The part limit still lets through a sheet
// with styles on all 1,048,576 rows (about 70 MiB, as Google Sheets writes
// them). Real sheet XML packs 8 to 25 times smaller; a zip bomb packs about
// 1000 times.
const (
	MaxFileSize  = 32 << 20  // bytes on disk
	MaxParts     = 1000      // entries in the zip; a workbook has a few dozen
	MaxPartSize  = 128 << 20 // bytes of one part, unpacked
	MaxTotalSize = 256 << 20 // bytes of all parts, unpacked
	MaxRatio     = 100       // unpacked size over packed size, for parts over RatioFrom
	RatioFrom    = 1 << 20   // smaller parts may pack as tightly as they like
)

// sheetInMemory is the largest sheet excelize holds in memory; a larger one
// it unpacks to a temporary file and streams from there.
const sheetInMemory = 16 << 20

// OpenOptions returns the excelize options for opening a file Check
// accepted: raw cell values, as Cell expects, and unpack limits no looser
// than Check's.
func OpenOptions() excelize.Options {
	return excelize.Options{
		RawCellValue:      true,
		UnzipSizeLimit:    MaxTotalSize,
		UnzipXMLSizeLimit: sheetInMemory,
	}
}

// ReadFile reads the file at path, opened read-only. It reads at most
// MaxFileSize+1 bytes, so that Check can tell a larger file is too large
// without it all being held in memory.
func ReadFile(path string) ([]byte, error) {
	data, err := readPooled(path)
	if data == nil {
		return nil, err
	}
	return *data, err
}

// readPooled is ReadFile into a pooled buffer (see getBuffer), for the
// reader, which gives it back when it has read the file.
func readPooled(path string) (*[]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.Size() <= MaxFileSize {
		// The usual case: read the file in one go into a buffer of its size.
		buf := getBuffer(int(st.Size()))
		n, err := io.ReadFull(f, (*buf)[:st.Size()])
		if err == io.ErrUnexpectedEOF { // it shrank meanwhile
			err = nil
		}
		*buf = (*buf)[:n]
		return buf, err
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	return &data, err
}

// CheckName returns a lock-file problem when name is the lock file of a
// workbook someone has open (Excel's ~$Calls.xlsx, LibreOffice's
// .~lock.Calls.xlsx#), and nil otherwise. Such a file is skipped, at most
// with an info finding, unless its bytes are a zip file's: a workbook
// someone named so is read. This is the only judgement made by name: Check
// decides everything else by the bytes.
func CheckName(name string) *Problem {
	base := filepath.Base(name)
	if strings.HasPrefix(base, "~$") || strings.HasPrefix(base, ".~lock.") && strings.HasSuffix(base, "#") {
		return problem(salesrhythm.CodeLockFile, "the lock file of a workbook someone has open: skipped")
	}
	return nil
}

// Container is what Check learned about a file it can read.
type Container struct {
	// Macros is set for a workbook with a VBA project (.xlsm) or a
	// spreadsheet with Basic macros. Its data reads as usual; the macros are
	// never run.
	Macros bool
	// ODS is set for an OpenDocument spreadsheet (.ods).
	ODS bool

	data  []byte
	zip   *zip.Reader
	files map[string]*zip.File // every part, by its part name (see partName)
	parts *unpacked
}

// unpacked is what the reader unpacked of a container so far. A part is
// unpacked and verified — its size and checksum — the first time it is
// read, and kept for the next reading; one the reader never asks for
// (a theme, the app properties, a sheet of lists) is never unpacked.
type unpacked struct {
	bodies   map[string][]byte
	verified map[string]bool // parts too large to keep, verified and streamed
	bad      *Problem        // the first part that failed its check
	badPart  string          // its part name
	buffers  []*[]byte       // the bodies' buffers, back to the pool on release
}

var (
	zipMagic = []byte("PK\x03\x04")
	// zipEnd starts the record that closes every zip file.
	zipEnd = []byte("PK\x05\x06")
	// oleMagic starts an OLE compound file: a legacy .xls, or an .xlsx
	// that Office encrypted with a password.
	oleMagic = []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
)

// Check looks at a file's bytes, whatever its name, and says whether the
// importer can read them as an .xlsx workbook or an .ods spreadsheet, or
// why not: an empty, cut short or damaged file; a PDF or another document;
// a legacy .xls or an .xlsb; a password-protected workbook; a zip bomb or a
// part that lies about its size or fails its checksum. It unpacks every
// part to verify it. Give it the bytes ReadFile returned; an .xlsx it
// accepts excelize.OpenReader reads with OpenOptions (excelize reads no
// .ods).
func Check(data []byte) (Container, *Problem) {
	c, p := inspect(data)
	if p != nil {
		return Container{}, p
	}
	for _, f := range c.zip.File {
		if _, p := unpack(data, f, nil); p != nil {
			return Container{}, p
		}
	}
	return c, nil
}

// inspect is Check without the unpacking: it judges a file by its first
// bytes and its zip directory — the declared sizes of every part against
// the limits, so a bomb is refused before anything is unpacked — and leaves
// the parts to be verified as the reader reads them (Container.part).
func inspect(data []byte) (Container, *Problem) {
	var p *Problem
	switch {
	case len(data) == 0:
		p = problem(salesrhythm.CodeNotWorkbook, "the file is empty")
	case len(data) > MaxFileSize:
		p = problem(salesrhythm.CodeTooLarge, "the file is over %s, far larger than a workbook filled by hand", size(MaxFileSize))
	case len(bytes.Trim(data, "\x00")) == 0:
		p = problem(salesrhythm.CodeCorrupt, "the file holds only zero bytes: it was probably still being copied or synced")
	case bytes.HasPrefix(data, oleMagic):
		p = checkOLE(data)
	case bytes.HasPrefix(data, []byte("%PDF-")):
		p = problem(salesrhythm.CodeNotWorkbook, "the file is a PDF, not a workbook")
	case bytes.HasPrefix(data, zipMagic):
		return checkZip(data)
	case isText(data[:min(len(data), 512)]):
		p = problem(salesrhythm.CodeNotWorkbook, "the file is plain text (perhaps CSV), not a workbook: open it in Excel and save it as Excel Workbook (.xlsx)")
	default:
		p = problem(salesrhythm.CodeNotWorkbook, "the file is not a workbook")
	}
	return Container{}, p
}

// isText reports whether b has no control characters but tabs and line
// breaks, as text in any 8-bit encoding or UTF-8.
func isText(b []byte) bool {
	for _, c := range b {
		if c < ' ' && c != '\t' && c != '\n' && c != '\r' {
			return false
		}
	}
	return true
}

// checkOLE tells a legacy .xls from an encrypted .xlsx by the streams in
// the compound file's directory.
func checkOLE(data []byte) *Problem {
	doc, err := mscfb.New(bytes.NewReader(data))
	if err != nil {
		return problem(salesrhythm.CodeCorrupt, "the file is an Office 97-2003 file that is damaged or cut short")
	}
	streams := map[string]bool{}
	for _, f := range doc.File {
		streams[f.Name] = true
	}
	switch {
	case streams["EncryptionInfo"] || streams["EncryptedPackage"]:
		return problem(salesrhythm.CodeEncrypted, "password-protected workbook: remove the password (File ▸ Info ▸ Protect Workbook) and save again")
	case streams["Workbook"] || streams["Book"]:
		return problem(salesrhythm.CodeLegacyFormat, "legacy .xls workbook: open it and save it as Excel Workbook (.xlsx)")
	case streams["WordDocument"]:
		return problem(salesrhythm.CodeNotWorkbook, "the file is a Word 97-2003 document, not a workbook")
	}
	return problem(salesrhythm.CodeNotWorkbook, "the file is an Office 97-2003 file, but not a workbook")
}

func checkZip(data []byte) (Container, *Problem) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	switch {
	case err != nil && !bytes.Contains(data[max(0, len(data)-(1<<16+22)):], zipEnd):
		return Container{}, problem(salesrhythm.CodeCorrupt, "the file is cut short: it was probably still being copied or saved")
	case err != nil:
		return Container{}, problem(salesrhythm.CodeCorrupt, "the file is damaged (%v)", err)
	case len(zr.File) > MaxParts:
		return Container{}, problem(salesrhythm.CodeTooLarge, "the file has %d parts; a workbook has far fewer than %d", len(zr.File), MaxParts)
	}
	// Part names compare without regard to case (OPC §6.2.2.3), and some
	// Windows tools write backslashes; a name seen twice that way is two
	// versions of a part.
	files := map[string]*zip.File{}
	for _, f := range zr.File {
		name := partName(f.Name)
		if files[name] != nil {
			return Container{}, problem(salesrhythm.CodeCorrupt, "the file is damaged: it holds part %s twice", f.Name)
		}
		files[name] = f
	}
	ods, p := checkKind(files)
	if p != nil {
		return Container{}, p
	}
	if p := checkSizes(zr.File); p != nil {
		return Container{}, p
	}
	c := Container{Macros: files["xl/vbaproject.bin"] != nil, ODS: ods, data: data, zip: zr, files: files, parts: &unpacked{}}
	for name := range files {
		c.Macros = c.Macros || ods && (strings.HasPrefix(name, "basic/") || strings.HasPrefix(name, "scripts/"))
	}
	return c, nil
}

// partName is the name a zip entry or a relationship's target stands for,
// as parts are compared: without a leading slash or dot segments, with
// forward slashes, in lower case.
func partName(name string) string {
	return strings.TrimPrefix(path.Clean("/"+strings.ToLower(strings.ReplaceAll(name, `\`, "/"))), "/")
}

// checkKind tells an .xlsx and an .ods from the other zip-based formats by
// their parts.
func checkKind(parts map[string]*zip.File) (ods bool, p *Problem) {
	switch {
	case parts["xl/workbook.xml"] != nil:
		return false, nil
	case parts["xl/workbook.bin"] != nil:
		return false, problem(salesrhythm.CodeLegacyFormat, "binary workbook (.xlsb): open it and save it as Excel Workbook (.xlsx)")
	case parts["mimetype"] != nil:
		switch {
		case !isODS(parts["mimetype"]):
			return false, problem(salesrhythm.CodeNotWorkbook, "the file is an OpenDocument file, not a spreadsheet")
		case bytes.Contains(small(parts["meta-inf/manifest.xml"]), []byte("encryption-data")):
			return false, problem(salesrhythm.CodeEncrypted, "password-protected spreadsheet: save it again without a password (File ▸ Save As, untick \"Save with password\")")
		case parts["content.xml"] == nil:
			return false, problem(salesrhythm.CodeCorrupt, "the file is damaged: the OpenDocument spreadsheet has no content.xml")
		}
		return true, nil
	case parts["word/document.xml"] != nil:
		return false, problem(salesrhythm.CodeNotWorkbook, "the file is a Word document, not a workbook")
	case parts["ppt/presentation.xml"] != nil:
		return false, problem(salesrhythm.CodeNotWorkbook, "the file is a PowerPoint presentation, not a workbook")
	case isWorkbookPackage(parts):
		return false, nil
	}
	return false, problem(salesrhythm.CodeNotWorkbook, "the file is a zip archive, not a workbook")
}

// isWorkbookPackage reports whether a package's main part, wherever it is,
// is a workbook: the target of the officeDocument relationship of
// _rels/.rels, by its content type in [Content_Types].xml.
func isWorkbookPackage(parts map[string]*zip.File) bool {
	main, ok := readRels(small(parts["_rels/.rels"]), "").ofType("/officeDocument")
	if !ok || parts[main] == nil {
		return false
	}
	ct := contentType(small(parts["[content_types].xml"]), main)
	return strings.HasSuffix(ct, ".main+xml") && (strings.Contains(ct, ".spreadsheetml.") || strings.Contains(ct, ".ms-excel."))
}

// small returns the start of a part, at most 1 MiB of it, or nil; whether
// the part is sound is checked later.
func small(f *zip.File) []byte {
	if f == nil {
		return nil
	}
	rc, err := f.Open()
	if err != nil {
		return nil
	}
	defer rc.Close()
	body, _ := io.ReadAll(io.LimitReader(rc, 1<<20))
	return body
}

// isODS reports whether an OpenDocument mimetype part names a spreadsheet.
func isODS(mimetype *zip.File) bool {
	const ods = "application/vnd.oasis.opendocument.spreadsheet"
	rc, err := mimetype.Open()
	if err != nil {
		return false
	}
	defer rc.Close()
	head := make([]byte, len(ods))
	_, err = io.ReadFull(rc, head)
	return err == nil && string(head) == ods
}

// checkSizes checks the parts' declared sizes against the limits, before
// anything is unpacked.
func checkSizes(files []*zip.File) *Problem {
	var total uint64
	for _, f := range files {
		total += f.UncompressedSize64
		switch {
		case f.UncompressedSize64 > MaxPartSize:
			return problem(salesrhythm.CodeTooLarge, "part %s unpacks to more than %s", f.Name, size(MaxPartSize))
		case total > MaxTotalSize:
			return problem(salesrhythm.CodeTooLarge, "the parts are over %s unpacked", size(MaxTotalSize))
		case f.UncompressedSize64 > RatioFrom && f.UncompressedSize64/MaxRatio > f.CompressedSize64:
			return problem(salesrhythm.CodeTooLarge, "part %s unpacks to over %d times its packed size, as a zip bomb does", f.Name, MaxRatio)
		}
	}
	return nil
}

// part returns the body of the part named name (a part name), unpacked and
// verified the first time it is asked for. A part too large to keep in
// memory (over sheetInMemory) is verified, and then has no body: stream is
// set, and the caller reads it from the zip. A part that fails its check
// fails for good, and the container with it (failed).
func (c Container) part(name string) (body []byte, stream bool, err error) {
	if body, ok := c.parts.bodies[name]; ok {
		return body, false, nil
	}
	f := c.files[name]
	switch {
	case f == nil:
		return nil, false, errMissing
	case c.parts.bad != nil:
		return nil, false, errors.New(c.parts.bad.Msg)
	case c.parts.verified[name]:
		return nil, true, nil
	}
	var buf *[]byte
	if f.UncompressedSize64 <= sheetInMemory {
		// The declared size is only believed up to 1 MiB: a header may lie.
		buf = getBuffer(int(min(f.UncompressedSize64, 1<<20)) + 1)
	}
	body, p := unpack(c.data, f, buf)
	if p != nil {
		c.parts.bad, c.parts.badPart = p, name
		return nil, false, errors.New(p.Msg)
	}
	if buf == nil {
		if c.parts.verified == nil {
			c.parts.verified = map[string]bool{}
		}
		c.parts.verified[name] = true
		return nil, true, nil
	}
	if c.parts.bodies == nil {
		c.parts.bodies = map[string][]byte{}
	}
	*buf = body
	c.parts.buffers = append(c.parts.buffers, buf)
	c.parts.bodies[name] = body
	return body, false, nil
}

var errMissing = errors.New("missing")

// failed returns the problem of the first part that failed its check, and
// that part's name; nil when every part read so far was sound.
func (c Container) failed() (*Problem, string) {
	if c.parts == nil {
		return nil, ""
	}
	return c.parts.bad, c.parts.badPart
}

// release gives the parts' buffers back for other files: nothing read from
// the parts may be used after it.
func (c Container) release() {
	if c.parts == nil {
		return
	}
	for _, b := range c.parts.buffers {
		putBuffer(b)
	}
	*c.parts = unpacked{bad: c.parts.bad, badPart: c.parts.badPart}
}

// unpack inflates part f of the zip data and verifies that it holds what
// its header claims and matches its checksum. With buf, the part lands in
// it (grown as needed) and is returned; without, it streams through a
// scratch buffer and only the verdict is kept. Memory stays bounded: the
// reading stops one byte past the declared size, which checkSizes held to
// MaxPartSize.
func unpack(data []byte, f *zip.File, buf *[]byte) ([]byte, *Problem) {
	off, err := f.DataOffset()
	if err != nil {
		return nil, problem(salesrhythm.CodeCorrupt, "part %s cannot be unpacked (%v)", f.Name, err)
	}
	if off < 0 || off > int64(len(data)) || uint64(len(data)-int(off)) < f.CompressedSize64 {
		return nil, problem(salesrhythm.CodeCorrupt, "part %s is cut short", f.Name)
	}
	raw := data[off : uint64(off)+f.CompressedSize64]
	var r io.Reader
	switch f.Method {
	case zip.Store:
		r = bytes.NewReader(raw)
	case zip.Deflate:
		in := inflaters.Get().(*inflater)
		defer inflaters.Put(in)
		in.reset(raw)
		r = in.fr
	default:
		return nil, problem(salesrhythm.CodeCorrupt, "part %s cannot be unpacked (%v)", f.Name, zip.ErrAlgorithm)
	}
	var out []byte
	if buf != nil {
		out = (*buf)[:0]
	} else {
		scratch := getBuffer(32 << 10)
		defer putBuffer(scratch)
		out = (*scratch)[:0]
	}
	want := f.UncompressedSize64
	var n uint64
	sum := uint32(0)
	for {
		if len(out) == cap(out) {
			if buf == nil {
				out = out[:0]
			} else {
				out = slices.Grow(out, min(len(out), MaxPartSize))
			}
		}
		m, err := r.Read(out[len(out):min(cap(out), len(out)+int(want-min(n, want))+1)])
		sum = crc32.Update(sum, crc32.IEEETable, out[len(out):len(out)+m])
		out = out[:len(out)+m]
		n += uint64(m)
		switch {
		case n > want:
			return nil, problem(salesrhythm.CodeCorrupt, "part %s holds more than the %s it claims", f.Name, size(want))
		case err == io.EOF && n < want, errors.Is(err, io.ErrUnexpectedEOF):
			return nil, problem(salesrhythm.CodeCorrupt, "part %s is cut short", f.Name)
		case err == io.EOF && sum != f.CRC32:
			return nil, problem(salesrhythm.CodeCorrupt, "part %s is corrupt (checksum mismatch)", f.Name)
		case err == io.EOF:
			return out, nil
		case err != nil:
			return nil, problem(salesrhythm.CodeCorrupt, "part %s is corrupt (%v)", f.Name, err)
		}
	}
}

// A memo keeps what the reader made of a part, by the part's packed
// bytes: the workbooks made from one template share their styles byte for
// byte, and a part packed the same as one read before reads the same — and
// is as sound, having the same size and checksum — so it need not be
// unpacked again.
type memo struct {
	mu   sync.Mutex
	seed maphash.Seed
	by   map[uint64][]memoEntry // by the hash of the packed bytes
	n    int
}

type memoEntry struct {
	method uint16
	crc    uint32
	size   uint64
	packed []byte
	v      any
}

// A memo holds at most memoParts parts of at most memoPacked bytes packed.
const (
	memoParts  = 64
	memoPacked = 64 << 10
)

// remember returns what read made of the part named name, or of a part
// packed the same before. read reads the part from c; what it returns is
// kept unless it fails, and must not be changed by its users.
func (c Container) remember(m *memo, name string, read func() (any, error)) (any, error) {
	f := c.files[name]
	if f == nil || f.CompressedSize64 > memoPacked {
		return read()
	}
	off, err := f.DataOffset()
	if err != nil || off < 0 || off > int64(len(c.data)) || uint64(len(c.data)-int(off)) < f.CompressedSize64 {
		return read()
	}
	packed := c.data[off : uint64(off)+f.CompressedSize64]
	m.mu.Lock()
	if m.by == nil {
		m.seed, m.by = maphash.MakeSeed(), map[uint64][]memoEntry{}
	}
	h := maphash.Bytes(m.seed, packed)
	for _, e := range m.by[h] {
		if e.method == f.Method && e.crc == f.CRC32 && e.size == f.UncompressedSize64 && bytes.Equal(e.packed, packed) {
			m.mu.Unlock()
			return e.v, nil
		}
	}
	m.mu.Unlock()
	v, err := read()
	if bad, _ := c.failed(); err != nil || bad != nil {
		return v, err
	}
	m.mu.Lock()
	if m.n < memoParts {
		m.by[h] = append(m.by[h], memoEntry{f.Method, f.CRC32, f.UncompressedSize64, bytes.Clone(packed), v})
		m.n++
	}
	m.mu.Unlock()
	return v, nil
}

// inflater is a deflate reader with the source it reads, kept for reuse:
// a new one costs more to set up than a small part costs to unpack, and
// reading a bytes.Reader spares it a buffer of its own.
type inflater struct {
	src bytes.Reader
	fr  io.ReadCloser
}

func (in *inflater) reset(raw []byte) {
	in.src.Reset(raw)
	in.fr.(flate.Resetter).Reset(&in.src, nil)
}

var inflaters = sync.Pool{New: func() any {
	in := &inflater{}
	in.fr = flate.NewReader(&in.src)
	return in
}}

// Buffers, pooled by size class (powers of two from 4 KiB to 32 MiB): the
// files of an inbox and their parts are read into them, so that reading
// thousands of workbooks does not leave as many buffers to the collector.
var buffers [14]sync.Pool

func class(n int) int {
	c := 0
	for c < len(buffers) && 4096<<c < n {
		c++
	}
	return c
}

// getBuffer returns an empty buffer of at least n bytes.
func getBuffer(n int) *[]byte {
	c := class(n)
	if c == len(buffers) {
		b := make([]byte, 0, n)
		return &b
	}
	if b, ok := buffers[c].Get().(*[]byte); ok {
		*b = (*b)[:0]
		return b
	}
	b := make([]byte, 0, 4096<<c)
	return &b
}

// putBuffer gives a buffer getBuffer returned back, unless it outgrew its
// class.
func putBuffer(b *[]byte) {
	if c := class(cap(*b)); c < len(buffers) && cap(*b) == 4096<<c {
		buffers[c].Put(b)
	}
}

// size writes a byte count for people: 900 bytes, 1.5 KiB, 128 MiB.
func size(n uint64) salesrhythm.Localised { return byteCount(n) }

type byteCount uint64

func (n byteCount) In(l salesrhythm.Locale) string {
	unit := func(v float64, name string) string {
		s := strings.TrimSuffix(fmt.Sprintf("%.1f", v), ".0")
		if l == salesrhythm.Hungarian {
			s = strings.Replace(s, ".", ",", 1)
		}
		return s + " " + name
	}
	switch {
	case n >= 1<<20:
		return unit(float64(n)/(1<<20), "MiB")
	case n >= 1<<10:
		return unit(float64(n)/(1<<10), "KiB")
	}
	return salesrhythm.Tr("%d bytes", uint64(n)).In(l)
}
