package templates

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sync"

	"salesrhythm/internal/safefile"
)

// Result counts what WriteAll did.
type Result struct {
	Written []string // paths written
	Kept    []string // paths that existed and were left alone
}

// WriteAll writes every spec's workbook under dir, on all cores. An existing
// workbook is kept unless force: a filled form must never be replaced by a
// blank one. It stops at the first error that is not an existing file.
func WriteAll(dir string, specs []Spec, o Options, force bool) (Result, error) {
	mode := safefile.NoReplace
	if force {
		mode = safefile.Replace
	}
	type outcome struct {
		path string
		kept bool
		err  error
	}
	out := make([]outcome, len(specs))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				path := Path(dir, specs[i])
				out[i].path = path
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					out[i].err = err
					continue
				}
				err := safefile.Write(path, mode, func(w io.Writer) error { return Write(w, specs[i], o) })
				out[i].kept = errors.Is(err, safefile.ErrExists)
				if !out[i].kept {
					out[i].err = err
				}
			}
		}()
	}
	for i := range specs {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	var r Result
	for _, o := range out {
		switch {
		case o.err != nil:
			return r, o.err
		case o.kept:
			r.Kept = append(r.Kept, o.path)
		default:
			r.Written = append(r.Written, o.path)
		}
	}
	return r, nil
}
