package importer

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"time"

	"salesrhythm"
	"salesrhythm/internal/safefile"
	"salesrhythm/internal/wire"
	"salesrhythm/schema"
)

// The records cache keeps what each workbook of the inbox was read as —
// its identity, its findings and its records — so that an unchanged
// workbook is never parsed twice, and a year of a large department reads
// in the time of its changes.
//
// An entry is keyed by the file's path in the inbox (findings name the
// file, so a renamed or moved file is read again), the sha256 of its
// content, and the cache's key: the format's version, the program itself
// (a hash of its executable, so that any change to how files read starts a
// fresh cache), the template version and a fingerprint of the schema the
// configuration makes (the activity list, the questions, every column's
// labels and choices). Reading does not depend on the month, so one entry
// serves every month.
//
// The cache is a folder of packs, one per month of the workbooks' periods
// (2026-11.pack; other.pack for files without one), since a month's files
// are read together and a change to one rewrites only its month. A pack is
// the entries' contents (internal/wire), then an index of every entry with
// its identity and the place and CRC-32C of its content, then a trailer
// locating the index; the index holds the key. Files rather than an
// embedded database: no dependency, a few large sequential files instead of
// a hundred thousand small ones (each synced write costs a millisecond or
// more), and every pack written whole to a temporary file and renamed into
// place (internal/safefile), so a crash leaves the old pack or the new one.
//
// Nothing in the cache is trusted over the file: a pack that does not
// read, whose key differs or whose index fails its CRC is ignored and
// rebuilt; an entry whose content fails its CRC is read again from the
// file. Entries of files gone from the inbox, or changed, are dropped when
// their pack is next written, and a pack left with none is removed, so the
// cache holds the inbox and no more.

// Cache is a records cache in a folder, the output folder's .cache.
type Cache struct {
	dir   string
	fresh bool

	mu    sync.Mutex
	key   string
	old   map[string]*cached // the entries of the packs read, by path
	packs map[string]int     // the packs found: by name, how many entries, -1 when not to be trusted
	open  []*os.File         // packs and spools read from this run
	used  map[string]*cached // old entries used this run, by path
	added map[string]*cached // new entries of this run, by path
	spool *os.File           // the contents of the new entries
	size  int64              // of the spool
	hits  int
	reads int
	err   error
}

// NewCache returns the cache in dir. Fresh trusts no entry: every file is
// read again and the cache rebuilt (the command's --no-cache).
func NewCache(dir string, fresh bool) *Cache { return &Cache{dir: dir, fresh: fresh} }

// Err returns the first failure of the cache. A failing cache never fails
// the reading: it stops keeping entries and the files are read.
func (c *Cache) Err() error {
	if c == nil {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.err
}

// Stats returns how many files of the last scan came from the cache and
// how many were read.
func (c *Cache) Stats() (hits, reads int) {
	if c == nil {
		return 0, 0
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.hits, c.reads
}

// cacheFormat is the version of the pack format; raise it with any change
// to the layout or to the entry types' meaning.
const cacheFormat = 2

// Names of the cache's files.
const (
	packExt   = ".pack"
	otherPack = "other" + packExt
	packMagic = "salesrhythm records cache\n"
	tailMagic = "SRCACHE1"
	tailSize  = 8 + 8 + 4 + len(tailMagic)
)

// cached is one entry and where its content is: a pack or the spool.
type cached struct {
	indexEntry
	src *os.File
}

// indexEntry is one entry of a pack's index: what a file was read as, but
// for the content of a file read in full, which the pack holds before it.
type indexEntry struct {
	Source        salesrhythm.Source
	Findings      []salesrhythm.Finding // met before the content was read (all of them when it was not read)
	Modified      string
	CopyOf        string
	CopyUnchanged bool
	Complete      bool // false: only recognised, for a month it does not count in
	Dated         []datedCost
	Distinct      []string
	Offset        int64
	Length        int64
	CRC           uint32
}

// content is the rest of a file read in full.
type content struct {
	Path, SHA256 string
	Findings     []salesrhythm.Finding // met while reading the content
	Refs         []cachedRef
	Plan         *salesrhythm.Plan // a plan's records, which are never packed
	Records      packed
}

type cachedRef struct{ ID, Sheet, Cell, Field string }

// packIndex ends a pack.
type packIndex struct {
	Key     string
	Entries []indexEntry
}

// stored locates the content of a file in the cache.
type stored = cached

var crcTable = crc32.MakeTable(crc32.Castagnoli)

// programID names the program that reads: a hash of its executable.
var programID = sync.OnceValues(func() (string, error) {
	exe, err := os.Executable()
	if err != nil {
		return "", err
	}
	f, err := os.Open(exe)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil))[:24], nil
})

// cacheKey is what, besides a file's path and content, decides how it
// reads.
func cacheKey(o Options) (string, error) {
	prog, err := programID()
	if err != nil {
		return "", fmt.Errorf("the cache needs the program's own file: %w", err)
	}
	h := sha256.New()
	fmt.Fprintf(h, "format %d\nschema %d\nquestions %d\n", cacheFormat, schema.Version, len(o.Config.Assessment.Questions))
	fmt.Fprintln(h, wire.Signature(reflect.TypeFor[packIndex]()), wire.Signature(reflect.TypeFor[content]()))
	if o.Schema != nil {
		fingerprint(h, o.Schema)
	}
	return fmt.Sprintf("format=%d program=%s config=%s", cacheFormat, prog, hex.EncodeToString(h.Sum(nil))[:24]), nil
}

// fingerprint writes everything of the schema the importer reads by:
// sheets and their layout, and each column's key, labels, type and choices.
func fingerprint(w io.Writer, s *schema.Schema) {
	for _, k := range s.Workbooks() {
		fmt.Fprintf(w, "kind %s %q %q\n", k.Kind, k.Title.En, k.Title.Hu)
		for _, sh := range k.Sheets {
			fmt.Fprintf(w, " sheet %s %q %q %d %q %v\n", sh.Key, sh.Name.En, sh.Name.Hu, sh.Layout, sh.Dated, sh.Record)
			for _, c := range sh.Columns {
				fmt.Fprintf(w, "  col %s %q %q %d %v %v\n", c.Key, c.Label.En, c.Label.Hu, c.Type, c.Required, c.Fixed)
				for _, ch := range c.Choices {
					fmt.Fprintf(w, "   %s %q %q\n", ch.Key, ch.Label.En, ch.Label.Hu)
				}
			}
		}
	}
}

// fail records the cache's first failure; the cache then keeps no more.
func (c *Cache) fail(err error) {
	if c.err == nil {
		c.err = fmt.Errorf("the records cache in %s: %w", c.dir, err)
	}
}

// begin reads the packs for a scan.
func (c *Cache) begin(o Options) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.old, c.used, c.added, c.packs, c.hits, c.reads = map[string]*cached{}, map[string]*cached{}, map[string]*cached{}, map[string]int{}, 0, 0
	key, err := cacheKey(o)
	if err != nil {
		c.fail(err)
		return
	}
	c.key = key
	if err := os.MkdirAll(c.dir, 0o755); err != nil {
		c.fail(err)
		return
	}
	c.sweep()
	names, err := filepath.Glob(filepath.Join(c.dir, "*"+packExt))
	if err != nil {
		c.fail(err)
		return
	}
	for _, path := range names {
		name := filepath.Base(path)
		c.packs[name] = -1
		if c.fresh {
			continue
		}
		f, idx, err := readPack(path)
		if err != nil || idx.Key != c.key {
			if f != nil {
				f.Close()
			}
			continue // damaged, foreign or of another program or configuration: rebuilt
		}
		c.packs[name] = len(idx.Entries)
		c.open = append(c.open, f)
		for i := range idx.Entries {
			e := &cached{idx.Entries[i], f}
			if _, dup := c.old[e.Source.Path]; !dup && packOf(e.Source) == filepath.Base(path) {
				c.old[e.Source.Path] = e
			}
		}
	}
}

// staleAfter is how old a temporary file of the cache must be to be taken
// for one a crashed run left behind, not one another run is writing.
const staleAfter = time.Hour

// sweep removes the temporary files of the cache that a run killed while
// writing it left behind (its spool, a pack being written), so that
// crashes do not add up; nothing else in the folder is touched.
func (c *Cache) sweep() {
	for _, pattern := range []string{".spool-*.tmp", ".*" + packExt + ".*.tmp"} {
		names, _ := filepath.Glob(filepath.Join(c.dir, pattern))
		for _, name := range names {
			if st, err := os.Lstat(name); err == nil && st.Mode().IsRegular() && time.Since(st.ModTime()) > staleAfter {
				os.Remove(name)
			}
		}
	}
}

// readPack opens a pack and reads its index.
func readPack(path string) (*os.File, *packIndex, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	fail := func(msg string) (*os.File, *packIndex, error) {
		return f, nil, fmt.Errorf("%s: %s", filepath.Base(path), msg)
	}
	st, err := f.Stat()
	if err != nil {
		return fail(err.Error())
	}
	size := st.Size()
	head := make([]byte, len(packMagic))
	if size < int64(len(packMagic)+tailSize) {
		return fail("too short")
	}
	tail := make([]byte, tailSize)
	if _, err := f.ReadAt(head, 0); err != nil || string(head) != packMagic {
		return fail("not a pack")
	}
	if _, err := f.ReadAt(tail, size-int64(tailSize)); err != nil || string(tail[20:]) != tailMagic {
		return fail("no trailer")
	}
	off, n, crc := le64(tail[0:8]), le64(tail[8:16]), le32(tail[16:20])
	if off < uint64(len(packMagic)) || n > uint64(size) || off+n != uint64(size)-uint64(tailSize) {
		return fail("the trailer points outside the pack")
	}
	data := make([]byte, n)
	if _, err := f.ReadAt(data, int64(off)); err != nil || crc32.Checksum(data, crcTable) != crc {
		return fail("the index is damaged")
	}
	var idx packIndex
	if err := wire.Unmarshal(data, &idx); err != nil {
		return fail(err.Error())
	}
	for _, e := range idx.Entries {
		if e.Offset < int64(len(packMagic)) || e.Length < 0 || e.Offset+e.Length > int64(off) {
			return fail("an entry points outside the pack")
		}
	}
	return f, &idx, nil
}

func le64(b []byte) uint64 {
	var x uint64
	for i := 7; i >= 0; i-- {
		x = x<<8 | uint64(b[i])
	}
	return x
}

func le32(b []byte) uint32 { return uint32(le64(append(b[:4:4], 0, 0, 0, 0))) }

func putLE(b []byte, x uint64) {
	for i := range b {
		b[i] = byte(x >> (8 * i))
	}
}

// packOf names the pack of a file's entry: the month its period begins in.
func packOf(s salesrhythm.Source) string {
	if s.Period == nil {
		return otherPack
	}
	return s.Period.Start.MonthOf().String() + packExt
}

// lookup returns what the cache holds of the file r, whose bytes are
// data, when it is enough for scope s; else nil, with r.SHA256 set.
func (c *Cache) lookup(r *fileResult, data []byte, s scope) *fileResult {
	if c == nil {
		return nil
	}
	sum := sha256.Sum256(data)
	r.SHA256 = hex.EncodeToString(sum[:])
	c.mu.Lock()
	e := c.old[r.Path]
	c.mu.Unlock()
	if e == nil || e.Source.SHA256 != r.SHA256 || e.Source.Path != r.Path {
		return nil
	}
	if !e.Complete && e.Source.Period != nil && s.wants(e.Source.Kind, *e.Source.Period) {
		return nil // only recognised before, and needed in full now
	}
	if e.Complete && e.Source.Status == StatusRead && !e.intact() {
		return nil
	}
	hit := &fileResult{File: e.Source, abs: r.abs, mtime: r.mtime, findings: slices.Clone(e.Findings), head: len(e.Findings),
		modified: e.Modified, copy: copyMark{of: e.CopyOf, unchanged: e.CopyUnchanged}, hit: true, dated: e.Dated, distinct: e.Distinct}
	if e.Source.Status == StatusRead {
		hit.body = e
	}
	c.mu.Lock()
	c.used[r.Path] = e
	c.hits++
	c.mu.Unlock()
	return hit
}

// bytes reads the entry's content and checks its CRC.
func (e *cached) bytes() ([]byte, bool) {
	data := make([]byte, e.Length)
	if _, err := e.src.ReadAt(data, e.Offset); err != nil || crc32.Checksum(data, crcTable) != e.CRC {
		return nil, false
	}
	return data, true
}

func (e *cached) intact() bool {
	_, ok := e.bytes()
	return ok
}

// store keeps what a scan read of a file: its content goes to the spool,
// and leaves memory until a month needs it.
func (c *Cache) store(r *fileResult) {
	if c == nil || r.hit || r.SHA256 == "" {
		return
	}
	c.mu.Lock()
	c.reads++
	failed := c.err != nil
	c.mu.Unlock()
	if failed || r.guessed || r.Status == "" {
		return
	}
	for _, f := range r.findings {
		if f.Code == salesrhythm.CodeCrash {
			return // read again next time: a crash is not what the file reads as
		}
	}
	e := &cached{indexEntry: indexEntry{Source: r.File, Modified: r.modified, CopyOf: r.copy.of, CopyUnchanged: r.copy.unchanged,
		Complete: r.Status != StatusSkipped, Dated: r.dated, Distinct: r.distinct}}
	head := len(r.findings)
	if r.Status == StatusRead {
		head = r.head
	}
	e.Findings = slices.Clone(r.findings[:head])
	var data []byte
	if r.Status == StatusRead {
		if r.packed == nil && r.Kind != salesrhythm.KindPlan {
			return // records that did not pack: read again next time
		}
		body := content{Path: r.Path, SHA256: r.SHA256, Findings: r.findings[head:], Plan: r.Plan}
		if r.packed != nil {
			body.Records = *r.packed
		}
		for _, p := range r.refs {
			body.Refs = append(body.Refs, cachedRef{p.id, p.sheet, p.cell, p.field})
		}
		var err error
		if data, err = wire.Marshal(body); err != nil {
			c.mu.Lock()
			c.fail(err)
			c.mu.Unlock()
			return
		}
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.err != nil {
		return
	}
	if len(data) > 0 {
		if c.spool == nil {
			f, err := os.CreateTemp(c.dir, ".spool-*.tmp")
			if err != nil {
				c.fail(err)
				return
			}
			os.Remove(f.Name()) // where the system allows, gone with the last handle, even after a crash
			c.spool, c.size = f, 0
			c.open = append(c.open, f)
		}
		if _, err := c.spool.WriteAt(data, c.size); err != nil {
			c.fail(err)
			return
		}
		e.Offset, e.Length, e.CRC, e.src = c.size, int64(len(data)), crc32.Checksum(data, crcTable), c.spool
		c.size += int64(len(data))
		r.body = e
		r.Records, r.packed, r.refs, r.findings = Records{}, nil, nil, r.findings[:head:head]
	}
	c.added[r.Path] = e
}

// load returns file f as a month that counts it sees it: its content from
// the cache, or from the file again when the cache's copy is damaged.
func (c *Cache) load(f *fileResult, s scope, o Options) *fileResult {
	v := *f
	v.body = nil
	data, ok := f.body.bytes()
	var body content
	if ok {
		ok = wire.Unmarshal(data, &body) == nil && body.Path == f.Path && body.SHA256 == f.SHA256
	}
	if !ok {
		o.Cache = nil
		again := readFile(f.abs, f.Path, s, o)
		again.mtime = f.mtime
		return again
	}
	v.findings = append(slices.Clip(f.findings), body.Findings...)
	v.Plan, v.packed = body.Plan, &body.Records
	for _, r := range body.Refs {
		v.refs = append(v.refs, personRef{r.ID, r.Sheet, r.Cell, r.Field})
	}
	return &v
}

// commit writes the packs that changed: each holds the entries of this
// scan's files for its month, those kept from before and those read now;
// entries of files gone or changed are dropped, and a pack left empty is
// removed. A pack that cannot be written leaves the old one in place.
func (c *Cache) commit(files []*fileResult) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.err != nil {
		return
	}
	want := map[string][]*cached{} // by pack
	for _, f := range files {
		e := c.added[f.Path]
		if e == nil {
			e = c.used[f.Path]
		}
		if e != nil {
			want[packOf(e.Source)] = append(want[packOf(e.Source)], e)
		}
	}
	had := map[string][]*cached{}
	for _, e := range c.old {
		had[packOf(e.Source)] = append(had[packOf(e.Source)], e)
	}
	var names []string
	for name := range c.packs {
		names = append(names, name)
	}
	for name := range want {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range slices.Compact(names) {
		entries := want[name]
		slices.SortFunc(entries, func(a, b *cached) int { return strings.Compare(a.Source.Path, b.Source.Path) })
		if n, ok := c.packs[name]; ok && n == len(entries) && unchanged(entries, had[name]) {
			continue
		}
		path := filepath.Join(c.dir, name)
		if len(entries) == 0 {
			if err := os.Remove(path); err != nil && !os.IsNotExist(err) {
				c.fail(err)
			}
			continue
		}
		if err := writePack(path, c.key, entries); err != nil {
			c.fail(err)
			return
		}
	}
}

// unchanged reports whether a pack's entries are the ones it had, all of
// them and no other.
func unchanged(now, had []*cached) bool {
	if len(now) != len(had) {
		return false
	}
	// A pack holds a month's files: tens of thousands in a large department.
	was := make(map[*cached]bool, len(had))
	for _, e := range had {
		was[e] = true
	}
	for _, e := range now {
		if !was[e] {
			return false
		}
	}
	return true
}

// writePack writes a pack of entries, sorted by path, copying their
// content from where it lies now.
func writePack(path, key string, entries []*cached) error {
	return safeWrite(path, func(w io.Writer) error {
		off := int64(len(packMagic))
		if _, err := io.WriteString(w, packMagic); err != nil {
			return err
		}
		idx := packIndex{Key: key, Entries: make([]indexEntry, len(entries))}
		for i, e := range entries {
			idx.Entries[i] = e.indexEntry
			if e.Length == 0 {
				idx.Entries[i].Offset = off
				continue
			}
			if _, err := io.Copy(w, io.NewSectionReader(e.src, e.Offset, e.Length)); err != nil {
				return err
			}
			idx.Entries[i].Offset = off
			off += e.Length
		}
		data, err := wire.Marshal(idx)
		if err != nil {
			return err
		}
		tail := make([]byte, tailSize)
		putLE(tail[0:8], uint64(off))
		putLE(tail[8:16], uint64(len(data)))
		putLE(tail[16:20], uint64(crc32.Checksum(data, crcTable)))
		copy(tail[20:], tailMagic)
		if _, err := w.Write(data); err != nil {
			return err
		}
		_, err = w.Write(tail)
		return err
	})
}

// safeWrite writes path atomically through a buffer.
func safeWrite(path string, write func(io.Writer) error) error {
	return safefile.Write(path, safefile.Replace, func(w io.Writer) error {
		b := bufio.NewWriterSize(w, 1<<20)
		if err := write(b); err != nil {
			return err
		}
		return b.Flush()
	})
}

// end closes the packs and the spool a scan read from.
func (c *Cache) end() {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, f := range c.open {
		name := f.Name()
		f.Close()
		if strings.HasPrefix(filepath.Base(name), ".spool-") {
			os.Remove(name)
		}
	}
	c.open, c.spool, c.old, c.used, c.added = nil, nil, nil, nil, nil
}
