package export

import (
	"archive/zip"
	"compress/flate"
	"errors"
	"hash"
	"hash/crc32"
	"io"
	"io/fs"
	"os"
	"slices"
	"strings"

	"github.com/xuri/excelize/v2"
)

// sortedZip is a zip writer for excelize that writes the entries in name
// order, whatever order they come in: each is deflated into a spool file
// as it is written, and copied from there into the zip on Close.
type sortedZip struct {
	out     io.Writer
	dir     string
	spool   *os.File
	size    int64
	entries []spooled
	cur     *entryWriter
	err     error
}

type spooled struct {
	name        string
	off, n, raw int64
	crc         uint32
}

var _ excelize.ZipWriter = (*sortedZip)(nil)

func newSortedZip(out io.Writer, dir string) *sortedZip { return &sortedZip{out: out, dir: dir} }

// entryWriter deflates one entry into the spool, counting and summing what
// it is given.
type entryWriter struct {
	z   *sortedZip
	fw  *flate.Writer
	crc hash.Hash32
	raw int64
	e   spooled
}

func (w *entryWriter) Write(p []byte) (int, error) {
	w.crc.Write(p)
	w.raw += int64(len(p))
	return w.fw.Write(p)
}

// countingWriter appends to the spool.
type countingWriter struct{ z *sortedZip }

func (c countingWriter) Write(p []byte) (int, error) {
	n, err := c.z.spool.WriteAt(p, c.z.size)
	c.z.size += int64(n)
	return n, err
}

func (z *sortedZip) finish() error {
	if z.cur == nil {
		return nil
	}
	if err := z.cur.fw.Close(); err != nil {
		return err
	}
	e := z.cur.e
	e.n, e.raw, e.crc = z.size-e.off, z.cur.raw, z.cur.crc.Sum32()
	z.entries = append(z.entries, e)
	z.cur = nil
	return nil
}

func (z *sortedZip) Create(name string) (io.Writer, error) {
	if z.err != nil {
		return nil, z.err
	}
	if z.spool == nil {
		f, err := os.CreateTemp(z.dir, "zip-*.tmp")
		if err != nil {
			return nil, err
		}
		z.spool = f
	}
	if err := z.finish(); err != nil {
		return nil, err
	}
	fw, err := flate.NewWriter(countingWriter{z}, flate.BestSpeed)
	if err != nil {
		return nil, err
	}
	z.cur = &entryWriter{z: z, fw: fw, crc: crc32.NewIEEE(), e: spooled{name: name, off: z.size}}
	return z.cur, nil
}

func (z *sortedZip) AddFS(fs.FS) error { return errors.New("export: AddFS is not supported") }

func (z *sortedZip) Close() error {
	if z.spool == nil {
		return zip.NewWriter(z.out).Close()
	}
	defer func() {
		z.spool.Close()
		os.Remove(z.spool.Name())
	}()
	if err := z.finish(); err != nil {
		return err
	}
	slices.SortStableFunc(z.entries, func(a, b spooled) int { return strings.Compare(a.name, b.name) })
	zw := zip.NewWriter(z.out)
	for _, e := range z.entries {
		w, err := zw.CreateRaw(&zip.FileHeader{Name: e.name, Method: zip.Deflate, CRC32: e.crc,
			CompressedSize64: uint64(e.n), UncompressedSize64: uint64(e.raw)})
		if err != nil {
			return err
		}
		if _, err := io.Copy(w, io.NewSectionReader(z.spool, e.off, e.n)); err != nil {
			return err
		}
	}
	return zw.Close()
}
