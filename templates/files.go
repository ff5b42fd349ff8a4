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

// WriteAll writes every spec's workbook under dir, on all cores: one master
// per kind, week and role, then a stamped copy per person. An existing
// workbook is kept unless force: a filled form must never be replaced by a
// blank one. Files are synced to the disk once, at the end, rather than
// one by one. It stops at the first error that is not an existing file.
func WriteAll(dir string, specs []Spec, o Options, force bool) (Result, error) {
	mode := safefile.NoReplace | safefile.NoSync
	if force {
		mode = safefile.Replace | safefile.NoSync
	}
	masters := map[masterKey]*master{}
	var keys []masterKey
	var firsts []Spec
	for _, s := range specs {
		if k := keyOf(s); s.Person.ID != "" && masters[k] == nil {
			masters[k] = &master{}
			keys = append(keys, k)
			firsts = append(firsts, s)
		}
	}
	errs := make([]error, len(keys))
	parallel(len(keys), func(i int) {
		m, err := renderMaster(firsts[i], o)
		if m != nil {
			masters[keys[i]] = m
		}
		errs[i] = err
	})
	if err := errors.Join(errs...); err != nil {
		return Result{}, err
	}

	type outcome struct {
		path string
		kept bool
		err  error
	}
	out := make([]outcome, len(specs))
	var mu sync.Mutex
	done := 0
	parallel(len(specs), func(i int) {
		if o.Progress != nil {
			defer func() {
				mu.Lock()
				done++
				o.Progress(done, len(specs))
				mu.Unlock()
			}()
		}
		spec := specs[i]
		path := Path(dir, spec)
		out[i].path = path
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			out[i].err = err
			return
		}
		err := safefile.Write(path, mode, func(w io.Writer) error {
			if spec.Person.ID == "" {
				return render(w, spec, o)
			}
			return masters[keyOf(spec)].stamp(w, spec, o)
		})
		out[i].kept = errors.Is(err, safefile.ErrExists)
		if !out[i].kept {
			out[i].err = err
		}
	})
	safefile.Flush()
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

// parallel calls fn(0) … fn(n-1) on all cores.
func parallel(n int, fn func(i int)) {
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range min(n, runtime.GOMAXPROCS(0)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				fn(i)
			}
		}()
	}
	for i := range n {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
}
