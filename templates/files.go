package templates

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"sync"

	"salesrhythm"
	"salesrhythm/internal/parallel"
	"salesrhythm/internal/safefile"
)

// Writer writes the workbooks of a batch, rendering the master of each
// kind, week and role once and stamping every person's blank copy from it;
// a workbook pre-filled with records is rendered whole. It is safe for use
// on all cores at once.
type Writer struct {
	o       Options
	mu      sync.Mutex
	masters map[masterKey]*lazyMaster
	offered map[offerKey]offer // by kind and owner
}

type offerKey struct {
	kind salesrhythm.Kind
	id   string
}

type lazyMaster struct {
	once sync.Once
	m    *master
	err  error
}

// NewWriter returns a Writer for workbooks made with o.
func NewWriter(o Options) *Writer {
	return &Writer{o: o, masters: map[masterKey]*lazyMaster{}, offered: map[offerKey]offer{}}
}

// Write writes spec's workbook to w.
func (wr *Writer) Write(w io.Writer, spec Spec) error {
	if spec.Person.ID == "" || spec.Records != nil {
		return render(w, spec, wr.o, nil)
	}
	wr.mu.Lock()
	owner := offerKey{spec.Kind, spec.Person.ID}
	offer, seen := wr.offered[owner]
	if !seen {
		offer = offered(spec, wr.o)
		wr.offered[owner] = offer
	}
	k := keyOf(spec, offer)
	lm := wr.masters[k]
	if lm == nil {
		lm = &lazyMaster{}
		wr.masters[k] = lm
	}
	wr.mu.Unlock()
	lm.once.Do(func() { lm.m, lm.err = renderMaster(spec, wr.o, offer) })
	if lm.err != nil {
		return lm.err
	}
	return lm.m.stamp(w, spec, wr.o, offer)
}

// Result counts what WriteAll did.
type Result struct {
	Written []string // paths written
	Kept    []string // paths that existed and were left alone
	// Filled are the paths among Written that held the blank workbook and
	// now hold one that carries work over into it.
	Filled []string
}

// WriteAll writes every spec's workbook under dir, on all cores. An existing
// workbook is kept unless force: a filled form must never be replaced by a
// blank one. Only a workbook that is still, byte for byte, the blank one
// written for its spec is replaced by one pre-filled with records carried
// over: nobody can have typed into it. Each file is synced to the disk
// before it is renamed into place, and each folder once, at the end, rather
// than after every file. It stops at the first error that is not an
// existing file.
func WriteAll(dir string, specs []Spec, o Options, force bool) (Result, error) {
	mode := safefile.NoReplace | safefile.NoSync
	if force {
		mode = safefile.Replace | safefile.NoSync
	}
	wr := NewWriter(o)
	var dirs sync.Map // folders already made
	type outcome struct {
		path         string
		kept, filled bool
		err          error
	}
	out := make([]outcome, len(specs))
	count := parallel.NewCounter(len(specs), o.Progress)
	parallel.For(context.Background(), len(specs), func(i int) {
		defer count.Done()
		spec := specs[i]
		path := Path(dir, spec)
		out[i].path = path
		mode := mode
		if _, err := os.Lstat(path); err == nil && !force {
			if spec.Records == nil || !wr.blank(path, spec) {
				out[i].kept = true
				return
			}
			out[i].filled, mode = true, safefile.Replace|safefile.NoSync
		}
		var buf bytes.Buffer
		if err := wr.Write(&buf, spec); err != nil {
			out[i].err = err
			return
		}
		if _, made := dirs.Load(filepath.Dir(path)); !made {
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				out[i].err = err
				return
			}
			dirs.Store(filepath.Dir(path), true)
		}
		err := safefile.WriteFile(path, mode, buf.Bytes())
		out[i].kept = errors.Is(err, safefile.ErrExists)
		if !out[i].kept {
			out[i].err = err
		}
	})
	flushErr := safefile.Flush()
	var r Result
	for _, o := range out {
		switch {
		case o.err != nil:
			return r, o.err
		case o.kept:
			r.Kept = append(r.Kept, o.path)
		default:
			r.Written = append(r.Written, o.path)
			if o.filled {
				r.Filled = append(r.Filled, o.path)
			}
		}
	}
	return r, flushErr
}

// blank reports whether the file at path is the blank workbook of spec, as
// the writer makes it without records.
func (wr *Writer) blank(path string, spec Spec) bool {
	have, err := os.ReadFile(path)
	if err != nil {
		return false
	}
	spec.Records = nil
	var buf bytes.Buffer
	return wr.Write(&buf, spec) == nil && bytes.Equal(buf.Bytes(), have)
}
